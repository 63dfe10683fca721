"""`zongchuang --self-test` in the source tree: every check runs for real and passes here."""

from __future__ import annotations

import json

import pytest

from app.cli.main import main
from app.services.selftest import FAIL, run_selftest

CORE = {"environment", "resources", "database", "ocr", "pdf", "keyring", "devices", "tls"}
QT = {"qt", "qt_images", "qt_pdf"}


def test_all_checks_pass_in_the_source_tree(it_env):
    report = run_selftest()
    by_name = {r.name: r for r in report.results}
    assert CORE | QT <= set(by_name), sorted(by_name)
    failed = {r.name: r.detail for r in report.results if r.status == FAIL}
    assert not failed, failed
    assert report.ok and not report.frozen
    assert "综合受理窗口自检" in by_name["ocr"].detail  # the sample image was really read
    assert by_name["database"].status == "ok" and "migrated to" in by_name["database"].detail
    assert "TLS" in by_name["tls"].detail
    text = report.render()
    assert "result: all checks passed" in text


def test_cli_json_and_exit_code_on_failure(it_env, monkeypatch, capsys, tmp_path):
    assert main(["self-test", "--json", "--only", "tls", "--only", "pdf", "--only", "qt_pdf"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["ok"] and [c["name"] for c in doc["checks"]] == ["pdf", "tls", "qt_pdf"]
    # no keyring and no key passphrase: the workstation could not keep its data key -> non-zero
    monkeypatch.setenv("ZONGCHUANG_KEYRING", "none")
    monkeypatch.delenv("ZONGCHUANG_KEY_PASSPHRASE", raising=False)
    monkeypatch.setenv("ZONGCHUANG_KEY_PASSPHRASE_FILE", str(tmp_path / "absent"))
    from app.services import selftest

    if selftest._passphrase_configured():
        pytest.skip("this machine has a system key passphrase file (/etc/zongchuang/key-passphrase)")
    assert main(["self-test", "--only", "keyring"]) == 1
    out = capsys.readouterr().out
    assert "FAIL" in out and "security init" in out


def test_root_flag_runs_the_self_test(it_env, capsys):
    assert main(["--self-test", "--help"]) in (0, None)  # eager: runs before --help is looked at
    out = capsys.readouterr().out
    assert "zongchuang self-test" in out and "result:" in out
