"""Family V's captures: what a 综合受理 window receives of a page, composed from albumentations
transforms (Perspective, Affine, MotionBlur, GaussNoise, ISONoise, ImageCompression,
RandomBrightnessContrast, RandomShadow, RandomSunFlare, Downscale, ElasticTransform, CLAHE, ToGray),
with numpy only where albumentations has nothing (desk and mat textures, pasting a page on them,
copier streaks and toner, 1-bit fax thresholding, screen moiré, the hot core of a glare on a plastic
sleeve). Ink added after the capture (复印件与原件一致 stamps, signatures, fax headers, a chat app's
screen) is drawn with fpdf2 on a transparent layer and rasterised by pypdfium2.

A capture that really hides a value (glare core, sticky note, a finger, the frame cutting the page)
reports those fields as unreadable: the rule is a hidden area of at least half a character on any
printed line of the value, measured on the page raster before any geometric transform."""

from __future__ import annotations

import os
import random

os.environ.setdefault("NO_ALBUMENTATIONS_UPDATE", "1")  # no network look-up on import

import albumentations as A  # noqa: E402
import cv2  # noqa: E402 - albumentations' own dependency (opencv-python-headless): border modes only
import numpy as np  # noqa: E402
import pypdfium2 as pdfium  # noqa: E402

from benchmarks.docgen_v import faces as F  # noqa: E402
from benchmarks.docgen_v.pages import PT, Doc  # noqa: E402

CONST = cv2.BORDER_CONSTANT
REPL = cv2.BORDER_REPLICATE


def raster(pdf: bytes, dpi: float, alpha: bool = False) -> np.ndarray:
    """The page at `dpi` through pypdfium2 (RGB, or RGBA on a transparent ground for ink layers)."""
    doc = pdfium.PdfDocument(pdf)
    page = doc[0]
    kw = {"fill_color": (255, 255, 255, 0)} if alpha else {}
    bm = page.render(scale=dpi / 72, **kw)
    img = np.array(bm.to_pil().convert("RGBA" if alpha else "RGB"))
    page.close()
    doc.close()
    return img


def comp(transforms: list, seed: int, img: np.ndarray) -> np.ndarray:
    return A.Compose(transforms, seed=seed)(image=img)["image"]


def over(base: np.ndarray, layer: np.ndarray, x: int = 0, y: int = 0) -> np.ndarray:
    """Alpha-composite an RGBA layer onto an RGB image at (x, y), clipped to the image."""
    h, w = layer.shape[:2]
    H, W = base.shape[:2]
    x0, y0, x1, y1 = max(x, 0), max(y, 0), min(x + w, W), min(y + h, H)
    if x1 <= x0 or y1 <= y0:
        return base
    sub = layer[y0 - y:y1 - y, x0 - x:x1 - x].astype(np.float32)
    a = sub[..., 3:4] / 255.0
    out = base.copy()
    region = out[y0:y1, x0:x1].astype(np.float32)
    out[y0:y1, x0:x1] = (region * (1 - a) + sub[..., :3] * a).astype(np.uint8)
    return out


def multiply(base: np.ndarray, layer: np.ndarray) -> np.ndarray:
    return (base.astype(np.float32) * layer.astype(np.float32) / 255.0).astype(np.uint8)


# --- unreadable bookkeeping --------------------------------------------------------------------------
def hidden(boxes: dict, mask: np.ndarray, scale: float) -> set[str]:
    """Fields with at least half a character's area of some printed line under `mask` (True = hidden);
    boxes in mm, `scale` px per mm."""
    out = set()
    H, W = mask.shape
    for key, bs in boxes.items():
        for x0, y0, x1, y1 in bs:
            a, b, c, d = int(x0 * scale), int(y0 * scale), int(np.ceil(x1 * scale)), int(np.ceil(y1 * scale))
            h = max(d - b, 1)
            inside = mask[max(b, 0):min(d, H), max(a, 0):min(c, W)].sum()
            outside = max(0, (c - a) * h - max(0, min(d, H) - max(b, 0)) * max(0, min(c, W) - max(a, 0)))
            if inside + outside >= 0.5 * h * h:
                out.add(key)
                break
    return out


def glare(page: np.ndarray, r: random.Random, boxes: dict, scale: float) -> tuple[np.ndarray, set[str]]:
    """A lamp's reflection on a plastic sleeve or a glossy card: a saturated elliptic core with a soft
    halo (numpy), the halo's streaks by RandomSunFlare."""
    H, W = page.shape[:2]
    cx, cy = r.uniform(0.2, 0.8) * W, r.uniform(0.2, 0.8) * H
    ax, ay = r.uniform(0.05, 0.16) * W, r.uniform(0.03, 0.08) * H
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    d = ((xx - cx) / ax) ** 2 + ((yy - cy) / ay) ** 2
    core = d < 1.0
    halo = np.clip(1.6 - d * 0.6, 0, 1)[..., None]
    out = (page.astype(np.float32) * (1 - halo) + 252 * halo)
    out[core] = 253
    out = comp([A.RandomSunFlare(flare_roi=(max(cx / W - 0.05, 0), max(cy / H - 0.05, 0), min(cx / W + 0.05, 1), min(cy / H + 0.05, 1)),
                                 src_radius=int(max(ax, ay) * 0.8), num_flare_circles_range=(2, 5), p=1)],
               r.randrange(1 << 30), out.astype(np.uint8))
    return out, hidden(boxes, core, scale)


def cover(page: np.ndarray, r: random.Random, boxes: dict, scale: float, what: str) -> tuple[np.ndarray, set[str]]:
    """A sticky note or a finger lying on the page: opaque, so what it covers is unreadable."""
    H, W = page.shape[:2]
    mask = np.zeros((H, W), np.uint8)
    out = page.copy()
    if what == "sticky_note":
        s = int(r.uniform(0.12, 0.2) * min(W, H))
        x, y = int(r.uniform(0.05, 0.85) * W), int(r.uniform(0.3, 0.85) * H)
        pts = np.array([[x, y], [x + s, y + int(s * 0.05)], [x + s - int(s * 0.04), y + s], [x - int(s * 0.03), y + s - int(s * 0.02)]], np.int32)
        cv2.fillConvexPoly(mask, pts, 1)
        out[mask > 0] = r.choice(((250, 236, 120), (255, 190, 200), (180, 230, 250)))
    else:  # a thumb holding the page or the card, from one edge
        side = r.choice(("left", "bottom", "right"))
        rad = int(r.uniform(0.07, 0.12) * min(W, H) * (2.0 if W < 1500 else 1.0))
        cx = {"left": 0, "right": W, "bottom": int(r.uniform(0.2, 0.8) * W)}[side]
        cy = {"left": int(r.uniform(0.3, 0.9) * H), "right": int(r.uniform(0.3, 0.9) * H), "bottom": H}[side]
        cv2.ellipse(mask, (cx, cy), (rad, int(rad * 1.5)), r.uniform(-20, 20), 0, 360, 1, -1)
        skin = np.array(r.choice(((214, 170, 140), (190, 140, 110), (226, 188, 160))), np.float32)
        shade = np.linspace(0.85, 1.05, H)[:, None, None]
        out = np.where(mask[..., None] > 0, np.clip(skin * shade, 0, 255), out).astype(np.uint8)
    return out, hidden(boxes, mask > 0, scale)


def cut(page: np.ndarray, r: random.Random, boxes: dict, scale: float) -> tuple[np.ndarray, set[str], str]:
    """The frame cuts one side of the page off (a hurried photo)."""
    H, W = page.shape[:2]
    side = r.choice(("right", "bottom", "left"))
    mask = np.zeros((H, W), bool)
    if side == "right":
        k = int(W * r.uniform(0.05, 0.14))
        mask[:, W - k:] = True
        page = page[:, :W - k]
    elif side == "left":
        k = int(W * r.uniform(0.04, 0.1))
        mask[:, :k] = True
        page = page[:, k:]
    else:
        k = int(H * r.uniform(0.05, 0.15))
        mask[H - k:] = True
        page = page[:H - k]
    return page, hidden(boxes, mask, scale), side


# --- grounds ----------------------------------------------------------------------------------------
def ground(r: random.Random, h: int, w: int, kind: str) -> np.ndarray:
    """A desk (wood grain), counter glass, grey stone, or a 高拍仪's mat with its grid."""
    rng = np.random.default_rng(r.randrange(1 << 30))
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    if kind == "wood":
        base = np.array(r.choice(((150, 105, 70), (185, 140, 95), (110, 75, 50))), np.float32)
        grain = np.sin(yy / r.uniform(6, 14) + 3 * np.sin(xx / r.uniform(150, 300))) * 0.08
        img = base * (1 + grain[..., None]) + rng.normal(0, 4, (h, w, 1))
    elif kind == "mat":
        base = np.array(r.choice(((40, 95, 70), (55, 55, 60), (225, 225, 220))), np.float32)
        img = np.broadcast_to(base, (h, w, 3)).copy()
        step = max(h, w) // 24
        img[(yy.astype(int) % step) < 2] += 35
        img[(xx.astype(int) % step) < 2] += 35
    elif kind == "glass":
        base = np.array((170, 190, 190), np.float32)
        img = base * (0.85 + 0.2 * (xx / w))[..., None] + rng.normal(0, 3, (h, w, 1))
    else:  # stone / laminate
        base = np.array(r.choice(((200, 200, 196), (120, 120, 125), (235, 230, 220))), np.float32)
        img = base + rng.normal(0, 7, (h, w, 1)) + 12 * np.sin(xx / 90 + yy / 140)[..., None]
    return np.clip(img, 0, 255).astype(np.uint8)


def paste(canvas: np.ndarray, page: np.ndarray, x: int, y: int, shadow: bool = True) -> np.ndarray:
    h, w = page.shape[:2]
    out = canvas.copy()
    if shadow:
        sh = out[y + 6:y + h + 6, x + 8:x + w + 8]
        out[y + 6:y + h + 6, x + 8:x + w + 8] = (sh * 0.72).astype(np.uint8)
    out[y:y + h, x:x + w] = page
    return out


def fit(page: np.ndarray, long_side: int) -> np.ndarray:
    h, w = page.shape[:2]
    s = long_side / max(h, w)
    return cv2.resize(page, (max(1, int(w * s)), max(1, int(h * s))), interpolation=cv2.INTER_AREA)


# --- ink layers drawn with fpdf2 ----------------------------------------------------------------------
def ink(w_mm: float, h_mm: float, dpi: float, r: random.Random, draw) -> np.ndarray:  # noqa: ANN001
    d = Doc(w_mm, h_mm, r)
    draw(d)
    return raster(d.bytes(), dpi, alpha=True)


def copy_stamp(d: Doc, r: random.Random, x: float, y: float, who: str, purpose: str) -> None:
    """复印件与原件一致 in a box, the clerk's or applicant's signature, a date and a purpose line."""
    rgb = r.choice(((200, 30, 40), (30, 50, 160), (25, 25, 30)))
    k = F.pick(r, F.KAI + ("noto_sans",), ["复印件与原件一致", who, purpose])
    with d.pdf.local_context(fill_opacity=0.85, stroke_opacity=0.85):
        d.pdf.set_draw_color(*rgb)
        d.pdf.set_line_width(0.6)
        d.pdf.rect(x, y, 58, 13)
        d.text(k, 16, x + 3, y + 9.5, "复印件与原件一致", rgb)
        d.text(k, 14, x + 4, y + 22, who, (20, 20, 60), spacing=0.5)
        d.pdf.set_draw_color(20, 20, 60)
        d.pdf.set_line_width(0.5)
        pts = [(x + 30 + i * 1.2, y + 19 + 2.4 * np.sin(i * 0.9 + r.random())) for i in range(18)]
        d.pdf.polyline(pts)
        d.text(k, 11, x + 4, y + 30, purpose, (20, 20, 60))
        d.text(k, 11, x + 4, y + 37, f"2026.{r.randint(1, 10)}.{r.randint(1, 28)}", (20, 20, 60))


# --- the captures --------------------------------------------------------------------------------------
def to_gray(img: np.ndarray) -> np.ndarray:
    return comp([A.ToGray(p=1)], 1, img)


def photocopy(page: np.ndarray, r: random.Random, times: int = 1) -> np.ndarray:
    """A grey copy: contrast up, toner speckle, the lid's dark edge band; a copy of a copy loses
    resolution in between."""
    img = to_gray(page)
    for t in range(times):
        img = comp([A.RandomBrightnessContrast(brightness_limit=(0.02, 0.1), contrast_limit=(0.2, 0.4), p=1),
                    A.GaussNoise(std_range=(0.02, 0.05), p=1),
                    A.Affine(rotate=(-1.5, 1.5), border_mode=CONST, fill=255, p=1)], r.randrange(1 << 30), img)
        if t < times - 1:
            img = comp([A.Downscale(scale_range=(0.55, 0.75), p=1), A.GaussNoise(std_range=(0.02, 0.04), p=1)], r.randrange(1 << 30), img)
        rng = np.random.default_rng(r.randrange(1 << 30))
        speck = rng.random(img.shape[:2]) < 0.0008
        img[speck] = rng.integers(20, 90)
        band = int(img.shape[1] * r.uniform(0.0, 0.025))
        if band:
            img[:, :band] = (img[:, :band] * 0.35).astype(np.uint8)
    return img


def geometry(img: np.ndarray, box: tuple[int, int, int, int], transforms: list, r: random.Random) -> np.ndarray:
    """Apply geometric transforms, re-drawing their parameters (up to 8 seeds) until the page, tracked
    as a mask through the same transforms, stays inside the frame on every side: a value the truth
    calls readable is never pushed out of the picture by accident."""
    x, y, w, h = box
    mask = np.zeros(img.shape[:2], np.uint8)
    mask[y:y + h, x:x + w] = 1
    res = None
    for _ in range(8):
        res = A.Compose(transforms, seed=r.randrange(1 << 30))(image=img, mask=mask)
        m = res["mask"]
        edges = {"top": m[0].any(), "bottom": m[-1].any(), "left": m[:, 0].any(), "right": m[:, -1].any()}
        if not any(edges.values()):
            return res["image"]
    return A.Compose([A.NoOp()], seed=0)(image=img)["image"]  # give up on the geometry, keep the page whole


def phone(page: np.ndarray, r: random.Random, *, small: bool, dark: bool = False, ground_kind: str | None = None,
          long_side: int = 2200, flush: str | None = None) -> np.ndarray:
    """A phone photo on the counter: page on a desk, perspective, shadow, sensor noise, a little
    shake, JPEG. `small`: a card, which sits smaller in the frame. `flush`: the side the frame cuts
    (the page is placed against it)."""
    H, W = page.shape[:2]
    frac = r.uniform(0.45, 0.62) if small else r.uniform(0.62, 0.78)
    land = W > H if not small else r.random() < 0.6
    cw, ch = (long_side, int(long_side * 0.75)) if land else (int(long_side * 0.75), long_side)
    s = min(cw * frac / W, ch * frac / H)
    pg = cv2.resize(page, (int(W * s), int(H * s)), interpolation=cv2.INTER_AREA)
    canvas = ground(r, ch, cw, ground_kind or r.choice(("wood", "glass", "stone", "stone")))
    mx, my = (cw - pg.shape[1]) // 2, (ch - pg.shape[0]) // 2
    x = mx + r.randint(-mx // 3, mx // 3)
    y = my + r.randint(-my // 3, my // 3)
    if flush == "right":
        x = cw - pg.shape[1]
    elif flush == "left":
        x = 0
    elif flush == "bottom":
        y = ch - pg.shape[0]
    img = paste(canvas, pg, x, y, shadow=flush is None)
    if flush is None:  # a cut page is shot square on: a tilt would move more of it out of the frame
        img = geometry(img, (x, y, pg.shape[1], pg.shape[0]),
                       [A.Perspective(scale=(0.02, 0.06), border_mode=REPL, p=1), A.Affine(rotate=(-4, 4), border_mode=REPL, p=1)], r)
    tf = [A.RandomShadow(shadow_roi=(0, 0, 1, 1), num_shadows_limit=(1, 1), shadow_dimension=4, shadow_intensity_range=(0.1, 0.25), p=0.35),
          A.RandomBrightnessContrast(brightness_limit=(-0.35, -0.2) if dark else (-0.1, 0.12), contrast_limit=(-0.15, 0.1), p=1),
          A.ISONoise(color_shift=(0.01, 0.04), intensity=(0.4, 0.8) if dark else (0.05, 0.3), p=1),
          A.MotionBlur(blur_limit=(5, 9) if dark else (3, 5), p=0.8 if dark else 0.3),
          A.ImageCompression(quality_range=(70, 92), p=1)]
    return comp(tf, r.randrange(1 << 30), img)


def gaopaiyi(page: np.ndarray, r: random.Random, *, small: bool) -> tuple[np.ndarray, list[str]]:
    """A document camera (高拍仪) frame: straight down on its mat, 4:3 or 16:9, exposure hunting,
    sometimes the page laid sideways."""
    marks = []
    if r.random() < 0.18:
        page = np.ascontiguousarray(np.rot90(page, r.choice((1, 3))))
        marks.append("rotated90")
    H, W = page.shape[:2]
    cw, ch = r.choice(((2592, 1944), (1920, 1080), (2048, 1536)))
    frac = r.uniform(0.4, 0.55) if small else r.uniform(0.85, 0.95)
    s = min(cw * frac / W, ch * frac / H)
    pg = cv2.resize(page, (int(W * s), int(H * s)), interpolation=cv2.INTER_AREA)
    canvas = ground(r, ch, cw, "mat")
    x, y = (cw - pg.shape[1]) // 2 + r.randint(-20, 20), (ch - pg.shape[0]) // 2 + r.randint(-15, 15)
    img = paste(canvas, pg, x, y, shadow=False)
    img = geometry(img, (x, y, pg.shape[1], pg.shape[0]), [A.Affine(rotate=(-3, 3), border_mode=REPL, p=1)], r)
    tf = [A.RandomBrightnessContrast(brightness_limit=(-0.05, 0.25), contrast_limit=(-0.2, 0.05), p=1),
          A.RandomGamma(gamma_limit=(70, 110), p=0.6),
          A.Downscale(scale_range=(0.6, 0.85), p=0.5),
          A.GaussNoise(std_range=(0.01, 0.03), p=1),
          A.ImageCompression(quality_range=(65, 88), p=1)]
    return comp(tf, r.randrange(1 << 30), img), marks


def flatbed(page: np.ndarray, r: random.Random) -> np.ndarray:
    return comp([A.Affine(rotate=(-1.2, 1.2), border_mode=CONST, fill=255, p=1),
                 A.RandomBrightnessContrast(brightness_limit=(-0.03, 0.05), contrast_limit=(0.0, 0.1), p=1),
                 A.GaussNoise(std_range=(0.005, 0.02), p=1)], r.randrange(1 << 30), page)


def adf(page: np.ndarray, r: random.Random) -> np.ndarray:
    """A sheet feeder: grey, skewed as it was pulled in, a dirty-glass streak down the page."""
    img = to_gray(page)
    img = comp([A.Affine(rotate=(-2.5, 2.5), shear=(-0.6, 0.6), border_mode=CONST, fill=255, p=1),
                A.RandomBrightnessContrast(brightness_limit=(0.0, 0.08), contrast_limit=(0.05, 0.2), p=1),
                A.Downscale(scale_range=(0.7, 0.9), p=0.5)], r.randrange(1 << 30), img)
    for _ in range(r.randint(1, 3)):
        x = r.randrange(img.shape[1] - 3)
        img[:, x:x + r.randint(1, 3)] = (img[:, x:x + 3].astype(np.float32)[:, :1] * r.uniform(0.5, 0.8)).astype(np.uint8)
    return img


def fax(page: np.ndarray, r: random.Random) -> np.ndarray:
    """1-bit: fax resolution (about 100–200 dpi), a global threshold with a little noise (numpy)."""
    g = to_gray(page)
    g = comp([A.Affine(rotate=(-1.5, 1.5), border_mode=CONST, fill=255, p=1),
              A.Downscale(scale_range=(0.55, 0.8), p=1), A.GaussNoise(std_range=(0.03, 0.07), p=1)], r.randrange(1 << 30), g)
    bw = (g[..., 0] > r.randint(135, 175)).astype(np.uint8) * 255
    return bw


def scanner_app(page: np.ndarray, r: random.Random) -> np.ndarray:
    """A scanner app's output: the page cropped flat from a photo, whitened, sharpened, slightly soft."""
    img = comp([A.Perspective(scale=(0.005, 0.015), border_mode=REPL, p=1),  # ... nearly flat
                A.GaussNoise(std_range=(0.01, 0.03), p=1), A.MotionBlur(blur_limit=(3, 3), p=0.5),
                A.CLAHE(clip_limit=(1, 2), p=0.5),
                A.RandomBrightnessContrast(brightness_limit=(0.0, 0.06), contrast_limit=(0.3, 0.5), p=1)],
               r.randrange(1 << 30), page)
    return img


def moire(img: np.ndarray, r: random.Random) -> np.ndarray:
    """A screen photographed: the sub-pixel grid beats with the sensor (numpy sinusoid)."""
    h, w = img.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    a = r.uniform(0.3, 1.2)
    f = r.uniform(0.25, 0.45)
    m = 1 + r.uniform(0.04, 0.09) * np.sin(f * (xx * np.cos(a) + yy * np.sin(a)))
    return np.clip(img * m[..., None], 0, 255).astype(np.uint8)


def phone_screen(r: random.Random, content: np.ndarray, top: str, dpi: float = 160) -> np.ndarray:
    """A phone's screen (1080 wide) showing `content` under a status bar and an app bar: a chat
    app's image viewer or a government app's licence page; the bars drawn with fpdf2."""
    sw, sh = 1080, r.choice((2340, 2400, 1920))
    w_mm, h_mm = sw / dpi * 25.4, sh / dpi * 25.4
    face = F.pick(r, ("noto_sans", "wqy_microhei", "droid"), [top])
    dark = top == ""
    scr = np.full((sh, sw, 3), 0 if dark else 245, np.uint8)
    ch, cw = content.shape[:2]
    s = min(sw / cw, (sh * 0.8) / ch)
    c = cv2.resize(content, (int(cw * s), int(ch * s)), interpolation=cv2.INTER_AREA)
    y = (sh - c.shape[0]) // 2 if dark else int(sh * 0.12)
    scr[y:y + c.shape[0], (sw - c.shape[1]) // 2:(sw - c.shape[1]) // 2 + c.shape[1]] = c

    def bars(d: Doc) -> None:
        col = (255, 255, 255) if dark else (20, 20, 20)
        d.text("liberation_sans", 9, 6, 5.5, f"{r.randint(8, 18)}:{r.randint(10, 59)}", col)
        d.pdf.set_draw_color(*col)
        d.pdf.rect(w_mm - 12, 2.6, 7, 3.2)
        if not dark:
            d.pdf.set_fill_color(246, 246, 246)
            d.text(face, 11, w_mm / 2 - len(top) * 11 * PT / 2, 15, top, (20, 20, 20))
            d.pdf.set_draw_color(200, 200, 200)
            d.pdf.line(0, 19, w_mm, 19)
        else:
            d.text(face, 8, w_mm - 18, h_mm - 6, "查看原图", (230, 230, 230))
    layer = ink(w_mm, h_mm, dpi, r, bars)
    layer = cv2.resize(layer, (sw, sh))
    return over(scr, layer)
