"""Common parts of a screen: access to the session, error display, a heading."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QVBoxLayout, QWidget

from app.errors import ZongchuangError
from ui.session import Session


class Screen(QWidget):
    """A page of the main window. `activate()` is called each time it is shown."""

    key = "screen"

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(12, 8, 12, 8)
        self.heading = QLabel(self)
        self.heading.setObjectName("heading")
        self.layout_.addWidget(self.heading)

    def title(self) -> str:
        return self.key

    def set_heading(self, text: str) -> None:
        self.heading.setText(text)

    def activate(self) -> None:
        """Refresh from the services; screens override."""

    def show_error(self, exc: BaseException) -> None:
        self.window().setProperty("last_error", error_text(exc))
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("无法完成"), error_text(exc), parent=self)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setObjectName("errorBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _r: self.window().activateWindow())
        box.open()

    def status(self, text: str) -> None:
        self.session.status.emit(text)


def error_text(exc: BaseException) -> str:
    if isinstance(exc, ZongchuangError):
        return exc.bilingual()
    return f"{type(exc).__name__}: {exc}"
