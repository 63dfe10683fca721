"""Family ZS's camera captures, ray-cast with Embree (embreex's scene and intersection API) and shaded
in numpy: the page as a triangle mesh (bent, curled, folded) lying on a textured desk, a perspective
phone camera (4–35° tilt; a 高拍仪 looking straight down), lights — a window (area light, soft shadows
by sampled shadow rays), a desk lamp, a dim room — shadows from a thumb/hand mesh and the phone itself,
a plastic sleeve's glare (the window mirrored in the sleeve, found by the reflected ray), a phone
screen showing an e-licence (sub-pixel stripes: moiré), defocus (thin-lens aperture samples) and shake
(exposure-time samples) as sample means, lens distortion in the ray directions, vignetting, sensor
noise, a tone curve. Units: millimetres; z up; the desk is z = 0.

`shoot(tex, page_mm, p, rng)` returns the 8-bit frame and a page-space grid of what the frame shows
(the page cell reached by a camera ray, not behind the thumb, not washed out by glare): the truth's
`unreadable` comes from that grid and the ink boxes PDFBox reported."""

from __future__ import annotations

import math

import numpy as np
from embreex import rtcore_scene as rtcs
from embreex.mesh_construction import TriangleMesh

GRID = (96, 96)
LIN = ((np.arange(256, dtype=np.float32) / 255.0) ** 2.2).astype(np.float32)  # page-space visibility grid (rows, cols)


def _grid_mesh(nx: int, ny: int):
    xs, ys = np.meshgrid(np.linspace(0, 1, nx + 1, dtype=np.float32), np.linspace(0, 1, ny + 1, dtype=np.float32))
    idx = np.arange((nx + 1) * (ny + 1)).reshape(ny + 1, nx + 1)
    a, b, c, d = idx[:-1, :-1].ravel(), idx[:-1, 1:].ravel(), idx[1:, :-1].ravel(), idx[1:, 1:].ravel()
    faces = np.concatenate([np.stack([a, b, d], 1), np.stack([a, d, c], 1)]).astype(np.int32)
    return xs.ravel(), ys.ravel(), faces


def _page_vertices(u, v, wmm, hmm, p):
    """Page (u right, v down on the print) placed on the desk, bent by p's deformation."""
    x = (u - 0.5) * wmm
    y = (0.5 - v) * hmm
    z = np.full_like(x, 0.25)
    d = p.get("deform", "flat")
    if d == "curl":  # one edge lifts off the desk
        e = p["curl_edge"]
        t = {0: u, 1: 1 - u, 2: v, 3: 1 - v}[e]
        start = p["curl_start"]
        z += np.where(t > start, ((t - start) / (1 - start)) ** 2 * p["curl_h"], 0)
    elif d == "fold":  # a crease across the page, the two halves tented up
        t = v if p["fold_axis"] == 0 else u
        z += p["fold_h"] * np.clip(1 - np.abs(t - p["fold_at"]) / 0.5, 0, 1) ** 1.5
        z += 0.6 * np.sin(t * 9.0)
    elif d == "bend":  # a gentle wave
        z += p["bend_h"] * (0.5 + 0.5 * np.sin(u * math.pi * p["bend_k"] + p["bend_ph"])) * (0.6 + 0.4 * v)
    ca, sa = math.cos(p["page_rot"]), math.sin(p["page_rot"])
    X = x * ca - y * sa + p["page_dx"]
    Y = x * sa + y * ca + p["page_dy"]
    return np.stack([X, Y, z], 1).astype(np.float32)


def _capsule(p0, p1, r, n=14, m=8):
    """A thumb: a capsule from p0 to p1 of radius r as triangles."""
    p0, p1 = np.asarray(p0, float), np.asarray(p1, float)
    ax = p1 - p0
    L = np.linalg.norm(ax)
    ax /= L
    t1 = np.cross(ax, [0, 0, 1.0])
    if np.linalg.norm(t1) < 1e-6:
        t1 = np.cross(ax, [0, 1.0, 0])
    t1 /= np.linalg.norm(t1)
    t2 = np.cross(ax, t1)
    verts = []
    rings = []
    for k in range(-m, 2 * m + 1):  # hemisphere, body, hemisphere
        if k < 0:
            a = (k / m) * math.pi / 2
            c = p0 + ax * r * math.sin(a)
            rr = r * math.cos(a)
        elif k <= m:
            c = p0 + ax * L * (k / m)
            rr = r
        else:
            a = ((k - m) / m) * math.pi / 2
            c = p1 + ax * r * math.sin(a)
            rr = r * math.cos(a)
        ring = []
        for j in range(n):
            phi = 2 * math.pi * j / n
            ring.append(len(verts))
            verts.append(c + rr * (math.cos(phi) * t1 + math.sin(phi) * t2 * 0.8))
        rings.append(ring)
    faces = []
    for a_, b_ in zip(rings[:-1], rings[1:], strict=False):
        for j in range(n):
            faces += [[a_[j], a_[(j + 1) % n], b_[(j + 1) % n]], [a_[j], b_[(j + 1) % n], b_[j]]]
    return np.asarray(verts, np.float32), np.asarray(faces, np.int32)


def _box(c, size):
    cx, cy, cz = c
    sx, sy, sz = (s / 2 for s in size)
    v = np.array([[cx + dx * sx, cy + dy * sy, cz + dz * sz] for dx in (-1, 1) for dy in (-1, 1) for dz in (-1, 1)], np.float32)
    f = np.array([[0, 1, 3], [0, 3, 2], [4, 6, 7], [4, 7, 5], [0, 4, 5], [0, 5, 1], [2, 3, 7], [2, 7, 6],
                  [0, 2, 6], [0, 6, 4], [1, 5, 7], [1, 7, 3]], np.int32)
    return v, f


def _desk(x, y, kind, seed):
    """Desk albedo from the hit point (procedural: wood grain, laminate, fabric, dark desk)."""
    r = np.random.default_rng(seed)
    ph = r.random(6) * 6.28
    if kind == "wood":
        g = np.sin(y * 0.09 + 2.5 * np.sin(x * 0.004 + ph[0]) + 0.8 * np.sin(x * 0.013 + ph[1]))
        g2 = np.sin(y * 0.9 + x * 0.02 + ph[2])
        t = 0.5 + 0.35 * g + 0.08 * g2
        base = np.array([0.42, 0.27, 0.14])
        return (base * (0.75 + 0.35 * t[..., None])).astype(np.float32)
    if kind == "laminate":
        t = 0.5 + 0.05 * np.sin(x * 0.05 + ph[0]) * np.sin(y * 0.07 + ph[1])
        return (np.array([0.78, 0.77, 0.74]) * (0.9 + 0.2 * t[..., None])).astype(np.float32)
    if kind == "fabric":
        t = 0.5 + 0.5 * np.sin(x * 2.2 + ph[0]) * np.sin(y * 2.2 + ph[1])
        return (np.array([0.22, 0.30, 0.40]) * (0.85 + 0.25 * t[..., None])).astype(np.float32)
    t = 0.5 + 0.5 * np.sin(x * 0.03 + ph[3] + np.sin(y * 0.02))
    return (np.array([0.12, 0.12, 0.13]) * (0.9 + 0.2 * t[..., None])).astype(np.float32)


def _bilinear(tex, u, v):
    h, w = tex.shape[:2]
    x = np.clip(u * w - 0.5, 0, w - 1.001)
    y = np.clip(v * h - 0.5, 0, h - 1.001)
    x0, y0 = x.astype(np.int32), y.astype(np.int32)
    fx, fy = (x - x0).astype(np.float32)[:, None], (y - y0).astype(np.float32)[:, None]
    a = tex[y0, x0]
    b = tex[y0, x0 + 1]
    c = tex[y0 + 1, x0]
    d = tex[y0 + 1, x0 + 1]
    return (a * (1 - fx) + b * fx) * (1 - fy) + (c * (1 - fx) + d * fx) * fy


def _rot(axis, ang):
    axis = np.asarray(axis, float) / np.linalg.norm(axis)
    a, (x, y, z) = ang, axis
    c, s, C = math.cos(a), math.sin(a), 1 - math.cos(a)
    return np.array([[c + x * x * C, x * y * C - z * s, x * z * C + y * s],
                     [y * x * C + z * s, c + y * y * C, y * z * C - x * s],
                     [z * x * C - y * s, z * y * C + x * s, c + z * z * C]])


def shoot(tex: np.ndarray, page_mm: tuple[float, float], p: dict, rng) -> tuple[np.ndarray, np.ndarray]:
    """Render one frame. `tex`: the page raster (H×W×3 uint8); `p`: the capture's parameters."""
    W, H = p["size"]
    wmm, hmm = page_mm
    texf = LIN[tex]  # to linear light
    scene = rtcs.EmbreeScene()
    nx, ny = (48, 34) if p.get("deform", "flat") != "flat" else (2, 2)
    u, v, pf = _grid_mesh(nx, ny)
    pv = _page_vertices(u, v, wmm, hmm, p)
    ids = {}
    ids["page"] = len(ids)
    TriangleMesh(scene, pv, pf)
    desk_v = np.array([[-3000, -3000, 0], [3000, -3000, 0], [3000, 3000, 0], [-3000, 3000, 0]], np.float32)
    ids["desk"] = len(ids)
    TriangleMesh(scene, desk_v, np.array([[0, 1, 2], [0, 2, 3]], np.int32))
    if p.get("thumb"):
        tv, tf = _capsule(*p["thumb"])
        ids["thumb"] = len(ids)
        TriangleMesh(scene, tv, tf)
    cam = np.asarray(p["cam_pos"], float)
    fwd = np.asarray(p["cam_look"], float) - cam
    fwd /= np.linalg.norm(fwd)
    up0 = np.array([math.sin(p["cam_roll"]), math.cos(p["cam_roll"]), 0.0])
    right = np.cross(fwd, up0)
    right /= np.linalg.norm(right)
    up = np.cross(right, fwd)
    if p.get("phone_shadow"):
        ids["phone"] = len(ids)
        # the phone's body just above its lens (primary rays leave downwards and never meet it; shadow
        # rays to a lamp overhead do)
        bv, bf = _box(cam + np.array([0, 0, 7.0]), (80, 160, 8))
        TriangleMesh(scene, bv, bf)
    screen = p.get("screen")
    S = int(p["samples"])
    tanh = math.tan(math.radians(p["hfov"]) / 2)
    focus = float(p["focus"])
    N = W * H
    px = np.tile(np.arange(W, dtype=np.float32), H)
    py = np.repeat(np.arange(H, dtype=np.float32), W)
    acc = np.zeros((N, 3), np.float32)
    seen = np.zeros(GRID[0] * GRID[1], np.int64)
    hidden = np.zeros(GRID[0] * GRID[1], np.int64)
    win_c, win_u, win_v = (np.asarray(p["window"][k], np.float32) for k in ("c", "u", "v"))
    lamp = np.asarray(p["lamp"]["pos"], np.float32) if p.get("lamp") else None
    k1, k2 = p["k1"], p["k2"]
    f32 = np.float32
    for s in range(S):
        nxp = (2 * (px + rng.random(N, f32)) / W - 1)
        nyp = (1 - 2 * (py + rng.random(N, f32)) / H) * f32(H / W)
        r2 = nxp * nxp + nyp * nyp
        dist = (1 + k1 * r2 + k2 * r2 * r2) * f32(tanh)  # barrel distortion of the lens
        sx, sy = nxp * dist, nyp * dist
        t = (s + rng.random()) / S - 0.5  # exposure time of this sample
        R = _rot(up, p["shake"][0] * t) @ _rot(right, p["shake"][1] * t)
        f2, r2v, u2 = (R @ fwd).astype(f32), (R @ right).astype(f32), (R @ up).astype(f32)
        d = f2[None, :] + sx[:, None] * r2v[None, :] + sy[:, None] * u2[None, :]
        # thin lens: a point on the aperture, rays through the focus plane
        lr = f32(p["aperture"]) * np.sqrt(rng.random(N, f32))
        la = f32(2 * math.pi) * rng.random(N, f32)
        lo = (lr * np.cos(la))[:, None] * r2v[None, :] + (lr * np.sin(la))[:, None] * u2[None, :]
        o = cam.astype(f32)[None, :] + lo
        d *= (f32(focus) / (d @ f2))[:, None]
        d -= lo
        d /= np.sqrt(np.einsum("ij,ij->i", d, d))[:, None]
        hit = scene.run(o, d, output=1)
        gid, prim = hit["geomID"], hit["primID"]
        P = o + d * hit["tfar"][:, None]
        Ng = hit["Ng"]
        Ng /= np.maximum(np.sqrt(np.einsum("ij,ij->i", Ng, Ng)), 1e-9)[:, None]
        Ng *= np.where(np.einsum("ij,ij->i", Ng, d) > 0, f32(-1), f32(1))[:, None]
        alb = np.zeros((N, 3), f32)
        on_page = gid == ids["page"]
        # page uv from the triangle's barycentrics
        if on_page.any():
            tri = pf[prim[on_page]]
            bu, bv_ = hit["u"][on_page], hit["v"][on_page]
            uu = u[tri[:, 0]] * (1 - bu - bv_) + u[tri[:, 1]] * bu + u[tri[:, 2]] * bv_
            vv = v[tri[:, 0]] * (1 - bu - bv_) + v[tri[:, 1]] * bu + v[tri[:, 2]] * bv_
            if screen:
                alb[on_page] = _screen_texel(texf, uu, vv, screen)
            else:
                alb[on_page] = _bilinear(texf, uu, vv)
        on_desk = gid == ids["desk"]
        if on_desk.any():
            alb[on_desk] = _desk(P[on_desk, 0], P[on_desk, 1], p["desk"], p["desk_seed"])
        if "thumb" in ids:
            alb[gid == ids["thumb"]] = np.array([0.62, 0.42, 0.33], f32)
        miss = gid < 0
        # lights: the window (area, one sampled point per ray), the lamp (point), ambient room light
        Lw = win_c[None, :] + (rng.random(N, f32) - 0.5)[:, None] * win_u[None, :] + (rng.random(N, f32) - 0.5)[:, None] * win_v[None, :]
        Lw -= P
        Lw /= np.maximum(np.sqrt(np.einsum("ij,ij->i", Lw, Lw)), 1e-6)[:, None]
        so = P + Ng * f32(0.05)
        lit_w = scene.run(so, Lw, query="OCCLUDED") < 0
        Ew = np.clip(np.einsum("ij,ij->i", Ng, Lw), 0, 1) * lit_w * f32(p["window"]["power"])
        E = Ew[:, None] * np.asarray(p["window"]["rgb"], f32)[None, :]
        if lamp is not None:
            Ll = lamp[None, :] - P
            dl2 = np.einsum("ij,ij->i", Ll, Ll)
            Ll /= np.sqrt(np.maximum(dl2, 1e-6))[:, None]
            lit_l = scene.run(so, Ll, query="OCCLUDED") < 0
            El = np.clip(np.einsum("ij,ij->i", Ng, Ll), 0, 1) * lit_l * f32(p["lamp"]["power"] * 1e5) / dl2
            E += El[:, None] * np.asarray(p["lamp"]["rgb"], f32)[None, :]
        E += f32(p["ambient"])
        col = alb * E
        if screen and on_page.any():
            col[on_page] = alb[on_page] * f32(screen["nits"]) + f32(0.004) * E[on_page]
        glare_hide = None
        # the sleeve / screen glass: the window mirrored (reflected ray against the window's rectangle)
        if p.get("sleeve") and on_page.any():
            dd = d[on_page]
            nn = Ng[on_page]
            cosi = np.einsum("ij,ij->i", dd, nn)
            rdir = dd - 2 * cosi[:, None] * nn
            wn = np.cross(win_u, win_v)
            wn /= np.linalg.norm(wn)
            den = rdir @ wn
            tt = ((win_c[None, :] - P[on_page]) @ wn) / np.where(np.abs(den) < 1e-9, f32(1e-9), den)
            q = P[on_page] + rdir * tt[:, None] - win_c[None, :]
            a = (q @ win_u) / (win_u @ win_u)
            b = (q @ win_v) / (win_v @ win_v)
            inside = (tt > 0) & (np.abs(a) < 0.5) & (np.abs(b) < 0.5)
            soft = np.clip((0.5 - np.maximum(np.abs(a), np.abs(b))) / 0.05, 0, 1) * inside
            fres = 0.04 + 0.96 * (1 - np.abs(cosi)) ** 5
            g = (f32(p["sleeve"]) * soft * (fres / 0.04) * f32(0.08)).astype(f32)
            col[on_page] += g[:, None]
            ref = float(np.median(E[on_page, 1]))
            glare_hide = g > ref * 0.55
        col[miss] = 0.05
        acc += col
        # what this sample shows of the page: reached by a ray, not washed out by glare
        if on_page.any():
            cell = (np.clip((vv * GRID[0]).astype(np.int64), 0, GRID[0] - 1) * GRID[1]
                    + np.clip((uu * GRID[1]).astype(np.int64), 0, GRID[1] - 1))
            seen += np.bincount(cell, minlength=seen.size)
            if glare_hide is not None:
                hidden += np.bincount(cell[glare_hide], minlength=seen.size)
    seen = seen.reshape(GRID)
    hidden = hidden.reshape(GRID)
    img = (acc / S).reshape(H, W, 3)
    # the phone's auto exposure: the bright end of the frame's middle to a fixed level
    mid = img[H // 4:3 * H // 4, W // 4:3 * W // 4].mean(2)
    img = img * (p["ev"] * 0.78 / max(float(np.percentile(mid, 90)), 1e-4))
    # vignetting (cos^4 with the lens' own falloff)
    rx = ((np.arange(W, dtype=np.float32) - W / 2) ** 2)[None, :]
    ry = ((np.arange(H, dtype=np.float32) - H / 2) ** 2)[:, None]
    img *= (1 - np.float32(p["vignette"]) * (rx + ry) / np.float32((W / 2) ** 2 + (H / 2) ** 2))[..., None]
    # sensor: shot noise (Poisson-like, signal dependent) and read noise, in linear light
    img = np.clip(img, 0, None)
    sig = np.sqrt(img * p["shot"] + p["read"] ** 2)
    img = img + sig * rng.standard_normal(img.shape, np.float32)
    # the phone's tone curve: a filmic shoulder, then sRGB gamma; a colour cast
    img = img * np.asarray(p["wb"])[None, None, :]
    img = np.clip(img, 0, None)
    img = img * (1 + img / (p["white"] ** 2)) / (1 + img)
    img = np.clip(img, 0, 1) ** (1 / 2.2)
    img = np.clip((img - 0.5) * p["contrast"] + 0.5, 0, 1)
    visible = (seen > 0) & (hidden * 2 < np.maximum(seen, 1))
    return (img * 255 + 0.5).astype(np.uint8), visible


def _screen_texel(texf, uu, vv, screen):
    """A phone/monitor showing the page: each screen pixel's RGB sub-pixel stripes (the moiré comes from
    sampling them with the camera's pixels)."""
    cols, rows = screen["res"]
    x = uu * cols
    y = vv * rows
    fx = x - np.floor(x)
    base = _bilinear(texf, (np.floor(x) + 0.5) / cols, (np.floor(y) + 0.5) / rows)
    sub = np.stack([(fx < 0.33), (fx >= 0.33) & (fx < 0.66), (fx >= 0.66)], 1).astype(np.float64)
    fy = y - np.floor(y)
    gapy = (fy > 0.1).astype(np.float64)[:, None]
    return base * sub * 2.6 * gapy + 0.01
