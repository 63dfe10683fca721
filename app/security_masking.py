"""Masking personal data for screens, lists and logs (GB/T 35273 §7): `110105********002X`,
`张*`, `138****1234`. Full values only where the task needs them, with an audit row."""

from __future__ import annotations

import copy
from typing import Any


def mask_id_number(value: str | None) -> str:
    v = (value or "").strip()
    if len(v) <= 8:
        return "*" * len(v)
    return v[:6] + "*" * (len(v) - 10) + v[-4:]


def mask_name(value: str | None) -> str:
    v = (value or "").strip()
    if not v:
        return ""
    if len(v) == 1:
        return "*"
    return v[0] + "*" * (len(v) - 1)


def mask_phone(value: str | None) -> str:
    v = (value or "").strip()
    if len(v) < 7:
        return "*" * len(v)
    return v[:3] + "*" * (len(v) - 7) + v[-4:]


def mask_address(value: str | None) -> str:
    v = (value or "").strip()
    keep = min(6, len(v) // 2)
    return v[:keep] + "*" * (len(v) - keep)


def mask_all(value: str | None) -> str:
    v = (value or "").strip()
    return "*" * max(0, len(v) - 4) + v[-4:] if len(v) > 4 else "*" * len(v)


MASKERS = {"id": mask_id_number, "name": mask_name, "phone": mask_phone, "address": mask_address, "all": mask_all,
           "none": lambda v: v or ""}


def mask_value(kind: str, value: str | None) -> str:
    return MASKERS.get(kind, MASKERS["all"])(value)


def mask_case_detail(detail: dict[str, Any]) -> dict[str, Any]:
    """A copy of a case detail dict with the applicant and card read masked."""
    out = copy.deepcopy(detail)
    app = out.get("applicant") or {}
    for key, kind in (("name", "name"), ("id_number", "id"), ("phone", "phone"), ("address", "address"),
                      ("contact_name", "name"), ("contact_id_number", "id")):
        if app.get(key) and not (key == "name" and app.get("kind") == "organisation"):
            app[key] = mask_value(kind, app[key])
    card = out.get("card_read") or {}
    for key, kind in (("name", "name"), ("id_number", "id"), ("address", "address"), ("birth_date", "all")):
        if card.get(key):
            card[key] = mask_value(kind, card[key])
    return out
