"""作废办件: the dialog the Today queue opens (Delete on an undecided case). The clerk types the
reason; a supervisor types their user name and password at the same window (voiding is a
supervisor's duty, `app.services.voiding`). Enter moves to the next empty line and, on the last,
confirms; Esc cancels. Opened window-modal with `open()` so workers keep reporting back.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget


class VoidDialog(QDialog):
    def __init__(self, parent: QWidget, case_text: str, on_confirm: Callable[[str, str, str], None]):
        super().__init__(parent)
        self.setObjectName("voidDialog")
        self.setWindowTitle(self.tr("作废办件"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(self)
        info = QLabel(self.tr("作废：{case}\n作废后不能恢复；须填写原因，并由审核岗输入工号和密码复核。").format(case=case_text), self)
        info.setWordWrap(True)
        layout.addWidget(info)
        form = QFormLayout()
        self.reason = QLineEdit(self)
        self.reason.setObjectName("voidReason")
        self.reason.setPlaceholderText(self.tr("例如：事项选错、申请人离开、重复建件"))
        self.supervisor = QLineEdit(self)
        self.supervisor.setObjectName("voidSupervisor")
        self.password = QLineEdit(self)
        self.password.setObjectName("voidPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("作废原因"), self.reason)
        form.addRow(self.tr("审核岗工号"), self.supervisor)
        form.addRow(self.tr("审核岗密码"), self.password)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("作废"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        window = parent.window()  # keys go back to the window once the dialog is gone
        self.finished.connect(lambda _r: QTimer.singleShot(0, window.activateWindow))
        self._on_confirm = on_confirm
        self.resize(520, 220)

    def _next(self) -> None:
        """Enter: to the first empty line, or confirm when every line is filled."""
        for edit in (self.reason, self.supervisor, self.password):
            if not edit.text().strip():
                edit.setFocus()
                return
        self.accept()

    def keyPressEvent(self, event) -> None:  # Enter: the next empty line, never a default button
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._next()
            return
        super().keyPressEvent(event)

    def accept(self) -> None:
        values = self.reason.text(), self.supervisor.text(), self.password.text()
        super().accept()
        self._on_confirm(*values)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.reason.setFocus()
