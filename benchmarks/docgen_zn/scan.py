"""Family ZN's scanner side as GStreamer pipelines (`gst-launch-1.0`): flatbed and feeder scans,
photocopies and copies of copies, scanner-app output, chat screenshots and chat forwards (a chat
app's re-encode chain), and the phone's own finishing of Blender frames (noise reduction, sensor
snow, JPEG); faxes through efax's `efix` (real Group 3 TIFFs at 204×98 and 204×196 dpi). numpy/Pillow
only move bytes and write the formats GStreamer lacks (TIFF, PDF)."""

from __future__ import annotations

import io
import shutil
import subprocess
import time
from pathlib import Path

import numpy as np
from PIL import Image


def gst(*args: str) -> None:
    res = subprocess.run(["gst-launch-1.0", "-q", *args], capture_output=True, text=True, timeout=600)
    if res.returncode != 0:
        raise RuntimeError(f"gst-launch failed: {' '.join(args)[:400]} :: {res.stderr[-800:]}")


def _src(path: Path) -> list[str]:
    dec = "jpegdec" if path.suffix == ".jpg" else "pngdec"
    return ["filesrc", f"location={path}", "!", dec, "!", "videoconvert", "!"]


def _enc(fmt: str, q: int) -> list[str]:
    if fmt == "jpg":
        return ["jpegenc", f"quality={q}", "idct-method=float"]
    if fmt == "webp":
        return ["webpenc", f"quality={q}", "preset=photo"]
    return ["pngenc", "compression-level=6"]


def size_of(path: Path) -> tuple[int, int]:
    with Image.open(path) as im:
        return im.size


def pivot(contrast: float, lift: float = 0.0) -> float:
    """videobalance brightness that keeps mid grey where it is under `contrast` (its contrast stretches
    from black), plus a `lift` of the paper: a copier's or fax's contrast darkens strokes and whitens paper."""
    return -(contrast - 1.0) * 0.44 + lift


def process(src: Path, dst: Path, w: int, h: int, *, gray: bool = False, contrast: float = 1.0, brightness: float = 0.0,
            saturation: float = 1.0, hue: float = 0.0, blur: float = 0.0, snow: float = 0.0, method: str = "lanczos",
            rotate: float = 0.0, fmt: str = "png", q: int = 90, dither: str = "none") -> Path:
    """One GStreamer pass: scale (videoscale method), tone (videobalance), optics (gaussianblur), skew
    (rotate), sensor/toner snow composited at low alpha (videotestsrc pattern=snow), encode."""
    chain = _src(src) + ["videoscale", f"method={method}", "add-borders=false", "!", f"video/x-raw,width={w},height={h},pixel-aspect-ratio=1/1,format=I420", "!",
                         "videobalance", f"contrast={contrast:.3f}", f"brightness={brightness:.3f}",
                         f"saturation={0.0 if gray else saturation:.3f}", f"hue={hue:.3f}", "!"]
    if blur > 0:
        chain += ["videoconvert", "!", "gaussianblur", f"sigma={blur:.2f}", "!"]
    if rotate:
        chain += ["videoconvert", "!", "rotate", f"angle={rotate:.4f}", "!"]
    tail = ["videoconvert", f"dither={dither}", "!", f"video/x-raw,format={'GRAY8' if gray else 'RGB'}", "!"] + _enc(fmt, q) + ["!", "filesink", f"location={dst}"]
    if snow > 0:
        gst("compositor", "name=c", "background=white", f"sink_1::alpha={snow:.3f}", "!", *tail,
            *chain, "imagefreeze", "num-buffers=1", "!", "c.",
            "videotestsrc", "pattern=snow", "num-buffers=1", "!", f"video/x-raw,width={w},height={h},format=AYUV", "!", "c.")
    else:
        gst(*chain, *tail)
    return dst


def flatbed(page: Path, dst: Path, dpi_page: int, dpi: int, rng: np.random.Generator, fmt: str, adf: bool = False) -> Path:
    W, H = size_of(page)
    w, h = round(W * dpi / dpi_page), round(H * dpi / dpi_page)
    return process(page, dst, w, h, contrast=float(rng.uniform(1.02, 1.15)), brightness=float(rng.uniform(0.0, 0.05)),
                   saturation=float(rng.uniform(0.8, 1.0)), blur=float(rng.uniform(0.4, 0.9)), snow=float(rng.uniform(0.01, 0.03)),
                   rotate=float(rng.uniform(-0.012, 0.012)) if adf else 0.0, fmt=fmt, q=int(rng.integers(80, 93)),
                   gray=bool(rng.random() < 0.25))


def photocopy(page: Path, dst: Path, dpi_page: int, dpi: int, rng: np.random.Generator, fmt: str, gens: int = 1) -> Path:
    W, H = size_of(page)
    w, h = round(W * dpi / dpi_page), round(H * dpi / dpi_page)
    cur = page
    for g in range(gens):
        out = dst if g == gens - 1 else dst.with_name(dst.stem + f"_gen{g}.png")
        c = float(rng.uniform(1.3, 1.7))
        process(cur, out, w, h, gray=True, contrast=c, brightness=pivot(c, float(rng.uniform(0.0, 0.06))),
                blur=float(rng.uniform(0.3, 0.6)), snow=float(rng.uniform(0.04, 0.08)), method="bilinear",
                rotate=float(rng.uniform(-0.01, 0.01)), fmt=fmt if g == gens - 1 else "png", q=int(rng.integers(75, 90)),
                dither="bayer" if rng.random() < 0.3 else "none")
        if cur != page:
            cur.unlink()
        cur = out
    return dst


def scanner_app(page: Path, dst: Path, rng: np.random.Generator, fmt: str) -> Path:
    W, H = size_of(page)
    s = 1654 / max(W, H) * float(rng.uniform(1.0, 1.25))
    c = float(rng.uniform(1.3, 1.6))
    return process(page, dst, round(W * s), round(H * s), gray=bool(rng.random() < 0.4), contrast=c,
                   brightness=pivot(c, float(rng.uniform(0.04, 0.1))), saturation=1.2, blur=float(rng.uniform(0.4, 0.8)),
                   snow=0.02, fmt=fmt, q=int(rng.integers(70, 88)))


def chat_forward(src: Path, dst: Path, rng: np.random.Generator, fmt: str) -> Path:
    """A chat app's re-encode chain: the image scaled to ~1280 px and JPEG'd, forwarded and re-encoded again."""
    W, H = size_of(src)
    s = 1280 / max(W, H)
    mid = dst.with_name(dst.stem + "_hop.jpg")
    process(src, mid, round(W * s), round(H * s), fmt="jpg", q=int(rng.integers(70, 85)), method="bilinear")
    s2 = float(rng.uniform(0.9, 1.0))
    process(mid, dst, round(W * s * s2), round(H * s * s2), fmt=fmt, q=int(rng.integers(60, 80)), method="bilinear",
            contrast=float(rng.uniform(0.95, 1.05)))
    mid.unlink()
    return dst


def chat_screenshot(src: Path, dst: Path, rng: np.random.Generator, fmt: str) -> Path:
    """The image as shown in a chat app, screenshotted on a 1080 × 2340 phone: grey chat background, a title
    bar, the picture in a bubble with a white border."""
    W, H = size_of(src)
    iw = int(rng.integers(860, 1000))
    ih = round(H * iw / W)
    if ih > 1900:
        ih = 1900
        iw = round(W * ih / H)
    x = (1080 - iw) // 2 if rng.random() < 0.5 else 1080 - iw - 150 if iw < 900 else 40
    y = int(rng.integers(260, max(261, 2200 - ih)))
    tail = ["videoconvert", "!", "video/x-raw,format=RGB"] + ["!"] + _enc(fmt, int(rng.integers(85, 95))) + ["!", "filesink", f"location={dst}"]
    gst("compositor", "name=c", "background=black",
        "sink_0::xpos=0", "sink_0::ypos=0",
        "sink_1::xpos=0", "sink_1::ypos=0",
        f"sink_2::xpos={x - 8}", f"sink_2::ypos={y - 8}",
        f"sink_3::xpos={x}", f"sink_3::ypos={y}", "!", *tail,
        "videotestsrc", "pattern=solid-color", "foreground-color=0xffededed", "num-buffers=1", "!", "video/x-raw,width=1080,height=2340", "!", "c.",
        "videotestsrc", "pattern=solid-color", "foreground-color=0xfff7f7f7", "num-buffers=1", "!", "video/x-raw,width=1080,height=220", "!", "c.",
        "videotestsrc", "pattern=solid-color", "foreground-color=0xffffffff", "num-buffers=1", "!", f"video/x-raw,width={iw + 16},height={ih + 16}", "!", "c.",
        *_src(src), "videoscale", "method=bilinear", "!", f"video/x-raw,width={iw},height={ih},pixel-aspect-ratio=1/1", "!", "imagefreeze", "num-buffers=1", "!", "c.")
    return dst


def phone_finish(frame: Path, dst: Path, rng: np.random.Generator, fmt: str) -> Path:
    """The phone's own finishing of a Blender frame: noise reduction, a little sensor snow, JPEG (or a
    workstation's PNG/WEBP re-save)."""
    W, H = size_of(frame)
    return process(frame, dst, W, H, blur=float(rng.uniform(0.5, 0.9)), snow=float(rng.uniform(0.01, 0.03)),
                   contrast=float(rng.uniform(1.0, 1.08)), saturation=float(rng.uniform(0.95, 1.1)),
                   fmt=fmt, q=int(rng.integers(80, 94)))


def fax(page: Path, dst: Path, dpi_page: int, fine: bool, rng: np.random.Generator, workdir: Path) -> Path:
    """A Group 3 fax: GStreamer scales the page to 1728 px across (204 dpi) and 98 or 196 lines per inch
    and pushes it to black and white (videobalance, videoconvert dithering); efix codes it as a TIFF G3."""
    W, H = size_of(page)
    w = 1728
    lpi = 196 if fine else 98
    page_w_in = W / dpi_page
    sx = w / page_w_in  # 1728 px over the page width (A4 is 8.27 in: 209 dpi, near 204)
    h = round(H / dpi_page * lpi * sx / 204)
    pgm = workdir / (dst.stem + ".pgm")
    dm = "floyd-steinberg" if rng.random() < 0.3 else "none"
    c = float(rng.uniform(1.6, 2.0))  # videobalance allows contrast up to 2
    process(page, pgm.with_suffix(".png"), w, h, gray=True, contrast=c,
            brightness=pivot(c, float(rng.uniform(0.0, 0.08))), blur=0.4, method="bilinear", snow=0.03, dither=dm)
    with Image.open(pgm.with_suffix(".png")) as im:  # bytes moved into PBM for efix (a 50 % cut of a near-binary page)
        a = np.asarray(im.convert("L"))
    pgm.with_suffix(".png").unlink()
    pbm = pgm.with_suffix(".pbm")
    bits = np.packbits(a < 128, axis=1)
    pbm.write_bytes(f"P4\n{w} {h}\n".encode() + bits.tobytes())
    res = subprocess.run(["efix", "-v", "e", "-i", "pbm", "-o", "tiffg3", "-R", f"204x{lpi}", "-r", f"204x{lpi}", "-n", str(dst), str(pbm)],
                         capture_output=True, text=True, timeout=120)
    pbm.unlink()
    if res.returncode != 0 or not dst.exists():
        raise RuntimeError(f"efix failed: {res.stderr[-500:]}")
    return dst


def save_as(src: Path, dst: Path, fmt: str, dpi: int | None = None) -> Path:
    """Formats GStreamer lacks (TIFF, PDF): Pillow re-wraps the pixels."""
    with Image.open(src) as im:
        im.load()
        kw = {"dpi": (dpi, dpi)} if dpi else {}
        if fmt == "tif":
            im.save(dst, format="TIFF", compression="tiff_lzw" if im.mode != "1" else "group4", **kw)
        elif fmt == "pdf":
            buf = io.BytesIO()
            im.convert("RGB").save(buf, format="JPEG", quality=85)
            stamp = time.gmtime(1795000000)  # fixed: the same bytes for a seed
            Image.open(buf).save(dst, format="PDF", resolution=float(dpi or 150), creationDate=stamp, modDate=stamp)
        else:
            shutil.copyfile(src, dst)
    return dst
