"""Document use cases: which documents a case can print, render one to PDF (kept on the case
as a `document` attachment with its sha256), print it on a named printer (CUPS, Windows, or a
backend the UI registers such as Qt), reprints stamped 补打, and every render/print audited.

Printer settings (default printer and backend, per-printer 套打 offsets in millimetres, the
center's seal image) live in `printing.json` in the data directory; the packaging issue will
fold them into the machine configuration later.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.documents import DocumentData, MaterialLine, RenderOptions, render_pdf, resolve_document
from app.documents.registry import DocumentSpec, documents_for_item
from app.documents.render import render_calibration_pdf
from app.errors import InputError, ZongchuangError
from app.services.cases import _load
from app.services.context import ServiceContext
from app.storage import Actor
from app.storage.tables import AttachmentRow, AuditRow, CaseRow, utcnow

SETTINGS_FILE = "printing.json"
TRAINING_WATERMARK = "培训样张 无效"  # training mode never prints a document that looks valid


class PrintFailed(ZongchuangError):
    """The spooler did not take the job (the render was kept; nothing was marked printed)."""

    exit_code = 8


# ---- settings ------------------------------------------------------------------------------------
@dataclass
class PrintSettings:
    default_printer: str = ""
    backend: str = ""  # "" = the platform default (cups on Linux, windows on Windows); "qt" from the UI
    calibration: dict[str, list[float]] = field(default_factory=dict)  # printer → [right_mm, down_mm]
    seal_image: str = ""  # PNG with transparency; relative to the data dir or absolute

    def offset_for(self, printer: str | None) -> tuple[float, float]:
        dx, dy = self.calibration.get(printer or self.default_printer, [0.0, 0.0])
        return float(dx), float(dy)


def load_settings(ctx: ServiceContext) -> PrintSettings:
    path = ctx.data_dir / SETTINGS_FILE
    if not path.exists():
        return PrintSettings()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return PrintSettings(**{k: v for k, v in raw.items() if k in PrintSettings.__dataclass_fields__})
    except (ValueError, TypeError) as exc:
        raise InputError(f"打印设置文件 {path} 格式错误：{exc}", f"printer settings {path} are malformed: {exc}",
                         hint_zh="修正或删除该文件后重试", hint_en="fix or delete the file and retry") from None


def save_settings(ctx: ServiceContext, settings: PrintSettings) -> None:
    path = ctx.data_dir / SETTINGS_FILE
    fd, tmp = tempfile.mkstemp(dir=ctx.data_dir, prefix=".printing-")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(asdict(settings), fh, ensure_ascii=False, indent=2)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def set_calibration(ctx: ServiceContext, printer: str, right_mm: float, down_mm: float, *, actor: Actor) -> None:
    """Store the 套打 offset of `printer` (positive = move the print right / down)."""
    if not printer.strip():
        raise InputError("请指定打印机名称", "give the printer name")
    for v in (right_mm, down_mm):
        if abs(v) > 30:
            raise InputError(f"偏移 {v} mm 超出 ±30 mm，请检查测量", f"offset {v} mm is beyond ±30 mm; re-measure")
    settings = load_settings(ctx)
    settings.calibration[printer] = [round(float(right_mm), 2), round(float(down_mm), 2)]
    save_settings(ctx, settings)
    with ctx.store.unit_of_work(actor) as uow:
        uow.audit("printer.calibrate", target=printer, detail={"right_mm": right_mm, "down_mm": down_mm})


def set_defaults(ctx: ServiceContext, *, printer: str | None = None, backend: str | None = None,
                 seal_image: str | None = None) -> PrintSettings:
    settings = load_settings(ctx)
    if printer is not None:
        settings.default_printer = printer
    if backend is not None:
        settings.backend = backend
    if seal_image is not None:
        settings.seal_image = seal_image
    save_settings(ctx, settings)
    return settings


# ---- case → document data ------------------------------------------------------------------------
def _data_from_row(ctx: ServiceContext, row: CaseRow) -> DocumentData:
    item = ctx.catalog.get(row.item_code)
    refusal = next((e.reason for e in reversed(row.events) if e.to_state == "refused"), "")
    return DocumentData(
        uuid=row.uuid, acceptance_number=row.acceptance_number, item=item, state=row.state,
        applicant=dict(row.applicant or {}), fields={f.key: f.value for f in row.fields},
        materials=[MaterialLine(m.code, m.name, m.status, m.originals, m.copies, m.pages, m.note) for m in row.materials],
        catalog_version=row.catalog_version, catalog_hash=row.catalog_hash,
        center_name=ctx.workstation.center_name if row.center_code == ctx.workstation.center_code else row.center_code,
        center_code=row.center_code, window_no=row.window_no, clerk=row.clerk,
        accepted_on=row.accepted_at.astimezone().date() if row.accepted_at else None,
        due_date=row.due_date, decision=row.decision, result=row.result, refusal_reason=refusal,
        platform_url=ctx.workstation.platform_url, states_seen=tuple(e.to_state for e in row.events),
        answers=dict(row.answers or {}),
    )


def document_data(ctx: ServiceContext, ident: str) -> DocumentData:
    with ctx.store.read() as session:
        return _data_from_row(ctx, _load(session, ident))


# ---- listing ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class DocumentChoice:
    name: str
    alias: str
    title_en: str
    kind: str
    copies: int
    available: bool | None  # None when not checked
    reason_zh: str = ""
    reason_en: str = ""
    printed: int = 0  # how many times it was printed for this case
    suggested: bool = False  # the pre-review decision calls for it (its `documents`), or it is the receipt


def list_documents(ctx: ServiceContext, ident: str, *, check: bool = True) -> list[DocumentChoice]:
    """The item's documents (catalog order) and, with `check`, whether each can be printed now
    (a dry render: the reason is the exact refusal the print would give)."""
    data = document_data(ctx, ident)
    counts = _print_counts(ctx, data.uuid)
    wanted = set((data.decision or {}).get("documents") or [])
    out = []
    for spec in documents_for_item(data.item):
        available, zh, en = None, "", ""
        if check:
            try:
                render_pdf(spec, data, RenderOptions())
                available = True
            except ZongchuangError as exc:
                available, zh, en = False, exc.message_zh, exc.message_en
        suggested = spec.name in wanted if wanted else spec.name in {"受理回执", "材料接收凭证"}
        if spec.name == "申请表":  # to sign before the decision, while its material is not handed over yet
            suggested = _generated_pending(data)
        out.append(DocumentChoice(spec.name, spec.aliases[0], spec.title_en, spec.kind, spec.copies, available, zh, en,
                                  counts.get(spec.name, 0), suggested and available is not False))
    return out


def _generated_pending(data: DocumentData) -> bool:
    from app.documents.notices import generated_material

    line = generated_material(data)
    return line is not None and line.status == "pending" and data.state in {"draft", "pre_reviewed"}


def _print_counts(ctx: ServiceContext, case_uuid: str) -> dict[str, int]:
    with ctx.store.read() as session:
        rows = session.execute(select(AuditRow.detail).where(AuditRow.case_uuid == case_uuid,
                                                             AuditRow.action == "document.print",
                                                             AuditRow.ok.is_(True))).scalars().all()
    counts: dict[str, int] = {}
    for detail in rows:
        name = (detail or {}).get("document", "")
        counts[name] = counts.get(name, 0) + 1
    return counts


# ---- render / print ------------------------------------------------------------------------------
@dataclass(frozen=True)
class RenderedDocument:
    name: str
    case_uuid: str
    acceptance_number: str
    pdf: bytes
    sha256: str
    reprint: bool
    filename: str
    copies: int
    job_title: str = ""  # ASCII spooler job title: alias-acceptance number-uuid prefix[-reprint]

    def write(self, path: str | os.PathLike) -> Path:
        target = Path(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".{target.name}.tmp")
        tmp.write_bytes(self.pdf)
        os.replace(tmp, target)
        return target


def _seal_path(ctx: ServiceContext, settings: PrintSettings) -> Path | None:
    if not settings.seal_image:
        return None
    p = Path(settings.seal_image)
    return p if p.is_absolute() else ctx.data_dir / p


def render_document(ctx: ServiceContext, ident: str, document: str, *, actor: Actor,
                    issued_on: dt.date | None = None, reprint: bool | None = None, printer: str | None = None,
                    preprinted: bool = False, store: bool = True) -> RenderedDocument:
    """Render `document` (Chinese name or alias) for a case. The PDF is stored on the case as a
    `document` attachment and the render audited. `reprint` None means: 补打 if this document
    was printed for the case before. A missing required value raises `MissingDocumentValue`."""
    data = document_data(ctx, ident)
    spec = resolve_document(document, data.item)
    if spec.kind == "calibration":
        raise InputError("套打校准页不属于办件，请用 zongchuang printer test-page",
                         "the calibration page belongs to a printer: use `zongchuang printer test-page`")
    settings = load_settings(ctx)
    if reprint is None:
        reprint = _print_counts(ctx, data.uuid).get(spec.name, 0) > 0
    now_local = dt.datetime.now().astimezone()
    note = f"补打 {now_local:%Y-%m-%d %H:%M} {actor.user}" if reprint else ""
    offset = settings.offset_for(printer) if spec.kind == "certificate" and (printer or settings.default_printer) else (0.0, 0.0)
    pdf = render_pdf(spec, data, RenderOptions(issued_on=issued_on, reprint_note=note,
                                               seal_image=None if ctx.training else _seal_path(ctx, settings),
                                               offset_mm=offset, preprinted=preprinted,
                                               watermark=TRAINING_WATERMARK if ctx.training else ""))
    digest = ctx.store.attachments.put(pdf) if store else hashlib.sha256(pdf).hexdigest()
    filename = f"{spec.name}-{data.acceptance_number}{'-补打' if reprint else ''}.pdf"
    with ctx.store.unit_of_work(actor) as uow:
        row = _load(uow.session, data.uuid)
        if store and not any(a.sha256 == digest and a.role == "document" for a in row.attachments):
            row.attachments.append(AttachmentRow(material_code=None, page_no=1, sha256=digest, size=len(pdf),
                                                 media_type="application/pdf", filename=filename, role="document",
                                                 created_at=utcnow()))
        uow.audit("document.render", case_uuid=data.uuid, target=data.acceptance_number,
                  detail={"document": spec.name, "sha256": digest, "reprint": reprint, "size": len(pdf)})
    ctx.publish("document.rendered", uuid=data.uuid, document=spec.name, sha256=digest)
    title = (f"{spec.aliases[0] if spec.aliases else 'document'}-{data.acceptance_number}-{data.uuid[:8]}"
             f"{'-reprint' if reprint else ''}")
    return RenderedDocument(spec.name, data.uuid, data.acceptance_number, pdf, digest, reprint, filename, spec.copies,
                            title)


@dataclass(frozen=True)
class PrintOutcome:
    document: str
    printer: str
    copies: int
    backend: str
    job_id: str
    reprint: bool
    sha256: str


def print_document(ctx: ServiceContext, ident: str, document: str, *, actor: Actor, printer: str | None = None,
                   copies: int | None = None, backend: Any = None, issued_on: dt.date | None = None,
                   preprinted: bool = False) -> PrintOutcome:
    """Render and print. `backend` is a name ("cups", "windows", "qt" once the UI registered it)
    or a `PrintBackend` object; default from settings, else the platform's. Every attempt is in
    the audit trail (`document.print`, ok or not); a reprint carries 补打 on the page."""
    from app.bootstrap import register_devices
    from hardware.printer import PrinterError, get_backend

    register_devices()  # the backends are declared by the composition root
    settings = load_settings(ctx)
    target = printer or settings.default_printer or None
    rendered = render_document(ctx, ident, document, actor=actor, issued_on=issued_on, printer=target,
                               preprinted=preprinted)
    n = copies if copies is not None else rendered.copies
    try:
        engine = backend if backend is not None and not isinstance(backend, str) else get_backend(backend or settings.backend or None)
        with tempfile.TemporaryDirectory(prefix="zc-print-") as tmp:
            pdf_path = rendered.write(Path(tmp) / rendered.filename)
            result = engine.print_pdf(pdf_path, printer=target, copies=n, title=rendered.job_title)
    except PrinterError as exc:
        with ctx.store.unit_of_work(actor) as uow:
            uow.audit("document.print", case_uuid=rendered.case_uuid, target=rendered.acceptance_number, ok=False,
                      detail={"document": rendered.name, "printer": target or "", "copies": n,
                              "error": exc.message_en, "sha256": rendered.sha256})
        raise PrintFailed(f"《{rendered.name}》打印失败：{exc.message_zh}", f"printing '{rendered.name}' failed: {exc.message_en}",
                          hint_zh=exc.hint_zh or "可先用 --out 生成 PDF", hint_en=exc.hint_en or "use --out to get the PDF") from None
    with ctx.store.unit_of_work(actor) as uow:
        uow.audit("document.print", case_uuid=rendered.case_uuid, target=rendered.acceptance_number,
                  detail={"document": rendered.name, "printer": result.printer, "copies": result.copies,
                          "backend": result.backend, "job": result.job_id, "reprint": rendered.reprint,
                          "sha256": rendered.sha256})
    ctx.publish("document.printed", uuid=rendered.case_uuid, document=rendered.name, reprint=rendered.reprint)
    if rendered.name == "申请表":  # printed for signature: the signed form is handed over with the materials
        from app.services.cases import mark_generated_signed

        mark_generated_signed(ctx, rendered.case_uuid, actor=actor, pages=_pdf_pages(rendered.pdf))
    return PrintOutcome(rendered.name, result.printer, result.copies, result.backend, result.job_id, rendered.reprint,
                        rendered.sha256)


def _pdf_pages(pdf: bytes) -> int:
    import re

    return len(re.findall(rb"/Type\s*/Page[^s]", pdf))


def print_history(ctx: ServiceContext, ident: str) -> list[dict[str, Any]]:
    """Every print attempt of the case's documents, oldest first (from the audit trail)."""
    data_uuid = document_data(ctx, ident).uuid
    with ctx.store.read() as session:
        rows = session.execute(select(AuditRow).where(AuditRow.case_uuid == data_uuid, AuditRow.action == "document.print")
                               .order_by(AuditRow.id)).scalars().all()
        return [{"at": r.at.isoformat(), "actor": r.actor, "ok": r.ok, **(r.detail or {})} for r in rows]


# ---- printers and calibration ---------------------------------------------------------------------
def list_printers(backend: str | None = None) -> list[dict[str, Any]]:
    from app.bootstrap import register_devices
    from hardware.printer import PrinterError, get_backend
    from hardware.printer.probe import probe

    register_devices()  # the backends are declared by the composition root

    try:
        infos = get_backend(backend).list_printers() if backend else probe()
    except PrinterError as exc:
        raise PrintFailed(exc.message_zh, exc.message_en, hint_zh=exc.hint_zh, hint_en=exc.hint_en) from None
    return [asdict(i) for i in infos]


def calibration_page(ctx: ServiceContext, printer: str, *, today: dt.date | None = None,
                     apply_offset: bool = False) -> bytes:
    """The 套打 grid: raw to measure the printer's error, or with its stored offset to verify."""
    return render_calibration_pdf(printer, load_settings(ctx).offset_for(printer), today, apply_offset=apply_offset)


def print_calibration_page(ctx: ServiceContext, printer: str, *, actor: Actor, backend: Any = None,
                           apply_offset: bool = False) -> str:
    """Print the 套打 grid page; returns the spooler job id."""
    from app.bootstrap import register_devices
    from hardware.printer import PrinterError, get_backend

    register_devices()  # the backends are declared by the composition root
    pdf = calibration_page(ctx, printer, apply_offset=apply_offset)
    try:
        engine = backend if backend is not None and not isinstance(backend, str) else get_backend(backend or load_settings(ctx).backend or None)
        with tempfile.TemporaryDirectory(prefix="zc-print-") as tmp:
            path = Path(tmp) / "calibration.pdf"
            path.write_bytes(pdf)
            result = engine.print_pdf(path, printer=printer or None, copies=1, title="calibration-page")
    except PrinterError as exc:
        raise PrintFailed(exc.message_zh, exc.message_en, hint_zh=exc.hint_zh, hint_en=exc.hint_en) from None
    with ctx.store.unit_of_work(actor) as uow:
        uow.audit("printer.test_page", target=printer, detail={"job": result.job_id})
    return result.job_id


def test_print(ctx: ServiceContext, printer: str | None = None, *, backend: Any = None,
               actor: Actor | None = None) -> str:
    """The device-test button: print the calibration grid on `printer` (default: the configured
    default, else the system's); returns a one-line result for the screen."""
    from app.services.context import default_actor

    settings = load_settings(ctx)
    target = printer or settings.default_printer or ""
    job = print_calibration_page(ctx, target, actor=actor or default_actor(ctx.workstation), backend=backend)
    return f"测试页已发送到 {target or '系统默认打印机'}（任务 {job or '-'}）"


__all__ = ["DocumentChoice", "DocumentSpec", "PrintFailed", "PrintOutcome", "PrintSettings", "RenderedDocument",
           "calibration_page", "document_data", "list_documents", "list_printers", "load_settings",
           "print_calibration_page", "print_document", "print_history", "render_document", "set_calibration",
           "set_defaults", "test_print"]


# -- the window's print screen -------------------------------------------------------------------------

def case_documents(ctx: ServiceContext, ident: str) -> list[dict[str, Any]]:
    """[{kind, title, printed, available, reason, doc_kind}] the case's documents (dry-rendered: slow)."""
    return [{"kind": d.name, "title": d.name, "printed": d.printed, "available": d.available,
             "reason": d.reason_zh, "doc_kind": d.kind} for d in list_documents(ctx, ident, check=True)]


def preview_document(ctx: ServiceContext, ident: str, document: str, *, actor: Actor) -> Path:
    """Render for preview into the data folder's `preview/` (not counted as printed); the PDF path."""
    rendered = render_document(ctx, ident, document, actor=actor, store=False)
    return rendered.write(Path(ctx.data_dir) / "preview" / rendered.filename)


def print_at_window(ctx: ServiceContext, ident: str, document: str, *, actor: Actor, printer: str | None = None,
                    backend: str | None = None) -> dict[str, Any]:
    """Print on the window's printer (补打 is decided from the print history); what the screen shows."""
    out = print_document(ctx, ident, document, actor=actor, printer=printer, backend=backend)
    return {"document": out.document, "where": f"{out.printer}（{out.backend} #{out.job_id}）", "reprint": out.reprint,
            "sha256": out.sha256, "printer": out.printer, "job": out.job_id}
