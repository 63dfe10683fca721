"""The Qt print path: a PDF rendered page by page with QtPdf and painted onto a `QPrinter`.

This drives the Windows spooler and CUPS the same way with no external PDF program, which is
why the workstation prefers it on Windows (the shell print verb depends on whatever PDF viewer
is installed). QtPdf (the separate `PySide6-Pdf` wheel from 6.12) renders pages with a
transparent background, so each page is composited onto white before it is painted.

It implements `hardware.printer.PrintBackend` under the name "qt" and registers itself when
imported; `hardware.printer.get_backend("qt")` also finds it lazily (entry point / known plugin),
so `app.services.printing.print_document(..., backend="qt")` works from the UI.
"""

from __future__ import annotations

from pathlib import Path

from hardware.printer import PrinterError, PrinterInfo, PrintResult, register_backend
from hardware.printer.base import check_copies

MAX_DPI = 300  # enough for text and QR codes; an A4 page at 300 dpi is a 35 MB image


def _ensure_app():
    """QtPdf and QPrinter need an application object; a full QApplication (not a bare
    QGuiApplication) so widgets created later in the same process still work."""
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


class QtPrintBackend:
    name = "qt"

    def available(self) -> bool:
        try:
            import PySide6.QtPdf  # noqa: F401
            import PySide6.QtPrintSupport  # noqa: F401
        except ImportError:
            return False
        return True

    def list_printers(self) -> list[PrinterInfo]:
        if not self.available():
            return []
        from PySide6.QtPrintSupport import QPrinterInfo

        _ensure_app()
        default = QPrinterInfo.defaultPrinterName()
        return [PrinterInfo(n, self.name, n == default, "idle") for n in QPrinterInfo.availablePrinterNames()]

    def print_pdf(self, pdf: Path, *, printer: str | None, copies: int = 1, title: str = "",
                  options: dict[str, str] | None = None) -> PrintResult:
        """Print `pdf` on `printer` (a Qt/system printer name; None = the default printer).
        `options={"output_file": path}` writes a PDF through Qt's PDF engine instead (tests,
        "print to file")."""
        check_copies(copies)
        if not self.available():
            raise PrinterError("缺少 QtPdf / QtPrintSupport（PySide6-Pdf 未安装）", "QtPdf/QtPrintSupport missing (install PySide6-Pdf)")
        from PySide6.QtCore import QMarginsF, QRect, QSize, Qt
        from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

        _ensure_app()
        output_file = (options or {}).get("output_file")
        if output_file:
            qprinter = QPrinter(QPrinter.PrinterMode.HighResolution)
            qprinter.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            qprinter.setOutputFileName(str(output_file))
            target = str(output_file)
        else:
            info = QPrinterInfo.printerInfo(printer) if printer else QPrinterInfo.defaultPrinter()
            if info.isNull():
                known = "、".join(QPrinterInfo.availablePrinterNames()) or "无"
                raise PrinterError(f"找不到打印机 {printer or '（系统默认）'}（可用：{known}）",
                                   f"printer {printer or '(system default)'} not found (available: {known})",
                                   hint_zh="请在设置中选择打印机", hint_en="choose a printer in the settings")
            qprinter = QPrinter(info, QPrinter.PrinterMode.HighResolution)
            target = info.printerName()
        qprinter.setDocName(title or Path(pdf).stem)
        qprinter.setCopyCount(copies)
        qprinter.setFullPage(True)

        doc = QPdfDocument()
        doc.load(str(pdf))
        if doc.status() != QPdfDocument.Status.Ready or doc.pageCount() < 1:
            raise PrinterError(f"无法读取要打印的 PDF：{pdf}", f"cannot read the PDF to print: {pdf}")
        painter = QPainter()
        try:
            for index in range(doc.pageCount()):
                points = doc.pagePointSize(index)
                orientation = (QPageLayout.Orientation.Landscape if points.width() > points.height()
                               else QPageLayout.Orientation.Portrait)
                layout = QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation, QMarginsF(0, 0, 0, 0))
                qprinter.setPageLayout(layout)
                if index == 0:
                    if not painter.begin(qprinter):
                        raise PrinterError(f"打印机 {target} 无法开始打印", f"printer {target} could not start the job")
                elif not qprinter.newPage():
                    raise PrinterError(f"打印机 {target} 无法换页", f"printer {target} could not start a new page")
                dpi = min(qprinter.resolution(), MAX_DPI)
                size = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
                rendered = doc.render(index, size)
                page = QImage(size, QImage.Format.Format_RGB32)
                page.fill(Qt.GlobalColor.white)  # QtPdf pages are transparent: composite onto white
                p = QPainter(page)
                p.drawImage(0, 0, rendered)
                p.end()
                full = qprinter.pageLayout().fullRectPixels(qprinter.resolution())
                painter.drawImage(QRect(0, 0, full.width(), full.height()), page)
        finally:
            if painter.isActive():
                painter.end()
            doc.close()
        return PrintResult(self.name, target, copies)


register_backend("qt", QtPrintBackend)
