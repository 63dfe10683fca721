"""Family ZD's captures: what a 综合受理 window receives, made by GIMP 2.10 in batch mode (Script-Fu,
one GIMP process for many files): phones at angles on desks (perspective, lens distortion, hand shake,
defocus, seeded sensor noise, low light curves, multiply shadows), 高拍仪 frames, flatbed and feeder
scans, photocopies and copies of copies (newsprint halftone, levels), 1-bit faxes (threshold or dithered
indexed), scanner-app output, chat-app screenshots, photographed e-licence screens, printed e-licences,
folds (displace + shading) and plastic sleeves (screen-mode glare). Pillow only draws the shapes GIMP
composites (stamps, handwriting, sticky notes, watermarks) and writes the PDF wrappers.

GIMP's rgb/hsv noise plug-ins draw a new random seed every call, so noise here is a grey layer hurled by
plug-in-randomize-hurl with a fixed seed and grain-merged: the same file comes out the same bytes."""

from __future__ import annotations

import math
import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from benchmarks.docgen_zd import values as V

GIMPRC = "(export-color-profile no)\n(export-metadata-exif no)\n(export-metadata-xmp no)\n(export-metadata-iptc no)\n"

PRELUDE = r"""
(define (zd-rgb img) (if (not (= (car (gimp-image-base-type img)) RGB)) (gimp-image-convert-rgb img)))
(define (zd-gray img) (if (= (car (gimp-image-base-type img)) RGB) (gimp-image-convert-grayscale img)))
(define (zd-load f) (car (gimp-file-load RUN-NONINTERACTIVE f f)))
(define (zd-top img) (car (gimp-image-get-active-layer img)))
(define (zd-flat img) (gimp-context-set-background '(255 255 255)) (car (gimp-image-flatten img)))
(define (zd-layer img name mode opacity)
  (zd-rgb img)
  (let ((l (car (gimp-layer-new img (car (gimp-image-width img)) (car (gimp-image-height img)) RGBA-IMAGE name opacity mode))))
    (gimp-image-insert-layer img l 0 -1) (gimp-drawable-fill l FILL-TRANSPARENT) l))
(define (zd-overlay img f mode opacity x y)
  (zd-rgb img)
  (let ((l (car (gimp-file-load-layer RUN-NONINTERACTIVE img f))))
    (gimp-image-insert-layer img l 0 -1) (gimp-layer-set-mode l mode) (gimp-layer-set-opacity l opacity)
    (gimp-layer-set-offsets l x y) l))
(define (zd-noise img pct seed opacity)
  (zd-rgb img)
  (let ((l (car (gimp-layer-new img (car (gimp-image-width img)) (car (gimp-image-height img)) RGB-IMAGE "noise" opacity LAYER-MODE-GRAIN-MERGE))))
    (gimp-image-insert-layer img l 0 -1)
    (gimp-context-set-foreground '(128 128 128)) (gimp-drawable-fill l FILL-FOREGROUND)
    (plug-in-randomize-hurl RUN-NONINTERACTIVE img l pct 1 FALSE seed)
    (zd-flat img)))
(define (zd-blob img x y w h feather color mode opacity)
  (let ((l (zd-layer img "blob" mode opacity)))
    (gimp-image-select-ellipse img CHANNEL-OP-REPLACE x y w h)
    (if (> feather 0) (gimp-selection-feather img feather))
    (gimp-context-set-foreground color) (gimp-drawable-edit-fill l FILL-FOREGROUND)
    (gimp-selection-none img) l))
(define (zd-poly img pts feather color mode opacity)
  (let ((l (zd-layer img "poly" mode opacity)))
    (gimp-image-select-polygon img CHANNEL-OP-REPLACE (vector-length pts) pts)
    (if (> feather 0) (gimp-selection-feather img feather))
    (gimp-context-set-foreground color) (gimp-drawable-edit-fill l FILL-FOREGROUND)
    (gimp-selection-none img) l))
(define (zd-light img x1 y1 x2 y2 shape fg bg mode opacity)  ; no dither: GIMP dithers gradients at random
  (let ((l (zd-layer img "light" mode opacity)))
    (gimp-context-set-foreground fg) (gimp-context-set-background bg)
    (gimp-context-set-gradient "FG to BG (RGB)")
    (gimp-drawable-edit-gradient-fill l shape 0 FALSE 1 0 FALSE x1 y1 x2 y2)
    (gimp-context-set-background '(255 255 255)) l))
(define (zd-desk img color seed)
  (let ((d (car (gimp-layer-new img (car (gimp-image-width img)) (car (gimp-image-height img)) RGB-IMAGE "desk" 100 LAYER-MODE-NORMAL)))
        (t (car (gimp-layer-new img (car (gimp-image-width img)) (car (gimp-image-height img)) RGB-IMAGE "grain" 35 LAYER-MODE-OVERLAY))))
    (gimp-image-insert-layer img d 0 (car (gimp-image-get-item-position img (car (gimp-image-get-active-layer img)))))
    (gimp-image-lower-item-to-bottom img d)
    (gimp-context-set-foreground color) (gimp-drawable-fill d FILL-FOREGROUND)
    (gimp-image-insert-layer img t 0 1)
    (plug-in-solid-noise RUN-NONINTERACTIVE img t FALSE FALSE seed 3 6.0 1.2)
    d))
(define (zd-save img f fmt q)
  (let ((d (zd-flat img)))
    (cond ((string=? fmt "jpg") (file-jpeg-save RUN-NONINTERACTIVE img d f f q 0 0 0 "" 2 1 0 0))
          ((string=? fmt "png") (file-png-save RUN-NONINTERACTIVE img d f f 0 9 0 0 0 0 0))
          ((string=? fmt "webp") (file-webp-save RUN-NONINTERACTIVE img d f f 0 0 (* q 100) 100 0 0 0 0 0 0 0 0 0))
          ((string=? fmt "tif") (file-tiff-save RUN-NONINTERACTIVE img d f f 1))
          ((string=? fmt "tifg4") (file-tiff-save RUN-NONINTERACTIVE img d f f 6)))
    (gimp-image-delete img)))
"""

CAPTURES_DOC = {"flatbed": 13, "adf_gray": 6, "phone_desk": 18, "phone_lowlight": 5, "gaopaiyi": 11, "photocopy": 9,
                "copy_of_copy": 3, "fax": 5, "scanner_app": 7, "chat_screenshot": 7, "screen_photo": 4,
                "pdf_elicence": 4, "printed_elicence": 4, "folded_photo": 4, "sleeve_photo": 3}
CAPTURES_CARD = {"flatbed": 14, "phone_desk": 22, "phone_lowlight": 6, "gaopaiyi": 14, "photocopy": 12, "copy_of_copy": 3,
                 "fax": 4, "scanner_app": 8, "chat_screenshot": 9, "sleeve_photo": 4, "hand_held": 6}
DESKS = ((120, 84, 58), (185, 160, 128), (70, 70, 74), (215, 215, 210), (40, 48, 60), (150, 110, 80), (230, 228, 222))


def pick_capture(r: random.Random, card: bool) -> str:
    table = CAPTURES_CARD if card else CAPTURES_DOC
    return r.choices(list(table), list(table.values()))[0]


def margin_for(r: random.Random, capture: str, card: bool) -> float:
    """How much desk shows around the page in a photo, as a share of the page's width."""
    if card:
        return r.uniform(0.3, 0.7)
    if capture == "scanner_app":
        return r.uniform(0.02, 0.06)
    return r.uniform(0.15, 0.3) if capture == "gaopaiyi" else r.uniform(0.1, 0.3)


def out_long_for(r: random.Random, capture: str) -> int:
    return r.choice((900, 1080, 1280)) if capture == "chat_screenshot" else r.choice((1280, 1440, 1600, 1920))


def dpi_for(r: random.Random, capture: str, card: bool, w_mm: float, h_mm: float, margin: float, out_long: int) -> int:
    """The resolution the page is rasterised at: for photos, what the photo's frame gives the page (so
    nothing is drawn larger than it ends up); for scans, the scanner's setting."""
    long_mm = max(w_mm, h_mm)
    if capture in PHOTO_LIKE:
        factor = (1 + 2 * margin) * (1.25 if card else 1.0)
        return max(60, min(600, int(out_long * 25.4 / (long_mm * factor))))
    if card:
        return {"fax": r.choice((150, 200))}.get(capture, r.choice((150, 180, 220)))
    dpi = {"fax": r.choice((100, 120, 150)), "adf_gray": r.choice((150, 200)), "flatbed": r.choice((150, 200)),
           "pdf_elicence": 72}.get(capture, r.choice((130, 150, 170)))
    return min(dpi, int(2000 * 25.4 / long_mm))


def _font(key: str, size: int) -> ImageFont.FreeTypeFont:
    from benchmarks.docgen_zd import faces as F
    path, _, _, ps = F.FACES[key]
    index = 0
    if path.endswith(".ttc"):
        from fontTools.ttLib import TTCollection
        names = [str(f["name"].getDebugName(6)) for f in TTCollection(path, lazy=True).fonts]
        index = next(i for i, n in enumerate(names) if n.startswith(ps))
    return ImageFont.truetype(path, size, index=index)


def draw_seal(size: int, text: str, r: random.Random) -> Image.Image:
    """A company seal for the copy (red ring, name round the rim, star), drawn as a shape to composite."""
    im = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    red = (r.randint(190, 230), r.randint(20, 60), r.randint(30, 60), r.randint(170, 230))
    d.ellipse((4, 4, size - 4, size - 4), outline=red, width=max(3, size // 28))
    font = _font(r.choice(("FandolSong", "NotoSansSC", "FandolHei")), max(10, size // 8))
    n = len(text)
    span = min(250, 24 * n)
    for i, ch in enumerate(text):
        a = 90 + span / 2 - span * (i + 0.5) / n
        g = Image.new("RGBA", (size // 6, size // 6), (0, 0, 0, 0))
        ImageDraw.Draw(g).text((size // 12, size // 12), ch, font=font, fill=red, anchor="mm")
        g = g.rotate(a - 90, resample=Image.BICUBIC)
        cx = size / 2 + size * 0.36 * math.cos(math.radians(a))
        cy = size / 2 - size * 0.36 * math.sin(math.radians(a))
        im.alpha_composite(g, (int(cx - g.width / 2), int(cy - g.height / 2)))
    pts = []
    for k in range(10):
        rad = size * (0.13 if k % 2 == 0 else 0.05)
        ang = math.radians(90 + 36 * k)
        pts.append((size / 2 + rad * math.cos(ang), size / 2 - rad * math.sin(ang)))
    d.polygon(pts, fill=red)
    return im


def draw_hand(text_lines: list[str], size: int, r: random.Random, ink=None) -> Image.Image:
    """Handwriting (a 楷 face, jittered baseline) for 复印件与原件一致 notes and sticky notes."""
    font = _font(r.choice(("LXGWWenKai", "ARPLUKai", "FandolKai")), size)
    ink = ink or r.choice(((20, 30, 120, 230), (25, 25, 25, 230), (30, 60, 160, 220)))
    w = max(len(t) for t in text_lines) * size + size
    im = Image.new("RGBA", (w, int(len(text_lines) * size * 1.5 + size)), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    for j, t in enumerate(text_lines):
        x = size // 2
        for ch in t:
            d.text((x, size // 3 + j * size * 1.5 + r.uniform(-size * .08, size * .08)), ch, font=font, fill=ink)
            x += int(size * r.uniform(.88, 1.02))
    return im.rotate(r.uniform(-6, 6), expand=True, resample=Image.BICUBIC)


def draw_signature(w: int, h: int, r: random.Random) -> Image.Image:
    im = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    pts = [(w * 0.05, h * 0.6)]
    for k in range(1, 14):
        pts.append((w * (0.05 + 0.9 * k / 13), h * (0.5 + 0.35 * math.sin(k * r.uniform(1.2, 2.4)))))
    d.line(pts, fill=(20, 30, 110, 230), width=max(2, h // 14), joint="curve")
    return im


def draw_watermark(W: int, H: int, text: str, r: random.Random) -> Image.Image:
    im = Image.new("RGBA", (W * 2, H * 2), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    size = max(14, W // 22)
    font = _font(r.choice(("NotoSansSC", "FandolHei", "WQYMicroHei")), size)
    col = r.choice(((120, 120, 120, 110), (200, 40, 40, 90), (40, 80, 200, 90)))
    step_y = int(size * r.uniform(3.5, 6))
    for y in range(0, H * 2, step_y):
        d.text((((y // step_y) % 2) * size * 3, y), ("　　" + text) * 4, font=font, fill=col)
    im = im.rotate(r.uniform(20, 40), resample=Image.BICUBIC)
    return im.crop((W // 2, H // 2, W // 2 + W, H // 2 + H))


def draw_sticky(size: int, r: random.Random) -> Image.Image:
    note = Image.new("RGBA", (size, size), (250, 235, 120, 255))
    hand = draw_hand([r.choice(("请核对", "原件已验", "加急", "复印2份", "待补材料"))], max(12, size // 6), r)
    note.alpha_composite(hand.crop((0, 0, min(hand.width, size), min(hand.height, size))), (size // 10, size // 4))
    return note.rotate(r.uniform(-8, 8), expand=True, resample=Image.BICUBIC)


def overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> float:
    """Share of box `a` (x, y, w, h) covered by box `b`."""
    ix = max(0.0, min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0]))
    iy = max(0.0, min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1]))
    return ix * iy / max(a[2] * a[3], 1e-6)


def s(v: float) -> str:
    return f"{v:.2f}"


def vec(pts: list[float]) -> str:
    return "#(" + " ".join(s(p) for p in pts) + ")"


class Job:
    """One file's capture: the Script-Fu for it, the overlays it composites, and what it hides."""

    def __init__(self, r: random.Random, page_png: Path, W: int, H: int, boxes: dict[str, tuple], capture: str,
                 kind: str, out: Path, fmt: str, work: Path, tag: str):
        self.r, self.page, self.W, self.H, self.boxes = r, page_png, W, H, boxes
        self.capture, self.kind, self.out, self.fmt, self.work, self.tag = capture, kind, out, fmt, work, tag
        self.marks: list[str] = []
        self.hidden: set[str] = set()
        self.code: list[str] = []
        self.margin, self.out_long = 0.2, 1600
        self.gimp_out = out if fmt in ("jpg", "png", "webp", "tif", "tifg4") else out.with_suffix(".gimp.png")

    def hide_where(self, rect: tuple[float, float, float, float], share: float = 0.08) -> None:
        for key, b in self.boxes.items():
            if overlap(b, rect) > share:
                self.hidden.add(key)

    def overlay(self, im: Image.Image, x: int, y: int, mode: str = "LAYER-MODE-NORMAL", opacity: float = 100) -> None:
        f = self.work / f"{self.tag}_ov{len(self.code)}.png"
        im.save(f)
        self.code.append(f'(zd-overlay img "{f}" {mode} {s(opacity)} {x} {y})')

    def free_spot(self, w: int, h: int, tries: int = 30) -> tuple[int, int] | None:
        """A place on the page for a note or stamp that covers no value."""
        for _ in range(tries):
            x = self.r.randint(0, max(0, self.W - w))
            y = self.r.randint(0, max(0, self.H - h))
            if all(overlap(b, (x, y, w, h)) == 0 and overlap((x, y, w, h), b) == 0 for b in self.boxes.values()):
                return x, y
        return None


PHOTO_LIKE = {"phone_desk", "phone_lowlight", "folded_photo", "sleeve_photo", "hand_held", "screen_photo", "chat_screenshot", "scanner_app", "gaopaiyi"}


def page_marks(job: Job) -> None:
    """Marks made on the paper before it is captured (page coordinates)."""
    r, W, H = job.r, job.W, job.H
    copyish = job.capture in ("photocopy", "copy_of_copy", "fax", "flatbed", "adf_gray")
    if copyish and r.random() < 0.45:
        note = draw_hand(["复印件与原件一致"], max(16, W // 26), r)
        sig = draw_signature(note.width // 2, note.height, r)
        spot = job.free_spot(note.width, note.height + sig.height)
        if spot:
            job.overlay(note, *spot, "LAYER-MODE-MULTIPLY")
            job.overlay(sig, spot[0] + note.width // 4, spot[1] + note.height, "LAYER-MODE-MULTIPLY")
            job.marks.append("certified_copy")
    if job.kind != "other" and r.random() < (0.3 if copyish else 0.1):
        size = int(min(W, H) * r.uniform(0.16, 0.26))
        seal = draw_seal(size, f"{r.choice(V.ZIHAO)}{r.choice(('商贸', '科技', '餐饮'))}有限公司", r)
        job.overlay(seal, r.randint(0, W - size), r.randint(0, H - size), "LAYER-MODE-MULTIPLY", r.uniform(70, 95))
        job.marks.append("company_seal")
    if r.random() < 0.14:
        purpose = r.choice(("办理营业执照变更", "办理食品经营许可", "银行开户", "办理社保登记", "综合窗口受理", "办理税务登记"))
        job.overlay(draw_watermark(W, H, f"仅供{purpose}使用", r), 0, 0, "LAYER-MODE-NORMAL", r.uniform(60, 100))
        job.marks.append("watermark")
    if job.boxes and r.random() < 0.06:
        key = r.choice(sorted(job.boxes))
        b = job.boxes[key]
        hl = Image.new("RGBA", (int(b[2] * 0.8) + 8, int(b[3]) + 6), (250, 240, 60, 255))
        job.overlay(hl, int(b[0]) - 4, int(b[1]) - 3, "LAYER-MODE-MULTIPLY", 70)
        job.marks.append("highlighter")
    if r.random() < 0.06:
        size = int(min(W, H) * r.uniform(0.14, 0.22))
        note = draw_sticky(size, r)
        x, y = r.randint(0, max(0, W - note.width)), r.randint(0, max(0, H - note.height))
        job.overlay(note, x, y)
        job.hide_where((x + note.width * .1, y + note.height * .1, note.width * .8, note.height * .8), 0.05)
        job.marks.append("sticky_note")


def glare(job: Job, strength: float) -> None:
    r, W, H = job.r, job.W, job.H
    w, h = W * r.uniform(0.18, 0.4), H * r.uniform(0.1, 0.25)
    x, y = r.uniform(0, W - w), r.uniform(0, H - h)
    job.code.append(f"(zd-blob img {s(x)} {s(y)} {s(w)} {s(h)} {s(min(w, h) * 0.2)} '(255 255 250) LAYER-MODE-SCREEN {s(strength)})")
    job.code.append(f"(zd-blob img {s(x + w * .25)} {s(y + h * .25)} {s(w * .5)} {s(h * .5)} {s(min(w, h) * 0.15)} '(255 255 255) LAYER-MODE-NORMAL {s(strength * .9)})")
    if strength > 70:
        job.hide_where((x + w * .25, y + h * .25, w * .5, h * .5), 0.12)
    job.marks.append("glare")


def build(job: Job) -> str:
    """The Script-Fu for one file."""
    r, c = job.r, job.capture
    # every file starts from GIMP's default context (one file's interpolation or colours never leak into the next)
    code = ["(gimp-context-set-defaults)", f'(let* ((img (zd-load "{job.page}")) (pg (zd-top img)) (d pg))', "(zd-rgb img)"]
    card = job.kind in ("id_card_front", "id_card_back")
    # an ID card copied or scanned lies on a sheet: the sheet is the page from here on
    if card and c in ("photocopy", "copy_of_copy", "fax", "flatbed") and r.random() < 0.8:
        SW, SH = int(job.W * r.uniform(2.3, 2.5)), int(job.W * r.uniform(3.2, 3.5))
        ox, oy = int(r.uniform(0.15, 0.6) * (SW - job.W)), int(r.uniform(0.05, 0.45) * (SH - job.H))
        code.append(f"(gimp-image-resize img {SW} {SH} {ox} {oy})")
        code.append("(gimp-layer-resize-to-image-size pg)")
        job.boxes = {k: (b[0] + ox, b[1] + oy, b[2], b[3]) for k, b in job.boxes.items()}
        job.W, job.H = SW, SH
        job.marks.append("card_on_sheet")
    if c == "folded_photo":
        vertical = r.random() < 0.5
        pos = r.uniform(0.35, 0.65)
        x1, y1 = (job.W * pos, 0) if vertical else (0, job.H * pos)
        x2, y2 = (job.W * pos + job.W * 0.3, 0) if vertical else (0, job.H * pos + job.H * 0.3)
        code.append(f"(let ((m (zd-layer img \"map\" LAYER-MODE-NORMAL 100))) (zd-light img 0 0 1 1 GRADIENT-LINEAR '(128 128 128) '(128 128 128) LAYER-MODE-NORMAL 0)"
                    f" (gimp-context-set-foreground '(128 128 128)) (gimp-context-set-background '(255 255 255)) (gimp-context-set-gradient \"FG to BG (RGB)\")"
                    f" (gimp-drawable-edit-gradient-fill m GRADIENT-BILINEAR 0 FALSE 1 0 FALSE {s(x1)} {s(y1)} {s(x2)} {s(y2)})"
                    f" (plug-in-displace RUN-NONINTERACTIVE img pg {s(0 if vertical else 0)} {s(r.uniform(6, 14))} FALSE TRUE m m 1)"
                    f" (gimp-image-remove-layer img m))")
        sx, sy = (job.W * pos - 20, 0) if vertical else (0, job.H * pos - 20)
        sw, sh = (40, job.H) if vertical else (job.W, 40)
        code.append(f"(zd-blob img {s(sx)} {s(sy)} {s(sw)} {s(sh)} 30 '(150 150 150) LAYER-MODE-MULTIPLY 60)")
        job.marks.append("fold")
    page_marks(job)
    code += job.code
    job.code = []
    if c in ("sleeve_photo", "screen_photo") or (c in ("phone_desk", "hand_held", "gaopaiyi") and r.random() < 0.18):
        if c == "sleeve_photo":
            code.append(f"(zd-light img 0 0 {job.W} {job.H} GRADIENT-LINEAR '(235 240 245) '(180 185 190) LAYER-MODE-SCREEN {s(r.uniform(15, 30))})")
            job.marks.append("sleeve")
        glare(job, r.uniform(55, 98))
        code += job.code
        job.code = []
    if c == "hand_held":
        fw, fh = job.W * r.uniform(0.12, 0.18), job.H * r.uniform(0.35, 0.5)
        fx = r.choice((-fw * 0.4, job.W - fw * 0.6))
        fy = r.uniform(0.2, 0.7) * job.H
        code.append(f"(zd-blob img {s(fx)} {s(fy)} {s(fw)} {s(fh)} 6 '({r.randint(200, 235)} {r.randint(160, 190)} {r.randint(130, 160)}) LAYER-MODE-NORMAL 100)")
        job.hide_where((fx, fy, fw, fh), 0.05)
        job.marks.append("finger")
    cut = None
    if c in ("phone_desk", "phone_lowlight", "hand_held", "chat_screenshot") and r.random() < 0.1:
        side = r.choice(("bottom", "right", "top"))
        frac = r.uniform(0.05, 0.14)
        if side == "bottom":
            cut = (0, job.H * (1 - frac), job.W, job.H * frac)
            code.append(f"(gimp-image-crop img {job.W} {int(job.H * (1 - frac))} 0 0)")
        elif side == "top":
            cut = (0, 0, job.W, job.H * frac)
            code.append(f"(gimp-image-crop img {job.W} {int(job.H * (1 - frac))} 0 {int(job.H * frac)})")
        else:
            cut = (job.W * (1 - frac), 0, job.W * frac, job.H)
            code.append(f"(gimp-image-crop img {int(job.W * (1 - frac))} {job.H} 0 0)")
        job.hide_where(cut, 0.02)
        job.marks.append("cut_off")
    code.append("(set! pg (zd-flat img))")
    if c == "screen_photo":
        bez = int(job.W * 0.06)
        code.append(f"(gimp-image-resize img {job.W + 2 * bez} {job.H + 5 * bez} {bez} {int(2.5 * bez)})")
        code.append("(let ((b (car (gimp-layer-new img (car (gimp-image-width img)) (car (gimp-image-height img)) RGB-IMAGE \"bezel\" 100 LAYER-MODE-NORMAL))))"
                    " (gimp-image-insert-layer img b 0 1) (gimp-context-set-foreground '(12 12 14)) (gimp-drawable-fill b FILL-FOREGROUND))")
        lines = Image.new("RGBA", (job.W + 2 * bez, job.H + 5 * bez), (0, 0, 0, 0))
        dl = ImageDraw.Draw(lines)
        step = r.choice((3, 4, 5))
        for yy in range(0, lines.height, step):
            dl.line((0, yy, lines.width, yy), fill=(40, 40, 60, 255))
        job.overlay(lines, 0, 0, "LAYER-MODE-MULTIPLY", r.uniform(8, 18))
        code += job.code
        job.code = []
        code.append("(set! pg (zd-flat img))")
        job.W, job.H = job.W + 2 * bez, job.H + 5 * bez
    if c in PHOTO_LIKE:
        code += photo(job)
    elif c in ("flatbed", "adf_gray", "printed_elicence"):
        code += scan(job)
    elif c in ("photocopy", "copy_of_copy"):
        code += copy(job, 2 if c == "copy_of_copy" else 1)
    elif c == "fax":
        code += fax(job)
    if c == "chat_screenshot":
        code += chat(job)
    q = {"chat_screenshot": r.uniform(0.5, 0.72), "phone_lowlight": r.uniform(0.55, 0.8)}.get(c, r.uniform(0.7, 0.92))
    fmt = job.fmt if job.fmt in ("jpg", "png", "webp", "tif", "tifg4") else "png"
    code.append(f'(zd-save img "{job.gimp_out}" "{fmt}" {s(q)})')
    code.append(")")
    return "\n".join(code)


def photo(job: Job) -> list[str]:
    r, c, W, H = job.r, job.capture, job.W, job.H
    card = job.kind in ("id_card_front", "id_card_back")
    margin = job.margin
    CW, CH = int(W * (1 + 2 * margin)), int(H * (1 + 2 * margin * (W / H if card else 0.8)))
    if card and r.random() < 0.5:  # a phone held upright over a landscape card
        CH = max(CH, int(CW * 4 / 3))
    ox, oy = (CW - W) / 2, (CH - H) / 2
    tilt = 0.0 if c in ("gaopaiyi", "scanner_app") else r.uniform(0.0, 0.12)
    rot = math.radians(r.uniform(-8, 8) if c != "scanner_app" else r.uniform(-1.5, 1.5))
    j = (lambda: r.uniform(-0.02, 0.02) * W) if c not in ("gaopaiyi", "scanner_app") else (lambda: r.uniform(-0.005, 0.005) * W)
    pts = [(ox + W * tilt / 2, oy), (ox + W - W * tilt / 2, oy), (ox, oy + H), (ox + W, oy + H)]
    if r.random() < 0.5:  # tilted the other way: near edge at the top
        pts = [(ox, oy), (ox + W, oy), (ox + W * tilt / 2, oy + H), (ox + W - W * tilt / 2, oy + H)]
    cx, cy = CW / 2, CH / 2
    pts = [(cx + (x - cx) * math.cos(rot) - (y - cy) * math.sin(rot) + j(), cy + (x - cx) * math.sin(rot) + (y - cy) * math.cos(rot) + j())
           for x, y in pts]
    flat = [v for p in pts for v in p]
    desk = r.choice(DESKS) if c != "gaopaiyi" else r.choice(((30, 30, 32), (60, 60, 62), (200, 200, 196)))
    out = ["(gimp-layer-add-alpha pg)",
           f"(gimp-image-resize img {CW} {CH} {int(ox)} {int(oy)})",
           "(gimp-context-set-interpolation INTERPOLATION-LINEAR)",
           "(gimp-context-set-transform-resize TRANSFORM-RESIZE-ADJUST)",
           f"(set! pg (car (gimp-item-transform-perspective pg {' '.join(s(v) for v in flat)})))",
           f"(let ((sh (zd-poly img {vec([p + 9 for p in [flat[0], flat[1], flat[2], flat[3], flat[6], flat[7], flat[4], flat[5]]])} {s(W * 0.008)} '(0 0 0) LAYER-MODE-NORMAL 45)))"
           " (gimp-image-lower-item img sh))",
           f"(let ((dk (car (gimp-layer-new img {CW} {CH} RGB-IMAGE \"desk\" 100 LAYER-MODE-NORMAL))))"
           f" (gimp-image-insert-layer img dk 0 -1) (gimp-image-lower-item-to-bottom img dk)"
           f" (gimp-context-set-foreground '{tuple(desk)}) (gimp-drawable-fill dk FILL-FOREGROUND)".replace(",", ""),
           ")",  # the desk's grain is the sensor noise laid over the whole frame below
           "(set! d (zd-flat img))"]
    # light: uneven (linear or radial falloff), a shadow of the phone or the clerk's hand
    if c == "gaopaiyi":
        out.append(f"(zd-light img {CW / 2} {CH / 2} {CW * .75} {CH * .75} GRADIENT-RADIAL '(255 255 255) '({r.randint(150, 200)} {r.randint(150, 200)} {r.randint(150, 200)}) LAYER-MODE-MULTIPLY 80)")
        job.marks.append("vignette")
    else:
        out.append(f"(zd-light img {s(r.uniform(0, CW))} 0 {s(r.uniform(0, CW))} {CH} GRADIENT-LINEAR '(255 255 250) '({r.randint(150, 215)} {r.randint(150, 210)} {r.randint(140, 200)}) LAYER-MODE-MULTIPLY {s(r.uniform(40, 90))})")
    if c in ("phone_desk", "phone_lowlight") and r.random() < 0.35:
        x0 = r.uniform(0.3, 0.8) * CW
        out.append(f"(zd-poly img {vec([x0, 0, CW, 0, CW, CH * r.uniform(.3, .7), x0 + CW * .2, CH * r.uniform(.2, .5)])} {s(CW * .02)} '(40 40 50) LAYER-MODE-MULTIPLY {s(r.uniform(25, 50))})")
        job.marks.append("shadow")
    out.append("(set! d (zd-flat img))")
    if c == "gaopaiyi" or r.random() < 0.3:
        out.append(f"(plug-in-lens-distortion RUN-NONINTERACTIVE img d 0 0 {s(r.uniform(-12, 18))} {s(r.uniform(-5, 5))} 0 {s(r.uniform(-8, 4))})")
    if c == "phone_lowlight":
        g = r.uniform(0.35, 0.6)
        out.append(f"(gimp-drawable-curves-spline d HISTOGRAM-VALUE 6 #(0.0 0.0 0.5 {s(g * 0.5)} 1.0 {s(g + 0.2)}))")
        out.append(f"(plug-in-mblur RUN-NONINTERACTIVE img d 0 {r.randint(3, 9)} {r.randint(0, 179)} 0 0)")
        out.append(f"(set! d (zd-noise img {r.randint(25, 50)} {r.randint(1, 10**6)} {r.randint(35, 60)}))")
    else:
        if r.random() < 0.25:
            out.append(f"(plug-in-mblur RUN-NONINTERACTIVE img d 0 {r.randint(2, 6)} {r.randint(0, 179)} 0 0)")
            job.marks.append("motion_blur")
        if r.random() < 0.5:
            out.append(f"(plug-in-gauss RUN-NONINTERACTIVE img d {s(r.uniform(0.6, 2.2))} {s(r.uniform(0.6, 2.2))} 1)")
        out.append(f"(set! d (zd-noise img {r.randint(8, 25)} {r.randint(1, 10**6)} {r.randint(15, 35)}))")
        if c == "gaopaiyi":
            lo, hi = r.choice(((0.0, 0.8), (0.1, 1.0), (0.05, 0.9)))
            out.append(f"(gimp-drawable-levels d HISTOGRAM-VALUE {s(lo)} {s(hi)} TRUE {s(r.uniform(0.8, 1.25))} 0.0 1.0 TRUE)")
    if c == "scanner_app":
        out.append(f"(gimp-drawable-levels d HISTOGRAM-VALUE {s(r.uniform(0.05, 0.2))} {s(r.uniform(0.6, 0.8))} TRUE 1.0 0.0 1.0 TRUE)")
        out.append("(plug-in-unsharp-mask RUN-NONINTERACTIVE img d 2.0 0.8 0)")
        if r.random() < 0.4:
            out.append("(zd-gray img)")
            job.marks.append("app_bw")
    k = job.out_long / max(CW, CH)
    if k < 0.9:
        out.append(f"(gimp-image-scale img {int(CW * k)} {int(CH * k)})")
    return out


def scan(job: Job) -> list[str]:
    r, c = job.r, job.capture
    out = ["(gimp-layer-add-alpha pg)", "(gimp-context-set-interpolation INTERPOLATION-LINEAR)",
           "(gimp-context-set-transform-resize TRANSFORM-RESIZE-ADJUST)",
           f"(set! pg (car (gimp-item-transform-rotate pg {s(math.radians(r.uniform(-2.5, 2.5)))} TRUE 0 0)))",
           "(gimp-image-resize-to-layers img)", "(set! d (zd-flat img))"]
    if c == "adf_gray" or c == "printed_elicence" or r.random() < 0.3:
        out.append("(zd-gray img)")
    if c == "printed_elicence":
        out.append(f"(gimp-drawable-levels d HISTOGRAM-VALUE 0.0 1.0 TRUE 1.0 {s(r.uniform(0.08, 0.2))} 1.0 TRUE)")
        out.append(f"(plug-in-randomize-hurl RUN-NONINTERACTIVE img d {r.randint(1, 3)} 1 FALSE {r.randint(1, 10**6)})")
    out.append(f"(gimp-drawable-levels d HISTOGRAM-VALUE {s(r.uniform(0, 0.08))} {s(r.uniform(0.85, 0.97))} TRUE {s(r.uniform(0.85, 1.15))} 0.0 1.0 TRUE)")
    if c == "adf_gray" and r.random() < 0.5:
        x = r.uniform(0.1, 0.9) * job.W
        out.append(f"(zd-poly img {vec([x, 0, x + 3, 0, x + 3, job.H * 3, x, job.H * 3])} 1 '(90 90 90) LAYER-MODE-MULTIPLY 60)")
        out.append("(set! d (zd-flat img))")
        job.marks.append("feeder_streak")
    out.append(f"(set! d (zd-noise img {r.randint(3, 10)} {r.randint(1, 10**6)} 12))")
    return out


def copy(job: Job, generations: int) -> list[str]:
    r = job.r
    out = ["(zd-gray img)", "(set! d (zd-flat img))"]
    for _ in range(generations):
        out += ["(gimp-layer-add-alpha d)", "(gimp-context-set-transform-resize TRANSFORM-RESIZE-ADJUST)",
                f"(set! d (car (gimp-item-transform-rotate d {s(math.radians(r.uniform(-1.8, 1.8)))} TRUE 0 0)))",
                "(gimp-image-resize-to-layers img)", "(set! d (zd-flat img))",
                f"(gimp-drawable-levels d HISTOGRAM-VALUE {s(r.uniform(0.05, 0.25))} {s(r.uniform(0.65, 0.88))} TRUE {s(r.uniform(0.7, 1.1))} 0.0 1.0 TRUE)",
                f"(plug-in-gauss RUN-NONINTERACTIVE img d {s(r.uniform(0.5, 1.4))} {s(r.uniform(0.5, 1.4))} 1)",
                f"(plug-in-randomize-hurl RUN-NONINTERACTIVE img d {r.randint(1, 4)} 1 FALSE {r.randint(1, 10**6)})"]
        if r.random() < 0.25:
            out.append(f"(zd-light img 0 0 {job.W} 0 GRADIENT-LINEAR '(120 120 120) '(255 255 255) LAYER-MODE-MULTIPLY {s(r.uniform(30, 70))})")
            out.append("(set! d (zd-flat img))")
    if r.random() < 0.3:
        out.append("(zd-rgb img)")
        out.append(f"(plug-in-newsprint RUN-NONINTERACTIVE img d {r.randint(2, 4)} 0 0 {r.randint(15, 75)} 0 15 0 75 0 0 0 {r.randint(1, 3)})")
        job.marks.append("halftone")
    if generations > 1:
        job.marks.append("second_generation")
    return out


def fax(job: Job) -> list[str]:
    r = job.r
    out = ["(zd-gray img)", "(set! d (zd-flat img))",
           f"(set! d (car (gimp-item-transform-rotate d {s(math.radians(r.uniform(-1.5, 1.5)))} TRUE 0 0)))",
           "(gimp-image-resize-to-layers img)", "(set! d (zd-flat img))"]
    if r.random() < 0.35:  # standard (not fine) fax resolution: half the lines
        out.append(f"(gimp-image-scale img {job.W} {job.H // 2})")
        out.append(f"(gimp-image-scale img {job.W} {job.H})")
        job.marks.append("fax_standard")
    if r.random() < 0.5:
        out.append(f"(gimp-drawable-threshold d HISTOGRAM-VALUE {s(r.uniform(0.45, 0.72))} 1.0)")
        out.append('(gimp-image-convert-indexed img CONVERT-DITHER-NONE CONVERT-PALETTE-MONO 2 FALSE FALSE "")')
        job.marks.append("threshold")
    else:
        out.append(f'(gimp-image-convert-indexed img {r.choice(("CONVERT-DITHER-FS", "CONVERT-DITHER-FS-LOWBLEED", "CONVERT-DITHER-FIXED"))} CONVERT-PALETTE-MONO 2 FALSE FALSE "")')
        job.marks.append("dither")
    return out


def chat(job: Job) -> list[str]:
    """The photo, forwarded and opened in a chat app's viewer, screenshotted: a phone screen around it."""
    r = job.r
    SW, SH = 1080, r.choice((2340, 2400, 1920))
    bar = Image.new("RGBA", (SW, SH), (0, 0, 0, 0))
    d = ImageDraw.Draw(bar)
    d.rectangle((0, 0, SW, 90), fill=(20, 20, 20, 255))
    d.rectangle((0, SH - 150, SW, SH), fill=(20, 20, 20, 255))
    font = _font("NotoSansSC", 38)
    d.text((40, 22), f"{r.randint(8, 20)}:{r.randint(0, 59):02d}", font=font, fill=(240, 240, 240, 255))
    d.text((SW - 150, 22), f"{r.randint(20, 99)}%", font=font, fill=(240, 240, 240, 255))
    for k, label in enumerate(("转发", "收藏", "保存", "编辑")):
        d.text((90 + k * 250, SH - 110), label, font=font, fill=(230, 230, 230, 255))
    f = job.work / f"{job.tag}_chat.png"
    bar.save(f)
    job.marks.append("chat_viewer")
    return ["(set! d (zd-flat img))",
            f"(let* ((w (car (gimp-image-width img))) (h (car (gimp-image-height img))) (k (min (/ {SW} w) (/ {SH - 260} h))))"
            f" (gimp-image-scale img (* k w) (* k h))"
            f" (gimp-image-resize img {SW} {SH} (/ (- {SW} (* k w)) 2) (/ (- {SH} (* k h)) 2)))",
            f"(let ((b (car (gimp-layer-new img {SW} {SH} RGB-IMAGE \"screen\" 100 LAYER-MODE-NORMAL))))"
            " (gimp-image-insert-layer img b 0 1) (gimp-context-set-foreground '(0 0 0)) (gimp-drawable-fill b FILL-FOREGROUND))",
            f'(zd-overlay img "{f}" LAYER-MODE-NORMAL 100 0 0)']
