"""`zongchuang helper`: registered in the CLI; refuses to start without a login with the helper role
(bilingual error, non-zero exit) — before any window or network."""

from __future__ import annotations

from app.cli.main import main
from app.security import users
from app.storage import Actor

PASSWORD = "Helper-01-pass"


def _add(ctx, user: str, role: str) -> None:
    """The first account is created by the system (install); later ones by the IT admin."""
    by = Actor(user="system", role="system", terminal="420100-01") if users.count_users(ctx) == 0 else \
        Actor(user="it01", role="it_admin", terminal="420100-01")
    users.add_user(ctx, by, user, role, PASSWORD, must_change=False)


def test_helper_is_a_command(capsys):
    assert main(["helper", "--help"]) == 0
    assert "--as" in capsys.readouterr().out


def test_helper_mode_needs_the_helper_role(ctx, data_dir, capsys, monkeypatch):
    _add(ctx, "it01", "it_admin")  # the first account
    _add(ctx, "clerk01", "clerk")
    monkeypatch.setenv("ZONGCHUANG_PASSWORD", PASSWORD)
    base = ["--data-dir", str(data_dir), "helper", "--platform", "http://127.0.0.1:9"]
    assert main(base) != 0
    err = capsys.readouterr().err
    assert "--as" in err and "登录" in err
    assert main([*base, "--as", "clerk01"]) != 0
    assert "无权" in capsys.readouterr().err
    assert main(["helper", "--platform", "ftp://x", "--as", "clerk01"]) != 0
    assert "http" in capsys.readouterr().err


def test_a_helper_account_logs_in(ctx, data_dir, monkeypatch):
    from ui.cobrowse.cli import helper_login

    _add(ctx, "it01", "it_admin")
    _add(ctx, "helper01", "helper")
    monkeypatch.setenv("ZONGCHUANG_PASSWORD", PASSWORD)
    actor = helper_login(str(data_dir), "helper01")
    assert (actor.user, actor.role) == ("helper01", "helper")
