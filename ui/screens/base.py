"""Common parts of a screen: access to the session, error display, a heading."""

from __future__ import annotations

import re

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


CLI_ADVICE = re.compile(r"zongchuang |ZONGCHUANG_|--[a-z]|`")


def error_text(exc: BaseException) -> str:
    """The error as the clerk reads it: Chinese, English, and a hint — unless the hint is
    command-line advice (a clerk at the window has no terminal; those hints are for IT)."""
    if isinstance(exc, ZongchuangError):
        lines = [f"错误：{exc.message_zh}", f"Error: {exc.message_en}"]
        if exc.hint_zh and not CLI_ADVICE.search(exc.hint_zh):
            lines.append(f"建议：{exc.hint_zh}")
        if exc.hint_en and not CLI_ADVICE.search(exc.hint_en):
            lines.append(f"Hint: {exc.hint_en}")
        return "\n".join(lines)
    return f"{type(exc).__name__}: {exc}"
