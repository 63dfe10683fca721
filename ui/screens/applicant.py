"""Applicant: filled when a card is placed on the reader (F4 reads now); the reader's state is
always shown (no reader / ready / reading / error with its reason). For 人证比对 this screen —
the clerk's own — shows the card's values unmasked beside the chip photo, each showing audited
(`app.services.idcard.comparison_view`); the second screen and co-browse stay masked. Earlier data
of the same applicant can be reused after the applicant consents (一人一档)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from app.security.masking import mask_value
from app.services import cases as case_svc
from app.services import consent as consent_svc
from app.services import idcard as idcard_svc
from ui.ops import act, query
from ui.screens.base import Screen, error_text

CARD_ROWS = (("name", QT_TRANSLATE_NOOP("ApplicantScreen", "姓名"), "name"),
             ("sex", QT_TRANSLATE_NOOP("ApplicantScreen", "性别"), "none"),
             ("nation", QT_TRANSLATE_NOOP("ApplicantScreen", "民族"), "none"),
             ("birth_date", QT_TRANSLATE_NOOP("ApplicantScreen", "出生日期"), "all"),
             ("id_number", QT_TRANSLATE_NOOP("ApplicantScreen", "公民身份号码"), "id"),
             ("address", QT_TRANSLATE_NOOP("ApplicantScreen", "住址"), "address"),
             ("issuing_authority", QT_TRANSLATE_NOOP("ApplicantScreen", "签发机关"), "none"),
             ("valid_to", QT_TRANSLATE_NOOP("ApplicantScreen", "有效期至"), "none"))


class ApplicantScreen(Screen):
    key = "applicant"
    card_applied = Signal(str)

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(session, parent)
        self.set_heading(self.tr("申请人"))
        self.reader_state = QLabel("", self)
        self.reader_state.setObjectName("readerState")
        self.layout_.addWidget(self.reader_state)
        row = QHBoxLayout()
        self.read_button = QPushButton(self.tr("读卡（F4）"), self)
        self.read_button.setObjectName("readCard")
        self.history_button = QPushButton(self.tr("调用历史资料（需申请人同意）"), self)
        self.history_button.setObjectName("reuseHistory")
        row.addWidget(self.read_button)
        row.addWidget(self.history_button)
        row.addStretch(1)
        self.layout_.addLayout(row)
        box = QGroupBox(self.tr("证件信息（人证比对：完整信息只在本屏显示，并记入审计）"), self)
        inner = QHBoxLayout(box)
        self.card_form = QFormLayout()
        self.card_labels: dict[str, QLabel] = {}
        for key, text, _mask in CARD_ROWS:
            lab = QLabel("—", box)
            lab.setObjectName(f"card_{key}")
            lab.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            self.card_labels[key] = lab
            self.card_form.addRow(self.tr(text), lab)
        inner.addLayout(self.card_form, 1)
        self.photo = photo_label(box)
        inner.addWidget(self.photo, 0, Qt.AlignmentFlag.AlignTop)
        self.layout_.addWidget(box)
        self.case_label = QLabel("", self)
        self.case_label.setWordWrap(True)
        self.layout_.addWidget(self.case_label)
        self.layout_.addStretch(1)
        self.read_button.clicked.connect(self.read_card)
        self.history_button.clicked.connect(self.reuse_history)
        self.reading = False
        self._read_ok = False
        self._polling = False
        self._poll = QTimer(self)
        self._poll.setInterval(1500)
        self._poll.timeout.connect(self._poll_status)

    def title(self) -> str:
        return self.tr("申请人")

    def activate(self) -> None:
        self._poll_status()
        self._poll.start()
        self._show_case()
        self._restore_card()
        self.read_button.setFocus()

    def _restore_card(self) -> None:
        """A rebuilt screen (the language switch) shows the card read for this case again: masked
        at once, in full after a new audited comparison view."""
        card, uuid = self.session.last_card, self.session.case_uuid
        if not card or not uuid or self.session.card_photo_case != uuid or self.card_labels["name"].text() != "—":
            return
        for key, _text, mask in CARD_ROWS:
            self.card_labels[key].setText(mask_value(mask, str(card.get(key) or "")) or "—")
        self._compare(card)

    def hideEvent(self, event) -> None:
        self._poll.stop()
        super().hideEvent(event)

    def _show_case(self) -> None:
        uuid = self.session.case_uuid
        if not uuid:
            self.case_label.setText(self.tr("尚未选择办件：按 F3 新建办件，或在今日办件中打开"))
            return
        form = case_svc.case_form(self.session.ctx, uuid)
        a = form["applicant"]
        who = a.get("name") if a.get("kind") == "organisation" else mask_value("name", a.get("name"))
        self.case_label.setText(self.tr("办件 {n}：{item}\n申请人：{who}  联系人：{contact}").format(
            n=form["acceptance_number"], item=form["item_name"], who=who or "—",
            contact=mask_value("name", a.get("contact_name")) or "—"))

    def _poll_status(self) -> None:
        if self.reading or self._polling:
            return
        self._polling = True
        query(self, idcard_svc.reader_status, self.session.open_devices, on_done=self._status_done,
              on_error=self._status_failed)

    def _status_done(self, status: dict) -> None:
        self._polling = False
        state = status.get("state", "no_reader")
        if state != "card_present":
            self._read_ok = False  # the card was taken away (or the reader changed)
        if not self.reading and not (state == "card_present" and self._read_ok):
            self._set_state(state, status.get("reason_zh") or status.get("label", ""))

    def _status_failed(self, exc: Exception) -> None:
        self._polling = False
        if not self.reading:
            self._set_state("error", error_text(exc))

    def _set_state(self, state: str, reason: str = "") -> None:
        labels = {"no_reader": self.tr("未连接读卡器"), "ready": self.tr("读卡器就绪，请放置证件"),
                  "card_present": self.tr("已检测到证件"), "reading": self.tr("正在读卡…"),
                  "error": self.tr("读卡器故障"), "done": self.tr("读卡成功")}
        colors = {"error": "#c62828", "no_reader": "#b36b00", "done": "#2e7d32", "reading": "#1565c0"}
        text = labels.get(state, state) + (f"（{reason}）" if reason and state in {"error", "no_reader"} else "")
        self.reader_state.setText(self.tr("读卡器：") + text)
        self.reader_state.setProperty("state", state)
        self.reader_state.setStyleSheet(f"color:{colors.get(state, '#333')};font-weight:bold")

    def read_card(self) -> None:
        """Read the card in a worker; the result fills the screen and the open case."""
        if self.reading:
            return
        self.reading = True
        self._set_state("reading")
        query(self, idcard_svc.read_at_window, self.session.open_devices, on_done=self._card_read, on_error=self._card_failed)

    def _card_read(self, card: dict) -> None:
        self.reading = False
        self.session.last_card = card
        self._read_ok = True
        for key, _text, mask in CARD_ROWS:
            self.card_labels[key].setText(mask_value(mask, str(card.get(key) or "")) or "—")
        self._set_state("done")
        self._compare(card)
        if not self.session.case_uuid:
            return
        if card.get("checks_passed") is False:
            problems = "\n".join(i.get("message_zh", "") for i in card.get("check_issues", []))
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("证件核验未通过"),
                              self.tr("{p}\n\n请人工核对证件。核对无误仍要写入办件吗？").format(p=problems),
                              QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
            box.setObjectName("cardCheckBox")
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.setDefaultButton(QMessageBox.StandardButton.No)
            box.finished.connect(lambda r: (self.window().activateWindow(),
                                            r == QMessageBox.StandardButton.Yes and self._apply(card, True)))
            box.open()
            return
        self._apply(card, False)

    def _compare(self, card: dict) -> None:
        """人证比对: the full values and the photo on this screen, once the view is audited."""
        result = card.get("_result")
        if result is None or self.session.actor is None:
            return
        uuid = self.session.case_uuid

        def shown(view: dict) -> None:
            for key, value in view["fields"].items():
                if key in self.card_labels:
                    self.card_labels[key].setText(value)
            set_photo(self.photo, view["photo"])
            self.session.card_photo, self.session.card_photo_case = view["photo"], uuid
            self.session.card_photo_changed.emit()

        act(self.photo, idcard_svc.comparison_view, self.session.ctx, result, case_uuid=uuid or None, on_done=shown)

    def _apply(self, card: dict, acknowledged: bool) -> None:
        if self.session.case_uuid:
            uuid = self.session.case_uuid

            def applied(filled: list[str]) -> None:
                self.status(self.tr("已从证件填入 {n} 项").format(n=len(filled)))
                self._show_case()
                self.card_applied.emit(uuid)
                self.fetch_elicenses(auto=True)

            act(self, idcard_svc.apply_card, self.session.ctx, uuid, card["_result"], acknowledge_failed=acknowledged,
                on_done=applied)

    def fetch_elicenses(self, auto: bool = False) -> None:
        """Ctrl+E (and after a card read): the applicant's consent, then e-licences (ui/elicense_dialog.py)."""
        from ui.elicense_dialog import offer

        try:
            self.elicense_dialog = offer(self, self.session, auto=auto)
        except Exception as exc:
            self.show_error(exc)

    def _card_failed(self, exc: Exception) -> None:
        self.reading = False
        self._set_state("error", getattr(exc, "message_zh", "") or str(exc))

    def reuse_history(self) -> None:
        uuid = self.session.case_uuid
        if not uuid:
            return
        prior = case_svc.prior_field_values(self.session.ctx, uuid)
        if not prior["fields"]:
            self.status(self.tr("没有找到该申请人的历史资料"))
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("历史资料"), self.tr("没有找到该申请人的历史资料"),
                              QMessageBox.StandardButton.Ok, self)
            box.setObjectName("noHistoryBox")
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("调用历史资料"),
                          self.tr("找到该申请人在办件 {n} 中填写的 {k} 项资料。\n请向申请人说明并征得同意后再调用。\n"
                                  "申请人是否同意？").format(n=prior["source_case"], k=len(prior["fields"])),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("consentBox")
        # what would be copied (only into empty fields), so nothing arrives unseen
        form = case_svc.case_form(self.session.ctx, uuid)
        empty = {f["key"]: f for f in form["fields"] if not f["value"]}
        copied = [(empty[k]["label"], mask_value(empty[k]["mask"], v) if empty[k]["sensitive"] else v)
                  for k, v in prior["fields"].items() if k in empty]
        if copied:
            box.setInformativeText(self.tr("将填入（空白字段）：") + "\n" + "\n".join(
                f"· {label}：{value if len(value) <= 60 else value[:60] + '…'}" for label, value in copied))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        box.finished.connect(lambda result: self._consented(result == QMessageBox.StandardButton.Yes))
        box.open()

    def _consented(self, yes: bool) -> None:
        self.window().activateWindow()  # the keyboard goes back to the clerk's window
        self.read_button.setFocus()
        if not yes:
            self.status(self.tr("申请人未同意，未调用历史资料"))
            return
        act(self, consent_svc.reuse_with_window_consent, self.session.ctx, self.session.case_uuid,
            on_done=lambda keys: self.status(self.tr("已调用历史资料 {n} 项，请在表单中确认").format(n=len(keys))))


def photo_label(parent: QWidget) -> QLabel:
    """The frame of the card photo (102×126 on the chip, shown twice that size)."""
    label = QLabel(QCoreApplication.translate("ApplicantScreen", "未读卡"), parent)
    label.setObjectName("cardPhoto")
    label.setFixedSize(204, 252)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setStyleSheet("border:1px solid #999;background:#fafafa;color:#777")
    return label


def set_photo(label: QLabel, photo: bytes) -> None:
    pix = QPixmap()
    if photo and pix.loadFromData(photo):
        label.setPixmap(pix.scaled(label.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                   Qt.TransformationMode.SmoothTransformation))
    else:
        label.clear()
        label.setText(QCoreApplication.translate("ApplicantScreen", "证件无照片"))
