"""Drawn elements of the documents as SVG: guilloche frames and rosettes (paths), the national emblem
(stars, rays, gate and wheel), QR-like blocks, the ID card's background waves and its photo, round
seals with their name on a <textPath> arc, and handwriting-like signatures."""

from __future__ import annotations

import math

from benchmarks.docgen_zm.svg import Page, star


def guilloche_frame(pg: Page, m: float, color: str, rng, band: float = 9.0) -> None:
    """A patterned border band `m` mm from the edge: interlaced sine ribbons with a thin rule each side."""
    w, h = pg.w, pg.h
    x0, y0, x1, y1 = m, m, w - m, h - m
    pg.rect(x0, y0, x1 - x0, y1 - y0, stroke=color, sw=0.5)
    pg.rect(x0 + band, y0 + band, x1 - x0 - 2 * band, y1 - y0 - 2 * band, stroke=color, sw=0.35)
    period = 3.2 + float(rng.random()) * 1.5
    for phase in (0.0, math.pi / 2, math.pi, 3 * math.pi / 2):
        for side in range(4):
            pts = []
            L = (x1 - x0) if side % 2 == 0 else (y1 - y0)
            n = int(L / 0.8)
            for i in range(n + 1):
                t = i * L / n
                off = band / 2 + (band / 2 - 0.8) * math.sin(t / period * 2 * math.pi + phase)
                if side == 0:
                    pts.append((x0 + t, y0 + off))
                elif side == 1:
                    pts.append((x1 - off, y0 + t))
                elif side == 2:
                    pts.append((x1 - t, y1 - off))
                else:
                    pts.append((x0 + off, y1 - t))
            d = "M " + " L ".join(f"{a:.2f},{b:.2f}" for a, b in pts)
            pg.add(f'<path d="{d}" fill="none" stroke="{color}" stroke-width="0.18" stroke-opacity="0.85"/>')


def rosette(pg: Page, cx, cy, r, color, k=7, opacity=0.35) -> None:
    pts = []
    for i in range(721):
        t = i / 720 * 2 * math.pi
        rr = r * (0.65 + 0.35 * math.cos(k * t))
        pts.append(f"{cx + rr * math.cos(t * 3):.2f},{cy + rr * math.sin(t * 3):.2f}")
    pg.add(f'<path d="M {" L ".join(pts)} Z" fill="none" stroke="{color}" stroke-width="0.12" stroke-opacity="{opacity}"/>')


def emblem(pg: Page, cx, cy, r, red="#d42a1e", gold="#e8b33a") -> None:
    """The national emblem, simplified: a red disc, a big and four small stars, the gate, a gear."""
    pg.add(f'<circle cx="{cx:.2f}" cy="{cy:.2f}" r="{r:.2f}" fill="{gold}"/>')
    pg.add(f'<circle cx="{cx:.2f}" cy="{cy:.2f}" r="{r * 0.86:.2f}" fill="{red}"/>')
    for i in range(24):  # wheat ear ring
        a = math.radians(i * 15)
        pg.add(f'<ellipse cx="{cx + r * 0.93 * math.cos(a):.2f}" cy="{cy + r * 0.93 * math.sin(a):.2f}" rx="{r * 0.09:.2f}" '
               f'ry="{r * 0.04:.2f}" transform="rotate({i * 15 + 90} {cx + r * 0.93 * math.cos(a):.2f} {cy + r * 0.93 * math.sin(a):.2f})" fill="{gold}"/>')
    pg.add(f'<path d="{star(cx, cy - r * 0.42, r * 0.22)}" fill="{gold}"/>')
    for i, a in enumerate((-70, -40, -10, 20)):
        ang = math.radians(a - 90)
        pg.add(f'<path d="{star(cx - r * 0.05 + r * 0.42 * math.cos(ang + 1.2), cy - r * 0.42 + r * 0.42 * math.sin(ang + 1.2), r * 0.08, a + i * 9)}" fill="{gold}"/>')
    gy = cy + r * 0.05
    pg.rect(cx - r * 0.5, gy, r, r * 0.1, fill=gold)
    pg.rect(cx - r * 0.42, gy + r * 0.1, r * 0.84, r * 0.22, fill=gold)
    for i in range(5):
        pg.rect(cx - r * 0.36 + i * r * 0.16, gy + r * 0.16, r * 0.08, r * 0.16, fill=red)
    pg.rect(cx - r * 0.6, gy + r * 0.34, r * 1.2, r * 0.06, fill=gold)
    pg.add(f'<circle cx="{cx:.2f}" cy="{cy + r * 0.62:.2f}" r="{r * 0.13:.2f}" fill="none" stroke="{gold}" stroke-width="{r * 0.05:.2f}"/>')


def qr_block(pg: Page, x, y, s, rng, color="#111") -> None:
    """A QR-like block: three finder squares and seeded modules."""
    n = 29
    c = s / n
    cells = []
    for j in range(n):
        for i in range(n):
            finder = (i < 8 and j < 8) or (i >= n - 8 and j < 8) or (i < 8 and j >= n - 8)
            if not finder and rng.random() < 0.5:
                cells.append(f"M{x + i * c:.2f} {y + j * c:.2f}h{c:.2f}v{c:.2f}h{-c:.2f}z")
    pg.add(f'<path d="{"".join(cells)}" fill="{color}"/>')
    for fx, fy in ((0, 0), (n - 7, 0), (0, n - 7)):
        pg.rect(x + fx * c, y + fy * c, 7 * c, 7 * c, fill=color)
        pg.rect(x + (fx + 1) * c, y + (fy + 1) * c, 5 * c, 5 * c, fill="#fff")
        pg.rect(x + (fx + 2) * c, y + (fy + 2) * c, 3 * c, 3 * c, fill=color)


def waves(pg: Page, color: str, rng, n=40, amp=2.0, opacity=0.35) -> None:
    """Fine background waves across a card (the ID card's security print)."""
    ph = float(rng.random()) * 6
    for k in range(n):
        y0 = k * pg.h / n
        pts = [f"{x:.1f},{y0 + amp * math.sin(x / 6 + ph + k * 0.35) + amp * 0.5 * math.sin(x / 2.3 + k):.2f}"
               for x in [i * 1.2 for i in range(int(pg.w / 1.2) + 2)]]
        pg.add(f'<path d="M {" L ".join(pts)}" fill="none" stroke="{color}" stroke-width="0.08" stroke-opacity="{opacity}"/>')


def id_photo(pg: Page, x, y, w, h, rng) -> None:
    """The holder's photo: a pale backdrop, hair, face and shoulders drawn as paths with gradients."""
    gid = pg.uid("g")
    skin = ["#e9c6a8", "#dcb08e", "#f0d0b6", "#c99a78"][int(rng.integers(4))]
    hair = ["#1b1410", "#2a1d14", "#3a2a1f", "#101010"][int(rng.integers(4))]
    cloth = ["#2b3a55", "#222", "#5a5a5a", "#f4f4f4", "#7a1f24"][int(rng.integers(5))]
    pg.defs.append(f'<radialGradient id="{gid}" cx="50%" cy="40%" r="60%"><stop offset="0" stop-color="{skin}"/>'
                   f'<stop offset="1" stop-color="#b88a6a"/></radialGradient>')
    cx = x + w / 2
    pg.add(f'<path d="M {x:.2f} {y + h:.2f} Q {cx:.2f} {y + h * 0.62:.2f} {x + w:.2f} {y + h:.2f} Z" fill="{cloth}"/>')
    pg.add(f'<rect x="{cx - w * 0.09:.2f}" y="{y + h * 0.55:.2f}" width="{w * 0.18:.2f}" height="{h * 0.2:.2f}" fill="{skin}"/>')
    long_hair = rng.random() < 0.5
    if long_hair:
        pg.add(f'<ellipse cx="{cx:.2f}" cy="{y + h * 0.47:.2f}" rx="{w * 0.33:.2f}" ry="{h * 0.36:.2f}" fill="{hair}"/>')
    pg.add(f'<ellipse cx="{cx:.2f}" cy="{y + h * 0.42:.2f}" rx="{w * 0.24:.2f}" ry="{h * 0.27:.2f}" fill="url(#{gid})"/>')
    pg.add(f'<path d="M {cx - w * 0.26:.2f} {y + h * 0.38:.2f} Q {cx:.2f} {y + h * 0.02:.2f} {cx + w * 0.26:.2f} {y + h * 0.38:.2f} '
           f'Q {cx:.2f} {y + h * 0.2:.2f} {cx - w * 0.26:.2f} {y + h * 0.38:.2f} Z" fill="{hair}"/>')
    for dx in (-0.09, 0.09):
        pg.add(f'<ellipse cx="{cx + w * dx:.2f}" cy="{y + h * 0.42:.2f}" rx="{w * 0.035:.2f}" ry="{h * 0.015:.2f}" fill="#2a1a12"/>')
    pg.add(f'<path d="M {cx - w * 0.06:.2f} {y + h * 0.56:.2f} Q {cx:.2f} {y + h * 0.585:.2f} {cx + w * 0.06:.2f} {y + h * 0.56:.2f}" '
           f'stroke="#a0524a" stroke-width="{w * 0.012:.2f}" fill="none"/>')


def seal(pg: Page, cx, cy, r, name: str, face: str, bottom: str = "", rng=None, opacity=0.82, color="#d8261c") -> None:
    """A round red seal: ring, star, the organisation's name on the upper arc, an optional bottom line."""
    pg.add(f'<g opacity="{opacity:.2f}">')
    pg.add(f'<circle cx="{cx:.2f}" cy="{cy:.2f}" r="{r:.2f}" fill="none" stroke="{color}" stroke-width="{r * 0.055:.2f}"/>')
    pg.add(f'<path d="{star(cx, cy, r * 0.3)}" fill="{color}"/>')
    size = min(r * 0.3, 2 * math.pi * r * 0.72 * 0.62 / max(len(name), 1))
    pg.arc_text(cx, cy, r * 0.72, name, face, size, color, start_deg=-215 if len(name) > 10 else -200,
                end_deg=35 if len(name) > 10 else 20)
    if bottom:
        pg.text(cx, cy + r * 0.62, bottom, face, r * 0.17, fill=color, anchor="middle")
    pg.add("</g>")


def signature(pg: Page, x, y, w, rng, color="#1a2a8a") -> None:
    """A scribbled signature: a few connected cubic strokes."""
    pts = [(x, y)]
    for _ in range(int(rng.integers(5, 9))):
        px, py = pts[-1]
        pts.append((px + w / 7 * (0.6 + float(rng.random())), y + float(rng.normal(0, w * 0.06))))
    d = f"M {pts[0][0]:.2f} {pts[0][1]:.2f} " + " ".join(
        f"C {a[0] + w * 0.05:.2f} {a[1] - w * 0.12:.2f} {b[0] - w * 0.05:.2f} {b[1] + w * 0.12:.2f} {b[0]:.2f} {b[1]:.2f}"
        for a, b in zip(pts, pts[1:], strict=False))
    pg.add(f'<path d="{d}" fill="none" stroke="{color}" stroke-width="{w * 0.012:.2f}" stroke-linecap="round"/>')
