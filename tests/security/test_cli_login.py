"""Every actor on the command line is a person (issue 21, critical 2), through the real CLI as
a subprocess: no role or user name from the environment; `zongchuang login` (session file 0600,
token checked against the encrypted store, role from the user store) or `--as USER` with the
password from a file descriptor; voiding needs a supervisor's login."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

ADMIN_PW, CLERK_PW, SUPER_PW = "Adm1n#Window2026", "Cl3rk#Window2026", "Sup3r#Window2026"
ITEM = "010170001000-02"


def zc(data: Path, *args: str, password: str | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run the real `zongchuang` entry point; `password` goes in through a pipe on fd 0."""
    full_env = {k: v for k, v in os.environ.items() if k not in ("ZONGCHUANG_PASSWORD", "ZONGCHUANG_NEW_PASSWORD")}
    full_env.update(env or {})
    return subprocess.run([sys.executable, "-m", "app.cli.main", "--data-dir", str(data), *args],
                          input=(password + "\n") if password is not None else "", capture_output=True, text=True,
                          env=full_env, timeout=120)


def ok(proc: subprocess.CompletedProcess) -> str:
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return proc.stdout


@pytest.fixture(scope="module")
def data(tmp_path_factory) -> Path:
    """A data dir with an it_admin, a clerk and a supervisor (made through the CLI)."""
    d = tmp_path_factory.mktemp("cli") / "data"
    ok(zc(d, "user", "add", "itadmin", "--role", "it_admin", env={"ZONGCHUANG_NEW_PASSWORD": ADMIN_PW}))
    for user, role, pw in (("clerk01", "clerk", CLERK_PW), ("super01", "supervisor", SUPER_PW)):
        ok(zc(d, "user", "add", user, "--role", role, "--as", "itadmin",
              env={"ZONGCHUANG_PASSWORD": ADMIN_PW, "ZONGCHUANG_NEW_PASSWORD": pw}))
    return d


def _new_case(data: Path) -> str:
    return json.loads(ok(zc(data, "case", "new", "--item", ITEM, "-a", "what_changes=unit_name", "--json",
                            "--as", "clerk01", "--password-fd", "0", password=CLERK_PW)))["uuid"]


def _state(data: Path, uuid: str) -> str:
    from app.services.cases import case_detail
    from app.services.context import open_context

    ctx = open_context(data)
    try:
        return case_detail(ctx, uuid)["state"]
    finally:
        ctx.close()


def _audit_actors(data: Path) -> list[tuple[str, str, str]]:
    from app.services.context import open_context

    ctx = open_context(data)
    try:
        from sqlalchemy import select

        from app.storage.tables import AuditRow
        with ctx.store.read() as s:
            return [(r.actor, r.role or "", r.action) for r in s.execute(select(AuditRow).order_by(AuditRow.id)).scalars()]
    finally:
        ctx.close()


def test_environment_variables_choose_no_identity(data):
    uuid = _new_case(data)
    forged = {"ZONGCHUANG_ROLE": "supervisor", "ZONGCHUANG_USER": "anyone"}
    for args in (("case", "transition", uuid, "voided"), ("case", "show", uuid, "--json"),
                 ("case", "new", "--item", ITEM, "-a", "what_changes=unit_name"), ("case", "export", uuid),
                 ("security", "rotate-key"), ("case", "list")):
        proc = zc(data, *args, env=forged)
        assert proc.returncode != 0, args
        assert "需要登录" in proc.stderr and "needs a login" in proc.stderr, proc.stderr
    assert _state(data, uuid) != "voided"
    assert not any(actor == "anyone" for actor, _r, _a in _audit_actors(data))


def test_void_needs_a_supervisors_login(data):
    uuid = _new_case(data)
    clerk = zc(data, "case", "transition", uuid, "voided", "--as", "clerk01", "--password-fd", "0",
               password=CLERK_PW, env={"ZONGCHUANG_ROLE": "supervisor"})
    assert clerk.returncode != 0 and "case.void" in clerk.stderr
    assert _state(data, uuid) != "voided"
    wrong = zc(data, "case", "transition", uuid, "voided", "--as", "super01", "--password-fd", "0", password="Wr0ng#pass")
    assert wrong.returncode != 0 and "用户名或密码错误" in wrong.stderr
    ok(zc(data, "case", "transition", uuid, "voided", "--as", "super01", "--password-fd", "0", password=SUPER_PW,
          env={"ZONGCHUANG_USER": "anyone"}))
    assert _state(data, uuid) == "voided"
    actors = _audit_actors(data)
    assert ("super01", "supervisor", "case.transition") in actors
    assert not any(actor == "anyone" for actor, _r, _a in actors)


def test_login_session_file_and_its_limits(data):
    session = data / "cli-session"
    ok(zc(data, "login", "clerk01", "--password-fd", "0", password=CLERK_PW))
    assert stat.S_IMODE(session.stat().st_mode) == 0o600
    assert CLERK_PW not in session.read_text()
    uuid = json.loads(ok(zc(data, "case", "new", "--item", ITEM, "-a", "what_changes=unit_name", "--json",
                            env={"ZONGCHUANG_USER": "anyone", "ZONGCHUANG_ROLE": "supervisor"})))["uuid"]
    assert ("clerk01", "clerk", "case.create") in _audit_actors(data)
    # the session is a clerk's: the role comes from the user store, not the environment
    refused = zc(data, "case", "transition", uuid, "voided", env={"ZONGCHUANG_ROLE": "supervisor"})
    assert refused.returncode != 0 and "case.void" in refused.stderr
    assert zc(data, "security", "rotate-key").returncode != 0  # it_admin only
    # a forged session file (any token) is no session
    saved = session.read_text()
    doc = json.loads(saved)
    session.write_text(json.dumps({"user": "super01", "token": doc["token"][:-2] + "xx"}))
    os.chmod(session, 0o600)
    assert "需要登录" in zc(data, "case", "list").stderr
    # nor is a readable-by-others file
    session.write_text(saved)
    os.chmod(session, 0o644)
    assert zc(data, "case", "list").returncode != 0
    os.chmod(session, 0o600)
    assert ok(zc(data, "case", "list"))
    # a role change in the user store counts at once
    ok(zc(data, "user", "role", "clerk01", "supervisor", "--as", "itadmin", env={"ZONGCHUANG_PASSWORD": ADMIN_PW}))
    try:
        ok(zc(data, "case", "transition", uuid, "voided"))
    finally:
        ok(zc(data, "user", "role", "clerk01", "clerk", "--as", "itadmin", env={"ZONGCHUANG_PASSWORD": ADMIN_PW}))
    ok(zc(data, "logout"))
    assert not session.exists()
    session.write_text(saved)  # the old token after logout: dead
    os.chmod(session, 0o600)
    assert zc(data, "case", "list").returncode != 0


def test_login_failures_say_the_same_for_real_and_unknown_users(data):
    real = zc(data, "login", "super01", "--password-fd", "0", password="Wr0ng#pass1")
    ghost = zc(data, "login", "nobody77", "--password-fd", "0", password="Wr0ng#pass1")
    assert real.returncode == ghost.returncode != 0
    assert real.stderr == ghost.stderr
