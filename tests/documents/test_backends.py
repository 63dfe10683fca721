"""Printer back ends' own errors: clear, bilingual, before anything reaches a spooler."""

from __future__ import annotations

import sys

import pytest

from hardware.printer import PrinterError, backend_names, get_backend
from hardware.printer.cups import CupsBackend
from hardware.printer.windows import ShellPrintBackend


def test_builtin_backends_and_qt_found_by_name():
    assert {"cups", "windows"} <= set(backend_names())
    pytest.importorskip("PySide6.QtPrintSupport")
    assert get_backend("qt").name == "qt"  # ui.printing found lazily, hardware never imports it


def test_unknown_backend():
    with pytest.raises(PrinterError) as err:
        get_backend("fax")
    assert "fax" in err.value.message_zh and "cups" in err.value.message_en


@pytest.mark.skipif(sys.platform == "win32", reason="the guard is for non-Windows machines")
def test_windows_verb_is_refused_elsewhere(tmp_path):
    backend = ShellPrintBackend()
    assert not backend.available() and backend.list_printers() == []
    pdf = tmp_path / "a.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    with pytest.raises(PrinterError) as err:
        backend.print_pdf(pdf, printer="X")
    assert "Windows" in err.value.message_zh


def test_cups_without_clients_says_what_to_install(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))  # no lp/lpstat here
    backend = CupsBackend()
    assert not backend.available() and backend.list_printers() == []
    pdf = tmp_path / "a.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    with pytest.raises(PrinterError) as err:
        backend.print_pdf(pdf, printer="VPDF")
    assert "cups-client" in err.value.hint_zh


@pytest.mark.parametrize("copies", [0, 100, -1])
def test_copies_are_checked(copies, tmp_path):
    with pytest.raises(PrinterError):
        CupsBackend().print_pdf(tmp_path / "a.pdf", printer="VPDF", copies=copies)


def test_missing_file(tmp_path):
    with pytest.raises(PrinterError) as err:
        CupsBackend().print_pdf(tmp_path / "nope.pdf", printer="VPDF")
    assert "nope.pdf" in err.value.message_zh
