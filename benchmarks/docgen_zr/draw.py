"""Family ZR's drawing kit: a Page collects PDFKit operations (text runs placed by us, SVG-path art) and
the ink boxes of every truth value. Spread labels (名　　称), our own CJK line breaker measured with
PDFKit's widthOfString (no line-start punctuation), seals with characters rotated on an arc, guilloche
borders, the emblem, QR-like blocks, card waves and the ID photo's bust are all built here."""

from __future__ import annotations

import math

import numpy as np

from benchmarks.docgen_zr.nodepdf import Node

MM = 72 / 25.4
NO_LINE_START = set("，。、；：？！）》」』】〕,.;:?!)%")
NO_LINE_END = set("（《「『【〔(")


def _word(c: str) -> bool:
    return c.isascii() and c.isalnum()


class Page:
    def __init__(self, node: Node, w_mm: float, h_mm: float) -> None:
        self.node = node
        self.w, self.h = w_mm * MM, h_mm * MM
        self.ops: list[dict] = []
        self.boxes: dict[str, list[tuple[float, float, float, float]]] = {}
        self.faces: set[str] = set()

    # ---- text -------------------------------------------------------------------------------
    def text(self, face: str, size: float, x: float, y: float, s: str, color: str = "#111111", key: str | None = None,
             cs: float = 0.0, rot: float = 0.0, opacity: float = 1.0, sx: float = 0.0) -> float:
        """One run with its baseline at y; returns its advance width. `key` records the ink box."""
        if not s:
            return 0.0
        w = self.node.width(face, size, s, cs)
        op = {"t": "text", "f": face, "s": size, "x": round(x, 2), "y": round(y, 2), "str": s, "c": color, "cs": cs}
        if rot:
            op["rot"] = rot
        if opacity != 1.0:
            op["o"] = opacity
        if sx:
            op["sx"] = sx
            w *= sx
        self.ops.append(op)
        self.faces.add(face)
        if key:
            self.boxes.setdefault(key, []).append((x, y - size * 0.9, x + w, y + size * 0.15))
        return w

    def spread(self, face: str, size: float, x: float, y: float, label: str, width: float, color: str = "#111111") -> None:
        """A label whose characters are spread evenly over `width` (名　　称, 住　　所)."""
        ws = self.node.widths(face, size, list(label))
        if len(label) == 1:
            self.text(face, size, x, y, label, color)
            return
        gap = (width - sum(ws)) / (len(label) - 1)
        cx = x
        for ch, w in zip(label, ws, strict=False):
            self.text(face, size, cx, y, ch, color)
            cx += w + max(gap, 0)

    def wrap(self, face: str, size: float, s: str, width: float, first_width: float | None = None) -> list[str]:
        """Greedy CJK line breaking on widths PDFKit measures; a line never starts with closing punctuation
        (the character is kept on the line before) and never ends with opening punctuation."""
        lines: list[str] = []
        rest = s
        w_line = first_width or width
        while rest:
            prefixes = [rest[:i] for i in range(1, min(len(rest), 200) + 1)]
            ws = self.node.widths(face, size, prefixes)
            n = max(1, sum(1 for w in ws if w <= w_line))
            # keep a run of digits/latin letters whole unless it fills the line from its start
            k = n
            while 0 < k < len(rest) and _word(rest[k - 1]) and _word(rest[k]):
                k -= 1
            if k > 0:
                n = k
            while n < len(rest) and rest[n] in NO_LINE_START:
                n += 1  # hang the closing punctuation
            while 1 < n < len(rest) and rest[n - 1] in NO_LINE_END:
                n -= 1
            lines.append(rest[:n])
            rest = rest[n:]
            w_line = width
        return lines

    def para(self, face: str, size: float, x: float, y: float, s: str, width: float, lead: float, key: str | None = None,
             color: str = "#111111", first_width: float | None = None, first_x: float | None = None) -> float:
        """Wrapped text from baseline y; returns the baseline after the last line."""
        for i, line in enumerate(self.wrap(face, size, s, width, first_width)):
            self.text(face, size, first_x if (i == 0 and first_x is not None) else x, y, line, color, key)
            y += lead
        return y

    # ---- art ----------------------------------------------------------------------------------
    def path(self, d: str, fill: str | None = None, stroke: str | None = None, lw: float = 0.5, opacity: float = 1.0,
             dash: tuple[float, float] | None = None, rule: str | None = None) -> None:
        op: dict = {"t": "path", "d": d, "lw": lw, "o": opacity}
        if fill:
            op["fill"] = fill
        if stroke:
            op["stroke"] = stroke
        if dash:
            op["dash"] = list(dash)
        if rule:
            op["rule"] = rule
        self.ops.append(op)

    def rect(self, x: float, y: float, w: float, h: float, **kw) -> None:
        self.path(f"M{x:.2f} {y:.2f} h{w:.2f} v{h:.2f} h{-w:.2f} Z", **kw)

    def line(self, x0: float, y0: float, x1: float, y1: float, color: str = "#222222", lw: float = 0.6) -> None:
        self.path(f"M{x0:.2f} {y0:.2f} L{x1:.2f} {y1:.2f}", stroke=color, lw=lw)

    def circle(self, cx: float, cy: float, r: float, **kw) -> None:
        self.path(f"M{cx - r:.2f} {cy:.2f} a{r:.2f} {r:.2f} 0 1 0 {2 * r:.2f} 0 a{r:.2f} {r:.2f} 0 1 0 {-2 * r:.2f} 0 Z", **kw)

    def star(self, cx: float, cy: float, r: float, rot: float = -90.0, **kw) -> None:
        pts = []
        for i in range(10):
            a = math.radians(rot + i * 36)
            rr = r if i % 2 == 0 else r * 0.382
            pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
        self.path("M" + " L".join(f"{x:.2f} {y:.2f}" for x, y in pts) + " Z", **kw)

    def guilloche(self, x: float, y: float, w: float, h: float, color: str, rng: np.random.Generator, band: float) -> None:
        """A frame of interlaced sine ropes along the four edges, `band` points wide."""
        k = int(rng.integers(3, 6))
        for j in range(k):
            ph = j * 2 * math.pi / k + float(rng.random())
            for (ax, ay, bx, by, nx, ny) in ((x, y + band / 2, x + w, y + band / 2, 0, 1), (x, y + h - band / 2, x + w, y + h - band / 2, 0, 1),
                                             (x + band / 2, y, x + band / 2, y + h, 1, 0), (x + w - band / 2, y, x + w - band / 2, y + h, 1, 0)):
                length = math.hypot(bx - ax, by - ay)
                n = max(int(length / 4.0), 8)
                pts = []
                for i in range(n + 1):
                    t = i / n
                    off = band * 0.42 * math.sin(t * length / 9.0 + ph) * math.cos(t * length / 31.0 + ph * 0.5)
                    pts.append((ax + (bx - ax) * t + nx * off, ay + (by - ay) * t + ny * off))
                self.path("M" + " L".join(f"{px:.2f} {py:.2f}" for px, py in pts), stroke=color, lw=0.35)
        self.rect(x, y, w, h, stroke=color, lw=0.8)
        self.rect(x + band, y + band, w - 2 * band, h - 2 * band, stroke=color, lw=0.5)

    def waves(self, x: float, y: float, w: float, h: float, color: str, rng: np.random.Generator, n: int = 26) -> None:
        """The fine background waves of a card."""
        for j in range(n):
            yy = y + h * j / n
            amp = h * 0.03 * (1 + float(rng.random()))
            f = 2 * math.pi / (w * (0.2 + 0.3 * float(rng.random())))
            ph = float(rng.random()) * 6.28
            pts = [(x + w * i / 80, yy + amp * math.sin(f * w * i / 80 + ph)) for i in range(81)]
            self.path("M" + " L".join(f"{px:.2f} {py:.2f}" for px, py in pts), stroke=color, lw=0.25, opacity=0.8)

    def emblem(self, cx: float, cy: float, r: float, red: str = "#c8161d", gold: str = "#e8b830") -> None:
        """The national emblem, simplified: a red disc, gold rim, five stars, the gate and ear rays."""
        self.circle(cx, cy, r, fill=gold)
        self.circle(cx, cy, r * 0.86, fill=red)
        self.star(cx, cy - r * 0.42, r * 0.22, fill=gold)
        for i, a in enumerate((-150, -120, -60, -30)):
            ax = cx + r * 0.42 * math.cos(math.radians(a)) * (1.05 if i in (0, 3) else 1)
            ay = cy - r * 0.42 + r * 0.3 * math.sin(math.radians(a)) + r * 0.18
            self.star(ax, ay, r * 0.08, fill=gold)
        gx, gy, gw = cx - r * 0.42, cy + r * 0.08, r * 0.84
        self.rect(gx, gy, gw, r * 0.28, fill=gold)
        self.rect(gx - r * 0.05, gy - r * 0.06, gw + r * 0.1, r * 0.07, fill=gold)
        self.rect(gx + gw * 0.42, gy + r * 0.1, gw * 0.16, r * 0.18, fill=red)
        for i in range(14):
            a = math.radians(200 + i * 10)
            self.path(f"M{cx + r * 0.88 * math.cos(a):.2f} {cy - r * 0.88 * math.sin(a):.2f} L{cx + r * 0.98 * math.cos(a):.2f} {cy - r * 0.98 * math.sin(a):.2f}",
                      stroke=gold, lw=r * 0.05)

    def seal(self, cx: float, cy: float, r: float, text: str, bottom: str = "", face: str = "song_gb",
             color: str = "#d11a1a", opacity: float = 0.82, rng: np.random.Generator | None = None) -> None:
        """A round seal: ring, star, the unit's name on an arc with each character rotated to the tangent."""
        self.circle(cx, cy, r, stroke=color, lw=r * 0.055, opacity=opacity)
        self.star(cx, cy, r * 0.3, fill=color, opacity=opacity)
        n = len(text)
        size = min(r * 0.34, 2 * math.pi * r * 0.72 * (250 / 360) / max(n, 1))
        span = min(250.0, n * size / (r * 0.72) * 180 / math.pi * 1.08)
        for i, ch in enumerate(text):
            a = -90 - span / 2 + span * (i + 0.5) / n  # degrees, 0 = +x, y down
            rad = math.radians(a)
            rr = r * 0.72
            x = cx + rr * math.cos(rad)
            y = cy + rr * math.sin(rad)
            w = self.node.width(face, size, ch)
            # place the glyph centred on its arc point, rotated so its top faces outwards
            rot = a + 90
            ox = x - (w / 2) * math.cos(math.radians(rot)) + (size * 0.35) * math.sin(math.radians(rot))
            oy = y - (w / 2) * math.sin(math.radians(rot)) - (size * 0.35) * math.cos(math.radians(rot))
            self.text(face, size, ox, oy, ch, color, rot=rot, opacity=opacity)
        if bottom:
            bs = r * 0.2
            bw = self.node.width(face, bs, bottom)
            self.text(face, bs, cx - bw / 2, cy + r * 0.62, bottom, color, opacity=opacity)

    def qr(self, x: float, y: float, size: float, rng: np.random.Generator, n: int = 29) -> None:
        cell = size / n
        m = rng.random((n, n)) < 0.5
        for fx, fy in ((0, 0), (n - 7, 0), (0, n - 7)):
            m[fy:fy + 7, fx:fx + 7] = False
        parts = []
        for j in range(n):
            for i in range(n):
                if m[j, i]:
                    parts.append(f"M{x + i * cell:.2f} {y + j * cell:.2f} h{cell:.2f} v{cell:.2f} h{-cell:.2f} Z")
        self.path(" ".join(parts), fill="#000000")
        for fx, fy in ((0, 0), (n - 7, 0), (0, n - 7)):
            ox, oy = x + fx * cell, y + fy * cell
            self.path(f"M{ox:.2f} {oy:.2f} h{7 * cell:.2f} v{7 * cell:.2f} h{-7 * cell:.2f} Z "
                      f"M{ox + cell:.2f} {oy + cell:.2f} v{5 * cell:.2f} h{5 * cell:.2f} v{-5 * cell:.2f} Z", fill="#000000", rule="evenodd")
            self.rect(ox + 2 * cell, oy + 2 * cell, 3 * cell, 3 * cell, fill="#000000")

    def bust(self, x: float, y: float, w: float, h: float, rng: np.random.Generator) -> None:
        """The ID photo: a pale backdrop, shoulders, neck, head and hair drawn as paths."""
        self.rect(x, y, w, h, fill="#f4f6f8")
        skin = ["#e9c9a9", "#dcb592", "#f0d2b6", "#caa07a"][int(rng.integers(4))]
        hair = ["#1a1a1a", "#2b2118", "#3a2e26"][int(rng.integers(3))]
        shirt = ["#1f2a44", "#3b3b3b", "#ffffff", "#5a6b7d"][int(rng.integers(4))]
        cx = x + w / 2
        self.path(f"M{x + w * 0.02:.2f} {y + h:.2f} C{x + w * 0.05:.2f} {y + h * 0.78:.2f} {x + w * 0.25:.2f} {y + h * 0.72:.2f} {cx:.2f} {y + h * 0.72:.2f} "
                  f"C{x + w * 0.75:.2f} {y + h * 0.72:.2f} {x + w * 0.95:.2f} {y + h * 0.78:.2f} {x + w * 0.98:.2f} {y + h:.2f} Z", fill=shirt, stroke="#555555", lw=0.3)
        self.rect(cx - w * 0.09, y + h * 0.55, w * 0.18, h * 0.2, fill=skin)
        hw, hh = w * 0.27, h * 0.27
        hy = y + h * 0.4
        self.path(f"M{cx - hw:.2f} {hy:.2f} a{hw:.2f} {hh:.2f} 0 1 0 {2 * hw:.2f} 0 a{hw:.2f} {hh:.2f} 0 1 0 {-2 * hw:.2f} 0 Z", fill=skin)
        self.path(f"M{cx - hw * 1.08:.2f} {hy:.2f} C{cx - hw * 1.1:.2f} {hy - hh * 1.5:.2f} {cx + hw * 1.1:.2f} {hy - hh * 1.5:.2f} {cx + hw * 1.08:.2f} {hy:.2f} "
                  f"C{cx + hw * 0.8:.2f} {hy - hh * 0.6:.2f} {cx - hw * 0.8:.2f} {hy - hh * 0.6:.2f} {cx - hw * 1.08:.2f} {hy:.2f} Z", fill=hair)
        for ex in (-0.38, 0.38):
            self.circle(cx + hw * ex, hy + hh * 0.02, hw * 0.07, fill="#2a2a2a")
        self.path(f"M{cx - hw * 0.3:.2f} {hy + hh * 0.5:.2f} Q{cx:.2f} {hy + hh * 0.62:.2f} {cx + hw * 0.3:.2f} {hy + hh * 0.5:.2f}", stroke="#9a5a50", lw=0.5)

    def signature(self, x: float, y: float, w: float, rng: np.random.Generator, color: str = "#1b2a80") -> None:
        pts = [(x, y)]
        for i in range(1, 14):
            pts.append((x + w * i / 13, y + float(rng.normal(0, w * 0.07))))
        d = f"M{pts[0][0]:.2f} {pts[0][1]:.2f} " + " ".join(
            f"Q{(a[0] + b[0]) / 2:.2f} {a[1] - w * 0.12 * (1 if i % 2 else -1):.2f} {b[0]:.2f} {b[1]:.2f}" for i, (a, b) in enumerate(zip(pts, pts[1:], strict=False)))
        self.path(d, stroke=color, lw=0.9)
