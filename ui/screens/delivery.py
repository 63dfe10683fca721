"""出件: results that came back from the platform (approved / rejected / 补正), print the
certificate or notice, and mark the case delivered once the applicant has it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.cases.lifecycle import CaseState
from app.security.masking import mask_applicant_name
from app.services import cases as case_svc
from app.services import printing as printing_svc
from ui.ops import act
from ui.screens import bundle_views
from ui.screens.base import Screen, error_text

RESULT_STATES = (CaseState.APPROVED, CaseState.REJECTED, CaseState.CORRECTION_REQUESTED)


class DeliveryScreen(Screen):
    key = "delivery"

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(session, parent)
        self.set_heading(self.tr("出件"))
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("deliveryTable")
        self.table.setHorizontalHeaderLabels([self.tr("受理编号"), self.tr("事项"), self.tr("结果"), self.tr("申请人")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list for 打印证照 / 确认已出件
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.layout_.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.print_cert = QPushButton(self.tr("打印证照/通知"), self)
        self.print_cert.setObjectName("printCertificate")
        self.deliver = QPushButton(self.tr("确认已出件"), self)
        self.deliver.setObjectName("markDelivered")
        row.addWidget(self.print_cert)
        row.addWidget(self.deliver)
        row.addStretch(1)
        self.layout_.addLayout(row)
        self.state = QLabel("", self)
        self.state.setObjectName("deliveryState")
        self.layout_.addWidget(self.state)
        self.bundles: list[dict] = []
        self.confirm_box = None
        self.last_bundle_print: dict | None = None
        self.last_delivery: dict | None = None
        self.print_cert.clicked.connect(self.print_certificate)
        self.deliver.clicked.connect(self.mark_delivered)

    def title(self) -> str:
        return self.tr("出件")

    def activate(self) -> None:
        self.refresh()
        self.table.setFocus()

    def refresh(self) -> None:
        rows = [c for s in RESULT_STATES for c in case_svc.list_cases(self.session.ctx, state=str(s))]
        rows, self.bundles = bundle_views.split_delivery(self.session.ctx, rows)  # 一件事: one row, its members
        self.table.setRowCount(len(rows))
        for r, c in enumerate(rows):
            for col, text in enumerate([c.acceptance_number, c.item_name, c.state_label,
                                        mask_applicant_name(c.applicant_name, c.applicant_kind)]):
                it = QTableWidgetItem(text)
                it.setData(Qt.ItemDataRole.UserRole, c.uuid)
                self.table.setItem(r, col, it)
        bundle_views.append_delivery(self.table, self.bundles)
        if self.table.rowCount():
            self.table.selectRow(0)
        n = len(rows) + len(self.bundles)
        self.state.setText(self.tr("待出件 {n} 件").format(n=n) if n else self.tr("没有待出件的办件"))

    def _current(self) -> str:
        it = self.table.item(self.table.currentRow(), 0)
        return it.data(Qt.ItemDataRole.UserRole) if it else ""

    def print_certificate(self) -> None:
        if bundle_views.delivery_print(self):  # 一件事: all members' certificates in one job
            return
        uuid = self._current()
        if uuid:
            devices = self.session.devices
            act(self, printing_svc.print_at_window, self.session.ctx, uuid, "certificate",
                printer=devices.document_printer, backend=devices.print_backend,
                on_done=lambda r: self.state.setText(self.tr("已送打印：{w}").format(w=r.get("where") or r.get("pdf"))),
                on_error=lambda exc: self.state.setText(error_text(exc)))

    def mark_delivered(self) -> None:
        if bundle_views.delivery_deliver(self):  # 一件事: all members at once (or 部分出件, confirmed)
            return
        uuid = self._current()
        if not uuid:
            return
        act(self, case_svc.transition, self.session.ctx, uuid, "delivered", reason="窗口出件",
            on_done=lambda _r: self.refresh())
