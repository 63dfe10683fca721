"""First-run wizard: who this workstation is, where the platform is, which devices it uses.

Shown when no configuration names the service center yet (`needs_first_run`). Three pages —
identity, platform (with a connection test), devices (with test buttons that enumerate readers,
cameras and printers off the GUI thread) — and the answers are written to the user's
config.toml through `app.services.config.apply_settings`, validated all at once (IT can later
move them to the system file with `zongchuang config set --system`).

Entry points for the main window: `maybe_run_first_run_wizard(parent, data_dir)` and
`FirstRunWizard`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.config import load_config
from app.errors import ZongchuangError
from app.services import config as config_service

IDCARD_BACKENDS = [("auto", "自动探测 / auto"), ("sam_serial", "串口/USB 转串口 SAM / serial SAM"),
                   ("sdtapi", "厂商 SDK sdtapi"), ("termb", "厂商 SDK termb"), ("pcsc", "PC/SC 社保卡 / PC/SC"),
                   ("simulator", "模拟器（培训）/ simulator (training)"), ("none", "无 / none")]


def _run(fn: Any, *args: Any, on_done: Any, **kwargs: Any) -> None:
    """Off the GUI thread when the worker pool is there; inline otherwise."""
    try:
        from ui.worker import run_task
    except ImportError:
        on_done(fn(*args, **kwargs))
        return
    run_task(fn, *args, on_done=on_done, on_error=lambda exc: on_done({"ok": False, "zh": str(exc), "en": str(exc)}),
             **kwargs)


class IdentityPage(QWizardPage):
    def __init__(self, cfg: Any) -> None:
        super().__init__()
        self.setTitle("本机身份 / Workstation identity")
        self.setSubTitle("服务中心与窗口号将印在受理编号和回执上 / printed in acceptance numbers and receipts")
        form = QFormLayout(self)
        self.center_code = QLineEdit(cfg.workstation.center_code)
        self.center_code.setInputMask("999999")
        self.center_name = QLineEdit(cfg.workstation.center_name)
        self.window_no = QLineEdit(cfg.workstation.window_no)
        self.window_no.setInputMask("99")
        self.region = QLineEdit(cfg.workstation.region)
        self.region.setInputMask("999999")
        form.addRow("中心行政区划代码 / center code", self.center_code)
        form.addRow("中心名称 / center name", self.center_name)
        form.addRow("窗口号 / window number", self.window_no)
        form.addRow("辖区代码 / jurisdiction", self.region)

    def values(self) -> dict[str, str]:
        return {"workstation.center_code": self.center_code.text().strip(),
                "workstation.center_name": self.center_name.text().strip(),
                "workstation.window_no": self.window_no.text().strip(),
                "workstation.region": self.region.text().strip()}


class PlatformPage(QWizardPage):
    def __init__(self, cfg: Any) -> None:
        super().__init__()
        self.setTitle("政务服务平台 / Platform")
        self.setSubTitle("留空则案件只保存在本机，可稍后设置 / leave empty to work offline; set it later")
        form = QFormLayout(self)
        self.url = QLineEdit(cfg.workstation.platform_url)
        self.url.setPlaceholderText("https://zwfw.example.gov.cn")
        self.ca_file = QLineEdit(cfg.platform.ca_file)
        self.ca_file.setPlaceholderText("/etc/zongchuang/platform-ca.pem")
        self.test_button = QPushButton("测试连接 / Test connection")
        self.result = QLabel("")
        self.result.setWordWrap(True)
        self.test_button.clicked.connect(self.test)
        form.addRow("平台地址 / URL", self.url)
        form.addRow("CA 证书文件 / CA file", self.ca_file)
        form.addRow(self.test_button, self.result)

    def test(self) -> None:
        self.result.setText("正在连接… / connecting…")
        _run(config_service.test_platform, self.url.text().strip(), ca_file=self.ca_file.text().strip(),
             on_done=self._show)

    def _show(self, outcome: dict[str, Any]) -> None:
        mark = "✔" if outcome.get("ok") else "✘"
        self.result.setText(f"{mark} {outcome.get('zh', '')} / {outcome.get('en', '')}")

    def values(self) -> dict[str, str]:
        return {"workstation.platform_url": self.url.text().strip(), "platform.ca_file": self.ca_file.text().strip()}


class DevicesPage(QWizardPage):
    def __init__(self, cfg: Any) -> None:
        super().__init__()
        self.setTitle("设备 / Devices")
        self.setSubTitle("点“测试”查找已连接的设备 / press Test to find connected devices")
        form = QFormLayout(self)
        self.idcard_backend = QComboBox()
        for value, label in IDCARD_BACKENDS:
            self.idcard_backend.addItem(label, value)
        self.idcard_backend.setCurrentIndex(max(0, self.idcard_backend.findData(cfg.devices.idcard.backend)))
        self.idcard_port = QLineEdit(cfg.devices.idcard.port)
        self.idcard_port.setPlaceholderText("COM3 /dev/ttyUSB0")
        self.camera_index = QSpinBox()
        self.camera_index.setRange(0, 9)
        self.camera_index.setValue(cfg.devices.camera.index)
        self.printer_document = QComboBox()
        self.printer_form = QComboBox()
        for box, current in ((self.printer_document, cfg.printers.document), (self.printer_form, cfg.printers.form)):
            box.setEditable(True)
            box.addItem("（系统默认 / default）", "")
            if current:
                box.addItem(current, current)
                box.setCurrentIndex(box.count() - 1)
        self.results: dict[str, QLabel] = {}
        form.addRow("读卡器 / ID-card reader", self.idcard_backend)
        form.addRow("读卡器端口 / reader port", self.idcard_port)
        form.addRow(self._test_row("idcard_readers", "测试读卡器 / Test reader"))
        form.addRow("高拍仪序号 / camera index", self.camera_index)
        form.addRow(self._test_row("cameras", "测试高拍仪 / Test camera"))
        form.addRow("文书打印机 / document printer", self.printer_document)
        form.addRow("套打打印机 / form printer", self.printer_form)
        form.addRow(self._test_row("printers", "查找打印机 / Find printers"))

    def _test_row(self, kind: str, label: str) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        button = QPushButton(label)
        button.setObjectName(f"test_{kind}")
        result = QLabel("")
        result.setWordWrap(True)
        self.results[kind] = result
        button.clicked.connect(lambda: self.test(kind))
        layout.addWidget(button)
        layout.addWidget(result, 1)
        return row

    def test(self, kind: str) -> None:
        self.results[kind].setText("正在查找… / probing…")
        _run(config_service.probe_devices, kind, on_done=lambda found: self._show(kind, found))

    def _show(self, kind: str, found: dict[str, Any]) -> None:
        devices = found.get("devices", [])
        names = [str(d.get("name") or d.get("id") or "?") for d in devices]
        text = f"找到 {len(devices)} 个 / found {len(devices)}" + (f"：{'，'.join(names)}" if names else "")
        errors = [e.get("error", "") for e in found.get("errors", [])]
        if errors:
            text += f"（{'; '.join(errors)}）"
        self.results[kind].setText(text)
        if kind == "printers":
            for box in (self.printer_document, self.printer_form):
                for name in names:
                    if box.findData(name) < 0:
                        box.addItem(name, name)

    def values(self) -> dict[str, str]:
        def printer(box: QComboBox) -> str:
            data = box.currentData()
            return str(data) if data is not None and box.currentText() == box.itemText(box.currentIndex()) \
                else box.currentText().strip()

        return {"devices.idcard.backend": str(self.idcard_backend.currentData()),
                "devices.idcard.port": self.idcard_port.text().strip(),
                "devices.camera.index": str(self.camera_index.value()),
                "printers.document": printer(self.printer_document),
                "printers.form": printer(self.printer_form)}


class FirstRunWizard(QWizard):
    """The three pages; on Finish the answers are validated and written (or the error shown)."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.setWindowTitle("综窗首次设置 / First-run set-up")
        cfg = load_config(self.data_dir)
        self.identity, self.platform, self.devices = IdentityPage(cfg), PlatformPage(cfg), DevicesPage(cfg)
        for page in (self.identity, self.platform, self.devices):
            self.addPage(page)
        self.error = QLabel("")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        self.devices.layout().addRow(self.error)
        self.written: list[dict[str, Any]] = []

    def values(self) -> dict[str, str]:
        return {**self.identity.values(), **self.platform.values(), **self.devices.values()}

    def accept(self) -> None:
        try:
            self.written = config_service.apply_settings(self.data_dir, self.values())
        except ZongchuangError as exc:
            self.error.setText(f"{exc.message_zh}\n{exc.message_en}")
            return
        super().accept()


def maybe_run_first_run_wizard(parent: QWidget | None, data_dir: Path) -> bool:
    """Run the wizard when this machine is not configured yet; True when it was completed."""
    if not config_service.needs_first_run(Path(data_dir)):
        return False
    wizard = FirstRunWizard(Path(data_dir), parent)
    return wizard.exec() == QWizard.DialogCode.Accepted
