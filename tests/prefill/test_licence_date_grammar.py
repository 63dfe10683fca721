"""A 营业执照's 成立日期/注册日期 read with a digit as its look-alike letter (`2C21年12月13日`, C for 0 on
a flatbed scan of a spreadsheet-made licence): the recogniser's runner-up is the digit, and the date's
grammar settles it only when that one choice makes a date (`extract.DATE_GRAMMAR`)."""

from __future__ import annotations

from app.prefill.extract import extract_business_license
from app.prefill.layout import Line


def _page(date: str, doubt: dict[int, tuple[float, str, float]]) -> list[Line]:
    rows = (("名称", "海淀区小蜜蜂面馆"), ("类型", "个体工商户"), ("经营者", "汤峰"), ("注册日期", date),
            ("经营场所", "北京市海淀区科技园路983号创业园5层08室"))
    lines: list[Line] = [Line("统一社会信用代码", 1.0, 124, 143, 257, 166, 0),
                         Line("营业执照", 1.0, 323, 221, 676, 284, 1)]
    for i, (label, value) in enumerate(rows):
        y = 368.0 + 42 * i
        lines.append(Line(label, 1.0, 153, y, 153 + 20 * len(label), y + 24, len(lines)))
        chars = tuple(doubt.get(k, (0.99, "", 0.0)) for k in range(len(value)))
        lines.append(Line(value, 0.99, 274, y, 274 + 16 * len(value), y + 24, len(lines), chars=chars))
    return lines


def test_a_letter_for_a_digit_in_the_date_is_settled_by_its_runner_up() -> None:
    got = extract_business_license(_page("2C21年12月13日", {1: (0.55, "0", 0.43)}))["established_date"]
    assert (got.value, got.flagged) == ("2021-12-13", False)


def test_a_lost_digit_is_not_made_up() -> None:
    # `1999年月21日`: no runner-up makes a date; and when two doubtful digits could each make one,
    # the grammar cannot choose — both stay blank
    assert extract_business_license(_page("1999年月21日", {}))["established_date"].value == ""
    two = extract_business_license(_page("2C21年12月13日", {1: (0.55, "0", 0.43), 9: (0.6, "5", 0.35)}))
    assert two["established_date"].value == ""
