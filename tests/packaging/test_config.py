"""The layered machine configuration: defaults < system file < user file < environment."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli.main import main
from app.config import load_config, load_workstation
from app.errors import InputError
from app.services.config import check, set_value, show


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_layers_merge_key_by_key_and_env_wins(it_env, monkeypatch):
    _write(it_env["system"], '[workstation]\ncenter_code = "420106"\nwindow_no = "05"\n'
                             '[printers]\nform = "EPSON-LQ"\ndocument = "HP-A4"\n')
    _write(it_env["user"], '[printers]\ndocument = "Canon"\n')
    cfg = load_config(it_env["home"])
    assert (cfg.workstation.center_code, cfg.workstation.window_no) == ("420106", "05")
    assert (cfg.printers.form, cfg.printers.document) == ("EPSON-LQ", "Canon")  # user overrides one key only
    assert cfg.devices.idcard.backend == "auto"  # default survives
    monkeypatch.setenv("ZONGCHUANG_WINDOW", "09")
    ws = load_workstation(it_env["home"])
    assert (ws.center_code, ws.window_no) == ("420106", "09")
    origins = {s["key"]: s["origin"] for s in show(it_env["home"])["settings"]}
    assert origins["workstation.window_no"] == "env"
    assert origins["printers.document"] == "user"
    assert origins["printers.form"] == "system"
    assert origins["devices.idcard.backend"] == "default"


def test_invalid_values_name_the_file_and_setting(it_env):
    _write(it_env["user"], '[workstation]\nwindow_no = "5"\n')
    with pytest.raises(InputError) as err:
        load_workstation(it_env["home"])
    assert "workstation.window_no" in err.value.message_en and str(it_env["user"]) in err.value.message_en
    _write(it_env["user"], '[workstation]\nwindow = "05"\n')
    with pytest.raises(InputError, match="unknown setting"):
        load_config(it_env["home"])
    _write(it_env["system"], "[workstation\n")
    with pytest.raises(InputError, match="malformed"):
        load_config(it_env["home"])


def test_set_keeps_comments_validates_and_writes_the_chosen_layer(it_env):
    _write(it_env["system"], '# 由信息科统一配置 / set by IT\n[workstation]\ncenter_code = "420106"  # 武昌区\n')
    set_value(it_env["home"], "workstation.window_no", "07")
    set_value(it_env["home"], "printers.calibration.EPSON-LQ.dx_mm", "1.5")
    set_value(it_env["home"], "devices.idcard.backend", "sam_serial", scope="system")
    system_text = it_env["system"].read_text(encoding="utf-8")
    assert "# 由信息科统一配置 / set by IT" in system_text and "# 武昌区" in system_text
    cfg = load_config(it_env["home"])
    assert cfg.workstation.window_no == "07" and cfg.devices.idcard.backend == "sam_serial"
    assert cfg.printers.calibration["EPSON-LQ"].dx_mm == 1.5
    before = it_env["user"].read_text(encoding="utf-8")
    for key, value in (("workstation.window_no", "7"), ("devices.idcard.backend", "bluetooth"),
                       ("printers.calibration.EPSON-LQ.dx_mm", "abc"), ("nosuch.key", "1")):
        with pytest.raises(InputError):
            set_value(it_env["home"], key, value)
    assert it_env["user"].read_text(encoding="utf-8") == before  # a refused value writes nothing


def test_check_reports_problems_and_cli_exit_codes(it_env, capsys):
    _write(it_env["system"], '[devices.idcard]\nbackend = "sam_serial"\n[platform]\nca_file = "/nonexistent/ca.pem"\n'
                             '[frobnicate]\nx = 1\n')
    result = check(it_env["home"])
    text = " ".join(p["en"] for p in result["problems"])
    assert not result["ok"]
    assert "devices.idcard.port" in text and "CA file missing" in text and "[frobnicate]" in text
    assert main(["config", "check"]) == 2
    _write(it_env["system"], '[workstation]\nplatform_url = "https://zwfw.example.gov.cn"\n')
    assert main(["config", "check"]) == 0
    assert main(["config", "set", "workstation.window_no", "03"]) == 0
    assert main(["config", "set", "workstation.window_no", "3"]) != 0
    capsys.readouterr()
    assert main(["config", "show"]) == 0
    out = capsys.readouterr().out
    assert "workstation.window_no = '03'    # user" in out
    assert "workstation.platform_url = 'https://zwfw.example.gov.cn'    # system" in out


def test_security_section_passes_through_and_is_checked(it_env):
    _write(it_env["user"], '[security]\nidle_lock_minutes = 5\n')
    assert check(it_env["home"])["ok"]
    _write(it_env["user"], '[security]\nattachment_cipher = "rot13"\n')
    result = check(it_env["home"])
    assert not result["ok"] and "rot13" in result["problems"][0]["en"]
