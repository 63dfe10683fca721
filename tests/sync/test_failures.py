"""The failure scenarios of issue 7, each against a real platform on 127.0.0.1 (SQLite and
PostgreSQL) through the fault-injecting proxy. Nothing of ours is mocked."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import update

from app.services import sync as sync_svc
from app.storage.tables import OutboxRow
from tests.sync.conftest import (
    CLERK,
    case_state,
    make_runner,
    outbox_rows,
    queue_case,
)
from tests.sync.faultproxy import Action, is_submission, is_upload, once

ROOT = Path(__file__).resolve().parents[2]


def _platform_cases(platform) -> dict[str, int]:
    return platform.platform.case_uuids()


def test_kill9_after_server_commit_before_local_ack(ctx, platform, proxy, credential, runners):
    """1. The client is killed (SIGKILL) while the platform's answer is on its way: exactly one
    case on the platform, and the restarted client gets the stored answer and marks it done."""
    uuid = queue_case(ctx, files=2, size=50_000)
    proxy.rules.append(once(is_submission, Action("hold_after")))
    env = {**os.environ, "ZONGCHUANG_PLATFORM_TOKEN": credential}
    proc = subprocess.Popen([sys.executable, "-m", "app.cli.main", "--data-dir", str(ctx.data_dir), "sync", "run",
                             "--platform", proxy.url, "--until-empty", "--timeout", "60", "--quiet"],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert proxy.held.wait(60), proc.stderr.read1(4000) if proc.poll() is not None else "never held"
        assert _platform_cases(platform) == {uuid: 1}  # the server committed ...
        states = [r.state for r in outbox_rows(ctx)]
        assert states == ["sending"]  # ... and the client has not recorded it
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
        proxy.release.set()
    assert proc.returncode == -signal.SIGKILL
    proxy.rules.clear()
    runner = make_runner(ctx, proxy.url, credential)
    runners.append(runner)
    # the dead owner's leases were taken back at start-up: the submission (and the audit batch
    # that was waiting behind it for its turn in the chain)
    assert runner.recovered >= 1 and [r.state for r in outbox_rows(ctx)] == ["pending"]
    report = runner.run(timeout=30)
    assert report.sent == 1 and report.replayed == 1
    assert _platform_cases(platform) == {uuid: 1}
    assert platform.platform.counts()["replays"] == 1
    assert [r.state for r in outbox_rows(ctx)] == ["done"]
    assert case_state(ctx, uuid) in {"synced", "in_approval"}


def test_lost_response_gets_the_stored_response(ctx, platform, proxy, credential, runners):
    """2. The answer to a submission is lost: the retry gets the stored response, not a second case."""
    uuid = queue_case(ctx)
    proxy.rules.append(once(is_submission, Action("drop_after")))
    runner = make_runner(ctx, proxy.url, credential)
    runners.append(runner)
    report = runner.run(timeout=30)
    posts = proxy.requests("POST", f"/cases/{uuid}")
    assert len(posts) == 2 and posts[0].headers["idempotency-key"] == posts[1].headers["idempotency-key"]
    assert posts[0].body == posts[1].body  # byte-identical retry
    assert report.replayed == 1
    assert _platform_cases(platform) == {uuid: 1}
    row = outbox_rows(ctx)[0]
    assert row.state == "done" and row.response["status"] == "accepted" and row.response["platform_ref"]


def test_random_disconnects_and_restarts_drain_to_zero(ctx, platform, proxy, credential, runners):
    """3. Random disconnects (fixed seed), platform stops and restarts in a loop: the queue
    drains to zero and both sides agree case by case."""
    uuids = [queue_case(ctx, files=2, size=120_000) for _ in range(20)]
    proxy.chaos(seed=20261122, p=0.3)
    runner = make_runner(ctx, proxy.url, credential)
    runners.append(runner)
    for loop in range(200):
        if loop % 7 == 3:
            platform.stop()
            runner.run_once()  # platform down: nothing may be lost
            platform.start()
            proxy.upstream = ("127.0.0.1", platform.port)
        runner.run_once()
        counts = sync_svc.sync_counts(ctx)
        if counts["pending"] == 0 and counts["sending"] == 0:
            break
        time.sleep(0.05)
    proxy.calm()
    runner.run(timeout=30)
    counts = sync_svc.sync_counts(ctx)
    assert counts == {"pending": 0, "sending": 0, "done": 20, "rejected": 0, "blocked": 0}
    assert _platform_cases(platform) == dict.fromkeys(uuids, 1)
    for u in uuids:
        assert case_state(ctx, u) in {"synced", "in_approval"}
    broken = [kind for _, kind, _ in proxy.log if kind not in {"pass"}]
    assert len(broken) >= 10  # the chaos really happened


def test_corrupted_and_truncated_blobs_are_resent(ctx, platform, proxy, credential, runners):
    """4a. A blob corrupted in transit fails the platform's hash check and is sent again; a
    blob cut off mid-upload is resumed from the platform's offset."""
    uuid = queue_case(ctx, files=2, size=400_000)
    proxy.rules.append(once(is_upload, Action("corrupt")))
    proxy.rules.append(once(is_upload, Action("truncate", keep=150_000)))
    runner = make_runner(ctx, proxy.url, credential)
    runners.append(runner)
    runner.run(timeout=30)
    statuses = [(kind, status) for r, kind, status in proxy.log if is_upload(r)]
    assert ("corrupt", 422) in statuses
    resumed = [r for r in proxy.requests("PATCH") if int(r.headers["upload-offset"]) > 0]
    assert resumed and int(resumed[0].headers["upload-offset"]) == 150_000
    assert _platform_cases(platform) == {uuid: 1}
    doc = outbox_rows(ctx)[0].payload["document"]
    for f in (f for m in doc["materials"] for f in m["files"]):
        assert platform.platform.blobs.read(f["sha256"]) == ctx.store.attachments.get(f["sha256"])


def test_missing_local_file_blocks_the_case_and_never_sends_zero_bytes(ctx, platform, proxy, credential, runners):
    """4b. A missing local file: the case is `blocked` with the reason; nothing of it is sent;
    the next case goes through."""
    from app.services.cases import case_document

    a = queue_case(ctx, files=2)
    b = queue_case(ctx)
    gone = case_document(ctx, a).materials[0].files[1].sha256
    saved = ctx.store.attachments.get(gone)
    ctx.store.attachments.path_for(gone).unlink()
    runner = make_runner(ctx, proxy.url, credential)
    runners.append(runner)
    report = runner.run(timeout=30)
    assert report.blocked == 1 and report.sent == 1
    rows = {r.case_uuid: r for r in outbox_rows(ctx)}
    assert rows[a].state == "blocked" and "缺失" in rows[a].last_error
    assert rows[b].state == "done"
    assert not proxy.requests(prefix=f"/cases/{a}") and not proxy.requests(prefix=f"/blobs/{gone}")
    assert _platform_cases(platform) == {b: 1}
    assert sync_svc.sync_counts(ctx)["blocked"] == 1
    assert any(e["case_uuid"] == a and "缺失" in e["error"] for e in sync_svc.sync_status(ctx)["errors"])
    # the clerk re-scans the page and retries: now it goes through, whole
    ctx.store.attachments.put(saved)
    assert sync_svc.retry_rows(ctx, case=a, actor=sync_svc.SYNC_ACTOR) == 1
    runner.run(timeout=30)
    assert _platform_cases(platform) == {a: 1, b: 1}
    assert platform.platform.blobs.read(gone) == saved


def test_5xx_then_success(ctx, platform, proxy, credential, runners):
    """5a. 503 twice, then success: retried with backoff, one case on the platform."""
    uuid = queue_case(ctx)
    proxy.rules.append(once(is_submission, Action("respond", 503, body=b'{"error":"down"}'), times=2))
    runner = make_runner(ctx, proxy.url, credential)
    runners.append(runner)
    report = runner.run(timeout=30)
    assert report.retried == 2 and report.sent == 1
    assert _platform_cases(platform) == {uuid: 1}
    assert outbox_rows(ctx)[0].attempts == 2


def test_429_retry_after_is_honoured(ctx, platform, proxy, credential, runners):
    """5b. 429 with Retry-After: sending pauses for at least that long, then continues."""
    uuid = queue_case(ctx)
    proxy.rules.append(once(is_submission, Action("respond", 429, {"Retry-After": "1"}, b'{"error":"slow down"}')))
    runner = make_runner(ctx, proxy.url, credential)
    runners.append(runner)
    runner.run(timeout=30)
    posts = proxy.requests("POST", f"/cases/{uuid}")
    assert len(posts) == 2
    assert posts[1].at - posts[0].at >= 0.95
    assert _platform_cases(platform) == {uuid: 1}


def test_401_in_the_middle_of_a_batch(ctx, platform, proxy, credential, runners):
    """5c. Access tokens are revoked mid-batch: the client re-authenticates and carries on.
    (10 cases, revoked at the 3rd submission: more than the sender's parallel workers are still to go.)"""
    uuids = [queue_case(ctx) for _ in range(10)]
    seen = {"n": 0}

    def revoke_after_two(req):
        if is_submission(req):
            seen["n"] += 1
            if seen["n"] == 3:
                platform.platform.revoke_sessions()
        return None

    proxy.rules.append(revoke_after_two)
    runner = make_runner(ctx, proxy.url, credential)
    runners.append(runner)
    report = runner.run(timeout=30)
    assert report.sent == 10
    assert runner.client.reauths >= 1
    assert len(proxy.requests("POST", "/auth/token")) >= 2
    assert any(status == 401 for _, _, status in proxy.log)
    assert _platform_cases(platform) == dict.fromkeys(uuids, 1)


def test_4xx_on_a_does_not_delay_b(ctx, platform, proxy, credential, runners):
    """6a. A 4xx for case A rejects A with the reason shown; B goes in the same pass."""
    a = queue_case(ctx)
    b = queue_case(ctx)
    proxy.rules.append(lambda req: Action("respond", 400, body='{"error":"bad","message":"字段格式错误"}'.encode())
                       if req.path.startswith(f"/cases/{a}/") else None)
    runner = make_runner(ctx, proxy.url, credential)
    runners.append(runner)
    report = runner.run_once()
    assert report.sent == 1 and report.rejected == 1
    rows = {r.case_uuid: r for r in outbox_rows(ctx)}
    assert rows[a].state == "rejected" and "字段格式错误" in rows[a].last_error
    assert rows[b].state == "done"
    shown = {e["case_uuid"]: e for e in sync_svc.sync_status(ctx)["errors"]}
    assert "字段格式错误" in shown[a]["error"]


def test_key_reuse_with_a_different_payload_is_422(ctx, platform, proxy, credential, runners):
    """6b. The same Idempotency-Key with a different payload takes the 422 path (rejected with
    the reason), and the platform keeps the first submission."""
    uuid = queue_case(ctx)
    runner = make_runner(ctx, proxy.url, credential)
    runners.append(runner)
    runner.run(timeout=30)
    row = outbox_rows(ctx)[0]
    changed = dict(row.payload)
    changed["document"] = {**changed["document"], "answers": {"what_changes": ["legal_rep"]}}
    with ctx.store.unit_of_work(sync_svc.SYNC_ACTOR) as uow:
        uow.session.execute(update(OutboxRow).where(OutboxRow.id == row.id)
                            .values(payload=changed, state="pending", response=None))
    report = runner.run(timeout=30)
    assert report.rejected == 1
    row = outbox_rows(ctx)[0]
    assert row.state == "rejected" and "422" in row.last_error and "Idempotency-Key" in row.last_error
    info = platform.platform.case_info(uuid)
    assert info["submissions"] == 1
    assert info["status"] == "in_approval"


def test_status_pull_back(ctx, platform, proxy, credential, runners):
    """7. approved (certificate data kept for 出件), 补正 with reasons, rejected, RESEND."""
    a, b, c, d = (queue_case(ctx) for _ in range(4))
    runner = make_runner(ctx, proxy.url, credential)
    runners.append(runner)
    runner.run(timeout=30)
    assert {case_state(ctx, u) for u in (a, b, c, d)} == {"in_approval"}
    p = platform.platform
    p.decide(a, "approved")
    p.decide(b, "补正", reasons=["营业执照复印件不清晰，请重新提交"])
    p.decide(c, "rejected", reasons=["经营场所不符合卫生要求"])
    p.decide(d, "resend", reasons=["平台数据丢失，请重报"])
    report = runner.run_once()
    assert report.status_applied == 4
    assert case_state(ctx, a) == "approved"
    from app.services.cases import case_detail

    result = case_detail(ctx, a)["result"]
    assert result["license_no"] and result["certificate"]["license_no"] and result["certificate"]["holder"] == "武汉市青山区悦来宾馆有限公司"
    assert case_state(ctx, b) == "correction_requested"
    assert case_detail(ctx, b)["result"]["reasons"] == ["营业执照复印件不清晰，请重新提交"]
    assert case_state(ctx, c) == "rejected"
    # RESEND: the case is queued again with a new submission, which then reaches the platform
    assert sync_svc.sync_counts(ctx)["done"] == 4
    runner.run(timeout=30)
    assert case_state(ctx, d) in {"synced", "in_approval"}
    assert p.case_info(d)["submissions"] == 2
    # pulling again changes nothing: the cursor moved with the changes
    assert runner.run_once().status_applied == 0
    if _printing_available():
        _print_certificate(ctx, a)


def _printing_available() -> bool:
    try:
        import app.services.printing  # noqa: F401
    except ImportError:
        return False
    return True


def _print_certificate(ctx, uuid: str) -> None:
    """The certificate is printable at 出件 from the data the platform sent back."""
    from app.services.printing import render_document
    from tests.sync.conftest import CLERK

    rendered = render_document(ctx, uuid, "certificate", actor=CLERK, store=False)
    assert rendered.pdf.startswith(b"%PDF") and len(rendered.pdf) > 1000


def test_refused_at_intake_goes_back_to_editing_and_is_sent_again(ctx, platform, proxy, credential, runners):
    """平台退回修改: a case the platform refuses at intake (here: no applicant name) can go back to
    草稿, be corrected and accepted again; it is then sent as submission 2 with a new key, and
    the refused submission is neither shown as still to do nor ever resent."""
    from app.errors import InvalidTransition
    from app.services import cases as case_svc

    uuid = queue_case(ctx, name="")
    waiting = queue_case(ctx)
    with pytest.raises(InvalidTransition):  # nothing refused yet: a queued case stays queued
        case_svc.return_for_correction(ctx, waiting, actor=CLERK)
    runner = make_runner(ctx, proxy.url, credential)
    runners.append(runner)
    report = runner.run(timeout=30)
    assert report.rejected == 1 and report.sent == 1
    assert case_state(ctx, uuid) == "queued"
    assert [e["case_uuid"] for e in sync_svc.sync_status(ctx)["errors"]] == [uuid]
    with pytest.raises(InvalidTransition):  # a case the platform took cannot be pulled back
        case_svc.return_for_correction(ctx, waiting, actor=CLERK)

    case_svc.return_for_correction(ctx, uuid, actor=CLERK)
    assert case_state(ctx, uuid) == "draft"
    assert sync_svc.sync_status(ctx)["errors"] == []
    assert sync_svc.retry_rows(ctx, case=uuid, actor=CLERK) == 0  # the refused document is never resent
    case_svc.set_applicant(ctx, uuid, {"kind": "organisation", "name": "武汉市青山区悦来宾馆有限公司"}, actor=CLERK)
    for state in ("pre_reviewed", "accepted", "queued"):
        case_svc.transition(ctx, uuid, state, actor=CLERK)
    rows = [r for r in outbox_rows(ctx) if r.case_uuid == uuid]
    assert [r.state for r in rows] == ["rejected", "pending"]
    assert rows[1].idempotency_key.endswith(":submission:2")
    assert rows[1].payload["document"]["applicant"]["name"] == "武汉市青山区悦来宾馆有限公司"
    assert runner.run(timeout=30).sent == 1
    assert case_state(ctx, uuid) == "in_approval"  # sent, and the platform's intake status pulled back
    assert _platform_cases(platform) == {uuid: 1, waiting: 1}
    refused = proxy.requests("POST", f"/cases/{uuid}")
    assert len(refused) == 2 and refused[0].headers["idempotency-key"].endswith(":submission:1")


def test_progress_continues_across_passes_of_one_run(ctx, platform, proxy, credential, runners):
    """A case the platform failed once is sent again by a later pass of the same run: the clerk's
    progress goes on from where it was (4 of 4 at the end), it never drops back to 0 for the
    later pass (CI once saw the bar stop at 412 of 500 with all 500 sent)."""
    uuids = [queue_case(ctx) for _ in range(4)]
    proxy.rules.append(once(lambda r: is_submission(r) and uuids[1] in r.path,
                            Action("respond", 503, {"Retry-After": "0"}, b'{"error":"busy"}')))
    seen: list = []
    runner = make_runner(ctx, proxy.url, credential, on_progress=lambda p: seen.append(p))
    runners.append(runner)
    report = runner.run(timeout=60)
    assert report.sent == 4 and report.retried == 1  # the failed case went in a later pass
    sending = [p for p in seen if p.phase == "sending"]
    done = [p.cases_done for p in sending]
    assert done == sorted(done) and done[-1] == 4, done
    assert {p.cases_total for p in sending} == {4}
    assert _platform_cases(platform) == dict.fromkeys(uuids, 1)
