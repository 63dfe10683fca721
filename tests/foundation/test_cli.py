"""The `zongchuang` command as a user runs it: a real subprocess, real data dir, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import cli_login

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, home: Path | None = None, check: bool = True) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    if home is not None:
        env["ZONGCHUANG_HOME"] = str(home)
    proc = subprocess.run([sys.executable, "-m", "app.cli.main", *args], capture_output=True, text=True, env=env,
                          timeout=120)
    if check:
        assert proc.returncode == 0, proc.stderr
    return proc


def test_catalog_list_one_item_a_line_code_first():
    lines = run("catalog", "list").stdout.strip().splitlines()
    assert len(lines) >= 5
    codes = [line.split("\t")[0] for line in lines]
    assert "010170001000-02" in codes and "110420005000-01" in codes
    assert any("个体工商户设立登记" in line for line in lines)


def test_catalog_show_with_answers():
    data = json.loads(run("catalog", "show", "010170001000-02", "-a", "what_changes=premises_or_items").stdout)
    assert data["checklist"]["redirect"] == "010170001000-01"


def test_case_new_then_show_json(tmp_path):
    cli_login(tmp_path)
    out = run("case", "new", "--item", "010170001000-02", "--answer", "what_changes=unit_name", home=tmp_path).stdout
    uuid, number = out.strip().split("\t")
    assert len(uuid) == 36 and number.startswith("420107-01-")
    shown = json.loads(run("case", "show", number, "--json", home=tmp_path).stdout)
    assert shown["uuid"] == uuid and shown["state"] == "draft" and shown["item_code"] == "010170001000-02"
    assert shown["format"] == "zongchuang-case/1"
    assert number in run("case", "list", home=tmp_path).stdout


def test_due_vectors():
    assert run("due", "--from", "2026-02-13", "--days", "5").stdout.strip() == "2026-02-27"
    assert run("due", "--from", "2026-09-30", "--days", "3").stdout.strip() == "2026-10-10"


@pytest.mark.parametrize(("args", "needle_zh", "code"), [
    (("due", "--from", "2026-02-30", "--days", "5"), "日期", 2),
    (("due", "--from", "2030-12-20", "--days", "10"), "2030", 6),  # 2027 is counted provisionally (暂定)
    (("case", "new", "--item", "NOPE-00"), "不在目录中", 3),
    (("case", "new", "--item", "010170001000-02", "-a", "what_changes=teleport"), "没有选项", 2),
    (("case", "show", "420107-01-19990101-0001"), "找不到办件", 3),
    (("catalog", "validate", "/nonexistent/folder"), "不存在", 3),
])
def test_bad_input_is_bilingual_and_non_zero(tmp_path, args, needle_zh, code):
    if args[0] == "case":
        cli_login(tmp_path)
    proc = run(*args, home=tmp_path, check=False)
    assert proc.returncode == code, proc.stderr
    assert needle_zh in proc.stderr
    assert "错误：" in proc.stderr and "Error:" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_catalog_validate_reports_file_and_line(tmp_path):
    folder = tmp_path / "cat"
    folder.mkdir()
    (folder / "catalog.yaml").write_text('schema: zongchuang-catalog/1\nversion: "t"\n', encoding="utf-8")
    (folder / "broken.yaml").write_text("item:\n  code: X1\n  name: [unclosed\n", encoding="utf-8")
    proc = run("catalog", "validate", str(folder), check=False)
    assert proc.returncode == 2
    assert "broken.yaml:" in proc.stderr


def test_demo_runs_and_writes_outputs(tmp_path):
    out = tmp_path / "demo"
    proc = run("demo", "--out", str(out))
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["acceptance_number"] in proc.stdout
    assert Path(summary["outputs"]["case"]).exists()
    # 两个免于提交 (issue 19): an e-licence exemption, and the issued certificate in the library
    assert "免提交 电子证照调用（证照编号 鄂卫公证字" in proc.stdout and "哈希链完整" in proc.stdout
    assert "证照已登记入电子证照库" in proc.stdout and "证照二维码核验：有效" in proc.stdout
