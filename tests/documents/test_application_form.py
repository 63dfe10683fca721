"""The 申请表 (the item's material generated from the form, M01) as a real PDF: the case's values
under the catalog's labels, the signature lines; printed on a CUPS-PDF queue for the applicant's
signature, it is received on the case (audited) and listed on the 受理回执."""

from __future__ import annotations

from app.documents.errors import MissingDocumentValue
from app.services import cases as case_svc
from app.services import printing
from app.storage.tables import AuditRow
from tests.documents.conftest import (
    RAW_ID,
    image_difference,
    make_case,
    pdf_files,
    pdf_text,
    render_png,
    wait_for_output,
)


def squash(text: str) -> str:
    return "".join(text.split())


def test_application_form_renders_the_form_for_signature(ctx, clerk, tmp_path):
    ref = make_case(ctx, clerk, state="draft", received=("M02",))
    case_svc.set_fields(ctx, ref.uuid, {"legal_rep_id_number": RAW_ID, "legal_rep_phone": "13800138000"}, actor=clerk)
    rendered = printing.render_document(ctx, ref.uuid, "application-form", actor=clerk)
    assert rendered.name == "申请表" and rendered.pdf[:5] == b"%PDF-"
    text = squash(pdf_text(rendered.pdf, tmp_path))
    assert "公共场所卫生许可证变更申请表" in text  # the title is the catalog's material name
    for value in ("武汉市青山区悦来宾馆有限公司", "武汉市青山区和平大道1234号", RAW_ID, "13800138000"):
        assert value in text  # the applicant's own declaration: unmasked
    assert "申请人（签字或盖章）" in text and "申请人承诺" in text and ref.acceptance_number in text
    assert "法定代表人" in text  # a label of the catalog's form
    page = render_png(rendered.pdf, tmp_path, dpi=50)
    assert page.shape[0] > page.shape[1] and (page < 128).mean() > 0.01  # A4 portrait with ink on it


def test_application_form_needs_values(ctx, clerk):
    ref = case_svc.create_case(ctx, "010170001000-02", {"what_changes": "unit_name"}, actor=clerk)
    try:
        printing.render_document(ctx, ref.uuid, "申请表", actor=clerk)
    except MissingDocumentValue as exc:
        assert "申请表" in exc.message_zh
    else:
        raise AssertionError("an empty form must not print as a 申请表")


def test_printed_application_form_is_received_and_on_the_receipt(ctx, clerk, cups_pdf_queue, tmp_path):
    queue, out_dir = cups_pdf_queue
    ref = make_case(ctx, clerk, state="draft", received=("M02", "M03", "M04"))
    offered = {c.name: c for c in printing.list_documents(ctx, ref.uuid)}
    assert offered["申请表"].available and offered["申请表"].suggested  # to sign before the decision
    before = pdf_files(out_dir)
    outcome = printing.print_document(ctx, ref.uuid, "申请表", actor=clerk, printer=queue, backend="cups")
    out = wait_for_output(out_dir, before, outcome.job_id)
    kept = ctx.store.attachments.get(outcome.sha256)  # what the case keeps is what went to the printer
    assert "公共场所卫生许可证变更申请表" in squash(pdf_text(kept, tmp_path))
    assert image_difference(render_png(out, tmp_path, dpi=75), render_png(kept, tmp_path, dpi=75)) <= 0.02
    m01 = next(m for m in case_svc.case_form(ctx, ref.uuid)["materials"] if m["code"] == "M01")
    assert m01["status"] == "received"
    with ctx.store.read() as s:
        audit = [a.detail for a in s.query(AuditRow).filter_by(case_uuid=ref.uuid, action="case.material_status")]
    assert {"material": "M01", "status": "received", "source": "application_form"} in audit
    assert not {c.name: c for c in printing.list_documents(ctx, ref.uuid, check=False)}["申请表"].suggested
    decision = {"decision": "accept", "findings": [], "due_date": "2026-12-16",
                "catalog_version": ctx.catalog.version, "catalog_hash": ctx.catalog.content_hash}
    case_svc.transition(ctx, ref.uuid, "pre_reviewed", actor=clerk, reason="预审", decision=decision)
    case_svc.transition(ctx, ref.uuid, "accepted", actor=clerk, reason="受理")
    receipt = squash(pdf_text(printing.render_document(ctx, ref.uuid, "受理回执", actor=clerk).pdf, tmp_path))
    assert "公共场所卫生许可证变更申请表" in receipt
    # after the decision a reprint changes nothing on the case
    printing.print_document(ctx, ref.uuid, "申请表", actor=clerk, printer=queue, backend="cups")
    assert case_svc.case_detail(ctx, ref.uuid)["state"] == "accepted"
