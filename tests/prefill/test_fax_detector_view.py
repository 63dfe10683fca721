"""A 1-bit page (a fax, a black-and-white scan) is detected through a softened view.

The threshold of a fax breaks a Song face's hairline horizontals into dots; the text detector,
looking at such a row, can cut it into pieces or leave its end unboxed. Softened (a Gaussian of
DET_BILEVEL_SIGMA px) the dots of a row join into one region again. Only the detector sees the
softened view: the recogniser reads its crops from the page as it is (reading the softened page
whole was measured to lose as many fields as it gained, `test_bilevel_reread`). Grey pages are
detected as they are. Drawn here: a faxed licence's rows at ~200×100 dpi, thresholded, against
the same rows in grey, through a recording engine."""

from __future__ import annotations

import cv2
import numpy as np
from PIL import Image, ImageDraw

import app.prefill.reader as reader
from app.imaging.document import ProcessedPage, Quality
from app.prefill.engine import StageClock
from tests.prefill.fonts import SERIF, cjk_font


def _page(one_bit: bool) -> np.ndarray:
    img = Image.new("L", (1200, 850), 255)
    d = ImageDraw.Draw(img)
    font = cjk_font(26, SERIF)
    rows = ["名        称  沈阳华泰建筑工程有限公司", "类        型  有限责任公司(自然人独资)",
            "法定代表人  孟远", "注册资本  壹佰万元整", "成立日期  2025年06月05日",
            "住        所  辽宁省沈阳市和平区三好街742号22层04室"]
    for i, text in enumerate(rows):
        d.text((80, 120 + 90 * i), text, fill=40, font=font)
    gray = np.array(img)
    # a fax's vertical resolution is half its horizontal one: rows squashed and stretched back
    gray = cv2.resize(cv2.resize(gray, (1200, 425), interpolation=cv2.INTER_AREA), (1200, 850),
                      interpolation=cv2.INTER_NEAREST)
    if one_bit:
        gray = np.where(gray < 110, 0, 255).astype(np.uint8)
    return cv2.cvtColor(gray, cv2.COLOR_GRAY2BGR)


class _Recording:
    """An engine that records what its detector and its recogniser were given."""

    def __init__(self) -> None:
        self.calls: list[tuple[np.ndarray, np.ndarray | None]] = []

    def read(self, image: np.ndarray, det_max_side: int | None = None, clock: StageClock | None = None,
             det_image: np.ndarray | None = None) -> list:
        self.calls.append((image, det_image))
        return []


def _seen(one_bit: bool, monkeypatch, sigma: float = 1.0) -> tuple[np.ndarray, np.ndarray | None]:
    monkeypatch.setattr(reader, "DET_BILEVEL_SIGMA", sigma)
    page = _page(one_bit)
    processed = ProcessedPage(page, None, "full_frame", Quality(True, (), {}))
    engine = _Recording()
    reader._ocr_processed(processed, engine, StageClock())  # type: ignore[arg-type]
    return engine.calls[0]


def test_a_faxed_page_is_detected_softened_and_recognised_as_it_is(monkeypatch) -> None:
    image, seen = _seen(True, monkeypatch)
    assert seen is not None and seen.shape == image.shape
    assert len(np.unique(image)) <= 2  # the recogniser's page: still the fax's black and white
    grey = np.count_nonzero((seen > 30) & (seen < 225)) / seen.size
    assert grey > 0.005  # the detector's: grey around every stroke, its dots run into each other


def test_a_grey_page_is_detected_as_it_is(monkeypatch) -> None:
    _, seen = _seen(False, monkeypatch)
    assert seen is None


def test_off_leaves_a_fax_as_it_is(monkeypatch) -> None:
    _, seen = _seen(True, monkeypatch, sigma=0.0)
    assert seen is None
