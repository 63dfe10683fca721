"""Windows: the shell `print`/`printto` verb of the default PDF handler.

It depends on which PDF viewer is installed and is the least reliable path (hardware.md §6);
the workstation prefers the Qt path (`ui/printing.py`) on Windows and keeps this as a fallback
for command-line use. Guarded by platform: elsewhere it reports itself unavailable.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from hardware.printer.base import PrinterError, PrinterInfo, PrintResult, check_copies


class ShellPrintBackend:
    name = "windows"

    def available(self) -> bool:
        return sys.platform == "win32"

    def list_printers(self) -> list[PrinterInfo]:
        if not self.available():
            return []
        try:
            import win32print  # type: ignore[import-not-found]
        except ImportError:
            return []
        default = win32print.GetDefaultPrinter()
        flags = win32print.PRINTER_ENUM_LOCAL | win32print.PRINTER_ENUM_CONNECTIONS
        return [PrinterInfo(p[2], self.name, p[2] == default) for p in win32print.EnumPrinters(flags)]

    def print_pdf(self, pdf: Path, *, printer: str | None, copies: int = 1, title: str = "",
                  options: dict[str, str] | None = None) -> PrintResult:
        check_copies(copies)
        if not self.available():
            raise PrinterError("Windows 打印方式只能在 Windows 上使用", "the Windows print verb only works on Windows",
                               hint_zh="Linux 上请用 cups 或 qt 打印方式", hint_en="use the cups or qt backend on Linux")
        startfile = getattr(os, "startfile")  # noqa: B009 - Windows only
        for _ in range(copies):
            try:
                if printer:
                    startfile(str(pdf), "printto", f'"{printer}"')
                else:
                    startfile(str(pdf), "print")
            except OSError as exc:
                raise PrinterError(f"系统没有可打印 PDF 的默认程序：{exc}", f"no default program can print PDFs: {exc}",
                                   hint_zh="请改用 Qt 打印方式（界面中打印）", hint_en="use the Qt backend (print from the UI)") from None
        return PrintResult(self.name, printer or "", copies)
