"""A quad one of whose sides runs through the page's print is no page edge (issue 15, ZB zb0024).

A card on a pale desk with a lamp's shadow over half of it: the shadow's edge is a long straight
line across the card, and the lit half scored as the card's quad — its labels and the name's head
left outside, the ID number cut after 13 digits. No character of a page crosses the page's own
edge: when a few do cross one side, the quad is not taken (the page is then found from its paper
or its printed matter).
"""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from app.imaging import document as D


def _desk_with_page(shadow: bool = False) -> tuple[np.ndarray, np.ndarray]:
    h, w = 640, 900
    img = np.full((h, w, 3), (150, 160, 150), np.uint8)
    rng = np.random.default_rng(3)
    spots = rng.integers(0, 2, (h, w)).astype(np.uint8) * 6  # a desk's fine grain
    img = cv2.subtract(img, cv2.merge([spots, spots, spots]))
    page = np.array([[150, 110], [760, 110], [760, 500], [150, 500]], np.float32)
    cv2.fillConvexPoly(img, page.astype(np.int32), (232, 236, 238))
    for i, y in enumerate(range(170, 470, 45)):
        cv2.putText(img, f"NAME  ZHANG{i}SAN 4401061988", (190, y), cv2.FONT_HERSHEY_SIMPLEX, 0.8,
                    (40, 40, 40), 2, cv2.LINE_AA)
    if shadow:  # a lamp's shadow over the page's left part, its edge a straight line
        img[:, :400] = (img[:, :400] * 0.72).astype(np.uint8)
    return img, page


def test_the_pages_own_edges_cut_no_print() -> None:
    img, page = _desk_with_page()
    assert not D._side_cut(page, img)


def test_a_line_through_the_rows_cuts_print() -> None:
    img, _page = _desk_with_page()
    inner = np.array([[400, 110], [760, 110], [760, 500], [400, 500]], np.float32)  # the lit half
    assert D._side_cut(inner, img)


def test_the_shadowed_page_is_not_read_from_its_lit_half(monkeypatch: pytest.MonkeyPatch) -> None:
    img, page = _desk_with_page(shadow=True)
    lit = np.array([[400, 110], [760, 110], [760, 500], [400, 500]], np.float32)
    monkeypatch.setattr(D, "_quad_candidates", lambda small: [lit.copy()])
    assert D.find_document_quad(img) is None  # (the printed matter then says where the page is)
    monkeypatch.setattr(D, "SIDE_CUT", False)
    q = D.find_document_quad(img)
    assert q is not None and float(np.abs(q - lit).max()) < 2  # the lit half, as before
