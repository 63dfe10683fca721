"""Family ZL's vector art, drawn by aggdraw (the Anti-Grain Geometry rasteriser) in page pixels:
licence borders and guilloche frames, the national emblem, round seals (ring and star by AGG; the
characters on the arc rotated by FreeType in text.Canvas.char_rotated), QR-like blocks, the ID card's
waves and its photo."""

from __future__ import annotations

import math

import aggdraw
import numpy as np
from PIL import Image

from . import text as T


def star(cx: float, cy: float, r: float, rot: float = -90.0) -> list[float]:
    pts = []
    for i in range(10):
        rr = r if i % 2 == 0 else r * 0.382
        a = math.radians(rot + i * 36)
        pts += [cx + rr * math.cos(a), cy + rr * math.sin(a)]
    return pts


def border(d: aggdraw.Draw, k: float, w: float, h: float, m: float, color, rng, kind: str = "licence") -> None:
    """The licence frame: an outer rule, a guilloche band of crossing sine waves, an inner rule."""
    pen_o = aggdraw.Pen(color, max(1.0, 0.6 * k))
    pen_i = aggdraw.Pen(color, max(1.0, 0.3 * k))
    band = 6.0 if kind == "licence" else 3.0
    x0, y0, x1, y1 = m * k, m * k, (w - m) * k, (h - m) * k
    d.rectangle((x0, y0, x1, y1), pen_o)
    b = band * k
    d.rectangle((x0 + b, y0 + b, x1 - b, y1 - b), pen_i)
    fine = aggdraw.Pen(color, max(0.6, 0.12 * k), 150)
    period = (2.2 + rng.random()) * k
    for phase in (0.0, math.pi):
        for edge in range(4):
            horizontal = edge < 2
            length = (x1 - x0) if horizontal else (y1 - y0)
            n = max(int(length / (0.5 * k)), 8)
            path = aggdraw.Path()
            for i in range(n + 1):
                t = i / n * length
                off = b / 2 + (b / 2 - 0.6 * k) * math.sin(t / period * 2 * math.pi + phase)
                if horizontal:
                    x, y = x0 + t, (y0 + off) if edge == 0 else (y1 - off)
                else:
                    x, y = (x0 + off) if edge == 2 else (x1 - off), y0 + t
                if i == 0:
                    path.moveto(x, y)
                else:
                    path.lineto(x, y)
            d.path(path, fine)


def guilloche(d: aggdraw.Draw, cx: float, cy: float, R: float, r: float, color, rng, lobes: int | None = None) -> None:
    """A rosette: a hypotrochoid-like closed curve drawn in fine rules (background security print)."""
    lobes = lobes or int(rng.integers(9, 19))
    pen = aggdraw.Pen(color, max(0.5, R / 400), 110)
    for j in range(3):
        path = aggdraw.Path()
        ph = j * math.pi / (3 * lobes)
        for i in range(721):
            t = i / 720 * 2 * math.pi
            rr = R - r * (0.5 + 0.5 * math.cos(lobes * t + ph))
            x, y = cx + rr * math.cos(t), cy + rr * math.sin(t)
            if i == 0:
                path.moveto(x, y)
            else:
                path.lineto(x, y)
        path.close()
        d.path(path, pen)


def emblem(d: aggdraw.Draw, cx: float, cy: float, r: float) -> None:
    """The national emblem, simplified: a red disc in a gold ring with the five stars, Tiananmen's
    gate and the wheat ring."""
    gold, red = (226, 180, 40), (200, 20, 25)
    d.ellipse((cx - r, cy - r, cx + r, cy + r), aggdraw.Pen(gold, r * 0.06), aggdraw.Brush(gold))
    d.ellipse((cx - 0.78 * r, cy - 0.78 * r, cx + 0.78 * r, cy + 0.78 * r), None, aggdraw.Brush(red))
    gb = aggdraw.Brush(gold)
    d.polygon(star(cx - 0.28 * r, cy - 0.42 * r, 0.2 * r), gb)
    for i, a in enumerate((-40, -15, 15, 40)):
        rad = math.radians(a - 90)
        d.polygon(star(cx - 0.28 * r + 0.42 * r * math.cos(rad) + 0.25 * r, cy - 0.42 * r + 0.3 * r * math.sin(rad) + 0.22 * r,
                       0.07 * r, rot=-90 + (i - 1.5) * 20), gb)
    # the gate
    d.rectangle((cx - 0.5 * r, cy + 0.05 * r, cx + 0.5 * r, cy + 0.42 * r), None, gb)
    d.polygon((cx - 0.58 * r, cy + 0.05 * r, cx + 0.58 * r, cy + 0.05 * r, cx + 0.42 * r, cy - 0.08 * r,
               cx - 0.42 * r, cy - 0.08 * r), gb)
    rb = aggdraw.Brush(red)
    for i in range(-2, 3):
        x = cx + i * 0.18 * r
        d.rectangle((x - 0.05 * r, cy + 0.22 * r, x + 0.05 * r, cy + 0.42 * r), None, rb)
    d.rectangle((cx - 0.62 * r, cy + 0.46 * r, cx + 0.62 * r, cy + 0.52 * r), None, gb)
    wheat = aggdraw.Pen(gold, r * 0.08)
    d.arc((cx - 0.9 * r, cy - 0.9 * r, cx + 0.9 * r, cy + 0.9 * r), 200, 340, wheat)


def qr(d: aggdraw.Draw, x: float, y: float, size: float, rng, color=(0, 0, 0)) -> None:
    """A QR-like block: 29×29 modules with the three finder patterns and random data."""
    n = 29
    m = size / n
    grid = rng.random((n, n)) < 0.5
    for fx, fy in ((0, 0), (n - 7, 0), (0, n - 7)):
        grid[fy:fy + 7, fx:fx + 7] = False
        grid[fy, fx:fx + 7] = grid[fy + 6, fx:fx + 7] = True
        grid[fy:fy + 7, fx] = grid[fy:fy + 7, fx + 6] = True
        grid[fy + 2:fy + 5, fx + 2:fx + 5] = True
    b = aggdraw.Brush(color)
    for j in range(n):
        for i in range(n):
            if grid[j, i]:
                d.rectangle((x + i * m, y + j * m, x + (i + 1) * m, y + (j + 1) * m), None, b)


def waves(d: aggdraw.Draw, w: float, h: float, rng, colors) -> None:
    """The ID card's background: families of fine sine waves in pale tints."""
    for c in colors:
        pen = aggdraw.Pen(c, max(0.5, h / 600), 160)
        amp, per, ph = h * (0.02 + 0.04 * rng.random()), w * (0.15 + 0.2 * rng.random()), rng.random() * 6
        for row in range(0, 40):
            y0 = h * row / 40
            path = aggdraw.Path()
            for i in range(121):
                x = w * i / 120
                y = y0 + amp * math.sin(x / per * 2 * math.pi + ph + row * 0.3)
                if i == 0:
                    path.moveto(x, y)
                else:
                    path.lineto(x, y)
            d.path(path, pen)


def photo(d: aggdraw.Draw, x0: float, y0: float, x1: float, y1: float, rng, male: bool) -> None:
    """An ID photo: a pale background, shoulders, neck, face and hair."""
    w, h = x1 - x0, y1 - y0
    bg = [(236, 240, 246), (250, 250, 250), (226, 236, 248)][int(rng.integers(3))]
    d.rectangle((x0, y0, x1, y1), None, aggdraw.Brush(bg))
    skin = tuple(int(v) for v in (np.array([222, 186, 160]) + rng.integers(-15, 15, 3)))
    cloth = [(40, 45, 60), (230, 230, 235), (60, 70, 100), (90, 40, 40)][int(rng.integers(4))]
    cx = x0 + w * (0.5 + 0.04 * (rng.random() - 0.5))
    d.polygon((x0 + 0.02 * w, y1, x0 + 0.12 * w, y0 + 0.78 * h, cx - 0.12 * w, y0 + 0.7 * h, cx + 0.12 * w, y0 + 0.7 * h,
               x1 - 0.12 * w, y0 + 0.78 * h, x1 - 0.02 * w, y1), aggdraw.Brush(cloth))
    hair = aggdraw.Brush((25, 22, 20))
    if not male:  # long hair behind the face
        d.rectangle((cx - 0.29 * w, y0 + 0.3 * h, cx + 0.29 * w, y0 + 0.74 * h), None, hair)
    d.rectangle((cx - 0.1 * w, y0 + 0.55 * h, cx + 0.1 * w, y0 + 0.74 * h), None, aggdraw.Brush(skin))
    d.ellipse((cx - 0.26 * w, y0 + 0.14 * h, cx + 0.26 * w, y0 + 0.44 * h), None, hair)
    d.ellipse((cx - 0.24 * w, y0 + 0.22 * h, cx + 0.24 * w, y0 + 0.64 * h), None, aggdraw.Brush(skin))
    d.pieslice((cx - 0.25 * w, y0 + 0.15 * h, cx + 0.25 * w, y0 + 0.42 * h), 180, 360, None, hair)
    eye = aggdraw.Brush((30, 30, 30))
    for s in (-1, 1):
        ex = cx + s * 0.09 * w
        d.ellipse((ex - 0.025 * w, y0 + 0.4 * h, ex + 0.025 * w, y0 + 0.43 * h), None, eye)
    d.line((cx - 0.05 * w, y0 + 0.54 * h, cx + 0.05 * w, y0 + 0.54 * h), aggdraw.Pen((150, 70, 70), max(1, 0.012 * w)))


def seal(cv: T.Canvas, cx: float, cy: float, r: float, top: str, bottom: str, key: str, rng,
         color=(205, 30, 35), opacity: float = 0.8) -> None:
    """A round seal in mm on the canvas, over the text: ring and star by AGG into a coverage mask,
    the name around the arc with each character's outline rotated by FreeType."""
    k = cv.k
    size = int(2 * r * k + 8)
    mask = Image.new("L", (size, size), 0)
    d = aggdraw.Draw(mask)
    c = size / 2
    d.ellipse((c - r * k, c - r * k, c + r * k, c + r * k), aggdraw.Pen(255, 0.055 * r * k))
    d.polygon(star(c, c, 0.3 * r * k), aggdraw.Brush(255))
    d.flush()
    cov = np.asarray(mask, dtype=np.float32) / 255.0
    # ink unevenness of a rubber stamp
    cov *= (0.75 + 0.25 * rng.random(cov.shape)).astype(np.float32)
    layer, cv.layer = cv.layer, "mul"
    cv.composite(cov, int(round(cv.px(cx) - c)), int(round(cv.px(cy) - c)), color, opacity)
    n = len(top)
    span = min(250.0, 22.0 * n + 20)
    fs = min(0.22 * r, 2 * math.pi * 0.72 * r * span / 360 / max(n, 1) * 0.95)
    for i, ch in enumerate(top):
        ang = -90 - span / 2 + span * (i + 0.5) / n  # around the top, left to right
        a = math.radians(ang)
        rr = 0.74 * r
        x, y = cx + rr * math.cos(a), cy + rr * math.sin(a)
        cv.char_rotated(key, fs, x, y, ch, -(ang + 90), color, opacity)
    if bottom:
        fsb = 0.16 * r
        wb = T.width_em(key, bottom) * fsb
        cv.text(key, fsb, cx - wb / 2, cy + 0.62 * r, bottom, color=color, opacity=opacity)
    cv.layer = layer
