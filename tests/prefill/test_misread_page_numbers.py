"""A page whose checked code fails its check character misreads digits: a number on it that no check
vouches for is only taken when read sure (`extract.distrust_unchecked_numbers`)."""

from __future__ import annotations

from dataclasses import replace

from app.prefill.engine import TextLine
from app.prefill.extract import extract
from app.prefill.layout import to_lines
from tests.prefill.pages import recognised as line

CODE = "91370102767QJT0E64"  # passes its check character
MISREAD = "91370102767QJT0E61"  # one character misread: fails it
NUMBER = "JY23701026110576"


def _food(code: str, number_score: float) -> list[TextLine]:
    rows = [("经营者名称:", "金水区森泽烘焙店"), ("社会信用代码:", code), ("住所:", "河南省郑州市金水区花园路1183号"),
            ("主体业态:", "餐饮服务经营者(小餐饮)"), ("经营项目:", "热食类食品制售"), ("许可证编号:", NUMBER)]
    out = [line("食品经营许可证", 300, 100, 700, 150)]
    for k, (lab, val) in enumerate(rows):
        y = 220 + 50 * k
        out.append(line(lab, 100, y, 100 + 30 * len(lab), y + 30))
        v = line(val, 360, y, 360 + 30 * len(val), y + 30)
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
