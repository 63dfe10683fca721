"""Print: the documents of the case (受理回执, 材料接收凭证, notices) rendered as PDF by the
documents service, previewed here, printed (F9) or reprinted (补打, recorded as such)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.services import printing as printing_svc
from ui.ops import act, query
from ui.screens import bundle_print
from ui.screens.base import Screen, error_text


def render_pdf_page(path: Path, width: int = 800, page: int = 0) -> QImage:
    """First page of a PDF as an image on white (QtPdf renders with a transparent background)."""
    from PySide6.QtCore import QSize
    from PySide6.QtPdf import QPdfDocument

    doc = QPdfDocument()
    doc.load(str(path))
    if doc.pageCount() == 0:
        return QImage()
    size = doc.pagePointSize(page)
    height = int(width * size.height() / max(size.width(), 1))
    img = doc.render(page, QSize(width, height))
    out = QImage(img.size(), QImage.Format.Format_RGB32)
    out.fill(Qt.GlobalColor.white)
    p = QPainter(out)
    p.drawImage(0, 0, img)
    p.end()
    doc.close()
    return out


class PrintScreen(Screen):
    key = "print"
    printed = Signal(str)

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(session, parent)
        self.set_heading(self.tr("打印文书"))
        body = QHBoxLayout()
        left = QVBoxLayout()
        self.docs = QListWidget(self)
        self.docs.setObjectName("documentList")
        self.docs.setWordWrap(True)
        left.addWidget(self.docs, 1)
        self.print_button = QPushButton(self.tr("打印（F9）"), self)
        self.print_button.setObjectName("printButton")
        self.reprint_button = QPushButton(self.tr("补打"), self)
        self.reprint_button.setObjectName("reprintButton")
        left.addWidget(self.print_button)
        left.addWidget(self.reprint_button)
        self.state = QLabel("", self)
        self.state.setObjectName("printState")
        self.state.setWordWrap(True)
        left.addWidget(self.state)
        body.addLayout(left, 2)
        self.preview = QLabel(self.tr("无预览"), self)
        self.preview.setObjectName("pdfPreview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.preview)
        body.addWidget(scroll, 3)
        self.layout_.addLayout(body, 1)
        self.docs.currentRowChanged.connect(lambda _r: self._preview())
        self.print_button.clicked.connect(lambda: self.print_current(reprint=False))
        self.reprint_button.clicked.connect(lambda: self.print_current(reprint=True))
        self.pdfs: dict[str, Path] = {}
        self.last_result: dict | None = None
        self._queue: list[str] = []
        self.printed_now: list[str] = []  # what this window printed (the status line of each)

    def title(self) -> str:
        return self.tr("打印")

    def activate(self) -> None:
        self.refresh()
        self.docs.setFocus()

    def refresh(self, then_print: bool | list[str] = False) -> None:
        """Load the case's documents in a worker (each is dry-rendered to know if it can print);
        `then_print`: the documents to print next, in order (True: the first printable one)."""
        uuid = self.session.case_uuid
        if not uuid:
            self.docs.clear()
            self.state.setText(self.tr("尚未选择办件"))
            return
        if bundle_print.handles(self.session, uuid):  # 一件事: the bundle's one receipt and notice
            bundle_print.refresh(self, uuid, then_print)
            return
        self.state.setText(self.tr("正在准备文书…"))
        query(self, printing_svc.case_documents, self.session.ctx, uuid,
              on_done=lambda docs: self._loaded(docs, then_print),
              on_error=lambda exc: self.state.setText(error_text(exc)))

    def _loaded(self, documents: list[dict], then_print: bool | list[str]) -> None:
        keep = self.current_kind()
        self.docs.blockSignals(True)
        self.docs.clear()
        first = -1
        for i, d in enumerate(documents):
            text = d["title"]
            if d.get("printed"):
                text += self.tr("（已打印 {n} 次）").format(n=d["printed"])
            if d.get("available") is False:
                text += self.tr(" — 暂不可打印：{r}").format(r=d.get("reason", ""))
            it = QListWidgetItem(text)
            it.setData(Qt.ItemDataRole.UserRole, d["kind"])
            if d.get("available") is False:
                it.setFlags(it.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            elif first < 0:
                first = i
            self.docs.addItem(it)
        self.docs.blockSignals(False)
        kinds = [d["kind"] for d in documents]
        self.docs.setCurrentRow(kinds.index(keep) if keep in kinds and then_print is False else max(first, 0))
        self.state.setText(self.tr("可打印 {n} 份文书").format(n=sum(1 for d in documents if d.get("available") is not False)))
        if isinstance(then_print, list):
            printable = [d["kind"] for d in documents if d.get("available") is not False]
            self._queue = [k for k in then_print if k in printable]
            if self._queue:
                self.docs.setCurrentRow(kinds.index(self._queue[0]))
            self._print_next()
        elif then_print and first >= 0:
            self.print_current()

    def _print_next(self) -> None:
        if self._queue:
            kind = self._queue.pop(0)
            self.print_kind(kind)

    def current_kind(self) -> str:
        it = self.docs.currentItem()
        return it.data(Qt.ItemDataRole.UserRole) if it else ""

    def _preview(self) -> None:
        kind, uuid = self.current_kind(), self.session.case_uuid
        it = self.docs.currentItem()
        if not kind or not uuid or it is None or not it.flags() & Qt.ItemFlag.ItemIsEnabled:
            return
        if bundle_print.is_bundle_kind(kind):
            bundle_print.preview(self, kind)
            return
        self.state.setText(self.tr("正在生成预览…"))
        query(self, printing_svc.preview_document, self.session.ctx, uuid, kind, as_clerk=True, on_done=self._show_pdf,
              on_error=lambda exc: self.state.setText(error_text(exc)))

    def _show_pdf(self, path: Path) -> None:
        self.pdfs[self.current_kind()] = Path(path)
        img = render_pdf_page(Path(path), width=max(600, self.preview.width() - 20))
        self.preview.setPixmap(QPixmap.fromImage(img))
        self.state.setText(self.tr("预览：{name}").format(name=Path(path).name))

    def print_current(self, reprint: bool = False) -> None:
        self.print_kind(self.current_kind(), reprint)

    def print_kind(self, kind: str, reprint: bool = False) -> None:
        uuid = self.session.case_uuid
        if not kind or not uuid:
            return
        if bundle_print.is_bundle_kind(kind):
            bundle_print.print_kind(self, kind)
            return
        self.state.setText(self.tr("正在打印…"))
        devices = self.session.devices  # the printers the composition root chose (补打 is decided by the service)
        act(self, printing_svc.print_at_window, self.session.ctx, uuid, kind, printer=devices.document_printer,
            backend=devices.print_backend, queue=True, on_done=self._printed, on_error=lambda exc: self.state.setText(error_text(exc)))

    def _printed(self, result: dict) -> None:
        self.last_result = result
        self.printed_now.append(result.get("document", ""))
        self.state.setText(self.tr("《{doc}》已送打印：{where}{re}").format(
            doc=result.get("document", ""), where=result.get("where", ""), re=self.tr("（补打）") if result.get("reprint") else ""))
        if self._queue:
            self._print_next()
            return
        self.refresh()
        self.printed.emit(self.session.case_uuid)
