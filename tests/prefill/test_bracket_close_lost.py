"""A bracketed label read whole but for its closing bracket (session 35, lane copies): ZY's faxed
卫生许可证 zy_0136 read `法定代表人（负责人，` — the fax's threshold left the bracket's lower end, read as a
comma — and `钟国庆` (1.00) in a box of its own beside it. The shorter label `法定代表人` was taken, its value
`（负责人，` (no value): the legal representative blank.

- `layout.BRACKET_CLOSE_LOST`: the words before the bracket, the opening bracket and the whole inside
  spelled in order, the closing bracket read as a thin mark or the box ending where it stands, is the
  bracketed label.
"""

from __future__ import annotations

import pytest

from app.prefill import extract as ex
from app.prefill import layout
from app.prefill.layout import Line


def _line(text: str, x1: float, y1: float, x2: float, y2: float) -> Line:
    return Line(text, 0.99, x1, y1, x2, y2, 0, ())


def _health(label: str) -> list[Line]:
    return [_line("公共场所卫生许可证", 805, 287, 1583, 389), _line("单位名称", 275, 613, 673, 654),
            _line("上海云帆文化传媒股份有限公司", 743, 613, 1219, 657), _line(label, 275, 760, 652, 808),
            _line("钟国庆", 731, 760, 850, 806), _line("地址", 272, 874, 675, 922),
            _line("北京市朝阳区迎宾大道183弄72号1463室", 736, 878, 1339, 920)]


@pytest.mark.parametrize("label", ["法定代表人（负责人，", "法定代表人(负责人,", "法定代表人（负责人.", "法定代表人（负责人"])
def test_the_closing_bracket_read_as_a_mark_or_lost_the_label_is_whole(label: str) -> None:
    got = ex.extract(_health(label), "public_health_license").public_fields()
    assert got["legal_representative"]["value"] == "钟国庆"  # main: blank (`no value`)
    assert got["address"]["value"] == "北京市朝阳区迎宾大道183弄72号1463室"


def test_a_character_of_the_inside_misread_besides_is_not_taken() -> None:
    # (one defect at a time: `负员人` and a comma for the bracket is not spelled whole)
    assert layout._bracket_close_lost("法定代表人（负员人，", "法定代表人(负责人)") == 0
    assert layout._bracket_close_lost("法定代表人（负责人张", "法定代表人(负责人)") == 0  # (a character: the value's)
    assert layout._bracket_close_lost("法定代表人（负责人，", "法定代表人(负责人)") == 10
    assert layout._bracket_close_lost("法定代表人（负责人", "法定代表人(负责人)") == 9


def test_with_the_rule_off_the_value_stays_blank(monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(layout, "BRACKET_CLOSE_LOST", False)
    got = ex.extract(_health("法定代表人（负责人，"), "public_health_license").public_fields()
    assert got["legal_representative"]["value"] == ""
