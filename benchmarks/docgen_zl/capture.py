"""Family ZL's captures. Photos (phones on desks, low light, sleeves with glare, curls and folds,
thumbs, 高拍仪 frames, screens photographed) are Panda3D scenes (photo.py) whose sensor noise, tone and
downscale run in GNU Octave; scans, feeder scans, photocopies, copies of copies, faxes and scanner-app
output run in GNU Octave with its image package (octave/zl_capture.m, one `octave-cli` call per file);
chat screenshots frame a forwarded copy in a chat viewer drawn by aggdraw and the text engine. Each
capture returns the image and which field characters it hides (out of frame, under the thumb, in the
glare's core)."""

from __future__ import annotations

import math
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import aggdraw
import numpy as np
from PIL import Image

from . import photo as P
from . import text as T

HERE = Path(__file__).resolve().parent
OCTAVE_SECONDS = [0.0, 0]  # wall seconds spent in octave-cli and the number of calls (README's figure)

PHOTO = {"phone_desk", "phone_lowlight", "phone_sleeve", "phone_curl", "phone_fold", "phone_thumb", "gaopaiyi", "screen_photo"}
SCAN = {"flatbed", "adf", "photocopy", "copy2", "fax", "scanapp"}


# ------------------------------------------------------------------ Octave

def octave(mode: str, img: np.ndarray, seed: int, params: dict) -> np.ndarray:
    """Run `zl_capture(in, out, mode, seed, params)` in octave-cli on `img`; returns the result."""
    exe = shutil.which("octave-cli") or shutil.which("octave")
    if exe is None:
        raise RuntimeError("octave-cli not installed (Debian: octave, octave-image)")
    tmp = tempfile.mkdtemp(prefix="zl_oct_")
    try:
        src, dst = os.path.join(tmp, "in.raw"), os.path.join(tmp, "out.raw")
        img = np.ascontiguousarray(img[..., :3] if img.ndim == 3 else np.repeat(img[..., None], 3, axis=2))
        Path(src).write_bytes(img.tobytes())
        fields = []
        for k, v in params.items():
            if isinstance(v, bool):
                v = int(v)
            if isinstance(v, list | tuple):
                v = "[" + " ".join(f"{float(x):.6g}" for x in v) + "]"
            else:
                v = f"{float(v):.6g}"
            fields.append(f'"{k}", {v}')
        p = "struct(" + ", ".join(fields) + ")" if fields else "struct()"
        cmd = f'addpath("{HERE / "octave"}"); zl_capture("{src}", "{dst}", [{img.shape[0]} {img.shape[1]}], "{mode}", {int(seed) % (2**31)}, {p});'
        env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1")
        t0 = time.perf_counter()
        r = subprocess.run([exe, "--no-gui", "--norc", "--no-history", "--quiet", "--eval", cmd],
                           capture_output=True, text=True, timeout=600, env=env)
        OCTAVE_SECONDS[0] += time.perf_counter() - t0
        OCTAVE_SECONDS[1] += 1
        if r.returncode != 0 or not os.path.exists(dst):
            raise RuntimeError(f"octave failed ({mode}): {r.stderr[-800:]}")
        h, w = (int(x) for x in Path(dst + ".size").read_text().split())
        return np.frombuffer(Path(dst).read_bytes(), np.uint8).reshape(h, w, 3).copy()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# ------------------------------------------------------------------ textures drawn by aggdraw

_DESKS: dict[str, np.ndarray] = {}


def desk(kind: str) -> np.ndarray:
    """A desk's texture (1024² px): wood grain, grey laminate, a white desk, dark glass, a cloth mat."""
    if kind in _DESKS:
        return _DESKS[kind]
    rng = np.random.default_rng(sum(map(ord, kind)))
    base = {"wood": (132, 94, 60), "laminate": (150, 152, 150), "white": (226, 224, 218), "glass": (38, 40, 44),
            "cloth": (46, 84, 62)}[kind]
    im = Image.new("RGB", (1024, 1024), base)
    d = aggdraw.Draw(im)
    if kind == "wood":
        for i in range(140):
            y0 = i * 1024 / 140 + rng.normal(0, 3)
            shade = int(rng.integers(-28, 18))
            pen = aggdraw.Pen(tuple(max(0, min(255, c + shade)) for c in base), float(rng.uniform(1, 6)), 140)
            path = aggdraw.Path()
            ph, amp = rng.uniform(0, 6), rng.uniform(2, 14)
            for x in range(0, 1025, 16):
                y = y0 + amp * math.sin(x / 170 + ph) + 0.4 * amp * math.sin(x / 37 + 2 * ph)
                (path.moveto if x == 0 else path.lineto)(x, y)
            d.path(path, pen)
    else:
        n = 9000 if kind in ("laminate", "cloth") else 2500
        for _ in range(n):
            x, y = rng.uniform(0, 1024, 2)
            s = int(rng.integers(-22, 22))
            r = float(rng.uniform(0.6, 2.2))
            d.ellipse((x - r, y - r, x + r, y + r), None, aggdraw.Brush(tuple(max(0, min(255, c + s)) for c in base), 120))
        if kind == "cloth":
            pen = aggdraw.Pen(tuple(c + 10 for c in base), 1.0, 90)
            for i in range(0, 1024, 6):
                d.line((i, 0, i, 1024), pen)
                d.line((0, i, 1024, i), pen)
    d.flush()
    _DESKS[kind] = np.asarray(im)
    return _DESKS[kind]


def glare_texture(gu: float, gv: float, ru: float, rv: float, ang: float, strength: float) -> np.ndarray:
    """The sleeve's glare sheet over the whole page (512² RGBA): an elliptical hot spot drawn by
    aggdraw as stacked translucent ellipses (a smooth falloff to its rim) and a faint overall sheen."""
    n = 512
    mask = Image.new("L", (n, n), int(14 * strength))
    d = aggdraw.Draw(mask)
    steps = 14
    for s in range(steps):
        f = 1 - s / steps  # from the rim to the core
        pts = []
        for i in range(48):
            t = 2 * math.pi * i / 48
            x, y = ru * f * math.cos(t), rv * f * math.sin(t)
            xr, yr = x * math.cos(ang) - y * math.sin(ang), x * math.sin(ang) + y * math.cos(ang)
            pts += [(gu + xr) * n, (1 - (gv + yr)) * n]
        d.polygon(pts, None, aggdraw.Brush(255, int(255 * strength / steps * 1.9)))
    d.flush()
    a = np.asarray(mask)
    rgba = np.empty((n, n, 4), np.uint8)
    rgba[..., :3] = 255
    rgba[..., 3] = a
    return rgba


def glare_level(gu, gv, ru, rv, ang, u, v) -> float:
    """Where (u, v) lies in the glare ellipse: 0 at its centre, 1 on its rim."""
    du, dv = u - gu, v - gv
    x = du * math.cos(-ang) - dv * math.sin(-ang)
    y = du * math.sin(-ang) + dv * math.cos(-ang)
    return math.hypot(x / ru, y / rv)


# ------------------------------------------------------------------ photos

def _char_uv(boxes: dict, w_mm: float, h_mm: float) -> dict[str, list[tuple[float, float]]]:
    return {k: [((b[0] + b[2]) / 2 / w_mm, 1 - (b[1] + b[3]) / 2 / h_mm) for b in v] for k, v in boxes.items()}


def hidden_fields(scene, boxes: dict, w_mm: float, h_mm: float, frame, glare) -> set[str]:
    """The fields with a character the photo does not show: its centre projected outside the frame
    (or behind the camera), under the thumb's footprint on the page, or in the glare's washed-out core
    (inside 0.6 of the hot spot's radii, where the additive sheet saturates the paper)."""
    hidden = set()
    for key, pts in _char_uv(boxes, w_mm, h_mm).items():
        if not pts:
            continue
        pix = scene.project(pts)
        for (u, v), (x, y) in zip(pts, pix, strict=True):
            out = not (np.isfinite(x) and 4 <= x <= frame[0] - 4 and 4 <= y <= frame[1] - 4)
            under = False
            if scene.thumb:
                tx, ty, rx, ry, ta = scene.thumb
                px, py = (u - 0.5) * w_mm - tx, (v - 0.5) * h_mm - ty
                lx = px * math.cos(-ta) - py * math.sin(-ta)
                ly = px * math.sin(-ta) + py * math.cos(-ta)
                under = (lx / (rx + 1.5)) ** 2 + (ly / (ry + 1.5)) ** 2 <= 1
            washed = glare is not None and glare_level(*glare, u, v) < 0.6
            if out or under or washed:
                hidden.add(key)
                break
    return hidden


def phone_photo(page: np.ndarray, w_mm: float, h_mm: float, boxes: dict, style: str, rng, seed: int):
    """A Panda3D photo of the page; returns (image, hidden field keys, notes)."""
    gaopaiyi = style == "gaopaiyi"
    card = w_mm < 100
    notes: list[str] = []
    L = max(w_mm, h_mm)
    portrait = h_mm > w_mm
    opts = {"ambient": 0.42, "tint": (1.0, 1.0, 1.0), "light": "window", "key": 0.75, "light_dir": float(rng.uniform(0, 2 * math.pi)),
            "fov": 62.0}
    if gaopaiyi:
        opts.update(ambient=0.55, light="lamp", key=0.6, fov=52.0, light_dir=-math.pi / 2)
    if style == "phone_lowlight":
        opts.update(ambient=0.16, key=0.34, light="lamp", tint=(1.0, 0.86, 0.66))
        notes.append("lowlight")
    if rng.random() < 0.35 and not gaopaiyi:
        opts["light"] = "lamp"
        notes.append("lamp")
    if style == "phone_curl":
        opts["curl"] = float(rng.uniform(0.4, 1.0))
        opts["bend"] = float(rng.uniform(2, 8)) * L / 297
        notes.append("curl")
    if style == "phone_fold":
        opts["fold"] = (float(rng.uniform(0.35, 0.65)), math.radians(float(rng.uniform(8, 25))))
        notes.append("fold")
    if style in ("phone_desk", "phone_thumb", "phone_sleeve") and rng.random() < 0.4:
        opts["bend"] = float(rng.uniform(1, 5)) * L / 297
    thumb = style == "phone_thumb" or (style == "phone_desk" and rng.random() < 0.15)
    if thumb:
        side = int(rng.integers(4))
        t = float(rng.uniform(0.15, 0.85))
        tu, tv = [(0.02, t), (0.98, t), (t, 0.02), (t, 0.98)][side]
        if card:  # a card is held at its edge by a thumb as big as a third of it
            tu, tv = [(0.05, t), (0.95, t), (t, 0.06), (t, 0.94)][side]
        opts["thumb"] = (tu, tv, float(rng.uniform(0, 180)))
        notes.append("thumb")
    glare = None
    if style == "phone_sleeve":
        gu, gv = float(rng.uniform(0.2, 0.8)), float(rng.uniform(0.2, 0.8))
        ru, rv = float(rng.uniform(0.08, 0.2)), float(rng.uniform(0.05, 0.14))
        ang = float(rng.uniform(0, math.pi))
        strength = float(rng.uniform(0.8, 1.0))
        glare = (gu, gv, ru, rv, ang)
        opts["glare"] = (gu, gv, ru, glare_texture(gu, gv, ru, rv, ang, strength))
        notes.append("glare")
    if gaopaiyi:
        frame = (P.W_PHOTO, P.H_PHOTO)
        tilt, yaw = float(rng.uniform(0, 3)), float(rng.uniform(-2, 2)) + (90 if portrait else 0)
    else:
        frame = (1600, 1200)  # a 12 MP phone photo as the workstation keeps it (downscaled to 1600 px)
        tilt = float(rng.uniform(4, 35))
        yaw = float(rng.uniform(-12, 12))
        if portrait:  # the phone held upright for an upright page, or turned (the page lies sideways)
            if rng.random() < 0.65:
                frame = (1200, 1600)
            else:
                yaw += 90
    opts["frame"] = frame
    desk_kind = "white" if gaopaiyi else str(rng.choice(["wood", "laminate", "white", "glass", "cloth"]))
    scene = P.Scene(page, w_mm, h_mm, desk(desk_kind), rng, opts)
    try:
        # the distance at which the page fills `fill` of the frame's short side
        fill = float(rng.uniform(0.7, 0.92)) if not card else float(rng.uniform(0.55, 0.85))
        if style == "phone_desk" and rng.random() < 0.15:
            fill = float(rng.uniform(1.0, 1.15))  # too close: an edge of the page is cut off
            notes.append("cropped")
        vfov = 2 * math.degrees(math.atan(math.tan(math.radians(opts["fov"] / 2)) * min(frame) / max(frame)))
        if frame[1] > frame[0]:
            vfov = opts["fov"] * 0.8  # the lens's field across the short side, upright
        side = (w_mm if abs(yaw % 180 - 90) < 45 else h_mm) if frame[0] >= frame[1] else w_mm
        dist = side / fill / (2 * math.tan(math.radians(vfov / 2)))
        look = (float(rng.uniform(-0.04, 0.04)) * w_mm, float(rng.uniform(-0.04, 0.04)) * h_mm)
        roll = float(rng.uniform(-4, 4))
        scene.aim(tilt, yaw, dist, look, roll)
        frames, shake, ap = 1, 0.0, 0.0
        if not gaopaiyi and rng.random() < 0.3:
            frames = 2 if rng.random() < 0.6 else 3
            shake = float(rng.uniform(0.02, 0.07))
            ap = float(rng.uniform(0.5, 3.0)) * dist / 400
            notes.append("shake" if shake > 0.045 else "defocus")
        img = scene.shoot(frames, shake, ap)
        hidden = hidden_fields(scene, boxes, w_mm, h_mm, frame, glare)
    finally:
        scene.close()
    # the phone's sensor and processing in Octave; the workstation's downscale of a 5 MP phone frame
    p = {"shot": float(rng.uniform(0.0005, 0.003)) * (4 if "lowlight" in notes else 1),
         "read": float(rng.uniform(0.002, 0.008)) * (3 if "lowlight" in notes else 1),
         "black": float(rng.uniform(0.0, 0.03)), "lo": float(rng.uniform(0.0, 0.06)), "hi": float(rng.uniform(0.8, 1.0)),
         "gamma": float(rng.uniform(0.8, 1.0)), "sat": float(rng.uniform(0.9, 1.2)),
         "wb": [float(rng.uniform(0.95, 1.06)), float(rng.uniform(0.93, 1.05))],
         "nr": float(rng.uniform(0.4, 0.9)), "sharp": float(rng.uniform(0.3, 1.2))}
    img = octave("phone", img, seed, p)
    return img, hidden, notes


def screen_texture(page: np.ndarray, screen_w: int) -> np.ndarray:
    """The page as a monitor shows it: scaled to the screen's pixels, each pixel split in R, G, B
    stripes with a dark gap — the subpixel grid the camera's sensor beats against (moiré)."""
    h = int(round(page.shape[0] * screen_w / page.shape[1]))
    small = np.asarray(Image.fromarray(page).resize((screen_w, h), Image.BILINEAR))
    big = np.repeat(np.repeat(small, 3, axis=1), 3, axis=0)
    big = big.reshape(h * 3, screen_w, 3, 3).copy()
    for c in range(3):  # subpixel c keeps only channel c
        for o in range(3):
            if o != c:
                big[:, :, c, o] = big[:, :, c, o] // 6
    big = big.reshape(h * 3, screen_w * 3, 3)
    big[2::3] = big[2::3] // 3  # the dark row between pixel rows
    return big


def screen_photo(page: np.ndarray, w_mm: float, h_mm: float, boxes: dict, rng, seed: int):
    """An e-licence shown on a monitor, photographed: the screen is a lit card in Panda3D with the
    subpixel grid as its texture (moiré where it beats against the frame's pixels)."""
    scale = 320.0 / max(w_mm, h_mm)  # the monitor shows the page 320 mm across
    tex = screen_texture(page, int(rng.integers(700, 1000)))
    sw, sh = w_mm * scale, h_mm * scale
    opts = {"ambient": 1.0, "tint": (1.0, 1.0, 1.0), "light": "lamp", "key": 0.15, "light_dir": 1.0,
            "fov": 62.0, "frame": (2048, 1536)}
    scene = P.Scene(tex, sw, sh, desk("glass"), rng, opts)
    try:
        tilt, yaw = float(rng.uniform(4, 22)), float(rng.uniform(-10, 10))
        vfov = 2 * math.degrees(math.atan(math.tan(math.radians(31)) * 1536 / 2048))
        dist = max(sh, sw * 1536 / 2048) / float(rng.uniform(0.75, 0.92)) / (2 * math.tan(math.radians(vfov / 2)))
        scene.aim(tilt, yaw, dist, (0.0, 0.0), float(rng.uniform(-3, 3)))
        img = scene.shoot(1, 0.0, 0.0)
        hidden = set()
        for key, pts in _char_uv(boxes, w_mm, h_mm).items():
            pix = scene.project(pts) if pts else np.zeros((0, 2))
            if any(not (np.isfinite(x) and 4 <= x <= 2044 and 4 <= y <= 1532) for x, y in pix):
                hidden.add(key)
    finally:
        scene.close()
    p = {"shot": 0.001, "read": 0.004, "black": 0.02, "lo": 0.03, "hi": 0.95, "gamma": 0.9, "sat": 1.05,
         "wb": [0.97, 1.04], "nr": 0.5, "sharp": 0.8}
    return octave("phone", img, seed, p), hidden


# ------------------------------------------------------------------ scans

def scan(page: np.ndarray, page_dpi: float, style: str, rng, seed: int, a3: bool = False):
    """Scanner / copier / fax side in Octave on a page drawn at the scan's dpi; returns (image, dpi
    of the result). A copier reduces an A3 licence onto A4 (71 %)."""
    skew = float(rng.uniform(-1.8, 1.8)) if rng.random() < 0.45 else 0.0
    if style in ("flatbed", "adf"):
        p = {"skew": skew, "blur": float(rng.uniform(0.4, 0.9)),
             "falloff": float(rng.uniform(0, 0.06)), "lo": float(rng.uniform(0.0, 0.08)), "hi": float(rng.uniform(0.88, 1.0)),
             "gamma": float(rng.uniform(0.85, 1.1)), "noise": float(rng.uniform(0.00005, 0.0004)),
             "gray": bool(rng.random() < 0.3), "streaks": int(rng.integers(1, 5))}
        return octave(style, page, seed, p), page_dpi
    if style in ("photocopy", "copy2"):
        scale = 0.707 if a3 and rng.random() < 0.7 else 1.0
        p = {"scale": scale, "skew": skew, "lo": float(rng.uniform(0.1, 0.25)),
             "hi": float(rng.uniform(0.7, 0.88)), "gamma": float(rng.uniform(0.9, 1.4)), "blur": float(rng.uniform(0.5, 1.0)),
             "toner": float(rng.uniform(0, 0.5)), "specks": float(rng.uniform(0.0005, 0.003)),
             "noise": float(rng.uniform(0.0002, 0.001)), "edge": float(rng.uniform(0.0, 0.04))}
        return octave(style, page, seed, p), page_dpi
    if style == "fax":
        fine = rng.random() < 0.6
        p = {"sx": 204.0 / page_dpi, "sy": (196.0 if fine else 98.0) / page_dpi, "skew": skew,
             "noise": float(rng.uniform(0.0001, 0.001)), "dither": bool(rng.random() < 0.35),
             "level": float(rng.uniform(0.45, 0.62)), "dropout": bool(rng.random() < 0.3)}
        return octave("fax", page, seed, p), 204.0
    if style == "scanapp":
        p = {"lo": float(rng.uniform(0.05, 0.2)), "gamma": float(rng.uniform(0.8, 1.1)), "bw": bool(rng.random() < 0.35),
             "scale": 1.0}
        return octave("scanapp", page, seed, p), page_dpi
    raise ValueError(style)


# ------------------------------------------------------------------ chat screenshot

def chat_screenshot(img: np.ndarray, rng, seed: int, face: str) -> np.ndarray:
    """A forwarded copy opened in a chat app and screenshotted: the image downscaled (in Octave) to the
    phone's 1080 px width, framed by a status bar, a title bar and a dark viewer background."""
    W, H = 1080, 2340
    h0, w0 = img.shape[:2]
    s = min(W / w0, (H - 420) / h0)
    small = octave("resize", img, seed, {"scale": s})
    cv = T.Canvas(W / 10.0, H / 10.0, 254.0, "lcd", (12, 12, 12))  # 10 px per mm: a phone screen
    d = aggdraw.Draw(cv.art)
    d.rectangle((0, 0, W, 96), None, aggdraw.Brush((20, 20, 20)))
    d.rectangle((W - 120, 34, W - 60, 62), aggdraw.Pen((230, 230, 230), 3))
    d.rectangle((W - 116, 38, W - 116 + int(rng.integers(10, 52)), 58), None, aggdraw.Brush((230, 230, 230)))
    d.flush()
    hh = int(rng.integers(8, 23))
    cv.text(face, 4.0, 4.0, 6.4, f"{hh}:{int(rng.integers(0, 60)):02d}", color=(235, 235, 235))
    cv.text(face, 4.4, 4.0, 17.0, "<", color=(235, 235, 235))
    cv.text(face, 3.6, 44.0, 17.0, f"{int(rng.integers(1, 30))}/{int(rng.integers(30, 60))}", color=(235, 235, 235))
    out = cv.finish()
    y0 = (H - small.shape[0]) // 2 + 60
    x0 = (W - small.shape[1]) // 2
    out[y0:y0 + small.shape[0], x0:x0 + small.shape[1]] = small
    return out
