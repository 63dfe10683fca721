"""Family ZR's captures. Which capture a file gets and its parameters (drawn from the file's own
generator), the phone/高拍仪 scenes handed to the Warp camera (warp_camera.py), and the scanner-side
G'MIC pipelines (flatbed and feeder scans at 150–300 dpi, photocopies and copies of copies, Group-3-like
faxes at 204×98 / 204×196 dpi, scanner-app output, chat screenshots and forwards with re-encodes, an
e-licence screen photographed with moiré). G'MIC runs as one `gmic` process per batch of pipelines."""

from __future__ import annotations

import math
import os
import shlex
import shutil
import subprocess
from pathlib import Path

import numpy as np

PHOTO = ["phone_desk", "phone_sleeve", "phone_curl", "phone_fold", "phone_thumb", "phone_lowlight", "phone_shake", "gaopaiyi"]
SCAN = ["flatbed", "adf", "photocopy", "copy_of_copy", "fax_fine", "fax_std", "scanner_app", "chat_forward",
        "chat_screenshot", "screen_moire"]
PDF = ["e_licence_pdf"]

# capture -> weight, per document group
WEIGHTS = {
    "card": {"phone_desk": 5, "phone_sleeve": 3, "phone_thumb": 4, "phone_lowlight": 2, "phone_shake": 2, "gaopaiyi": 1,
             "flatbed": 3, "photocopy": 3, "copy_of_copy": 1, "fax_fine": 1, "scanner_app": 2, "chat_forward": 2,
             "chat_screenshot": 1},
    "licence": {"phone_desk": 4, "phone_sleeve": 2, "phone_curl": 3, "phone_fold": 2, "phone_thumb": 2, "phone_lowlight": 1,
                "phone_shake": 1, "gaopaiyi": 2, "flatbed": 3, "adf": 2, "photocopy": 3, "copy_of_copy": 2, "fax_fine": 1,
                "fax_std": 1, "scanner_app": 2, "chat_forward": 2, "chat_screenshot": 1, "screen_moire": 1, "e_licence_pdf": 2},
    "other": {"phone_desk": 3, "phone_curl": 1, "gaopaiyi": 1, "flatbed": 2, "photocopy": 1, "fax_std": 1, "scanner_app": 1,
              "chat_forward": 1, "adf": 1},
}


def choose(rng: np.random.Generator, group: str, e_ok: bool) -> str:
    w = dict(WEIGHTS[group])
    if not e_ok:
        w.pop("e_licence_pdf", None)
    names = sorted(w)
    p = np.array([w[k] for k in names], float)
    return names[int(rng.choice(len(names), p=p / p.sum()))]


def page_dpi(capture: str, page_mm: tuple[float, float], rng: np.random.Generator) -> float:
    """The dpi pdf.js rasterises the page at for this capture."""
    long_mm = max(page_mm)
    if capture in PHOTO:
        # the page texture: about 1.2–1.5× the pixels it will cover in a ~1600–2000 px frame
        px = float(rng.uniform(1500, 1800))
        return round(px / (long_mm / 25.4))
    if capture in ("flatbed", "photocopy", "copy_of_copy", "adf"):
        if long_mm > 400:  # an A3 正本 on an A3 copier/scanner
            return float(rng.choice([150, 150, 200]))
        if long_mm < 100:  # an ID card on the glass
            return float(rng.choice([200, 200, 300]))
        return float(rng.choice([150, 200, 200, 300] if capture == "flatbed" and rng.random() < 0.25 else [150, 200]))
    if capture.startswith("fax"):
        return 204.0
    if capture in ("chat_forward", "chat_screenshot", "screen_moire", "scanner_app"):
        return round(float(rng.uniform(1400, 1900)) / (long_mm / 25.4)) if long_mm > 100 else 400.0
    return 150.0


# ------------------------------------------------------------------------------------------------ photos
def photo_params(capture: str, page_m: tuple[float, float], rng: np.random.Generator, seed: int) -> dict:
    """A phone (or 高拍仪) scene for the Warp camera: camera pose at 4–35° tilt, lens, exposure, lights, desk."""
    w, h = page_m
    portrait = h > w
    long_px = int(rng.integers(1600, 1681)) if capture != "gaopaiyi" else 2592
    short_px = int(long_px * 3 / 4) if capture != "gaopaiyi" else 1944
    size = (short_px, long_px) if portrait else (long_px, short_px)
    fov_long = math.radians(float(rng.uniform(62, 72)))
    focal = long_px / 2 / math.tan(fov_long / 2)
    fill = float(rng.uniform(0.72, 0.92))
    if capture == "gaopaiyi":
        tilt = math.radians(float(rng.uniform(0, 4)))
        fill = float(rng.uniform(0.55, 0.8))
    else:
        tilt = math.radians(float(rng.uniform(4, 35)))
    # distance so the page's long side covers `fill` of the frame's long side
    dist = (max(w, h) / 2) / math.tan(fov_long / 2) / fill * (1 + 0.4 * math.sin(tilt))
    az = float(rng.uniform(0, 2 * math.pi))
    tx, ty = float(rng.normal(0, 0.03 * w)), float(rng.normal(0, 0.03 * h))
    cam = (tx + dist * math.sin(tilt) * math.cos(az), ty + dist * math.sin(tilt) * math.sin(az), dist * math.cos(tilt))
    roll = float(rng.normal(0, 0.06))
    shape, amount = "flat", 0.0
    if capture == "phone_curl":
        shape, amount = "curl", float(rng.uniform(0.012, 0.04)) * max(w, h) / 0.297
    elif capture == "phone_fold":
        shape, amount = "fold", float(rng.uniform(0.006, 0.02)) * max(w, h) / 0.297
    elif capture in ("phone_desk", "phone_sleeve", "phone_lowlight") and rng.random() < 0.4:
        shape, amount = "wave", float(rng.uniform(0.002, 0.008)) * max(w, h) / 0.297
    elif capture == "phone_thumb" and w < 0.1:
        shape, amount = "held", float(rng.uniform(-0.15, 0.15))
    light = str(rng.choice(["window", "lamp", "ceiling"])) if capture != "phone_lowlight" else "dim"
    if light == "window":
        key_pos = (float(rng.choice([-1, 1])) * float(rng.uniform(0.8, 1.5)), float(rng.uniform(-0.5, 1.0)), float(rng.uniform(0.6, 1.2)))
        key_col, key_size = tuple(np.array([0.95, 1.0, 1.08]) * float(rng.uniform(0.9, 1.3))), 0.8
        fill_col, ambient = (0.18, 0.19, 0.21), (0.1, 0.1, 0.11)
    elif light == "lamp":
        key_pos = (float(rng.uniform(-0.45, 0.45)), float(rng.uniform(0.2, 0.5)), float(rng.uniform(0.35, 0.6)))
        key_col, key_size = tuple(np.array([1.1, 0.95, 0.72]) * float(rng.uniform(0.8, 1.1))), 0.08
        fill_col, ambient = (0.1, 0.1, 0.1), (0.07, 0.065, 0.06)
    elif light == "ceiling":
        key_pos = (float(rng.uniform(-0.3, 0.3)), float(rng.uniform(-0.4, 0.4)), 2.2)
        key_col, key_size = tuple(np.array([1.0, 1.0, 0.98]) * float(rng.uniform(0.85, 1.05))), 0.6
        fill_col, ambient = (0.15, 0.15, 0.15), (0.12, 0.12, 0.12)
    else:
        key_pos = (float(rng.uniform(-1, 1)), float(rng.uniform(-1, 1)), 1.8)
        key_col, key_size = (0.22, 0.2, 0.17), 1.0
        fill_col, ambient = (0.04, 0.04, 0.05), (0.03, 0.03, 0.035)
    shake = (0.0, 0.0, 0.0)
    shake_rot = (0.0, 0.0, 0.0)
    samples = 1
    aperture = 0.0
    if capture == "phone_shake" or (capture == "phone_lowlight" and rng.random() < 0.6):
        # a hand's tremor over the exposure: 0.3–1 mm of travel and a milliradian of turn (≈ 2–8 px of blur)
        s = float(rng.uniform(0.0003, 0.001))
        a = float(rng.uniform(0, 2 * math.pi))
        shake = (s * math.cos(a), s * math.sin(a), 0.0)
        shake_rot = (float(rng.normal(0, 0.001)), float(rng.normal(0, 0.001)), 0.0)
        samples = 3
    if capture != "gaopaiyi" and rng.random() < 0.25:
        aperture = float(rng.uniform(0.0004, 0.0012))
        samples = max(samples, 2)
    thumb = None
    if capture == "phone_thumb":
        side = int(rng.integers(4))
        ang = [math.pi, 0.0, -math.pi / 2, math.pi / 2][side]  # finger runs outwards from the edge
        along = float(rng.uniform(-0.35, 0.35))
        inset = float(rng.uniform(0.0, 0.012)) if w < 0.1 else float(rng.uniform(0.0, 0.02))
        pos = [(-w / 2 + inset, along * h), (w / 2 - inset, along * h), (along * w, -h / 2 + inset), (along * w, h / 2 - inset)][side]
        thumb = (pos[0], pos[1], ang)
    sleeve = float(rng.uniform(0.5, 1.2)) if capture == "phone_sleeve" else 0.0
    gd = np.array([float(rng.normal(0, 0.5)), float(rng.normal(0, 0.5)), 1.0])
    gain = {"dim": float(rng.uniform(2.2, 3.2))}.get(light, float(rng.uniform(0.8, 1.0)))
    noise = 0.05 if light == "dim" else float(rng.uniform(0.008, 0.02))
    wb = (1.0, 1.0, 1.0) if light != "lamp" else (0.92, 1.0, 1.18)
    desk = int(rng.integers(4))
    tint = [(0.55, 0.40, 0.26), (0.55, 0.55, 0.53), (0.86, 0.86, 0.84), (0.15, 0.15, 0.17)][desk]
    return dict(shape=shape, amount=amount, size=size, cam_pos=cam, target=(tx * 0.5, ty * 0.5, 0.0), roll=roll,
                focal=focal, k1=float(rng.uniform(-0.06, 0.02)), k2=float(rng.uniform(0.0, 0.02)), aperture=aperture,
                focus=dist * float(rng.uniform(0.97, 1.03)), shake=shake, shake_rot=shake_rot, samples=samples,
                key_pos=key_pos, key_col=key_col, key_size=key_size, fill_dir=(0.0, 0.0, 1.0), fill_col=fill_col,
                ambient=ambient, desk=desk, desk_tint=tint, sleeve=sleeve, glare_dir=tuple(gd / np.linalg.norm(gd)),
                seed=seed, vignette=float(rng.uniform(0.1, 0.35)), gain=gain, noise=noise, read=0.004 if light != "dim" else 0.012,
                gamma=2.2, contrast=float(rng.uniform(0.15, 0.45)), wb=wb, thumb=thumb,
                phone_shadow=bool(light in ("ceiling", "lamp") and rng.random() < 0.5), light=light)


def hidden_fraction(seen: np.ndarray, boxes: list[tuple[float, float, float, float]], page_pt: tuple[float, float]) -> float:
    """The largest fraction of any one ink box (a value's line) the frame does not show: outside the frame,
    under the thumb or the phone's edge, or washed out by the sleeve's glare. From the page points the
    render saw (u, v, glare flag per pixel) scattered onto a page grid about 3 px per cell."""
    u = seen[..., 0]
    ok = u >= 0
    n_seen = int(ok.sum())
    if n_seen == 0:
        return 1.0
    pw, ph = page_pt
    gx = max(int(math.sqrt(n_seen / 9 * pw / ph)), 8)
    gy = max(int(gx * ph / pw), 8)
    uu = np.clip((seen[..., 0][ok] * gx).astype(int), 0, gx - 1)
    vv = np.clip((seen[..., 1][ok] * gy).astype(int), 0, gy - 1)
    gl = seen[..., 2][ok] > 0.5
    flat = vv * gx + uu
    vis = np.bincount(flat, minlength=gx * gy).reshape(gy, gx)
    glare = np.bincount(flat, weights=gl, minlength=gx * gy).reshape(gy, gx)
    good = (vis > 0) & (glare * 2 < vis)
    # a cell with no pixel between seen neighbours is a sampling gap, not a hidden spot
    pad = np.pad(good, 1)
    near = pad[:-2, 1:-1] & pad[2:, 1:-1] | pad[1:-1, :-2] & pad[1:-1, 2:]
    good = good | ((vis == 0) & near)
    worst = 0.0
    for x0, y0, x1, y1 in boxes:
        a0, a1 = int(max(x0 / pw * gx, 0)), int(min(math.ceil(x1 / pw * gx), gx))
        b0, b1 = int(max(y0 / ph * gy, 0)), int(min(math.ceil(y1 / ph * gy), gy))
        if x1 <= 0 or y1 <= 0 or x0 >= pw or y0 >= ph or a1 <= a0 or b1 <= b0:
            return 1.0
        cell = good[b0:b1, a0:a1]
        worst = max(worst, 1.0 - float(cell.mean()))
    return worst


# ------------------------------------------------------------------------------------------------ G'MIC
def gmic_pipeline(capture: str, rng: np.random.Generator, seed: int, dpi: float) -> tuple[str, str]:
    """The G'MIC commands for a scanner-side capture (on a page raster read from .ppm) and the output
    extension (.ppm colour / .pgm grey or 1-bit)."""
    s = f"srand {seed % 100000} "
    ang = float(rng.normal(0, 0.6))
    if capture == "flatbed":
        return (s + f"rotate {ang:.3f},1,1 blur {float(rng.uniform(0.3, 0.8)):.2f} "
                f"apply_gamma {float(rng.uniform(0.9, 1.15)):.2f} noise {float(rng.uniform(1.0, 3.0)):.2f},0 cut 0,255"), ".ppm"
    if capture == "adf":
        return (s + f"luminance rotate {float(rng.normal(0, 1.2)):.3f},1,1 blur_y {float(rng.uniform(0.4, 1.2)):.2f} "
                f"noise {float(rng.uniform(2, 4)):.2f},0 cut 0,255"), ".pgm"
    if capture == "photocopy":
        return (s + f"luminance rotate {ang:.3f},1,1 blur {float(rng.uniform(0.5, 1.0)):.2f} "
                f"apply_gamma {float(rng.uniform(0.65, 0.85)):.2f} sub {float(rng.uniform(10, 30)):.0f} mul 1.25 "
                f"noise 6,2 noise {float(rng.uniform(3, 6)):.1f},0 cut 0,255"), ".pgm"
    if capture == "copy_of_copy":
        g = float(rng.uniform(0.7, 0.85))
        return (s + f"luminance rotate {ang:.3f},1,1 blur 0.8 apply_gamma {g:.2f} mul 1.2 cut 0,255 noise 3,2 "
                f"rotate {float(rng.normal(0, 0.8)):.3f},1,1 blur 0.9 apply_gamma {g:.2f} mul 1.25 sub 12 noise 5,0 "
                f"erode {int(rng.integers(1, 3))} cut 0,255"), ".pgm"
    if capture in ("fax_fine", "fax_std"):
        vy = 98 / 204 if capture == "fax_std" else 196 / 204
        dith = "ditheredbw" if rng.random() < 0.4 else f"threshold {float(rng.uniform(55, 72)):.0f}% mul 255"
        return (s + f"luminance rotate {float(rng.normal(0, 0.5)):.3f},1,1 blur 0.5 resize 100%,{vy * 100:.3f}%,1,1,2 "
                f"noise 8,0 {dith} cut 0,255"), ".pgm"
    if capture == "scanner_app":
        # a phone's scanner app: flattened page, auto-contrast ("magic colour"), sharpened, re-saved
        return (s + f"rotate {float(rng.normal(0, 0.4)):.3f},1,1 blur 0.6 sharpen {float(rng.uniform(40, 120)):.0f} "
                f"normalize 0,255 apply_gamma 0.8 mul 1.08 noise 1.5,0 cut 0,255"), ".ppm"
    if capture == "chat_forward":
        q1, q2 = int(rng.integers(55, 80)), int(rng.integers(45, 75))
        return (s + f"blur 0.4 noise 1.5,0 cut 0,255 resize2dy 1280,2 o /tmp/{{TMP}}_a.jpg,{q1} rm "
                f"i /tmp/{{TMP}}_a.jpg o /tmp/{{TMP}}_b.jpg,{q2} rm i /tmp/{{TMP}}_b.jpg"), ".ppm"
    if capture == "chat_screenshot":
        return (s + "blur 0.3 resize2dy 1150,2 cut 0,255"), ".ppm"
    if capture == "screen_moire":
        per = float(rng.uniform(2.6, 3.4))
        return (s + f"resize 150%,150%,1,3,1 "
                f"i[1] {{0,w}},{{0,h}},1,3,\"c==0?(x%3<1?1:0.25):c==1?(x%3>=1&&x%3<2?1:0.25):(x%3>=2?1:0.25)\" mul[0] [1] rm[1] "
                f"mul 1.8 rotate {float(rng.uniform(-6, 6)):.2f},1,0 blur {per * 0.3:.2f} resize 66%,66%,1,3,2 "
                f"warp_perspective {float(rng.uniform(-0.08, 0.08)):.3f},{float(rng.uniform(-0.08, 0.08)):.3f},1,1,1,0 "
                f"apply_gamma 0.9 noise 4,0 cut 0,255"), ".ppm"
    raise ValueError(capture)


def run_gmic(jobs: list[tuple[Path, str, Path]], tmp_tag: str) -> None:
    """One gmic process for a batch: each job reads its page (.ppm), runs its pipeline, writes its result."""
    if not jobs:
        return
    if shutil.which("gmic") is None:
        raise RuntimeError("family ZR's scanner side needs G'MIC (Debian gmic): `make sysdeps`")
    args = ["gmic", "-v", "-1"]
    env = {**os.environ, "OMP_NUM_THREADS": "1"}  # one thread: the machine is shared, CPU is the budget
    for k, (src, pipe, dst) in enumerate(jobs):
        tag = f"zr_{tmp_tag}_{k}"
        args += ["i", str(src)] + shlex.split(pipe.replace("{TMP}", tag)) + ["o", str(dst), "rm"]
    r = subprocess.run(args, capture_output=True, text=True, timeout=1800, env=env)
    if r.returncode != 0:
        raise RuntimeError("gmic failed: " + r.stderr[-2000:])
    for k in range(len(jobs)):
        for suf in ("a", "b"):
            Path(f"/tmp/zr_{tmp_tag}_{k}_{suf}.jpg").unlink(missing_ok=True)
