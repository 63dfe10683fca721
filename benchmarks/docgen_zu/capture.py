"""Family ZU's captures: phone photos, 高拍仪 frames and photographed screens through the JAX ray-caster
(raycast.py) and a JAX camera pipeline; flatbed scans, photocopies and copies of copies, faxes,
scanner-app output and chat forwards as JAX pipelines (jax.scipy.ndimage.map_coordinates for skew and
waviness, convolutions for optics, our own thresholds and ordered dithering for faxes). Each capture
returns the image and a function mapping page points (mm) to output pixels plus a coverage test, from
which the truth's `unreadable` is computed."""

from __future__ import annotations

import io
import math
from functools import partial

import jax
import jax.numpy as jnp
import numpy as np
from jax.scipy.ndimage import map_coordinates
from PIL import Image

from . import raycast as RC
from .raycast import NS, NTH, OH, OW, TEX, K

# ---------------------------------------------------------------- camera pipeline

@jax.jit
def _sensor(lin, key, g):
    """Exposure, white balance, vignetting, shot and read noise. g: exposure, wb_r, wb_g, wb_b, shot, read, …"""
    x = lin * g[0] * jnp.stack([g[1], g[2], g[3]])
    yy, xx = jnp.meshgrid(jnp.linspace(-1, 1, lin.shape[0]), jnp.linspace(-1, 1, lin.shape[1]), indexing="ij")
    x = x * (1 - g[8] * (xx ** 2 + yy ** 2) / 2)[..., None]
    k1, k2 = jax.random.split(key)
    x = x + jax.random.normal(k1, x.shape) * jnp.sqrt(jnp.maximum(x, 0) * g[4] + g[5] ** 2)
    return jnp.clip(x + jax.random.normal(k2, x.shape[:2])[..., None] * g[5] * 0.6, 0, 1)


@jax.jit
def _tone(x, g):
    """Tone curve (gamma, S-curve contrast) and the phone's sharpening, to 8 bits."""
    y = jnp.exp(jnp.log(jnp.maximum(x, 1e-5)) / g[6])
    y = y + g[7] * (y - 0.5) * (1 - jnp.abs(2 * y - 1))
    blur = (y + jnp.roll(y, 1, 0) + jnp.roll(y, -1, 0) + jnp.roll(y, 1, 1) + jnp.roll(y, -1, 1)) / 5
    y = y + g[9] * (y - blur)
    return jnp.clip(y * 255 + 0.5, 0, 255).astype(jnp.uint8)


def _develop(lin, key, g):
    x = _sensor(lin, key, g)
    return _tone(x, g)


def jpeg(img: np.ndarray, q: int) -> bytes:
    b = io.BytesIO()
    Image.fromarray(img).save(b, "JPEG", quality=int(q), optimize=False)
    return b.getvalue()


# ---------------------------------------------------------------- photos

DESKS = [(0.52, 0.36, 0.21, 1.0), (0.84, 0.84, 0.82, 0.2), (0.38, 0.39, 0.41, 0.3), (0.1, 0.1, 0.11, 0.1),
         (0.2, 0.28, 0.45, 0.4), (0.62, 0.5, 0.36, 1.0)]


def photo_params(r, W: float, H: float, kind: str, sub: str) -> tuple[np.ndarray, np.ndarray, list]:
    """Scene and camera for one photo: (q, thumb spheres, the conditions it shows)."""
    q = np.zeros(RC.NP, np.float32)
    conds = []
    q[K["pw"]], q[K["ph"]] = W, H
    q[K["curl_dx"]], q[K["fold_nx"]], q[K["fold_w"]], q[K["scr_pitch"]] = 1, 1, 10, 1
    portrait = H > W
    small = W < 100
    if sub == "gaopaiyi":
        tilt, fill = r.uniform(0, 2), r.uniform(0.72, 0.9)
    elif sub == "screen":
        tilt, fill = r.uniform(3, 18), r.uniform(0.75, 0.92)
    else:
        tilt = r.uniform(2, 35)
        fill = r.uniform(0.6, 0.92)
    conds.append(f"tilt{int(tilt // 10) * 10}")
    if sub == "phone" and not small:
        c = r.rand()
        if c < 0.25:
            q[K["curl_a"]] = r.uniform(0.4, 1.2)
            ang = r.choice([0, 90, 180, 270]) * np.pi / 180
            q[K["curl_dx"]], q[K["curl_dy"]] = np.cos(ang), np.sin(ang)
            ext = abs(np.cos(ang)) * W + abs(np.sin(ang)) * H
            base = min(0, np.cos(ang) * W) + min(0, np.sin(ang) * H)
            q[K["curl_o"]] = base + ext * r.uniform(0.78, 0.9)
            conds.append("curl")
        elif c < 0.45:
            q[K["bend_a"]] = r.uniform(4, 14)
            conds.append("bent")
        elif c < 0.62:
            q[K["fold_a"]] = r.uniform(3, 9)
            q[K["fold_w"]] = r.uniform(15, 40)
            if r.rand() < 0.5:
                q[K["fold_nx"]], q[K["fold_ny"]], q[K["fold_c"]] = 1, 0, W * r.uniform(0.35, 0.65)
            else:
                q[K["fold_nx"]], q[K["fold_ny"]], q[K["fold_c"]] = 0, 1, H * r.uniform(0.35, 0.65)
            conds.append("fold")
    elif sub == "phone" and small:
        q[K["bend_a"]] = r.uniform(0, 1.5)
    fov = np.deg2rad(r.uniform(62, 72))
    q[K["foc"]] = OW / 2 / np.tan(fov / 2)
    q[K["cxp"]], q[K["cyp"]] = OW / 2, OH / 2
    az = np.deg2rad(r.uniform(-35, 35)) - np.pi / 2
    roll = np.deg2rad(r.uniform(-7, 7)) + (np.pi / 2 * (1 if r.rand() < 0.5 else -1) if portrait else 0)
    if sub == "gaopaiyi":
        roll = (np.pi / 2 if portrait else 0) + np.deg2rad(r.uniform(-3, 3))
    cut = sub == "phone" and r.rand() < 0.14
    if cut:
        fill = r.uniform(1.04, 1.2)
        conds.append("cut_off")
    target = np.array([W / 2, H / 2, 0.0])
    if cut:
        target[:2] += r.uniform(-0.12, 0.12, 2) * np.array([W, H])
    dist = max(W, H) * 1.2
    for _ in range(4):
        t = np.deg2rad(tilt)
        cam = target + dist * np.array([np.sin(t) * np.cos(az), np.sin(t) * np.sin(az), np.cos(t)])
        f, rr, u = RC.look_at(cam, target, roll)
        for n, v in (("c", cam), ("f", f), ("r", rr), ("u", u)):
            q[K[n + "x"]], q[K[n + "y"]], q[K[n + "z"]] = v
        px, py, _ = RC.project(q, np.array([0, W, W, 0.0]), np.array([0, 0, H, H.__float__()]))
        ext = max((px.max() - px.min()) / OW, (py.max() - py.min()) / OH)
        dist *= ext / fill
    q[K["pxmm"]] = 0  # set by the caller from the texture's dpi
    # optics: defocus (aperture with the focus a little off the page) and shake
    q[K["foc_d"]] = dist * (1 + r.uniform(-0.04, 0.04))
    q[K["ap"]] = 0.0
    if sub in ("phone", "screen") and r.rand() < 0.22:
        q[K["ap"]] = r.uniform(1.0, 2.6)
        q[K["foc_d"]] = dist * (1 + r.choice([-1, 1]) * r.uniform(0.08, 0.15))
        conds.append("defocus")
    if sub == "phone" and r.rand() < 0.2:
        sv = r.normal(0, 1, 3)
        sv[2] *= 0.3
        q[K["shake_x"]], q[K["shake_y"]], q[K["shake_z"]] = sv / np.linalg.norm(sv) * r.uniform(0.25, 0.6) * dist / 400
        conds.append("shake")
    # light: a window (directional) and a lamp (point, soft), ambient
    low = sub == "phone" and r.rand() < 0.2
    wa, we = r.uniform(0, 2 * np.pi), np.deg2rad(r.uniform(25, 65))
    q[K["lw_x"]], q[K["lw_y"]], q[K["lw_z"]] = np.cos(wa) * np.cos(we), np.sin(wa) * np.cos(we), np.sin(we)
    q[K["lw_i"]] = r.uniform(0.15, 0.35) if low else r.uniform(0.35, 0.85)
    if sub == "gaopaiyi":
        lp = np.array([W / 2 + r.uniform(-40, 40), H / 2 + r.uniform(-40, 40), dist * 0.9])
        q[K["lw_i"]] = r.uniform(0.1, 0.3)
    else:
        lp = np.array([W / 2 + r.uniform(-300, 300), H / 2 + r.uniform(-350, 250), r.uniform(500, 1000)])
        if r.rand() < 0.3:  # the lamp behind the phone: the phone's shadow falls on the page
            lp = cam + (cam - target) * r.uniform(0.3, 0.8) + np.array([r.uniform(-60, 60), r.uniform(-60, 60), 0])
            conds.append("phone_shadow")
    q[K["lp_x"]], q[K["lp_y"]], q[K["lp_z"]] = lp
    q[K["lp_i"]] = (r.uniform(0.2, 0.5) if low else r.uniform(0.4, 1.0)) * (np.linalg.norm(lp - target) / 700) ** 2 * 3.5
    q[K["amb"]] = r.uniform(0.05, 0.12) if low else r.uniform(0.12, 0.3)
    if low:
        conds.append("low_light")
    q[K["ph_w"]], q[K["ph_h"]] = (0, 0) if sub == "gaopaiyi" else (76, 160)
    # glare: a plastic sleeve / the card's laminate / a screen's glass
    q[K["gl_rough"]] = 0.01
    q[K["gl_k"]] = 0.02
    if sub == "screen":
        q[K["screen"]] = 1
        q[K["scr_pitch"]] = max(W, H) / r.uniform(700, 1300)
        q[K["gl_k"]], q[K["gl_rough"]], q[K["gl_win"]] = r.uniform(0.02, 0.15), r.uniform(0.01, 0.04), 0.5
        conds.append("moire")
    elif sub == "phone" and (r.rand() < 0.22 or (small and r.rand() < 0.3)):
        q[K["gl_k"]], q[K["gl_rough"]], q[K["gl_win"]] = r.uniform(0.5, 1.3), r.uniform(0.0015, 0.006), r.uniform(0, 1)
        conds.append("sleeve_glare")
    dk = DESKS[int(r.randint(len(DESKS)))] if sub != "screen" else (0.03, 0.03, 0.035, 0.0)
    if sub == "gaopaiyi":
        dk = (0.06, 0.06, 0.07, 0.0) if r.rand() < 0.6 else (0.9, 0.9, 0.9, 0.0)
    q[K["desk_r"]], q[K["desk_g"]], q[K["desk_b"]], q[K["desk_kind"]] = dk
    # a thumb holding the page (or the card) at an edge
    thumb = np.zeros((NTH, 4), np.float32)
    thumb[:, :3] = [0, 0, -1e4]
    thumb[:, 3] = 1
    if sub in ("phone", "gaopaiyi") and r.rand() < (0.3 if sub == "phone" else 0.1):
        q[K["th_on"]] = 1
        side = int(r.randint(4))
        s_ = r.uniform(0.2, 0.8)
        # world coordinates: Y runs up the page
        edge = [(s_ * W, 0), (W, s_ * H), (s_ * W, H), (0, s_ * H)][side]
        inward = [(0, 1), (-1, 0), (0, -1), (1, 0)][side]
        reach = r.uniform(10, 26) if not small else r.uniform(6, 12)
        rad = r.uniform(8, 10.5) if not small else r.uniform(7, 9)
        for k in range(NTH):
            a = (k / (NTH - 1)) * (reach + 24) - 24
            tx_, ty_ = edge[0] + inward[0] * a, edge[1] + inward[1] * a
            hz = float(RC.height_np(np.clip(tx_, 0, W), np.clip(ty_, 0, H), q))
            thumb[k] = [tx_, ty_, hz + rad * 0.85 + 1, rad * (0.8 + 0.2 * k / NTH)]
        conds.append("thumb")
    return q, thumb, conds


def photo(r, page: np.ndarray, dpi: float, W: float, H: float, kind: str, sub: str, seed: int):
    """Ray-cast one photo of `page` (uint8 H×W×3 raster at `dpi`). Returns the frame (uint8), the
    page→pixel mapping, the coverage mask and the conditions."""
    q, thumb, conds = photo_params(r, W, H, kind, sub)
    q[K["pxmm"]] = dpi / 25.4
    tex = np.full((TEX, TEX, 3), 255, np.uint8)
    h, w = min(page.shape[0], TEX), min(page.shape[1], TEX)
    tex[:h, :w] = page[:h, :w]
    jit_uv = r.uniform(0, 1, (NS, 2)).astype(np.float32)
    ang = r.uniform(0, 2 * np.pi, NS)
    rad = np.sqrt((np.arange(NS) + r.uniform(0, 1, NS)) / NS)
    jit_lens = np.stack([rad * np.cos(ang), rad * np.sin(ang)], -1).astype(np.float32)
    jit_shake = (np.arange(NS) / max(NS - 1, 1) - 0.5).astype(np.float32)
    jit_light = r.uniform(-1, 1, (NS, 2)).astype(np.float32)
    ns = NS if ("defocus" in conds or "shake" in conds or "phone_shadow" in conds) else 1
    if ns == 1:
        jit_uv[0] = 0.5
    lin, cover = RC.render(jnp.asarray(tex), jnp.asarray(q), jnp.asarray(thumb), jnp.asarray(jit_uv),
                           jnp.asarray(jit_lens), jnp.asarray(jit_shake), jnp.asarray(jit_light), ns=ns)
    low = "low_light" in conds
    g = np.array([r.uniform(1.6, 2.6) if low else r.uniform(0.95, 1.25), r.uniform(0.9, 1.12), 1.0, r.uniform(0.88, 1.1),
                  r.uniform(0.002, 0.006) * (3 if low else 1), r.uniform(0.004, 0.012) * (2.5 if low else 1),
                  r.uniform(2.0, 2.4), r.uniform(0.1, 0.35), r.uniform(0.1, 0.4) if sub != "screen" else 0.2,
                  r.uniform(0.2, 0.8)], np.float32)
    img = np.asarray(_develop(lin, jax.random.PRNGKey(seed & 0x7FFFFFFF), jnp.asarray(g)))
    cover = np.asarray(cover)
    rot = 0
    if H > W:  # portrait pages: the phone was held upright (camera rolled ±90°); turn the frame upright
        # find which way: the page's top edge midpoint must land above its bottom
        px, py, _ = RC.project(q, np.array([W / 2, W / 2]), np.array([0.0, H]))
        rot = 1 if px[0] > px[1] else 3  # top to the right → rotate counter-clockwise once
        if px[0] < px[1]:
            rot = 3
        img = np.rot90(img, rot).copy()
        cover = np.rot90(cover, rot).copy()

    def to_px(xs, ys):
        px, py, z = RC.project(q, xs, ys)
        if rot == 1:  # np.rot90 k=1: new (row, col) = (OW-1-col, row)
            px, py = py, OW - 1 - px
        elif rot == 3:
            px, py = OH - 1 - py, px
        return px, py, z

    return img, to_px, cover, conds


# ---------------------------------------------------------------- scans, copies, faxes

@jax.jit
def _gauss(img, sigma):
    """Separable Gaussian (optics of a scanner or copier) as two 1-D convolutions."""
    x = jnp.arange(-4, 5, dtype=jnp.float32)
    k = jnp.exp(-x ** 2 / (2 * jnp.maximum(sigma, 0.05) ** 2))
    k = k / k.sum()
    dn = ("NCHW", "OIHW", "NCHW")
    y = jax.lax.conv_general_dilated(img[None, None], k.reshape(1, 1, 1, 9), (1, 1), "SAME", dimension_numbers=dn)
    y = jax.lax.conv_general_dilated(y, k.reshape(1, 1, 9, 1), (1, 1), "SAME", dimension_numbers=dn)
    return y[0, 0]


@partial(jax.jit, static_argnames=("fill",))
def _warp(img, rows, cols, fill):
    return map_coordinates(img, [rows, cols], order=1, mode="constant", cval=fill)


@jax.jit
def _scan_tone(g, key, p):
    """p: gamma, black, white, noise, speckle, streak_pos, streak_k, edge_dark."""
    y = jnp.clip((g - p[1]) / (p[2] - p[1]), 0, 1) ** p[0]
    k1, k2 = jax.random.split(key)
    y = y + jax.random.normal(k1, g.shape) * p[3]
    sp = jax.random.uniform(k2, g.shape) < p[4]
    y = jnp.where(sp, y * 0.25, y)
    cols = jnp.arange(g.shape[1], dtype=jnp.float32)
    y = y - p[6] * jnp.exp(-((cols - p[5]) ** 2) / 8.0)[None, :]
    rows = jnp.arange(g.shape[0], dtype=jnp.float32)
    edge = jnp.exp(-jnp.minimum(rows, g.shape[0] - rows) / 25.0)[:, None] + jnp.exp(-jnp.minimum(cols, g.shape[1] - cols) / 25.0)[None, :]
    return jnp.clip(y - p[7] * edge, 0, 1)


BAYER = (np.array([[0, 8, 2, 10], [12, 4, 14, 6], [3, 11, 1, 9], [15, 7, 13, 5]], np.float32) + 0.5) / 16


@jax.jit
def _fax_bits(g, key, thr, dither):
    """One bit per pixel: a threshold, or ordered dithering over greys, plus line noise."""
    h, w = g.shape
    b = jnp.tile(jnp.asarray(BAYER), (h // 4 + 1, w // 4 + 1))[:h, :w]
    t = jnp.where(dither > 0, 0.25 + 0.5 * b, thr)
    bits = g > t
    noise = jax.random.uniform(key, g.shape) < 0.002
    return jnp.where(noise, ~bits, bits)


@jax.jit
def _adaptive(g, c):
    """Scanner-app 'document' mode: each pixel against its 31×31 local mean (summed-area table)."""
    pad = 15
    gp = jnp.pad(g, pad, mode="edge")
    s = jnp.cumsum(jnp.cumsum(gp, 0), 1)
    s = jnp.pad(s, ((1, 0), (1, 0)))
    h, w = g.shape
    n = 2 * pad + 1
    m = (s[n:n + h, n:n + w] - s[:h, n:n + w] - s[n:n + h, :w] + s[:h, :w]) / (n * n)
    return jnp.where(g < m - c, 0.0, 1.0) * 0.97 + g * 0.03


def place(page: np.ndarray, dpi: float, W: float, H: float, bed: tuple, r, skew: float, wave: float, off: tuple):
    """Put the page raster on a bed of `bed` (w_mm, h_mm) at `dpi`, rotated by `skew` degrees, shifted by
    `off` mm, with a sinus waviness (a page not flat on the glass). Returns the grey/colour canvas and
    the page→pixel map."""
    bw, bh = int(round(bed[0] / 25.4 * dpi)), int(round(bed[1] / 25.4 * dpi))
    a = np.deg2rad(skew)
    ca, sa = np.cos(a), np.sin(a)
    cx, cy = bw / 2 + off[0] / 25.4 * dpi, bh / 2 + off[1] / 25.4 * dpi
    ph, pw = page.shape[:2]
    yy, xx = np.mgrid[0:bh, 0:bw].astype(np.float32)
    dx, dy = xx - cx, yy - cy
    u = ca * dx + sa * dy + pw / 2
    v = -sa * dx + ca * dy + ph / 2
    v = v + wave * np.sin(u / max(pw, 1) * 2 * np.pi * 1.3)
    chans = [np.asarray(_warp(jnp.asarray(page[..., c], jnp.float32), jnp.asarray(v), jnp.asarray(u), 255.0)) for c in range(3)]
    out = np.stack(chans, -1)
    inside = (u >= 0) & (u < pw) & (v >= 0) & (v < ph)

    def to_px(xs, ys):
        pu, pv = xs / 25.4 * dpi, ys / 25.4 * dpi
        # invert the waviness approximately (it moves rows by at most `wave` px)
        pv = pv - wave * np.sin(pu / max(pw, 1) * 2 * np.pi * 1.3)
        du, dv = pu - pw / 2, pv - ph / 2
        return cx + ca * du - sa * dv, cy + sa * du + ca * dv, np.ones_like(du)

    return out, inside, to_px


def scan(r, page, dpi, W, H, sub: str, seed: int):
    """Flatbed/feeder scans, photocopies, copies of copies, faxes. Returns (image uint8 (grey or RGB, or
    bool for faxes), to_px, out-of-frame-only cover, conds, fax dpi or None)."""
    conds = []
    key = jax.random.PRNGKey(seed & 0x7FFFFFFF)
    small = W < 100
    if small and sub == "scan":
        bed = (W + r.uniform(20, 40), H + r.uniform(20, 40))
    elif small:
        bed = (210.0, 297.0)
    elif W > 300:
        bed = (420.0, 297.0)
    else:
        bed = (max(W, 210.0), max(H, 210.0)) if W > H else (210.0, 297.0)
    skew = r.uniform(-2.5, 2.5) if sub != "scan" or r.rand() < 0.6 else 0.0
    off = (r.uniform(-4, 4), r.uniform(-4, 4))
    if small and sub != "scan":
        off = (r.uniform(-50, 50), r.uniform(-100, 60))
    wave = r.uniform(0, 2.5) if sub in ("copy", "copy2") else r.uniform(0, 1)
    img, inside, to_px = place(page, dpi, W, H, bed, r, skew, wave, off)
    conds.append(f"skew{int(abs(skew))}")
    lid = np.where(inside[..., None], img, np.array([242, 242, 240]) if sub == "scan" else np.array([225, 225, 225]))
    img = lid.astype(np.float32) / 255
    if sub == "scan":
        sig = r.uniform(0.4, 0.9)
        img = np.stack([np.asarray(_gauss(jnp.asarray(img[..., c]), sig)) for c in range(3)], -1)
        cast = np.array([r.uniform(0.97, 1.02), 1.0, r.uniform(0.95, 1.03)])
        img = np.clip(img * cast * r.uniform(1.0, 1.06), 0, 1)
        out = (img * 255 + 0.5).astype(np.uint8)
        return out, to_px, conds, None
    grey = img @ np.array([0.3, 0.59, 0.11])
    if sub in ("copy", "copy2"):
        passes = 2 if sub == "copy2" else 1
        g = jnp.asarray(grey, jnp.float32)
        for k in range(passes):
            g = _gauss(g, r.uniform(0.4, 0.8))
            # a copier's tone: blacks pushed to black (thin strokes stay dark), paper to white
            p = jnp.asarray([r.uniform(0.8, 1.2), r.uniform(0.3, 0.45), r.uniform(0.8, 0.92), r.uniform(0.01, 0.035),
                             r.uniform(0.0005, 0.003), r.uniform(0, grey.shape[1]), r.uniform(0, 0.25) if r.rand() < 0.4 else 0.0,
                             r.uniform(0.1, 0.5)], jnp.float32)
            g = _scan_tone(g, jax.random.fold_in(key, k), p)
        conds.append("copy_of_copy" if passes == 2 else "photocopy")
        return (np.asarray(g) * 255 + 0.5).astype(np.uint8), to_px, conds, None
    # fax: 204 dpi across, 98 (standard) or 196 (fine) lines per inch, one bit per pixel
    fine = W > 300 or r.rand() < 0.5
    ydpi = 196 if fine else 98
    h, w = grey.shape
    nw = int(round(w * 204 / dpi))
    nh = int(round(h * ydpi / dpi))
    rows = (np.arange(nh, dtype=np.float32)[:, None] + 0.5) * dpi / ydpi - 0.5 + np.zeros((1, nw), np.float32)
    cols = (np.arange(nw, dtype=np.float32)[None, :] + 0.5) * dpi / 204 - 0.5 + np.zeros((nh, 1), np.float32)
    g = _gauss(jnp.asarray(grey, jnp.float32), 0.8)
    g = _warp(g, jnp.asarray(rows), jnp.asarray(cols), 1.0)
    dither = r.rand() < 0.35
    bits = np.asarray(_fax_bits(g, key, r.uniform(0.45, 0.62), 1 if dither else 0))
    conds.append("fax_fine" if fine else "fax_standard")
    if dither:
        conds.append("dither")

    def to_px_fax(xs, ys):
        px, py, z = to_px(xs, ys)
        return px * 204 / dpi, py * ydpi / dpi, z

    return bits, to_px_fax, conds, (204, ydpi)


def scanner_app(r, page, dpi, W, H, kind, seed):
    """A phone scanner app: a photo, the page found and warped flat (homography by map_coordinates), then
    'document' (adaptive threshold) or 'colour' (white point, contrast) enhancement."""
    img, to_px_photo, cover, conds = photo(r, page, dpi, W, H, kind, "gaopaiyi" if r.rand() < 0.3 else "phone_flat", seed)
    # the app's output page: A4-like at ~150 dpi of the page
    odpi = 150 if W > 100 else 300
    ow, oh = int(W / 25.4 * odpi), int(H / 25.4 * odpi)
    # the corners the app finds are a little off
    jit = r.uniform(-6, 6, (4, 2))
    xs = np.array([0, W, W, 0.0])
    ys = np.array([0, 0, H, H])
    cx, cy, _ = to_px_photo(xs, ys)
    src = np.stack([cx, cy], -1) + jit
    dst = np.array([[0, 0], [ow, 0], [ow, oh], [0, oh]], np.float64)
    Hm = _homography(dst, src)
    yy, xx = np.mgrid[0:oh, 0:ow].astype(np.float64)
    pts = np.stack([xx.ravel(), yy.ravel(), np.ones(xx.size)])
    m = Hm @ pts
    sx, sy = (m[0] / m[2]).reshape(oh, ow).astype(np.float32), (m[1] / m[2]).reshape(oh, ow).astype(np.float32)
    chans = [np.asarray(_warp(jnp.asarray(img[..., c], jnp.float32), jnp.asarray(sy), jnp.asarray(sx), 0.0)) for c in range(3)]
    flat = np.stack(chans, -1) / 255
    cov = np.asarray(_warp(jnp.asarray(cover, jnp.float32), jnp.asarray(sy), jnp.asarray(sx), 1.0))
    Hi = np.linalg.inv(Hm)
    if r.rand() < 0.5:
        g = flat @ np.array([0.3, 0.59, 0.11])
        out = np.asarray(_adaptive(jnp.asarray(g, jnp.float32), r.uniform(0.04, 0.09)))
        out = (out * 255).astype(np.uint8)
        conds.append("app_document")
    else:
        wp = np.percentile(flat.reshape(-1, 3), 96, axis=0)
        out = np.clip((flat / np.maximum(wp, 0.2) - 0.06) / 0.9, 0, 1) ** 1.15
        out = (out * 255).astype(np.uint8)
        conds.append("app_colour")

    def to_px(xs_, ys_):
        px, py, z = to_px_photo(xs_, ys_)
        m2 = Hi @ np.stack([px, py, np.ones_like(px)])
        return m2[0] / m2[2], m2[1] / m2[2], z

    return out, to_px, cov > 0.5, conds


def _homography(src, dst):
    """3×3 H with dst ~ H src for four point pairs."""
    A = []
    for (x, y), (u, v) in zip(src, dst, strict=True):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y, -u])
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y, -v])
    _, _, vt = np.linalg.svd(np.asarray(A))
    return vt[-1].reshape(3, 3) / vt[-1, -1]


def chat(r, img: np.ndarray, to_px, cover):
    """A chat forward: the long side cut to ≤1280 px and re-encoded (sometimes twice), or a screenshot of
    the chat with the picture on a phone screen. Returns (image, to_px, cover, conds)."""
    h, w = img.shape[:2]
    conds = []
    if r.rand() < 0.4:  # screenshot: picture fitted in a 1080×2340 screen with bars and bubbles
        sw, shh = 1080, 2340
        sc = min(sw / w, (shh - 420) / h)
        nw, nh = int(w * sc), int(h * sc)
        small = np.asarray(Image.fromarray(img).resize((nw, nh), Image.BILINEAR))
        bg = np.full((shh, sw, 3), 0 if r.rand() < 0.5 else 237, np.uint8)
        bg[:90] = 30 if bg[100, 0, 0] == 0 else 245
        bg[-160:] = 25 if bg[100, 0, 0] == 0 else 247
        y0 = 90 + (shh - 250 - nh) // 2
        x0 = (sw - nw) // 2
        if small.ndim == 2:
            small = np.stack([small] * 3, -1)
        bg[y0:y0 + nh, x0:x0 + nw] = small
        cv = np.zeros((shh, sw), bool)
        if cover is not None:
            cv[y0:y0 + nh, x0:x0 + nw] = np.asarray(Image.fromarray(cover.astype(np.uint8) * 255).resize((nw, nh))) > 127

        def tp(xs, ys):
            px, py, z = to_px(xs, ys)
            return px * sc + x0, py * sc + y0, z
        conds.append("screenshot")
        return bg, tp, cv, conds
    sc = min(1.0, 1280 / max(h, w))
    nw, nh = int(w * sc), int(h * sc)
    out = np.asarray(Image.fromarray(img).resize((nw, nh), Image.BILINEAR))
    cv = None
    if cover is not None:
        cv = np.asarray(Image.fromarray(cover.astype(np.uint8) * 255).resize((nw, nh))) > 127
    if r.rand() < 0.5:
        out = np.asarray(Image.open(io.BytesIO(jpeg(out if out.ndim == 3 else np.stack([out] * 3, -1), int(r.randint(55, 75))))))
        conds.append("reencoded")

    def tp2(xs, ys):
        px, py, z = to_px(xs, ys)
        return px * sc, py * sc, z
    conds.append("forward")
    return out, tp2, cv, conds


def visible(boxes: list, to_px, shape, cover) -> bool:
    """Is every part of a value's ink inside the frame and not covered? Points over each ink box."""
    hh, ww = shape[:2]
    for x0, y0, x1, y1 in boxes:
        nx = max(3, int(math.ceil((x1 - x0) / 2.0)) + 1)
        xs = np.linspace(x0, x1, nx)
        ys = np.array([y0 + (y1 - y0) * 0.25, (y0 + y1) / 2, y1 - (y1 - y0) * 0.25])
        X, Y = np.meshgrid(xs, ys)
        px, py, z = to_px(X.ravel(), Y.ravel())
        if np.any(z <= 0) or np.any(px < 1) or np.any(py < 1) or np.any(px > ww - 2) or np.any(py > hh - 2):
            return False
        if cover is not None:
            ci = np.clip(np.round(py).astype(int), 0, hh - 1)
            cj = np.clip(np.round(px).astype(int), 0, ww - 1)
            if np.any(cover[ci, cj]):
                return False
    return True
