"""Login: offline against the local credential; shows the center and window identity."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QWidget

from app.services import login as login_svc
from ui.ops import op
from ui.screens.base import Screen, error_text


class LoginScreen(Screen):
    key = "login"
    logged_in = Signal()

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(session, parent)
        ws = session.ctx.workstation
        self.set_heading(self.tr("综窗 · 综合受理窗口工作站"))
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        ident = QLabel(self.tr("{center}（{code}）  第 {window} 号窗口").format(
            center=ws.center_name, code=ws.center_code, window=ws.window_no), self)
        ident.setObjectName("identity")
        ident.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.layout_.addWidget(ident)
        box = QWidget(self)
        form = QFormLayout(box)
        self.user = QLineEdit(self)
        self.user.setObjectName("loginUser")
        self.user.setPlaceholderText(self.tr("工号"))
        self.password = QLineEdit(self)
        self.password.setObjectName("loginPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("用户名"), self.user)
        form.addRow(self.tr("密码"), self.password)
        self.button = QPushButton(self.tr("登录（Enter）"), self)
        self.button.setObjectName("loginButton")
        self.button.setDefault(True)
        form.addRow("", self.button)
        self.message = QLabel("", self)
        self.message.setObjectName("loginMessage")
        self.message.setWordWrap(True)
        form.addRow("", self.message)
        self.mode = QLabel(login_svc.login_mode_text(session.ctx), self)
        self.mode.setWordWrap(True)
        form.addRow("", self.mode)
        box.setMaximumWidth(520)
        self.layout_.addWidget(box, alignment=Qt.AlignmentFlag.AlignHCenter)
        self.layout_.addStretch(1)
        self.user.returnPressed.connect(self.password.setFocus)
        self.password.returnPressed.connect(self.submit)
        self.button.clicked.connect(self.submit)
        self.setTabOrder(self.user, self.password)
        self.setTabOrder(self.password, self.button)

    def title(self) -> str:
        return self.tr("登录")

    def activate(self) -> None:
        self.password.clear()
        locked = self.session.security is not None and self.session.security.locked
        self.user.setReadOnly(locked)
        if locked:
            self.user.setText(self.session.security.user)
            self.message.setText(self.tr("屏幕已锁定，请输入密码解锁"))
            self.password.setFocus()
        else:
            self.user.setFocus()

    def submit(self) -> None:
        """Check the password off the GUI thread (Argon2 takes a moment); the result comes back here."""
        if self.session.security is not None and self.session.security.locked:
            args = (self.session.unlock, self.password.text())
        else:
            args = (self._login, self.user.text(), self.password.text())
        self.message.setText(self.tr("正在核验…"))
        op(self, *args, on_done=self._logged_in, on_error=self._refused)

    def _login(self, user: str, password: str):
        """(In the worker) the login service; its security session (idle lock) is kept on the session."""
        return self.session.start_security(login_svc.login(self.session.ctx, user, password,
                                                           terminal=self.session.terminal))

    def _logged_in(self, actor) -> None:
        self.message.clear()
        self.session.login(actor)
        self.logged_in.emit()

    def _refused(self, exc: Exception) -> None:
        self.message.setText(error_text(exc))
        self.password.selectAll()
        self.password.setFocus()
