"""Marks put on a page before it is captured: a 仅供…使用 watermark tiled across it (rotated glyphs in
the multiply layer), the 复印件与原件一致 note with a pen signature (aggdraw strokes), and a company's
seal stamped over the text of a copy."""

from __future__ import annotations

import math

import aggdraw
import numpy as np
from PIL import Image

from . import art as A
from . import text as T
from . import values as V

PURPOSES = ["仅供办理营业执照变更使用", "仅供银行开户使用", "仅供办理食品经营许可使用", "仅供投标使用", "仅供社保登记使用",
            "此复印件仅供办理入职手续使用，再复印无效", "仅供本次业务使用"]
WATER_FACES = ["fhei", "nsans", "zenhei", "microhei"]


def watermark(cv: T.Canvas, rng) -> str:
    text = V.pick(rng, PURPOSES)
    key = T.first_covering(WATER_FACES, text)
    ang = float(rng.uniform(20, 40))
    size = max(cv.w_mm, cv.h_mm) / float(rng.uniform(28, 40))
    color = V.pick(rng, [(120, 120, 120), (200, 60, 60), (60, 90, 200)])
    op = float(rng.uniform(0.18, 0.35))
    layer, cv.layer = cv.layer, "mul"
    a = math.radians(ang)
    step = size * 1.05
    n = len(text)
    line_len = n * step
    rows = int(cv.h_mm / (size * 4.0)) + 2
    for r in range(rows):
        y0 = (r + 0.5) * cv.h_mm / rows
        x0 = (cv.w_mm - line_len * math.cos(a)) / 2 + (r % 2) * size
        for i, ch in enumerate(text):
            cx = x0 + i * step * math.cos(a)
            cy = y0 + line_len * math.sin(a) / 2 - i * step * math.sin(a)
            cv.char_rotated(key, size, cx, cy, ch, ang, color, op)
    cv.layer = layer
    return text


def copy_note(cv: T.Canvas, rng, x: float, y: float) -> None:
    """复印件与原件一致 handwritten (a 楷 face, pen ink) and a signature scribbled under it."""
    key = T.first_covering(["ukai", "wenkai", "fkai", "gkai"], "复印件与原件一致")
    size = min(cv.w_mm, cv.h_mm) / float(rng.uniform(24, 34))
    ink = V.pick(rng, [(20, 30, 120), (25, 25, 28), (30, 40, 90)])
    layer, cv.layer = cv.layer, "mul"
    ang = float(rng.uniform(-6, 6))
    for i, ch in enumerate("复印件与原件一致"):
        a = math.radians(-ang)
        cv.char_rotated(key, size, x + i * size * 1.02 * math.cos(a), y + i * size * 1.02 * math.sin(a), ch, ang, ink, 0.92)
    # the signature: a quick looping stroke
    k = cv.k
    w, h = int(size * 6 * k), int(size * 2.2 * k)
    mask = Image.new("L", (w, h), 0)
    d = aggdraw.Draw(mask)
    pen = aggdraw.Pen(255, max(1.2, 0.35 * k))
    path = aggdraw.Path()
    pts = 60
    for i in range(pts + 1):
        t = i / pts
        px = (0.05 + 0.9 * t) * w
        py = h * (0.5 + 0.32 * math.sin(t * 2 * math.pi * float(rng.uniform(2, 4))) * (1 - 0.4 * t))
        (path.moveto if i == 0 else path.lineto)(px, py)
    d.path(path, pen)
    d.line((0.1 * w, 0.8 * h, 0.95 * w, 0.7 * h), pen)
    d.flush()
    cov = np.asarray(mask, dtype=np.float32) / 255.0
    cv.composite(cov, int(cv.px(x + size * 2)), int(cv.px(y + size * 0.6)), ink, 0.9)
    cv.layer = layer


def company_seal(cv: T.Canvas, rng, name: str, x: float, y: float) -> None:
    key = T.first_covering(["fsong", "uming", "nserif", "gbsn"], name)
    r = float(rng.uniform(19, 21))  # a company seal is 40–42 mm across
    A.seal(cv, x, y, r, name, "", key, rng, opacity=float(rng.uniform(0.55, 0.8)))
