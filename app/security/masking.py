"""Masking personal data for screens, lists, logs, co-browse and printouts (GB/T 35273 §7):
`110105********002X`, `张*`, `138****1234`. Full values only where the task needs them, with an
audit row (`app.security.audit.audit_pi_view`)."""

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


def mask_applicant_name(name: str | None, kind: str | None = "person") -> str:
    """The applicant as a list shows them: an organisation's name in full, a person's masked
    (a one-character name too). Every screen that lists applicants uses this."""
    return (name or "") if kind == "organisation" else mask_name(name)


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


# Field keys (catalog form fields, applicant, card read) whose values are personal data, and how
# each is masked. Keys are matched exactly, then by suffix (`legal_rep_id_number`).
PI_FIELD_KINDS: dict[str, str] = {
    "id_number": "id", "name": "name", "phone": "phone", "mobile": "phone", "address": "address",
    "contact_name": "name", "contact_id_number": "id", "contact_phone": "phone", "birth_date": "all",
}
_SUFFIXES = (("_id_number", "id"), ("_name", "name"), ("_phone", "phone"), ("_mobile", "phone"),
             ("_address", "address"))


def pi_kind(key: str) -> str | None:
    """How a field of this key is masked, or None when it is not personal data."""
    if key in PI_FIELD_KINDS:
        return PI_FIELD_KINDS[key]
    for suffix, kind in _SUFFIXES:
        if key.endswith(suffix) and not key.startswith(("unit_", "item_", "org_", "company_", "shop_")):
            return kind
    return None


def mask_case_detail(detail: dict[str, Any]) -> dict[str, Any]:
    """A copy of a case detail dict with the applicant, card read and PI form fields masked."""
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
    fields = out.get("fields") or {}
    for key, value in fields.items():
        kind = pi_kind(key)
        if kind and isinstance(value, dict) and value.get("value"):
            value["value"] = mask_value(kind, str(value["value"]))
    return out
