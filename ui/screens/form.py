"""Form: the item's fields for this case. Pre-filled values show where they came from and how
sure the reader was; low-confidence values are highlighted and must be confirmed (Enter on the
field confirms it and moves to the next one that needs attention). Focusing a field shows the
crop of the document it was read from. Every change is saved at once through `set_fields`.

Keys: Tab/Shift+Tab move, Enter confirms/saves and jumps to the next field needing attention,
Ctrl+Enter goes to pre-review.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QRect, Qt, Signal
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.services import cases as case_svc
from app.services import prefill as prefill_svc
from ui.ops import act
from ui.screens.base import Screen

LOW_CONFIDENCE = 0.85
SOURCE_ZH = {"id_card": QT_TRANSLATE_NOOP("FormScreen", "证件芯片"), "ocr": QT_TRANSLATE_NOOP("FormScreen", "识别"),
             "history": QT_TRANSLATE_NOOP("FormScreen", "历史资料"), "elicense": QT_TRANSLATE_NOOP("FormScreen", "电子证照"),
             "clerk": QT_TRANSLATE_NOOP("FormScreen", "人工"), "helper": QT_TRANSLATE_NOOP("FormScreen", "帮办"),
             "platform": QT_TRANSLATE_NOOP("FormScreen", "平台"), "import": QT_TRANSLATE_NOOP("FormScreen", "导入"),
             "form": QT_TRANSLATE_NOOP("FormScreen", "表单")}


# why OCR left a field blank (app.prefill `reason`) → what the clerk should do, in Chinese
REASON_ZH = {
    "glare": QT_TRANSLATE_NOOP("FormScreen", "反光遮挡，请重拍或手工录入"),
    "blurred": QT_TRANSLATE_NOOP("FormScreen", "照片模糊，请重拍或手工录入"),
    "label_not_found": QT_TRANSLATE_NOOP("FormScreen", "原件上未找到此栏，请手工录入"),
    "value_not_found": QT_TRANSLATE_NOOP("FormScreen", "此栏内容未能识别，请重拍或手工录入"),
    "doubtful_character": QT_TRANSLATE_NOOP("FormScreen", "有字符无法确认，请对照原件录入"),
    "low_confidence": QT_TRANSLATE_NOOP("FormScreen", "识别把握不足，请对照原件录入"),
    "check_digit": QT_TRANSLATE_NOOP("FormScreen", "校验位不符，请对照原件录入"),
    "ambiguous": QT_TRANSLATE_NOOP("FormScreen", "识别到多个候选，请手工录入"),
    "wrapped_row_incomplete": QT_TRANSLATE_NOOP("FormScreen", "换行内容不完整，请对照原件录入"),
    "vocabulary": QT_TRANSLATE_NOOP("FormScreen", "内容不在规范名录中，请对照原件录入"),
    "format": QT_TRANSLATE_NOOP("FormScreen", "格式不符，请对照原件录入"),
    "cross_check": QT_TRANSLATE_NOOP("FormScreen", "前后信息不一致，请对照原件录入"),
    # the whole page unreadable as captured (`retake`, with the page's cause when it is stored)
    "retake": QT_TRANSLATE_NOOP("FormScreen", "图片无法辨认，请申请人发送原图或用原件重新拍摄/扫描"),
    "retake_small_print": QT_TRANSLATE_NOOP("FormScreen", "图片文字太小无法辨认，请申请人发送原图（勿用聊天压缩图）或用原件重新拍摄/扫描"),
    "retake_screen": QT_TRANSLATE_NOOP("FormScreen", "图片有屏幕摩尔纹或彩色噪点无法辨认，请申请人发送原图或用原件重新拍摄/扫描"),
    "retake_too_dark": QT_TRANSLATE_NOOP("FormScreen", "图片太暗无法辨认，请申请人发送原图或在充足光线下重新拍摄/扫描"),
    "retake_blurred": QT_TRANSLATE_NOOP("FormScreen", "图片模糊无法辨认，请申请人发送原图或用原件重新拍摄/扫描"),
}


# a page unreadable as captured blanks every field it feeds: the full request is said once, above
# the form (`retake_banner`); each field's badge only points to it (six copies of a long sentence,
# cut at the badge's width, told the clerk less than one)
RETAKE_BADGE = QT_TRANSLATE_NOOP("FormScreen", "原件图片无法辨认，见上方提示")


def reason_hint(reason: str | None) -> str:
    """The clerk's hint for an OCR reason ("" for none; unknown reasons get a generic hint)."""
    if not reason:
        return ""
    return QCoreApplication.translate("FormScreen", REASON_ZH.get(reason, REASON_ZH["low_confidence"]))


def is_retake(reason: str | None) -> bool:
    return bool(reason) and (reason == "retake" or reason.startswith("retake_"))


def retake_banner(fields: list[dict]) -> str:
    """One line for the form's top: which blank fields wait on a retake, and the request for each
    distinct cause ("" when no field does)."""
    causes: dict[str, int] = {}
    for f in fields:
        if not f.get("value") and is_retake(f.get("ocr_reason")):
            causes[f["ocr_reason"]] = causes.get(f["ocr_reason"], 0) + 1
    if not causes:
        return ""
    head = QCoreApplication.translate("FormScreen", "{n} 栏所依据的原件图片无法辨认：").format(n=sum(causes.values()))
    return head + "；".join(reason_hint(c) for c in causes)


def source_label(source: str | None) -> str:
    return QCoreApplication.translate("FormScreen", SOURCE_ZH.get(source or "", source or ""))


def needs_confirmation(f: dict) -> bool:
    """Shown highlighted: a pre-filled value that nobody confirmed yet."""
    return bool(f["value"]) and not f["confirmed"] and f["source"] not in (None, "clerk", "id_card")


class FieldEditor(QWidget):
    """One field: the editor and its provenance badge."""

    def __init__(self, spec: dict, parent: QWidget):
        super().__init__(parent)
        self.spec = spec
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        if spec["type"] in ("choice", "bool"):
            self.editor = QComboBox(self)
            options = spec["options"] if spec["type"] == "choice" else ["是", "否"]
            self.editor.addItems(["", *options])
        else:
            self.editor = QLineEdit(self)
            if spec["type"] == "multi":
                self.editor.setPlaceholderText("、".join(spec["options"]))
            if spec["max_length"]:
                self.editor.setMaxLength(spec["max_length"])
        self.editor.setObjectName(f"field_{spec['key']}")
        self.badge = QLabel(self)
        self.badge.setObjectName(f"badge_{spec['key']}")
        self.badge.setMinimumWidth(150)
        # an 18-character ID number or a street address must stay readable when the window is
        # narrow (second dock, 1366 px): the scroll area scrolls instead of clipping the text
        self.editor.setMinimumWidth(self.editor.fontMetrics().horizontalAdvance("0" * 18) + 24)
        lay.addWidget(self.editor, 1)
        lay.addWidget(self.badge)
        self.setFocusProxy(self.editor)
        self.show_value(spec)

    def text(self) -> str:
        if isinstance(self.editor, QComboBox):
            return self.editor.currentText()
        return self.editor.text()

    def show_value(self, spec: dict) -> None:
        self.spec = spec
        value = spec["value"] or ""
        self.editor.blockSignals(True)
        if isinstance(self.editor, QComboBox):
            idx = self.editor.findText(value)
            self.editor.setCurrentIndex(max(idx, 0))
        else:
            self.editor.setText(value)
        self.editor.blockSignals(False)
        src = spec["source"]
        if src:
            conf = f" {round(spec['confidence'] * 100)}%" if spec["confidence"] is not None and src != "clerk" else ""
            self.badge.setText(source_label(src) + conf + (" ✔" if spec["confirmed"] else ""))
            self.badge.setToolTip("")
        else:  # empty: say why OCR did not fill it, when it tried
            reason = spec.get("ocr_reason") if not value else ""
            short = QCoreApplication.translate("FormScreen", RETAKE_BADGE) if is_retake(reason) else ""
            self.badge.setText(short or reason_hint(reason))
            self.badge.setToolTip(reason_hint(reason))  # the whole hint, however narrow the badge
        attention = needs_confirmation(spec)
        low = attention and (spec["confidence"] is None or spec["confidence"] < LOW_CONFIDENCE)
        self.setProperty("attention", attention)
        color = "#ffcdd2" if low else ("#fff3c4" if attention else ("#fff" if value or not spec["required"] else "#f3f6fb"))
        self.editor.setStyleSheet(f"background:{color}")
        self.editor.setToolTip(self.tr("待确认：请核对后按 Enter 确认") if attention else "")


class FormScreen(Screen):
    key = "form"
    go_review = Signal()

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(session, parent)
        self.set_heading(self.tr("申请表"))
        self.summary = QLabel("", self)
        self.summary.setObjectName("formSummary")
        self.layout_.addWidget(self.summary)
        self.retake = QLabel("", self)
        self.retake.setObjectName("retakeBanner")
        self.retake.setWordWrap(True)
        self.retake.setStyleSheet("background:#fff3e0;border:1px solid #ef6c00;color:#8a3b00;padding:4px")
        self.retake.hide()
        self.layout_.addWidget(self.retake)
        body = QHBoxLayout()
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        body.addWidget(self.scroll, 3)
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("来源原件"), self))
        self.crop = QLabel(self.tr("选中字段后显示其来源材料的截图"), self)
        self.crop.setObjectName("sourceCrop")
        self.crop.setWordWrap(True)
        self.crop.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.crop.setMinimumWidth(260)
        self.crop.setStyleSheet("border:1px solid #bbb;background:#fafafa")
        side.addWidget(self.crop, 1)
        body.addLayout(side, 2)
        self.layout_.addLayout(body, 1)
        self.editors: dict[str, FieldEditor] = {}
        self.typed: set[str] = set()  # fields whose value the clerk typed in this session
        self._uuid = ""
        for seq in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(seq), self, activated=self.go_review.emit)
        session.bridge.case_changed.connect(self._external_change)

    def title(self) -> str:
        return self.tr("表单")

    def activate(self) -> None:
        self.rebuild()
        self.focus_next_attention()

    def _external_change(self, uuid: str) -> None:
        if uuid == self.session.case_uuid and self.isVisible() and self._uuid == uuid:
            self.reload_values()

    def rebuild(self) -> None:
        uuid = self.session.case_uuid
        self._uuid = uuid
        container = QWidget()
        outer = QVBoxLayout(container)
        self.editors = {}
        if not uuid:
            outer.addWidget(QLabel(self.tr("尚未选择办件")))
            self.scroll.setWidget(container)
            return
        form = self._form(uuid)
        groups: dict[str, QFormLayout] = {}
        previous = None
        for spec in form["fields"]:
            grp = spec["group"] or self.tr("其他")
            if grp not in groups:
                box = QGroupBox(grp, container)
                groups[grp] = QFormLayout(box)
                groups[grp].setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
                outer.addWidget(box)
            ed = FieldEditor(spec, container)
            label = QLabel(("* " if spec["required"] else "") + spec["label"], container)
            label.setBuddy(ed.editor)
            groups[grp].addRow(label, ed)
            self.editors[spec["key"]] = ed
            ed.editor.installEventFilter(self)
            if isinstance(ed.editor, QLineEdit):
                ed.editor.textEdited.connect(lambda _t, k=spec["key"]: self.typed.add(k))
                ed.editor.editingFinished.connect(lambda k=spec["key"]: self.commit(k))
            else:
                ed.editor.activated.connect(lambda _i, k=spec["key"]: (self.typed.add(k), self.commit(k)))
            if previous is not None:
                QWidget.setTabOrder(previous, ed.editor)
            previous = ed.editor
        outer.addStretch(1)
        self.scroll.setWidget(container)
        self._summarise(form)

    def _form(self, uuid: str) -> dict:
        """The case form, each field with the OCR reason it was left blank (`ocr_reason`); a
        一件事 member shows its bundle's one form (each value once, feeding every member)."""
        from app.services import bundles as bundle_svc

        merged = bundle_svc.bundle_case_form(self.session.ctx, uuid)
        self._bundle = merged is not None
        if merged is not None:
            merged["fields"] = [{**f, "ocr_reason": ""} for f in merged["fields"]]
            return merged
        form = case_svc.case_form(self.session.ctx, uuid)
        reasons = prefill_svc.prefill_reasons(self.session.ctx, uuid)
        form["fields"] = [{**f, "ocr_reason": reasons.get(f["key"], "")} for f in form["fields"]]
        return form

    def reload_values(self) -> None:
        form = self._form(self._uuid)
        for spec in form["fields"]:
            ed = self.editors.get(spec["key"])
            # the focused field keeps what the clerk is typing; untouched, it shows the new value
            # (else leaving it would write its stale text back over a change made elsewhere)
            if ed is not None and (not ed.editor.hasFocus() or ed.text().strip() == (ed.spec["value"] or "")):
                ed.show_value(spec)
            elif ed is not None:
                ed.spec = spec
        self._summarise(form)

    def _summarise(self, form: dict) -> None:
        fields = form["fields"]
        filled = sum(1 for f in fields if f["value"])
        attention = sum(1 for f in fields if needs_confirmation(f))
        missing = sum(1 for f in fields if f["required"] and not f["value"])
        self.summary.setText(self.tr("办件 {n}  ·  已填 {a}/{b}  ·  待确认 {c}  ·  必填未填 {d}").format(
            n=form["acceptance_number"], a=filled, b=len(fields), c=attention, d=missing))
        self.summary.setProperty("attention", attention)
        self.summary.setProperty("missing", missing)
        banner = retake_banner(fields)
        self.retake.setText(banner)
        self.retake.setVisible(bool(banner))

    def commit(self, key: str, *, confirm: bool = False, then=None) -> None:
        """Write the field (off the GUI thread, in order); `then()` once it is stored and shown
        (at once when there is nothing to write)."""
        ed = self.editors.get(key)
        if ed is None or not self._uuid:
            return
        text = ed.text().strip()
        spec = ed.spec
        if text == (spec["value"] or "") and not (confirm and needs_confirmation(spec)):
            if then is not None:
                then()
            return
        if text == (spec["value"] or ""):
            value = case_svc.FieldInput(text, spec["source"], spec["source_ref"], spec["confidence"], spec["box"],
                                        confirmed=True)
        else:
            value = case_svc.FieldInput(text or None, "clerk")
        if getattr(self, "_bundle", False):
            from app.services import bundles as bundle_svc

            write = bundle_svc.set_bundle_fields
        else:
            from app.services import derived

            write = derived.set_fields_and_derive  # e.g. the same person's phone
        ed.spec = {**spec, "value": value.value, "source": value.source, "confirmed": True}  # what the clerk did
        # the write runs off the GUI thread (ui.ops, in the order the clerk typed); `reload_values`
        # then shows what was stored, derived fields included (the same person's phone)

        def stored(_r) -> None:
            self.reload_values()
            if then is not None:
                then()

        act(self, write, self.session.ctx, self._uuid, {key: value}, queue=True, on_done=stored)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            key = obj.objectName().removeprefix("field_")
            self.show_crop(key)
            ed = self.editors.get(key)
            if ed is not None:  # the field the clerk types into is never below the fold
                self.scroll.ensureWidgetVisible(ed, 0, 40)
        elif event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            key = obj.objectName().removeprefix("field_")
            # the next field needing the clerk is chosen once this one is stored (a derived
            # field, e.g. the same person's phone, needs nobody)
            self.commit(key, confirm=True, then=lambda k=key: self.focus_next_attention(after=k))
            return True
        return super().eventFilter(obj, event)

    def focus_next_attention(self, after: str | None = None) -> None:
        """Focus the next field that needs the clerk: unconfirmed pre-fill or required and empty."""
        keys = list(self.editors)
        start = keys.index(after) + 1 if after in keys else 0
        for key in keys[start:] + keys[:start]:
            spec = self.editors[key].spec
            if needs_confirmation(spec) or (spec["required"] and not spec["value"]):
                self.editors[key].editor.setFocus()
                return
        if after is None and keys:
            self.editors[keys[0]].editor.setFocus()

    def low_confidence_keys(self) -> list[str]:
        """Pre-filled fields below the confidence bar that nobody confirmed (pre-review waits for them)."""
        form = case_svc.case_form(self.session.ctx, self.session.case_uuid)
        return [f["key"] for f in form["fields"] if needs_confirmation(f)
                and (f["confidence"] is None or f["confidence"] < LOW_CONFIDENCE)]

    def focus_key(self, key: str) -> None:
        if self._uuid != self.session.case_uuid:
            self.rebuild()
        ed = self.editors.get(key)
        if ed is not None:
            ed.editor.setFocus()
            self.scroll.ensureWidgetVisible(ed)

    def show_crop(self, key: str) -> None:
        ed = self.editors.get(key)
        if ed is None:
            return
        spec = ed.spec
        src = source_label(spec["source"]) if spec["source"] else self.tr("无")
        if not spec["box"] or not spec["source_ref"]:
            self.crop.setPixmap(QPixmap())
            self.crop.setText(self.tr("{label}\n来源：{src}\n（无原件截图）").format(label=spec["label"], src=src))
            return
        page = self._page_image(spec["source_ref"])
        if page is None or page.isNull():
            self.crop.setText(self.tr("{label}\n来源：{src}（原件未找到）").format(label=spec["label"], src=src))
            return
        x0, y0, x1, y1 = [float(v) for v in spec["box"][:4]]
        if max(x0, y0, x1, y1) <= 1.0:  # normalised box
            x0, x1, y0, y1 = x0 * page.width(), x1 * page.width(), y0 * page.height(), y1 * page.height()
        pad = 12
        rect = QRect(int(x0) - pad, int(y0) - pad, int(x1 - x0) + 2 * pad, int(y1 - y0) + 2 * pad).intersected(page.rect())
        pix = QPixmap.fromImage(page.copy(rect))
        self.crop.setPixmap(pix.scaled(self.crop.width() - 8, 200, Qt.AspectRatioMode.KeepAspectRatio,
                                       Qt.TransformationMode.SmoothTransformation))
        self.crop.setToolTip(f"{spec['label']} · {src}")

    def _page_image(self, ref: str) -> QImage | None:
        code = ref.split(":", 1)[0].split("#", 1)[0]
        form = case_svc.case_form(self.session.ctx, self._uuid)
        m = next((m for m in form["materials"] if m["code"] == code), None)
        files = [f for f in (m or {}).get("files", []) if f["role"] == "page" and f["media_type"].startswith("image/")]
        if not files:
            return None
        img = QImage()
        img.loadFromData(self.session.ctx.store.attachments.get(files[-1]["sha256"]))
        return img
