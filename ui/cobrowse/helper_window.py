"""The helper's window (`zongchuang helper`): the live case of a town window — item, 情形,
material checklist with thumbnails, form fields (masked as they arrive), findings — plus
pointing at a field and suggesting a value. Thin: it renders `HelperEndpoint.doc`."""

from __future__ import annotations

import base64

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.cobrowse.signals import Relay

HIGHLIGHT = QColor("#fde68a")


class HelperWindow(QMainWindow):
    def __init__(self, endpoint, target: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.endpoint, self.target = endpoint, target
        self.setWindowTitle(self.tr("综窗 · 远程帮办（协助端）"))
        self.resize(1000, 640)
        self._bridge = Relay(self)
        self._bridge.event.connect(self._on_event)
        endpoint.listeners.append(self._bridge)
        self._pointed: str | None = None

        root = QWidget()
        lay = QVBoxLayout(root)
        top = QHBoxLayout()
        self.target_edit = QLineEdit(target)
        self.target_edit.setPlaceholderText(self.tr("窗口工作站编号，如 420107-01"))
        self.request_btn = QPushButton(self.tr("请求协助"))
        self.request_btn.clicked.connect(self.request)
        self.end_btn = QPushButton(self.tr("结束"))
        self.end_btn.clicked.connect(lambda: self.endpoint.end())
        self.status = QLabel(self.tr("未连接"))
        top.addWidget(QLabel(self.tr("窗口：")))
        top.addWidget(self.target_edit)
        top.addWidget(self.request_btn)
        top.addWidget(self.end_btn)
        top.addWidget(self.status, 1)
        lay.addLayout(top)
        self.header = QLabel("")
        self.header.setObjectName("helperHeader")
        self.header.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.header.setWordWrap(True)
        lay.addWidget(self.header)

        split = QSplitter(Qt.Orientation.Horizontal)
        self.fields = QTableWidget(0, 3)
        self.fields.setObjectName("helperFields")
        self.fields.setHorizontalHeaderLabels([self.tr("字段"), self.tr("值"), self.tr("来源")])
        self.fields.horizontalHeader().setStretchLastSection(True)
        self.fields.setColumnWidth(0, 180)
        self.fields.setColumnWidth(1, 260)
        self.fields.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.fields.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.fields.itemSelectionChanged.connect(self._selected)
        split.addWidget(self.fields)
        side = QWidget()
        sl = QVBoxLayout(side)
        sl.addWidget(QLabel(self.tr("材料清单")))
        self.materials = QListWidget()
        self.materials.setIconSize(QSize(40, 56))
        sl.addWidget(self.materials, 2)
        sl.addWidget(QLabel(self.tr("窗口画面（遮蔽后，约每秒 1–2 帧）")))
        self.picture = QLabel(self.tr("（尚无画面）"))
        self.picture.setObjectName("helperPicture")
        self.picture.setMinimumHeight(160)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        sl.addWidget(self.picture, 2)
        sl.addWidget(QLabel(self.tr("预审发现")))
        self.findings = QListWidget()
        sl.addWidget(self.findings, 1)
        split.addWidget(side)
        split.setSizes([620, 380])
        lay.addWidget(split, 1)

        bottom = QHBoxLayout()
        self.point_btn = QPushButton(self.tr("指向此字段"))
        self.point_btn.clicked.connect(self.point_selected)
        self.suggest_edit = QLineEdit()
        self.suggest_edit.setPlaceholderText(self.tr("建议值（对方按 Insert 采纳）"))
        self.suggest_edit.returnPressed.connect(self.suggest_selected)
        self.suggest_btn = QPushButton(self.tr("发送建议"))
        self.suggest_btn.clicked.connect(self.suggest_selected)
        bottom.addWidget(self.point_btn)
        bottom.addWidget(self.suggest_edit, 1)
        bottom.addWidget(self.suggest_btn)
        lay.addLayout(bottom)
        self.setCentralWidget(root)

    # -- rendering -------------------------------------------------------------------------------

    def _on_event(self, name: str, payload: dict) -> None:
        states = {"requested": self.tr("已发出请求，等待窗口接受…"), "accepted": self.tr("窗口已接受，正在协助"),
                  "ended": self.tr("协助已结束")}
        if name in states:
            self.status.setText(states[name])
        elif name == "link":
            self.status.setText(self.tr("已连接平台") if payload.get("state") == "connected"
                                else self.tr("与平台断开，正在重连…"))
        elif name == "peer":
            self.status.setText(self.tr("窗口端已断开，等待重连…") if payload.get("state") == "left"
                                else self.tr("窗口端已重新连接"))
        elif name in ("snapshot", "patch"):
            self.render()
        elif name == "picture":
            pix = QPixmap()
            if pix.loadFromData(base64.b64decode(payload.get("jpeg_b64", ""))):
                self.picture.setPixmap(pix.scaled(self.picture.width(), self.picture.height(),
                                                  Qt.AspectRatioMode.KeepAspectRatio,
                                                  Qt.TransformationMode.SmoothTransformation))

    def render(self) -> None:
        doc = self.endpoint.doc
        if not doc:
            return
        answers = "；".join(f"{s['question']} {'、'.join(s['answer'])}" for s in doc.get("situations", []))
        self.header.setText(f"{doc['item']['name']}（{doc['item']['code']}）  {doc['case']['acceptance_number']}  "
                            f"{doc['case']['state_label']}\n{self.tr('情形')}：{answers}")
        selected = self.selected_key()
        self.fields.setRowCount(len(doc["field_order"]))
        for row, key in enumerate(doc["field_order"]):
            f = doc["fields"][key]
            label = QTableWidgetItem(("* " if f["required"] else "") + f["label"])
            label.setData(Qt.ItemDataRole.UserRole, key)
            value = QTableWidgetItem((f["value"] or "") + (self.tr("（已遮蔽）") if f["masked"] else ""))
            source = QTableWidgetItem(f["source"] or "")
            if key in doc.get("ghosts", []):
                source.setText((f["source"] or "") + self.tr("（建议待采纳）"))
            for it in (label, value, source):
                if key == doc.get("pointer"):
                    it.setBackground(QBrush(HIGHLIGHT))
            self.fields.setItem(row, 0, label)
            self.fields.setItem(row, 1, value)
            self.fields.setItem(row, 2, source)
            if key == selected:
                self.fields.selectRow(row)
        self.materials.clear()
        for m in doc["materials"]:
            it = QListWidgetItem(f"{m['code']} {m['name']} — {m.get('status_label', m['status'])}" + (self.tr("（必交）") if m["required"] else ""))
            for page in m["pages"]:
                if page.get("thumb_jpeg_b64"):
                    pix = QPixmap()
                    pix.loadFromData(base64.b64decode(page["thumb_jpeg_b64"]))
                    it.setIcon(pix)
                    break
            self.materials.addItem(it)
        self.findings.clear()
        for f in doc["findings"]:
            self.findings.addItem(f"[{f['severity']}] {f['message']}")

    def selected_key(self) -> str | None:
        rows = self.fields.selectionModel().selectedRows() if self.fields.selectionModel() else []
        if not rows:
            return None
        it = self.fields.item(rows[0].row(), 0)
        return it.data(Qt.ItemDataRole.UserRole) if it else None

    def _selected(self) -> None:
        key = self.selected_key()
        if key and self.endpoint.doc:
            f = self.endpoint.doc["fields"].get(key, {})
            self.suggest_edit.setPlaceholderText(self.tr("为“{0}”建议值（对方按 Insert 采纳）").format(f.get("label", key)))

    # -- actions ---------------------------------------------------------------------------------

    def request(self) -> None:
        target = self.target_edit.text().strip()
        if target:
            self.endpoint.request(target)

    def point_selected(self) -> None:
        self.endpoint.point(self.selected_key())

    def suggest_selected(self) -> None:
        key, value = self.selected_key(), self.suggest_edit.text().strip()
        if key and value:
            self.endpoint.suggest(key, value)
            self.suggest_edit.clear()
