"""开办餐饮店 through the command line, as a logged-in clerk: new → set once → attach once →
one pre-review → accept (one member 容缺) → one receipt → sync to the real platform →
per-member decisions → 出件 with every certificate."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys

import pytest

from tests.bundles.test_bundle_end_to_end import FORM
from tests.conftest import ROOT, cli_login


def _run(*args: str, home, check: bool = True, env: dict | None = None) -> subprocess.CompletedProcess:
    full = {**os.environ, "ZONGCHUANG_HOME": str(home), **(env or {})}
    proc = subprocess.run([sys.executable, "-m", "app.cli.main", *args], capture_output=True, text=True, env=full,
                          cwd=ROOT, timeout=180)
    if check:
        assert proc.returncode == 0, proc.stderr
    return proc


@pytest.mark.timeout(900)  # a dozen CLI processes: minutes on a loaded 2-core machine
def test_open_a_restaurant_by_cli(tmp_path, platform, credential):
    home = tmp_path / "home"
    cli_login(home)
    out = json.loads(_run("case", "new", "--bundle", "YJS-KBCYD", "-a", "signboard=no", "--json", home=home).stdout)
    number = out["acceptance_number"]
    assert len(out["members"]) == 2  # 个体工商户设立登记 + 食品经营许可
    fields = [x for k, v in FORM.items() if not k.startswith("sign_") for x in ("-f", f"{k}={v}")]
    _run("case", "set", number, *fields, home=home)
    pages = tmp_path / "pages"
    pages.mkdir()
    form = json.loads(_run("case", "show", number, "--json", home=home).stdout)
    for line in form["materials"]:
        if line["produced_by"] or line["key"] == "010230001000-01:M06":
            continue
        page = pages / f"{line['key'].replace(':', '_')}.jpg"
        page.write_bytes(b"\xff\xd8" + line["key"].encode())
        _run("case", "attach", number, line["key"], str(page), home=home)
    review = json.loads(_run("case", "prereview", number, home=home).stdout)
    assert review["decision"] == "accept_with_tolerance"
    assert {f["item_name"] for f in review["findings"] if f["severity"] == "容缺"} == {"食品经营许可（新办）"}
    decided = _run("case", "decide", number, "accept", home=home).stdout
    assert f"{number}-01\taccept" in decided and f"{number}-02\taccept_with_tolerance" in decided
    _run("print", "受理回执", "--case", number, "--out", str(tmp_path / "回执.pdf"), home=home)
    assert (tmp_path / "回执.pdf").read_bytes().startswith(b"%PDF")
    _run("sync", "run", "--platform", platform.url, "--until-empty", home=home,
         env={"ZONGCHUANG_PLATFORM_TOKEN": credential})
    p = platform.platform
    assert p.case_info(f"{number}-02")["department"] == "市场监督管理局"
    p.decide(f"{number}-01", "approved", certificate={
        "license_no": "420107600123456", "credit_code": "92420107MA4K2XQ17T", "holder": FORM["business_name"],
        "issued_on": dt.date.today().isoformat(), "valid_from": dt.date.today().isoformat(), "valid_to": "长期"})
    _run("sync", "run", "--platform", platform.url, "--until-empty", home=home,
         env={"ZONGCHUANG_PLATFORM_TOKEN": credential})
    early = _run("case", "deliver", number, home=home, check=False)
    assert early.returncode != 0 and "尚未办结" in early.stderr
    p.decide(f"{number}-02", "approved")
    _run("sync", "run", "--platform", platform.url, "--until-empty", home=home,
         env={"ZONGCHUANG_PLATFORM_TOKEN": credential})
    done = _run("case", "deliver", number, "--certificates", str(tmp_path / "certs"), home=home).stdout
    assert "《营业执照》" in done and "《食品经营许可证》" in done and f"已出件 {number}-01、{number}-02" in done
    shown = _run("case", "show", number, home=home).stdout
    assert "[已出件]" in shown
