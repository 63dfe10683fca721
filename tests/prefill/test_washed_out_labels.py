"""A washed-out page (a licence in a sleeve's haze, an overexposed 高拍仪 frame, a light copy): no ink
on it is dark, its grey labels lie a few levels under the paper, and the detector leaves them
unboxed — the values beside them go unread (V's v0088: 8 fields `label_not_found`). Such a page
with blank fields is read once more with its grey stretched from its darkest ink to its paper
(`contrast.washed_stretched`), and only the fields the first reading left blank are taken from that
reading (a whole page read stretched instead lost fields elsewhere: session 20, vcapture). Drawn
here: a licence whose labels are 18 levels under its paper and whose darkest print is 130."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw

import app.prefill.reader as reader
from app.imaging.contrast import washed_out, washed_stretched
from tests.prefill.fonts import SERIF, cjk_font
from tests.prefill.pages import assert_second_reading_only_fills

ROWS = (("名　　称", "苏州隆鑫建筑工程有限公司"), ("类　　型", "有限责任公司（自然人独资）"),
        ("法定代表人", "闫建国"), ("注册资本", "壹佰万元整"), ("成立日期", "2008年08月24日"),
        ("住　　所", "苏州市昆山市文化路170号"))


def _licence(paper: int = 240, label: int = 222, value: int = 130) -> np.ndarray:
    """A licence page: labels in `label` grey, title, code and values in `value` grey on `paper`."""
    img = Image.new("L", (1240, 1754), paper)
    d = ImageDraw.Draw(img)
    d.text((420, 160), "营业执照", font=cjk_font(96, SERIF), fill=value)
    d.text((150, 380), "统一社会信用代码", font=cjk_font(26, SERIF), fill=label)
    d.text((150, 420), "91320583757211635Y", font=cjk_font(34, SERIF), fill=value)
    f = cjk_font(28, SERIF)
    for i, (name, text) in enumerate(ROWS):
        d.text((150, 560 + 64 * i), name, font=f, fill=label)
        d.text((340, 560 + 64 * i), text, font=f, fill=value)
    return cv2.cvtColor(np.asarray(img), cv2.COLOR_GRAY2BGR)


def _sure(got: reader.PageRead) -> dict[str, str]:
    return {k: f.value for k, f in got.extraction.fields.items() if f.value and not f.flagged}


def test_a_page_without_dark_ink_is_washed_out_and_print_is_not() -> None:
    assert washed_out(_licence(), 100.0)
    assert not washed_out(_licence(248, 40, 10), 100.0)  # ordinary print: black cores
    stretched = cv2.cvtColor(washed_stretched(_licence()), cv2.COLOR_BGR2GRAY)
    assert float(np.percentile(stretched, 0.5)) < 10  # the darkest ink is black now
    assert float(np.percentile(stretched, 99.5)) > 245  # the paper white


def test_grey_labels_of_a_washed_out_page_are_found_in_its_stretched_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    page = _licence()
    monkeypatch.setattr(reader, "WASHED_REREAD", 0.0)
    before = _sure(reader.read_page(page))
    monkeypatch.setattr(reader, "WASHED_REREAD", 100.0)
    after = _sure(reader.read_page(page))
    want = {"name": "苏州隆鑫建筑工程有限公司", "entity_type": "有限责任公司(自然人独资)", "legal_representative": "闫建国",
            "registered_capital": "壹佰万元整", "established_date": "2008-08-24", "address": "苏州市昆山市文化路170号"}
    assert_second_reading_only_fills(before, after, want)


def test_a_page_with_dark_print_is_read_once() -> None:
    # (the second reading is counted on the page's clock, as `benchmarks.ocr_stages` shows it)
    assert not reader.read_page(_licence(248, 40, 10)).clock.counts.get("look_washed")
