"""Session 36 (adscreen): an address whose registration note is misread is not pre-filled.

AD ad_085 (a 公共场所卫生许可证 shown on a monitor and photographed, read through `screen.demoire`): the
地址 row `北京市朝阳区新华路196号金地大厦17层03室（自主申报）` read `…03室(自上申报)` at 0.97 and was
pre-filled; ZX zx_025 read `…(白主申报)` (its 天河 read 大河 as well). The note after a registered
address is one of a few words (`extract.ADDRESS_NOTES`: 集中登记地, 自主申报 …), so a note one character off
one of them, and none itself, was misread — and the row it ends was read as poorly
(`extract.ADDRESS_NOTE_CHECK`, note `note misread`, reason `doubtful_character`). Without the rule (main)
the misread address is pre-filled.
"""

from __future__ import annotations

import pytest

from app.prefill import extract as ex
from app.prefill.layout import Line


def _line(text: str, x1: float, y1: float, x2: float, y2: float) -> Line:
    return Line(text, 0.99, x1, y1, x2, y2, 0, ())


def _health(address: str) -> list[Line]:
    return [_line("公共场所卫生许可证", 805, 287, 1583, 389), _line("单位名称", 275, 613, 673, 654),
            _line("北京启鼎商贸中心（普通合伙）", 743, 613, 1219, 657), _line("法定代表人（负责人）", 275, 760, 652, 808),
            _line("蔡子远", 731, 760, 850, 806), _line("地址", 272, 874, 675, 922),
            _line(address, 736, 878, 1539, 920)]


@pytest.mark.parametrize("address", ["北京市朝阳区新华路196号金地大厦17层03室(自上申报)",
                                     "北京市朝阳区新华路196号金地大厦17层03室（白主申报）",
                                     "北京市朝阳区新华路196号金地大厦17层03室(集中登记他)"])
def test_a_note_one_character_off_a_registration_note_blanks_the_address(address: str) -> None:
    got = ex.extract(_health(address), "public_health_license").public_fields()
    assert got["address"]["value"] == ""  # main: pre-filled as read
    assert got["address"]["reason"] == "doubtful_character"
    assert got["legal_representative"]["value"] == "蔡子远"  # (the other values stay)


@pytest.mark.parametrize("address", ["北京市朝阳区新华路196号金地大厦17层03室(自主申报)",
                                     "北京市朝阳区新华路196号金地大厦17层03室（集中登记地）",
                                     "北京市朝阳区新华路196号金地大厦17层03室"])
def test_a_known_note_or_none_is_pre_filled(address: str) -> None:
    got = ex.extract(_health(address), "public_health_license").public_fields()
    assert ex.to_halfwidth(got["address"]["value"]) == ex.to_halfwidth(address)


def test_with_the_rule_off_the_misread_note_is_pre_filled(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ex, "ADDRESS_NOTE_CHECK", False)
    got = ex.extract(_health("北京市朝阳区新华路196号金地大厦17层03室(自上申报)"), "public_health_license").public_fields()
    assert got["address"]["value"] == "北京市朝阳区新华路196号金地大厦17层03室(自上申报)"


def test_only_notes_of_four_characters_or_more_are_judged() -> None:
    assert ex._note_misread("某地(自上申报)")
    assert not ex._note_misread("某地(自主申报)")
    assert not ex._note_misread("某地(托管)")  # (a short bracket: too many words lie one character apart)
    assert not ex._note_misread("某地(实际经营场所:北京市朝阳区)")  # (longer than a note)


# A note that lost a character (a fax's threshold dropping the one stroke of 一: AF af_0023 `(照多址)`
# for (一照多址)) is one of the notes short of a character and none itself: blank as a misread one
# (`extract.ADDRESS_NOTE_LOST`, session 37 affax); the company name here differs, which is no matter
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
