"""A value that ran on into the next field's row, whose label was read short (session 35, lane aachat):
AA aa_024, a 个体工商户's 副本 faxed — the seal over 经营范围's 围 left `经营范`, no label, so nothing stopped
the 经营场所's rows and the address read `…1032号3号楼` + the whole scope row (flagged `punctuation in an
address`). `_infer_rows` then gives that row its label from the template's order and reads the page again
(the scope is found), but kept the address as first read.

- `extract.ROW_RAN_ON`: a field flagged on the first reading whose second reading is, unflagged, the first
  one less a row `_infer_rows` labelled takes the second reading.
"""

from __future__ import annotations

from app.prefill import extract as ex
from app.prefill.layout import Line


def _line(text: str, x1: float, y1: float, x2: float, y2: float) -> Line:
    return Line(text, 0.99, x1, y1, x2, y2, 0, ())


ADDRESS = "吉林省白城市洮北区长庆街1032号3号楼"
SCOPE = "理发服务;生活美容服务;化妆品零售;日用品销售;企业管理咨询;家政服务。"


def _fuben(scope_label: str = "经营范") -> list[Line]:
    # (the fax's lines as the reader gave them to `extract`)
    return [
        _line("统一社会信用代码", 122, 317, 365, 359), _line("92220802031XL5HY44", 124, 372, 435, 402),
        _line("营业执照", 488, 366, 1235, 498), _line("(副本)", 756, 495, 960, 566),
        _line("称", 333, 660, 375, 700), _line("名", 206, 662, 249, 700),
        _line("个体工商户", 410, 739, 576, 784), _line("类", 206, 744, 249, 784), _line("型", 334, 745, 378, 784),
        _line("慕容涵德", 410, 828, 543, 867), _line("经营者", 203, 827, 383, 870),
        _line("个人经营", 408, 912, 546, 956), _line("组成形式", 203, 914, 383, 956),
        _line("2011年11月06日", 412, 993, 638, 1035), _line("注册日期", 203, 996, 380, 1039),
        _line(ADDRESS, 417, 1081, 954, 1122), _line("经营场所", 205, 1084, 375, 1122),
        _line(SCOPE, 414, 1163, 1405, 1206), _line(scope_label, 205, 1166, 381, 1210),
        _line("登记机关", 969, 1866, 1201, 1909),
    ]


def test_the_address_that_ran_into_the_short_labelled_scope_row_is_read_without_it() -> None:
    got = ex.extract(_fuben(), "business_license").fields
    assert got["business_scope"].value == SCOPE
    assert got["address"].value == ADDRESS  # main: ADDRESS + SCOPE, flagged `punctuation in an address`
    assert not got["address"].flagged


def test_with_the_rule_off_the_address_keeps_the_row(monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(ex, "ROW_RAN_ON", False)
    got = ex.extract(_fuben(), "business_license").fields
    assert got["address"].value.startswith(ADDRESS + "理发服务")
    assert got["address"].flagged


def test_the_label_read_whole_reads_as_before() -> None:
    got = ex.extract(_fuben("经营范围"), "business_license").fields
    assert got["address"].value == ADDRESS and not got["address"].flagged
    assert got["business_scope"].value == SCOPE


def test_ran_on_needs_the_labelled_row_as_the_whole_tail() -> None:
    again = ex.FieldResult(ADDRESS, 0.99, None)
    assert ex._ran_on(ADDRESS + SCOPE, again, {SCOPE})
    assert not ex._ran_on(ADDRESS + "2单元" + SCOPE, again, {SCOPE})  # (more than the row was cut)
    assert not ex._ran_on(ADDRESS + SCOPE, ex.FieldResult(ADDRESS, 0.5, None, flagged=True), {SCOPE})
    assert not ex._ran_on(ADDRESS + "12室", again, {SCOPE})  # (no labelled row: the address's own end)
    assert not ex._ran_on(ADDRESS, again, {SCOPE})
