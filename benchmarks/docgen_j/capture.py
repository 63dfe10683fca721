"""Family J's captures, written for J with numpy/OpenCV: what a window meets that A–I did not draw.

Each capture takes the rendered page (RGB) and its value boxes and returns the picture, the
homography page → picture, and a mask of what covers the page (a thumb), so the generator marks a
value `unreadable` exactly when it left the frame or lies under the thumb.
"""

from __future__ import annotations

import cv2
import numpy as np


def _bg(kind: str, h: int, w: int, rng: np.random.Generator) -> np.ndarray:
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    if kind == "cloth":  # a checked or flowered tablecloth: strong pattern around the card
        c1 = rng.uniform(60, 200, 3)
        c2 = rng.uniform(60, 200, 3)
        period = rng.uniform(40, 90)
        if rng.random() < 0.5:
            m = ((xx // period + yy // period) % 2)[..., None]
        else:
            m = (0.5 + 0.5 * np.sin(xx / period * 3.1) * np.cos(yy / period * 2.3))[..., None]
        img = c1 * m + c2 * (1 - m)
    elif kind == "wall":
        img = np.ones((h, w, 3), np.float32) * rng.uniform(200, 235, 3)
        img *= (1 - 0.25 * (yy / h))[..., None]
    else:  # desk: wood-like stripes
        base = rng.uniform(110, 170)
        stripes = 18 * np.sin(xx / rng.uniform(7, 15) + 3 * np.sin(yy / 80.0))
        img = np.stack([base + 35 + stripes, base + 10 + stripes * 0.8, base - 25 + stripes * 0.6], -1)
    img += rng.normal(0, 4, img.shape)
    return np.clip(img, 0, 255).astype(np.float32)


def place(page: np.ndarray, out_hw: tuple[int, int], dst: np.ndarray, bg: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Warp the page onto the background so its corners land on `dst` (TL, TR, BR, BL)."""
    h, w = page.shape[:2]
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    H = cv2.getPerspectiveTransform(src, np.float32(dst))
    oh, ow = out_hw
    warped = cv2.warpPerspective(page.astype(np.float32), H, (ow, oh), flags=cv2.INTER_AREA if w > ow else cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), H, (ow, oh))[..., None]
    return warped * mask + bg * (1 - mask), H


def _quad(rng: np.random.Generator, oh: int, ow: int, ph: int, pw: int, fill: float, tilt: float,
          shift: tuple[float, float] = (0, 0)) -> np.ndarray:
    """Corners of a page of aspect pw:ph filling `fill` of the frame, with perspective jitter `tilt`."""
    scale = fill * min(ow / pw, oh / ph)
    cw, ch = pw * scale, ph * scale
    cx, cy = ow / 2 + shift[0] * ow, oh / 2 + shift[1] * oh
    q = np.float32([[cx - cw / 2, cy - ch / 2], [cx + cw / 2, cy - ch / 2], [cx + cw / 2, cy + ch / 2], [cx - cw / 2, cy + ch / 2]])
    q += rng.uniform(-tilt, tilt, q.shape) * np.float32([cw, ch])
    return q


def _light(img: np.ndarray, rng: np.random.Generator, strength: float = 0.25) -> np.ndarray:
    h, w = img.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    cx, cy = rng.uniform(0, w), rng.uniform(0, h)
    g = 1 - strength * np.sqrt(((xx - cx) / w) ** 2 + ((yy - cy) / h) ** 2)
    return img * g[..., None]


def _finish(img: np.ndarray, rng: np.random.Generator, noise: float = 3.0, blur: float = 0.6) -> np.ndarray:
    if blur > 0:
        img = cv2.GaussianBlur(img, (0, 0), blur)
    img = img + rng.normal(0, noise, img.shape).astype(np.float32)
    return np.clip(img, 0, 255).astype(np.uint8)


def tungsten(img: np.ndarray) -> np.ndarray:
    """Warm incandescent light the camera did not balance: red high, blue low."""
    return img * np.float32([1.05, 0.8, 0.5]) + np.float32([10, 4, 0])


def mixed_light(img: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Window daylight on one side, a warm lamp on the other."""
    h, w = img.shape[:2]
    t = np.linspace(0, 1, w, dtype=np.float32)[None, :, None]
    if rng.random() < 0.5:
        t = t[:, ::-1]
    warm, cool = np.float32([1.05, 0.82, 0.55]), np.float32([0.85, 0.95, 1.12])
    return img * (warm * t + cool * (1 - t))


def hdr_halo(img: np.ndarray) -> np.ndarray:
    """A phone's HDR/local-tone processing: strong local contrast with halos round dark strokes."""
    blur = cv2.GaussianBlur(img, (0, 0), 18)
    out = img + 0.9 * (img - blur)
    grey = out.mean(-1, keepdims=True)
    return grey + 1.35 * (out - grey)


def holo(img: np.ndarray, rng: np.random.Generator, quad: np.ndarray) -> np.ndarray:
    """The rainbow sheen of the card's holographic film in a diagonal band."""
    h, w = img.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    a = rng.uniform(0.3, 1.2)
    d = (xx * np.cos(a) + yy * np.sin(a)) / max(h, w)
    c = rng.uniform(0.2, 0.8)
    band = np.exp(-((d - c) / 0.08) ** 2)
    hue = np.stack([np.sin(d * 40), np.sin(d * 40 + 2.1), np.sin(d * 40 + 4.2)], -1) * 0.5 + 0.5
    mask = np.zeros((h, w), np.uint8)
    cv2.fillConvexPoly(mask, quad.astype(np.int32), 1)
    return img + (band * mask)[..., None] * hue * 70


def sleeve(img: np.ndarray, rng: np.random.Generator, quad: np.ndarray) -> np.ndarray:
    """A clear plastic card sleeve: haze over a slightly larger rectangle and a bright edge line."""
    c = quad.mean(0)
    big = (quad - c) * 1.08 + c
    mask = np.zeros(img.shape[:2], np.float32)
    cv2.fillConvexPoly(mask, big.astype(np.int32), 1.0)
    out = img * (1 - 0.14 * mask[..., None]) + 255 * 0.14 * mask[..., None]
    edge = np.zeros(img.shape[:2], np.float32)
    cv2.polylines(edge, [big.astype(np.int32)], True, 1.0, 3)
    out = out + cv2.GaussianBlur(edge, (0, 0), 2)[..., None] * 90
    return cv2.GaussianBlur(out, (0, 0), 0.7)


def thumb(img: np.ndarray, rng: np.random.Generator, quad: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """A thumb holding the card at one corner; returns the picture and the thumb's mask."""
    k = int(rng.integers(0, 4))
    corner = quad[k]
    centre = quad.mean(0)
    side = np.linalg.norm(quad[1] - quad[0])
    pos = corner + (centre - corner) * rng.uniform(0.08, 0.16)
    ax = (int(side * rng.uniform(0.09, 0.12)), int(side * rng.uniform(0.16, 0.2)))
    ang = float(np.degrees(np.arctan2(*(corner - centre)[::-1]))) + 90
    mask = np.zeros(img.shape[:2], np.float32)
    cv2.ellipse(mask, (int(pos[0]), int(pos[1])), ax, ang, 0, 360, 1.0, -1)
    # the rest of the thumb runs off towards the outside of the card
    out_pt = corner + (corner - centre) * 0.5
    cv2.line(mask, (int(pos[0]), int(pos[1])), (int(out_pt[0]), int(out_pt[1])), 1.0, int(ax[0] * 1.9))
    soft = cv2.GaussianBlur(mask, (0, 0), 3)[..., None]
    skin = np.float32(rng.uniform([190, 140, 110], [225, 175, 150]))
    shade = cv2.GaussianBlur(mask, (0, 0), 25)[..., None]
    out = img * (1 - soft) + skin * (0.75 + 0.25 * shade) * soft
    return out, mask


def wall_frame(page: np.ndarray, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray, tuple[int, int]]:
    """The page inside its glass frame on a wall: a white mat and a dark frame added round it (page
    coordinates shift by the border, returned), later shot from below with a window reflection."""
    h, w = page.shape[:2]
    mat, fr = int(0.05 * w), int(0.035 * w)
    out = np.empty((h + 2 * (mat + fr), w + 2 * (mat + fr), 3), np.float32)
    out[:] = rng.uniform([60, 35, 20], [110, 75, 45])
    out[fr:-fr, fr:-fr] = 245
    out[fr + mat:fr + mat + h, fr + mat:fr + mat + w] = page
    return out, np.float32([[1, 0, mat + fr], [0, 1, mat + fr], [0, 0, 1]]), (mat + fr, mat + fr)


def glass_reflection(img: np.ndarray, rng: np.random.Generator, quad: np.ndarray) -> np.ndarray:
    """A soft window reflection on the glass: a bright slanted band, never opaque."""
    h, w = img.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    x0 = rng.uniform(0.2, 0.8) * w
    d = (xx - x0 - (yy - h / 2) * rng.uniform(0.3, 0.8)) / w
    band = np.clip(1 - np.abs(d) / rng.uniform(0.05, 0.1), 0, 1) ** 1.5
    mask = np.zeros((h, w), np.float32)
    cv2.fillConvexPoly(mask, quad.astype(np.int32), 1.0)
    a = (band * mask * rng.uniform(0.2, 0.3))[..., None]
    return img * (1 - a) + 250 * a


def adf_scan(page: np.ndarray, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """A document feeder scan: grey, slightly skewed, with vertical streaks from dust on the glass."""
    h, w = page.shape[:2]
    ang = float(rng.uniform(-2.2, 2.2))
    M = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    grey = page.astype(np.float32).mean(-1)
    rot = cv2.warpAffine(grey, M, (w, h), borderValue=250)
    for _ in range(int(rng.integers(2, 6))):
        x = int(rng.integers(0, w))
        wd = int(rng.integers(1, 4))
        rot[:, x:x + wd] += float(rng.choice([-60, -35, 40]))
    rot = rot * rng.uniform(0.9, 1.0) + 8
    img = np.repeat(rot[..., None], 3, -1)
    H = np.vstack([M, [0, 0, 1]]).astype(np.float32)
    return img, H


def thermal(page: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """A thermal print at low contrast: grey ink on grey paper, fading along the feed."""
    grey = page.astype(np.float32).mean(-1)
    h, w = grey.shape
    lo, hi = rng.uniform(95, 125), rng.uniform(215, 235)
    fade = np.linspace(0, rng.uniform(0.1, 0.25), h, dtype=np.float32)[:, None]
    out = lo + (grey / 255.0) * (hi - lo)
    out = out + (hi - out) * fade
    out += (np.sin(np.arange(h, dtype=np.float32) / 2.0) * 2)[:, None]
    return np.repeat(out[..., None], 3, -1)


def copy_page(card: np.ndarray, rng: np.random.Generator, a4_w: int = 1654) -> tuple[np.ndarray, np.ndarray]:
    """The card copied onto an A4 page at 200 dpi (grey toner, faint background), for the 仅供…使用 copies."""
    a4_h = int(a4_w * 297 / 210)
    page = np.full((a4_h, a4_w, 3), 246, np.float32)
    cw = int(a4_w * 85.6 / 210)
    scale = cw / card.shape[1]
    x0, y0 = int(rng.uniform(0.2, 0.35) * a4_w), int(rng.uniform(0.08, 0.5) * a4_h)
    H = np.float32([[scale, 0, x0], [0, scale, y0], [0, 0, 1]])
    warped = cv2.warpPerspective(card.astype(np.float32), H, (a4_w, a4_h), flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.ones(card.shape[:2], np.float32), H, (a4_w, a4_h))[..., None]
    out = warped * mask + page * (1 - mask)
    grey = out.mean(-1)
    grey = np.clip((grey - 40) * 1.15, 0, 255)
    grey += rng.normal(0, 5, grey.shape)
    return np.repeat(grey[..., None], 3, -1), H
