"""Family ZB's pixel-level capture work in numpy only (no OpenCV, ImageMagick, scipy or Pillow filters):
resampling, blur by summed-area boxes, affine warps by inverse mapping, sensor noise, photocopier toner,
fax thresholds and ordered dither, scanner-app whitening, chat-app recompression; Pillow only encodes
(JPEG, PNG, TIFF G4, WEBP, PDF)."""

from __future__ import annotations

import io

import numpy as np
from PIL import Image


def f32(a: np.ndarray) -> np.ndarray:
    return a.astype(np.float32) * np.float32(1 / 255.0)


def u8(a: np.ndarray) -> np.ndarray:
    return np.clip(a * np.float32(255.0) + np.float32(0.5), 0, 255).astype(np.uint8)


def resize(a: np.ndarray, w: int, h: int) -> np.ndarray:
    """Area-average by an integer factor first, then bilinear to the exact size (float image)."""
    H, W = a.shape[:2]
    k = max(1, min(H // max(h, 1), W // max(w, 1)))
    if k > 1:
        a = a[: H - H % k, : W - W % k]
        a = a.reshape(a.shape[0] // k, k, a.shape[1] // k, k, *a.shape[2:]).mean(axis=(1, 3))
        H, W = a.shape[:2]
    ys = (np.arange(h) + 0.5) * H / h - 0.5
    xs = (np.arange(w) + 0.5) * W / w - 0.5
    return _bilinear(a, *np.meshgrid(xs, ys), fill=None)


def _bilinear(a: np.ndarray, X: np.ndarray, Y: np.ndarray, fill) -> np.ndarray:  # noqa: ANN001
    H, W = a.shape[:2]
    X = X.astype(np.float32, copy=False)
    Y = Y.astype(np.float32, copy=False)
    x0 = np.floor(X)
    y0 = np.floor(Y)
    fx = X - x0
    fy = Y - y0
    x0 = x0.astype(np.int32)
    y0 = y0.astype(np.int32)
    x0c, x1c = np.clip(x0, 0, W - 1), np.clip(x0 + 1, 0, W - 1)
    y0c, y1c = np.clip(y0, 0, H - 1), np.clip(y0 + 1, 0, H - 1)
    if a.ndim == 3:
        fx, fy = fx[..., None], fy[..., None]
    # flat indices: one gather per corner
    flat = a.reshape(H * W, *a.shape[2:])
    r0, r1 = y0c * W, y1c * W
    top = flat[r0 + x0c] * (1 - fx) + flat[r0 + x1c] * fx
    bot = flat[r1 + x0c] * (1 - fx) + flat[r1 + x1c] * fx
    out = top + (bot - top) * fy
    if fill is not None:
        outside = (X < -0.5) | (Y < -0.5) | (X > W - 0.5) | (Y > H - 0.5)
        out[outside] = fill
    return out


def rotate(a: np.ndarray, deg: float, fill, scale: float = 1.0, shift: tuple = (0.0, 0.0)) -> np.ndarray:  # noqa: ANN001
    """Rotate about the centre by inverse mapping (same size), bilinear."""
    H, W = a.shape[:2]
    t = np.radians(deg)
    c, s = np.cos(t), np.sin(t)
    Y, X = np.ogrid[0:H, 0:W]
    X = X.astype(np.float32) - (W / 2 + shift[0])
    Y = Y.astype(np.float32) - (H / 2 + shift[1])
    xs = (c * X + s * Y) / scale + W / 2
    ys = (-s * X + c * Y) / scale + H / 2
    return _bilinear(a, xs, ys, fill)


def box_blur(a: np.ndarray, r: int) -> np.ndarray:
    if r <= 0:
        return a
    out = a
    for axis in (0, 1):
        n = out.shape[axis]
        pad = [(0, 0)] * out.ndim
        pad[axis] = (r + 1, r)
        c = np.cumsum(np.pad(out, pad, mode="edge"), axis=axis, dtype=np.float32)
        hi = np.take(c, np.arange(2 * r + 1, 2 * r + 1 + n), axis=axis)
        lo = np.take(c, np.arange(0, n), axis=axis)
        out = (hi - lo) / (2 * r + 1)
    return out


def blur(a: np.ndarray, sigma: float) -> np.ndarray:
    """Gaussian-like blur: three box passes."""
    if sigma < 0.4:
        return a
    r = max(1, int(round(sigma * 0.85)))
    for _ in range(3):
        a = box_blur(a, r)
    return a


def grey(a: np.ndarray) -> np.ndarray:
    return a[..., 0] * 0.299 + a[..., 1] * 0.587 + a[..., 2] * 0.114 if a.ndim == 3 else a


def sensor_noise(a: np.ndarray, rng: np.random.Generator, level: float) -> np.ndarray:
    n = rng.standard_normal(a.shape[:2], dtype=np.float32) * np.float32(level)  # luma noise, shared by the channels
    if a.ndim == 3:
        n = n[..., None]
    return np.clip(a + n * np.sqrt(a, where=a > 0, out=np.zeros_like(a)), 0, 1)


def jpeg_roundtrip(a: np.ndarray, q: int) -> np.ndarray:
    buf = io.BytesIO()
    Image.fromarray(u8(a)).save(buf, "JPEG", quality=q)
    return f32(np.asarray(Image.open(io.BytesIO(buf.getvalue())).convert("RGB" if a.ndim == 3 else "L")))


def photocopy(a: np.ndarray, rng: np.random.Generator, generation: int = 1) -> np.ndarray:
    """A grey photocopy: contrast pushed, toner speckle, a darker band at the lid edge, drum streaks."""
    g = grey(a)
    for _ in range(generation):
        g = blur(g, float(rng.uniform(0.5, 1.1)))
        lo, hi = float(rng.uniform(0.25, 0.4)), float(rng.uniform(0.82, 0.92))
        g = np.clip((g - lo) / (hi - lo), 0, 1) ** float(rng.uniform(1.0, 1.5))
        speck = rng.random(g.shape) < float(rng.uniform(0.0005, 0.003))
        g = np.where(speck, g * 0.2, g)
        H, W = g.shape
        edge = np.linspace(0, 1, W, dtype=np.float32)
        g *= 1 - 0.25 * np.clip(1 - edge / 0.04, 0, 1)[None, :] * float(rng.random())
        if rng.random() < 0.6:
            x = int(rng.integers(0, W))
            g[:, x:x + int(rng.integers(1, 4))] *= float(rng.uniform(0.6, 0.9))
        g = np.clip(g + rng.standard_normal(g.shape).astype(np.float32) * 0.03, 0, 1)
        if generation > 1:
            g = rotate(g, float(rng.uniform(-0.8, 0.8)), 1.0)
    return g


BAYER8 = np.array([[0, 32, 8, 40, 2, 34, 10, 42], [48, 16, 56, 24, 50, 18, 58, 26], [12, 44, 4, 36, 14, 46, 6, 38],
                   [60, 28, 52, 20, 62, 30, 54, 22], [3, 35, 11, 43, 1, 33, 9, 41], [51, 19, 59, 27, 49, 17, 57, 25],
                   [15, 47, 7, 39, 13, 45, 5, 37], [63, 31, 55, 23, 61, 29, 53, 21]], np.float32) / 64.0


def fax(a: np.ndarray, rng: np.random.Generator, dither: bool) -> np.ndarray:
    """1-bit: a fixed threshold (text mode) or ordered dither (photo mode), with line dropouts; bool array."""
    g = grey(a)
    if dither:
        H, W = g.shape
        t = np.tile(BAYER8, (H // 8 + 1, W // 8 + 1))[:H, :W]
        b = g > t * 0.9 + 0.05
    else:
        b = g > float(rng.uniform(0.45, 0.62))
    drop = rng.random(b.shape[0]) < 0.004
    b[drop] = True
    noise = rng.random(b.shape) < 0.0008
    return b ^ noise


def whiten(a: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """A scanner app's 'document' enhancement: divide by the local background, stretch, sharpen a little."""
    H, W = a.shape[:2]
    small = resize(a, max(W // 8, 8), max(H // 8, 8))
    bg = blur(small, max(2.0, small.shape[1] / 40))  # the paper's light, from an eighth-size copy
    ry, rx = -(-H // bg.shape[0]), -(-W // bg.shape[1])
    bg = np.repeat(np.repeat(bg, ry, axis=0), rx, axis=1)[:H, :W]
    out = np.clip(a / np.maximum(bg, 0.05), 0, 1)
    out = np.clip((out - 0.15) / 0.8, 0, 1)
    sharp = out + 0.6 * (out - box_blur(out, 1))
    return np.clip(sharp, 0, 1, out=sharp)


def illumination(a: np.ndarray, rng: np.random.Generator, strength: float) -> np.ndarray:
    H, W = a.shape[:2]
    Y, X = np.mgrid[0:H, 0:W].astype(np.float32)
    cx, cy = float(rng.uniform(0, W)), float(rng.uniform(0, H))
    r = np.hypot(X - cx, Y - cy) / np.hypot(W, H)
    m = 1 - strength * r
    return a * (m[..., None] if a.ndim == 3 else m)


def subpixels(a: np.ndarray, px: int) -> np.ndarray:
    """A screen's RGB stripes at `px` image pixels per screen pixel (what makes moiré when photographed)."""
    H, W = a.shape[:2]
    mask = np.ones((H, W, 3), np.float32) * 0.35
    cols = (np.arange(W) // max(px // 3, 1)) % 3
    for c in range(3):
        mask[:, cols == c, c] = 1.0
    rows = (np.arange(H) % px) == px - 1
    mask[rows] *= 0.6
    return a * mask * 1.6


def encode(a, fmt: str, rng: np.random.Generator, dpi: int = 200, q: int | None = None) -> bytes:  # noqa: ANN001
    """Pillow's writers only. `a`: float image (H×W or H×W×3) or bool (1-bit)."""
    if a.dtype == bool:
        im = Image.fromarray(a).convert("1")
    else:
        im = Image.fromarray(u8(a))
    buf = io.BytesIO()
    if fmt == "jpg":
        im.convert("RGB" if im.mode == "RGB" else "L").save(buf, "JPEG", quality=q or int(rng.integers(70, 93)), dpi=(dpi, dpi))
    elif fmt == "png":
        im.save(buf, "PNG", dpi=(dpi, dpi))
    elif fmt == "webp":
        im.convert("RGB").save(buf, "WEBP", quality=q or int(rng.integers(60, 85)))
    elif fmt == "tif":
        if im.mode == "1":
            im.save(buf, "TIFF", compression="group4", dpi=(dpi, dpi))
        else:
            im.save(buf, "TIFF", compression="tiff_lzw" if rng.random() < 0.6 else "jpeg", dpi=(dpi, dpi))
    elif fmt == "pdf":
        (im if im.mode in ("1", "L") else im.convert("RGB")).save(buf, "PDF", resolution=float(dpi))
    else:
        raise ValueError(fmt)
    return buf.getvalue()
