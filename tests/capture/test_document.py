"""Document processing on generated photos: quad, warp to the real aspect, rotation, quality reasons."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from app.imaging.document import (
    ASPECTS,
    StillnessDetector,
    assess_quality,
    find_document_quad,
    process_document,
    rotate90,
    rotate90_matrix,
    text_line_direction,
)
from tests.capture.conftest import photo


def corner_error(found: np.ndarray, truth: np.ndarray) -> float:
    return float(max(min(np.linalg.norm(f - t) for t in truth) for f in found))


@pytest.mark.parametrize("kind,fmt", [("business_license", "a4"), ("id_card_front", "id_card"),
                                      ("public_health_license", "a4")])
def test_quad_found_and_warped_to_real_aspect(kind: str, fmt: str) -> None:
    img, corners = photo(kind, 2)
    quad = find_document_quad(img)
    assert quad is not None
    assert corner_error(quad, corners) < 0.02 * max(img.shape[:2])
    page = process_document(img)
    assert page.doc_format == fmt
    h, w = page.image.shape[:2]
    assert max(h, w) / min(h, w) == pytest.approx(ASPECTS[fmt], rel=0.01)
    assert page.quality.ok, page.quality.reasons


def test_no_quad_on_a_flat_scan_keeps_the_full_page() -> None:
    from benchmarks.docgen import render_flat

    _, flat = render_flat("id_card_front", 4)  # has a portrait box inside: must not be taken for the card
    page = process_document(flat)
    assert page.doc_format == "full_frame"
    assert page.image.shape[:2] == flat.shape[:2]


def test_rotation_matrix_matches_rot90() -> None:
    img = np.zeros((30, 50), np.uint8)
    img[5, 7] = 255
    for deg in (90, 180, 270):
        m = rotate90_matrix(img.shape, deg)
        x, y, _ = m @ np.array([7, 5, 1.0])
        assert rotate90(img, deg)[int(round(y)), int(round(x))] == 255


def test_text_direction_detects_quarter_turns() -> None:
    img, _ = photo("business_license", 5)
    page = process_document(img).image
    assert text_line_direction(page) == "horizontal"
    assert text_line_direction(rotate90(page, 90)) == "vertical"


def test_quality_reasons_are_named() -> None:
    good, _ = photo("business_license", 6)
    assert process_document(good).quality.ok
    blurred = cv2.GaussianBlur(good, (0, 0), 6)
    assert "blurred" in process_document(blurred).quality.reasons
    dark = (good.astype(np.float32) * 0.18).astype(np.uint8)
    assert "too_dark" in process_document(dark).quality.reasons
    glare, _ = photo("id_card_front", 6, glare=True, fill=0.75)
    q = process_document(glare).quality
    assert "glare" in q.reasons
    small, _ = photo("id_card_front", 8, fill=0.18)
    assert "too_small" in process_document(small).quality.reasons
    cut, _ = photo("business_license", 6, fill=0.97)
    h, w = cut.shape[:2]
    shifted = cv2.warpAffine(cut, np.float32([[1, 0, 0.2 * w], [0, 1, 0]]), (w, h), borderValue=(70, 70, 75))
    assert "cut_off" in process_document(shifted).quality.reasons


def test_quality_gate_without_a_document() -> None:
    desk = np.full((600, 800, 3), 80, np.uint8)
    q = assess_quality(desk, find_document_quad(desk), require_quad=True)
    assert not q.ok and "no_document" in q.reasons
    assert q.messages()[0][0]  # a Chinese message for the clerk


def test_stillness_detector_fires_once_after_n_still_frames(frames_dir) -> None:
    det = StillnessDetector(frames=4)
    fired = []
    for i, path in enumerate(sorted(frames_dir.glob("*.jpg"))):
        if det.update(cv2.imread(str(path))):
            fired.append(i)
    # frames 0–2 move, 3.. rest: the 4th still frame (index 5 or 6, depending on whether the last
    # moving frame already matches) fires, exactly once
    assert len(fired) == 1 and 5 <= fired[0] <= 7, fired
