"""The held-out corpus (tests/review/corpus_guide) is well-formed: every file loads as a case,
names an item, fields, materials and 情形 the catalog has, expects a decision of the product's
vocabulary, and is what corpus_guide_build.py writes. It does NOT assert pre-review's scores on
it — those are measured by `make bench` (benchmarks/bench_prereview.py), so that the corpus stays
a measurement and is never tuned to pass."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from app.cases.interchange import parse_case_document
from app.catalog import default_catalog
from app.review.corpus import KEYS, load_corpus
from tests.review import corpus_guide_build as builder

FOLDER = Path(__file__).resolve().parent / "corpus_guide"
FILES = sorted(FOLDER.glob("*.json"))
DECISIONS = {"accept", "accept_with_tolerance", "refuse", "manual"}
SEVERITIES = {"block", "容缺", "warn", "info"}
WORDING = {"says", "says_not"}
EXPECT_KEYS = {"decision", "must", "must_not", "allow", "refuse_kind", "documents_include"}
NOTICES = {"受理回执", "材料接收凭证", "一次性告知书", "容缺受理通知书", "容缺受理承诺书", "告知承诺书", "不予受理通知书"}


def _entry(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def test_corpus_size_and_coverage():
    entries = load_corpus(FOLDER)
    correct = [e for e in entries if not e["expect"]["must"]]
    assert len(entries) >= 150 and len(correct) >= 40
    items = set(default_catalog().items)
    per_item = Counter(e["case"]["item_code"] for e in correct)
    assert set(per_item) == items, items - set(per_item)
    assert min(per_item.values()) >= 2
    assert {e["expect"]["decision"] for e in entries} == DECISIONS


def test_files_are_what_the_builder_writes():
    built = {c["name"]: builder.render(c) for c in builder.build()}
    on_disk = {p.stem: p.read_text(encoding="utf-8") for p in FILES}
    assert set(built) == set(on_disk), set(built) ^ set(on_disk)
    assert [n for n in built if built[n] != on_disk[n]] == []


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_case_is_well_formed(path: Path):
    entry = _entry(path)
    assert entry["name"] == path.stem
    assert entry["note"].strip() and entry["class"]
    doc = parse_case_document(entry["case"], entry["name"])  # raises on bad structure / unknown 情形 option
    item = default_catalog().items[doc.item_code]
    fields = {f.key for f in item.fields}
    materials = {m.code for m in item.materials}
    situations = {s.id: {o.value for o in s.options} for s in item.situations}
    expect = entry["expect"]
    assert expect["decision"] in DECISIONS
    assert set(expect) <= EXPECT_KEYS, set(expect) - EXPECT_KEYS
    assert expect.get("refuse_kind") in (None, "inadmissible", "correction")
    assert "refuse_kind" not in expect or expect["decision"] == "refuse"
    assert set(expect.get("documents_include", [])) <= NOTICES
    entries = [*expect.get("must", []), *expect.get("allow", []), *expect.get("must_not", [])]
    # a field key the item lacks is only there on purpose: a case that names it in an expectation
    deliberate = {w["field"] for w in entries if "field" in w and w["field"] not in fields}
    assert set(entry["case"].get("fields", {})) <= fields | deliberate
    assert deliberate <= set(entry["case"]["fields"])
    for m in entry["case"].get("materials", []):
        assert m["code"] in materials, m["code"]
    for q, values in entry["case"].get("answers", {}).items():
        assert q in situations and set(values) <= situations[q], (q, values)
    for w in entries:
        assert set(w) <= set(KEYS) | WORDING, w
        assert w.get("severity", "block") in SEVERITIES
        assert w.get("field") is None or w["field"] in fields | deliberate
        assert w.get("material") is None or w["material"] in materials
    for w in expect.get("must", []):
        assert {"field", "material", "rule"} & set(w), f"expected finding names no field/material: {w}"
    if expect.get("must"):
        assert expect["decision"] != "accept" or all(w.get("severity") in ("warn", "info") for w in expect["must"])
    else:
        assert expect["decision"] == "accept", "a correct application is accepted"
