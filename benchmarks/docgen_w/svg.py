"""A small SVG writer for family W's pages: text runs with per-character x positions (justified labels),
letter-spacing, textLength, writing-mode, wrapped paragraphs (own line breaking, or SVG2 `inline-size`
left to Inkscape's flow), guilloche borders, seals with their text on a circular path, QR blocks. Every
value drawn is recorded with its box (mm) so the captures can tell which values they hide."""

from __future__ import annotations

import math
from xml.sax.saxutils import escape

import qrcode

from benchmarks.docgen_w import faces as F

NO_LINE_START = set("，。、；：）》」』”’！？%,.;:)")


def char_w(c: str) -> float:
    """Advance of one character in em (CJK 1, Latin digits about 0.6)."""
    if ord(c) < 0x2000:
        return 0.62 if c.isupper() or c.isdigit() else 0.5
    return 1.0


def text_w(s: str, size: float, spacing: float = 0.0) -> float:
    return sum(char_w(c) for c in s) * size + spacing * max(0, len(s) - 1)


def break_lines(text: str, width: float, size: float, first_indent: float = 0.0) -> list[str]:
    """Greedy line breaking by estimated advances, no closing punctuation at a line's start."""
    rows: list[str] = []
    cur, w = "", first_indent
    for c in text:
        cw = char_w(c) * size
        if cur and w + cw > width and c not in NO_LINE_START:
            rows.append(cur)
            cur, w = "", 0.0
        cur += c
        w += cw
    if cur:
        rows.append(cur)
    return rows


class Page:
    def __init__(self, w_mm: float, h_mm: float, px_per_mm: float, bg: str = "#ffffff") -> None:
        self.w, self.h, self.scale = w_mm, h_mm, px_per_mm
        self.parts: list[str] = []
        self.defs: list[str] = []
        self.boxes: dict[str, list[tuple[float, float, float, float]]] = {}
        self.faces: set[str] = set()
        self._id = 0
        self.rect(0, 0, w_mm, h_mm, fill=bg)

    def uid(self, p: str = "e") -> str:
        self._id += 1
        return f"{p}{self._id}"

    # --- primitives -------------------------------------------------------------------------
    def rect(self, x: float, y: float, w: float, h: float, fill: str = "none", stroke: str = "none",
             sw: float = 0.3, rx: float = 0.0, opacity: float = 1.0) -> None:
        self.parts.append(f'<rect x="{x:.2f}" y="{y:.2f}" width="{w:.2f}" height="{h:.2f}" rx="{rx:.2f}" fill="{fill}" '
                          f'stroke="{stroke}" stroke-width="{sw:.2f}" opacity="{opacity:.2f}"/>')

    def path(self, d: str, stroke: str = "#000", sw: float = 0.3, fill: str = "none", opacity: float = 1.0,
             extra: str = "") -> None:
        self.parts.append(f'<path d="{d}" stroke="{stroke}" stroke-width="{sw:.3f}" fill="{fill}" opacity="{opacity:.2f}" {extra}/>')

    def raw(self, s: str) -> None:
        self.parts.append(s)

    def _run(self, face: str, role: list[str], s: str) -> str:
        f = F.covering(face, role, s)
        self.faces.add(f)
        return f

    def text(self, x: float, y: float, s: str, face: str, size: float, fill: str = "#111", role: list[str] | None = None,
             anchor: str = "start", spacing: float = 0.0, weight: int = 400, key: str | None = None,
             extra: str = "", length: float | None = None) -> float:
        """One run at baseline y; returns its estimated right edge. `length`: textLength (spacing adjust)."""
        if not s:
            return x
        f = self._run(face, role or [face], s)
        tl = f' textLength="{length:.2f}" lengthAdjust="spacing"' if length else ""
        self.parts.append(f'<text x="{x:.2f}" y="{y:.2f}" font-family="{escape(f)}" font-size="{size:.2f}" font-weight="{weight}" '
                          f'fill="{fill}" text-anchor="{anchor}" letter-spacing="{spacing:.2f}"{tl} {extra} xml:space="preserve">'
                          f'{escape(s)}</text>')
        w = length or text_w(s, size, spacing)
        x0 = x - (w if anchor == "end" else w / 2 if anchor == "middle" else 0)
        if key:
            self.boxes.setdefault(key, []).append((x0, y - size * 0.9, x0 + w, y + size * 0.2))
        return x0 + w

    def justified(self, x: float, y: float, label: str, width: float, face: str, size: float, fill: str = "#111",
                  weight: int = 400) -> None:
        """A label spread across the label column (名　　称): one x per character."""
        n = len(label)
        if n == 1:
            xs = [x]
        else:
            step = (width - size) / (n - 1)
            xs = [x + i * step for i in range(n)]
        f = self._run(face, [face], label)
        self.parts.append(f'<text x="{" ".join(f"{v:.2f}" for v in xs)}" y="{y:.2f}" font-family="{escape(f)}" '
                          f'font-size="{size:.2f}" font-weight="{weight}" fill="{fill}">{escape(label)}</text>')

    def para(self, x: float, y: float, width: float, text: str, face: str, size: float, lead: float = 1.45,
             fill: str = "#111", key: str | None = None, role: list[str] | None = None, first_indent: float = 0.0,
             max_rows: int | None = None) -> float:
        """Own line breaking: one <tspan> per row; returns the baseline after the last row."""
        rows = break_lines(text, width, size, first_indent)
        if max_rows:
            rows = rows[:max_rows]
        f = self._run(face, role or [face], text)
        spans = []
        for i, r in enumerate(rows):
            rx = x + (first_indent if i == 0 else 0)
            spans.append(f'<tspan x="{rx:.2f}" y="{y + i * size * lead:.2f}">{escape(r)}</tspan>')
            if key:
                self.boxes.setdefault(key, []).append((rx, y + i * size * lead - size * 0.9, rx + text_w(r, size),
                                                       y + i * size * lead + size * 0.2))
        self.parts.append(f'<text font-family="{escape(f)}" font-size="{size:.2f}" fill="{fill}" xml:space="preserve">{"".join(spans)}</text>')
        return y + len(rows) * size * lead

    def flow(self, x: float, y: float, width: float, text: str, face: str, size: float, lead: float = 1.45,
             fill: str = "#111", key: str | None = None, role: list[str] | None = None) -> float:
        """SVG2 flowed text (`inline-size`): Inkscape breaks the lines; the box is estimated from our own
        breaking with a margin."""
        f = self._run(face, role or [face], text)
        self.parts.append(f'<text x="{x:.2f}" y="{y:.2f}" font-family="{escape(f)}" font-size="{size:.2f}" fill="{fill}" '
                          f'style="inline-size:{width:.2f};line-height:{lead:.2f};white-space:pre-wrap">{escape(text)}</text>')
        rows = break_lines(text, width * 0.97, size)
        if key:
            for i in range(len(rows) + 1):
                self.boxes.setdefault(key, []).append((x, y + i * size * lead - size * 0.9, x + width, y + i * size * lead + size * 0.2))
        return y + (len(rows) + 0.3) * size * lead

    def vertical(self, x: float, y: float, s: str, face: str, size: float, fill: str = "#111", spacing: float = 0.0) -> None:
        f = self._run(face, [face], s)
        self.parts.append(f'<text x="{x:.2f}" y="{y:.2f}" font-family="{escape(f)}" font-size="{size:.2f}" fill="{fill}" '
                          f'writing-mode="tb" letter-spacing="{spacing:.2f}">{escape(s)}</text>')

    # --- ornaments --------------------------------------------------------------------------
    def guilloche(self, x: float, y: float, w: float, h: float, color: str, band: float, waves: int = 3, seed: float = 0.0) -> None:
        """A border band of interlaced sine strands (the licences' 防伪 frame)."""
        for k in range(waves):
            ph = seed + k * math.pi * 2 / waves
            for edge in range(4):
                pts = []
                length = w if edge % 2 == 0 else h
                n = max(40, int(length * 1.5))
                for i in range(n + 1):
                    t = i / n * length
                    off = band / 2 + band * 0.42 * math.sin(t / band * 2.2 + ph)
                    if edge == 0:
                        pts.append((x + t, y + off))
                    elif edge == 1:
                        pts.append((x + w - off, y + t))
                    elif edge == 2:
                        pts.append((x + w - t, y + h - off))
                    else:
                        pts.append((x + off, y + h - t))
                d = "M" + " L".join(f"{a:.2f},{b:.2f}" for a, b in pts)
                self.path(d, stroke=color, sw=0.18)
        self.rect(x + band, y + band, w - 2 * band, h - 2 * band, stroke=color, sw=0.35)
        self.rect(x, y, w, h, stroke=color, sw=0.5)

    def rosette(self, cx: float, cy: float, r: float, color: str, n: int = 18, opacity: float = 0.25) -> None:
        """A spirograph rosette (background security print)."""
        pts = []
        for i in range(721):
            t = i / 720 * 2 * math.pi
            rr = r * (0.62 + 0.38 * math.cos(n * t))
            pts.append((cx + rr * math.cos(t), cy + rr * math.sin(t)))
        self.path("M" + " L".join(f"{a:.2f},{b:.2f}" for a, b in pts) + "Z", stroke=color, sw=0.12, opacity=opacity)

    def seal(self, cx: float, cy: float, r: float, ring_text: str, centre: str, face: str, color: str = "#d2231f",
             opacity: float = 0.82, star: bool = True, rot: float = 0.0) -> None:
        """A round red seal: ring, the organisation's name on an arc path, a star, a centre line."""
        pid = self.uid("arc")
        a0, a1 = math.radians(200), math.radians(-20)
        rr = r * 0.78
        x0, y0 = cx + rr * math.cos(a0), cy - rr * math.sin(a0)
        x1, y1 = cx + rr * math.cos(a1), cy - rr * math.sin(a1)
        self.defs.append(f'<path id="{pid}" d="M{x0:.2f},{y0:.2f} A{rr:.2f},{rr:.2f} 0 1,1 {x1:.2f},{y1:.2f}"/>')
        f = self._run(face, F.SONG, ring_text + centre)
        size = r * 0.3
        arc_len = rr * (a0 - a1)
        sp = max(0.0, (arc_len - len(ring_text) * size) / max(1, len(ring_text) - 1))
        g = [f'<g opacity="{opacity:.2f}" transform="rotate({rot:.1f} {cx:.2f} {cy:.2f})">',
             f'<circle cx="{cx:.2f}" cy="{cy:.2f}" r="{r:.2f}" fill="none" stroke="{color}" stroke-width="{r * 0.06:.2f}"/>',
             f'<text font-family="{escape(f)}" font-size="{size:.2f}" fill="{color}" letter-spacing="{sp:.2f}">'
             f'<textPath xlink:href="#{pid}">{escape(ring_text)}</textPath></text>']
        if star:
            pts = []
            for i in range(10):
                ang = math.pi / 2 + i * math.pi / 5
                rad = r * (0.26 if i % 2 == 0 else 0.1)
                pts.append((cx + rad * math.cos(ang), cy - rad * math.sin(ang)))
            g.append(f'<path d="M{" L".join(f"{a:.2f},{b:.2f}" for a, b in pts)}Z" fill="{color}"/>')
        if centre:
            g.append(f'<text x="{cx:.2f}" y="{cy + r * 0.55:.2f}" font-family="{escape(f)}" font-size="{r * 0.2:.2f}" '
                     f'fill="{color}" text-anchor="middle">{escape(centre)}</text>')
        g.append("</g>")
        self.parts.append("".join(g))

    def emblem(self, cx: float, cy: float, r: float) -> None:
        """A stylised national emblem: red disc, gold ring, five stars, a gate silhouette."""
        self.raw(f'<circle cx="{cx:.2f}" cy="{cy:.2f}" r="{r:.2f}" fill="#c8161d"/>'
                 f'<circle cx="{cx:.2f}" cy="{cy:.2f}" r="{r * 0.92:.2f}" fill="none" stroke="#e8b830" stroke-width="{r * 0.08:.2f}"/>')
        for i, (dx, dy, s) in enumerate([(0, -0.45, 0.22), (-0.35, -0.2, 0.09), (-0.18, -0.05, 0.09), (0.18, -0.05, 0.09), (0.35, -0.2, 0.09)]):
            pts = []
            for k in range(10):
                ang = math.pi / 2 + k * math.pi / 5 + i * 0.2
                rad = r * s * (1 if k % 2 == 0 else 0.4)
                pts.append((cx + dx * r + rad * math.cos(ang), cy + dy * r - rad * math.sin(ang)))
            self.path("M" + " L".join(f"{a:.2f},{b:.2f}" for a, b in pts) + "Z", stroke="none", fill="#f2c230")
        self.rect(cx - r * 0.45, cy + r * 0.15, r * 0.9, r * 0.35, fill="#f2c230")
        self.rect(cx - r * 0.12, cy + r * 0.28, r * 0.24, r * 0.22, fill="#c8161d")

    def qr(self, x: float, y: float, size: float, data: str, color: str = "#000") -> None:
        q = qrcode.QRCode(border=0, error_correction=qrcode.constants.ERROR_CORRECT_M)
        q.add_data(data)
        q.make(fit=True)
        m = q.get_matrix()
        n = len(m)
        c = size / n
        d = []
        for j, row in enumerate(m):
            for i, v in enumerate(row):
                if v:
                    d.append(f"M{x + i * c:.3f},{y + j * c:.3f}h{c:.3f}v{c:.3f}h{-c:.3f}z")
        self.path("".join(d), stroke="none", fill=color)

    # --- output -----------------------------------------------------------------------------
    def svg(self) -> str:
        wpx, hpx = round(self.w * self.scale), round(self.h * self.scale)
        return (f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="{wpx}" height="{hpx}" '
                f'viewBox="0 0 {self.w:.2f} {self.h:.2f}"><defs>{"".join(self.defs)}</defs>{"".join(self.parts)}</svg>')

    def px_boxes(self) -> dict[str, list[tuple[int, int, int, int]]]:
        s = self.scale
        return {k: [(int(a * s), int(b * s), int(c * s) + 1, int(d * s) + 1) for a, b, c, d in v] for k, v in self.boxes.items()}
