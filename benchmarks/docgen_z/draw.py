"""HTML/CSS building blocks of family Z's pages, laid out by Gecko: absolutely placed text runs,
labels justified across their column by `text-align-last: justify` (the 2019 licence's `名　　称`),
wrapped paragraphs, inline SVG guilloche borders, seals with their text on a circle (`<textPath>`),
QR-like blocks and the national emblem as a drawing. Every run goes through `faces.fit` (its cmap)."""

from __future__ import annotations

import html
import math

import numpy as np

from benchmarks.docgen_z import faces


def esc(s: str) -> str:
    return html.escape(s, quote=True)


class Page:
    """One document: its size in CSS px, its elements, the faces it used."""

    def __init__(self, w: int, h: int, bg: str = "#fff") -> None:
        self.w, self.h, self.bg = w, h, bg
        self.parts: list[str] = []
        self.used: set[str] = set()

    def face(self, face: str, text: str) -> str:
        f = faces.fit(face, text)
        self.used.add(f)
        return f"'{faces.family(f)}'"

    def text(self, s: str, face: str, size: float, x: float, y: float, style: str = "") -> None:
        if not s:
            return
        self.parts.append(f'<div style="position:absolute;left:{x:.1f}px;top:{y:.1f}px;white-space:nowrap;'
                          f'font-family:{self.face(face, s)};font-size:{size:.1f}px;line-height:1.2;{style}">{esc(s)}</div>')

    def label(self, s: str, face: str, size: float, x: float, y: float, width: float, style: str = "") -> None:
        """A label justified across `width` (the licence's label column)."""
        self.parts.append(f'<div style="position:absolute;left:{x:.1f}px;top:{y:.1f}px;width:{width:.1f}px;'
                          f'text-align:justify;text-align-last:justify;text-justify:inter-character;white-space:nowrap;'
                          f'font-family:{self.face(face, s)};font-size:{size:.1f}px;line-height:1.2;{style}">{esc(s)}</div>')

    def para(self, s: str, face: str, size: float, x: float, y: float, width: float, lh: float = 1.45,
             style: str = "") -> None:
        if not s:
            return
        self.parts.append(f'<div style="position:absolute;left:{x:.1f}px;top:{y:.1f}px;width:{width:.1f}px;'
                          f'font-family:{self.face(face, s)};font-size:{size:.1f}px;line-height:{lh};'
                          f'word-break:break-all;text-align:justify;{style}">{esc(s)}</div>')

    def raw(self, s: str) -> None:
        self.parts.append(s)

    def box(self, x: float, y: float, w: float, h: float, style: str) -> None:
        self.parts.append(f'<div style="position:absolute;left:{x:.1f}px;top:{y:.1f}px;width:{w:.1f}px;height:{h:.1f}px;{style}"></div>')

    def svg(self, x: float, y: float, w: float, h: float, inner: str, style: str = "") -> None:
        self.parts.append(f'<svg xmlns="http://www.w3.org/2000/svg" style="position:absolute;left:{x:.1f}px;top:{y:.1f}px;{style}" '
                          f'width="{w:.1f}" height="{h:.1f}" viewBox="0 0 {w:.1f} {h:.1f}">{inner}</svg>')

    def html(self) -> str:
        return ('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><style>'
                + faces.font_face_css(self.used)
                + f"html,body{{margin:0;padding:0;overflow:hidden;}}body{{width:{self.w}px;height:{self.h}px;"
                  f"background:{self.bg};position:relative;color:#111;-webkit-font-smoothing:antialiased;}}"
                  "</style></head><body>" + "".join(self.parts) + "</body></html>")


def guilloche(rng: np.random.Generator, w: float, h: float, colour: str, inset: float, band: float) -> str:
    """An SVG frame of interleaved sine ropes along the page edges, and a rosette-free inner rule."""
    paths = []
    n_ropes = int(rng.integers(3, 6))
    per = float(rng.uniform(14, 30))
    for k in range(n_ropes):
        ph = k * math.pi / n_ropes
        amp = band / 2 * float(rng.uniform(0.6, 1.0))
        for side in range(4):
            pts = []
            if side in (0, 2):
                yb = inset + band / 2 if side == 0 else h - inset - band / 2
                for xx in np.arange(inset, w - inset, 3.0):
                    pts.append((xx, yb + amp * math.sin(xx / per * 2 * math.pi + ph)))
            else:
                xb = inset + band / 2 if side == 3 else w - inset - band / 2
                for yy in np.arange(inset, h - inset, 3.0):
                    pts.append((xb + amp * math.sin(yy / per * 2 * math.pi + ph), yy))
            d = "M" + " L".join(f"{a:.1f},{b:.1f}" for a, b in pts)
            paths.append(f'<path d="{d}" fill="none" stroke="{colour}" stroke-width="0.8" stroke-opacity="0.75"/>')
    paths.append(f'<rect x="{inset - 3}" y="{inset - 3}" width="{w - 2 * inset + 6}" height="{h - 2 * inset + 6}" '
                 f'fill="none" stroke="{colour}" stroke-width="2"/>')
    paths.append(f'<rect x="{inset + band + 3}" y="{inset + band + 3}" width="{w - 2 * (inset + band + 3)}" '
                 f'height="{h - 2 * (inset + band + 3)}" fill="none" stroke="{colour}" stroke-width="1"/>')
    return "".join(paths)


def background_lines(rng: np.random.Generator, w: float, h: float, colour: str, opacity: float) -> str:
    """Fine wave lines across a security background (ID cards, licences)."""
    out = []
    step = float(rng.uniform(9, 16))
    per = float(rng.uniform(60, 140))
    amp = float(rng.uniform(3, 9))
    for y0 in np.arange(-amp, h + amp, step):
        pts = [(x, y0 + amp * math.sin(x / per * 2 * math.pi + y0 / 40)) for x in np.arange(0, w + 6, 6.0)]
        out.append('<path d="M' + " L".join(f"{a:.0f},{b:.1f}" for a, b in pts)
                   + f'" fill="none" stroke="{colour}" stroke-width="0.7" stroke-opacity="{opacity}"/>')
    return "".join(out)


def star(cx: float, cy: float, r: float, fill: str, rot: float = -90) -> str:
    pts = []
    for i in range(10):
        rr = r if i % 2 == 0 else r * 0.382
        a = math.radians(rot + i * 36)
        pts.append(f"{cx + rr * math.cos(a):.1f},{cy + rr * math.sin(a):.1f}")
    return f'<polygon points="{" ".join(pts)}" fill="{fill}"/>'


def emblem(size: float) -> str:
    """A drawn stand-in for the national emblem: red disc, gold ring, five stars, gate and wheat."""
    c = size / 2
    s = [f'<circle cx="{c}" cy="{c}" r="{c * 0.98}" fill="#c8a13a"/>',
         f'<circle cx="{c}" cy="{c}" r="{c * 0.8}" fill="#c8161d"/>',
         star(c, c * 0.55, c * 0.2, "#f2c744")]
    for k in range(4):
        a = math.radians(-150 + k * 40)
        s.append(star(c + c * 0.42 * math.cos(a) * 1.05, c * 0.62 + c * 0.28 * math.sin(a), c * 0.07, "#f2c744"))
    s.append(f'<rect x="{c * 0.55}" y="{c * 1.05}" width="{c * 0.9}" height="{c * 0.35}" fill="#f2c744"/>')
    s.append(f'<rect x="{c * 0.62}" y="{c * 0.95}" width="{c * 0.76}" height="{c * 0.1}" fill="#f2c744"/>')
    s.append(f'<rect x="{c * 0.9}" y="{c * 1.15}" width="{c * 0.2}" height="{c * 0.25}" fill="#c8161d"/>')
    return "".join(s)


def qr(rng: np.random.Generator, size: float, cells: int = 29) -> str:
    """A QR-like block: random modules, three finder patterns, quiet zone."""
    m = rng.random((cells, cells)) < 0.5
    for (r0, c0) in ((0, 0), (0, cells - 7), (cells - 7, 0)):
        m[r0:r0 + 7, c0:c0 + 7] = False
        m[r0:r0 + 7, c0] = m[r0:r0 + 7, c0 + 6] = True
        m[r0, c0:c0 + 7] = m[r0 + 6, c0:c0 + 7] = True
        m[r0 + 2:r0 + 5, c0 + 2:c0 + 5] = True
    u = size / (cells + 2)
    rects = [f'<rect width="{size}" height="{size}" fill="#fff"/>']
    for r in range(cells):
        row = m[r]
        c = 0
        while c < cells:
            if row[c]:
                c1 = c
                while c1 < cells and row[c1]:
                    c1 += 1
                rects.append(f'<rect x="{(c + 1) * u:.2f}" y="{(r + 1) * u:.2f}" width="{(c1 - c) * u + 0.3:.2f}" height="{u + 0.3:.2f}"/>')
                c = c1
            else:
                c += 1
    return '<g fill="#111">' + "".join(rects) + "</g>"


def seal(page: Page, cx: float, cy: float, r: float, top: str, bottom: str, face: str, colour: str = "#d7262b",
         opacity: float = 0.82, rot: float = 0.0, uid: str = "s") -> None:
    """A round red seal: ring, the organ's name on the upper arc (`<textPath>`), a star, a lower line."""
    fam = page.face(face, top + bottom)
    fs = r * 0.26
    rr = r * 0.72
    n = max(len(top), 1)
    span = min(250, 18 * n + 40)
    a0 = math.radians(90 + span / 2)
    a1 = math.radians(90 - span / 2)
    x0, y0 = r + rr * math.cos(a0), r + rr * math.sin(a0)
    x1, y1 = r + rr * math.cos(a1), r + rr * math.sin(a1)
    large = 1 if span > 180 else 0
    # the arc runs clockwise over the top: from lower-left round to lower-right (screen y grows down)
    d = f"M{x0:.1f},{2 * r - y0:.1f} A{rr:.1f},{rr:.1f} 0 {large} 1 {x1:.1f},{2 * r - y1:.1f}"
    inner = (f'<defs><path id="{uid}" d="{d}"/></defs>'
             f'<circle cx="{r}" cy="{r}" r="{r * 0.95}" fill="none" stroke="{colour}" stroke-width="{r * 0.06:.1f}"/>'
             f'<text font-family={fam} font-size="{fs:.1f}" fill="{colour}" text-anchor="middle" textLength="{rr * math.radians(span) * 0.97:.1f}" '
             f'lengthAdjust="spacingAndGlyphs"><textPath href="#{uid}" startOffset="50%">{esc(top)}</textPath></text>'
             + star(r, r, r * 0.26, colour)
             + (f'<text x="{r}" y="{r * 1.55:.1f}" font-family={fam} font-size="{fs * 0.8:.1f}" fill="{colour}" '
                f'text-anchor="middle">{esc(bottom)}</text>' if bottom else ""))
    page.svg(cx - r, cy - r, 2 * r, 2 * r, inner, f"opacity:{opacity};transform:rotate({rot:.1f}deg);mix-blend-mode:multiply;")


def signature(rng: np.random.Generator, w: float, h: float, colour: str = "#1b2a6b") -> str:
    """A scribbled signature as one SVG path (handwriting drawn as strokes, no face)."""
    pts = []
    x = 4.0
    while x < w - 6:
        pts.append((x, h / 2 + float(rng.normal(0, h / 4))))
        x += float(rng.uniform(6, 16))
    d = f"M{pts[0][0]:.1f},{pts[0][1]:.1f} " + " ".join(
        f"Q{(a[0] + b[0]) / 2 + float(rng.normal(0, 4)):.1f},{min(max(b[1] + float(rng.normal(0, h / 3)), 1), h - 1):.1f} {b[0]:.1f},{b[1]:.1f}"
        for a, b in zip(pts, pts[1:], strict=False))
    return f'<path d="{d}" fill="none" stroke="{colour}" stroke-width="{float(rng.uniform(1.4, 2.6)):.1f}" stroke-linecap="round"/>'


def portrait(rng: np.random.Generator, w: float, h: float) -> str:
    """An ID photo stand-in: plain backdrop, head and shoulders in flat tones."""
    skin = pick_colour(rng, ["#e0b89a", "#d9a987", "#c89474", "#edc6a8"])
    hair = pick_colour(rng, ["#1d1a19", "#2b2220", "#3a2c24"])
    cloth = pick_colour(rng, ["#2d3a55", "#222", "#e8e8e8", "#5a4030", "#3f5f7f"])
    bg = pick_colour(rng, ["#ffffff", "#f4f4f4", "#dfe9f5"])
    return (f'<rect width="{w}" height="{h}" fill="{bg}"/>'
            f'<ellipse cx="{w / 2}" cy="{h * 1.02}" rx="{w * 0.48}" ry="{h * 0.3}" fill="{cloth}"/>'
            f'<rect x="{w * 0.42}" y="{h * 0.55}" width="{w * 0.16}" height="{h * 0.2}" fill="{skin}"/>'
            f'<ellipse cx="{w / 2}" cy="{h * 0.42}" rx="{w * 0.22}" ry="{h * 0.22}" fill="{skin}"/>'
            f'<path d="M{w * 0.27},{h * 0.42} Q{w * 0.5},{h * 0.05} {w * 0.73},{h * 0.42} Q{w * 0.7},{h * 0.22} {w * 0.5},{h * 0.2} '
            f'Q{w * 0.3},{h * 0.22} {w * 0.27},{h * 0.42}Z" fill="{hair}"/>')


def pick_colour(rng: np.random.Generator, seq: list[str]) -> str:
    return seq[int(rng.integers(len(seq)))]
