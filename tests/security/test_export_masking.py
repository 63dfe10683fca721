"""Exports and files at rest on the workstation (issue 21, medium 8): `case export` (the real
CLI, a subprocess) is masked unless the logged-in user has the export permission and asks for
`--unmasked`, which is audited; export files are 0600; the data folder is 0700; a masked export
cannot be imported as if it were real data; the demo's case.json is masked and 0600."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import CLI_PASSWORD, cli_login
from tests.security.conftest import PLANTED_ID, PLANTED_NAME, PLANTED_PHONE, plant_case

ROOT = Path(__file__).resolve().parents[2]


def zc(data: Path, *args: str, password: str | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "ZONGCHUANG_PASSWORD"} | {"PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "app.cli.main", "--data-dir", str(data), *args], capture_output=True,
                          text=True, env=env, timeout=120, input=(password + "\n") if password else "")


@pytest.fixture
def planted(ctx, clerk) -> str:
    uuid, _page = plant_case(ctx, clerk)
    cli_login(ctx, role="clerk")
    return uuid


def _audit_actions(ctx) -> list[str]:
    from sqlalchemy import select

    from app.storage.tables import AuditRow
    with ctx.store.read() as s:
        return [r.action for r in s.execute(select(AuditRow).order_by(AuditRow.id)).scalars()]


def test_export_is_masked_by_default(ctx, planted, tmp_path):
    out = tmp_path / "x.json"
    run = zc(ctx.data_dir, "case", "export", planted, "--out", str(out))
    assert run.returncode == 0, run.stderr
    text = out.read_text(encoding="utf-8")
    for value in (PLANTED_ID, PLANTED_NAME, PLANTED_PHONE):
        assert value not in text
    assert json.loads(text)["masked"] is True
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert "export.masked" in _audit_actions(ctx)
    # a masked export is not imported as if it were the person's data
    bad = zc(ctx.data_dir, "case", "import", str(out))
    assert bad.returncode != 0 and "脱敏" in bad.stderr and "masked export" in bad.stderr


def test_unmasked_needs_the_permission_and_is_audited(ctx, planted, tmp_path):
    from app.security import users
    from app.storage import Actor

    users.add_user(ctx, Actor(user="itadmin0", role="it_admin"), "it02", "it_admin", CLI_PASSWORD, must_change=False)
    refused = zc(ctx.data_dir, "case", "export", planted, "--unmasked", "--as", "it02", "--password-fd", "0",
                 password=CLI_PASSWORD)
    assert refused.returncode != 0 and "pi.export" in refused.stderr
    out = tmp_path / "full.json"
    ok = zc(ctx.data_dir, "case", "export", planted, "--unmasked", "--out", str(out))  # the clerk's session
    assert ok.returncode == 0, ok.stderr
    assert PLANTED_ID in out.read_text(encoding="utf-8") and stat.S_IMODE(out.stat().st_mode) == 0o600
    assert "pi.export" in _audit_actions(ctx)


def test_the_data_folder_is_private(ctx):
    assert stat.S_IMODE(ctx.data_dir.stat().st_mode) == 0o700
    db = ctx.data_dir / "zongchuang.db"
    assert stat.S_IMODE(db.stat().st_mode) & 0o077 == 0


def test_the_demo_case_file_is_masked(tmp_path):
    from sync import demo

    summary = demo.run_demo(tmp_path / "demo", steps=[demo.step_create, demo.step_read_card])
    path = Path(summary["outputs"]["case"])
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert "11010519491231002X" not in path.read_text(encoding="utf-8")
