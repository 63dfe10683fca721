"""Findings and the pre-review result: the shared contract documents, UI and sync consume.

`PrereviewResult.to_dict()` is exactly what is stored in `CaseRow.decision` and printed by
`zongchuang prereview CASE.json --json` (see docs/prereview.md for every key).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

ENGINE = "zongchuang-prereview/1"

DECISIONS = ("accept", "accept_with_tolerance", "refuse", "manual")
DECISION_LABELS = {
    "accept": "受理",
    "accept_with_tolerance": "容缺受理",
    "refuse": "不予受理",
    "manual": "转人工审核",
}
REFUSE_KINDS = {"correction": "一次性告知补正", "inadmissible": "不予受理"}
SEVERITY_ORDER = {"block": 0, "容缺": 1, "warn": 2, "info": 3}


@dataclass
class Finding:
    """One problem (or note) with an application; `field`/`material` let the UI jump there."""

    rule: str
    severity: str  # block | 容缺 | warn | info
    message: str
    field: str | None = None
    material: str | None = None
    basis: str = ""
    hint: str = ""
    situation: str | None = None
    field_label: str | None = None
    material_name: str | None = None
    manual: bool = False
    refuse: bool = False
    source: str = "rule"  # builtin | rule | error

    def to_dict(self) -> dict[str, Any]:
        return {"rule": self.rule, "severity": self.severity, "field": self.field, "material": self.material,
                "message": self.message, "basis": self.basis, "hint": self.hint, "situation": self.situation,
                "field_label": self.field_label, "material_name": self.material_name, "manual": self.manual,
                "refuse": self.refuse, "source": self.source}


@dataclass
class ToleratedMaterial:
    code: str
    name: str
    supplement_days: int
    deadline: dt.date | None
    capped: bool = False  # the promised due date, not the supplement days, set the deadline


@dataclass
class CommittedMaterial:
    code: str
    name: str
    verification: str


@dataclass
class PrereviewResult:
    decision: str
    findings: list[Finding]
    item_code: str
    item_name: str
    acceptance_date: dt.date
    due_date: dt.date | None
    supplement_deadline: dt.date | None
    catalog_version: str
    catalog_hash: str
    refuse_kind: str | None = None
    redirect: str | None = None
    tolerated: list[ToleratedMaterial] = field(default_factory=list)
    committed: list[CommittedMaterial] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)
    rules_evaluated: int = 0
    calendar_error: Any = None  # the CalendarNotCovered raised while counting working days
    due_provisional: list[int] = field(default_factory=list)  # years counted provisionally (暂定)

    @property
    def blocking(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "block"]

    def to_dict(self) -> dict[str, Any]:
        iso = lambda d: d.isoformat() if d else None  # noqa: E731
        return {
            "format": ENGINE,
            "decision": self.decision,
            "decision_label": DECISION_LABELS[self.decision] if self.refuse_kind is None
            else REFUSE_KINDS[self.refuse_kind],
            "refuse_kind": self.refuse_kind,
            "findings": [f.to_dict() for f in self.findings],
            "counts": {s: sum(1 for f in self.findings if f.severity == s) for s in SEVERITY_ORDER},
            "item_code": self.item_code,
            "item_name": self.item_name,
            "acceptance_date": iso(self.acceptance_date),
            "due_date": iso(self.due_date),
            "due_provisional": list(self.due_provisional),  # non-empty: the due date is 暂定
            "supplement_deadline": iso(self.supplement_deadline),
            "tolerated": [{"material": t.code, "name": t.name, "supplement_days": t.supplement_days,
                           "deadline": iso(t.deadline)} for t in self.tolerated],
            "committed": [{"material": c.code, "name": c.name, "verification": c.verification}
                          for c in self.committed],
            "redirect": self.redirect,
            "documents": self.documents,
            "catalog_version": self.catalog_version,
            "catalog_hash": self.catalog_hash,
            "rules_evaluated": self.rules_evaluated,
        }
