"""Family ZI's camera captures, path-traced by Mitsuba 3 (variant scalar_rgb, one render thread so a
seed gives the same bytes): the page is a textured triangle mesh (flat, curled or folded by moving its
vertices) lying on a textured desk, lit by one emitter per shot (daylight through a window and a ceiling
light as directional emitters, a desk lamp or low light as a point emitter: one delta emitter keeps
1-spp direct lighting clean), seen through a thin-lens camera (focus distance and aperture give real
defocus); one sample per pixel gives the sensor grain, the phone's noise reduction is a light SimpleITK
Gaussian. A clear sleeve is the page under a glossy dielectric coating (rough plastic) lit by one
window-sized area emitter in its mirror direction (real glare, blown where it is brightest); a thumb is a skin-coloured mesh. An AOV pass gives each
pixel's page uv and shape, from which `hidden` says which value boxes the frame, a thumb or a blown-out
glare really hide."""

from __future__ import annotations

import math

import drjit as dr
import mitsuba as mi
import numpy as np
import SimpleITK as sitk
import skia

VARIANT = "scalar_rgb"  # llvm_ad_rgb needs libLLVM ≥ 15 that codegens here; this machine's crashes in Dr.Jit
mi.set_variant(VARIANT)
dr.set_thread_count(1)
T = mi.ScalarTransform4f


def _mesh(name: str, w: float, h: float, bend, bsdf, nx: int = 48, ny: int = 34, lift: float = 0.0,
          emitter: dict | None = None) -> mi.Mesh:
    """A w×h m page centred at the origin, z from `bend(x, y)` (+ `lift`), uv = (x/w, y/h) from top-left."""
    xs = np.linspace(-w / 2, w / 2, nx)
    ys = np.linspace(h / 2, -h / 2, ny)
    gx, gy = np.meshgrid(xs, ys)
    gz = bend(gx, gy) + lift
    verts = np.stack([gx, gy, gz], -1).reshape(-1, 3).astype(np.float32)
    u, v = np.meshgrid(np.linspace(0, 1, nx), np.linspace(0, 1, ny))
    uv = np.stack([u, v], -1).reshape(-1, 2).astype(np.float32)
    a = (np.arange(ny - 1)[:, None] * nx + np.arange(nx - 1)[None, :]).ravel()
    faces = np.concatenate([np.stack([a, a + nx + 1, a + 1], 1), np.stack([a, a + nx, a + nx + 1], 1)]).astype(np.uint32)
    props = mi.Properties()
    props["bsdf"] = bsdf
    if emitter:
        props["emitter"] = mi.load_dict(emitter)
    m = mi.Mesh(name, len(verts), len(faces), props=props, has_vertex_texcoords=True)
    p = mi.traverse(m)
    F, U = type(p["vertex_positions"]), type(p["faces"])
    p["vertex_positions"] = F(verts.ravel())
    p["vertex_texcoords"] = F(uv.ravel())
    p["faces"] = U(faces.ravel())
    p.update()
    return m


def _ellipsoid(name: str, centre, axes, ang: float, bsdf, nu: int = 32, nv: int = 16) -> mi.Mesh:
    """An ellipsoid (a thumb seen from above: long along `ang`, flattened) as a triangle mesh."""
    th, ph = np.meshgrid(np.linspace(0, 2 * np.pi, nu), np.linspace(0, np.pi, nv))
    x = axes[0] * np.cos(th) * np.sin(ph)
    y = axes[1] * np.sin(th) * np.sin(ph)
    z = axes[2] * np.cos(ph)
    ca, sa = math.cos(ang), math.sin(ang)
    verts = np.stack([centre[0] + ca * x - sa * y, centre[1] + sa * x + ca * y, centre[2] + z], -1).reshape(-1, 3).astype(np.float32)
    a = (np.arange(nv - 1)[:, None] * nu + np.arange(nu - 1)[None, :]).ravel()
    faces = np.concatenate([np.stack([a, a + nu + 1, a + 1], 1), np.stack([a, a + nu, a + nu + 1], 1)]).astype(np.uint32)
    props = mi.Properties()
    props["bsdf"] = bsdf
    m = mi.Mesh(name, len(verts), len(faces), props=props, has_vertex_texcoords=False)
    p = mi.traverse(m)
    p["vertex_positions"] = type(p["vertex_positions"])(verts.ravel())
    p["faces"] = type(p["faces"])(faces.ravel())
    p.update()
    return m


def bend_fn(kind: str, w: float, h: float, rng):
    """Vertex displacement for the page: flat, curl (one edge lifting), fold (a tent along a crease), wave."""
    if kind == "curl":
        side = int(rng.integers(4))
        amt = float(rng.uniform(0.06, 0.16))
        def f(x, y):
            t = [(x + w / 2) / w, (w / 2 - x) / w, (y + h / 2) / h, (h / 2 - y) / h][side]
            return amt * np.clip(0.35 - t, 0, None) ** 2 * (w if side < 2 else h) * 6
        return f
    if kind == "fold":
        horiz = rng.random() < 0.5
        k = float(rng.uniform(0.04, 0.12))
        pos = float(rng.uniform(-0.1, 0.1))
        def f(x, y):
            d = (y - pos * h) / h if horiz else (x - pos * w) / w
            return k * np.clip(0.5 - np.abs(d), 0, None) * (h if horiz else w) * 0.5
        return f
    if kind == "wave":
        a = float(rng.uniform(0.003, 0.008))
        ph = float(rng.uniform(0, 6.28))
        return lambda x, y: a * (1 + np.sin(x / w * 5 + ph)) * 0.5 + a * 0.3 * np.cos(y / h * 3)
    return lambda x, y: np.zeros_like(x)


def desk_texture(rng, kind: str) -> np.ndarray:
    """Wood, laminate, cloth or a grey counter top drawn with Skia (a 512² tile)."""
    n = 512
    surf = skia.Surface(n, n)
    c = surf.getCanvas()
    base = {"wood": (150, 104, 64), "dark_wood": (82, 54, 36), "laminate": (214, 208, 196), "cloth": (52, 70, 96),
            "counter": (172, 174, 170)}[kind]
    c.clear(skia.ColorSetARGB(255, *base))
    p = skia.Paint(AntiAlias=True, Style=skia.Paint.kStroke_Style)
    for _ in range(160 if "wood" in kind else 90):
        d = int(rng.integers(-30, 30))
        p.setColor(skia.ColorSetARGB(int(rng.integers(20, 70)), *[max(0, min(255, b + d)) for b in base]))
        p.setStrokeWidth(float(rng.uniform(0.5, 4)))
        y = float(rng.uniform(0, n))
        path = skia.Path()
        path.moveTo(0, y)
        for x in range(0, n + 32, 32):
            path.lineTo(x, y + 6 * math.sin(x / 60 + y))
        c.drawPath(path, p)
        if kind == "cloth":
            c.drawLine(y, 0, y + 4, n, p)
    return np.ascontiguousarray(surf.makeImageSnapshot().toarray()[:, :, [2, 1, 0]])


def render(page: np.ndarray, size_mm: tuple[float, float], shot: dict, seed: int) -> tuple[np.ndarray, dict]:
    """Path-trace one photo of `page` (H×W×3 uint8); returns the 8-bit sRGB frame and the AOV maps."""
    rng = np.random.default_rng(seed)
    w, h = size_mm[0] / 1000, size_mm[1] / 1000
    tex = {"type": "bitmap", "bitmap": mi.Bitmap(page), "filter_type": "bilinear"}
    if shot.get("screen"):  # the page shown on a screen: the mesh emits the screen image, behind dark glass
        bsdf_page = mi.load_dict({"type": "diffuse", "reflectance": {"type": "rgb", "value": 0.02}})
    elif shot.get("sleeve"):  # a clear PVC sleeve: the page under a glossy dielectric coating (rough plastic)
        bsdf_page = mi.load_dict({"type": "roughplastic", "diffuse_reflectance": tex, "int_ior": 1.54,
                                  "alpha": float(rng.uniform(0.03, 0.09))})
    else:
        bsdf_page = mi.load_dict({"type": "diffuse", "reflectance": tex})
    bend = bend_fn(shot.get("bend", "flat"), w, h, rng)
    scene = {"type": "scene",
             "integrator": {"type": "aov", "aovs": "uv:uv,si:shape_index",
                            "img": {"type": "direct", "emitter_samples": 1, "bsdf_samples": 1 if shot.get("sleeve") else 0}}}
    scene["page"] = _mesh("page", w, h, bend, bsdf_page,
                          emitter={"type": "area", "radiance": tex} if shot.get("screen") else None)
    desk = desk_texture(rng, shot["desk"])
    rep = float(rng.uniform(1.5, 4))
    scene["desk"] = {"type": "rectangle", "to_world": T().translate([0, 0, -0.0008]).scale([1.2, 1.2, 1]),
                     "bsdf": {"type": "diffuse", "reflectance": {"type": "bitmap", "bitmap": mi.Bitmap(desk),
                                                                 "to_uv": mi.ScalarTransform4f().scale([rep, rep, 1])}}}
    if shot.get("thumb"):  # a thumb holding the page down from one edge, its tip on the page
        tx, ty, ang = shot["thumb"]
        skin = [float(x) for x in rng.uniform([0.50, 0.34, 0.27], [0.72, 0.50, 0.40])]
        L, W_, H_ = float(rng.uniform(0.032, 0.04)), float(rng.uniform(0.0095, 0.0115)), 0.008
        tip = (tx * w / 2, ty * h / 2)
        centre = (tip[0] - math.cos(ang) * L, tip[1] - math.sin(ang) * L, H_ * 0.7 + 0.001)
        skin_bsdf = mi.load_dict({"type": "roughplastic", "diffuse_reflectance": {"type": "rgb", "value": skin}, "alpha": 0.35})
        scene["thumb"] = _ellipsoid("thumb", centre, (L, W_, H_), ang, skin_bsdf)
    light = shot["light"]
    warm = [1.0, 0.86, 0.68]
    if light == "window":  # daylight through a window: a directional emitter, slightly cool
        d = [float(rng.uniform(-0.6, 0.6)), float(rng.uniform(-0.9, -0.3)), -1.0]
        s = float(rng.uniform(2.5, 4.0)) * (0.15 if shot.get("screen") else 1.0)
        scene["window"] = {"type": "directional", "direction": d, "irradiance": {"type": "rgb", "value": [s * 0.95, s, s * 1.06]}}
    elif light == "lamp":  # a desk lamp (point emitter), warm
        s = float(rng.uniform(0.6, 1.4))
        pos = [float(rng.uniform(-0.35, 0.35)), float(rng.uniform(-0.1, 0.45)), float(rng.uniform(0.45, 0.7))]
        scene["lamp"] = {"type": "point", "position": pos, "intensity": {"type": "rgb", "value": [s * c for c in warm]}}
    elif light == "low":  # a dim room: a big warm ceiling light far off, sampled once per pixel (visible grain)
        s = float(rng.uniform(0.3, 0.6))
        scene["room"] = {"type": "rectangle", "to_world": T().look_at(origin=[float(rng.uniform(-1.5, 1.5)), float(rng.uniform(0.5, 1.5)), 1.6],
                                                                      target=[0, 0, 0], up=[0, 0, 1]).scale([0.8, 0.8, 1]),
                         "emitter": {"type": "area", "radiance": {"type": "rgb", "value": [s * c for c in warm]}}}
    elif light == "none":  # the screen lights the room
        pass
    else:  # office ceiling light straight above (高拍仪, counters)
        scene["panel"] = {"type": "directional", "direction": [float(rng.uniform(-0.1, 0.1)), float(rng.uniform(-0.1, 0.1)), -1.0],
                          "irradiance": {"type": "rgb", "value": float(rng.uniform(2.0, 3.0))}}
    if shot.get("glare"):  # the only light: a bright window in the sleeve's mirror direction from the camera
        ox, oy, oz = shot["cam"]
        gx, gy = float(rng.uniform(-0.3, 0.3)) * w, float(rng.uniform(-0.3, 0.3)) * h
        k = float(rng.uniform(2.0, 3.0))
        size = float(rng.uniform(0.04, 0.16)) * k * math.sqrt(ox * ox + oy * oy + oz * oz)
        origin = [gx + k * (gx - ox), gy + k * (gy - oy), k * oz]
        for key in ("window", "lamp", "panel", "room"):
            scene.pop(key, None)
        scene["glare"] = {"type": "rectangle", "to_world": T().look_at(origin=origin, target=[gx, gy, 0], up=[0, 0, 1]).scale([size, size * 0.7, 1]),
                          "emitter": {"type": "area", "radiance": {"type": "rgb", "value": [3.0, 3.05, 3.15]}}}
    W, H = shot["res"]
    cam = {"type": "thinlens" if shot.get("aperture") else "perspective", "fov": shot["fov"], "fov_axis": "larger",
           "to_world": T().look_at(origin=shot["cam"], target=shot["target"], up=shot["up"]),
           "film": {"type": "hdrfilm", "width": W, "height": H, "rfilter": {"type": "box"}},
           "sampler": {"type": "stratified", "sample_count": 1, "jitter": False} if shot.get("screen") else
           {"type": "independent", "sample_count": shot["spp"]}}
    if shot.get("aperture"):
        cam["aperture_radius"] = shot["aperture"]
        cam["focus_distance"] = shot["focus"]
    scene["sensor"] = cam
    sc = mi.load_dict(scene)
    img = np.array(mi.render(sc, spp=shot["spp"], seed=int(rng.integers(0, 2**31))))
    ids = [s.id() for s in sc.shapes()]
    # the phone's auto exposure meters the bright end of the frame; glare is left to blow out
    lum = img[:, :, :3].mean(axis=2)
    gain = shot.get("exposure_target", 0.85) / max(float(np.percentile(lum, 88 if shot.get("glare") else 97)), 1e-4)
    rgb = img[:, :, :3] * gain
    bmp = mi.Bitmap(np.ascontiguousarray(rgb.astype(np.float32))).convert(mi.Bitmap.PixelFormat.RGB, mi.Struct.Type.UInt8, True)
    out = np.array(bmp)
    if shot.get("denoise", 0) > 0:  # the phone's noise reduction: a light Gaussian in SimpleITK
        im = sitk.GetImageFromArray(out.astype(np.float32), isVector=True)
        im = sitk.Compose([sitk.SmoothingRecursiveGaussian(sitk.VectorIndexSelectionCast(im, i), shot["denoise"]) for i in range(3)])
        out = np.clip(sitk.GetArrayFromImage(im), 0, 255).round().astype(np.uint8)
    page_si = [i + 1 for i, s in enumerate(ids) if s in ("page", "sleeve")]
    return out, {"uv": img[:, :, 3:5], "si": img[:, :, 5], "page_si": page_si}


def hidden(boxes: dict, size_mm: tuple[float, float], frame: np.ndarray, aov: dict, page: np.ndarray,
           thresh: float = 0.12) -> set[str]:
    """Value keys the photo really hides: more than `thresh` of a value's ink box has no pixel of the page
    landing on it (cut off by the frame, under a thumb), or more than `thresh` of the pixels that see the
    value's ink (dark in the page texture) are blown out (glare: every channel ≥ 245 over a 5×5 neighbourhood)
    or crushed black (a hard shadow: every channel ≤ 18 over a 5×5 neighbourhood)."""
    on = np.isin(np.rint(aov["si"]).astype(int), aov["page_si"])
    n_on = int(on.sum())
    if n_on == 0:
        return set(boxes)
    W, H = size_mm
    foot = math.sqrt(W * H / n_on)  # mm of page per pixel
    cell = max(foot * 2.5, 0.25)
    gw, gh = int(W / cell) + 1, int(H / cell) + 1
    uv = aov["uv"][on]
    X, Y = uv[:, 0] * W, uv[:, 1] * H
    seen = np.zeros((gh, gw), bool)
    seen[np.clip((Y / cell).astype(int), 0, gh - 1), np.clip((X / cell).astype(int), 0, gw - 1)] = True
    th, tw = page.shape[:2]
    ink = page[np.clip((uv[:, 1] * th).astype(int), 0, th - 1), np.clip((uv[:, 0] * tw).astype(int), 0, tw - 1)].mean(axis=1) < 120
    # blown: the pixel and its 5×5 neighbourhood (SimpleITK grey erosion), so lone fireflies do not count
    low = sitk.GrayscaleErode(sitk.GetImageFromArray(frame.min(axis=2)), [2, 2])
    blown = sitk.GetArrayFromImage(low)[on] >= 245
    # crushed: the thumb's hard shadow under a point lamp or the sun leaves the page black (max channel ≤ 18 over 5×5)
    high = sitk.GrayscaleDilate(sitk.GetImageFromArray(frame.max(axis=2)), [2, 2])
    blown |= sitk.GetArrayFromImage(high)[on] <= 18
    out = set()
    for key, rects in boxes.items():
        full = good_cells = 0
        inside = np.zeros(n_on, bool)
        for x0, y0, x1, y1 in rects:
            a0, a1 = int(x0 / cell), int(math.ceil(x1 / cell))
            b0, b1 = int(y0 / cell), int(math.ceil(y1 / cell))
            full += (a1 - a0) * (b1 - b0)
            good_cells += int(seen[max(b0, 0):max(b1, 0), max(a0, 0):max(a1, 0)].sum())
            inside |= (X >= x0) & (X <= x1) & (Y >= y0) & (Y <= y1)
        if full and 1 - good_cells / full > thresh:
            out.add(key)
            continue
        inked = inside & ink
        if inked.sum() and blown[inked].mean() > thresh:
            out.add(key)
    return out
