"""A consequential choice asked without blocking the window: the dialog opens non-modally,
Enter alone cancels (the safe button is the default), and exactly one of the two callbacks
runs when it closes. Used where a clerk's single key press must never take a decision that
affects the applicant (不予受理, 部分出件)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def ask(screen: QWidget, *, icon: QMessageBox.Icon, title: str, text: str, yes: str, yes_role: QMessageBox.ButtonRole,
        box_name: str, yes_name: str, on_yes: Callable[[], None], on_cancel: Callable[[], None]) -> QMessageBox:
    """Open the confirmation on `screen` (kept as `screen.confirm_box` while it is open, for the
    keyboard tests) and return it."""
    box = QMessageBox(icon, title, text, parent=screen)
    box.setObjectName(box_name)
    confirm = box.addButton(yes, yes_role)
    confirm.setObjectName(yes_name)
    cancel = box.addButton(screen.tr("取消"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    screen.confirm_box = box

    def finished(_result: int) -> None:
        screen.confirm_box = None
        screen.window().activateWindow()
        (on_yes if box.clickedButton() is confirm else on_cancel)()

    box.finished.connect(finished)
    box.open()
    return box
