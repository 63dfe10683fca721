"""Family ZU's phone photos, 高拍仪 frames and photographed screens: a ray-caster written as jax.jit
kernels on the CPU. The page is a height field over the desk (flat, bent, curled at an edge, folded
along a crease), seen by a pinhole phone camera at an angle; each pixel averages NS samples whose
origins move over the lens aperture (defocus) and along a shake path; window and lamp light shade it,
with shadows cast by the phone body and a thumb (capsule of spheres), a thumb seen in frame, and glare:
the lamp and the window mirrored in a plastic sleeve. A camera pipeline (white balance, exposure,
shot/read noise, tone curve, vignetting) finishes the frame before Pillow writes the JPEG.

The kernel's shapes are fixed (frame OH×OW, texture TEX×TEX, NS samples), so it compiles once per
process. The same height field and camera in numpy (`project`) give where each value's ink lands, and
the kernel's coverage mask (thumb, washed-out glare) says what is covered."""

from __future__ import annotations

import os
from functools import partial

os.environ.setdefault("XLA_FLAGS", "--xla_cpu_multi_thread_eigen=false intra_op_parallelism_threads=1")

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402
import numpy as np  # noqa: E402

OH, OW, TEX, NS, NTH = 1200, 1600, 2240, 3, 6

# scalar parameter vector layout
K = {n: i for i, n in enumerate(
    ["pw", "ph", "pxmm", "cx", "cy", "cz", "fx", "fy", "fz", "rx", "ry", "rz", "ux", "uy", "uz", "foc", "cxp", "cyp", "curl_a", "curl_dx", "curl_dy", "curl_o", "bend_a", "fold_a", "fold_nx", "fold_ny", "fold_c", "fold_w", "ap", "foc_d", "shake_x", "shake_y", "shake_z", "lw_x", "lw_y", "lw_z", "lw_i", "lp_x", "lp_y", "lp_z", "lp_i", "amb", "ph_w", "ph_h", "th_on", "gl_k", "gl_rough", "gl_win", "screen", "scr_pitch", "desk_r", "desk_g", "desk_b", "desk_kind"])}
NP = len(K)


def height_np(x, y, q):
    s = x * q[K["curl_dx"]] + y * q[K["curl_dy"]] - q[K["curl_o"]]
    h = q[K["curl_a"]] * np.maximum(s, 0) ** 2 / 100.0
    h = h + q[K["bend_a"]] * np.sin(np.pi * np.clip(x / q[K["pw"]], 0, 1))
    f = x * q[K["fold_nx"]] + y * q[K["fold_ny"]] - q[K["fold_c"]]
    return h + q[K["fold_a"]] * np.maximum(0, 1 - np.abs(f) / q[K["fold_w"]])


def _height(x, y, q):
    s = x * q[K["curl_dx"]] + y * q[K["curl_dy"]] - q[K["curl_o"]]
    h = q[K["curl_a"]] * jnp.maximum(s, 0) ** 2 / 100.0
    h = h + q[K["bend_a"]] * jnp.sin(jnp.pi * jnp.clip(x / q[K["pw"]], 0, 1))
    f = x * q[K["fold_nx"]] + y * q[K["fold_ny"]] - q[K["fold_c"]]
    return h + q[K["fold_a"]] * jnp.maximum(0, 1 - jnp.abs(f) / q[K["fold_w"]])


def _v(q, a):
    return jnp.stack([q[K[a + "x"]], q[K[a + "y"]], q[K[a + "z"]]])


def _sphere_hit(o, d, c, r):
    """Nearest positive t of rays o + t d (…,3) against a sphere; inf when missed."""
    oc = o - c
    b = jnp.sum(oc * d, -1)
    cc = jnp.sum(oc * oc, -1) - r * r
    disc = b * b - cc
    t = -b - jnp.sqrt(jnp.maximum(disc, 0))
    return jnp.where((disc > 0) & (t > 1e-3), t, jnp.inf)


def _sample_tex(tex, u, v):
    """Bilinear lookup of the page texture at pixel coordinates (u right, v down)."""
    u = jnp.clip(u, 0, TEX - 1.001)
    v = jnp.clip(v, 0, TEX - 1.001)
    u0 = jnp.floor(u).astype(jnp.int32)
    v0 = jnp.floor(v).astype(jnp.int32)
    a = (u - u0)[..., None]
    b = (v - v0)[..., None]
    flat = tex.reshape(-1, 3)
    i = v0 * TEX + u0
    t00, t01, t10, t11 = flat[i], flat[i + 1], flat[i + TEX], flat[i + TEX + 1]
    return ((t00 * (1 - a) + t01 * a) * (1 - b) + (t10 * (1 - a) + t11 * a) * b).astype(jnp.float32) / 255.0


@partial(jax.jit, static_argnames=("ns",))
def render(tex, q, thumb, jit_uv, jit_lens, jit_shake, jit_light, ns=NS):
    """tex (TEX,TEX,3) uint8; q (NP,) params; thumb (NTH,4) sphere centres+radii (mm);
    jit_* per-sample offsets (NS,2) pixel jitter, (NS,2) lens disk, (NS,) shake phase, (NS,2) light jitter.
    Returns linear RGB (OH,OW,3) and coverage (OH,OW): 1 where a thumb or washed-out glare hides the page."""
    C = _v(q, "c")
    F = _v(q, "f")
    R = _v(q, "r")
    U = _v(q, "u")
    jj, ii = jnp.meshgrid(jnp.arange(OW, dtype=jnp.float32), jnp.arange(OH, dtype=jnp.float32))
    Lw = _v(q, "lw_")
    Lw = Lw / jnp.linalg.norm(Lw)
    Lp = _v(q, "lp_")
    shake = _v(q, "shake_")

    def one(s):
        px = (jj + jit_uv[s, 0] - q[K["cxp"]]) / q[K["foc"]]
        py = (ii + jit_uv[s, 1] - q[K["cyp"]]) / q[K["foc"]]
        d = F[None, None, :] + px[..., None] * R + (-py)[..., None] * U
        d = d / jnp.linalg.norm(d, axis=-1, keepdims=True)
        # aperture: the origin moves on the lens disk, rays keep meeting at the focus distance
        o = C + shake * jit_shake[s] + jit_lens[s, 0] * q[K["ap"]] * R + jit_lens[s, 1] * q[K["ap"]] * U
        focus = C[None, None, :] + d * q[K["foc_d"]]
        d2 = focus - o
        d2 = d2 / jnp.linalg.norm(d2, axis=-1, keepdims=True)
        # height field: fixed-point iterations from the desk plane
        t = -o[2] / jnp.minimum(d2[..., 2], -1e-4)
        for _ in range(5):
            p = o + t[..., None] * d2
            t = (_height(p[..., 0], p[..., 1], q) - o[2]) / jnp.minimum(d2[..., 2], -1e-4)
        p = o + t[..., None] * d2
        on_page = (p[..., 0] >= 0) & (p[..., 0] <= q[K["pw"]]) & (p[..., 1] >= 0) & (p[..., 1] <= q[K["ph"]])
        tdesk = -o[2] / jnp.minimum(d2[..., 2], -1e-4)
        pd = o + tdesk[..., None] * d2
        p = jnp.where(on_page[..., None], p, pd)
        e = 0.3
        hx = (_height(p[..., 0] + e, p[..., 1], q) - _height(p[..., 0] - e, p[..., 1], q)) / (2 * e)
        hy = (_height(p[..., 0], p[..., 1] + e, q) - _height(p[..., 0], p[..., 1] - e, q)) / (2 * e)
        n = jnp.stack([-hx, -hy, jnp.ones_like(hx)], -1)
        n = jnp.where(on_page[..., None], n, jnp.array([0.0, 0.0, 1.0]))
        n = n / jnp.linalg.norm(n, axis=-1, keepdims=True)
        # albedo: the page texture (a screen's sub-pixel stripes when photographing a monitor) or the desk
        # world Y runs up the page (right-handed with z up): the page's own y is ph - Y
        alb = _sample_tex(tex, p[..., 0] * q[K["pxmm"]], (q[K["ph"]] - p[..., 1]) * q[K["pxmm"]])
        stripe = jnp.floor(p[..., 0] / q[K["scr_pitch"]] * 3.0) % 3
        sub = jnp.stack([stripe == 0, stripe == 1, stripe == 2], -1).astype(jnp.float32) * 2.4 + 0.2
        alb = jnp.where(q[K["screen"]] > 0, alb * sub, alb)
        grain = 0.9 + 0.1 * jnp.sin(p[..., 0] * 0.35 + 3 * jnp.sin(p[..., 1] * 0.02)) * q[K["desk_kind"]]
        desk = jnp.stack([q[K["desk_r"]], q[K["desk_g"]], q[K["desk_b"]]])[None, None, :] * grain[..., None]
        alb = jnp.where(on_page[..., None], alb, desk)
        # shadows toward the lamp: the phone body (a rectangle in the camera's plane) and the thumb
        lp = Lp + jnp.array([jit_light[s, 0], jit_light[s, 1], 0.0]) * 25.0
        tol = lp - p
        dist = jnp.linalg.norm(tol, axis=-1, keepdims=True)
        ldir = tol / dist
        sz = (C[2] - p[..., 2]) / jnp.maximum(ldir[..., 2], 1e-4)
        hitp = p + sz[..., None] * ldir
        rel = hitp - C
        in_phone = (jnp.abs(jnp.sum(rel * R, -1)) < q[K["ph_w"]] / 2) & (jnp.abs(jnp.sum(rel * U, -1)) < q[K["ph_h"]] / 2)
        lit_p = 1.0 - in_phone.astype(jnp.float32) * (sz < dist[..., 0])
        def thumb_shadows(_):
            tth = jnp.full(p.shape[:-1], jnp.inf)
            tw = jnp.full(p.shape[:-1], jnp.inf)
            for k in range(NTH):
                tth = jnp.minimum(tth, _sphere_hit(p, ldir, thumb[k, :3], thumb[k, 3]))
                tw = jnp.minimum(tw, _sphere_hit(p, jnp.broadcast_to(Lw, p.shape), thumb[k, :3], thumb[k, 3]))
            return jnp.where(tth < dist[..., 0], 0.15, 1.0), jnp.where(jnp.isfinite(tw), 0.3, 1.0)

        def no_thumb(_):
            return jnp.ones(p.shape[:-1]), jnp.ones(p.shape[:-1])

        sh_p, lit_w = jax.lax.cond(q[K["th_on"]] > 0, thumb_shadows, no_thumb, None)
        lit_p = lit_p * sh_p
        diff_p = jnp.maximum(jnp.sum(n * ldir, -1), 0) * q[K["lp_i"]] * 1.4e5 / (dist[..., 0] ** 2) * lit_p
        diff_w = jnp.maximum(jnp.sum(n * Lw, -1), 0) * q[K["lw_i"]] * lit_w
        warm = jnp.array([1.0, 0.86, 0.68])
        cool = jnp.array([0.9, 0.97, 1.06])
        light = diff_p[..., None] * warm + diff_w[..., None] * cool + q[K["amb"]]
        col = alb * light
        col = jnp.where(q[K["screen"]] > 0, alb * (0.55 + 0.25 * q[K["lw_i"]]) + 0.02 * light, col)
        # glare: the lamp and the window mirrored in a sleeve / the screen's cover glass
        refl = d2 - 2 * jnp.sum(d2 * n, -1, keepdims=True) * n
        lobe = jnp.exp(-(1 - jnp.sum(refl * ldir, -1)) / q[K["gl_rough"]])
        wlobe = jnp.exp(-(1 - jnp.sum(refl * Lw, -1)) / (q[K["gl_rough"]] * 3))
        glare = q[K["gl_k"]] * (lobe + q[K["gl_win"]] * wlobe) * on_page
        col = col + glare[..., None]
        # the thumb, seen by the camera
        def thumb_seen(_):
            hits = jnp.stack([_sphere_hit(o, d2, thumb[k, :3], thumb[k, 3]) for k in range(NTH)])
            kk = jnp.argmin(hits, 0)
            tt = jnp.min(hits, 0)
            hp = o + jnp.where(jnp.isfinite(tt), tt, 0)[..., None] * d2
            nrm = (hp - thumb[kk, :3]) / thumb[kk, 3][..., None]
            shade = 0.35 + 0.65 * jnp.maximum(jnp.sum(nrm * ldir, -1), 0) + 0.25 * jnp.maximum(jnp.sum(nrm * Lw, -1), 0)
            return tt < jnp.linalg.norm(p - o, axis=-1), shade

        seen, tshade = jax.lax.cond(q[K["th_on"]] > 0, thumb_seen,
                                    lambda _: (jnp.zeros(t.shape, bool), jnp.ones(t.shape)), None)
        skin = jnp.array([0.78, 0.55, 0.45]) * (q[K["amb"]] + 0.55 * q[K["lw_i"]] + 0.4) * tshade[..., None]
        col = jnp.where(seen[..., None], skin, col)
        cover = jnp.maximum(seen.astype(jnp.float32), (glare > 0.55).astype(jnp.float32))
        return col, cover

    cols, covs = jax.lax.map(one, jnp.arange(ns))
    return cols.mean(0), covs.max(0)


def look_at(cam, target, roll):
    f = target - cam
    f = f / np.linalg.norm(f)
    up0 = np.array([0.0, 1.0, 0.0]) if abs(f[1]) < 0.95 else np.array([1.0, 0.0, 0.0])
    r = np.cross(f, up0)
    r /= np.linalg.norm(r)
    u = np.cross(r, f)
    c, s = np.cos(roll), np.sin(roll)
    return f, c * r + s * u, -s * r + c * u


def project(q, xs, ys):
    """Page points (mm, y down the page) to frame pixels through the central camera (with the page's height)."""
    C = np.array([q[K["cx"]], q[K["cy"]], q[K["cz"]]])
    F = np.array([q[K["fx"]], q[K["fy"]], q[K["fz"]]])
    R = np.array([q[K["rx"]], q[K["ry"]], q[K["rz"]]])
    U = np.array([q[K["ux"]], q[K["uy"]], q[K["uz"]]])
    Y = q[K["ph"]] - ys
    P = np.stack([xs, Y, height_np(xs, Y, q)], -1) - C
    z = P @ F
    return q[K["cxp"]] + q[K["foc"]] * (P @ R) / z, q[K["cyp"]] - q[K["foc"]] * (P @ U) / z, z
