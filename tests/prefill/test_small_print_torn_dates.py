"""A date with a digit torn with another digit is not kept on a page too small in print to read
(session 36, wrongs3).

AD ad_089, a hand-held photo of a 个体工商户 licence: the page's print too small to read most fields
(`retake` `small_print`), its credit code (held by its check character) and `注册日期 2011年06月11日`
kept — the 6 at 0.937 with 8 second, printed 2011-08-11. A 个体 licence prints no term to check that
date against, and dates were left to their calendar and term checks on every page. On a small-print
page such a date is now blank (`reader.SMALL_PRINT_TORN_DATES`); on main `distrust_small_print_dates`
does not exist and the date was pre-filled (CLI on main: `2011-06-11`)."""

from __future__ import annotations

from app.prefill import reader as rd
from app.prefill.extract import Extraction, FieldResult


def _licence(torn: float) -> Extraction:
    return Extraction("business_license", 1.0, {
        "credit_code": FieldResult("92370202QTBUGA5662", 0.999, [0, 0, 1, 1]),
        "established_date": FieldResult("2011-06-11", 0.962, [0, 0, 1, 1], weakest=torn, torn_digit=torn),
        "address": FieldResult("山东省青岛市市南区青年路2298号", 0.97, [0, 0, 1, 1], torn_digit=0.9)})


def test_small_print_date_with_a_torn_digit_is_blank() -> None:
    ex = _licence(0.937)
    rd.distrust_small_print_dates(ex)
    rd.ask_retake(ex)
    assert ex.fields["established_date"].public()["value"] == ""
    assert ex.fields["established_date"].public()["reason"] == "retake"
    assert ex.fields["credit_code"].public()["value"] == "92370202QTBUGA5662"
    # (other values keep their own checks: `distrust_torn_digits` judged them already)
    assert ex.fields["address"].public()["value"] == "山东省青岛市市南区青年路2298号"


def test_small_print_date_read_sure_is_kept() -> None:
    # (ZX zx_033, zx_039: a chat forward's dates kept right, torn digits at 0.997–0.999)
    ex = _licence(0.997)
    rd.distrust_small_print_dates(ex)
    assert ex.fields["established_date"].public()["value"] == "2011-06-11"

