"""The Qt print path (QtPdf + QPrinter, ui/printing.py): pages composited onto white, A4 in
the page's orientation, through the service by backend name, and into a real CUPS queue."""

from __future__ import annotations

import datetime as dt

import pytest

from app.documents import RenderOptions, render_pdf, resolve_document
from app.services import printing
from tests.documents.conftest import (
    fixed_data,
    image_difference,
    make_case,
    pdf_files,
    render_png,
    wait_for_output,
)

pytest.importorskip("PySide6.QtPdf", reason="PySide6-Pdf wheel not installed")

OPTS = RenderOptions(issued_on=dt.date(2026, 11, 22))


def _pdfinfo_size(path) -> tuple[float, float]:
    import subprocess

    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    line = next(x for x in out.splitlines() if x.startswith("Page size:"))
    w, _x, h = line.split(":", 1)[1].split()[:3]
    return float(w), float(h)


@pytest.mark.parametrize("name", ["receipt", "health-license"])
def test_qt_prints_a_page_on_white_that_looks_like_the_pdf(name, tmp_path, qapp):
    from ui.printing import QtPrintBackend

    data = fixed_data(state="approved") if name == "health-license" else fixed_data()
    src = tmp_path / "src.pdf"
    src.write_bytes(render_pdf(resolve_document(name, data.item), data, OPTS))
    out = tmp_path / "qt-out.pdf"
    result = QtPrintBackend().print_pdf(src, printer=None, copies=1, title="t", options={"output_file": str(out)})
    assert result.backend == "qt" and out.exists()
    w, h = _pdfinfo_size(out)
    assert (round(w), round(h)) == ((842, 595) if name == "health-license" else (595, 842))
    printed, original = render_png(out, tmp_path, dpi=100), render_png(src, tmp_path, dpi=100)
    # the Qt path prints a 300 dpi raster (JPEG in Qt's PDF engine): allow two pixels of reach
    assert image_difference(printed, original, reach=2) <= 0.02
    corner = printed[3:30, 3:30]  # the top-left 7 mm: paper only
    assert corner.min() > 245, "background must be white (QtPdf renders transparent pages)"
    assert (printed < 128).mean() > 0.005  # and there is ink on the page


def test_qt_backend_by_name_into_a_cups_queue(ctx, clerk, cups_pdf_queue, tmp_path, qapp):
    queue, out_dir = cups_pdf_queue
    ref = make_case(ctx, clerk)
    before = pdf_files(out_dir)
    outcome = printing.print_document(ctx, ref.uuid, "receipt", actor=clerk, printer=queue, backend="qt")
    produced = wait_for_output(out_dir, before, prefix=f"receipt-{ref.acceptance_number}-{ref.uuid[:8]}")
    assert outcome.backend == "qt" and outcome.printer == queue
    kept = ctx.store.attachments.get(outcome.sha256)
    assert image_difference(render_png(produced, tmp_path, dpi=100), render_png(kept, tmp_path, dpi=100), reach=2) <= 0.02


def test_qt_unknown_printer_is_a_clear_error(tmp_path, qapp):
    from hardware.printer import PrinterError
    from ui.printing import QtPrintBackend

    src = tmp_path / "src.pdf"
    src.write_bytes(render_pdf(resolve_document("receipt"), fixed_data(), OPTS))
    with pytest.raises(PrinterError) as err:
        QtPrintBackend().print_pdf(src, printer="NO_SUCH_PRINTER", copies=1)
    assert "NO_SUCH_PRINTER" in err.value.message_zh
