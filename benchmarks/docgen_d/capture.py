"""Family D capture simulation: how a rendered page reaches the window's computer.

- `phone`: a phone photo of the page (or card) lying on a textured desk, or of a framed 正本 on
  the wall: perspective, rotation up to ~15°, a hand/phone shadow, uneven light, glare on glossy
  surfaces, mild blur, sensor noise, JPEG.
- `scan`: a flatbed scan (white bed, slight skew, 150–300 dpi), JPEG, PNG or an image PDF.
- `photocopy`: a grey, contrasty, sometimes binarised copy with toner speckle, scanned; ID-card
  copies often carry a handwritten 与原件一致 and a 仅供…使用 line (never over the values).
- `screen`: a phone photo of the page shown on a monitor (pixel grid, moiré, bezel).

Every step is a known geometric transform, so the field boxes are carried through it; a field
is marked unreadable only when the frame cuts it or a saturated glare core covers part of it.
"""

from __future__ import annotations

import io
import math
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

Boxes = dict[str, list[tuple[float, float, float, float]]]


@dataclass
class Shot:
    image: np.ndarray                       # BGR uint8
    hidden: dict[str, str] = field(default_factory=dict)   # field -> "glare" / "frame"
    meta: dict = field(default_factory=dict)


def rasterise(pdf: Path, dpi: int) -> np.ndarray:
    """The vector page as pixels (poppler's pdftoppm; pypdfium2 when poppler is missing)."""
    try:
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "p"
            subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-singlefile", str(pdf), str(out)],
                           check=True, capture_output=True)
            img = cv2.imread(str(out) + ".png", cv2.IMREAD_COLOR)
            if img is not None:
                return img
    except (OSError, subprocess.CalledProcessError):
        pass
    import pypdfium2 as pdfium
    page = pdfium.PdfDocument(str(pdf))[0]
    pil = page.render(scale=dpi / 72).to_pil().convert("RGB")
    return cv2.cvtColor(np.asarray(pil), cv2.COLOR_RGB2BGR)


def mm_boxes_to_px(boxes: Boxes, dpi: float, off: tuple[float, float] = (0, 0)) -> Boxes:
    k = dpi / 25.4
    return {f: [(x1 * k + off[0], y1 * k + off[1], x2 * k + off[0], y2 * k + off[1]) for x1, y1, x2, y2 in rs]
            for f, rs in boxes.items()}


def _transform(boxes: Boxes, M: np.ndarray) -> dict[str, list[np.ndarray]]:
    out = {}
    for f, rs in boxes.items():
        polys = []
        for x1, y1, x2, y2 in rs:
            pts = np.array([[[x1, y1]], [[x2, y1]], [[x2, y2]], [[x1, y2]]], dtype=np.float64)
            polys.append(cv2.perspectiveTransform(pts, M).reshape(4, 2))
        out[f] = polys
    return out


def _hidden(polys: dict[str, list[np.ndarray]], shape: tuple[int, int], core: np.ndarray | None) -> dict[str, str]:
    """A field is hidden when any of its rows leaves the frame, or when a saturated glare core
    covers more than half the height of some column of a row (at least part of one character)."""
    h, w = shape
    hidden: dict[str, str] = {}
    for f, ps in polys.items():
        for p in ps:
            if (p[:, 0] < 1).any() or (p[:, 1] < 1).any() or (p[:, 0] > w - 2).any() or (p[:, 1] > h - 2).any():
                hidden[f] = "frame"
                break
            if core is None:
                continue
            x0, y0 = np.floor(p.min(0)).astype(int)
            x1, y1 = np.ceil(p.max(0)).astype(int)
            roi = core[y0:y1 + 1, x0:x1 + 1]
            if not roi.any():
                continue
            m = np.zeros_like(roi, dtype=np.uint8)
            cv2.fillPoly(m, [np.round(p - [x0, y0]).astype(np.int32)], 1)
            inside = m.sum(0)
            cov = (roi & (m > 0)).sum(0)
            ok = inside > 2
            if ok.any() and (cov[ok] / inside[ok]).max() > 0.5:
                hidden[f] = "glare"
                break
    return hidden


# ---------------------------------------------------------------- textures and light


def _noise_field(rng: np.random.Generator, h: int, w: int, scale: int) -> np.ndarray:
    small = rng.random((max(2, h // scale), max(2, w // scale))).astype(np.float32)
    return cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)


def desk(rng: np.random.Generator, h: int, w: int, style: str) -> np.ndarray:
    """A desk surface: wood grain, grey laminate, a dark cloth, or a light counter top."""
    if style == "wood":
        base = np.array(rng.choice([[60, 100, 150], [40, 75, 120], [90, 135, 180]]), np.float32)
        yy = np.arange(h, dtype=np.float32)[:, None]
        warp = _noise_field(rng, h, w, 180) * 40
        grain = np.sin((yy + warp) / rng.uniform(4, 11)) * 0.5 + 0.5
        tex = 0.78 + 0.22 * grain + 0.1 * (_noise_field(rng, h, w, 30) - 0.5)
        img = base[None, None, :] * tex[..., None]
    elif style == "cloth":
        base = np.array(rng.choice([[70, 45, 35], [40, 40, 45], [30, 70, 40]]), np.float32)
        tex = 0.85 + 0.3 * (rng.random((h, w)).astype(np.float32) - 0.5) * 0.5
        img = base[None, None, :] * tex[..., None]
    elif style == "counter":
        base = np.array([rng.uniform(185, 215)] * 3, np.float32) + rng.uniform(-8, 8, 3).astype(np.float32)
        tex = 0.95 + 0.08 * (_noise_field(rng, h, w, 8) - 0.5) + 0.05 * (_noise_field(rng, h, w, 90) - 0.5)
        img = base[None, None, :] * tex[..., None]
    else:  # grey laminate
        base = np.array([rng.uniform(110, 150)] * 3, np.float32) * np.array([1.0, 1.0, 0.96], np.float32)
        tex = 0.93 + 0.1 * (_noise_field(rng, h, w, 6) - 0.5)
        img = base[None, None, :] * tex[..., None]
    return np.clip(img, 0, 255).astype(np.uint8)


def _light(rng: np.random.Generator, h: int, w: int) -> np.ndarray:
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    gx, gy = rng.uniform(-0.25, 0.25, 2)
    plane = 1 + gx * (xx / w - 0.5) + gy * (yy / h - 0.5)
    cx, cy = rng.uniform(0.2, 0.8) * w, rng.uniform(0.2, 0.8) * h
    r = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / max(h, w)
    vign = 1 - rng.uniform(0.1, 0.35) * r ** 2
    return (plane * vign * rng.uniform(0.85, 1.05)).astype(np.float32)


def _shadow(rng: np.random.Generator, h: int, w: int) -> np.ndarray:
    """The soft shadow of a hand or the phone over part of the scene (factor ≤ 1)."""
    m = np.zeros((h, w), np.float32)
    side = rng.integers(4)
    depth = rng.uniform(0.15, 0.45)
    if side == 0:
        pts = [(0, 0), (int(w * depth), 0), (int(w * depth * rng.uniform(0.5, 1.6)), h), (0, h)]
    elif side == 1:
        pts = [(w, 0), (w, h), (int(w * (1 - depth)), h), (int(w * (1 - depth * rng.uniform(0.5, 1.6))), 0)]
    elif side == 2:
        pts = [(0, h), (w, h), (w, int(h * (1 - depth))), (0, int(h * (1 - depth * rng.uniform(0.4, 1.4))))]
    else:
        pts = [(0, 0), (int(w * rng.uniform(0.3, 0.7)), 0), (0, int(h * rng.uniform(0.3, 0.7)))]
    cv2.fillPoly(m, [np.array(pts, np.int32)], 1.0)
    k = int(max(h, w) * rng.uniform(0.02, 0.06)) | 1
    m = cv2.GaussianBlur(m, (k, k), 0)
    return 1 - m * rng.uniform(0.25, 0.5)


def _glare(rng: np.random.Generator, h: int, w: int, quad: np.ndarray, streak: bool) -> np.ndarray:
    """Intensity of a specular reflection (0..1) somewhere on the page quad."""
    a, b = rng.uniform(0.1, 0.9, 2)
    top = quad[0] + (quad[1] - quad[0]) * a
    bot = quad[3] + (quad[2] - quad[3]) * a
    cx, cy = top + (bot - top) * b
    size = np.linalg.norm(quad[1] - quad[0])
    sx = size * rng.uniform(0.03, 0.09)
    sy = sx * rng.uniform(0.5, 1.6)
    if streak:
        sx, sy = size * rng.uniform(0.015, 0.04), size * rng.uniform(0.25, 0.6)
    ang = rng.uniform(0, math.pi)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    dx, dy = xx - cx, yy - cy
    u = dx * math.cos(ang) + dy * math.sin(ang)
    v = -dx * math.sin(ang) + dy * math.cos(ang)
    return np.exp(-0.5 * ((u / sx) ** 2 + (v / sy) ** 2)).astype(np.float32) * rng.uniform(0.9, 1.25)


def _jpeg(img: np.ndarray, q: int) -> np.ndarray:
    ok, buf = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, int(q)])
    return cv2.imdecode(buf, cv2.IMREAD_COLOR)


def _blur(rng: np.random.Generator, img: np.ndarray, scale: float) -> np.ndarray:
    s = rng.uniform(0.3, 1.2) * scale
    if s > 0.35:
        img = cv2.GaussianBlur(img, (0, 0), s)
    if rng.random() < 0.2:           # a little hand shake
        n = int(rng.integers(3, 6))
        k = np.zeros((n, n), np.float32)
        k[n // 2, :] = 1
        rot = cv2.getRotationMatrix2D((n / 2 - 0.5, n / 2 - 0.5), rng.uniform(0, 180), 1)
        k = cv2.warpAffine(k, rot, (n, n))
        img = cv2.filter2D(img, -1, k / max(k.sum(), 1e-6))
    return img


# ---------------------------------------------------------------- captures


def _frame_pad(rng: np.random.Generator, page: np.ndarray) -> tuple[np.ndarray, tuple[int, int]]:
    """A framed certificate: dark moulding and a white mat around the page."""
    h, w = page.shape[:2]
    mat = int(w * rng.uniform(0.02, 0.05))
    wood = int(w * rng.uniform(0.025, 0.045))
    out = np.full((h + 2 * (mat + wood), w + 2 * (mat + wood), 3), 245, np.uint8)
    col = np.array(rng.choice([[25, 35, 60], [20, 20, 20], [40, 80, 140], [180, 180, 185]]), np.uint8)
    out[:] = col
    out[wood:-wood, wood:-wood] = 240
    out[mat + wood:mat + wood + h, mat + wood:mat + wood + w] = page
    return out, (mat + wood, mat + wood)


def phone(rng: np.random.Generator, page: np.ndarray, boxes_px: Boxes, *, card: bool, glossy: bool,
          framed: bool = False, dpi: float = 200.0, min_px_per_mm: float = 2.6) -> Shot:
    """min_px_per_mm: the photo keeps the page at least this sharp (10 px for 4 mm body text) — a
    smaller page in a smaller picture would not be legible to the clerk either."""
    off = (0, 0)
    if framed:
        page, off = _frame_pad(rng, page)
        boxes_px = {f: [(a + off[0], b + off[1], c + off[0], d + off[1]) for a, b, c, d in rs] for f, rs in boxes_px.items()}
    ph, pw = page.shape[:2]
    long_side = int(rng.choice([1280, 1600, 1920, 2048, 2560, 3000]))
    portrait_page = ph > pw
    if rng.random() < 0.85:
        portrait = portrait_page
    else:
        portrait = not portrait_page
    W, H = (long_side * 3 // 4, long_side) if portrait else (long_side, long_side * 3 // 4)
    fill = rng.uniform(0.35, 0.8) if card else rng.uniform(0.6, 0.95)
    angle = float(np.clip(rng.normal(0, 6), -15, 15))
    # page size on the sensor: the rotated page's bounding box takes `fill` of the frame
    rad = math.radians(angle)
    bw = pw * abs(math.cos(rad)) + ph * abs(math.sin(rad))
    bh = pw * abs(math.sin(rad)) + ph * abs(math.cos(rad))
    s = min(fill * W / bw, fill * H / bh)
    while s * dpi / 25.4 < min_px_per_mm and long_side < 3000:     # a sharper phone / no chat-app resize
        long_side = min(3000, int(long_side * 1.25))
        W, H = (long_side * 3 // 4, long_side) if portrait else (long_side, long_side * 3 // 4)
        s = min(fill * W / bw, fill * H / bh)
    # shrink first (area filter), then warp
    pre = min(1.0, s * 1.4)
    if pre < 1.0:
        page = cv2.resize(page, (int(pw * pre), int(ph * pre)), interpolation=cv2.INTER_AREA)
    sh, sw = page.shape[:2]
    src = np.array([[0, 0], [sw, 0], [sw, sh], [0, sh]], np.float32)
    cx, cy = W / 2 + rng.uniform(-0.08, 0.08) * W, H / 2 + rng.uniform(-0.08, 0.08) * H
    cut = rng.random() < 0.07
    if cut:                                # the page runs out of the frame on one side
        d = rng.uniform(0.06, 0.14)
        if rng.random() < 0.5:
            cx += (1 if rng.random() < 0.5 else -1) * d * W
        else:
            cy += (1 if rng.random() < 0.5 else -1) * d * H
    hw, hh = pw * s / 2, ph * s / 2
    base = np.array([[-hw, -hh], [hw, -hh], [hw, hh], [-hw, hh]], np.float32)
    tilt = rng.uniform(0, 0.14)           # the far edge looks shorter
    edge = rng.integers(4)
    persp = base.copy()
    if edge == 0:
        persp[[0, 1], 0] *= 1 - tilt
    elif edge == 1:
        persp[[2, 3], 0] *= 1 - tilt
    elif edge == 2:
        persp[[0, 3], 1] *= 1 - tilt
    else:
        persp[[1, 2], 1] *= 1 - tilt
    persp += rng.normal(0, 0.008, persp.shape).astype(np.float32) * max(hw, hh)
    rot = np.array([[math.cos(rad), -math.sin(rad)], [math.sin(rad), math.cos(rad)]], np.float32)
    dst = (persp @ rot.T) + np.array([cx, cy], np.float32)
    M = cv2.getPerspectiveTransform(src, dst)
    scene_style = "wall" if framed else str(rng.choice(["wood", "laminate", "cloth", "counter"]))
    if scene_style == "wall":
        bg = np.full((H, W, 3), rng.uniform(200, 235), np.float32)
        bg = (bg * (0.95 + 0.05 * _noise_field(rng, H, W, 40))[..., None]).astype(np.uint8)
    else:
        bg = desk(rng, H, W, scene_style)
    warped = cv2.warpPerspective(page, M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((sh, sw), np.float32), M, (W, H), flags=cv2.INTER_LINEAR)
    drop = cv2.GaussianBlur(np.roll(mask, (int(H * 0.006), int(W * 0.006)), (0, 1)), (0, 0), max(2, W * 0.006))
    scene = bg.astype(np.float32) * (1 - 0.45 * drop)[..., None]
    scene = scene * (1 - mask[..., None]) + warped.astype(np.float32) * mask[..., None]
    scene *= _light(rng, H, W)[..., None]
    if rng.random() < 0.4:
        scene *= _shadow(rng, H, W)[..., None]
    tint = np.array([rng.uniform(0.93, 1.0), rng.uniform(0.97, 1.0), rng.uniform(0.95, 1.05)], np.float32)
    scene *= tint
    core = None
    if glossy and rng.random() < (0.35 if card else 0.5):
        g = _glare(rng, H, W, dst, streak=framed and rng.random() < 0.6) * mask
        scene = scene + 300.0 * g[..., None]
        core = g >= 0.75
    img = np.clip(scene, 0, 255).astype(np.uint8)
    img = _blur(rng, img, W / 2000)
    img = np.clip(img.astype(np.float32) + rng.normal(0, rng.uniform(1.5, 5), img.shape), 0, 255).astype(np.uint8)
    hidden = _hidden(_transform(boxes_px, M @ np.diag([pre, pre, 1.0])), (H, W), core)
    return Shot(img, hidden, {"capture": "framed_photo" if framed else "phone", "angle": round(angle, 1),
                              "size": [W, H], "desk": scene_style, "cut": cut, "glare": core is not None,
                              "jpeg": int(rng.integers(60, 93))})


def _place_on_bed(rng: np.random.Generator, page: np.ndarray, boxes_px: Boxes, dpi: int, card: bool
                  ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The page (or card) on an A4 scanner bed, slightly skewed; returns image and the transform."""
    bw, bh = int(210 / 25.4 * dpi), int(297 / 25.4 * dpi)
    ph, pw = page.shape[:2]
    if not card:
        bw, bh = max(bw, pw + 4), max(bh, ph + 4)
    bed = np.full((bh, bw, 3), 252, np.uint8)
    angle = rng.uniform(-2.0, 2.0)
    if card:
        x0, y0 = rng.uniform(0.12, 0.4) * bw, rng.uniform(0.06, 0.35) * bh
    else:
        x0, y0 = rng.uniform(0, (bw - pw) * 0.9 + 1), rng.uniform(0, (bh - ph) * 0.9 + 1)
    A = cv2.getRotationMatrix2D((pw / 2, ph / 2), angle, 1.0)
    A[:, 2] += (x0, y0)
    M = np.vstack([A, [0, 0, 1]])
    warped = cv2.warpAffine(page, A, (bw, bh), flags=cv2.INTER_LINEAR, borderValue=(252, 252, 252))
    mask = cv2.warpAffine(np.ones((ph, pw), np.float32), A, (bw, bh))
    edge = cv2.GaussianBlur(mask, (0, 0), dpi / 100) - mask
    img = warped.astype(np.float32) * mask[..., None] + bed.astype(np.float32) * (1 - mask[..., None])
    img -= 60 * np.clip(edge, 0, 1)[..., None]         # the shadow line at the page's edge
    return np.clip(img, 0, 255).astype(np.uint8), M, mask


def scan(rng: np.random.Generator, page: np.ndarray, boxes_px: Boxes, dpi: int, *, card: bool) -> Shot:
    img, M, _ = _place_on_bed(rng, page, boxes_px, dpi, card)
    img = img.astype(np.float32)
    img = 255 * (img / 255) ** rng.uniform(0.8, 1.0)           # scanners whiten paper
    img = np.clip(img + rng.normal(0, 1.5, img.shape), 0, 255).astype(np.uint8)
    if rng.random() < 0.6:
        img = cv2.GaussianBlur(img, (0, 0), rng.uniform(0.4, 0.8))
    hidden = _hidden(_transform(boxes_px, M), img.shape[:2], None)
    return Shot(img, hidden, {"capture": "scan", "dpi": dpi, "jpeg": int(rng.integers(78, 96))})


def _handwriting(img: np.ndarray, rng: np.random.Generator, text: str, xy: tuple[int, int], px: int,
                 color: tuple[int, int, int], angle: float) -> np.ndarray:
    font_path = "/usr/share/fonts/truetype/arphic/ukai.ttc"
    try:
        font = ImageFont.truetype(font_path, px)
    except OSError:
        return img
    layer = Image.new("RGBA", (int(px * (len(text) + 2)), int(px * 1.6)), (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    x = px // 2
    for ch in text:                       # uneven hand: each character a little off its line
        d.text((x, int(px * 0.2 + rng.normal(0, px * 0.06))), ch, font=font, fill=(*color, 235))
        x += int(px * rng.uniform(0.85, 1.05))
    layer = layer.rotate(angle, expand=True, resample=Image.BICUBIC)
    base = Image.fromarray(cv2.cvtColor(img, cv2.COLOR_BGR2RGB))
    base.paste(layer, xy, layer)
    return cv2.cvtColor(np.asarray(base), cv2.COLOR_RGB2BGR)


def photocopy(rng: np.random.Generator, page: np.ndarray, boxes_px: Boxes, dpi: int, *, card: bool,
              purpose: str, holder_seal: str = "") -> Shot:
    img, M, mask = _place_on_bed(rng, page, boxes_px, dpi, card)
    g = cv2.cvtColor(img, cv2.COLOR_BGR2GRAY).astype(np.float32)
    if card:       # a card is thick and glossy: the copier prints it as a grey slab with a dark rim
        rim = np.clip(cv2.GaussianBlur(mask, (0, 0), dpi / 150) - cv2.erode(mask, np.ones((5, 5), np.uint8)), 0, 1)
        g = g * (1 - rng.uniform(0.1, 0.22) * mask) * (1 - 0.6 * rim)
    g = 255 * np.clip((g / 255 - 0.12) / 0.78, 0, 1) ** rng.uniform(1.1, 1.6)    # copier contrast
    g = g * (0.92 + 0.08 * _noise_field(rng, *g.shape, 200))
    binar = rng.random() < 0.4
    if binar:
        g = np.where(cv2.GaussianBlur(g, (0, 0), 0.7) > rng.uniform(120, 165), 255, 0).astype(np.float32)
    speck = rng.random(g.shape) < rng.uniform(0.0003, 0.0015)
    g[speck] = rng.uniform(0, 90)
    g = cv2.GaussianBlur(g, (0, 0), 0.5) if not binar else g
    img = cv2.cvtColor(np.clip(g, 0, 255).astype(np.uint8), cv2.COLOR_GRAY2BGR)
    h, w = img.shape[:2]
    if card and rng.random() < 0.7:      # what the applicant writes beside the copy
        ink = (30, 40, 150) if rng.random() < 0.6 else (20, 20, 20)      # RGB: blue or black pen
        poly = np.concatenate([p for ps in _transform(boxes_px, M).values() for p in ps])
        below = int(poly[:, 1].max() + dpi * 0.4)
        if below < h - dpi * 0.6:
            img = _handwriting(img, rng, purpose, (int(w * 0.15), below), int(dpi * 0.17), ink, rng.uniform(-4, 4))
            img = _handwriting(img, rng, "与原件一致", (int(w * 0.2), below + int(dpi * 0.35)), int(dpi * 0.2),
                               ink, rng.uniform(-5, 5))
    if holder_seal and rng.random() < 0.6:   # 复印件加盖公章: the holder's seal stamped on the copy
        img = stamp(img, rng, holder_seal, dpi)
    hidden = _hidden(_transform(boxes_px, M), img.shape[:2], None)
    return Shot(img, hidden, {"capture": "photocopy", "dpi": dpi, "binarised": binar, "jpeg": int(rng.integers(75, 95))})


def stamp(img: np.ndarray, rng: np.random.Generator, name: str, dpi: int) -> np.ndarray:
    """A red round company seal stamped on paper (multiplied: black print under it stays black)."""
    from .sheet import Sheet, pick

    r = 21.0
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "seal.pdf"
        s = Sheet(pdf, 2 * r + 2, 2 * r + 2)
        s.seal(r + 1, r + 1, r, name, pick(["song", "hei"]), color=(0.85, 0.1, 0.12), alpha=1.0,
               rot=float(rng.uniform(-25, 25)))
        s.save()
        seal = rasterise(pdf, dpi).astype(np.float32) / 255
    ink = 1 - (1 - seal) * rng.uniform(0.6, 0.9)
    ink *= 1 - 0.25 * (_noise_field(rng, *seal.shape[:2], 6)[..., None] < 0.2) * (ink < 0.95)
    h, w = img.shape[:2]
    sh, sw = seal.shape[:2]
    x = int(rng.uniform(0.45, 0.85) * w - sw / 2)
    y = int(rng.uniform(0.35, 0.8) * h - sh / 2)
    x, y = max(0, min(w - sw, x)), max(0, min(h - sh, y))
    out = img.astype(np.float32)
    out[y:y + sh, x:x + sw] *= np.clip(ink, 0, 1)
    return out.astype(np.uint8)


def screen(rng: np.random.Generator, page: np.ndarray, boxes_px: Boxes) -> Shot:
    """The page shown in a viewer on a 1920×1080 monitor, photographed by a phone."""
    SW, SH = 1920, 1080
    ph, pw = page.shape[:2]
    s = min(SW * 0.92 / pw, SH * 0.94 / ph) * rng.uniform(0.8, 1.0)
    small = cv2.resize(page, (max(1, int(pw * s)), max(1, int(ph * s))), interpolation=cv2.INTER_AREA)
    scr = np.full((SH, SW, 3), rng.choice([60, 82, 210]), np.uint8)
    x0, y0 = (SW - small.shape[1]) // 2, (SH - small.shape[0]) // 2
    scr[y0:y0 + small.shape[0], x0:x0 + small.shape[1]] = small
    scr[:28] = (45, 45, 45)                                  # the viewer's toolbar
    S = np.array([[s, 0, x0], [0, s, y0], [0, 0, 1]], np.float64)
    up = 2
    big = cv2.resize(scr, (SW * up, SH * up), interpolation=cv2.INTER_NEAREST).astype(np.float32)
    grid = np.ones((SH * up, SW * up), np.float32)
    grid[::up, :] = 0.85
    grid[:, ::up] *= 0.9
    big *= grid[..., None]
    U = np.diag([up, up, 1.0]) @ S
    portrait = ph > pw
    W, H = (1536, 2048) if portrait else (2048, 1536)
    bez = int(SW * up * 0.015)
    frame = cv2.copyMakeBorder(big.astype(np.uint8), bez, bez, bez, bez, cv2.BORDER_CONSTANT, value=(15, 15, 18))
    B = np.array([[1, 0, bez], [0, 1, bez], [0, 0, 1]], np.float64) @ U
    fh, fw = frame.shape[:2]
    # the phone frames the page shown on the monitor (the rest of the screen may fall outside)
    corners = cv2.perspectiveTransform(np.array([[[0, 0]], [[pw, ph]]], np.float64), B).reshape(2, 2)
    (px0, py0), (px1, py1) = corners
    fill = rng.uniform(0.78, 0.93)
    k = min(W * fill / (px1 - px0), H * fill / (py1 - py0))
    ccx, ccy = (px0 + px1) / 2, (py0 + py1) / 2
    src = np.array([[0, 0], [fw, 0], [fw, fh], [0, fh]], np.float32)
    dst = (src - np.array([ccx, ccy], np.float32)) * k
    top = dst[:, 1].min()
    dst[:, 0] *= np.where(dst[:, 1] <= top + 1, 1 - rng.uniform(0, 0.06), 1.0)   # looking slightly up
    ang = math.radians(rng.uniform(-6, 6))
    rot = np.array([[math.cos(ang), -math.sin(ang)], [math.sin(ang), math.cos(ang)]], np.float32)
    dst = (dst @ rot.T + np.array([W / 2, H / 2], np.float32)).astype(np.float32)
    P = cv2.getPerspectiveTransform(src, dst)
    room = np.full((H, W, 3), rng.uniform(20, 60), np.uint8)
    img = cv2.warpPerspective(frame, P, (W, H), flags=cv2.INTER_AREA, borderMode=cv2.BORDER_CONSTANT,
                              borderValue=tuple(int(v) for v in room[0, 0]))
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    f1, f2 = rng.uniform(0.02, 0.06, 2)
    moire = 1 + 0.04 * np.sin(xx * f1 + yy * f2 * 0.7) * np.sin(yy * f2 - xx * 0.01)
    img = img.astype(np.float32) * moire[..., None] * _light(rng, H, W)[..., None]
    img = img * np.array([1.05, 1.0, 0.92], np.float32) * 0.9 + 12
    img = np.clip(img + rng.normal(0, 3, img.shape), 0, 255).astype(np.uint8)
    img = _blur(rng, img, 0.8)
    hidden = _hidden(_transform(boxes_px, P @ B), (H, W), None)
    return Shot(img, hidden, {"capture": "screen", "jpeg": int(rng.integers(70, 90))})


def _storefront(rng: np.random.Generator, W: int, H: int, shop: str) -> np.ndarray:
    """A 门头照 (shop-front photo, asked for by food licence applications): wall, sign board, glass door."""
    wall = np.array(rng.choice([[150, 160, 175], [120, 130, 150], [200, 200, 205]]), np.float32)
    img = np.ones((H, W, 3), np.float32) * wall * (0.9 + 0.2 * _noise_field(rng, H, W, 12)[..., None] * 0.5)
    top, bot = int(H * rng.uniform(0.12, 0.22)), int(H * rng.uniform(0.34, 0.42))
    board = tuple(float(v) for v in rng.choice([[40, 40, 190], [150, 80, 20], [30, 120, 30], [20, 20, 20]]))
    cv2.rectangle(img, (int(W * 0.06), top), (int(W * 0.94), bot), board, -1)
    cv2.rectangle(img, (int(W * 0.2), bot + int(H * 0.05)), (int(W * 0.8), int(H * 0.98)), (45, 40, 35), -1)
    cv2.rectangle(img, (int(W * 0.22), bot + int(H * 0.07)), (int(W * 0.78), int(H * 0.96)), (95, 85, 70), -1)
    pil = Image.fromarray(cv2.cvtColor(np.clip(img, 0, 255).astype(np.uint8), cv2.COLOR_BGR2RGB))
    try:
        px = int(min((bot - top) * 0.62, W * 0.8 / max(1, len(shop))))
        font = ImageFont.truetype("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", px)
        d = ImageDraw.Draw(pil)
        tw = d.textlength(shop, font=font)
        d.text(((W - tw) / 2, top + (bot - top - px) / 2), shop, font=font, fill=(255, 250, 235))
        small = ImageFont.truetype("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", max(12, px // 4))
        d.text((W * 0.24, bot + H * 0.09), f"营业时间 7:00-22:00  电话 1{rng.integers(30, 99)}{rng.integers(10**7, 10**8)}",
               font=small, fill=(235, 235, 235))
    except OSError:
        pass
    return cv2.cvtColor(np.asarray(pil), cv2.COLOR_RGB2BGR).astype(np.float32)


def unrelated_photo(rng: np.random.Generator, shop: str = "") -> Shot:
    """A photo that is not a document: a shop front, a desk with a mug, a keyboard and a plant, or an
    outdoor view."""
    W, H = (2048, 1536) if rng.random() < 0.6 else (1536, 2048)
    style = rng.random()
    if shop and style < 0.4:
        img = _storefront(rng, W, H, shop)
    elif style < 0.7:
        img = desk(rng, H, W, str(rng.choice(["wood", "laminate"]))).astype(np.float32)
        kx, ky = int(W * rng.uniform(0.05, 0.3)), int(H * rng.uniform(0.5, 0.65))
        cv2.rectangle(img, (kx, ky), (kx + int(W * 0.6), ky + int(H * 0.22)), (40, 40, 42), -1)
        for r in range(5):
            for c in range(14):
                x = kx + 12 + c * int(W * 0.6 / 14.3)
                y = ky + 10 + r * int(H * 0.22 / 5.2)
                cv2.rectangle(img, (x, y), (x + int(W * 0.6 / 16), y + int(H * 0.22 / 6.5)), (70, 70, 72), -1)
        mx, my, mr = int(W * rng.uniform(0.6, 0.85)), int(H * rng.uniform(0.15, 0.35)), int(W * 0.08)
        col = tuple(float(v) for v in rng.uniform(40, 230, 3))
        cv2.circle(img, (mx, my), mr, col, -1)
        cv2.circle(img, (mx, my), int(mr * 0.8), (30, 50, 70), -1)
        for _ in range(7):
            px, py = int(W * rng.uniform(0.05, 0.3)), int(H * rng.uniform(0.05, 0.35))
            cv2.ellipse(img, (px, py), (int(W * 0.05), int(W * 0.02)), rng.uniform(0, 180), 0, 360,
                        (40, float(rng.uniform(110, 170)), 50), -1)
    else:
        img = np.zeros((H, W, 3), np.float32)
        sky = np.linspace(1, 0, H)[:, None, None]
        img[:] = sky * np.array([235, 200, 150], np.float32) + (1 - sky) * np.array([90, 140, 80], np.float32)
        for i in range(3):
            pts = [(0, H)] + [(int(x), int(H * (0.45 + 0.1 * i) - rng.uniform(0, H * 0.2))) for x in np.linspace(0, W, 9)] + [(W, H)]
            cv2.fillPoly(img, [np.array(pts, np.int32)], (60 + 30 * i, 90 + 20 * i, 70 + 10 * i))
        img[:int(H * 0.25)] = np.clip(img[:int(H * 0.25)] + 20 * (_noise_field(rng, int(H * 0.25), W, 120)[..., None] - 0.5), 0, 255)
    img *= _light(rng, H, W)[..., None]
    img = np.clip(img + rng.normal(0, 3, img.shape), 0, 255).astype(np.uint8)
    img = _blur(rng, img, 1.0)
    return Shot(img, {}, {"capture": "photo", "jpeg": int(rng.integers(70, 92))})


def encode(shot: Shot, path_stem: Path, rng: np.random.Generator, fmt: str) -> Path:
    """Write the capture as a phone/scanner would: JPEG, PNG, or an image-only PDF."""
    q = int(shot.meta.get("jpeg", 85))
    if fmt == "pdf":
        path = path_stem.with_suffix(".pdf")
        from reportlab.lib.utils import ImageReader
        from reportlab.pdfgen import canvas

        ok, buf = cv2.imencode(".jpg", shot.image, [cv2.IMWRITE_JPEG_QUALITY, q])
        h, w = shot.image.shape[:2]
        k = 72.0 / float(shot.meta.get("dpi", 200))          # a scanner's PDF: one JPEG per page
        c = canvas.Canvas(str(path), pagesize=(w * k, h * k), invariant=1)
        c.drawImage(ImageReader(io.BytesIO(buf.tobytes())), 0, 0, w * k, h * k)
        c.showPage()
        c.save()
        return path
    if fmt == "png":
        path = path_stem.with_suffix(".png")
        cv2.imwrite(str(path), shot.image)
        return path
    path = path_stem.with_suffix(".jpg")
    cv2.imwrite(str(path), shot.image, [cv2.IMWRITE_JPEG_QUALITY, q])
    return path
