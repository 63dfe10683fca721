"""How a 综合受理 window receives family Q's pages, written with numpy (OpenCV only to encode files):
flatbed and ADF scans, a 高拍仪 hunting its exposure, a phone photo at an angle on the counter glass
with the applicant's hand, a photo forwarded through a chat app and screenshotted in the viewer, an
e-licence on a phone screen photographed (moiré), a certified grey photocopy, a worn ID card.
Marks applied on the page first: a usage watermark (仅供…使用), a company seal stamped over the copy,
a highlighter stroke, a sticky note, a fold crease, glare. Occluders feed Page.occ (unreadable)."""

from __future__ import annotations

import numpy as np

from benchmarks.docgen_q import faces as F
from benchmarks.docgen_q.page import Page

PAGE_CAPTURES = ["flatbed", "adf", "gaopaiyi_exposure", "counter_glass", "chat_forward", "screen_moire", "certified_copy",
                 "bw_scan", "wall_frame"]
FRAMED = ("zheng-std", "geti-zheng", "2023-zheng", "free-landscape", "free-portrait")   # forms hung on the wall
CARD_CAPTURES = ["flatbed", "gaopaiyi_exposure", "counter_glass", "chat_forward", "certified_copy", "worn_card", "bw_scan"]


def blur(img: np.ndarray, r: int) -> np.ndarray:
    """Box blur of radius r along both axes (run twice ≈ Gaussian), via cumulative sums."""
    if r < 1:
        return img
    out = img.astype(np.float32)
    for axis in (0, 1):
        pad = [(0, 0)] * out.ndim
        pad[axis] = (r + 1, r)
        c = np.cumsum(np.pad(out, pad, mode="edge"), axis=axis, dtype=np.float32)
        n = out.shape[axis]
        out = (np.take(c, np.arange(2 * r + 1, n + 2 * r + 1), axis=axis) - np.take(c, np.arange(0, n), axis=axis)) / (2 * r + 1)
    return out


def gblur(img, sigma: float):
    r = int(round(sigma * 1.2))
    return blur(blur(img, r), r) if r >= 1 else img


def remap(src: np.ndarray, mx: np.ndarray, my: np.ndarray, border) -> np.ndarray:
    """Bilinear sampling of src at (mx, my); outside pixels get border."""
    h, w = src.shape[:2]
    x0 = np.floor(mx).astype(np.int32)
    y0 = np.floor(my).astype(np.int32)
    fx = (mx - x0)[..., None].astype(np.float32)
    fy = (my - y0)[..., None].astype(np.float32)
    inside = (mx >= 0) & (mx <= w - 1) & (my >= 0) & (my <= h - 1)
    x0c, y0c = np.clip(x0, 0, w - 1), np.clip(y0, 0, h - 1)
    x1c, y1c = np.clip(x0 + 1, 0, w - 1), np.clip(y0 + 1, 0, h - 1)
    out = (src[y0c, x0c] * (1 - fx) * (1 - fy) + src[y0c, x1c] * fx * (1 - fy)
           + src[y1c, x0c] * (1 - fx) * fy + src[y1c, x1c] * fx * fy)
    if isinstance(border, np.ndarray):
        return np.where(inside[..., None], out, border)
    out[~inside] = border
    return out


def homography(src_pts, dst_pts) -> np.ndarray:
    a, b = [], []
    for (x, y), (u, v) in zip(src_pts, dst_pts, strict=False):
        a += [[x, y, 1, 0, 0, 0, -u * x, -u * y], [0, 0, 0, x, y, 1, -v * x, -v * y]]
        b += [u, v]
    h = np.linalg.solve(np.array(a, float), np.array(b, float))
    return np.append(h, 1).reshape(3, 3)


def warp(src: np.ndarray, corners, out_w: int, out_h: int, background: np.ndarray) -> np.ndarray:
    """Place src so its corners land on `corners` (tl, tr, br, bl) in an out_w × out_h frame."""
    h, w = src.shape[:2]
    H = homography(corners, [(0, 0), (w - 1, 0), (w - 1, h - 1), (0, h - 1)])   # output -> source
    yy, xx = np.mgrid[0:out_h, 0:out_w].astype(np.float32)
    den = H[2, 0] * xx + H[2, 1] * yy + H[2, 2]
    mx = (H[0, 0] * xx + H[0, 1] * yy + H[0, 2]) / den
    my = (H[1, 0] * xx + H[1, 1] * yy + H[1, 2]) / den
    return remap(src, mx, my, background)


def resize(img: np.ndarray, w: int, h: int) -> np.ndarray:
    sh, sw = img.shape[:2]
    k = max(sw / w, sh / h)
    if k > 1.5:
        img = gblur(img, 0.45 * k)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    return remap(img, (xx + 0.5) * sw / w - 0.5, (yy + 0.5) * sh / h - 0.5, 0.0)


def _desk(rng, w, h, kind):
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    if kind == "wood":          # grain: noise stretched along the board, a few knots of darker rings
        base = np.array([0.56, 0.39, 0.23], np.float32)
        n = rng.random((h // 6 + 2, w // 90 + 2)).astype(np.float32)
        n = np.kron(n, np.ones((6, 90), np.float32))[:h, :w]
        n = blur(blur(n, 3), 3)
        g = 0.06 * (n - 0.5) + 0.025 * np.sin(yy * 0.21 + n * 18)
        return np.clip(base + g[..., None] + rng.normal(0, 0.01, (h, w, 1)).astype(np.float32), 0, 1)
    if kind == "pad":           # the 高拍仪's grey-green mat
        base = np.array([0.32, 0.4, 0.36], np.float32)
        return np.clip(base + rng.normal(0, 0.015, (h, w, 1)).astype(np.float32), 0, 1)
    base = np.array([0.62, 0.63, 0.64], np.float32)    # grey stone counter
    n = gblur(rng.random((h // 4 + 1, w // 4 + 1)).astype(np.float32), 2)
    n = np.kron(n, np.ones((4, 4), np.float32))[:h, :w]
    return np.clip(base + (n[..., None] - 0.5) * 0.25, 0, 1)


def _jitter_quad(rng, w, h, W, H, amount):
    """Corners of a page w×h centred in W×H, scaled to fit, each moved by up to amount·W."""
    s = min((W * 0.9) / w, (H * 0.9) / h)
    cw, ch = w * s, h * s
    x0, y0 = (W - cw) / 2, (H - ch) / 2
    pts = [(x0, y0), (x0 + cw, y0), (x0 + cw, y0 + ch), (x0, y0 + ch)]
    return [(x + rng.uniform(-amount, amount) * W, y + rng.uniform(-amount, amount) * H) for x, y in pts]


def _rotate_quad(pts, deg):
    c = np.mean(pts, axis=0)
    t = np.deg2rad(deg)
    R = np.array([[np.cos(t), -np.sin(t)], [np.sin(t), np.cos(t)]])
    return [tuple(c + R @ (np.array(p) - c)) for p in pts]


# ------------------------------------------------------------------ marks on the page
def mark_watermark(pg: Page, rng, purpose: str):
    face = F.pick("hand" if rng.random() < 0.5 else "hei", "仅供" + purpose + "使用，再复印无效他用", rng)
    text = f"仅供{purpose}使用，再复印无效"
    line = F.render([(text, face, max(28, pg.w // 30))], rotate=float(rng.uniform(20, 35)))
    pg.faces.add(face)
    col = (0.15, 0.2, 0.6) if rng.random() < 0.5 else (0.5, 0.5, 0.5)
    reps = 1 if rng.random() < 0.5 else 2
    for i in range(reps):
        y = int(pg.h * (0.25 + 0.45 * i) - line.shape[0] / 2)
        pg.ink(line, int((pg.w - line.shape[1]) / 2 + rng.uniform(-40, 40)), y, col, float(rng.uniform(0.45, 0.8)))


def mark_company_seal(pg: Page, rng, company: str):
    face = F.pick("song", company, rng)
    r = int(min(pg.w, pg.h) * rng.uniform(0.1, 0.14))
    cx, cy = int(pg.w * rng.uniform(0.45, 0.8)), int(pg.h * rng.uniform(0.4, 0.8))
    pg.seal(cx, cy, r, company, face, rng, opacity=0.75)


def mark_highlighter(pg: Page, rng):
    keys = [k for k in pg.boxes if k not in ("valid_to",)]
    if not keys:
        return
    x0, y0, x1, y1 = pg.boxes[keys[int(rng.integers(len(keys)))]][0]
    m = np.ones((y1 - y0 + 12, x1 - x0 + 20), np.float32) * 0.9
    pg.ink(m, x0 - 10, y0 - 6, (1.0, 0.93, 0.2), 0.5, multiply=True)


def mark_sticky(pg: Page, rng):
    w, h = int(pg.w * rng.uniform(0.16, 0.24)), int(pg.w * rng.uniform(0.14, 0.2))
    x, y = int(rng.uniform(0, pg.w - w)), int(rng.uniform(pg.h * 0.2, pg.h - h))
    m = np.ones((h, w), np.float32)
    pg.ink(m, x, y, (0.99, 0.9, 0.45), 0.97)
    face = F.pick("hand", "补材料请核对复印件", rng)
    pg.text(x + 20, y + 20, [(V_NOTE[int(rng.integers(len(V_NOTE)))], face, max(24, w // 9))], color=(0.1, 0.1, 0.4), width=w - 40)
    pg.occ[y:y + h, x:x + w] = 1


V_NOTE = ["请核对复印件", "补材料", "核对原件", "复印件请核对"]


def mark_crease(pg: Page, rng):
    if rng.random() < 0.5:
        y = int(pg.h * rng.uniform(0.3, 0.7))
        prof = np.exp(-((np.arange(pg.h) - y) / 6.0) ** 2)[:, None] * np.ones((1, pg.w))
    else:
        x = int(pg.w * rng.uniform(0.3, 0.7))
        prof = np.exp(-((np.arange(pg.w) - x) / 6.0) ** 2)[None, :] * np.ones((pg.h, 1))
    pg.img *= (1 - 0.25 * prof[..., None]).astype(np.float32)


def mark_glare(pg: Page, rng, strong: bool):
    cx, cy = rng.uniform(0.2, 0.8) * pg.w, rng.uniform(0.2, 0.8) * pg.h
    rx, ry = pg.w * rng.uniform(0.06, 0.14), pg.h * rng.uniform(0.04, 0.1)
    yy, xx = np.mgrid[0:pg.h, 0:pg.w].astype(np.float32)
    g = np.exp(-(((xx - cx) / rx) ** 2 + ((yy - cy) / ry) ** 2))
    g = np.clip(g * (1.6 if strong else 0.8), 0, 1).astype(np.float32)
    pg.img = pg.img * (1 - g[..., None]) + g[..., None]
    pg.occ = np.maximum(pg.occ, np.where(g > 0.35, 1.0, 0.0).astype(np.float32))   # exposure gain clips what is left


def mark_hand(pg: Page, rng):
    """The applicant's fingers on one edge of the document, holding it flat on the counter."""
    side = int(rng.integers(4))
    L = int(min(pg.w, pg.h) * 0.12)
    yy, xx = np.mgrid[0:pg.h, 0:pg.w].astype(np.float32)
    m = np.zeros((pg.h, pg.w), np.float32)
    t0 = rng.uniform(0.15, 0.7)
    for i in range(int(rng.integers(1, 4))):
        t = t0 + i * 0.05
        if side in (0, 1):
            cx = t * pg.w
            cy = 0 if side == 0 else pg.h
            e = ((xx - cx) / (L * 0.28)) ** 2 + ((yy - cy) / (L * 1.0)) ** 2
        else:
            cy = t * pg.h
            cx = 0 if side == 2 else pg.w
            e = ((xx - cx) / (L * 1.0)) ** 2 + ((yy - cy) / (L * 0.28)) ** 2
        m = np.maximum(m, (e < 1).astype(np.float32))
    m = gblur(m, 2)
    skin = np.array([0.86, 0.66, 0.55], np.float32)
    pg.img = pg.img * (1 - m[..., None]) + m[..., None] * skin
    pg.occ = np.maximum(pg.occ, m)


# ------------------------------------------------------------------ captures
def _noise(img, rng, s):
    return np.clip(img + rng.normal(0, s, img.shape).astype(np.float32), 0, 1)


def capture(pg: Page, kind: str, rng, card: bool) -> tuple[np.ndarray, str]:
    """Returns (RGB float image 0..1, capture name)."""
    img = pg.img
    mask = getattr(pg, "card_mask", None) if card else None
    h, w = img.shape[:2]
    if kind == "worn_card":
        sc = np.zeros((h, w), np.float32)
        for _ in range(int(rng.integers(20, 60))):
            x, y = rng.uniform(0, w), rng.uniform(0, h)
            a, L = rng.uniform(0, np.pi), rng.uniform(30, 250)
            ts = np.linspace(0, 1, int(L))
            xs = np.clip((x + np.cos(a) * L * ts).astype(int), 0, w - 1)
            ys = np.clip((y + np.sin(a) * L * ts).astype(int), 0, h - 1)
            sc[ys, xs] = 1
        img = img * 0.85 + 0.12
        img = img * (1 - 0.6 * sc[..., None]) + 0.6 * sc[..., None] * 0.95
        kind2 = "flatbed" if rng.random() < 0.5 else "gaopaiyi_exposure"
        pg.img = img.astype(np.float32)
        out, _ = capture(pg, kind2, rng, card)
        return out, "worn_card"
    if kind == "bw_scan":               # the scanner's 黑白/文本 mode: 1 bit, 150–200 dpi, seals turn black
        out, _ = capture(pg, "flatbed", rng, card)
        g = out @ np.array([0.3, 0.59, 0.11], np.float32)
        bw = (g + rng.normal(0, 0.02, g.shape).astype(np.float32) > rng.uniform(0.68, 0.78)).astype(np.float32)
        return np.repeat(bw[..., None], 3, axis=2), kind
    if kind == "wall_frame":            # the 正本 hangs framed on the shop's wall; photographed from below
        return _wall_frame(img, rng), kind
    if kind in ("flatbed", "adf", "certified_copy"):
        if card:                                      # a card lies on the glass of an A4 scanner at ~200 dpi
            Wp, Hp = 1654, 2339
            s = 0.68
            cw, ch = w * s, h * s
            x0, y0 = rng.uniform(100, Wp - cw - 100), rng.uniform(100, Hp * 0.5)
            quad = _rotate_quad([(x0, y0), (x0 + cw, y0), (x0 + cw, y0 + ch), (x0, y0 + ch)], rng.uniform(-4, 4))
            src = np.concatenate([img, (mask if mask is not None else np.ones((h, w), bool))[..., None].astype(np.float32)], 2)
            out = warp(src, quad, Wp, Hp, np.zeros(4, np.float32))
            a = out[..., 3:4]
            bg = np.ones((Hp, Wp, 3), np.float32) * (0.97 if kind != "certified_copy" else 0.92)
            out = out[..., :3] * a + bg * (1 - a)
        else:
            s = rng.uniform(0.62, 0.9)
            Wp, Hp = int(w * s) + 40, int(h * s) + 40
            quad = _rotate_quad(_jitter_quad(rng, w, h, Wp, Hp, 0.0), rng.uniform(-1.8, 1.8))
            out = warp(img, quad, Wp, Hp, np.full(3, 0.96, np.float32))
        out = gblur(out, rng.uniform(0.4, 1.0))
        if kind == "adf":
            for _ in range(int(rng.integers(2, 6))):
                x = int(rng.uniform(0, out.shape[1] - 3))
                out[:, x:x + int(rng.integers(1, 4))] *= rng.uniform(0.55, 0.85)
            out = out * np.linspace(1.0, rng.uniform(0.9, 1.0), out.shape[0], dtype=np.float32)[:, None, None]
        if kind == "certified_copy":
            g = out.mean(axis=2, keepdims=True)
            g = np.clip((g - 0.18) / 0.7, 0, 1) ** 1.3 * 0.92 + 0.03
            speck = (rng.random(g.shape) < 0.002).astype(np.float32)
            g = np.clip(g - speck * 0.7, 0, 1)
            H_, W_ = g.shape[:2]
            ry, rx = np.arange(H_, dtype=np.float32)[:, None], np.arange(W_, dtype=np.float32)[None, :]
            edge = np.minimum(np.minimum(ry, H_ - 1 - ry), np.minimum(rx, W_ - 1 - rx))
            g = g * (0.65 + 0.35 * np.clip(edge / 60, 0, 1))[..., None]
            out = np.repeat(g, 3, axis=2)
            _certify(out, rng)
        return _noise(out, rng, 0.012), kind
    if kind == "gaopaiyi_exposure":
        Wp, Hp = (1920, 1440) if w >= h else (1440, 1920)
        if card:
            Wp, Hp = 1600, 1200
        quad = _jitter_quad(rng, w, h, Wp, Hp, 0.015)
        if card:
            quad = _rotate_quad([((x - Wp / 2) * 0.75 + Wp / 2, (y - Hp / 2) * 0.75 + Hp / 2) for x, y in quad], rng.uniform(-8, 8))
        src = np.concatenate([img, (mask if mask is not None else np.ones((h, w), bool))[..., None].astype(np.float32)], 2)
        out = warp(src, quad, Wp, Hp, np.zeros(4, np.float32))
        a = out[..., 3:4]
        out = out[..., :3] * a + _desk(rng, Wp, Hp, "pad") * (1 - a)
        gain = rng.uniform(1.35, 1.9)
        yy, xx = np.mgrid[0:Hp, 0:Wp].astype(np.float32)
        hot = 1 + 0.25 * np.exp(-(((xx - Wp / 2) / (Wp * 0.4)) ** 2 + ((yy - Hp / 2) / (Hp * 0.4)) ** 2))
        out = np.clip(out * gain * hot[..., None], 0, 1) ** rng.uniform(0.7, 1.0)
        out = gblur(out, rng.uniform(0.6, 1.3))
        return _noise(out, rng, 0.02), kind
    if kind in ("counter_glass", "chat_forward"):
        Wp, Hp = (2000, 1500) if w >= h else (1500, 2000)
        quad = _jitter_quad(rng, w, h, Wp, Hp, 0.05 if kind == "counter_glass" else 0.025)
        if card:
            quad = _rotate_quad([((x - Wp / 2) * 0.8 + Wp / 2, (y - Hp / 2) * 0.8 + Hp / 2) for x, y in quad], rng.uniform(-10, 10))
        src = np.concatenate([img, (mask if mask is not None else np.ones((h, w), bool))[..., None].astype(np.float32)], 2)
        out = warp(src, quad, Wp, Hp, np.zeros(4, np.float32))
        a = out[..., 3:4]
        out = out[..., :3] * a + _desk(rng, Wp, Hp, "wood" if rng.random() < 0.5 else "stone") * (1 - a)
        yy, xx = np.mgrid[0:Hp, 0:Wp].astype(np.float32)
        shade = 1 - 0.35 * np.clip((xx / Wp) * rng.uniform(-1, 1) + (yy / Hp) * rng.uniform(-1, 1), 0, 1)
        out = out * shade[..., None]
        if kind == "counter_glass":        # reflection of the ceiling light in the counter's glass top
            ang = rng.uniform(0, np.pi)
            d = (xx - Wp * rng.uniform(0.3, 0.7)) * np.cos(ang) + (yy - Hp * rng.uniform(0.3, 0.7)) * np.sin(ang)
            band = np.exp(-(d / (Wp * 0.05)) ** 2) * rng.uniform(0.25, 0.45)
            out = out + band[..., None] * (1 - out)
        out = gblur(out, rng.uniform(0.6, 1.2))
        out = _noise(out, rng, 0.02)
        if kind == "chat_forward":
            out = _chat_screenshot(out, rng)
        return np.clip(out, 0, 1), kind
    if kind == "screen_moire":
        sw, sh = (1080, 2340)
        s = min(sw / w, (sh - 300) / h)
        small = resize(img, int(w * s), int(h * s))
        screen = np.full((sh, sw, 3), 0.07, np.float32)
        y0 = (sh - small.shape[0]) // 2
        screen[y0:y0 + small.shape[0], (sw - small.shape[1]) // 2:(sw - small.shape[1]) // 2 + small.shape[1]] = small
        big = np.repeat(np.repeat(screen, 3, axis=0), 3, axis=1) * 0.95   # RGB stripes, 3×3 sub-pixels
        big[:, 0::3, 1:] *= 0.35
        big[:, 1::3, 0::2] *= 0.35
        big[:, 2::3, :2] *= 0.35
        big[2::3, :, :] *= 0.6
        Wp, Hp = 1500, 2000
        quad = _jitter_quad(rng, big.shape[1], big.shape[0], Wp, Hp, 0.03)
        quad = _rotate_quad(quad, rng.uniform(-5, 5))
        out = warp(big, quad, Wp, Hp, _desk(rng, Wp, Hp, "stone") * 0.4)
        out = np.clip(out * rng.uniform(1.5, 2.0), 0, 1)
        out = gblur(out, 0.7)
        return _noise(out, rng, 0.025), kind
    raise ValueError(kind)


def _wall_frame(img: np.ndarray, rng) -> np.ndarray:
    h, w = img.shape[:2]
    m, f = int(min(h, w) * 0.05), int(min(h, w) * 0.045)
    frame_col = np.array([0.12, 0.1, 0.09] if rng.random() < 0.5 else [0.55, 0.38, 0.2], np.float32)
    fr = np.empty((h + 2 * (m + f), w + 2 * (m + f), 3), np.float32)
    fr[:] = frame_col
    fr[f:-f, f:-f] = 0.93                                   # the mat
    fr[f + m:f + m + h, f + m:f + m + w] = img
    H_, W_ = fr.shape[:2]
    Wp, Hp = (2000, 1500) if W_ >= H_ else (1500, 2000)
    s = min(Wp * 0.85 / W_, Hp * 0.85 / H_)
    cw, ch = W_ * s, H_ * s
    x0, y0 = (Wp - cw) / 2 + rng.uniform(-60, 60), (Hp - ch) / 2 + rng.uniform(-40, 40)
    k = rng.uniform(0.03, 0.08) * cw                       # keystone: the top edge looks narrower from below
    quad = [(x0 + k, y0), (x0 + cw - k, y0), (x0 + cw, y0 + ch), (x0, y0 + ch)]
    quad = _rotate_quad(quad, rng.uniform(-3, 3))
    wall = np.empty((Hp, Wp, 3), np.float32)
    wall[:] = np.array([0.86, 0.85, 0.8], np.float32) * rng.uniform(0.7, 1.0)
    out = warp(fr, quad, Wp, Hp, wall)
    yy, xx = np.mgrid[0:Hp, 0:Wp].astype(np.float32)
    d = (xx - Wp * rng.uniform(0.2, 0.8)) * 0.8 + (yy - Hp * 0.5) * 0.6
    refl = (np.exp(-(d / (Wp * 0.08)) ** 2) * rng.uniform(0.15, 0.35))[..., None]
    out = out + refl * (1 - out)                           # the glass over the licence reflects a window
    out = gblur(out, rng.uniform(0.6, 1.1)) * rng.uniform(0.8, 1.0)
    return _noise(np.clip(out, 0, 1), rng, 0.02)


def _certify(out: np.ndarray, rng):
    """与原件一致 + a signature + date, in pen, on a photocopy (in place)."""
    face = F.pick("hand", "与原件一致年月日", rng)
    h, w = out.shape[:2]
    m = F.render([("与原件一致", face, max(40, w // 22))], rotate=float(rng.uniform(-10, 6)))
    y, x = int(h * rng.uniform(0.8, 0.88)), int(w * rng.uniform(0.05, 0.35))
    _ink(out, m, x, y, (0.1, 0.12, 0.45))
    sig = np.zeros((80, 300), np.float32)
    t = np.linspace(0, 1, 600)
    xs = (t * 280 + 10).astype(int)
    ys = np.clip((40 + 25 * np.sin(t * rng.uniform(15, 30)) * np.exp(-t)).astype(int), 0, 79)
    for dx in range(3):
        sig[ys, np.clip(xs + dx, 0, 299)] = 1
    _ink(out, sig, x + m.shape[1] // 4, y + m.shape[0] + 10, (0.1, 0.12, 0.45))


def _ink(out, m, x, y, color):
    h, w = m.shape
    H, W = out.shape[:2]
    x0, y0, x1, y1 = max(0, x), max(0, y), min(W, x + w), min(H, y + h)
    if x0 >= x1 or y0 >= y1:
        return
    a = m[y0 - y:y1 - y, x0 - x:x1 - x, None]
    out[y0:y1, x0:x1] = out[y0:y1, x0:x1] * (1 - a) + a * np.asarray(color, np.float32)


def _chat_screenshot(photo: np.ndarray, rng) -> np.ndarray:
    """Sent through a chat app (1280 px long side, JPEG q≈70), opened in its viewer, screenshotted."""
    import cv2
    h, w = photo.shape[:2]
    s = 1280 / max(h, w)
    small = resize(photo, int(w * s), int(h * s))
    ok, buf = cv2.imencode(".jpg", (small[..., ::-1] * 255).astype(np.uint8), [cv2.IMWRITE_JPEG_QUALITY, int(rng.integers(62, 78))])
    small = cv2.imdecode(buf, cv2.IMREAD_COLOR)[..., ::-1].astype(np.float32) / 255
    SW, SH = 1080, 2340
    scr = np.zeros((SH, SW, 3), np.float32)
    k = SW / small.shape[1]
    if small.shape[0] * k > SH - 300:
        k = (SH - 300) / small.shape[0]
    disp = resize(small, int(small.shape[1] * k), int(small.shape[0] * k))
    y0 = (SH - disp.shape[0]) // 2
    x0 = (SW - disp.shape[1]) // 2
    scr[y0:y0 + disp.shape[0], x0:x0 + disp.shape[1]] = disp
    face = F.pick("hei", "0123456789:%5G", rng)
    hh, mm = int(rng.integers(8, 18)), int(rng.integers(0, 60))
    _ink(scr, F.render([(f"{hh}:{mm:02d}", face, 38)]), 60, 30, (1, 1, 1))
    _ink(scr, F.render([(f"5G  {int(rng.integers(20, 99))}%", face, 34)]), 860, 32, (1, 1, 1))
    face2 = F.pick("hei", "原图下载保存", rng)
    _ink(scr, F.render([("查看原图", face2, 36)]), 440, SH - 140, (0.9, 0.9, 0.9))
    return scr
