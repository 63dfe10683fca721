"""`zongchuang idcard read|watch` and `zongchuang devices` as subprocesses against the pty
simulator — the way the held-out checks and IT people call them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.idcard.sam_peer import FOREIGN_2023, HMT, RESIDENT, PeerConfig

CONTRACT = ("card_type", "name", "sex", "nation", "birth_date", "address", "id_number", "issuing_authority",
            "valid_from", "valid_to", "checks")


def zongchuang(tmp_path: Path, *args: str, env: dict[str, str] | None = None, timeout: float = 60):
    return subprocess.run([sys.executable, "-m", "app.cli.main", "--data-dir", str(tmp_path / "data"), *args],
                          capture_output=True, text=True, timeout=timeout, env={**os.environ, **(env or {})})


EXPECTED = {
    "resident": (RESIDENT, {"card_type": "resident", "name": "张三", "sex": "男", "nation": "汉",
                            "birth_date": "1990-03-07", "address": "北京市东城区景山前街4号",
                            "id_number": "11010119900307803X", "issuing_authority": "北京市公安局东城分局",
                            "valid_from": "2015-03-01", "valid_to": "2035-03-01"}),
    "foreigner-2023": (FOREIGN_2023, {"card_type": "foreign_permanent_2023", "card_type_code": "Y", "name": "安娜",
                                      "sex": "女", "birth_date": "1988-05-14", "id_number": "931643198805140026",
                                      "nationality": "RUS", "valid_to": "2033-12-01"}),
    "hk-macao-taiwan": (HMT, {"card_type": "hk_macao_taiwan_residence", "card_type_code": "J", "name": "陈大文",
                              "id_number": "810000198511200010", "pass_number": "H12345678", "issue_count": "02",
                              "valid_from": "2020-06-01", "valid_to": "2025-06-01"}),
}


@pytest.mark.parametrize("which", list(EXPECTED))
def test_read_json(make_peer, tmp_path, which):
    card, expected = EXPECTED[which]
    peer = make_peer(PeerConfig(card=card))
    proc = zongchuang(tmp_path, "idcard", "read", "--backend", "sam-serial", "--port", peer.path, "--baud", "115200",
                      "--timeout", "3", "--json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert all(k in data for k in CONTRACT)
    for key, value in expected.items():
        assert data[key] == value, key
    assert data["checks"]["checksum"] is True and data["checks"]["consistency"] is True
    assert data["checks"]["expired"] is (which == "hk-macao-taiwan")  # that permit ran out in 2025


def test_human_output_masks_personal_data(make_peer, tmp_path):
    peer = make_peer(PeerConfig(card=RESIDENT))
    proc = zongchuang(tmp_path, "idcard", "read", "--port", peer.path)
    assert proc.returncode == 0, proc.stderr
    assert "11010119900307803X" not in proc.stdout and "110101********803X" in proc.stdout
    assert "张*" in proc.stdout and "校验位 通过" in proc.stdout


@pytest.mark.parametrize(("config", "code", "words"), [
    (PeerConfig(card=None), 10, ("未检测到证件", "no card")),
    (PeerConfig(card=RESIDENT, silent=True), 11, ("无应答", "no answer")),
    (PeerConfig(card=RESIDENT, corrupt=99), 12, ("校验和", "checksum")),
    (PeerConfig(card=RESIDENT, truncate_read=True), 12, ("不完整", "cut short")),
    (PeerConfig(card=RESIDENT, select_fail=True), 13, ("选取证件失败", "selecting the card failed")),
])
def test_read_failures_exit_non_zero_with_a_clear_message(make_peer, tmp_path, config, code, words):
    peer = make_peer(config)
    proc = zongchuang(tmp_path, "idcard", "read", "--port", peer.path, "--timeout", "1", "--json")
    assert proc.returncode == code, (proc.returncode, proc.stderr)
    assert proc.stdout.strip() == ""
    assert words[0] in proc.stderr and words[1] in proc.stderr and "Traceback" not in proc.stderr


def test_missing_port(tmp_path):
    proc = zongchuang(tmp_path, "idcard", "read", "--port", str(tmp_path / "ttyNone"), "--timeout", "1", "--json")
    assert proc.returncode == 14 and "无法打开读卡器串口" in proc.stderr


def test_simulator_backend(tmp_path):
    proc = zongchuang(tmp_path, "idcard", "read", "--backend", "simulator", "--card", "foreign-2023", "--json")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["card_type"] == "foreign_permanent_2023"


def test_watch_prints_each_card(make_peer, tmp_path):
    peer = make_peer(PeerConfig(card=RESIDENT))
    proc = zongchuang(tmp_path, "idcard", "watch", "--port", peer.path, "--count", "1", "--json", timeout=30)
    assert proc.returncode == 0, proc.stderr
    lines = [json.loads(x) for x in proc.stdout.splitlines() if x.strip()]
    assert len(lines) == 1 and lines[0]["id_number"] == "11010119900307803X"


def test_devices_json_lists_the_serial_reader(make_peer, tmp_path):
    peer = make_peer(PeerConfig(card=None))
    proc = zongchuang(tmp_path, "devices", "--json", env={"ZONGCHUANG_IDCARD_PORTS": peer.path})
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    readers = {d["id"]: d for d in data["idcard_readers"]}
    assert readers[peer.path]["sam_id"] == "05.01-20111114-0008236483-2147485175"
    assert "simulator" in readers and "cameras" in data and "printers" in data


def test_demo_reads_the_simulator_card(tmp_path):
    from sync import demo

    assert demo.STEPS.index(demo.step_read_card) == demo.STEPS.index(demo.step_create) + 1
    summary = demo.run_demo(tmp_path / "demo", steps=[demo.step_create, demo.step_read_card])
    assert any("身份证" in s and "读卡" in s for s in summary["steps"])
    detail = json.loads(Path(summary["outputs"]["case"]).read_text(encoding="utf-8"))
    from app.security.masking import mask_id_number

    assert detail["card_read"]["id_number"] == mask_id_number("11010519491231002X")  # the demo writes it masked
