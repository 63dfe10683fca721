"""Pages that misread digits: a number no check vouches for on a page whose checked code fails its
check character is only taken when read sure (`extract.distrust_unchecked_numbers`); on a bilevel
page a digit torn with another digit makes its value doubtful (`extract.distrust_torn_digits`)."""

from __future__ import annotations

from dataclasses import replace

from app.prefill.engine import TextLine
from app.prefill.extract import distrust_torn_digits, extract
from app.prefill.layout import to_lines
from tests.prefill.pages import recognised as line

CODE = "91370102767QJT0E64"  # passes its check character
MISREAD = "91370102767QJT0E61"  # one character misread: fails it
NUMBER = "JY23701026110576"


ADDRESS = "河南省郑州市金水区花园路1183号"


def _food(code: str, number_score: float, address_doubt: dict | None = None) -> list[TextLine]:
    rows = [("经营者名称:", "金水区森泽烘焙店"), ("社会信用代码:", code), ("住所:", ADDRESS),
            ("主体业态:", "餐饮服务经营者(小餐饮)"), ("经营项目:", "热食类食品制售"), ("许可证编号:", NUMBER)]
    out = [line("食品经营许可证", 300, 100, 700, 150)]
    for k, (lab, val) in enumerate(rows):
        y = 220 + 50 * k
        out.append(line(lab, 100, y, 100 + 30 * len(lab), y + 30))
        v = line(val, 360, y, 360 + 30 * len(val), y + 30, address_doubt if val == ADDRESS else None)
        if val == NUMBER:
            v = replace(v, score=number_score)
        out.append(v)
    return out


def test_unchecked_number_with_a_weak_digit_on_a_page_whose_code_fails_is_blank() -> None:
    f = extract(to_lines(_food(MISREAD, 0.92))).fields
    assert f["credit_code"].public()["reason"] == "check_digit"
    assert f["license_no"].public()["value"] == ""
    assert f["license_no"].public()["reason"] == "cross_check"


def test_unchecked_number_is_kept_where_the_code_passes_or_the_number_reads_sure() -> None:
    f = extract(to_lines(_food(CODE, 0.92))).fields  # the page's digits are sound: 0.92 is usual doubt
    assert f["credit_code"].public()["value"] == CODE
    assert f["license_no"].public()["value"] == NUMBER
    f = extract(to_lines(_food(MISREAD, 0.995))).fields  # read sure on a page that misreads a digit
    assert f["credit_code"].public()["value"] == ""
    assert f["license_no"].public()["value"] == NUMBER


def test_digit_torn_with_another_digit_on_a_bilevel_page_makes_its_value_doubtful() -> None:
    # a fax's 4 thresholded into a 1 (its horizontal lost): read 1 at 0.90 with 4 second
    at = ADDRESS.index("1183") + 1
    ex = extract(to_lines(_food(CODE, 0.99, {at: (0.90, "4", 0.08)})))
    assert ex.fields["address"].public()["value"] == ADDRESS  # the extraction alone keeps it
    distrust_torn_digits(ex)  # (the reader's step on a bilevel page)
    assert ex.fields["address"].public()["value"] == ""
    assert ex.fields["address"].public()["reason"] == "doubtful_character"
    assert ex.fields["credit_code"].public()["value"] == CODE  # a check character vouches for its digits
    assert ex.fields["license_no"].public()["value"] == NUMBER


def test_digit_torn_with_a_non_digit_or_read_sure_is_no_doubt_on_a_bilevel_page() -> None:
    at = ADDRESS.index("1183") + 1
    for doubt in ({at: (0.90, "日", 0.08)}, {at: (0.97, "4", 0.02)}, {at: (0.90, "１", 0.08)}):
        ex = extract(to_lines(_food(CODE, 0.99, doubt)))
        distrust_torn_digits(ex)
        assert ex.fields["address"].public()["value"] == ADDRESS, doubt
