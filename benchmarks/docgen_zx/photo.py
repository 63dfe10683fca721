"""Family ZX's photos, 高拍仪 frames, sleeves and photographed screens, rendered by PyBullet's TinyRenderer
(its CPU software rasteriser, `getCameraImage(renderer=ER_TINY_RENDERER)`): the page is a textured mesh
written as an .obj with UVs (flat, bent, curled or folded), lying on a desk plane; a thumb and fingers are
capsule-like meshes; the camera is a perspective camera; TinyRenderer's light direction gives the shading
and its shadow map the shadows. The segmentation mask it returns tells which character centres the page
really shows (a thumb over them, or out of the frame, makes the field unreadable)."""

from __future__ import annotations

import math
import random
from pathlib import Path

import numpy as np


def _page_obj(path: Path, w: float, h: float, shape: str, amt: float, nx: int = 36, ny: int = 36) -> None:
    """The page as a grid mesh in metres, lying in z=0 (y up the page), with UVs; `shape` bends it."""
    vs, vts, fs = [], [], []
    for j in range(ny + 1):
        for i in range(nx + 1):
            u, v = i / nx, j / ny
            x, y = (u - 0.5) * w, (0.5 - v) * h
            vs.append((x, y, z_of(shape, amt, u, v, w, h)))
            vts.append((u, 1 - v))
    for j in range(ny):
        for i in range(nx):
            a = j * (nx + 1) + i + 1
            b, c, d = a + 1, a + nx + 2, a + nx + 1
            fs.append((a, d, c))
            fs.append((a, c, b))
    with path.open("w") as f:
        for x, y, z in vs:
            f.write(f"v {x:.5f} {y:.5f} {z:.5f}\n")
        for u, v in vts:
            f.write(f"vt {u:.5f} {v:.5f}\n")
        f.write("vn 0 0 1\n")
        for a, b, c in fs:
            f.write(f"f {a}/{a}/1 {b}/{b}/1 {c}/{c}/1\n")


def z_of(shape: str, amt: float, u: float, v: float, w: float, h: float) -> float:
    if shape == "bent":  # a page bowed along its length
        return amt * math.sin(math.pi * u) * 0.6
    if shape == "curl":  # one edge lifting (held, or off a stack)
        return amt * max(0.0, (u - 0.65) / 0.35) ** 2
    if shape == "fold":  # an old fold across the middle, the halves tilted up
        return amt * abs(v - 0.5) * 0.8 + 0.002
    return 0.0


def _box_obj(path: Path, sx: float, sy: float, sz: float) -> None:
    vs = [(x * sx / 2, y * sy / 2, z * sz / 2) for x in (-1, 1) for y in (-1, 1) for z in (-1, 1)]
    faces = [(1, 3, 4, 2), (5, 6, 8, 7), (1, 2, 6, 5), (3, 7, 8, 4), (1, 5, 7, 3), (2, 4, 8, 6)]
    with path.open("w") as f:
        for v in vs:
            f.write("v {:.5f} {:.5f} {:.5f}\n".format(*v))
        f.write("vt 0 0\nvt 1 0\nvt 1 1\nvt 0 1\n")
        for a, b, c, d in faces:
            f.write(f"f {a}/1 {b}/2 {c}/3\nf {a}/1 {c}/3 {d}/4\n")


def render(tmp: Path, tex_png: Path, page_wh_m: tuple[float, float], setup: dict, centres: dict[str, list],
           page_px: tuple[int, int]) -> tuple[np.ndarray, dict[str, bool], dict]:
    """Render one photo; returns (RGB frame, field -> some character not seen, info). `centres`: field ->
    character centres in page pixels (page_px the page's pixel size)."""
    import pybullet as p

    rng = random.Random(setup["seed"])
    cid = p.connect(p.DIRECT)
    try:
        w, h = page_wh_m
        obj = tmp / "page.obj"
        _page_obj(obj, w, h, setup["shape"], setup["amt"])
        page_pos = [setup.get("dx", 0.0), setup.get("dy", 0.0), 0.001]
        page_orn = p.getQuaternionFromEuler([0, 0, math.radians(setup.get("yaw", 0.0))])
        vis = p.createVisualShape(p.GEOM_MESH, fileName=str(obj), meshScale=[1, 1, 1], physicsClientId=cid)
        page = p.createMultiBody(baseVisualShapeIndex=vis, basePosition=page_pos, baseOrientation=page_orn, physicsClientId=cid)
        tex = p.loadTexture(str(tex_png), physicsClientId=cid)
        p.changeVisualShape(page, -1, textureUniqueId=tex, rgbaColor=[1, 1, 1, 1], physicsClientId=cid)
        # the desk (or the 高拍仪's mat, or the monitor's bezel)
        desk_obj = tmp / "desk.obj"
        _box_obj(desk_obj, 3.0, 3.0, 0.02)
        dvis = p.createVisualShape(p.GEOM_MESH, fileName=str(desk_obj), rgbaColor=setup["desk"], physicsClientId=cid)
        p.createMultiBody(baseVisualShapeIndex=dvis, basePosition=[0, 0, -0.0102], physicsClientId=cid)
        extra = []
        for k, (fx, fy, ang, ln, rad) in enumerate(setup.get("fingers", [])):
            fo = tmp / f"finger{k}.obj"
            _box_obj(fo, ln, rad * 2, rad * 1.6)
            fv = p.createVisualShape(p.GEOM_MESH, fileName=str(fo), rgbaColor=[0.86, 0.66, 0.55, 1], physicsClientId=cid)
            # (fx, fy): the fingertip on the page (fractions); `ang`: the direction it points into the page
            a = math.radians(ang)
            bx = page_pos[0] + (fx - 0.5) * w - math.cos(a) * ln / 2
            by = page_pos[1] + (0.5 - fy) * h - math.sin(a) * ln / 2
            extra.append(p.createMultiBody(baseVisualShapeIndex=fv, basePosition=[bx, by, rad + 0.004],
                                           baseOrientation=p.getQuaternionFromEuler([0, 0, math.radians(ang)]), physicsClientId=cid))
        for k, (bx, by, sx, sy, sz, col) in enumerate(setup.get("props", [])):
            po = tmp / f"prop{k}.obj"
            _box_obj(po, sx, sy, sz)
            pv = p.createVisualShape(p.GEOM_MESH, fileName=str(po), rgbaColor=col, physicsClientId=cid)
            p.createMultiBody(baseVisualShapeIndex=pv, basePosition=[bx, by, sz / 2], physicsClientId=cid)
        W, H = setup["res"]
        dist, tilt, az = setup["dist"], setup["tilt"], setup["az"]
        target = [setup.get("tx", 0.0), setup.get("ty", 0.0), 0.0]
        view = p.computeViewMatrixFromYawPitchRoll(target, dist, az, -90 + tilt, setup.get("roll", 0.0), 2, physicsClientId=cid)
        proj = p.computeProjectionMatrixFOV(setup["fov"], W / H, 0.05, 5.0, physicsClientId=cid)
        img = p.getCameraImage(W, H, view, proj, shadow=1 if setup.get("shadow", True) else 0,
                               lightDirection=setup["light"], lightColor=[1, 1, 1], lightDistance=3.0,
                               lightAmbientCoeff=setup.get("amb", 0.55), lightDiffuseCoeff=setup.get("diff", 0.45),
                               lightSpecularCoeff=setup.get("spec", 0.05), renderer=p.ER_TINY_RENDERER,
                               physicsClientId=cid)
        rgb = np.reshape(np.asarray(img[2], dtype=np.uint8), (H, W, 4))[:, :, :3]
        seg = np.reshape(np.asarray(img[4]), (H, W))
        V = np.asarray(view, dtype=np.float64).reshape(4, 4).T
        P = np.asarray(proj, dtype=np.float64).reshape(4, 4).T
        R = np.asarray(p.getMatrixFromQuaternion(page_orn), dtype=np.float64).reshape(3, 3)
        lost: dict[str, bool] = {}
        pw, ph = page_px
        pts_img = {}
        for key, cs in centres.items():
            bad = False
            pl = []
            for cx, cy in cs:
                u, v = cx / pw, cy / ph
                loc = np.array([(u - 0.5) * w, (0.5 - v) * h, z_of(setup["shape"], setup["amt"], u, v, w, h)])
                wp = R @ loc + np.array(page_pos)
                c = P @ V @ np.array([*wp, 1.0])
                x_ndc, y_ndc = c[0] / c[3], c[1] / c[3]
                px, py = (x_ndc + 1) / 2 * W, (1 - y_ndc) / 2 * H
                pl.append((px, py))
                ix, iy = int(px), int(py)
                if not (0 <= ix < W and 0 <= iy < H) or seg[iy, ix] != page:
                    bad = True
            lost[key] = bad
            pts_img[key] = pl
        return rgb.copy(), lost, {"pts": pts_img, "rng": rng.random()}
    finally:
        p.disconnect(physicsClientId=cid)
