"""Family ZJ's scanner-side captures: the page drawn by Qt straight onto a scanner bed at the scan's dpi
(skewed and offset on the glass by the painter's transform), then worked with mahotas (Gaussian optics,
morphology for toner specks and fill-in, Otsu/Riddler–Calvard thresholds for faxes and B/W app output,
background estimation by closing) and PyWavelets (sensor and toner noise in the wavelet domain, the
photocopier's lost fine detail): flatbed and ADF scans, photocopies and copies of copies, 1-bit faxes,
scanner-app output, chat-app screenshots and forwarded copies. numpy only moves the bytes."""

from __future__ import annotations

import mahotas
import numpy as np
import pywt
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from benchmarks.docgen_zj import faces as F
from benchmarks.docgen_zj.canvas import Canvas
from benchmarks.docgen_zj.render import MM_PER_IN, draw_page, np_to_qimage, qimage_to_np


def bed(doc: dict, marks: list[str], dpi: float, rng: np.random.Generator, skew: float, margin: float = 4.0,
        bg: str = "#ffffff", card_on_a4: bool = False) -> np.ndarray:
    """The page drawn by Qt onto the scanner glass at `dpi`, rotated by `skew` degrees."""
    F.app()
    w, h = doc["size"]
    bw, bh = (210.0, 297.0) if card_on_a4 else (w + 2 * margin, h + 2 * margin)
    px = dpi / MM_PER_IN
    img = QImage(round(bw * px), round(bh * px), QImage.Format.Format_RGB32)
    img.fill(QColor(bg))
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(px, px)
    if card_on_a4:
        ox, oy = float(rng.uniform(20, 210 - w - 20)), float(rng.uniform(20, 120))
    else:
        ox, oy = margin + float(rng.uniform(-1.5, 1.5)), margin + float(rng.uniform(-1.5, 1.5))
    p.translate(ox + w / 2, oy + h / 2)
    p.rotate(skew)
    p.translate(-w / 2, -h / 2)
    try:
        draw_page(p, doc, marks)
    finally:
        p.end()
    return qimage_to_np(img)


def gray(a: np.ndarray) -> np.ndarray:
    return (a[..., 0] * 0.299 + a[..., 1] * 0.587 + a[..., 2] * 0.114).astype(np.float32) if a.ndim == 3 else a.astype(np.float32)


def wavelet_noise(ch: np.ndarray, rng: np.random.Generator, sigma: float, levels: int = 2, wavelet: str = "db2") -> np.ndarray:
    """Add noise to the finest detail bands of a channel (PyWavelets), so it has the grain of a sensor."""
    h, w = ch.shape
    coeffs = pywt.wavedec2(ch.astype(np.float32), wavelet, level=levels)
    out = [coeffs[0]]
    for k, bands in enumerate(coeffs[1:]):
        s = sigma * (1.0 if k == len(coeffs) - 2 else 0.5)
        out.append(tuple(b + rng.standard_normal(b.shape, dtype=np.float32) * np.float32(s) for b in bands))
    return pywt.waverec2(out, wavelet)[:h, :w]


def soften_detail(ch: np.ndarray, keep: float, wavelet: str = "haar") -> np.ndarray:
    """Shrink the finest wavelet band: a copier's lost sharpness."""
    h, w = ch.shape
    coeffs = pywt.wavedec2(ch, wavelet, level=1)
    cA, (cH, cV, cD) = coeffs
    return pywt.waverec2([cA, (cH * keep, cV * keep, cD * keep)], wavelet)[:h, :w]


def optics(a: np.ndarray, sigma: float) -> np.ndarray:
    if sigma <= 0.05:
        return a.astype(np.float32)
    if a.ndim == 2:
        return mahotas.gaussian_filter(a.astype(np.float32), sigma)
    return np.dstack([mahotas.gaussian_filter(a[..., c].astype(np.float32), sigma) for c in range(3)])


def to_u8(a: np.ndarray) -> np.ndarray:
    return np.clip(a, 0, 255).round().astype(np.uint8)


def flatbed(doc, marks, rng, dpi, adf=False) -> np.ndarray:
    skew = float(rng.uniform(-1.2, 1.2)) if not adf else float(rng.uniform(-2.5, 2.5))
    card = doc["size"][0] < 100
    a = bed(doc, marks, dpi, rng, skew, bg="#f4f4f2" if not adf else "#ffffff", card_on_a4=card)
    a = optics(a, float(rng.uniform(0.3, 0.8)))
    out = np.dstack([wavelet_noise(a[..., c], rng, float(rng.uniform(1.5, 3.5))) for c in range(3)])
    if adf:  # feeder streaks: a vertical line or two from dust on the glass
        for _ in range(int(rng.integers(1, 3))):
            x = int(rng.integers(0, out.shape[1] - 3))
            out[:, x:x + 2] -= float(rng.uniform(20, 60))
        out = gray(out)
    return to_u8(out)


def photocopy(src: np.ndarray, rng, generation: int = 1) -> np.ndarray:
    """A photocopy of an RGB/gray image: grey levels crushed, toner specks (mahotas morphology), wavelet
    toner noise, lost fine detail, a darker border from the lid."""
    g = gray(src)
    for gen in range(generation):
        g = soften_detail(g, 0.55)
        g = optics(g, 0.6 + 0.3 * gen)
        lo, hi = float(rng.uniform(60, 100)), float(rng.uniform(185, 215))
        g = 255 * (np.clip(g, 0, 255) / 255) ** 1.5  # toner lays dark tones on heavily
        g = (g - lo) / (hi - lo) * 255
        if rng.random() < 0.6:  # thin strokes fill in (a grey-level erosion: the darker neighbour wins)
            g = mahotas.erode(to_u8(g), np.array([[0, 1, 0], [1, 1, 1], [0, 1, 0]], bool)).astype(np.float32) * 0.5 + g * 0.5
        g = wavelet_noise(g, rng, float(rng.uniform(4, 9)), levels=3)
        specks = rng.random(g.shape) < float(rng.uniform(0.00005, 0.0003)) * (1 + gen)
        specks = mahotas.dilate(specks, mahotas.disk(int(rng.integers(1, 3))).astype(bool))
        g[specks] = np.minimum(g[specks], float(rng.uniform(20, 90)))
        if gen + 1 < generation:
            g = _reskew(to_u8(g), float(rng.uniform(-1.5, 1.5)))
    h, w = g.shape
    band = max(4, int(min(h, w) * 0.012))
    g[:band, :] *= 0.55
    g[-band:, :] *= 0.6
    return to_u8(g)


def _reskew(g: np.ndarray, deg: float) -> np.ndarray:
    """Lay a copy on the glass again: Qt redraws it rotated on white."""
    F.app()
    src = np_to_qimage(g)
    img = QImage(src.width(), src.height(), QImage.Format.Format_RGB32)
    img.fill(QColor("#ffffff"))
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    p.translate(src.width() / 2, src.height() / 2)
    p.rotate(deg)
    p.translate(-src.width() / 2, -src.height() / 2)
    p.drawImage(QPointF(0, 0), src)
    p.end()
    return gray(qimage_to_np(img))


def fax(src_doc, marks, rng, fine: bool) -> tuple[np.ndarray, str]:
    """A 1-bit fax: the page at 204×98 (standard) or 204×196 dpi (fine), thresholded (Otsu or
    Riddler–Calvard), a header line drawn by Qt."""
    w, h = src_doc["size"]
    dpi = 204.0 if max(w, h) <= 300 else 204.0 * 297 / max(w, h)  # an A3 page goes through reduced to fit
    a = bed(src_doc, marks, dpi, rng, float(rng.uniform(-1.5, 1.5)), margin=3, card_on_a4=w < 100)
    g = gray(optics(a, 0.5))
    if not fine:
        g = g[::2, :]
    g = wavelet_noise(g, rng, 6.0, levels=1)
    t = mahotas.otsu(to_u8(g)) if rng.random() < 0.5 else mahotas.rc(to_u8(g))
    t = t + float(rng.uniform(-15, 20))
    bw = g > t
    if rng.random() < 0.5:  # scanner's fill-in: strokes thicken a little
        bw = ~mahotas.dilate(~bw, np.ones((1, 2), bool))
    out = to_u8(bw * 255.0)
    head = f"{int(rng.integers(2025, 2027))}-{int(rng.integers(1, 13)):02d}-{int(rng.integers(1, 29)):02d} {int(rng.integers(8, 18)):02d}:{int(rng.integers(0, 60)):02d}  FROM: 0{int(rng.integers(10, 999))}-{int(rng.integers(1000000, 99999999))}  P.01/01"
    img = np_to_qimage(out)
    p = QPainter(img)
    cv = Canvas(p, 1, 1)  # one 'mm' = one pixel here
    cv.text(20, 22 if fine else 12, head, "mono", 18 if fine else 9, "#000")
    p.end()
    return qimage_to_np(img)[..., 0] > 127, "fine" if fine else "standard"


def scanner_app(page: np.ndarray, rng, bw: bool) -> np.ndarray:
    """A phone scanner app's output: the flattened page, its shading divided out (a mahotas closing
    estimates the paper), contrast pushed, B/W mode by a threshold; an app mark in the corner."""
    g3 = page.astype(np.float32)
    # a soft lighting gradient the app must flatten (the photo it came from)
    h, w = g3.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    shade = 1 - 0.18 * ((xx / w - float(rng.uniform(0, 1))) ** 2 + (yy / h - float(rng.uniform(0, 1))) ** 2)
    g3 = g3 * shade[..., None]
    small = to_u8(gray(g3))[::8, ::8]
    bgd = mahotas.close(small, np.ones((9, 9), bool)).astype(np.float32)
    bgd = mahotas.gaussian_filter(bgd, 3)
    bgd = np.kron(bgd, np.ones((8, 8), np.float32))[:h, :w]
    if bw:
        g = gray(g3) / np.maximum(bgd, 1) * 255
        g = optics(g, 0.6)
        t = mahotas.otsu(to_u8(g))
        out = to_u8((g > min(t + 25, 235)) * 255.0)
        out = np.dstack([out] * 3)
    else:
        out = g3 / np.maximum(bgd, 1)[..., None] * 255
        out = (out - 30) * 1.15
        out = to_u8(out)
    img = np_to_qimage(out)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    cv = Canvas(p, 1, 1)  # one 'mm' = one pixel here
    cv.rect(w - 170, h - 44, 160, 34, color=None, fill="#f0f0f0")
    cv.text(w - 162, h - 20, "扫描全能王", "hei", 20, "#2a8c5a")
    p.end()
    return qimage_to_np(img)


def chat_screenshot(photo: np.ndarray, rng, title: str) -> np.ndarray:
    """A chat app's image viewer screenshotted on a phone (1080×2340): status bar, the forwarded photo
    fitted to the width on black, the viewer's buttons."""
    F.app()
    W, H = 1080, 2340
    img = QImage(W, H, QImage.Format.Format_RGB32)
    img.fill(QColor("#000000"))
    src = np_to_qimage(photo)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    sw, sh = src.width(), src.height()
    k = min(W / sw, (H - 420) / sh)
    tw, th = sw * k, sh * k
    p.drawImage(QRectF((W - tw) / 2, (H - th) / 2, tw, th), src)
    cv = Canvas(p, 1, 1)  # one 'mm' = one pixel here
    hh = int(rng.integers(7, 23))
    cv.text(48, 64, f"{hh}:{int(rng.integers(0, 60)):02d}", "hei", 36, "#ffffff")
    cv.text(W - 48, 64, f"{int(rng.integers(12, 99))}%", "hei", 32, "#ffffff", anchor="right")
    cv.text(W / 2, 150, title, "hei", 40, "#eeeeee", anchor="center")
    cv.rect(40, H - 150, 150, 80, color="#888888", width=2)
    cv.text(115, H - 98, "原图", "hei", 32, "#ffffff", anchor="center")
    cv.text(W - 60, H - 98, "···", "hei", 48, "#ffffff", anchor="right")
    p.setPen(Qt.PenStyle.NoPen)
    p.end()
    return qimage_to_np(img)


def screen_texture(page: np.ndarray, rng) -> tuple[np.ndarray, tuple[float, float, float, float]]:
    """A monitor showing the e-licence in a viewer: page scaled to screen pixels, a dark window frame,
    and the panel's pixel grid (thin dark lines between pixels) drawn by Qt, which moirés in the photo."""
    F.app()
    W, H = 1920, 1080
    img = QImage(W, H, QImage.Format.Format_RGB32)
    img.fill(QColor("#3a3d42"))
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    src = np_to_qimage(page)
    k = min((W - 200) / src.width(), (H - 90) / src.height())
    tw, th = src.width() * k, src.height() * k
    p.fillRect(QRectF(0, 0, W, 56), QColor("#202225"))
    p.drawImage(QRectF((W - tw) / 2, 70, tw, th), src)
    p.setPen(QColor(0, 0, 0, 70))
    for x in range(0, W, 2):
        p.drawLine(x, 0, x, H)
    p.end()
    return qimage_to_np(img), ((W - tw) / 2 / W, 70 / H, tw / W, th / H)
