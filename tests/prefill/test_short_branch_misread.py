"""Session 39 (ajfood): an ID back's branch named without 区/县, one character off its city's district — AJ's wrong.

`extract.AUTHORITY_SHORT_BRANCH`: AJ aj_009, a standard-resolution fax of an ID back, read `武汉市公安局武员分局`
(昌 read 员, sure) for 武汉市公安局武昌分局 and pre-filled it. A city's bureau names its branch by its district's name
with or without 区 (武昌分局 of 武昌区, 浦东分局 of 浦东新区); the short name one character off exactly one district's
is that name misread, as `_branch_misread` already judged the 区 form (ZA za0087 `武保区`). Fails with the constant off
(main) and passes with it on; branches read right, and ones named otherwise (高新分局), stay pre-filled."""

from __future__ import annotations

import pytest

from app.prefill import extract as ex
from app.prefill.engine import TextLine
from app.prefill.extract import extract
from app.prefill.layout import to_lines


@pytest.fixture(autouse=True)
def _rule_on(monkeypatch: pytest.MonkeyPatch) -> None:
    """The rule landed off (main's path): each test here switches it on, and off where it shows main."""
    monkeypatch.setattr(ex, "AUTHORITY_SHORT_BRANCH", True)


def _tl(text: str, x1: float, y1: float, x2: float, y2: float) -> TextLine:
    return TextLine(text, 0.98, ((x1, y1), (x2, y1), (x2, y2), (x1, y2)), chars=tuple((0.99, "", 0.0) for _ in text))


def _authority(auth: str) -> ex.FieldResult:
    # (the back as aj_009's fax read it: label and value on one row, the period under it)
    lines = [_tl("中华人民共和国", 330, 120, 860, 180), _tl("居民身份证", 320, 190, 860, 270),
             _tl("签发机关", 158, 470, 278, 506), _tl(auth, 300, 470, 300 + 30 * len(auth), 506),
             _tl("有效期限", 158, 534, 278, 578), _tl("2018.01.17-2038.01.17", 300, 534, 640, 578)]
    return extract(to_lines(lines), "id_card_back", 1.0).fields["issuing_authority"]


@pytest.mark.parametrize("auth", ["武汉市公安局武员分局", "成都市公安局武候分局"])
def test_a_short_branch_one_off_its_district_is_not_prefilled(auth: str, monkeypatch: pytest.MonkeyPatch) -> None:
    got = _authority(auth)
    assert got.flagged and got.note == "not an authority", (got.value, got.note)
    monkeypatch.setattr(ex, "AUTHORITY_SHORT_BRANCH", False)
    got = _authority(auth)
    assert not got.flagged and got.value == auth  # (main: pre-filled as read)


@pytest.mark.parametrize("auth", ["武汉市公安局武昌分局", "上海市公安局浦东分局", "南京市公安局玄武分局", "青岛市公安局市南分局",
                                  "成都市公安局高新分局", "武汉市公安局洪山区分局", "义乌市公安局"])
def test_branches_read_right_stay(auth: str) -> None:
    got = _authority(auth)
    assert not got.flagged and got.value == auth, (got.value, got.note)
