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
    }
    data["catalog"] = {"version": cat.version, "hash": cat.content_hash}
    return data


def validate_folder(folder: Path) -> dict[str, Any]:
    """Load a catalog folder fully (schema, references, rules); raises CatalogError on the first problem."""
    cat = load_catalog(Path(folder))
    return {"items": len(cat.items), "version": cat.version, "hash": cat.content_hash}
