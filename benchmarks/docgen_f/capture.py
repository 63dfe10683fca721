"""How family F's pages reach the window: captures the other families did not draw (as far as
this family's author knows) — a document camera (高拍仪) frame with its LED hotspot, barrel
distortion, colour cast and the clerk's fingers; a phone photo of a photocopy; a screenshot of a
PDF viewer showing the page; a handheld phone photo with motion blur and sharpening halos; a
scan app's black-and-white output; a flatbed scan wrapped in a PDF; a laminated ID card with
reflections; a small card far away on a big desk; pages turned 90/180/270 degrees.

Glare is put on the page before the page is photographed, so which value it covers is known: a
field is marked unreadable when a saturating reflection lies over a good part of it."""

from __future__ import annotations

import io
import math
import random
from dataclasses import dataclass, field

import cv2
import numpy as np
from PIL import Image

from .docs import Doc


@dataclass
class Shot:
    image: np.ndarray              # RGB or L uint8
    ext: str                       # jpg / png / pdf
    capture: str
    marks: list[str] = field(default_factory=list)
    rotation: int = 0
    quality: int = 90
    dpi: int = 0


# ------------------------------------------------------------------------------------- helpers
def _desk(w: int, h: int, rng: random.Random, kind: str | None = None) -> np.ndarray:
    """A surface: wood desk, grey counter laminate, a 高拍仪's black base plate, a green cutting mat."""
    kind = kind or rng.choice(("wood", "laminate", "mat"))
    sw, sh = max(8, w // 8), max(8, h // 8)
    nr = np.random.default_rng(rng.randint(0, 2**31))
    if kind == "wood":
        base = np.array(rng.choice(((150, 104, 66), (176, 134, 92), (120, 84, 56))), np.float32)
        yy = np.arange(sh, dtype=np.float32)[:, None]
        grain = np.sin(yy / rng.uniform(2, 5) + nr.normal(0, 0.6, (sh, sw)).cumsum(axis=1) * 0.05) * 14
        img = base[None, None, :] + grain[..., None] + nr.normal(0, 4, (sh, sw, 1))
    elif kind == "plate":
        base = np.array(rng.choice(((28, 28, 30), (40, 40, 44), (60, 62, 66))), np.float32)
        img = base[None, None, :] + nr.normal(0, 3, (sh, sw, 1))
    elif kind == "mat":
        base = np.array((46, 96, 70), np.float32)
        img = base[None, None, :] + nr.normal(0, 3, (sh, sw, 1))
        for g in range(0, sw, max(4, sw // 24)):
            img[:, g] += 25
        for g in range(0, sh, max(4, sh // 18)):
            img[g, :] += 25
    else:
        base = np.array(rng.choice(((196, 196, 190), (214, 210, 200), (170, 172, 176))), np.float32)
        img = base[None, None, :] + nr.normal(0, 5, (sh, sw, 1))
    img = cv2.resize(np.clip(img, 0, 255).astype(np.float32), (w, h), interpolation=cv2.INTER_CUBIC)
    return img


def _quad(w: float, h: float, cx: float, cy: float, angle: float, persp: float, rng: random.Random) -> np.ndarray:
    """Corners of a w x h rectangle centred at (cx, cy), turned by angle (deg), with a keystone."""
    a = math.radians(angle)
    pts = np.array([[-w / 2, -h / 2], [w / 2, -h / 2], [w / 2, h / 2], [-w / 2, h / 2]], np.float32)
    k = persp * rng.choice((-1, 1))
    if rng.random() < 0.5:
        pts[0, 0] += k * w
        pts[1, 0] -= k * w
    else:
        pts[0, 1] += k * h
        pts[3, 1] -= k * h
    pts += np.array([rng.uniform(-1, 1) * persp * w * 0.3 for _ in range(8)], np.float32).reshape(4, 2)
    rot = np.array([[math.cos(a), -math.sin(a)], [math.sin(a), math.cos(a)]], np.float32)
    return pts @ rot.T + np.array([cx, cy], np.float32)


def _place(page: np.ndarray, mask: np.ndarray | None, bg: np.ndarray, quad: np.ndarray,
           shadow: float = 0.35) -> tuple[np.ndarray, np.ndarray]:
    """Warp page onto bg at quad (with a soft shadow); returns the image and the homography."""
    H, W = bg.shape[:2]
    ph, pw = page.shape[:2]
    target_w = float(np.linalg.norm(quad[1] - quad[0]))
    scale = target_w / pw
    if scale < 0.8:                                   # downscale first with area averaging (no aliasing)
        page = cv2.resize(page, (max(1, int(pw * scale)), max(1, int(ph * scale))), interpolation=cv2.INTER_AREA)
        if mask is not None:
            mask = cv2.resize(mask, (page.shape[1], page.shape[0]), interpolation=cv2.INTER_AREA)
    sh, sw = page.shape[:2]
    src = np.array([[0, 0], [sw, 0], [sw, sh], [0, sh]], np.float32)
    M = cv2.getPerspectiveTransform(src, quad.astype(np.float32))
    warped = cv2.warpPerspective(_u8(page) if page.dtype != np.uint8 else page, M, (W, H), flags=cv2.INTER_LINEAR)
    m = np.full((sh, sw), 255, np.uint8) if mask is None else _u8(mask * 255)
    wm = cv2.warpPerspective(m, M, (W, H), flags=cv2.INTER_LINEAR).astype(np.float32)
    wm *= 1 / 255.0
    out = bg if bg.dtype == np.float32 else bg.astype(np.float32)
    if shadow:
        off = int(max(3, W * 0.006))
        sm = np.roll(np.roll(_soft(wm, W * 0.006), off, 0), off, 1)
        sm *= -shadow
        sm += 1
        out *= sm[..., None]
    wf = warped.astype(np.float32)
    np.subtract(wf, out, out=wf)
    wf *= wm[..., None]
    out += wf
    src_full = np.array([[0, 0], [pw, 0], [pw, ph], [0, ph]], np.float32)
    M_full = cv2.getPerspectiveTransform(src_full, quad.astype(np.float32))
    return out, M_full


def _light(img: np.ndarray, rng: random.Random, strength: float = 0.25) -> np.ndarray:
    H, W = img.shape[:2]
    sw, sh = 32, 24
    yy, xx = np.mgrid[0:sh, 0:sw].astype(np.float32)
    ang = rng.uniform(0, 2 * math.pi)
    g = 1 - strength * (0.5 + 0.5 * ((xx / sw - 0.5) * math.cos(ang) + (yy / sh - 0.5) * math.sin(ang)) * 1.6)
    g = cv2.resize(g, (W, H), interpolation=cv2.INTER_CUBIC)
    return img * g[..., None]


def _noise(img: np.ndarray, rng: random.Random, sigma: float) -> np.ndarray:
    """Sensor noise from a tiled 509 x 509 patch (cheap on 12 MP frames; the tile's odd size hides seams)."""
    nr = np.random.default_rng(rng.randint(0, 2**31))
    tile = nr.normal(0, sigma, (509, 509, 1)).astype(np.float32)
    h, w = img.shape[:2]
    t = np.tile(tile, (h // 509 + 1, w // 509 + 1, 1))[:h, :w]
    return img + t


def _soft(mask: np.ndarray, sigma: float) -> np.ndarray:
    """A wide Gaussian blur done at 1/8 scale (same look, a fraction of the time)."""
    h, w = mask.shape[:2]
    small = cv2.resize(mask, (max(1, w // 8), max(1, h // 8)), interpolation=cv2.INTER_AREA)
    small = cv2.GaussianBlur(small, (0, 0), max(0.5, sigma / 8))
    return cv2.resize(small, (w, h), interpolation=cv2.INTER_LINEAR)


def _barrel(img: np.ndarray, k: float) -> np.ndarray:
    H, W = img.shape[:2]
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    nx, ny = (xx - W / 2) / (W / 2), (yy - H / 2) / (W / 2)
    r2 = nx * nx + ny * ny
    f = 1 + k * r2
    mx, my = nx * f * (W / 2) + W / 2, ny * f * (W / 2) + H / 2
    return cv2.remap(img, mx, my, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)


def glare_map(h: int, w: int, rng: random.Random, kind: str, strength: float) -> np.ndarray:
    """Page-space reflection: 'spot' (a lamp or LED hotspot) or 'streak' (a laminate's sheen)."""
    sw, sh = max(8, w // 8), max(8, h // 8)
    yy, xx = np.mgrid[0:sh, 0:sw].astype(np.float32)
    cx, cy = rng.uniform(0.2, 0.8) * sw, rng.uniform(0.2, 0.8) * sh
    if kind == "spot":
        r = rng.uniform(0.08, 0.16) * max(sw, sh)
        g = np.exp(-((xx - cx) ** 2 + (yy - cy) ** 2) / (2 * r * r))
    else:
        a = math.radians(rng.uniform(20, 70))
        d = (xx - cx) * math.sin(a) - (yy - cy) * math.cos(a)
        along = (xx - cx) * math.cos(a) + (yy - cy) * math.sin(a)
        wid = rng.uniform(0.03, 0.07) * max(sw, sh)
        g = np.exp(-(d ** 2) / (2 * wid * wid)) * np.exp(-(along ** 2) / (2 * (0.45 * max(sw, sh)) ** 2))
    g = np.clip(g * strength * 1.25, 0, 1)
    return cv2.resize(g.astype(np.float32), (w, h), interpolation=cv2.INTER_CUBIC)


def apply_glare(doc: Doc, g: np.ndarray) -> None:
    """Brighten the page by the glare map and mark the fields it washes out."""
    page = doc.page.astype(np.float32)
    doc.page = np.clip(page + (255 - page) * g[..., None], 0, 255).astype(np.uint8)
    for key, boxes in doc.boxes.items():
        for x0, y0, x1, y1 in boxes:
            sub = g[max(0, int(y0)):int(y1) + 1, max(0, int(x0)):int(x1) + 1]
            if sub.size and float((sub > 0.78).mean()) > 0.3:
                doc.unreadable.add(key)


def _fingers(img: np.ndarray, rng: random.Random, quad: np.ndarray, avoid: list[np.ndarray]) -> bool:
    """One or two fingertips pressing the page at its edge (outside every value box)."""
    H, W = img.shape[:2]
    placed = False
    for _ in range(rng.randint(1, 2)):
        for _try in range(8):
            side = rng.randint(0, 3)
            t = rng.uniform(0.15, 0.85)
            p0, p1 = quad[side], quad[(side + 1) % 4]
            tip = p0 + (p1 - p0) * t
            centre = np.array([W / 2, H / 2], np.float32)
            out = tip - centre
            out /= max(1e-3, float(np.linalg.norm(out)))
            fw = W * rng.uniform(0.035, 0.05)
            tipin = tip - out * fw * 0.8
            if any(cv2.pointPolygonTest(b.astype(np.float32), (float(tipin[0]), float(tipin[1])), True) > -fw * 1.4 for b in avoid):
                continue
            end = tip + out * W * 0.5
            mask = np.zeros((H, W), np.uint8)
            cv2.line(mask, tuple(int(v) for v in tipin), tuple(int(v) for v in end), 255, int(fw * 2))
            cv2.circle(mask, tuple(int(v) for v in tipin), int(fw), 255, -1)
            ys, xs = np.nonzero(mask[::4, ::4])
            y0, y1 = max(0, ys.min() * 4 - 8), min(H, ys.max() * 4 + 12)
            x0, x1 = max(0, xs.min() * 4 - 8), min(W, xs.max() * 4 + 12)
            mk = mask[y0:y1, x0:x1].astype(np.float32) / 255.0
            m = cv2.GaussianBlur(mk, (0, 0), 2.0)[..., None]
            skin = np.array(rng.choice(((224, 180, 150), (205, 160, 128), (232, 192, 166))), np.float32)
            shade = _soft(mk, fw * 0.6)[..., None]
            sub = img[y0:y1, x0:x1]
            sub[:] = sub * (1 - m) + skin * (0.75 + 0.25 * shade) * m
            placed = True
            break
    return placed


def _value_quads(doc: Doc, M: np.ndarray) -> list[np.ndarray]:
    out = []
    for boxes in doc.boxes.values():
        for x0, y0, x1, y1 in boxes:
            pts = np.array([[[x0, y0]], [[x1, y0]], [[x1, y1]], [[x0, y1]]], np.float32)
            out.append(cv2.perspectiveTransform(pts, M).reshape(4, 2))
    return out


def _fit(pw: int, ph: int, W: int, H: int, frac: float) -> tuple[float, float]:
    s = min(W * frac / pw, H * frac / ph)
    return pw * s, ph * s


def _u8(img: np.ndarray) -> np.ndarray:
    return np.clip(img, 0, 255).astype(np.uint8)


def _sharpen(img: np.ndarray, amount: float, sigma: float) -> np.ndarray:
    blur = cv2.GaussianBlur(img, (0, 0), sigma)
    return img + amount * (img - blur)


def _motion(img: np.ndarray, length: int, angle: float) -> np.ndarray:
    k = np.zeros((length * 2 + 1, length * 2 + 1), np.float32)
    c = length
    dx, dy = math.cos(math.radians(angle)), math.sin(math.radians(angle))
    for i in range(-length, length + 1):
        k[int(round(c + i * dy / 2)), int(round(c + i * dx / 2))] = 1
    k /= k.sum()
    return cv2.filter2D(img, -1, k)


def on_a4(doc: Doc, rng: random.Random, dpi: int = 300) -> Doc:
    """A card photocopied or scanned onto A4: the card at true size near the top of a white page."""
    pw, ph = int(210 / 25.4 * dpi), int(297 / 25.4 * dpi)
    cw = int(85.6 / 25.4 * dpi)
    s = cw / doc.page.shape[1]
    card = cv2.resize(doc.page, (cw, int(doc.page.shape[0] * s)), interpolation=cv2.INTER_AREA)
    m = cv2.resize(doc.mask, (card.shape[1], card.shape[0]), interpolation=cv2.INTER_AREA)[..., None] if doc.mask is not None else 1
    page = np.full((ph, pw, 3), 250, np.float32)
    x0, y0 = int(pw * rng.uniform(0.1, 0.45)), int(ph * rng.uniform(0.08, 0.35))
    region = page[y0:y0 + card.shape[0], x0:x0 + card.shape[1]]
    region[:] = region * (1 - m) + card * m
    boxes = {k: [(bx0 * s + x0, by0 * s + y0, bx1 * s + x0, by1 * s + y0) for bx0, by0, bx1, by1 in v] for k, v in doc.boxes.items()}
    return Doc(doc.kind, _u8(page), doc.fields, doc.drawn, boxes, doc.variant, doc.prints, False, None, set(doc.unreadable))


# ------------------------------------------------------------------------------------ captures
def docam(doc: Doc, rng: random.Random) -> Shot:
    """高拍仪: top-down, fixed height, base plate around the page, LED hotspot, barrel distortion,
    colour cast, sometimes the clerk's fingers holding the page flat."""
    marks = []
    hot = rng.uniform(0.25, 0.5) if rng.random() < 0.8 else rng.uniform(0.85, 1.0)
    apply_glare(doc, glare_map(doc.page.shape[0], doc.page.shape[1], rng, "spot", hot))
    marks.append("hotspot")
    W, H = 2592, 1944
    bg = _desk(W, H, rng, "plate" if rng.random() < 0.7 else "laminate")
    ph, pw = doc.page.shape[:2]
    frac = rng.uniform(0.42, 0.55) if doc.card else rng.uniform(0.8, 0.92)
    qw, qh = _fit(pw, ph, W, H, frac)
    quad = _quad(qw, qh, W / 2 + rng.uniform(-0.04, 0.04) * W, H / 2 + rng.uniform(-0.04, 0.04) * H,
                 rng.uniform(-4, 4), 0.004, rng)
    img, M = _place(doc.page, doc.mask, bg, quad, shadow=0.2)
    if rng.random() < 0.45 and _fingers(img, rng, quad, _value_quads(doc, M)):
        marks.append("fingers")
    img = _barrel(img, rng.uniform(0.03, 0.08))
    cast = np.array(rng.choice(((1.06, 1.0, 0.86), (0.92, 0.98, 1.08), (1.0, 1.04, 0.93))), np.float32)
    img = _noise(_light(img * cast, rng, 0.15), rng, 2.5)
    return Shot(_u8(img), "jpg", "docam", marks, quality=rng.randint(80, 92))


def photocopy_photo(doc: Doc, rng: random.Random) -> Shot:
    """A photocopy (grey, toner specks, dark edge band) photographed with a phone on a desk."""
    if doc.card:
        doc = on_a4(doc, rng, dpi=200)
    g = cv2.cvtColor(doc.page, cv2.COLOR_RGB2GRAY).astype(np.float32)
    g = np.clip((g - 40) * 1.35, 0, 255)
    g = g * rng.uniform(0.88, 0.95) + rng.uniform(4, 14)
    nr = np.random.default_rng(rng.randint(0, 2**31))
    h, w = g.shape
    speck = nr.random((h, w)) < 0.0015
    g[speck] = rng.uniform(40, 90)
    band = int(w * rng.uniform(0.0, 0.02))
    if band:
        g[:, :band] *= 0.55
    g = cv2.GaussianBlur(g, (0, 0), 0.7)
    paper = np.repeat(g[..., None], 3, axis=2)
    W, H = (1944, 2592) if h > w else (2592, 1944)
    bg = _desk(W, H, rng)
    qw, qh = _fit(w, h, W, H, rng.uniform(0.7, 0.85))
    quad = _quad(qw, qh, W / 2, H / 2, rng.uniform(-8, 8), rng.uniform(0.01, 0.04), rng)
    img, _ = _place(paper, None, bg, quad)
    img = _noise(_light(img, rng, 0.3), rng, 3.5)
    return Shot(_u8(img), "jpg", "photocopy_photo", ["photocopy"], quality=rng.randint(78, 90))


VIEWER_BG = (82, 86, 89)


def pdf_viewer(doc: Doc, rng: random.Random) -> Shot:
    """A screenshot of a PDF viewer showing the page: toolbar, page count, zoom box, scroll bar."""
    from .canvas import Canvas, Style, faces

    if doc.card:
        doc = on_a4(doc, rng, dpi=200)
    W, H = (2560, 1440) if rng.random() < 0.7 else (1920, 1200)
    c = Canvas(W, H, paper=VIEWER_BG)
    dark = rng.random() < 0.5
    c.rect(0, 0, W, 64, width=0, fill=(50, 54, 57) if dark else (240, 240, 242))
    tcol = (235, 235, 235) if dark else (40, 40, 40)
    ui = Style(faces("hei")[0], 22, color=tcol)
    fname = rng.choice(("营业执照扫描件.pdf", "scan_0012.pdf", "材料1.pdf", "附件-证照.pdf", "IMG_20241103.pdf"))
    c.text(90, 42, fname, ui)
    zoom = rng.choice((100, 125, 150)) if not doc.kind.startswith("id") else 100
    c.text(W / 2 - 60, 42, f"1 / 1    |    {zoom}%", ui)
    for i in range(5):
        c.rect(W - 320 + i * 56, 18, 30, 28, color=tcol, width=2)
    c.rect(W - 18, 64, 14, H - 64, width=0, fill=(120, 120, 120))
    c.end()
    frame = c.render().astype(np.float32)
    ph, pw = doc.page.shape[:2]
    avail_w, avail_h = W - 80, H - 64 - 30
    if doc.kind.startswith("id"):
        s = avail_w / pw * rng.uniform(0.9, 1.0)             # zoomed in on the card part of the A4 scan
        boxes = [b for bs in doc.boxes.values() for b in bs]
        cy = (min(b[1] for b in boxes) + max(b[3] for b in boxes)) / 2
        top = max(0, int(cy - avail_h / s / 2))
        crop = doc.page[top:top + int(avail_h / s)]
    else:
        s = min(avail_w / pw, avail_h / ph) if rng.random() < 0.6 else avail_w / pw
        crop = doc.page[: int(avail_h / s)]
        if crop.shape[0] < ph:                            # fit-width: the page continues below the screen
            boxes = [b for bs in doc.boxes.values() for b in bs]
            if boxes and max(b[3] for b in boxes) > crop.shape[0]:   # a page with no fields (other) may stay cut
                s = min(avail_w / pw, avail_h / ph)
                crop = doc.page
    view = cv2.resize(crop, (int(crop.shape[1] * s), int(crop.shape[0] * s)), interpolation=cv2.INTER_AREA)
    vh, vw = view.shape[:2]
    x0 = (W - vw) // 2
    y0 = 64 + 15
    frame[y0 + 6:y0 + vh + 6, x0 + 6:x0 + vw + 6] *= 0.6
    frame[y0:y0 + vh, x0:x0 + vw] = view
    return Shot(_u8(frame), "png", "pdf_viewer", ["screen"])


def phone_motion(doc: Doc, rng: random.Random) -> Shot:
    """A handheld phone photo: perspective, a little motion blur, then the phone's sharpening halos."""
    W, H = (2592, 1944) if rng.random() < 0.6 else (1944, 2592)
    if doc.card:
        W, H = 2400, 1800
    bg = _desk(W, H, rng)
    ph, pw = doc.page.shape[:2]
    qw, qh = _fit(pw, ph, W, H, rng.uniform(0.6, 0.8) if doc.card else rng.uniform(0.72, 0.88))
    quad = _quad(qw, qh, W / 2, H / 2, rng.uniform(-12, 12), rng.uniform(0.02, 0.06), rng)
    img, _ = _place(doc.page, doc.mask, bg, quad)
    img = _light(img, rng, 0.3)
    img = _motion(img, rng.randint(2, 4), rng.uniform(0, 180))
    img = _sharpen(img, rng.uniform(0.8, 1.4), rng.uniform(1.5, 2.5))
    img = _noise(img, rng, 4)
    return Shot(_u8(img), "jpg", "phone_motion", ["motion_blur"], quality=rng.randint(72, 88))


def scan_app_bw(doc: Doc, rng: random.Random) -> Shot:
    """A mobile scan app: page found, flattened (a little residual keystone), thresholded to B/W."""
    if doc.card:
        doc = on_a4(doc, rng, dpi=240)
    ph, pw = doc.page.shape[:2]
    target = rng.choice((1654, 2000, 2480))
    s = target / pw if pw < ph else target * 1.3 / pw
    s = min(s, 3800 / max(pw, ph))
    img = cv2.resize(doc.page, (int(pw * s), int(ph * s)), interpolation=cv2.INTER_AREA)
    h, w = img.shape[:2]
    d = 0.008 * w
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    dst = src + np.float32([[rng.uniform(-d, d), rng.uniform(-d, d)] for _ in range(4)])
    img = cv2.warpPerspective(img, cv2.getPerspectiveTransform(src, dst), (w, h), borderValue=(255, 255, 255))
    g = cv2.cvtColor(img, cv2.COLOR_RGB2GRAY).astype(np.float32)
    g = _light(g[..., None], rng, 0.2)[..., 0]
    bw = cv2.adaptiveThreshold(_u8(g), 255, cv2.ADAPTIVE_THRESH_GAUSSIAN_C, cv2.THRESH_BINARY, 41, rng.randint(8, 14))
    return Shot(bw, "png", "scan_app_bw", ["bw"])


def flatbed_pdf(doc: Doc, rng: random.Random) -> Shot:
    """A flatbed scan (slight skew, lid shadow at one edge) wrapped in a one-page PDF."""
    if doc.card:
        doc = on_a4(doc, rng, dpi=300)
    ph, pw = doc.page.shape[:2]
    s = min(1.0, 3400 / max(pw, ph))
    img = cv2.resize(doc.page, (int(pw * s), int(ph * s)), interpolation=cv2.INTER_AREA).astype(np.float32)
    h, w = img.shape[:2]
    M = cv2.getRotationMatrix2D((w / 2, h / 2), rng.uniform(-1.5, 1.5), 1.0)
    img = cv2.warpAffine(img, M, (w, h), borderValue=(236, 236, 232))
    img[:, : int(w * 0.01)] *= 0.7
    img = _noise(img, rng, 1.5)
    return Shot(_u8(img), "pdf", "flatbed_pdf", ["pdf"], dpi=int(200 * s) or 200, quality=rng.randint(80, 90))


def laminated(doc: Doc, rng: random.Random) -> Shot:
    """A laminated card (or a licence in a plastic sleeve) photographed: streaks of sheen; a strong one
    can wash out a value (then that field is unreadable)."""
    strong = rng.random() < 0.35
    apply_glare(doc, glare_map(doc.page.shape[0], doc.page.shape[1], rng, "streak",
                               rng.uniform(0.9, 1.0) if strong else rng.uniform(0.35, 0.6)))
    W, H = (2400, 1800) if doc.card else (2592, 1944)
    bg = _desk(W, H, rng)
    ph, pw = doc.page.shape[:2]
    qw, qh = _fit(pw, ph, W, H, rng.uniform(0.55, 0.8))
    quad = _quad(qw, qh, W / 2, H / 2, rng.uniform(-10, 10), rng.uniform(0.01, 0.05), rng)
    img, _ = _place(doc.page, doc.mask, bg, quad)
    img = _noise(_light(img, rng, 0.25), rng, 3)
    return Shot(_u8(img), "jpg", "laminated", ["glare_streak"], quality=rng.randint(80, 92))


def desk_far(doc: Doc, rng: random.Random) -> Shot:
    """A small card far away on a big desk, other things around it (a pen, papers, a keyboard edge)."""
    W, H = 4000, 3000
    bg = _desk(W, H, rng, rng.choice(("wood", "laminate")))
    cv2.rectangle(bg, (int(W * 0.05), int(H * 0.6)), (int(W * 0.3), int(H * 0.98)), (238, 238, 234), -1)
    cv2.rectangle(bg, (0, int(H * 0.9)), (W, H), (40, 40, 44), -1)
    cv2.line(bg, (int(W * 0.7), int(H * 0.1)), (int(W * 0.9), int(H * 0.3)), (20, 40, 120), 22)
    ph, pw = doc.page.shape[:2]
    cw = rng.uniform(0.2, 0.27) * W if doc.card else rng.uniform(0.45, 0.55) * W
    quad = _quad(cw, cw * ph / pw, W * rng.uniform(0.4, 0.6), H * rng.uniform(0.35, 0.55), rng.uniform(-20, 20),
                 0.01, rng)
    img, _ = _place(doc.page, doc.mask, bg, quad)
    img = _noise(_light(img, rng, 0.2), rng, 3)
    return Shot(_u8(img), "jpg", "desk_far", ["small_in_frame"], quality=rng.randint(85, 93))


def scene(doc: Doc, rng: random.Random) -> Shot:
    """A frame with no document in it (the page is the scene itself): light fall-off, noise, JPEG."""
    img = _noise(_light(doc.page.astype(np.float32), rng, 0.3), rng, 3)
    return Shot(_u8(img), "jpg", "phone_scene", ["no_document"], quality=rng.randint(78, 90))


def rotate(shot: Shot, turns: int) -> Shot:
    shot.image = np.ascontiguousarray(np.rot90(shot.image, k=turns))
    shot.rotation = (360 - 90 * turns) % 360
    shot.marks.append(f"rot{shot.rotation}")
    return shot


def encode(shot: Shot) -> bytes:
    im = Image.fromarray(shot.image)
    buf = io.BytesIO()
    if shot.ext == "jpg":
        im.save(buf, "JPEG", quality=shot.quality, subsampling=2 if shot.quality < 85 else 0)
    elif shot.ext == "png":
        im.save(buf, "PNG", optimize=False, compress_level=3)
    else:
        inner = io.BytesIO()
        im.save(inner, "JPEG", quality=shot.quality)
        Image.open(io.BytesIO(inner.getvalue())).save(buf, "PDF", resolution=float(shot.dpi or 200))
    return buf.getvalue()


CAPTURES = {"docam": docam, "photocopy_photo": photocopy_photo, "pdf_viewer": pdf_viewer,
            "phone_motion": phone_motion, "scan_app_bw": scan_app_bw, "flatbed_pdf": flatbed_pdf,
            "laminated": laminated, "desk_far": desk_far}
