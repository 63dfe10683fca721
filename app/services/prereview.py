"""Pre-review use cases: review a document or a stored case, take the decision, export/import.

- `prereview_document(ctx_or_catalog, doc)` — pure: no store needed (the CLI on a JSON file).
- `prereview_case(ctx, ident, actor)` — reviews a stored case, keeps the result in
  `CaseRow.decision` and moves draft → pre_reviewed (re-review of a pre_reviewed case stays).
- `accept_case`, `accept_with_tolerance`, `refuse_case`, `route_manual` — check that the stored
  result allows the decision, then decide, set the due date and queue (outbox row) in one unit
  of work (`cases.decide_and_queue`) — except `route_manual`, which records the hand-over and
  leaves the case pre_reviewed for a human.
- `export_case(ctx, ident)` / `import_case(ctx, doc, actor)` — the interchange JSON.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import stat
from pathlib import Path
from typing import Any

from app.calendar.workdays import WorkdayCalendar, default_calendar
from app.cases import interchange
from app.cases.lifecycle import CaseState
from app.catalog.model import Catalog
from app.errors import InputError, InvalidTransition, NotFoundError
from app.review import prereview
from app.review.result import PrereviewResult
from app.services import cases as case_svc
from app.services.context import ServiceContext
from app.storage import Actor


def _parts(ctx_or_catalog: ServiceContext | Catalog, calendar: WorkdayCalendar | None,
           region: str | None) -> tuple[Catalog, WorkdayCalendar, str]:
    if isinstance(ctx_or_catalog, ServiceContext):
        return (ctx_or_catalog.catalog, calendar or ctx_or_catalog.calendar,
                region if region is not None else ctx_or_catalog.workstation.region)
    return ctx_or_catalog, calendar or default_calendar(), region or ""


def prereview_document(ctx_or_catalog: ServiceContext | Catalog, doc: interchange.CaseDocument, *,
                       calendar: WorkdayCalendar | None = None, region: str | None = None,
                       today: dt.date | None = None, strict_calendar: bool = False) -> PrereviewResult:
    """Review one interchange document. The center's region comes from the document's
    `center.region`, else the workstation's, else the catalog manifest's."""
    catalog, cal, reg = _parts(ctx_or_catalog, calendar, region)
    return prereview(catalog, doc, calendar=cal, region=reg, today=today, strict_calendar=strict_calendar)


def load_document(path: Path | str) -> interchange.CaseDocument:
    """Read an interchange JSON file; malformed JSON or structure → InputError naming the place.

    The whole file is checked before anything is parsed into a case: a regular file (a FIFO or
    device would hang the read), at most `safety.MAX_DOCUMENT_BYTES`, UTF-8, nesting, number
    and string bounds, well-formed Unicode (no lone surrogates) — see app/cases/safety.py."""
    from app.cases import safety

    p = Path(path)
    try:
        st = p.stat()
    except FileNotFoundError:
        raise NotFoundError(f"办件文件不存在：{p}", f"case file not found: {p}") from None
    if not stat.S_ISREG(st.st_mode):
        raise InputError(f"{p} 不是普通文件", f"{p} is not a regular file")
    if st.st_size > safety.MAX_DOCUMENT_BYTES:
        raise InputError(f"办件文件 {p} 过大（{st.st_size} 字节，上限 {safety.MAX_DOCUMENT_BYTES}）",
                         f"case file {p} is too large ({st.st_size} bytes, limit {safety.MAX_DOCUMENT_BYTES})")
    with open(p, "rb") as fh:
        raw = fh.read(safety.MAX_DOCUMENT_BYTES + 1)
    try:
        raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"办件文件 {p} 不是 UTF-8 文本", f"case file {p} is not UTF-8 text") from None
    data = safety.load_json_bounded(raw, str(p))
    if isinstance(data, dict) and "item_code" not in data and isinstance(data.get("case"), dict) and "expect" in data:
        data = data["case"]  # a quality-corpus entry (tests/review/corpus): review its application
    if isinstance(data, dict) and data.get("format", interchange.FORMAT) == interchange.FORMAT:
        for key in DETAIL_ONLY:  # `case show --json` (and the demo's case.json) add these views
            data.pop(key, None)
    return interchange.parse_case_document(data, str(p))


DETAIL_ONLY = ("item_name", "state_label", "created_at", "clerk", "events")


def _today(ctx: ServiceContext, today: dt.date | None) -> dt.date:
    return today or dt.date.today()


def prereview_case(ctx: ServiceContext, ident: str, *, actor: Actor, today: dt.date | None = None) -> dict[str, Any]:
    """Review a stored case; the result dict is stored in `CaseRow.decision`."""
    doc = case_svc.case_document(ctx, ident)
    if doc.state not in (CaseState.DRAFT, CaseState.PRE_REVIEWED):
        raise InvalidTransition(f"办件处于“{doc.state}”状态，不能再预审", f"a case in state '{doc.state}' cannot be pre-reviewed")
    doc.acceptance_date = _today(ctx, today)
    doc.center.region = doc.center.region or ctx.workstation.region
    result = prereview_document(ctx, doc, today=doc.acceptance_date)
    data = result.to_dict()
    case_svc.transition(ctx, doc.uuid or ident, CaseState.PRE_REVIEWED, actor=actor,
                        reason=f"预审：{data['decision_label']}（{len(result.findings)} 条意见）", decision=data)
    ctx.publish("case.prereviewed", uuid=doc.uuid, decision=result.decision)
    return data


def _stored(ctx: ServiceContext, ident: str) -> tuple[interchange.CaseDocument, dict[str, Any]]:
    doc = case_svc.case_document(ctx, ident)
    if doc.state != CaseState.PRE_REVIEWED or not doc.decision:
        raise InvalidTransition("办件尚未预审（或预审后又被修改），请先预审", "the case has no current pre-review; run it first",
                                hint_zh="先预审：zongchuang case prereview 受理编号", hint_en="run `zongchuang case prereview ID` first")
    return doc, doc.decision


def _parse_day(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


SUPERVISORS = frozenset({"supervisor", "system"})


def _allowed(result: dict[str, Any], decision: str, role: str = "clerk") -> bool:
    """Whether the stored result allows a decision. A `manual` result is a human's call: a
    supervisor (审核岗) may then accept (or 容缺-accept when 容缺 findings exist) unless a
    finding blocks."""
    severities = {f["severity"] for f in result["findings"]}
    if decision == "refuse":
        return result["decision"] in ("refuse", "manual") or "block" in severities
    if result["decision"] == decision:
        return True
    if result["decision"] == "manual" and role in SUPERVISORS and "block" not in severities:
        tolerable = "容缺" in severities
        return decision == ("accept_with_tolerance" if tolerable else "accept")
    return False


def _decide(ctx: ServiceContext, ident: str, decision: str, target: CaseState, *, actor: Actor, reason: str,
            extra: dict[str, Any] | None = None) -> dict[str, Any]:
    doc, result = _stored(ctx, ident)
    if not _allowed(result, decision, actor.role):
        raise InvalidTransition(
            f"预审结论为“{result['decision_label']}”，不能作出“{decision}”决定",
            f"the pre-review result is '{result['decision']}'; '{decision}' is not allowed",
            hint_zh="请先处理预审意见并重新预审，或转人工审核", hint_en="resolve the findings and re-run pre-review")
    override = result["decision"] != decision and decision != "refuse"
    record = dict(result, taken={"decision": decision, "by": actor.user, "role": actor.role, "override": override,
                                 "at": dt.datetime.now(dt.UTC).isoformat(), "reason": reason, **(extra or {})})
    due = _parse_day(result.get("due_date"))
    # one unit of work: decision, state, audit and outbox row commit together (never stranded)
    case_svc.decide_and_queue(ctx, doc.uuid or ident, target, actor=actor, reason=reason, decision=record,
                              due_date=due)
    ctx.publish("case.decided", uuid=doc.uuid, decision=decision)
    return record


def accept_case(ctx: ServiceContext, ident: str, *, actor: Actor, reason: str = "受理") -> dict[str, Any]:
    return _decide(ctx, ident, "accept", CaseState.ACCEPTED, actor=actor, reason=reason)


def accept_with_tolerance(ctx: ServiceContext, ident: str, *, actor: Actor, reason: str = "容缺受理") -> dict[str, Any]:
    _, result = _stored(ctx, ident)
    deadlines = [t["deadline"] for t in result.get("tolerated") or [] if t.get("deadline")]
    deadline = result.get("supplement_deadline") or (min(deadlines) if deadlines else None)
    if not deadline:
        raise InvalidTransition("预审结果没有补正期限，不能容缺受理", "no supplement deadline in the result; cannot accept with tolerance")
    return _decide(ctx, ident, "accept_with_tolerance", CaseState.ACCEPTED_TOLERANCE, actor=actor, reason=reason,
                   extra={"supplement_deadline": deadline})


def check_refusable(result: dict[str, Any]) -> None:
    """不予受理 only when the engine found the application inadmissible. Missing or defective
    materials are 一次性告知补正 (行政许可法第三十二条): the case waits for the applicant."""
    from app.services.decisions import decision_word, main_action

    if main_action(result) != "refuse":
        raise InvalidTransition(
            f"预审结论为“{decision_word(result)}”，不能不予受理" + (
                "：材料不齐全或不符合法定形式，应一次性告知补正（行政许可法第三十二条）"
                if main_action(result) == "notify" else ""),
            f"the pre-review result is '{decision_word(result) or result.get('decision')}'; "
            "refusal is not the engine's decision")


def refuse_case(ctx: ServiceContext, ident: str, *, actor: Actor, reason: str = "") -> dict[str, Any]:
    """不予受理, whoever asks (GUI, CLI, a script) — checked against the engine's decision."""
    _, result = _stored(ctx, ident)
    check_refusable(result)
    reasons = [f["message"] for f in result["findings"] if f["severity"] == "block"]
    text = reason or "；".join(reasons) or "不予受理"
    return _decide(ctx, ident, "refuse", CaseState.REFUSED, actor=actor, reason=text[:500],
                   extra={"reasons": reasons})


def route_manual(ctx: ServiceContext, ident: str, *, actor: Actor, reason: str = "转人工审核") -> dict[str, Any]:
    """Hand the case to a human reviewer: recorded on the stored result; the case stays pre_reviewed."""
    doc, result = _stored(ctx, ident)
    record = dict(result, manual_routing={"by": actor.user, "at": dt.datetime.now(dt.UTC).isoformat(), "reason": reason})
    case_svc.transition(ctx, doc.uuid or ident, CaseState.PRE_REVIEWED, actor=actor, reason=f"转人工：{reason}",
                        decision=record)
    ctx.publish("case.manual", uuid=doc.uuid)
    return record


# ---- interchange export / import --------------------------------------------------------------

def export_case(ctx: ServiceContext, ident: str) -> dict[str, Any]:
    """The case as interchange JSON (`zongchuang-case/1`)."""
    return case_svc.case_document(ctx, ident).model_dump(mode="json", by_alias=True)


def masked_export(data: dict[str, Any]) -> dict[str, Any]:
    """An interchange document with the applicant, card read and personal form fields masked
    and the OCR read-outs dropped (they repeat what the pages say)."""
    from app.security.masking import mask_case_detail

    out = mask_case_detail(data)
    for m in out.get("materials") or []:
        if m.get("ocr"):
            m["ocr"] = None
    out["masked"] = True
    return out


def write_export(ctx: ServiceContext, ident: str, out: Path | None, *, with_files: bool = False,
                 actor: Actor | None = None, unmasked: bool = False) -> str:
    """The JSON text; with `out`, written atomically (0600). Personal data is masked unless
    `unmasked` — which needs an `actor` holding the export permission (`pi.export`) and is
    audited as a personal-data export; a masked export is audited too when an actor is given.
    `with_files` also copies every page into `<out stem>.files/<sha256>` next to the JSON and
    records its relative `path`, so the case can travel on removable media and be imported on
    another workstation (pages show the person: only with `unmasked`)."""
    from app.security.audit import audit_export
    from app.security.roles import require_permission

    if (unmasked or with_files) and actor is None:
        raise InputError("导出未脱敏内容须由登录用户执行", "an unmasked export needs a logged-in user")
    if with_files and not unmasked:
        raise InputError("连同材料页面导出时须加 --unmasked（页面含个人信息）",
                         "exporting the pages needs --unmasked (the pages show personal data)")
    data = export_case(ctx, ident)
    if unmasked:
        require_permission(actor, "pi.export")
        audit_export(ctx, actor, case_uuid=data.get("uuid"), what="case export --unmasked",
                     destination=str(out or "stdout"), fields=["applicant", "card_read", "fields"])
    else:
        data = masked_export(data)
        if actor is not None:
            audit_export(ctx, actor, case_uuid=data.get("uuid"), what="case export", destination=str(out or "stdout"),
                         masked=True)
    if with_files:
        if out is None:
            raise InputError("导出文件时须用 --out 指定 JSON 文件", "exporting files needs --out FILE")
        folder = Path(out).with_name(Path(out).stem + ".files")
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        for m in data["materials"]:
            for f in m["files"]:
                target = folder / f["sha256"]
                if not target.exists():
                    _write_private(target, ctx.store.attachments.get(f["sha256"]))
                f["path"] = f"{folder.name}/{f['sha256']}"
    text = json.dumps(data, ensure_ascii=False, indent=2)
    if out is not None:
        tmp = Path(out).with_suffix(Path(out).suffix + ".tmp")
        _write_private(tmp, (text + "\n").encode("utf-8"))
        tmp.replace(out)
    return text


def _write_private(path: Path, data: bytes) -> None:
    import os

    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)


def import_case(ctx: ServiceContext, doc: interchange.CaseDocument, *, actor: Actor,
                base_dir: Path | None = None) -> case_svc.CaseRef:
    """Create a draft case from an interchange document (new uuid and acceptance number here).

    Everything is checked before anything is written: unknown item, 情形, field keys or
    material codes are errors naming the key, so nothing is half-imported.
    """
    if doc.masked:
        raise InputError("这是脱敏导出的文件，个人信息已遮盖，不能导入；请用 case export --unmasked 导出",
                         "this is a masked export (personal data hidden) and cannot be imported; "
                         "export with `case export --unmasked`")
    item = ctx.catalog.get(doc.item_code)
    bad_fields = [k for k in doc.fields if item.field(k) is None]
    if bad_fields:
        raise InputError(f"事项 {item.code} 没有字段：{'、'.join(bad_fields)}", f"item {item.code} has no fields: {', '.join(bad_fields)}")
    bad_materials = [m.code for m in doc.materials if item.material(m.code) is None]
    if bad_materials:
        raise InputError(f"事项 {item.code} 没有材料：{'、'.join(bad_materials)}",
                         f"item {item.code} has no materials: {', '.join(bad_materials)}")
    blobs = _import_blobs(ctx, doc, base_dir)  # bytes first (content-addressed), then the case
    with ctx.store.unit_of_work(actor):  # the case, its fields, card read and materials: one transaction
        ref = case_svc.create_case(ctx, item.code, doc.answers, actor=actor, applicant=doc.applicant.model_dump(),
                                   today=doc.acceptance_date)
        fields = {k: case_svc.FieldInput(v.value, v.source if v.source in case_svc.SOURCES else "import", v.source_ref,
                                         v.confidence, v.box, v.confirmed)
                  for k, v in doc.field_values().items()}
        if fields:
            case_svc.set_fields(ctx, ref.uuid, fields, actor=actor)
        if doc.card_read is not None:
            case_svc.record_card_read(ctx, ref.uuid, doc.card_read.model_dump(), actor=actor)
        _import_materials(ctx, ref, doc, actor, blobs)
    missing = [sha[:12] for sha, ok in blobs.items() if not ok]
    if missing:
        ctx.publish("case.import_missing_files", uuid=ref.uuid, files=missing)
    return ref


MAX_IMPORT_FILE = 64 * 1024 * 1024  # one page file named by `path` in an interchange export


def _confined(base_dir: Path, rel: str, code: str) -> Path:
    """`rel` inside `base_dir`: relative, no `..`, no link leading out, a regular file."""
    pure = Path(rel)
    if pure.is_absolute() or rel.startswith(("/", "\\")) or ":" in rel or ".." in pure.parts or "\\" in rel:
        raise InputError(f"材料 {code} 的文件路径 {rel!r} 无效：只能是导入文件夹内的相对路径",
                         f"material {code}: file path {rel!r} must be relative, inside the import folder")
    base = base_dir.resolve()
    target = (base / pure).resolve()
    if base not in target.parents:
        raise InputError(f"材料 {code} 的文件 {rel!r} 指向导入文件夹之外", f"material {code}: file {rel!r} leads outside the import folder")
    return target


def _import_blobs(ctx: ServiceContext, doc: interchange.CaseDocument, base_dir: Path | None) -> dict[str, bool]:
    """sha256 → present in the store after import. A file given by `path` must lie inside the
    import folder and hash to its sha256; every file is checked before any enters the store,
    so a refused import leaves no orphan files."""
    present: dict[str, bool] = {}
    verified: dict[str, bytes] = {}
    for m in doc.materials:
        for f in m.files:
            if f.sha256 in present:
                continue
            if ctx.store.attachments.exists(f.sha256):
                present[f.sha256] = True
                continue
            present[f.sha256] = False
            if not f.path or base_dir is None:
                continue
            path = _confined(base_dir, f.path, m.code)
            try:
                st = path.stat()
            except FileNotFoundError:
                continue
            if not stat.S_ISREG(st.st_mode):
                raise InputError(f"材料 {m.code} 的文件 {f.path} 不是普通文件", f"material {m.code}: {f.path} is not a regular file")
            if st.st_size > MAX_IMPORT_FILE:
                raise InputError(f"材料 {m.code} 的文件 {f.path} 过大", f"material {m.code}: {f.path} is too large")
            data = path.read_bytes()
            if hashlib.sha256(data).hexdigest() != f.sha256:
                raise InputError(f"材料 {m.code} 的文件 {f.path} 内容与其 sha256 不符（文件损坏？）",
                                 f"material {m.code}: file {f.path} does not match its sha256 (corrupt?)")
            verified[f.sha256] = data
    for digest, data in verified.items():  # all checked: now they may enter the store
        ctx.store.attachments.put(data)
        present[digest] = True
    return present


def _import_materials(ctx: ServiceContext, ref: case_svc.CaseRef, doc: interchange.CaseDocument, actor: Actor,
                      blobs: dict[str, bool]) -> None:
    from app.services.cases import _load  # same package: the row-level update below needs the row
    from app.storage.tables import AttachmentRow, MaterialRow, utcnow

    with ctx.store.unit_of_work(actor) as uow:
        row = _load(uow.session, ref.uuid)
        by_code = {m.code: m for m in row.materials}
        for entry in doc.materials:
            m = by_code.get(entry.code)
            if m is None:
                spec = ctx.catalog.get(doc.item_code).material(entry.code)
                m = MaterialRow(code=entry.code, name=spec.name if spec else entry.code)
                row.materials.append(m)
            m.status, m.doc_kind, m.pages, m.quality = entry.status, entry.doc_kind, entry.pages, entry.quality
            if entry.ocr:
                m.quality = dict(entry.quality or {}, ocr=entry.ocr)
            m.originals, m.copies, m.note = entry.originals, entry.copies, entry.note
            for f in entry.files:
                if blobs.get(f.sha256):
                    row.attachments.append(AttachmentRow(material_code=entry.code, page_no=f.page, sha256=f.sha256,
                                                         size=f.size or 0, media_type=f.media_type, role=f.role,
                                                         filename=Path(f.path).name if f.path else "", created_at=utcnow()))
        uow.audit("case.import", case_uuid=row.uuid, target=row.acceptance_number,
                  detail={"format": doc.format, "source_uuid": doc.uuid, "materials": len(doc.materials)})


def read_import(ctx: ServiceContext, path: Path | str, *, actor: Actor) -> case_svc.CaseRef:
    return import_case(ctx, load_document(path), actor=actor, base_dir=Path(path).resolve().parent)


def allowed_decisions(result: dict[str, Any], role: str = "clerk") -> list[str]:
    """The decisions this role may take on a stored result (the UI enables these buttons)."""
    return [d for d in ("accept", "accept_with_tolerance", "refuse", "manual")
            if d == "manual" or _allowed(result, d, role)]
