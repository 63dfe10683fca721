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
CAPTURES = ["sleeve", "keystone", "gaopaiyi720", "washed", "fold4", "crumpled", "inkjet", "halftone", "held", "flatbed",
            "overlap"]
ID_ONLY = {"held", "overlap"}


# ------------------------------------------------------------------ page-level (page coordinates)
def sleeve(img: np.ndarray, rng: random.Random, boxes: dict[str, Box]) -> tuple[np.ndarray, list[str]]:
    """A clear plastic sleeve: slight grey-blue tint, one or two soft diagonal reflection streaks,
    the welded edge of the sleeve as a bright line with a shadow. A streak that burns out a value
    (rare, strong) makes that field unreadable."""
    h, w = img.shape[:2]
    q = 4
    lut = np.stack([np.clip(np.arange(256) * k + 6, 0, 255) for k in (0.95, 0.96, 0.985)], axis=1).astype(np.uint8)
    f = cv2.LUT(img, lut.reshape(1, 256, 3))
    yy, xx = np.mgrid[0:h:q, 0:w:q].astype(np.float32)
    keep = np.ones(xx.shape, np.float32)
    hidden: list[str] = []
    for _ in range(rng.choice([1, 1, 2])):
        ang = rng.uniform(-0.9, 0.9)
        c = rng.uniform(0.2, 0.8) * w
        width = rng.uniform(0.02, 0.07) * w
        d = (xx - c) * np.cos(ang) + (yy - h / 2) * np.sin(ang)
        strength = rng.uniform(0.35, 0.6) if rng.random() < 0.8 else rng.uniform(0.88, 0.97)
        keep *= 1 - strength * np.exp(-(d / width) ** 2)
        if strength > 0.85:   # a burnt-out streak: the values under its core cannot be read
            core = np.abs(d) < width * 0.6
            for k, (x0, y0, x1, y1) in boxes.items():
                xs0, ys0 = max(0, int(x0) // q), max(0, int(y0) // q)
                sub = core[ys0:max(ys0 + 1, int(y1) // q), xs0:max(xs0 + 1, int(x1) // q)]
                if sub.size and sub.mean() > 0.3:
                    hidden.append(k)
    keep = cv2.resize(keep, (w, h), interpolation=cv2.INTER_LINEAR)
    light = (1 - keep) * 255
    f = cv2.add(_gain(f, keep), cv2.merge([light, light, light]), dtype=cv2.CV_8U)
    edge = int(rng.uniform(0.03, 0.12) * (w if rng.random() < 0.5 else h))
    if rng.random() < 0.5:
        f[:, edge:edge + 4] = f[:, edge:edge + 4] // 2 + 110
        f[:, edge + 4:edge + 12] = (f[:, edge + 4:edge + 12] * 0.88).astype(np.uint8)
    else:
        f[edge:edge + 4, :] = f[edge:edge + 4, :] // 2 + 110
        f[edge + 4:edge + 12, :] = (f[edge + 4:edge + 12, :] * 0.88).astype(np.uint8)
    return f, hidden


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
    cell = rng.uniform(3.2, 4.2)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    out = np.empty_like(img)
    for ch, ang in zip(range(3), (15, 75, 0), strict=True):
        a = np.deg2rad(ang + rng.uniform(-3, 3))
        u = (xx * np.cos(a) + yy * np.sin(a)) / cell
        v = (-xx * np.sin(a) + yy * np.cos(a)) / cell
        dist = np.hypot(u - np.round(u), v - np.round(v)) / 0.7071
        cov = 1 - img[..., ch].astype(np.float32) / 255
        cov = cv2.GaussianBlur(cov, (0, 0), cell / 3)
        cov = np.clip((cov - 0.06) / 0.94, 0, 1)   # the copier drops the paper's own tone
        out[..., ch] = np.where(dist < np.sqrt(np.clip(cov * 1.05, 0, 1)), 25, 250).astype(np.uint8)
    dark = img.mean(axis=2) < 110   # black text comes through the K pass as solid toner
    out[dark] = (img[dark] * 0.6).astype(np.uint8)
    return cv2.GaussianBlur(out, (0, 0), 0.7)


def fold4(img: np.ndarray, rng: random.Random) -> np.ndarray:
    """A page folded in four and opened again: a vertical and a horizontal crease with a dark side and
    a lit side, one quarter a little darker (it lay outside)."""
    h, w = img.shape[:2]
    cx, cy = w * rng.uniform(0.46, 0.54), h * rng.uniform(0.46, 0.54)
    x = np.arange(w, dtype=np.float32)
    y = np.arange(h, dtype=np.float32)
    sx = 1 - 0.22 * np.exp(-((x - cx) / 9) ** 2) - 0.08 * np.exp(-((x - cx - 25) / 30) ** 2) * (x > cx)
    sx += 0.06 * np.exp(-((x - cx + 20) / 25) ** 2) * (x < cx)
    sy = 1 - 0.2 * np.exp(-((y - cy) / 8) ** 2) - 0.07 * np.exp(-((y - cy - 22) / 28) ** 2) * (y > cy)
    qx, qy = rng.choice([(1, 1), (-1, 1), (1, -1), (-1, -1)])
    gain = np.outer(sy * np.where((y - cy) * qy > 0, 0.97, 1.0), sx * np.where((x - cx) * qx > 0, 0.97, 1.0))
    return _gain(img, gain.astype(np.float32))


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
def _gain(img: np.ndarray, gain: np.ndarray) -> np.ndarray:
    """img × a per-pixel gain (H×W float32, computed at any resolution), saturated to uint8."""
    h, w = img.shape[:2]
    if gain.shape != (h, w):
        gain = cv2.resize(gain.astype(np.float32), (w, h), interpolation=cv2.INTER_LINEAR)
    return cv2.multiply(img, cv2.merge([gain, gain, gain]), dtype=cv2.CV_8U)


def _background(w: int, h: int, rng: random.Random, kind: str) -> np.ndarray:
    if kind == "board":      # 高拍仪 base: grey/black felt board
        base = np.full((h, w, 3), rng.randint(25, 60), np.uint8)
    elif kind == "office":   # blurred office behind a hand-held card
        small = np.zeros((h // 8, w // 8, 3), np.uint8)
        for _ in range(8):
            c = tuple(rng.randint(60, 220) for _ in range(3))
            x, y = rng.randrange(w // 8), rng.randrange(h // 8)
            cv2.rectangle(small, (x, y), (x + rng.randint(w // 48, w // 16), y + rng.randint(h // 48, h // 16)), c, -1)
        return cv2.resize(cv2.GaussianBlur(small, (0, 0), 3), (w, h), interpolation=cv2.INTER_LINEAR)
    elif kind == "scanner":
        return np.full((h, w, 3), 248, np.uint8)
    else:                    # a desk: wood or grey laminate with fine grain
        tone = rng.choice([(150, 110, 75), (120, 120, 118), (200, 190, 170), (90, 65, 45)])
        base = np.full((h, w, 3), tone, np.uint8)
    g = np.random.default_rng(rng.randrange(1 << 30))
    noise = g.standard_normal((h // 4 + 1, w // 4 + 1), dtype=np.float32) * 6
    if kind == "desk":   # wood grain: the noise stretched along the desk
        noise += 2.5 * np.repeat(noise[:, :1], noise.shape[1], axis=1)
    noise = cv2.resize(noise, (w, h))
    return cv2.add(base, cv2.merge([noise, noise, noise]), dtype=cv2.CV_8U)


def place(page: np.ndarray, out_w: int, out_h: int, rng: random.Random, fill: float, tilt_deg: float,
          keystone: float, bg: str, frame: np.ndarray | None = None,
          centre: tuple[float, float] | None = None) -> tuple[np.ndarray, float]:
    """Put the page into a frame: scale so it fills `fill` of the frame, rotate by tilt, tip it by
    `keystone` (0 = flat, 0.35 = the far edge 35 % shorter), on a background. Returns the frame and
    the smallest scale any part of the page got (the far edge's)."""
    h, w = page.shape[:2]
    s = fill * min(out_w / w, out_h / h)
    pw, ph = w * s, h * s
    off = 0.01 if bg == "scanner" else 0.04
    cx, cy = out_w / 2 + rng.uniform(-off, off) * out_w, out_h / 2 + rng.uniform(-off, off) * out_h
    if centre:
        cx, cy = centre
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
    if s < 0.85:   # shrink in two steps: an area-averaged resize first, then the perspective warp
        k = s * 1.15
        small = cv2.resize(page, (max(1, int(w * k)), max(1, int(h * k))), interpolation=cv2.INTER_AREA)
        src = src * np.float32(k)
        page = small
    M = cv2.getPerspectiveTransform(src, dst)
    if frame is None:
        frame = _background(out_w, out_h, rng, bg)
    if bg != "scanner":  # a soft drop shadow under the page, drawn at an eighth of the size
        q = 8
        sh = np.zeros((out_h // q + 1, out_w // q + 1), np.float32)
        cv2.fillConvexPoly(sh, ((dst + np.float32([8, 10])) / q).astype(np.int32), 1.0)
        sh = cv2.GaussianBlur(sh, (0, 0), 1.5)
        frame = _gain(frame, 1 - 0.45 * sh)
    cv2.warpPerspective(page, M, (out_w, out_h), dst=frame, flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_TRANSPARENT)
    return frame, s * (1 - keystone)


def crumple(img: np.ndarray, rng: random.Random) -> np.ndarray:
    """Crumpled then smoothed paper: a low-frequency displacement field and the shading its slopes cast."""
    h, w = img.shape[:2]
    g = np.random.default_rng(rng.randrange(1 << 30))
    small = g.normal(0, 1, (9, 12)).astype(np.float32)
    dz = cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)
    dz += 0.18 * cv2.resize(g.normal(0, 1, (25, 33)).astype(np.float32), (w, h), interpolation=cv2.INTER_CUBIC)
    amp = 0.004 * max(w, h)
    gy, gx = np.gradient(dz)
    xx, yy = np.meshgrid(np.arange(w, dtype=np.float32), np.arange(h, dtype=np.float32))
    out = cv2.remap(img, xx + dz * amp * 0.6, yy + dz * amp, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    shade = cv2.GaussianBlur((gx * 0.7 - gy * 0.7).astype(np.float32), (0, 0), 3)
    return _gain(out, 1 + np.clip(shade * 8, -0.08, 0.05))


def lighting(img: np.ndarray, rng: random.Random, strength: float = 0.2) -> np.ndarray:
    """Uneven light: a tilt across the frame and a fall-off towards the corners."""
    h, w = img.shape[:2]
    xx, yy = np.meshgrid(np.linspace(-1, 1, w // 8, dtype=np.float32), np.linspace(-1, 1, h // 8, dtype=np.float32))
    ax, ay = rng.uniform(-1, 1), rng.uniform(-1, 1)
    return _gain(img, 1 + strength * (ax * xx + ay * yy) / 2 - strength * 0.3 * (xx ** 2 + yy ** 2))


def sensor(img: np.ndarray, rng: random.Random, sigma: float) -> np.ndarray:
    """Sensor noise (OpenCV's generator, seeded from the file's own random stream)."""
    cv2.setRNGSeed(rng.randrange(1 << 30))
    noise = np.empty(img.shape, np.int16)
    cv2.randn(noise, (0, 0, 0), (sigma, sigma, sigma))
    return cv2.add(img, noise, dtype=cv2.CV_8U)


def washed(img: np.ndarray, rng: random.Random) -> np.ndarray:
    """Over-exposure: lifted blacks, compressed contrast, clipped highlights, faded colour."""
    gain, lift, gamma = rng.uniform(1.25, 1.45), rng.uniform(0.06, 0.14), rng.uniform(0.75, 0.9)
    lut = (np.clip(np.clip(np.arange(256) / 255 * gain + lift, 0, 1) ** gamma, 0, 1) * 255).astype(np.uint8)
    f = cv2.LUT(img, lut)
    grey = cv2.cvtColor(cv2.cvtColor(f, cv2.COLOR_RGB2GRAY), cv2.COLOR_GRAY2RGB)
    return cv2.addWeighted(f, 0.6, grey, 0.4, 0)


def chroma_720(img: np.ndarray) -> np.ndarray:
    """An old 高拍仪's YUV pipeline: chroma kept at a quarter of the luma resolution."""
    ycc = cv2.cvtColor(img, cv2.COLOR_RGB2YCrCb)
    h, w = img.shape[:2]
    for c in (1, 2):
        small = cv2.resize(ycc[..., c], (w // 4, h // 4), interpolation=cv2.INTER_AREA)
        ycc[..., c] = cv2.resize(small, (w, h), interpolation=cv2.INTER_LINEAR)
    return cv2.cvtColor(ycc, cv2.COLOR_YCrCb2RGB)


# ------------------------------------------------------------------ the paths
A4_CAPS = {"fold4", "crumpled", "inkjet", "halftone", "flatbed"}


def on_a4(card: np.ndarray, rng: random.Random) -> np.ndarray:
    """A card copied, printed or scanned the way a window receives it: alone on a white A4 sheet at
    250 dpi (85.6 mm = 843 px), in the upper part of the page, a little skewed by hand."""
    W, H = 2067, 2923
    sheet = np.full((H, W, 3), rng.randint(246, 252), np.uint8)
    cw = 843
    chh = int(card.shape[0] * cw / card.shape[1])
    small = cv2.resize(card, (cw, chh), interpolation=cv2.INTER_AREA)
    x = int(rng.uniform(0.1, 0.5) * (W - cw))
    y = int(rng.uniform(0.08, 0.3) * H)
    M = cv2.getRotationMatrix2D((cw / 2, chh / 2), rng.uniform(-2.5, 2.5), 1.0)
    M[:, 2] += (x, y)
    cv2.warpAffine(small, M, (W, H), dst=sheet, flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_TRANSPARENT)
    return sheet


def capture(page: np.ndarray, boxes: dict[str, Box], kind: str, cap: str, rng: random.Random,
            under: np.ndarray | None = None) -> tuple[np.ndarray, list[str], str, float]:
    """Run page → picture along capture path `cap`; returns (RGB picture, hidden field keys, file ext,
    the smallest scale from page pixels to picture pixels)."""
    card = kind.startswith("id_card")
    hidden: list[str] = []
    k = 1.0
    if card and cap in A4_CAPS:
        k = 843 / page.shape[1]
        page = on_a4(page, rng)
        card = False
    big = (2400, 1800) if not card else (2000, 1500)
    if cap == "sleeve":
        page, hidden = sleeve(page, rng, boxes)
        fw, fh = big if page.shape[1] > page.shape[0] else big[::-1]
        img, sc = place(page, fw, fh, rng, rng.uniform(0.75, 0.9), rng.uniform(-6, 6), rng.uniform(0, 0.08), "desk")
        img = sensor(lighting(img, rng), rng, 3)
        return img, hidden, "jpg", sc * k
    if cap == "keystone":
        fw, fh = (3000, 2250) if not card else (2400, 1800)
        if page.shape[0] > page.shape[1]:
            fw, fh = fh, fw
        img, sc = place(page, fw, fh, rng, rng.uniform(0.82, 0.92), rng.uniform(-5, 5), rng.uniform(0.25, 0.40), "desk")
        return sensor(lighting(img, rng, 0.3), rng, 3), hidden, "jpg", sc * k
    if cap == "gaopaiyi720":
        if page.shape[0] > page.shape[1]:   # an A4 page laid sideways under the 16:9 camera
            page = np.ascontiguousarray(np.rot90(page, rng.choice([1, 3])))
        img, sc = place(page, 1280, 720, rng, rng.uniform(0.88, 0.97), rng.uniform(-3, 3), 0, "board")
        img = sensor(cv2.GaussianBlur(img, (0, 0), 0.6), rng, 2.5)
        return chroma_720(img), hidden, rng.choice(["bmp", "jpg"]), sc * k
    if cap == "washed":
        fw, fh = big if page.shape[1] > page.shape[0] else big[::-1]
        img, sc = place(page, fw, fh, rng, rng.uniform(0.75, 0.9), rng.uniform(-8, 8), rng.uniform(0, 0.1), "desk")
        return sensor(washed(img, rng), rng, 2), hidden, "jpg", sc * k
    if cap == "fold4":
        page = fold4(page, rng)
        if rng.random() < 0.5:
            img, sc = place(page, int(page.shape[1] * 1.05), int(page.shape[0] * 1.05), rng, 0.95, rng.uniform(-1.5, 1.5), 0, "scanner")
            return img, hidden, "tif", sc * k
        fw, fh = big if page.shape[1] > page.shape[0] else big[::-1]
        img, sc = place(page, fw, fh, rng, 0.85, rng.uniform(-5, 5), rng.uniform(0, 0.1), "desk")
        return sensor(lighting(img, rng), rng, 3), hidden, "jpg", sc * k
    if cap == "crumpled":
        page = crumple(page, rng)
        fw, fh = big if page.shape[1] > page.shape[0] else big[::-1]
        img, sc = place(page, fw, fh, rng, rng.uniform(0.8, 0.9), rng.uniform(-5, 5), rng.uniform(0, 0.1), "desk")
        return sensor(lighting(img, rng), rng, 3), hidden, "webp", sc * k
    if cap == "inkjet":
        page = inkjet(page, rng)
        img, sc = place(page, int(page.shape[1] * 1.04), int(page.shape[0] * 1.04), rng, 0.96, rng.uniform(-1, 1), 0, "scanner")
        return img, hidden, "pdf", sc * k
    if cap == "halftone":
        page = halftone(page, rng)
        img, sc = place(page, int(page.shape[1] * 1.04), int(page.shape[0] * 1.04), rng, 0.96, rng.uniform(-1, 1), 0, "scanner")
        return img, hidden, "tif", sc * k
    if cap == "held":
        page, hidden = fingers(page, rng, boxes)
        img, sc = place(page, 2000, 1500, rng, rng.uniform(0.7, 0.85), rng.uniform(-10, 10), rng.uniform(0.05, 0.15), "office")
        return sensor(lighting(img, rng), rng, 4), hidden, "jpg", sc * k
    if cap == "overlap" and under is not None:
        # cards handed over together: another card lies on the desk, partly under the one in the truth,
        # which is on top and fills most of the frame
        small = cv2.resize(under, (under.shape[1] * 3 // 4, under.shape[0] * 3 // 4), interpolation=cv2.INTER_AREA)
        at = (1200 + rng.choice([-1, 1]) * rng.uniform(500, 650), 900 + rng.uniform(-350, 350))
        frame, _ = place(small, 2400, 1800, rng, 0.55, rng.uniform(-25, 25), 0, "desk", centre=at)
        img, sc = place(page, 2400, 1800, rng, rng.uniform(0.62, 0.72), rng.uniform(-8, 8), rng.uniform(0, 0.08), "desk", frame=frame)
        return sensor(lighting(img, rng), rng, 3), hidden, "jpg", sc * k
    # flatbed: a clean scan, the control
    img, sc = place(page, int(page.shape[1] * 1.06), int(page.shape[0] * 1.06), rng, 0.94, rng.uniform(-0.8, 0.8), 0, "scanner")
    return img, hidden, "png", sc * k


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
        im.save(path, "WEBP", quality=rng.randint(60, 80), method=1)
    else:
        im.save(path, "PNG", optimize=False)
