"""The applicant-facing second screen: the applicant checks their data (masked) beside the ID
photo read from the chip (人证比对: the clerk sees the same face the applicant shows), signs with
mouse or pen, and gives the 好差评 rating (5 levels) at the end; both are stored with the case.

It opens on the second `QScreen` when one is attached (full screen there), otherwise as a
normal window next to the workstation (useful for training and tests).
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, Qt, Signal
from PySide6.QtGui import QGuiApplication, QImage, QPainter, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from app.security.masking import mask_value
from app.services import cases as case_svc
from ui.ops import act
from ui.session import Session
from ui.worker import connect


class SignaturePad(QWidget):
    """Draw with mouse, pen or finger; `png()` is the signature as a PNG (empty when blank)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("signaturePad")
        self.setMinimumSize(480, 180)
        self.image = QImage(960, 300, QImage.Format.Format_RGB32)
        self.image.fill(Qt.GlobalColor.white)
        self.strokes = 0
        self._last: QPoint | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)

    def clear(self) -> None:
        self.image.fill(Qt.GlobalColor.white)
        self.strokes = 0
        self.update()

    def _map(self, pos) -> QPoint:
        return QPoint(int(pos.x() * self.image.width() / max(self.width(), 1)),
                      int(pos.y() * self.image.height() / max(self.height(), 1)))

    def mousePressEvent(self, event) -> None:
        self._last = self._map(event.position())
        self.strokes += 1

    def mouseMoveEvent(self, event) -> None:
        if self._last is None:
            return
        p = self._map(event.position())
        painter = QPainter(self.image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(Qt.GlobalColor.black, 4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawLine(self._last, p)
        painter.end()
        self._last = p
        self.update()

    def mouseReleaseEvent(self, event) -> None:
        self._last = None

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.drawImage(self.rect(), self.image)
        painter.setPen(QPen(Qt.GlobalColor.gray, 1, Qt.PenStyle.DashLine))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.end()

    def png(self) -> bytes:
        if not self.strokes:
            return b""
        data = QByteArray()
        buf = QBuffer(data)
        buf.open(QIODevice.OpenModeFlag.WriteOnly)
        self.image.save(buf, "PNG")
        return bytes(data.data())


class SecondScreen(QWidget):
    signed = Signal(str)
    rated = Signal(str, int)

    def __init__(self, session: Session):
        super().__init__(None, Qt.WindowType.Window)
        self.session = session
        self.setObjectName("secondScreen")
        self.setWindowTitle(self.tr("综窗 · 申请人确认"))
        self.resize(1024, 640)
        lay = QVBoxLayout(self)
        self.banner = QLabel("", self)
        self.banner.setObjectName("secondBanner")
        self.banner.setStyleSheet("font-size:22px;font-weight:bold")
        lay.addWidget(self.banner)
        self.pages = QStackedWidget(self)
        lay.addWidget(self.pages, 1)
        # page 0: confirm + sign
        confirm = QWidget()
        cl = QVBoxLayout(confirm)
        self.details = QLabel("", confirm)
        self.details.setObjectName("secondDetails")
        self.details.setWordWrap(True)
        self.details.setStyleSheet("font-size:18px")
        top = QHBoxLayout()
        top.addWidget(self.details, 1)
        from ui.screens.applicant import photo_label

        self.photo = photo_label(confirm)
        self.photo.setObjectName("secondPhoto")
        top.addWidget(self.photo, 0, Qt.AlignmentFlag.AlignTop)
        cl.addLayout(top, 1)
        cl.addWidget(QLabel(self.tr("请核对以上信息，无误后在下方签名："), confirm))
        self.pad = SignaturePad(confirm)
        cl.addWidget(self.pad, 1)
        row = QHBoxLayout()
        self.clear_button = QPushButton(self.tr("重签"), confirm)
        self.sign_button = QPushButton(self.tr("确认并签名"), confirm)
        self.sign_button.setObjectName("confirmSignature")
        row.addWidget(self.clear_button)
        row.addStretch(1)
        row.addWidget(self.sign_button)
        cl.addLayout(row)
        self.pages.addWidget(confirm)
        # page 1: rating
        rate = QWidget()
        rl = QVBoxLayout(rate)
        rl.addWidget(QLabel(self.tr("请对本次服务进行评价："), rate))
        rrow = QHBoxLayout()
        self.rating_buttons: dict[int, QPushButton] = {}
        names = {5: self.tr("非常满意"), 4: self.tr("满意"), 3: self.tr("基本满意"), 2: self.tr("不满意"),
                 1: self.tr("非常不满意")}
        for level in (5, 4, 3, 2, 1):
            b = QPushButton(f"{'★' * level}\n{names[level]}", rate)
            b.setObjectName(f"rate_{level}")
            b.setMinimumHeight(90)
            b.clicked.connect(lambda _c=False, lv=level: self.rate(lv))
            rrow.addWidget(b)
            self.rating_buttons[level] = b
        rl.addLayout(rrow)
        self.thanks = QLabel("", rate)
        self.thanks.setObjectName("ratingThanks")
        rl.addWidget(self.thanks)
        rl.addStretch(1)
        self.pages.addWidget(rate)
        self.clear_button.clicked.connect(self.pad.clear)
        self.sign_button.clicked.connect(self.confirm_signature)
        connect(session.card_photo_changed, self, self.show_photo)
        connect(session.case_selected, self, lambda _u: self.show_case())
        connect(session.bridge.case_changed, self,
                lambda u: u == session.case_uuid and self.isVisible() and self.show_case())
        self.show_case()

    def place(self) -> None:
        """Full screen on the second monitor if there is one, else an ordinary window."""
        screens = QGuiApplication.screens()
        if len(screens) > 1:
            geo = screens[1].geometry()
            self.move(geo.topLeft())
            self.showFullScreen()
        else:
            self.show()

    def show_photo(self) -> None:
        """The chip photo of the card read for the case on screen (none for another case)."""
        from ui.screens.applicant import set_photo

        same = self.session.card_photo_case == self.session.case_uuid
        set_photo(self.photo, self.session.card_photo if same and self.session.case_uuid else b"")
        self.photo.setVisible(bool(self.session.case_uuid))

    def show_case(self) -> None:
        uuid = self.session.case_uuid
        self.show_photo()
        if self.session.training:
            self.banner.setText(self.tr("培训模式 · 非真实办件"))
        else:
            self.banner.setText(self.tr("欢迎办理"))
        if not uuid:
            self.details.setTextFormat(Qt.TextFormat.PlainText)
            self.details.setText(self.tr("请稍候，窗口工作人员正在为您办理"))
            return
        form = case_svc.case_form(self.session.ctx, uuid)
        lines = [self.tr("事项：{item}").format(item=form["item_name"]),
                 self.tr("受理编号：{n}").format(n=form["acceptance_number"])]
        for f in form["fields"]:
            if f["value"]:
                shown = mask_value(f["mask"], f["value"]) if f["mask"] != "none" or f["sensitive"] else f["value"]
                lines.append(f"{f['label']}：{shown}")
        # every field the applicant confirms (two columns when long: a 20-field form fits the screen)
        from html import escape

        half = (len(lines) + 1) // 2 if len(lines) > 12 else len(lines)
        cols = [lines[:half], lines[half:]]
        rows = "".join("<tr>" + "".join(f"<td style='padding:2px 24px 2px 0'>{escape(col[i]) if i < len(col) else ''}</td>"
                                        for col in cols) + "</tr>" for i in range(half))
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setText(f"<table>{rows}</table>")

    def confirm_signature(self) -> None:
        data = self.pad.png()
        if not data or not self.session.case_uuid:
            self.details.setText(self.details.text() + "<br><b>" + self.tr("请先签名") + "</b>")
            return
        uuid = self.session.case_uuid
        act(self, case_svc.record_signature, self.session.ctx, uuid, data, on_error=self._failed,
            on_done=lambda _r: (self.signed.emit(uuid), self.ask_rating()))

    def _failed(self, exc: Exception) -> None:
        from ui.screens.base import error_text

        self.details.setText(self.details.text() + "<br><b>" + error_text(exc) + "</b>")

    def ask_rating(self) -> None:
        self.thanks.clear()
        self.pages.setCurrentIndex(1)

    def rate(self, level: int) -> None:
        if not self.session.case_uuid:
            return
        uuid = self.session.case_uuid
        act(self, case_svc.record_rating, self.session.ctx, uuid, level, on_error=self._failed,
            on_done=lambda _r: (self.thanks.setText(self.tr("感谢您的评价！")), self.rated.emit(uuid, level)))

    def reset(self) -> None:
        self.pad.clear()
        self.pages.setCurrentIndex(0)
        self.show_case()
