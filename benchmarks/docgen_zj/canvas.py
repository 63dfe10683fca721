"""Family ZJ's drawing surface: a QPainter on any paint device (a QImage at the capture's dpi, a
QPdfWriter page, a scanner bed with the page skewed on it) addressed in millimetres, with the text
helpers the templates need — runs in a checked face, labels spread over the label column (名　　称),
QTextLayout paragraphs wrapped and justified — and the ink box of every character of every field
value (in mm on the page), from which a capture decides what it hides."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QTextLayout,
    QTextOption,
)

from benchmarks.docgen_zj import faces as F

U = 10.0  # painter units per millimetre (font pixel sizes are whole units: 0.1 mm steps)


class Canvas:
    def __init__(self, painter: QPainter, w_mm: float, h_mm: float):
        self.p = painter
        self.w, self.h = w_mm, h_mm
        self.boxes: dict[str, list[tuple[float, float, float, float]]] = {}
        F.keep_none_alive()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        painter.scale(1 / U, 1 / U)  # the caller's transform maps mm; we draw in 0.1 mm

    # --- shapes -------------------------------------------------------------------------------
    def pen(self, color, width_mm: float = 0.3) -> None:
        self.p.setPen(QPen(QColor(color), width_mm * U))
        self.p.setBrush(Qt.BrushStyle.NoBrush)

    def rect(self, x, y, w, h, color="#000", width=0.3, fill=None) -> None:
        self.p.setPen(QPen(QColor(color), width * U) if color else Qt.PenStyle.NoPen)
        self.p.setBrush(QBrush(QColor(fill)) if fill else Qt.BrushStyle.NoBrush)
        self.p.drawRect(QRectF(x * U, y * U, w * U, h * U))

    def line(self, x0, y0, x1, y1, color="#000", width=0.3) -> None:
        self.p.setPen(QPen(QColor(color), width * U))
        self.p.drawLine(QPointF(x0 * U, y0 * U), QPointF(x1 * U, y1 * U))

    def path(self, path: QPainterPath, color=None, width=0.3, fill=None) -> None:
        self.p.setPen(QPen(QColor(color), width * U) if color else Qt.PenStyle.NoPen)
        self.p.setBrush(QBrush(QColor(fill)) if fill else Qt.BrushStyle.NoBrush)
        self.p.drawPath(path)

    # --- text -----------------------------------------------------------------------------------
    def text(self, x, y, s: str, key: str, size: float, color="#000", field: str | None = None,
             anchor: str = "left", spacing: float = 0.0, bold: bool = False) -> float:
        """Draw `s` with its baseline at y (mm); returns the width in mm."""
        if not s:
            return 0.0
        F.check(key, s)
        f = F.font(key, size * U, bold)
        if spacing:
            f.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, spacing * U)
        fm = QFontMetricsF(f)
        width = fm.horizontalAdvance(s) / U
        if anchor == "center":
            x -= width / 2
        elif anchor == "right":
            x -= width
        self.p.setFont(f)
        self.p.setPen(QColor(color))
        self.p.drawText(QPointF(x * U, y * U), s)
        if field:
            asc, desc = fm.ascent() / U, fm.descent() / U
            for i, ch in enumerate(s):
                if ch.isspace():
                    continue
                a = fm.horizontalAdvance(s[:i]) / U
                b = fm.horizontalAdvance(s[:i + 1]) / U
                self.boxes.setdefault(field, []).append((x + a, y - asc * 0.85, x + b, y + desc * 0.4))
        return width

    def spread(self, x, y, w, s: str, key: str, size: float, color="#000") -> None:
        """A label spread over the label column's width w (名　　称): first char at x, last ending at x+w."""
        F.check(key, s)
        f = F.font(key, size * U)
        fm = QFontMetricsF(f)
        self.p.setFont(f)
        self.p.setPen(QColor(color))
        if len(s) == 1:
            self.p.drawText(QPointF(x * U, y * U), s)
            return
        widths = [fm.horizontalAdvance(c) / U for c in s]
        gap = (w - sum(widths)) / (len(s) - 1)
        cx = x
        for c, cw in zip(s, widths, strict=True):
            self.p.drawText(QPointF(cx * U, y * U), c)
            cx += cw + gap

    def para(self, x, y, w, s: str, key: str, size: float, lead: float = 1.45, color="#000",
             field: str | None = None, justify: bool = True, indent_first: float = 0.0,
             max_lines: int = 99) -> float:
        """A QTextLayout paragraph from top y, width w (mm), justified; returns its height in mm.
        The first baseline is y + ascent."""
        if not s:
            return 0.0
        F.check(key, s)
        f = F.font(key, size * U)
        fm = QFontMetricsF(f)
        lay = QTextLayout(s, f)
        opt = QTextOption()
        opt.setWrapMode(QTextOption.WrapMode.WrapAnywhere)
        opt.setAlignment(Qt.AlignmentFlag.AlignJustify if justify else Qt.AlignmentFlag.AlignLeft)
        lay.setTextOption(opt)
        lay.beginLayout()
        ty = 0.0
        lines = []
        while True:
            ln = lay.createLine()
            if not ln.isValid():
                break
            first = not lines
            ln.setLineWidth((w - (indent_first if first else 0)) * U)
            ln.setPosition(QPointF((indent_first if first else 0) * U, ty))
            ty += size * lead * U
            lines.append(ln)
        lay.endLayout()
        if len(lines) > max_lines:
            raise ValueError(f"paragraph needs {len(lines)} lines, room for {max_lines}: {s[:20]}")
        self.p.setPen(QColor(color))
        lay.draw(self.p, QPointF(x * U, y * U))
        if field:
            asc, desc = fm.ascent() / U, fm.descent() / U
            for ln in lines:
                top = y + ln.y() / U
                base = top + ln.ascent() / U
                for i in range(ln.textStart(), ln.textStart() + ln.textLength()):
                    if s[i].isspace():
                        continue
                    a = ln.cursorToX(i)[0] / U
                    b = ln.cursorToX(i + 1)[0] / U
                    if b <= a:
                        b = a + fm.horizontalAdvance(s[i]) / U
                    self.boxes.setdefault(field, []).append((x + a, base - asc * 0.85, x + b, base + desc * 0.4))
        return len(lines) * size * lead

    def chars_fit(self, s: str, key: str, size: float, w: float) -> bool:
        return QFontMetricsF(F.font(key, size * U)).horizontalAdvance(s) / U <= w

    # --- ornaments --------------------------------------------------------------------------------
    def seal(self, cx, cy, r, ring_text: str, center_text: str, key: str, color="#d0202a", rot=0.0,
             bottom: str = "", opacity=0.82) -> None:
        """A round seal: double ring, the name rotated along the upper arc, a star, a bottom line."""
        p = self.p
        p.save()
        p.setOpacity(opacity)
        p.translate(cx * U, cy * U)
        p.rotate(rot)
        col = QColor(color)
        p.setPen(QPen(col, r * 0.07 * U))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawEllipse(QPointF(0, 0), r * U, r * U)
        p.setPen(QPen(col, r * 0.015 * U))
        p.drawEllipse(QPointF(0, 0), r * 0.9 * U, r * 0.9 * U)
        # star
        star = QPainterPath()
        rs = r * 0.3 * U
        for k in range(10):
            rr = rs if k % 2 == 0 else rs * 0.4
            a = -math.pi / 2 + k * math.pi / 5
            pt = QPointF(rr * math.cos(a), rr * math.sin(a))
            if k == 0:
                star.moveTo(pt)
            else:
                star.lineTo(pt)
        star.closeSubpath()
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QBrush(col))
        p.drawPath(star)
        # ring text along the arc: characters rotated to the tangent
        F.check(key, ring_text)
        n = len(ring_text)
        fsize = min(r * 0.28, 2 * math.pi * r * 0.68 / max(n, 1) * 0.8)
        f = F.font(key, fsize * U)
        fm = QFontMetricsF(f)
        span = min(250.0, 22.0 * n) if n > 1 else 0.0
        p.setFont(f)
        for i, ch in enumerate(ring_text):
            ang = -90 - span / 2 + (span * i / (n - 1) if n > 1 else 0)
            p.save()
            p.rotate(ang + 90)
            p.translate(0, -r * 0.66 * U)
            cw = fm.horizontalAdvance(ch)
            path = QPainterPath()
            path.addText(QPointF(-cw / 2, fm.ascent() * 0.5), f, ch)
            p.drawPath(path)
            p.restore()
        if center_text:
            F.check(key, center_text)
            f2 = F.font(key, r * 0.2 * U)
            fm2 = QFontMetricsF(f2)
            path = QPainterPath()
            path.addText(QPointF(-fm2.horizontalAdvance(center_text) / 2, r * 0.58 * U), f2, center_text)
            p.drawPath(path)
        if bottom:
            F.check(key, bottom)
            f3 = F.font(key, r * 0.13 * U)
            fm3 = QFontMetricsF(f3)
            path = QPainterPath()
            path.addText(QPointF(-fm3.horizontalAdvance(bottom) / 2, r * 0.8 * U), f3, bottom)
            p.drawPath(path)
        p.restore()

    def guilloche(self, x, y, w, h, rng, color="#c9a76a", n=3, width=0.12, opacity=0.8) -> None:
        """A border band of interlaced sine strands (the licence frames and card backgrounds)."""
        p = self.p
        p.save()
        p.setOpacity(opacity)
        for k in range(n):
            ph = float(rng.uniform(0, 6.28))
            per = float(rng.uniform(3.0, 6.0))
            path = QPainterPath()
            steps = max(40, int((w + h) * 2 / 0.6))
            for i in range(steps + 1):
                t = i / steps
                # walk the rectangle's perimeter; displace inward by a sine
                per_len = 2 * (w + h)
                d = t * per_len
                if d < w:
                    px, py, nx, ny = x + d, y, 0, 1
                elif d < w + h:
                    px, py, nx, ny = x + w, y + d - w, -1, 0
                elif d < 2 * w + h:
                    px, py, nx, ny = x + w - (d - w - h), y + h, 0, -1
                else:
                    px, py, nx, ny = x, y + h - (d - 2 * w - h), 1, 0
                off = 1.6 + 1.4 * math.sin(d / per + ph + k * 2.1)
                pt = QPointF((px + nx * off) * U, (py + ny * off) * U)
                if i == 0:
                    path.moveTo(pt)
                else:
                    path.lineTo(pt)
            p.setPen(QPen(QColor(color), width * U))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPath(path)
        p.restore()

    def waves(self, x, y, w, h, rng, color="#9cc3dc", n=18, width=0.08, opacity=0.55) -> None:
        """Fine wavy background lines (the ID card's security print)."""
        p = self.p
        p.save()
        p.setOpacity(opacity)
        p.setPen(QPen(QColor(color), width * U))
        p.setBrush(Qt.BrushStyle.NoBrush)
        amp, per, ph = float(rng.uniform(0.8, 2.2)), float(rng.uniform(6, 14)), float(rng.uniform(0, 6))
        for k in range(n):
            yy = y + h * (k + 0.5) / n
            path = QPainterPath()
            steps = int(w / 0.8) + 1
            for i in range(steps + 1):
                xx = x + w * i / steps
                pt = QPointF(xx * U, (yy + amp * math.sin(xx / per * 6.28 + ph + k * 0.4)) * U)
                if i == 0:
                    path.moveTo(pt)
                else:
                    path.lineTo(pt)
            p.drawPath(path)
        p.restore()

    def emblem(self, cx, cy, r, color="#c8161d", gold="#e8b93a") -> None:
        """A stylised national emblem: red disc, gold rim, five stars, a gate band and ears of wheat."""
        p = self.p
        p.save()
        p.translate(cx * U, cy * U)
        p.setPen(QPen(QColor(gold), r * 0.08 * U))
        p.setBrush(QBrush(QColor(color)))
        p.drawEllipse(QPointF(0, 0), r * U, r * U)

        def star(sx, sy, rs, rot=0.0):
            path = QPainterPath()
            for k in range(10):
                rr = rs if k % 2 == 0 else rs * 0.4
                a = -math.pi / 2 + k * math.pi / 5 + rot
                pt = QPointF(sx + rr * math.cos(a), sy + rr * math.sin(a))
                path.moveTo(pt) if k == 0 else path.lineTo(pt)
            path.closeSubpath()
            return path
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QBrush(QColor(gold)))
        p.drawPath(star(0, -r * 0.42 * U, r * 0.22 * U))
        for k, a in enumerate((-60, -25, 25, 60)):
            rad = math.radians(a - 90)
            p.drawPath(star(r * 0.5 * math.cos(rad) * U, (r * 0.5 * math.sin(rad) - r * 0.05) * U, r * 0.08 * U, k * 0.3))
        # the gate
        p.drawRect(QRectF(-r * 0.45 * U, r * 0.05 * U, r * 0.9 * U, r * 0.12 * U))
        p.drawRect(QRectF(-r * 0.55 * U, r * 0.22 * U, r * 1.1 * U, r * 0.22 * U))
        p.setBrush(QBrush(QColor(color)))
        for k in range(-2, 3):
            p.drawRect(QRectF((k * 0.2 - 0.05) * r * U, r * 0.28 * U, r * 0.1 * U, r * 0.16 * U))
        # wheat ears along the rim
        p.setBrush(QBrush(QColor(gold)))
        for side in (-1, 1):
            for k in range(9):
                a = math.radians(110 + k * 14) if side < 0 else math.radians(70 - k * 14)
                ex, ey = r * 0.86 * math.cos(a) * U, r * 0.86 * math.sin(a) * U
                p.save()
                p.translate(ex, ey)
                p.rotate(math.degrees(a) + 90)
                p.drawEllipse(QPointF(0, 0), r * 0.045 * U, r * 0.1 * U)
                p.restore()
        p.restore()

    def qr(self, x, y, size, rng, n=29) -> None:
        """A QR-like block: finder squares in three corners, seeded modules elsewhere."""
        cell = size / n
        p = self.p
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QBrush(QColor("#111")))
        bits = rng.random((n, n)) < 0.5
        for fy, fx in ((0, 0), (0, n - 7), (n - 7, 0)):
            bits[fy:fy + 7, fx:fx + 7] = False
        for j in range(n):
            for i in range(n):
                if bits[j, i]:
                    p.drawRect(QRectF((x + i * cell) * U, (y + j * cell) * U, cell * U * 1.02, cell * U * 1.02))
        for fy, fx in ((0, 0), (0, n - 7), (n - 7, 0)):
            ox, oy = x + fx * cell, y + fy * cell
            p.setBrush(QBrush(QColor("#111")))
            p.drawRect(QRectF(ox * U, oy * U, 7 * cell * U, 7 * cell * U))
            p.setBrush(QBrush(QColor("#fff")))
            p.drawRect(QRectF((ox + cell) * U, (oy + cell) * U, 5 * cell * U, 5 * cell * U))
            p.setBrush(QBrush(QColor("#111")))
            p.drawRect(QRectF((ox + 2 * cell) * U, (oy + 2 * cell) * U, 3 * cell * U, 3 * cell * U))

    def signature(self, x, y, w, h, rng, color="#1a2a7a", width=0.35) -> None:
        """A scrawled signature: a few cubic strokes."""
        path = QPainterPath(QPointF(x * U, (y + h * 0.6) * U))
        cx = x
        for _ in range(int(rng.integers(3, 6))):
            nx = cx + w / 4
            path.cubicTo(QPointF((cx + w * 0.05) * U, (y + float(rng.uniform(-0.2, 1.2)) * h) * U),
                         QPointF((nx - w * 0.05) * U, (y + float(rng.uniform(-0.2, 1.2)) * h) * U),
                         QPointF(nx * U, (y + float(rng.uniform(0.2, 0.9)) * h) * U))
            cx = nx
        self.path(path, color=color, width=width)
