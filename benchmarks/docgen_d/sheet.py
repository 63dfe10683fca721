"""Family D: a thin drawing layer over a reportlab canvas (millimetres, origin top-left) that
records where each field's value is printed, so the capture step can decide from geometry
alone whether a glare blob or the photo's frame hides it.

Documents are drawn as vector PDF first, with the machine's CJK TrueType faces (宋/明, 楷, 报宋,
黑), and rasterised afterwards at the dpi the capture needs.
"""

from __future__ import annotations

import math
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

PT = 25.4 / 72.0                      # one point in mm

FONT_FILES = {
    "song": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),          # 明体/宋体-like
    "kai": ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0),            # 楷体
    "bsong": ("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf", 0),  # 报宋
    "hei": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),         # 黑体
    "mhei": ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),      # 微米黑
}
_registered: set[str] = set()


def fonts() -> list[str]:
    """The faces this machine has (registered once); at least one is required."""
    if not _registered:
        for name, (path, idx) in FONT_FILES.items():
            if Path(path).exists():
                try:
                    pdfmetrics.registerFont(TTFont(name, path, subfontIndex=idx))
                    _registered.add(name)
                except Exception:  # a face reportlab cannot embed is simply not used
                    pass
        if not _registered:
            raise RuntimeError("family D needs a CJK TrueType font (fonts-arphic-uming / fonts-wqy-zenhei)")
    return sorted(_registered)


def pick(pref: list[str]) -> str:
    have = fonts()
    for p in pref:
        if p in have:
            return p
    return have[0]


NO_LINE_START = set("，。；、：）》”’％%,.;:)")


class Sheet:
    """One page. Boxes are (x1, y1, x2, y2) in mm from the top-left corner."""

    def __init__(self, path: Path, w_mm: float, h_mm: float):
        fonts()
        self.path = path
        self.w, self.h = w_mm, h_mm
        self.c = canvas.Canvas(str(path), pagesize=(w_mm * mm, h_mm * mm), invariant=1)
        self.boxes: dict[str, list[tuple[float, float, float, float]]] = {}

    # -- primitives -------------------------------------------------------------------------
    def width(self, s: str, font: str, size: float, space: float = 0.0) -> float:
        return pdfmetrics.stringWidth(s, font, size) * PT + space * max(0, len(s) - 1)

    def text(self, s: str, x: float, y: float, font: str, size: float, color=(0, 0, 0), *,
             field: str | None = None, space: float = 0.0, anchor: str = "left", bold: bool = False,
             alpha: float = 1.0) -> float:
        """Draw s with its baseline at y; returns the x where it ends. space = extra mm between chars."""
        w = self.width(s, font, size, space)
        if anchor == "center":
            x -= w / 2
        elif anchor == "right":
            x -= w
        c = self.c
        c.saveState()
        c.setFillColorRGB(*color)
        c.setStrokeColorRGB(*color)
        if alpha < 1:
            c.setFillAlpha(alpha)
            c.setStrokeAlpha(alpha)
        t = c.beginText()
        t.setTextOrigin(x * mm, (self.h - y) * mm)
        t.setFont(font, size)
        t.setCharSpace(space * mm)
        if bold:
            c.setLineWidth(size * 0.035)
            t.setTextRenderMode(2)
        t.textOut(s)
        c.drawText(t)
        c.restoreState()
        if field:
            self.boxes.setdefault(field, []).append((x, y - 0.86 * size * PT, x + w, y + 0.14 * size * PT))
        return x + w

    def justified(self, s: str, x: float, y: float, span: float, font: str, size: float, color=(0, 0, 0),
                  bold: bool = False) -> None:
        """A label spread over a fixed width: 名　　　称 (first char at x, last ending at x+span)."""
        if len(s) == 1:
            self.text(s, x, y, font, size, color, bold=bold)
            return
        cw = [self.width(ch, font, size) for ch in s]
        gap = (span - sum(cw)) / (len(s) - 1)
        cx = x
        for ch, w in zip(s, cw, strict=True):
            self.text(ch, cx, y, font, size, color, bold=bold)
            cx += w + max(gap, 0.0)

    def wrap(self, s: str, x: float, y: float, width: float, font: str, size: float, leading: float, *,
             field: str | None = None, color=(0, 0, 0), first_x: float | None = None,
             max_lines: int = 99) -> float:
        """Fill s into rows of the given width; continuation rows start at x (the value column).
        Returns the baseline y of the last row."""
        rows: list[str] = []
        cur, cur_w = "", 0.0
        limit = width if first_x is None else width - (first_x - x)
        for ch in s:
            w = self.width(ch, font, size)
            if cur and cur_w + w > limit and ch not in NO_LINE_START:
                rows.append(cur)
                cur, cur_w, limit = "", 0.0, width
            cur += ch
            cur_w += w
        if cur:
            rows.append(cur)
        rows = rows[:max_lines]
        for i, row in enumerate(rows):
            self.text(row, first_x if (i == 0 and first_x is not None) else x, y + i * leading, font, size,
                      color, field=field)
        return y + (len(rows) - 1) * leading

    def rect(self, x: float, y: float, w: float, h: float, *, fill=None, stroke=None, lw: float = 0.3,
             alpha: float = 1.0) -> None:
        c = self.c
        c.saveState()
        if fill is not None:
            c.setFillColorRGB(*fill)
        if stroke is not None:
            c.setStrokeColorRGB(*stroke)
        c.setLineWidth(lw * mm)
        if alpha < 1:
            c.setFillAlpha(alpha)
            c.setStrokeAlpha(alpha)
        c.rect(x * mm, (self.h - y - h) * mm, w * mm, h * mm, stroke=stroke is not None, fill=fill is not None)
        c.restoreState()

    def line(self, x1: float, y1: float, x2: float, y2: float, color=(0, 0, 0), lw: float = 0.3) -> None:
        c = self.c
        c.saveState()
        c.setStrokeColorRGB(*color)
        c.setLineWidth(lw * mm)
        c.line(x1 * mm, (self.h - y1) * mm, x2 * mm, (self.h - y2) * mm)
        c.restoreState()

    def polyline(self, pts: list[tuple[float, float]], color, lw: float = 0.15, alpha: float = 1.0,
                 close: bool = False, fill=None) -> None:
        c = self.c
        c.saveState()
        c.setStrokeColorRGB(*color)
        if fill is not None:
            c.setFillColorRGB(*fill)
        c.setLineWidth(lw * mm)
        if alpha < 1:
            c.setStrokeAlpha(alpha)
            c.setFillAlpha(alpha)
        p = c.beginPath()
        p.moveTo(pts[0][0] * mm, (self.h - pts[0][1]) * mm)
        for px, py in pts[1:]:
            p.lineTo(px * mm, (self.h - py) * mm)
        if close:
            p.close()
        c.drawPath(p, stroke=1, fill=fill is not None)
        c.restoreState()

    def circle(self, cx: float, cy: float, r: float, *, stroke=None, fill=None, lw: float = 0.3,
               alpha: float = 1.0) -> None:
        c = self.c
        c.saveState()
        if stroke is not None:
            c.setStrokeColorRGB(*stroke)
        if fill is not None:
            c.setFillColorRGB(*fill)
        if alpha < 1:
            c.setFillAlpha(alpha)
            c.setStrokeAlpha(alpha)
        c.setLineWidth(lw * mm)
        c.circle(cx * mm, (self.h - cy) * mm, r * mm, stroke=stroke is not None, fill=fill is not None)
        c.restoreState()

    def star(self, cx: float, cy: float, r: float, color, alpha: float = 1.0, rot: float = 0.0) -> None:
        pts = []
        for i in range(10):
            a = math.pi / 2 + rot + i * math.pi / 5
            rr = r if i % 2 == 0 else r * 0.382
            pts.append((cx + rr * math.cos(a), cy - rr * math.sin(a)))
        self.polyline(pts, color, lw=0.01, alpha=alpha, close=True, fill=color)

    def rotated_char(self, ch: str, x: float, y: float, angle_deg: float, font: str, size: float, color,
                     alpha: float = 1.0) -> None:
        c = self.c
        c.saveState()
        c.setFillColorRGB(*color)
        if alpha < 1:
            c.setFillAlpha(alpha)
        c.translate(x * mm, (self.h - y) * mm)
        c.rotate(angle_deg)
        c.setFont(font, size)
        c.drawCentredString(0, -size * 0.35, ch)
        c.restoreState()

    # -- composite marks ---------------------------------------------------------------------
    def seal(self, cx: float, cy: float, r: float, ring_text: str, font: str, *, bottom: str = "",
             color=(0.86, 0.08, 0.1), alpha: float = 0.78, rot: float = 0.0) -> None:
        """A round red official seal, drawn semi-transparent so what it covers still shows through."""
        self.circle(cx, cy, r, stroke=color, lw=r * 0.05, alpha=alpha)
        self.star(cx, cy, r * 0.3, color, alpha, rot=math.radians(rot))
        n = len(ring_text)
        span = min(250.0, 18.0 * n)
        size = min(r * 0.42 / PT, 2 * math.pi * r * 0.62 * (span / 360) / max(n, 1) / PT * 1.05)
        for i, ch in enumerate(ring_text):
            a = 90 + span / 2 - (span * (i + 0.5) / n) + rot
            rad = math.radians(a)
            rr = r * 0.74
            self.rotated_char(ch, cx + rr * math.cos(rad), cy - rr * math.sin(rad), a - 90, font, size, color, alpha)
        if bottom:
            self.text(bottom, cx, cy + r * 0.62, font, size * 0.85, color, anchor="center", alpha=alpha)

    def emblem(self, cx: float, cy: float, r: float) -> None:
        """A stylised national emblem: gold ring, red field, five stars (not a copy of the real one)."""
        gold, red = (0.85, 0.66, 0.2), (0.8, 0.12, 0.1)
        self.circle(cx, cy, r, fill=gold)
        self.circle(cx, cy, r * 0.82, fill=red)
        self.star(cx, cy - r * 0.35, r * 0.22, gold)
        for i in range(4):
            a = math.radians(150 - i * 40)
            self.star(cx + r * 0.55 * math.cos(a), cy - r * 0.05 - r * 0.55 * math.sin(a) + r * 0.3, r * 0.08, gold)
        self.rect(cx - r * 0.45, cy + r * 0.15, r * 0.9, r * 0.22, fill=gold)
        self.rect(cx - r * 0.3, cy + r * 0.42, r * 0.6, r * 0.1, fill=gold)

    def qr(self, data: str, x: float, y: float, size: float) -> None:
        import qrcode
        q = qrcode.QRCode(border=0, error_correction=qrcode.constants.ERROR_CORRECT_M)
        q.add_data(data)
        q.make(fit=True)
        m = q.get_matrix()
        n = len(m)
        cell = size / n
        c = self.c
        c.saveState()
        c.setFillColorRGB(0, 0, 0)
        for i, row in enumerate(m):
            for j, v in enumerate(row):
                if v:
                    c.rect((x + j * cell) * mm, (self.h - y - (i + 1) * cell) * mm, cell * mm * 1.02,
                           cell * mm * 1.02, stroke=0, fill=1)
        c.restoreState()

    def save(self) -> None:
        self.c.showPage()
        self.c.save()
