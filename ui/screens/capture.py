"""Capture: live camera preview with the detected document outline, auto-capture when the
page lies still, scanner and file import, thumbnails per material with quality reasons, retake.

Frames are grabbed and analysed in a worker (`capabilities.camera_frame`); the GUI only paints
the returned image and outline. Keys: ↑/↓ choose the material, F5 (or Space) captures,
Ctrl+O imports a file, Ctrl+R retakes the selected page, A toggles auto-capture.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QImage, QKeySequence, QPainter, QPen, QPixmap, QPolygonF, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.services import cases as case_svc
from ui import capabilities
from ui.screens.base import Screen, error_text
from ui.worker import run_task


def to_qimage(frame) -> QImage:
    """A numpy BGR/gray frame (or encoded bytes) as a QImage (copied: the array may go away)."""
    if isinstance(frame, (bytes, bytearray)):
        img = QImage()
        img.loadFromData(bytes(frame))
        return img
    if frame is None:
        return QImage()
    h, w = frame.shape[:2]
    if frame.ndim == 2:
        return QImage(frame.data, w, h, frame.strides[0], QImage.Format.Format_Grayscale8).copy()
    return QImage(frame.data, w, h, frame.strides[0], QImage.Format.Format_BGR888).copy()


class CaptureScreen(Screen):
    key = "capture"
    captured = Signal(str)

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(session, parent)
        self.set_heading(self.tr("材料采集"))
        body = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("材料（↑↓ 选择）"), self))
        self.materials = QListWidget(self)
        self.materials.setObjectName("materialList")
        self.materials.setIconSize(QSize(64, 64))
        left.addWidget(self.materials, 1)
        body.addLayout(left, 2)
        mid = QVBoxLayout()
        self.preview = QLabel(self.tr("无摄像头画面"), self)
        self.preview.setObjectName("preview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(320, 240)
        self.preview.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.preview.setStyleSheet("background:#222;color:#ddd")
        mid.addWidget(self.preview, 1)
        self.camera_state = QLabel("", self)
        self.camera_state.setObjectName("cameraState")
        self.camera_state.setWordWrap(True)
        mid.addWidget(self.camera_state)
        buttons = QHBoxLayout()
        self.shoot = QPushButton(self.tr("拍摄（F5/空格）"), self)
        self.shoot.setObjectName("shoot")
        self.auto = QCheckBox(self.tr("自动拍摄（A）"), self)
        self.auto.setObjectName("autoCapture")
        self.auto.setChecked(True)
        self.scan = QPushButton(self.tr("扫描仪"), self)
        self.scan.setObjectName("scan")
        self.import_button = QPushButton(self.tr("导入文件（Ctrl+O）"), self)
        self.import_button.setObjectName("importFile")
        self.retake = QPushButton(self.tr("重拍（Ctrl+R）"), self)
        self.retake.setObjectName("retake")
        for b in (self.shoot, self.auto, self.scan, self.import_button, self.retake):
            buttons.addWidget(b)
        mid.addLayout(buttons)
        body.addLayout(mid, 4)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("质量检查"), self))
        self.quality = QLabel("—", self)
        self.quality.setObjectName("qualityReasons")
        self.quality.setWordWrap(True)
        self.quality.setAlignment(Qt.AlignmentFlag.AlignTop)
        right.addWidget(self.quality, 1)
        body.addLayout(right, 2)
        self.layout_.addLayout(body, 1)
        self.shoot.clicked.connect(self.capture_now)
        self.import_button.clicked.connect(self.import_dialog)
        self.scan.clicked.connect(self.scan_now)
        self.retake.clicked.connect(self.retake_selected)
        self.materials.currentRowChanged.connect(lambda _r: self._show_quality())
        QShortcut(QKeySequence("Ctrl+O"), self, activated=self.import_dialog)
        QShortcut(QKeySequence("Ctrl+R"), self, activated=self.retake_selected)
        QShortcut(QKeySequence("A"), self, activated=self.auto.toggle)
        QShortcut(QKeySequence("Space"), self.materials, activated=self.capture_now)
        self._timer = QTimer(self)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self._grab)
        self._grabbing = False
        self._busy = False
        self._last_quad = None
        self._form: dict | None = None

    def title(self) -> str:
        return self.tr("采集")

    def activate(self) -> None:
        self.refresh()
        self.materials.setFocus()
        self._timer.start()

    def hideEvent(self, event) -> None:
        self._timer.stop()
        super().hideEvent(event)

    # -- materials -----------------------------------------------------------------------------
    def refresh(self) -> None:
        uuid = self.session.case_uuid
        keep = self.current_material()
        self.materials.clear()
        if not uuid:
            self._form = None
            return
        self._form = case_svc.case_form(self.session.ctx, uuid)
        first_pending = None
        for i, m in enumerate(self._form["materials"]):
            status = {"pending": self.tr("待收"), "received": self.tr("已收"), "tolerated": self.tr("容缺"),
                      "committed": self.tr("承诺"), "exempted": self.tr("免交")}.get(m["status"], m["status"])
            item = QListWidgetItem(f"{m['code']} {m['name']}\n[{status}] {self.tr('{n} 页').format(n=m['pages'])}")
            item.setData(Qt.ItemDataRole.UserRole, m["code"])
            pages = [f for f in m["files"] if f["role"] == "page"]
            if pages:
                item.setIcon(QIcon(self._thumb(pages[-1]["sha256"])))
            self.materials.addItem(item)
            if first_pending is None and m["status"] == "pending" and m["code"] != "M01":
                first_pending = i
        codes = [self.materials.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.materials.count())]
        row = codes.index(keep) if keep in codes else (first_pending or 0)
        self.materials.setCurrentRow(row)

    def _thumb(self, sha: str) -> QPixmap:
        pix = QPixmap()
        try:
            pix.loadFromData(self.session.ctx.store.attachments.get(sha))
        except Exception:
            return QPixmap()
        return pix.scaled(64, 64, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)

    def current_material(self) -> str:
        it = self.materials.currentItem()
        return it.data(Qt.ItemDataRole.UserRole) if it is not None else ""

    def select_material(self, code: str) -> None:
        for i in range(self.materials.count()):
            if self.materials.item(i).data(Qt.ItemDataRole.UserRole) == code:
                self.materials.setCurrentRow(i)

    def _show_quality(self) -> None:
        code = self.current_material()
        m = next((m for m in (self._form or {}).get("materials", []) if m["code"] == code), None)
        q = (m or {}).get("quality") or {}
        reasons = q.get("reasons") or q.get("messages") or []
        lines = [r if isinstance(r, str) else (r[0] if isinstance(r, (list, tuple)) else str(r)) for r in reasons]
        if m and m["pages"] and not lines:
            lines = [self.tr("✔ 质量合格")]
        self.quality.setText("\n".join(lines) or "—")

    # -- camera --------------------------------------------------------------------------------
    def _grab(self) -> None:
        if self._grabbing or self._busy or not self.isVisible():
            return
        self._grabbing = True
        run_task(capabilities.camera_frame, self.session, on_done=self._frame, on_error=self._camera_error)

    def _frame(self, frame: dict | None) -> None:
        self._grabbing = False
        if not frame:
            return
        img = to_qimage(frame.get("image"))
        if img.isNull():
            return
        pix = QPixmap.fromImage(img)
        quad = frame.get("quad")
        if quad is not None:
            painter = QPainter(pix)
            painter.setPen(QPen(QColor("#00e676" if frame.get("stable") else "#ffd600"), max(3, pix.width() // 200)))
            painter.drawPolygon(QPolygonF([QPointF(float(x), float(y)) for x, y in quad]))
            painter.end()
        self.preview.setPixmap(pix.scaled(self.preview.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                          Qt.TransformationMode.SmoothTransformation))
        self.camera_state.setText(frame.get("message") or self.tr("摄像头就绪"))
        if frame.get("stable") and self.auto.isChecked() and quad is not None:
            self.capture_now()

    def _camera_error(self, exc: Exception) -> None:
        self._grabbing = False
        self.camera_state.setText(self.tr("摄像头：") + (getattr(exc, "message_zh", "") or str(exc)))
        self._timer.setInterval(2000)  # retry slowly: the camera may be plugged in later

    def capture_now(self) -> None:
        uuid, code = self.session.case_uuid, self.current_material()
        if not uuid or not code or self._busy:
            return
        self._busy = True
        self.camera_state.setText(self.tr("正在拍摄并识别…"))
        run_task(capabilities.capture_page, self.session, uuid, code, on_done=self._captured,
                 on_error=self._capture_failed)

    def scan_now(self) -> None:
        uuid, code = self.session.case_uuid, self.current_material()
        if not uuid or not code or self._busy:
            return
        self._busy = True
        run_task(capabilities.scan_page, self.session, uuid, code, on_done=self._captured, on_error=self._capture_failed)

    def import_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("导入材料文件"), "",
                                              self.tr("图像或 PDF (*.jpg *.jpeg *.png *.tif *.tiff *.pdf)"))
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        uuid, code = self.session.case_uuid, self.current_material()
        if not uuid or not code:
            return
        self._busy = True
        run_task(capabilities.import_page, self.session, uuid, code, Path(path), on_done=self._captured,
                 on_error=self._capture_failed)

    def retake_selected(self) -> None:
        """Retake: the next capture replaces the material's pages (the old files stay in the audit trail)."""
        code = self.current_material()
        if not code or not self.session.case_uuid:
            return
        try:
            case_svc.set_material_status(self.session.ctx, self.session.case_uuid, code, "pending",
                                         actor=self.session.require_actor(), note="重拍")
        except Exception as exc:
            self.show_error(exc)
            return
        self.status(self.tr("请重新拍摄 {code}").format(code=code))
        self.refresh()

    def _captured(self, result: dict) -> None:
        self._busy = False
        reasons = (result or {}).get("reasons") or []
        self.camera_state.setText(self.tr("已保存 {code} 第 {p} 页").format(
            code=result.get("material", ""), p=result.get("page", "")) if result else "")
        self.refresh()
        self.quality.setText("\n".join(str(r) for r in reasons) or self.tr("✔ 质量合格"))
        self.captured.emit(self.session.case_uuid)
        # move on to the next material that still needs pages
        for i in range(self.materials.count()):
            text = self.materials.item(i).text()
            if self.tr("待收") in text and not text.startswith("M01"):
                self.materials.setCurrentRow(i)
                break

    def _capture_failed(self, exc: Exception) -> None:
        self._busy = False
        self.camera_state.setText(error_text(exc))


