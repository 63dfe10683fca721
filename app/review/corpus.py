"""Scoring pre-review against a corpus of applications with known findings.

A corpus file is `{"name", "description", "case": <zongchuang-case/1>, "expect": {"decision",
"must": [...], "must_not": [...], "allow": [...]}}`; an expectation entry is a partial finding
(`rule`, `field`, `material`, `severity`) that matches a finding when every key it gives is
equal. Recall counts `must` entries met; precision counts findings that some `must`/`allow`
entry explains (a finding matching `must_not` is always wrong). Catalog maintainers can run
their own corpus the same way (benchmarks/bench_prereview.py, tests/review).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.cases.interchange import parse_case_document
from app.catalog.model import Catalog
from app.review.engine import prereview

KEYS = ("rule", "field", "material", "severity")


def matches(entry: dict[str, Any], finding: dict[str, Any]) -> bool:
    return all(finding.get(k) == v for k, v in entry.items() if k in KEYS)


@dataclass
class CaseScore:
    name: str
    decision: str
    expected_decision: str
    missed: list[dict[str, Any]] = field(default_factory=list)
    unexpected: list[dict[str, Any]] = field(default_factory=list)
    must: int = 0
    found: int = 0
    findings: int = 0
    explained: int = 0
    located: int = 0

    @property
    def ok(self) -> bool:
        return not self.missed and not self.unexpected and self.decision == self.expected_decision


@dataclass
class CorpusScore:
    cases: list[CaseScore]

    def _sum(self, attr: str) -> int:
        return sum(getattr(c, attr) for c in self.cases)

    @property
    def recall(self) -> float:
        return self._sum("found") / max(1, self._sum("must"))

    @property
    def precision(self) -> float:
        return self._sum("explained") / max(1, self._sum("findings"))

    @property
    def located(self) -> float:
        return self._sum("located") / max(1, self._sum("findings"))

    @property
    def decision_accuracy(self) -> float:
        return sum(c.decision == c.expected_decision for c in self.cases) / max(1, len(self.cases))

    @property
    def flawed(self) -> int:
        return sum(1 for c in self.cases if c.must)

    def summary(self) -> dict[str, Any]:
        return {"cases": len(self.cases), "flawed": self.flawed, "clean": len(self.cases) - self.flawed,
                "expected_findings": self._sum("must"), "findings": self._sum("findings"),
                "recall": round(self.recall, 4), "precision": round(self.precision, 4),
                "located": round(self.located, 4), "decision_accuracy": round(self.decision_accuracy, 4),
                "failing": [c.name for c in self.cases if not c.ok]}


def load_corpus(folder: Path) -> list[dict[str, Any]]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(Path(folder).glob("*.json"))]


def score_case(entry: dict[str, Any], catalog: Catalog, calendar) -> CaseScore:
    doc = parse_case_document(entry["case"], entry["name"])
    result = prereview(catalog, doc, calendar=calendar).to_dict()
    findings = result["findings"]
    expect = entry["expect"]
    s = CaseScore(entry["name"], result["decision"], expect.get("decision", ""))
    for want in expect.get("must", []):
        s.must += 1
        if any(matches(want, f) for f in findings):
            s.found += 1
        else:
            s.missed.append(want)
    explain = expect.get("must", []) + expect.get("allow", [])
    for f in findings:
        s.findings += 1
        if f.get("field") or f.get("material") or f.get("situation"):
            s.located += 1
        bad = any(matches(n, f) for n in expect.get("must_not", []))
        if not bad and any(matches(e, f) for e in explain):
            s.explained += 1
        else:
            s.unexpected.append({k: f.get(k) for k in (*KEYS, "message")})
    return s


def score_corpus(entries: list[dict[str, Any]], catalog: Catalog, calendar) -> CorpusScore:
    return CorpusScore([score_case(e, catalog, calendar) for e in entries])
