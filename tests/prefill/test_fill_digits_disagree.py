"""Session 35 (wrongs2): a second reading of a page (a 1-bit page's softened copy) fills the fields the
first reading left in doubt — not with other digits than the first read. ZZ zz_002, a fax: the first
reading had `50万元` (its 整 lost) and `2007-08-15` (5 at 0.57, 3 second) in doubt; the softened reading
read `30万元整` and `2007-08-13`, sure, and filled both — wrong. Two readings of one print that disagree
on a digit leave it in doubt (`reader.FILL_DIGITS_DISAGREE`); a reading with the same digits, or with a
digit the first lost, still fills."""

from __future__ import annotations

import numpy as np
import pytest

from app.prefill import reader
from app.prefill.extract import Extraction, FieldResult

KIND = "business_license"


def _readings(first_value: str, second_value: str) -> tuple[Extraction, Extraction]:
    first = Extraction(KIND, 1.0, {
        "name": FieldResult("山东博远餐饮管理股份有限公司", 0.99, [10, 10, 200, 40]),
        "registered_capital": FieldResult(first_value, 0.5, [10, 50, 80, 80], flagged=True, note="lost character"),
    })
    second = Extraction(KIND, 1.0, {
        "name": FieldResult("山东博远餐饮管理股份有限公司", 0.99, [10, 10, 200, 40]),
        "registered_capital": FieldResult(second_value, 0.99, [10, 50, 110, 80], weakest=0.99),
    })
    return first, second


def test_other_digits_read_again_fill_nothing() -> None:
    first, second = _readings("50万元", "30万元整")
    assert not reader.fill_blank_fields(first, second, np.eye(3))
    assert first.fields["registered_capital"].flagged


def test_without_the_rule_the_other_digits_filled(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reader, "FILL_DIGITS_DISAGREE", False)
    first, second = _readings("50万元", "30万元整")
    assert reader.fill_blank_fields(first, second, np.eye(3))
    assert first.fields["registered_capital"].value == "30万元整"


def test_the_same_digits_or_a_lost_one_still_fill() -> None:
    first, second = _readings("50万元", "50万元整")
    assert reader.fill_blank_fields(first, second, np.eye(3))
    assert first.fields["registered_capital"].value == "50万元整"
    first, second = _readings("5万元", "50万元整")
    assert reader.fill_blank_fields(first, second, np.eye(3))
