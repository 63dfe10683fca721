"""A page flattened to a card's shape whose text rows are smaller than a card's is not shrunk to a card's size.

`reader._scale_for_ocr` shrinks a card's page to CARD_SHORT_SIDE (544 px), where an ID card's print (rows 4–8 % of its
short side) stands 22–44 px high. `process_document` keeps a card-shaped quad as a card unless its rows are a page's
(under `document.CARD_TEXT`, 3 %); a licence photographed in the hand with its foot out of the picture measured a
card's aspect and rows of 3.2 % (AF af_0137, a 食品经营许可证: shrunk to 583 px its rows were 17 px high, and its
credit code, legal representative and address went blank). Such a page — rows under a card's
(`document.KEYSTONE_CARD_TEXT`) — is now shrunk only to where its rows are `reader.CARD_ROW_PX` high. Here a
recording engine stands in for the models: on main the licence-sized rows were given at 544 px like a card's.
"""

from __future__ import annotations

import cv2
import numpy as np

from app.imaging.document import KEYSTONE_CARD_TEXT
from app.prefill import reader as R
from app.prefill.engine import StageClock


class _Recorder:
    """An engine that boxes nothing and records the short side of every page it is given."""

    def __init__(self) -> None:
        self.sides: list[int] = []

    def read(self, image: np.ndarray, det_side: int | None = None, **_: object) -> list:
        self.sides.append(min(image.shape[:2]))
        return []

    def __getattr__(self, name: str):  # noqa: ANN204 - any other model call reads nothing
        return lambda *a, **k: []


def _photo(row_px: int, short: int = 1000) -> np.ndarray:
    """A sheet of a card's aspect on a dark desk, printed with rows of `row_px`-high characters."""
    long_ = int(short * 1.585)
    page = np.full((long_, short, 3), 235, np.uint8)
    y = int(short * 0.12)
    while y < long_ - 3 * row_px:
        x = int(short * 0.08)
        while x < short * 0.85:
            cv2.rectangle(page, (x, y), (x + row_px - 3, y + row_px), (30, 30, 30), max(2, row_px // 8))
            cv2.line(page, (x, y + row_px // 2), (x + row_px - 3, y + row_px // 2), (30, 30, 30), max(2, row_px // 8))
            x += row_px + 2
        y += int(row_px * 2.2)
    photo = np.full((long_ + 300, short + 300, 3), 60, np.uint8)
    photo[150:150 + long_, 150:150 + short] = page
    return photo


def _read_side(photo: np.ndarray) -> tuple[R.ProcessedPage, int]:
    processed = R.choose_page(photo)
    rec = _Recorder()
    R._ocr_processed(processed, rec, StageClock())  # type: ignore[arg-type]
    return processed, rec.sides[0]


def test_card_shaped_page_with_a_licences_rows_keeps_its_rows_legible() -> None:
    processed, side = _read_side(_photo(26))
    assert processed.doc_format == "id_card"  # (a card's shape, rows over CARD_TEXT: kept a card)
    # (main: shrunk to CARD_SHORT_SIDE, 544 px — rows ~18 px)
    assert side > R.CARD_SHORT_SIDE * 1.2, side
    rows = processed.quality.metrics.get("text_rows", 0.0) if processed.quality else 0.0
    assert 0.03 < rows < KEYSTONE_CARD_TEXT, rows
    assert abs(rows * min(processed.image.shape[:2]) * side / min(processed.image.shape[:2]) - R.CARD_ROW_PX) < 1.5


def test_a_cards_own_rows_are_shrunk_as_before() -> None:
    processed, side = _read_side(_photo(60))
    assert processed.doc_format == "id_card"
    assert abs(side - R.CARD_SHORT_SIDE) <= 1


def test_rule_off_shrinks_like_a_card(monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(R, "CARD_ROW_PX", 0.0)
    _, side = _read_side(_photo(26))
    assert abs(side - R.CARD_SHORT_SIDE) <= 1
