"""高效办成一件事 use cases: one acceptance for several items, one form, one set of materials.

A bundle case is a group of member cases (ordinary `CaseRow`s, one per applicable member item)
under one acceptance number: the bundle takes the next number of the day (`…-0007`) and each
member gets a sub-number (`…-0007-01`, `…-0007-02`, in catalog order). Every member carries the
bundle's record in `extra["bundle"]` (code, number, answers, sub-number), so no extra table is
needed and each member still travels, is decided and reaches its own department like any
single case. Each use case here is one unit of work over all members: the change, its audit
rows and (when queued) the outbox rows commit together.
"""

from __future__ import annotations

import datetime as dt
import uuid as uuidlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.cases import interchange
from app.cases.lifecycle import CaseState, label
from app.cases.numbering import next_acceptance_number
from app.catalog.bundles import Bundle, BundlePlan, plan_bundle
from app.errors import InputError, NotFoundError
from app.services.cases import SOURCES, CaseRef, FieldInput, _sync_materials, _touch_after_edit
from app.services.context import ServiceContext
from app.storage import Actor
from app.storage.tables import AttachmentRow, CaseEventRow, CaseRow, FieldRow, MaterialRow, utcnow


@dataclass(frozen=True)
class BundleRef:
    code: str
    acceptance_number: str
    members: list[CaseRef]


def _member_rows(session: Session, ident: str) -> list[CaseRow]:
    """The member cases of a bundle, by the bundle's number or any member's number/uuid."""
    ident = ident.strip()
    opts = (selectinload(CaseRow.fields), selectinload(CaseRow.materials), selectinload(CaseRow.attachments),
            selectinload(CaseRow.events))
    one = session.get(CaseRow, ident) or session.execute(
        select(CaseRow).where(CaseRow.acceptance_number == ident)).scalar_one_or_none()
    number = ((one.extra or {}).get("bundle") or {}).get("number") if one is not None else ident
    if not number:
        raise NotFoundError(f"办件 {ident} 不属于任何一件事", f"case {ident} is not part of a bundle")
    rows = session.execute(select(CaseRow).options(*opts).where(CaseRow.acceptance_number.like(f"{number}-%"))
                           .order_by(CaseRow.acceptance_number)).scalars().all()
    rows = [r for r in rows if ((r.extra or {}).get("bundle") or {}).get("number") == number]
    if not rows:
        raise NotFoundError(f"找不到一件事办件 {ident}", f"no bundle case {ident}")
    return rows


def is_bundle_number(ctx: ServiceContext, ident: str) -> bool:
    """Is this the number of a bundle (not of one of its members)?"""
    with ctx.store.read() as session:
        if session.execute(select(CaseRow.uuid).where(CaseRow.acceptance_number == ident.strip())).first():
            return False
        try:
            _member_rows(session, ident)
        except NotFoundError:
            return False
        return True


def bundle_of(ctx: ServiceContext, ident: str) -> dict[str, Any] | None:
    """The bundle record of a member case (code, name, number, sub-number), or None."""
    from app.services.cases import _load

    with ctx.store.read() as session:
        return ((_load(session, ident).extra or {}).get("bundle")) or None


def _info(rows: list[CaseRow]) -> dict[str, Any]:
    return dict((rows[0].extra or {})["bundle"])


def _plan(ctx: ServiceContext, rows: list[CaseRow]) -> tuple[Bundle, BundlePlan]:
    info = _info(rows)
    bundle = ctx.catalog.bundle(info["code"])
    return bundle, plan_bundle(bundle, ctx.catalog.items, info.get("answers") or {})


def create_bundle_case(ctx: ServiceContext, code: str, answers: Mapping[str, Any] | None = None, *,
                       actor: Actor, applicant: Mapping[str, Any] | None = None,
                       today: dt.date | None = None) -> BundleRef:
    """Open a bundle: one acceptance number, one draft member case per applicable member item."""
    bundle = ctx.catalog.bundle(code)
    plan = plan_bundle(bundle, ctx.catalog.items, answers or {})
    members = plan.applicable
    from app.catalog.situations import resolve

    for m in members:
        r = resolve(m.item, m.answers)
        if r.blocks:
            raise InputError(f"{m.item.name}：{'；'.join(r.blocks)}", f"{m.item.code}: the answers block this item")
    applicant_doc = interchange.Applicant.model_validate(dict(applicant or {})).model_dump()
    ws = ctx.workstation
    day = today or dt.date.today()
    refs: list[CaseRef] = []
    with ctx.store.unit_of_work(actor) as uow:
        number = next_acceptance_number(uow.session, ws.center_code, ws.window_no, day)
        numbers = [f"{number}-{i:02d}" for i in range(1, len(members) + 1)]
        for seq, (m, member_number) in enumerate(zip(members, numbers, strict=True), start=1):
            case_uuid = str(uuidlib.uuid4())
            extra = {"bundle": {"code": bundle.code, "name": bundle.name, "number": number, "seq": seq,
                                "answers": plan.answers, "members": numbers,
                                "lead_department": bundle.lead_department}}
            row = CaseRow(uuid=case_uuid, acceptance_number=member_number, item_code=m.item.code,
                          item_name=m.item.name, catalog_version=ctx.catalog.version,
                          catalog_hash=ctx.catalog.content_hash, state=CaseState.DRAFT,
                          answers=resolve(m.item, m.answers).answers, applicant=applicant_doc,
                          center_code=ws.center_code, window_no=ws.window_no, clerk=actor.user, extra=extra,
                          created_at=utcnow(), updated_at=utcnow(), fields=[], materials=[], attachments=[], events=[])
            uow.session.add(row)
            _sync_materials(row, m.item, row.answers)
            row.events.append(CaseEventRow(from_state=None, to_state=CaseState.DRAFT, actor=actor.user,
                                           reason=f"新建一件事“{bundle.name}”成员办件", at=utcnow()))
            uow.audit("case.create", case_uuid=case_uuid, target=member_number,
                      detail={"item": m.item.code, "bundle": bundle.code, "bundle_number": number})
            refs.append(CaseRef(case_uuid, member_number))
        uow.audit("bundle.create", target=number,
                  detail={"bundle": bundle.code, "members": [m.item.code for m in members],
                          "not_applicable": [m.item.code for m in plan.members if not m.applies],
                          "catalog_version": ctx.catalog.version})
    for ref in refs:
        ctx.publish("case.created", uuid=ref.uuid, acceptance_number=ref.acceptance_number)
    ctx.publish("bundle.created", acceptance_number=number, code=bundle.code)
    return BundleRef(bundle.code, number, refs)


def _put_field(row: CaseRow, key: str, fi: FieldInput, value: str | None, actor: Actor) -> None:
    f = next((x for x in row.fields if x.key == key), None)
    if f is None:
        f = FieldRow(key=key)
        row.fields.append(f)
    f.value, f.source, f.source_ref = value, fi.source, fi.source_ref
    f.confidence, f.box = fi.confidence, fi.box
    f.confirmed = fi.confirmed or fi.source in {"clerk", "id_card"}
    f.edited_by, f.edited_at = actor.user, utcnow()


def set_bundle_fields(ctx: ServiceContext, ident: str, values: Mapping[str, FieldInput | str | None], *,
                      actor: Actor) -> dict[str, list[str]]:
    """Fill bundle fields once; each value (with its provenance) lands in every member field it
    feeds, and fields derived from it follow. Returns bundle key → the member numbers it reached."""
    reached: dict[str, list[str]] = {}
    with ctx.store.unit_of_work(actor) as uow:
        rows = _member_rows(uow.session, ident)
        bundle, plan = _plan(ctx, rows)
        by_item = {r.item_code: r for r in rows}
        visible = {f.key for f in plan.fields}
        for row in rows:
            _touch_after_edit(uow, row)
        for key, raw in values.items():
            spec = bundle.field(key)
            if spec is None or key not in visible:
                known = "、".join(f.key for f in plan.fields)
                raise InputError(f"一件事“{bundle.name}”（按所选情形）没有字段 {key}（可填：{known}）",
                                 f"bundle {bundle.code} has no field {key} for these answers")
            fi = raw if isinstance(raw, FieldInput) else FieldInput(value=raw)
            if fi.source not in SOURCES:
                raise InputError(f"未知的数据来源 {fi.source}", f"unknown value source {fi.source}")
            value = None if fi.value is None or str(fi.value).strip() == "" else str(fi.value).strip()
            for item_code, member_key in spec.maps.items():
                row = by_item.get(item_code)
                if row is None:
                    continue
                _put_field(row, member_key, fi, value, actor)
                reached.setdefault(key, []).append(row.acceptance_number)
            for m in bundle.members:  # fields derived from this one
                row = by_item.get(m.item)
                for member_key, d in m.derived.items():
                    if row is not None and d.from_field == key:
                        _put_field(row, member_key, FieldInput(value, "form", f"bundle:{key}", confirmed=True),
                                   value, actor)
        for m in bundle.members:  # constants
            row = by_item.get(m.item)
            for member_key, d in m.derived.items():
                if row is not None and d.value is not None and not any(f.key == member_key for f in row.fields):
                    _put_field(row, member_key, FieldInput(d.value, "form", "bundle:derived", confirmed=True),
                               d.value, actor)
        for row in rows:
            uow.audit("case.fields", case_uuid=row.uuid, target=row.acceptance_number,
                      detail={"keys": sorted(k for k, v in reached.items() if row.acceptance_number in v),
                              "bundle": _info(rows)["number"]})
        uow.audit("bundle.fields", target=_info(rows)["number"],
                  detail={"keys": sorted(values), "sources": sorted({(v.source if isinstance(v, FieldInput) else "clerk")
                                                                     for v in values.values()})})
        number = _info(rows)["number"]
    ctx.publish("bundle.changed", acceptance_number=number, fields=sorted(values))
    return reached


def add_bundle_material_file(ctx: ServiceContext, ident: str, material_key: str, data: bytes, *, actor: Actor,
                             media_type: str = "image/jpeg", filename: str = "", doc_kind: str | None = None,
                             quality: dict[str, Any] | None = None) -> dict[str, str]:
    """Capture a page once: it is stored once and attached to every member that needs the
    document. Returns member number → the member's material code it was attached as."""
    if not data:
        raise InputError("材料文件为空，未保存", "the material file is empty; nothing was saved")
    digest = ctx.store.attachments.put(data)
    attached: dict[str, str] = {}
    with ctx.store.unit_of_work(actor) as uow:
        rows = _member_rows(uow.session, ident)
        bundle, plan = _plan(ctx, rows)
        line = next((m for m in plan.materials if m.key == material_key), None)
        if line is None:
            known = "、".join(m.key for m in plan.materials)
            raise InputError(f"一件事“{bundle.name}”没有材料 {material_key}（可选：{known}）",
                             f"bundle {bundle.code} has no material {material_key}")
        for row in rows:
            code = line.members.get(row.item_code)
            if code is None:
                continue
            _touch_after_edit(uow, row)
            material = next((m for m in row.materials if m.code == code), None)
            if material is None:
                spec = ctx.catalog.get(row.item_code).material(code)
                material = MaterialRow(code=spec.code, name=spec.name, originals=spec.copies.original,
                                       copies=spec.copies.copy_)
                row.materials.append(material)
            pages = [a for a in row.attachments if a.material_code == code and a.role == "page"]
            page = max((a.page_no for a in pages), default=0) + 1
            row.attachments.append(AttachmentRow(material_code=code, page_no=page, sha256=digest, size=len(data),
                                                 media_type=media_type, filename=filename, role="page",
                                                 created_at=utcnow()))
            material.status = "received"
            material.pages = max(material.pages, page)
            if doc_kind:
                material.doc_kind = doc_kind
            if quality is not None:
                material.quality = quality
            uow.audit("case.material", case_uuid=row.uuid, target=row.acceptance_number,
                      detail={"material": code, "sha256": digest, "page": page, "bundle_material": material_key})
            attached[row.acceptance_number] = code
        uow.audit("bundle.material", target=_info(rows)["number"],
                  detail={"material": material_key, "sha256": digest, "members": sorted(attached)})
        number = _info(rows)["number"]
    ctx.publish("bundle.changed", acceptance_number=number, material=material_key)
    return attached


def bundle_form(ctx: ServiceContext, ident: str) -> dict[str, Any]:
    """The bundle as the clerk sees it: members (and the items that do not apply, with why),
    the merged form grouped by topic with each value's provenance and the member fields it
    feeds, and the merged checklist with each member's status for every document."""
    with ctx.store.read() as session:
        rows = _member_rows(session, ident)
        bundle, plan = _plan(ctx, rows)
        info = _info(rows)
        by_item = {r.item_code: r for r in rows}
        members = [{"seq": (r.extra or {})["bundle"]["seq"], "acceptance_number": r.acceptance_number, "uuid": r.uuid,
                    "item_code": r.item_code, "item_name": r.item_name,
                    "department": ctx.catalog.get(r.item_code).department,
                    "promised_days": ctx.catalog.get(r.item_code).time_limit.promised,
                    "state": r.state, "state_label": label(r.state), "due_date": r.due_date,
                    "reason": next(p.reason for p in plan.members if p.item.code == r.item_code)} for r in rows]
        not_applicable = [{"item_code": p.item.code, "item_name": p.item.name, "reason": p.reason}
                          for p in plan.members if not p.applies]
        fields = []
        for spec in plan.fields:
            feeds = [{"item_code": c, "field": k, "acceptance_number": by_item[c].acceptance_number}
                     for c, k in spec.maps.items() if c in by_item]
            held = next((f for fe in feeds for f in by_item[fe["item_code"]].fields if f.key == fe["field"]), None)
            fields.append({"key": spec.key, "label": spec.label, "group": spec.group, "type": str(spec.type),
                           "required": spec.required, "options": list(spec.options), "mask": str(spec.mask),
                           "sensitive": spec.sensitive, "value": held.value if held else None,
                           "source": held.source if held else None, "source_ref": held.source_ref if held else None,
                           "confirmed": bool(held.confirmed) if held else False, "feeds": feeds})
        materials = []
        for line in plan.materials:
            status = {}
            for c, code in line.members.items():
                row = by_item.get(c)
                mat = next((m for m in row.materials if m.code == code), None) if row else None
                status[row.acceptance_number if row else c] = {"item_code": c, "material": code,
                                                               "status": mat.status if mat else "pending",
                                                               "pages": mat.pages if mat else 0}
            materials.append({"key": line.key, "name": line.name, "required": line.required, "shared": line.shared,
                              "produced_by": line.produced_by, "members": status})
        states = {r.state for r in rows}
        return {"acceptance_number": info["number"], "code": bundle.code, "name": bundle.name,
                "lead_department": bundle.lead_department, "answers": info.get("answers") or {},
                "state": bundle_state(states), "state_label": label(bundle_state(states)),
                "applicant": dict(rows[0].applicant or {}), "members": members, "not_applicable": not_applicable,
                "fields": fields, "materials": materials}


def bundle_state(states: set[str]) -> str:
    """The bundle's state follows its members: the least advanced one (all delivered → delivered)."""
    order = [CaseState.DRAFT, CaseState.PRE_REVIEWED, CaseState.ACCEPTED_TOLERANCE, CaseState.ACCEPTED,
             CaseState.QUEUED, CaseState.SYNCED, CaseState.IN_APPROVAL, CaseState.CORRECTION_REQUESTED,
             CaseState.APPROVED, CaseState.REJECTED, CaseState.REFUSED, CaseState.DELIVERED, CaseState.VOIDED]
    for s in order:
        if s in states:
            return str(s)
    return str(CaseState.DRAFT)
