"""The first-run wizard writes a valid user configuration; bad answers write nothing."""

from __future__ import annotations

from app.config import load_config
from app.services.config import needs_first_run


def test_wizard_writes_identity_platform_and_devices(it_env, qtbot):
    from ui.wizard import FirstRunWizard

    assert needs_first_run(it_env["home"])
    wizard = FirstRunWizard(it_env["home"])
    qtbot.addWidget(wizard)
    wizard.identity.center_code.setText("420106")
    wizard.identity.center_name.setText("武昌区政务服务中心")
    wizard.identity.window_no.setText("12")
    wizard.identity.region.setText("420106")
    wizard.platform.url.setText("https://zwfw.example.gov.cn/")
    wizard.devices.idcard_backend.setCurrentIndex(wizard.devices.idcard_backend.findData("sam_serial"))
    wizard.devices.idcard_port.setText("/dev/ttyUSB0")
    wizard.devices.printer_form.setEditText("EPSON-LQ-630K")
    wizard.devices.test("idcard_readers")  # the test button: enumerates for real, shows a count
    qtbot.waitUntil(lambda: "found" in wizard.devices.results["idcard_readers"].text(), timeout=20000)
    wizard.accept()
    assert wizard.result() == wizard.DialogCode.Accepted
    cfg = load_config(it_env["home"])
    assert (cfg.workstation.center_code, cfg.workstation.window_no) == ("420106", "12")
    assert cfg.workstation.platform_url == "https://zwfw.example.gov.cn"
    assert (cfg.devices.idcard.backend, cfg.devices.idcard.port) == ("sam_serial", "/dev/ttyUSB0")
    assert cfg.printers.form == "EPSON-LQ-630K"
    assert not needs_first_run(it_env["home"])


def test_wizard_refuses_invalid_answers_without_writing(it_env, qtbot):
    from ui.wizard import FirstRunWizard

    wizard = FirstRunWizard(it_env["home"])
    qtbot.addWidget(wizard)
    wizard.identity.window_no.setText("1")
    wizard.platform.url.setText("zwfw.example.gov.cn")  # no scheme
    wizard.accept()
    assert wizard.result() != wizard.DialogCode.Accepted
    assert "workstation.window_no" in wizard.error.text() or "platform_url" in wizard.error.text()
    assert not it_env["user"].exists()
