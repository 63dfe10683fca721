"""Values the documents already state, put together: the 变更内容说明 of a 变更 case is what the
old licence and the new business licence say differently (单位名称由“旧”变更为“新”), for each
change the clerk ticked on the 情形 page; and a value of the form that another field of the same
form already holds for the same person (the 卫生负责人 who is the 法定代表人 — same ID number —
has the 法定代表人's phone: `SAME_PERSON`).

Why: a first-time applicant otherwise dictates a sentence both documents on the desk already
contain. The value is filed as an OCR value (source `ocr`, unconfirmed), so the clerk reads and
confirms it with Enter like any other read value; nothing is written when the field has a value,
when a document is missing, or when the two read the same.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.services import cases as case_svc
from app.services.context import ServiceContext
from app.storage import Actor

# 情形 option → (what it is called, the OCR key on both licences)
CHANGES = {"unit_name": ("单位名称", "name"), "legal_rep": ("法定代表人", "legal_representative"),
           "address_name": ("地址名称", "address")}


def _read(materials: list[dict[str, Any]], kind: str, key: str) -> tuple[str, float, str] | None:
    for m in materials:
        q = m.get("quality") or {}
        kinds = {p.get("kind") for p in q.get("ocr_pages") or []} | {m.get("doc_kind")}
        f = (q.get("ocr") or {}).get(key)
        if kind in kinds and f and f.get("kind") == kind and f.get("value") and not f.get("flagged"):
            return str(f["value"]), float(f.get("confidence") or 0), m["code"]
    return None


def change_content(form: dict[str, Any]) -> tuple[str, float, str] | None:
    """(sentence, confidence, material) from the old 卫生许可证 and the new 营业执照, or None."""
    parts, conf, ref = [], 1.0, ""
    for option in form["answers"].get("what_changes") or []:
        if option not in CHANGES:
            continue
        label, key = CHANGES[option]
        old = _read(form["materials"], "public_health_license", key)
        new = _read(form["materials"], "business_license", key)
        if old is None or new is None or old[0] == new[0]:
            return None  # every ticked change must be stated by the documents, or the clerk writes it
        parts.append(f"{label}由“{old[0]}”变更为“{new[0]}”")
        conf, ref = min(conf, old[1], new[1]), old[2]
    return ("；".join(parts), conf, ref) if parts else None


# target field ← source field, when the two identity fields hold the same ID number (one person)
SAME_PERSON: tuple[tuple[str, str, str, str], ...] = (
    ("manager_phone", "legal_rep_phone", "manager_id_number", "legal_rep_id_number"),
    ("agent_phone", "legal_rep_phone", "agent_id_number", "legal_rep_id_number"),
)


def same_person_values(form: dict[str, Any]) -> dict[str, case_svc.FieldInput]:
    """Empty fields another field of the form already answers for the same person. Filed with
    source `form` (the field it came from as `source_ref`), unconfirmed: the clerk confirms it
    with Enter, or types another number the applicant gives."""
    fields = {f["key"]: f for f in form["fields"]}
    out: dict[str, case_svc.FieldInput] = {}
    for target, source, target_id, source_id in SAME_PERSON:
        t, s, ti, si = (fields.get(k) for k in (target, source, target_id, source_id))
        if not (t and s and ti and si) or t["value"] or not s["value"]:
            continue
        same = (ti["value"] or "").strip().upper() == (si["value"] or "").strip().upper() != ""
        if same:
            out[target] = case_svc.FieldInput(s["value"], "form", source, 1.0)
    return out


def derive_fields(ctx: ServiceContext, ident: str, *, actor: Actor) -> list[str]:
    """Fill `change_content` when it is empty and the documents state the change, and the
    `SAME_PERSON` values; the keys filled."""
    form = case_svc.case_form(ctx, ident)
    if form["state"] not in ("draft", "pre_reviewed"):
        return []
    updates = same_person_values(form)
    field = next((f for f in form["fields"] if f["key"] == "change_content"), None)
    if field is not None and not field["value"]:
        derived = change_content(form)
        if derived is not None:
            text, conf, ref = derived
            updates["change_content"] = case_svc.FieldInput(text, "ocr", ref, conf)
    if updates:
        case_svc.set_fields(ctx, ident, updates, actor=actor)
    return sorted(updates)


def set_fields_and_derive(ctx: ServiceContext, ident: str, values: Mapping[str, Any], *, actor: Actor) -> list[str]:
    """The clerk's field values and what follows from them (e.g. the same person's phone), in one
    unit of work; the derived keys."""
    with ctx.store.unit_of_work(actor):
        case_svc.set_fields(ctx, ident, values, actor=actor)
        return derive_fields(ctx, ident, actor=actor)
