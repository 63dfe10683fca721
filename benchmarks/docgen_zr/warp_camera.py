"""Family ZR's phone photos and 高拍仪 frames, ray-cast by NVIDIA Warp kernels on the CPU.

The page is a real `wp.Mesh` (a grid bent, curled or folded in 3-D; page coordinates ride in the mesh's
velocity slot), lying on a procedurally textured desk (z = 0). A perspective phone camera at 4–35° tilt
casts rays with `wp.mesh_query_ray`; each pixel integrates aperture samples (defocus) and exposure
samples (shake: the camera moves along a path during the exposure). Lights (window, desk lamp, dim
room, ceiling) are shaded with shadow rays against the page and an occluder mesh (a thumb on the page,
the phone and hand above it). A plastic sleeve adds a specular glare lobe. Then lens distortion (in
the ray directions), vignetting, sensor noise and a phone tone curve in a second kernel. The render
also returns, per pixel, the page point seen and whether glare washes it out, from which the
generator computes which values the frame really hides."""

from __future__ import annotations

import math
import os

import numpy as np

os.environ.setdefault("WARP_CACHE_PATH", os.path.join(os.environ.get("XDG_CACHE_HOME", os.path.expanduser("~/.cache")), "warp"))
import warp as wp  # noqa: E402

wp.config.quiet = True
wp.config.verbose = False
_READY = False


def init() -> None:
    global _READY
    if not _READY:
        wp.init()
        _READY = True


@wp.func
def tex_sample(tex: wp.array2d(dtype=wp.vec3), u: float, v: float) -> wp.vec3:
    h = tex.shape[0]
    w = tex.shape[1]
    x = wp.clamp(u * float(w) - 0.5, 0.0, float(w) - 1.001)
    y = wp.clamp(v * float(h) - 0.5, 0.0, float(h) - 1.001)
    x0 = int(x)
    y0 = int(y)
    fx = x - float(x0)
    fy = y - float(y0)
    a = tex[y0, x0] * (1.0 - fx) + tex[y0, x0 + 1] * fx
    b = tex[y0 + 1, x0] * (1.0 - fx) + tex[y0 + 1, x0 + 1] * fx
    return a * (1.0 - fy) + b * fy


@wp.func
def desk_albedo(p: wp.vec3, kind: int, tint: wp.vec3) -> wp.vec3:
    # kind 0: wood grain, 1: grey laminate with speckle, 2: white melamine, 3: dark glass-like office desk
    if kind == 0:
        g = wp.sin(p[0] * 60.0 + 4.0 * wp.sin(p[1] * 7.0) + 2.0 * wp.sin(p[0] * 3.0 + p[1] * 11.0))
        ring = 0.5 + 0.5 * g
        return tint * (0.78 + 0.22 * ring)
    if kind == 1:
        s = wp.sin(p[0] * 913.0) * wp.sin(p[1] * 771.0) + wp.sin(p[0] * 347.0 + p[1] * 529.0)
        return tint * (0.9 + 0.05 * s)
    if kind == 2:
        return tint * (0.97 + 0.02 * wp.sin(p[0] * 40.0 + p[1] * 13.0))
    return tint * (0.85 + 0.1 * wp.sin(p[0] * 5.0 + p[1] * 3.0))


@wp.func
def occluded(page: wp.uint64, occ: wp.uint64, has_occ: int, self_shadow: int, p: wp.vec3, d: wp.vec3, max_t: float) -> float:
    if self_shadow == 1:
        q = wp.mesh_query_ray(page, p, d, max_t)
        if q.result:
            return 1.0
    if has_occ == 1:
        q2 = wp.mesh_query_ray(occ, p, d, max_t)
        if q2.result:
            return 1.0
    return 0.0


@wp.kernel
def render(page: wp.uint64, occ: wp.uint64, has_occ: int, self_shadow: int, tex: wp.array2d(dtype=wp.vec3),
           cam_pos: wp.vec3, cam_right: wp.vec3, cam_up: wp.vec3, cam_fwd: wp.vec3,
           focal: float, cx: float, cy: float, k1: float, k2: float,
           aperture: float, focus_dist: float, shake: wp.vec3, shake_rot: wp.vec3, samples: int,
           key_pos: wp.vec3, key_col: wp.vec3, key_size: float, fill_dir: wp.vec3, fill_col: wp.vec3, ambient: wp.vec3,
           desk_kind: int, desk_tint: wp.vec3, sleeve: float, glare_dir: wp.vec3, seed: int,
           out: wp.array2d(dtype=wp.vec3), uv_out: wp.array2d(dtype=wp.vec3)):
    j, i = wp.tid()
    state = wp.rand_init(seed, j * out.shape[1] + i)
    acc = wp.vec3(0.0, 0.0, 0.0)
    seen = wp.vec3(-1.0, -1.0, 0.0)
    for s in range(samples):
        # pixel jitter, lens distortion (radial, in normalised coordinates)
        px = (float(i) + wp.randf(state) - cx) / focal
        py = (float(j) + wp.randf(state) - cy) / focal
        r2 = px * px + py * py
        dist = 1.0 + k1 * r2 + k2 * r2 * r2
        px = px * dist
        py = py * dist
        # exposure time sample along the shake path: translation and a small rotation of the view
        t = wp.randf(state) - 0.5
        o = cam_pos + shake * t
        right = cam_right + cam_fwd * (shake_rot[0] * t)
        up = cam_up + cam_fwd * (shake_rot[1] * t)
        d = wp.normalize(cam_fwd + right * px - up * py)
        # aperture sample: thin lens focused at focus_dist
        fp = o + d * (focus_dist / wp.dot(d, cam_fwd))
        disk = wp.sample_unit_disk(state)
        o = o + right * (disk[0] * aperture) + up * (disk[1] * aperture)
        d = wp.normalize(fp - o)
        # nearest of page, occluder, desk plane
        best = 1.0e9
        what = 0
        n = wp.vec3(0.0, 0.0, 1.0)
        uvp = wp.vec3(0.0, 0.0, 0.0)
        q = wp.mesh_query_ray(page, o, d, 1.0e6)
        if q.result:
            best = q.t
            what = 1
            n = q.normal
            uvp = wp.mesh_eval_velocity(page, q.face, q.u, q.v)
        if has_occ == 1:
            q2 = wp.mesh_query_ray(occ, o, d, best)
            if q2.result:
                best = q2.t
                what = 2
                n = q2.normal
        if d[2] < 0.0:
            tp = -o[2] / d[2]
            if tp < best:
                best = tp
                what = 3
                n = wp.vec3(0.0, 0.0, 1.0)
        col = wp.vec3(0.0, 0.0, 0.0)
        if what == 0:
            col = ambient * 0.3
        else:
            p = o + d * best
            if wp.dot(n, d) > 0.0:
                n = -n
            alb = wp.vec3(0.0, 0.0, 0.0)
            if what == 1:
                alb = tex_sample(tex, uvp[0], uvp[1])
                if s == 0:
                    seen = wp.vec3(uvp[0], uvp[1], 0.0)
            elif what == 2:
                alb = wp.vec3(0.78, 0.58, 0.47)
            else:
                alb = desk_albedo(p, desk_kind, desk_tint)
            # key light: a small area light, one jittered shadow ray per sample
            lp = key_pos + wp.vec3((wp.randf(state) - 0.5) * key_size, (wp.randf(state) - 0.5) * key_size, 0.0)
            ld = lp - p
            ll = wp.length(ld)
            ld = ld / ll
            ndl = wp.max(wp.dot(n, ld), 0.0)
            sh = 0.0
            if ndl > 0.0:
                sh = occluded(page, occ, has_occ, self_shadow, p + n * 0.0004, ld, ll)
            light = key_col * (ndl * (1.0 - sh))
            light = light + fill_col * wp.max(wp.dot(n, fill_dir), 0.0) + ambient
            col = wp.cw_mul(alb, light)
            if what == 1 and sleeve > 0.0:
                # the plastic sleeve: a glossy lobe around the mirror direction of the glare source
                rfl = d - n * (2.0 * wp.dot(d, n))
                g = wp.max(wp.dot(rfl, glare_dir), 0.0)
                spec = sleeve * wp.pow(g, 60.0) + sleeve * 0.06
                col = col + wp.vec3(spec, spec, spec)
                if s == 0 and sleeve * wp.pow(g, 60.0) > 0.45:
                    seen = wp.vec3(uvp[0], uvp[1], 1.0)
        acc = acc + col
    out[j, i] = acc / float(samples)
    uv_out[j, i] = seen


@wp.kernel
def finish(img: wp.array2d(dtype=wp.vec3), cx: float, cy: float, vig: float, gain: float, noise: float, read: float,
           gamma: float, contrast: float, wb: wp.vec3, seed: int, out: wp.array3d(dtype=wp.uint8)):
    j, i = wp.tid()
    state = wp.rand_init(seed, j * img.shape[1] + i)
    dx = (float(i) - cx) / cx
    dy = (float(j) - cy) / cx
    v = 1.0 - vig * (dx * dx + dy * dy)
    c = wp.cw_mul(img[j, i], wb) * (gain * v)
    for k in range(3):
        x = c[k]
        # shot noise (variance ∝ signal) and read noise, then the phone's tone curve
        x = x + wp.sqrt(wp.max(x, 0.0)) * noise * wp.randn(state) + read * wp.randn(state)
        x = wp.clamp(x, 0.0, 1.0)
        x = wp.pow(x, 1.0 / gamma)
        x = x + contrast * x * (1.0 - x) * (x - 0.5) * 2.0
        out[j, i, k] = wp.uint8(wp.clamp(x * 255.0 + 0.5, 0.0, 255.0))


# ------------------------------------------------------------------------------------------------ geometry
def page_mesh(w: float, h: float, shape: str, amount: float, rng: np.random.Generator, nx: int = 56, ny: int = 56):
    """A w×h metre page as a grid mesh lying on the desk, deformed in 3-D: flat, curl (an edge lifting),
    fold (a crease across, the halves tented), wave (a soft bend), held (tilted off the desk)."""
    xs = np.linspace(0, 1, nx)
    ys = np.linspace(0, 1, ny)
    u, v = np.meshgrid(xs, ys)
    x = (u - 0.5) * w
    y = (0.5 - v) * h
    z = np.full_like(x, 0.0006)
    if shape == "curl":
        edge = rng.integers(4)
        t = [u, 1 - u, v, 1 - v][edge]
        start = 0.65
        z += amount * np.clip(t - start, 0, None) ** 2 / (1 - start) ** 2
    elif shape == "fold":
        across = rng.random() < 0.5
        t = v if across else u
        c = float(rng.uniform(0.35, 0.65))
        z += amount * (1 - np.abs(t - c) / max(c, 1 - c)) ** 1.5 * 0.8 + amount * 0.2 * np.abs(np.sin((t - c) * 9))
    elif shape == "wave":
        z += amount * (0.5 + 0.5 * np.sin(u * math.pi * float(rng.uniform(1, 2.5)) + float(rng.uniform(0, 6))))
    elif shape == "held":
        ang = float(rng.uniform(-0.25, 0.25))
        t = x * math.sin(ang) + y * amount  # a plane tilted off the desk, its low edge 8 mm up
        z += 0.008 + (t - t.min())
    pts = np.stack([x, y, z], -1).reshape(-1, 3).astype(np.float32)
    uvs = np.stack([u, v, np.zeros_like(u)], -1).reshape(-1, 3).astype(np.float32)
    idx = []
    for j in range(ny - 1):
        for i in range(nx - 1):
            a = j * nx + i
            idx += [a, a + 1, a + nx, a + 1, a + nx + 1, a + nx]
    return pts, uvs, np.array(idx, np.int32)


def ellipsoid(center, axes, rot_z: float, n: int = 18):
    """A closed ellipsoid mesh (the thumb's tip and pad, the phone's body)."""
    th = np.linspace(0, math.pi, n)
    ph = np.linspace(0, 2 * math.pi, 2 * n, endpoint=False)
    T, P = np.meshgrid(th, ph, indexing="ij")
    x = axes[0] * np.sin(T) * np.cos(P)
    y = axes[1] * np.sin(T) * np.sin(P)
    z = axes[2] * np.cos(T)
    c, s = math.cos(rot_z), math.sin(rot_z)
    X = c * x - s * y + center[0]
    Y = s * x + c * y + center[1]
    Z = z + center[2]
    pts = np.stack([X, Y, Z], -1).reshape(-1, 3)
    m = 2 * n
    idx = []
    for a in range(n - 1):
        for b in range(m):
            p0 = a * m + b
            p1 = a * m + (b + 1) % m
            idx += [p0, p1, p0 + m, p1, p1 + m, p0 + m]
    return pts.astype(np.float32), np.array(idx, np.int32)


def box(center, size, rot_z: float = 0.0):
    cx, cy, cz = center
    sx, sy, sz = (s / 2 for s in size)
    c, s = math.cos(rot_z), math.sin(rot_z)
    corners = []
    for dz in (-sz, sz):
        for dy in (-sy, sy):
            for dx in (-sx, sx):
                corners.append((cx + c * dx - s * dy, cy + s * dx + c * dy, cz + dz))
    faces = [(0, 1, 3), (0, 3, 2), (4, 6, 7), (4, 7, 5), (0, 4, 5), (0, 5, 1), (2, 3, 7), (2, 7, 6), (0, 2, 6), (0, 6, 4), (1, 5, 7), (1, 7, 3)]
    return np.array(corners, np.float32), np.array(faces, np.int32).reshape(-1)


def merge(parts):
    pts, idx, off = [], [], 0
    for p, i in parts:
        pts.append(p)
        idx.append(i + off)
        off += len(p)
    return np.concatenate(pts).astype(np.float32), np.concatenate(idx).astype(np.int32)


def look_at(pos, target, roll: float):
    f = np.asarray(target, float) - np.asarray(pos, float)
    f /= np.linalg.norm(f)
    up0 = np.array([0.0, 1.0, 0.0]) if abs(f[1]) < 0.9 else np.array([1.0, 0.0, 0.0])
    r = np.cross(f, up0)
    r /= np.linalg.norm(r)
    u = np.cross(r, f)
    cr, sr = math.cos(roll), math.sin(roll)
    r, u = cr * r + sr * u, -sr * r + cr * u
    return r, u, f


def shoot(tex: np.ndarray, page_wh: tuple[float, float], P: dict, rng: np.random.Generator):
    """Render one frame. `tex`: the page raster (H×W×3 uint8); `P`: the capture's parameters. Returns the
    8-bit frame and the per-pixel page coordinates seen (u, v, glare flag; −1 where the page is not seen)."""
    init()
    w, h = page_wh
    pts, uvs, idx = page_mesh(w, h, P["shape"], P["amount"], rng)
    page = wp.Mesh(points=wp.array(pts, dtype=wp.vec3), indices=wp.array(idx, dtype=int),
                   velocities=wp.array(uvs, dtype=wp.vec3))
    parts = []
    if P.get("thumb"):
        tx, ty, ang = P["thumb"]
        # the thumb tip lying on the page edge, the rest of the finger running off the page
        parts.append(ellipsoid((tx, ty, 0.009), (0.024, 0.011, 0.008), ang))
        parts.append(ellipsoid((tx + 0.05 * math.cos(ang), ty + 0.05 * math.sin(ang), 0.018), (0.045, 0.016, 0.013), ang))
    if P.get("phone_shadow"):
        parts.append(box(tuple(np.asarray(P["cam_pos"]) + np.array([0.0, 0.0, 0.02])), (0.08, 0.16, 0.012), float(rng.uniform(-0.4, 0.4))))
        parts.append(ellipsoid(tuple(np.asarray(P["cam_pos"]) + np.array([0.05, -0.06, 0.03])), (0.05, 0.09, 0.03), 0.6))
    has_occ = 1 if parts else 0
    if not parts:
        parts.append(box((100.0, 100.0, -5.0), (0.01, 0.01, 0.01)))
    op, oi = merge(parts)
    occ = wp.Mesh(points=wp.array(op, dtype=wp.vec3), indices=wp.array(oi, dtype=int))
    tex_a = wp.array(np.ascontiguousarray(tex.astype(np.float32) / 255.0) ** 2.2, dtype=wp.vec3)
    W, H = P["size"]
    r, u, f = look_at(P["cam_pos"], P["target"], P["roll"])
    focal = P["focal"]
    out = wp.zeros((H, W), dtype=wp.vec3)
    seen = wp.zeros((H, W), dtype=wp.vec3)
    wp.launch(render, dim=(H, W), inputs=[
        page.id, occ.id, has_occ, 1 if P["shape"] in ("curl", "fold", "held") else 0, tex_a, wp.vec3(*P["cam_pos"]), wp.vec3(*r), wp.vec3(*u), wp.vec3(*f),
        float(focal), W / 2.0, H / 2.0, float(P["k1"]), float(P["k2"]), float(P["aperture"]), float(P["focus"]),
        wp.vec3(*P["shake"]), wp.vec3(*P["shake_rot"]), int(P["samples"]),
        wp.vec3(*P["key_pos"]), wp.vec3(*P["key_col"]), float(P["key_size"]), wp.vec3(*P["fill_dir"]), wp.vec3(*P["fill_col"]),
        wp.vec3(*P["ambient"]), int(P["desk"]), wp.vec3(*P["desk_tint"]), float(P["sleeve"]), wp.vec3(*P["glare_dir"]),
        int(P["seed"])], outputs=[out, seen], device="cpu")
    img8 = wp.zeros((H, W, 3), dtype=wp.uint8)
    wp.launch(finish, dim=(H, W), inputs=[out, W / 2.0, H / 2.0, float(P["vignette"]), float(P["gain"]), float(P["noise"]),
                                          float(P["read"]), float(P["gamma"]), float(P["contrast"]), wp.vec3(*P["wb"]),
                                          int(P["seed"]) + 7], outputs=[img8], device="cpu")
    return img8.numpy(), seen.numpy()
