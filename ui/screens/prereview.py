"""Pre-review: run the engine (F7) in a worker, list its findings by severity (each jumps to
its field or material), show the engine's own decision word (一次性告知补正 when materials are
missing) and offer the one action that fits it (`app.services.decisions`): accept (F8), 容缺
accept (F8), print the 一次性告知书 and keep the case open (F8), or — only when the engine decided
refusal — refuse after a confirmation that names the reasons; 转人工 is always there."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.services import decisions
from ui import confirm
from ui.ops import act
from ui.screens.base import Screen, error_text

SEVERITY_ORDER = {"block": 0, "容缺": 1, "warn": 2, "info": 3}
SEVERITY_STYLE = {"block": (QT_TRANSLATE_NOOP("PreReviewScreen", "阻断"), "#c62828"),
                  "容缺": (QT_TRANSLATE_NOOP("PreReviewScreen", "可容缺"), "#b36b00"),
                  "warn": (QT_TRANSLATE_NOOP("PreReviewScreen", "提醒"), "#1565c0"),
                  "info": (QT_TRANSLATE_NOOP("PreReviewScreen", "提示"), "#555")}
DECISION_ZH = {"accept": QT_TRANSLATE_NOOP("PreReviewScreen", "予以受理"),
               "accept_with_tolerance": QT_TRANSLATE_NOOP("PreReviewScreen", "容缺受理"),
               "notify": QT_TRANSLATE_NOOP("PreReviewScreen", "一次性告知"),
               "refuse": QT_TRANSLATE_NOOP("PreReviewScreen", "不予受理"),
               "manual": QT_TRANSLATE_NOOP("PreReviewScreen", "转人工审核")}
WORDS = {"受理": QT_TRANSLATE_NOOP("PreReviewScreen", "受理"),
         "容缺受理": QT_TRANSLATE_NOOP("PreReviewScreen", "容缺受理"),
         "一次性告知补正": QT_TRANSLATE_NOOP("PreReviewScreen", "一次性告知补正"),
         "不予受理": QT_TRANSLATE_NOOP("PreReviewScreen", "不予受理"),
         "转人工审核": QT_TRANSLATE_NOOP("PreReviewScreen", "转人工审核")}


class PreReviewScreen(Screen):
    key = "prereview"
    jump_field = Signal(str)
    jump_material = Signal(str)
    decided = Signal(str, str)  # uuid, decision

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(session, parent)
        self.set_heading(self.tr("智能预审"))
        self.result_label = QLabel(self.tr("按 F7 开始预审"), self)
        self.result_label.setObjectName("reviewResult")
        self.result_label.setWordWrap(True)
        self.layout_.addWidget(self.result_label)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("findings")
        self.table.setHorizontalHeaderLabels([self.tr("级别"), self.tr("问题"), self.tr("位置"), self.tr("依据/建议")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(0, 80)
        header.resizeSection(2, 120)
        header.resizeSection(3, 360)
        self.table.setWordWrap(True)
        self.layout_.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.run_button = QPushButton(self.tr("预审（F7）"), self)
        self.run_button.setObjectName("runReview")
        self.accept_button = QPushButton(self.tr("受理（F8）"), self)
        self.accept_button.setObjectName("decide_accept")
        self.tolerance_button = QPushButton(self.tr("容缺受理"), self)
        self.tolerance_button.setObjectName("decide_accept_with_tolerance")
        self.notify_button = QPushButton(self.tr("打印一次性告知书"), self)
        self.notify_button.setObjectName("decide_notify")
        self.refuse_button = QPushButton(self.tr("不予受理"), self)
        self.refuse_button.setObjectName("decide_refuse")
        self.manual_button = QPushButton(self.tr("转人工"), self)
        self.manual_button.setObjectName("decide_manual")
        self.buttons = {"accept": self.accept_button, "accept_with_tolerance": self.tolerance_button,
                        "notify": self.notify_button, "refuse": self.refuse_button, "manual": self.manual_button}
        row.addWidget(self.run_button)
        row.addStretch(1)
        for b in self.buttons.values():
            b.setEnabled(False)
            # room for the longest label a button takes ("…（F8）" when it is the suggested one)
            b.setMinimumWidth(b.fontMetrics().horizontalAdvance(b.text() + "（F8）") + 36)
            row.addWidget(b)
        self.layout_.addLayout(row)
        self.run_button.clicked.connect(self.run_review)
        for decision, b in self.buttons.items():
            b.clicked.connect(lambda _c=False, d=decision: self.decide(d))
        self.table.itemActivated.connect(lambda it: self._jump(it.row()))
        self.result: dict | None = None
        self.running = False
        self.main_action = ""
        self.confirm_box: QMessageBox | None = None

    def title(self) -> str:
        return self.tr("预审")

    def activate(self) -> None:
        self.run_button.setFocus()

    def run_review(self) -> None:
        uuid = self.session.case_uuid
        if not uuid or self.running:
            return
        self.running = True
        self.result_label.setText(self.tr("正在预审…"))
        for b in self.buttons.values():
            b.setEnabled(False)
        if act(self, decisions.prereview, self.session.ctx, uuid, on_done=self._show, on_error=self._failed) is None:
            self.running = False

    def _failed(self, exc: Exception) -> None:
        self.running = False
        self.result_label.setText(error_text(exc))

    def _show(self, result: dict) -> None:
        self.running = False
        self.result = result
        findings = sorted(result.get("findings", []), key=lambda f: SEVERITY_ORDER.get(f.get("severity"), 9))
        self._findings = findings
        self.table.setRowCount(len(findings))
        for r, f in enumerate(findings):
            sev, color = SEVERITY_STYLE.get(f.get("severity"), (f.get("severity", ""), "#333"))
            sev = self.tr(sev)
            # the clerk reads labels and material names; the keys stay behind for the jump
            where = " · ".join(x for x in (f.get("field_label") or f.get("field") or "",
                                           f.get("material_name") or f.get("material") or "") if x)
            cells = [sev, f.get("message", ""), where, " ".join(x for x in (f.get("basis") or "", f.get("hint") or "") if x)]
            for c, text in enumerate(cells):
                it = QTableWidgetItem(text)
                if c == 0:
                    it.setForeground(QColor(color))
                self.table.setItem(r, c, it)
        self.table.resizeRowsToContents()
        word = decisions.decision_word(result)
        counts = {k: sum(1 for f in findings if f.get("severity") == k) for k in SEVERITY_ORDER}
        self.result_label.setText(self.tr(
            "预审结论：{d}  ·  阻断 {b} · 可容缺 {t} · 提醒 {w} · 提示 {i}  ·  承诺办结 {due}").format(
            d=self.tr(WORDS.get(word, word)), b=counts["block"], t=counts["容缺"], w=counts["warn"], i=counts["info"],
            due=result.get("due_date") or "—"))
        offered = decisions.offered_actions(result)
        self.main_action = offered[0]
        for name, b in self.buttons.items():
            b.setEnabled(name in offered)
            b.setDefault(False)
        labels = {"accept": self.tr("受理"), "accept_with_tolerance": self.tr("容缺受理"),
                  "notify": self.tr("打印一次性告知书")}
        for name, text in labels.items():
            self.buttons[name].setText(text + (self.tr("（F8）") if name == self.main_action else ""))
        target = self.buttons.get(self.main_action)
        if target is not None and self.main_action != "manual":
            target.setDefault(self.main_action != "refuse")
            target.setFocus()
        elif findings:
            self.table.setFocus()
            self.table.selectRow(0)

    def keyPressEvent(self, event) -> None:
        """Enter on a focused decision button takes it (a refusal still asks for confirmation)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            for name, b in self.buttons.items():
                if b.hasFocus() and b.isEnabled():
                    self.decide(name)
                    return
        super().keyPressEvent(event)

    def _jump(self, row: int) -> None:
        f = self._findings[row]
        if f.get("field"):
            self.jump_field.emit(f["field"])
        elif f.get("material"):
            self.jump_material.emit(f["material"])

    def accept_shortcut(self) -> None:
        """F8: take the engine's decision (accept, 容缺 or 一次性告知) when it calls for one; never a refusal."""
        for name in ("accept", "accept_with_tolerance", "notify"):
            if self.buttons[name].isEnabled():
                self.decide(name)
                return

    def confirm_refusal(self, then) -> None:
        """The refusal names its reasons and needs an explicit 确认 (Enter alone cancels); `then`
        runs when the clerk confirmed."""
        reasons = decisions.refusal_reasons(self.result or {})

        def cancelled() -> None:
            self.status(self.tr("已取消，未作出决定"))
            self.refuse_button.setFocus()

        confirm.ask(self, icon=QMessageBox.Icon.Warning, title=self.tr("确认不予受理"),
                    text=self.tr("将作出不予受理决定，并打印《不予受理通知书》，理由：\n\n{r}\n\n确定不予受理吗？").format(
                        r="\n".join(f"{i}. {r}" for i, r in enumerate(reasons, 1)) or "—"),
                    yes=self.tr("确认不予受理"), yes_role=QMessageBox.ButtonRole.DestructiveRole,
                    box_name="refuseConfirm", yes_name="confirmRefuse", on_yes=then, on_cancel=cancelled)

    def decide(self, decision: str, confirmed: bool = False) -> None:
        uuid = self.session.case_uuid
        if not uuid or not self.buttons[decision].isEnabled():
            return
        if decision == "refuse" and not confirmed:
            self.confirm_refusal(lambda: self.decide("refuse", confirmed=True))
            return
        # off the GUI thread (ui.ops); a refusal reaches here only after the clerk confirmed it
        act(self, decisions.decide, self.session.ctx, uuid, decision, confirmed=decision == "refuse",
            on_done=lambda _r: self._decided(uuid, decision))

    def _decided(self, uuid: str, decision: str) -> None:
        for b in self.buttons.values():
            b.setEnabled(False)
        if decision == "notify":
            self.status(self.tr("已一次性告知，办件保留待申请人补齐后继续受理"))
        else:
            self.status(self.tr("已{d}").format(d=self.tr(DECISION_ZH.get(decision, decision))))
        self.decided.emit(uuid, decision)
