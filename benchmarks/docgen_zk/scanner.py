"""Family ZK's scanner side, in numpy with colour-science's colour transforms: flatbed and feeder (ADF)
scans with the lamp's colour temperature adapted (Von Kries / Bradford) as a scanner's profile does,
photocopies and copies of copies (toner curve, speckle, drift), faxes (1-bit by this module's own
column-sweep error diffusion or a text-mode threshold, standard/fine line pitch, header line),
scanner-app output (residual keystone, background flattening, enhance/grey/B&W filters), chat-app
forwards and screenshots, and the screen a photo is taken of. Pillow only encodes (generate.py)."""

from __future__ import annotations

import functools
import math

import colour
import numpy as np

from .camera import apply_h, gauss, homography, sample, value_noise
from .page import Page

LIN = ((np.arange(256) / 255.0) ** 2.2).astype(np.float32)


def to_float(img: np.ndarray) -> np.ndarray:
    return img.astype(np.float32) * np.float32(1 / 255)


def to_u8(a: np.ndarray) -> np.ndarray:
    return (np.clip(a, 0, 1) * 255 + 0.5).astype(np.uint8)


def resize(img: np.ndarray, w: int, h: int) -> np.ndarray:
    """Area-like resampling: a Gaussian prefilter at the scale step, then bilinear samples."""
    H, W = img.shape[:2]
    sx, sy = W / w, H / h
    a = img.astype(np.float32)
    if max(sx, sy) > 1.2:
        a = gauss(a, 0.45 * max(sx, sy))
    ys = (np.arange(h, dtype=np.float32) + 0.5) * sy - 0.5
    xs = (np.arange(w, dtype=np.float32) + 0.5) * sx - 0.5
    X, Y = np.meshgrid(xs, ys)
    return sample(a, X, Y)


def place(page: np.ndarray, canvas_hw: tuple[int, int], at: tuple[float, float], angle_deg: float, bg: float | np.ndarray) -> np.ndarray:
    """The page (float) rotated by `angle_deg` with its top-left corner near `at` on a canvas of `bg`."""
    Hc, Wc = canvas_hw
    ph, pw = page.shape[:2]
    a = math.radians(angle_deg)
    src = np.array([[0, 0], [pw, 0], [pw, ph], [0, ph]], float)
    R = np.array([[math.cos(a), -math.sin(a)], [math.sin(a), math.cos(a)]])
    dst = src @ R.T + at
    Hinv = np.linalg.inv(homography(src, dst)).astype(np.float32)
    yy, xx = np.mgrid[0:Hc, 0:Wc].astype(np.float32)
    u, v = apply_h(Hinv, xx, yy)
    cov = np.clip(np.minimum(np.minimum(u, pw - u), np.minimum(v, ph - v)) + 0.5, 0, 1)
    pix = sample(page, u, v)
    if pix.ndim == 3:
        cov = cov[..., None]
    edge = 1 - 0.25 * np.exp(-(np.minimum(np.minimum(u, pw - u), np.minimum(v, ph - v)) / 1.2) ** 2)  # paper edge line
    if pix.ndim == 3:
        edge = edge[..., None]
    return pix * edge * cov + bg * (1 - cov)


@functools.lru_cache(maxsize=16)
def lamp_matrix(cct: float, strength: float) -> np.ndarray:
    """sRGB-linear 3×3 that leaves a scanner lamp's colour partly uncorrected (Bradford CAT)."""
    xy_l = colour.temperature.CCT_to_xy_CIE_D(cct) if cct >= 4000 else colour.CCT_to_xy(cct, method="Kang 2002")
    xy_d65 = colour.CCS_ILLUMINANTS["CIE 1931 2 Degree Standard Observer"]["D65"]
    M = colour.adaptation.matrix_chromatic_adaptation_VonKries(colour.xy_to_XYZ(xy_d65), colour.xy_to_XYZ(xy_l), transform="Bradford")
    cs = colour.RGB_COLOURSPACES["sRGB"]
    full = cs.matrix_XYZ_to_RGB @ M @ cs.matrix_RGB_to_XYZ
    return (np.eye(3) * (1 - strength) + full * strength).astype(np.float32)


def flatbed(page: np.ndarray, rng: np.random.Generator, dpi: float, bed_mm: tuple[float, float] | None, grey: bool = False,
            crop_to_page: bool = False) -> np.ndarray:
    """A flatbed scan: the page on the glass (skew, offset), lid white around it, the lamp's colour
    partly adapted, MTF blur, sensor noise, dust."""
    pg = to_float(page)
    ph, pw = pg.shape[:2]
    if bed_mm and not crop_to_page:
        Hc, Wc = int(bed_mm[1] / 25.4 * dpi), int(bed_mm[0] / 25.4 * dpi)
        at = (rng.uniform(0.01, 0.05) * Wc, rng.uniform(0.01, 0.04) * Hc)
    else:
        Hc, Wc = ph + int(rng.integers(4, 30)), pw + int(rng.integers(4, 30))
        at = (rng.uniform(1, 8), rng.uniform(1, 8))
    lid = np.array([0.95, 0.95, 0.94], np.float32) * rng.uniform(0.96, 1.0)
    img = place(pg, (Hc, Wc), at, float(rng.uniform(-1.2, 1.2)), lid)
    lin = LIN[to_u8(img)]
    M = lamp_matrix(float(rng.choice([4200, 5000, 6500, 7500])), float(rng.uniform(0.15, 0.45)))
    lin = np.clip(lin @ M.T, 0, 1)
    img = lin ** (1 / 2.2)
    img = gauss(img, rng.uniform(0.45, 0.9))
    img = img * rng.uniform(1.0, 1.06) + rng.normal(0, 0.012, img.shape).astype(np.float32)
    for _ in range(int(rng.integers(3, 20))):  # dust
        y, x = int(rng.integers(Hc)), int(rng.integers(Wc))
        img[y:y + int(rng.integers(1, 4)), x:x + int(rng.integers(1, 4))] *= 0.3
    if grey:
        img = img @ np.array([0.299, 0.587, 0.114], np.float32)
    return to_u8(img)


def adf(page: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """A feeder scan: grey, skewed more, stretched a little by the feed, with streaks from glass dirt."""
    g = to_float(page) @ np.array([0.299, 0.587, 0.114], np.float32)
    ph, pw = g.shape
    stretch = rng.uniform(0.985, 1.02)
    g = resize(g, pw, int(ph * stretch))
    img = place(g, (g.shape[0] + 20, pw + 20), (10, 10), float(rng.uniform(-2.2, 2.2)), np.float32(0.08))
    for _ in range(int(rng.integers(1, 4))):
        x = int(rng.integers(img.shape[1]))
        img[:, x:x + int(rng.integers(1, 3))] *= rng.uniform(0.5, 0.85)
    img = gauss(img, 0.6) + rng.normal(0, 0.015, img.shape).astype(np.float32)
    img = np.clip((img - 0.04) / 0.9, 0, 1)
    return to_u8(img)


def photocopy(page: np.ndarray, rng: np.random.Generator, generations: int) -> np.ndarray:
    """A photocopy (and copies of it): grey, hard toner curve, speckle, background toner, drift."""
    g = to_float(page) @ np.array([0.299, 0.587, 0.114], np.float32)
    H, W = g.shape
    for gen in range(generations):
        g = place(g, (H, W), (rng.uniform(-4, 6), rng.uniform(-4, 6)), float(rng.uniform(-0.8, 0.8)), np.float32(0.97))
        g = gauss(g, 0.7 + 0.3 * gen)
        black, white = rng.uniform(0.15, 0.3), rng.uniform(0.78, 0.9)
        g = np.clip((g - black) / (white - black), 0, 1) ** rng.uniform(1.2, 1.8)
        toner = value_noise(rng, H, W, 30)
        g = g * (0.93 + 0.07 * toner)
        speck = rng.random((H, W)) < 0.0015 * (gen + 1)
        g[speck] = 0.1
        g -= 0.05 * (value_noise(rng, H, W, 3) > 0.8)  # a toner-heavy patch
    # dark copier edges
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    edge = np.minimum(np.minimum(xx, W - 1 - xx), np.minimum(yy, H - 1 - yy))
    g = g * (1 - 0.6 * np.exp(-edge / rng.uniform(4, 15)))
    return to_u8(np.clip(g + rng.normal(0, 0.02, g.shape).astype(np.float32), 0, 1))


def error_diffuse(g: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """1-bit by error diffusion swept column by column (all rows at once): each pixel's error goes to
    the next column, split over the rows above, level and below (1/4, 1/2, 1/4), with a little jitter."""
    H, W = g.shape
    a = g.astype(np.float32).copy()
    out = np.zeros((H, W), bool)
    thr = 0.5 + rng.normal(0, 0.02, H).astype(np.float32)
    for x in range(W):
        col = a[:, x]
        on = col > thr
        out[:, x] = on
        err = col - on
        if x + 1 < W:
            nxt = a[:, x + 1]
            nxt += 0.5 * err
            nxt[1:] += 0.25 * err[:-1]
            nxt[:-1] += 0.25 * err[1:]
    return out


def fax(page: np.ndarray, rng: np.random.Generator, dpi_page: float, fine: bool, dither: bool, header: str, face: str) -> np.ndarray:
    """A received fax: resampled to 204×196 (fine) or 204×98 (standard) lines per inch, 1-bit by
    error diffusion (photo mode) or a threshold (text mode), a header line, lines doubled back to
    square pixels when standard; returns a bool image (True = white)."""
    g = to_float(page) @ np.array([0.299, 0.587, 0.114], np.float32)
    ph, pw = g.shape
    w = int(pw * 204 / dpi_page)
    h = int(ph * (196 if fine else 98) / dpi_page)
    g = resize(g, w, h)
    g = np.clip((g - 0.1) / 0.8, 0, 1)
    hdr = Page(w / 204 * 25.4, 4.5, 204, bg=(1, 1, 1))
    hdr.text(3, 3.4, header, face, 2.4, "#000000")
    strip, _ = hdr.raster()
    strip = to_float(strip) @ np.array([0.299, 0.587, 0.114], np.float32)
    if not fine:
        strip = strip[::2]
    g = np.vstack([strip[:, :w], g])
    bits = error_diffuse(g, rng) if dither else g > rng.uniform(0.45, 0.6)
    drop = rng.random(bits.shape[0]) < 0.004  # dropped scan lines
    bits[drop] = True
    if not fine:
        bits = np.repeat(bits, 2, axis=0)
    return bits


def scanner_app(page: np.ndarray, rng: np.random.Generator, mode: str) -> np.ndarray:
    """A phone scanner app's output: the page rectified (a residual keystone), light flattened by
    background division, then its filter (enhanced colour, grey, or B&W by local threshold)."""
    pg = to_float(page)
    ph, pw = pg.shape[:2]
    src = np.array([[0, 0], [pw, 0], [pw, ph], [0, ph]], float)
    dst = src + rng.normal(0, 0.008 * max(pw, ph), (4, 2))
    Hinv = np.linalg.inv(homography(src, dst)).astype(np.float32)
    yy, xx = np.mgrid[0:ph, 0:pw].astype(np.float32)
    u, v = apply_h(Hinv, xx, yy)
    img = sample(pg, u, v)
    light = 0.75 + 0.25 * value_noise(rng, ph, pw, 2)
    img = img * light[..., None]
    bgd = gauss(img.max(axis=2), max(ph, pw) / 60)
    img = img / np.clip(bgd, 0.2, None)[..., None]
    img = gauss(img, 0.6)
    if mode == "grey":
        img = img @ np.array([0.299, 0.587, 0.114], np.float32)
        img = np.clip((img - 0.1) / 0.82, 0, 1) ** 1.3
    elif mode == "bw":
        gy = img @ np.array([0.299, 0.587, 0.114], np.float32)
        loc = gauss(gy, 12)
        img = (gy > loc - 0.08).astype(np.float32)
    else:
        img = np.clip((img - 0.06) / 0.9, 0, 1)
        m = img.mean(axis=2, keepdims=True)
        img = np.clip(m + (img - m) * 1.25, 0, 1)
    return to_u8(img)


def chat_forward(img: np.ndarray, long_side: int = 1280) -> np.ndarray:
    H, W = img.shape[:2]
    k = long_side / max(H, W)
    if k >= 1:
        return img
    return to_u8(resize(to_float(img), int(W * k), int(H * k)))


def chat_screenshot(img: np.ndarray, rng: np.random.Generator, face: str, sender: str) -> np.ndarray:
    """A phone screenshot of the chat app's image viewer: 1080×2340, status bar, the picture fitted."""
    W, H = 1080, 2340
    ui = Page(W / 12, H / 12, 304.8, bg=(0, 0, 0))  # 12 px per mm
    t = f"{int(rng.integers(8, 19))}:{int(rng.integers(0, 60)):02d}"
    ui.text(5, 6, t, face, 3.4, "#ffffff")
    ui.text(W / 12 - 5, 6, f"{int(rng.integers(20, 99))}%", face, 3.0, "#ffffff", ha="right")
    ui.text(W / 24, H / 12 - 12, f"{sender}  发送的图片", face, 3.2, "#bbbbbb", ha="center")
    ui.text(W / 24, H / 12 - 5, "查看原图", face, 3.0, "#dddddd", ha="center")
    screen, _ = ui.raster()
    screen = screen[:H, :W]
    h, w = img.shape[:2]
    k = min(W / w, (H - 400) / h)
    small = chat_forward(img, int(max(w, h) * k)) if k < 1 else img
    sh, sw = small.shape[:2]
    y0, x0 = (H - sh) // 2, (W - sw) // 2
    out = screen.copy()
    out[y0:y0 + sh, x0:x0 + sw] = small[:H - y0, :W - x0]
    return out


def screen_frame(doc: np.ndarray, rng: np.random.Generator) -> tuple[np.ndarray, float, tuple[int, int]]:
    """What a monitor shows: the document fitted in a PDF viewer's grey window at 1600×1000 px; also
    the document's scale and top-left corner on the screen."""
    W, H = 1600, 1000
    scr = np.full((H, W, 3), (82, 86, 89), np.uint8)
    scr[:38] = (45, 47, 50)
    h, w = doc.shape[:2]
    k = min((W - 60) / w, (H - 70) / h) * rng.uniform(0.92, 1.0)
    small = chat_forward(doc, int(max(w, h) * k))
    sh, sw = small.shape[:2]
    y0, x0 = 50 + (H - 60 - sh) // 2, (W - sw) // 2
    scr[y0:y0 + sh, x0:x0 + sw] = small
    return scr, sw / w, (x0, y0)
