"""A form whose label column holds two blocks of values starting at two x: a 食品经营许可证 副本 (ZU
zu_0106, zu_0148, chat captures read whole at 0.99–1.00) sets 经营者名称 … 经营项目's values at one x,
past its long `社会信用代码（身份证号码）：`, and 许可证编号 … 有效期至's under them further left. The
column's median value start fell in the lower block, so `layout._starts_late` took 法定代表人 and
主体业态's values — at their own block's x, where two more rows of the column start theirs — for
values whose first characters were lost: `潘瑶文`, `食品销售经营者（超市）` blanked `gap in the value's row`.
A value that starts where two other rows of its column start theirs is in a value column of the form.
A value starting alone, right of every other row's start, is still late."""

from __future__ import annotations

import pytest

import app.prefill.layout as layout
from app.prefill.layout import Line

H = 22.0
UPPER = (("经营者名称：", 153, "南宁华信便利店"), ("社会信用代码（身份证号码）：", 246, "914501031383XFCR09"),
         ("法定代表人（负责人）：", 208, "潘瑶文"), ("住所：", 108, "广西壮族自治区南宁市青秀区五一路312号7"),
         ("经营场所：", 137, "广西壮族自治区南宁市青秀区望京街53号4"), ("主体业态：", 138, "食品销售经营者（超市）"),
         ("经营项目：", 139, "散装食品（不含冷藏冷冻食品）销售；特殊"))
LOWER = (("许可证编号：", 154, "JY14501031279862"), ("日常监督管理机构：", 200, "青秀区市场监督管理局城区市场监督管理所"),
         ("日常监督管理人员：", 200, "马国远"), ("投诉举报电话：", 168, "12315"), ("签发人：", 125, "黎强文"),
         ("有效期至：", 137, "2026年10月03日"))


def _form(upper_x: float = 294.0, lower_x: float = 218.0) -> tuple[list[Line], list[Line]]:
    labels, lines = [], []
    for i, (label, x2, value) in enumerate(UPPER + LOWER):
        y = 180.0 + 40.0 * i
        lab = Line(label, 0.99, 64.0, y, float(x2), y + H, 2 * i)
        labels.append(lab)
        x = upper_x if i < len(UPPER) else lower_x
        lines += [lab, Line(value, 0.99, x, y, x + 20.0 * len(value), y + H, 2 * i + 1)]
    return labels, lines


@pytest.mark.parametrize("row", [2, 5])  # 法定代表人（负责人）, 主体业态
def test_a_value_in_the_upper_blocks_column_is_not_late(row: int) -> None:
    labels, lines = _form()
    assert not layout._starts_late(labels[row], 294.0, labels, lines)


@pytest.mark.parametrize("row", [2, 5])
def test_judged_by_the_columns_median_alone_it_was_late(row: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(layout, "SECOND_VALUE_COLUMN", False)  # (main)
    labels, lines = _form()
    assert layout._starts_late(labels[row], 294.0, labels, lines)


def test_a_value_starting_alone_right_of_its_column_is_still_late() -> None:
    # one block of values at 218: 主体业态's value starts three characters in (its head lost)
    labels, lines = _form(upper_x=218.0)
    lines = [ln if ln.text != "食品销售经营者（超市）" else Line("经营者（超市）", 0.99, 284.0, ln.y1, 424.0, ln.y2, ln.idx)
             for ln in lines]
    assert layout._starts_late(labels[5], 284.0, labels, lines)
