"""Session 39 (ajfood): a 主体业态 whose closing bracket a copy's note crossed — AJ's blank.

`kinds.FORM_CLOSE_LOST`: AJ aj_038, a desk photo of a 食品经营许可证 with `仅供…他用无效` written over its values, read
the 主体业态 `食品销售经营者（便利店无` (the ）under the note's 无) and left it blank (`vocabulary`). A known head, an
open bracket and whole known kinds, then nothing or one character, is that value with its bracket closed. Fails with
the constant off (main) and passes with it on; a kind that may go on (商场 of 商场超市, 便利店网… of 便利店、网络经营)
stays blank."""

from __future__ import annotations

import pytest

from app.prefill import extract as _extract  # noqa: F401  (imported first: it registers the kinds)
from app.prefill import kinds
from tests.prefill.test_marks_no_field_prints import _food_form


@pytest.fixture(autouse=True)
def _rule_on(monkeypatch: pytest.MonkeyPatch) -> None:
    """The rule landed off (main's path): each test here switches it on, and off where it shows main."""
    monkeypatch.setattr(kinds, "FORM_CLOSE_LOST", True)
    monkeypatch.setattr(kinds, "FORM_KIND_CJK", True)


@pytest.mark.parametrize(("read", "want"), [
    ("食品销售经营者（便利店无", "食品销售经营者(便利店)"),  # aj_038
    ("餐饮服务经营者(小型餐馆", "餐饮服务经营者(小型餐馆)"),
    ("单位食堂(学校食堂无", "单位食堂(学校食堂)"),
])
def test_a_form_without_its_closing_bracket_is_closed(read: str, want: str, monkeypatch: pytest.MonkeyPatch) -> None:
    got = _food_form(read)
    assert got["value"] == want and got["reason"] == "", got
    monkeypatch.setattr(kinds, "FORM_CLOSE_LOST", False)
    assert _food_form(read)["value"] == ""  # (main: blank, `vocabulary`)


@pytest.mark.parametrize("read", ["食品销售经营者(商场", "食品销售经营者(商场超", "食品销售经营者(便利店网", "食品销售经营者(便利店、",
                                  "食品销售经营者(便利店", "单位食堂(职工食堂"])
def test_a_kind_that_may_go_on_stays_blank(read: str) -> None:
    got = _food_form(read)
    if read == "食品销售经营者(便利店":
        assert got["value"] == "食品销售经营者(便利店)"
    else:
        assert got["value"] == "", got


def test_forms_read_whole_stay() -> None:
    for form in ("食品销售经营者(便利店)", "单位食堂(职工食堂)", "餐饮服务经营者(小型餐馆)"):
        assert _food_form(form)["value"] == form
