"""Drawing primitives for family-C pages: justified labels, wrapping values, seals, QR codes,
guilloche backgrounds and hand-written marks, recording where each field's value is printed.

A `Page` keeps, per ground-truth field, the boxes its value occupies (page pixels), so the capture
step can tell whether glare or the frame really hides a value (`unreadable` in the truth).
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from benchmarks.docgen_c.fonts import face

Box = tuple[float, float, float, float]


@dataclass
class Page:
    img: Image.Image
    kind: str
    truth: dict[str, str] = field(default_factory=dict)
    boxes: dict[str, list[Box]] = field(default_factory=dict)
    variant: str = ""

    @property
    def draw(self) -> ImageDraw.ImageDraw:
        return ImageDraw.Draw(self.img)

    def record(self, key: str | None, box: Box) -> None:
        if key:
            self.boxes.setdefault(key, []).append(box)

    # -- text -------------------------------------------------------------------------------
    def text(self, x: float, y: float, s: str, font: ImageFont.FreeTypeFont, fill=(20, 20, 20),
             key: str | None = None, tracking: float = 0.0) -> Box:
        """Draw `s` with its top-left at (x, y); `tracking` adds space between characters."""
        d = self.draw
        if not s:
            return (x, y, x, y)
        if tracking == 0:
            d.text((x, y), s, font=font, fill=fill)
            x1 = x + font.getlength(s)
        else:
            cx = x
            for ch in s:
                d.text((cx, y), ch, font=font, fill=fill)
                cx += font.getlength(ch) + tracking
            x1 = cx - tracking
        box = (x, y, x1, y + font.size * 1.1)
        self.record(key, box)
        return box

    def justified(self, x: float, y: float, label: str, font: ImageFont.FreeTypeFont, width: float,
                  fill=(20, 20, 20)) -> float:
        """The national template's label: characters spread across a fixed column (`名　　　称`)."""
        chars = list(label)
        if len(chars) == 1:
            self.text(x, y, label, font, fill)
            return x + width
        used = sum(font.getlength(c) for c in chars)
        gap = max(0.0, (width - used) / (len(chars) - 1))
        cx = x
        for c in chars:
            self.draw.text((cx, y), c, font=font, fill=fill)
            cx += font.getlength(c) + gap
        return x + width

    def wrapped(self, x: float, y: float, s: str, font: ImageFont.FreeTypeFont, max_w: float,
                line_h: float, fill=(20, 20, 20), key: str | None = None, first_x: float | None = None,
                first_w: float | None = None, max_lines: int = 99) -> float:
        """Character-level wrap (a number may break mid-way, as printers do); returns the next y."""
        lines = wrap_lines(s, font, max_w, first_w)
        for i, line in enumerate(lines[:max_lines]):
            lx = first_x if (i == 0 and first_x is not None) else x
            self.text(lx, y, line, font, fill, key)
            y += line_h
        return y


def wrap_lines(s: str, font: ImageFont.FreeTypeFont, max_w: float, first_w: float | None = None) -> list[str]:
    lines, cur, w = [], "", first_w if first_w is not None else max_w
    for ch in s:
        if cur and font.getlength(cur + ch) > w:
            if ch in "，。；、）)：" and font.getlength(cur + ch) < w + font.size:  # no line starts with punctuation
                cur += ch
                continue
            lines.append(cur)
            cur, w = ch, max_w
        else:
            cur += ch
    if cur:
        lines.append(cur)
    return lines


# -- backgrounds and ornaments ------------------------------------------------------------------
def paper(w: int, h: int, r: random.Random, tint=(250, 247, 238), noise: float = 3.0) -> Image.Image:
    rng = np.random.default_rng(r.randrange(1 << 30))
    base = np.empty((h, w, 3), np.float32)
    base[:] = tint
    base += rng.normal(0, noise, (h, w, 1)).astype(np.float32)
    return Image.fromarray(np.clip(base, 0, 255).astype(np.uint8))


def guilloche(img: Image.Image, r: random.Random, color=(225, 205, 180), box: Box | None = None,
              n: int = 18, width: int = 1) -> None:
    """Fine interlaced sine curves, the anti-counterfeit background of certificates and cards."""
    d = ImageDraw.Draw(img)
    x0, y0, x1, y1 = box or (0, 0, img.width, img.height)
    for i in range(n):
        amp = (y1 - y0) * r.uniform(0.03, 0.12)
        per = (x1 - x0) / r.uniform(1.5, 6)
        ph = r.uniform(0, 6.28)
        base = y0 + (y1 - y0) * (i + 0.5) / n
        pts = [(x, base + amp * math.sin(ph + (x - x0) / per * 6.283)) for x in np.linspace(x0, x1, 160)]
        d.line(pts, fill=color, width=width)


def frame_border(img: Image.Image, r: random.Random, margin: int, color=(176, 132, 70), thick: int = 14) -> None:
    """The licence's patterned frame: a band of small repeated lozenges between two rules."""
    d = ImageDraw.Draw(img)
    w, h = img.size
    d.rectangle((margin, margin, w - margin, h - margin), outline=color, width=3)
    m2 = margin + thick
    d.rectangle((m2, m2, w - m2, h - m2), outline=color, width=2)
    step = thick * 1.4
    mid = margin + thick / 2
    for x in np.arange(margin + step, w - margin - step, step):
        for y in (mid, h - mid):
            d.polygon([(x, y - thick / 3), (x + thick / 3, y), (x, y + thick / 3), (x - thick / 3, y)], outline=color)
    for y in np.arange(margin + step, h - margin - step, step):
        for x in (mid, w - mid):
            d.polygon([(x, y - thick / 3), (x + thick / 3, y), (x, y + thick / 3), (x - thick / 3, y)], outline=color)


def emblem(img: Image.Image, cx: float, cy: float, rad: float) -> None:
    """A stylised national emblem: red disc, gold stars and gate outline (a shape, not the real arms)."""
    d = ImageDraw.Draw(img)
    d.ellipse((cx - rad, cy - rad, cx + rad, cy + rad), fill=(200, 30, 30), outline=(220, 170, 40), width=max(2, int(rad / 10)))
    star(d, cx, cy - rad * 0.35, rad * 0.28, (235, 190, 40))
    for k in range(4):
        a = math.radians(-60 + k * 40)
        star(d, cx + rad * 0.6 * math.sin(a), cy - rad * 0.35 - rad * 0.4 * math.cos(a) + rad * 0.3, rad * 0.1, (235, 190, 40))
    d.rectangle((cx - rad * 0.45, cy + rad * 0.1, cx + rad * 0.45, cy + rad * 0.45), outline=(235, 190, 40), width=max(1, int(rad / 15)))


def star(d: ImageDraw.ImageDraw, cx: float, cy: float, rad: float, fill) -> None:
    pts = []
    for k in range(10):
        a = math.pi / 2 + k * math.pi / 5
        rr = rad if k % 2 == 0 else rad * 0.4
        pts.append((cx + rr * math.cos(a), cy - rr * math.sin(a)))
    d.polygon(pts, fill=fill)


def qr(img: Image.Image, x: int, y: int, size: int, r: random.Random) -> Box:
    """A QR-looking module grid with the three finder patterns (not decodable, not needed)."""
    n = 29
    m = size / n
    d = ImageDraw.Draw(img)
    d.rectangle((x - m, y - m, x + size + m, y + size + m), fill=(255, 255, 255))
    for i in range(n):
        for j in range(n):
            if r.random() < 0.5:
                d.rectangle((x + j * m, y + i * m, x + (j + 1) * m, y + (i + 1) * m), fill=(10, 10, 10))
    for fx, fy in ((0, 0), (n - 7, 0), (0, n - 7)):
        X, Y = x + fx * m, y + fy * m
        d.rectangle((X, Y, X + 7 * m, Y + 7 * m), fill=(10, 10, 10))
        d.rectangle((X + m, Y + m, X + 6 * m, Y + 6 * m), fill=(255, 255, 255))
        d.rectangle((X + 2 * m, Y + 2 * m, X + 5 * m, Y + 5 * m), fill=(10, 10, 10))
    return (x, y, x + size, y + size)


def multiply(img: Image.Image, mask: np.ndarray, color, x: int, y: int, opacity: float = 0.85) -> None:
    """Ink laid over the page (seal, stamp, pen): multiply blend, text underneath stays visible."""
    arr = np.asarray(img).astype(np.float32)
    h, w = mask.shape
    x0, y0 = max(0, x), max(0, y)
    x1, y1 = min(arr.shape[1], x + w), min(arr.shape[0], y + h)
    if x1 <= x0 or y1 <= y0:
        return
    a = mask[y0 - y:y1 - y, x0 - x:x1 - x, None].astype(np.float32) / 255.0 * opacity
    ink = np.array(color, np.float32) / 255.0
    region = arr[y0:y1, x0:x1]
    arr[y0:y1, x0:x1] = region * (1 - a) + region * ink * a
    img.paste(Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)))


def seal(img: Image.Image, cx: float, cy: float, rad: float, text: str, r: random.Random,
         bottom: str = "", style: str = "song_bold", color=(205, 30, 35)) -> None:
    """A round official seal: ring, star, the authority's name on the arc, worn ink."""
    s = int(rad * 2 + 8)
    m = Image.new("L", (s, s), 0)
    d = ImageDraw.Draw(m)
    c = s / 2
    d.ellipse((c - rad, c - rad, c + rad, c + rad), outline=255, width=max(3, int(rad / 16)))
    star(d, c, c, rad * 0.28, 255)
    fs = max(8, int(rad * 0.25))
    font = face(style, fs)
    n = len(text)
    span = min(250.0, 18.0 * n + 20)
    for i, ch in enumerate(text):
        ang = -span / 2 + span * (i + 0.5) / n
        g = Image.new("L", (fs * 2, fs * 2), 0)
        ImageDraw.Draw(g).text((fs / 2, fs / 2), ch, font=font, fill=255)
        g = g.rotate(-ang, resample=Image.BICUBIC)
        rr = rad * 0.72
        px = c + rr * math.sin(math.radians(ang)) - fs
        py = c - rr * math.cos(math.radians(ang)) - fs
        m.paste(255, (int(px), int(py)), g)
    if bottom:
        bf = face(style, int(fs * 0.8))
        d.text((c - bf.getlength(bottom) / 2, c + rad * 0.4), bottom, font=bf, fill=255)
    arr = np.asarray(m.rotate(r.uniform(-25, 25), resample=Image.BICUBIC)).astype(np.float32)
    rng = np.random.default_rng(r.randrange(1 << 30))
    wear = rng.uniform(0.55, 1.0, arr.shape)
    wear = np.asarray(Image.fromarray((wear * 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(2))) / 255.0
    arr = np.clip(arr * wear * 1.15, 0, 255).astype(np.uint8)
    multiply(img, arr, color, int(cx - c), int(cy - c), opacity=r.uniform(0.7, 0.95))


def handwriting(img: Image.Image, x: float, y: float, text: str, size: int, r: random.Random,
                color=(25, 45, 140), angle: float | None = None) -> Box:
    """Pen text (与原件一致, a signature, a date) in a brush-like face, slightly rotated and uneven."""
    font = face("hand", size, r.randrange(3))
    w = int(font.getlength(text) + size * 2)
    h = int(size * 2.2)
    m = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(m)
    cx = size * 0.5
    for ch in text:
        dy = r.uniform(-0.12, 0.12) * size
        d.text((cx, size * 0.5 + dy), ch, font=font, fill=255, stroke_width=r.choice((0, 1)), stroke_fill=255)
        cx += font.getlength(ch) * r.uniform(0.9, 1.12)
    m = m.rotate(angle if angle is not None else r.uniform(-8, 8), resample=Image.BICUBIC, expand=True)
    multiply(img, np.asarray(m), color, int(x), int(y), opacity=0.9)
    return (x, y, x + m.width, y + m.height)


def scribble(img: Image.Image, x: float, y: float, w: float, h: float, r: random.Random, color=(25, 45, 140)) -> None:
    """A signature-like stroke."""
    m = Image.new("L", (int(w) + 10, int(h) + 10), 0)
    d = ImageDraw.Draw(m)
    pts = []
    for t in np.linspace(0, 1, 40):
        pts.append((5 + t * w, 5 + h / 2 + h / 2.5 * math.sin(t * r.uniform(8, 16) + r.uniform(0, 1)) * r.uniform(0.5, 1)))
    d.line(pts, fill=255, width=max(2, int(h / 12)), joint="curve")
    multiply(img, np.asarray(m), color, int(x), int(y), opacity=0.9)


def rect_stamp(img: Image.Image, x: float, y: float, text: str, size: int, r: random.Random,
               color=(200, 40, 40)) -> None:
    """A rectangular rubber stamp (`复印件`, `仅供办理…使用`)."""
    font = face("hei_bold", size)
    w, h = int(font.getlength(text) + size * 1.2), int(size * 2)
    m = Image.new("L", (w + 8, h + 8), 0)
    d = ImageDraw.Draw(m)
    d.rectangle((4, 4, w + 4, h + 4), outline=255, width=max(2, size // 8))
    d.text((4 + size * 0.6, 4 + size * 0.45), text, font=font, fill=255)
    m = m.rotate(r.uniform(-12, 12), resample=Image.BICUBIC, expand=True)
    multiply(img, np.asarray(m), color, int(x), int(y), opacity=r.uniform(0.6, 0.9))


def photo_box(img: Image.Image, box: Box, r: random.Random, bg=(225, 232, 240)) -> None:
    """A portrait placeholder (head and shoulders silhouette) for cards and certificates."""
    d = ImageDraw.Draw(img)
    x0, y0, x1, y1 = box
    d.rectangle(box, fill=bg)
    w, h = x1 - x0, y1 - y0
    tone = r.choice(((70, 60, 55), (40, 35, 30), (95, 80, 70)))
    d.ellipse((x0 + w * 0.3, y0 + h * 0.12, x0 + w * 0.7, y0 + h * 0.58), fill=(226, 196, 170))
    d.chord((x0 + w * 0.28, y0 + h * 0.05, x0 + w * 0.72, y0 + h * 0.45), 180, 360, fill=tone)
    d.pieslice((x0 + w * 0.05, y0 + h * 0.6, x0 + w * 0.95, y0 + h * 1.4), 180, 360, fill=r.choice(((30, 30, 40), (60, 70, 110), (230, 230, 230))))
