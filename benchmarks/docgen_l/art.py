"""Pictures family L embeds in its ODT pages, drawn with numpy/OpenCV: the 2019 licence's security
print (guilloche waves, micro lines), the ID card's pale background, a portrait placeholder, the
national emblem's disc, a round official seal with alpha, a QR-like code."""

from __future__ import annotations

import math

import cv2
import numpy as np


def png(img: np.ndarray) -> bytes:
    ok, buf = cv2.imencode(".png", img)
    assert ok
    return buf.tobytes()


def guilloche(rng: np.random.Generator, w: int, h: int, tint: tuple[int, int, int], density: int = 26) -> bytes:
    """Interlaced sine bands in a pale tint over the whole sheet (text is printed over it)."""
    img = np.full((h, w, 3), 255, np.uint8)
    xs = np.arange(w)
    col = tuple(int(255 - (255 - c) * 0.4) for c in tint)
    for k in range(density):
        y0 = (k + 0.5) * h / density
        a = h / density * rng.uniform(0.6, 1.3)
        f1, f2 = rng.uniform(2, 6) * 2 * math.pi / w, rng.uniform(9, 17) * 2 * math.pi / w
        ph = rng.uniform(0, 6.3)
        for j in range(3):
            ys = y0 + a * np.sin(f1 * xs + ph + j * 0.7) + a * 0.25 * np.sin(f2 * xs + j)
            pts = np.stack([xs, ys], 1).astype(np.int32).reshape(-1, 1, 2)
            cv2.polylines(img, [pts], False, col, 1, cv2.LINE_AA)
    # a rosette in the middle, as the 2019 form has behind its title area
    cx, cy, r = w // 2, h // 2, min(w, h) // 3
    t = np.linspace(0, 2 * math.pi, 3000)
    for j in range(6):
        rr = r * (0.75 + 0.25 * np.cos(11 * t + j * 0.5))
        pts = np.stack([cx + rr * np.cos(t + j * 0.1), cy + rr * np.sin(t + j * 0.1)], 1).astype(np.int32)
        cv2.polylines(img, [pts.reshape(-1, 1, 2)], True, col, 1, cv2.LINE_AA)
    return png(img)


def card_bg(rng: np.random.Generator, w: int, h: int, back: bool) -> bytes:
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    base = np.stack([232 + 10 * np.sin(xx / w * 3 + yy / h), 240 + 8 * np.cos(yy / h * 2), 236 + 0 * xx], -1)
    waves = (np.sin(xx / 7.0 + 6 * np.sin(yy / 41.0)) > 0.93)[..., None] * np.array([-18, -8, -14])
    img = np.clip(base + waves, 0, 255).astype(np.uint8)
    if back:
        cv2.circle(img, (int(w * 0.17), int(h * 0.3)), int(h * 0.2), (40, 40, 200), -1, cv2.LINE_AA)
        cv2.circle(img, (int(w * 0.17), int(h * 0.3)), int(h * 0.14), (30, 170, 230), 3, cv2.LINE_AA)
        for i in range(5):
            a = -math.pi / 2 + i * 2 * math.pi / 5
            c = (int(w * 0.17 + h * 0.07 * math.cos(a)), int(h * 0.3 + h * 0.07 * math.sin(a)))
            cv2.circle(img, c, max(2, h // 60), (30, 200, 240), -1, cv2.LINE_AA)
    return png(img)


def portrait(rng: np.random.Generator, w: int, h: int) -> bytes:
    img = np.full((h, w, 3), 250, np.uint8)
    skin = tuple(int(v) for v in rng.integers([150, 170, 200], [180, 200, 235]))
    cv2.ellipse(img, (w // 2, int(h * 0.4)), (int(w * 0.26), int(h * 0.27)), 0, 0, 360, skin, -1, cv2.LINE_AA)
    cv2.ellipse(img, (w // 2, int(h * 0.3)), (int(w * 0.3), int(h * 0.2)), 0, 180, 360, (40, 40, 45), -1, cv2.LINE_AA)
    cv2.ellipse(img, (w // 2, h), (int(w * 0.48), int(h * 0.3)), 0, 180, 360, tuple(int(v) for v in rng.integers(30, 120, 3)), -1, cv2.LINE_AA)
    return png(img)


def seal(rng: np.random.Generator, size: int = 420) -> bytes:
    """A red round seal with a star and arc ticks (no text), BGRA with transparent surround."""
    img = np.zeros((size, size, 4), np.uint8)
    red = (40, 30, 215, 255)
    c = size // 2
    cv2.circle(img, (c, c), int(size * 0.46), red, max(4, size // 40), cv2.LINE_AA)
    pts = []
    for i in range(10):
        a = -math.pi / 2 + i * math.pi / 5
        r = size * (0.16 if i % 2 == 0 else 0.065)
        pts.append((c + r * math.cos(a), c + r * math.sin(a)))
    cv2.fillPoly(img, [np.array(pts, np.int32)], red, cv2.LINE_AA)
    for i in range(22):          # stand-ins for the seal's arc of characters
        a = math.pi * (0.85 + 1.3 * i / 21)
        x, y = c + size * 0.36 * math.cos(a), c + size * 0.36 * math.sin(a)
        cv2.circle(img, (int(x), int(y)), size // 28, red, -1, cv2.LINE_AA)
    img[..., 3] = (img[..., 3] * rng.uniform(0.55, 0.8)).astype(np.uint8)
    return png(img)


def qr(rng: np.random.Generator, n: int = 29, px: int = 8) -> bytes:
    m = rng.random((n, n)) < 0.5
    for ox, oy in ((0, 0), (n - 7, 0), (0, n - 7)):
        m[oy:oy + 7, ox:ox + 7] = False
        m[oy:oy + 7, ox] = m[oy:oy + 7, ox + 6] = True
        m[oy, ox:ox + 7] = m[oy + 6, ox:ox + 7] = True
        m[oy + 2:oy + 5, ox + 2:ox + 5] = True
    img = np.where(np.kron(m, np.ones((px, px), bool)), 0, 255).astype(np.uint8)
    return png(cv2.copyMakeBorder(img, px * 2, px * 2, px * 2, px * 2, cv2.BORDER_CONSTANT, value=255))


def emblem(size: int) -> bytes:
    """The national emblem's stand-in: a red disc, a gold ring and five gold stars, transparent around."""
    img = np.zeros((size, size, 4), np.uint8)
    c = size // 2
    cv2.circle(img, (c, c), int(size * 0.46), (40, 40, 200, 255), -1, cv2.LINE_AA)
    cv2.circle(img, (c, c), int(size * 0.36), (30, 170, 230, 255), max(2, size // 40), cv2.LINE_AA)
    for i in range(5):
        a = -math.pi / 2 + i * 2 * math.pi / 5
        r = size * (0.0 if i == 0 else 0.2)
        cv2.circle(img, (int(c + r * math.cos(a)), int(c + r * math.sin(a))), size // (10 if i == 0 else 22),
                   (30, 200, 240, 255), -1, cv2.LINE_AA)
    return png(img)
