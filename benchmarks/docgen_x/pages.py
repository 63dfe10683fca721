"""Family X's documents as hand-written HTML + CSS for QtWebKit (wkhtmltoimage): absolutely placed
text blocks, labels spread across the label column by letter-spacing (as `名　　称` on a licence),
inline SVG for guilloche borders, emblems, seals with their text on a circle and QR-like blocks.

Each builder returns a `Page`: the HTML, its size in CSS px, the faces it used, and for every scored
field an estimated box of its printed value (used to decide which fields a glare, a sticky note or a
cut-off frame really hides)."""

from __future__ import annotations

import html
import math
import random
from dataclasses import dataclass, field

# font roles -> installed fontconfig families (checked against a fallback before use: faces.py)
SONG = ["AR PL SungtiL GB", "Noto Serif CJK SC", "AR PL UMing CN", "BabelStone Han"]
HEI = ["Noto Sans CJK SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei"]
KAI = ["AR PL KaitiM GB", "AR PL UKai CN", "LXGW WenKai"]
HAND = ["LXGW WenKai", "AR PL UKai CN", "AR PL KaitiM GB"]
DIGITS = ["DejaVu Sans Mono", "Liberation Mono", "WenQuanYi Micro Hei Mono", "Noto Sans Mono CJK SC"]  # Nimbus Mono PS: QtWebKit draws it as the fallback
ALL_FACES = sorted(set(SONG + HEI + KAI + HAND + DIGITS))


def _w(text: str, size: float, ls: float = 0.0) -> float:
    """Estimated advance of a run: CJK and full-width forms 1 em, Latin and digits 0.6 em."""
    return sum(size * (1.0 if ord(c) > 0x2E80 else 0.6) + ls for c in text)


@dataclass
class Page:
    w: int
    h: int
    bg: str = "#ffffff"
    parts: list[str] = field(default_factory=list)
    boxes: dict[str, tuple[float, float, float, float]] = field(default_factory=dict)
    faces: set[str] = field(default_factory=set)
    runs: list[tuple[str, str]] = field(default_factory=list)

    def text(self, x: float, y: float, s: str, size: float, face: str, color: str = "#111", *, w: float | None = None,
             lh: float = 1.35, ls: float = 0.0, bold: bool = False, key: str | None = None, extra: str = "") -> float:
        """A text block at (x, y); wrapped inside `w` when given. Returns its estimated height."""
        self.faces.add(face)
        self.runs.append((face, s))
        width = f"width:{w:.0f}px;" if w else "white-space:nowrap;"
        self.parts.append(
            f'<div style="position:absolute;left:{x:.1f}px;top:{y:.1f}px;{width}font-family:\'{face}\';font-size:{size:.1f}px;'
            f'line-height:{lh};letter-spacing:{ls:.2f}px;color:{color};{"font-weight:bold;" if bold else ""}'
            f'word-wrap:break-word;{extra}">{html.escape(s)}</div>')
        total = _w(s, size, ls)
        if w:
            lines = max(1, math.ceil(total / max(w - size, size)))
            bw = w if lines > 1 else total
        else:
            lines, bw = 1, total
        hgt = lines * size * lh
        if key:
            self.boxes[key] = (x, y, x + bw, y + hgt)
        return hgt

    def label(self, x: float, y: float, s: str, size: float, face: str, width_em: float, color: str = "#111") -> None:
        """A label spread over `width_em` em, the way licences justify 名称/类型/住所 across the column."""
        n = len(s)
        ls = (width_em - n) * size / (n - 1) if n > 1 and n < width_em else 0.0
        inner = "".join(f'<span style="letter-spacing:{ls if i < n - 1 else 0:.2f}px">{html.escape(c)}</span>' for i, c in enumerate(s))
        self.faces.add(face)
        self.runs.append((face, s))
        self.parts.append(f'<div style="position:absolute;left:{x:.1f}px;top:{y:.1f}px;white-space:nowrap;font-family:\'{face}\';'
                          f'font-size:{size:.1f}px;color:{color};line-height:1.35">{inner}</div>')

    def raw(self, s: str) -> None:
        self.parts.append(s)

    def svg(self, x: float, y: float, w: float, h: float, body: str, z: int = 0) -> None:
        self.parts.append(f'<svg style="position:absolute;left:{x:.1f}px;top:{y:.1f}px;z-index:{z}" width="{w:.0f}" height="{h:.0f}" '
                          f'viewBox="0 0 {w:.0f} {h:.0f}" xmlns="http://www.w3.org/2000/svg" '
                          f'xmlns:xlink="http://www.w3.org/1999/xlink">{body}</svg>')

    def html(self, zoom: float, transparent: bool = False) -> str:
        bg = "transparent" if transparent else self.bg
        return ('<!DOCTYPE html><html><head><meta charset="utf-8"><style>html,body{margin:0;padding:0;}'
                f'body{{zoom:{zoom:.3f};width:{self.w}px;height:{self.h}px;background:{bg};position:relative;overflow:hidden}}'
                '</style></head><body>' + "".join(self.parts) + "</body></html>")


# --- drawings -------------------------------------------------------------------------------------

def guilloche_border(w: float, h: float, r: random.Random, color: str, inset: float = 30, band: float = 34) -> str:
    """Interleaved sine ribbons along the four edges inside a double rule, like a licence's security border."""
    paths = []
    per = r.uniform(18, 30)
    for k in range(4):
        ph = k * math.pi / 2
        amp = band / 2 - 2
        for edge in range(4):
            pts = []
            length = (w - 2 * inset) if edge % 2 == 0 else (h - 2 * inset)
            steps = int(length / 4)
            for i in range(steps + 1):
                t = i * length / steps
                off = band / 2 + amp * math.sin(t / per * 2 * math.pi + ph) * (0.6 + 0.4 * math.cos(t / (per * 5)))
                if edge == 0:
                    px, py = inset + t, inset + off
                elif edge == 1:
                    px, py = w - inset - off, inset + t
                elif edge == 2:
                    px, py = w - inset - t, h - inset - off
                else:
                    px, py = inset + off, h - inset - t
                pts.append(f"{px:.1f},{py:.1f}")
            paths.append(f'<polyline points="{" ".join(pts)}" fill="none" stroke="{color}" stroke-width="0.9" opacity="0.8"/>')
    rules = (f'<rect x="{inset - 4}" y="{inset - 4}" width="{w - 2 * inset + 8}" height="{h - 2 * inset + 8}" fill="none" stroke="{color}" stroke-width="2.5"/>'
             f'<rect x="{inset + band + 4}" y="{inset + band + 4}" width="{w - 2 * (inset + band + 4)}" height="{h - 2 * (inset + band + 4)}" fill="none" stroke="{color}" stroke-width="1.2"/>')
    return rules + "".join(paths)


def guilloche_field(w: float, h: float, r: random.Random, color: str, n: int = 14) -> str:
    """A faint rosette/wave background (ID cards, e-licence screens)."""
    out = []
    for k in range(n):
        a, f, ph = r.uniform(8, 30), r.uniform(0.006, 0.02), r.uniform(0, 6.28)
        y0 = h * (k + 0.5) / n
        pts = " ".join(f"{x:.0f},{y0 + a * math.sin(x * f + ph):.1f}" for x in range(0, int(w) + 8, 8))
        out.append(f'<polyline points="{pts}" fill="none" stroke="{color}" stroke-width="0.8" opacity="0.55"/>')
    return "".join(out)


def star(cx: float, cy: float, rad: float, color: str, rot: float = -90) -> str:
    pts = []
    for i in range(10):
        rr = rad if i % 2 == 0 else rad * 0.382
        a = math.radians(rot + i * 36)
        pts.append(f"{cx + rr * math.cos(a):.1f},{cy + rr * math.sin(a):.1f}")
    return f'<polygon points="{" ".join(pts)}" fill="{color}"/>'


def emblem(size: float) -> str:
    """A stylised national emblem: red disc, gold stars, gate and wheat ring (not a reproduction)."""
    c = size / 2
    s = [f'<circle cx="{c}" cy="{c}" r="{c - 2}" fill="#c8161d" stroke="#d9a92a" stroke-width="{size * 0.05:.1f}"/>',
         star(c, c * 0.62, c * 0.26, "#f4c430")]
    for i, a in enumerate((-60, -30, 30, 60)):
        s.append(star(c + c * 0.42 * math.sin(math.radians(a)), c * 0.62 - c * 0.3 * math.cos(math.radians(a)) + c * 0.1,
                      c * 0.09, "#f4c430", rot=-90 + i * 20))
    s.append(f'<rect x="{c * 0.55}" y="{c * 1.05}" width="{c * 0.9}" height="{c * 0.32}" fill="#f4c430"/>')
    s.append(f'<rect x="{c * 0.45}" y="{c * 1.4}" width="{c * 1.1}" height="{c * 0.08}" fill="#f4c430"/>')
    return "".join(s)


def seal(size: float, text: str, face: str, color: str = "#d2232a", bottom: str = "", opacity: float = 0.82, oval: bool = False) -> str:
    """A round (or oval) red seal: ring, star and the authority's name around the top, one rotated
    glyph per character (QtWebKit's textPath placement is unreliable inside HTML)."""
    c = size / 2
    rr = c - size * 0.04
    ry = rr * (0.72 if oval else 1)
    n = max(1, len(text))
    fs = min(size * 0.15, size * 2.6 / (n + 2))
    ta = rr - fs * 0.6 - size * 0.03
    span = min(250.0, 12.0 * n + 60) if not oval else min(200.0, 10.0 * n + 50)
    s = (f'<g opacity="{opacity}"><ellipse cx="{c}" cy="{c}" rx="{rr}" ry="{ry}" fill="none" stroke="{color}" '
         f'stroke-width="{size * 0.03:.1f}"/>')
    for i, ch in enumerate(text):
        a = -span / 2 + span * (i + 0.5) / n  # degrees from the top, clockwise
        rad = math.radians(a - 90)
        x, y = c + ta * math.cos(rad), c + (ta * (0.72 if oval else 1)) * math.sin(rad)
        s += (f'<text x="{x:.1f}" y="{y:.1f}" font-family="{face}" font-size="{fs:.1f}" fill="{color}" text-anchor="middle" '
              f'dominant-baseline="central" transform="rotate({a:.1f} {x:.1f} {y:.1f})">{html.escape(ch)}</text>')
    if not oval:
        s += star(c, c, size * 0.16, color)
    if bottom:
        s += (f'<text x="{c}" y="{c + size * (0.3 if not oval else 0.18):.1f}" text-anchor="middle" font-family="{face}" '
              f'font-size="{fs * 0.85:.1f}" fill="{color}">{html.escape(bottom)}</text>')
    return s + "</g>"


def qr(size: float, r: random.Random, color: str = "#111") -> str:
    """A QR-like block: three finder squares and a seeded module field."""
    n = 29
    m = size / n
    cells = []
    for y in range(n):
        for x in range(n):
            finder = (x < 8 and y < 8) or (x > n - 9 and y < 8) or (x < 8 and y > n - 9)
            if not finder and r.random() < 0.5:
                cells.append(f'<rect x="{x * m:.2f}" y="{y * m:.2f}" width="{m + 0.3:.2f}" height="{m + 0.3:.2f}"/>')
    for fx, fy in ((0, 0), (n - 7, 0), (0, n - 7)):
        cells.append(f'<rect x="{fx * m + m / 2:.1f}" y="{fy * m + m / 2:.1f}" width="{6 * m:.1f}" height="{6 * m:.1f}" fill="none" stroke="{color}" stroke-width="{m:.1f}"/>'
                     f'<rect x="{(fx + 2) * m:.1f}" y="{(fy + 2) * m:.1f}" width="{3 * m:.1f}" height="{3 * m:.1f}"/>')
    return f'<rect width="{size}" height="{size}" fill="#fff"/><g fill="{color}">' + "".join(cells) + "</g>"


def portrait(w: float, h: float, r: random.Random, female: bool) -> str:
    """A photo area: pale background, a head and shoulders in flat tones."""
    skin = r.choice(["#e8c4a8", "#d9b08c", "#f0d0b8", "#c99a78"])
    hair = r.choice(["#1a1a1a", "#2b211c", "#3a2a20"])
    cloth = r.choice(["#2b3a55", "#1e1e1e", "#5a5a5a", "#ffffff", "#7a2430"])
    cx = w / 2
    s = [f'<rect width="{w}" height="{h}" fill="{r.choice(["#dfe8f2", "#ffffff", "#e9eef5"])}"/>',
         f'<ellipse cx="{cx}" cy="{h * 1.02}" rx="{w * 0.48}" ry="{h * 0.32}" fill="{cloth}"/>',
         f'<rect x="{cx - w * 0.08}" y="{h * 0.55}" width="{w * 0.16}" height="{h * 0.16}" fill="{skin}"/>',
         f'<ellipse cx="{cx}" cy="{h * 0.42}" rx="{w * 0.22}" ry="{h * 0.2}" fill="{skin}"/>',
         f'<path d="M{cx - w * 0.23},{h * 0.42} Q{cx},{h * 0.08} {cx + w * 0.23},{h * 0.42} Q{cx},{h * 0.22} {cx - w * 0.23},{h * 0.42}" fill="{hair}"/>']
    if female:
        s.append(f'<rect x="{cx - w * 0.26}" y="{h * 0.36}" width="{w * 0.08}" height="{h * 0.3}" rx="8" fill="{hair}"/>'
                 f'<rect x="{cx + w * 0.18}" y="{h * 0.36}" width="{w * 0.08}" height="{h * 0.3}" rx="8" fill="{hair}"/>')
    return "".join(s)
