"""What a 综合受理 window receives, made with GEGL's command line (`gegl base.png -- op prop=… …`,
argument lists with a timeout): every capture lays the rendered page onto a base (scanner lid, desk,
高拍仪 mat, chat viewer, monitor) with `gegl:over` and a `gegl:transform` 3×3 matrix (GEGL reads
`matrix(…)` column-major; a homography from four corners for phone angles), then GEGL's own filters:
lens-distortion, motion-blur-linear, gaussian-blur, noise-*, vignette, dropshadow, exposure,
shadows-highlights, threshold/dither for faxes, unsharp-mask, jpg/png/webp/tiff-save. Pillow only
draws the overlays (art.py) and writes what GEGL lacks (TIFF G4, PDF wrappers)."""

from __future__ import annotations

import random
import subprocess
from pathlib import Path

import numpy as np
from PIL import Image

from benchmarks.docgen_zc import art

CAPTURES = {  # name: weight for documents / for ID cards
    "flatbed": (14, 14), "adf": (8, 0), "phone_desk": (22, 30), "gaopaiyi": (10, 16), "photocopy": (10, 12),
    "fax": (5, 0), "scanner_app": (7, 8), "chat_screenshot": (8, 12), "screen_photo": (5, 4), "e_pdf": (6, 0),
    "printed_e": (5, 0),
}


def pick(rng: random.Random, card: bool) -> str:
    names = list(CAPTURES)
    return rng.choices(names, weights=[CAPTURES[n][1 if card else 0] for n in names])[0]


def homography(src: list[tuple[float, float]], dst: list[tuple[float, float]]) -> list[float]:
    """The 3×3 projective matrix taking the four `src` corners to `dst`, as GEGL's column-major list."""
    a, b = [], []
    for (x, y), (u, v) in zip(src, dst, strict=False):
        a.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        b.append(u)
        a.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        b.append(v)
    h = np.linalg.solve(np.array(a, float), np.array(b, float))
    m = [[h[0], h[1], h[2]], [h[3], h[4], h[5]], [h[6], h[7], 1.0]]
    return [m[r][c] for c in range(3) for r in range(3)]


def mat(m: list[float]) -> str:
    return "transform=matrix(" + ",".join(f"{v:.9g}" for v in m) + ")"


def gegl(base: Path, ops: list[str], timeout: int = 120) -> None:
    subprocess.run(["gegl", str(base), "--", *ops], check=True, capture_output=True, timeout=timeout)


def _save(ops: list[str], out: Path, fmt: str, rng: random.Random, q: int) -> list[str]:
    if fmt == "jpg":
        return ops + ["gegl:jpg-save", f"path={out}", f"quality={q}"]
    if fmt == "webp":
        return ops + ["gegl:webp-save", f"path={out}", f"quality={q}"]
    if fmt == "tiff":  # 8-bit grey, as a feeder scanner writes it (GEGL's default is float RGBA)
        return ops + ["gegl:convert-format", "format=Y' u8", "gegl:tiff-save", f"path={out}", "bitdepth=8", "fp=0"]
    return ops + ["gegl:png-save", f"path={out}", "compression=3"]


def capture(kind_card: bool, page: Path, work: Path, stem: str, rng: random.Random, cap: str, paper_marks: list[Path],
            marks: list[str], out_dir: Path) -> tuple[str, str]:
    """Make file `stem.<ext>` in out_dir from the rendered page; returns (file name, format)."""
    with Image.open(page) as im:
        pw, ph = im.size
    marks_ops: list[str] = []
    for m in paper_marks:
        marks_ops += ["gegl:over", "aux=[", "gegl:load", f"path={m}", "]"]
    corners = [(0, 0), (pw, 0), (pw, ph), (0, ph)]
    fmt = "jpg"
    q = rng.randint(70, 92)
    post: list[str] = []
    if cap in ("flatbed", "adf", "photocopy", "fax", "printed_e"):
        s = rng.uniform(0.8, 1.0) if cap != "fax" else 1.0
        pad = int(pw * s * 0.03)
        W, H = int(pw * s) + 2 * pad, int(ph * s) + 2 * pad
        ang = np.radians(rng.uniform(-1.2, 1.2) if cap != "adf" else rng.uniform(-2.5, 2.5))
        cx, cy = pw / 2, ph / 2
        dst = [(W / 2 + s * ((x - cx) * np.cos(ang) - (y - cy) * np.sin(ang)),
                H / 2 + s * ((x - cx) * np.sin(ang) + (y - cy) * np.cos(ang))) for x, y in corners]
        base = Image.new("RGB", (W, H), (252, 252, 250) if cap != "photocopy" else (236, 236, 236))
        post = ["gegl:gaussian-blur", f"std-dev-x={rng.uniform(0.3, 0.8):.2f}", f"std-dev-y={rng.uniform(0.3, 0.8):.2f}"]
        if cap in ("adf", "photocopy", "fax"):
            post += ["gegl:gray"]
        if cap == "adf":
            post += ["gegl:motion-blur-linear", f"length={rng.uniform(1, 2.5):.1f}", "angle=90"]
            fmt = rng.choice(["tiff", "pdf", "jpg"])
        if cap == "photocopy":
            post += ["gegl:brightness-contrast", f"contrast={rng.uniform(1.2, 1.6):.2f}", f"brightness={rng.uniform(-0.05, 0.08):.2f}",
                     "gegl:noise-hurl", f"pct-random={rng.uniform(1, 4):.1f}", f"seed={rng.randint(0, 9999)}",
                     "gegl:gaussian-blur", "std-dev-x=0.6", "std-dev-y=0.6"]
            if rng.random() < 0.35:  # a copy of a copy
                marks.append("copy_of_copy")
                post += ["gegl:brightness-contrast", "contrast=1.4", "brightness=0.03", "gegl:gaussian-blur", "std-dev-x=0.8", "std-dev-y=0.8"]
            fmt = rng.choice(["jpg", "png", "pdf"])
        if cap == "fax":
            post += ["gegl:threshold", f"value={rng.uniform(0.5, 0.62):.2f}"] if rng.random() < 0.6 else \
                ["gegl:dither", "red-levels=2", "green-levels=2", "blue-levels=2", "dither-method=floyd-steinberg", f"seed={rng.randint(0, 999)}"]
            fmt = "tiff_g4" if rng.random() < 0.7 else "png"
        if cap == "flatbed":
            fmt = rng.choice(["jpg", "jpg", "png", "pdf", "webp"])
        if cap == "printed_e":
            post += ["gegl:noise-rgb", "red=0.02", "green=0.02", "blue=0.02", f"seed={rng.randint(0, 999)}"]
            fmt = rng.choice(["jpg", "pdf"])
    else:
        if cap == "chat_screenshot":
            W, H = 1080, 2340 if rng.random() < 0.5 else 1920
        elif kind_card:
            W, H = rng.choice([(1600, 1200), (1440, 1080), (1280, 960)])
        else:  # the phone turned to the page's orientation
            W, H = rng.choice([(2000, 1500), (1600, 1200), (2400, 1800)])
            if ph > pw:
                W, H = H, W
        box = (0, 0, W, H)
        if cap == "chat_screenshot":
            base, box = art.chat_frame(W, H, rng)
        elif cap == "screen_photo":
            base = Image.new("RGB", (W, H), (20, 20, 24))
        elif cap == "gaopaiyi":
            base = Image.new("RGB", (W, H), rng.choice([(40, 40, 40), (200, 200, 200), (30, 60, 110)]))
        else:
            base = art.desk(W, H, rng)
        bx0, by0, bx1, by1 = box
        bw, bh = bx1 - bx0, by1 - by0
        fill = rng.uniform(0.6, 0.85) if cap != "gaopaiyi" else rng.uniform(0.7, 0.88)
        s = min(bw * fill / pw, bh * fill / ph)
        jit = {"phone_desk": 0.08, "chat_screenshot": 0.07, "screen_photo": 0.06, "gaopaiyi": 0.015, "scanner_app": 0.0}[cap]
        cx, cy = bx0 + bw / 2 + rng.uniform(-0.04, 0.04) * bw, by0 + bh / 2 + rng.uniform(-0.04, 0.04) * bh
        ang = np.radians(rng.uniform(-6, 6) if cap != "gaopaiyi" else rng.uniform(-2, 2))
        dst = []
        for x, y in corners:
            dx, dy = (x - pw / 2) * s, (y - ph / 2) * s
            u = cx + dx * np.cos(ang) - dy * np.sin(ang) + rng.uniform(-jit, jit) * pw * s
            v = cy + dx * np.sin(ang) + dy * np.cos(ang) + rng.uniform(-jit, jit) * ph * s
            dst.append((u, v))
        if cap == "scanner_app":  # the app crops and flattens: the page fills the frame
            W, H = int(pw * 0.8), int(ph * 0.8)
            base = Image.new("RGB", (W, H), "white")
            dst = [(0, 0), (W, 0), (W, H), (0, H)]
        post = []
        if cap in ("phone_desk", "screen_photo", "chat_screenshot"):
            post += ["gegl:lens-distortion", f"main={rng.uniform(-8, 10):.1f}", f"zoom={rng.uniform(0, 5):.1f}"]
            if rng.random() < 0.3:
                marks.append("motion_blur")
                post += ["gegl:motion-blur-linear", f"length={rng.uniform(2, 6):.1f}", f"angle={rng.uniform(0, 180):.0f}"]
            else:
                post += ["gegl:gaussian-blur", f"std-dev-x={rng.uniform(0.4, 1.2):.2f}", f"std-dev-y={rng.uniform(0.4, 1.2):.2f}"]
            if rng.random() < 0.5:
                post += ["gegl:vignette", f"radius={rng.uniform(1.1, 1.6):.2f}", f"softness={rng.uniform(0.6, 0.9):.2f}", f"strength={rng.uniform(0.3, 0.7):.2f}"]
            if rng.random() < 0.3:
                marks.append("low_light")
                post += ["gegl:exposure", f"exposure={rng.uniform(-1.2, -0.5):.2f}", "gegl:noise-hsv", f"value-distance={rng.uniform(0.03, 0.07):.3f}", f"seed={rng.randint(0, 999)}"]
        if cap == "screen_photo":
            post += ["gegl:color-temperature", f"intended-temperature={rng.randint(5000, 9000)}", "gegl:noise-rgb", "red=0.03", "green=0.03", "blue=0.03", f"seed={rng.randint(0, 999)}"]
        if cap == "gaopaiyi":
            post += ["gegl:lens-distortion", f"main={rng.uniform(-4, 4):.1f}", "gegl:exposure", f"exposure={rng.uniform(-0.5, 0.6):.2f}",
                     "gegl:unsharp-mask", f"std-dev={rng.uniform(1, 2):.1f}", f"scale={rng.uniform(0.3, 0.8):.2f}"]
        if cap == "scanner_app":
            post += ["gegl:shadows-highlights", f"shadows={rng.uniform(20, 60):.0f}", "gegl:brightness-contrast",
                     f"contrast={rng.uniform(1.1, 1.4):.2f}", "gegl:unsharp-mask", "std-dev=1.5", "scale=0.6"]
            if rng.random() < 0.4:
                post += ["gegl:gray"]
            fmt = rng.choice(["jpg", "pdf", "png"])
        if cap == "chat_screenshot":
            q = rng.randint(55, 80)
            fmt = rng.choice(["jpg", "png", "webp"])
        if cap == "phone_desk":
            q = rng.randint(60, 92)
            fmt = rng.choice(["jpg", "jpg", "jpg", "webp"])
    bpath = work / f"{stem}_base.png"
    base.save(bpath, compress_level=1)
    m = homography(corners, dst)
    page_ops = ["gegl:load", f"path={page}", *marks_ops, "gegl:transform", mat(m), "sampler=linear"]
    if cap in ("phone_desk", "gaopaiyi", "screen_photo", "chat_screenshot"):
        page_ops += ["gegl:dropshadow", f"x={rng.uniform(2, 12):.0f}", f"y={rng.uniform(2, 12):.0f}", f"radius={rng.uniform(6, 20):.0f}", f"opacity={rng.uniform(0.3, 0.7):.2f}"]
    ops = ["gegl:over", "aux=[", *page_ops, "]"]
    over_after: list[Path] = []
    if cap in ("phone_desk", "gaopaiyi", "screen_photo") and rng.random() < 0.3:
        marks.append("glare")
        g = work / f"{stem}_glare.png"
        art.glare(W, H, rng, rng.uniform(0.3, 0.6)).save(g, compress_level=1)
        over_after.append(g)
    if cap in ("phone_desk", "gaopaiyi") and rng.random() < 0.12:
        marks.append("sleeve")
        g = work / f"{stem}_sleeve.png"
        sl = Image.new("RGBA", (W, H), (235, 238, 245, 40))
        sl.alpha_composite(art.glare(W, H, rng, 0.35))
        sl.save(g, compress_level=1)
        over_after.append(g)
    if cap == "phone_desk" and rng.random() < 0.3:
        marks.append("shadow")
        g = work / f"{stem}_shadow.png"
        art.hand_shadow(W, H, rng).save(g, compress_level=1)
        over_after.append(g)
    for g in over_after:
        ops += ["gegl:over", "aux=[", "gegl:load", f"path={g}", "gegl:gaussian-blur", "std-dev-x=25", "std-dev-y=25", "]"]
    ops += post
    if cap == "chat_screenshot":  # the photo forwarded into the viewer's box, the frame kept
        pass
    if fmt in ("tiff_g4", "pdf"):
        tmp = work / f"{stem}_out.png"
        gegl(bpath, _save(ops, tmp, "png", rng, q))
        im = Image.open(tmp)
        if fmt == "tiff_g4":
            name = f"{stem}.tiff"
            im.convert("L").point(lambda v: 255 if v > 127 else 0).convert("1").save(out_dir / name, compression="group4", dpi=(200, 200))
            return name, "tiff_g4"
        name = f"{stem}.pdf"
        im.convert("RGB").save(out_dir / name, "PDF", resolution=150.0, quality=85)
        return name, "pdf_scan"
    ext = {"jpg": "jpg", "png": "png", "webp": "webp", "tiff": "tiff"}[fmt]
    name = f"{stem}.{ext}"
    gegl(bpath, _save(ops, out_dir / name, fmt, rng, q))
    return name, fmt
