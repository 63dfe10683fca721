"""`zongchuang case elicense|elicense-revoke|tasks` against the real platform on 127.0.0.1."""

from __future__ import annotations

import json

from app.cli.main import main
from app.services import cases as case_svc
from tests.conftest import cli_login
from tests.elicense.conftest import new_case


def test_case_elicense_cli(ctx, data_dir, library, platform, credential, capsys, monkeypatch):
    uuid = new_case(ctx)
    number = case_svc.case_detail(ctx, uuid)["acceptance_number"]
    cli_login(ctx)
    monkeypatch.setenv("ZONGCHUANG_PLATFORM_TOKEN", credential)
    base = ["--data-dir", str(data_dir), "case"]
    # without the applicant's consent nothing is fetched
    assert main([*base, "elicense", number, "--platform", platform.url]) != 0
    capsys.readouterr()
    assert main([*base, "elicense", number, "--consent", "申请人签字确认", "--platform", platform.url, "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert sorted(out["taken"]["exempted"]) == ["M02", "M04"] and "unit_name" in out["taken"]["filled"]
    statuses = {m["code"]: m["status"] for m in case_svc.case_detail(ctx, uuid)["materials"]}
    assert statuses["M02"] == statuses["M04"] == "exempted"
    assert main([*base, "elicense-revoke", number, "--platform", platform.url]) == 0
    assert "已撤回 1 项授权" in capsys.readouterr().out
    assert main([*base, "elicense", number, "--platform", platform.url]) != 0  # revoked: refused
    assert main([*base, "tasks", "--json"]) == 0
