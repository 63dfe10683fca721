"""An ID card back copied small onto a speckled A4 sheet, of which only its large title is read.

At the sheet's OCR size the back's rows are a few pixels high and the copier's toner specks break
their text regions: the detector boxes 居民身份证 (sometimes 中华人民共和国 too) and nothing else (T's
t0144, a card back photocopied small on a speckled page). With a lone 居民身份证 the page reads as
`other`, and the card paths, which need a card kind, never ran; with both title lines it reads as a
card back whose every field is blank, and the crop around the card was not read again when the
source held no more pixels of it than the page. The part of the photo around the title
(`reader.card_title_region`: the back's rows lie under its title) is read as a card's text box is.
Drawn here: the back, shrunk to a copy's size on a sheet, and the specks."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

import app.prefill.reader as reader
from app.prefill.layout import to_lines
from tests.prefill.pages import card_back, recognised


def _sheet(card_w: int, specks: int, seed: int = 5) -> np.ndarray:
    """An A4 sheet at 150 dpi (BGR) with the card back `card_w` px wide on it and 3×3 toner specks."""
    card = cv2.cvtColor(card_back("太原市公安局", "2025.01.27-2030.01.27"), cv2.COLOR_RGB2BGR)
    h = int(card.shape[0] * card_w / card.shape[1])
    page = np.full((1754, 1240, 3), 238, np.uint8)
    page[500:500 + h, 380:380 + card_w] = cv2.resize(card, (card_w, h), interpolation=cv2.INTER_AREA)
    rng = np.random.default_rng(seed)
    ys, xs = rng.integers(0, 1752, specks), rng.integers(0, 1238, specks)
    for dy in (0, 1, 2):
        for dx in (0, 1, 2):
            page[ys + dy, xs + dx] = 90
    return page


def _sure(got: reader.PageRead) -> dict[str, str]:
    return {k: f.value for k, f in got.extraction.fields.items() if f.value and not f.flagged}


WANT = {"issuing_authority": "太原市公安局", "valid_from": "2025-01-27", "valid_to": "2030-01-27"}


def test_a_small_card_back_read_only_by_its_title_is_read_around_it(monkeypatch: pytest.MonkeyPatch) -> None:
    page = _sheet(300, 3200)
    monkeypatch.setattr(reader, "CARD_TITLE_REREAD", False)
    assert reader.read_page(page).kind == "other"  # (its 居民身份证 alone read)
    monkeypatch.setattr(reader, "CARD_TITLE_REREAD", True)
    after = reader.read_page(page)
    assert after.kind == "id_card_back"
    assert _sure(after) == WANT


def test_a_title_only_back_on_a_sheet_is_read_around_its_title(monkeypatch: pytest.MonkeyPatch) -> None:
    page = _sheet(340, 2500)
    monkeypatch.setattr(reader, "CARD_TITLE_REREAD", False)
    before = reader.read_page(page)
    assert before.kind == "id_card_back" and not _sure(before)  # (both titles read, no row)
    monkeypatch.setattr(reader, "CARD_TITLE_REREAD", True)
    assert _sure(reader.read_page(page)) == WANT


def test_the_region_lies_under_a_small_title_and_not_around_a_forms_words() -> None:
    to_page = np.diag([0.8, 0.8, 1.0])
    lines = to_lines([recognised("居民身份证", 300, 400, 460, 440)])
    region = reader.card_title_region(lines, (1400, 990, 3), to_page, (1750, 1238, 3))
    assert region is not None
    x1, y1, x2, y2 = region
    assert x1 < 300 / 0.8 and x2 > 460 / 0.8 and y2 > (440 + 2 * 160) / 0.8 - 1  # rows under the title
    # a form's 居民身份证号码 field, or a title as wide as the page, is no small card's title
    assert reader.card_title_region(to_lines([recognised("居民身份证号码", 300, 400, 520, 440)]),
                                    (1400, 990, 3), to_page, (1750, 1238, 3)) is None
    assert reader.card_title_region(to_lines([recognised("居民身份证", 100, 400, 800, 520)]),
                                    (1400, 990, 3), to_page, (1750, 1238, 3)) is None
