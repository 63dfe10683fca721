"""A keyboard-first choice: a question and a list (↑↓ choose, Enter takes it, Esc cancels).

Used where the clerk must decide where something goes (a page that fits no material, moving a
page to another material). It is opened window-modal with `open()` so the event loop keeps
running (workers report back, tests drive it by keyboard); the answer arrives by callback.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget


class ChoiceDialog(QDialog):
    def __init__(self, parent: QWidget, title: str, question: str, options: list[tuple[str, Any]],
                 on_choice: Callable[[Any], None], current: int = 0, name: str = "choiceDialog"):
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(self)
        label = QLabel(question, self)
        label.setWordWrap(True)
        layout.addWidget(label)
        layout.addWidget(QLabel(self.tr("↑↓ 选择，Enter 确定，Esc 取消"), self))
        self.list = QListWidget(self)
        self.list.setObjectName("choices")
        for text, value in options:
            it = QListWidgetItem(text)
            it.setData(Qt.ItemDataRole.UserRole, value)
            self.list.addItem(it)
        self.list.setCurrentRow(max(0, min(current, len(options) - 1)))
        layout.addWidget(self.list)
        self.list.itemActivated.connect(lambda _it: self.accept())
        window = parent.window()  # keys go back to the window once the dialog is gone
        self.finished.connect(lambda _r: QTimer.singleShot(0, window.activateWindow))
        self._on_choice = on_choice
        self.resize(520, min(480, 120 + 28 * len(options)))

    def accept(self) -> None:
        it = self.list.currentItem()
        value = it.data(Qt.ItemDataRole.UserRole) if it is not None else None
        super().accept()
        self._on_choice(value)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.list.setFocus()
