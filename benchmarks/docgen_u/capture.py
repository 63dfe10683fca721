"""Family U's captures, in pyvips (libvips): what a 综合受理 window receives from the page pygame drew.
Perspective and lens warps through `mapim` index images, `affine` for scans, `gaussblur`, motion
kernels through `conv`, `sharpen`, gaussian noise, colour casts, photocopier tone curves, 1-bit fax
thresholds, moiré on photographed screens; saved by libvips' own encoders (jpegsave, webpsave,
tiffsave, pngsave) — Pillow only writes the PDFs libvips cannot."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pyvips

BILINEAR = pyvips.Interpolate.new("bilinear")


def vimg(a: np.ndarray) -> pyvips.Image:
    im = pyvips.Image.new_from_array(np.ascontiguousarray(a))
    return im.copy(interpretation="srgb" if im.bands >= 3 else "b-w")


def homography(src, dst) -> np.ndarray:
    """3x3 H with H @ src = dst (four point pairs)."""
    A, b = [], []
    for (x, y), (u, v) in zip(src, dst, strict=False):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        b += [u, v]
    h = np.linalg.solve(np.array(A, float), np.array(b, float))
    return np.append(h, 1).reshape(3, 3)


def warp(doc: pyvips.Image, quad, W: int, H: int) -> pyvips.Image:
    """The page (with an alpha band) mapped onto `quad` (tl, tr, br, bl) of a W x H frame via mapim."""
    w, h = doc.width, doc.height
    Hm = homography(quad, [(0, 0), (w, 0), (w, h), (0, h)])  # output -> page
    xy = pyvips.Image.xyz(W, H)
    X, Y = xy[0], xy[1]
    den = X * Hm[2, 0] + Y * Hm[2, 1] + Hm[2, 2]
    sx = (X * Hm[0, 0] + Y * Hm[0, 1] + Hm[0, 2]) / den
    sy = (X * Hm[1, 0] + Y * Hm[1, 1] + Hm[1, 2]) / den
    if doc.bands == 3:
        doc = doc.bandjoin(255)
    return doc.mapim(sx.bandjoin(sy), interpolate=BILINEAR, background=[0, 0, 0, 0])


def barrel(im: pyvips.Image, k: float) -> pyvips.Image:
    """Radial lens distortion (a 高拍仪's wide lens), through mapim."""
    W, H = im.width, im.height
    xy = pyvips.Image.xyz(W, H)
    cx, cy = W / 2, H / 2
    dx, dy = xy[0] - cx, xy[1] - cy
    r2 = (dx * dx + dy * dy) / (cx * cx + cy * cy)
    f = r2 * k + 1
    return im.mapim((dx * f + cx).bandjoin(dy * f + cy), interpolate=BILINEAR, extend="copy")


def surface(W: int, H: int, rgb, rng, grain: float = 6.0) -> pyvips.Image:
    """A desk / counter: a base colour with low-frequency mottling and grain."""
    low = gn(max(2, W // 64), max(2, H // 64), 10, rng).resize(64, kernel="linear")
    low = low.crop(0, 0, min(W, low.width), min(H, low.height)).embed(0, 0, W, H, extend="copy")
    base = pyvips.Image.black(W, H, bands=3) + list(rgb)
    n = gn(W, H, grain, rng)
    return (base + low + n).cast("uchar").copy(interpretation="srgb")


def over(bg: pyvips.Image, fg: pyvips.Image) -> pyvips.Image:
    return bg.composite2(fg, "over").flatten().cast("uchar")


def lighting(im: pyvips.Image, rng, strength: float) -> pyvips.Image:
    """A linear shadow / light falloff across the frame (a hand or a phone over the desk)."""
    W, H = im.width, im.height
    xy = pyvips.Image.xyz(W, H)
    a = rng.random() * 2 * math.pi
    t = (xy[0] * math.cos(a) / W + xy[1] * math.sin(a) / H)
    g = t * strength + (1 - strength * 0.5)
    return (im * g).cast("uchar")


def gn(W: int, H: int, sigma: float, rng) -> pyvips.Image:
    """Gaussian noise seeded from the file's generator (libvips would otherwise pick its own seed)."""
    return pyvips.Image.gaussnoise(W, H, sigma=sigma, mean=0, seed=int(rng.integers(1, 2**31 - 1)))


def noise(im: pyvips.Image, sigma: float, rng) -> pyvips.Image:
    n = gn(im.width, im.height, sigma, rng)
    return (im + n).cast("uchar") if im.bands == 1 else (im + n.bandjoin([n, n])).cast("uchar")


def motion(im: pyvips.Image, length: int, angle: float) -> pyvips.Image:
    """Camera shake: a line kernel at `angle` through conv."""
    n = max(3, length | 1)
    k = np.zeros((n, n))
    c = n // 2
    for t in np.linspace(-c, c, 4 * n):
        k[int(round(c + t * math.sin(angle))), int(round(c + t * math.cos(angle)))] = 1
    mask = pyvips.Image.new_from_array(k.tolist(), scale=float(k.sum()))
    return im.conv(mask, precision="integer").cast("uchar")


def cast(im: pyvips.Image, mul) -> pyvips.Image:
    return im.linear(list(mul), [0, 0, 0]).cast("uchar")


def gray(im: pyvips.Image) -> pyvips.Image:
    return im.colourspace("b-w")[0] if im.bands > 1 else im


def to_rgb(im: pyvips.Image) -> pyvips.Image:
    return im.bandjoin([im, im]).copy(interpretation="srgb") if im.bands == 1 else im


def jpeg_roundtrip(im: pyvips.Image, q: int) -> pyvips.Image:
    return pyvips.Image.new_from_buffer(im.jpegsave_buffer(Q=q, subsample_mode="on"), "")


def crease(im: pyvips.Image, rng, vertical: bool) -> pyvips.Image:
    """A fold line: a thin dark/bright band with a soft shading step across it."""
    W, H = im.width, im.height
    xy = pyvips.Image.xyz(W, H)
    pos = (0.35 + 0.3 * rng.random()) * (W if vertical else H)
    d = (xy[0] if vertical else xy[1]) - pos
    band = (d.abs() < 3) / 255 * -0.18 + 1  # relational ops give 0/255 uchar
    side = (d > 0) / 255 * -0.03 + 1
    return (im * band * side).cast("uchar")


def moire(im: pyvips.Image, rng) -> pyvips.Image:
    W, H = im.width, im.height
    xy = pyvips.Image.xyz(W, H)
    f1, f2 = 0.9 + rng.random() * 0.3, 0.25 + rng.random() * 0.3
    s = ((xy[0] * f1 + xy[1] * f2) * 57.29).sin()  # vips sin takes degrees
    return (im * (s * 0.06 + 0.95)).cast("uchar")


def save(im: pyvips.Image, path: Path, fmt: str, rng) -> str:
    """Write `im` as `fmt` with libvips' encoders (Pillow only for PDF); returns the format label."""
    if fmt == "jpg":
        q = int(rng.integers(35, 93))
        im.jpegsave(str(path), Q=q, optimize_coding=True, strip=True)
        return f"jpg-q{(q // 20) * 20}"
    if fmt == "webp":
        im.webpsave(str(path), Q=int(rng.integers(50, 90)))
        return "webp"
    if fmt == "png":
        im.pngsave(str(path), compression=6)
        return "png"
    if fmt == "tiff":
        comp = "lzw" if rng.random() < 0.6 else "jpeg"
        im.tiffsave(str(path), compression=comp, xres=5.9, yres=5.9)
        return f"tiff-{comp}"
    if fmt == "tiff-g4":
        g = gray(im)
        (g > 127).ifthenelse(255, 0).cast("uchar").tiffsave(str(path), compression="ccittfax4", bitdepth=1, xres=7.87, yres=7.87)
        return "tiff-g4"
    if fmt == "pdf":
        from PIL import Image  # only for the PDF container: libvips has no PDF writer
        a = im.numpy()
        import time
        when = time.gmtime(1795685400)  # fixed (2026-11-20), so a seed gives the same bytes
        Image.fromarray(a).save(str(path), "PDF", resolution=150.0, creationDate=when, modDate=when, producer="scanner")
        return "pdf"
    raise ValueError(fmt)
