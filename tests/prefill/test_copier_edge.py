"""A photocopy's dark edge is no page (issue 15, latency): a card back copied onto a sheet whose
copier left a dark border down one side. The border is the largest block of "ink" on the sheet
and the card's print lies too far from it to be joined to it, so the printed-matter box was the
border alone (V v0128: 99 × 2,923 px). Read as the first guess, that strip was turned, read as
nothing, turned back, and the detector brought its short side up to a page's 544 px — a
16,864 px long input, ~20 s of CPU — before the whole sheet was read and the card found."""

from __future__ import annotations

import cv2
import numpy as np

from app.imaging.document import content_box
from tests.prefill.pages import card_back


def _copy_with_dark_edge() -> np.ndarray:
    """A4 sheet at ~150 dpi (BGR), a card back in its upper middle, a copier's dark band down the left
    edge. A copy shows no card's outline: its paper is the sheet's."""
    h, w = 1754, 1240
    sheet = np.full((h, w, 3), (245, 247, 246), np.uint8)
    card = cv2.cvtColor(card_back("深圳市公安局南山区分局", "2026.08.09-长期", w=800, h=504, value_size=28),
                        cv2.COLOR_RGB2BGR)
    sheet[330:330 + card.shape[0], 300:300 + card.shape[1]] = card
    sheet[:, :58] = 70  # the copier's dark border, the sheet's full height
    return sheet


def _no_sheet_edges(monkeypatch) -> None:  # noqa: ANN001 - fixture
    """As on V's copy: the sheet's own edges are not found (the drawn band's straight edge would be)."""
    monkeypatch.setattr("app.prefill.reader.find_document_quad", lambda *_a, **_k: None)


def test_a_copiers_dark_edge_is_no_printed_matter_box_to_read(monkeypatch) -> None:  # noqa: ANN001 - fixture
    from app.prefill.reader import choose_page, print_strip

    _no_sheet_edges(monkeypatch)
    sheet = _copy_with_dark_edge()
    box = content_box(sheet)
    assert box is not None and print_strip(box)  # (the printed-matter box is the border: a strip)
    page = choose_page(sheet)
    assert page.region is None and page.doc_format == "full_frame"  # the whole sheet is the first guess
    assert not print_strip((0, 0, 1012, 638)) and not print_strip((0, 0, 1240, 1754))  # a card, a page
    blank = np.full_like(sheet, 246)
    blank[:, 700:704] = 150  # an ADF's streak down a blank sheet: all the print there is
    page = choose_page(blank)
    assert page.doc_format == "content" and page.region is not None and print_strip(page.region)  # (as before)


def test_a_card_copied_beside_a_dark_edge_is_read_without_a_strips_detector_pass(engine, monkeypatch) -> None:  # noqa: ANN001
    from app.prefill.reader import read_page

    _no_sheet_edges(monkeypatch)
    read = read_page(_copy_with_dark_edge(), engine)
    assert read.kind == "id_card_back"
    assert read.clock is not None and read.clock.counts.get("det_calls") == 1  # (the strip first: 5 calls, 4× the CPU)
