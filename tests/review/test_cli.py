"""`zongchuang prereview CASE.json --json` and `case export|import|prereview|decide`: the
contract held-out checks call, and bad input → bilingual error, non-zero exit, no traceback."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from app.cli.main import main
from tests.conftest import cli_login
from tests.review.conftest import corpus_case


@pytest.fixture(autouse=True)
def _home(tmp_path, monkeypatch):
    monkeypatch.setenv("ZONGCHUANG_HOME", str(tmp_path / "home"))
    for var in ("ZONGCHUANG_CENTER", "ZONGCHUANG_WINDOW", "ZONGCHUANG_REGION"):
        monkeypatch.delenv(var, raising=False)


def write(tmp_path, data, name="case.json"):
    p = tmp_path / name
    p.write_text(data if isinstance(data, str) else json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return str(p)


def test_prereview_json_contract(tmp_path, capsys):
    assert main(["prereview", write(tmp_path, corpus_case("ph_ren-less-than-30-days")), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["decision"] == "refuse" and out["due_date"] == "2026-12-15"
    assert out["catalog_version"] and len(out["catalog_hash"]) == 64 and "supplement_deadline" in out
    f = next(f for f in out["findings"] if f["rule"] == "PH-REN-30")
    assert {"rule", "severity", "field", "material", "message", "basis", "hint"} <= set(f)
    assert f["field"] == "original_valid_to" and f["severity"] == "block" and "30" in f["message"]


def test_prereview_text_output(tmp_path, capsys):
    assert main(["prereview", write(tmp_path, corpus_case("ph_new-several-problems"))]) == 0
    text = capsys.readouterr().out
    assert "一次性告知补正" in text and "公共场所卫生检测或者评价报告" in text and "依据" in text


@pytest.mark.parametrize("content, code, words", [
    ('{"item_code": "010170001000-01", ', 2, "不是有效的 JSON"),
    ("[1, 2]", 2, "顶层应为 JSON 对象"),
    ({"item_code": "NO-SUCH-ITEM"}, 3, "NO-SUCH-ITEM"),
    ({"item_code": "010170001000-01", "answers": {"agnet": "no"}}, 2, "agnet"),
    ({"item_code": "010170001000-01", "answers": {"agent": "maybe"}}, 2, "maybe"),
    ({"item_code": "010170001000-01", "materials": [{"code": "M01", "status": "lost"}]}, 2, "materials"),
    ({"item_code": "010170001000-01", "acceptance_date": "2031-05-06"}, 6, "2031"),
    ({"item_code": "010170001000-01", "acceptance_date": "2026-02-30"}, 2, "acceptance_date"),
])
def test_prereview_bad_input(tmp_path, capsys, content, code, words):
    assert main(["prereview", write(tmp_path, content), "--json"]) == code
    err = capsys.readouterr().err
    assert "错误：" in err and "Error:" in err and words in err and "Traceback" not in err


def test_prereview_missing_file(tmp_path, capsys):
    assert main(["prereview", str(tmp_path / "nope.json")]) == 3
    assert "不存在" in capsys.readouterr().err


def test_unknown_field_key_is_a_finding_or_strict_error(tmp_path, capsys):
    data = corpus_case("ib-clean")
    data["fields"]["operatr_name"] = "李娜"
    path = write(tmp_path, data)
    assert main(["prereview", path, "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["decision"] == "manual" and any(f["field"] == "operatr_name" for f in out["findings"])
    assert main(["prereview", path, "--json", "--strict"]) == 2
    assert "operatr_name" in capsys.readouterr().err


def test_case_import_prereview_decide_export(tmp_path, capsys):
    cli_login(tmp_path / "home")
    assert main(["case", "import", write(tmp_path, corpus_case("ib-clean")), "--json"]) == 0
    ref = json.loads(capsys.readouterr().out)
    assert main(["case", "prereview", ref["uuid"]]) == 0
    assert json.loads(capsys.readouterr().out)["decision"] == "accept"
    assert main(["case", "decide", ref["acceptance_number"], "accept"]) == 0
    capsys.readouterr()
    out = tmp_path / "export.json"
    assert main(["case", "export", ref["uuid"], "--out", str(out)]) == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["format"] == "zongchuang-case/1" and doc["state"] == "queued" and doc["decision"]["decision"] == "accept"
    assert main(["case", "export", "NOPE-123"]) == 3


def test_case_import_bad_file(tmp_path, capsys):
    cli_login(tmp_path / "home")
    assert main(["case", "import", write(tmp_path, "not json")]) == 2
    assert "Traceback" not in capsys.readouterr().err


def test_console_script_has_no_traceback(tmp_path):
    """The installed entry point, as a clerk's IT person would run it."""
    bad = write(tmp_path, "{", "bad.json")
    proc = subprocess.run([sys.executable, "-m", "app.cli.main", "prereview", bad, "--json"], capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr and "错误" in proc.stderr


def test_prereview_reads_case_show_output(tmp_path, capsys):
    """`case show --json` (and the demo's case.json) carry a few view-only keys; they are accepted."""
    data = corpus_case("ib-clean") | {"item_name": "个体工商户设立登记", "state_label": "草稿", "clerk": "c",
                                      "created_at": "2026-11-20T01:00:00", "events": []}
    assert main(["prereview", write(tmp_path, data), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["decision"] == "accept"
    data["surprise"] = 1
    assert main(["prereview", write(tmp_path, data), "--json"]) == 2


def test_cli_cannot_refuse_a_case_that_only_lacks_materials(tmp_path, capsys):
    """Missing materials are 一次性告知补正, never 不予受理 — on the command line as in the GUI."""
    cli_login(tmp_path / "home")
    assert main(["case", "import", write(tmp_path, corpus_case("dc-photos-missing")), "--json"]) == 0
    ref = json.loads(capsys.readouterr().out)
    assert main(["case", "prereview", ref["uuid"]]) == 0
    result = json.loads(capsys.readouterr().out)
    assert (result["decision"], result.get("refuse_kind")) == ("refuse", "correction")
    assert main(["case", "decide", ref["acceptance_number"], "refuse"]) != 0
    err = capsys.readouterr().err
    assert "一次性告知补正" in err and "行政许可法第三十二条" in err
    assert main(["case", "show", ref["uuid"], "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["state"] == "pre_reviewed"
