"""HTML → WeasyPrint layout → PDF → pdftoppm → RGB pixels, with where Pango put each scored value.

The value boxes come from WeasyPrint's own layout tree (the union of the text boxes under an element
marked `data-f`), so a capture that cuts an edge or lays a thumb over a corner knows which values a
person can no longer read.
"""

from __future__ import annotations

import io
import subprocess
import tempfile
from pathlib import Path

import numpy as np
import weasyprint
from fontTools.ttLib import TTFont
from PIL import Image

from benchmarks.docgen_j.docs import FACES, FANDOL, Page

_CMAPS: dict[str, set[int]] = {}


def cmap(face: str) -> set[int]:
    if face not in _CMAPS:
        _CMAPS[face] = set(TTFont(FANDOL / FACES[face], fontNumber=0).getBestCmap())
    return _CMAPS[face]


def missing_glyphs(page: Page) -> list[tuple[str, str]]:
    """(face, character) pairs drawn in a face that has no glyph for them (WeasyPrint would fall back)."""
    out = []
    for face, texts in page.texts.items():
        cm = cmap(face)
        out += [(face, ch) for t in texts for ch in t if not ch.isspace() and ord(ch) not in cm]
    return sorted(set(out))


def layout(page: Page) -> weasyprint.Document:
    bad = missing_glyphs(page)
    if bad:
        raise ValueError(f"glyphs missing from their pinned face: {bad[:10]}")
    return weasyprint.HTML(string=page.render()).render()


def field_boxes(doc: weasyprint.Document, page_index: int = 0) -> dict[str, tuple[float, float, float, float]]:
    """key → (x0, y0, x1, y1) in CSS px (1/96 in) of the text Pango laid out for that value."""
    boxes: dict[str, list[float]] = {}

    def walk(box, key: str | None) -> None:
        el = getattr(box, "element", None)
        if el is not None and getattr(box, "element_tag", None) and el.get("data-f"):
            key = el.get("data-f")
        if key and type(box).__name__ == "TextBox" and box.width > 0:
            x0, y0 = box.position_x, box.position_y
            x1, y1 = x0 + box.width, y0 + box.height
            b = boxes.setdefault(key, [x0, y0, x1, y1])
            b[:] = [min(b[0], x0), min(b[1], y0), max(b[2], x1), max(b[3], y1)]
        for child in getattr(box, "children", ()) or ():
            walk(child, key)

    walk(doc.pages[page_index]._page_box, None)
    return {k: tuple(v) for k, v in boxes.items()}


def rasterise(pdf: bytes, dpi: int, page: int = 1) -> np.ndarray:
    with tempfile.TemporaryDirectory(prefix="docgen_j_") as tmp:
        src = Path(tmp) / "p.pdf"
        src.write_bytes(pdf)
        subprocess.run(["pdftoppm", "-r", str(dpi), "-f", str(page), "-l", str(page), "-png", "-singlefile",
                        str(src), str(Path(tmp) / "o")], check=True, capture_output=True, timeout=120)
        with Image.open(Path(tmp) / "o.png") as im:
            return np.asarray(im.convert("RGB")).copy()


def draw(page: Page, dpi: int) -> tuple[np.ndarray, dict[str, tuple[float, float, float, float]], weasyprint.Document]:
    """The page's pixels at `dpi` and its value boxes in those pixels."""
    doc = layout(page)
    px = rasterise(doc.write_pdf(full_fonts=True), dpi)  # subsetting the CFF faces costs ~10x more
    s = dpi / 96.0
    boxes = {k: (x0 * s, y0 * s, x1 * s, y1 * s) for k, (x0, y0, x1, y1) in field_boxes(doc).items()}
    return px, boxes, doc


def to_jpeg(img: np.ndarray, quality: int) -> bytes:
    buf = io.BytesIO()
    Image.fromarray(img).save(buf, "JPEG", quality=quality)
    return buf.getvalue()
