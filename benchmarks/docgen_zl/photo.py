"""Family ZL's photos, rendered by Panda3D offscreen with no X server (`window-type offscreen`; the
`pandagl` display module on EGL with Mesa's llvmpipe works headless — `p3tinydisplay` opens too but has
no shader generator, so no shadow maps): the page as a textured grid mesh (bent, curled, folded by
moving its vertices), on a textured desk, lit by Panda3D's lights (a window spotlight or a desk lamp
casting real shadow maps via setShadowCaster, a dim room's ambient), a thumb mesh holding the page, a
sleeve's glare sheet, a perspective lens at a 4–35° tilt; defocus and shake by averaging jittered
renders. Each capture also says which page points the frame shows (`project`), for `unreadable`."""

from __future__ import annotations

import math
import os

import numpy as np

_BASE = {}
W_PHOTO, H_PHOTO = 2592, 1944  # a 5 MP sensor (phones are downscaled later, 高拍仪 frames kept)


def base():
    if "b" in _BASE:
        return _BASE["b"]
    os.environ.setdefault("LP_NUM_THREADS", "1")  # llvmpipe on one thread: the machine is shared
    from panda3d.core import loadPrcFileData

    loadPrcFileData("", f"""
load-display pandagl
window-type offscreen
win-size {W_PHOTO} {H_PHOTO}
audio-library-name null
sync-video 0
framebuffer-multisample 0
textures-power-2 none
notify-level error
default-directnotify-level error
model-cache-dir
""")
    from direct.showbase.ShowBase import ShowBase

    b = ShowBase(windowType="offscreen")
    b.disableMouse()
    b.setBackgroundColor(0.1, 0.1, 0.1, 1)
    _BASE["b"] = b
    _BASE["renderer"] = b.win.getGsg().getDriverRenderer()
    return b


def shader():
    if "shader" not in _BASE:
        from panda3d.core import Shader

        here = os.path.dirname(__file__)
        _BASE["shader"] = Shader.load(Shader.SL_GLSL, vertex=os.path.join(here, "shade.vert"),
                                      fragment=os.path.join(here, "shade.frag"))
    return _BASE["shader"]


def renderer() -> str:
    base()
    return _BASE["renderer"]


def _texture(img: np.ndarray, mip: bool = True, name: str = "t"):
    from panda3d.core import SamplerState, Texture

    h, w = img.shape[:2]
    ch = img.shape[2] if img.ndim == 3 else 1
    t = Texture(name)
    t.setup2dTexture(w, h, Texture.T_unsigned_byte, Texture.F_rgba8 if ch == 4 else Texture.F_rgb8)
    # Panda's RAM images are bottom-up BGR(A)
    data = np.ascontiguousarray(img[::-1, :, [2, 1, 0, 3] if ch == 4 else [2, 1, 0]])
    t.setRamImage(data.tobytes())
    if mip:
        t.setMinfilter(SamplerState.FT_linear_mipmap_linear)
        t.setAnisotropicDegree(8)
    else:
        t.setMinfilter(SamplerState.FT_linear)
    t.setMagfilter(SamplerState.FT_linear)
    t.setWrapU(SamplerState.WM_clamp)
    t.setWrapV(SamplerState.WM_clamp)
    return t


def _grid(nx: int, ny: int, pos, name: str = "grid", color=None):
    """A grid mesh: pos(u, v) -> (x, y, z) for u, v in [0, 1]; normals by finite differences."""
    from panda3d.core import Geom, GeomNode, GeomTriangles, GeomVertexData, GeomVertexFormat, GeomVertexWriter

    fmt = GeomVertexFormat.getV3n3t2()
    vd = GeomVertexData(name, fmt, Geom.UH_static)
    vw, nw, tw = GeomVertexWriter(vd, "vertex"), GeomVertexWriter(vd, "normal"), GeomVertexWriter(vd, "texcoord")
    e = 1e-3
    for j in range(ny + 1):
        for i in range(nx + 1):
            u, v = i / nx, j / ny
            p = np.array(pos(u, v))
            du = np.array(pos(min(u + e, 1), v)) - np.array(pos(max(u - e, 0), v))
            dv = np.array(pos(u, min(v + e, 1))) - np.array(pos(u, max(v - e, 0)))
            n = np.cross(du, dv)
            n = n / (np.linalg.norm(n) + 1e-12)
            vw.addData3(*p)
            nw.addData3(*n)
            tw.addData2(u, v)
    tri = GeomTriangles(Geom.UH_static)
    for j in range(ny):
        for i in range(nx):
            a = j * (nx + 1) + i
            tri.addVertices(a, a + 1, a + nx + 2)
            tri.addVertices(a, a + nx + 2, a + nx + 1)
    g = Geom(vd)
    g.addPrimitive(tri)
    node = GeomNode(name)
    node.addGeom(g)
    return node


def _ellipsoid(rx: float, ry: float, rz: float, n: int = 18):
    def pos(u, v):
        th, ph = u * 2 * math.pi, (v - 0.5) * math.pi
        return (rx * math.cos(ph) * math.cos(th), ry * math.cos(ph) * math.sin(th), rz * math.sin(ph))
    return _grid(n, n, pos, "thumb")


class Scene:
    """One photo's scene. Units are mm; the page lies on the desk (z = 0) centred at the origin, x to
    the page's right, y to its top. `deform(u, v)` moves the page's vertices (curl, fold, bend)."""

    def __init__(self, page_img: np.ndarray, w_mm: float, h_mm: float, desk_img: np.ndarray, rng, opts: dict):
        from panda3d.core import (
            AmbientLight,
            ColorBlendAttrib,
            DirectionalLight,
            Material,
            PerspectiveLens,
            Spotlight,
            TransparencyAttrib,
        )

        b = base()
        self.b, self.rng, self.opts = b, rng, opts
        self.w, self.h = w_mm, h_mm
        self.root = b.render.attachNewNode("scene")
        self.root.setShader(shader())
        self.root.setShaderInput("shadow_texel", 1.0 / 768)
        self.curl, self.fold, self.bend = opts.get("curl", 0.0), opts.get("fold"), opts.get("bend", 0.0)
        page = self.root.attachNewNode(_grid(48, 36, self.pos, "page"))
        page.setTexture(_texture(page_img, name="page"), 1)
        m = Material()
        m.setDiffuse((1, 1, 1, 1))
        m.setAmbient((1, 1, 1, 1))
        m.setSpecular((0.08, 0.08, 0.08, 1))
        m.setShininess(20)
        page.setMaterial(m, 1)
        self.page = page
        # the desk: a big textured plane under the page
        D = max(w_mm, h_mm) * 3.2
        desk = self.root.attachNewNode(_grid(4, 4, lambda u, v: ((u - 0.5) * D, (v - 0.5) * D, -0.4), "desk"))
        desk.setTexture(_texture(desk_img, name="desk"), 1)
        dm = Material()
        dm.setDiffuse((1, 1, 1, 1))
        dm.setAmbient((1, 1, 1, 1))
        desk.setMaterial(dm, 1)
        # lights
        amb = AmbientLight("amb")
        a = opts["ambient"]
        amb.setColor((a * opts["tint"][0], a * opts["tint"][1], a * opts["tint"][2], 1))
        self.root.setLight(self.root.attachNewNode(amb))
        L = max(w_mm, h_mm)
        if opts["light"] == "window":
            sl = DirectionalLight("window")
            sl.setColor((opts["key"] * 1.0, opts["key"] * 0.98, opts["key"] * 0.95, 1))
            lens = sl.getLens()
            lens.setFilmSize(L * 2.2, L * 2.2)
            lens.setNearFar(10, L * 8)
            sl.setShadowCaster(True, 768, 768)
            ln = self.root.attachNewNode(sl)
            ang = opts["light_dir"]
            ln.setPos(L * 2 * math.cos(ang), L * 2 * math.sin(ang), L * 2.5)
            ln.lookAt(0, 0, 0)
        else:
            sl = Spotlight("lamp")
            sl.setColor((opts["key"] * 1.0, opts["key"] * 0.9, opts["key"] * 0.75, 1))
            sl.setExponent(6.0)
            sl.setAttenuation((1, 0, 0))
            lens = PerspectiveLens()
            lens.setFov(70)
            lens.setNearFar(10, L * 8)
            sl.setLens(lens)
            sl.setShadowCaster(True, 768, 768)
            ln = self.root.attachNewNode(sl)
            ang = opts["light_dir"]
            ln.setPos(L * 0.7 * math.cos(ang), L * 0.7 * math.sin(ang), L * 1.1)
            ln.lookAt(0, 0, 0)
        self.root.setLight(ln)
        # a thumb holding the page at an edge, with its shadow
        self.thumb = None
        if opts.get("thumb"):
            tu, tv, tang = opts["thumb"]
            tx, ty = (tu - 0.5) * w_mm, (tv - 0.5) * h_mm
            th = self.root.attachNewNode(_ellipsoid(16.0, 10.0, 5.0))
            th.setPos(tx, ty, 4.4)
            th.setH(tang)
            th.setColor(0.86, 0.66, 0.55, 1)
            tm = Material()
            tm.setDiffuse((0.9, 0.7, 0.6, 1))
            tm.setAmbient((0.9, 0.7, 0.6, 1))
            tm.setSpecular((0.2, 0.2, 0.2, 1))
            tm.setShininess(12)
            th.setMaterial(tm, 1)
            self.thumb = (tx, ty, 16.0, 10.0, math.radians(tang))
        # a clear sleeve's glare: an additive sheet just above the page (its footprint is known)
        self.glare = None
        if opts.get("glare"):
            gu, gv, gr, gimg = opts["glare"]
            sheet = self.root.attachNewNode(_grid(2, 2, lambda u, v: ((u - 0.5) * w_mm * 1.04, (v - 0.5) * h_mm * 1.04, 1.2 + self.lift(u, v)), "sleeve"))
            sheet.setTexture(_texture(gimg, name="glare"), 1)
            sheet.setLightOff(1)
            sheet.setShaderOff(1)
            sheet.setTransparency(TransparencyAttrib.M_alpha)
            sheet.setAttrib(ColorBlendAttrib.make(ColorBlendAttrib.M_add, ColorBlendAttrib.O_incoming_alpha, ColorBlendAttrib.O_one))
            sheet.setDepthWrite(False)
            sheet.setBin("fixed", 10)
            self.glare = (gu, gv, gr)
        # camera
        self.lens = PerspectiveLens()
        self.fw, self.fh = opts.get("frame", (W_PHOTO, H_PHOTO))
        if self.fh > self.fw:  # an upright frame: the lens's long field runs vertically
            hf = 2 * math.degrees(math.atan(math.tan(math.radians(opts["fov"] / 2)) * self.fw / self.fh))
            self.lens.setFov(hf, opts["fov"])
        else:
            self.lens.setFov(opts["fov"])
            self.lens.setAspectRatio(self.fw / self.fh)
        b.cam.node().getDisplayRegion(0).setDimensions(0, self.fw / W_PHOTO, 1 - self.fh / H_PHOTO, 1)
        self.lens.setNearFar(5, L * 10)
        b.cam.node().setLens(self.lens)

    def lift(self, u: float, v: float) -> float:
        return self.pos(u, v)[2]

    def pos(self, u: float, v: float):
        """The page point (u, v) in [0, 1]² after the page's curl, fold and bend."""
        x, y, z = (u - 0.5) * self.w, (v - 0.5) * self.h, 0.0
        if self.bend:
            z += self.bend * math.sin(math.pi * u) * (0.6 + 0.4 * math.cos(math.pi * v))
        if self.curl:  # the right edge lifts in a cylinder
            c0 = 0.78
            if u > c0:
                R = self.w * 0.22 / max(self.curl, 0.05)
                s = (u - c0) * self.w
                a = s / R
                x = (c0 - 0.5) * self.w + R * math.sin(a)
                z += R * (1 - math.cos(a))
        if self.fold is not None:  # a crease across the page at v = fold[0], the far part tilted up
            fv, fa = self.fold
            if v > fv:
                d = (v - fv) * self.h
                y = (fv - 0.5) * self.h + d * math.cos(fa)
                z += d * math.sin(fa)
        return (x, y, z)

    def aim(self, tilt_deg: float, yaw_deg: float, dist: float, look=(0.0, 0.0), roll=0.0):
        self.cam_params = (tilt_deg, yaw_deg, dist, look, roll)
        self._place(0.0, 0.0, 0.0, 0.0)

    def _place(self, jx, jy, jh, jp):
        tilt, yaw, dist, look, roll = self.cam_params
        cam = self.b.camera
        t, yw = math.radians(tilt), math.radians(yaw)
        # the camera sits above the look point, pulled back by the tilt towards the page's bottom
        cx = look[0] + dist * math.sin(t) * math.sin(yw) + jx
        cy = look[1] - dist * math.sin(t) * math.cos(yw) + jy
        cz = dist * math.cos(t)
        cam.setPos(cx, cy, cz)
        cam.lookAt(look[0], look[1], 0)
        cam.setR(cam.getR() + roll)
        cam.setH(cam.getH() + jh)
        cam.setP(cam.getP() + jp)

    def project(self, pts_uv) -> np.ndarray:
        """Pixel coordinates (x, y) in the frame of page points (u, v); NaN where behind the camera."""
        from panda3d.core import Point2, Point3

        self._place(0, 0, 0, 0)
        cam = self.b.camera
        out = np.full((len(pts_uv), 2), np.nan)
        for i, (u, v) in enumerate(pts_uv):
            p = Point3(*self.pos(u, v))
            pc = cam.getRelativePoint(self.root, p)
            p2 = Point2()
            if pc.y > 0:
                self.lens.project(pc, p2)
                out[i] = ((p2.x + 1) / 2 * self.fw, (1 - p2.y) / 2 * self.fh)
        return out

    def shoot(self, frames: int, shake_deg: float, aperture_mm: float) -> np.ndarray:
        """The photo: `frames` renders averaged, each with the camera jittered (shake turns it,
        defocus moves it over the aperture while it keeps looking at the same point)."""
        acc = None
        for f in range(frames):
            if frames == 1:
                self._place(0, 0, 0, 0)
            else:
                a = 2 * math.pi * f / frames
                r = aperture_mm * math.sqrt((f + 0.5) / frames)
                self._place(r * math.cos(a), r * math.sin(a), shake_deg * (f / max(frames - 1, 1) - 0.5),
                            shake_deg * 0.4 * math.sin(a))
            self.b.graphicsEngine.renderFrame()
            img = grab(self.b)[:self.fh, :self.fw]
            acc = img.astype(np.float32) if acc is None else acc + img
        return (acc / frames + 0.5).astype(np.uint8)

    def close(self):
        self.root.removeNode()
        from panda3d.core import TexturePool

        TexturePool.releaseAllTextures()


def grab(b) -> np.ndarray:
    tex = b.win.getScreenshot()
    data = np.frombuffer(tex.getRamImageAs("RGB").getData(), np.uint8)
    return data.reshape(tex.getYSize(), tex.getXSize(), 3)[::-1].copy()
