"""Session 37 (affax): an address whose registration note was read with a character lost is not pre-filled.

AF af_0023 (a 公共场所卫生许可证 faxed at 204×196, thresholded): the 地址 row
`上海市徐汇区中关村大街791号B座9层10室（一照多址）` read `…10室(照多址)` at 0.98 and was pre-filled — a
wrong value: the fax's threshold dropped 一 (one thin horizontal) whole, and the recogniser read nothing
there. The notes after a registered address are a closed set (`extract.ADDRESS_NOTES`), so a note that is
one of them short of a character, and none itself, was misread (`extract.ADDRESS_NOTE_LOST`, the same
`note misread` as a character read wrong). Without the rule (main) the address is pre-filled as read.
"""

from __future__ import annotations

import pytest

from app.prefill import extract as ex
from app.prefill.layout import Line


def _line(text: str, x1: float, y1: float, x2: float, y2: float) -> Line:
    return Line(text, 0.99, x1, y1, x2, y2, 0, ())


def _health(address: str) -> list[Line]:
    return [_line("公共场所卫生许可证", 805, 287, 1583, 389), _line("单位名称", 275, 613, 673, 654),
            _line("锦程康宁（上海）商贸有限公司", 743, 613, 1219, 657), _line("法定代表人（负责人）", 275, 760, 652, 808),
            _line("蔡子远", 731, 760, 850, 806), _line("地址", 272, 874, 675, 922),
            _line(address, 736, 878, 1539, 920)]


@pytest.mark.parametrize("address", ["上海市徐汇区中关村大街791号B座9层10室(照多址)",
                                     "上海市徐汇区中关村大街791号B座9层10室（自申报）",
                                     "上海市徐汇区中关村大街791号B座9层10室(集中登地)"])
def test_a_note_with_a_character_lost_blanks_the_address(address: str) -> None:
    got = ex.extract(_health(address), "public_health_license").public_fields()
    assert got["address"]["value"] == ""  # main: pre-filled as read
    assert got["address"]["reason"] == "doubtful_character"
    assert got["legal_representative"]["value"] == "蔡子远"  # (the other values stay)


@pytest.mark.parametrize("address", ["上海市徐汇区中关村大街791号B座9层10室(一照多址)",
                                     "上海市徐汇区中关村大街791号B座9层10室(东区)",
                                     "上海市徐汇区中关村大街791号B座9层10室(南楼)",
                                     "上海市徐汇区中关村大街791号B座9层10室"])
def test_a_known_note_or_another_bracket_is_pre_filled(address: str) -> None:
    got = ex.extract(_health(address), "public_health_license").public_fields()
    assert ex.to_halfwidth(got["address"]["value"]) == ex.to_halfwidth(address)


def test_with_the_rule_off_the_short_note_is_pre_filled(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ex, "ADDRESS_NOTE_LOST", False)
    got = ex.extract(_health("上海市徐汇区中关村大街791号B座9层10室(照多址)"), "public_health_license").public_fields()
    assert got["address"]["value"] == "上海市徐汇区中关村大街791号B座9层10室(照多址)"
    assert not ex._note_misread("某地(照多址)")
    assert ex._note_misread("某地(自上申报)")  # (a misread character stays judged)
