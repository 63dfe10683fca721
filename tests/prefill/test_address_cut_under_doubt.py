"""A licence 住所 in doubt for one character's reading is still judged by the address's grammar
(session 36, wrongs3).

AC ac_045, a fax TIFF: `湖南省长沙市岳麓区金桥街道李家庄3组97号一层102-105单` for …102-105单元 (the row's
last character not read), its 湖 at 0.43. `_licence_address` judged an address's end (`_address_cut_short`:
`单` ends no part of an address) only on a value not flagged already; this one was flagged `doubtful
character` for its 湖, and `reader.second_opinion` — both recognisers reading the row's crop alike —
lifted that doubt and pre-filled the cut value. A character's doubt no longer hides the grammar's
(`extract.CHAR_DOUBT_GRAMMAR`): the value is `address ends abruptly`, which no second reading lifts.
On main (the rule off) the value's note is `doubtful character` and the second opinion pre-fills it."""

from __future__ import annotations

import numpy as np

from app.prefill import extract as ex_mod
from app.prefill import reader as rd
from app.prefill.engine import StageClock
from app.prefill.extract import extract
from app.prefill.layout import to_lines
from tests.prefill.test_licence_rows import licence, line, scope_rows

CUT = "湖南省长沙市岳麓区金桥街道李家庄3组97号一层102-105单"


def _rows(address: str) -> list:
    rows = licence(scope_rows(), address=address)
    return [line(address, 226, 744, 226 + 20 * len(address), 764, chars={0: (0.43, "胡", 0.19)})
            if ln.text == address else ln for ln in rows]


class _Agrees:
    """A recogniser that reads every crop as the value (both models agreeing, sure)."""

    def __init__(self, text: str) -> None:
        self.text = text

    def recognize(self, crops, clock=None):
        return [(self.text, 0.99, [(0.99, "", 0.0)] * len(self.text)) for _ in crops]


def _after_second_opinion(address: str, monkeypatch) -> dict:
    lines = to_lines(_rows(address))
    ex = extract(lines, "business_license")
    monkeypatch.setattr(rd, "second_recognizer", lambda: _Agrees(address))
    page = np.full((1300, 1000, 3), 245, np.uint8)
    rd.second_opinion(ex, lines, page, _Agrees(address), StageClock())
    return ex.fields["address"].public()


def test_cut_address_in_doubt_for_a_character_is_not_prefilled(monkeypatch) -> None:
    got = _after_second_opinion(CUT, monkeypatch)
    assert got["value"] == ""
    assert got["reason"] == "wrapped_row_incomplete"


def test_whole_address_in_doubt_for_a_character_is_still_asked(monkeypatch) -> None:
    whole = CUT + "元"
    assert _after_second_opinion(whole, monkeypatch)["value"] == whole


def test_rule_off_lets_the_second_opinion_prefill_the_cut_address(monkeypatch) -> None:
    monkeypatch.setattr(ex_mod, "CHAR_DOUBT_GRAMMAR", False)
    assert _after_second_opinion(CUT, monkeypatch)["value"] == CUT
