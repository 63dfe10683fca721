"""The security, user and audit commands end to end (in-process, real store)."""

from __future__ import annotations

import os
import stat

from click.testing import CliRunner

from app.cli.main import cli
from app.security import keys, users


def _run(data_dir, *args, env=None, ok=True):
    result = CliRunner().invoke(cli, ["--data-dir", str(data_dir), *args], env=env or {})
    if ok:
        assert result.exit_code == 0, result.output + str(result.exception)
    return result


def test_init_users_audit_purge(tmp_path, monkeypatch):
    data = tmp_path / "data"
    pass_file = tmp_path / "etc" / "key-passphrase"
    monkeypatch.delenv("ZONGCHUANG_KEY_PASSPHRASE")
    monkeypatch.setenv("ZONGCHUANG_KEY_PASSPHRASE_FILE", str(pass_file))  # init sets it; restored after
    out = _run(data, "security", "init", "--passphrase-file", str(pass_file), "--admin", "itadmin",
               env={"ZONGCHUANG_NEW_PASSWORD": "Admin#2026x"})
    assert "passphrase-wrapped" in out.output
    assert stat.S_IMODE(os.stat(pass_file).st_mode) == 0o600 and len(pass_file.read_text().strip()) >= 40
    assert keys.describe(data)["store"] == "passphrase"
    admin_env = {"ZONGCHUANG_PASSWORD": "Admin#2026x", "ZONGCHUANG_NEW_PASSWORD": "Check#2026q"}
    _run(data, "user", "add", "aud01", "--role", "auditor", "--as", "itadmin", env=admin_env)
    _run(data, "user", "add", "clerk01", "--role", "clerk", "--as", "itadmin", env=admin_env)
    denied = _run(data, "user", "add", "x1", "--role", "clerk", "--as", "clerk01",
                  env={"ZONGCHUANG_PASSWORD": "Check#2026q", "ZONGCHUANG_NEW_PASSWORD": "Check#2026q"}, ok=False)
    assert denied.exit_code != 0
    listed = _run(data, "user", "list", "--json").output
    assert "aud01" in listed and "password" not in listed.replace("must_change", "")
    audit = _run(data, "audit", "list", "--as", "aud01", "--json", env={"ZONGCHUANG_PASSWORD": "Check#2026q"}).output
    assert "user.add" in audit
    assert _run(data, "audit", "list", "--as", "itadmin", env={"ZONGCHUANG_PASSWORD": "Admin#2026x"}, ok=False).exit_code
    assert "需要登录" in str(_run(data, "audit", "verify", ok=False).exception)  # nobody logged in
    assert "intact" in _run(data, "audit", "verify", "--as", "aud01", env={"ZONGCHUANG_PASSWORD": "Check#2026q"}).output
    _run(data, "login", "itadmin", env={"ZONGCHUANG_PASSWORD": "Admin#2026x"})
    status = _run(data, "security", "status", "--json").output
    assert '"database_encrypted": true' in status
    assert "0 件" in _run(data, "security", "purge", "--dry-run").output
    _run(data, "security", "rotate-key")  # as the logged-in it_admin
    assert "intact" in _run(data, "audit", "verify").output
    _run(data, "logout")
    assert _run(data, "security", "rotate-key", ok=False).exit_code != 0
    keys.forget(data)


def test_default_argon2_parameters_are_strong(monkeypatch):
    monkeypatch.delenv("ZONGCHUANG_ARGON2_MEMORY_KIB", raising=False)
    monkeypatch.delenv("ZONGCHUANG_ARGON2_TIME", raising=False)
    assert users.hash_password("Window#2026").startswith("$argon2id$v=19$m=65536,t=3,p=4$")
