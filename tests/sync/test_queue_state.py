"""The queue says why it stopped, in `sync status` (text and --json, from another process) and
on the sync screen: waiting for the network, stopped for the credential (401, revoked), stopped
for the clock (both times, and which one is likely wrong, skew either way), the platform failing
(HTTP 500, its disk full: 平台存储异常). Recovery: a healthy platform ends every backoff wait,
立即重试 / `sync retry --now` ends them by hand, interrupted rows resume first. All against the
real platform on 127.0.0.1 (SQLite)."""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import random
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from sync.client import outbox
from sync.client.runner import RunnerSettings, SyncBlocked
from sync.platform.server import PlatformServer
from sync.platform.service import PlatformSettings
from tests.sync.conftest import CENTER, WORKSTATION, make_runner, outbox_rows, queue_case
from tests.sync.faultproxy import Action, FaultProxy, is_upload, once
from tests.ui.conftest import window  # noqa: F401 - the real main window, for the sync screen

ROOT = Path(__file__).resolve().parents[2]
SLOW_BACKOFF = RunnerSettings(backoff_base=600.0, backoff_cap=600.0, lease=dt.timedelta(seconds=30),
                              blob_attempts=1)


@pytest.fixture
def plat(tmp_path: Path):
    server = PlatformServer(PlatformSettings(data_dir=tmp_path / "platform")).start()
    yield server
    server.close()


@pytest.fixture
def cred(plat) -> str:
    return plat.platform.register_workstation(WORKSTATION, CENTER)


@pytest.fixture
def prox(plat):
    p = FaultProxy(plat.port)
    yield p
    p.close()


@pytest.fixture
def made():
    runners = []
    yield runners
    for r in runners:
        r.stop()
        r.client.close()


def status_json(ctx) -> dict:
    """`zongchuang sync status --json` in a separate process (the state is persisted)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-m", "app.cli.main", "--data-dir", str(ctx.data_dir), "sync", "status",
                          "--json"], capture_output=True, text=True, env=env, timeout=120, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def status_text(ctx, capsys) -> str:
    from app.cli.main import main

    assert main(["--data-dir", str(ctx.data_dir), "sync", "status", "--detail"]) == 0
    return capsys.readouterr().out


@pytest.fixture
def win(window):  # noqa: F811
    """The main window without its periodic platform check: these tests run long, and a check
    answered after the window is gone would fail the next test (the state shown comes from the store)."""
    window._online_timer.stop()
    return window


def screen_text(win) -> str:
    """What the sync screen says about the queue; the window (1366×740) is saved under
    out/screenshots/sync-<state>.png for a person to look at."""
    from PySide6.QtWidgets import QApplication

    from app.services.sync import queue_state
    from tests.ui.conftest import screenshot

    screen = win.show_screen("sync")
    screen.refresh()
    QApplication.processEvents()  # the layout follows the new text before the grab
    state = queue_state(win.session.ctx)
    screenshot(win, f"sync-{state['state']}" + (f"-{state['clock']['suspect']}" if state.get("clock") else ""))
    return screen.state_label.text()


def run_once_cli(ctx, url: str, credential: str, monkeypatch, capsys) -> tuple[int, str]:
    from app.cli.main import main

    monkeypatch.setenv("ZONGCHUANG_PLATFORM_TOKEN", credential)
    code = main(["--data-dir", str(ctx.data_dir), "sync", "run", "--platform", url, "--once", "-q"])
    return code, capsys.readouterr().err


def test_wrong_credential_stops_for_credentials(ctx, plat, cred, made, win, capsys):
    queue_case(ctx)
    runner = make_runner(ctx, plat.url, "not-the-credential")
    made.append(runner)
    with pytest.raises(SyncBlocked):
        runner.run_once()
    st = status_json(ctx)
    assert st["queue"]["state"] == "stopped_credentials" and st["queue"]["http_status"] == 401
    assert "凭据" in st["queue"]["label"] and st["queue"]["last_error"] and st["queue"]["next_try"] is None
    assert st["pending"] == 1
    text = status_text(ctx, capsys)
    assert "已停止：工作站凭据被拒绝" in text and "sync login" in text
    assert "凭据被拒绝" in screen_text(win)


def test_revoked_credential_stops_for_credentials(ctx, plat, cred, made, win):
    from sync.platform.models import WorkstationRow

    queue_case(ctx)
    ok = make_runner(ctx, plat.url, cred)
    made.append(ok)
    assert ok.run_once().state == "idle"
    queue_case(ctx)
    with plat.platform.sessions.begin() as s:
        s.get(WorkstationRow, WORKSTATION).revoked = True
    plat.platform.revoke_sessions()
    with pytest.raises(SyncBlocked):
        ok.run_once()
    st = status_json(ctx)
    assert st["queue"]["state"] == "stopped_credentials" and "吊销" in st["queue"]["last_error"]
    assert "凭据被拒绝" in screen_text(win)


@pytest.mark.parametrize("minutes", [7, -7])
def test_this_machines_clock_off_either_way(ctx, plat, cred, made, win, minutes, capsys):
    uuid = queue_case(ctx)
    good = make_runner(ctx, plat.url, cred)
    made.append(good)
    good.run_once()  # both clocks agreed here
    queue_case(ctx)
    off = make_runner(ctx, plat.url, cred, clock=lambda: dt.datetime.now(dt.UTC) + dt.timedelta(minutes=minutes))
    made.append(off)
    with pytest.raises(SyncBlocked) as err:
        off.run_once()
    assert "本机时钟有误" in err.value.hint_zh
    st = status_json(ctx)
    q = st["queue"]
    assert q["state"] == "stopped_clock" and q["clock"]["suspect"] == "local"
    assert abs(q["clock"]["skew_seconds"] - minutes * 60) < 30
    local = dt.datetime.fromisoformat(q["clock"]["local_time"])
    platform = dt.datetime.fromisoformat(q["clock"]["platform_time"])
    assert abs((local - platform).total_seconds() - minutes * 60) < 30
    text = status_text(ctx, capsys)
    assert "本机时间" in text and "平台时间" in text and "本机时钟有误" in text
    shown = screen_text(win)
    assert "本机时间" in shown and "平台时间" in shown and "本机时钟有误" in shown
    assert plat.platform.case_info(uuid)["submissions"] == 1


def test_the_platforms_clock_off(ctx, plat, cred, prox, made, win, capsys):
    queue_case(ctx)
    runner = make_runner(ctx, prox.url, cred)
    made.append(runner)
    runner.run_once()  # both clocks agreed here
    ahead = (dt.datetime.now(dt.UTC) + dt.timedelta(minutes=9)).isoformat()
    body = json.dumps({"status": "ok", "server_time": ahead, "min_client_version": "0", "protocol": "x",
                       "version": "x"}).encode()
    prox.rules.append(once(lambda r: r.path == "/health", Action("respond", 200, body=body)))
    with pytest.raises(SyncBlocked) as err:
        runner.run_once()
    assert "平台时钟有误" in err.value.hint_zh
    q = status_json(ctx)["queue"]
    assert q["state"] == "stopped_clock" and q["clock"]["suspect"] == "platform"
    assert "平台时钟有误" in status_text(ctx, capsys)
    assert "平台时钟有误" in screen_text(win)


def test_platform_down_waits_for_network_and_recovery_ends_the_waits(ctx, plat, cred, prox, made, win,
                                                                      monkeypatch, capsys):
    random.seed(22)
    uuid = queue_case(ctx, size=300_000)
    prox.up = False
    code, err = run_once_cli(ctx, prox.url, cred, monkeypatch, capsys)
    assert code == 20 and "平台不可达" in err
    q = status_json(ctx)["queue"]
    assert q["state"] == "waiting_network" and q["last_error"] and q["next_try"]
    assert "等待网络" in screen_text(win)
    # the link comes back for /health but the upload is cut: the row waits out a long backoff
    prox.up = True
    prox.rules.append(once(is_upload, Action("drop_before"), times=10))
    runner = make_runner(ctx, prox.url, cred, settings=SLOW_BACKOFF)
    made.append(runner)
    assert runner.run_once().state == "waiting_network"
    row = outbox_rows(ctx)[0]
    assert row.state == "pending" and row.next_attempt_at.replace(tzinfo=dt.UTC) > dt.datetime.now(dt.UTC) + \
        dt.timedelta(seconds=5)
    prox.calm()
    report = runner.run_once()  # a successful health check ends every row's wait
    assert report.sent == 1 and report.state == "idle"
    assert plat.platform.case_info(uuid)["submissions"] == 1
    assert status_json(ctx)["queue"]["state"] == "idle"


def test_platform_500_is_not_a_network_problem(ctx, plat, cred, prox, made, monkeypatch, capsys, win):
    queue_case(ctx)
    prox.rules.append(lambda r: Action("respond", 500, body=b'{"error":"boom","message":"internal"}')
                      if r.path != "/health" else None)
    code, err = run_once_cli(ctx, prox.url, cred, monkeypatch, capsys)
    assert code == 21 and "平台出错" in err
    q = status_json(ctx)["queue"]
    assert q["state"] == "platform_failing" and q["http_status"] == 500
    assert "网络正常" in q["last_error"] and "网络恢复后" not in q["last_error"] + q["action"]
    assert "平台故障" in screen_text(win)


@pytest.fixture
def small_disk(tmp_path: Path):
    """The platform's blob folder on a 2 MiB tmpfs: a real ENOSPC (needs mount rights)."""
    blobs = tmp_path / "platform" / "blobs"
    blobs.mkdir(parents=True)
    if shutil.which("mount") is None or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(blobs)],
                                                       capture_output=True).returncode != 0:
        pytest.skip("cannot mount a small tmpfs here (needs root)")
    yield blobs
    subprocess.run(["umount", "-l", str(blobs)], capture_output=True)


def test_platform_disk_full_then_space_again(ctx, small_disk, made, monkeypatch, capsys, win):
    random.seed(7)
    server = PlatformServer(PlatformSettings(data_dir=small_disk.parent)).start()
    try:
        cred = server.platform.register_workstation(WORKSTATION, CENTER)
        filler = small_disk / "filler"
        with open(filler, "wb") as fh:
            try:
                while True:
                    fh.write(b"\0" * 65536)
                    fh.flush()
            except OSError:
                pass
        uuid = queue_case(ctx, size=400_000)
        code, err = run_once_cli(ctx, server.url, cred, monkeypatch, capsys)
        assert code == 21 and "平台存储异常" in err
        q = status_json(ctx)["queue"]
        assert q["state"] == "platform_failing" and "平台存储异常" in q["last_error"]
        assert "网络恢复后" not in q["last_error"] + q["action"]
        assert "平台存储异常" in screen_text(win)
        runner = make_runner(ctx, server.url, cred, settings=SLOW_BACKOFF)
        made.append(runner)
        held = outbox_rows(ctx)[0].attempts
        win.session.set_online(False)  # as the window showed it while the link was down
        assert win.offline_bar.isVisible()
        assert runner.run_once().state == "platform_failing"  # /health says full: nothing is tried
        assert outbox_rows(ctx)[0].attempts == held
        # the platform answered: the window does not call this 离线 (恢复联网后…), the sync screen says why
        assert win.session.online and not win.offline_bar.isVisible()
        assert "平台在线" in win.sync.summary.text() and "平台存储异常" in screen_text(win)
        filler.unlink()
        report = runner.run_once()  # space again: the wait ends at once
        assert report.sent == 1 and server.platform.case_info(uuid)["submissions"] == 1
    finally:
        server.close()


def test_retry_now_ends_the_wait_cli_and_screen(ctx, plat, cred, prox, made, win, qtbot, capsys):
    from PySide6.QtCore import Qt

    from app.cli.main import main
    from tests.ui.conftest import wait_idle

    random.seed(3)
    queue_case(ctx)
    queue_case(ctx)
    prox.rules.append(lambda r: Action("respond", 503, body=b"{}") if r.path.startswith("/cases/") else None)
    runner = make_runner(ctx, prox.url, cred, settings=SLOW_BACKOFF)
    made.append(runner)
    runner.run_once()
    now = dt.datetime.now(dt.UTC)
    assert all(r.next_attempt_at.replace(tzinfo=dt.UTC) > now for r in outbox_rows(ctx))
    from tests.conftest import cli_login

    cli_login(ctx, role="supervisor")  # the CLI acts as a logged-in person
    assert main(["--data-dir", str(ctx.data_dir), "sync", "retry", "--now"]) == 0
    assert "立即重试 2 条" in capsys.readouterr().out
    assert all(r.next_attempt_at.replace(tzinfo=dt.UTC) <= dt.datetime.now(dt.UTC) for r in outbox_rows(ctx))
    runner.run_once()  # waiting again
    assert all(r.next_attempt_at.replace(tzinfo=dt.UTC) > dt.datetime.now(dt.UTC) for r in outbox_rows(ctx))
    prox.calm()
    os.environ["ZONGCHUANG_PLATFORM"] = prox.url
    os.environ["ZONGCHUANG_PLATFORM_TOKEN"] = cred
    try:
        screen = win.show_screen("sync")
        qtbot.mouseClick(screen.retry_now_button, Qt.MouseButton.LeftButton)
        wait_idle(qtbot, 60000)
    finally:
        os.environ.pop("ZONGCHUANG_PLATFORM", None)
        os.environ.pop("ZONGCHUANG_PLATFORM_TOKEN", None)
    assert [r.state for r in outbox_rows(ctx)] == ["done", "done"]


def test_interrupted_rows_resume_before_never_tried_ones(ctx):
    first = queue_case(ctx)
    queue_case(ctx)
    queue_case(ctx)
    [row] = outbox.claim_batch(ctx, "elsewhere:999999999:dead", dt.timedelta(seconds=60), 1)
    assert row.case_uuid == first
    # a later case was tried and interrupted (a crash of its sender): it now goes first
    third = outbox_rows(ctx)[2]
    outbox.release(ctx, row.id, "elsewhere:999999999:dead")
    [claimed] = outbox.claim_batch(ctx, f"{socket.gethostname()}:999999999:dead", dt.timedelta(seconds=60), 1,
                                   exclude={outbox_rows(ctx)[0].id, outbox_rows(ctx)[1].id})
    assert claimed.id == third.id
    assert outbox.recover(ctx, "me") == 1  # its owner (pid 999999999) is gone
    picked = outbox.claim_batch(ctx, "me", dt.timedelta(seconds=60), 3)
    assert [p.id for p in picked][0] == third.id and picked[0].attempts == 1
    assert outbox.INTERRUPTED in outbox_rows(ctx)[2].last_error or outbox_rows(ctx)[2].state == "sending"


def test_detail_groups_audit_batches_and_counts_include_them(ctx, capsys):
    from app.security.audit import enqueue_pending_audit

    queue_case(ctx)
    for _ in range(3):
        queue_case(ctx)
        enqueue_pending_audit(ctx.store)
    st = status_json(ctx)
    assert st["audit"]["pending"] >= 3 and st["outstanding"] == st["pending"] + st["audit"]["pending"]
    text = status_text(ctx, capsys)
    lines = [line for line in text.splitlines() if line.startswith("审计批次 / audit batches\t")]
    assert len(lines) == 1 and f"{st['audit']['pending']} 批" in lines[0]
    assert f"待发送合计 / outstanding: {st['outstanding']}" in text


def test_client_hanging_up_mid_upload_is_one_info_line(plat, cred, caplog):
    import hashlib

    import httpx

    with httpx.Client(base_url=plat.url) as http:
        token = http.post("/auth/token", headers={"Authorization": f"Bearer {cred}"}).json()["access_token"]
    data = os.urandom(200_000)
    digest = hashlib.sha256(data).hexdigest()
    caplog.set_level(logging.INFO)
    with socket.create_connection(("127.0.0.1", plat.port)) as s:
        s.sendall((f"PATCH /blobs/{digest} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {token}\r\n"
                   f"Upload-Offset: 0\r\nUpload-Length: {len(data)}\r\nContent-Length: {len(data)}\r\n"
                   "Content-Type: application/offset+octet-stream\r\n\r\n").encode() + data[:50_000])
    deadline = __import__("time").monotonic() + 10
    while __import__("time").monotonic() < deadline and not any("disconnected" in r.getMessage()
                                                                 for r in caplog.records):
        __import__("time").sleep(0.05)
    gone = [r for r in caplog.records if "disconnected" in r.getMessage()]
    assert len(gone) == 1 and gone[0].levelno == logging.INFO
    assert not [r for r in caplog.records if r.exc_info], "a traceback was logged"


def test_audit_batches_go_in_chain_order_in_one_pass(ctx, plat, cred, made):
    """Audit batches extend one hash chain; sent by parallel workers a later batch could reach the
    platform first (409 chain_gap) and wait out a backoff, so `sync run --until-empty` slept with
    one batch left. They go after the cases, one at a time, oldest first: one pass sends all."""
    from app.security.audit import enqueue_pending_audit
    from app.services.sync import sync_counts

    for _ in range(6):
        queue_case(ctx)
        enqueue_pending_audit(ctx.store)
    assert sync_counts(ctx, "audit")["pending"] >= 6
    runner = make_runner(ctx, plat.url, cred)
    made.append(runner)
    rep = runner.run(timeout=120)
    assert (rep.sent, rep.retried, outbox.outstanding(ctx)[0]) == (6, 0, 0)
    assert sync_counts(ctx, "audit")["done"] >= 6 and sync_counts(ctx, "audit")["pending"] == 0
