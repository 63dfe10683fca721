"""Today: the queue of cases with state, outcome (受理 / 容缺受理 with the 补齐 deadline / 等待申请人补齐
after a 一次性告知 / 不予受理, from `app.services.decisions.outcomes`) and sync badges, search
(acceptance number, name, ID number — shown masked) and a state filter. Enter opens the case;
Delete on an undecided case voids it with a reason and a supervisor's confirmation."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.cases.lifecycle import LABELS_ZH, CaseState
from app.security.masking import mask_applicant_name, mask_id_number
from app.services import cases as case_svc
from app.services import decisions
from ui.screens import bundle_views
from ui.screens.base import Screen

SYNC_BADGE = {CaseState.QUEUED: (QT_TRANSLATE_NOOP("TodayScreen", "… 待上报"), "#b36b00"),
              CaseState.SYNCED: (QT_TRANSLATE_NOOP("TodayScreen", "✔ 已上报"), "#2e7d32"),
              CaseState.IN_APPROVAL: (QT_TRANSLATE_NOOP("TodayScreen", "✔ 审批中"), "#2e7d32"),
              CaseState.APPROVED: (QT_TRANSLATE_NOOP("TodayScreen", "✔ 待出件"), "#1565c0"),
              CaseState.CORRECTION_REQUESTED: (QT_TRANSLATE_NOOP("TodayScreen", "✖ 需补正"), "#c62828")}


class TodayScreen(Screen):
    key = "today"
    open_case = Signal(str)

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(session, parent)
        self.set_heading(self.tr("今日办件"))
        bar = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setObjectName("todaySearch")
        self.search.setPlaceholderText(self.tr("搜索：受理编号 / 姓名或单位 / 证件号码（Ctrl+F）"))
        self.search.setClearButtonEnabled(True)
        self.filter = QComboBox(self)
        self.filter.setObjectName("todayFilter")
        self.filter.addItem(self.tr("全部状态"), "")
        for state, text in LABELS_ZH.items():
            self.filter.addItem(text, str(state))
        bar.addWidget(self.search, 3)
        bar.addWidget(self.filter, 1)
        self.layout_.addLayout(bar)
        self.table = QTableWidget(0, 8, self)
        self.table.setObjectName("todayTable")
        self.table.setHorizontalHeaderLabels([self.tr("受理编号"), self.tr("事项"), self.tr("申请人"),
                                              self.tr("证件号码"), self.tr("状态"), self.tr("办理结果"),
                                              self.tr("同步"), self.tr("承诺办结")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col in (0, 4, 7):  # number, state (准予（待出件）), promised date: never cut
            self.table.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.layout_.addWidget(self.table, 1)
        self.search.textChanged.connect(self.refresh)
        self.search.returnPressed.connect(self._focus_table)
        self.filter.currentIndexChanged.connect(self.refresh)
        self.table.itemActivated.connect(lambda item: self._open(item.row()))
        # a bound method, so the connection ends with this widget (the language switch rebuilds it)
        session.bridge.case_changed.connect(self._case_changed)
        self.setTabOrder(self.search, self.filter)
        self.setTabOrder(self.filter, self.table)

    def title(self) -> str:
        return self.tr("今日办件")

    def _case_changed(self, _uuid: str) -> None:
        if self.isVisible():
            self.refresh()

    def activate(self) -> None:
        self.refresh()
        self.search.setFocus()

    def refresh(self) -> None:
        rows = case_svc.list_cases(self.session.ctx, state=self.filter.currentData() or None,
                                   query=self.search.text() or None)
        rows, bundles = bundle_views.group_today(self.session.ctx, rows)  # 一件事: members under their bundle
        outcomes = decisions.outcomes(self.session.ctx, [c.uuid for c in rows])
        self.table.setRowCount(len(rows))
        for r, c in enumerate(rows):
            badge, color = SYNC_BADGE.get(CaseState(c.state), ("", "")) if c.state in CaseState._value2member_map_ else ("", "")
            badge = self.tr(badge) if badge else ""
            out = outcomes.get(c.uuid) or {}
            result = " · ".join(x for x in (out.get("word", ""), out.get("detail", "")) if x)
            cells = [c.acceptance_number, c.item_name, mask_applicant_name(c.applicant_name, c.applicant_kind),
                     mask_id_number(c.applicant_id_number), c.state_label, result, badge,
                     c.due_date.isoformat() if c.due_date else ""]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, c.uuid)
                if col == 5 and out.get("word") == "等待申请人补齐":
                    item.setForeground(QColor("#b36b00"))
                if col == 6 and color:
                    item.setForeground(QColor(color))
                self.table.setItem(r, col, item)
        bundle_views.decorate_today(self.table, bundles)
        if rows:
            self.table.selectRow(bundle_views.first_row(self.table, self.search.text()))

    def _focus_table(self) -> None:
        if self.table.rowCount():
            self.table.setFocus()
            self.table.selectRow(bundle_views.first_row(self.table, self.search.text()))

    def keyPressEvent(self, event) -> None:  # Enter on the table opens the case
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.table.hasFocus():
            self._open(self.table.currentRow())
            return
        if event.key() == Qt.Key.Key_Delete and self.table.hasFocus():
            self.void_selected()
            return
        super().keyPressEvent(event)

    def _open(self, row: int) -> None:
        item = self.table.item(row, 0)
        if item is not None:
            uuid = item.data(Qt.ItemDataRole.UserRole)
            self.session.select_case(uuid)
            self.open_case.emit(uuid)

    # -- voiding an undecided case (Delete) ------------------------------------------------------------
    def void_selected(self) -> None:
        row = self.table.currentRow()
        item = self.table.item(row, 0)
        if item is None or bundle_views.refuse_bundle_row(self, row):  # a 一件事 row is not one case
            return
        uuid, state = item.data(Qt.ItemDataRole.UserRole), self.table.item(row, 4).text()
        if state not in (LABELS_ZH[CaseState.DRAFT], LABELS_ZH[CaseState.PRE_REVIEWED]):
            self.status(self.tr("只有尚未作出受理决定的办件（草稿、已预审）可在此作废；其他请由审核岗处理"))
            return
        from ui.void_dialog import VoidDialog

        text = f"{item.text()} {self.table.item(row, 1).text()}"
        dialog = VoidDialog(self, text, lambda reason, user, pw: self._void(uuid, reason, user, pw))
        dialog.open()

    def _void(self, uuid: str, reason: str, supervisor: str, password: str) -> None:
        from app.services import voiding
        from ui.ops import op

        def done(result: dict) -> None:
            self.status(self.tr("办件 {n} 已作废（审核岗 {who} 复核）").format(n=result["acceptance_number"],
                                                                       who=result["approved_by"]))
            if self.session.case_uuid == uuid:
                self.session.select_case("")
            self.refresh()
            self.table.setFocus()

        op(self, voiding.void_draft, self.session.ctx, uuid, reason, actor=self.session.actor, supervisor=supervisor,
           password=password, on_done=done)
