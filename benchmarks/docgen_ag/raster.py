"""Family AG's own rasteriser: glyph outlines read from the TrueType faces by fontTools, flattened here, and
filled by a numba kernel (signed-area accumulation, exact coverage per pixel); rectangles, rules, seal rings,
stars and pen strokes go through the same kernel. Runs inside the worker process (worker.py)."""

from __future__ import annotations

import math

import numpy as np
from numba import njit

from benchmarks.docgen_ag.fonts import face


@njit(cache=True)
def _line(a, w, h, x0, y0, x1, y1):
    if abs(y0 - y1) <= 1e-7:
        return
    if y0 < y1:
        d0 = 1.0
    else:
        d0 = -1.0
        x0, y0, x1, y1 = x1, y1, x0, y0
    dxdy = (x1 - x0) / (y1 - y0)
    x = x0
    ys = int(y0) if y0 > 0 else 0
    if y0 < 0.0:
        x -= y0 * dxdy
    ye = min(h, int(math.ceil(y1)))
    for y in range(ys, ye):
        ls = y * w
        dy = min(y + 1.0, y1) - max(float(y), y0)
        xn = x + dxdy * dy
        d = dy * d0
        if x < xn:
            xa, xb = x, xn
        else:
            xa, xb = xn, x
        xaf = math.floor(xa)
        xai = int(xaf)
        xbc = math.ceil(xb)
        xbi = int(xbc)
        if xai < 0 or xbi + 1 >= w:
            x = xn
            continue
        if xbi <= xai + 1:
            xmf = 0.5 * (x + xn) - xaf
            a[ls + xai] += d - d * xmf
            a[ls + xai + 1] += d * xmf
        else:
            s = 1.0 / (xb - xa)
            x0f = xa - xaf
            a0 = 0.5 * s * (1.0 - x0f) * (1.0 - x0f)
            x1f = xb - xbc + 1.0
            am = 0.5 * s * x1f * x1f
            a[ls + xai] += d * a0
            if xbi == xai + 2:
                a[ls + xai + 1] += d * (1.0 - a0 - am)
            else:
                a1 = s * (1.5 - x0f)
                a[ls + xai + 1] += d * (a1 - a0)
                for xi in range(xai + 2, xbi - 1):
                    a[ls + xi] += d * s
                a2 = a1 + (xbi - xai - 3) * s
                a[ls + xbi - 1] += d * (1.0 - a2 - am)
            a[ls + xbi] += d * am
        x = xn


@njit(cache=True)
def fill(segs, w, h):
    """Coverage (h, w) of the closed outlines given as segments (x0, y0, x1, y1) in buffer pixels."""
    a = np.zeros(w * h + 4, dtype=np.float32)
    for i in range(segs.shape[0]):
        _line(a, w, h, segs[i, 0], segs[i, 1], segs[i, 2], segs[i, 3])
    out = np.empty((h, w), dtype=np.float32)
    acc = 0.0
    for i in range(w * h):
        acc += a[i]
        v = abs(acc)
        out[i // w, i % w] = v if v < 1.0 else 1.0
    return out


@njit(cache=True)
def ink(page, cov, x0, y0, r, g, b, alpha):
    """Multiply ink of colour (r, g, b) with coverage `cov` onto `page` (H, W, 3) at (x0, y0)."""
    H, W = page.shape[0], page.shape[1]
    for y in range(cov.shape[0]):
        py = y0 + y
        if py < 0 or py >= H:
            continue
        for x in range(cov.shape[1]):
            px = x0 + x
            if px < 0 or px >= W:
                continue
            c = cov[y, x] * alpha
            if c <= 0.0:
                continue
            page[py, px, 0] *= 1.0 - c * (1.0 - r)
            page[py, px, 1] *= 1.0 - c * (1.0 - g)
            page[py, px, 2] *= 1.0 - c * (1.0 - b)


def _segments(contours: list[np.ndarray]) -> np.ndarray:
    segs = []
    for c in contours:
        if len(c) < 2:
            continue
        nxt = np.roll(c, -1, axis=0)
        segs.append(np.concatenate([c, nxt], axis=1))
    return np.concatenate(segs).astype(np.float64) if segs else np.zeros((0, 4))


def draw_contours(page: np.ndarray, contours: list[np.ndarray], color, alpha: float = 1.0) -> None:
    """Fill contours given in page pixels."""
    contours = [c for c in contours if len(c) >= 2]
    if not contours:
        return
    allp = np.concatenate(contours)
    x0, y0 = int(math.floor(allp[:, 0].min())) - 1, int(math.floor(allp[:, 1].min())) - 1
    x1, y1 = int(math.ceil(allp[:, 0].max())) + 2, int(math.ceil(allp[:, 1].max())) + 2
    H, W = page.shape[:2]
    if x1 < 0 or y1 < 0 or x0 > W or y0 > H:
        return
    segs = _segments([c - (x0, y0) for c in contours])
    cov = fill(segs, x1 - x0 + 2, y1 - y0)
    ink(page, cov, x0, y0, color[0], color[1], color[2], alpha)


_GCACHE: dict = {}


def glyph_mask(fname: str, ch: str, px: float, angle: float, fx: float):
    """Coverage of one glyph at `px` pixels per em, rotated by `angle` degrees, with a sub-pixel x offset."""
    key = (fname, ch, round(px * 4), round(angle, 2), round(fx * 4) % 4)
    hit = _GCACHE.get(key)
    if hit is not None:
        return hit
    f = face(fname)
    contours = f.outline(ch)
    s = px / f.upem
    ca, sa = math.cos(math.radians(angle)), math.sin(math.radians(angle))
    pts = []
    for c in contours:
        x, y = c[:, 0] * s, -c[:, 1] * s
        pts.append(np.stack([x * ca - y * sa + (round(fx * 4) % 4) / 4.0, x * sa + y * ca], axis=1))
    if not pts:
        res = (np.zeros((1, 1), np.float32), 0, 0)
    else:
        allp = np.concatenate(pts)
        ox, oy = math.floor(allp[:, 0].min()) - 1, math.floor(allp[:, 1].min()) - 1
        w = int(math.ceil(allp[:, 0].max()) - ox) + 3
        h = int(math.ceil(allp[:, 1].max()) - oy) + 2
        res = (fill(_segments([p - (ox, oy) for p in pts]), w, h), int(ox), int(oy))
    if len(_GCACHE) > 20000:
        _GCACHE.clear()
    _GCACHE[key] = res
    return res


def thick_polyline(pts: np.ndarray, width: float) -> list[np.ndarray]:
    """A pen stroke as one quad per segment plus a small square joint, all wound the same way."""
    out = []
    for (xa, ya), (xb, yb) in zip(pts[:-1], pts[1:], strict=True):
        dx, dy = xb - xa, yb - ya
        n = math.hypot(dx, dy) or 1.0
        nx, ny = -dy / n * width / 2, dx / n * width / 2
        q = np.array([[xa + nx, ya + ny], [xb + nx, yb + ny], [xb - nx, yb - ny], [xa - nx, ya - ny]])
        out.append(q)
    return out


def ellipse(cx, cy, rx, ry, n=96) -> np.ndarray:
    t = np.linspace(0, 2 * math.pi, n, endpoint=False)
    return np.stack([cx + rx * np.cos(t), cy + ry * np.sin(t)], axis=1)


def render(doc: dict, dpi: float) -> np.ndarray:
    """The display list `doc` (layout.py; millimetres, y down) as an RGB float32 page at `dpi`."""
    k = dpi / 25.4
    W, H = int(round(doc["w"] * k)), int(round(doc["h"] * k))
    page = np.ones((H, W, 3), np.float32)
    page[:] = doc.get("paper", (1.0, 1.0, 1.0))
    for it in doc["items"]:
        t = it[0]
        if t == "T":  # ("T", x, y_baseline, size_mm, face, text, color, tracking_mm, angle_deg)
            _, x, y, size, fname, text, color, track, angle = it[:9]
            f = face(fname)
            px = size * k
            ca, sa = math.cos(math.radians(angle)), math.sin(math.radians(angle))
            pen = 0.0
            for ch in text:
                gx, gy = x * k + pen * ca, y * k + pen * sa
                m, ox, oy = glyph_mask(fname, ch, px, angle, gx - math.floor(gx))
                ink(page, m, int(math.floor(gx)) + ox, int(round(gy)) + oy, color[0], color[1], color[2], 1.0)
                pen += f.advance(ch) * px + track * k
        elif t == "R":  # ("R", x, y, w, h, color, alpha) filled rectangle
            _, x, y, w, h, color, alpha = it
            c = np.array([[x, y], [x + w, y], [x + w, y + h], [x, y + h]]) * k
            draw_contours(page, [c], color, alpha)
        elif t == "P":  # ("P", [[x, y], ...] polygons..., color, alpha)
            _, polys, color, alpha = it
            draw_contours(page, [np.asarray(p, float) * k for p in polys], color, alpha)
        elif t == "S":  # ("S", [[x, y], ...], width_mm, color, alpha) pen stroke
            _, pts, width, color, alpha = it
            draw_contours(page, thick_polyline(np.asarray(pts, float) * k, max(width * k, 0.8)), color, alpha)
    return page
