"""Family K's captures, written for K with numpy/OpenCV: what a window meets that A–J did not draw.

Every capture keeps each value a person could read readable (effects stay off the value area or
stay mild); none marks a field unreadable. Inputs are RGB uint8 renders from Ghostscript.
"""

from __future__ import annotations

import random

import cv2
import numpy as np

LICENCE_CAPTURES = ["scanapp_bw", "scanapp_enhanced", "gaopaiyi_padded", "flash_hotspot", "trifold",
                    "castjpeg_5mp", "monitor_photo", "pdf_viewer_67", "certified_copy", "staples_punch",
                    "counter_cover"]
ID_CAPTURES = ["id_closeup_edge", "dark_glossy_desk", "scanapp_enhanced", "gaopaiyi_padded", "flash_hotspot",
               "castjpeg_5mp", "counter_cover", "scanapp_bw"]


def _warp_into(img: np.ndarray, canvas: np.ndarray, quad: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Perspective-paste img onto canvas at quad (tl, tr, br, bl); returns canvas and the mask."""
    h, w = img.shape[:2]
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    m = cv2.getPerspectiveTransform(src, np.float32(quad))
    size = (canvas.shape[1], canvas.shape[0])
    warped = cv2.warpPerspective(img, m, size, flags=cv2.INTER_AREA if w > size[0] else cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.full((h, w), 255, np.uint8), m, size)
    a = (mask.astype(np.float32) / 255)[..., None]
    return (canvas * (1 - a) + warped * a).astype(np.uint8), mask


def _fit(img: np.ndarray, long_side: int) -> np.ndarray:
    h, w = img.shape[:2]
    s = long_side / max(h, w)
    return cv2.resize(img, (round(w * s), round(h * s)), interpolation=cv2.INTER_AREA if s < 1 else cv2.INTER_CUBIC)


def _quad(rng: random.Random, w: int, h: int, cw: int, ch: int, fill: float, tilt: float) -> np.ndarray:
    s = fill * min(cw / w, ch / h)
    dw, dh = w * s, h * s
    x0, y0 = (cw - dw) / 2 + rng.uniform(-0.03, 0.03) * cw, (ch - dh) / 2 + rng.uniform(-0.03, 0.03) * ch
    q = np.float32([[x0, y0], [x0 + dw, y0], [x0 + dw, y0 + dh], [x0, y0 + dh]])
    j = tilt * min(dw, dh)
    return q + np.float32([[rng.uniform(-j, j), rng.uniform(-j, j)] for _ in range(4)])


def _noise(img: np.ndarray, rng: random.Random, sigma: float) -> np.ndarray:
    g = np.random.default_rng(rng.randrange(2 ** 32)).standard_normal(img.shape, dtype=np.float32)
    return np.clip(img + g * np.float32(sigma), 0, 255).astype(np.uint8)


def _vignette(shape, strength: float, cx=0.5, cy=0.5) -> np.ndarray:
    h, w = shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    d = np.sqrt(((xx / w - cx) * 1.2) ** 2 + (yy / h - cy) ** 2)
    return (1 - strength * d ** 2)[..., None]


def scanapp(img: np.ndarray, rng: random.Random, bw: bool) -> np.ndarray:
    """CamScanner-style output: the page auto-cropped (sometimes a few mm too tight), flattened to a
    rectangle, then binarised or 'enhanced' (white-balanced, contrast stretched, sharpened)."""
    h, w = img.shape[:2]
    crop = rng.uniform(0.0, 0.025)  # over-crop into the margin, never into the text
    dy, dx = int(h * crop), int(w * crop)
    page = img[dy:h - dy, dx:w - dx]
    page = _fit(page, rng.choice([1600, 1800, 2000]) if max(h, w) > 1500 else 1400)
    # the photo it came from: uneven light before the app flattened it
    lit = np.clip(page.astype(np.float32) * _vignette(page.shape, rng.uniform(0.2, 0.4), rng.uniform(0.3, 0.7)), 0, 255)
    lit = _noise(lit, rng, 4)
    gray = cv2.cvtColor(lit, cv2.COLOR_RGB2GRAY)
    if bw:
        block = (max(page.shape[:2]) // 40) | 1
        out = cv2.adaptiveThreshold(gray, 255, cv2.ADAPTIVE_THRESH_GAUSSIAN_C, cv2.THRESH_BINARY, block, 12)
        return cv2.cvtColor(out, cv2.COLOR_GRAY2RGB)
    small = cv2.resize(lit, (lit.shape[1] // 8, lit.shape[0] // 8), interpolation=cv2.INTER_AREA)
    bg = cv2.resize(cv2.GaussianBlur(small, (0, 0), max(small.shape[:2]) / 30), (lit.shape[1], lit.shape[0]),
                    interpolation=cv2.INTER_LINEAR).astype(np.float32) + 1
    flat = np.clip(lit.astype(np.float32) / bg * 250, 0, 255)
    blur = cv2.GaussianBlur(flat, (0, 0), 1.2)
    sharp = np.clip(flat * 1.8 - blur * 0.8, 0, 255)
    sat = cv2.cvtColor(sharp.astype(np.uint8), cv2.COLOR_RGB2HSV).astype(np.float32)
    sat[..., 1] *= 1.3
    return cv2.cvtColor(np.clip(sat, 0, 255).astype(np.uint8), cv2.COLOR_HSV2RGB)


def gaopaiyi_padded(img: np.ndarray, rng: random.Random) -> np.ndarray:
    """An old 5 MP 高拍仪 frame auto-cropped by its driver: the document on the grey base plate,
    slightly rotated, inside the device's own black/grey padding bars."""
    cw, ch = 2592, 1944
    base = np.full((ch, cw, 3), rng.randint(70, 110), np.uint8)
    base = _noise(base, rng, 6)
    small = _fit(img, int(min(cw, ch) * 0.92 * max(img.shape[:2]) / min(img.shape[:2])) if img.shape[0] > img.shape[1] else int(cw * 0.85))
    if small.shape[0] > ch * 0.95:
        small = _fit(small, int(ch * 0.95))
    q = _quad(rng, small.shape[1], small.shape[0], cw, ch, 0.96, 0.01)
    ang = np.radians(rng.uniform(-3, 3))
    c = q.mean(0)
    rot = np.float32([[np.cos(ang), -np.sin(ang)], [np.sin(ang), np.cos(ang)]])
    q = (q - c) @ rot.T + c
    frame, _ = _warp_into(small, base, q)
    frame = np.clip(frame.astype(np.float32) * _vignette(frame.shape, 0.35), 0, 255).astype(np.uint8)
    pad = rng.choice([(0, 0, 0), (40, 40, 40), (128, 128, 128)])
    padw = rng.randint(60, 200)
    out = np.zeros((ch, cw + 2 * padw, 3), np.uint8)
    out[:] = pad
    out[:, padw:padw + cw] = frame
    return out


def flash_hotspot(img: np.ndarray, rng: random.Random) -> np.ndarray:
    """A phone's flash on glossy paper: a bright spot with a soft falloff that washes out (but does
    not erase) what is under it, and a darker periphery."""
    page = _fit(img, 2200)
    h, w = page.shape[:2]
    canvas = np.full((int(h * 1.15), int(w * 1.15), 3), rng.randint(40, 90), np.uint8)
    q = _quad(rng, w, h, canvas.shape[1], canvas.shape[0], 0.9, 0.04)
    photo, _ = _warp_into(page, canvas, q)
    hh, ww = photo.shape[:2]
    cx, cy = rng.uniform(0.35, 0.65) * ww, rng.uniform(0.35, 0.65) * hh
    yy, xx = np.mgrid[0:hh, 0:ww].astype(np.float32)
    r = ((xx - cx) ** 2 + (yy - cy) ** 2) / (min(hh, ww) * rng.uniform(0.12, 0.2)) ** 2
    spot = np.exp(-r)[..., None] * rng.uniform(0.35, 0.5)
    dark = 1 - 0.45 * np.clip(r / 40, 0, 1)[..., None]
    f = photo.astype(np.float32) * dark
    f = f * (1 - spot) + 255 * spot
    return _noise(f, rng, 5)


def trifold(img: np.ndarray, rng: random.Random) -> np.ndarray:
    """A licence that was folded in three: two creases across, each panel lit and tilted a little
    differently, photographed flat-ish on a desk."""
    page = _fit(img, 2200)
    h, w = page.shape[:2]
    vertical = h > w
    panels = []
    for k in range(3):
        sl = page[k * h // 3:(k + 1) * h // 3] if vertical else page[:, k * w // 3:(k + 1) * w // 3]
        shade = rng.uniform(0.82, 1.0)
        panels.append(np.clip(sl.astype(np.float32) * shade, 0, 255))
    folded = np.concatenate(panels, axis=0 if vertical else 1)
    for k in (1, 2):  # crease: a thin dark line with a light edge
        p = k * (h if vertical else w) // 3
        sl = (slice(max(0, p - 3), p + 1), slice(None)) if vertical else (slice(None), slice(max(0, p - 3), p + 1))
        folded[sl] *= 0.7
        sl2 = (slice(p + 1, p + 5), slice(None)) if vertical else (slice(None), slice(p + 1, p + 5))
        folded[sl2] = np.clip(folded[sl2] * 1.08, 0, 255)
    folded = folded.astype(np.uint8)
    canvas = np.full((int(h * 1.2), int(w * 1.2), 3), (150, 120, 95), np.uint8)
    canvas = _noise(canvas, rng, 8)
    q = _quad(rng, w, h, canvas.shape[1], canvas.shape[0], 0.88, 0.05)
    photo, _ = _warp_into(folded, canvas, q)
    return _noise(photo, rng, 3)


def castjpeg(img: np.ndarray, rng: random.Random) -> tuple[np.ndarray, int]:
    """Grayscale or strongly colour-cast frame from an old 5 MP 高拍仪, saved at JPEG quality 40–60."""
    page = _fit(img, 2592 if max(img.shape[:2]) > 1500 else 1600)
    f = page.astype(np.float32)
    if rng.random() < 0.5:
        g = cv2.cvtColor(page, cv2.COLOR_RGB2GRAY)
        f = np.repeat(g[..., None], 3, 2).astype(np.float32)
    else:
        cast = np.float32(rng.choice([(1.0, 0.9, 0.65), (0.8, 0.95, 1.1), (1.05, 1.0, 0.78), (0.85, 1.05, 0.85)]))
        f = f * cast
    f = cv2.GaussianBlur(np.clip(f, 0, 255), (0, 0), 0.7)
    return _noise(f, rng, 5), rng.randint(40, 60)


def monitor_photo(img: np.ndarray, rng: random.Random) -> np.ndarray:
    """The document open on a 2560×1440 PC monitor (page fitted to the height), photographed from the
    side with a 12 MP phone: visible pixel grid, bezel, a keystone angle, gamma and a little moiré."""
    scr_w, scr_h = 2560, 1440
    screen = np.full((scr_h, scr_w, 3), 235, np.uint8)
    page = _fit(img, scr_h - 40) if img.shape[0] > img.shape[1] else _fit(img, scr_w - 200)
    if page.shape[0] > scr_h - 40:
        page = _fit(page, int((scr_h - 40) * page.shape[1] / page.shape[0]))
    y0, x0 = (scr_h - page.shape[0]) // 2, (scr_w - page.shape[1]) // 2
    screen[y0:y0 + page.shape[0], x0:x0 + page.shape[1]] = page
    big = cv2.resize(screen, (scr_w * 2, scr_h * 2), interpolation=cv2.INTER_NEAREST)
    big[1::2, :] = cv2.convertScaleAbs(np.ascontiguousarray(big[1::2, :]), alpha=0.82)  # pixel rows
    big[:, 1::2] = cv2.convertScaleAbs(np.ascontiguousarray(big[:, 1::2]), alpha=0.88)
    cw, ch = 4000, 3000
    canvas = np.full((ch, cw, 3), 30, np.uint8)
    bezel = np.full((big.shape[0] + 120, big.shape[1] + 120, 3), 18, np.uint8)
    bezel[60:-60, 60:-60] = big
    q = _quad(rng, bezel.shape[1], bezel.shape[0], cw, ch, 0.95, 0.0)
    side = rng.choice([-1, 1]) * rng.uniform(0.05, 0.09) * (q[2, 1] - q[1, 1])
    if side > 0:
        q[1, 1] += side
        q[2, 1] -= side
    else:
        q[0, 1] -= side
        q[3, 1] += side
    photo, _ = _warp_into(bezel, canvas, q)
    photo = cv2.GaussianBlur(photo, (0, 0), 1.0)
    f = 255 * (photo.astype(np.float32) / 255) ** 1.15 * np.float32([0.95, 1.0, 1.08])
    return _noise(f, rng, 4)


def pdf_viewer(img: np.ndarray, rng: random.Random) -> np.ndarray:
    """A screenshot of a PDF viewer on a HiDPI screen (2560×1600): toolbar, page thumbnails,
    grey workspace, the page at 67 % with its drop shadow, the page scrolled so its top shows."""
    sw, sh = 2560, 1600
    shot = np.full((sh, sw, 3), (82, 86, 91), np.uint8)
    cv2.rectangle(shot, (0, 0), (sw, 96), (50, 54, 58), -1)
    cv2.rectangle(shot, (0, 96), (300, sh), (64, 68, 72), -1)
    for k in range(4):  # thumbnails
        cv2.rectangle(shot, (60, 140 + k * 330), (240, 140 + k * 330 + 250), (230, 230, 230), -1)
    for k, txt in enumerate(("File", "Edit", "View", "Window", "Help")):
        cv2.putText(shot, txt, (30 + k * 150, 60), cv2.FONT_HERSHEY_SIMPLEX, 1.2, (220, 220, 220), 2, cv2.LINE_AA)
    cv2.putText(shot, "67%", (sw // 2 - 50, 62), cv2.FONT_HERSHEY_SIMPLEX, 1.4, (240, 240, 240), 2, cv2.LINE_AA)
    cv2.putText(shot, "1 / 1", (sw - 300, 62), cv2.FONT_HERSHEY_SIMPLEX, 1.2, (220, 220, 220), 2, cv2.LINE_AA)
    # 67 % of a 96 dpi page at device-pixel-ratio 2: 128.6 px per inch
    h_mm = img.shape[0] / img.shape[1] * (297 if img.shape[1] > img.shape[0] else 210)
    w_mm = 297 if img.shape[1] > img.shape[0] else 210
    pw, ph = round(w_mm / 25.4 * 128.6), round(h_mm / 25.4 * 128.6)
    page = cv2.resize(img, (pw, ph), interpolation=cv2.INTER_AREA)
    x0 = 300 + (sw - 300 - pw) // 2
    y0 = 130
    vis = min(ph, sh - y0 - 10)
    cv2.rectangle(shot, (x0 + 8, y0 + 8), (x0 + pw + 8, y0 + vis + 8), (40, 40, 40), -1)
    shot[y0:y0 + vis, x0:x0 + pw] = page[:vis]
    return shot


def certified_copy(img: np.ndarray, rng: random.Random) -> np.ndarray:
    """A black-and-white photocopy stamped 复印件与原件一致 and signed afterwards (TeX drew the stamp,
    signature and date on the page): unsaturated print turns to toner grey, saturated ink (the red
    stamp, the blue pen — and, a known simplification, the original's red seal) keeps its colour."""
    gray = cv2.cvtColor(img, cv2.COLOR_RGB2GRAY).astype(np.float32)
    gray = np.clip((gray - 30) * 1.15, 0, 255)
    sat = cv2.cvtColor(img, cv2.COLOR_RGB2HSV)[..., 1].astype(np.float32)[..., None] / 255
    ink = np.clip((sat - 0.35) * 3, 0, 1)
    out = np.repeat(gray[..., None], 3, 2) * (1 - ink) + img.astype(np.float32) * ink
    h, w = out.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), rng.uniform(-1.2, 1.2), 1.0)
    out = cv2.warpAffine(out, m, (w, h), borderValue=(245, 245, 245))
    return _noise(out, rng, 6)


def staples_punch(img: np.ndarray, rng: random.Random) -> np.ndarray:
    """A page with two punch holes in the left margin and a staple in the top-left corner, photographed."""
    page = img.copy()
    h, w = page.shape[:2]
    r = int(w * 0.014)
    for fy in (0.38, 0.62):
        cv2.circle(page, (int(w * 0.022), int(h * fy)), r, (45, 45, 48), -1, cv2.LINE_AA)
    a = rng.uniform(30, 60)
    cx, cy, ln = int(w * 0.03), int(h * 0.025), int(w * 0.04)
    p2 = (int(cx + ln * np.cos(np.radians(a))), int(cy + ln * np.sin(np.radians(a))))
    cv2.line(page, (cx, cy), p2, (170, 170, 175), max(3, w // 500), cv2.LINE_AA)
    cv2.line(page, (cx, cy), p2, (90, 90, 95), 1, cv2.LINE_AA)
    page = _fit(page, 2400)
    ph, pw = page.shape[:2]
    canvas = np.full((int(ph * 1.12), int(pw * 1.12), 3), (205, 200, 190), np.uint8)
    q = _quad(rng, pw, ph, canvas.shape[1], canvas.shape[0], 0.93, 0.03)
    photo, _ = _warp_into(page, canvas, q)
    return _noise(photo, rng, 4)


def counter_cover(img: np.ndarray, rng: random.Random) -> np.ndarray:
    """Shot through the scratched transparent plastic cover of a service counter: haze, a soft
    reflection band and fine bright scratches."""
    page = _fit(img, 2400 if max(img.shape[:2]) > 1500 else 1800)
    h, w = page.shape[:2]
    f = page.astype(np.float32) * 0.9 + 20
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    band = np.exp(-(((xx * 0.6 + yy) / max(h, w) - rng.uniform(0.3, 0.9)) / 0.08) ** 2)[..., None] * 45
    f = f + band
    scratch = np.zeros((h, w), np.uint8)
    for _ in range(rng.randint(40, 90)):
        x, y = rng.randrange(w), rng.randrange(h)
        a = rng.uniform(0, np.pi)
        ln = rng.uniform(0.05, 0.35) * max(h, w)
        cv2.line(scratch, (x, y), (int(x + ln * np.cos(a)), int(y + ln * np.sin(a))), rng.randint(40, 110), 1, cv2.LINE_AA)
    f = f + scratch[..., None].astype(np.float32) * 0.8
    canvas = np.full((int(h * 1.1), int(w * 1.1), 3), 110, np.uint8)
    q = _quad(rng, w, h, canvas.shape[1], canvas.shape[0], 0.92, 0.03)
    photo, _ = _warp_into(np.clip(f, 0, 255).astype(np.uint8), canvas, q)
    return _noise(cv2.GaussianBlur(photo, (0, 0), 0.8), rng, 4)


def id_closeup_edge(img: np.ndarray, rng: random.Random) -> np.ndarray:
    """An ID card shot close so it fills the frame edge to edge: perspective, the rounded corners
    just cut off (the frame stays outside the printed text)."""
    h, w = img.shape[:2]
    cw, ch = 2000, 1300
    canvas = np.full((ch, cw, 3), 60, np.uint8)
    q = _quad(rng, w, h, cw, ch, 1.04, 0.035)
    photo, _ = _warp_into(img, canvas, q)
    return _noise(cv2.GaussianBlur(photo, (0, 0), 0.9), rng, 5)


def dark_glossy_desk(img: np.ndarray, rng: random.Random) -> np.ndarray:
    """The card on a dark glossy desk: its faded, blurred mirror image below it and a soft sheen."""
    card = _fit(img, 1300)
    h, w = card.shape[:2]
    cw, ch = 2400, 1800
    yy, xx = np.mgrid[0:ch, 0:cw].astype(np.float32)
    sheen = np.exp(-((xx / cw - 0.7) ** 2 + (yy / ch - 0.2) ** 2) / 0.05)[..., None] * 60
    desk = np.clip(np.float32([28, 24, 22]) + sheen, 0, 255).astype(np.uint8)
    x0, y0 = rng.uniform(0.15, 0.3) * cw, rng.uniform(0.1, 0.2) * ch
    sc = rng.uniform(0.95, 1.1)
    dw, dh = w * sc, h * sc
    k = rng.uniform(-0.03, 0.03) * dw
    q = np.float32([[x0 + k, y0], [x0 + dw - k, y0], [x0 + dw, y0 + dh], [x0, y0 + dh]])
    rq = np.float32([[x0, y0 + dh + 4], [x0 + dw, y0 + dh + 4], [x0 + dw + k, y0 + dh * 1.6], [x0 - k, y0 + dh * 1.6]])
    faded = (cv2.flip(card, 0).astype(np.float32) * 0.2 + 20).astype(np.uint8)
    desk, _ = _warp_into(cv2.GaussianBlur(faded, (0, 0), 4), desk, rq)
    photo, _ = _warp_into(card, desk, q)
    return _noise(photo, rng, 6)
