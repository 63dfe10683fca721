"""Phone photos of family ZM: the page as a textured mesh (bent, curled, folded by moving its vertices)
on a textured desk in a pyrender scene (OpenGL; headless through EGL on Mesa — OSMesa does not load
with the PyOpenGL pyrender pins), lit by a window (directional), a desk lamp (spot) and the room
(point), seen by a perspective camera tilted 4–35°; a thumb mesh, a clear sleeve whose glare is an
emissive, alpha-blended sheet above the page; defocus and shake by accumulating jittered renders.

The field boxes of the page are projected through the same deformation and camera, so `unreadable` is
computed from where each value's ink lands: outside the frame, under the thumb, or under glare."""

from __future__ import annotations

import math
import os

os.environ.setdefault("PYOPENGL_PLATFORM", "egl")
os.environ.setdefault("LP_NUM_THREADS", "0")  # llvmpipe rasterises in the calling thread: one core, as the brief asks

import numpy as np  # noqa: E402
from PIL import Image  # noqa: E402

if not hasattr(np, "infty"):  # pyrender 0.1.45's Mesh.bounds (used by shadow maps) still says np.infty (gone in numpy 2)
    np.infty = np.inf

_R = None


def renderer(w: int, h: int):
    global _R
    import pyrender

    if _R is None or (_R.viewport_width, _R.viewport_height) != (w, h):
        if _R is not None:
            _R.delete()
        _R = pyrender.OffscreenRenderer(w, h)
    return _R


def _look_at(eye, target, up=(0, 1, 0)) -> np.ndarray:
    eye, target, up = (np.asarray(v, float) for v in (eye, target, up))
    f = target - eye
    f /= np.linalg.norm(f)
    r = np.cross(f, up)
    r /= np.linalg.norm(r)
    u = np.cross(r, f)
    m = np.eye(4)
    m[:3, 0], m[:3, 1], m[:3, 2], m[:3, 3] = r, u, -f, eye
    return m


class Shape:
    """The page's surface z(x, y) in metres: bend, curl and fold parameters."""

    def __init__(self, W: float, H: float, rng, curl=0.0, fold=0.0, bend=0.0):
        self.W, self.H = W, H
        self.curl, self.fold, self.bend = curl, fold, bend
        a = float(rng.uniform(0, 2 * math.pi))
        self.cdir = np.array([math.cos(a), math.sin(a)])
        self.fold_vertical = rng.random() < 0.5
        self.fold_pos = float(rng.uniform(-0.15, 0.15))

    def z(self, x, y):
        z = self.bend * ((x / (self.W / 2)) ** 2)
        if self.curl:
            d = x * self.cdir[0] + y * self.cdir[1]
            dmax = abs(self.W / 2 * self.cdir[0]) + abs(self.H / 2 * self.cdir[1])
            t = np.clip((d - 0.55 * dmax) / (0.45 * dmax), 0, None)
            z = z + self.curl * t ** 2
        if self.fold:
            c = (x / self.W - self.fold_pos) if self.fold_vertical else (y / self.H - self.fold_pos)
            ridge = self.fold * (1 - np.minimum(np.abs(c) * 2, 1.0))  # fold > 0: the crease stands up
            valley = -self.fold * np.minimum(np.abs(c) * 2, 1.0)  # fold < 0: the crease on the desk, the ends lifted
            z = z + (ridge if self.fold > 0 else valley)
        return z


def page_mesh(shape: Shape, tex: np.ndarray, nx=48, ny=36, rough=0.85, sampler=None, emissive=False):
    import pyrender

    W, H = shape.W, shape.H
    xs, ys = np.meshgrid(np.linspace(-W / 2, W / 2, nx), np.linspace(H / 2, -H / 2, ny))
    zs = shape.z(xs, ys) + 0.0008
    V = np.stack([xs, ys, zs], -1)
    gx = np.gradient(zs, axis=1) / (W / (nx - 1))
    gy = np.gradient(zs, axis=0) / (-H / (ny - 1))
    N = np.stack([-gx, -gy, np.ones_like(zs)], -1)
    N /= np.linalg.norm(N, axis=-1, keepdims=True)
    uv = np.stack([(xs + W / 2) / W, (H / 2 - ys) / H], -1)
    uv[..., 1] = 1 - uv[..., 1]
    idx = np.arange(nx * ny).reshape(ny, nx)
    a, b, c, d = idx[:-1, :-1], idx[:-1, 1:], idx[1:, 1:], idx[1:, :-1]
    F = np.concatenate([np.stack([a, d, c], -1).reshape(-1, 3), np.stack([a, c, b], -1).reshape(-1, 3)])
    t = pyrender.Texture(source=Image.fromarray(tex), source_channels="RGB", sampler=sampler)
    if emissive:
        mat = pyrender.MetallicRoughnessMaterial(baseColorFactor=[0.02, 0.02, 0.02, 1], emissiveTexture=t,
                                                 emissiveFactor=[1, 1, 1], metallicFactor=0.0, roughnessFactor=0.3)
    else:
        mat = pyrender.MetallicRoughnessMaterial(baseColorTexture=t, metallicFactor=0.0, roughnessFactor=rough)
    prim = pyrender.Primitive(positions=V.reshape(-1, 3).astype(np.float32), normals=N.reshape(-1, 3).astype(np.float32),
                              texcoord_0=uv.reshape(-1, 2).astype(np.float32), indices=F, material=mat)
    return pyrender.Mesh([prim])


def quad(W, H, z, tex_rgba: np.ndarray | None = None, color=(1, 1, 1, 1), emissive=None, blend=False, rough=0.9):
    import pyrender

    kw = {}
    if tex_rgba is not None:
        ch = "RGBA" if tex_rgba.shape[-1] == 4 else "RGB"
        kw["baseColorTexture"] = pyrender.Texture(source=Image.fromarray(tex_rgba), source_channels=ch)
    if emissive is not None:
        kw["emissiveTexture"] = pyrender.Texture(source=Image.fromarray(emissive), source_channels="RGB")
        kw["emissiveFactor"] = [1, 1, 1]
    mat = pyrender.MetallicRoughnessMaterial(baseColorFactor=[float(c) for c in color], metallicFactor=0.0, roughnessFactor=rough,
                                             alphaMode="BLEND" if blend else "OPAQUE", **kw)
    xs, ys = np.meshgrid(np.linspace(-W / 2, W / 2, 3), np.linspace(H / 2, -H / 2, 3))
    V = np.stack([xs, ys, np.full_like(xs, z)], -1).reshape(-1, 3).astype(np.float32)
    uv = np.stack([(xs + W / 2) / W, (ys + H / 2) / H], -1).reshape(-1, 2).astype(np.float32)
    N = np.tile([0, 0, 1.0], (9, 1)).astype(np.float32)
    idx = np.arange(9).reshape(3, 3)
    a, b, c, d = idx[:-1, :-1], idx[:-1, 1:], idx[1:, 1:], idx[1:, :-1]
    F = np.concatenate([np.stack([a, d, c], -1).reshape(-1, 3), np.stack([a, c, b], -1).reshape(-1, 3)])
    prim = pyrender.Primitive(positions=V, normals=N, texcoord_0=uv, indices=F, material=mat)
    return pyrender.Mesh([prim])


def thumb_mesh(rng, skin):
    import pyrender
    import trimesh

    m = trimesh.creation.capsule(height=0.045, radius=0.0105, count=[16, 16])
    m.apply_scale([1.0, 0.85, 1.0])
    m.visual.vertex_colors = np.tile(np.array([*skin, 255], np.uint8), (len(m.vertices), 1))
    mat = pyrender.MetallicRoughnessMaterial(baseColorFactor=[skin[0] / 255, skin[1] / 255, skin[2] / 255, 1.0],
                                             metallicFactor=0.0, roughnessFactor=0.6)
    return m, pyrender.Mesh.from_trimesh(m, material=mat, smooth=True)


class Camera:
    def __init__(self, pose, yfov, w, h):
        self.pose, self.yfov, self.w, self.h = pose, yfov, w, h
        self.inv = np.linalg.inv(pose)

    def project(self, P: np.ndarray) -> np.ndarray:
        """World points (n,3) → pixel coordinates (n,2)."""
        Ph = np.c_[P, np.ones(len(P))] @ self.inv.T
        f = 1 / math.tan(self.yfov / 2)
        aspect = self.w / self.h
        xn = f / aspect * Ph[:, 0] / -Ph[:, 2]
        yn = f * Ph[:, 1] / -Ph[:, 2]
        return np.c_[(xn + 1) / 2 * self.w, (1 - yn) / 2 * self.h]


def render(spec: dict, page_rgb: np.ndarray, desk_rgb: np.ndarray, rng) -> tuple[np.ndarray, dict]:
    """Render the scene described by `spec` (sizes in metres, angles in degrees); returns linear-ish
    float RGB in [0,1] and the geometry needed to place field boxes (shape, camera, thumb hull, glare)."""
    import pyrender

    w, h = spec["px"]
    W, H = spec["page_m"]
    shape = Shape(W, H, rng, curl=spec.get("curl", 0.0), fold=spec.get("fold", 0.0), bend=spec.get("bend", 0.0))
    scene = pyrender.Scene(ambient_light=np.array(spec.get("ambient", (0.12, 0.12, 0.12))), bg_color=[0.1, 0.1, 0.1, 1.0])
    if spec.get("screen"):
        sampler = pyrender.Sampler(magFilter=9729, minFilter=9729)  # GL_LINEAR, no mipmaps: the pixel grid aliases
        scene.add(page_mesh(shape, page_rgb, nx=4, ny=4, sampler=sampler))
        bez = np.full((8, 8, 3), 18, np.uint8)
        scene.add(quad(W + 0.03, H + 0.03, 0.0004, bez, rough=0.4))
    if spec.get("screen"):  # a dim room: the desk barely lit, the panel self-lit (the scene is drawn FLAT)
        desk_rgb = (desk_rgb * 0.22).astype(np.uint8)
    scene.add(quad(spec.get("desk_m", 1.4), spec.get("desk_m", 1.4) * 0.75, 0.0, desk_rgb, rough=0.7))
    glare = None
    if spec.get("sleeve"):
        # the clear sleeve lies flat on the page: its reflection of a window (glare map, [0,1] over the page)
        # and a faint haze are laid over the page's texture, which the scene then lights and bends
        glare = spec["glare_map"]
        th, tw = page_rgb.shape[:2]
        gi = np.asarray(Image.fromarray((glare * 255).astype(np.uint8)).resize((tw, th), Image.BILINEAR), np.float32) / 255
        a = np.clip(gi * 0.96 + 0.04, 0, 1)[..., None]
        page_rgb = (page_rgb * (1 - a) + 255 * a).astype(np.uint8)
    if not spec.get("screen"):
        scene.add(page_mesh(shape, page_rgb, rough=spec.get("rough", 0.85)))
    thumb_hull = None
    tm = None
    if spec.get("thumb"):
        skin = spec["skin"]
        tm, tmesh = thumb_mesh(rng, skin)
        tpose = np.eye(4)
        ang = math.radians(spec["thumb_angle"])
        rot = np.array([[math.cos(ang), -math.sin(ang), 0], [math.sin(ang), math.cos(ang), 0], [0, 0, 1]])
        tpose[:3, :3] = rot @ np.array([[1, 0, 0], [0, 0, -1], [0, 1, 0]]).T
        tpose[:3, 3] = spec["thumb_pos"]
        scene.add(tmesh, pose=tpose)
        tm = tm.copy()
        tm.apply_transform(tpose)
    for L in spec["lights"]:
        kind, color, inten, pos, target = L
        pose = _look_at(pos, target, up=(0, 0, 1) if abs(pos[0] - target[0]) + abs(pos[1] - target[1]) < 1e-6 else (0, 0, 1))
        if kind == "dir":
            light = pyrender.DirectionalLight(color=color, intensity=inten)
        elif kind == "spot":
            light = pyrender.SpotLight(color=color, intensity=inten, innerConeAngle=0.35, outerConeAngle=0.8)
        else:
            light = pyrender.PointLight(color=color, intensity=inten)
        scene.add(light, pose=pose)
    cam = pyrender.PerspectiveCamera(yfov=math.radians(spec["yfov"]), aspectRatio=w / h, znear=0.02, zfar=5.0)
    R = renderer(w, h)
    flags = pyrender.RenderFlags.SHADOWS_DIRECTIONAL if spec.get("shadows") else pyrender.RenderFlags.NONE
    if spec.get("screen"):
        flags = pyrender.RenderFlags.FLAT  # the panel emits its own light: texture colours as they are
    eye, target = np.array(spec["eye"]), np.array(spec["target"])
    up = np.array(spec.get("up", (0, 1, 0)), float)
    jit = spec.get("jitter", [(0.0, 0.0, 0.0)])
    acc = np.zeros((h, w, 3), np.float64)
    node = None
    for dx, dy, dz in jit:
        pose = _look_at(eye + np.array([dx, dy, dz]), target if spec.get("defocus") else target + np.array([dx, dy, 0.0]), up)
        if node is None:
            node = scene.add(cam, pose=pose)
        else:
            scene.set_pose(node, pose)
        color, _ = R.render(scene, flags=flags)
        acc += color
    img = acc / (255.0 * len(jit))
    camera = Camera(_look_at(eye, target, up), math.radians(spec["yfov"]), w, h)
    if tm is not None:
        from scipy.spatial import ConvexHull

        pts = camera.project(np.asarray(tm.vertices))
        hull = ConvexHull(pts)
        thumb_hull = pts[hull.vertices]
    return img, {"shape": shape, "camera": camera, "thumb_hull": thumb_hull, "glare": glare}


def project_page(geo: dict, u: np.ndarray, v: np.ndarray) -> np.ndarray:
    """Page points given as fractions (u right, v down) → pixel coordinates."""
    sh: Shape = geo["shape"]
    x = (u - 0.5) * sh.W
    y = (0.5 - v) * sh.H
    z = sh.z(x, y) + 0.0008
    return geo["camera"].project(np.c_[x, y, z])


def hidden_fraction(geo: dict, box_uv: tuple[float, float, float, float], margin: float = 2.0) -> float:
    """The share of a run's ink (sampled along its box) that the photo does not show: outside the frame,
    under the thumb, or under glare strong enough to wash the ink out."""
    u0, v0, u1, v1 = box_uv
    n = max(4, int((u1 - u0) / max(v1 - v0, 1e-4) * 2))
    us, vs = np.meshgrid(np.linspace(u0, u1, n), np.linspace(v0 + (v1 - v0) * 0.2, v1 - (v1 - v0) * 0.2, 3))
    us, vs = us.ravel(), vs.ravel()
    px = project_page(geo, us, vs)
    cam = geo["camera"]
    bad = (px[:, 0] < margin) | (px[:, 0] > cam.w - margin) | (px[:, 1] < margin) | (px[:, 1] > cam.h - margin)
    if geo["thumb_hull"] is not None:
        from matplotlib.path import Path

        bad |= Path(geo["thumb_hull"]).contains_points(px)
    g = geo["glare"]
    if g is not None:
        gh, gw = g.shape
        su = np.clip(us * (gw - 1), 0, gw - 1).astype(int)
        sv = np.clip(vs * (gh - 1), 0, gh - 1).astype(int)
        bad |= g[sv, su] > 0.78
    return float(bad.mean())
