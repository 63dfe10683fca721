"""Scanner-side captures of family ZM: flatbed and feeder scans, photocopies and copies of copies, faxes
and e-licence PDFs. Pixel work is Leptonica's (lept.py); dithering and the ITU G3/G4 fax round trip are
libtiff's own tools (`tiffdither`, `tiffcp -c g3` / `-c g4`) at fax resolutions 204×98 and 204×196 dpi."""

from __future__ import annotations

import io
import os
import subprocess
import tempfile
from pathlib import Path

import numpy as np
from PIL import Image, TiffImagePlugin

from benchmarks.docgen_zm import render
from benchmarks.docgen_zm.lept import Pix
from benchmarks.docgen_zm.svg import Page


def page_px(pg: Page, dpi: float) -> int:
    return max(64, round(pg.w / 25.4 * dpi))


def _speckle(a: np.ndarray, rng, n_per_mpx: float, dark: bool = True) -> np.ndarray:
    """Toner specks / dust: seeded dots (the only pixel edit made in numpy)."""
    a = a.copy()
    h, w = a.shape[:2]
    n = int(n_per_mpx * h * w / 1e6)
    ys, xs = rng.integers(0, h, n), rng.integers(0, w, n)
    a[ys, xs] = 30 if dark else 250
    return a


def flatbed(pg: Page, rng, feeder: bool) -> tuple[np.ndarray, int]:
    dpi = int(rng.choice([150, 200, 300])) if pg.w > 100 else int(rng.choice([300, 300, 400]))
    if pg.w > 300:
        dpi = min(dpi, 200)
    a = render.raster(pg, page_px(pg, dpi))
    pix = Pix.from_array(a)
    skew = float(rng.normal(0, 0.012 if feeder else 0.006))
    pix = pix.rotate(skew).blur(int(rng.integers(0, 2)))
    pix = pix.gamma(float(rng.uniform(0.85, 1.15)), int(rng.integers(0, 25)), int(rng.integers(230, 256)))
    if rng.random() < 0.4:
        pix = pix.gray()
    pix = pix.sharpen(1, float(rng.uniform(0.1, 0.4)))
    out = pix.array()
    if feeder and rng.random() < 0.6:  # a dirty feeder glass: one thin vertical streak
        x = int(rng.integers(out.shape[1] // 8, out.shape[1] * 7 // 8))
        out = out.copy()
        out[:, x:x + 2] = (out[:, x:x + 2] * 0.7).astype(np.uint8)
    return _speckle(out, rng, 30), dpi


def photocopy(pg: Page, rng, generations: int) -> tuple[np.ndarray, int]:
    dpi = int(rng.choice([200, 200, 300])) if pg.w < 300 else int(rng.choice([150, 200]))
    a = render.raster(pg, page_px(pg, dpi))
    pix = Pix.from_array(a).gray()
    for g in range(generations):
        pix = pix.rotate(float(rng.normal(0, 0.008)))
        if g:
            s = float(rng.uniform(0.97, 1.02))
            pix = pix.scale(s).scale(1 / s)
        pix = pix.blur(1).contrast(float(rng.uniform(0.4, 0.9))).gamma(float(rng.uniform(0.7, 1.0)), int(rng.integers(10, 40)), 235)
        arr = _speckle(pix.array(), rng, 80 * (g + 1))
        pix = Pix.from_array(arr)
        if g == 0 and rng.random() < 0.25:
            pix = pix.erode_gray(3, 3) if rng.random() < 0.5 else pix.dilate_gray(3, 1)  # heavy or thin toner
    r = rng.random()
    if r < 0.25:
        pix = pix.sauvola(int(rng.integers(10, 25)), float(rng.uniform(0.25, 0.4))).to8()
    elif r < 0.4:
        pix = pix.otsu().to8()
    elif r < 0.5:
        return tiffdither(pix.array()), dpi
    return pix.array(), dpi


def tiffdither(gray: np.ndarray) -> np.ndarray:
    """libtiff's tiffdither (Floyd–Steinberg) on an 8-bit grey page."""
    with tempfile.TemporaryDirectory(prefix="zm_") as d:
        src, dst = os.path.join(d, "g.tif"), os.path.join(d, "b.tif")
        ifd = TiffImagePlugin.ImageFileDirectory_v2()
        ifd[277] = 1  # SamplesPerPixel written out: tiffdither reads the tag without its default
        Image.fromarray(gray).save(src, tiffinfo=ifd)
        subprocess.run(["tiffdither", "-c", "none", src, dst], check=True, capture_output=True, timeout=120)
        return np.asarray(Image.open(dst).convert("L"))


def fax(pg: Page, rng, fine: bool) -> tuple[bytes, str, dict]:
    """A fax: the page at 204 dpi across and 196 (fine) or 98 (standard) lines per inch, 1-bit, encoded
    G4 (fine) or G3 (standard) by tiffcp and decoded again; returns the file bytes, extension and dpi."""
    a = render.raster(pg, page_px(pg, 204))
    pix = Pix.from_array(a).gray().scale(1.0, (196 if fine else 98) / 204).blur(int(rng.integers(0, 2)))
    r = rng.random()
    if r < 0.5:
        b = pix.threshold(int(rng.integers(150, 200))).to8().array()
    elif r < 0.8:
        b = pix.sauvola(int(rng.integers(12, 20)), 0.3).to8().array()
    else:
        b = tiffdither(pix.array())
    b = b.copy()
    for _ in range(int(rng.integers(0, 4))):  # line drop-outs: a scan line repeated
        y = int(rng.integers(1, b.shape[0]))
        b[y] = b[y - 1]
    with tempfile.TemporaryDirectory(prefix="zm_") as d:
        src, dst = os.path.join(d, "f.tif"), os.path.join(d, "g.tif")
        Image.fromarray(b).convert("1").save(src, dpi=(204, 196 if fine else 98))
        comp = "g4" if fine else "g3:2d"
        subprocess.run(["tiffcp", "-c", comp, src, dst], check=True, capture_output=True, timeout=120)
        data = Path(dst).read_bytes()
    if fine or rng.random() < 0.5:
        return data, "tif", {"dpi": (204, 196 if fine else 98)}
    # a fax server's e-mail: the standard-resolution page stretched back to square pixels, as PDF
    im = Image.open(io.BytesIO(data)).convert("L")
    sq = Pix.from_array(np.asarray(im)).scale(1.0, 2.0).array()
    buf = io.BytesIO()
    Image.fromarray(sq).convert("1").save(buf, "PDF", resolution=204)
    return buf.getvalue(), "pdf", {"dpi": (204, 196)}
