"""Family H's page renderer: Skia (skia-python) draws every page — its own glyph rasteriser and
anti-aliasing, fonts loaded from the Debian CJK packages nobody else drew with (WenQuanYi Micro Hei,
Noto Sans/Serif CJK Light / DemiLight / Medium / SemiBold / Black from fonts-noto-cjk-extra), seals
and guilloche borders as Skia paths. Every field value drawn is recorded (rows, box) so the truth
can be checked against what is on the page."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import skia

NOTO = Path("/usr/share/fonts/opentype/noto")
FACES = {  # H's faces: (file, collection index for Simplified Chinese)
    "wqy_microhei": ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    "sans_light": (str(NOTO / "NotoSansCJK-Light.ttc"), 2),
    "sans_demilight": (str(NOTO / "NotoSansCJK-DemiLight.ttc"), 2),
    "sans_medium": (str(NOTO / "NotoSansCJK-Medium.ttc"), 2),
    "sans_black": (str(NOTO / "NotoSansCJK-Black.ttc"), 2),
    "serif_light": (str(NOTO / "NotoSerifCJK-Light.ttc"), 2),
    "serif_medium": (str(NOTO / "NotoSerifCJK-Medium.ttc"), 2),
    "serif_semibold": (str(NOTO / "NotoSerifCJK-SemiBold.ttc"), 2),
    "serif_black": (str(NOTO / "NotoSerifCJK-Black.ttc"), 2),
    "korean": (str(NOTO / "NotoSansCJK-Medium.ttc"), 1),
    "digits_mono": ("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", 0),
}
FALLBACK = ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0)
_TF: dict[str, skia.Typeface] = {}


def typeface(name: str) -> skia.Typeface:
    if name not in _TF:
        path, idx = FACES[name]
        tf = skia.Typeface.MakeFromFile(path, idx) if Path(path).exists() else None
        _TF[name] = tf or skia.Typeface.MakeFromFile(*FALLBACK)
    return _TF[name]


def face_available(name: str) -> bool:
    return Path(FACES[name][0]).exists()


INK = (22, 20, 24)
RED = (200, 30, 35)


def col(rgb: tuple[int, int, int], a: int = 255) -> int:
    return skia.Color(rgb[0], rgb[1], rgb[2], a)


@dataclass
class Page:
    """A Skia raster page with a record of what it printed where."""
    w: int
    h: int
    bg: tuple[int, int, int] = (250, 249, 244)
    arr: np.ndarray = field(init=False)
    drawn: dict[str, list[str]] = field(default_factory=dict)      # field key -> rows drawn
    boxes: dict[str, tuple[float, float, float, float]] = field(default_factory=dict)
    sizes: dict[str, float] = field(default_factory=dict)           # field key -> glyph size in page px
    faces_used: set[str] = field(default_factory=set)
    missing_glyphs: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.arr = np.zeros((self.h, self.w, 4), np.uint8)
        self.surface = skia.Surface(self.arr)
        self.c = self.surface.getCanvas()
        self.c.clear(col(self.bg))

    def font(self, face: str, size: float, scale_x: float = 1.0, bold: bool = False) -> skia.Font:
        f = skia.Font(typeface(face), size)
        f.setScaleX(scale_x)
        f.setEmbolden(bold)
        f.setSubpixel(True)
        f.setEdging(skia.Font.Edging.kAntiAlias)
        self.faces_used.add(face)
        return f

    def text(self, x: float, y: float, s: str, face: str, size: float, color=INK, spacing: float = 0.0,
             scale_x: float = 1.0, bold: bool = False, alpha: int = 255) -> float:
        """Draw `s` with its baseline at y; returns the advance. Spacing adds to each advance."""
        f = self.font(face, size, scale_x, bold)
        if 0 in f.textToGlyphs(s):
            self.missing_glyphs.append(s)
        p = skia.Paint(AntiAlias=True, Color=col(color, alpha))
        if not spacing:
            self.c.drawString(s, x, y, f, p)
            return f.measureText(s)
        cx = x
        for ch in s:
            self.c.drawString(ch, cx, y, f, p)
            cx += f.measureText(ch) + spacing
        return cx - x - spacing

    def width(self, s: str, face: str, size: float, scale_x: float = 1.0, spacing: float = 0.0) -> float:
        f = skia.Font(typeface(face), size)
        f.setScaleX(scale_x)
        return f.measureText(s) + spacing * max(0, len(s) - 1)

    def justified(self, x: float, y: float, label: str, span: float, face: str, size: float, **kw) -> None:
        """A label spread across `span` (the national form's 名　　称), first and last glyph at the ends."""
        if len(label) == 1:
            self.text(x, y, label, face, size, **kw)
            return
        f = self.font(face, size, kw.get("scale_x", 1.0))
        ws = [f.measureText(ch) for ch in label]
        gap = (span - sum(ws)) / (len(label) - 1)
        cx = x
        for ch, cw in zip(label, ws, strict=True):
            self.text(cx, y, ch, face, size, **kw)
            cx += cw + gap

    def wrap(self, s: str, face: str, size: float, maxw: float, scale_x: float = 1.0, first_w: float | None = None) -> list[str]:
        """Character wrapping as licence printers do: a row breaks wherever it is full (also inside a
        house number); a closing punctuation mark is kept on the row before (禁则)."""
        f = skia.Font(typeface(face), size)
        f.setScaleX(scale_x)
        rows, cur, lim = [], "", first_w or maxw
        for ch in s:
            if cur and f.measureText(cur + ch) > lim and ch not in "，。；、）)〕】：":
                rows.append(cur)
                cur, lim = "", maxw
            cur += ch
        if cur:
            rows.append(cur)
        return rows

    def value(self, key: str, x: float, y: float, s: str, face: str, size: float, maxw: float, line: float,
              color=INK, scale_x: float = 1.0, bold: bool = False, cont_x: float | None = None,
              jitter: tuple[float, float] = (0.0, 0.0)) -> float:
        """Draw a field value, wrapped to maxw, rows `line` apart; record its rows and box. Returns
        the baseline of the last row."""
        rows = self.wrap(s, face, size, maxw, scale_x) if s else []
        x += jitter[0]
        y += jitter[1]
        by = y
        x1 = x
        for i, r in enumerate(rows):
            rx = x if i == 0 or cont_x is None else cont_x + jitter[0]
            adv = self.text(rx, by, r, face, size, color, scale_x=scale_x, bold=bold)
            x1 = max(x1, rx + adv)
            if i < len(rows) - 1:
                by += line
        self.drawn[key] = rows
        self.sizes[key] = size
        lx = min(x, cont_x + jitter[0]) if cont_x is not None and len(rows) > 1 else x
        self.boxes[key] = (lx, y - size * 0.9, x1, by + size * 0.25)
        return by

    def record(self, key: str, rows: list[str], box: tuple[float, float, float, float], size: float) -> None:
        self.drawn[key] = rows
        self.boxes[key] = box
        self.sizes[key] = size

    def rect(self, x0, y0, x1, y1, color, stroke: float = 0.0, alpha: int = 255) -> None:
        p = skia.Paint(AntiAlias=True, Color=col(color, alpha))
        if stroke:
            p.setStyle(skia.Paint.kStroke_Style)
            p.setStrokeWidth(stroke)
        self.c.drawRect(skia.Rect(x0, y0, x1, y1), p)

    def rrect(self, x0, y0, x1, y1, r, color, stroke: float = 0.0, alpha: int = 255) -> None:
        p = skia.Paint(AntiAlias=True, Color=col(color, alpha))
        if stroke:
            p.setStyle(skia.Paint.kStroke_Style)
            p.setStrokeWidth(stroke)
        self.c.drawRRect(skia.RRect.MakeRectXY(skia.Rect(x0, y0, x1, y1), r, r), p)

    def line(self, x0, y0, x1, y1, color=INK, width: float = 1.5, alpha: int = 255) -> None:
        p = skia.Paint(AntiAlias=True, Color=col(color, alpha), StrokeWidth=width)
        p.setStyle(skia.Paint.kStroke_Style)
        self.c.drawLine(x0, y0, x1, y1, p)

    def guilloche(self, x0, y0, x1, y1, band: float, color, rng: random.Random, alpha: int = 110) -> None:
        """A security-print border: interleaved sine ribbons along the four sides."""
        p = skia.Paint(AntiAlias=True, Color=col(color, alpha), StrokeWidth=max(1.0, band / 40))
        p.setStyle(skia.Paint.kStroke_Style)
        per = band * rng.uniform(0.7, 1.1)
        for k in range(4):
            ph = k * math.pi / 2
            for side in range(4):
                path = skia.Path()
                if side in (0, 2):
                    yy = y0 + band / 2 if side == 0 else y1 - band / 2
                    n = int((x1 - x0) / 5)
                    for i in range(n + 1):
                        xx = x0 + i * 5
                        v = yy + band * 0.42 * math.sin(xx / per * 2 * math.pi + ph) * math.cos(xx / (per * 3.7))
                        (path.moveTo if i == 0 else path.lineTo)(xx, v)
                else:
                    xx0 = x0 + band / 2 if side == 3 else x1 - band / 2
                    n = int((y1 - y0) / 5)
                    for i in range(n + 1):
                        yy = y0 + i * 5
                        v = xx0 + band * 0.42 * math.sin(yy / per * 2 * math.pi + ph) * math.cos(yy / (per * 3.7))
                        (path.moveTo if i == 0 else path.lineTo)(v, yy)
                self.c.drawPath(path, p)

    def fine_pattern(self, x0, y0, x1, y1, color, rng: random.Random, alpha: int = 40, step: float = 9.0) -> None:
        """The faint wavy background print of an ID card or certificate."""
        p = skia.Paint(AntiAlias=True, Color=col(color, alpha), StrokeWidth=1.0)
        p.setStyle(skia.Paint.kStroke_Style)
        amp, per = rng.uniform(3, 8), rng.uniform(60, 140)
        y = y0
        while y < y1:
            path = skia.Path()
            path.moveTo(x0, y)
            x = x0
            while x < x1:
                x += 8
                path.lineTo(x, y + amp * math.sin(x / per * 2 * math.pi + y / 37))
            self.c.drawPath(path, p)
            y += step

    def seal(self, cx: float, cy: float, r: float, ring_text: str, rng: random.Random, bottom: str = "",
             face: str = "sans_medium", alpha: int = 185, star: bool = True) -> None:
        """A round red official seal: ring, five-pointed star, the authority's name on the arc (each
        glyph rotated with Skia's matrix), drawn in multiply so the ink below stays black."""
        p = skia.Paint(AntiAlias=True, Color=col(RED, alpha), StrokeWidth=r * 0.06)
        p.setStyle(skia.Paint.kStroke_Style)
        p.setBlendMode(skia.BlendMode.kMultiply)
        self.c.drawCircle(cx, cy, r, p)
        fill = skia.Paint(AntiAlias=True, Color=col(RED, alpha))
        fill.setBlendMode(skia.BlendMode.kMultiply)
        if star:
            sr = r * 0.3
            path = skia.Path()
            for i in range(10):
                a = -math.pi / 2 + i * math.pi / 5
                rr = sr if i % 2 == 0 else sr * 0.4
                (path.moveTo if i == 0 else path.lineTo)(cx + rr * math.cos(a), cy + rr * math.sin(a))
            path.close()
            self.c.drawPath(path, fill)
        n = len(ring_text)
        size = r * 0.26
        f = skia.Font(typeface(face), size)
        span = min(math.radians(250), math.radians(24) * n)
        for i, ch in enumerate(ring_text):
            a = -math.pi / 2 - span / 2 + span * (i + 0.5) / n
            self.c.save()
            self.c.translate(cx + (r * 0.76) * math.cos(a), cy + (r * 0.76) * math.sin(a))
            self.c.rotate(math.degrees(a) + 90)
            w = f.measureText(ch)
            self.c.drawString(ch, -w / 2, size * 0.4, f, fill)
            self.c.restore()
        if bottom:
            bf = skia.Font(typeface(face), r * 0.17)
            w = bf.measureText(bottom)
            self.c.drawString(bottom, cx - w / 2, cy + r * 0.62, bf, fill)

    def emblem(self, cx: float, cy: float, r: float) -> None:
        """A simplified national emblem: red disc, gold stars and a gold gate outline."""
        gold = (214, 170, 40)
        self.c.drawCircle(cx, cy, r, skia.Paint(AntiAlias=True, Color=col(RED)))
        p = skia.Paint(AntiAlias=True, Color=col(gold), StrokeWidth=r * 0.07)
        p.setStyle(skia.Paint.kStroke_Style)
        self.c.drawCircle(cx, cy, r * 0.92, p)
        fill = skia.Paint(AntiAlias=True, Color=col(gold))
        for (dx, dy, s) in ((0, -0.45, 0.22), (-0.42, -0.28, 0.09), (-0.22, -0.12, 0.09), (0.22, -0.12, 0.09), (0.42, -0.28, 0.09)):
            path = skia.Path()
            for i in range(10):
                a = -math.pi / 2 + i * math.pi / 5
                rr = r * s if i % 2 == 0 else r * s * 0.4
                (path.moveTo if i == 0 else path.lineTo)(cx + dx * r + rr * math.cos(a), cy + dy * r + rr * math.sin(a))
            path.close()
            self.c.drawPath(path, fill)
        self.c.drawRect(skia.Rect(cx - r * 0.5, cy + r * 0.1, cx + r * 0.5, cy + r * 0.45), fill)
        self.c.drawRect(skia.Rect(cx - r * 0.6, cy + r * 0.45, cx + r * 0.6, cy + r * 0.58), fill)

    def qr(self, x: float, y: float, size: float, rng: random.Random) -> None:
        """A QR-like module grid with its three finder squares (not a decodable code)."""
        n = 29
        m = size / n
        blk = skia.Paint(Color=col((10, 10, 10)))
        for i in range(n):
            for j in range(n):
                if rng.random() < 0.5:
                    self.c.drawRect(skia.Rect(x + i * m, y + j * m, x + (i + 1) * m, y + (j + 1) * m), blk)
        for (fx, fy) in ((0, 0), (n - 7, 0), (0, n - 7)):
            self.c.drawRect(skia.Rect(x + fx * m, y + fy * m, x + (fx + 7) * m, y + (fy + 7) * m), skia.Paint(Color=col((255, 255, 255))))
            p = skia.Paint(Color=col((10, 10, 10)), StrokeWidth=m)
            p.setStyle(skia.Paint.kStroke_Style)
            self.c.drawRect(skia.Rect(x + (fx + .5) * m, y + (fy + .5) * m, x + (fx + 6.5) * m, y + (fy + 6.5) * m), p)
            self.c.drawRect(skia.Rect(x + (fx + 2) * m, y + (fy + 2) * m, x + (fx + 5) * m, y + (fy + 5) * m), blk)

    def portrait(self, x0, y0, x1, y1, rng: random.Random) -> None:
        """The holder's photo: a plain backdrop and a grey head-and-shoulders silhouette."""
        self.rect(x0, y0, x1, y1, (236, 240, 246))
        w, h = x1 - x0, y1 - y0
        tone = rng.randint(70, 120)
        p = skia.Paint(AntiAlias=True, Color=col((tone, tone - 5, tone - 10)))
        self.c.drawOval(skia.Rect(x0 + w * 0.34, y0 + h * 0.14, x0 + w * 0.66, y0 + h * 0.56), p)
        self.c.save()
        self.c.clipRect(skia.Rect(x0, y0, x1, y1))
        self.c.drawOval(skia.Rect(x0 + w * 0.08, y0 + h * 0.66, x0 + w * 0.92, y0 + h * 1.4), p)
        self.c.restore()

    def handwriting(self, x: float, y: float, s: str, size: float, rng: random.Random, color=(30, 40, 120)) -> None:
        """Pen writing: a hand-looking face, each glyph rotated and shifted a little."""
        f = skia.Font(typeface("serif_light"), size)
        f.setSkewX(-0.18)
        p = skia.Paint(AntiAlias=True, Color=col(color, 230))
        cx = x
        for ch in s:
            self.c.save()
            self.c.translate(cx, y + rng.uniform(-size * 0.12, size * 0.12))
            self.c.rotate(rng.uniform(-6, 6))
            self.c.drawString(ch, 0, 0, f, p)
            self.c.restore()
            cx += f.measureText(ch) * rng.uniform(0.85, 1.1)

    def rgb(self) -> np.ndarray:
        return self.arr[:, :, :3].copy()
