"""An ID card photographed on a desk and forwarded through a chat app (issue 15, chat lane).

The screenshot's chosen page was the chat picture: it spans the screen's width between the dark
bars above and below, so it runs along the frame's border on two sides only, and the rule that
lets a page inside a dark desk's quad give way (`document._page_inside`) was bounded to quads on
three sides. A card inside the picture, with the darker desk between the two, is the page: read
from its own quad as a card (T, R chat files: 4 fields more, less CPU). A licence inside such a
picture keeps the picture — read from its own quad it read worse — and its small rows say it is
no card.
"""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from app.imaging import document as D


def _screenshot(page_w: int, page_h: int, row_h: int, row_gap: int) -> tuple[np.ndarray, np.ndarray]:
    """A 1080×2340 phone screenshot: black bars, a 1080×800 picture of a mid-grey desk, a light
    document on it tilted a little, with rows of print `row_h` high."""
    h, w = 2340, 1080
    img = np.zeros((h, w, 3), np.uint8)
    cv2.rectangle(img, (30, 40), (200, 80), (200, 200, 200), -1)  # the status bar's clock
    y0 = 770
    img[y0:y0 + 800] = (96, 104, 112)
    rng = np.random.default_rng(3)
    noise = rng.normal(0, 4, (800, w, 3))
    img[y0:y0 + 800] = np.clip(img[y0:y0 + 800] + noise, 0, 255).astype(np.uint8)
    cx, cy = 540, y0 + 400
    ang = np.deg2rad(4)
    rot = np.array([[np.cos(ang), -np.sin(ang)], [np.sin(ang), np.cos(ang)]])
    corners = np.array([[-page_w / 2, -page_h / 2], [page_w / 2, -page_h / 2], [page_w / 2, page_h / 2],
                        [-page_w / 2, page_h / 2]]) @ rot.T + (cx, cy)
    cv2.fillConvexPoly(img, corners.astype(np.int32), (232, 236, 240))
    y = -page_h / 2 + 0.12 * page_h
    while y + row_h < page_h / 2 - 0.08 * page_h:
        x = -page_w / 2 + 0.1 * page_w
        while x < page_w / 2 - 0.25 * page_w:
            wd = float(rng.integers(2, 6)) * row_h
            box = np.array([[x, y], [x + wd, y], [x + wd, y + row_h], [x, y + row_h]]) @ rot.T + (cx, cy)
            cv2.fillConvexPoly(img, box.astype(np.int32), (60, 60, 60))
            x += wd + row_h
        y += row_h + row_gap
    return img, D.order_corners(corners.astype(np.float32))


def _near(q: np.ndarray | None, page: np.ndarray, tol: float = 25.0) -> bool:
    return q is not None and float(np.abs(D.order_corners(q) - page).max()) <= tol


def test_an_id_card_in_a_chat_picture_is_the_page(monkeypatch: pytest.MonkeyPatch) -> None:
    img, card = _screenshot(600, 378, 26, 26)  # a card: rows ~7 % of its short side
    assert _near(D.find_document_quad(img), card)
    monkeypatch.setattr(D, "DESK_CARD", False)
    assert not _near(D.find_document_quad(img), card)  # the chat picture, as before


def test_a_licence_in_a_chat_picture_keeps_the_picture() -> None:
    img, licence = _screenshot(560, 400, 8, 8)  # a licence's small print: rows 2 % of its short side
    q = D.find_document_quad(img)
    assert q is not None and not _near(q, licence)
