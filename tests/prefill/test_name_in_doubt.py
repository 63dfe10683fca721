"""A licence's 法定代表人 read with a character under reader.NAME_ASK (0.95), though at NAME_CHAR (0.9) or
better, is not pre-filled: each of a name's two or three characters is the whole value and a one-stroke twin
reads like a name (ZV zv_064, a chat forward: `钟一诸` for 钟一诺, 诸 at 0.919 with 诺 second). The reader's
own function on a reading's fields."""

from __future__ import annotations

from app.prefill import reader
from app.prefill.extract import Extraction, FieldResult


def _judged(weakest: float, key: str = "legal_representative") -> FieldResult:
    f = FieldResult("钟一诸", 0.96, [0, 0, 10, 10], weakest=weakest)
    reader.distrust_doubtful_names(Extraction("business_license", 1.0, {key: f}))
    return f


def test_a_name_with_a_character_under_the_bar_is_not_prefilled() -> None:
    f = _judged(0.919)
    assert f.flagged and f.reason == "doubtful_character" and f.note not in reader.SECOND_NOTES


def test_a_sure_name_and_other_fields_stay(monkeypatch) -> None:
    assert not _judged(0.97).flagged
    assert not _judged(0.919, key="name").flagged
    monkeypatch.setattr(reader, "NAME_ASK", 0.0)
    assert not _judged(0.919).flagged
