"""Case use cases: create, find, list, answer 情形, fill fields, attach materials, transition.

Each function is one use case in one unit of work: the change, its audit row and (for queued
cases) its outbox row commit together. Callers pass identifiers and plain values and get plain
values back; ORM rows never leave this module except through `CaseDocument`/dicts.
"""

from __future__ import annotations

import datetime as dt
import uuid as uuidlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, inspect, or_, select
from sqlalchemy.orm import Session, selectinload

from app.cases import interchange
from app.cases.lifecycle import EDITABLE, CaseState, check_transition, label
from app.cases.numbering import next_acceptance_number
from app.catalog import normalize_answers, resolve
from app.catalog.schema import ServiceItem
from app.errors import InputError, InvalidTransition, NotFoundError
from app.services.context import ServiceContext
from app.storage import Actor, UnitOfWork
from app.storage.tables import AttachmentRow, CaseEventRow, CaseRow, FieldRow, MaterialRow, utcnow

SOURCES = frozenset({"id_card", "ocr", "history", "elicense", "shared", "clerk", "helper", "platform", "import", "form"})


@dataclass(frozen=True)
class CaseRef:
    uuid: str
    acceptance_number: str


@dataclass(frozen=True)
class CaseSummary:
    uuid: str
    acceptance_number: str
    item_code: str
    item_name: str
    state: str
    state_label: str
    applicant_name: str
    applicant_id_number: str
    created_at: dt.datetime
    due_date: dt.date | None
    applicant_kind: str = "person"


@dataclass(frozen=True)
class FieldInput:
    value: str | None
    source: str = "clerk"
    source_ref: str | None = None
    confidence: float | None = None
    box: list[float] | None = None
    confirmed: bool = False


class RedirectRequired(InputError):
    """The 情形 answers send the applicant to another item (e.g. 变更 of premises → 新办)."""

    def __init__(self, item: ServiceItem, target: str, reason: str):
        super().__init__(f"{item.name}：{reason}（应办理事项 {target}）",
                         f"{item.code}: the answers require item {target} instead")
        self.target = target


def _load(session: Session, ident: str) -> CaseRow:
    """Find a case by uuid, acceptance number or a unique uuid prefix (≥ 8 characters)."""
    ident = ident.strip()
    opts = (selectinload(CaseRow.fields), selectinload(CaseRow.materials), selectinload(CaseRow.attachments),
            selectinload(CaseRow.events))
    row = session.get(CaseRow, ident, options=opts)
    if row is None:
        row = session.execute(select(CaseRow).options(*opts).where(CaseRow.acceptance_number == ident)).scalar_one_or_none()
    if row is None and len(ident) >= 8:
        rows = session.execute(select(CaseRow).options(*opts).where(CaseRow.uuid.startswith(ident.lower()))).scalars().all()
        if len(rows) == 1:
            row = rows[0]
    if row is None:
        raise NotFoundError(f"找不到办件 {ident}（可用受理编号或 uuid）", f"no case {ident} (use the acceptance number or uuid)")
    return row


def _transition(uow: UnitOfWork, row: CaseRow, target: CaseState, reason: str = "") -> None:
    check_transition(row.state, target, uow.actor.role)
    if row.state == CaseState.QUEUED and target == CaseState.DRAFT:
        _require_returnable(uow, row)
    event = CaseEventRow(from_state=row.state, to_state=target, actor=uow.actor.user, reason=reason, at=utcnow())
    if "events" in inspect(row).unloaded:
        # don't load a case's whole history to add one line (the sync acknowledges hundreds of
        # cases in a batch); a later read of `row.events` autoflushes and sees this event
        event.case_uuid = row.uuid
        uow.session.add(event)
    else:
        row.events.append(event)
    uow.audit("case.transition", case_uuid=row.uuid, target=row.acceptance_number,
              detail={"from": row.state, "to": str(target), "reason": reason})
    row.state = target


def _require_returnable(uow: UnitOfWork, row: CaseRow) -> None:
    """A queued case goes back to editing only when its last submission was refused at intake
    or blocked (a local file missing) and nothing of it is still waiting to be sent."""
    from app.storage.tables import OutboxRow

    states = [r for (r,) in uow.session.execute(
        select(OutboxRow.state).where(OutboxRow.case_uuid == row.uuid, OutboxRow.kind == "submission")
        .order_by(OutboxRow.id.desc()))]
    if not states or states[0] not in ("rejected", "blocked") or any(s in ("pending", "sending") for s in states):
        raise InvalidTransition("只有被平台拒收（或因缺少文件无法上报）的办件才能退回修改",
                                "only a case the platform refused at intake (or that cannot be sent) can go back "
                                "to editing")


def return_for_correction(ctx: ServiceContext, ident: str, *, actor: Actor, reason: str = "") -> None:
    """平台退回修改: a queued case the platform refused at intake goes back to 草稿 so the clerk can
    correct it, pre-review it again and accept it again; queuing it then sends submission n+1
    (a new Idempotency-Key, a newly frozen document). The refused submission stays on record."""
    with ctx.store.unit_of_work(actor) as uow:
        row = _load(uow.session, ident)
        _transition(uow, row, CaseState.DRAFT, reason or "平台拒收，退回修改")
        row.decision = None
    ctx.publish("case.state", uuid=row.uuid, state=str(CaseState.DRAFT))


def _require_editable(row: CaseRow) -> None:
    if row.state not in EDITABLE:
        raise InvalidTransition(f"办件处于“{label(row.state)}”状态，不能再修改", f"a case in state '{row.state}' cannot be edited")


def _touch_after_edit(uow: UnitOfWork, row: CaseRow) -> None:
    """An edit after pre-review makes the old decision stale: back to draft."""
    _require_editable(row)
    if row.state == CaseState.PRE_REVIEWED:
        _transition(uow, row, CaseState.DRAFT, "预审后修改，需重新预审")
        row.decision = None


def _sync_materials(row: CaseRow, item: ServiceItem, answers: Mapping[str, list[str]]) -> None:
    resolution = resolve(item, answers)
    wanted = {m.code: m for m in resolution.materials}
    for m in list(row.materials):
        if m.code not in wanted and m.status == "pending" and not any(a.material_code == m.code for a in row.attachments):
            row.materials.remove(m)
    have = {m.code for m in row.materials}
    for code, m in wanted.items():
        if code not in have:
            row.materials.append(MaterialRow(code=code, name=m.name, status="pending",
                                             originals=m.copies.original, copies=m.copies.copy_))


def create_case(ctx: ServiceContext, item_code: str, answers: Mapping[str, Any] | None = None, *,
                actor: Actor, applicant: Mapping[str, Any] | None = None, today: dt.date | None = None) -> CaseRef:
    """Open a draft case for an item; allocates the acceptance number in the same transaction."""
    item = ctx.catalog.get(item_code)
    normalized = normalize_answers(item, answers or {})
    resolution = resolve(item, normalized)
    if resolution.redirect:
        raise RedirectRequired(item, resolution.redirect, resolution.redirect_reason)
    if resolution.blocks:
        raise InputError(f"{item.name}：{'；'.join(resolution.blocks)}", f"{item.code}: the answers block this item")
    applicant_doc = interchange.Applicant.model_validate(dict(applicant or {}))
    ws = ctx.workstation
    day = today or dt.date.today()
    case_uuid = str(uuidlib.uuid4())
    with ctx.store.unit_of_work(actor) as uow:
        number = next_acceptance_number(uow.session, ws.center_code, ws.window_no, day)
        row = CaseRow(uuid=case_uuid, acceptance_number=number, item_code=item.code, item_name=item.name,
                      catalog_version=ctx.catalog.version, catalog_hash=ctx.catalog.content_hash,
                      state=CaseState.DRAFT, answers=resolution.answers, applicant=applicant_doc.model_dump(),
                      center_code=ws.center_code, window_no=ws.window_no, clerk=actor.user, extra={},
                      created_at=utcnow(), updated_at=utcnow(), fields=[], materials=[], attachments=[], events=[])
        uow.session.add(row)
        _sync_materials(row, item, resolution.answers)
        row.events.append(CaseEventRow(from_state=None, to_state=CaseState.DRAFT, actor=actor.user,
                                       reason="新建办件", at=utcnow()))
        uow.audit("case.create", case_uuid=case_uuid, target=number,
                  detail={"item": item.code, "catalog_version": ctx.catalog.version})
    ctx.publish("case.created", uuid=case_uuid, acceptance_number=number)
    return CaseRef(case_uuid, number)


def set_answers(ctx: ServiceContext, ident: str, answers: Mapping[str, Any], *, actor: Actor) -> None:
    with ctx.store.unit_of_work(actor) as uow:
        row = _load(uow.session, ident)
        item = ctx.catalog.get(row.item_code)
        merged = {**row.answers, **normalize_answers(item, answers)}
        resolution = resolve(item, merged)
        if resolution.redirect:
            raise RedirectRequired(item, resolution.redirect, resolution.redirect_reason)
        _touch_after_edit(uow, row)
        row.answers = resolution.answers
        _sync_materials(row, item, resolution.answers)
        uow.audit("case.answers", case_uuid=row.uuid, target=row.acceptance_number, detail={"answers": row.answers})
    ctx.publish("case.changed", uuid=row.uuid)


def put_field(row: CaseRow, key: str, fi: FieldInput, value: str | None, actor: Actor,
              current: FieldRow | None = None) -> FieldRow:
    """Write one form value with its provenance (source, confidence, box, who and when); a value the
    clerk typed or the chip gave counts as confirmed. Set_fields and the 一件事 form both write through it."""
    f = current if current is not None else next((x for x in row.fields if x.key == key), None)
    if f is None:
        f = FieldRow(key=key)
        row.fields.append(f)
    f.value, f.source, f.source_ref = value, fi.source, fi.source_ref
    f.confidence, f.box = fi.confidence, fi.box
    f.confirmed = fi.confirmed or fi.source in {"clerk", "id_card"}
    f.edited_by, f.edited_at = actor.user, utcnow()
    return f


def set_fields(ctx: ServiceContext, ident: str, values: Mapping[str, FieldInput | str | None], *,
               actor: Actor) -> None:
    """Set form fields with provenance; unknown keys are refused with the item's keys listed."""
    with ctx.store.unit_of_work(actor) as uow:
        row = _load(uow.session, ident)
        item = ctx.catalog.get(row.item_code)
        _touch_after_edit(uow, row)
        existing = {f.key: f for f in row.fields}
        changed: list[str] = []
        for key, raw in values.items():
            fi = raw if isinstance(raw, FieldInput) else FieldInput(value=raw)
            if item.field(key) is None:
                raise InputError(f"事项 {item.code} 没有字段 {key}", f"item {item.code} has no field {key}")
            if fi.source not in SOURCES:
                raise InputError(f"未知的数据来源 {fi.source}", f"unknown value source {fi.source}")
            value = None if fi.value is None or str(fi.value).strip() == "" else str(fi.value).strip()
            existing[key] = put_field(row, key, fi, value, actor, existing.get(key))
            changed.append(key)
        # values are not written to the audit trail (personal data); keys and sources are
        uow.audit("case.fields", case_uuid=row.uuid, target=row.acceptance_number,
                  detail={"keys": changed, "sources": sorted({(v.source if isinstance(v, FieldInput) else "clerk")
                                                                  for v in values.values()})})
    ctx.publish("case.changed", uuid=row.uuid, fields=changed)


def set_applicant(ctx: ServiceContext, ident: str, applicant: Mapping[str, Any], *, actor: Actor) -> None:
    doc = interchange.Applicant.model_validate(dict(applicant))
    with ctx.store.unit_of_work(actor) as uow:
        row = _load(uow.session, ident)
        _touch_after_edit(uow, row)
        row.applicant = doc.model_dump()
        uow.audit("case.applicant", case_uuid=row.uuid, target=row.acceptance_number, detail={"kind": doc.kind})
    ctx.publish("case.changed", uuid=row.uuid)


def record_card_read(ctx: ServiceContext, ident: str, card: Mapping[str, Any], *, actor: Actor) -> None:
    """Keep what the chip said on the case (the photo stays an attachment)."""
    doc = interchange.CardRead.model_validate({k: v for k, v in card.items() if k in interchange.CardRead.model_fields})
    with ctx.store.unit_of_work(actor) as uow:
        row = _load(uow.session, ident)
        _touch_after_edit(uow, row)
        row.card_read = doc.model_dump()
        uow.audit("case.card_read", case_uuid=row.uuid, target=row.acceptance_number,
                  detail={"card_type": doc.card_type, "source": doc.source})
    ctx.publish("case.changed", uuid=row.uuid)


def add_material_file(ctx: ServiceContext, ident: str, material_code: str, data: bytes, *, actor: Actor,
                      media_type: str = "image/jpeg", filename: str = "", page_no: int | None = None,
                      doc_kind: str | None = None, quality: dict[str, Any] | None = None,
                      role: str = "page") -> str:
    """Store a page/file for a material (bytes to the content-addressed store first)."""
    if not data:
        raise InputError("材料文件为空，未保存", "the material file is empty; nothing was saved")
    digest = ctx.store.attachments.put(data)
    with ctx.store.unit_of_work(actor) as uow:
        row = _load(uow.session, ident)
        _touch_after_edit(uow, row)
        material = next((m for m in row.materials if m.code == material_code), None)
        if material is None:
            item = ctx.catalog.get(row.item_code)
            spec = item.material(material_code)
            if spec is None:
                raise InputError(f"事项 {item.code} 没有材料 {material_code}", f"item {item.code} has no material {material_code}")
            material = MaterialRow(code=spec.code, name=spec.name, originals=spec.copies.original, copies=spec.copies.copy_)
            row.materials.append(material)
        pages = [a for a in row.attachments if a.material_code == material_code and a.role == "page"]
        page = page_no or (max((a.page_no for a in pages), default=0) + 1)
        row.attachments.append(AttachmentRow(material_code=material_code, page_no=page, sha256=digest, size=len(data),
                                             media_type=media_type, filename=filename, role=role, created_at=utcnow()))
        material.status = "received"
        if role == "page":
            material.pages = max(material.pages, page)
        if doc_kind:
            material.doc_kind = doc_kind
        if quality is not None:
            material.quality = quality
        uow.audit("case.material", case_uuid=row.uuid, target=row.acceptance_number,
                  detail={"material": material_code, "sha256": digest, "page": page})
    ctx.publish("case.changed", uuid=row.uuid, material=material_code)
    return digest


def set_material_status(ctx: ServiceContext, ident: str, material_code: str, status: str, *, actor: Actor,
                        note: str = "") -> None:
    if status not in {"pending", "received", "tolerated", "committed", "exempted"}:
        raise InputError(f"未知的材料状态 {status}", f"unknown material status {status}")
    with ctx.store.unit_of_work(actor) as uow:
        row = _load(uow.session, ident)
        _touch_after_edit(uow, row)
        material = next((m for m in row.materials if m.code == material_code), None)
        if material is None:
            raise InputError(f"本办件没有材料 {material_code}", f"this case has no material {material_code}")
        material.status, material.note = status, note
        uow.audit("case.material_status", case_uuid=row.uuid, target=row.acceptance_number,
                  detail={"material": material_code, "status": status})
    ctx.publish("case.changed", uuid=row.uuid, material=material_code)


def mark_generated_signed(ctx: ServiceContext, ident: str, *, actor: Actor, pages: int = 0) -> str | None:
    """The 申请表 printed from the form for the applicant's signature: its material (catalog
    `generated_from: form`) is received, so the 受理回执 lists it. Pre-review already counts such a
    material as present, so this does not make a pre-review stale. Only before the decision;
    returns the material code, or None when there is nothing to mark."""
    with ctx.store.unit_of_work(actor) as uow:
        row = _load(uow.session, ident)
        if row.state not in EDITABLE:
            return None
        item = ctx.catalog.get(row.item_code)
        for m in row.materials:
            spec = item.material(m.code)
            if spec is not None and spec.generated_from == "form" and m.status == "pending":
                m.status, m.note = "received", "由表单生成，申请人签字"
                if pages:
                    m.pages = pages
                uow.audit("case.material_status", case_uuid=row.uuid, target=row.acceptance_number,
                          detail={"material": m.code, "status": "received", "source": "application_form"})
                code = m.code
                break
        else:
            return None
    ctx.publish("case.changed", uuid=row.uuid, material=code)
    return code


def transition(ctx: ServiceContext, ident: str, target: str, *, actor: Actor, reason: str = "",
               decision: dict[str, Any] | None = None, due_date: dt.date | None = None) -> None:
    """Move a case along its lifecycle. Entering `queued` writes the outbox row in the same
    transaction, with an idempotency key unique to this submission."""
    with ctx.store.unit_of_work(actor) as uow:
        row = _load(uow.session, ident)
        target_state = CaseState(target) if target in CaseState._value2member_map_ else target
        _transition(uow, row, target_state, reason)
        if decision is not None:
            row.decision = decision
        if due_date is not None:
            row.due_date = due_date
        if target_state in (CaseState.ACCEPTED, CaseState.ACCEPTED_TOLERANCE, CaseState.REFUSED):
            row.accepted_at = utcnow()
        if target_state == CaseState.QUEUED:
            enqueue_submission(uow, row)
    ctx.publish("case.state", uuid=row.uuid, state=str(target_state))


DECIDED = (CaseState.ACCEPTED, CaseState.ACCEPTED_TOLERANCE, CaseState.REFUSED)


def decide_and_queue(ctx: ServiceContext, ident: str, target: CaseState, *, actor: Actor, reason: str,
                     decision: dict[str, Any], due_date: dt.date | None = None,
                     expect_state: CaseState = CaseState.PRE_REVIEWED) -> str:
    """受理 / 容缺受理 / 不予受理 and 待上报 in ONE unit of work: the decision, the two state
    changes, their audit rows and the outbox row commit together or not at all, so a crash
    (kill -9, power cut) never leaves a decided case that nothing will send. Returns the uuid."""
    if target not in DECIDED:
        raise InvalidTransition(f"“{label(target)}”不是受理决定", f"'{target}' is not a decision")
    with ctx.store.unit_of_work(actor) as uow:
        row = _load(uow.session, ident)
        if row.state != expect_state:  # decided meanwhile (another window, a second click)
            raise InvalidTransition(f"办件处于“{label(row.state)}”状态，不能再作出受理决定",
                                    f"a case in state '{row.state}' cannot be decided again")
        _transition(uow, row, target, reason)
        row.decision = decision
        if due_date is not None:
            row.due_date = due_date
        row.accepted_at = utcnow()
        _transition(uow, row, CaseState.QUEUED, "待上报")
        enqueue_submission(uow, row)
    ctx.publish("case.state", uuid=row.uuid, state=str(target))
    ctx.publish("case.state", uuid=row.uuid, state=str(CaseState.QUEUED))
    return row.uuid


STRANDED_REASON = "启动检查：上次决定后程序中断，补登待上报"


def queue_stranded(ctx: ServiceContext, *, actor: Actor) -> list[str]:
    """Start-up repair for what a crash of an older version could leave behind, where the
    decision and the queuing were two transactions: a case 已受理 / 容缺受理 / 不予受理 with no
    outbox row, or 待上报 with none. Each is queued now (submission row, case event and a
    `case.recovered_stranded` audit row, one unit of work per case). Returns their numbers."""
    from app.storage.tables import OutboxRow

    with ctx.store.read() as s:
        has_row = select(OutboxRow.id).where(OutboxRow.case_uuid == CaseRow.uuid, OutboxRow.kind == "submission"
                                             ).exists()
        uuids = list(s.execute(select(CaseRow.uuid).where(
            or_(CaseRow.state.in_([str(x) for x in DECIDED]),
                (CaseRow.state == CaseState.QUEUED.value) & ~has_row))).scalars())
    fixed: list[str] = []
    for uuid in uuids:
        with ctx.store.unit_of_work(actor) as uow:
            row = _load(uow.session, uuid)
            before = row.state
            if row.state in DECIDED:
                _transition(uow, row, CaseState.QUEUED, STRANDED_REASON)
            elif row.state != CaseState.QUEUED:
                continue
            enqueue_submission(uow, row)
            uow.audit("case.recovered_stranded", case_uuid=row.uuid, target=row.acceptance_number,
                      detail={"state": before, "reason": STRANDED_REASON})
            fixed.append(row.acceptance_number)
        ctx.publish("case.state", uuid=uuid, state=str(CaseState.QUEUED))
    return fixed


def enqueue_submission(uow: UnitOfWork, row: CaseRow) -> None:
    """The outbox row that carries this case to the platform (sync picks it up). The
    interchange document is frozen into the row here, in the transaction that queues the
    case: what was accepted is what is sent, every retry of the key carries identical bytes,
    and the sender does no case loading of its own."""
    n = sum(1 for e in row.events if e.to_state == CaseState.QUEUED)
    document = to_document(row).model_dump(mode="json", by_alias=True)
    uow.outbox("submission", f"case:{row.uuid}:submission:{n}",
               {"case_uuid": row.uuid, "submission": n, "document": document}, case_uuid=row.uuid)


def to_document(row: CaseRow) -> interchange.CaseDocument:
    accepted = row.accepted_at.date() if row.accepted_at else None
    by_material: dict[str, list[AttachmentRow]] = {}
    for a in row.attachments:
        by_material.setdefault(a.material_code or "", []).append(a)
    materials = [
        interchange.MaterialEntry(
            code=m.code, status=m.status, doc_kind=m.doc_kind, pages=m.pages, quality=m.quality,
            originals=m.originals, copies=m.copies, note=m.note,
            ocr=(m.quality or {}).get("ocr") if isinstance(m.quality, dict) else None,
            files=[interchange.FileRef(sha256=a.sha256, page=a.page_no, media_type=a.media_type, size=a.size,
                                       role=a.role) for a in by_material.get(m.code, [])],
        )
        for m in row.materials
    ]
    return interchange.CaseDocument(
        uuid=row.uuid, acceptance_number=row.acceptance_number, item_code=row.item_code,
        catalog={"version": row.catalog_version, "hash": row.catalog_hash}, state=row.state,
        answers=dict(row.answers or {}), applicant=interchange.Applicant.model_validate(row.applicant or {}),
        fields={f.key: interchange.FieldValue(value=f.value, source=f.source, source_ref=f.source_ref,
                                              confidence=f.confidence, confirmed=f.confirmed, box=f.box)
                for f in row.fields},
        materials=materials,
        card_read=interchange.CardRead.model_validate(row.card_read) if row.card_read else None,
        acceptance_date=accepted or row.created_at.date(),
        center={"code": row.center_code, "window": row.window_no},
        decision=row.decision, due_date=row.due_date, result=row.result,
    )


def case_document(ctx: ServiceContext, ident: str) -> interchange.CaseDocument:
    with ctx.store.read() as session:
        return to_document(_load(session, ident))


def case_detail(ctx: ServiceContext, ident: str) -> dict[str, Any]:
    """Everything `case show --json` prints: the interchange document plus lifecycle details."""
    with ctx.store.read() as session:
        row = _load(session, ident)
        doc = to_document(row).model_dump(mode="json", by_alias=True)
        doc["item_name"] = row.item_name
        doc["state_label"] = label(row.state)
        doc["created_at"] = row.created_at.isoformat()
        doc["clerk"] = row.clerk
        doc["events"] = [{"from": e.from_state, "to": e.to_state, "actor": e.actor, "reason": e.reason,
                          "at": e.at.isoformat()} for e in row.events]
        return doc


def list_cases(ctx: ServiceContext, *, state: str | None = None, query: str | None = None,
               limit: int = 200) -> list[CaseSummary]:
    """Cases newest first; `query` matches acceptance number, item, applicant name or ID number."""
    with ctx.store.read() as session:
        stmt = select(CaseRow).order_by(CaseRow.created_at.desc(), CaseRow.acceptance_number.desc()).limit(limit)
        if state:
            stmt = stmt.where(CaseRow.state == state)
        if query:
            like = f"%{query.strip()}%"
            stmt = stmt.where(or_(CaseRow.acceptance_number.like(like), CaseRow.item_name.like(like),
                                  func.json_extract(CaseRow.applicant, "$.name").like(like),
                                  func.json_extract(CaseRow.applicant, "$.id_number").like(like),
                                  func.json_extract(CaseRow.applicant, "$.credit_code").like(like)))
        rows = session.execute(stmt).scalars().all()
        return [CaseSummary(r.uuid, r.acceptance_number, r.item_code, r.item_name, r.state, label(r.state),
                            (r.applicant or {}).get("name", ""), (r.applicant or {}).get("id_number", ""),
                            r.created_at, r.due_date, (r.applicant or {}).get("kind", "person")) for r in rows]


def case_form(ctx: ServiceContext, ident: str) -> dict[str, Any]:
    """The form as the clerk sees it: the fields visible for the case's 情形 answers, in
    catalog order, each with its current value and provenance, and the material checklist."""
    with ctx.store.read() as session:
        row = _load(session, ident)
        item = ctx.catalog.get(row.item_code)
        resolution = resolve(item, row.answers or {})
        values = {f.key: f for f in row.fields}
        fields = []
        for spec in resolution.fields:
            f = values.get(spec.key)
            fields.append({
                "key": spec.key, "label": spec.label, "type": str(spec.type), "group": spec.group,
                "required": spec.key in resolution.required_fields, "options": list(spec.options),
                "mask": str(spec.mask), "sensitive": spec.sensitive, "help": spec.help,
                "max_length": spec.max_length,
                "value": f.value if f else None, "source": f.source if f else None,
                "source_ref": f.source_ref if f else None, "confidence": f.confidence if f else None,
                "box": f.box if f else None, "confirmed": bool(f.confirmed) if f else False,
            })
        materials = [{"code": m.code, "name": m.name, "status": m.status, "pages": m.pages, "doc_kind": m.doc_kind,
                      "quality": m.quality, "required": m.code in resolution.required_materials,
                      "files": [{"sha256": a.sha256, "page": a.page_no, "media_type": a.media_type, "role": a.role}
                                for a in row.attachments if a.material_code == m.code]}
                     for m in row.materials]
        return {"uuid": row.uuid, "acceptance_number": row.acceptance_number, "item_code": row.item_code,
                "item_name": row.item_name, "state": row.state, "state_label": label(row.state),
                "answers": dict(row.answers or {}), "applicant": dict(row.applicant or {}),
                "fields": fields, "materials": materials, "decision": row.decision,
                "rating": row.rating, "signature": (row.extra or {}).get("signature")}


def record_signature(ctx: ServiceContext, ident: str, png: bytes, *, actor: Actor) -> str:
    """Keep the applicant's signature (drawn on the second screen) with the case, in any state
    before 出件; the image goes to the content-addressed store."""
    if not png:
        raise InputError("签名为空，未保存", "the signature is empty; nothing was saved")
    digest = ctx.store.attachments.put(png)
    with ctx.store.unit_of_work(actor) as uow:
        row = _load(uow.session, ident)
        if row.state in {CaseState.DELIVERED, CaseState.VOIDED}:
            raise InvalidTransition("办件已结束，不能再签名", "the case is closed; it cannot be signed")
        row.attachments.append(AttachmentRow(material_code=None, page_no=1, sha256=digest, size=len(png),
                                             media_type="image/png", filename="signature.png", role="signature",
                                             created_at=utcnow()))
        row.extra = {**(row.extra or {}), "signature": {"sha256": digest, "at": utcnow().isoformat()}}
        uow.audit("case.signature", case_uuid=row.uuid, target=row.acceptance_number, detail={"sha256": digest})
    ctx.publish("case.changed", uuid=row.uuid, signature=digest)
    return digest


RATING_LABELS = {5: "非常满意", 4: "满意", 3: "基本满意", 2: "不满意", 1: "非常不满意"}


def record_rating(ctx: ServiceContext, ident: str, rating: int, *, actor: Actor, comment: str = "") -> None:
    """The applicant's 好差评 (5 levels, 5 = 非常满意) for this case; one rating, the last one wins."""
    if rating not in RATING_LABELS:
        raise InputError(f"评价等级 {rating} 无效，应为 1–5", f"rating {rating} is invalid; use 1–5")
    with ctx.store.unit_of_work(actor) as uow:
        row = _load(uow.session, ident)
        row.rating = rating
        if comment:
            row.extra = {**(row.extra or {}), "rating_comment": comment[:200]}
        uow.audit("case.rating", case_uuid=row.uuid, target=row.acceptance_number, detail={"rating": rating})
    ctx.publish("case.changed", uuid=row.uuid, rating=rating)


def prior_field_values(ctx: ServiceContext, ident: str) -> dict[str, Any]:
    """一人一档: the field values this applicant gave in their latest earlier case (matched by
    credit code or ID number), limited to the fields the current case's item has. Reading them
    needs the applicant's consent, which the caller records with `reuse_prior_fields`."""
    with ctx.store.read() as session:
        row = _load(session, ident)
        item = ctx.catalog.get(row.item_code)
        app_doc = row.applicant or {}
        keys = [k for k in (app_doc.get("credit_code"), app_doc.get("id_number")) if k]
        if not keys:
            return {"source_case": None, "fields": {}}
        stmt = (select(CaseRow).options(selectinload(CaseRow.fields)).where(CaseRow.uuid != row.uuid)
                .where(or_(func.json_extract(CaseRow.applicant, "$.credit_code").in_(keys),
                           func.json_extract(CaseRow.applicant, "$.id_number").in_(keys)))
                .where(CaseRow.state != CaseState.VOIDED)
                .order_by(CaseRow.created_at.desc()).limit(1))
        prior = session.execute(stmt).scalar_one_or_none()
        if prior is None:
            return {"source_case": None, "fields": {}}
        fields = {f.key: f.value for f in prior.fields if f.value and item.field(f.key) is not None}
        return {"source_case": prior.acceptance_number, "fields": fields}


def reuse_prior_fields(ctx: ServiceContext, ident: str, *, actor: Actor, consent: bool,
                       only_empty: bool = True) -> list[str]:
    """Copy the applicant's earlier values into this case (source `history`, to be confirmed),
    with the consent recorded in the audit trail. Returns the keys filled."""
    if not consent:
        raise InputError("申请人未同意调用历史资料", "the applicant did not consent to reusing earlier data")
    prior = prior_field_values(ctx, ident)
    if not prior["fields"]:
        return []
    current = {f["key"]: f["value"] for f in case_form(ctx, ident)["fields"]}
    values = {k: FieldInput(v, "history", prior["source_case"], 0.9)
              for k, v in prior["fields"].items() if k in current and (not only_empty or not current[k])}
    if values:
        set_fields(ctx, ident, values, actor=actor)
    with ctx.store.unit_of_work(actor) as uow:
        row = _load(uow.session, ident)
        uow.audit("case.history_consent", case_uuid=row.uuid, target=row.acceptance_number,
                  detail={"source_case": prior["source_case"], "keys": sorted(values)})
    return sorted(values)


def applicant_from_card(ctx: ServiceContext, ident: str, card: Mapping[str, Any], *, actor: Actor) -> None:
    """Put the card holder on the case: the applicant for a person's item, the contact person
    (法定代表人/经办人) for an organisation's item. The name of an organisation comes from its
    licence, never from the card."""
    form = case_form(ctx, ident)
    item = ctx.catalog.get(form["item_code"])
    current = dict(form["applicant"])
    if getattr(item, "applicant_kind", "person") == "organisation":
        current.update(kind="organisation", contact_name=card.get("name", ""),
                       contact_id_number=card.get("id_number", ""))
    else:
        current.update(kind="person", name=card.get("name", ""), id_number=card.get("id_number", ""),
                       address=card.get("address", "") or current.get("address", ""),
                       id_type=card.get("card_type_label") or current.get("id_type") or "居民身份证")
    set_applicant(ctx, ident, current, actor=actor)


APPLICANT_FROM_FIELDS = {  # applicant key → form fields that carry it, first filled wins
    "name": ("unit_name", "business_name", "applicant_name"),
    "credit_code": ("credit_code",),
    "id_number": ("applicant_id_number",),
    "phone": ("applicant_phone", "contact_phone", "legal_rep_phone"),
    "address": ("premises_address", "registered_address", "residence_address"),
}


def applicant_from_fields(ctx: ServiceContext, ident: str, *, actor: Actor) -> dict[str, Any]:
    """Keep the case's applicant record (what lists, search and documents show) in step with the
    form: the organisation's name and credit code from its licence fields, phone and address."""
    form = case_form(ctx, ident)
    values = {f["key"]: f["value"] for f in form["fields"] if f["value"]}
    current = dict(form["applicant"])
    changed = False
    for key, candidates in APPLICANT_FROM_FIELDS.items():
        if key in ("credit_code",) and current.get("kind") != "organisation":
            continue
        v = next((values[c] for c in candidates if c in values), None)
        if v and current.get(key) != v:
            current[key] = v
            changed = True
    if changed and form["state"] in EDITABLE:
        set_applicant(ctx, ident, current, actor=actor)
    return current
