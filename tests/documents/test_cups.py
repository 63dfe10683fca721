"""Printing through a real CUPS scheduler into the CUPS-PDF virtual printer: the job goes
through `lp`, the output file appears, carries the embedded font and looks like the PDF the
case keeps; reprints carry 补打; every attempt (also a failed one) is in the audit trail."""

from __future__ import annotations

import pytest

from app.services import printing
from app.storage.tables import AuditRow
from tests.conftest import cli_login
from tests.documents.conftest import (
    image_difference,
    make_case,
    pdf_files,
    pdf_fonts,
    pdf_text,
    render_png,
    wait_for_output,
)

pytestmark = pytest.mark.hwsim


def _print_and_collect(ctx, clerk, ref, doc, queue, out_dir, **kw):
    before = pdf_files(out_dir)
    outcome = printing.print_document(ctx, ref.uuid, doc, actor=clerk, printer=queue, backend="cups", **kw)
    return outcome, wait_for_output(out_dir, before, outcome.job_id)


def test_receipt_prints_on_a_cups_pdf_queue_and_reprint_is_marked(ctx, clerk, cups_pdf_queue, tmp_path):
    queue, out_dir = cups_pdf_queue
    ref = make_case(ctx, clerk)
    first, out1 = _print_and_collect(ctx, clerk, ref, "receipt", queue, out_dir)
    assert first.printer == queue and first.job_id.startswith(f"{queue}-") and not first.reprint
    assert out1.read_bytes()[:5] == b"%PDF-"
    assert any("LXGWWenKai" in f["name"] and f["emb"] for f in pdf_fonts(out1, tmp_path))
    kept = ctx.store.attachments.get(first.sha256)  # what the case keeps is what went to the printer
    assert image_difference(render_png(out1, tmp_path, dpi=75), render_png(kept, tmp_path, dpi=75)) <= 0.02
    assert ref.acceptance_number.split("-")[-1] in pdf_text(out1, tmp_path)

    second, out2 = _print_and_collect(ctx, clerk, ref, "受理回执", queue, out_dir, copies=2)
    assert second.reprint and second.copies == 2 and out2 != out1
    reprint_pdf = ctx.store.attachments.get(second.sha256)
    assert "补打" in pdf_text(reprint_pdf, tmp_path)
    assert image_difference(render_png(out2, tmp_path, dpi=75), render_png(reprint_pdf, tmp_path, dpi=75)) <= 0.02
    assert image_difference(render_png(out2, tmp_path, dpi=75), render_png(out1, tmp_path, dpi=75)) > 0.02

    history = printing.print_history(ctx, ref.acceptance_number)
    assert [(h["document"], h["reprint"], h["copies"], h["ok"]) for h in history] == [
        ("受理回执", False, 1, True), ("受理回执", True, 2, True)]
    assert all(h["job"] and h["printer"] == queue and h["actor"] == clerk.user for h in history)
    listed = {c.name: c.printed for c in printing.list_documents(ctx, ref.uuid, check=False)}
    assert listed["受理回执"] == 2


def test_tolerance_notice_defaults_to_two_copies(ctx, clerk, cups_pdf_queue):
    queue, out_dir = cups_pdf_queue
    ref = make_case(ctx, clerk)
    outcome, out = _print_and_collect(ctx, clerk, ref, "tolerance-notice", queue, out_dir)
    assert outcome.copies == 2 and out.stat().st_size > 0


def test_failed_print_is_audited_and_explained(ctx, clerk, cups_pdf_queue):
    ref = make_case(ctx, clerk)
    with pytest.raises(printing.PrintFailed) as err:
        printing.print_document(ctx, ref.uuid, "receipt", actor=clerk, printer="NO_SUCH_QUEUE", backend="cups")
    assert "NO_SUCH_QUEUE" in err.value.message_zh and err.value.exit_code == 8
    with ctx.store.read() as s:
        row = s.query(AuditRow).filter_by(case_uuid=ref.uuid, action="document.print").one()
        assert row.ok is False and row.detail["printer"] == "NO_SUCH_QUEUE"
    # a failed attempt does not make the next print a reprint
    assert printing.list_documents(ctx, ref.uuid, check=False)[0].printed == 0


def test_printer_listing_probe_and_calibration_page(ctx, clerk, cups_pdf_queue, tmp_path):
    from hardware.inventory import probe_all

    queue, out_dir = cups_pdf_queue
    names = [p["name"] for p in printing.list_printers("cups")]
    assert queue in names
    devices = probe_all(["printers"])["printers"]
    assert any(d["id"] == queue and d["backend"] == "cups" for d in devices)
    printing.set_calibration(ctx, queue, 2.0, 1.0, actor=clerk)
    before = pdf_files(out_dir)
    job = printing.print_calibration_page(ctx, queue, actor=clerk, backend="cups")
    out = wait_for_output(out_dir, before, job)
    assert job.startswith(f"{queue}-") and out.read_bytes()[:5] == b"%PDF-"


def test_cli_prints_to_the_queue(ctx, clerk, data_dir, cups_pdf_queue, capsys):
    from app.cli.main import main

    queue, out_dir = cups_pdf_queue
    ref = make_case(ctx, clerk)
    cli_login(ctx)
    before = pdf_files(out_dir)
    assert main(["--data-dir", str(data_dir), "print", "材料接收凭证", "--case", ref.acceptance_number,
                 "--printer", queue, "--copies", "1"]) == 0
    printed = capsys.readouterr().out
    assert f"到 {queue}" in printed
    wait_for_output(out_dir, before, printed.rsplit("任务", 1)[-1].strip())
