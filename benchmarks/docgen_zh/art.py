"""SVG art drawn into the XSL-FO pages as fo:instream-foreign-object (FOP draws it through Batik): the
national emblem, round red seals with their name on an arc, guilloche frames and card backgrounds,
QR-like blocks and the ID card photo. Seal and emblem text use faces registered in FOP's config."""

from __future__ import annotations

import math

import numpy as np

SVG = 'xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"'


def _star(cx: float, cy: float, r: float, rot: float = -90) -> str:
    pts = []
    for k in range(10):
        rr = r if k % 2 == 0 else r * 0.382
        a = math.radians(rot + k * 36)
        pts.append(f"{cx + rr * math.cos(a):.2f},{cy + rr * math.sin(a):.2f}")
    return " ".join(pts)


def emblem(color: str = "#c8a030", red: str = "#d42a2a") -> str:
    """A simplified national emblem: red disc, gold rim, one large and four small stars, the gate and
    the wheat ring (100×100 view box)."""
    s = [f'<svg {SVG} viewBox="0 0 100 100" width="100" height="100">',
         f'<circle cx="50" cy="50" r="46" fill="{color}"/><circle cx="50" cy="48" r="36" fill="{red}"/>',
         f'<polygon points="{_star(36, 30, 8)}" fill="{color}"/>']
    for k, (x, y) in enumerate(((50, 20), (56, 26), (57, 34), (53, 41))):
        s.append(f'<polygon points="{_star(x, y, 3, -90 + 20 * k)}" fill="{color}"/>')
    s.append(f'<rect x="26" y="52" width="48" height="14" fill="{color}"/><rect x="22" y="49" width="56" height="4" fill="{color}"/>')
    for x in (31, 41, 55, 65):
        s.append(f'<rect x="{x}" y="56" width="4" height="10" fill="{red}"/>')
    for k in range(14):
        a = math.radians(200 + k * 10.5)
        s.append(f'<ellipse cx="{50 + 42 * math.cos(a):.1f}" cy="{50 - 42 * math.sin(a):.1f}" rx="4" ry="2" '
                 f'transform="rotate({-math.degrees(a):.0f} {50 + 42 * math.cos(a):.1f} {50 - 42 * math.sin(a):.1f})" fill="#e6c060"/>')
    s.append(f'<rect x="30" y="80" width="40" height="7" fill="{red}"/></svg>')
    return "".join(s)


def seal(name: str, face: str, bottom: str = "", color: str = "#d8232a", opacity: float = 0.82, rough: float = 0.0,
         rng: np.random.Generator | None = None) -> str:
    """A round seal: ring, `name` along the upper arc, a star, `bottom` (e.g. 登记专用章) across."""
    n = max(len(name), 1)
    size = min(14.0, 126.0 / n)
    s = [f'<svg {SVG} viewBox="0 0 100 100" width="100" height="100"><g fill-opacity="{opacity}" stroke-opacity="{opacity}">',
         f'<circle cx="50" cy="50" r="46" fill="none" stroke="{color}" stroke-width="3.2"/>',
         '<path id="arc" d="M 20.5 66 A 33 33 0 1 1 79.5 66" fill="none"/>',
         f'<text font-family="{face}" font-size="{size:.1f}" fill="{color}">'
         f'<textPath xlink:href="#arc" startOffset="{max(0.0, (134 - size * n) / 2):.1f}">{name}</textPath></text>',
         f'<polygon points="{_star(50, 50, 13)}" fill="{color}"/>']
    if bottom:
        s.append(f'<text x="50" y="78" font-family="{face}" font-size="8" fill="{color}" text-anchor="middle">{bottom}</text>')
    if rough and rng is not None:  # uneven ink: white specks
        for _ in range(int(40 * rough)):
            x, y, r = rng.uniform(5, 95), rng.uniform(5, 95), rng.uniform(0.4, 1.6)
            s.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="#fff" opacity="0.8"/>')
    s.append("</g></svg>")
    return "".join(s)


def guilloche(w: float, h: float, rng: np.random.Generator, color: str = "#c9a86a", band: float = 9.0,
              lines: int = 6, fill: str | None = None) -> str:
    """A guilloche frame `band` mm wide around a w×h mm page (interfering sine ribbons), optionally a
    full-page tint under it."""
    s = [f'<svg {SVG} viewBox="0 0 {w:.1f} {h:.1f}" width="{w:.1f}" height="{h:.1f}">']
    if fill:
        s.append(f'<rect width="{w:.1f}" height="{h:.1f}" fill="{fill}"/>')
    ph = rng.uniform(0, 6.28)
    per = rng.uniform(5, 9)
    for k in range(lines):
        amp = band * 0.42
        off = band / 2
        d = []
        for edge in range(4):  # top, right, bottom, left ribbons
            L = w if edge % 2 == 0 else h
            steps = int(L / 1.5)
            pts = []
            for i in range(steps + 1):
                t = i * L / steps
                v = off + amp * math.sin(t / per * 2 * math.pi + ph + k * 0.9) * math.cos(t / (per * 3.1) + k)
                x, y = ((t, v), (w - v, t), (w - t, h - v), (v, h - t))[edge]
                pts.append(f"{x:.1f},{y:.1f}")
            d.append("M" + " L".join(pts))
        s.append(f'<path d="{" ".join(d)}" fill="none" stroke="{color}" stroke-width="0.18"/>')
    s.append(f'<rect x="{band + 1:.1f}" y="{band + 1:.1f}" width="{w - 2 * band - 2:.1f}" height="{h - 2 * band - 2:.1f}" '
             f'fill="none" stroke="{color}" stroke-width="0.5"/></svg>')
    return "".join(s)


def card_background(w: float, h: float, rng: np.random.Generator, front: bool) -> str:
    """The ID card's tinted background: a soft gradient and fine wave lines."""
    c1, c2 = ("#eef3f6", "#f7efe2") if front else ("#f3eee4", "#e8f0f4")
    s = [f'<svg {SVG} viewBox="0 0 {w} {h}" width="{w}" height="{h}"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">'
         f'<stop offset="0" stop-color="{c1}"/><stop offset="1" stop-color="{c2}"/></linearGradient></defs>'
         f'<rect width="{w}" height="{h}" rx="3.2" fill="url(#g)"/>']
    ph = rng.uniform(0, 6)
    for k in range(14):
        y0 = 3 + k * h / 14
        pts = " L".join(f"{x:.1f},{y0 + 1.4 * math.sin(x / 6 + ph + k * 0.5):.2f}" for x in np.arange(0, w + 1, 1.5))
        s.append(f'<path d="M{pts}" fill="none" stroke="#c8d8e0" stroke-width="0.12"/>')
    s.append("</svg>")
    return "".join(s)


def qr(rng: np.random.Generator, n: int = 25) -> str:
    """A QR-like block: three finder squares and seeded modules."""
    m = rng.random((n, n)) < 0.5
    s = [f'<svg {SVG} viewBox="0 0 {n + 2} {n + 2}" width="{n + 2}" height="{n + 2}"><rect width="{n + 2}" height="{n + 2}" fill="#fff"/>']
    fz = [(0, 0), (n - 7, 0), (0, n - 7)]
    for y in range(n):
        for x in range(n):
            if any(fx - 1 <= x < fx + 8 and fy - 1 <= y < fy + 8 for fx, fy in fz):
                continue
            if m[y, x]:
                s.append(f'<rect x="{x + 1}" y="{y + 1}" width="1.02" height="1.02" fill="#000"/>')
    for fx, fy in fz:
        s.append(f'<rect x="{fx + 1.5}" y="{fy + 1.5}" width="6" height="6" fill="none" stroke="#000" stroke-width="1"/>'
                 f'<rect x="{fx + 3}" y="{fy + 3}" width="3" height="3" fill="#000"/>')
    s.append("</svg>")
    return "".join(s)


def photo(rng: np.random.Generator, female: bool) -> str:
    """The ID photo: a pale backdrop, shoulders, neck and head, hair."""
    hair = "#1c1a1a" if rng.random() < 0.85 else "#5a4030"
    skin = ["#e8c8a8", "#dcb894", "#f0d2b8", "#c89c78"][int(rng.integers(4))]
    shirt = ["#2a3444", "#ffffff", "#3a5a8a", "#222222", "#8a2a2a"][int(rng.integers(5))]
    s = [f'<svg {SVG} viewBox="0 0 100 125" width="100" height="125"><rect width="100" height="125" fill="#f4f6f8" opacity="0"/>',
         f'<path d="M8 125 C10 98 30 90 50 90 C70 90 90 98 92 125 Z" fill="{shirt}"/>',
         f'<rect x="42" y="70" width="16" height="24" fill="{skin}"/>',
         f'<ellipse cx="50" cy="55" rx="21" ry="27" fill="{skin}"/>']
    if female:
        s.append(f'<path d="M27 58 C22 20 78 20 73 58 C76 80 82 92 70 96 C74 70 70 40 50 36 C30 40 26 70 30 96 C18 92 24 80 27 58 Z" fill="{hair}"/>')
    else:
        s.append(f'<path d="M29 50 C28 24 72 24 71 50 C68 38 60 33 50 33 C40 33 32 38 29 50 Z" fill="{hair}"/>')
    s.append('<ellipse cx="42" cy="55" rx="2.2" ry="1.4" fill="#222"/><ellipse cx="58" cy="55" rx="2.2" ry="1.4" fill="#222"/>'
             '<path d="M44 70 Q50 73 56 70" stroke="#a05050" stroke-width="1.2" fill="none"/></svg>')
    return "".join(s)
