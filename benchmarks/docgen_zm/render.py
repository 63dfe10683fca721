"""Rasterising family ZM's SVG pages with resvg (resvg-py: the Rust renderer, its own text layout and a
font database holding only the files in fonts.FACES, never the system's), and writing e-licences as
vector PDFs through CairoSVG."""

from __future__ import annotations

import io

import numpy as np
import resvg_py
from PIL import Image

from benchmarks.docgen_zm import fonts
from benchmarks.docgen_zm.svg import Page


def raster(pg: Page, px_w: int) -> np.ndarray:
    """The page as an RGB uint8 array `px_w` pixels wide (rounded down to a multiple of 4: GL uploads rows
    4-byte aligned, so an RGB row of another width would shear the texture)."""
    px_w -= px_w % 4
    png = resvg_py.svg_to_bytes(svg_string=pg.svg(px_w), skip_system_fonts=True, font_files=sorted({fonts.FACES[k][0] for k in pg.faces}),
                                background="#ffffff")
    return np.asarray(Image.open(io.BytesIO(bytes(png))).convert("RGB"))


def raster_svg(svg: str, faces: tuple[str, ...] = ()) -> np.ndarray:
    png = resvg_py.svg_to_bytes(svg_string=svg, skip_system_fonts=True, font_files=[fonts.FACES[k][0] for k in faces])
    return np.asarray(Image.open(io.BytesIO(bytes(png))).convert("RGBA"))


def pdf(pg: Page) -> bytes:
    """The page as a vector PDF drawn by CairoSVG (cairo resolves the same family names through
    fontconfig; the faces it cannot see — Fandol lives in TeX Live's tree — are not used on e-licences)."""
    import os

    import cairosvg

    os.environ["SOURCE_DATE_EPOCH"] = "1767225600"  # cairo writes this as the PDF's dates: same bytes every run
    return cairosvg.svg2pdf(bytestring=pg.svg().encode("utf-8"))
