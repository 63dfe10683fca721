"""The 一件事 at the window after acceptance: the bundle as the Today queue and 出件 show it (each
member with its state), the bundle's one 受理回执 / 一次性告知书 on the printer, and the members'
certificates printed together in one print job.

Why a module of its own: `app.services.bundles` builds and decides a bundle; this is what the
window does with it afterwards, and it is where the printer is involved. The workstation, the CLI
and the tests call these same functions. Every print is audited on every member it concerns
(`document.print`, with the bundle's number), so each member's print history is true.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select

from app.cases.lifecycle import CaseState, label
from app.errors import InputError, InvalidTransition
from app.services.bundles import _member_rows, bundle_certificates, bundle_state, render_bundle_document
from app.services.context import ServiceContext
from app.storage import Actor
from app.storage.tables import AuditRow, CaseRow

# members whose department has answered: what 出件 is about
RESULT_STATES = frozenset({CaseState.APPROVED, CaseState.REJECTED, CaseState.CORRECTION_REQUESTED})
CLOSED = frozenset({CaseState.DELIVERED, CaseState.VOIDED, CaseState.REFUSED})


def _summary(ctx: ServiceContext, rows: list[CaseRow]) -> dict[str, Any]:
    info = dict((rows[0].extra or {})["bundle"])
    members = []
    for r in rows:
        taken = ((r.decision or {}).get("taken") or {})
        item = ctx.catalog.get(r.item_code)
        members.append({"seq": (r.extra or {})["bundle"].get("seq"), "acceptance_number": r.acceptance_number,
                        "uuid": r.uuid, "item_code": r.item_code, "item_name": r.item_name,
                        "department": item.department, "state": str(r.state), "state_label": label(r.state),
                        "taken": taken.get("decision"), "due_date": r.due_date.isoformat() if r.due_date else None,
                        "certificate": item.result.certificate or ""})
    state = bundle_state({r.state for r in rows})
    counts: dict[str, int] = {}
    for m in members:
        counts[m["state_label"]] = counts.get(m["state_label"], 0) + 1
    dues = [m["due_date"] for m in members if m["due_date"]]
    return {"acceptance_number": info["number"], "code": info["code"], "name": info["name"],
            "lead_department": info.get("lead_department", ""), "decision": info.get("decision"),
            "state": state, "state_label": label(state), "members": members,
            "counts": counts, "due_date": max(dues) if dues else None,
            "applicant_name": (rows[0].applicant or {}).get("name", ""),
            "applicant_kind": (rows[0].applicant or {}).get("kind", "person"),
            "ready": all(r.state in (CaseState.APPROVED, CaseState.REJECTED, CaseState.DELIVERED) for r in rows),
            "deliverable": [r.acceptance_number for r in rows if r.state == CaseState.APPROVED]}


def member_states_text(summary: dict[str, Any]) -> str:
    """The members' states in one line, the way the window shows them: `准予（待出件） 3 · 审批中 1`."""
    return " · ".join(f"{k} {v}" for k, v in summary["counts"].items())


def bundle_summary(ctx: ServiceContext, ident: str) -> dict[str, Any]:
    """One bundle (by its number or any member's number/uuid): members with department and state,
    the bundle's state (its least advanced member), counts per state, the members ready for 出件."""
    with ctx.store.read() as session:
        return _summary(ctx, _member_rows(session, ident))


def bundles_of(ctx: ServiceContext, uuids: Iterable[str]) -> dict[str, dict[str, Any]]:
    """Member uuid → the bundle's summary, for the cases of a list (single cases are left out)."""
    wanted = list(uuids)
    out: dict[str, dict[str, Any]] = {}
    if not wanted:
        return out
    with ctx.store.read() as session:
        numbers: dict[str, list[str]] = {}
        for uuid, extra in session.execute(select(CaseRow.uuid, CaseRow.extra).where(CaseRow.uuid.in_(wanted))):
            number = ((extra or {}).get("bundle") or {}).get("number")
            if number:
                numbers.setdefault(number, []).append(uuid)
        for number, members in numbers.items():
            summary = _summary(ctx, _member_rows(session, number))
            for uuid in members:
                out[uuid] = summary
    return out


def bundles_for_delivery(ctx: ServiceContext, limit: int = 200) -> list[dict[str, Any]]:
    """Bundles with a department's answer waiting for at least one member (newest first): what
    the 出件 screen lists as one row with all its members."""
    with ctx.store.read() as session:
        rows = session.execute(select(CaseRow.extra).where(CaseRow.state.in_([str(s) for s in RESULT_STATES]))
                               .order_by(CaseRow.updated_at.desc()).limit(limit)).scalars().all()
        numbers = list(dict.fromkeys(((e or {}).get("bundle") or {}).get("number") for e in rows))
        out = []
        for number in numbers:
            if not number:
                continue
            out.append(_summary(ctx, _member_rows(session, number)))
        return out


# ---- printing ---------------------------------------------------------------------------------------

def _spool(ctx: ServiceContext, pdf: bytes, *, filename: str, title: str, printer: str | None,
           backend: Any) -> tuple[Any, str]:
    """Send one PDF to the printer as one job; (PrintResult, printer used)."""
    import tempfile
    from pathlib import Path

    from app.bootstrap import register_devices
    from app.services.printing import load_settings
    from hardware.printer import get_backend

    register_devices()
    settings = load_settings(ctx)
    target = printer or settings.default_printer or None
    engine = backend if backend is not None and not isinstance(backend, str) else get_backend(
        backend or settings.backend or None)
    with tempfile.TemporaryDirectory(prefix="zc-print-") as tmp:
        path = Path(tmp) / filename
        path.write_bytes(pdf)
        return engine.print_pdf(path, printer=target, copies=1, title=title), target or ""


def _printed_before(ctx: ServiceContext, case_uuid: str, document: str) -> int:
    with ctx.store.read() as session:
        details = session.execute(select(AuditRow.detail).where(
            AuditRow.case_uuid == case_uuid, AuditRow.action == "document.print", AuditRow.ok.is_(True))).scalars()
        return sum(1 for d in details if (d or {}).get("document") == document)


def _print_and_audit(ctx: ServiceContext, rows: list[tuple[str, str, str]], pdf: bytes, *, document: str,
                     number: str, filename: str, title: str, actor: Actor, printer: str | None, backend: Any,
                     extra: dict[str, Any]) -> dict[str, Any]:
    """Print `pdf` in one job; `document.print` on each (uuid, member number, document name) in
    `rows`, ok or not, and one `bundle.print` row."""
    import hashlib

    from app.services.printing import PrintFailed
    from hardware.printer import PrinterError

    digest = hashlib.sha256(pdf).hexdigest()
    reprint = any(_printed_before(ctx, uuid, name) for uuid, _n, name in rows)
    try:
        result, target = _spool(ctx, pdf, filename=filename, title=title, printer=printer, backend=backend)
    except PrinterError as exc:
        with ctx.store.unit_of_work(actor) as uow:
            for uuid, member, name in rows:
                uow.audit("document.print", case_uuid=uuid, target=member, ok=False,
                          detail={"document": name, "bundle": number, "printer": printer or "", "error": exc.message_en,
                                  "sha256": digest})
        raise PrintFailed(f"《{document}》打印失败：{exc.message_zh}", f"printing '{document}' failed: {exc.message_en}",
                          hint_zh=exc.hint_zh, hint_en=exc.hint_en) from None
    with ctx.store.unit_of_work(actor) as uow:
        for uuid, member, name in rows:
            uow.audit("document.print", case_uuid=uuid, target=member,
                      detail={"document": name, "bundle": number, "printer": result.printer, "copies": result.copies,
                              "backend": result.backend, "job": result.job_id, "reprint": reprint, "sha256": digest})
        uow.audit("bundle.print", target=number, detail={"document": document, "job": result.job_id,
                                                          "printer": result.printer, "sha256": digest, **extra})
    for uuid, _member, name in rows:
        ctx.publish("document.printed", uuid=uuid, document=name, reprint=reprint)
    return {"document": document, "printer": result.printer, "backend": result.backend, "job": result.job_id,
            "where": f"{result.printer}（{result.backend} #{result.job_id}）", "reprint": reprint, "sha256": digest,
            "pdf": pdf, **extra}


def print_bundle_document(ctx: ServiceContext, ident: str, document: str, *, actor: Actor,
                          printer: str | None = None, backend: Any = None,
                          issued_on: dt.date | None = None) -> dict[str, Any]:
    """Print the bundle's one 受理回执 or 一次性告知书 (one job); recorded as printed on every member."""
    pdf = render_bundle_document(ctx, ident, document, actor=actor, issued_on=issued_on)
    with ctx.store.read() as session:
        rows = _member_rows(session, ident)
        number = (rows[0].extra or {})["bundle"]["number"]
        targets = [(r.uuid, r.acceptance_number, document) for r in rows]
    return _print_and_audit(ctx, targets, pdf, document=document, number=number,
                            filename=f"{document}-{number}.pdf", title=f"bundle-{document}-{number}", actor=actor,
                            printer=printer, backend=backend, extra={"members": [t[1] for t in targets]})


def merge_pdfs(parts: list[bytes]) -> bytes:
    """The PDFs one after the other in one document (one print job, pages in member order)."""
    import pypdfium2 as pdfium

    out = pdfium.PdfDocument.new()
    for part in parts:
        src = pdfium.PdfDocument(part)
        out.import_pages(src)
        src.close()
    buf = io.BytesIO()
    out.save(buf)
    out.close()
    return buf.getvalue()


def print_bundle_certificates(ctx: ServiceContext, ident: str, *, actor: Actor, printer: str | None = None,
                              backend: Any = None) -> dict[str, Any]:
    """综合窗口出件: the certificates of every approved member not handed over yet, rendered and
    printed together, in member order, as ONE print job; each member's print history records its own."""
    summary = bundle_summary(ctx, ident)
    waiting = {m["uuid"] for m in summary["members"] if m["state"] == CaseState.APPROVED}
    certificates = [c for c in bundle_certificates(ctx, ident, actor=actor) if c.case_uuid in waiting]
    if not certificates:
        raise InvalidTransition("没有待出件的证照（尚无准予且未出件的成员事项）",
                                "no member has an approved certificate waiting for pick-up")
    number = summary["acceptance_number"]
    pdf = merge_pdfs([c.pdf for c in certificates])
    targets = [(c.case_uuid, c.acceptance_number, c.name) for c in certificates]
    pages = _page_count(pdf)
    return _print_and_audit(ctx, targets, pdf, document="证照（一件事）", number=number,
                            filename=f"证照-{number}.pdf", title=f"bundle-certificates-{number}", actor=actor,
                            printer=printer, backend=backend,
                            extra={"members": [t[1] for t in targets], "certificates": [t[2] for t in targets],
                                   "pages": pages})


def _page_count(pdf: bytes) -> int:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    try:
        return len(doc)
    finally:
        doc.close()


def bundle_documents(ctx: ServiceContext, ident: str) -> list[dict[str, Any]]:
    """What the print screen offers for a bundle member: the bundle's 受理回执 and 一次性告知书 (one
    for all members), then each member's own papers that the bundle does not replace (e.g. the
    容缺受理承诺书 of the 容缺 member). Each `{kind, title, available, reason, printed, member}`;
    kind `bundle:<document>` or `member:<uuid>:<document>` (dry-rendered: run in a worker)."""
    from app.documents.bundle import BUNDLE_DOCUMENTS
    from app.errors import ZongchuangError
    from app.services.bundles import _document_view
    from app.services.printing import list_documents

    summary = bundle_summary(ctx, ident)
    first = summary["members"][0]["uuid"]
    out: list[dict[str, Any]] = []
    view, findings = _document_view(ctx, ident)
    from app.documents.bundle import bundle_notice, bundle_receipt

    for name in BUNDLE_DOCUMENTS:
        try:
            (bundle_receipt(view, dt.date.today()) if name == "受理回执" else bundle_notice(view, findings, dt.date.today()))
            available, reason = True, ""
        except ZongchuangError as exc:
            available, reason = False, exc.message_zh
        out.append({"kind": f"bundle:{name}", "title": f"{name}（一件事，{len(summary['members'])} 个事项）",
                    "available": available, "reason": reason, "printed": _printed_before(ctx, first, name),
                    "member": None, "doc_kind": "bundle"})
    replaced = set(BUNDLE_DOCUMENTS) | {"补正告知书"}
    for m in summary["members"]:
        for d in list_documents(ctx, m["uuid"], check=True):
            if d.name in replaced or d.kind == "certificate" or d.available is False:
                continue
            out.append({"kind": f"member:{m['uuid']}:{d.name}", "title": f"{m['acceptance_number'][-2:]} "
                        f"{m['item_name']} · {d.name}", "available": d.available, "reason": d.reason_zh,
                        "printed": d.printed, "member": m["acceptance_number"], "doc_kind": d.kind})
    return out


def parse_kind(kind: str) -> tuple[str, str | None, str]:
    """`bundle:受理回执` → ("bundle", None, "受理回执"); `member:<uuid>:容缺受理承诺书` → ("member", uuid, …)."""
    scope, _, rest = kind.partition(":")
    if scope == "bundle" and rest:
        return "bundle", None, rest
    if scope == "member" and rest.count(":") >= 1:
        uuid, _, name = rest.partition(":")
        return "member", uuid, name
    raise InputError(f"不是一件事文书：{kind}", f"not a bundle document kind: {kind}")


def is_bundle_kind(kind: str) -> bool:
    return kind.startswith(("bundle:", "member:"))


def print_kind(ctx: ServiceContext, ident: str, kind: str, *, actor: Actor, printer: str | None = None,
               backend: Any = None) -> dict[str, Any]:
    """Print one entry of `bundle_documents` (a member's own paper through the ordinary printing service)."""
    scope, uuid, name = parse_kind(kind)
    if scope == "bundle":
        out = print_bundle_document(ctx, ident, name, actor=actor, printer=printer, backend=backend)
        out.pop("pdf", None)
        return out
    from app.services.printing import print_document

    done = print_document(ctx, uuid or "", name, actor=actor, printer=printer, backend=backend)
    return {"document": done.document, "printer": done.printer, "backend": done.backend, "job": done.job_id,
            "where": f"{done.printer}（{done.backend} #{done.job_id}）", "reprint": done.reprint, "sha256": done.sha256}


def render_kind(ctx: ServiceContext, ident: str, kind: str, *, actor: Actor) -> tuple[str, bytes]:
    """(file name, PDF) of one entry of `bundle_documents`, for the preview (not counted as printed)."""
    scope, uuid, name = parse_kind(kind)
    if scope == "bundle":
        from app.documents.bundle import bundle_notice, bundle_receipt
        from app.services.bundles import _document_view

        view, findings = _document_view(ctx, ident)
        pdf = bundle_receipt(view, dt.date.today()) if name == "受理回执" else bundle_notice(view, findings, dt.date.today())
        return f"{name}-{view['acceptance_number']}.pdf", pdf
    from app.services.printing import render_document

    rendered = render_document(ctx, uuid or "", name, actor=actor, store=False)
    return rendered.filename, rendered.pdf


def deliver(ctx: ServiceContext, ident: str, *, actor: Actor, partial: bool = False) -> dict[str, Any]:
    """出件 of the bundle (see `bundles.deliver_bundle`); the summary after it comes back too."""
    from app.services.bundles import deliver_bundle

    done = deliver_bundle(ctx, ident, actor=actor, partial=partial)
    return {**done, "summary": bundle_summary(ctx, ident)}
