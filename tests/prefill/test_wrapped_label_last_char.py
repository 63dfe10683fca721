"""Session 36 (accopy): a bracketed label wrapped before its last character, read under it without its closing
bracket (`layout.WRAPPED_LAST_BRACKET`).

AC ac_050 (a 204 × 196 dpi G3 fax of a 公共场所卫生许可证): `法定代表人（负责` on the label's first row, `人` alone
under it (the `）` dropped by the fax's threshold at the box's end), the name `许琪` level with the first row. The
shorter label `法定代表人` was taken, `（负责` became the value's start and `(负责许琪` was blank `not a name`. A lone
last character under the label's print is the label's rest as a two-character rest read without its bracket
is (`责人` for `责人）`). ac_050's lines (page pixels), run through the real extraction code.
"""

from __future__ import annotations

import pytest

from app.prefill import layout
from app.prefill.extract import extract
from app.prefill.layout import to_lines
from tests.prefill.test_wrapped_label_value import line

KIND = "public_health_license"


def _health(rep_rows: list) -> list:
    return [line("公共场所卫生许可证", 300, 502, 1372, 612), line("粤卫公字(2021〕第440305514629号", 943, 668, 1516, 713),
            line("单位名称", 187, 796, 495, 847), line("广东味道坊酒店管理集团有限公司", 553, 799, 1112, 844),
            *rep_rows,
            line("地", 180, 1049, 237, 1106), line("广东省深圳市南山区胜利街2576号C座28层11室", 549, 1053, 1337, 1104),
            line("址", 435, 1054, 493, 1100), line("许可项目", 178, 1175, 492, 1239),
            line("影剧院、商场（店）、住宿", 554, 1181, 1006, 1232), line("有效期限", 183, 1311, 492, 1361),
            line("自2021年11月10日至2025年11月09日", 558, 1313, 1181, 1356)]


def _rep(rows: list) -> str:
    return extract(to_lines(_health(rows)), KIND, 1.0).public_fields()["legal_representative"]["value"]


@pytest.mark.parametrize(("on", "want"), [(True, "许琪"), (False, "")])  # (False: main's reading)
def test_the_last_character_under_the_label_without_its_bracket(monkeypatch: pytest.MonkeyPatch, on: bool,
                                                                 want: str) -> None:
    monkeypatch.setattr(layout, "WRAPPED_LAST_BRACKET", on)
    rows = [line("许琪", 547, 920, 645, 979), line("法定代表人（负责", 185, 925, 485, 975), line("人", 180, 970, 253, 1035)]
    assert _rep(rows) == want


def test_a_lone_character_under_the_value_is_no_part_of_the_label() -> None:
    rows = [line("许琪", 547, 920, 645, 979), line("法定代表人（负责", 185, 925, 485, 975), line("人", 560, 975, 610, 1035)]
    assert _rep(rows) == ""


def test_another_lone_character_under_the_label_is_not_its_rest() -> None:
    rows = [line("许琪", 547, 920, 645, 979), line("法定代表人（负责", 185, 925, 485, 975), line("入", 180, 970, 253, 1035)]
    assert _rep(rows) == ""
