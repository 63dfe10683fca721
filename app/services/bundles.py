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
from app.errors import InputError, InvalidTransition, NotFoundError
from app.services.cases import SOURCES, CaseRef, FieldInput, _sync_materials, _touch_after_edit, put_field
from app.services.context import ServiceContext
from app.storage import Actor
from app.storage.tables import AttachmentRow, CaseEventRow, CaseRow, MaterialRow, utcnow


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
            for line in plan.materials:  # the 营业执照 the registration member issues is not handed in
                code = line.members.get(m.item.code)
                if line.produced_by and code:
                    producer = ctx.catalog.get(line.produced_by).name
                    for mat in row.materials:
                        if mat.code == code:
                            mat.status, mat.note = "exempted", f"数据共享核验（由成员事项“{producer}”核发后共享）"
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
                put_field(row, member_key, fi, value, actor)
                reached.setdefault(key, []).append(row.acceptance_number)
            for m in bundle.members:  # fields derived from this one
                row = by_item.get(m.item)
                for member_key, d in m.derived.items():
                    if row is not None and d.from_field == key:
                        put_field(row, member_key, FieldInput(value, "form", f"bundle:{key}", confirmed=True),
                                   value, actor)
        for m in bundle.members:  # constants
            row = by_item.get(m.item)
            for member_key, d in m.derived.items():
                if row is not None and d.value is not None and not any(f.key == member_key for f in row.fields):
                    put_field(row, member_key, FieldInput(d.value, "form", "bundle:derived", confirmed=True),
                               d.value, actor)
        bundle_values = _bundle_values(bundle, rows)
        for row in rows:
            _sync_applicant(row, ctx.catalog.get(row.item_code).applicant_kind, bundle_values)
        for row in rows:
            uow.audit("case.fields", case_uuid=row.uuid, target=row.acceptance_number,
                      detail={"keys": sorted(k for k, v in reached.items() if row.acceptance_number in v),
                              "bundle": _info(rows)["number"]})
        uow.audit("bundle.fields", target=_info(rows)["number"],
                  detail={"keys": sorted(values), "sources": sorted({(v.source if isinstance(v, FieldInput) else "clerk")
                                                                     for v in values.values()})})
        number = _info(rows)["number"]
        uuids = [r.uuid for r in rows]
    _members_changed(ctx, uuids)
    ctx.publish("bundle.changed", acceptance_number=number, fields=sorted(values))
    return reached


def _members_changed(ctx: ServiceContext, uuids: list[str]) -> None:
    """Tell the listeners (the window's screens) that each member changed, as a single case's use cases do."""
    for uuid in uuids:
        ctx.publish("case.changed", uuid=uuid)


def _bundle_values(bundle: Bundle, rows: list[CaseRow]) -> dict[str, str]:
    """Bundle key → value, read back from the member fields it feeds."""
    by_item = {r.item_code: {f.key: f.value for f in r.fields} for r in rows}
    out: dict[str, str] = {}
    for f in bundle.fields:
        for code, key in f.maps.items():
            v = by_item.get(code, {}).get(key)
            if v:
                out[f.key] = v
                break
    return out


APPLICANT_KEYS = {"operator": ("operator_name", "applicant_name", "child_name"),
                  "id_number": ("operator_id_number", "applicant_id_number"),
                  "organisation": ("business_name", "unit_name"), "phone": ("phone", "contact_phone"),
                  "address": ("premises_address", "residence_address", "operator_address")}


def _sync_applicant(row: CaseRow, kind: str, values: Mapping[str, str]) -> None:
    """Keep each member's applicant record (lists, documents, the platform's intake) in step
    with the one form: the person for a person's item, the shop (with its operator as contact)
    for an organisation's item."""
    def first(which: str) -> str:
        return next((values[k] for k in APPLICANT_KEYS[which] if values.get(k)), "")

    current = dict(row.applicant or {})
    if kind == "organisation" and first("organisation"):
        current.update(kind="organisation", name=first("organisation"), credit_code=values.get("credit_code", ""),
                       contact_name=first("operator"), contact_id_number=first("id_number"))
    elif first("operator"):
        current.update(kind="person", name=first("operator"), id_number=first("id_number"))
    current.update(phone=first("phone") or current.get("phone", ""), address=first("address") or current.get("address", ""))
    row.applicant = interchange.Applicant.model_validate(current).model_dump()


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
        uuids = [r.uuid for r in rows]
    _members_changed(ctx, uuids)
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


# ---- one pre-review, decisions per member, one receipt, 出件 -----------------------------------

def _pending_from_result(bundle: Bundle, rows: list[CaseRow]) -> dict[str, set[str]]:
    """Member fields an earlier member's result will fill (the credit code the registration
    issues): not asked now, so pre-review does not ask for them either."""
    present = {r.item_code for r in rows}
    out: dict[str, set[str]] = {}
    for m in bundle.members:
        for key, d in m.derived.items():
            if d.from_result and d.from_result.split(".")[0] in present and m.item in present:
                out.setdefault(m.item, set()).add(key)
    return out


def _bundle_key_of(bundle: Bundle, item_code: str, member_field: str | None) -> str | None:
    if not member_field:
        return None
    return next((f.key for f in bundle.fields if f.maps.get(item_code) == member_field), None)


def _material_key_of(plan: BundlePlan, item_code: str, material: str | None) -> str | None:
    if not material:
        return None
    return next((m.key for m in plan.materials if m.members.get(item_code) == material), None)


def bundle_decision(decisions: list[str]) -> str:
    """The bundle follows its members: any refusal or manual check holds the whole acceptance;
    one 容缺 member makes it a 容缺 acceptance; otherwise accepted."""
    for d in ("refuse", "manual", "accept_with_tolerance"):
        if d in decisions:
            return d
    return "accept"


def prereview_bundle(ctx: ServiceContext, ident: str, *, actor: Actor, today: dt.date | None = None) -> dict[str, Any]:
    """One pre-review across all members: each member reviewed against its own item, every
    finding naming the member (sub-number, item) as well as its field and material (also as the
    bundle's field/material key, so the UI jumps to the one place to fix it). The members'
    results are stored and the members move to 已预审 in one unit of work."""
    from app.review.engine import _documents, decide
    from app.services.cases import _transition, to_document
    from app.services.prereview import prereview_document

    day = today or dt.date.today()
    with ctx.store.unit_of_work(actor) as uow:
        rows = _member_rows(uow.session, ident)
        bundle, plan = _plan(ctx, rows)
        pending = _pending_from_result(bundle, rows)
        members_out, findings_out = [], []
        for row in rows:
            if row.state not in (CaseState.DRAFT, CaseState.PRE_REVIEWED):
                raise InvalidTransition(f"成员办件 {row.acceptance_number} 处于“{label(row.state)}”状态，不能再预审",
                                        f"member {row.acceptance_number} is '{row.state}'; it cannot be pre-reviewed")
            doc = to_document(row)
            doc.acceptance_date = day
            doc.center.region = doc.center.region or ctx.workstation.region
            result = prereview_document(ctx, doc, today=day)
            skip = pending.get(row.item_code, set())
            if skip:
                result.findings = [f for f in result.findings if f.field not in skip]
                result.decision, result.refuse_kind = decide(result.findings)
                result.documents = _documents(ctx.catalog.get(row.item_code), result.decision, result.refuse_kind,
                                              bool(result.committed))
                deadlines = [t.deadline for t in result.tolerated if t.deadline]
                result.supplement_deadline = (min(deadlines) if result.decision == "accept_with_tolerance"
                                              and deadlines else None)
            data = result.to_dict()
            data["bundle"] = {"number": _info(rows)["number"], "code": bundle.code, "pending_from_result": sorted(skip)}
            _transition(uow, row, CaseState.PRE_REVIEWED,
                        f"一件事预审：{data['decision_label']}（{len(result.findings)} 条意见）")
            row.decision = data
            members_out.append({"acceptance_number": row.acceptance_number, "item_code": row.item_code,
                                "item_name": row.item_name, "department": ctx.catalog.get(row.item_code).department,
                                "decision": data["decision"], "decision_label": data["decision_label"],
                                "due_date": data.get("due_date"), "supplement_deadline": data.get("supplement_deadline")})
            for f in data["findings"]:
                findings_out.append({**f, "acceptance_number": row.acceptance_number, "item_code": row.item_code,
                                     "item_name": row.item_name,
                                     "bundle_field": _bundle_key_of(bundle, row.item_code, f.get("field")),
                                     "bundle_material": _material_key_of(plan, row.item_code, f.get("material"))})
        decision = bundle_decision([m["decision"] for m in members_out])
        number = _info(rows)["number"]
        uow.audit("bundle.prereview", target=number,
                  detail={"decision": decision, "members": {m["acceptance_number"]: m["decision"] for m in members_out},
                          "findings": len(findings_out)})
        uuids = [r.uuid for r in rows]
    _members_changed(ctx, uuids)
    from app.review.result import DECISION_LABELS

    ctx.publish("bundle.prereviewed", acceptance_number=number, decision=decision)
    return {"acceptance_number": number, "code": bundle.code, "name": bundle.name, "decision": decision,
            "decision_label": DECISION_LABELS[decision], "members": members_out, "findings": findings_out}


def accept_bundle(ctx: ServiceContext, ident: str, *, actor: Actor, reason: str = "一件事综合受理") -> dict[str, Any]:
    """One acceptance: each member is decided by its own pre-review (受理, or 容缺受理 with its
    supplement deadline) and queued for its own department, all in one unit of work. A member
    whose result is 不予受理/转人工 holds the whole acceptance: fix it (一次性告知) first."""
    from app.services.cases import _transition, enqueue_submission
    from app.services.prereview import _allowed

    taken: dict[str, str] = {}
    with ctx.store.unit_of_work(actor) as uow:
        rows = _member_rows(uow.session, ident)
        bundle, _ = _plan(ctx, rows)
        held = [r for r in rows if r.state != CaseState.PRE_REVIEWED or not r.decision
                or r.decision.get("decision") not in ("accept", "accept_with_tolerance")]
        if held:
            what = "；".join(f"{r.acceptance_number} {r.item_name}："
                            f"{(r.decision or {}).get('decision_label') or label(r.state)}" for r in held)
            raise InvalidTransition(f"以下成员事项不能受理，请先一次性告知补正后重新预审：{what}",
                                    f"members not acceptable yet: {', '.join(r.acceptance_number for r in held)}",
                                    hint_zh="打印一件事一次性告知书：zongchuang print 一次性告知书 --case 一件事编号",
                                    hint_en="print the bundle's one-time notice")
        now = utcnow()
        for row in rows:
            result = dict(row.decision)
            decision = result["decision"]
            if not _allowed(result, decision, actor.role):
                raise InvalidTransition(f"成员 {row.acceptance_number} 的预审结论不允许“{decision}”",
                                        f"member {row.acceptance_number}: '{decision}' is not allowed")
            extra: dict[str, Any] = {}
            target = CaseState.ACCEPTED
            if decision == "accept_with_tolerance":
                target = CaseState.ACCEPTED_TOLERANCE
                deadlines = [t["deadline"] for t in result.get("tolerated") or [] if t.get("deadline")]
                extra["supplement_deadline"] = result.get("supplement_deadline") or (min(deadlines) if deadlines else None)
            result["taken"] = {"decision": decision, "by": actor.user, "role": actor.role, "override": False,
                               "at": now.isoformat(), "reason": reason, "bundle": _info(rows)["number"], **extra}
            _transition(uow, row, target, f"{reason}（{bundle.name}）")
            row.decision = result
            if result.get("due_date"):
                row.due_date = dt.date.fromisoformat(result["due_date"])
            row.accepted_at = now
            _transition(uow, row, CaseState.QUEUED, "待上报")
            enqueue_submission(uow, row)
            taken[row.acceptance_number] = decision
        overall = bundle_decision(list(taken.values()))
        for row in rows:
            row.extra = {**(row.extra or {}), "bundle": {**row.extra["bundle"], "decision": overall}}
        number = _info(rows)["number"]
        uow.audit("bundle.decide", target=number, detail={"decision": overall, "members": taken})
        uuids = {r.acceptance_number: r.uuid for r in rows}
    for n in taken:
        ctx.publish("case.state", uuid=uuids[n], acceptance_number=n, state=str(CaseState.QUEUED))
    ctx.publish("bundle.decided", acceptance_number=number, decision=overall)
    return {"acceptance_number": number, "decision": overall, "members": taken}


DECIDED_BACK_OFFICE = frozenset({CaseState.APPROVED, CaseState.REJECTED, CaseState.DELIVERED})


def deliver_bundle(ctx: ServiceContext, ident: str, *, actor: Actor, partial: bool = False) -> dict[str, Any]:
    """综合窗口出件: every approved member is handed over at once (delivered) when all members
    are decided by their departments. `partial` hands over what is approved now and records
    which members are still outstanding (audited)."""
    delivered: list[str] = []
    with ctx.store.unit_of_work(actor) as uow:
        from app.services.cases import _transition

        rows = _member_rows(uow.session, ident)
        outstanding = [r for r in rows if r.state not in DECIDED_BACK_OFFICE]
        number = _info(rows)["number"]
        if outstanding and not partial:
            raise InvalidTransition(
                "以下成员事项尚未办结，不能综合出件：" + "；".join(f"{r.acceptance_number} {r.item_name}"
                                                            f"（{label(r.state)}）" for r in outstanding),
                f"members still open: {', '.join(r.acceptance_number for r in outstanding)}",
                hint_zh="全部办结后出件，或选择部分出件（记录在审计日志）", hint_en="wait, or deliver partially (audited)")
        for row in rows:
            if row.state == CaseState.APPROVED:
                _transition(uow, row, CaseState.DELIVERED, f"一件事综合出件 {number}" + ("（部分出件）" if outstanding else ""))
                delivered.append(row.acceptance_number)
        if not delivered:
            raise InvalidTransition("没有可出件的成员事项（尚无准予的结果）", "no member is approved yet")
        uow.audit("bundle.partial_delivery" if outstanding else "bundle.delivery", target=number,
                  detail={"delivered": delivered, "outstanding": [r.acceptance_number for r in outstanding],
                          "rejected": [r.acceptance_number for r in rows if r.state == CaseState.REJECTED]})
        uuids = [r.uuid for r in rows]
    _members_changed(ctx, uuids)
    ctx.publish("bundle.delivered", acceptance_number=number, delivered=delivered)
    return {"acceptance_number": number, "delivered": delivered,
            "outstanding": [r.acceptance_number for r in outstanding]}


def apply_member_results(ctx: ServiceContext, ident: str, *, actor: Actor) -> dict[str, dict[str, str]]:
    """Values one member's result gives the others (the credit code on the 营业执照 the
    registration issued → the food licence, the sign and tobacco permits): written to the
    member fields derived from it (source `platform`) and to their applicant record, audited.
    Returns member number → {field: value} filled."""
    filled: dict[str, dict[str, str]] = {}
    with ctx.store.unit_of_work(actor) as uow:
        rows = _member_rows(uow.session, ident)
        bundle = ctx.catalog.bundle(_info(rows)["code"])
        by_item = {r.item_code: r for r in rows}
        for m in bundle.members:
            row = by_item.get(m.item)
            for key, d in m.derived.items():
                if row is None or not d.from_result:
                    continue
                producer_code, result_key = d.from_result.split(".", 1)
                producer = by_item.get(producer_code)
                cert = ((producer.result or {}).get("certificate") or {}) if producer is not None else {}
                value = str(cert.get(result_key) or "")
                current = next((f.value for f in row.fields if f.key == key), None)
                if not value or current == value:
                    continue
                put_field(row, key, FieldInput(value, "platform", producer.acceptance_number, confirmed=True),
                           value, actor)
                if key == "credit_code":
                    row.applicant = {**(row.applicant or {}), "credit_code": value}
                filled.setdefault(row.acceptance_number, {})[key] = value
        for n, values in filled.items():
            row = next(r for r in rows if r.acceptance_number == n)
            uow.audit("case.fields", case_uuid=row.uuid, target=n,
                      detail={"keys": sorted(values), "sources": ["platform"], "from_member_result": True})
    return filled


def bundle_certificates(ctx: ServiceContext, ident: str, *, actor: Actor) -> list[Any]:
    """The certificates of all approved/delivered members, rendered together for one print run
    (values an earlier member's result gives the others are applied first)."""
    from app.services.printing import render_document

    apply_member_results(ctx, ident, actor=actor)
    form = bundle_form(ctx, ident)
    out = []
    for m in form["members"]:
        item = ctx.catalog.get(m["item_code"])
        if m["state"] in (CaseState.APPROVED, CaseState.DELIVERED) and item.result.certificate:
            out.append(render_document(ctx, m["uuid"], item.result.certificate, actor=actor))
    return out


def _document_view(ctx: ServiceContext, ident: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    form = bundle_form(ctx, ident)
    with ctx.store.read() as session:
        rows = _member_rows(session, ident)
        return _view_of(ctx, rows, form)


def _view_of(ctx: ServiceContext, rows: list[CaseRow], form: dict[str, Any]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    bundle = ctx.catalog.bundle(_info(rows)["code"])
    values = {f["key"]: f["value"] for f in form["fields"]}
    by_number = {r.acceptance_number: r for r in rows}
    members = []
    findings = []
    for m in form["members"]:
        row = by_number[m["acceptance_number"]]
        decision = row.decision or {}
        taken = (decision.get("taken") or {})
        members.append({**m, "taken": taken.get("decision"), "due_date": decision.get("due_date"),
                        "supplement_deadline": taken.get("supplement_deadline") or decision.get("supplement_deadline")})
        for f in decision.get("findings") or []:
            if f.get("severity") in ("block", "容缺"):
                findings.append({**f, "acceptance_number": row.acceptance_number, "item_name": row.item_name})
    accepted = min((r.accepted_at for r in rows if r.accepted_at), default=None)
    ws = ctx.workstation
    view = {"acceptance_number": form["acceptance_number"], "code": bundle.code, "name": bundle.name,
            "lead_department": bundle.lead_department, "members": members, "materials": form["materials"],
            "applicant_name": values.get("business_name") or values.get("operator_name")
            or (rows[0].applicant or {}).get("name") or "",
            "accepted_on": accepted.astimezone().date() if accepted else None,
            "center_name": ws.center_name, "window_no": rows[0].window_no, "clerk": rows[0].clerk,
            "catalog_version": rows[0].catalog_version}
    return view, findings


def render_bundle_document(ctx: ServiceContext, ident: str, document: str, *, actor: Actor,
                           issued_on: dt.date | None = None) -> bytes:
    """The bundle's one 受理回执 or one 一次性告知书 as PDF, kept on every member and audited."""
    from app.documents.bundle import BUNDLE_DOCUMENTS, bundle_notice, bundle_receipt

    if document not in BUNDLE_DOCUMENTS:
        raise InputError(f"一件事可打印：{'、'.join(BUNDLE_DOCUMENTS)}（成员事项的文书请按分编号打印）",
                         f"a bundle prints {', '.join(BUNDLE_DOCUMENTS)}; print member documents by sub-number")
    day = issued_on or dt.date.today()
    view, findings = _document_view(ctx, ident)
    pdf = bundle_receipt(view, day) if document == "受理回执" else bundle_notice(view, findings, day)
    digest = ctx.store.attachments.put(pdf)
    with ctx.store.unit_of_work(actor) as uow:
        rows = _member_rows(uow.session, ident)
        for row in rows:
            if not any(a.sha256 == digest and a.role == "document" for a in row.attachments):
                row.attachments.append(AttachmentRow(material_code=None, page_no=1, sha256=digest, size=len(pdf),
                                                     media_type="application/pdf", role="document",
                                                     filename=f"{document}-{view['acceptance_number']}.pdf",
                                                     created_at=utcnow()))
        uow.audit("document.render", target=view["acceptance_number"],
                  detail={"document": document, "bundle": view["code"], "sha256": digest, "size": len(pdf)})
    return pdf


def bundle_case_form(ctx: ServiceContext, ident: str) -> dict[str, Any] | None:
    """The merged form in the shape of `cases.case_form` (so the workstation's form screen shows a
    bundle member as the one form of its bundle, grouped by topic), or None for a single case."""
    if bundle_of(ctx, ident) is None:
        return None
    form = bundle_form(ctx, ident)
    bundle = ctx.catalog.bundle(form["code"])
    fields = []
    for f in form["fields"]:
        spec = bundle.field(f["key"])
        fields.append({**{k: v for k, v in f.items() if k != "feeds"}, "help": spec.help if spec else "",
                       "max_length": spec.max_length if spec else None, "confidence": None, "box": None,
                       "feeds": f["feeds"]})
    return {"uuid": form["members"][0]["uuid"], "acceptance_number": form["acceptance_number"],
            "item_code": form["code"], "item_name": f"一件事：{form['name']}", "state": form["state"],
            "state_label": form["state_label"], "answers": form["answers"], "applicant": form["applicant"],
            "fields": fields, "materials": [], "decision": None, "bundle": True}


def share_member_values(ctx: ServiceContext, ident: str, *, actor: Actor) -> dict[str, list[str]]:
    """Values that reached one member without the one form (the card reader on the member the
    window opened, OCR of a page captured there) fill the same bundle field's empty places in
    the other members, with their provenance, so the one form and every member agree. A value
    already present is never overwritten (the form's own edits go to every member anyway).
    Returns member number → the member fields filled. No-op for a single case."""
    if not is_bundle_number(ctx, ident) and bundle_of(ctx, ident) is None:
        return {}
    filled: dict[str, list[str]] = {}
    with ctx.store.unit_of_work(actor) as uow:
        rows = _member_rows(uow.session, ident)
        bundle, plan = _plan(ctx, rows)
        by_item = {r.item_code: r for r in rows}
        for spec in plan.fields:
            places = [(by_item[c], k) for c, k in spec.maps.items() if c in by_item]
            donor = next((f for row, k in places for f in row.fields if f.key == k and f.value), None)
            if donor is None:
                continue
            for row, k in places:
                if row.state not in (CaseState.DRAFT, CaseState.PRE_REVIEWED):
                    continue
                current = next((f for f in row.fields if f.key == k), None)
                if current is not None and current.value:
                    continue
                _touch_after_edit(uow, row)
                put_field(row, k, FieldInput(donor.value, donor.source, donor.source_ref, donor.confidence, donor.box,
                                             confirmed=bool(donor.confirmed)), donor.value, actor, current)
                filled.setdefault(row.acceptance_number, []).append(k)
        for row in rows:
            if row.acceptance_number in filled:
                uow.audit("case.fields", case_uuid=row.uuid, target=row.acceptance_number,
                          detail={"keys": sorted(filled[row.acceptance_number]), "shared_from_member": True})
        if filled:
            values = _bundle_values(bundle, rows)
            for row in rows:
                _sync_applicant(row, ctx.catalog.get(row.item_code).applicant_kind, values)
    return filled


def share_member_pages(ctx: ServiceContext, ident: str, *, actor: Actor) -> dict[str, list[str]]:
    """Pages captured on one member (the capture screen works on the selected case) reach every
    member that needs the same document: each page of a shared material is attached to the other
    members' corresponding materials (bytes stored once), with its status and OCR reading.
    Returns member number → the material codes that received pages. No-op for a single case."""
    if bundle_of(ctx, ident) is None:
        return {}
    shared: dict[str, list[str]] = {}
    with ctx.store.unit_of_work(actor) as uow:
        rows = _member_rows(uow.session, ident)
        _, plan = _plan(ctx, rows)
        by_item = {r.item_code: r for r in rows}
        for line in plan.materials:
            if len(line.members) < 2:
                continue
            sources = [(by_item[c], code) for c, code in line.members.items() if c in by_item]
            pages = {a.sha256: a for row, code in sources for a in row.attachments
                     if a.material_code == code and a.role == "page"}
            if not pages:
                continue
            donor = next((m for row, code in sources for m in row.materials if m.code == code and m.status == "received"),
                         None)
            for row, code in sources:
                have = {a.sha256 for a in row.attachments if a.material_code == code}
                missing = [a for sha, a in pages.items() if sha not in have]
                if not missing or row.state not in (CaseState.DRAFT, CaseState.PRE_REVIEWED):
                    continue
                _touch_after_edit(uow, row)
                material = next((m for m in row.materials if m.code == code), None)
                if material is None:
                    spec = ctx.catalog.get(row.item_code).material(code)
                    material = MaterialRow(code=code, name=spec.name, originals=spec.copies.original,
                                           copies=spec.copies.copy_)
                    row.materials.append(material)
                start = max((a.page_no for a in row.attachments if a.material_code == code), default=0)
                for i, a in enumerate(missing, start=1):
                    row.attachments.append(AttachmentRow(material_code=code, page_no=start + i, sha256=a.sha256,
                                                         size=a.size, media_type=a.media_type, filename=a.filename,
                                                         role="page", created_at=utcnow()))
                material.status = "received"
                material.pages = max(material.pages, start + len(missing))
                if donor is not None and donor is not material:
                    material.doc_kind = material.doc_kind or donor.doc_kind
                    material.quality = material.quality or donor.quality
                uow.audit("case.material", case_uuid=row.uuid, target=row.acceptance_number,
                          detail={"material": code, "pages": len(missing), "bundle_material": line.key,
                                  "shared_from_member": True})
                shared.setdefault(row.acceptance_number, []).append(code)
        share_member_values(ctx, ident, actor=actor)  # and what OCR read from them
    return shared
