"""A second reading of a page (its tones changed: a dim photo's light divided out) fills the fields the
first reading left in doubt. ZS zs_0145, a 食品经营许可证 in a glossy sleeve: the recogniser read the
legal rep 陶璐洁 as `陶洁` both times (璐 under the glare's edge); the first reading saw the gap its lost
character left (`lost character`), the second did not, and the same two characters filled the field — a
wrong value. The same characters read again do not show that the lost one was never there: such a
reading fills nothing (`reader.FILL_NOT_SAME_LOST`); a reading that differs still fills."""

from __future__ import annotations

import numpy as np
import pytest

from app.prefill import reader
from app.prefill.extract import Extraction, FieldResult

KIND = "food_business_license"


def _readings(second_value: str) -> tuple[Extraction, Extraction]:
    first = Extraction(KIND, 1.0, {
        "name": FieldResult("南京博远面包坊", 0.99, [10, 10, 200, 40]),
        "legal_representative": FieldResult("陶洁", 0.5, [10, 50, 80, 80], flagged=True, note="lost character"),
    })
    second = Extraction(KIND, 1.0, {
        "name": FieldResult("南京博远面包坊", 0.99, [10, 10, 200, 40]),
        "legal_representative": FieldResult(second_value, 0.99, [10, 50, 110, 80], weakest=0.97),
    })
    return first, second


def test_same_characters_read_again_fill_nothing() -> None:
    first, second = _readings("陶洁")
    assert not reader.fill_blank_fields(first, second, np.eye(3))
    assert first.fields["legal_representative"].flagged


def test_without_the_rule_the_same_characters_filled(monkeypatch: pytest.MonkeyPatch) -> None:
    # main's behaviour: the second reading's `陶洁` taken, a name with a character lost pre-filled
    monkeypatch.setattr(reader, "FILL_NOT_SAME_LOST", False)
    first, second = _readings("陶洁")
    assert reader.fill_blank_fields(first, second, np.eye(3))
    assert first.fields["legal_representative"].value == "陶洁" and not first.fields["legal_representative"].flagged


def test_a_different_reading_still_fills() -> None:
    first, second = _readings("陶璐洁")
    assert reader.fill_blank_fields(first, second, np.eye(3))
    assert first.fields["legal_representative"].value == "陶璐洁"
