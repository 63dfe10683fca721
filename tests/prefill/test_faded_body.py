"""A copy whose small print faded while its bold title stayed black (a copier renders a stroke's
density by its width: toner spread and optics take a thin stroke's ink to the paper around it, a
broad stroke keeps a black core). ZL zl_0131, a copy of a copy of a 食品经营许可证: title at 0, the
rows' stroke cores at 150–200 on 250 paper, speckled — the detector boxed 21 lines of the 30 and
its 住所 and 经营场所 rows went unread. `contrast.washed_out` judges a page by its darkest ink, so
the title kept such a page from the washed-out re-read; `contrast.body_ink` judges it by its rows'
(`reader.FADED_BODY`), and the page is read once more stretched from them (`faded_stretched`),
taking only the fields the first reading left blank. Drawn here: a licence with a black title and
its rows at grey 195 (labels 228) on 248 paper, with the paper's grain (σ 6)."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw

import app.prefill.reader as reader
from app.imaging.contrast import body_ink, faded_stretched
from tests.prefill.fonts import SERIF, cjk_font
from tests.prefill.pages import assert_second_reading_only_fills

ROWS = (("名　　称", "苏州隆鑫建筑工程有限公司"), ("类　　型", "有限责任公司（自然人独资）"),
        ("法定代表人", "闫建国"), ("注册资本", "壹佰万元整"), ("成立日期", "2008年08月24日"),
        ("住　　所", "苏州市昆山市文化路170号"))
WANT = {"name": "苏州隆鑫建筑工程有限公司", "credit_code": "91320583757211635Y", "entity_type": "有限责任公司(自然人独资)",
        "legal_representative": "闫建国", "registered_capital": "壹佰万元整", "established_date": "2008-08-24",
        "address": "苏州市昆山市文化路170号"}


def _licence(label: int = 228, value: int = 195, grain: float = 6.0) -> np.ndarray:
    """A licence copy: its title black, its labels `label` and its rows `value` grey on 248 paper."""
    img = Image.new("L", (1240, 1754), 248)
    d = ImageDraw.Draw(img)
    d.text((420, 160), "营业执照", font=cjk_font(96, SERIF), fill=0)
    d.text((150, 380), "统一社会信用代码", font=cjk_font(26, SERIF), fill=label)
    d.text((150, 420), "91320583757211635Y", font=cjk_font(34, SERIF), fill=value)
    f = cjk_font(28, SERIF)
    for i, (name, text) in enumerate(ROWS):
        d.text((150, 560 + 64 * i), name, font=f, fill=label)
        d.text((340, 560 + 64 * i), text, font=f, fill=value)
    grey = np.asarray(img).astype(np.float32) + np.random.default_rng(5).normal(0.0, grain, (1754, 1240))
    return cv2.cvtColor(np.clip(grey, 0, 255).astype(np.uint8), cv2.COLOR_GRAY2BGR)


def _sure(got: reader.PageRead) -> dict[str, str]:
    return {k: f.value for k, f in got.extraction.fields.items() if f.value and not f.flagged}


def _row_boxes() -> list[tuple[float, float, float, float]]:
    return [(150.0, 420.0, 500.0, 456.0)] + [(150.0, 560.0 + 64 * i, 700.0, 592.0 + 64 * i) for i in range(len(ROWS))]


def test_the_rows_ink_tells_a_faded_body_from_print() -> None:
    assert body_ink(_licence(), _row_boxes()) >= reader.FADED_BODY  # its title is black: not `washed_out`
    assert body_ink(_licence(40, 10), _row_boxes()) < reader.FADED_BODY  # ordinary print
    assert body_ink(_licence(), _row_boxes()[:3]) is None  # too few rows to judge
    stretched = cv2.cvtColor(faded_stretched(_licence(), 195.0), cv2.COLOR_BGR2GRAY)
    assert float(np.percentile(stretched, 99.5)) > 245  # the paper stays white


def test_a_faded_body_is_read_again_stretched(monkeypatch: pytest.MonkeyPatch) -> None:
    page = _licence()
    monkeypatch.setattr(reader, "FADED_BODY", 0.0)  # main: the page's black title hides the faded rows
    before = _sure(reader.read_page(page))
    monkeypatch.setattr(reader, "FADED_BODY", 160.0)
    after = _sure(reader.read_page(page))
    assert_second_reading_only_fills(before, after, WANT)


def test_a_page_with_dark_rows_is_read_once() -> None:
    # (the second reading is counted on the page's clock, as `benchmarks.ocr_stages` shows it)
    assert not reader.read_page(_licence(40, 10)).clock.counts.get("look_faded")
