"""Family AF's photo scenes as numbers: the page mesh (flat, bent, curled, folded), the thumb, the
monitor bezel / 高拍仪 base plate, the camera's view and projection. Pure Python, shared by the Kivy
renderer (kivy_photo.py, which draws these meshes) and the generator (which projects field boxes to
decide what a frame cut off or a thumb covered). Units: millimetres; the page lies in z=0 centred on
the origin, x to the right, y up; texture v grows downward from the page's top edge."""

from __future__ import annotations

import math


def _sub(a, b):
    return [a[0] - b[0], a[1] - b[1], a[2] - b[2]]


def _cross(a, b):
    return [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]]


def _norm(a):
    n = math.sqrt(sum(x * x for x in a)) or 1.0
    return [x / n for x in a]


def _dot(a, b):
    return sum(x * y for x, y in zip(a, b, strict=True))


def matmul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(4)) for j in range(4)] for i in range(4)]


def look_at(eye, target, up):
    f = _norm(_sub(target, eye))
    s = _norm(_cross(f, up))
    u = _cross(s, f)
    return [[s[0], s[1], s[2], -_dot(s, eye)], [u[0], u[1], u[2], -_dot(u, eye)],
            [-f[0], -f[1], -f[2], _dot(f, eye)], [0, 0, 0, 1]]


def perspective(fovy_deg, aspect, near, far):
    f = 1.0 / math.tan(math.radians(fovy_deg) / 2)
    return [[f / aspect, 0, 0, 0], [0, -f, 0, 0],  # y flipped: row 0 of the read-back is the top
            [0, 0, (far + near) / (near - far), 2 * far * near / (near - far)], [0, 0, -1, 0]]


def camera(job: dict) -> list:
    """The model-view-projection matrix (rows) of a job's camera."""
    eye, target, up = job["eye"], job["target"], job["up"]
    return matmul(perspective(job["fovy"], job["W"] / job["H"], 20.0, 5000.0), look_at(eye, target, up))


def project(mvp: list, p, W: int, H: int):
    v = [sum(mvp[i][k] * c for k, c in enumerate([p[0], p[1], p[2], 1.0])) for i in range(4)]
    if v[3] <= 1e-6:
        return None
    return ((v[0] / v[3] + 1) / 2 * W, (v[1] / v[3] + 1) / 2 * H)


def height(job: dict, x: float, y: float) -> float:
    """The page's lift (mm) at page point (x, y): bent = bowed across, curl = one edge rolling up,
    fold = a letter fold's ridge, wave = a page that was folded in four and opened again."""
    pw, ph, a = job["pw"], job["ph"], job.get("amp", 0.0)
    shape = job.get("shape", "flat")
    if shape == "bent":
        return a * math.cos(math.pi * x / pw)
    if shape == "curl":
        t = (x - pw * 0.15) / (pw * 0.35)
        return a * max(0.0, t) ** 2
    if shape == "fold":
        return a * max(0.0, 1 - abs(y) / (ph / 2))
    if shape == "wave":
        return a * (abs(math.sin(math.pi * x / pw)) + 0.6 * max(0.0, 1 - abs(y) / (ph / 2)))
    return 0.0


def page_point(job: dict, u: float, v: float):
    """Texture (u, v) → the 3-D point of the page."""
    x = (u - 0.5) * job["pw"]
    y = (0.5 - v) * job["ph"]
    return (x, y, height(job, x, y))


def page_mesh(job: dict, nx: int = 36, ny: int = 36):
    """Vertices (x, y, z, u, v, nx, ny, nz, kind, r, g, b) and triangle indices of the page grid."""
    verts, idx = [], []
    e = 0.5
    for j in range(ny + 1):
        for i in range(nx + 1):
            u, v = i / nx, j / ny
            x, y, z = page_point(job, u, v)
            dzx = (height(job, x + e, y) - height(job, x - e, y)) / (2 * e)
            dzy = (height(job, x, y + e) - height(job, x, y - e)) / (2 * e)
            n = _norm([-dzx, -dzy, 1.0])
            verts += [x, y, z, u, v, n[0], n[1], n[2], 0.0, 1.0, 1.0, 1.0]
    for j in range(ny):
        for i in range(nx):
            a = j * (nx + 1) + i
            idx += [a, a + 1, a + nx + 2, a, a + nx + 2, a + nx + 1]
    return verts, idx


def quad(x0, y0, x1, y1, z, kind, col):
    verts = []
    for (x, y) in ((x0, y0), (x1, y0), (x1, y1), (x0, y1)):
        verts += [x, y, z, 0.0, 0.0, 0.0, 0.0, 1.0, float(kind), *col]
    return verts, [0, 1, 2, 0, 2, 3]


def thumb(job: dict):
    """A thumb resting on the page over texture point (u, v): an ellipse fan raised above the page,
    its normals bulging so the light shades it like a finger."""
    u, v, r = job["thumb"]
    cx, cy, cz = page_point(job, u, v)
    rx, ry = r * job["pw"], r * job["pw"] * 1.5
    ang = math.radians(job.get("thumb_angle", 20.0))
    col = job.get("skin", [0.86, 0.66, 0.55])
    verts = [cx, cy, cz + 9.0, 0.0, 0.0, 0.0, 0.0, 1.0, 2.0, *col]
    idx = []
    n = 40
    for k in range(n + 1):
        t = 2 * math.pi * k / n
        ex, ey = rx * math.cos(t), ry * math.sin(t)
        x = cx + ex * math.cos(ang) - ey * math.sin(ang)
        y = cy + ex * math.sin(ang) + ey * math.cos(ang)
        nn = _norm([math.cos(t) * math.cos(ang) - math.sin(t) * math.sin(ang),
                    math.cos(t) * math.sin(ang) + math.sin(t) * math.cos(ang), 0.6])
        verts += [x, y, cz + 5.0, 0.0, 0.0, nn[0], nn[1], nn[2], 2.0, *col]
        if k:
            idx += [0, k, k + 1]
    # the rest of the finger, running off the page's edge
    return verts, idx


def thumb_box(job: dict):
    """The thumb's footprint in texture coordinates (u0, v0, u1, v1), generous."""
    u, v, r = job["thumb"]
    ru = r * 1.5
    rv = r * 1.5 * job["pw"] / job["ph"]
    return (u - ru, v - rv, u + ru, v + rv)
