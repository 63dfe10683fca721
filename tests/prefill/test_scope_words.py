"""A 经营范围 character the recogniser split between two Chinese readings (session 17 round 2, bizq:
Q's q0126, `艺术交流` with 交 at 0.61 and 变 at 0.32 on a document-feeder scan): the scope was left
blank as doubtful though the registrars' standard word (`交流`) tells the two readings apart and
the other makes no word. The word settles the character when its two readings take almost all the
recogniser's odds; a third character with a real chance, or a reading no word decides, stays a
doubt. OCR lines with the recogniser's per-character probabilities through the real extraction
(as tests/prefill/test_scope_marks.py: a drawn page does not make the recogniser tear one chosen
character)."""

from __future__ import annotations

import pytest

from app.prefill import extract as ex
from tests.prefill.test_licence_rows import ROW1, ROW2, SCOPE, licence, read, scope_rows

AT = ROW1.index("交流活动;摄影")  # (组织文化艺术交流活动)


def test_a_character_a_standard_scope_word_tells_from_its_runner_up_is_the_words(monkeypatch) -> None:  # noqa: ANN001
    out = read(licence(scope_rows(d1={AT: (0.61, "变", 0.32)})))["business_scope"]
    assert out["value"] == SCOPE and out["reason"] == "", out
    monkeypatch.setattr(ex, "SCOPE_WORD_SURE", False)  # as before: blank, a doubtful character
    out = read(licence(scope_rows(d1={AT: (0.61, "变", 0.32)})))["business_scope"]
    assert out["value"] == "" and out["reason"] == "doubtful_character", out


@pytest.mark.parametrize("doubt", [(0.61, "变", 0.2), (0.45, "变", 0.5), (0.61, "z", 0.35)])
def test_a_third_reading_with_a_chance_or_an_undecided_pair_stays_a_doubt(doubt: tuple) -> None:
    out = read(licence(scope_rows(d1={AT: doubt})))["business_scope"]
    assert out["value"] == "" and out["reason"] == "doubtful_character", out


def test_a_character_outside_the_standard_words_stays_a_doubt() -> None:
    j = ROW2.index("图文")  # (图文设计制作: 图 is in no standard word)
    out = read(licence(scope_rows(d2={j: (0.61, "国", 0.32)})))["business_scope"]
    assert out["value"] == "" and out["reason"] == "doubtful_character", out


@pytest.mark.parametrize("mark", ["、", ";", ","])
def test_a_separator_right_before_the_registrars_sentence_is_a_doubt(monkeypatch, mark: str) -> None:  # noqa: ANN001
    """An item list ends before `(依法须经批准…)` / `(除依法须经批准…)` with 。 or with nothing, never
    with a list separator (session 17, lead: P's p0082 read `家用电器销售、(依法须经批准…` with `、` at
    0.99 for 。 — a wrong pre-fill once its one doubtful scope word was settled)."""
    row2 = ROW2.replace("。(除依", f"{mark}(除依")
    out = read(licence(scope_rows(r2=row2)))["business_scope"]
    assert out["value"] == "" and out["reason"] == "doubtful_character", out
    assert read(licence(scope_rows()))["business_scope"]["value"] == SCOPE  # (with its 。: read)
    monkeypatch.setattr(ex, "SCOPE_SEPARATOR_BEFORE_SENTENCE", False)  # as before: pre-filled as read
    assert read(licence(scope_rows(r2=row2)))["business_scope"]["value"] == SCOPE.replace("。(除依", f"{mark}(除依")
