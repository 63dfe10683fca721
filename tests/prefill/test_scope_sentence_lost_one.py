"""A 经营范围 whose registrar's standard sentence lost one inner character to the recogniser
(session 38, scope5 lane: AH ah0004, a copy of a copy, `…批准的项目经相关部门…` — its thin ，not
read; AG ag_134, `…经相关部批准后…` — 门 not read). The sentence is printed verbatim: the lost
character goes back between its neighbours in their row (`extract.SCOPE_SENTENCE_LOST_ONE`), counted as
one correction of the sentence — the scope is pre-filled only when the rest of it is read surely.
Without the rule both were blanked `boilerplate`. OCR lines with the recogniser's character
positions through the real extraction, as tests/prefill/test_scope_sentences.py."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.prefill import extract as ex
from tests.prefill.test_scope_sentences import _rows, _scope


@pytest.fixture(autouse=True)
def _rule_on(monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(ex, "SCOPE_SENTENCE_LOST_ONE", True)  # (landed off: the rule as it would run)

SCOPE = ("建设工程施工;住宅室内装饰装修;建筑材料销售;园林绿化工程施工;土石方工程施工"
         "(依法须经批准的项目,经相关部门批准后方可开展经营活动)")


def _lost(ch: str) -> int:
    k = SCOPE.index("(依法须经批准")
    return SCOPE.index(ch, k)


def test_a_sentence_that_lost_its_comma_gets_it_back(monkeypatch) -> None:  # noqa: ANN001
    rows = _rows(SCOPE, {_lost(",")})
    assert any("项目经相关" in r.text for r in rows)  # (dropped inside a row: its cell left empty)
    f = _scope(rows)
    assert not f.flagged and f.value == SCOPE, (f.value, f.note)
    monkeypatch.setattr(ex, "SCOPE_SENTENCE_LOST_ONE", False)  # as before: blank, the sentence a misread
    f = _scope(rows)
    assert f.flagged and f.reason == "format", (f.value, f.note)


def test_a_sentence_that_lost_a_character_gets_it_back() -> None:
    rows = _rows(SCOPE, {_lost("门")})
    f = _scope(rows)
    assert not f.flagged and f.value == SCOPE, (f.value, f.note)


def test_a_lost_character_with_a_doubt_elsewhere_is_not_prefilled() -> None:
    # the list holds a doubtful character too: the print was read poorly, the sentence settles nothing
    rows = _rows(SCOPE, {_lost(",")})
    first = rows[0]
    j = first.text.index("装修")
    rows[0] = replace(first, chars=tuple((0.8, "饰", 0.15) if i == j else c for i, c in enumerate(first.chars)))
    f = _scope(rows)
    assert f.flagged, (f.value, f.note)


def test_two_lost_characters_are_not_put_back() -> None:
    rows = _rows(SCOPE, {_lost(","), _lost("门")})
    f = _scope(rows)
    assert f.flagged, (f.value, f.note)
