"""Drawing primitives for family E: a page in millimetres drawn with Pillow straight at the pixel
density the capture needs (no PDF step), Noto CJK faces, and a record of every value character's
box so the capture can decide geometrically whether a field is still visible.

Faces: Noto Serif CJK SC (宋-like), Noto Sans CJK SC (黑-like), Noto Sans Mono CJK SC (digits), and
a 仿宋-like look made from the serif face drawn narrow and light (no FangSong face is installed).
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

NOTO = "/usr/share/fonts/opentype/noto/"
FACES = {                                   # style -> (file, ttc index, horizontal squeeze)
    "serif": ("NotoSerifCJK-Regular.ttc", 2, 1.0),
    "serif_bold": ("NotoSerifCJK-Bold.ttc", 2, 1.0),
    "sans": ("NotoSansCJK-Regular.ttc", 2, 1.0),
    "sans_bold": ("NotoSansCJK-Bold.ttc", 2, 1.0),
    "mono": ("NotoSansCJK-Regular.ttc", 7, 1.0),
    "mono_bold": ("NotoSansCJK-Bold.ttc", 7, 1.0),
    "fang": ("NotoSerifCJK-Regular.ttc", 2, 0.86),     # narrow serif, a 仿宋-like look
}
CLOSERS = set("，。、；：）》」』】〕！？,.;:)]%")


@lru_cache(maxsize=256)
def font(style: str, px: int) -> ImageFont.FreeTypeFont:
    path, idx, _ = FACES[style]
    return ImageFont.truetype(NOTO + path, max(6, px), index=idx)


@dataclass
class Page:
    """A drawing surface in mm. `boxes[key]` holds the pixel boxes of each value character."""
    w_mm: float
    h_mm: float
    ppm: float                                   # pixels per millimetre
    bg: tuple[int, int, int] = (250, 249, 244)
    img: Image.Image = field(init=False)
    boxes: dict[str, list[tuple[float, float, float, float]]] = field(default_factory=dict)
    value_rows: list[tuple[float, float, float, float]] = field(default_factory=list)   # mm, for placing marks

    def __post_init__(self) -> None:
        self.img = Image.new("RGB", (self.px(self.w_mm), self.px(self.h_mm)), self.bg)
        self.draw = ImageDraw.Draw(self.img)

    def px(self, mm: float) -> int:
        return int(round(mm * self.ppm))

    # ------------------------------------------------------------------ text
    def width(self, s: str, style: str, size_mm: float, tracking: float = 0.0) -> float:
        f = font(style, self.px(size_mm))
        sq = FACES[style][2]
        return (f.getlength(s) * sq) / self.ppm + tracking * size_mm * max(0, len(s) - 1)

    def text(self, x: float, y: float, s: str, style: str = "serif", size: float = 4.0,
             fill: tuple[int, int, int] = (25, 25, 25), key: str | None = None, tracking: float = 0.0) -> float:
        """Draw s with its em box top-left at (x, y) mm; returns the x where it ends."""
        if not s:
            return x
        px = self.px(size)
        f = font(style, px)
        sq = FACES[style][2]
        asc = f.getmetrics()[0]
        top = y * self.ppm + (px - asc) * 0.15        # baseline-ish placement inside the em box
        x_px = x * self.ppm
        if sq == 1.0 and tracking == 0.0:
            self.draw.text((x_px, top), s, font=f, fill=fill)
            if key is not None:
                acc = 0.0
                for ch in s:
                    w = f.getlength(ch)
                    self._box(key, x_px + acc, y * self.ppm, x_px + acc + w, (y + size) * self.ppm, ch)
                    acc += w
            return x + f.getlength(s) / self.ppm
        for ch in s:
            w = f.getlength(ch)
            if sq != 1.0:
                tile = Image.new("L", (int(w) + 2, int(px * 1.5) + 2), 0)
                ImageDraw.Draw(tile).text((1, 1), ch, font=f, fill=255)
                nw = max(1, int(round(tile.width * sq)))
                tile = tile.resize((nw, tile.height), Image.LANCZOS)
                self.img.paste(Image.new("RGB", tile.size, fill), (int(round(x_px)) - 1, int(round(top)) - 1), tile)
                w *= sq
            else:
                self.draw.text((x_px, top), ch, font=f, fill=fill)
            if key is not None:
                self._box(key, x_px, y * self.ppm, x_px + w, (y + size) * self.ppm, ch)
            x_px += w + tracking * size * self.ppm
        return x_px / self.ppm

    def _box(self, key: str, x0: float, y0: float, x1: float, y1: float, ch: str) -> None:
        if ch.strip():
            self.boxes.setdefault(key, []).append((x0, y0, x1, y1))

    def spread(self, x: float, y: float, s: str, width: float, style: str, size: float,
               fill: tuple[int, int, int] = (25, 25, 25)) -> None:
        """A label justified across `width` mm (`名　　　称`): first char at x, last ends at x+width."""
        if len(s) == 1:
            self.text(x, y, s, style, size, fill)
            return
        ws = [self.width(c, style, size) for c in s]
        gap = (width - sum(ws)) / (len(s) - 1)
        if gap < 0:                                   # a longer label squeezed into the column
            sz = size * width / sum(ws)
            self.spread(x, y + (size - sz) / 2, s, width, style, sz * 0.999, fill)
            return
        cx = x
        for c, w in zip(s, ws, strict=True):
            self.text(cx, y, c, style, size, fill)
            cx += w + gap

    def wrap(self, x: float, y: float, s: str, width: float, line_h: float, style: str = "serif",
             size: float = 4.0, fill: tuple[int, int, int] = (25, 25, 25), key: str | None = None,
             first_width: float | None = None, first_x: float | None = None, max_rows: int = 99) -> float:
        """Character-wrapped text (breaks anywhere, a closing punctuation hangs on the row before);
        returns the y below the last row."""
        rows = self.split_rows(s, width, style, size, first_width)
        for i, row in enumerate(rows[:max_rows]):
            rx = first_x if (i == 0 and first_x is not None) else x
            self.text(rx, y, row, style, size, fill, key)
            self.value_rows.append((rx, y, rx + self.width(row, style, size), y + size))
            y += line_h
        return y

    def split_rows(self, s: str, width: float, style: str, size: float, first_width: float | None = None) -> list[str]:
        f = font(style, self.px(size))
        sq = FACES[style][2]
        rows, cur, cur_w = [], "", 0.0
        limit = (first_width if first_width is not None else width) * self.ppm
        for ch in s:
            w = f.getlength(ch) * sq
            if cur and cur_w + w > limit and ch not in CLOSERS:
                rows.append(cur)
                cur, cur_w = "", 0.0
                limit = width * self.ppm
            cur += ch
            cur_w += w
        if cur:
            rows.append(cur)
        return rows

    # ------------------------------------------------------------------ graphics
    def line(self, x0: float, y0: float, x1: float, y1: float, w: float = 0.3, fill=(40, 40, 40)) -> None:
        self.draw.line([(x0 * self.ppm, y0 * self.ppm), (x1 * self.ppm, y1 * self.ppm)], fill=fill,
                       width=max(1, self.px(w)))

    def rect(self, x0: float, y0: float, x1: float, y1: float, w: float = 0.3, outline=(40, 40, 40), fill=None) -> None:
        self.draw.rectangle([x0 * self.ppm, y0 * self.ppm, x1 * self.ppm, y1 * self.ppm], outline=outline,
                            fill=fill, width=max(1, self.px(w)))

    def qr(self, x: float, y: float, size: float, data: str) -> None:
        import qrcode
        q = qrcode.QRCode(border=0, error_correction=qrcode.constants.ERROR_CORRECT_M)
        q.add_data(data)
        q.make(fit=True)
        m = np.array(q.get_matrix(), dtype=np.uint8)
        img = Image.fromarray(((1 - m) * 255).astype(np.uint8), "L").resize((self.px(size), self.px(size)), Image.NEAREST)
        self.img.paste(img.convert("RGB"), (self.px(x), self.px(y)))

    def overlay(self, stamp: tuple[Image.Image, int, int], mode: str = "multiply") -> None:
        """Print an RGBA tile at pixel (ox, oy) on top of the page (ink stamped over the print)."""
        tile, ox, oy = stamp
        x0, y0 = max(0, ox), max(0, oy)
        x1, y1 = min(self.img.width, ox + tile.width), min(self.img.height, oy + tile.height)
        if x1 <= x0 or y1 <= y0:
            return
        base = np.asarray(self.img.crop((x0, y0, x1, y1)), dtype=np.float32) / 255
        lay = np.asarray(tile.crop((x0 - ox, y0 - oy, x1 - ox, y1 - oy)), dtype=np.float32) / 255
        a = lay[..., 3:4]
        if mode == "multiply":
            out = base * (1 - a) + base * lay[..., :3] * a
        else:
            out = base * (1 - a) + lay[..., :3] * a
        self.img.paste(Image.fromarray(np.clip(out * 255 + 0.5, 0, 255).astype(np.uint8), "RGB"), (x0, y0))
        self.draw = ImageDraw.Draw(self.img)


def star(cx: float, cy: float, r: float, rot: float = -math.pi / 2) -> list[tuple[float, float]]:
    pts = []
    for i in range(10):
        rr = r if i % 2 == 0 else r * 0.382
        a = rot + i * math.pi / 5
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    return pts


def seal_layer(page: Page, cx: float, cy: float, r: float, text: str, rng: random.Random,
               bottom: str = "", color=(205, 30, 40), alpha: float = 0.78,
               oval: bool = False) -> tuple[Image.Image, int, int]:
    """An RGBA layer with a round (or oval) red seal: ring, star, name along the upper arc.
    Ink is uneven (a stamp never prints evenly) and slightly rotated."""
    s = page.ppm
    size = int(2.3 * r * s) + 4
    tile = Image.new("L", (size, size), 0)
    d = ImageDraw.Draw(tile)
    c = size / 2
    ry = r * (0.72 if oval else 1.0)
    d.ellipse([c - r * s, c - ry * s, c + r * s, c + ry * s], outline=255, width=max(2, int(r * s * 0.06)))
    if not oval:
        d.polygon(star(c, c, r * s * 0.28), fill=255)
    f = font("sans_bold" if rng.random() < 0.6 else "serif_bold", int(r * s * 0.26))
    n = len(text)
    span = math.radians(min(250, 28 * n))
    for i, ch in enumerate(text):
        a = -math.pi / 2 - span / 2 + span * (i + 0.5) / n
        g = Image.new("L", (int(r * s * 0.34), int(r * s * 0.34)), 0)
        ImageDraw.Draw(g).text((0, -r * s * 0.02), ch, font=f, fill=255)
        g = g.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC, expand=True)
        rad = r * s * (0.7 if not oval else 0.62)
        px_ = c + rad * math.cos(a) - g.width / 2
        py_ = c + rad * math.sin(a) * (0.72 if oval else 1.0) - g.height / 2
        tile.paste(255, (int(px_), int(py_)), g)
    if bottom:
        fb = font("sans", int(r * s * 0.2))
        wb = fb.getlength(bottom)
        d.text((c - wb / 2, c + r * s * (0.42 if not oval else 0.1)), bottom, font=fb, fill=255)
    tile = tile.rotate(rng.uniform(-25, 25), resample=Image.BICUBIC)
    # uneven ink: multiply by smooth noise, with a few starved patches
    noise = np.asarray(Image.fromarray((np.random.default_rng(rng.randrange(1 << 30)).random((8, 8)) * 255).astype(np.uint8))
                       .resize((size, size), Image.BICUBIC), dtype=np.float32) / 255
    ink = np.asarray(tile, dtype=np.float32) / 255 * np.clip(0.55 + 0.6 * noise, 0, 1) * alpha
    tile = Image.fromarray((ink * 255).astype(np.uint8), "L").filter(ImageFilter.GaussianBlur(max(0.4, s * 0.06)))
    col = Image.new("RGBA", tile.size, (*color, 255))
    col.putalpha(tile)
    return col, int(cx * s - size / 2), int(cy * s - size / 2)


def emblem(page: Page, cx: float, cy: float, r: float, red=(200, 30, 35), gold=(235, 190, 60)) -> None:
    """A stylised national emblem: red disc, gold rim, one large and four small stars, a gate band."""
    s = page.ppm
    d = page.draw
    d.ellipse([(cx - r) * s, (cy - r) * s, (cx + r) * s, (cy + r) * s], fill=gold)
    d.ellipse([(cx - r * 0.86) * s, (cy - r * 0.86) * s, (cx + r * 0.86) * s, (cy + r * 0.86) * s], fill=red)
    d.polygon(star(cx * s, (cy - r * 0.42) * s, r * 0.22 * s), fill=gold)
    for i, (dx, dy) in enumerate(((-0.38, -0.52), (-0.2, -0.7), (0.2, -0.7), (0.38, -0.52))):
        d.polygon(star((cx + dx * r) * s, (cy + dy * r * 0.8) * s, r * 0.08 * s, rot=-math.pi / 2 + (i - 1.5) * 0.4), fill=gold)
    d.rectangle([(cx - r * 0.45) * s, (cy - r * 0.02) * s, (cx + r * 0.45) * s, (cy + r * 0.3) * s], fill=gold)
    d.rectangle([(cx - r * 0.3) * s, (cy + r * 0.06) * s, (cx + r * 0.3) * s, (cy + r * 0.22) * s], fill=red)
    d.arc([(cx - r * 0.75) * s, (cy - r * 0.75) * s, (cx + r * 0.75) * s, (cy + r * 0.75) * s], 20, 160, fill=gold,
          width=max(1, int(r * 0.12 * s)))


def guilloche(w: int, h: int, rng: random.Random, c1, c2, density: float = 1.0, strength: float = 14.0) -> np.ndarray:
    """A security-print background: two colour gradient crossed by families of fine wavy lines
    (uint8 RGB). `density` is in lines per 100 px, so the pattern stays fine on a large page."""
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    m = float(max(w, h))
    t = np.clip(xx / m * 0.7 + yy / m * 0.5 + 0.15 * np.sin(6 * yy / m + rng.uniform(0, 6)), 0, 1)[..., None]
    base = np.asarray(c1, np.float32) * (1 - t) + np.asarray(c2, np.float32) * t
    k = 2 * np.pi * density / 100.0
    ph1, ph2 = rng.uniform(0, 6), rng.uniform(0, 6)
    a = np.sin(k * (xx + yy * 0.35) + 9 * np.sin(yy / m * 7 + ph1))
    b = np.sin(k * 0.8 * (xx * 0.3 - yy) + 7 * np.sin(xx / m * 9 + ph2))
    lines = (np.abs(a) > 0.96).astype(np.float32) + (np.abs(b) > 0.97).astype(np.float32)
    base = base - lines[..., None] * strength
    return np.clip(base, 0, 255).astype(np.uint8)


def scribble(draw: ImageDraw.ImageDraw, x: float, y: float, w: float, h: float, rng: random.Random,
             fill=(30, 50, 150), width: int = 2) -> None:
    """A signature-like ballpoint scribble inside the box (pixels)."""
    pts = []
    n = rng.randrange(12, 24)
    for i in range(n):
        pts.append((x + w * i / n + rng.uniform(-w * 0.03, w * 0.03), y + h * (0.5 + 0.45 * math.sin(i * rng.uniform(1.2, 2.6)))))
    draw.line(pts, fill=fill, width=width, joint="curve")


def handwrite(page: Page, x: float, y: float, s: str, size: float, rng: random.Random, fill=(28, 45, 140)) -> float:
    """Ballpoint-looking writing: per-character jitter in size, angle and baseline, thin strokes.
    Returns the x where it ends (mm)."""
    px = page.px(size)
    cx = x * page.ppm
    for ch in s:
        sz = int(px * rng.uniform(0.85, 1.12))
        f = font(rng.choice(("sans", "fang")), sz)
        g = Image.new("L", (int(sz * 1.5), int(sz * 1.6)), 0)
        ImageDraw.Draw(g).text((sz * 0.2, sz * 0.1), ch, font=f, fill=255)
        g = g.rotate(rng.uniform(-12, 8), resample=Image.BICUBIC)
        g = g.transform(g.size, Image.AFFINE, (1, rng.uniform(0.1, 0.3), -sz * 0.15, 0, 1, 0), Image.BICUBIC)
        yy = y * page.ppm + rng.uniform(-0.12, 0.12) * sz
        page.img.paste(Image.new("RGB", g.size, fill), (int(cx), int(yy)), g)
        cx += sz * rng.uniform(0.78, 0.98) if ord(ch) > 255 else sz * 0.5
    page.draw = ImageDraw.Draw(page.img)
    return cx / page.ppm
