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
from app.services import doctor
from ui.i18n import LANGUAGES, current_language
from ui.ops import act, query
from ui.screens.base import Screen, error_text


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
        self.layout_.addWidget(self._setup_group(session))
        self.output = QPlainTextEdit(self)
        self.output.setObjectName("doctorOutput")
        self.output.setReadOnly(True)
        self.layout_.addWidget(self.output, 1)

    def _setup_group(self, session) -> QGroupBox:
        """Platform address and CA, the document printer (picked from the printers found) and a
        test page — what used to need the command line. Saved to config.toml; used from the next
        start of the workstation (devices and the platform link are chosen at start)."""
        from app.config import load_config

        cfg = load_config(session.ctx.data_dir)
        box = QGroupBox(self.tr("平台与打印机"), self)
        form = QFormLayout(box)
        self.url_edit = QLineEdit(cfg.workstation.platform_url, box)
        self.url_edit.setObjectName("setupPlatformUrl")
        self.url_edit.setPlaceholderText("https://zwfw.example.gov.cn")
        self.ca_edit = QLineEdit(cfg.platform.ca_file, box)
        self.ca_edit.setObjectName("setupCaFile")
        self.ca_edit.setPlaceholderText(self.tr("平台 CA 证书文件（PEM），内网自建 CA 时填写"))
        self.printer_box = QComboBox(box)
        self.printer_box.setObjectName("setupPrinter")
        self.printer_box.setEditable(True)
        self.printer_box.addItem(self.tr("（系统默认打印机）"), "")
        if cfg.printers.document:
            self.printer_box.addItem(cfg.printers.document, cfg.printers.document)
            self.printer_box.setCurrentIndex(1)
        row = QHBoxLayout()
        for key, text in (("platform", self.tr("测试连接")), ("printers", self.tr("查找打印机")),
                          ("test_page", self.tr("打印测试页")), ("save", self.tr("保存设置"))):
            b = QPushButton(text, box)
            b.setObjectName(f"setup_{key}")
            b.clicked.connect(lambda _c=False, k=key: self.setup_action(k))
            row.addWidget(b)
            self.buttons[f"setup_{key}"] = b
        form.addRow(self.tr("平台地址"), self.url_edit)
        form.addRow(self.tr("CA 证书"), self.ca_edit)
        form.addRow(self.tr("文书打印机"), self.printer_box)
        form.addRow(row)
        return box

    def _printer(self) -> str:
        i = self.printer_box.currentIndex()
        data = self.printer_box.itemData(i) if i >= 0 and self.printer_box.currentText() == self.printer_box.itemText(i) \
            else None
        return str(data) if data is not None else self.printer_box.currentText().strip()

    def setup_action(self, key: str) -> None:
        from app.services import config as config_svc

        out = self.output.appendPlainText
        if key == "platform":
            out(self.tr("正在连接平台…"))
            query(self, config_svc.test_platform, self.url_edit.text().strip(), ca_file=self.ca_edit.text().strip(),
                  on_done=lambda r: out(("✔ " if r.get("ok") else "✘ ") + str(r.get("zh", ""))),
                  on_error=lambda exc: out(error_text(exc)))
        elif key == "printers":
            query(self, config_svc.probe_devices, "printers", on_done=self._printers_found,
                  on_error=lambda exc: out(error_text(exc)))
        elif key == "test_page":
            from app.services import printing

            act(self, printing.test_print, self.session.ctx, self._printer() or None,
                backend=self.session.devices.print_backend, on_done=out, on_error=lambda exc: out(error_text(exc)))
        elif key == "save":
            query(self, config_svc.apply_settings, self.session.ctx.data_dir, {
                "workstation.platform_url": self.url_edit.text().strip(),
                "platform.ca_file": self.ca_edit.text().strip(), "printers.document": self._printer()},
                on_done=lambda _r: out(self.tr("已保存；重新启动综窗后生效")), on_error=lambda exc: out(error_text(exc)))

    def _printers_found(self, found: dict) -> None:
        names = [str(d.get("name") or d.get("id") or "") for d in found.get("devices", [])]
        for name in names:
            if name and self.printer_box.findData(name) < 0:
                self.printer_box.addItem(name, name)
        self.output.appendPlainText(self.tr("找到打印机：{names}").format(names="，".join(names) or "—"))
        self.printer_box.setFocus()

    def title(self) -> str:
        return self.tr("设置")

    def activate(self) -> None:
        self.buttons["doctor"].setFocus()

    def run_check(self, key: str) -> None:
        self.output.appendPlainText(QCoreApplication.translate("SettingsScreen", "… {k}").format(k=key))
        query(self, doctor.device_check, self.session.ctx, self.session.open_devices, key, as_clerk=True,
              on_done=self._report, on_error=lambda exc: self.output.appendPlainText(error_text(exc)))

    def _report(self, lines: list[str]) -> None:
        for line in lines:
            self.output.appendPlainText(line)
