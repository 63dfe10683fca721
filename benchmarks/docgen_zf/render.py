"""Typst compiles family ZF's pages: PNG at the chosen ppi (the print), PDF (e-licence downloads), and the
ink map turned into one label image per page (0 = no scored ink, i + 1 = ink of the page's i-th key)."""

from __future__ import annotations

import datetime as dt
import io

import numpy as np
from PIL import Image

from . import faces as F
from .typeset import KEY_DIRS, Page

EPOCH = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def _compile(src: str, fmt: str, ppi: float | None = None) -> bytes:
    out, warnings = F.compiler().compile_with_warnings(input=src.encode("utf-8"), format=fmt, ppi=ppi, timestamp=EPOCH,
                                                       pdf_tags=False)
    F.check_warnings(warnings)
    if isinstance(out, list):
        out = out[0]
    return out


def png(pg: Page, ppi: float) -> np.ndarray:
    """The page as RGB (a transparent page, the ID card, keeps its alpha as a 4th channel)."""
    im = Image.open(io.BytesIO(_compile(pg.source(), "png", ppi)))
    return np.asarray(im.convert("RGBA"))


def pdf(pg: Page) -> bytes:
    return _compile(pg.source(), "pdf")


def labels(ink_pg: Page, ppi: float, shape: tuple[int, int]) -> np.ndarray:
    """The ink map's pixels classified by key: each value was drawn in a colour whose distance from white
    points one way; anti-aliased pixels keep the direction, so the nearest direction names the key."""
    if not ink_pg.keys:
        return np.zeros(shape, np.uint8)
    im = np.asarray(Image.open(io.BytesIO(_compile(ink_pg.source(), "png", ppi))).convert("RGB")).astype(np.float32)
    d = 255.0 - im
    norm = np.linalg.norm(d, axis=2)
    dirs = np.array(KEY_DIRS[:len(ink_pg.keys)], np.float32)
    dirs /= np.linalg.norm(dirs, axis=1, keepdims=True)
    cos = d @ dirs.T / np.maximum(norm, 1e-3)[..., None]
    lab = (np.argmax(cos, axis=2) + 1).astype(np.uint8)
    lab[norm < 90] = 0
    if lab.shape != shape:
        lab = np.asarray(Image.fromarray(lab).resize((shape[1], shape[0]), Image.NEAREST))
    return lab
