"""Catalog use cases: list, show (with the checklist for given answers), validate a folder."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from app.catalog import Catalog, default_catalog, load_catalog, normalize_answers, resolve


def list_items(catalog: Catalog | None = None) -> list[dict[str, Any]]:
    cat = catalog or default_catalog()
    return [{"code": i.code, "name": i.name, "kind": str(i.kind), "handling": i.handling,
             "department": i.department, "promised_days": i.time_limit.promised, "legal_days": i.time_limit.legal}
            for i in cat.sorted_items()]


def list_bundles(catalog: Catalog | None = None) -> list[dict[str, Any]]:
    """The 一件事 bundles: code, name, lead department and member items (`catalog list` shows them after the items)."""
    cat = catalog or default_catalog()
    return [{"code": b.code, "name": b.name, "kind": "一件事", "lead_department": b.lead_department,
             "members": [{"code": m.item, "name": cat.items[m.item].name} for m in b.members]}
            for b in sorted(cat.bundles.values(), key=lambda b: b.code)]


def show_item(code: str, answers: Mapping[str, Any] | None = None, catalog: Catalog | None = None) -> dict[str, Any]:
    cat = catalog or default_catalog()
    item = cat.get(code)
    data = item.model_dump(mode="json", by_alias=True)
    resolution = resolve(item, normalize_answers(item, answers or {}))
    data["checklist"] = {
        "answers": resolution.answers,
        "unanswered": resolution.unanswered,
        "materials": [{"code": m.code, "name": m.name, "required": m.code in resolution.required_materials,
                       "tolerable": m.tolerance is not None, "commitment": m.commitment is not None}
                      for m in resolution.materials],
        "required_fields": sorted(resolution.required_fields),
        "redirect": resolution.redirect,
        "redirect_reason": resolution.redirect_reason,
        "blocks": resolution.blocks,
        "visible_situations": [sit.id for sit in resolution.visible_situations],
    }
    data["catalog"] = {"version": cat.version, "hash": cat.content_hash}
    return data


def validate_folder(folder: Path) -> dict[str, Any]:
    """Load a catalog folder fully (schema, references, rules); raises CatalogError on the first problem."""
    cat = load_catalog(Path(folder))
    return {"items": len(cat.items), "bundles": len(cat.bundles), "version": cat.version, "hash": cat.content_hash}


def _initials(text: str) -> str:
    """Pinyin initials of a Chinese name (公共场所卫生许可 → ggcswsxk); '' without pypinyin."""
    try:
        from pypinyin import Style, lazy_pinyin
    except ImportError:  # pragma: no cover - pypinyin is a dependency
        return ""
    return "".join(p[0] for p in lazy_pinyin(text, style=Style.FIRST_LETTER, errors="ignore") if p).lower()


def search_items(query: str, catalog: Catalog | None = None, limit: int = 50) -> list[dict[str, Any]]:
    """Items matching a clerk's search: Chinese name or keyword, pinyin initials, or code.

    Best matches first (code prefix, name prefix, initials prefix, then substrings). An empty
    query lists every item.
    """
    cat = catalog or default_catalog()
    q = (query or "").strip().lower()
    scored: list[tuple[int, str, dict[str, Any]]] = []
    for item in cat.sorted_items():
        initials = _initials(item.name)
        words = [item.name, *getattr(item, "keywords", [])]
        if not q:
            score = 5
        elif item.code.lower().startswith(q):
            score = 0
        elif item.name.startswith(query.strip()):
            score = 1
        elif initials.startswith(q):
            score = 2
        elif any(q in w.lower() for w in words):
            score = 3
        elif q in initials or q in item.code.lower() or any(q in _initials(w) for w in words[1:]):
            score = 4
        else:
            continue
        scored.append((score, item.code, {"code": item.code, "name": item.name, "initials": initials,
                                          "department": item.department, "handling": item.handling,
                                          "promised_days": item.time_limit.promised}))
    scored.sort(key=lambda t: (t[0], t[1]))
    return [s[2] for s in scored[:limit]]


def show_bundle(code: str, answers: Mapping[str, Any] | None = None, catalog: Catalog | None = None) -> dict[str, Any]:
    """A 一件事 for the 情形 page: its questions, which members apply for these answers and why,
    and the merged checklist (each document once, with the members it serves)."""
    from app.catalog.bundles import plan_bundle

    cat = catalog or default_catalog()
    b = cat.bundle(code)
    plan = plan_bundle(b, cat.items, answers or {})
    return {
        "code": b.code, "name": b.name, "kind": "一件事", "lead_department": b.lead_department,
        "situations": [{"id": q.id, "question": q.question, "multi": q.multi,
                        "options": [{"value": o.value, "label": o.label} for o in q.options]} for q in b.questions],
        "checklist": {
            "answers": plan.answers,
            "members": [{"code": m.item.code, "name": m.item.name, "department": m.item.department,
                         "applies": m.applies, "reason": m.reason,
                         "promised_days": m.item.time_limit.promised} for m in plan.members],
            "materials": [{"key": m.key, "name": m.name, "required": m.required, "shared": m.shared,
                           "produced_by": m.produced_by, "members": m.members} for m in plan.materials],
            "fields": [f.key for f in plan.fields],
        },
    }


def search_bundles(query: str, catalog: Catalog | None = None) -> list[dict[str, Any]]:
    """一件事 matching a clerk's search: name, keyword, pinyin initials (kbcyd) or code."""
    cat = catalog or default_catalog()
    q = (query or "").strip().lower()
    out = []
    for b in sorted(cat.bundles.values(), key=lambda b: b.code):
        initials = _initials(b.name)
        words = [b.name, *b.keywords]
        if not q or b.code.lower().startswith(q) or initials.startswith(q) or any(q in w.lower() for w in words) \
                or any(_initials(w).startswith(q) for w in words[1:]):
            out.append({"code": b.code, "name": b.name, "initials": initials, "kind": "一件事",
                        "department": f"牵头 {b.lead_department}", "members": len(b.members)})
    return out
