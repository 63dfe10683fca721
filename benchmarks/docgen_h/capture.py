"""Family H's capture paths: how a page drawn by render.Page reaches the workstation as a file.
Each path is a chain of numpy/OpenCV steps H chose for itself (blind): a document in a transparent
sleeve or 证件套 (reflection streaks, the sleeve's welded edge), a steep keystone from a seated clerk
(25–40°), an old 1280×720 高拍仪 with coarse chroma subsampling written as BMP or JPEG, washed-out
over-exposed photos, a page folded in four (crease shadows), crumpled paper, inkjet banding and
low-ink streaks scanned to PDF, colour photocopies with halftone dots scanned to TIFF, an ID card
held between fingers, a clean flatbed PNG. Occlusions are placed in page coordinates, so the fields
they really hide are known and marked unreadable."""

from __future__ import annotations

import io
import random
from pathlib import Path

import cv2
import numpy as np
from PIL import Image

Box = tuple[float, float, float, float]
CAPTURES = ["sleeve", "keystone", "gaopaiyi720", "washed", "fold4", "crumpled", "inkjet", "halftone", "held", "flatbed"]
ID_ONLY = {"held"}


# ------------------------------------------------------------------ page-level (page coordinates)
def sleeve(img: np.ndarray, rng: random.Random, boxes: dict[str, Box]) -> tuple[np.ndarray, list[str]]:
    """A clear plastic sleeve: slight grey-blue tint, one or two soft diagonal reflection streaks,
    the welded edge of the sleeve as a bright line with a shadow. A streak that burns out a value
    (rare, strong) makes that field unreadable."""
    h, w = img.shape[:2]
    f = img.astype(np.float32)
    f = f * np.array([0.95, 0.96, 0.985], np.float32) + 6
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    hidden: list[str] = []
    for _ in range(rng.choice([1, 1, 2])):
        ang = rng.uniform(-0.9, 0.9)
        c = rng.uniform(0.2, 0.8) * w
        width = rng.uniform(0.02, 0.07) * w
        d = (xx - c) * np.cos(ang) + (yy - h / 2) * np.sin(ang)
        strength = rng.uniform(0.35, 0.6) if rng.random() < 0.8 else rng.uniform(0.88, 0.97)
        m = strength * np.exp(-(d / width) ** 2)
        f = f * (1 - m[..., None]) + 255 * m[..., None]
        if strength > 0.85:   # a burnt-out streak: the values under its core cannot be read
            core = np.abs(d) < width * 0.6
            for k, (x0, y0, x1, y1) in boxes.items():
                xs0, ys0 = max(0, int(x0)), max(0, int(y0))
                sub = core[ys0:max(ys0 + 1, int(y1)), xs0:max(xs0 + 1, int(x1))]
                if sub.size and sub.mean() > 0.3:
                    hidden.append(k)
    edge = int(rng.uniform(0.03, 0.12) * (w if rng.random() < 0.5 else h))
    if rng.random() < 0.5:
        f[:, edge:edge + 4] = f[:, edge:edge + 4] * 0.6 + 100
        f[:, edge + 4:edge + 12] *= 0.88
    else:
        f[edge:edge + 4, :] = f[edge:edge + 4, :] * 0.6 + 100
        f[edge + 4:edge + 12, :] *= 0.88
    return np.clip(f, 0, 255).astype(np.uint8), hidden


def inkjet(img: np.ndarray, rng: random.Random) -> np.ndarray:
    """A tired inkjet: horizontal banding every few millimetres and one or two low-ink streaks in
    the print direction, applied to the ink (dark parts) only."""
    h, w = img.shape[:2]
    f = img.astype(np.float32)
    ink = 1.0 - f.mean(axis=2, keepdims=True) / 255.0
    period = rng.uniform(14, 30)
    y = np.arange(h, dtype=np.float32)
    band = 0.22 * (np.sin(y / period * 2 * np.pi) > 0.6).astype(np.float32)
    lighten = band[:, None, None] * np.ones((1, w, 1), np.float32)
    for _ in range(rng.choice([1, 2])):
        x = rng.uniform(0.1, 0.9) * w
        sw = rng.uniform(6, 20)
        lighten += 0.35 * np.exp(-((np.arange(w) - x) / sw) ** 2)[None, :, None]
    f = f + ink * 255 * np.clip(lighten, 0, 0.5)
    return np.clip(f, 0, 255).astype(np.uint8)


def halftone(img: np.ndarray, rng: random.Random) -> np.ndarray:
    """A colour photocopy: each CMY channel re-screened as dots on its own rotated grid."""
    h, w = img.shape[:2]
    cell = rng.uniform(5.0, 7.0)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    out = np.empty_like(img)
    for ch, ang in zip(range(3), (15, 75, 0), strict=True):
        a = np.deg2rad(ang + rng.uniform(-3, 3))
        u = (xx * np.cos(a) + yy * np.sin(a)) / cell
        v = (-xx * np.sin(a) + yy * np.cos(a)) / cell
        dist = np.hypot(u - np.round(u), v - np.round(v)) / 0.7071
        cov = 1 - img[..., ch].astype(np.float32) / 255
        cov = cv2.GaussianBlur(cov, (0, 0), cell / 3)
        out[..., ch] = np.where(dist < np.sqrt(np.clip(cov * 1.05, 0, 1)), 25, 250).astype(np.uint8)
    dark = img.mean(axis=2) < 80    # black text comes through the K pass as solid toner
    out[dark] = (img[dark] * 0.6).astype(np.uint8)
    return cv2.GaussianBlur(out, (0, 0), 0.7)


def fold4(img: np.ndarray, rng: random.Random) -> np.ndarray:
    """A page folded in four and opened again: a vertical and a horizontal crease with a dark side and
    a lit side, a little shift of content across the crease."""
    h, w = img.shape[:2]
    f = img.astype(np.float32)
    cx, cy = w * rng.uniform(0.46, 0.54), h * rng.uniform(0.46, 0.54)
    x = np.arange(w, dtype=np.float32)
    y = np.arange(h, dtype=np.float32)
    sx = 1 - 0.22 * np.exp(-((x - cx) / 9) ** 2) - 0.08 * np.exp(-((x - cx - 25) / 30) ** 2) * (x > cx)
    sx += 0.06 * np.exp(-((x - cx + 20) / 25) ** 2) * (x < cx)
    sy = 1 - 0.2 * np.exp(-((y - cy) / 8) ** 2) - 0.07 * np.exp(-((y - cy - 22) / 28) ** 2) * (y > cy)
    f = f * sx[None, :, None] * sy[:, None, None]
    quad = rng.choice([(1, 1), (-1, 1), (1, -1), (-1, -1)])
    f *= np.where(((x[None, :] - cx) * quad[0] > 0) & ((y[:, None] - cy) * quad[1] > 0), 0.94, 1.0)[..., None]
    return np.clip(f, 0, 255).astype(np.uint8)


def fingers(img: np.ndarray, rng: random.Random, boxes: dict[str, Box]) -> tuple[np.ndarray, list[str]]:
    """An ID card held between thumb and finger: a thumb over one short edge, a fingertip behind
    the other edge showing at the rim. A thumb that reaches a value hides it."""
    h, w = img.shape[:2]
    out = img.copy()
    skin = (rng.randint(190, 225), rng.randint(150, 180), rng.randint(125, 150))
    hidden = []
    side = rng.choice(["left", "right"])
    reach = (rng.uniform(0.05, 0.11) if rng.random() < 0.8 else rng.uniform(0.14, 0.2)) * w   # sometimes a thumb over the text
    cy = rng.uniform(0.35, 0.75) * h
    cx = -reach * 0.6 if side == "left" else w + reach * 0.6
    axes = (int(reach * 1.6), int(h * 0.16))
    ang = rng.uniform(-20, 20)
    cv2.ellipse(out, (int(cx), int(cy)), axes, ang, 0, 360, skin, -1, cv2.LINE_AA)
    thumb = np.zeros((h, w), np.uint8)
    cv2.ellipse(thumb, (int(cx), int(cy)), axes, ang, 0, 360, 255, -1)
    nail = (int(cx + (reach * 0.6 if side == "left" else -reach * 0.6)), int(cy))
    cv2.ellipse(out, nail, (int(reach * 0.35), int(h * 0.07)), 0, 0, 360, tuple(min(255, c + 25) for c in skin), -1, cv2.LINE_AA)
    tip_x = w - 6 if side == "left" else 6
    cv2.ellipse(out, (tip_x, int(rng.uniform(0.3, 0.7) * h)), (int(w * 0.025), int(h * 0.08)), 0, 0, 360, skin, -1, cv2.LINE_AA)
    for k, (x0, y0, x1, y1) in boxes.items():   # hidden when the thumb covers a fifth of the value's box
        sub = thumb[max(0, int(y0)):max(1, int(y1)), max(0, int(x0)):max(1, int(x1))]
        if sub.size and (sub > 0).mean() > 0.2:
            hidden.append(k)
    shadow = cv2.GaussianBlur((np.abs(out.astype(np.int16) - img).sum(axis=2) > 0).astype(np.float32), (0, 0), 12)
    out = np.clip(out.astype(np.float32) * (1 - 0.25 * shadow[..., None] * (out == img).all(axis=2, keepdims=True)), 0, 255)
    return out.astype(np.uint8), hidden


# ------------------------------------------------------------------ geometry and backgrounds
def _background(w: int, h: int, rng: random.Random, kind: str) -> np.ndarray:
    if kind == "board":      # 高拍仪 base: grey/black felt board
        base = np.full((h, w, 3), rng.randint(25, 60), np.uint8)
    elif kind == "office":   # blurred office behind a hand-held card
        base = np.zeros((h, w, 3), np.uint8)
        for _ in range(8):
            c = tuple(rng.randint(60, 220) for _ in range(3))
            x, y = rng.randrange(w), rng.randrange(h)
            cv2.rectangle(base, (x, y), (x + rng.randint(w // 6, w // 2), y + rng.randint(h // 6, h // 2)), c, -1)
        return cv2.GaussianBlur(base, (0, 0), 25)
    elif kind == "scanner":
        return np.full((h, w, 3), 248, np.uint8)
    else:                    # a desk: wood or grey laminate with fine grain
        tone = rng.choice([(150, 110, 75), (120, 120, 118), (200, 190, 170), (90, 65, 45)])
        base = np.full((h, w, 3), tone, np.uint8)
    noise = np.random.default_rng(rng.randrange(1 << 30)).normal(0, 6, (h // 4 + 1, w // 4 + 1)).astype(np.float32)
    noise = cv2.resize(noise, (w, h))
    f = base.astype(np.float32) + noise[..., None]
    if kind == "desk":   # wood grain: the same noise stretched along the desk
        f += 1.5 * cv2.resize(np.ascontiguousarray(noise[:, :1]), (w, h))[..., None]
    return np.clip(f, 0, 255).astype(np.uint8)


def place(page: np.ndarray, out_w: int, out_h: int, rng: random.Random, fill: float, tilt_deg: float,
          keystone: float, bg: str) -> np.ndarray:
    """Put the page into a frame: scale so it fills `fill` of the frame, rotate by tilt, tip it by
    `keystone` (0 = flat, 0.35 = the far edge 35 % shorter), on a background."""
    h, w = page.shape[:2]
    s = fill * min(out_w / w, out_h / h)
    pw, ph = w * s, h * s
    cx, cy = out_w / 2 + rng.uniform(-0.04, 0.04) * out_w, out_h / 2 + rng.uniform(-0.04, 0.04) * out_h
    pts = np.array([[-pw / 2, -ph / 2], [pw / 2, -ph / 2], [pw / 2, ph / 2], [-pw / 2, ph / 2]], np.float32)
    if keystone:
        far = rng.choice(["top", "top", "left", "right"])
        if far == "top":
            pts[0, 0] *= 1 - keystone
            pts[1, 0] *= 1 - keystone
            pts[0, 1] *= 1 - keystone * 0.5
            pts[1, 1] *= 1 - keystone * 0.5
        elif far == "left":
            pts[0, 1] *= 1 - keystone
            pts[3, 1] *= 1 - keystone
        else:
            pts[1, 1] *= 1 - keystone
            pts[2, 1] *= 1 - keystone
    a = np.deg2rad(tilt_deg)
    rot = np.array([[np.cos(a), -np.sin(a)], [np.sin(a), np.cos(a)]], np.float32)
    dst = pts @ rot.T + np.array([cx, cy], np.float32)
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float32)
    M = cv2.getPerspectiveTransform(src, dst)
    frame = _background(out_w, out_h, rng, bg)
    warped = cv2.warpPerspective(page, M, (out_w, out_h), flags=cv2.INTER_AREA if s < 1 else cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.full((h, w), 255, np.uint8), M, (out_w, out_h))
    if bg != "scanner":  # a soft drop shadow under the page
        sh = cv2.GaussianBlur(cv2.warpAffine(mask, np.float32([[1, 0, 8], [0, 1, 10]]), (out_w, out_h)), (0, 0), 12)
        frame = (frame.astype(np.float32) * (1 - 0.45 * sh[..., None] / 255)).astype(np.uint8)
    m = mask[..., None].astype(np.float32) / 255
    return (warped * m + frame * (1 - m)).astype(np.uint8)


def crumple(img: np.ndarray, rng: random.Random) -> np.ndarray:
    """Crumpled then smoothed paper: a low-frequency displacement field and the shading its slopes cast."""
    h, w = img.shape[:2]
    g = np.random.default_rng(rng.randrange(1 << 30))
    small = g.normal(0, 1, (9, 12)).astype(np.float32)
    dz = cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)
    dz += 0.35 * cv2.resize(g.normal(0, 1, (25, 33)).astype(np.float32), (w, h), interpolation=cv2.INTER_CUBIC)
    amp = 0.004 * max(w, h)
    gy, gx = np.gradient(dz)
    xx, yy = np.meshgrid(np.arange(w, dtype=np.float32), np.arange(h, dtype=np.float32))
    out = cv2.remap(img, xx + dz * amp * 0.6, yy + dz * amp, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    shade = cv2.GaussianBlur((gx * 0.7 - gy * 0.7).astype(np.float32), (0, 0), 3)
    light = 1 + np.clip(shade * 14, -0.12, 0.07)
    return np.clip(out.astype(np.float32) * light[..., None], 0, 255).astype(np.uint8)


def lighting(img: np.ndarray, rng: random.Random, strength: float = 0.2) -> np.ndarray:
    h, w = img.shape[:2]
    xx, yy = np.meshgrid(np.linspace(-1, 1, w, dtype=np.float32), np.linspace(-1, 1, h, dtype=np.float32))
    ax, ay = rng.uniform(-1, 1), rng.uniform(-1, 1)
    g = 1 + strength * (ax * xx + ay * yy) / 2 - strength * 0.3 * (xx ** 2 + yy ** 2)
    return np.clip(img.astype(np.float32) * g[..., None], 0, 255).astype(np.uint8)


def sensor(img: np.ndarray, rng: random.Random, sigma: float) -> np.ndarray:
    g = np.random.default_rng(rng.randrange(1 << 30))
    return np.clip(img.astype(np.float32) + g.normal(0, sigma, img.shape).astype(np.float32), 0, 255).astype(np.uint8)


def washed(img: np.ndarray, rng: random.Random) -> np.ndarray:
    """Over-exposure: lifted blacks, compressed contrast, clipped highlights, faded colour."""
    f = img.astype(np.float32) / 255
    f = np.clip(f * rng.uniform(1.25, 1.45) + rng.uniform(0.06, 0.14), 0, 1) ** rng.uniform(0.75, 0.9)
    grey = f.mean(axis=2, keepdims=True)
    f = grey + (f - grey) * 0.6
    return (np.clip(f, 0, 1) * 255).astype(np.uint8)


def chroma_720(img: np.ndarray) -> np.ndarray:
    """An old 高拍仪's YUV pipeline: chroma kept at a quarter of the luma resolution."""
    ycc = cv2.cvtColor(img, cv2.COLOR_RGB2YCrCb)
    h, w = img.shape[:2]
    for c in (1, 2):
        small = cv2.resize(ycc[..., c], (w // 4, h // 4), interpolation=cv2.INTER_AREA)
        ycc[..., c] = cv2.resize(small, (w, h), interpolation=cv2.INTER_LINEAR)
    return cv2.cvtColor(ycc, cv2.COLOR_YCrCb2RGB)


# ------------------------------------------------------------------ the paths
def capture(page: np.ndarray, boxes: dict[str, Box], kind: str, cap: str, rng: random.Random) -> tuple[np.ndarray, list[str], str]:
    """Run page → picture along capture path `cap`; returns (RGB picture, hidden field keys, file ext)."""
    card = kind.startswith("id_card")
    hidden: list[str] = []
    big = (2400, 1800) if not card else (2000, 1500)
    if cap == "sleeve":
        page, hidden = sleeve(page, rng, boxes)
        fw, fh = big if page.shape[1] > page.shape[0] else big[::-1]
        img = place(page, fw, fh, rng, rng.uniform(0.75, 0.9), rng.uniform(-6, 6), rng.uniform(0, 0.08), "desk")
        img = sensor(lighting(img, rng), rng, 3)
        return img, hidden, "jpg"
    if cap == "keystone":
        fw, fh = (3000, 2250) if not card else (2400, 1800)
        if page.shape[0] > page.shape[1]:
            fw, fh = fh, fw
        img = place(page, fw, fh, rng, rng.uniform(0.82, 0.92), rng.uniform(-5, 5), rng.uniform(0.25, 0.40), "desk")
        return sensor(lighting(img, rng, 0.3), rng, 3), hidden, "jpg"
    if cap == "gaopaiyi720":
        if page.shape[0] > page.shape[1]:   # an A4 page laid sideways under the 16:9 camera
            page = np.ascontiguousarray(np.rot90(page, rng.choice([1, 3])))
        img = place(page, 1280, 720, rng, rng.uniform(0.88, 0.97), rng.uniform(-3, 3), 0, "board")
        img = sensor(cv2.GaussianBlur(img, (0, 0), 0.6), rng, 2.5)
        return chroma_720(img), hidden, rng.choice(["bmp", "jpg"])
    if cap == "washed":
        fw, fh = big if page.shape[1] > page.shape[0] else big[::-1]
        img = place(page, fw, fh, rng, rng.uniform(0.75, 0.9), rng.uniform(-8, 8), rng.uniform(0, 0.1), "desk")
        return sensor(washed(img, rng), rng, 2), hidden, "jpg"
    if cap == "fold4":
        page = fold4(page, rng)
        if rng.random() < 0.5:
            img = place(page, int(page.shape[1] * 1.05), int(page.shape[0] * 1.05), rng, 0.95, rng.uniform(-1.5, 1.5), 0, "scanner")
            return img, hidden, "tif"
        fw, fh = big if page.shape[1] > page.shape[0] else big[::-1]
        img = place(page, fw, fh, rng, 0.85, rng.uniform(-5, 5), rng.uniform(0, 0.1), "desk")
        return sensor(lighting(img, rng), rng, 3), hidden, "jpg"
    if cap == "crumpled":
        page = crumple(page, rng)
        fw, fh = big if page.shape[1] > page.shape[0] else big[::-1]
        img = place(page, fw, fh, rng, rng.uniform(0.8, 0.9), rng.uniform(-5, 5), rng.uniform(0, 0.1), "desk")
        return sensor(lighting(img, rng), rng, 3), hidden, "webp"
    if cap == "inkjet":
        page = inkjet(page, rng)
        img = place(page, int(page.shape[1] * 1.04), int(page.shape[0] * 1.04), rng, 0.96, rng.uniform(-1, 1), 0, "scanner")
        return img, hidden, "pdf"
    if cap == "halftone":
        page = halftone(page, rng)
        img = place(page, int(page.shape[1] * 1.04), int(page.shape[0] * 1.04), rng, 0.96, rng.uniform(-1, 1), 0, "scanner")
        return img, hidden, "tif"
    if cap == "held":
        page, hidden = fingers(page, rng, boxes)
        img = place(page, 2000, 1500, rng, rng.uniform(0.7, 0.85), rng.uniform(-10, 10), rng.uniform(0.05, 0.15), "office")
        return sensor(lighting(img, rng), rng, 4), hidden, "jpg"
    # flatbed: a clean scan, the control
    img = place(page, int(page.shape[1] * 1.06), int(page.shape[0] * 1.06), rng, 0.94, rng.uniform(-0.8, 0.8), 0, "scanner")
    return img, hidden, "png"


def save(img: np.ndarray, path: Path, ext: str, rng: random.Random) -> None:
    """Write as the device would: JPEG of phones (and 4:2:0 from the 高拍仪), BMP of 高拍仪 SDKs, TIFF
    and PDF of scanners, WebP from chat apps, PNG of scan software."""
    im = Image.fromarray(img)
    if max(im.size) > 4000:
        s = 4000 / max(im.size)
        im = im.resize((int(im.width * s), int(im.height * s)), Image.LANCZOS)
    if ext == "jpg":
        im.save(path, "JPEG", quality=rng.randint(68, 90), subsampling=2)
    elif ext == "bmp":
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=rng.randint(60, 75), subsampling=2)   # the SDK's stream is MJPEG
        Image.open(buf).convert("RGB").save(path, "BMP")
    elif ext == "tif":
        im.convert("L").save(path, "TIFF", compression="tiff_lzw", dpi=(200, 200)) if rng.random() < 0.4 else \
            im.save(path, "TIFF", compression="tiff_adobe_deflate", dpi=(300, 300))
    elif ext == "pdf":
        im.save(path, "PDF", resolution=200.0, quality=85)
    elif ext == "webp":
        im.save(path, "WEBP", quality=rng.randint(60, 80))
    else:
        im.save(path, "PNG", optimize=False)
