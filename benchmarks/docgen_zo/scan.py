"""Family ZO's scanner side, all through real tools: Ghostscript renders the PDF page as a scanner
(skew by a BeginPage procedure, paper and lamp tone by a transfer function, anti-aliasing bits as
different RIPs use) and as a copier's RIP (a 1-bit device with a screen: `-dDITHERPPI`), the copy
is rescanned by Ghostscript from an image PDF; unpaper cleans scanner-app output (deskew,
noise/black filters, borders); netpbm's pbmtog3/g3topbm make a real ITU-T Group 3 fax round trip
at 204×98 and 204×196 dpi. numpy/Pillow only move bytes and write the file formats."""

from __future__ import annotations

import subprocess
from pathlib import Path

import numpy as np
from PIL import Image

from benchmarks.docgen_zo.typeset import gs_raster

PT = 72 / 25.4


def skew_ps(w_mm: float, h_mm: float, deg: float, dx_mm: float = 0, dy_mm: float = 0, transfer: str = "") -> str:
    cx, cy = w_mm * PT / 2, h_mm * PT / 2
    ps = (f"<< /BeginPage {{ pop {cx + dx_mm * PT:.2f} {cy + dy_mm * PT:.2f} translate {deg:.3f} rotate "
          f"{-cx:.2f} {-cy:.2f} translate }} >> setpagedevice")
    if transfer:
        ps += f" {{{transfer}}} settransfer"
    return ps


def image_pdf(img: Image.Image, dpi: float | tuple[float, float], out: Path) -> Path:
    d = dpi if isinstance(dpi, tuple) else (dpi, dpi)
    img.save(out, "PDF", resolution=d[0]) if d[0] == d[1] else img.save(out, "PDF", resolution=d[0])
    return out


def flatbed(pdf: Path, page: int, w_mm, h_mm, rng, work: Path, dpi: float, gray: bool, adf: bool = False) -> Image.Image:
    deg = rng.normal(0, 1.2 if adf else 0.5)
    lift = rng.uniform(0.03, 0.08)
    tr = f"{1 - 2 * lift:.3f} mul {lift:.3f} add" if rng.random() < 0.7 else "dup mul 0.9 mul 0.06 add"
    out = gs_raster(pdf, page, work / "scan.png", dpi, gray=gray, text_alpha=int(rng.choice([1, 2, 4])),
                    graphics_alpha=int(rng.choice([1, 2, 4])), pre=skew_ps(w_mm, h_mm, deg, rng.normal(0, 1.5), rng.normal(0, 1.5), tr))
    return Image.open(out).copy()


def copier(pdf: Path, page: int, w_mm, h_mm, rng, work: Path, dpi_out: float, generations: int = 1) -> Image.Image:
    """A photocopy: the original printed by a copier's RIP to 1 bit through a screen, then that copy
    scanned; `generations` > 1 copies the copy again."""
    src, n = pdf, page
    for g in range(generations):
        lpi = int(rng.integers(55, 110))
        dark = rng.uniform(0.0, 0.12)
        tr = f"{1 - dark:.3f} mul"
        deg = rng.normal(0, 0.8)
        res = 300 if g == 0 else 300
        pbm = gs_raster(src, n, work / f"copy{g}.pbm", res, device="pbmraw", text_alpha=1, graphics_alpha=1,
                        pre=skew_ps(w_mm, h_mm, deg, rng.normal(0, 2), rng.normal(0, 2), tr), extra=[f"-dDITHERPPI={lpi}"])
        src, n = image_pdf(Image.open(pbm).convert("L"), res, work / f"copy{g}.pdf"), 0
    out = gs_raster(src, 0, work / "copyscan.png", dpi_out, gray=True, text_alpha=4, graphics_alpha=int(rng.choice([2, 4])),
                    pre="{0.92 mul 0.05 add} settransfer", extra=["-dInterpolateControl=1"])
    return Image.open(out).copy()


def fax(pdf: Path, page: int, w_mm, h_mm, rng, work: Path, fine: bool) -> tuple[Image.Image, tuple[int, int]]:
    """A G3 fax: the page rendered 1-bit at 204×98 (standard) or 204×196 (fine), encoded by
    pbmtog3 and decoded by g3topbm as the receiving machine does."""
    dpi = (204.0, 196.0 if fine else 98.0)
    deg = rng.normal(0, 0.7)
    # the machine scans at its own resolution and sends an A4-wide line of 1728 pels: a wider page
    # (A3 landscape) is reduced to fit, as fax machines do
    scale = min(1.0, 1728 / (w_mm / 25.4 * 204))
    dpi = (dpi[0] * scale, dpi[1] * scale)
    pbm = gs_raster(pdf, page, work / "fax.pbm", dpi, device="pbmraw", text_alpha=1, graphics_alpha=1,
                    pre=skew_ps(w_mm, h_mm, deg, 0, 0, f"{1 - rng.uniform(0, 0.1):.3f} mul"), extra=[f"-dDITHERPPI={int(rng.integers(40, 70))}"])
    g3 = work / "fax.g3"
    with open(pbm, "rb") as fi, open(g3, "wb") as fo:
        subprocess.run(["pbmtog3"], stdin=fi, stdout=fo, check=True, stderr=subprocess.DEVNULL, timeout=120)
    out = work / "fax2.pbm"
    args = ["g3topbm"] + ([] if fine else ["-stretch"] if False else [])
    with open(g3, "rb") as fi, open(out, "wb") as fo:
        subprocess.run(args, stdin=fi, stdout=fo, check=True, stderr=subprocess.DEVNULL, timeout=120)
    return Image.open(out).copy(), (204, 196 if fine else 98)


def scanner_app(pdf: Path, page: int, w_mm, h_mm, rng, work: Path, dpi: float) -> Image.Image:
    """A scanner app's output: a skewed grey scan with a dark margin, cleaned by unpaper."""
    deg = rng.normal(0, 1.5)
    out = gs_raster(pdf, page, work / "app.pgm", dpi, device="pgmraw", text_alpha=4, graphics_alpha=4,
                    pre=skew_ps(w_mm, h_mm, deg, rng.normal(0, 3), rng.normal(0, 3), "0.9 mul 0.08 add"))
    clean = work / "app_clean.pgm"
    subprocess.run(["unpaper", "--overwrite", "-q", "--no-mask-scan", "--dpi", str(int(dpi)), str(out), str(clean)],
                   check=True, capture_output=True, timeout=300)
    return Image.open(clean).copy()


def moire_screen(page_rgb: np.ndarray, px_w: int) -> np.ndarray:
    """A page shown on an LCD: resampled to the screen's pixels, each drawn as R, G, B stripes with a
    dark gap — what the camera then photographs (the moiré comes from the camera sampling it)."""
    im = Image.fromarray(page_rgb)
    h = int(round(im.height * px_w / im.width))
    small = np.asarray(im.resize((px_w, h), Image.BILINEAR), np.float32)
    sub = np.zeros((h * 3, px_w * 3, 3), np.float32)
    for c in range(3):
        sub[:, c::3, c] = np.repeat(small[:, :, c], 3, axis=0)
    sub[2::3] *= 0.55
    return np.clip(sub * 1.25, 0, 255).astype(np.uint8)
