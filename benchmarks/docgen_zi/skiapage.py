"""Drawing primitives on a skia.Canvas in millimetres: checked text runs (every run's glyphs checked
against its face), labels spread one character at a time, own CJK line breaking with Font.measureText,
seals with characters rotated along the arc, guilloche sine loops, the national emblem, QR-like blocks,
ID-card waves and photo. Each value's ink box is recorded (mm) so the capture can tell where it lies."""

from __future__ import annotations

import math

import numpy as np
import skia

from . import faces

BLACK = skia.ColorSetARGB(255, 22, 22, 26)
RED = skia.ColorSetARGB(235, 214, 30, 36)
NO_LINE_START = set("，。；、：）」』》％,.;:)%")


def paint(color=BLACK, stroke: float | None = None, alpha: int | None = None) -> skia.Paint:
    p = skia.Paint(AntiAlias=True, Color=color)
    if alpha is not None:
        p.setAlpha(alpha)
    if stroke is not None:
        p.setStyle(skia.Paint.kStroke_Style)
        p.setStrokeWidth(stroke)
    return p


class Page:
    """A canvas in mm (the caller scales it) with the ink boxes of the values drawn on it."""

    def __init__(self, canvas: skia.Canvas, w_mm: float, h_mm: float, seed: int):
        self.c, self.w, self.h = canvas, w_mm, h_mm
        self.boxes: dict[str, list[list[float]]] = {}  # key -> ink rectangles (one per run or line), mm
        self.rng = np.random.default_rng(seed)

    def _grow(self, key: str | None, x0: float, y0: float, x1: float, y1: float) -> None:
        if key is None:
            return
        self.boxes.setdefault(key, []).append([x0, y0, x1, y1])

    def text(self, s: str, x: float, y: float, face: str, size: float, color=BLACK, key: str | None = None,
             align: str = "left", scale_x: float = 1.0) -> float:
        if not s:
            return 0.0
        f = faces.font(face, size)
        f.setScaleX(scale_x)
        faces.check(f, s)
        w = f.measureText(s)
        if align == "center":
            x -= w / 2
        elif align == "right":
            x -= w
        self.c.drawString(s, x, y, f, paint(color))
        self._grow(key, x, y - 0.9 * size, x + w, y + 0.15 * size)
        return w

    def spread(self, s: str, x: float, y: float, width: float, face: str, size: float, color=BLACK) -> None:
        """A label spread over `width` one character at a time (名　　称)."""
        f = faces.font(face, size)
        faces.check(f, s)
        if len(s) == 1:
            self.c.drawString(s, x, y, f, paint(color))
            return
        ws = [f.measureText(ch) for ch in s]
        gap = (width - sum(ws)) / (len(s) - 1)
        for ch, cw in zip(s, ws, strict=True):
            self.c.drawString(ch, x, y, f, paint(color))
            x += cw + gap

    def lines(self, s: str, width: float, face: str, size: float) -> list[str]:
        f = faces.font(face, size)
        faces.check(f, s)
        out, cur, cw = [], "", 0.0
        for ch in s:
            w = f.measureText(ch)
            if cur and cw + w > width:
                if ch in NO_LINE_START and len(cur) > 1:  # keep closing punctuation off a line's start
                    out.append(cur[:-1])
                    cur, cw = cur[-1], f.measureText(cur[-1])
                else:
                    out.append(cur)
                    cur, cw = "", 0.0
            cur += ch
            cw += w
        if cur:
            out.append(cur)
        return out

    def wrap(self, s: str, x: float, y: float, width: float, face: str, size: float, lh: float,
             key: str | None = None, justify: bool = True, color=BLACK) -> float:
        """Wrapped text (justified but for the last line) from baseline `y`; returns the next baseline."""
        rows = self.lines(s, width, face, size)
        f = faces.font(face, size)
        for i, row in enumerate(rows):
            if justify and i < len(rows) - 1 and len(row) > 1:
                ws = [f.measureText(ch) for ch in row]
                gap = (width - sum(ws)) / (len(row) - 1)
                xx = x
                for ch, cw in zip(row, ws, strict=True):
                    self.c.drawString(ch, xx, y, f, paint(color))
                    xx += cw + gap
                self._grow(key, x, y - 0.9 * size, x + width, y + 0.15 * size)
            else:
                self.text(row, x, y, face, size, color, key)
            y += lh
        return y

    # ornaments -------------------------------------------------------------------------------------
    def guilloche(self, x0: float, y0: float, x1: float, y1: float, color, band: float = 6.0, loops: int = 3) -> None:
        """A frame of interlaced sine loops between two rectangles `band` mm apart."""
        pen = paint(color, stroke=0.12)
        for k in range(loops):
            ph = k * math.pi / loops
            for (ax, ay, bx, by, horiz) in ((x0, y0, x1, y0, True), (x0, y1 - band, x1, y1 - band, True),
                                            (x0, y0, x0, y1, False), (x1 - band, y0, x1 - band, y1, False)):
                path = skia.Path()
                length = (bx - ax) if horiz else (by - ay)
                n = max(2, int(length * 2))
                for i in range(n + 1):
                    t = i / n * length
                    off = band / 2 + band / 2.2 * math.sin(t / 2.3 + ph) * math.cos(t / 7.1 - ph)
                    px, py = (ax + t, ay + off) if horiz else (ax + off, ay + t)
                    if i == 0:
                        path.moveTo(px, py)
                    else:
                        path.lineTo(px, py)
                self.c.drawPath(path, pen)

    def waves(self, color, n: int = 26, amp: float = 2.0) -> None:
        pen = paint(color, stroke=0.08)
        for k in range(n):
            path = skia.Path()
            base = self.h * k / n
            for i in range(0, int(self.w * 2) + 1):
                x = i / 2
                y = base + amp * math.sin(x / 6 + k * 0.7) + 0.8 * math.sin(x / 2.1 - k)
                if i == 0:
                    path.moveTo(x, y)
                else:
                    path.lineTo(x, y)
            self.c.drawPath(path, pen)

    def star(self, cx: float, cy: float, r: float, color, rot: float = -math.pi / 2) -> None:
        path = skia.Path()
        for i in range(10):
            rr = r if i % 2 == 0 else r * 0.382
            a = rot + i * math.pi / 5
            (path.moveTo if i == 0 else path.lineTo)(cx + rr * math.cos(a), cy + rr * math.sin(a))
        path.close()
        self.c.drawPath(path, paint(color))

    def emblem(self, cx: float, cy: float, r: float) -> None:
        """The national emblem, drawn schematically: red disc, gold ring and wheat, five stars, the gate."""
        gold = skia.ColorSetARGB(255, 232, 182, 42)
        red = skia.ColorSetARGB(255, 206, 22, 30)
        self.c.drawCircle(cx, cy, r, paint(gold))
        self.c.drawCircle(cx, cy, r * 0.82, paint(red))
        for i in range(18):  # wheat ears around the ring
            a = math.pi * (0.15 + 0.7 * i / 17) + math.pi / 2
            for side in (-1, 1):
                ex, ey = cx + side * r * 0.91 * math.cos(a), cy + r * 0.91 * math.sin(a) * -1 * -1
                self.c.drawOval(skia.Rect.MakeXYWH(ex - r * 0.05, ey - r * 0.09, r * 0.1, r * 0.18), paint(red))
        self.star(cx, cy - r * 0.4, r * 0.2, gold)
        for i in range(4):
            a = -math.pi / 2 + (i - 1.5) * 0.42
            self.star(cx + r * 0.52 * math.cos(a) * 1.0, cy - r * 0.4 + r * 0.32 * math.sin(a) + r * 0.18, r * 0.07, gold)
        self.c.drawRect(skia.Rect.MakeLTRB(cx - r * 0.45, cy + r * 0.05, cx + r * 0.45, cy + r * 0.38), paint(gold))
        for i in range(5):
            x = cx - r * 0.34 + i * r * 0.17
            self.c.drawRect(skia.Rect.MakeLTRB(x - r * 0.035, cy + r * 0.17, x + r * 0.035, cy + r * 0.38), paint(red))
        self.c.drawRect(skia.Rect.MakeLTRB(cx - r * 0.55, cy + r * 0.42, cx + r * 0.55, cy + r * 0.5), paint(gold))

    def seal(self, cx: float, cy: float, r: float, text: str, bottom: str = "", face: str = "Noto Sans CJK SC Bold",
             color=RED, alpha: int = 215) -> None:
        """A round seal: ring, star, characters rotated along the upper arc, a line below the star."""
        col = skia.Color(skia.ColorGetR(color), skia.ColorGetG(color), skia.ColorGetB(color))
        p = paint(col, stroke=r * 0.06, alpha=alpha)
        self.c.drawCircle(cx, cy, r * 0.96, p)
        star = skia.Paint(AntiAlias=True, Color=col)
        star.setAlpha(alpha)
        self.star(cx, cy, r * 0.26, col)
        size = min(r * 0.30, 2 * math.pi * r * 0.72 * 0.62 / max(len(text), 1))
        f = faces.font(face, size)
        faces.check(f, text)
        span = min(math.radians(250), len(text) * size * 1.15 / (r * 0.74))
        tp = paint(col, alpha=alpha)
        for i, ch in enumerate(text):
            a = -math.pi / 2 - span / 2 + span * (i + 0.5) / len(text)
            self.c.save()
            self.c.translate(cx + r * 0.74 * math.cos(a), cy + r * 0.74 * math.sin(a))
            self.c.rotate(math.degrees(a + math.pi / 2))
            w = f.measureText(ch)
            self.c.drawString(ch, -w / 2, size * 0.42, f, tp)
            self.c.restore()
        if bottom:
            fb = faces.font(face, r * 0.16)
            faces.check(fb, bottom)
            w = fb.measureText(bottom)
            self.c.drawString(bottom, cx - w / 2, cy + r * 0.62, fb, tp)

    def qr(self, x: float, y: float, size: float, n: int = 29) -> None:
        cell = size / n
        bits = self.rng.random((n, n)) < 0.5
        self.c.drawRect(skia.Rect.MakeXYWH(x - cell, y - cell, size + 2 * cell, size + 2 * cell), paint(skia.ColorWHITE))
        for (fx, fy) in ((0, 0), (n - 7, 0), (0, n - 7)):
            bits[fy:fy + 7, fx:fx + 7] = False
            bits[fy:fy + 7, fx] = bits[fy:fy + 7, fx + 6] = True
            bits[fy, fx:fx + 7] = bits[fy + 6, fx:fx + 7] = True
            bits[fy + 2:fy + 5, fx + 2:fx + 5] = True
        path = skia.Path()
        for j, i in zip(*np.nonzero(bits), strict=True):
            path.addRect(skia.Rect.MakeXYWH(x + i * cell, y + j * cell, cell * 1.02, cell * 1.02))
        self.c.drawPath(path, paint(BLACK))

    def photo(self, x: float, y: float, w: float, h: float) -> None:
        """An ID photo: pale background, shoulders and a head, hair."""
        rng = self.rng
        self.c.save()
        self.c.clipRect(skia.Rect.MakeXYWH(x, y, w, h))
        bg = skia.ColorSetARGB(255, 236, 240, 244)
        self.c.drawRect(skia.Rect.MakeXYWH(x, y, w, h), paint(bg))
        skin = skia.ColorSetARGB(255, int(rng.integers(200, 235)), int(rng.integers(160, 195)), int(rng.integers(130, 165)))
        cloth = skia.ColorSetARGB(255, *[int(v) for v in rng.integers(20, 90, 3)])
        self.c.drawOval(skia.Rect.MakeXYWH(x + w * 0.05, y + h * 0.68, w * 0.9, h * 0.6), paint(cloth))
        self.c.drawRect(skia.Rect.MakeXYWH(x + w * 0.41, y + h * 0.5, w * 0.18, h * 0.2), paint(skin))
        self.c.drawOval(skia.Rect.MakeXYWH(x + w * 0.27, y + h * 0.16, w * 0.46, h * 0.5), paint(skin))
        hair = skia.ColorSetARGB(255, 25, 22, 20)
        self.c.drawArc(skia.Rect.MakeXYWH(x + w * 0.25, y + h * 0.1, w * 0.5, h * 0.36), 180, 180, True, paint(hair))
        self.c.restore()
