"""How a clerk receives family O's pages, all done by ImageMagick command chains (`-seed` makes its
noise and plasma deterministic): a flatbed scan, a scanning app's black-and-white document mode, a
高拍仪 (barrel distortion, LED hot-spot, the arm's shadow), a phone photo on a desk (perspective,
tungsten light, motion blur, noise), a grey photocopy, a licence in a glass frame, in a plastic
sleeve, and a low-light photo; then the file format."""

from __future__ import annotations

import os
import random
import subprocess
import time
from pathlib import Path

from PIL import Image

CONVERT = "/usr/bin/convert"
FIXED = time.strptime("2026-12-04 09:30", "%Y-%m-%d %H:%M")  # the PDFs' dates, so a seed gives the same bytes


ENV = {**os.environ, "MAGICK_THREAD_LIMIT": "1", "OMP_NUM_THREADS": "1"}  # OpenMP threads crawl on a loaded machine


def im(*args: str) -> None:
    # Triangle resampling and light PNG compression: Lanczos and zlib's default cost 5-10x on this machine
    subprocess.run([CONVERT, "-filter", "Triangle", "-define", "png:compression-level=1", *args[:-1], "-depth", "8", args[-1]], check=True,
                   capture_output=True, env=ENV)


def _size(path: str) -> tuple[int, int]:
    with Image.open(path) as im_:
        return im_.size


def desk(rng: random.Random, w: int, h: int, out: str, kind: str) -> None:
    seed = str(rng.randint(1, 10**6))
    if kind == "wood":
        a, b = rng.choice([("#7A4A22", "#B7824A"), ("#5C3A1E", "#9A6A3A"), ("#A77B4F", "#D9B48A")])
        grain = f"{w // 4}x{rng.randint(8, 30)}!" if rng.random() < 0.5 else f"{rng.randint(8, 30)}x{h // 4}!"
        im("-seed", seed, "-size", f"{w // 4}x{h // 4}", "plasma:", "-colorspace", "Gray", "-auto-level", "+level-colors", f"{a},{b}", "-scale", grain,  # wood grain: squeeze and stretch
           "-resize", f"{w}x{h}!", out)
    elif kind == "pattern":
        c = rng.choice(["#D8D2C4", "#C9D3DA", "#E2E2E2", "#3B3F46"])
        w2, h2 = w // 2, h // 2
        im("-seed", seed, "-size", f"{w2}x{h2}", f"xc:{c}", "-attenuate", "0.6", "+noise", "Multiplicative",
           "-fill", "#00000018", "-draw", " ".join(f"line {x},0 {x + h2 // 2},{h2}" for x in range(-h2, w2, 20)),
           "-resize", f"{w}x{h}!", out)
    else:  # plain wall / 高拍仪 mat
        im("-size", f"{w}x{h}", f"xc:{rng.choice(['#E9E6DF', '#F2F0EA', '#D9DCDF', '#2A2C30'])}", out)


def capture(rng: random.Random, src: str, tmp: Path, cap: str, soft: bool = False) -> str:
    """The processed picture (PNG) of page `src` as received by capture `cap` (`soft`: no hard threshold, for
    pages under a translucent watermark that a threshold would turn into speckle over the values)."""
    w, h = _size(src)
    seed = str(rng.randint(1, 10**6))
    out = str(tmp / "cap.png")
    if cap == "flatbed":
        im("-seed", seed, src, "-background", "white", "-rotate", f"{rng.uniform(-1.2, 1.2):.2f}", "-gravity", "center",
           "-extent", f"{w}x{h}", "-attenuate", "0.3", "+noise", "Gaussian", "-blur", "0x0.6",
           "-resize", f"{rng.randint(70, 100)}%", out)
    elif cap == "scanapp_bw":
        m = rng.choice([-0.02, -0.01, 0.03, 0.06])           # too tight (<0) or too loose (>0) auto-crop
        if m < 0:
            cw, ch = int(w * (1 + 2 * m)), int(h * (1 + 2 * m))
            geo = ["-gravity", "center", "-crop", f"{cw}x{ch}+0+0", "+repage"]
        else:
            geo = ["-bordercolor", "#9A9A9A", "-border", f"{int(w * m)}x{int(h * m)}"]
        mode = ["-threshold", f"{rng.randint(55, 68)}%"] if rng.random() < 0.5 and not soft else ["-level", "30%,70%"]
        im("-seed", seed, src, *geo, "-colorspace", "Gray", "-unsharp", "0x3+1.6+0", *mode, "-resize",
           f"{rng.randint(75, 100)}%", out)
    elif cap in ("phone_desk", "lowlight", "glass_frame", "sleeve", "gaopaiyi"):
        scale = 2200 / (max(w, h) * (1.3 if cap != "gaopaiyi" else 1.15)) * rng.uniform(0.85, 1.15)
        w, h = int(w * scale), int(h * scale)
        W, H = (int(w * 1.3), int(h * 1.3)) if cap != "gaopaiyi" else (int(w * 1.15), int(h * 1.15))
        bg = str(tmp / "bg.png")
        desk(rng, W, H, bg, {"phone_desk": rng.choice(["wood", "pattern"]), "lowlight": "wood",
                             "glass_frame": "plain", "sleeve": rng.choice(["wood", "pattern"]), "gaopaiyi": "plain"}[cap])
        ox, oy = (W - w) // 2 + rng.randint(-(W - w) // 5, (W - w) // 5), (H - h) // 2 + rng.randint(-(H - h) // 5, (H - h) // 5)
        j = (0.0 if cap == "gaopaiyi" else 0.06 if cap != "glass_frame" else 0.03)
        pts = [(0, 0), (w, 0), (w, h), (0, h)]
        dst = [(x + ox + rng.uniform(-j, j) * w, y + oy + rng.uniform(-j, j) * h) for x, y in pts]
        persp = " ".join(f"{a},{b} {c:.1f},{d:.1f}" for (a, b), (c, d) in zip(pts, dst, strict=False))
        frame = []
        if cap == "glass_frame":
            frame = ["-bordercolor", rng.choice(["#3A2A1A", "#C9A24A", "#222222"]), "-border", f"{w // 30}"]
            persp = " ".join(f"{a},{b} {c:.1f},{d:.1f}" for (a, b), (c, d) in zip(
                [(0, 0), (w + w // 15, 0), (w + w // 15, h + w // 15), (0, h + w // 15)], dst, strict=False))
        args = ["-seed", seed, bg, "(", src, "-resize", f"{w}x{h}!", *frame, "-alpha", "set", "-virtual-pixel", "transparent",
                "+distort", "Perspective", persp, ")", "-geometry", "+0+0", "-compose", "over", "-composite",
                "-gravity", "northwest", "-crop", f"{W}x{H}+0+0", "+repage"]
        if cap in ("glass_frame", "sleeve"):
            band = " ".join(f"polygon {x},0 {x + W // 12},0 {x - W // 3 + W // 12},{H} {x - W // 3},{H}"
                            for x in rng.sample(range(W // 6, W), 2 if cap == "glass_frame" else 4))
            alpha = "#FFFFFF55" if cap == "glass_frame" else "#FFFFFF40"
            args += ["(", "-size", f"{W}x{H}", "xc:black", "-fill", alpha, "-draw", band, "-resize", "12.5%", "-blur", f"0x{W // 640 + 1}", "-resize", f"{W}x{H}!", ")",
                     "-compose", "screen", "-composite"]
        if cap == "gaopaiyi":
            args += ["-distort", "Barrel", f"0.0 0.0 {rng.uniform(-0.05, -0.02):.3f}",
                     "(", "-size", f"{W}x{H}", "radial-gradient:#FFFFFF-#000000", "-evaluate", "multiply",
                     f"{rng.uniform(0.2, 0.35):.2f}", ")", "-compose", "screen", "-composite",
                     "(", "-size", f"{W}x{H}", "xc:white", "-fill", "#6E6E6E",
                     "-draw", f"polygon {int(W * 0.8)},0 {W},0 {W},{int(H * 0.45)} {int(W * 0.92)},{int(H * 0.5)}",
                     "-resize", "12.5%", "-blur", f"0x{W // 320 + 1}", "-resize", f"{W}x{H}!", ")", "-compose", "multiply", "-composite"]
        if cap == "lowlight":
            args += ["-gamma", "0.7", "-fill", "#FF9A40", "-colorize", "16%", "-attenuate", "1.4", "+noise", "Gaussian",
                     "-blur", "0x0.8"]
        else:
            args += ["-attenuate", "0.5", "+noise", "Gaussian"]
        if cap == "phone_desk" and rng.random() < 0.4:
            args += ["-motion-blur", f"0x{rng.uniform(1.5, 3.0):.1f}+{rng.randint(0, 180)}"]
        if cap == "phone_desk" and rng.random() < 0.4:
            args += ["-fill", "#FFB060", "-colorize", "10%"]
        args += [out]
        im(*args)
    elif cap == "photocopy_grey":
        im("-seed", seed, src, "-colorspace", "Gray", "-background", "white", "-rotate", f"{rng.uniform(-1.5, 1.5):.2f}",
           "-level", "8%,88%", "-blur", "0x0.7", "-attenuate", "0.5", "+noise", "Gaussian",
           "-brightness-contrast", f"-{rng.randint(4, 14)}x{rng.randint(10, 30)}", "-resize", f"{rng.randint(70, 95)}%", out)
    else:
        raise ValueError(cap)
    return out


def write(rng: random.Random, img: str, dest_base: Path, fmt: str, rotate: int, first_page: str | None) -> str:
    """Save in format fmt (jpg quality varies, png, webp, greyscale tif via ImageMagick; a 2-page image PDF via
    Pillow, since the policy here forbids ImageMagick's PDF coder), rotated by `rotate` with no EXIF tag."""
    rot = ["-rotate", str(rotate)] if rotate else []
    if fmt == "pdf":
        out = dest_base.with_suffix(".pdf")
        tmp = str(dest_base.with_suffix(".rot.png"))
        im(img, *rot, tmp)
        pages = [Image.open(first_page).convert("RGB"), Image.open(tmp).convert("RGB")]
        pages[0].save(out, save_all=True, append_images=pages[1:], resolution=150.0,
                      creationDate=FIXED, modDate=FIXED)
        Path(tmp).unlink()
        return out.name
    ext = {"jpg": ".jpg", "png": ".png", "webp": ".webp", "tif": ".tif"}[fmt]
    out = dest_base.with_suffix(ext)
    extra = {"jpg": ["-quality", str(rng.choice([55, 68, 80, 92]))], "png": [], "webp": ["-quality", str(rng.choice([60, 80]))],
             "tif": ["-colorspace", "Gray", "-compress", "lzw"]}[fmt]
    im(img, *rot, *extra, str(out))
    return out.name
