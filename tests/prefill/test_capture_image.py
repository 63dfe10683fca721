"""Failure cases of the image side of pre-fill (issue 15): how the page is found, flattened and
sized before the recogniser sees it. Pages are generated (`benchmarks.docgen`) and photographed
here, then read through `app.services.prefill.ocr_files`, the function behind `zongchuang ocr --json`.
"""

from __future__ import annotations

import random
from pathlib import Path

import cv2
import numpy as np
import pytest

from app.imaging.document import ASPECTS, process_document, text_scale
from app.services.prefill import ocr_files
from benchmarks.docgen import PhotoOptions, photograph_with_corners, render_flat
from benchmarks.ocr_scoring import normalise


def _foreshortened(kind: str, seed: int, ratio: float) -> tuple[dict[str, str], np.ndarray]:
    """A photo of a document whose sides measure `ratio` (long/short) in the frame, as a page
    photographed at an angle does: the page is stretched along its long side, then photographed."""
    truth, flat = render_flat(kind, seed)
    h, w = flat.shape[:2]
    grow = ratio / (max(h, w) / min(h, w))
    size = (w, int(h * grow)) if h >= w else (int(w * grow), h)
    stretched = cv2.resize(flat, size, interpolation=cv2.INTER_AREA)
    img, _ = photograph_with_corners(stretched, random.Random(seed), PhotoOptions(
        out_long_side=2000, perspective=0.0, tilt_deg=2.0, noise=2.0, jpeg_quality=90, fill=0.85))
    return truth, img


@pytest.mark.parametrize("ratio", [1.47, 1.52])
def test_licence_measured_near_a_card_aspect_is_read_as_a_page(tmp_path: Path, ratio: float) -> None:
    """A licence photographed at an angle measured 1.44–1.53: the card's aspect (1.585, first
    within 10 %) took it, the page was flattened and shrunk to a card's 544 px, and its labels
    and values were read from 8-pixel text. Its text rows, a page's, now decide."""
    truth, img = _foreshortened("business_license", 3, ratio)
    page = process_document(img)
    assert page.doc_format == "a4"
    h, w = page.image.shape[:2]
    assert max(h, w) / min(h, w) == pytest.approx(ASPECTS["a4"], rel=0.01)
    path = tmp_path / "licence.jpg"
    cv2.imwrite(str(path), img)
    out = ocr_files([path])[0][0]
    assert out["kind"] == "business_license"
    for key in ("name", "credit_code"):
        assert normalise(out["fields"][key]["value"]) == normalise(truth[key]), key


def test_card_measured_near_a4_stays_a_card() -> None:
    """The other side of the same rule: a card whose sides measure 1.47 keeps the card's size."""
    _, img = _foreshortened("id_card_front", 5, 1.47)
    page = process_document(img)
    assert page.doc_format == "id_card"
    assert text_scale(page.image) > 0.03
