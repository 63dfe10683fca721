"""Family ZN's photos: the Blender jobs (phone on a desk, sleeve with glare, curl/fold, thumb, low light,
shake, defocus, 高拍仪 top-down frames, an e-licence on a screen) drawn from a seeded rng, run in one
`blender -b` process per call (blender_scene.py), and which field values each frame hides."""

from __future__ import annotations

import json
import math
import os
import subprocess
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
HIDDEN_SHARE = 0.2  # a value is unreadable when at least this share of its ink samples is hidden
LOG: list[str] = []  # per-frame render seconds printed by blender_scene.py

DESKS = [((0.36, 0.22, 0.12), (0.22, 0.12, 0.06)), ((0.55, 0.55, 0.55), (0.45, 0.46, 0.47)),
         ((0.05, 0.05, 0.06), (0.1, 0.1, 0.11)), ((0.62, 0.5, 0.36), (0.5, 0.38, 0.25)),
         ((0.2, 0.3, 0.25), (0.14, 0.2, 0.17))]


def points(boxes: dict, w_mm: float, h_mm: float) -> dict:
    """Ink sample points (m, page centre origin, y up) inside each value's boxes: 5 × 2 per box."""
    out: dict[str, list] = {}
    for key, bs in boxes.items():
        pts = out.setdefault(key, [])
        for x0, y0, x1, y1 in bs:
            for i in range(5):
                for j in range(2):
                    x = x0 + (x1 - x0) * (i + 0.5) / 5
                    y = y0 + (y1 - y0) * (j + 0.5) / 2
                    pts.append((x / 1000 - w_mm / 2000, h_mm / 2000 - y / 1000))
    return out


def _fit(lens: float, res: list, w: float, h: float, yaw: float) -> float:
    """Camera distance at which the page (w × h m, turned by yaw) just fills the frame (sensor 36 mm on the long side)."""
    ex, ey = (h, w) if abs(yaw) > 1 else (w, h)
    half = 18 / lens
    fx = half * (1 if res[0] >= res[1] else res[0] / res[1])
    fy = half * (1 if res[1] > res[0] else res[1] / res[0])
    return max(ex / 2 / fx, ey / 2 / fy)


def job(rng: np.random.Generator, capture: str, tex: Path, out: Path, w_mm: float, h_mm: float, boxes: dict, seed: int) -> tuple[dict, list[str]]:
    """One photo's scene; the effects it uses, for the truth entry."""
    w, h = w_mm / 1000, h_mm / 1000
    big = max(w, h)
    card = big < 0.1
    fx: list[str] = []
    portrait = h > w
    res = [1200, 1600] if portrait else [1600, 1200]
    desk = DESKS[int(rng.integers(len(DESKS)))]
    j = {"tex": str(tex), "out": str(out), "w": w, "h": h, "seed": seed % 100000, "samples": 2, "res": res,
         "desk_a": desk[0], "desk_b": desk[1], "desk_scale": float(rng.uniform(2, 6)),
         "yaw": float(rng.uniform(-0.12, 0.12)) + (math.pi / 2 if rng.random() < 0.08 else 0.0),
         "shift": [float(rng.uniform(-0.01, 0.01)) * big, float(rng.uniform(-0.01, 0.01)) * big],
         "view": "Filmic" if rng.random() < 0.5 else "Standard", "look": "Medium High Contrast" if rng.random() < 0.5 else "None",
         "exposure": float(rng.uniform(-0.2, 0.3)), "room": (0.9, 0.85, 0.75), "room_strength": 0.25,
         "distort": float(rng.uniform(-0.04, 0.02)), "dispersion": float(rng.uniform(0, 0.01)),
         "vignette": float(rng.uniform(0.1, 0.35)) if rng.random() < 0.4 else 0.0, "lens": 26.0 if not card else 30.0, "points": points(boxes, w_mm, h_mm)}
    if j["yaw"] > 1:
        res.reverse()
    tilt = math.radians(float(rng.uniform(4, 35)))
    az = -math.pi / 2 + float(rng.uniform(-0.45, 0.45))
    dist = _fit(j["lens"], res, w, h, j["yaw"]) / float(rng.uniform(0.78, 0.92))
    aim = [j["shift"][0], j["shift"][1], 0.0]
    j["cam"] = [aim[0] + dist * math.sin(tilt) * math.cos(az), aim[1] + dist * math.sin(tilt) * math.sin(az), dist * math.cos(tilt)]
    j["aim"] = aim
    light = ["window", "lamp", "dim"][int(rng.choice(3, p=[0.5, 0.3, 0.2]))]
    if capture == "gaopaiyi":
        j.update(res=[2592, 1944] if not portrait else [1944, 2592], samples=1, view="Standard", look="None",
                 distort=float(rng.uniform(-0.01, 0.01)), vignette=0.0, yaw=float(rng.uniform(-0.03, 0.03)),
                 desk_a=(0.5, 0.5, 0.5), desk_b=(0.42, 0.42, 0.42), lens=28.0)
        d = _fit(28.0, j["res"], w, h, j["yaw"]) / 0.88
        j["cam"] = [0.0, 0.0, d]
        j["aim"] = [0.0, 0.0, 0.0]
        j["lights"] = [{"type": "AREA", "loc": [0, 0.05, d * 0.9], "energy": 5.0 * (0.9 * d) ** 2, "size": 0.25}]
        light = "ledring"
    elif light == "window":
        s = float(rng.uniform(0.8, 1.3))
        j["lights"] = [{"type": "AREA", "loc": [float(rng.uniform(-1, 1)), 1.2, 1.1], "energy": 18 * s, "size": 1.0, "color": (0.95, 0.97, 1.0)},
                       {"type": "POINT", "loc": [0.3, -0.4, 1.6], "energy": 8, "size": 0.3}]
    elif light == "lamp":
        j["lights"] = [{"type": "SPOT", "loc": [float(rng.uniform(-0.4, 0.4)), float(rng.uniform(0.2, 0.4)), 0.6], "energy": float(rng.uniform(5, 9)), "size": 0.05,
                        "color": (1.0, 0.86, 0.68)},
                       {"type": "POINT", "loc": [0, -0.5, 1.8], "energy": 8, "size": 0.5}]
        fx.append("desk_lamp")
    else:
        j["lights"] = [{"type": "POINT", "loc": [0.5, 0.5, 2.0], "energy": 30, "size": 0.6, "color": (1.0, 0.9, 0.75)}]
        j["room_strength"] = 0.08
        j["exposure"] = float(rng.uniform(0.4, 0.9))
        fx.append("low_light")
    fx.append(light if light != "dim" else "dim_room")
    if capture in ("phone_sleeve",):
        j["sleeve"] = True
        j["sleeve_z"] = 0.0015
        j["view"] = "Standard"
        # a small bright ceiling panel whose mirror image lands somewhere on the sleeve
        gx, gy = float(rng.uniform(-0.35, 0.35)) * w, float(rng.uniform(-0.35, 0.35)) * h
        lz = float(rng.uniform(0.5, 0.9))
        cx, cy, cz = j["cam"]
        t = cz / (cz + lz)  # the mirror point on the sleeve plane
        lx, ly = (gx - cx * (1 - t)) / t, (gy - cy * (1 - t)) / t
        j["lights"].append({"type": "AREA", "loc": [lx, ly, lz], "aim": [lx, ly, 0], "energy": 2.0, "size": 0.07,
                            "glare": True, "glare_core": 0.9})
        fx.append("sleeve_glare")
    if capture == "phone_curl":
        if rng.random() < 0.5:
            j["curl"] = float(rng.uniform(0.15, 0.3)) * w
            j["curl_len"] = float(rng.uniform(0.2, 0.35)) * w
            fx.append("curl")
        else:
            j["fold"] = float(rng.uniform(0.004, 0.012))
            j["fold_at"] = float(rng.uniform(-0.2, 0.2)) * h
            fx.append("fold")
        j["bow"] = float(rng.uniform(0.002, 0.008))
    if capture == "phone_thumb" or (capture == "phone_desk" and rng.random() < 0.3):
        side = 1 if rng.random() < 0.5 else -1
        j["thumb"] = [j["shift"][0] + side * (w / 2 + 0.004), j["shift"][1] + float(rng.uniform(-0.35, 0.35)) * h]
        j["thumb_side"] = side
        j["thumb_rot"] = float(rng.uniform(-0.4, 0.4))
        j["skin"] = (0.8, 0.55, 0.42) if rng.random() < 0.6 else (0.7, 0.48, 0.36)
        fx.append("thumb")
    if capture == "screen_photo":
        j["screen"] = float(rng.uniform(0.7, 0.9))
        j["pitch"] = 2 * math.pi * float(rng.uniform(380, 520)) * (w / 0.3)
        j["lights"] = [{"type": "POINT", "loc": [0, 0, 2.0], "energy": 5, "size": 0.5}]
        j["desk_a"], j["desk_b"] = (0.03, 0.03, 0.03), (0.05, 0.05, 0.05)
        j["view"] = "Standard"
        fx.append("moire")
    if capture != "gaopaiyi":
        if rng.random() < 0.35:
            # a phone's f/1.8 on a 1/1.7" sensor is about f/10 in full-frame terms: shallow only up close
            j["fstop"] = float(rng.uniform(7, 14))
            j["focus_err"] = float(rng.uniform(0.9, 1.1))
            fx.append("defocus")
        if rng.random() < 0.25:
            s = float(rng.uniform(0.0006, 0.0018))
            a = float(rng.uniform(0, 2 * math.pi))
            j["shake"] = [s * math.cos(a), s * math.sin(a), 0.0]
            fx.append("shake")
    return j, fx


def run(jobs: list[dict], workdir: Path) -> tuple[dict, float]:
    """All jobs in one Blender process; hidden-sample counts per output file, and the seconds it took."""
    if not jobs:
        return {}, 0.0
    jf, rf = workdir / "zn_blender_jobs.json", workdir / "zn_blender_vis.json"
    jf.write_text(json.dumps(jobs), encoding="utf-8")
    t0 = time.perf_counter()
    env = {**os.environ, "OMP_NUM_THREADS": "1", "OMP_WAIT_POLICY": "PASSIVE"}
    res = subprocess.run(["blender", "-b", "--factory-startup", "-noaudio", "-t", "1", "-P", str(HERE / "blender_scene.py"), "--", str(jf), str(rf)],
                         capture_output=True, text=True, timeout=3600, env=env)
    if res.returncode != 0 or not rf.exists():
        raise RuntimeError(f"blender failed: {res.stdout[-1500:]} {res.stderr[-1500:]}")
    vis = json.loads(rf.read_text(encoding="utf-8"))
    LOG.extend(ln for ln in res.stdout.splitlines() if ln.startswith("ZN_RENDER"))
    jf.unlink()
    rf.unlink()
    return vis, time.perf_counter() - t0


def hidden_keys(vis: dict) -> set[str]:
    return {k for k, (hid, tot) in vis.items() if tot and hid / tot >= HIDDEN_SHARE}
