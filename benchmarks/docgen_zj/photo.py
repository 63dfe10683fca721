"""Family ZJ's camera captures, rendered by VTK offscreen (EGL on Mesa's llvmpipe, no X server): the
page as a textured plane mesh bent, curled or folded by moving its points, on a textured desk, lit by
vtkLights (window, desk lamp, dim room), seen by a perspective vtkCamera at 4–35° tilt, with shadow
a cast shadow sheet, a thumb mesh, sleeve glare as an unlit specular sheet, defocus and shake by
averaging jittered cameras; sensor noise (PyWavelets) and JPEG after. Which value characters the
frame hides is computed geometrically: a ray from the camera to each character's centre on the bent
page, tested against the thumb's ellipsoid, the glare sheet's opacity and the frame's edges."""

from __future__ import annotations

import math
import os
from functools import lru_cache

os.environ.setdefault("VTK_DEFAULT_OPENGL_WINDOW", "vtkEGLRenderWindow")  # headless: never try X
os.environ.setdefault("LP_NUM_THREADS", "1")  # llvmpipe on one thread: same pixels every run

import numpy as np  # noqa: E402
import vtk  # noqa: E402
from PySide6.QtCore import QPointF, Qt  # noqa: E402
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPen, QRadialGradient  # noqa: E402
from vtk.util.numpy_support import numpy_to_vtk, vtk_to_numpy  # noqa: E402

from benchmarks.docgen_zj import faces as F  # noqa: E402
from benchmarks.docgen_zj.render import qimage_to_np  # noqa: E402

vtk.vtkObject.GlobalWarningDisplayOff()
_RW = None


def window() -> vtk.vtkRenderWindow:
    global _RW
    if _RW is None:
        rw = vtk.vtkRenderWindow()
        rw.SetOffScreenRendering(1)
        rw.SetMultiSamples(0)
        rw.SetSize(64, 64)
        _RW = rw
    return _RW


def _texture(rgb: np.ndarray, alpha: np.ndarray | None = None, mip: bool = True) -> vtk.vtkTexture:
    h, w = rgb.shape[:2]
    arr = rgb if alpha is None else np.dstack([rgb, alpha])
    arr = np.ascontiguousarray(np.flipud(arr)).reshape(h * w, arr.shape[2])
    img = vtk.vtkImageData()
    img.SetDimensions(w, h, 1)
    img.GetPointData().SetScalars(numpy_to_vtk(arr, deep=True, array_type=vtk.VTK_UNSIGNED_CHAR))
    t = vtk.vtkTexture()
    t.SetInputData(img)
    t.InterpolateOn()
    if mip:
        t.MipmapOn()
    t.SetColorModeToDirectScalars()
    t.RepeatOff()
    t.EdgeClampOn()
    return t


def pick(rng: np.random.Generator, seq):
    return seq[int(rng.integers(len(seq)))]


def desk_pick(rng: np.random.Generator, kinds: list[str]) -> str:
    return pick(rng, kinds)


@lru_cache(maxsize=32)
def desk_image(kind: str, variant: int, size: int = 768) -> np.ndarray:
    """A desk surface drawn with QPainter: wood grain, grey laminate, dark wood, fabric, a counter
    (three variants of each, drawn once per process: a pure function of kind and variant)."""
    F.app()
    rng = np.random.default_rng([variant, len(kind), ord(kind[0])])
    img = QImage(size, size, QImage.Format.Format_RGB32)
    base = {"wood": "#a87a4f", "dark": "#4a3426", "laminate": "#c9c6bf", "fabric": "#5a6b7c",
            "counter": "#e6e2da", "green": "#3d5e48"}[kind]
    img.fill(QColor(base))
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    c0 = QColor(base)
    if kind in ("wood", "dark"):
        for _ in range(140):
            y = float(rng.uniform(0, size))
            col = c0.darker(int(rng.integers(104, 135))) if rng.random() < 0.6 else c0.lighter(int(rng.integers(104, 120)))
            p.setPen(QPen(col, float(rng.uniform(0.6, 3.5))))
            amp, per, ph = float(rng.uniform(1, 9)), float(rng.uniform(120, 600)), float(rng.uniform(0, 6.3))
            pts = [QPointF(x, y + amp * math.sin(x / per * 6.28 + ph)) for x in range(0, size + 16, 16)]
            p.drawPolyline(pts)
    elif kind == "fabric":
        for i in range(0, size, 3):
            p.setPen(QPen(c0.darker(int(rng.integers(100, 125))), 1))
            p.drawLine(0, i, size, i)
            p.setPen(QPen(c0.lighter(int(rng.integers(100, 118))), 1))
            p.drawLine(i, 0, i, size)
    else:
        for _ in range(1400):
            p.setPen(Qt.PenStyle.NoPen)
            col = c0.darker(int(rng.integers(100, 112))) if rng.random() < 0.5 else c0.lighter(int(rng.integers(100, 108)))
            p.setBrush(QBrush(col))
            r = float(rng.uniform(1, 6))
            p.drawEllipse(QPointF(float(rng.uniform(0, size)), float(rng.uniform(0, size))), r, r)
    if rng.random() < 0.5:  # a pen or a coffee ring
        p.setPen(QPen(QColor(90, 60, 40, 120), 5))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawEllipse(QPointF(float(rng.uniform(0, size)), float(rng.uniform(0, size))), 40, 40)
    p.end()
    return qimage_to_np(img)


def glare_alpha(rng: np.random.Generator, w: int = 256, h: int = 256) -> np.ndarray:
    """The sleeve's specular sheet: a soft diagonal band with a hot core, drawn by QPainter (0..255)."""
    F.app()
    img = QImage(w, h, QImage.Format.Format_Grayscale8)
    img.fill(QColor(0, 0, 0))
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.translate(w * float(rng.uniform(0.25, 0.75)), h * float(rng.uniform(0.25, 0.75)))
    p.rotate(float(rng.uniform(-70, 70)))
    bw = w * float(rng.uniform(0.12, 0.3))
    g = QRadialGradient(QPointF(0, 0), bw)
    g.setColorAt(0.0, QColor(255, 255, 255))
    g.setColorAt(0.35, QColor(235, 235, 235))
    g.setColorAt(1.0, QColor(0, 0, 0))
    p.scale(float(rng.uniform(1.8, 3.5)), 1.0)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(g))
    p.drawEllipse(QPointF(0, 0), bw, bw)
    p.end()
    return qimage_to_np(img)[:, :, 0]


class Shape:
    """The page's surface z(x, y) in mm (page centred at the origin, y up): flat, bent, curled, folded."""

    def __init__(self, kind: str, w: float, h: float, rng: np.random.Generator):
        self.kind, self.w, self.h = kind, w, h
        s = max(w, h)
        self.a = float(rng.uniform(0.015, 0.05)) * s
        self.side = int(rng.integers(4))
        self.edge = float(rng.uniform(0.12, 0.3))
        self.angle = float(rng.uniform(-0.5, 0.5))
        self.off = float(rng.uniform(-0.15, 0.15))

    def z(self, x: np.ndarray, y: np.ndarray) -> np.ndarray:
        w, h = self.w, self.h
        if self.kind == "bent":
            return self.a * np.clip(np.sin(np.pi * (x / w + 0.5)), 0, None) ** 1.5 * 0.8
        if self.kind == "curl":
            # one edge lifts: distance from the curl line, squared
            t = [(x / w + 0.5), (0.5 - x / w), (y / h + 0.5), (0.5 - y / h)][self.side]
            d = np.clip(self.edge - t, 0, None) / self.edge
            return self.a * 1.2 * d ** 2
        if self.kind == "fold":
            # a crease across the page (folded in three or in half and opened): a tent
            c, s_ = math.cos(self.angle), math.sin(self.angle)
            d = (x / w) * s_ + (y / h - self.off) * c
            return self.a * 0.9 * np.clip(1 - np.abs(d) / 0.35, 0, None) ** 1.3
        return np.zeros_like(x)


def _page_actor(tex: vtk.vtkTexture, shape: Shape, nx: int, ny: int, base_z: float = 0.0):
    w, h = shape.w, shape.h
    ps = vtk.vtkPlaneSource()
    ps.SetOrigin(-w / 2, -h / 2, 0)
    ps.SetPoint1(w / 2, -h / 2, 0)
    ps.SetPoint2(-w / 2, h / 2, 0)
    ps.SetResolution(nx, ny)
    ps.Update()
    pd = ps.GetOutput()
    pts = vtk_to_numpy(pd.GetPoints().GetData()).copy()
    pts[:, 2] = shape.z(pts[:, 0], pts[:, 1]) + base_z
    pd.GetPoints().SetData(numpy_to_vtk(pts, deep=True))
    nm = vtk.vtkPolyDataNormals()
    nm.SetInputData(pd)
    nm.SplittingOff()
    m = vtk.vtkPolyDataMapper()
    m.SetInputConnection(nm.GetOutputPort())
    a = vtk.vtkActor()
    a.SetMapper(m)
    a.SetTexture(tex)
    pr = a.GetProperty()
    pr.SetAmbient(0.25)
    pr.SetDiffuse(0.8)
    pr.SetSpecular(0.05)
    pr.SetSpecularPower(20)
    return a


def _ellipsoid_actor(c, r, rot_deg, color, spec=0.2):
    src = vtk.vtkSphereSource()
    src.SetThetaResolution(40)
    src.SetPhiResolution(24)
    src.SetRadius(1.0)
    tf = vtk.vtkTransform()
    tf.Translate(*c)
    tf.RotateZ(rot_deg)
    tf.Scale(*r)
    f = vtk.vtkTransformFilter()
    f.SetInputConnection(src.GetOutputPort())
    f.SetTransform(tf)
    m = vtk.vtkPolyDataMapper()
    m.SetInputConnection(f.GetOutputPort())
    a = vtk.vtkActor()
    a.SetMapper(m)
    pr = a.GetProperty()
    pr.SetColor(*color)
    pr.SetAmbient(0.3)
    pr.SetDiffuse(0.75)
    pr.SetSpecular(spec)
    pr.SetSpecularPower(15)
    return a


def _ray_hits_ellipsoid(cam: np.ndarray, pts: np.ndarray, c, r, rot_deg) -> np.ndarray:
    """For rays cam -> each point, whether the (rotated, scaled) ellipsoid lies between them."""
    th = math.radians(rot_deg)
    R = np.array([[math.cos(th), -math.sin(th), 0], [math.sin(th), math.cos(th), 0], [0, 0, 1]])
    inv = R.T
    o = (inv @ (cam - np.asarray(c)))[None, :] / np.asarray(r)
    d = ((inv @ (pts - cam).T).T) / np.asarray(r)
    a = (d * d).sum(1)
    b = 2 * (o * d).sum(1)
    cc = (o * o).sum(1) - 1
    disc = b * b - 4 * a * cc
    hit = disc > 0
    sq = np.sqrt(np.where(hit, disc, 0))
    t1 = (-b - sq) / (2 * a)
    return hit & (t1 > 0) & (t1 < 0.999)


def capture(page: np.ndarray, boxes: dict, size_mm, rng: np.random.Generator, *, out: tuple[int, int],
            desk: str, light: str, tilt: float, shape: str, thumb: bool, glare: bool, blur: str,
            fill: float, cut: bool, shadow: bool = False, screen: bool = False) -> tuple[np.ndarray, set[str]]:
    """Photograph the page; returns the frame (RGB uint8, out=(w, h)) and the fields it hides."""
    F.app()
    F.keep_none_alive()
    W, H = size_mm
    rw = window()
    rw.SetSize(*out)
    ren = vtk.vtkRenderer()
    rw.GetRenderers().RemoveAllItems()
    rw.AddRenderer(ren)
    shp = Shape(shape, W, H, rng)
    s = max(W, H)
    # desk
    dsz = s * 4
    dtex = _texture(desk_image(desk, int(rng.integers(3))), mip=True)
    dtex.RepeatOn()
    dtex.EdgeClampOff()
    dp = vtk.vtkPlaneSource()
    dp.SetOrigin(-dsz, -dsz, -0.6)
    dp.SetPoint1(dsz, -dsz, -0.6)
    dp.SetPoint2(-dsz, dsz, -0.6)
    tc = vtk.vtkTextureMapToPlane()
    tc.SetInputConnection(dp.GetOutputPort())
    tt = vtk.vtkTransformTextureCoords()
    tt.SetInputConnection(tc.GetOutputPort())
    tt.SetScale(float(rng.uniform(0.25, 0.5)), float(rng.uniform(0.25, 0.5)), 1)
    dm = vtk.vtkPolyDataMapper()
    dm.SetInputConnection(tt.GetOutputPort())
    da = vtk.vtkActor()
    da.SetMapper(dm)
    da.SetTexture(dtex)
    da.GetProperty().SetAmbient(0.2)
    da.GetProperty().SetDiffuse(0.8)
    da.GetProperty().SetSpecular(0.15 if desk in ("laminate", "counter") else 0.03)
    ren.AddActor(da)
    # page
    ptex = _texture(page[..., :3], page[..., 3] if page.shape[2] == 4 else None)  # a card: rounded corners
    pa = _page_actor(ptex, shp, 48 if shape != "flat" else 1, 48 if shape != "flat" else 1)
    if screen:
        pa.GetProperty().SetAmbient(0.95)
        pa.GetProperty().SetDiffuse(0.1)
    ren.AddActor(pa)
    # thumb(s)
    th = None
    if thumb:
        side = int(rng.integers(4))
        u = float(rng.uniform(0.15, 0.85))
        edge = [(-W / 2, (u - 0.5) * H, 0), (W / 2, (u - 0.5) * H, 180), ((u - 0.5) * W, -H / 2, 90), ((u - 0.5) * W, H / 2, -90)][side]
        tl = s * float(rng.uniform(0.09, 0.14)) if s > 150 else 22.0
        reach = tl * float(rng.uniform(0.35, 0.8))  # how far the tip comes in over the page
        ang = math.radians(edge[2])
        rot = edge[2] + float(rng.uniform(-25, 25))
        ra = math.radians(rot)
        r = (tl * 1.15, tl * 0.4, tl * 0.3)
        # the thumb comes from outside the page: its tip `reach` inside the edge, its base beyond it
        cx = edge[0] + math.cos(ang) * reach - math.cos(ra) * r[0]
        cy = edge[1] + math.sin(ang) * reach - math.sin(ra) * r[0]
        c = (cx, cy, r[2] * 0.7)
        tone = [(0.86, 0.67, 0.55), (0.78, 0.58, 0.45), (0.92, 0.74, 0.62), (0.70, 0.52, 0.40)][int(rng.integers(4))]
        ren.AddActor(_ellipsoid_actor(c, r, rot, tone))
        nail = (cx + math.cos(ra) * r[0] * 0.68, cy + math.sin(ra) * r[0] * 0.68, c[2] + r[2] * 0.62)
        ren.AddActor(_ellipsoid_actor(nail, (tl * 0.3, tl * 0.25, tl * 0.07), rot, (0.96, 0.84, 0.8), spec=0.6))
        th = [(c, r, rot)]
    # sleeve glare
    galpha = None
    gz = 1.2
    if glare:
        galpha = glare_alpha(rng)
        white = np.full(galpha.shape + (3,), 255, np.uint8)
        gtex = _texture(white, galpha, mip=False)
        gp = vtk.vtkPlaneSource()
        gp.SetOrigin(-W / 2 - 2, -H / 2 - 2, gz)
        gp.SetPoint1(W / 2 + 2, -H / 2 - 2, gz)
        gp.SetPoint2(-W / 2 - 2, H / 2 + 2, gz)
        gm = vtk.vtkPolyDataMapper()
        gm.SetInputConnection(gp.GetOutputPort())
        ga = vtk.vtkActor()
        ga.SetMapper(gm)
        ga.SetTexture(gtex)
        ga.GetProperty().LightingOff()
        ga.GetProperty().SetOpacity(0.97)
        ren.AddActor(ga)
    # lights
    ren.AutomaticLightCreationOff()
    ren.RemoveAllLights()
    level = {"bright": 1.0, "office": 0.85, "lamp": 0.75, "dim": 0.38}[light]
    win = vtk.vtkLight()
    win.SetPositional(True)
    win.SetConeAngle(80)
    wa = float(rng.uniform(0, 6.28))
    win.SetPosition(s * 2.5 * math.cos(wa), s * 2.5 * math.sin(wa), s * 3.0)
    win.SetFocalPoint(0, 0, 0)
    win.SetColor(0.92, 0.96, 1.0)
    win.SetIntensity(0.75 * level)
    ren.AddLight(win)
    if light in ("lamp", "office", "dim"):
        lamp = vtk.vtkLight()
        lamp.SetPositional(True)
        lamp.SetConeAngle(55)
        la = float(rng.uniform(0, 6.28))
        lamp.SetPosition(s * 0.9 * math.cos(la), s * 0.9 * math.sin(la), s * 1.3)
        lamp.SetFocalPoint(float(rng.uniform(-0.2, 0.2)) * W, float(rng.uniform(-0.2, 0.2)) * H, 0)
        lamp.SetColor(1.0, 0.88, 0.7) if light != "office" else lamp.SetColor(1.0, 1.0, 0.97)
        lamp.SetIntensity(0.6 * level)
        ren.AddLight(lamp)
    amb = vtk.vtkLight()
    amb.SetLightTypeToHeadlight()
    amb.SetIntensity(0.25 * level)
    ren.AddLight(amb)
    # a cast shadow (the phone and the hand over the page): an unlit dark sheet with a soft QPainter
    # alpha. vtkShadowMapPass was tried first and dropped: on llvmpipe it sampled the page's own
    # texture into the shadow lookup and printed a mirrored ghost of the page across it.
    if shadow:
        salpha = (glare_alpha(rng).astype(np.float32) * float(rng.uniform(0.35, 0.6))).astype(np.uint8)
        stex = _texture(np.zeros(salpha.shape + (3,), np.uint8), salpha, mip=False)
        sp = vtk.vtkPlaneSource()
        sz = s * 0.7
        cx0, cy0 = float(rng.uniform(-0.3, 0.3)) * W, float(rng.uniform(-0.3, 0.3)) * H
        sp.SetOrigin(cx0 - sz, cy0 - sz, 0.9)
        sp.SetPoint1(cx0 + sz, cy0 - sz, 0.9)
        sp.SetPoint2(cx0 - sz, cy0 + sz, 0.9)
        sm = vtk.vtkPolyDataMapper()
        sm.SetInputConnection(sp.GetOutputPort())
        sa = vtk.vtkActor()
        sa.SetMapper(sm)
        sa.SetTexture(stex)
        sa.GetProperty().LightingOff()
        ren.AddActor(sa)
    # camera
    cam = ren.GetActiveCamera()
    va = float(rng.uniform(52, 66))
    cam.SetViewAngle(va)
    aspect = out[0] / out[1]
    up_y = (W > H) == (out[0] > out[1])  # the page's y runs up the frame (else the page lies across it)
    need = (max(H, W / aspect) if up_y else max(W, H / aspect)) / fill  # the frame's height in mm
    d = need / 2 / math.tan(math.radians(va / 2))
    fx, fy = float(rng.uniform(-0.04, 0.04)) * W, float(rng.uniform(-0.04, 0.04)) * H
    if cut:
        ax = int(rng.integers(2))
        frac = float(rng.uniform(0.10, 0.22))
        if ax == 0:
            fx += (1 if rng.random() < 0.5 else -1) * W * frac
        else:
            fy += (1 if rng.random() < 0.5 else -1) * H * frac
    az = float(rng.uniform(0, 6.28))
    t = math.radians(tilt)
    pos = np.array([fx + d * math.sin(t) * math.cos(az), fy + d * math.sin(t) * math.sin(az), d * math.cos(t)])
    cam.SetFocalPoint(fx, fy, 0)
    cam.SetPosition(*pos)
    # view up: the page's long side along the frame's long side, plus a hand's roll
    roll = float(rng.uniform(-8, 8))
    ur = math.radians(roll)
    upv = (math.sin(ur), math.cos(ur), 0) if up_y else (math.cos(ur), -math.sin(ur), 0)
    cam.SetViewUp(*upv)
    cam.OrthogonalizeViewUp()
    ren.ResetCameraClippingRange()
    ren.UseFXAAOn()
    frames = []
    jit = []
    if blur == "defocus":
        rad = d * float(rng.uniform(0.004, 0.009))
        jit = [(rad * math.cos(k * 2.09), rad * math.sin(k * 2.09)) for k in range(3)]
    elif blur == "shake":
        dx, dy = float(rng.normal()), float(rng.normal())
        n = math.hypot(dx, dy) or 1
        ln = d * float(rng.uniform(0.004, 0.01))
        jit = [(dx / n * ln * k / 2, dy / n * ln * k / 2) for k in range(-1, 2)]
    base = np.array(pos)
    up = np.array(cam.GetViewUp())
    right = np.cross(np.array([fx, fy, 0]) - base, up)
    right /= np.linalg.norm(right)
    if jit:
        for jx, jy in jit:
            p2 = base + right * jx + up * jy
            cam.SetPosition(*p2)
            if blur == "shake":
                cam.SetFocalPoint(fx + (right * jx)[0], fy + (right * jx)[1] + (up * jy)[1], 0)
            rw.Render()
            frames.append(_grab(rw).astype(np.float32))
        cam.SetPosition(*base)
        cam.SetFocalPoint(fx, fy, 0)
        img = (sum(frames) / len(frames)).round().clip(0, 255).astype(np.uint8)
    else:
        rw.Render()
        img = _grab(rw)
    hidden = _hidden(boxes, shp, cam, aspect, out, th, galpha, gz)
    ren.RemoveAllViewProps()
    rw.GetRenderers().RemoveAllItems()
    return img, hidden


def _grab(rw) -> np.ndarray:
    w2i = vtk.vtkWindowToImageFilter()
    w2i.SetInput(rw)
    w2i.ShouldRerenderOff()
    w2i.SetInputBufferTypeToRGB()
    w2i.ReadFrontBufferOff()
    w2i.Update()
    im = w2i.GetOutput()
    w, h, _ = im.GetDimensions()
    a = vtk_to_numpy(im.GetPointData().GetScalars()).reshape(h, w, 3)
    return np.flipud(a).copy()


def _hidden(boxes, shp: Shape, cam, aspect, out, th, galpha, gz) -> set[str]:
    W, H = shp.w, shp.h
    camp = np.array(cam.GetPosition())
    m = cam.GetCompositeProjectionTransformMatrix(aspect, -1, 1)
    M = np.array([[m.GetElement(i, j) for j in range(4)] for i in range(4)])
    hidden = set()
    for field, bx in boxes.items():
        if not bx:
            continue
        b = np.asarray(bx)
        u = (b[:, 0] + b[:, 2]) / 2
        v = (b[:, 1] + b[:, 3]) / 2
        x = (u - 0.5) * W
        y = (0.5 - v) * H
        z = shp.z(x, y)
        pts = np.stack([x, y, z], 1)
        hom = np.c_[pts, np.ones(len(pts))] @ M.T
        ndc = hom[:, :2] / hom[:, 3:4]
        margin = 0.01
        out_of = (np.abs(ndc[:, 0]) > 1 - margin) | (np.abs(ndc[:, 1]) > 1 - margin) | (hom[:, 3] <= 0)
        hid = out_of
        if th is not None:
            for e in th:
                hid = hid | _ray_hits_ellipsoid(camp, pts, *e)
        if galpha is not None:
            t = (gz - camp[2]) / (pts[:, 2] - camp[2])
            gx = camp[0] + t * (pts[:, 0] - camp[0])
            gy = camp[1] + t * (pts[:, 1] - camp[1])
            gh, gw = galpha.shape
            gu = np.clip(((gx + W / 2 + 2) / (W + 4) * gw).astype(int), 0, gw - 1)
            gv = np.clip(((H / 2 + 2 - gy) / (H + 4) * gh).astype(int), 0, gh - 1)
            hid = hid | (galpha[gv, gu] > 235)  # ≥ 92 % white over the ink
        if hid.any():
            hidden.add(field)
    return hidden
