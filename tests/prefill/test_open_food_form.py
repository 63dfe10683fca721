"""A 食品经营许可证's 主体业态 read as a form a longer one starts with is whole only where paper follows it
on its row (reader.OPEN_FORM): on ZW zw_129, a copy of a copy, the detector boxed `食品销售` and left the
faint `经营者(超市)` beside it unboxed; `食品销售` (an older certificate's form) is in the vocabulary and
was pre-filled wrong. Drawn rows, judged by the reader's own pixel check."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from app.prefill import reader
from app.prefill.extract import Extraction, FieldResult
from app.prefill.layout import Line
from tests.prefill.fonts import cjk_font


def _row(printed: str, grey: int = 120) -> tuple[np.ndarray, float]:
    """A page row printing `printed` from x=200, and where its first four characters end."""
    img = Image.new("L", (1400, 200), 250)
    font = cjk_font(40)
    d = ImageDraw.Draw(img)
    d.text((200, 80), printed, fill=grey, font=font)
    return np.asarray(img), 200 + d.textlength(printed[:4], font=font)


def _judged(printed: str, value: str) -> FieldResult:
    gray, end = _row(printed)
    box = [200.0, 78.0, end, 128.0]
    f = FieldResult(value, 0.99, list(box))
    ex = Extraction("food_business_license", 0.9, {"business_form": f})
    lines = [Line("态", 0.99, 150, 78, 190, 128, 0), Line(value, 0.99, *box, 1)]
    reader.distrust_open_form(ex, lines, gray)
    return f


def test_a_bare_form_whose_row_goes_on_is_not_prefilled() -> None:
    f = _judged("食品销售经营者（超市）", "食品销售")
    assert f.flagged and f.reason == "wrapped_row_incomplete"


def test_a_bare_form_with_paper_after_it_stays() -> None:
    assert not _judged("食品销售", "食品销售").flagged


def test_off_as_before(monkeypatch) -> None:
    monkeypatch.setattr(reader, "OPEN_FORM", False)
    assert not _judged("食品销售经营者（超市）", "食品销售").flagged
