"""Family Z's captures, done by G'MIC (the `gmic` command, called with an argument list and a timeout):
what a 综合受理 window receives. Projective warps are G'MIC `warp` over a backward map whose
coefficients numpy solves; light, shadows, glare, folds and screen moiré are G'MIC math (`fill`);
blur, motion blur, noise, sharpening, thresholding and dithering, resizing and the JPEG/PNG/TIFF
writers are G'MIC's own. Pillow only re-saves G'MIC's PNG as WEBP or wraps it in a PDF page (formats
G'MIC does not write)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import numpy as np

GMIC = "gmic"

# capture -> (weight per kind group), set in generate.plan_capture
CAPTURES = ["scan_flatbed", "scan_adf", "phone_desk", "phone_lowlight", "gaopaiyi", "photocopy", "copy_of_copy",
            "fax", "scanner_app", "chat_forward", "screen_photo", "pdf_print"]


def version() -> str:
    out = subprocess.run([GMIC, "-version"], capture_output=True, text=True, timeout=60)
    return " ".join((out.stdout + out.stderr).split())[:200]


def homography(src: np.ndarray, dst: np.ndarray) -> np.ndarray:
    """3x3 H with H @ [x, y, 1] ~ dst for each src point (four points)."""
    a = []
    for (x, y), (u, v) in zip(src, dst, strict=False):
        a.append([x, y, 1, 0, 0, 0, -u * x, -u * y, -u])
        a.append([0, 0, 0, x, y, 1, -v * x, -v * y, -v])
    _, _, vt = np.linalg.svd(np.asarray(a, float))
    h = vt[-1].reshape(3, 3)
    return h / h[2, 2]


def _warp_args(w: int, h: int, out_w: int, out_h: int, corners: np.ndarray) -> list[str]:
    """G'MIC arguments warping the selected image (w x h, RGBA) so its corners land on `corners` in an
    out_w x out_h canvas (transparent outside)."""
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], float)
    hi = homography(corners, src)  # output pixel -> source pixel (backward map)
    a, b, c, d, e, f, g, k, _ = hi.ravel()
    expr = (f"D={g:.10g}*x+{k:.10g}*y+1;"
            f"c==0?({a:.10g}*x+{b:.10g}*y+{c:.10g})/D:({d:.10g}*x+{e:.10g}*y+{f:.10g})/D")
    return ["input", f"{out_w},{out_h},1,2,{expr}", "warp[0]", "[1],0,1,0", "rm[1]"]


def _desk(out_w: int, out_h: int, rng: np.random.Generator) -> list[str]:
    """A desk or counter: wood, grey laminate, a dark glass top, a cutting mat; a colour gradient."""
    base = [(150, 110, 75), (200, 200, 196), (60, 64, 70), (35, 90, 70), (215, 205, 185), (120, 85, 60)][int(rng.integers(6))]
    gx, gy = rng.uniform(-30, 30, 2)
    r, g, b = base
    expr = (f"v=c==0?{r}:c==1?{g}:{b};v+{gx:.1f}*x/w+{gy:.1f}*y/h+8*sin(y/{rng.uniform(5, 40):.1f}+x/300)")
    return ["input", f"{out_w},{out_h},1,3,{expr}", "noise[-1]", f"{rng.uniform(3, 9):.1f}"]


def _light(rng: np.random.Generator, strength: float) -> str:
    """Uneven light across the frame (a lamp off to one side)."""
    ax, ay = rng.uniform(-strength, strength, 2)
    return f"i*(1+{ax:.3f}*(x/w-0.5)+{ay:.3f}*(y/h-0.5))"


def _shadow(rng: np.random.Generator) -> str:
    """A soft straight shadow edge (a phone or a hand between lamp and page)."""
    ang = rng.uniform(0, 2 * np.pi)
    ca, sa = np.cos(ang), np.sin(ang)
    off = rng.uniform(0.25, 0.45)
    depth = rng.uniform(0.25, 0.45)
    return f"i*(1-{depth:.3f}*cut(((x/w-0.5)*{ca:.3f}+(y/h-0.5)*{sa:.3f}-{off:.3f})/0.06,0,1))"


def _glare(rng: np.random.Generator) -> str:
    cx, cy = rng.uniform(0.2, 0.8, 2)
    rx, ry = rng.uniform(0.06, 0.16), rng.uniform(0.04, 0.1)
    g = rng.uniform(0.35, 0.55)
    return f"i+{g:.3f}*exp(-(((x/w-{cx:.3f})/{rx:.3f})^2+((y/h-{cy:.3f})/{ry:.3f})^2))*(255-i)"


def _fold(rng: np.random.Generator, vertical: bool) -> str:
    p = rng.uniform(0.4, 0.6)
    v = "x/w" if vertical else "y/h"
    return f"i*(1-0.16*exp(-(({v}-{p:.3f})*180)^2)+0.05*exp(-(({v}-{p:.3f}-0.006)*120)^2))"


def _corners(rng: np.random.Generator, w: int, h: int, out_w: int, out_h: int, fill: float, tilt: float) -> np.ndarray:
    """Where a w x h page lands in the frame: scaled to `fill` of it, rotated a little, with a
    perspective tilt of about `tilt` (a fraction of the page's size)."""
    s = fill * min(out_w / w, out_h / h)
    cw, ch = w * s, h * s
    ang = np.radians(rng.normal(0, 4 if tilt > 0.02 else 1.0))
    cx = out_w / 2 + rng.uniform(-0.5, 0.5) * (out_w - cw) * 0.5
    cy = out_h / 2 + rng.uniform(-0.5, 0.5) * (out_h - ch) * 0.5
    pts = np.array([[-cw / 2, -ch / 2], [cw / 2, -ch / 2], [cw / 2, ch / 2], [-cw / 2, ch / 2]])
    side = int(rng.integers(4))  # the edge nearer the camera grows
    k = rng.uniform(0.3, 1.0) * tilt
    for i in range(4):
        grow = k if i in (side, (side + 1) % 4) else -k
        pts[i] *= 1 + grow
    pts += rng.normal(0, tilt * 0.25 * min(cw, ch), (4, 2))
    rot = np.array([[np.cos(ang), -np.sin(ang)], [np.sin(ang), np.cos(ang)]])
    return pts @ rot.T + [cx, cy]


def run(args: list[str], timeout: float = 120) -> None:
    # one thread: G'MIC's noise draws per-thread random streams, so only a single thread makes a seed
    # reproduce the same bytes (and the generator's budget is one core anyway)
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    out = subprocess.run([GMIC, "-v", "-1", *args], capture_output=True, text=True, timeout=timeout, env=env)
    if out.returncode != 0:
        raise RuntimeError(f"gmic failed ({out.returncode}): {out.stderr[-800:]} :: {' '.join(args)[:400]}")


def capture(page_png: Path, w: int, h: int, cap: str, marks: list[str], fmt: str, out: Path,
            rng: np.random.Generator, small: bool) -> Path:
    """Capture the rendered page `page_png` (w x h) as `cap` into `out` (suffix set by `fmt`). `small`:
    the page is an ID card (a phone frames it closer, a scanner bed is larger than it)."""
    a: list[str] = ["srand", str(int(rng.integers(1, 2**31 - 1))), str(page_png), "to_rgb"]
    grey = False
    if cap in ("phone_desk", "phone_lowlight", "chat_forward", "screen_photo"):
        out_w, out_h = (1600, 1200) if rng.random() < 0.6 else (2000, 1500)
        if h > w and rng.random() < 0.7:
            out_w, out_h = out_h, out_w
        if cap == "screen_photo":
            # the e-licence on a phone screen: page in a bezel, sub-pixel grid, then photographed
            sw, sh = int(w * 0.6), int(h * 0.6)
            bz = int(sw * 0.05)
            a += ["resize", f"{sw},{sh},1,3,2",
                  "fill", f"i*(0.86+0.14*cos(x*{rng.uniform(1.9, 2.6):.2f})*cos(y*{rng.uniform(1.9, 2.6):.2f}))",
                  "resize", f"{sw + 2 * bz},{sh + 2 * bz},1,3,0,0,0.5,0.5"]
            w, h = sw + 2 * bz, sh + 2 * bz
        fill = rng.uniform(0.55, 0.8) if small else rng.uniform(0.72, 0.95)
        tilt = rng.uniform(0.02, 0.09)
        a += ["to_rgba"] + _warp_args(w, h, out_w, out_h, _corners(rng, w, h, out_w, out_h, fill, tilt))
        a += _desk(out_w, out_h, rng) + ["move[-1]", "0", "blend", "alpha"]
        a += ["fill", _light(rng, 0.35)]
        if "shadow" in marks:
            a += ["fill", _shadow(rng)]
        if "glare" in marks:
            a += ["fill", _glare(rng)]
        if "fold" in marks:
            a += ["fill", _fold(rng, rng.random() < 0.5)]
        if cap == "phone_lowlight":
            a += ["fill", f"i*{rng.uniform(0.45, 0.65):.2f}+8", "noise", f"{rng.uniform(6, 11):.1f}", "blur", f"{rng.uniform(0.8, 1.4):.2f}"]
        else:
            a += ["blur", f"{rng.uniform(0.5, 1.3):.2f}", "noise", f"{rng.uniform(2, 5):.1f}"]
        if "motion_blur" in marks:
            a += ["blur_linear", f"{rng.uniform(2, 5):.1f},0.3,{rng.uniform(0, 180):.0f}"]
        a += ["sharpen", f"{rng.uniform(20, 60):.0f}"]
        if cap == "chat_forward":
            # downscaled by the chat app, shown in its viewer (dark frame, status bar), screenshotted
            vw = 1080
            vh = int(vw * out_h / out_w)
            a += ["resize", f"{vw},{vh},1,3,2", "cut", "0,255", "output", str(out.with_suffix(".tmp.jpg")) + f",{int(rng.integers(55, 75))}",
                  "rm", "input", str(out.with_suffix(".tmp.jpg"))]
            full_h = max(2340, vh + 400)
            a += ["resize", f"{vw},{full_h},1,3,0,0,0.5,0.5"]
            # the viewer's status bar: clock digits and a battery as white blocks, a close arrow
            for k in range(4):
                x0 = 40 + k * 22 + (10 if k > 1 else 0)
                a += ["polygon", f"4,{x0},30,{x0 + 14},30,{x0 + 14},56,{x0},56,1,235,235,235"]
            a += ["polygon", f"4,{vw - 110},32,{vw - 50},32,{vw - 50},54,{vw - 110},54,1,235,235,235",
                  "polygon", f"3,40,{full_h - 140},80,{full_h - 170},80,{full_h - 110},0.8,220,220,220"]
    elif cap in ("scan_flatbed", "scan_adf", "photocopy", "copy_of_copy", "fax", "gaopaiyi", "scanner_app"):
        if small:
            pass  # ID cards reach these captures mounted on an A4 page (generate.mount)
        if cap == "gaopaiyi":
            out_w, out_h = (2048, 1536) if w >= h else (1536, 2048)
            fill = rng.uniform(0.75, 0.9)
            a += ["to_rgba"] + _warp_args(w, h, out_w, out_h, _corners(rng, w, h, out_w, out_h, fill, rng.uniform(0.003, 0.015)))
            g = int(rng.integers(40, 90))
            a += ["input", f"{out_w},{out_h},1,3,{g}+12*x/w", "move[-1]", "0", "blend", "alpha"]
            a += ["fill", f"i*({rng.uniform(0.85, 1.15):.2f}-{rng.uniform(0.2, 0.4):.2f}*((x/w-0.5)^2+(y/h-0.5)^2))"]
            if "glare" in marks:
                a += ["fill", _glare(rng)]
            a += ["blur", f"{rng.uniform(0.4, 0.9):.2f}", "noise", f"{rng.uniform(2, 4):.1f}", "sharpen", "40"]
        elif cap == "scanner_app":
            a += ["rotate", f"{rng.normal(0, 0.6):.2f},1,1", "fill", "cut((i-30)*1.25,0,255)", "sharpen", f"{rng.uniform(40, 120):.0f}"]
            if rng.random() < 0.5:
                a += ["luminance"]
                grey = True
        else:
            scale = {"scan_flatbed": rng.uniform(0.85, 1.25), "scan_adf": rng.uniform(0.7, 0.95), "photocopy": rng.uniform(0.9, 1.1),
                     "copy_of_copy": rng.uniform(0.9, 1.1), "fax": rng.uniform(0.75, 0.9)}[cap]
            angle = rng.normal(0, 0.8 if cap == "scan_flatbed" else 1.6)
            a += ["resize", f"{int(w * scale)},{int(h * scale)},1,3,{5 if scale > 1 else 2}",
                  "rotate", f"{angle:.2f},1,1"]
            if "fold" in marks:
                a += ["fill", _fold(rng, rng.random() < 0.5)]
            if cap == "scan_flatbed":
                a += ["fill", f"cut(i*{rng.uniform(0.95, 1.05):.3f}+{rng.uniform(-6, 6):.1f},0,255)", "blur", f"{rng.uniform(0.3, 0.7):.2f}",
                      "noise", f"{rng.uniform(1, 2.5):.1f}"]
                if rng.random() < 0.3:
                    a += ["luminance"]
                    grey = True
            elif cap == "scan_adf":
                sx = int(rng.integers(50, int(w * scale) - 50))
                a += ["luminance", "blur", "0.6", "fill", f"cut(i+(abs(x-{sx})<2?-60:0),0,255)", "noise", "2", "sharpen", "30"]
                grey = True
            elif cap in ("photocopy", "copy_of_copy"):
                rounds = 2 if cap == "copy_of_copy" else 1
                a += ["luminance"]
                for _ in range(rounds):
                    a += ["blur", f"{rng.uniform(0.5, 0.9):.2f}",
                          "fill", f"cut(255*(((i/255)^{rng.uniform(0.9, 1.3):.2f})*{rng.uniform(1.15, 1.4):.2f}-{rng.uniform(0.08, 0.2):.2f}),0,255)",
                          "noise", f"{rng.uniform(0.1, 0.4):.2f},2", "noise", "3"]
                a += ["fill", f"i*(1-{rng.uniform(0.05, 0.2):.2f}*cut((min(x,w-x,y,h-y)<{int(rng.integers(8, 40))})*1,0,1))"]
                grey = True
            else:  # fax: standard 200x100 dpi or fine, 1 bit
                a += ["luminance", "resize", f"100%,{50 if rng.random() < 0.5 else 100}%,1,1,2", "resize", f"{int(w * scale)},{int(h * scale)},1,1,1"]
                if rng.random() < 0.5:
                    a += ["threshold", f"{rng.uniform(55, 70):.0f}%", "mul", "255"]
                else:
                    a += ["ditheredbw"]
                a += ["noise", "0.2,2"]
                grey = True
    a += ["cut", "0,255"]
    final = out.with_suffix({"jpg": ".jpg", "png": ".png", "tif": ".tif", "webp": ".png", "pdf": ".png"}[fmt])
    if fmt == "jpg":
        q = {"chat_forward": (45, 70), "phone_lowlight": (55, 85), "scan_adf": (60, 85)}.get(cap, (60, 93))
        a += ["output", f"{final},{int(rng.integers(*q))}"]
    elif fmt == "tif":
        a += ["output", f"{final},uchar,lzw"]
    else:
        a += ["output", str(final)]
    run(a)
    tmp = out.with_suffix(".tmp.jpg")
    if tmp.exists():
        tmp.unlink()
    if fmt in ("webp", "pdf"):
        from PIL import Image

        with Image.open(final) as im:
            im.load()
            im = im.convert("RGB") if im.mode not in ("L", "RGB") else im
        final.unlink()
        target = out.with_suffix("." + fmt)
        if fmt == "webp":
            im.save(target, "WEBP", quality=int(rng.integers(50, 85)))
        else:
            dpi = 200 if not grey else 150
            im.save(target, "PDF", resolution=float(dpi))
        return target
    return final
