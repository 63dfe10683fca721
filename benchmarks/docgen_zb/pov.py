"""Family ZB's camera captures, ray-traced by POV-Ray 3.7 (the `povray` command, one process per image,
with a timeout): the MuPDF-rasterised page is an `image_map` texture on a thin box (a card or a sheet)
or on a bent `mesh2` (a fold, a curled corner), lying on a desk or inside a clear sleeve (a glass-like
finish over it), lit by `area_light` lamps that cast real shadows (a phone or a hand held between lamp
and page), seen by a perspective `camera` with a phone's field of view at an angle, optionally with
`focal_blur`; exposure and white balance come from the lights. Flatbed scans are an orthographic camera
over the flat page. Pixel work after the ray tracer is numpy (capture.py)."""

from __future__ import annotations

import functools
import math
import shutil
import subprocess
import tempfile
from pathlib import Path

import numpy as np
from PIL import Image

TIMEOUT_S = 120


@functools.cache
def version() -> str:
    exe = shutil.which("povray")
    if exe is None:
        raise RuntimeError("family ZB needs POV-Ray 3.7 (Debian package `povray`)")
    out = subprocess.run([exe, "--version"], capture_output=True, text=True, timeout=60)
    line = next((ln for ln in (out.stdout + out.stderr).splitlines() if ln.startswith("POV-Ray")), "")
    if not line.startswith("POV-Ray 3.7"):
        raise RuntimeError(f"family ZB needs POV-Ray 3.7, found {line!r}")
    return line


def render(scene: str, tex: np.ndarray, w: int, h: int, aa: float | None = None) -> np.ndarray:
    """Ray-trace `scene` (which maps "page.png") at w×h; returns RGB uint8."""
    version()
    with tempfile.TemporaryDirectory(prefix="zb_pov_") as td:
        d = Path(td)
        Image.fromarray(tex).save(d / "page.png", compress_level=1)
        (d / "scene.pov").write_text(scene, encoding="utf-8")
        args = ["povray", "+Iscene.pov", "+Oout.png", f"+W{w}", f"+H{h}", "-D", "+FN", "-GA", "-V", "+WT1"]
        if aa:
            args += [f"+A{aa}", "+AM2", "+R2"]
        r = subprocess.run(args, cwd=d, capture_output=True, timeout=TIMEOUT_S)
        out = d / "out.png"
        if r.returncode != 0 or not out.exists():
            raise RuntimeError(f"povray failed ({r.returncode}): {r.stderr.decode(errors='replace')[-800:]}")
        return np.asarray(Image.open(out).convert("RGB")).copy()


def _v(v) -> str:  # noqa: ANN001
    return "<" + ",".join(f"{x:.5f}" for x in v) + ">"


DESKS = (
    "pigment { wood color_map { [0 rgb <0.42,0.27,0.15>] [0.5 rgb <0.55,0.37,0.22>] [1 rgb <0.47,0.31,0.18>] } "
    "turbulence 0.08 scale <0.02,0.02,1> rotate <90,0,%d> }",
    "pigment { granite color_map { [0 rgb 0.55] [0.6 rgb 0.7] [1 rgb 0.35] } scale 0.03 }",
    "pigment { rgb <0.78,0.78,0.76> } normal { bumps 0.05 scale 0.002 }",
    "pigment { rgb <0.12,0.12,0.13> } normal { bumps 0.1 scale 0.001 }",
    "pigment { marble turbulence 0.6 color_map { [0 rgb <0.92,0.9,0.86>] [0.8 rgb <0.85,0.83,0.8>] [1 rgb <0.6,0.58,0.55>] } scale 0.08 rotate z*%d }",
    "pigment { rgb <0.28,0.42,0.36> }",
)


def _page_object(w_m: float, h_m: float, thick: float, bend: dict | None, res: tuple[int, int], card: bool) -> str:
    """The page textured with page.png, w×h metres, lying in the z=0 plane facing -z (towards the camera)."""
    tex = ("texture { pigment { image_map { png \"page.png\" interpolate 2 once } } "
           f"finish {{ diffuse 0.85 ambient 0.04 specular {0.35 if card else 0.02} roughness {0.01 if card else 0.1} }} }}")
    if not bend:
        return (f"box {{ <0,0,0>, <1,1,1> {tex} scale <{w_m:.5f},{h_m:.5f},{thick:.5f}> "
                f"translate <{-w_m / 2:.5f},{-h_m / 2:.5f},{-thick:.5f}> }}")
    nx, ny = res
    xs = np.linspace(0, 1, nx)
    ys = np.linspace(0, 1, ny)
    U, Vv = np.meshgrid(xs, ys)
    X = (U - 0.5) * w_m
    Y = (Vv - 0.5) * h_m
    Z = np.zeros_like(X)
    if bend["type"] == "fold":  # a sharp crease along a line, both halves lifted a little
        a = bend["angle"]
        d = (U - bend["pos"]) * math.cos(a) + (Vv - 0.5) * math.sin(a)
        Z -= bend["height"] * np.clip(1 - np.abs(d) / bend["width"], 0, 1) ** 1.5
        Z -= bend["lift"] * np.abs(d)
    else:  # a curled corner / edge
        cx, cy = bend["corner"]
        r = np.hypot(U - cx, Vv - cy)
        Z -= bend["height"] * np.clip(1 - r / bend["radius"], 0, 1) ** 2
    verts = ",".join(f"<{x:.5f},{y:.5f},{z:.5f}>" for x, y, z in zip(X.ravel(), Y.ravel(), Z.ravel(), strict=True))
    uvs = ",".join(f"<{u:.4f},{v:.4f}>" for u, v in zip(U.ravel(), Vv.ravel(), strict=True))
    faces = []
    for j in range(ny - 1):
        for i in range(nx - 1):
            a0 = j * nx + i
            faces.append(f"<{a0},{a0 + 1},{a0 + nx}>")
            faces.append(f"<{a0 + 1},{a0 + nx + 1},{a0 + nx}>")
    tex_uv = tex.replace("image_map {", "uv_mapping image_map {")
    return (f"mesh2 {{ vertex_vectors {{ {len(X.ravel())}, {verts} }} uv_vectors {{ {len(X.ravel())}, {uvs} }} "
            f"face_indices {{ {len(faces)}, {','.join(faces)} }} uv_mapping {tex_uv} }}")


def phone_scene(rng: np.random.Generator, w_mm: float, h_mm: float, out_wh: tuple[int, int], *, card: bool,
                sleeve: bool = False, bend: dict | None = None, shadow: bool = False, screen: bool = False,
                topdown: bool = False, blur: bool = False, fill: float = 0.75, low_light: bool = False) -> tuple[str, dict]:
    """A phone (or 高拍仪) looking at the page on a desk. Returns the scene and what was drawn."""
    w_m, h_m = w_mm / 1000, h_mm / 1000
    ow, oh = out_wh
    hfov = float(rng.uniform(62, 74)) if not topdown else float(rng.uniform(48, 56))
    roll = float(rng.uniform(-8, 8)) if not topdown else float(rng.uniform(-2, 2))
    # distance so the page's longer side fills `fill` of the matching frame side
    vfov = 2 * math.degrees(math.atan(math.tan(math.radians(hfov / 2)) * oh / ow))
    need = max(w_m / (fill * 2 * math.tan(math.radians(hfov / 2))), h_m / (fill * 2 * math.tan(math.radians(vfov / 2))))
    tilt = 0.0 if topdown else float(rng.uniform(6, 28))
    yaw = float(rng.uniform(-12, 12)) if not topdown else 0.0
    t, y = math.radians(tilt), math.radians(yaw)
    cam = np.array([need * math.sin(y) * math.cos(t), -need * math.sin(t), -need * math.cos(t) * math.cos(y)])
    look = np.array([float(rng.uniform(-0.04, 0.04)) * w_m, float(rng.uniform(-0.04, 0.04)) * h_m, 0.0])
    warm = rng.uniform(0, 1)
    lamp_col = np.array([1.0, 0.93 - 0.08 * warm, 0.82 - 0.2 * warm]) if not screen else np.array([0.9, 0.9, 0.95])
    expo = float(rng.uniform(0.85, 1.2)) * (0.45 if low_light else 1.0)
    size = max(w_m, h_m)
    lamp = np.array([float(rng.uniform(-1, 1)) * size, float(rng.uniform(0.3, 1.2)) * size, -float(rng.uniform(1.2, 2.2)) * size])
    desk = DESKS[int(rng.integers(len(DESKS)))]
    if "%d" in desk:
        desk = desk % int(rng.integers(0, 180))
    thick = 0.0008 if card else 0.0001
    parts = ["#version 3.7;", "global_settings { assumed_gamma 1.0 max_trace_level 6 }"]
    cam_s = (f"camera {{ perspective location {_v(cam)} look_at {_v(look)} sky <{math.sin(math.radians(roll)):.4f},"
             f"{math.cos(math.radians(roll)):.4f},0> right x*{ow / oh:.5f} up y angle {hfov:.2f}")
    if blur:
        cam_s += f" aperture {need * 0.01:.5f} blur_samples 5 focal_point {_v(look)} confidence 0.85 variance 1/256"
    parts.append(cam_s + " }")
    parts.append(f"light_source {{ {_v(lamp)} color rgb {_v(lamp_col * expo)} area_light <{size * 0.3:.4f},0,0>, "
                 f"<0,{size * 0.3:.4f},0>, 3, 3 adaptive 0 jitter orient circular }}")
    parts.append(f"light_source {{ {_v(cam + np.array([0, size * 0.5, 0]))} color rgb {_v(lamp_col * expo * float(rng.uniform(0.25, 0.45)))} shadowless }}")
    if screen:
        parts.append("background { rgb 0.02 }")
    parts.append(f"plane {{ z, 0.0003 texture {{ {desk} finish {{ diffuse 0.7 specular 0.05 }} }} }}")
    drawn = {"tilt": round(tilt, 1), "hfov": round(hfov, 1)}
    if screen:
        # the page shown on a phone screen: emissive, behind a glossy cover glass, in a dark phone body
        bw, bh = w_m * 1.08, h_m * 1.2
        parts.append(f"box {{ <{-bw / 2:.5f},{-bh / 2:.5f},-0.008>, <{bw / 2:.5f},{bh / 2:.5f},0> pigment {{ rgb 0.03 }} "
                     "finish { specular 0.4 roughness 0.01 } }")
        parts.append(f"box {{ <0,0,0>, <1,1,0.0001> texture {{ pigment {{ image_map {{ png \"page.png\" interpolate 2 once }} }} "
                     f"finish {{ ambient {float(rng.uniform(0.75, 1.05)):.3f} diffuse 0 specular 0.3 roughness 0.004 }} }} "
                     f"scale <{w_m:.5f},{h_m:.5f},1> translate <{-w_m / 2:.5f},{-h_m / 2:.5f},-0.0082> }}")
    else:
        res = (28, 20) if w_m >= h_m else (20, 28)
        parts.append(_page_object(w_m, h_m, thick, bend, res, card))
    if sleeve:
        sw, sh_ = w_m * 1.06, h_m * 1.05
        parts.append(f"box {{ <{-sw / 2:.5f},{-sh_ / 2:.5f},{-thick - 0.0009:.5f}>, <{sw / 2:.5f},{sh_ / 2:.5f},{-thick - 0.0006:.5f}> "
                     "texture { pigment { rgbf <0.97,0.98,1,0.94> } finish { specular 0.35 roughness 0.004 phong 0.3 phong_size 80 } } }")
        drawn["sleeve"] = True
    if shadow:
        # a phone / hand between the lamp and the page: its shadow falls on part of the page
        occ = lamp * float(rng.uniform(0.35, 0.55))
        ow_ = size * float(rng.uniform(0.25, 0.4))
        parts.append(f"box {{ <{-ow_ / 2:.5f},{-ow_:.5f},-0.004>, <{ow_ / 2:.5f},{ow_:.5f},0> pigment {{ rgb 0.2 }} no_image "
                     f"rotate z*{float(rng.uniform(-40, 40)):.1f} translate {_v(occ + np.array([float(rng.uniform(-0.3, 0.3)) * size, 0, 0]))} }}")
        drawn["shadow"] = True
    return "\n".join(parts) + "\n", drawn


def flatbed_scene(w_mm: float, h_mm: float, bed_mm: tuple[float, float], off_mm: tuple[float, float], rot: float,
                  lid: float) -> str:
    """A flatbed: an orthographic camera straight over the bed, even light from the scan head's side,
    the lid's white (or grey) underside around the page."""
    w_m, h_m = w_mm / 1000, h_mm / 1000
    bw, bh = bed_mm[0] / 1000, bed_mm[1] / 1000
    cx, cy = bw / 2 - off_mm[0] / 1000, -bh / 2 + off_mm[1] / 1000
    return f"""#version 3.7;
global_settings {{ assumed_gamma 1.0 }}
camera {{ orthographic location <{cx:.5f},{cy:.5f},-0.3> look_at <{cx:.5f},{cy:.5f},0> right x*{bw:.5f} up y*{bh:.5f} }}
light_source {{ <{cx:.5f},{cy + 0.05:.5f},-0.5> color rgb 0.8 shadowless }}
light_source {{ <{cx - 0.2:.5f},{cy:.5f},-0.4> color rgb 0.35 }}
plane {{ z, 0.0002 pigment {{ rgb {lid:.3f} }} finish {{ diffuse 0.9 ambient 0.05 }} }}
box {{ <0,0,0>, <1,1,1> texture {{ pigment {{ image_map {{ png "page.png" interpolate 2 once }} }} finish {{ diffuse 0.93 ambient 0.06 }} }}
  scale <{w_m:.5f},{h_m:.5f},0.0001> translate <{-w_m / 2:.5f},{-h_m / 2:.5f},-0.0001> rotate z*{rot:.3f}
  translate <{w_m / 2:.5f},{-h_m / 2:.5f},0> }}
"""
