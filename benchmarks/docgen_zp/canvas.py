"""A page drawn through libharu in millimetres from the top-left corner: text runs placed one by one
(spread labels, our own CJK line breaker measured with HPDF_Page_TextWidth), seals with characters
rotated on an arc (HPDF_Page_SetTextMatrix), guilloche, borders, emblems and QR-like blocks as paths.
Every value run records its ink box (mm) under its field key: the captures judge `unreadable` from it."""

from __future__ import annotations

import io
import math

import numpy as np
from PIL import Image

from benchmarks.docgen_zp import faces
from benchmarks.docgen_zp import hpdf as H

MM = 72.0 / 25.4
NO_LINE_START = set("，。；：、）》」』！？,.;:)%")
NO_LINE_END = set("（《「『(")


class Canvas:
    def __init__(self, doc: H.Doc, w_mm: float, h_mm: float) -> None:
        self.doc, self.w, self.h = doc, w_mm, h_mm
        self.p = doc.page(w_mm * MM, h_mm * MM)
        self.boxes: dict[str, list[tuple[float, float, float, float]]] = {}
        self._font = None

    # ---- text -----------------------------------------------------------------------------------
    def _set(self, face: str, size: float) -> None:
        path, index = faces.FACES[face]
        H.ok(H.Page_SetFontAndSize(self.p, self.doc.font(path, index), size), "SetFontAndSize")

    def width(self, s: str, face: str, size: float) -> float:
        """Advance width of `s` in mm (HPDF_Page_TextWidth with the face set at `size` pt)."""
        self._set(face, size)
        return H.Page_TextWidth(self.p, s.encode("utf-8")) / MM

    def text(self, x: float, y: float, s: str, face: str, size: float, color=(0, 0, 0), field: str | None = None,
             spacing: float = 0.0) -> float:
        """One run with its baseline at (x, y) mm; returns its width in mm."""
        if not s:
            return 0.0
        faces.check(face, s)
        H.ok(H.Page_SetRGBFill(self.p, *color), "fill")
        H.ok(H.Page_BeginText(self.p), "BeginText")
        self._set(face, size)
        H.ok(H.Page_SetCharSpace(self.p, spacing * MM), "CharSpace")
        H.ok(H.Page_TextOut(self.p, x * MM, (self.h - y) * MM, s.encode("utf-8")), f"TextOut {s!r}")
        H.ok(H.Page_SetCharSpace(self.p, 0), "CharSpace")
        H.ok(H.Page_EndText(self.p), "EndText")
        w = self.width(s, face, size) + spacing * max(0, len(s) - 1)
        if field:
            pt = size / MM
            self.boxes.setdefault(field, []).append((x, y - 0.86 * pt, x + w, y + 0.14 * pt))
        return w

    def spread(self, x: float, y: float, label: str, width: float, face: str, size: float, color=(0, 0, 0)) -> None:
        """A label spread over `width` mm (名　　称): first character at x, last ending at x + width."""
        if len(label) == 1:
            self.text(x, y, label, face, size, color)
            return
        cw = [self.width(c, face, size) for c in label]
        gap = (width - sum(cw)) / (len(label) - 1)
        cx = x
        for c, w in zip(label, cw, strict=True):
            self.text(cx, y, c, face, size, color)
            cx += w + max(gap, 0)

    def wrap(self, s: str, face: str, size: float, width: float) -> list[str]:
        """Our CJK line breaker: characters fill a line up to `width` mm; a closing punctuation mark
        never starts a line (it pulls the previous character down), an opening one never ends one;
        runs of ASCII digits/letters are kept whole."""
        tokens: list[str] = []
        for c in s:
            if tokens and c.isascii() and c.isalnum() and tokens[-1][-1].isascii() and tokens[-1][-1].isalnum():
                tokens[-1] += c
            else:
                tokens.append(c)
        lines: list[list[str]] = [[]]
        for t in tokens:
            cur = lines[-1]
            if cur and self.width("".join(cur) + t, face, size) > width:
                nxt: list[str] = []
                if t[0] in NO_LINE_START and cur:
                    nxt.append(cur.pop())
                while cur and cur[-1][-1] in NO_LINE_END:
                    nxt.insert(0, cur.pop())
                lines.append(nxt)
            lines[-1].append(t)
        return ["".join(x) for x in lines if x]

    def para(self, x: float, y: float, s: str, face: str, size: float, width: float, lead: float,
             color=(0, 0, 0), field: str | None = None, max_lines: int = 99) -> float:
        """Wrapped text from baseline y; returns the baseline after the last line."""
        lines = self.wrap(s, face, size, width)[:max_lines]
        for ln in lines:
            self.text(x, y, ln, face, size, color, field)
            y += lead
        return y

    def centered(self, cx: float, y: float, s: str, face: str, size: float, color=(0, 0, 0), spacing: float = 0.0,
                 field: str | None = None) -> None:
        w = self.width(s, face, size) + spacing * max(0, len(s) - 1)
        self.text(cx - w / 2, y, s, face, size, color, field, spacing)

    def rotated(self, x: float, y: float, s: str, face: str, size: float, angle_deg: float, color=(0, 0, 0)) -> None:
        """A run whose baseline starts at (x, y) mm turned by angle (counter-clockwise on the page)."""
        faces.check(face, s)
        a = math.radians(angle_deg)
        H.ok(H.Page_SetRGBFill(self.p, *color), "fill")
        H.ok(H.Page_BeginText(self.p), "BeginText")
        self._set(face, size)
        H.ok(H.Page_SetTextMatrix(self.p, math.cos(a), math.sin(a), -math.sin(a), math.cos(a), x * MM, (self.h - y) * MM), "TextMatrix")
        H.ok(H.Page_ShowText(self.p, s.encode("utf-8")), "ShowText")
        H.ok(H.Page_EndText(self.p), "EndText")

    # ---- paths ----------------------------------------------------------------------------------
    def _pt(self, x: float, y: float) -> tuple[float, float]:
        return x * MM, (self.h - y) * MM

    def stroke_color(self, c) -> None:  # noqa: ANN001
        H.ok(H.Page_SetRGBStroke(self.p, *c), "stroke")

    def fill_color(self, c) -> None:  # noqa: ANN001
        H.ok(H.Page_SetRGBFill(self.p, *c), "fill")

    def line_width(self, w_mm: float) -> None:
        H.ok(H.Page_SetLineWidth(self.p, w_mm * MM), "LineWidth")

    def polyline(self, pts, close: bool = False, fill: bool = False) -> None:  # noqa: ANN001
        pts = list(pts)
        H.ok(H.Page_MoveTo(self.p, *self._pt(*pts[0])), "MoveTo")
        for q in pts[1:]:
            H.ok(H.Page_LineTo(self.p, *self._pt(*q)), "LineTo")
        if close:
            H.ok(H.Page_ClosePath(self.p), "ClosePath")
        H.ok((H.Page_Fill if fill else H.Page_Stroke)(self.p), "paint")

    def rect(self, x: float, y: float, w: float, h: float, fill: bool = False, stroke: bool = True) -> None:
        H.ok(H.Page_Rectangle(self.p, x * MM, (self.h - y - h) * MM, w * MM, h * MM), "Rectangle")
        if fill and stroke:
            H.ok(H.Page_FillStroke(self.p), "FillStroke")
        else:
            H.ok((H.Page_Fill if fill else H.Page_Stroke)(self.p), "paint")

    def circle(self, cx: float, cy: float, r: float, fill: bool = False) -> None:
        H.ok(H.Page_Circle(self.p, cx * MM, (self.h - cy) * MM, r * MM), "Circle")
        H.ok((H.Page_Fill if fill else H.Page_Stroke)(self.p), "paint")

    def alpha(self, a: float, multiply: bool = False) -> None:
        H.ok(H.Page_SetExtGState(self.p, self.doc.gstate(a, multiply)), "ExtGState")

    def save(self) -> None:
        H.ok(H.Page_GSave(self.p), "GSave")

    def restore(self) -> None:
        H.ok(H.Page_GRestore(self.p), "GRestore")

    def star(self, cx: float, cy: float, r: float, rot: float = -90.0) -> None:
        pts = []
        for k in range(10):
            rr = r if k % 2 == 0 else r * 0.382
            a = math.radians(rot + k * 36)
            pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
        self.polyline(pts, close=True, fill=True)

    def image_png(self, png: bytes, x: float, y: float, w: float, h: float) -> None:
        img = self.doc.png(png)
        H.ok(H.Page_DrawImage(self.p, img, x * MM, (self.h - y - h) * MM, w * MM, h * MM), "DrawImage")

    # ---- ornaments ------------------------------------------------------------------------------
    def guilloche_band(self, x0: float, y0: float, x1: float, y1: float, band: float, color, rng, n: int = 5) -> None:  # noqa: ANN001
        """A guilloche frame: interleaved sine ropes along the four sides of the rectangle."""
        self.stroke_color(color)
        self.line_width(0.12)
        per = float(rng.uniform(3.0, 6.0))
        for k in range(n):
            ph = k * 2 * math.pi / n
            for side in range(4):
                if side in (0, 2):
                    yy = y0 + band / 2 if side == 0 else y1 - band / 2
                    xs = np.arange(x0, x1 + 0.01, 0.6)
                    pts = [(x, yy + band / 2 * 0.9 * math.sin(2 * math.pi * x / per + ph)) for x in xs]
                else:
                    xx = x0 + band / 2 if side == 3 else x1 - band / 2
                    ys = np.arange(y0, y1 + 0.01, 0.6)
                    pts = [(xx + band / 2 * 0.9 * math.sin(2 * math.pi * y / per + ph), y) for y in ys]
                self.polyline(pts)
        self.line_width(0.35)
        self.rect(x0, y0, x1 - x0, y1 - y0)
        self.rect(x0 + band, y0 + band, x1 - x0 - 2 * band, y1 - y0 - 2 * band)

    def rosette(self, cx: float, cy: float, r: float, color, k: int = 7) -> None:  # noqa: ANN001
        self.stroke_color(color)
        self.line_width(0.1)
        for j in range(3):
            ts = np.linspace(0, 2 * math.pi, 400)
            rr = r * (0.75 + 0.25 * np.cos(k * ts + j))
            self.polyline([(cx + a * math.cos(t), cy + a * math.sin(t)) for a, t in zip(rr, ts, strict=True)])

    def waves(self, x0: float, y0: float, w: float, h: float, color, rng, n: int = 18) -> None:  # noqa: ANN001
        self.stroke_color(color)
        self.line_width(0.08)
        f = float(rng.uniform(0.08, 0.16))
        for k in range(n):
            yy = y0 + h * k / n
            xs = np.arange(x0, x0 + w, 0.8)
            self.polyline([(x, yy + 1.6 * math.sin(f * x + k * 0.5) + 0.8 * math.sin(0.31 * x + k)) for x in xs])

    def emblem(self, cx: float, cy: float, r: float) -> None:
        """The national emblem, simplified: a gold ring around a red field with one large and four small
        stars above a gate silhouette."""
        self.fill_color((0.78, 0.1, 0.1))
        self.circle(cx, cy, r, fill=True)
        self.fill_color((0.95, 0.77, 0.2))
        self.stroke_color((0.95, 0.77, 0.2))
        self.line_width(r * 0.06)
        self.circle(cx, cy, r * 0.93)
        self.star(cx - r * 0.35, cy - r * 0.3, r * 0.22)
        for k, (dx, dy) in enumerate([(-0.05, -0.55), (0.12, -0.42), (0.15, -0.2), (0.05, -0.02)]):
            self.star(cx + r * dx, cy + r * dy, r * 0.08, rot=-90 + 20 * k)
        self.rect(cx - r * 0.55, cy + r * 0.15, r * 1.1, r * 0.12, fill=True, stroke=False)
        self.rect(cx - r * 0.4, cy + r * 0.32, r * 0.8, r * 0.28, fill=True, stroke=False)
        self.fill_color((0.78, 0.1, 0.1))
        self.rect(cx - r * 0.1, cy + r * 0.4, r * 0.2, r * 0.2, fill=True, stroke=False)

    def qr(self, x: float, y: float, size: float, rng, n: int = 25) -> None:  # noqa: ANN001
        m = rng.random((n, n)) < 0.5
        for fx, fy in ((0, 0), (n - 7, 0), (0, n - 7)):
            m[fy:fy + 7, fx:fx + 7] = False
            m[fy, fx:fx + 7] = m[fy + 6, fx:fx + 7] = True
            m[fy:fy + 7, fx] = m[fy:fy + 7, fx + 6] = True
            m[fy + 2:fy + 5, fx + 2:fx + 5] = True
        c = size / n
        self.fill_color((0, 0, 0))
        for j in range(n):
            i = 0
            while i < n:
                if m[j, i]:
                    k = i
                    while k < n and m[j, k]:
                        k += 1
                    self.rect(x + i * c, y + j * c, (k - i) * c, c * 1.02, fill=True, stroke=False)
                    i = k
                else:
                    i += 1

    def seal(self, cx: float, cy: float, r: float, ring_text: str, bottom: str, rng, face: str = "song",  # noqa: ANN001
             color=(0.85, 0.1, 0.12), alpha: float = 0.82, number: str = "") -> None:
        """A round seal: ring, star, characters rotated on the upper arc, a horizontal line at the bottom."""
        self.save()
        self.alpha(alpha, multiply=True)
        self.stroke_color(color)
        self.fill_color(color)
        self.line_width(r * 0.06)
        self.circle(cx, cy, r)
        self.star(cx, cy, r * 0.28)
        n = len(ring_text)
        span = min(250.0, 22.0 * n)
        size = r * 0.30 * MM
        for k, ch in enumerate(ring_text):
            # angle measured on the page (y up), from the left end of the arc to the right end
            ang = 90 + span / 2 - span * (k + 0.5) / n
            a = math.radians(ang)
            rr = r * 0.64
            px, py = cx + rr * math.cos(a), cy - rr * math.sin(a)
            rot = ang - 90
            w = self.width(ch, face, size)
            # the glyph's baseline centre at (px, py): shift back by half its width along the baseline
            ox = px - (w / 2) * math.cos(math.radians(rot))
            oy = py + (w / 2) * math.sin(math.radians(rot))
            self.rotated(ox, oy, ch, face, size, rot, color)
        if bottom:
            self.centered(cx, cy + r * 0.62, bottom, face, r * 0.22 * MM, color)
        if number:
            self.centered(cx, cy + r * 0.86, number, "sans", r * 0.1 * MM, color)
        self.restore()


def portrait_png(rng, w: int = 260, h: int = 320) -> bytes:  # noqa: ANN001
    """An ID photo: a plain light background, shoulders and a head (shaded ellipses), hair."""
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    bg = np.array([240, 242, 245], np.float32) if rng.random() < 0.7 else np.array([214, 228, 246], np.float32)
    img = np.ones((h, w, 3), np.float32) * bg
    skin = np.array([rng.uniform(200, 235), rng.uniform(160, 195), rng.uniform(130, 165)], np.float32)
    cx = w / 2 + rng.uniform(-8, 8)
    head = ((xx - cx) / (w * 0.2)) ** 2 + ((yy - h * 0.42) / (h * 0.22)) ** 2
    body = ((xx - cx) / (w * 0.48)) ** 2 + ((yy - h * 1.05) / (h * 0.36)) ** 2
    hair = ((xx - cx) / (w * 0.22)) ** 2 + ((yy - h * 0.33) / (h * 0.18)) ** 2
    shirt = np.array([rng.uniform(20, 90)] * 3, np.float32) + np.array([0, 0, rng.uniform(0, 60)], np.float32)
    img[body < 1] = shirt
    img[head < 1] = skin * (1 - 0.15 * np.clip(((xx - cx) / (w * 0.2)) ** 2, 0, 1))[head < 1][:, None]
    img[(hair < 1) & (yy < h * 0.36)] = np.array([25, 22, 20], np.float32)
    for ex in (-0.07, 0.07):
        eye = ((xx - cx - ex * w) / 5) ** 2 + ((yy - h * 0.42) / 2.5) ** 2
        img[eye < 1] = (40, 30, 30)
    mouth = ((xx - cx) / 12) ** 2 + ((yy - h * 0.53) / 2.2) ** 2
    img[mouth < 1] = (170, 90, 90)
    buf = io.BytesIO()
    Image.fromarray(np.clip(img, 0, 255).astype(np.uint8)).save(buf, "PNG")
    return buf.getvalue()
