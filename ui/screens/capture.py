"""Capture: live camera preview with the detected document outline, auto-capture when the
page lies still, scanner and file import, thumbnails per material with quality reasons, and
the pages of the selected material, which the clerk corrects (`app.services.pages`).

Frames are grabbed and analysed in a worker (`app.services.capture.camera_frame`, through `ui.ops`); the GUI only paints
the returned image and outline. Each captured page is filed by its OCR kind into the material
that takes it; a page that fits none is put where the clerk says. Keys: ↑/↓ choose the
material, F5 (or Space) captures, Ctrl+O imports a file, A toggles auto-capture, Tab goes to
the pages: Delete deletes a page, Ctrl+R replaces it with the next capture/import (Esc cancels),
M moves it to another material, Ctrl+↑/↓ changes the order.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QPointF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QImage, QKeySequence, QPainter, QPen, QPixmap, QPolygonF, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
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

from app.services import capture as capture_svc
from app.services import cases as case_svc
from app.services import pages as page_svc
from ui.ops import act, query
from ui.screens.base import Screen, error_text


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


class ProgressRelay(QObject):
    """Carries a worker's `progress(stage, done, total)` calls to the GUI thread as a signal."""

    step = Signal(str, int, int)

    def report(self, stage: str, done: int, total: int) -> None:
        try:
            self.step.emit(stage, done, total)
        except RuntimeError:  # the screen was rebuilt (language switch) while the import ran
            pass


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
        self.materials.setWordWrap(True)  # long material names wrap instead of running off the list
        self.materials.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.materials.setResizeMode(QListWidget.ResizeMode.Adjust)
        left.addWidget(self.materials, 3)
        self.pages_label = QLabel(self.tr("本材料的页（Tab）：Delete 删除 · Ctrl+R 替换 · M 移到其他材料 · Ctrl+↑↓ 排序"), self)
        self.pages_label.setWordWrap(True)
        left.addWidget(self.pages_label)
        self.pages = QListWidget(self)
        self.pages.setObjectName("pageList")
        self.pages.setViewMode(QListWidget.ViewMode.IconMode)
        self.pages.setIconSize(QSize(72, 72))
        self.pages.setFlow(QListWidget.Flow.LeftToRight)
        self.pages.setWrapping(False)
        self.pages.setMovement(QListWidget.Movement.Static)
        self.pages.setWordWrap(True)  # "第 1 页" and the page's kind, wrapped inside the cell, never cut
        self.pages.setGridSize(QSize(132, 124))
        self.pages.setFixedHeight(144)
        left.addWidget(self.pages)
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
        self._progress = ProgressRelay(self)  # per-page progress of an import, from the worker
        self._progress.step.connect(self._show_progress)
        self.progress_seen: list[str] = []
        self._last_quality = ""  # the last capture's verdict, kept when the selection moves on
        self.action_state = QLabel("", self)  # what the last capture / scan / import did (kept apart
        self.action_state.setObjectName("actionState")  # from the camera's own retry messages)
        self.action_state.setWordWrap(True)
        mid.addWidget(self.action_state)
        desk_row = QHBoxLayout()
        self.desk_label = QLabel(self.tr("培训：桌上的材料（Ctrl+D）"), self)
        self.desk = QComboBox(self)
        self.desk.setObjectName("trainingDesk")
        desk_row.addWidget(self.desk_label)
        desk_row.addWidget(self.desk, 1)
        mid.addLayout(desk_row)
        self.desk_label.setVisible(False)
        self.desk.setVisible(False)
        self.desk.activated.connect(lambda _i: self.place_on_desk(self.desk.currentData() or None))
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
        self.retake = QPushButton(self.tr("替换此页（Ctrl+R）"), self)
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
        self.materials.currentRowChanged.connect(lambda _r: self._material_changed())
        QShortcut(QKeySequence("Ctrl+O"), self, activated=self.import_dialog)
        QShortcut(QKeySequence("Ctrl+R"), self, activated=self.retake_selected)
        for seq, fn in (("Delete", self.delete_selected_page), ("M", self.move_selected_page),
                        ("Ctrl+Up", lambda: self.shift_selected_page(-1)), ("Ctrl+Down", lambda: self.shift_selected_page(1)),
                        ("Ctrl+Left", lambda: self.shift_selected_page(-1)),
                        ("Ctrl+Right", lambda: self.shift_selected_page(1))):
            self._widget_shortcut(self.pages, seq, fn)
        QShortcut(QKeySequence("Escape"), self, activated=self.cancel_replace)
        QShortcut(QKeySequence("A"), self, activated=self.auto.toggle)
        QShortcut(QKeySequence("Space"), self.materials, activated=self.capture_now)
        QShortcut(QKeySequence("Ctrl+D"), self, activated=self.focus_desk)
        for seq in ("Return", "Enter"):  # back from the desk to the materials
            self._widget_shortcut(self.desk, seq, self.materials.setFocus)
        self._timer = QTimer(self)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self._grab)
        self._grabbing = False
        self._busy = False
        self._last_quad = None
        self._form: dict | None = None
        self._replace: tuple[str, int] | None = None  # (material, page) the next capture replaces
        self.dialog = None  # the open choice dialog (where a page goes)

    def _widget_shortcut(self, widget: QWidget, seq: str, fn) -> None:
        sc = QShortcut(QKeySequence(seq), widget)
        sc.setContext(Qt.ShortcutContext.WidgetShortcut)
        sc.activated.connect(fn)

    def focus_desk(self) -> None:
        if self.desk.isVisible():
            self.desk.setFocus()

    def title(self) -> str:
        return self.tr("采集")

    def activate(self) -> None:
        self.refresh()
        self.materials.setFocus()
        self._timer.start()
        self._load_desk()

    # -- training desk (simulated 高拍仪) ---------------------------------------------------------
    def _load_desk(self) -> None:
        try:
            desk = capture_svc.simulated_desk(self.session.open_devices)  # in-memory training device
        except Exception:
            desk = None
        self.desk_label.setVisible(desk is not None)
        self.desk.setVisible(desk is not None)
        if desk is None or self.desk.count():
            return
        self.desk.addItem(self.tr("（桌上没有材料）"), "")  # ("" not None: no None in item data)
        for kind, label in desk["kinds"]:
            self.desk.addItem(self.tr(label), kind)

    def place_on_desk(self, kind: str | None) -> None:
        """Training: put a sample document under the simulated camera."""
        capture_svc.place_on_desk(self.session.open_devices, kind)  # in-memory: instant
        i = self.desk.findData(kind or "")
        if i >= 0 and i != self.desk.currentIndex():
            self.desk.setCurrentIndex(i)

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
        if (self._form or {}).get("uuid") != uuid:
            self._last_quality = ""  # another case: the last capture's verdict belongs to the old one
        self._form = case_svc.case_form(self.session.ctx, uuid)
        first_pending = None
        for i, m in enumerate(self._form["materials"]):
            status = {"pending": self.tr("待收"), "received": self.tr("已收"), "tolerated": self.tr("容缺"),
                      "committed": self.tr("承诺"), "exempted": self.tr("免交")}.get(m["status"], m["status"])
            pages_text = self.tr("{n} 页").format(n=m["pages"])  # (outside the f-string, so lupdate finds it)
            item = QListWidgetItem(f"{m['code']} {m['name']}\n[{status}] {pages_text}")
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

    def _thumb(self, sha: str, size: int = 64) -> QPixmap:
        cache = self.__dict__.setdefault("_thumbs", {})
        if (sha, size) in cache:
            return cache[(sha, size)]
        pix = QPixmap()
        try:
            pix.loadFromData(self.session.ctx.store.attachments.get(sha))
        except Exception:
            return QPixmap()
        cache[(sha, size)] = pix = pix.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio,
                                               Qt.TransformationMode.SmoothTransformation)
        return pix

    def current_material(self) -> str:
        it = self.materials.currentItem()
        return it.data(Qt.ItemDataRole.UserRole) if it is not None else ""

    def select_material(self, code: str) -> None:
        for i in range(self.materials.count()):
            if self.materials.item(i).data(Qt.ItemDataRole.UserRole) == code:
                self.materials.setCurrentRow(i)

    def _material_changed(self) -> None:
        self._show_quality()
        self._show_pages()

    def _show_pages(self, select: int | None = None) -> None:
        code = self.current_material()
        m = next((m for m in (self._form or {}).get("materials", []) if m["code"] == code), None)
        keep = self.pages.currentRow()
        self.pages.clear()
        if m is None:
            return
        kinds = {p.get("page"): p.get("kind") for p in ((m.get("quality") or {}).get("ocr_pages") or [])}
        from app.services.pages import kind_label

        for f in sorted((f for f in m["files"] if f["role"] == "page"), key=lambda f: f["page"]):
            kind = kinds.get(f["page"])
            it = QListWidgetItem(QIcon(self._thumb(f["sha256"], 72)),
                                 self.tr("第 {p} 页").format(p=f["page"]) + (f"\n{self.tr(kind_label(kind))}" if kind else ""))
            it.setData(Qt.ItemDataRole.UserRole, f["page"])
            self.pages.addItem(it)
        if self.pages.count():
            row = (select - 1) if select else (keep if 0 <= keep < self.pages.count() else self.pages.count() - 1)
            self.pages.setCurrentRow(max(0, min(row, self.pages.count() - 1)))

    def current_page(self) -> int | None:
        it = self.pages.currentItem()
        return it.data(Qt.ItemDataRole.UserRole) if it is not None else None

    def _show_quality(self) -> None:
        """The selected material's pages as the quality check judged them (per page), and the last
        capture's verdict — never a bare "—" while there is something to say."""
        from app.imaging.document import QUALITY_REASONS

        code = self.current_material()
        m = next((m for m in (self._form or {}).get("materials", []) if m["code"] == code), None)
        q = (m or {}).get("quality") or {}
        lines = []
        from app.services.prefill import RETAKE_REASONS

        captured = q.get("capture") if isinstance(q.get("capture"), list) else []
        # a page OCR could read nothing from, and why (print too small, a screen's moiré …)
        retake = {p.get("page"): p.get("retake") for p in (q.get("ocr_pages") or []) if p.get("retake")}
        for i, page in enumerate(captured, 1):
            reasons = [QUALITY_REASONS.get(r, (r, r))[0] for r in (page or {}).get("reasons", [])]
            if retake.get(i) in RETAKE_REASONS:
                reasons.append(RETAKE_REASONS[retake[i]][0])
            lines.append(self.tr("第 {p} 页：{verdict}").format(
                p=i, verdict="；".join(reasons) if reasons else self.tr("✔ 质量合格")))
        reasons = q.get("reasons") or q.get("messages") or []
        lines += [r if isinstance(r, str) else (r[0] if isinstance(r, (list, tuple)) else str(r)) for r in reasons]
        if m and m["pages"] and not lines:
            lines = [self.tr("✔ 质量合格")]
        if m and not m["pages"] and not lines:
            lines = [self.tr("{code} 尚未采集").format(code=code)]
        if self._last_quality:
            lines.append(self._last_quality)
        self.quality.setText("\n".join(lines) or "—")

    # -- camera --------------------------------------------------------------------------------
    def _grab(self) -> None:
        if self._grabbing or self._busy or not self.isVisible():
            return
        self._grabbing = True
        query(self, capture_svc.camera_frame, self.session.open_devices, on_done=self._frame, on_error=self._camera_error)

    def _frame(self, frame: dict | None) -> None:
        self._grabbing = False
        import shiboken6

        if not frame or not shiboken6.isValid(self.preview):  # (a frame after the window closed)
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
        self.camera_state.setText(self.tr("高拍仪：") + (getattr(exc, "message_zh", "") or str(exc)))
        self._timer.setInterval(2000)  # retry slowly: the camera may be plugged in later

    def capture_now(self) -> None:
        uuid, code = self.session.case_uuid, self.current_material()
        if not uuid or not code or self._busy:
            return
        self._busy = True
        self.action_state.setText(self.tr("正在拍摄并识别…"))
        if self._replace is not None:
            rcode, page = self._replace
            self._replace = None
            self._run(capture_svc.replace_page, self.session.ctx, self.session.open_devices, uuid, rcode, page)
            return
        self._run(capture_svc.capture_page, self.session.ctx, self.session.open_devices, uuid, code)

    def _run(self, fn, *args) -> None:
        """A capture/scan/import off the GUI thread (ui.ops) on behalf of the clerk."""
        if act(self, fn, *args, on_done=self._captured, on_error=self._capture_failed) is None:
            self._busy = False

    def scan_now(self) -> None:
        uuid, code = self.session.case_uuid, self.current_material()
        if not uuid or not code or self._busy:
            return
        self._busy = True
        self.action_state.setText(self.tr("正在扫描…"))
        self._run(capture_svc.scan_page, self.session.ctx, self.session.open_devices, uuid, code)

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
        self.action_state.setText(self.tr("正在导入并识别 {name}…").format(name=Path(path).name))
        if self._replace is not None:
            rcode, page = self._replace
            self._replace = None
            self._run(capture_svc.replace_page, self.session.ctx, self.session.open_devices, uuid, rcode, page, Path(path))
            return
        self._run(capture_svc.import_page, self.session.ctx, uuid, code, Path(path), self._progress.report)

    def _show_progress(self, stage: str, done: int, total: int) -> None:
        """Per page while a file is imported: which page is being straightened or read."""
        if not self._busy or total <= 0:
            return
        n = min(done + 1, total)
        if stage == "page":
            text = self.tr("正在处理第 {n}/{total} 页图像…").format(n=n, total=total)
        elif done >= total:
            text = self.tr("已识别 {total}/{total} 页，正在预填表单…").format(total=total)
        else:
            text = self.tr("正在识别第 {n}/{total} 页…").format(n=n, total=total)
        self.action_state.setText(text)
        self.progress_seen.append(text)

    def retake_selected(self) -> None:
        """Ctrl+R: the next capture (or import) replaces the selected page (the last one when the
        material list has the focus); the old page is deleted, audited. Esc cancels."""
        code, page = self.current_material(), self.current_page()
        if not code or not self.session.case_uuid:
            return
        if page is None:
            self.status(self.tr("{code} 还没有页面，直接拍摄即可").format(code=code))
            return
        self._replace = (code, page)
        self.action_state.setText(self.tr("下一次拍摄/导入将替换 {code} 第 {p} 页（Esc 取消）").format(code=code, p=page))
        self.status(self.action_state.text())
        self.materials.setFocus()

    def cancel_replace(self) -> None:
        if self._replace is not None:
            self._replace = None
            self.action_state.setText(self.tr("已取消替换"))

    def _page_op(self, what: str, *args, then=None, **kwargs) -> None:
        """delete / move / move_by on a material's pages (`app.services.pages`, each audited), off
        the GUI thread and in the order the clerk asked (ui.ops queue)."""
        uuid = self.session.case_uuid
        if not uuid:
            return
        fn = {"delete": page_svc.delete_page, "move": page_svc.move_page, "move_by": page_svc.move_page_by}[what]

        def done(out) -> None:
            self.refresh()
            if then is not None:
                then(out)

        act(self.pages, fn, self.session.ctx, uuid, *args, on_done=done, on_error=self.show_error, queue=True, **kwargs)

    def delete_selected_page(self) -> None:
        code, page = self.current_material(), self.current_page()
        if not code or page is None:
            return
        self._page_op("delete", code, page, reason="窗口删除", then=lambda _o: (
            self.status(self.tr("已删除 {code} 第 {p} 页").format(code=code, p=page)), self.pages.setFocus()))

    def shift_selected_page(self, step: int) -> None:
        code, page = self.current_material(), self.current_page()
        if not code or page is None:
            return
        self._page_op("move_by", code, page, step, then=lambda new: (self._show_pages(select=new), self.pages.setFocus()))

    def move_selected_page(self) -> None:
        code, page = self.current_material(), self.current_page()
        if not code or page is None:
            return
        others = [m for m in (self._form or {}).get("materials", []) if m["code"] not in (code, "M01")]
        options = [(f"{m['code']} {m['name']}", m["code"]) for m in others]
        self._ask(self.tr("移到其他材料"), self.tr("把 {code} 第 {p} 页移到：").format(code=code, p=page), options,
                  lambda to: to and self._page_op("move", code, page, to, reason="窗口移动", then=lambda _o: (
                      self.select_material(to), self.status(self.tr("已移到 {to}").format(to=to)))))

    def _ask(self, title: str, question: str, options, on_choice, current: int = 0) -> None:
        from ui.choice import ChoiceDialog

        self.dialog = ChoiceDialog(self, title, question, options, on_choice, current)
        self.dialog.open()

    def _ask_where(self, ask: list[dict]) -> None:
        """A page that fits no material: the clerk says where it goes (or deletes it)."""
        if not ask:
            return
        a, rest = ask[0], ask[1:]
        options = [(self.tr("留在 {code}").format(code=a["material"]), a["material"])]
        options += [(f"{c['code']} {c['name']}", c["code"]) for c in a["candidates"] if c["code"] != a["material"]]
        options.append((self.tr("删除这一页"), "__delete__"))

        def chosen(value) -> None:
            if value == "__delete__":
                self._page_op("delete", a["material"], a["page"], reason="不属于本办件材料")
            elif value and value != a["material"]:
                self._page_op("move", a["material"], a["page"], value, reason="窗口指定归属",
                              then=lambda _o: self.select_material(value))
            self._ask_where(rest)

        self._ask(self.tr("这一页放在哪里？"), self.tr(
            "{code} 第 {p} 页识别为“{kind}”，不符合任何待收材料。请选择放在哪份材料，或删除：").format(
            code=a["material"], p=a["page"], kind=self.tr(a["kind_label"])), options, chosen)

    def _captured(self, result: dict) -> None:
        self._busy = False
        result = result or {}
        reasons = result.get("reasons") or []
        moved = result.get("moved") or []
        from app.services.pages import kind_label

        if result.get("replaced"):
            text = self.tr("已替换 {code} 第 {p} 页（识别为{kind}）").format(
                code=result.get("material", ""), p=result.get("page", ""), kind=self.tr(result.get("kind_label", "")))
        elif moved:
            text = "；".join(self.tr("识别为{kind}，已归入 {to} {name}").format(
                kind=self.tr(kind_label(m["kind"])), to=m["to"], name=m["to_name"]) for m in moved)
        else:
            text = self.tr("已保存 {code}（识别为{kind}）").format(
                code=result.get("material", ""), kind=self.tr(result.get("kind_label", "")))
        self.action_state.setText(text)
        self._last_quality = self.tr("上次采集（{code}）：{verdict}").format(
            code=(moved[-1]["to"] if moved else result.get("material", "")),
            verdict="；".join(str(r) for r in reasons) or self.tr("✔ 质量合格"))
        self.refresh()
        if moved:
            self.select_material(moved[-1]["to"])
        self._show_quality()
        self.captured.emit(self.session.case_uuid)
        if result.get("ask"):
            self._ask_where(result["ask"])
            return
        # move on to the next material that still needs pages
        for i in range(self.materials.count()):
            text = self.materials.item(i).text()
            if self.tr("待收") in text and not text.startswith("M01"):
                self.materials.setCurrentRow(i)
                break

    def _capture_failed(self, exc: Exception) -> None:
        self._busy = False
        self.action_state.setText(error_text(exc))


