"""Settings and device doctor (for IT): devices detected with their state, test read / test
capture / test print, camera calibration, platform URL, language, and where the logs are."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from app.paths import log_dir
from ui import capabilities
from ui.i18n import LANGUAGES, current_language
from ui.screens.base import Screen, error_text
from ui.worker import run_task


class SettingsScreen(Screen):
    key = "settings"
    language_requested = Signal(str)

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(session, parent)
        self.set_heading(self.tr("设置与设备诊断"))
        ws = session.ctx.workstation
        ident = QGroupBox(self.tr("本机"), self)
        f = QFormLayout(ident)
        f.addRow(self.tr("服务中心"), QLabel(f"{ws.center_name}（{ws.center_code}）"))
        f.addRow(self.tr("窗口号"), QLabel(ws.window_no))
        f.addRow(self.tr("数据目录"), QLabel(str(session.ctx.data_dir)))
        f.addRow(self.tr("日志目录"), QLabel(str(log_dir(session.ctx.data_dir))))
        f.addRow(self.tr("事项目录版本"), QLabel(f"{session.ctx.catalog.version} / {session.ctx.catalog.short_hash}"))
        self.platform = QLineEdit(ws.platform_url, self)
        self.platform.setObjectName("platformUrl")
        self.platform.setReadOnly(True)
        self.platform.setToolTip(self.tr("在数据目录的 config.toml 中设置 platform_url"))
        f.addRow(self.tr("平台地址"), self.platform)
        self.language = QComboBox(self)
        self.language.setObjectName("languageBox")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(current_language())))
        self.language.activated.connect(lambda _i: self.language_requested.emit(self.language.currentData()))
        f.addRow(self.tr("界面语言（Ctrl+Shift+E）"), self.language)
        self.layout_.addWidget(ident)
        dev = QGroupBox(self.tr("设备诊断"), self)
        dl = QHBoxLayout(dev)
        self.buttons = {}
        for key, text in (("doctor", self.tr("检测设备")), ("read", self.tr("测试读卡")), ("capture", self.tr("测试拍摄")),
                          ("print", self.tr("测试打印")), ("calibrate", self.tr("套打校准页"))):
            b = QPushButton(text, self)
            b.setObjectName(f"doctor_{key}")
            b.clicked.connect(lambda _c=False, k=key: self.run_check(k))
            dl.addWidget(b)
            self.buttons[key] = b
        self.layout_.addWidget(dev)
        self.output = QPlainTextEdit(self)
        self.output.setObjectName("doctorOutput")
        self.output.setReadOnly(True)
        self.layout_.addWidget(self.output, 1)

    def title(self) -> str:
        return self.tr("设置")

    def activate(self) -> None:
        self.buttons["doctor"].setFocus()

    def run_check(self, key: str) -> None:
        self.output.appendPlainText(QCoreApplication.translate("SettingsScreen", "… {k}").format(k=key))
        run_task(capabilities.device_check, self.session, key, on_done=self._report,
                 on_error=lambda exc: self.output.appendPlainText(error_text(exc)))

    def _report(self, lines: list[str]) -> None:
        for line in lines:
            self.output.appendPlainText(line)
