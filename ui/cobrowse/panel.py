"""The clerk's co-browse panel (远程帮办): a request banner, accept with the applicant's consent,
decline / end, the helper's ghost suggestions (Insert — or Ctrl+G — takes the selected one; the
F-keys all belong to the workstation, F8 being 受理), and unmasking one
field with the applicant's consent. Thin: every action calls `ClerkEndpoint` / `ClerkShare`."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.cobrowse.signals import Relay

ACCEPT_KEYS = ("Insert", "Ctrl+G")


class CobrowsePanel(QFrame):
    """`endpoint`: a started `sync.cobrowse.endpoints.ClerkEndpoint`; `current_case()` returns the
    uuid of the case on screen (the one a request is accepted for)."""

    def __init__(self, endpoint, current_case: Callable[[], str | None], parent: QWidget | None = None, *,
                 picture_target: Callable[[], QWidget | None] | None = None):
        super().__init__(parent)
        self.endpoint, self.current_case, self.picture_target = endpoint, current_case, picture_target
        self.share = None
        self.pictures = None  # PictureSender while a session runs with a picture target
        self.session_id: str | None = None
        self.setObjectName("cobrowsePanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._bridge = Relay(self)
        self._bridge.event.connect(self._on_event)
        endpoint.listeners.append(self._bridge)

        lay = QVBoxLayout(self)
        title = QLabel(self.tr("远程帮办"))
        title.setStyleSheet("font-weight: bold; font-size: 15px;")
        self.link = QLabel(self.tr("平台连接：未连接"))
        self.status = QLabel(self.tr("暂无协助请求"))
        self.status.setWordWrap(True)
        lay.addWidget(title)
        lay.addWidget(self.link)
        lay.addWidget(self.status)

        self.request_box = QWidget()
        rl = QVBoxLayout(self.request_box)
        rl.setContentsMargins(0, 0, 0, 0)
        self.consent = QCheckBox(self.tr("申请人已同意远程协助（对方只能看到遮蔽后的个人信息）"))
        self.consent.setObjectName("cobrowseConsent")
        buttons = QHBoxLayout()
        self.accept_btn = QPushButton(self.tr("接受协助"))
        self.accept_btn.setObjectName("cobrowseAccept")
        self.decline_btn = QPushButton(self.tr("拒绝"))
        self.accept_btn.setEnabled(False)
        self.consent.toggled.connect(lambda on: self.accept_btn.setEnabled(on))
        self.accept_btn.clicked.connect(self.accept_request)
        self.decline_btn.clicked.connect(self.decline_request)
        buttons.addWidget(self.accept_btn)
        buttons.addWidget(self.decline_btn)
        rl.addWidget(self.consent)
        rl.addLayout(buttons)
        lay.addWidget(self.request_box)

        self.session_box = QWidget()
        sl = QVBoxLayout(self.session_box)
        sl.setContentsMargins(0, 0, 0, 0)
        self.pointer = QLabel("")
        self.pointer.setStyleSheet("color: #b45309;")
        sl.addWidget(self.pointer)
        sl.addWidget(QLabel(self.tr("远程建议值（选中后按 Insert 采纳）")))
        self.ghosts = QListWidget()
        self.ghosts.setObjectName("cobrowseGhosts")
        self.ghosts.setMaximumHeight(120)
        sl.addWidget(self.ghosts)
        row = QHBoxLayout()
        self.take_btn = QPushButton(self.tr("采纳 (Insert)"))
        self.drop_btn = QPushButton(self.tr("忽略"))
        self.take_btn.clicked.connect(self.accept_ghost)
        self.drop_btn.clicked.connect(self.dismiss_ghost)
        row.addWidget(self.take_btn)
        row.addWidget(self.drop_btn)
        sl.addLayout(row)
        urow = QHBoxLayout()
        self.unmask_field = QComboBox()
        self.unmask_field.setObjectName("cobrowseUnmaskField")
        self.unmask_btn = QPushButton(self.tr("经申请人同意，向对方显示此项"))
        self.unmask_btn.clicked.connect(self.unmask_selected)
        urow.addWidget(self.unmask_field, 1)
        urow.addWidget(self.unmask_btn)
        sl.addLayout(urow)
        self.end_btn = QPushButton(self.tr("结束协助"))
        self.end_btn.setObjectName("cobrowseEnd")
        self.end_btn.clicked.connect(self.end_session)
        sl.addWidget(self.end_btn)
        lay.addWidget(self.session_box)
        lay.addStretch(1)

        self.shortcuts = []
        for seq in ACCEPT_KEYS:
            sc = QShortcut(QKeySequence(seq), self)
            sc.setContext(Qt.ShortcutContext.ApplicationShortcut)  # wherever the clerk's focus is
            sc.activated.connect(self.accept_ghost)
            self.shortcuts.append(sc)
        self._pending: str | None = None
        self._refresh()

    # -- state -----------------------------------------------------------------------------------

    def _refresh(self) -> None:
        self.request_box.setVisible(self._pending is not None and self.share is None)
        self.session_box.setVisible(self.share is not None)

    def _on_event(self, name: str, payload: dict) -> None:
        if name == "link":
            self.link.setText(self.tr("平台连接：已连接") if payload.get("state") == "connected"
                              else self.tr("平台连接：已断开，正在重连（不影响受理）"))
        elif name == "request":
            self._pending = payload.get("session")
            note = payload.get("note") or ""
            who = payload.get("helper", "")
            if payload.get("helper_user"):
                who = f"{payload['helper_user']}（{who}）"
            self.status.setText(self.tr("{0} 请求远程协助当前办件。{1}").format(who, note))
            self.consent.setChecked(False)
        elif name == "ended":
            if payload.get("session") in (self.session_id, self._pending):
                self._ended(self.tr("协助已结束"))
        elif name == "peer":
            self.status.setText(self.tr("对方已断开，等待重连…") if payload.get("state") == "left"
                                else self.tr("对方已重新连接"))
        elif name == "pointer":
            key = payload.get("field")
            self.pointer.setText(self.tr("对方指向：{0}").format(self._label(key)) if key else "")
        elif name in ("suggestion", "accepted"):
            self._fill_ghosts()
        self._refresh()

    def _label(self, key: str | None) -> str:
        if not key or self.share is None:
            return key or ""
        try:
            from app.services import cases as case_service

            item = self.share.ctx.catalog.get(case_service.case_form(self.share.ctx, self.share.case_uuid)["item_code"])
            spec = item.field(key)
            return spec.label if spec else key
        except Exception:
            return key

    def _fill_ghosts(self) -> None:
        self.ghosts.clear()
        if self.share is None:
            return
        for key, value in self.share.ghosts.items():
            it = QListWidgetItem(f"{self._label(key)}：{value}")
            it.setData(Qt.ItemDataRole.UserRole, key)
            self.ghosts.addItem(it)
        if self.ghosts.count():
            self.ghosts.setCurrentRow(0)

    def _ended(self, text: str) -> None:
        if self.pictures is not None:
            self.pictures.stop()
            self.pictures = None
        self.share, self.session_id = None, None
        # a request that came in meanwhile is offered next
        self._pending = next((sid for sid in self.endpoint.requests if sid != self._pending), None)
        self.status.setText(text)
        self.ghosts.clear()
        self.pointer.setText("")

    # -- actions ---------------------------------------------------------------------------------

    def accept_request(self) -> None:
        case = self.current_case()
        if self._pending is None or not case:
            self.status.setText(self.tr("请先打开要协助的办件"))
            return
        self.share = self.endpoint.accept(self._pending, case, applicant_consent=self.consent.isChecked())
        self.session_id, self._pending = self.share.session_id, None
        self.share.listeners.append(self._bridge)
        self.unmask_field.clear()
        from app.services.cobrowse import build_view

        view = build_view(self.share.ctx, case, thumbs=False)
        for key in view["field_order"]:
            if view["fields"][key]["maskable"]:
                self.unmask_field.addItem(view["fields"][key]["label"], key)
        if self.picture_target is not None:
            from ui.cobrowse.picture import PictureSender

            self.pictures = PictureSender(self.share, self.picture_target, parent=self)
        self.status.setText(self.tr("正在协助：对方可看到本办件（个人信息已遮蔽）"))
        self._refresh()

    def decline_request(self) -> None:
        if self._pending:
            self.endpoint.decline(self._pending)
        self._ended(self.tr("已拒绝协助请求"))
        self._refresh()

    def accept_ghost(self) -> None:
        if self.share is None or not self.ghosts.count():
            return
        item = self.ghosts.currentItem() or self.ghosts.item(0)
        self.share.accept_suggestion(item.data(Qt.ItemDataRole.UserRole))
        self._fill_ghosts()

    def dismiss_ghost(self) -> None:
        if self.share is None or self.ghosts.currentItem() is None:
            return
        self.share.dismiss_suggestion(self.ghosts.currentItem().data(Qt.ItemDataRole.UserRole))
        self._fill_ghosts()

    def unmask_selected(self) -> None:
        key = self.unmask_field.currentData()
        if self.share is None or not key:
            return
        self.share.unmask(key)
        self.status.setText(self.tr("已按申请人同意向对方显示：{0}（已记录审计）").format(self.unmask_field.currentText()))

    def end_session(self) -> None:
        if self.session_id:
            self.endpoint.end(self.session_id)
        self._ended(self.tr("协助已结束"))
        self._refresh()
