"""A photo's page soft all over, with no camera smear to undo, is read through an unsharp mask.

A camera out of focus, a low-resolution sensor or a page rendered through its texture's filtering
leaves small print as grey ramps (AA's hand-held and desk photos: `sharpness` 17–20, just over the
gate's "blurred" at 15): the recogniser reads `执照` as `执票`, `1269` as `1209`. `unsmeared` found no
smear on such a page and passed it on as it was; it now sharpens it (`reader.unsharp`). A page the
gate finds sharp is left alone, and a page with a smear is still deconvolved."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

import app.prefill.reader as reader
from app.imaging.document import ProcessedPage, Quality, assess_quality
from tests.prefill.test_motion_blur import (
    _licence,  # (the same 营业执照 page: dark title and code, grey labels)
)


def _soft(page: np.ndarray, sigma: float = 1.25) -> np.ndarray:
    return cv2.GaussianBlur(page, (0, 0), sigma)


def _processed(page: np.ndarray) -> ProcessedPage:
    bgr = cv2.cvtColor(page, cv2.COLOR_GRAY2BGR)
    return ProcessedPage(image=bgr, quad=None, doc_format="a4", quality=assess_quality(bgr, None))


def _edge(image: np.ndarray) -> float:
    gray = image if image.ndim == 2 else cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
    return float(np.abs(cv2.Laplacian(gray, cv2.CV_32F)).mean())


def test_a_soft_page_without_a_smear_is_sharpened() -> None:
    soft = _processed(_soft(_licence()))
    sharpness = soft.quality.metrics["sharpness"]
    assert 15.0 <= sharpness < 22.0  # soft, yet not what the gate calls blurred
    got = reader.unsmeared(soft)
    assert got.image.shape == soft.image.shape
    assert _edge(got.image) > 1.3 * _edge(soft.image)
    # the strokes come back nearer the drawn page's
    page = _licence()
    near = cv2.dilate((page < 200).astype(np.uint8), np.ones((5, 5), np.uint8)) > 0
    err = lambda a: float(np.abs(cv2.cvtColor(a, cv2.COLOR_BGR2GRAY).astype(np.float32) - page)[near].mean())  # noqa: E731
    assert err(got.image) < err(soft.image)


def test_a_sharp_page_is_left_as_it_is() -> None:
    sharp = _processed(_licence())
    assert sharp.quality.metrics["sharpness"] >= reader.SOFT_PAGE_SHARP
    assert reader.unsmeared(sharp) is sharp


def test_off_leaves_the_soft_page(monkeypatch: pytest.MonkeyPatch) -> None:
    soft = _processed(_soft(_licence()))
    monkeypatch.setattr(reader, "SOFT_PAGE_AMOUNT", 0.0)
    assert reader.unsmeared(soft) is soft
    assert isinstance(soft.quality, Quality)


def test_a_page_the_gate_calls_blurred_is_left_to_the_blur_rules() -> None:
    blurred = _processed(_soft(_licence(), 2.2))
    assert "blurred" in blurred.quality.reasons
    got = reader.unsmeared(blurred)
    assert _edge(got.image) < 1.1 * _edge(blurred.image)  # (a smear, if one were found, is still undone)


def test_a_card_or_a_crop_is_left_as_it_is() -> None:
    # a card's print is large for its page; sharpened, a light watermark over it reads as print
    for fmt in ("id_card", "unknown", "content"):
        soft = _processed(_soft(_licence()))
        soft = ProcessedPage(image=soft.image, quad=None, doc_format=fmt, quality=soft.quality)
        assert not reader.soft_page(soft)
        assert reader.unsmeared(soft) is soft
