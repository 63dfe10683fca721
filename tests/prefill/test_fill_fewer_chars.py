"""Session 36 (wrongcal): a second reading of a page (a washed-out page stretched, a 1-bit page softened, a
watermark taken out of the detector's view) fills the fields the first reading left in doubt — not with the
first reading's value less some of its characters. The first reading saw print there that the second did not
read; the second's certainty says nothing about it. ZT zt0056 (a desk photo, read again stretched as washed out): first `规挂红` in doubt (the label's
`人）` and the surname 魏 read as one), second `挂红` sure — filled, wrong (魏桂红). ZZ zz_069 (a fax): first
`深圳宏达有限公司` in doubt for a gap, second `圳宏达有限公司` sure — filled, wrong (`reader.FILL_FEWER_CHARS`).
A reading that only drops a mark, or reads other characters or more of them, still fills."""

from __future__ import annotations

import numpy as np
import pytest

from app.prefill import reader
from app.prefill.extract import Extraction, FieldResult

KIND = "public_health_license"


def _readings(key: str, first_value: str, second_value: str, note: str = "doubtful character"
              ) -> tuple[Extraction, Extraction]:
    first = Extraction(KIND, 1.0, {
        "license_no": FieldResult("湘卫公字[2022]第430104518708号", 0.99, [10, 10, 200, 40]),
        key: FieldResult(first_value, 0.5, [10, 50, 80, 80], flagged=True, note=note),
    })
    second = Extraction(KIND, 1.0, {
        "license_no": FieldResult("湘卫公字[2022]第430104518708号", 0.99, [10, 10, 200, 40]),
        key: FieldResult(second_value, 0.99, [10, 50, 110, 80], weakest=0.99),
    })
    return first, second


@pytest.mark.parametrize(("key", "first_value", "second_value", "note"), [
    ("legal_representative", "规挂红", "挂红", "doubtful character"),          # zt0056
    ("name", "深圳宏达有限公司", "圳宏达有限公司", "gap in the value's row"),     # zz_069
    ("address", "长沙市岳麓区光明路1024号", "长沙市岳麓区光明路104号", "doubtful character"),  # a digit fewer
])
def test_the_first_reading_less_characters_fills_nothing(key: str, first_value: str, second_value: str,
                                                         note: str) -> None:
    first, second = _readings(key, first_value, second_value, note)
    assert not reader.fill_blank_fields(first, second, np.eye(3))  # main: filled with the shorter value
    assert first.fields[key].flagged and first.fields[key].public()["value"] == ""


def test_without_the_rule_the_shorter_value_filled(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reader, "FILL_FEWER_CHARS", False)
    first, second = _readings("legal_representative", "规挂红", "挂红")
    assert reader.fill_blank_fields(first, second, np.eye(3))
    assert first.fields["legal_representative"].value == "挂红"


@pytest.mark.parametrize(("first_value", "second_value"), [
    ("·长沙鑫源美容院", "长沙鑫源美容院"),        # only a speck mark dropped
    ("长沙鑫源美容院。", "长沙鑫源美容院"),        # only a stop
    ("长沙鑫源美容", "长沙鑫源美容院"),            # a character the first lost, read
    ("长沙鑫原美容院", "长沙鑫源美容院"),          # another character
    ("", "长沙鑫源美容院"),                       # nothing read first
])
def test_other_second_readings_still_fill(first_value: str, second_value: str) -> None:
    first, second = _readings("name", first_value, second_value)
    assert reader.fill_blank_fields(first, second, np.eye(3))
    assert first.fields["name"].value == "长沙鑫源美容院"


def test_the_shape_rule() -> None:
    f = reader._fewer_characters
    assert f("规挂红", "挂红") and f("深圳宏达有限公司", "圳宏达有限公司") and f("ＡＢ１２", "AB2")
    assert not f("·北京", "北京") and not f("北京", "北京") and not f("北京", "南京") and not f("北", "北京")
    assert not f("规挂红", "")
