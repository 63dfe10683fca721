"""How a window clerk receives family ZG's documents: each capture prepares a frame with Hugin's nona
(camera.py) — the page on a desk, in a sleeve, held by a thumb, on a 高拍仪 mat, on a scanner's glass, a
copier's platen or a fax's feeder — draws what a person leaves on it (hands, glare, shadows, folds) with
numpy/Pillow, and names the darktable look (develop.py) that develops it. `finish` turns the developed
frame into the file: a chat-app screenshot or a screen laid out by WeasyPrint, a fax's 1-bit page, a
scanner app's PDF, and the encoders for JPEG/PNG/WEBP/TIFF/PDF."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from . import develop as D
from .camera import Shot
from .values import pick

# capture name -> weight in the default mix
CAPTURES = {"phone": 24, "phone_angle": 10, "phone_sleeve": 7, "phone_hand": 8, "phone_lowlight": 6, "phone_fold": 6,
            "gaopaiyi": 8, "flatbed": 8, "adf": 5, "photocopy": 7, "copy_of_copy": 4, "fax": 5, "scanner_app": 7,
            "chat_screenshot": 6, "screen_photo": 5, "elicence_pdf": 4}


@dataclass
class Plan:
    capture: str
    dpi: float
    marks: list[str] = field(default_factory=list)
    fmt: str = "jpg"
    gray: bool = False


def choose(rng, kind: str) -> Plan:
    names = list(CAPTURES)
    w = np.array([CAPTURES[n] for n in names], float)
    if kind not in ("business_license", "food_business_license", "public_health_license"):
        w[names.index("elicence_pdf")] = 0
    if kind.startswith("id_card"):
        w[names.index("screen_photo")] = 0
        w[names.index("fax")] *= 0.4
    card = kind.startswith("id_card")
    if card:
        w[names.index("phone_fold")] = 0  # a card does not fold
    cap = names[int(rng.choice(len(names), p=w / w.sum()))]
    marks: list[str] = []
    if cap != "elicence_pdf":
        if rng.random() < (0.3 if cap in ("photocopy", "copy_of_copy", "flatbed", "adf") else 0.1):
            marks.append("copy_note")
        if rng.random() < 0.14:
            marks.append("watermark")
        if rng.random() < (0.05 if card else 0.14):
            marks.append("seal")
    fmts = {"phone": ["jpg"] * 6 + ["webp", "png"], "phone_angle": ["jpg"] * 4 + ["webp"], "phone_sleeve": ["jpg"],
            "phone_hand": ["jpg", "jpg", "webp"], "phone_lowlight": ["jpg"], "phone_fold": ["jpg", "png"],
            "gaopaiyi": ["jpg", "jpg", "png", "bmp"], "flatbed": ["png", "tif", "pdf", "jpg"], "adf": ["pdf", "tif", "png"],
            "photocopy": ["jpg", "png", "pdf"], "copy_of_copy": ["jpg", "png"], "fax": ["tif", "png", "pdf"],
            "scanner_app": ["jpg", "pdf", "pdf"], "chat_screenshot": ["png", "jpg"], "screen_photo": ["jpg", "jpg", "webp"],
            "elicence_pdf": ["pdf"]}
    fmt = pick(rng, fmts[cap])
    if fmt == "bmp":
        fmt = "png"
    if card:
        dpi = {"flatbed": 300, "adf": 300, "photocopy": 200, "copy_of_copy": 200, "fax": 209, "gaopaiyi": 300}.get(cap, 400)
    else:
        dpi = {"flatbed": pick(rng, [120, 140]), "adf": 120, "photocopy": 130, "copy_of_copy": 130, "fax": 130,
               "gaopaiyi": 150, "scanner_app": 130}.get(cap, 140)
    return Plan(cap, float(dpi), marks, fmt)


# ---------------------------------------------------------------- desks and things on them

def desk(rng, w: int, h: int) -> np.ndarray:
    """A desk texture in frame pixels (drawn at half size): wood, laminate, fabric or glass, with a pen,
    a sticky note or a card lying about, and light falling off toward the corners."""
    fw, fh = w, h
    w, h = max(8, w // 2), max(8, h // 2)
    kind = pick(rng, ["wood", "wood", "laminate", "fabric", "glass", "office"])
    y, x = np.mgrid[0:h, 0:w].astype(np.float32)
    n = rng.standard_normal((h // 8 + 2, w // 8 + 2)).astype(np.float32)
    n = np.asarray(Image.fromarray(((n - n.min()) / (np.ptp(n) + 1e-6) * 255).astype(np.uint8)).resize((w, h), Image.BILINEAR),
                   np.float32) / 255
    if kind == "wood":
        base = np.array(pick(rng, [(150, 100, 60), (120, 78, 45), (182, 140, 96), (96, 62, 40)]), np.float32)
        f = float(rng.uniform(0.02, 0.05))
        g = 0.5 + 0.5 * np.sin((y + 30 * n + 8 * np.sin(x * 0.01)) * f)
        tex = base[None, None] * (0.82 + 0.22 * g[..., None])
    elif kind == "laminate":
        base = np.array(pick(rng, [(210, 206, 198), (190, 192, 196), (228, 222, 210)]), np.float32)
        tex = base[None, None] * (0.94 + 0.08 * n[..., None])
    elif kind == "fabric":
        base = np.array(pick(rng, [(60, 80, 120), (90, 40, 40), (70, 90, 70)]), np.float32)
        hatch = 0.5 + 0.25 * np.sin(x * 1.3) + 0.25 * np.sin(y * 1.3)
        tex = base[None, None] * (0.8 + 0.3 * hatch[..., None] + 0.1 * n[..., None])
    elif kind == "glass":
        tex = np.array((38, 42, 46), np.float32)[None, None] * (0.8 + 0.5 * n[..., None])
    else:
        base = np.array(pick(rng, [(170, 160, 140), (140, 140, 135)]), np.float32)
        tex = base[None, None] * (0.9 + 0.15 * n[..., None])
    img = Image.fromarray(np.clip(tex, 0, 255).astype(np.uint8))
    d = ImageDraw.Draw(img)
    for _ in range(int(rng.integers(0, 3))):  # a pen, a sticky note, a phone edge
        what = pick(rng, ["pen", "note", "card"])
        cx, cy = float(rng.uniform(0, w)), float(rng.uniform(0, h))
        if what == "pen":
            a = float(rng.uniform(0, math.pi))
            L = w * 0.12
            d.line([(cx, cy), (cx + L * math.cos(a), cy + L * math.sin(a))], fill=pick(rng, [(20, 30, 80), (10, 10, 10), (160, 20, 20)]),
                   width=max(2, w // 150))
        elif what == "note":
            s = w * 0.06
            d.rectangle([cx, cy, cx + s, cy + s], fill=pick(rng, [(250, 232, 110), (250, 180, 190), (170, 230, 250)]))
        else:
            d.rounded_rectangle([cx, cy, cx + w * 0.1, cy + w * 0.063], radius=w // 120, fill=(230, 230, 235))
    r2 = ((x - w / 2) / w) ** 2 + ((y - h / 2) / h) ** 2
    lit = np.asarray(img, np.float32) * (1 - float(rng.uniform(0.2, 0.6)) * r2)[..., None]
    return np.asarray(Image.fromarray(np.clip(lit, 0, 255).astype(np.uint8)).resize((fw, fh), Image.BILINEAR))


def lay(desk_img: np.ndarray, frame: np.ndarray, alpha: np.ndarray, rng, shadow: float = 0.35) -> np.ndarray:
    """The remapped page over the desk, with the page's soft drop shadow on the desk."""
    h, w = alpha.shape
    under = desk_img
    if shadow > 0:
        q = 4
        sm = Image.fromarray((alpha[::q, ::q] * 255 * shadow).astype(np.uint8))
        sm = sm.filter(ImageFilter.GaussianBlur(max(2, w // 300))).resize((w, h), Image.BILINEAR)
        dx, dy = int(rng.integers(2, 8)), int(rng.integers(2, 10))
        sm = np.roll(np.roll(np.asarray(sm), dy, axis=0), dx, axis=1)
        under = Image.composite(Image.new("RGB", (w, h), (0, 0, 0)), Image.fromarray(desk_img), Image.fromarray(sm))
    else:
        under = Image.fromarray(desk_img)
    mask = Image.fromarray((alpha * 255).astype(np.uint8))
    return np.asarray(Image.composite(Image.fromarray(frame), under, mask))


def page_box(alpha: np.ndarray) -> tuple[int, int, int, int]:
    ys, xs = np.nonzero(alpha[::4, ::4] > 0.5)
    if len(xs) == 0:
        return 0, 0, alpha.shape[1], alpha.shape[0]
    return int(xs.min() * 4), int(ys.min() * 4), int(xs.max() * 4), int(ys.max() * 4)


def overlay_alpha(shape, rng, kind: str, box) -> tuple[np.ndarray, tuple]:
    """A soft alpha (0..1) in frame pixels: a thumb reaching over the page's edge from outside, a glare
    streak on the page, or a shadow falling across."""
    h, w = shape
    q = 4
    W, H = w // q, h // q
    im = Image.new("L", (W, H), 0)
    d = ImageDraw.Draw(im)
    x0, y0, x1, y1 = (v / q for v in box)
    color = pick(rng, [(226, 180, 150), (205, 160, 128), (240, 200, 170), (180, 130, 100)])
    if kind == "thumb":
        side = pick(rng, ["left", "right", "bottom", "top"])
        r = min(W, H) * float(rng.uniform(0.045, 0.075))
        t = float(rng.uniform(0.2, 0.8))
        depth = r * float(rng.uniform(0.6, 1.6))
        if side in ("left", "right"):
            ey = y0 + (y1 - y0) * t
            edge = x0 if side == "left" else x1
            inner = edge + depth if side == "left" else edge - depth
            outer = 0 if side == "left" else W
            d.rounded_rectangle([min(inner, outer), ey - r, max(inner, outer), ey + r * 1.1], radius=r, fill=255)
            tip = (inner - (r * 0.55 if side == "left" else -r * 0.55), ey)
        else:
            ex = x0 + (x1 - x0) * t
            edge = y1 if side == "bottom" else y0
            inner = edge - depth if side == "bottom" else edge + depth
            outer = H if side == "bottom" else 0
            d.rounded_rectangle([ex - r, min(inner, outer), ex + r * 1.1, max(inner, outer)], radius=r, fill=255)
            tip = (ex, inner + (r * 0.55 if side == "bottom" else -r * 0.55))
        blur = max(1, r * 0.06)
        # shading: the pad lighter than the rim, a paler nail near the tip (kept as a second, inner alpha)
        shade = Image.new("L", (W, H), 0)
        ds = ImageDraw.Draw(shade)
        ds.ellipse([tip[0] - r * 0.45, tip[1] - r * 0.45, tip[0] + r * 0.45, tip[1] + r * 0.45], fill=150)
        shade = shade.filter(ImageFilter.GaussianBlur(r * 0.15)).resize((w, h), Image.BILINEAR)
        im = im.filter(ImageFilter.GaussianBlur(blur)).resize((w, h), Image.BILINEAR)
        a = np.asarray(im, np.float32) / 255
        rim = np.asarray(im.filter(ImageFilter.GaussianBlur(r * q * 0.35)), np.float32) / 255
        return a, (color, np.clip(rim, 0, 1), np.asarray(shade, np.float32) / 255)
    elif kind == "glare":
        cx, cy = x0 + (x1 - x0) * float(rng.uniform(0.2, 0.8)), y0 + (y1 - y0) * float(rng.uniform(0.2, 0.8))
        rx, ry = (x1 - x0) * float(rng.uniform(0.07, 0.2)), (y1 - y0) * float(rng.uniform(0.03, 0.09))
        d.ellipse([cx - rx, cy - ry, cx + rx, cy + ry], fill=255)
        blur = max(2, min(rx, ry) * 0.7)
        color = (255, 255, 255)
        im = im.rotate(float(rng.uniform(-40, 40)), center=(cx, cy))
    else:
        xa = W * float(rng.uniform(0.25, 0.6))
        d.polygon([(0, 0), (xa, 0), (xa * float(rng.uniform(0.6, 1.3)), H), (0, H)], fill=255)
        if rng.random() < 0.5:
            im = im.transpose(Image.FLIP_LEFT_RIGHT)
        blur = W * 0.05
        color = (0, 0, 0)
    im = im.filter(ImageFilter.GaussianBlur(blur)).resize((w, h), Image.BILINEAR)
    return np.asarray(im, np.float32) / 255, color


def apply_alpha(img: np.ndarray, alpha: np.ndarray, color, strength: float = 1.0) -> np.ndarray:
    """Blend a flat colour (glare white, shadow black) into the frame through a soft alpha; a thumb's
    colour comes with its shading (rim darker, pad and nail paler)."""
    h, w = alpha.shape
    mask = Image.fromarray(np.clip(alpha * strength * 255, 0, 255).astype(np.uint8))
    if isinstance(color, tuple) and len(color) == 3 and isinstance(color[1], np.ndarray):
        base, rim, nail = color
        tone = np.array(base, np.float32)[None, None] * (0.72 + 0.28 * rim[..., None]) + 60 * nail[..., None]
        layer = Image.fromarray(np.clip(tone, 0, 255).astype(np.uint8))
    else:
        layer = Image.new("RGB", (w, h), tuple(int(c) for c in color))
    return np.asarray(Image.composite(layer, Image.fromarray(img), mask))


def fold(img: np.ndarray, rng) -> np.ndarray:
    """A fold line across the page: one side a little darker, a bright crease and a dark valley."""
    h, w = img.shape[:2]
    y, x = np.mgrid[0:h, 0:w].astype(np.float32)
    if rng.random() < 0.5:
        dist = x - w * float(rng.uniform(0.35, 0.65)) - (y - h / 2) * float(rng.uniform(-0.05, 0.05))
    else:
        dist = y - h * float(rng.uniform(0.35, 0.65)) - (x - w / 2) * float(rng.uniform(-0.05, 0.05))
    side = np.where(dist > 0, float(rng.uniform(0.84, 0.94)), 1.0)
    crease = 1 + 0.12 * np.exp(-(dist / (w * 0.002 + 1)) ** 2) - 0.18 * np.exp(-((dist + w * 0.006) / (w * 0.004 + 1)) ** 2)
    grad = 1 - 0.1 * np.clip(np.abs(dist) / (w * 0.25), 0, 1) * (dist > 0)
    return np.clip(img.astype(np.float32) * (side * crease * grad)[..., None], 0, 255).astype(np.uint8)


def copier(page: np.ndarray, rng) -> tuple[np.ndarray, int, int]:
    """An ID card on a copier's platen: the card on an A4 sheet's upper half (and where it sits)."""
    ch, cw = page.shape[:2]
    W = int(cw * 210 / 85.6)
    H = int(W * 297 / 210)
    sheet = np.full((H, W, 3), 250, np.uint8)
    x0 = int(W * float(rng.uniform(0.25, 0.4)))
    y0 = int(H * float(rng.uniform(0.08, 0.2)))
    sheet[y0:y0 + ch, x0:x0 + cw] = page
    return sheet, x0, y0


# ---------------------------------------------------------------- the captures

def phone_shot(rng, aspect: float, angle: bool, portrait_doc: bool, card: bool) -> Shot:
    """A handheld phone's frame (chat-app sized: 1280–1600 px long side) around a page of width/height
    `aspect`: the page fills most of the frame, now and then a close-up cuts its edges."""
    long_side = int(pick(rng, [1280, 1280, 1440, 1440]))
    short = long_side * 3 // 4
    turned = rng.random() < 0.1  # the phone held the other way: the page lies sideways (or upside down)
    quarter = turned and rng.random() < 0.75
    portrait_frame = portrait_doc if rng.random() < 0.85 else not portrait_doc
    if quarter:
        portrait_frame = not portrait_frame
    ow, oh = (short, long_side) if portrait_frame else (long_side, short)
    fill = float(rng.uniform(0.55, 0.85)) if card else float(rng.uniform(0.7, 0.9))
    if angle:
        fill *= 0.85  # the near edge grows with the tilt
    if quarter:  # the page's width runs along the frame's height
        fill = min(fill, 0.94 * oh / ow, 0.94 * aspect)
    else:
        fill = min(fill, 0.94 * (oh / ow) * aspect)  # the page's height fits the frame too
    if rng.random() < 0.06:
        fill *= float(rng.uniform(1.12, 1.3))  # a close-up: the frame cuts the page
    tilt = float(rng.uniform(14, 34)) if angle else float(rng.uniform(0, 12))
    spin = (pick(rng, [90, -90]) if quarter else 180) if turned else 0
    b = float(rng.uniform(-0.02, 0.012)) * min(1.0, fill) ** 2  # the phone lens's distortion, in page units
    return Shot(out_w=ow, out_h=oh, v_out=float(rng.uniform(62, 76)) * (0.78 if portrait_frame else 1.0), fill=fill,
                pitch=-tilt * (1 if rng.random() < 0.8 else -1), yaw=float(rng.uniform(-1, 1)) * (10 if angle else 4),
                roll=float(rng.uniform(-1, 1)) * (14 if angle else 5) + spin,
                ox=float(rng.uniform(-0.04, 0.04)), oy=float(rng.uniform(-0.04, 0.04)),
                abc=(0.0, b, 0.0),
                vig=(float(rng.uniform(0.05, 0.5)), float(rng.uniform(-0.1, 0.1)), 0.0),
                eev=float(rng.uniform(-0.4, 0.4)),
                emor=tuple(float(x) for x in rng.uniform(-0.4, 0.4, 5)))


def look_phone(rng, low_light: bool = False, shake: bool = False, defocus: bool = False) -> list:
    ops = [D.exposure(float(rng.uniform(-0.2, 0.5)) + (1.6 if low_light else 0.0))]
    if rng.random() < 0.6 or low_light:
        warm = low_light or rng.random() < 0.5
        k = float(rng.uniform(0.3, 1.0)) * (1.6 if low_light else 1.0)
        ops.append(D.colorcorrection(-0.9 * k if warm else 0.8 * k, 4.0 * k if warm else -4.0 * k,
                                     3.0 * k if warm else -3.0 * k, 0.0, 1.0))
    if rng.random() < 0.06:
        ops.append(D.hazeremoval(float(rng.uniform(-0.35, -0.1)), float(rng.uniform(0.1, 0.4))))
    if shake:
        ops.append(D.blurs_motion(int(rng.integers(4, 9)), float(rng.uniform(-3.1, 3.1)), float(rng.uniform(-1, 1))))
    elif defocus:
        ops.append(D.lowpass(float(rng.uniform(1.5, 3.0))))
    elif rng.random() < 0.35:
        ops.append(D.sharpen(float(rng.uniform(1.5, 3.0)), float(rng.uniform(0.4, 1.2))))
    if low_light or rng.random() < 0.2:
        ops.append(D.grain(float(rng.uniform(200, 900)) * (3 if low_light else 1), float(rng.uniform(6, 16)) * (2.2 if low_light else 1)))
    if rng.random() < 0.4:
        ops.append(D.vignette(float(rng.uniform(60, 90)), float(rng.uniform(60, 100)), float(rng.uniform(-0.5, -0.15))))
    return ops


def look_scan(rng, gray: bool, copy_gen: int = 0) -> list:
    """A scanner's or a copier's development: copies go grey, their dark greys to black (the exposure
    module's black level), high contrast, a little blur and toner grain — more for a copy of a copy."""
    if copy_gen:
        return [D.exposure(float(rng.uniform(-0.15, 0.1)), 0.015 + 0.02 * copy_gen * float(rng.random())), D.monochrome(),
                D.contrast_high(), D.lowpass(0.5 * copy_gen + float(rng.uniform(0.0, 0.4)), 1.0),
                D.grain(float(rng.uniform(100, 300)), float(rng.uniform(8, 16)) * copy_gen)]
    ops = [D.exposure(float(rng.uniform(0.05, 0.3)))]
    if gray:
        ops.append(D.monochrome())
    ops.append(D.sharpen(float(rng.uniform(1.0, 2.0)), float(rng.uniform(0.3, 0.8))))
    return ops


def encode(img: np.ndarray, fmt: str, rng, path, dpi: float | None = None, bilevel: bool = False) -> None:
    im = Image.fromarray(img)
    if bilevel:
        im = im.convert("L").point(lambda v: 255 if v > 127 else 0).convert("1")
    if fmt == "jpg":
        im.convert("RGB").save(path, "JPEG", quality=int(rng.integers(62, 93)), optimize=False)
    elif fmt == "webp":
        im.convert("RGB").save(path, "WEBP", quality=int(rng.integers(55, 90)), method=2)
    elif fmt == "png":
        im.save(path, "PNG", compress_level=1)
    elif fmt == "tif":
        if bilevel:
            im.save(path, "TIFF", compression="group4", dpi=(204, 196))
        else:
            im.save(path, "TIFF", compression="tiff_lzw", dpi=(dpi or 200, dpi or 200))
    elif fmt == "pdf":
        import time
        im2 = im if bilevel else im.convert("RGB")
        stamp = time.gmtime(1795167000)  # pinned (2026-11-20): Pillow would stamp the time of the run
        im2.save(path, "PDF", resolution=float(dpi or 150), creationDate=stamp, modDate=stamp, producer="ZG scanner")
    else:
        raise ValueError(fmt)
