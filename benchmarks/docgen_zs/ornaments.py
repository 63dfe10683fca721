"""Vector ornaments written as PDFBox paths: guilloche frames and card waves, the national emblem (a
simplified one: ring, stars, gate, wheat), QR-like blocks, round seals with their characters rotated on
an arc (each character's text matrix), and signature scribbles. Coordinates in PDF points."""

from __future__ import annotations

import math

import numpy as np

from .pdfbox import Page

MM = 72 / 25.4


def guilloche_frame(pg: Page, inset: float, band: float, rgb, rng, lines: int = 4) -> None:
    """Interleaved sine bands around the page, `inset` from the edge, `band` wide (points)."""
    w, h = pg.w, pg.h
    pg.rgb(*rgb)
    pg.lw(0.35)
    x0, y0, x1, y1 = inset, inset, w - inset, h - inset
    per = band * 1.6
    for k in range(lines):
        ph = k * math.pi / lines + rng.random() * 0.2
        for side in range(4):
            if side in (0, 2):
                n = int((x1 - x0) / per * 12) + 2
                xs = np.linspace(x0, x1, n)
                base = y0 + band / 2 if side == 0 else y1 - band / 2
                ys = base + band / 2 * np.sin((xs - x0) / per * 2 * math.pi + ph) * np.cos(ph * 0.5)
                pg.poly(list(zip(xs, ys, strict=False)), "s")
            else:
                n = int((y1 - y0) / per * 12) + 2
                ys = np.linspace(y0, y1, n)
                base = x0 + band / 2 if side == 3 else x1 - band / 2
                xs = base + band / 2 * np.sin((ys - y0) / per * 2 * math.pi + ph) * np.cos(ph * 0.5)
                pg.poly(list(zip(xs, ys, strict=False)), "s")
    pg.lw(0.8)
    pg.rect(x0 - 2, y0 - 2, x1 - x0 + 4, y1 - y0 + 4)
    pg.rect(x0 + band + 2, y0 + band + 2, x1 - x0 - 2 * band - 4, y1 - y0 - 2 * band - 4)


def waves(pg: Page, x: float, y: float, w: float, h: float, rgb, rng, n: int = 14) -> None:
    """Card background: families of thin phase-shifted waves."""
    pg.rgb(*rgb)
    pg.lw(0.25)
    xs = np.linspace(x, x + w, 90)
    for k in range(n):
        base = y + h * (k + 0.5) / n
        amp = h / n * (0.8 + 0.6 * rng.random())
        f = 2 * math.pi / (w / (1.5 + rng.random()))
        ys = base + amp * np.sin((xs - x) * f + k * 0.7)
        pg.poly(list(zip(xs, np.clip(ys, y, y + h), strict=False)), "s")


def star(cx: float, cy: float, r: float, rot: float = 90.0) -> list[tuple[float, float]]:
    pts = []
    for i in range(10):
        rr = r if i % 2 == 0 else r * 0.382
        a = math.radians(rot + i * 36)
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    return pts


def circle(cx: float, cy: float, r: float, n: int = 72) -> list[tuple[float, float]]:
    return [(cx + r * math.cos(2 * math.pi * i / n), cy + r * math.sin(2 * math.pi * i / n)) for i in range(n)]


def emblem(pg: Page, cx: float, cy: float, r: float, rgb=(200, 30, 30), gold=(230, 180, 40)) -> None:
    """A simplified national emblem: red disc, gold ring of wheat ears, five stars, Tiananmen's gate."""
    pg.rgb(*gold)
    pg.poly(circle(cx, cy, r), "f")
    pg.rgb(*rgb)
    pg.poly(circle(cx, cy, r * 0.78), "f")
    pg.rgb(*gold)
    for i in range(22):  # wheat ears around the ring
        a = math.radians(-60 + i * (300 / 21))
        ex, ey = cx + r * 0.89 * math.cos(a), cy + r * 0.89 * math.sin(a)
        pts = [(ex + r * 0.09 * math.cos(a + t), ey + r * 0.09 * math.sin(a + t)) for t in (0, 2.2, 3.14, 4.1)]
        pg.poly(pts, "f")
    pg.poly(star(cx, cy + r * 0.42, r * 0.2), "f")
    for k, ang in enumerate((150, 120, 60, 30)):
        a = math.radians(ang)
        pg.poly(star(cx + r * 0.42 * math.cos(a) * 1.05, cy + r * 0.42 + r * 0.25 * math.sin(a) - r * 0.12,
                     r * 0.07, 90 + (k - 1.5) * 20), "f")
    # the gate: base, roof, columns
    gw, gh = r * 0.95, r * 0.28
    gx, gy = cx - gw / 2, cy - r * 0.32
    pg.rect(gx, gy, gw, gh * 0.45, "f")
    pg.poly([(gx - r * 0.08, gy + gh * 0.55), (gx + gw + r * 0.08, gy + gh * 0.55), (gx + gw * 0.8, gy + gh),
             (gx + gw * 0.2, gy + gh)], "f")
    pg.rgb(*rgb)
    for k in range(5):
        pg.rect(gx + gw * (0.1 + 0.18 * k), gy + gh * 0.05, gw * 0.06, gh * 0.3, "f")
    pg.rgb(*gold)
    pg.rect(cx - r * 0.55, cy - r * 0.55, r * 1.1, r * 0.1, "f")


def qr_block(pg: Page, x: float, y: float, size: float, rng, n: int = 29) -> None:
    """A QR-like block: three finder squares and seeded modules (y is the bottom edge)."""
    m = size / n
    grid = rng.random((n, n)) < 0.48
    for fx, fy in ((0, 0), (n - 7, 0), (0, n - 7)):
        grid[fy:fy + 7, fx:fx + 7] = False
    pg.rgb(0, 0, 0)
    for r in range(n):
        c = 0
        while c < n:
            if grid[r, c]:
                c2 = c
                while c2 + 1 < n and grid[r, c2 + 1]:
                    c2 += 1
                pg.rect(x + c * m, y + size - (r + 1) * m, (c2 - c + 1) * m + 0.05, m + 0.05, "f")
                c = c2 + 1
            else:
                c += 1
    for fx, fy in ((0, 0), (n - 7, 0), (0, n - 7)):
        bx, by = x + fx * m, y + size - (fy + 7) * m
        pg.rgb(0, 0, 0)
        pg.rect(bx, by, 7 * m, 7 * m, "f")
        pg.rgb(255, 255, 255)
        pg.rect(bx + m, by + m, 5 * m, 5 * m, "f")
        pg.rgb(0, 0, 0)
        pg.rect(bx + 2 * m, by + 2 * m, 3 * m, 3 * m, "f")


def seal(pg: Page, cx: float, cy: float, r: float, ring_text: str, bottom: str, rng, face: str = "song",
         rgb=(215, 35, 40), alpha: float = 0.82) -> None:
    """A round red seal: double ring, star, the name around the upper arc (each character rotated on
    its own text matrix), a line of text under the star."""
    pg.alpha(alpha)
    pg.rgb(*rgb)
    pg.lw(r * 0.06)
    pg.poly(circle(cx, cy, r * 0.96, 96), "c")
    pg.poly(star(cx, cy, r * 0.24, 90 + float(rng.normal(0, 2))), "f")
    n = len(ring_text)
    size = min(r * 0.3, 2 * math.pi * r * 0.7 * (240 / 360) / max(n, 1) * 0.95)
    span = min(250.0, 18.0 * n * size / (r * 0.3)) if n > 1 else 0.0
    start = 90 + span / 2
    rad = r * 0.96 - r * 0.06 - size * 0.95
    for i, ch in enumerate(ring_text):
        a = math.radians(start - (span * i / (n - 1) if n > 1 else 0))
        px, py = cx + rad * math.cos(a), cy + rad * math.sin(a)
        bx = px - size / 2 * math.sin(a) * 1.0
        by = py + size / 2 * math.cos(a) * 1.0
        pg.text(face, size, bx, by, ch, math.degrees(a) - 90)
    if bottom:
        pg.ctext(face, size * 0.8, cx, cy - r * 0.52, bottom)
    pg.alpha(1.0)


def scribble(pg: Page, x: float, y: float, w: float, h: float, rng, rgb=(20, 30, 90)) -> None:
    """A pen signature: a few loops of a seeded smooth stroke."""
    pg.rgb(*rgb)
    pg.lw(1.1)
    t = np.linspace(0, 1, 120)
    k = rng.integers(3, 6)
    xs = x + w * t + w * 0.06 * np.sin(t * k * 2 * math.pi * 1.3)
    ys = y + h * 0.5 + h * 0.45 * np.sin(t * k * 2 * math.pi + rng.random() * 3) * (1 - 0.5 * t)
    pg.poly(list(zip(xs, ys, strict=False)), "s")
    pg.line(x + w * 0.1, y + h * 0.1, x + w * 0.9, y + h * 0.25)
