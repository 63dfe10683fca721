"""Session 39 (fax6): a 主体业态 read off a fax — its head a few strokes short, or its brackets lost.

`kinds.FORM_HEAD_NEAR`: AH ah0014 (a 98-line G4 fax) read `食品銷售经代作（超市）` (销 as its traditional twin, 营 as 代,
者 as 作); AF af_0037 (a 196-line fax) read `单位食堂 机关企事业单位食堂` (the brackets lost; joined without the space). The head is one of a
closed list, the bracketed kinds of another: with the kinds read whole, a head two substitutions from one head and
three edits or more from every other is that head. Each fails with the constant off (main: blank `unknown type`)
and passes with it on; kinds outside the list, or misread, are never snapped."""

from __future__ import annotations

import pytest

from app.prefill import extract as ex
from app.prefill import kinds
from app.prefill.layout import Line


@pytest.fixture(autouse=True)
def _rule_on(monkeypatch: pytest.MonkeyPatch) -> None:
    """The rule landed off (main's path): the tests switch it on, and off where they show main."""
    monkeypatch.setattr(kinds, "FORM_HEAD_NEAR", 2)
    monkeypatch.setattr(kinds, "FORM_KIND_CJK", True)


def _food_form(form: str) -> dict:
    def ln(text: str, x1: float, y1: float, x2: float, y2: float) -> Line:
        return Line(text, 0.99, x1, y1, x2, y2, 0, ())
    lines = [ln("食品经营许可证", 533, 303, 1132, 417), ln("经营者名称", 154, 556, 577, 601),
             ln("青山永兴超市有限公司", 594, 556, 894, 602),
             ln("社会信用代码(身份证号码)", 153, 671, 570, 721), ln("91360111233366NG02", 584, 674, 915, 721),
             ln("法定代表人(负责人)诸葛淑", 144, 748, 700, 803),
             ln("住所江西省南昌市青山湖区东湖路469号1层", 156, 828, 1100, 887),
             ln("主体业态", 152, 1079, 574, 1117), ln(form, 592, 1077, 592 + 30 * len(form), 1124),
             ln("经营项目", 152, 1159, 575, 1196), ln("预包装食品销售(含冷藏冷冻食品)", 583, 1151, 1019, 1204),
             ln("许可证编号", 152, 1322, 569, 1359), ln("JY13601110942386", 587, 1322, 864, 1362)]
    return ex.extract(lines, "food_business_license").public_fields()["business_form"]


@pytest.mark.parametrize(("read", "want"), [
    ("食品銷售经代作（超市）", "食品销售经营者(超市)"),  # ah0014
    ("单位食堂 机关企事业单位食堂", "单位食堂(机关企事业单位食堂)"),
    ("单位食堂机关企事业单位食堂", "单位食堂(机关企事业单位食堂)"),  # af_0037 (its one box, the space not kept)
    ("餐饮服务经营著(小型餐馆)", "餐饮服务经营者(小型餐馆)"),
])
def test_a_fax_worn_form_is_its_closed_value(read: str, want: str, monkeypatch: pytest.MonkeyPatch) -> None:
    got = _food_form(read)
    assert got["value"] == want and not got["reason"], got
    monkeypatch.setattr(kinds, "FORM_HEAD_NEAR", 0)
    assert _food_form(read)["value"] == ""  # (main: `unknown type`)


@pytest.mark.parametrize("read", [
    "单位食堂(职T食堂)",  # ag_039: a kind misread stays blank
    "食品销售经代作(超巿)",  # a kind not read whole
    "食品销售经营(超市)",  # a head short of a character: not a substitution
    "餐饮服务 中型餐馆 小型餐馆",  # two kinds without their brackets: not one bracket's
    "单位食堂机关企事业单位",  # a kind not of the list after a head
    "食品销售经代作者(超市)",  # no head of that length
])
def test_forms_the_lists_cannot_settle_stay_blank(read: str) -> None:
    assert _food_form(read)["value"] == ""


def test_a_kind_is_never_snapped(monkeypatch: pytest.MonkeyPatch) -> None:
    """ah0041 `单位食堂（子校食堂）`: a kind outside the list is read as free text, as on main (学校食堂, 托幼机构食堂 and
    unlisted kinds are all real: no kind is put right by its distance to another)."""
    on = _food_form("单位食堂(子校食堂)")
    monkeypatch.setattr(kinds, "FORM_HEAD_NEAR", 0)
    assert on == _food_form("单位食堂(子校食堂)")


@pytest.mark.parametrize("form", ["单位食堂(职工食堂)", "餐饮服务经营者(小型餐馆)", "食品销售经营者(超市、便利店)"])
def test_forms_read_right_stay(form: str) -> None:
    assert _food_form(form)["value"] == form
