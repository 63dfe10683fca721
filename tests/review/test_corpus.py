"""The quality corpus: every flawed application yields the findings a careful clerk would give,
clean ones pass, and the aggregate meets the targets (recall ≥ 99 %, precision ≥ 95 %)."""

from __future__ import annotations

import json

import pytest

from app.catalog import default_catalog
from app.review.corpus import score_case, score_corpus
from tests.review.conftest import CORPUS

NAMES = sorted(p.stem for p in CORPUS.glob("*.json"))


def test_corpus_is_big_enough(corpus_entries):
    flawed = [e for e in corpus_entries if e["expect"]["must"]]
    clean = [e for e in corpus_entries if not e["expect"]["must"]]
    assert len(flawed) >= 60 and len(clean) >= 12
    assert {e["case"]["item_code"] for e in corpus_entries} == set(default_catalog().items)
    decisions = {e["expect"]["decision"] for e in corpus_entries}
    assert decisions == {"accept", "accept_with_tolerance", "refuse", "manual"}


@pytest.mark.parametrize("name", NAMES)
def test_corpus_case(name, calendar):
    entry = json.loads((CORPUS / f"{name}.json").read_text(encoding="utf-8"))
    s = score_case(entry, default_catalog(), calendar)
    assert not s.missed, f"{name}: missed {s.missed}"
    assert not s.unexpected, f"{name}: unexpected {s.unexpected}"
    assert s.decision == s.expected_decision


def test_corpus_targets(corpus_entries, calendar):
    score = score_corpus(corpus_entries, default_catalog(), calendar)
    assert score.recall >= 0.99
    assert score.precision >= 0.95
    assert score.located == 1.0  # every finding names its field, material or 情形
