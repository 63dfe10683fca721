"""Phone photos and 高拍仪 frames of a rasterised page through the Taichi camera (photo_kernels.py):
the scene, lights, occluders and camera drawn from the rng; the frame rendered at its final pixel size
(≥1600 px on the long side; 高拍仪 2592×1944) and the page cells seen legibly returned with it."""

from __future__ import annotations

import math

import numpy as np

from benchmarks.docgen_zp import photo_kernels as K

_READY = False


def _init() -> None:
    global _READY
    if not _READY:
        import taichi as ti
        ti.init(arch=ti.cpu, cpu_max_num_threads=1, random_seed=2929, offline_cache=False, log_level=ti.ERROR,
                debug=False, advanced_optimization=True)
        K.setup()
        _READY = True


def texture_dpi(style: dict, pw: float, ph: float) -> float:
    """The dpi the page is rasterised at for this photo: about 1.15 texels per frame pixel at the page."""
    mm_per_px = style["dist"] / style["f"]
    return float(min(800.0, max(90.0, 25.4 / mm_per_px * 1.15)))


def plan(rng, mode: str, pw: float, ph: float) -> dict:  # noqa: ANN001
    """A scene for one photo. mode: desk, lowlight, sleeve, curl, fold, thumb, gaopaiyi, screen."""
    landscape = pw >= ph
    if mode == "gaopaiyi":
        W, H = (2592, 1944) if rng.random() < 0.7 else (2048, 1536)
    else:
        long_side = int(rng.choice([1600, 1600, 1920, 2048]))
        W, H = long_side, long_side * 3 // 4
    if not landscape and mode != "gaopaiyi":
        W, H = H, W
    tilt = math.radians(float(rng.uniform(0.5, 4.0)) if mode == "gaopaiyi" else float(rng.uniform(4.0, 35.0)))
    hfov = math.radians(float(rng.uniform(62, 72)) if mode != "gaopaiyi" else 58.0)
    f = W * 0.5 / math.tan(hfov / 2)
    fill = float(rng.uniform(0.72, 0.93)) if mode != "gaopaiyi" else float(rng.uniform(0.78, 0.95))
    if pw < 100 and mode != "gaopaiyi":
        fill = float(rng.uniform(0.55, 0.85))
    # distance at which the page spans `fill` of the frame (in the direction that binds)
    fit = min(W / max(pw, 1), H / max(ph, 1))
    dist = f / (fit * fill)
    az = math.radians(float(rng.uniform(-30, 30)) - 90.0)  # the photographer stands at the page's foot
    theta = math.radians(float(rng.normal(0, 4.0)))
    if mode == "gaopaiyi":
        theta = math.radians(float(rng.normal(0, 1.5)))
    tx, ty = float(rng.normal(0, pw * 0.02)), float(rng.normal(0, ph * 0.02))
    cx = tx + dist * math.sin(tilt) * math.cos(az)
    cy = ty + dist * math.sin(tilt) * math.sin(az)
    cz = dist * math.cos(tilt)
    roll = math.radians(float(rng.normal(0, 2.0)))
    st = {
        "W": W, "H": H, "f": f, "k1": float(rng.uniform(-0.06, 0.02)) if mode != "gaopaiyi" else float(rng.uniform(-0.02, 0.0)),
        "k2": 0.0, "cx": cx, "cy": cy, "cz": cz, "tx": tx, "ty": ty, "tz": 0.0,
        "upx": -math.sin(roll), "upy": math.cos(roll), "pw": pw, "ph": ph, "theta": theta, "ox": 0.0, "oy": 0.0,
        "curl_a": 0.0, "curl_dx": 1.0, "curl_dy": 0.0, "curl_s0": 1e9, "fold_h": 0.0, "fold_w": 1.0,
        "fold_dx": 1.0, "fold_dy": 0.0, "wav_a": float(rng.uniform(0.0, 1.2)) if pw > 100 else 0.0,
        "wav_f": float(rng.uniform(0.01, 0.03)),
        "aperture": float(rng.uniform(0.4, 1.2)), "focus": dist, "shake_x": 0.0, "shake_y": 0.0, "shake_t": 0.0,
        "spp": 3,
        "win_x": float(rng.uniform(-800, 800)), "win_y": float(rng.choice([-1, 1])) * float(rng.uniform(700, 1400)),
        "win_z": float(rng.uniform(600, 1100)), "win_sx": float(rng.uniform(500, 1200)), "win_sy": float(rng.uniform(500, 900)),
        "win_i": float(rng.uniform(0.5, 0.9)), "win_r": 0.95, "win_g": 0.98, "win_b": 1.05,
        "lamp_x": float(rng.uniform(-300, 300)), "lamp_y": float(rng.uniform(-200, 350)), "lamp_z": float(rng.uniform(450, 700)),
        "lamp_i": float(rng.uniform(0.0, 0.5)), "lamp_r": 1.08, "lamp_g": 0.97, "lamp_b": 0.82, "amb": float(rng.uniform(0.25, 0.45)),
        "thumb": 0.0, "ta_x": 0.0, "ta_y": 0.0, "ta_z": 0.0, "tb_x": 0.0, "tb_y": 0.0, "tb_z": 0.0, "t_r": 8.0,
        "phone": 0.0, "ph_x": cx * 0.9, "ph_y": cy * 0.9, "ph_z": cz * 0.95, "ph_w": 75.0, "ph_h": 155.0,
        "sleeve": 0.0, "gloss": 0.0, "desk": float(rng.integers(0, 3)),
        "desk_r": 0.0, "desk_g": 0.0, "desk_b": 0.0, "lcd": 0.0, "lcd_pitch": 0.25,
        "vig": float(rng.uniform(0.2, 0.6)), "noise": float(rng.uniform(0.01, 0.03)), "expo": float(rng.uniform(1.1, 1.4)),
        "seed": int(rng.integers(1, 2**31 - 1)), "paper": float(rng.uniform(0.9, 1.0)),
        "vis_cell": 0.5 if pw < 100 else 1.0, "bezel": 0.0, "dist": dist,
    }
    desk = [(0.55, 0.38, 0.22), (0.62, 0.5, 0.36), (0.3, 0.32, 0.36), (0.7, 0.7, 0.68), (0.2, 0.25, 0.4), (0.8, 0.78, 0.72)]
    st["desk_r"], st["desk_g"], st["desk_b"] = desk[int(rng.integers(len(desk)))]
    if mode == "gaopaiyi":
        st.update(spp=1, aperture=0.0, lamp_x=0.0, lamp_y=0.0, lamp_z=420.0, lamp_i=0.55, lamp_r=1.0, lamp_g=1.0, lamp_b=1.0,
                  amb=0.45, win_i=0.2, vig=0.15, noise=0.012, desk=2.0, desk_r=0.12, desk_g=0.12, desk_b=0.13, wav_a=0.0)
    if mode in ("desk", "thumb", "curl", "fold", "sleeve") and rng.random() < 0.35:
        st["shake_x"], st["shake_y"] = float(rng.normal(0, 0.004)), float(rng.normal(0, 0.004))
        st["shake_t"] = float(rng.normal(0, 0.6))
    if mode != "gaopaiyi" and rng.random() < 0.3:  # focus missed: the plane of focus in front of or behind the page
        st["focus"] = dist * float(rng.choice([0.9, 1.1]))
        st["aperture"] = float(rng.uniform(1.0, 2.2))
    if mode == "lowlight":
        st.update(amb=float(rng.uniform(0.05, 0.12)), win_i=float(rng.uniform(0.05, 0.15)), lamp_i=float(rng.uniform(0.15, 0.35)),
                  noise=float(rng.uniform(0.05, 0.1)), expo=float(rng.uniform(1.6, 2.4)),
                  shake_x=float(rng.normal(0, 0.004)), shake_y=float(rng.normal(0, 0.004)), lamp_r=1.15, lamp_g=0.95, lamp_b=0.7)
    if mode == "sleeve":
        # the window mirrored by the sleeve over part of the page
        st.update(sleeve=1.0, gloss=float(rng.uniform(0.4, 0.9)))
        st["win_y"] = abs(st["win_y"])
        st["win_z"] = float(rng.uniform(500, 900))
    if mode == "curl":
        ang = float(rng.uniform(0, 2 * math.pi))
        st.update(curl_dx=math.cos(ang), curl_dy=math.sin(ang), curl_s0=float(rng.uniform(0.15, 0.35)) * max(pw, ph),
                  curl_a=float(rng.uniform(0.002, 0.006)) * (297.0 / max(pw, ph)))
    if mode == "fold":
        horiz = rng.random() < 0.6
        st.update(fold_dx=0.0 if horiz else 1.0, fold_dy=1.0 if horiz else 0.0, fold_h=float(rng.uniform(3, 9)),
                  fold_w=float(rng.uniform(30, 90)))
    if mode == "thumb":
        # a thumb holding the page or card at an edge, with its shadow
        edge = int(rng.integers(4))
        r = float(rng.uniform(8.0, 10.0))
        along = float(rng.uniform(-0.4, 0.4))
        inside = float(rng.uniform(8, 22)) if pw < 100 else float(rng.uniform(20, 45))
        hx, hy = pw / 2, ph / 2
        if edge == 0:
            a, b = (along * pw, -hy - 35, r), (along * pw, -hy + inside, r * 0.9)
        elif edge == 1:
            a, b = (along * pw, hy + 35, r), (along * pw, hy - inside, r * 0.9)
        elif edge == 2:
            a, b = (-hx - 35, along * ph, r), (-hx + inside, along * ph, r * 0.9)
        else:
            a, b = (hx + 35, along * ph, r), (hx - inside, along * ph, r * 0.9)
        st.update(thumb=1.0, ta_x=a[0], ta_y=a[1], ta_z=a[2], tb_x=b[0], tb_y=b[1], tb_z=b[2], t_r=r)
    if mode in ("desk", "thumb") and rng.random() < 0.4:
        st.update(phone=1.0, lamp_i=max(st["lamp_i"], 0.35), lamp_x=st["cx"] * 0.5, lamp_y=st["cy"] * 0.5,
                  lamp_z=st["cz"] * 1.6)
    if mode == "screen":
        st.update(lcd=1.0, lcd_pitch=float(rng.uniform(0.18, 0.3)), bezel=6.0, spp=1, aperture=0.0, gloss=float(rng.uniform(0.05, 0.25)),
                  amb=0.05, win_i=0.15, lamp_i=0.0, expo=float(rng.uniform(1.7, 2.3)), wav_a=0.0, desk=2.0,
                  desk_r=0.15, desk_g=0.15, desk_b=0.16)
    return st


def render(style: dict, tex: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(frame uint8 H×W×3, visibility grid of the page in vis_cell cells: 1 = seen legibly)."""
    _init()
    p = np.zeros(K.NP, np.float32)
    for k, i in K.P.items():
        p[i] = float(style[k])
    out = np.zeros((int(style["H"]), int(style["W"]), 3), np.uint8)
    cell = style["vis_cell"]
    vis = np.zeros((int(math.ceil(style["ph"] / cell)) + 1, int(math.ceil(style["pw"] / cell)) + 1), np.int32)
    K.PF.from_numpy(p)
    K.render(np.ascontiguousarray(tex), out, vis)
    return out, vis
