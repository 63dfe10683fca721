"""Inline SVG pieces WeasyPrint draws inside family ZG's pages: guilloche frames and card backgrounds as
paths, round and oval seals (characters set on an arc one by one), the national emblem simplified, QR-like
module blocks, a photo silhouette and pen signatures. Each returns an `<svg>` string; sizes in mm."""

from __future__ import annotations

import math

from .values import pick


def _f(x: float) -> str:
    return f"{x:.2f}"


def guilloche_frame(w: float, h: float, rng, color: str, band: float = 9.0, inset: float = 6.0, lines: int = 4) -> str:
    """A rosette band running around the page: `lines` phase-shifted sine ribbons along a rectangle."""
    paths = []
    per = 5.0 + float(rng.random()) * 3
    amp = band / 2.4
    for k in range(lines):
        ph = k * math.pi / lines
        pts = []
        # walk the rectangle's perimeter (centre line of the band)
        x0, y0, x1, y1 = inset + band / 2, inset + band / 2, w - inset - band / 2, h - inset - band / 2
        per_len = 2 * (x1 - x0) + 2 * (y1 - y0)
        n = int(per_len / 2.2)
        for i in range(n + 1):
            s = per_len * i / n
            if s < x1 - x0:
                x, y, nx, ny = x0 + s, y0, 0, 1
            elif s < (x1 - x0) + (y1 - y0):
                x, y, nx, ny = x1, y0 + s - (x1 - x0), -1, 0
            elif s < 2 * (x1 - x0) + (y1 - y0):
                x, y, nx, ny = x1 - (s - (x1 - x0) - (y1 - y0)), y1, 0, -1
            else:
                x, y, nx, ny = x0, y1 - (s - 2 * (x1 - x0) - (y1 - y0)), 1, 0
            d = amp * math.sin(2 * math.pi * s / per + ph) * math.cos(math.pi * s / (per * 3.7) + ph)
            pts.append(f"{_f(x + nx * d)},{_f(y + ny * d)}")
        paths.append(f'<polyline points="{" ".join(pts)}" fill="none" stroke="{color}" stroke-width="0.18"/>')
    edge = (f'<rect x="{_f(inset)}" y="{_f(inset)}" width="{_f(w - 2 * inset)}" height="{_f(h - 2 * inset)}" fill="none" '
            f'stroke="{color}" stroke-width="0.35"/>'
            f'<rect x="{_f(inset + band)}" y="{_f(inset + band)}" width="{_f(w - 2 * inset - 2 * band)}" '
            f'height="{_f(h - 2 * inset - 2 * band)}" fill="none" stroke="{color}" stroke-width="0.3"/>')
    return (f'<svg class="bg" xmlns="http://www.w3.org/2000/svg" width="{w}mm" height="{h}mm" viewBox="0 0 {w} {h}">'
            f'{edge}{"".join(paths)}</svg>')


def card_background(w: float, h: float, rng, colors: tuple[str, str]) -> str:
    """An ID card's tinted guilloche field: interfering waves over a soft gradient."""
    ws = []
    for k in range(18):
        y0 = h * k / 17
        amp = 1.2 + float(rng.random()) * 1.5
        per = 9 + float(rng.random()) * 6
        pts = " ".join(f"{_f(x)},{_f(y0 + amp * math.sin(2 * math.pi * x / per + k * 0.7))}"
                       for x in [i * 1.5 for i in range(int(w / 1.5) + 2)])
        ws.append(f'<polyline points="{pts}" fill="none" stroke="{colors[1]}" stroke-width="0.12" opacity="0.55"/>')
    cx, cy = w * (0.35 + 0.2 * float(rng.random())), h * 0.55
    rings = "".join(f'<circle cx="{_f(cx)}" cy="{_f(cy)}" r="{_f(3 + 2.2 * i)}" fill="none" stroke="{colors[1]}" '
                    f'stroke-width="0.1" opacity="0.4"/>' for i in range(14))
    return (f'<svg class="bg" xmlns="http://www.w3.org/2000/svg" width="{w}mm" height="{h}mm" viewBox="0 0 {w} {h}">'
            f'<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="{colors[0]}"/>'
            f'<stop offset="0.6" stop-color="#fbfbf6"/><stop offset="1" stop-color="{colors[0]}"/></linearGradient></defs>'
            f'<rect width="{w}" height="{h}" rx="3.2" fill="url(#g)"/>{"".join(ws)}{rings}</svg>')


def star(cx: float, cy: float, r: float, rot: float = 0.0) -> str:
    pts = []
    for i in range(10):
        a = rot - math.pi / 2 + i * math.pi / 5
        rr = r if i % 2 == 0 else r * 0.382
        pts.append(f"{_f(cx + rr * math.cos(a))},{_f(cy + rr * math.sin(a))}")
    return " ".join(pts)


def seal(text: str, size: float, rng, face: str, color: str = "#d9232e", center: str = "",
         bottom: str = "", oval: bool = False, opacity: float = 0.78) -> str:
    """A round (or oval) seal: rim, star, the name set along the upper arc one character at a time."""
    w = size * (1.45 if oval else 1.0)
    h = size
    cx, cy = w / 2, h / 2
    r = size / 2 - 0.6
    parts = [f'<ellipse cx="{_f(cx)}" cy="{_f(cy)}" rx="{_f(w / 2 - 0.6)}" ry="{_f(r)}" fill="none" stroke="{color}" '
             f'stroke-width="{_f(size * 0.035)}"/>']
    if not oval:
        parts.append(f'<polygon points="{star(cx, cy, size * 0.13)}" fill="{color}"/>')
    n = len(text)
    span = min(250.0, 18.0 * n + 30)
    fs = size * (0.15 if n < 14 else 0.12)
    rt = r - fs * 0.95
    for i, ch in enumerate(text):
        a = -90 - span / 2 + span * (i + 0.5) / n
        x = cx + rt * math.cos(math.radians(a)) * (w / h if oval else 1)
        y = cy + rt * math.sin(math.radians(a))
        parts.append(f'<text x="{_f(x)}" y="{_f(y)}" font-family="{face}" font-size="{_f(fs)}" fill="{color}" '
                     f'text-anchor="middle" dominant-baseline="middle" transform="rotate({_f(a + 90)} {_f(x)} {_f(y)})">{ch}</text>')
    if center:
        parts.append(f'<text x="{_f(cx)}" y="{_f(cy + size * (0.05 if oval else 0.28))}" font-family="{face}" '
                     f'font-size="{_f(size * 0.1)}" fill="{color}" text-anchor="middle">{center}</text>')
    if bottom:
        parts.append(f'<text x="{_f(cx)}" y="{_f(cy + size * 0.36)}" font-family="{face}" font-size="{_f(size * 0.075)}" '
                     f'fill="{color}" text-anchor="middle">{bottom}</text>')
    rot = float(rng.uniform(-25, 25))
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{_f(w)}mm" height="{_f(h)}mm" viewBox="0 0 {_f(w)} {_f(h)}" '
            f'><g opacity="{opacity}" transform="rotate({_f(rot)} {_f(cx)} {_f(cy)})">{"".join(parts)}</g></svg>')


def emblem(size: float, gold: str = "#d4a017", red: str = "#c8161d") -> str:
    """The national emblem, simplified: red disc, gold stars, gate silhouette, wheat ring and gear."""
    c = size / 2
    p = [f'<circle cx="{c}" cy="{c}" r="{_f(c * 0.98)}" fill="{gold}"/>',
         f'<circle cx="{c}" cy="{_f(c * 0.95)}" r="{_f(c * 0.72)}" fill="{red}"/>',
         f'<polygon points="{star(c * 0.72, c * 0.62, c * 0.2)}" fill="{gold}"/>']
    for k, (dx, dy) in enumerate(((1.05, 0.38), (1.22, 0.55), (1.22, 0.78), (1.05, 0.95))):
        p.append(f'<polygon points="{star(c * dx, c * dy, c * 0.07, k * 0.3)}" fill="{gold}"/>')
    p.append(f'<rect x="{_f(c * 0.45)}" y="{_f(c * 1.12)}" width="{_f(c * 1.1)}" height="{_f(c * 0.22)}" fill="{gold}"/>')
    p.append(f'<polygon points="{_f(c * 0.55)},{_f(c * 1.12)} {_f(c * 1.45)},{_f(c * 1.12)} {_f(c * 1.3)},{_f(c * 1.0)} '
             f'{_f(c * 0.7)},{_f(c * 1.0)}" fill="{gold}"/>')
    p.append(f'<circle cx="{c}" cy="{_f(c * 1.72)}" r="{_f(c * 0.16)}" fill="{red}" stroke="{gold}" stroke-width="{_f(c * 0.05)}"/>')
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{size}mm" height="{size}mm" viewBox="0 0 {size} {size}">'
            f'{"".join(p)}</svg>')


def qr(size: float, rng, modules: int = 29) -> str:
    """A QR-like block: three finder squares and seeded modules, one path."""
    m = modules
    u = size / m
    d = []
    grid = rng.random((m, m)) < 0.48
    for (fx, fy) in ((0, 0), (m - 7, 0), (0, m - 7)):
        grid[fy:fy + 8 if fy == 0 else m, fx:fx + 8 if fx == 0 else m] = False
    for y in range(m):
        for x in range(m):
            if grid[y, x]:
                d.append(f"M{_f(x * u)} {_f(y * u)}h{_f(u)}v{_f(u)}h-{_f(u)}z")
    for (fx, fy) in ((0, 0), (m - 7, 0), (0, m - 7)):
        d.append(f"M{_f(fx * u)} {_f(fy * u)}h{_f(7 * u)}v{_f(7 * u)}h-{_f(7 * u)}z"
                 f"M{_f((fx + 1) * u)} {_f((fy + 1) * u)}v{_f(5 * u)}h{_f(5 * u)}v-{_f(5 * u)}z"
                 f"M{_f((fx + 2) * u)} {_f((fy + 2) * u)}h{_f(3 * u)}v{_f(3 * u)}h-{_f(3 * u)}z")
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{size}mm" height="{size}mm" viewBox="0 0 {_f(size)} {_f(size)}">'
            f'<path d="{"".join(d)}" fill="#111" fill-rule="evenodd"/></svg>')


def portrait(w: float, h: float, rng) -> str:
    """An ID photo: pale backdrop, head and shoulders in a seeded skin, hair and clothes tone."""
    bg = pick(rng, ["#e9eef3", "#f1f1ee", "#dfe8f2"])
    skin = pick(rng, ["#e8c4a4", "#d9b08c", "#f0cfb0", "#c99a78"])
    hair = pick(rng, ["#1b1b1b", "#2b211c", "#3a2e28"])
    cloth = pick(rng, ["#2d3848", "#1f1f22", "#5a5f66", "#e8e8e8", "#36506b"])
    cx = w / 2 + float(rng.uniform(-1, 1))
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}mm" height="{h}mm" viewBox="0 0 {w} {h}">'
            f'<rect width="{w}" height="{h}" fill="{bg}"/>'
            f'<path d="M{_f(cx - w * 0.48)} {h} C{_f(cx - w * 0.45)} {_f(h * 0.72)} {_f(cx - w * 0.2)} {_f(h * 0.7)} {_f(cx)} {_f(h * 0.69)} '
            f'C{_f(cx + w * 0.2)} {_f(h * 0.7)} {_f(cx + w * 0.45)} {_f(h * 0.72)} {_f(cx + w * 0.48)} {h}Z" fill="{cloth}"/>'
            f'<rect x="{_f(cx - w * 0.09)}" y="{_f(h * 0.55)}" width="{_f(w * 0.18)}" height="{_f(h * 0.16)}" fill="{skin}"/>'
            f'<ellipse cx="{_f(cx)}" cy="{_f(h * 0.4)}" rx="{_f(w * 0.24)}" ry="{_f(h * 0.22)}" fill="{skin}"/>'
            f'<path d="M{_f(cx - w * 0.26)} {_f(h * 0.42)} C{_f(cx - w * 0.28)} {_f(h * 0.1)} {_f(cx + w * 0.28)} {_f(h * 0.1)} '
            f'{_f(cx + w * 0.26)} {_f(h * 0.42)} C{_f(cx + w * 0.2)} {_f(h * 0.25)} {_f(cx - w * 0.2)} {_f(h * 0.25)} Z" fill="{hair}"/>'
            f'</svg>')


def signature(w: float, h: float, rng, color: str = "#1d3a8a") -> str:
    """A pen scrawl: a few connected cubic strokes."""
    x = 1.0
    d = [f"M{_f(x)} {_f(h * 0.6)}"]
    while x < w - 4:
        nx = x + float(rng.uniform(3, 7))
        d.append(f"C{_f(x + 1)} {_f(h * float(rng.uniform(0.05, 0.4)))} {_f(nx - 1)} {_f(h * float(rng.uniform(0.6, 0.95)))} "
                 f"{_f(nx)} {_f(h * float(rng.uniform(0.3, 0.7)))}")
        x = nx
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}mm" height="{h}mm" viewBox="0 0 {w} {h}">'
            f'<path d="{" ".join(d)}" fill="none" stroke="{color}" stroke-width="0.45" stroke-linecap="round"/></svg>')
