"""A 高拍仪 frame: a page on the camera's dark gridded mat (issue 15, family V's v0142).

The mat's light lines join the frame's lit rim into one edge contour around most of the frame; its
hull scored best by its area and the page was read with the dark mat around it (judged blurred at
the mat's brightness, 7 of 9 fields lost). The page's own quad lies inside that contour with the
dark mat, not the page's paper, between the two: it is the page.
"""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from app.imaging import document as D


def _mat_frame() -> tuple[np.ndarray, np.ndarray]:
    h, w = 1080, 1920
    img = np.full((h, w, 3), 42, np.uint8)
    for x in range(0, w, 64):
        cv2.line(img, (x, 0), (x, h), (88, 88, 88), 2)
    for y in range(0, h, 64):
        cv2.line(img, (0, y), (w, y), (88, 88, 88), 2)
    img[:12, :] = 120  # the lit rim of the frame
    img[:, :12] = 120
    page = np.array([[600, 40], [1290, 30], [1310, 1010], [615, 1030]], np.float32)
    cv2.fillConvexPoly(img, page.astype(np.int32), (236, 238, 240))
    rng = np.random.default_rng(1)
    for y in range(160, 900, 34):  # rows of print
        x = 680
        while x < 1200:
            wd = int(rng.integers(12, 60))
            cv2.rectangle(img, (x, y), (x + wd, y + 14), (70, 70, 70), -1)
            x += wd + 10
    return img, page


def _near(q: np.ndarray | None, page: np.ndarray, tol: float = 25.0) -> bool:
    return q is not None and float(np.abs(D.order_corners(q) - page).max()) <= tol


def test_a_page_on_a_gridded_mat_is_the_page_not_the_mat(monkeypatch: pytest.MonkeyPatch) -> None:
    img, page = _mat_frame()
    assert _near(D.find_document_quad(img), page)
    monkeypatch.setattr(D, "DESK_INSIDE", False)
    assert not _near(D.find_document_quad(img), page)  # the mat's contour, as before


def test_a_licence_border_inside_its_page_keeps_the_page() -> None:
    # a printed frame inside the page has the page's own paper between the two: the page stays
    h, w = 1080, 1920
    img = np.full((h, w, 3), 60, np.uint8)
    page = np.array([[560, 40], [1360, 40], [1360, 1040], [560, 1040]], np.float32)
    cv2.fillConvexPoly(img, page.astype(np.int32), (238, 238, 238))
    cv2.rectangle(img, (620, 100), (1300, 980), (40, 40, 40), 6)
    for y in range(200, 900, 40):
        cv2.rectangle(img, (680, y), (1200, y + 14), (70, 70, 70), -1)
    assert _near(D.find_document_quad(img), page)
