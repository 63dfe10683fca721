"""Family ZO's camera: Open3D's offscreen renderer (Filament PBR, headless through EGL on Mesa —
no X server) draws the page as a textured mesh bent, curled or folded by moving its vertices, lying
on a textured desk under a window's sun, a desk lamp's spot or a dim room, with shadows, a thumb, a
clear sleeve's glare, seen by a perspective camera tilted 4–35°; defocus and shake are several
jittered renders averaged. The frame is then mosaicked to an RGGB Bayer CFA with shot and read
noise, written as a DNG (tifffile) and developed by RawTherapee's CLI under one of several `.pp3`
profiles (demosaic, white balance, sharpening, noise reduction, tone curve: different phones' ISPs)."""

from __future__ import annotations

import math
import os
import subprocess
from pathlib import Path

import numpy as np

os.environ.setdefault("EGL_PLATFORM", "surfaceless")
W, H = 2000, 1500  # the render; phones' own photos downscaled by the workstation
_R = None


def renderer():
    global _R
    if _R is None:
        import open3d as o3d  # noqa: F401
        import open3d.visualization.rendering as rendering
        os.environ.pop("DISPLAY", None)
        _R = rendering.OffscreenRenderer(W, H)
        v = _R.scene.view
        v.set_ambient_occlusion(False)
        v.set_antialiasing(False)
    return _R


def _o3d():
    import open3d as o3d
    import open3d.visualization.rendering as rendering
    return o3d, rendering


def desk_texture(rng, kind: str) -> np.ndarray:
    """Wood grain, a grey laminate or a dark counter: a small tile (numpy only fills the bytes)."""
    h, w = 512, 512
    y, x = np.mgrid[0:h, 0:w].astype(np.float32)
    if kind == "wood":
        base = np.array(rng.choice([[150, 105, 70], [180, 140, 95], [110, 75, 50]]), np.float32)
        g = np.sin((y + 12 * np.sin(x / 57 + rng.random() * 6)) / (3 + rng.random() * 3)) * 0.5 + 0.5
        t = base * (0.82 + 0.18 * g[..., None])
    elif kind == "laminate":
        base = np.array(rng.choice([[200, 200, 195], [170, 175, 180], [225, 220, 210]]), np.float32)
        t = base + rng.normal(0, 4, (h, w, 1)).astype(np.float32)
    else:
        base = np.array(rng.choice([[60, 62, 66], [40, 40, 45], [85, 70, 60]]), np.float32)
        t = base + rng.normal(0, 6, (h, w, 1)).astype(np.float32)
    return np.clip(t, 0, 255).astype(np.uint8)


def page_mesh(o3d, wm: float, hm: float, bend, nx=48, ny=48):
    """A grid over the page (metres, top-left at the origin, y up so the page spans y ∈ [-hm, 0])
    with its z from `bend(x, y)`; uv from the page raster."""
    xs, ys = np.meshgrid(np.linspace(0, wm, nx), np.linspace(0, -hm, ny))
    z = bend(xs, ys)
    v = np.stack([xs.ravel(), ys.ravel(), z.ravel()], 1)
    i, j = np.meshgrid(np.arange(nx - 1), np.arange(ny - 1))
    a = (j * nx + i).ravel()
    tri = np.concatenate([np.stack([a, a + nx, a + 1], 1), np.stack([a + 1, a + nx, a + nx + 1], 1)])
    uv = np.stack([xs.ravel() / wm, 1 + ys.ravel() / hm], 1)
    m = o3d.geometry.TriangleMesh()
    m.vertices = o3d.utility.Vector3dVector(v)
    m.triangles = o3d.utility.Vector3iVector(tri.astype(np.int32))
    m.triangle_uvs = o3d.utility.Vector2dVector(uv[tri.ravel()])
    m.compute_vertex_normals()
    return m


def make_bend(rng, wm, hm, kind: str):
    if kind == "curl":
        amp, side = (0.01 + rng.random() * 0.02) * max(wm, hm), rng.integers(4)
        def f(x, y):
            u = [x / wm, 1 - x / wm, -y / hm, 1 + y / hm][side]
            return amp * np.clip(u - 0.7, 0, None) ** 2 / 0.09
        return f
    if kind == "fold":
        axis, depth = rng.integers(2), 0.004 + rng.random() * 0.008
        def f(x, y):
            u = x / wm if axis == 0 else -y / hm
            return depth * (1 - np.abs(2 * u - 1))
        return f
    if kind == "wave":
        amp, k = 0.002 + rng.random() * 0.004, 1 + rng.random() * 2
        def f(x, y):
            return amp * np.sin(k * math.pi * x / wm + 1.0) * np.cos(math.pi * y / hm)
        return f
    return lambda x, y: np.zeros_like(x)


def shoot(page_rgb: np.ndarray, wm: float, hm: float, rng, spec: dict) -> tuple[np.ndarray, callable]:
    """Render the page (an RGB array covering wm × hm metres) per `spec`; returns the sRGB frame
    (H, W, 3 uint8) and `project(x_mm, y_mm) -> (u, v)` pixels of a point on the page."""
    o3d, rendering = _o3d()
    r = renderer()
    sc = r.scene
    sc.clear_geometry()
    sc.set_background([0.1, 0.1, 0.1, 1.0])
    bend = make_bend(rng, wm, hm, spec["bend"])
    mat = rendering.MaterialRecord()
    mat.shader = "defaultLit"
    mat.albedo_img = o3d.geometry.Image(np.ascontiguousarray(page_rgb))
    mat.base_roughness = 0.75 if not spec.get("glossy") else 0.35
    mat.base_reflectance = 0.3
    sc.add_geometry("page", page_mesh(o3d, wm, hm, bend), mat)
    # the desk: a large plane just below the page
    desk = o3d.geometry.TriangleMesh.create_box(1.6, 1.2, 0.01)
    desk.translate([-0.8 + wm / 2, -0.6 - hm / 2, -0.0106])
    desk.compute_triangle_normals()
    uv = np.array([[0, 0], [1, 0], [0, 1]] * (len(desk.triangles)), np.float64) * 6
    desk.triangle_uvs = o3d.utility.Vector2dVector(uv)
    dm = rendering.MaterialRecord()
    dm.shader = "defaultLit"
    dm.albedo_img = o3d.geometry.Image(desk_texture(rng, spec["desk"]))
    dm.base_roughness = 0.6
    sc.add_geometry("desk", desk, dm)
    if spec.get("sleeve"):
        sl = o3d.geometry.TriangleMesh.create_box(wm * 1.06, hm * 1.06, 0.0002)
        sl.translate([-wm * 0.03, -hm * 1.03, 0.0015 + float(bend(np.array(wm / 2), np.array(-hm / 2)))])
        sl.compute_vertex_normals()
        sm = rendering.MaterialRecord()
        sm.shader = "defaultLitTransparency"
        sm.base_color = [1.0, 1.0, 1.0, 0.12]
        sm.base_roughness = 0.05
        sm.base_reflectance = 0.9
        sc.add_geometry("sleeve", sl, sm)
    thumb = spec.get("thumb")
    if thumb:
        tx, ty = thumb  # mm on the page edge
        th = o3d.geometry.TriangleMesh.create_sphere(0.011, 24)
        th.scale(1.0, [0, 0, 0])
        th.vertices = o3d.utility.Vector3dVector(np.asarray(th.vertices) * np.array([1.0, 1.7, 0.55]))
        th.translate([tx / 1000, -ty / 1000, 0.004])
        th.compute_vertex_normals()
        tm = rendering.MaterialRecord()
        tm.shader = "defaultLit"
        tm.base_color = list(np.array(rng.choice([[0.86, 0.66, 0.55], [0.78, 0.58, 0.46], [0.92, 0.74, 0.64]])).tolist()) + [1.0]
        tm.base_roughness = 0.55
        sc.add_geometry("thumb", th, tm)
    # light
    s3 = sc.scene
    light = spec["light"]
    s3.set_indirect_light_intensity({"window": 22000, "lamp": 9000, "dim": 4500}[light] * (0.8 + 0.4 * rng.random()))
    sun_dir = np.array([rng.uniform(-0.6, 0.6), rng.uniform(-0.6, 0.6), -1.0])
    s3.set_sun_light(list(sun_dir / np.linalg.norm(sun_dir)), [1.0, 0.97, 0.9],
                     {"window": 70000, "lamp": 25000, "dim": 9000}[light] * (0.8 + 0.4 * rng.random()))
    s3.enable_sun_light(True)
    if light == "lamp":
        s3.add_spot_light("lamp", [1.0, 0.85, 0.65], [wm * rng.uniform(0, 1), -hm * rng.uniform(0, 1), 0.45],
                          [0.0, 0.0, -1.0], 600000, 3.0, 0.3, 0.9, True)
    # camera: tilted 4–35° off the page normal, azimuth anywhere
    tilt = math.radians(spec["tilt"])
    az = rng.uniform(0, 2 * math.pi)
    fov = 55.0
    diag = max(wm, hm * W / H) if spec["landscape"] else max(hm, wm * W / H)
    dist = diag / 2 / math.tan(math.radians(fov * W / H) / 2) * spec["fill"]
    c = np.array([wm / 2 + rng.normal(0, wm * 0.02), -hm / 2 + rng.normal(0, hm * 0.02), 0.0])
    eye0 = c + dist * np.array([math.sin(tilt) * math.cos(az), math.sin(tilt) * math.sin(az), math.cos(tilt)])
    roll = math.radians(rng.normal(0, 3.5))
    up0 = np.array([0.0, 1.0, 0.0]) if spec["landscape"] else np.array([-1.0, 0.0, 0.0])
    up0 = np.array([up0[0] * math.cos(roll) - up0[1] * math.sin(roll), up0[0] * math.sin(roll) + up0[1] * math.cos(roll), 0.0])
    sc.view.set_post_processing(bool(spec.get("developed")))
    acc = np.zeros((H, W, 3), np.float64)
    k = spec.get("jitter", 1)
    for j in range(k):
        d = rng.normal(0, spec.get("shake", 0.0), 3) if j else np.zeros(3)
        eye = eye0 + d * dist
        r.setup_camera(fov, c.tolist(), eye.tolist(), up0.tolist())
        sc.camera.set_projection(fov, W / H, 0.01, 20.0, rendering.Camera.FovType.Vertical)
        img = np.asarray(r.render_to_image()).astype(np.float64)
        acc += img
        if j == 0:
            view = np.asarray(sc.camera.get_view_matrix())
            proj = np.asarray(sc.camera.get_projection_matrix())
    frame = (acc / k).astype(np.uint8)
    if light == "lamp":
        s3.remove_light("lamp")

    def project(x_mm, y_mm):
        x, y = np.asarray(x_mm, float) / 1000, -np.asarray(y_mm, float) / 1000
        z = bend(x, y)
        p = np.stack([x, y, z, np.ones_like(x)], -1) @ view.T @ proj.T
        ndc = p[..., :2] / p[..., 3:4]
        return np.stack([(ndc[..., 0] + 1) / 2 * W, (1 - ndc[..., 1]) / 2 * H], -1)

    return frame, project


PROFILES = {  # phone ISPs as RawTherapee profiles
    "vivid": {"RAW Bayer": {"Method": "amaze"}, "White Balance": {"Enabled": "true", "Setting": "Camera"},
              "Sharpening": {"Enabled": "true", "Method": "usm", "Radius": "0.9", "Amount": "220", "Threshold": "20;80;2000;1200;"},
              "Exposure": {"Auto": "false", "Compensation": "0.1", "Contrast": "25", "Saturation": "20"},
              "Directional Pyramid Denoising": {"Enabled": "true", "Luma": "20", "Chroma": "25"}},
    "flat": {"RAW Bayer": {"Method": "rcd"}, "White Balance": {"Enabled": "true", "Setting": "Custom", "Temperature": "4800", "Green": "1.0"},
             "Sharpening": {"Enabled": "true", "Method": "rld", "DeconvRadius": "0.75", "DeconvAmount": "70"},
             "Exposure": {"Auto": "false", "Compensation": "0.0", "Contrast": "0"}},
    "warm": {"RAW Bayer": {"Method": "dcb"}, "White Balance": {"Enabled": "true", "Setting": "Custom", "Temperature": "5200", "Green": "0.98"},
             "Sharpening": {"Enabled": "false"},
             "Exposure": {"Auto": "false", "Compensation": "0.1", "Contrast": "15"},
             "Directional Pyramid Denoising": {"Enabled": "true", "Luma": "45", "Chroma": "40"}},
    "cheap": {"RAW Bayer": {"Method": "fast"}, "White Balance": {"Enabled": "true", "Setting": "Camera"},
              "Sharpening": {"Enabled": "true", "Method": "usm", "Radius": "1.4", "Amount": "300", "Threshold": "20;80;2000;1200;"},
              "Exposure": {"Auto": "false", "Compensation": "0.25", "Contrast": "30", "Saturation": "-10"}},
    "gaopaiyi": {"RAW Bayer": {"Method": "bilinear"}, "White Balance": {"Enabled": "true", "Setting": "Camera"},
                 "Sharpening": {"Enabled": "true", "Method": "usm", "Radius": "0.6", "Amount": "120", "Threshold": "20;80;2000;1200;"},
                 "Exposure": {"Auto": "false", "Compensation": "0.2", "Contrast": "20"}},
}
PHONES = ["vivid", "flat", "warm", "cheap"]


def pp3(name: str) -> str:
    out = ["[Version]", "AppVersion=5.9", "Version=348"]
    for sec, kv in PROFILES[name].items():
        out.append(f"[{sec}]")
        out += [f"{k}={v}" for k, v in kv.items()]
    return "\n".join(out) + "\n"


XYZ_TO_SRGB = (32406, -15372, -4986, -9689, 18758, 415, 557, -2040, 10570)


def write_dng(path: Path, srgb: np.ndarray, rng, iso: float) -> None:
    """The frame as a sensor saw it: linear light, RGGB mosaic, Poisson shot noise and Gaussian read
    noise at `iso`, 12-bit, written as a DNG (tifffile, DNG 1.4 tags)."""
    import tifffile
    lin = np.asarray(srgb, np.float32) / 255.0  # the render without post-processing: linear light
    lin *= min(0.8 / max(float(np.percentile(lin, 99.5)), 1e-3), 6.0)  # the phone's auto exposure
    h, w = lin.shape[0] & ~1, lin.shape[1] & ~1
    x = lin[:h, :w]
    cfa = np.empty((h, w), np.float32)
    cfa[0::2, 0::2] = x[0::2, 0::2, 0]
    cfa[0::2, 1::2] = x[0::2, 1::2, 1]
    cfa[1::2, 0::2] = x[1::2, 0::2, 1]
    cfa[1::2, 1::2] = x[1::2, 1::2, 2]
    black, white = 64, 4095
    full = 3600.0 / iso  # electrons at full scale
    e = rng.poisson(np.clip(cfa * full, 0, None)).astype(np.float32) + rng.normal(0, 2.0 + iso / 6, cfa.shape).astype(np.float32)
    raw = np.clip(e * (white - black) / full + black, 0, white).astype(np.uint16)
    tags = [(50706, "B", 4, (1, 4, 0, 0)), (50707, "B", 4, (1, 1, 0, 0)), (50708, "s", 0, "ZO Phone"),
            (33421, "H", 2, (2, 2)), (33422, "B", 4, (0, 1, 1, 2)), (50710, "B", 3, (0, 1, 2)),
            (50714, "H", 1, (black,)), (50717, "H", 1, (white,)),
            (50721, "2i", 9, tuple(v for m in XYZ_TO_SRGB for v in (m, 10000))),
            (50728, "2I", 3, (10000, 10000, 10000, 10000, 10000, 10000)), (50778, "H", 1, (21,))]
    tifffile.imwrite(path, raw, photometric=32803, extratags=tags, metadata=None, subfiletype=0)


def develop(dng: Path, profile: str, out: Path, quality: int, long_side: int) -> Path:
    prof = dng.with_suffix(".pp3")
    prof.write_text(pp3(profile) + "[Resize]\nEnabled=true\nScale=1\nAppliesTo=Full image\nMethod=Lanczos\n"
                    f"DataSpecified=3\nWidth={long_side}\nHeight={long_side}\nAllowUpscaling=false\n", encoding="utf-8")
    subprocess.run(["rawtherapee-cli", "-q", "-Y", "-o", str(out), f"-j{quality}", "-js3", "-p", str(prof), "-c", str(dng)],
                   check=True, capture_output=True, timeout=300)
    return out
