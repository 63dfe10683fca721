"""A small SVG writer in millimetres: text runs (checked against their face's cmap), labels spread
over a column with textLength (名　　称), wrapped values measured with the face's hmtx, arcs of text on
<textPath> for seals, and the boxes where each truth value's ink lies (for `unreadable`)."""

from __future__ import annotations

import math
from xml.sax.saxutils import escape

from benchmarks.docgen_zm import fonts


class Page:
    def __init__(self, w: float, h: float, bg: str = "#ffffff", prefix: str = "p"):
        self.w, self.h = w, h
        self.defs: list[str] = []
        self.body: list[str] = []
        self.boxes: dict[str, list[tuple[float, float, float, float]]] = {}
        self._id = 0
        self.prefix = prefix
        self.faces: set[str] = set()
        self.rect(0, 0, w, h, fill=bg)

    def uid(self, p: str) -> str:
        self._id += 1
        return f"{self.prefix}{p}{self._id}"

    def add(self, s: str) -> None:
        self.body.append(s)

    def rect(self, x, y, w, h, fill="none", stroke="none", sw=0.3, rx=0.0, extra="") -> None:
        self.add(f'<rect x="{x:.2f}" y="{y:.2f}" width="{w:.2f}" height="{h:.2f}" rx="{rx:.2f}" fill="{fill}" '
                 f'stroke="{stroke}" stroke-width="{sw:.2f}" {extra}/>')

    def line(self, x1, y1, x2, y2, stroke="#000", sw=0.3) -> None:
        self.add(f'<line x1="{x1:.2f}" y1="{y1:.2f}" x2="{x2:.2f}" y2="{y2:.2f}" stroke="{stroke}" stroke-width="{sw:.2f}"/>')

    def text(self, x, y, s, face, size, fill="#111", anchor="start", weight="normal", spacing=0.0,
             length=None, key=None, opacity=1.0, transform="") -> float:
        """Draw `s` with its baseline at y; returns its width. `key` records its ink box for a field."""
        fonts.check(face, s)
        self.faces.add(face)
        w = fonts.advance(face, s, size) + spacing * max(len(s) - 1, 0)
        if length is not None:
            w = length
        attrs = (f'font-family="{fonts.family(face)}" font-size="{size:.2f}" font-weight="{weight}" fill="{fill}"'
                 f' text-anchor="{anchor}"')
        if spacing:
            attrs += f' letter-spacing="{spacing:.2f}"'
        if length is not None and len(s) > 1:
            attrs += f' textLength="{length:.2f}" lengthAdjust="spacing"'
        if opacity < 1:
            attrs += f' fill-opacity="{opacity:.2f}"'
        if transform:
            attrs += f' transform="{transform}"'
        self.add(f'<text x="{x:.2f}" y="{y:.2f}" {attrs} xml:space="preserve">{escape(s)}</text>')
        if key:
            x0 = x - (w if anchor == "end" else w / 2 if anchor == "middle" else 0)
            self.boxes.setdefault(key, []).append((x0, y - size * 0.86, x0 + w, y + size * 0.14))
        return w

    def label(self, x, y, s, face, size, width, fill="#111", weight="normal") -> None:
        """A label spread evenly over `width` (the licence's 名　　称 column)."""
        if len(s) <= 1:
            self.text(x, y, s, face, size, fill=fill, weight=weight)
            return
        natural = fonts.advance(face, s, size)
        self.text(x, y, s, face, size, fill=fill, weight=weight, length=max(width, natural))

    def para(self, x, y, s, face, size, width, lead=1.5, key=None, fill="#111", max_lines=99) -> float:
        """Wrap `s` over `width` with the face's advances; returns the y after the last line."""
        lines = fonts.wrap(face, s, size, width)[:max_lines]
        for i, ln in enumerate(lines):
            self.text(x, y + i * size * lead, ln, face, size, fill=fill, key=key)
        return y + len(lines) * size * lead

    def arc_text(self, cx, cy, r, s, face, size, fill, start_deg=-200, end_deg=20, weight="bold") -> None:
        """Text along the upper arc of a circle, clockwise from start_deg to end_deg (0° = east)."""
        fonts.check(face, s)
        self.faces.add(face)
        pid = self.uid("arc")
        a0, a1 = math.radians(start_deg), math.radians(end_deg)
        x0, y0 = cx + r * math.cos(a0), cy + r * math.sin(a0)
        x1, y1 = cx + r * math.cos(a1), cy + r * math.sin(a1)
        large = 1 if (end_deg - start_deg) > 180 else 0
        self.defs.append(f'<path id="{pid}" d="M {x0:.2f} {y0:.2f} A {r:.2f} {r:.2f} 0 {large} 1 {x1:.2f} {y1:.2f}"/>')
        arc_len = r * (a1 - a0)
        self.add(f'<text font-family="{fonts.family(face)}" font-size="{size:.2f}" font-weight="{weight}" fill="{fill}">'
                 f'<textPath href="#{pid}" textLength="{arc_len * 0.97:.2f}" lengthAdjust="spacing">{escape(s)}</textPath></text>')

    def embed(self, inner: Page, x: float, y: float) -> None:
        """Place `inner` (another page, e.g. a card) at (x, y) mm; its ink boxes move with it."""
        self.defs.extend(inner.defs)
        self.add(f'<g transform="translate({x:.2f} {y:.2f})">{"".join(inner.body)}</g>')
        self.faces |= inner.faces
        for k, bs in inner.boxes.items():
            self.boxes.setdefault(k, []).extend((a + x, b + y, c + x, d + y) for a, b, c, d in bs)

    def svg(self, px_w: int | None = None) -> str:
        size = f'width="{px_w}" height="{round(px_w * self.h / self.w)}"' if px_w else f'width="{self.w}mm" height="{self.h}mm"'
        return (f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" {size} '
                f'viewBox="0 0 {self.w} {self.h}"><defs>{"".join(self.defs)}</defs>{"".join(self.body)}</svg>')


def star(cx, cy, r, rot=-90.0) -> str:
    pts = []
    for i in range(10):
        rr = r if i % 2 == 0 else r * 0.382
        a = math.radians(rot + i * 36)
        pts.append(f"{cx + rr * math.cos(a):.2f},{cy + rr * math.sin(a):.2f}")
    return "M " + " L ".join(pts) + " Z"
