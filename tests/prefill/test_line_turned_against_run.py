"""A line the 0°/180° line classifier turned against the run of the page's other lines, and read
weakly so, is read the other way up too (`engine.CLS_AGAINST_RUN`).

The classifier judges a crop by its shape alone. On a 1-bit fax a Song face's horizontals are dropped
by the threshold and a short line is left as a comb of verticals, the same either way up: ZZ zz_025 (a
fine-mode fax of a business licence) had its `2022年05月20日` turned and read `02111120` at 0.50 while
every other line of the page ran upright — the established date blank `value_not_found`; read
unturned, 0.98. Drawn here: a licence's rows, upright, and the classifier made to turn the date row
(as the fax's did) — on main the date reads as garbage; with the rule it reads right. A page whose
lines all run turned (lying upside down) and a line turned that reads well so are left as they are.
"""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw

import app.prefill.engine as engine_mod
from tests.prefill.fonts import SERIF, cjk_font

ROWS = ("名称 武汉瑞丰科技有限公司", "类型 有限责任公司", "法定代表人 金琪志", "成立日期 2022年05月20日",
        "住所 湖北省武汉市青山区东方路1859号")
DATE = "2022年05月20日"


def _page() -> np.ndarray:
    img = Image.new("L", (1400, 700), 255)
    d = ImageDraw.Draw(img)
    for k, row in enumerate(ROWS):
        label, value = row.split(" ")
        d.text((80, 80 + 110 * k), label, font=cjk_font(34), fill=0)
        d.text((420, 80 + 110 * k), value, font=cjk_font(34, SERIF), fill=0)
    return cv2.cvtColor(np.array(img), cv2.COLOR_GRAY2BGR)


def _turning(engine, monkeypatch: pytest.MonkeyPatch, which) -> None:  # noqa: ANN001
    """The classifier made to call the crops `which` picks upside down (and turn them, as it does)."""
    real = type(engine).classify

    def classify(self, crops):  # noqa: ANN001, ANN202
        out, labels = real(self, crops)
        for i, c in enumerate(crops):
            if which(c):
                out[i] = cv2.rotate(c, cv2.ROTATE_180)
                labels[i] = ("180", 0.99)
        return out, labels

    monkeypatch.setattr(type(engine), "classify", classify)


def _date_crop(c: np.ndarray) -> bool:
    """The date value's crop (the one crop read as the date when upright)."""
    return 3.5 < c.shape[1] / c.shape[0] < 8.5 and _upright_text(c) == DATE


_READS: dict[bytes, str] = {}


def _upright_text(c: np.ndarray) -> str:
    key = c.tobytes() + str(c.shape).encode()
    if key not in _READS:
        _READS[key] = engine_mod.get_engine().recognize([c])[0][0]
    return _READS[key]


def _date_line(lines):  # noqa: ANN001, ANN202
    """The lines on the date row's value (right of the labels, at its height)."""
    y0 = 80 + 110 * 3
    return [ln for ln in lines if ln.bbox[0] > 380 and y0 - 10 < (ln.bbox[1] + ln.bbox[3]) / 2 < y0 + 50]


def test_a_line_turned_against_the_page_is_read_the_other_way_up(engine, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    page = _page()
    _turning(engine, monkeypatch, _date_crop)
    monkeypatch.setattr(engine_mod, "CLS_AGAINST_RUN", 0.0)
    off = [ln.text for ln in _date_line(engine.read(page))]
    assert DATE not in off  # main: the date read upside down (garbage, or dropped under 0.3)
    monkeypatch.setattr(engine_mod, "CLS_AGAINST_RUN", 0.95)
    on = _date_line(engine.read(page))
    assert [ln.text for ln in on] == [DATE] and not on[0].flipped and on[0].score > 0.9


def test_a_page_lying_upside_down_keeps_its_lines_turned(engine, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    page = cv2.rotate(_page(), cv2.ROTATE_180)
    lines = engine.read(page)
    assert sum(ln.flipped for ln in lines) * 2 > len(lines)  # (the classifier turns them: the page's run)
    monkeypatch.setattr(engine_mod, "CLS_AGAINST_RUN", 0.0)
    off = [(ln.text, ln.flipped) for ln in engine.read(page)]
    assert [(ln.text, ln.flipped) for ln in lines] == off
    assert any(DATE in t for t, _ in off)


def test_a_line_turned_that_reads_well_so_is_not_asked_again(engine, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    """A row printed upside down on an upright page (a card's other side copied turned beside it)
    reads well as the classifier turned it: it is not read again, whatever the page's run."""
    page = _page()
    h = 80 + 110 * 3
    page[h - 10:h + 60, 400:1000] = cv2.rotate(page[h - 10:h + 60, 400:1000].copy(), cv2.ROTATE_180)
    asked: list[int] = []
    real = type(engine)._against_run

    def spy(self, crops, reads, spots, flips, ids, clock):  # noqa: ANN001, ANN202
        asked.extend(i for i in ids if flips[i] and reads[i][1] < engine_mod.CLS_AGAINST_RUN)
        return real(self, crops, reads, spots, flips, ids, clock)

    monkeypatch.setattr(type(engine), "_against_run", spy)
    lines = _date_line(engine.read(page))
    assert [ln.text for ln in lines] == [DATE] and lines[0].flipped
    assert asked == []
