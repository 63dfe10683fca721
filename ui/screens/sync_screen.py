"""Sync: whether the platform is reachable, why sending stopped (network, credential, clock with
both machines' times, platform failing), what is waiting to go, progress of a run, the cases
that failed with their reason and a retry, and 立即重试 (F11 syncs now, in a worker)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.services import sync as sync_svc
from ui.ops import act, query
from ui.screens.base import Screen, error_text

STATE_STYLE = {"stopped_credentials": "color: #c62828; font-weight: bold;",
               "stopped_clock": "color: #c62828; font-weight: bold;",
               "stopped_version": "color: #c62828; font-weight: bold;",
               "platform_failing": "color: #b36b00;", "waiting_network": "color: #b36b00;"}
KIND_ZH = {"submission": QT_TRANSLATE_NOOP("SyncScreen", "办件上报"),
           "audit": QT_TRANSLATE_NOOP("SyncScreen", "审计批次")}


class SyncScreen(Screen):
    key = "sync"

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(session, parent)
        self.set_heading(self.tr("数据同步"))
        self.summary = QLabel("", self)
        self.summary.setObjectName("syncSummary")
        self.summary.setWordWrap(True)
        self.layout_.addWidget(self.summary)
        self.state_label = QLabel("", self)  # why sending stopped: network, credential, clock, platform
        self.state_label.setObjectName("syncState")
        self.state_label.setWordWrap(True)
        self.state_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.layout_.addWidget(self.state_label)
        self.notice = QLabel("", self)  # what the last action did (e.g. a case returned for correction)
        self.notice.setObjectName("syncNotice")
        self.notice.setWordWrap(True)
        self.notice.setVisible(False)
        self.layout_.addWidget(self.notice)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("syncProgress")
        self.layout_.addWidget(self.progress)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("syncErrors")
        self.table.setHorizontalHeaderLabels([self.tr("受理编号"), self.tr("类型"), self.tr("尝试次数"), self.tr("错误")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.layout_.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.sync_button = QPushButton(self.tr("立即同步（F11）"), self)
        self.sync_button.setObjectName("syncNow")
        self.retry_button = QPushButton(self.tr("重试选中"), self)
        self.retry_button.setObjectName("retry")
        self.retry_now_button = QPushButton(self.tr("立即重试"), self)
        self.retry_now_button.setObjectName("retryNow")
        self.retry_now_button.setToolTip(self.tr("不再等待重试间隔，所有待上报的办件立即重试"))
        self.return_button = QPushButton(self.tr("退回修改"), self)
        self.return_button.setObjectName("returnForCorrection")
        self.return_button.setToolTip(self.tr("平台拒收的办件退回草稿：修改后重新预审、受理，再次上报"))
        row.addWidget(self.sync_button)
        row.addWidget(self.retry_button)
        row.addWidget(self.retry_now_button)
        row.addWidget(self.return_button)
        row.addStretch(1)
        self.layout_.addLayout(row)
        self.sync_button.clicked.connect(self.sync_now)
        self.retry_button.clicked.connect(self.retry_selected)
        self.retry_now_button.clicked.connect(self.retry_now)
        self.return_button.clicked.connect(self.return_selected)
        session.bridge.sync_event.connect(self._on_event)
        self.running = False

    def title(self) -> str:
        return self.tr("同步")

    def activate(self) -> None:
        self.refresh()
        self.sync_button.setFocus()

    def refresh(self) -> None:
        try:
            st = {**sync_svc.window_status(self.session.ctx), "online": self.session.online,
                  "last_sync": self.session.last_sync}
        except Exception as exc:
            self.summary.setText(error_text(exc))
            return
        online = self.tr("平台在线") if st.get("online") else self.tr("离线：办件保存在本机，恢复联网后自动上报")
        self.summary.setText(self.tr("{online}  ·  待上报 {p}  ·  失败 {f}  ·  上次同步 {t}").format(
            online=online, p=st.get("pending", 0), f=len(st.get("errors", [])), t=st.get("last_sync") or "—"))
        self.state_label.setText(self.state_text())
        errors = st.get("errors", [])
        self.table.setRowCount(len(errors))
        for r, e in enumerate(errors):
            kind = self.tr(KIND_ZH[e.get("kind", "")]) if e.get("kind") in KIND_ZH else e.get("kind", "")
            for c, text in enumerate([e.get("acceptance_number", ""), kind, str(e.get("attempts", "")),
                                      e.get("error", "")]):
                it = QTableWidgetItem(text)
                it.setData(Qt.ItemDataRole.UserRole, e)
                it.setToolTip(text)  # a long platform message is cut in the cell
                self.table.setItem(r, c, it)

    def state_text(self) -> str:
        """The queue's state as `sync status` says it (persisted by whichever process sent)."""
        try:
            st = sync_svc.queue_state(self.session.ctx)
        except Exception as exc:
            return error_text(exc)
        self.state_label.setStyleSheet(STATE_STYLE.get(st["state"], ""))  # a stop stands out from the counts
        lines = [self.tr("队列状态：{label}").format(label=st["label"])]
        clock = st.get("clock") if st["state"] == "stopped_clock" else None
        if clock:
            lines.append(self.tr("本机时间 {local}，平台时间 {platform}，相差 {minutes} 分钟").format(
                local=_shown(clock["local_time"]), platform=_shown(clock["platform_time"]),
                minutes=f"{abs(clock['skew_seconds']) / 60:.1f}"))
            lines.append(clock.get("advice", ""))
        if st.get("last_error") and not clock:  # for the clock, the lines above say it all
            lines.append(self.tr("最近错误：{error}").format(error=st["last_error"]))
        if st.get("next_try"):
            lines.append(self.tr("下次尝试：{at}").format(at=_shown(st["next_try"])))
        if st.get("action") and not clock:
            lines.append(st["action"])
        return "\n".join(line for line in lines if line)

    def retry_now(self) -> None:
        """立即重试: every row waiting out a backoff is due now, then a pass."""
        act(self, sync_svc.end_waits, self.session.ctx, reason="立即重试",
           on_done=lambda _n: (self.refresh(), self.sync_now()))

    def _on_event(self, name: str, payload: dict) -> None:
        if "done" in payload and "total" in payload:
            self.progress.setMaximum(max(int(payload["total"]), 1))
            self.progress.setValue(int(payload["done"]))
        if self.isVisible():
            self.refresh()

    def sync_now(self) -> None:
        if self.running:
            return
        self.running = True
        self.progress.setMaximum(0)  # busy until the first progress event
        query(self, self._send_once, on_done=self._done, on_error=self._failed)

    def _send_once(self) -> dict:
        """(In the worker) one sending pass of the outbox sender; progress arrives as `sync.progress` events."""
        import datetime as dt

        report = self.session.sync_runner().run_once()
        self.session.last_sync = dt.datetime.now().strftime("%H:%M:%S")
        return dict(report.__dict__)

    def retry_selected(self) -> None:
        it = self.table.item(self.table.currentRow(), 0)
        if it is None:
            return
        act(self, sync_svc.retry_rows, self.session.ctx, case=it.data(Qt.ItemDataRole.UserRole).get("case_uuid"),
            on_done=lambda _n: self.sync_now())

    def return_selected(self) -> None:
        it = self.table.item(self.table.currentRow(), 0)
        if it is None:
            return
        entry = it.data(Qt.ItemDataRole.UserRole)
        act(self, sync_svc.return_rejected, self.session.ctx, entry["case_uuid"], entry.get("error", ""),
            on_done=lambda _r: self._returned(entry))

    def _returned(self, entry: dict) -> None:
        message = self.tr("办件 {n} 已退回草稿：请在“今日办件”中打开，修改后重新预审、受理").format(
            n=entry.get("acceptance_number", ""))
        self.notice.setText(message)
        self.notice.setVisible(True)
        self.refresh()

    def _done(self, result) -> None:
        self.running = False
        self.progress.setMaximum(1)
        self.progress.setValue(1)
        self.refresh()

    def _failed(self, exc: Exception) -> None:
        self.running = False
        self.progress.setMaximum(1)
        self.progress.setValue(0)
        self.summary.setText(error_text(exc))
        self.state_label.setText(self.state_text())


def _shown(value: str) -> str:
    import datetime as dt

    return dt.datetime.fromisoformat(value).astimezone().strftime("%Y-%m-%d %H:%M:%S")
