"""What lets a platform take a backlog fast without giving up exactly-once: blob states in one
round trip, worker processes sharing a socket (and the locks that keep them apart), and the
document frozen into the outbox when the case is queued."""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.errors import InvalidTransition
from app.services import cases as case_svc
from app.services.sync import sync_counts
from benchmarks.bench_sync import PlatformProcess
from sync.client.http import PlatformClient
from sync.platform.blobs import BlobStore
from tests.sync.conftest import CLERK, make_runner, outbox_rows, queue_case
from tests.sync.faultproxy import Action

# --- POST /blobs/status -------------------------------------------------------------------------


def test_blob_states_in_one_round_trip(platform, credential):
    whole, part, none = b"w" * 5000, b"p" * 8000, b"n" * 10
    dw, dp, dn = (hashlib.sha256(x).hexdigest() for x in (whole, part, none))
    client = PlatformClient(platform.url, credential)
    try:
        assert client.upload(dw, whole, 0) == len(whole)
        first = client.http.patch(f"/blobs/{dp}", content=part[:3000],  # the first 3000 of 8000 bytes
                                  headers={"Authorization": f"Bearer {client._token}", "Upload-Offset": "0",
                                           "Upload-Length": str(len(part))})
        assert first.status_code == 204 and first.headers["Upload-Offset"] == "3000"
        states = client.blob_states([dw, dp, dn, dw])
        assert states == {dw: (True, len(whole)), dp: (False, 3000), dn: (False, 0)}
        assert client.batch_status is True
        bad = client.request("POST", "/blobs/status", json={"sha256": ["../etc/passwd"]})
        assert bad.status_code == 422 and bad.json()["error"] == "bad_digest"
        too_many = client.request("POST", "/blobs/status", json={"sha256": [dn] * 1001})
        assert too_many.status_code == 422
    finally:
        client.close()


def test_sender_asks_blob_states_per_batch_not_per_file(ctx, platform, proxy, credential, runners):
    uuids = [queue_case(ctx, files=2, size=20_000) for _ in range(5)]
    runner = make_runner(ctx, proxy.url, credential)
    runners.append(runner)
    assert runner.run(timeout=30).sent == 5
    # nothing failed on the way (a 5xx makes the sender ask HEAD for that file: a recovery, not the plan)
    assert [(r.method, r.path, status) for r, _kind, status in proxy.log if (status or 0) >= 500] == []
    assert proxy.requests("HEAD", "/blobs/") == []
    asked = proxy.requests("POST", "/blobs/status")
    assert 1 <= len(asked) <= 2  # one per leased batch (8 rows)
    assert len(proxy.requests("PATCH", "/blobs/")) == 10
    assert platform.platform.case_uuids() == dict.fromkeys(uuids, 1)


def _vanishing_partial(store: BlobStore, owner: str) -> None:
    """An entry in the owner's partial folder that is gone by the time its size is read, the way
    a partial looks that another request just finished (renamed into place) after the listing."""
    folder = store.partial_path("0" * 64, owner).parent
    folder.mkdir(parents=True, exist_ok=True)
    os.symlink(folder / "renamed-meanwhile", folder / ("f" * 64))


def test_a_partial_finished_meanwhile_does_not_fail_a_new_upload(tmp_path):
    """Starting an upload adds up the owner's other partials (the quota) while the owner's other
    uploads go on; one that finishes between the listing and the size check once made the
    platform answer 500 (then the sender fell back to HEAD for that file)."""
    store = BlobStore(tmp_path / "blobs")
    _vanishing_partial(store, "ws-1")
    data = b"x" * 5000
    digest = hashlib.sha256(data).hexdigest()
    assert store.state(digest, "ws-1").state == "absent"
    assert store.append(digest, 0, len(data), [data], owner="ws-1").state == "complete"


def test_parallel_uploads_of_one_workstation_never_trip_over_each_other(tmp_path):
    """A workstation's senders upload different files in parallel (one lock per file): starting,
    resuming, finishing and asking the state of one never fails on another finishing."""
    import threading

    store = BlobStore(tmp_path / "blobs")
    errors: list[BaseException] = []

    def sender(n: int) -> None:
        for i in range(120):
            data = f"{n}-{i}|".encode() * 1500
            digest = hashlib.sha256(data).hexdigest()
            try:
                assert store.append(digest, 0, len(data), [data[:4000]], owner="ws-1").state == "partial"
                assert store.state(digest, "ws-1").offset == 4000
                assert store.append(digest, 4000, len(data), [data[4000:]], owner="ws-1").state == "complete"
            except BaseException as exc:  # noqa: BLE001 - collected for the assertion below
                errors.append(exc)

    threads = [threading.Thread(target=sender, args=(n,)) for n in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []


def test_sender_falls_back_to_head_on_a_platform_without_batch_status(ctx, platform, proxy, credential, runners):
    """An older or third-party platform answers 404: the sender asks HEAD per file and drains."""
    proxy.rules.append(lambda req: Action("respond", status=404, body=b'{"detail":"Not Found"}',
                                          headers={"Content-Type": "application/json"})
                       if req.path == "/blobs/status" else None)
    uuids = [queue_case(ctx, files=2, size=20_000) for _ in range(3)]
    runner = make_runner(ctx, proxy.url, credential)
    runners.append(runner)
    assert runner.run(timeout=30).sent == 3
    assert len(proxy.requests("POST", "/blobs/status")) == 1  # asked once, then remembered
    assert len(proxy.requests("HEAD", "/blobs/")) == 6
    assert platform.platform.case_uuids() == dict.fromkeys(uuids, 1)


# --- worker processes ---------------------------------------------------------------------------


def _hold_lock(root: str, digest: str, held, release) -> None:
    lock = BlobStore(Path(root)).lock(digest)
    assert lock.acquire(blocking=False)
    held.set()
    release.wait(20)
    lock.release()


@pytest.mark.skipif(not hasattr(os, "fork"), reason="worker processes are POSIX only")
def test_an_upload_lock_holds_across_processes(tmp_path):
    digest = "ab" * 32
    mp = multiprocessing.get_context("spawn")
    held, release = mp.Event(), mp.Event()
    child = mp.Process(target=_hold_lock, args=(str(tmp_path), digest, held, release))
    child.start()
    try:
        assert held.wait(30)
        store = BlobStore(tmp_path)
        assert not store.lock(digest).acquire(blocking=False)  # another process is appending
        other = store.lock("cd" * 32)
        assert other.acquire(blocking=False)  # a different blob is not held up
        other.release()
        release.set()
        child.join(20)
        assert child.exitcode == 0
        lock = store.lock(digest)
        assert lock.acquire(blocking=False)
        lock.release()
        store.close()
    finally:
        release.set()
        child.join(5)


def _children(pid: int) -> set[int]:
    """Live child processes of `pid`, read from /proc (no procps needed on a bare CI image)."""
    kids = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[1]) == pid and fields[0] != "Z":  # ppid; zombies are already gone
            kids.add(int(stat.parent.name))
    return kids


def _wait_children(pid: int, n: int, timeout: float = 30) -> set[int]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        kids = _children(pid)
        if len(kids) == n:
            return kids
        time.sleep(0.1)
    raise AssertionError(f"expected {n} workers, have {_children(pid)}")


@pytest.mark.skipif(not hasattr(os, "fork"), reason="worker processes are POSIX only")
@pytest.mark.timeout(180)
def test_serve_with_two_workers_exactly_once_and_a_dead_worker_replaced(ctx, tmp_path, db_url, runners, monkeypatch):
    monkeypatch.setattr("benchmarks.bench_sync.PLATFORM_WORKERS", 2)
    platform = PlatformProcess(tmp_path / "platform", db_url)
    try:
        first = _wait_children(platform.proc.pid, 2)
        uuids = [queue_case(ctx, files=2, size=200_000) for _ in range(12)]
        runner = make_runner(ctx, platform.url, platform.credential)
        runners.append(runner)
        assert runner.run(timeout=60).sent == 12
        os.kill(sorted(first)[0], signal.SIGKILL)  # a worker dies: the supervisor starts another
        deadline = time.monotonic() + 30
        while (kids := _children(platform.proc.pid)) == first or len(kids) != 2:
            assert time.monotonic() < deadline, kids
            time.sleep(0.1)
        more = [queue_case(ctx, files=1, size=50_000) for _ in range(4)]
        assert runner.run(timeout=60).sent == 4
        assert sync_counts(ctx)["done"] == 16
        info = subprocess.run([sys.executable, "-m", "app.cli.main", "platform", "show", uuids[0], "--platform-dir",
                               str(tmp_path / "platform"), *(["--db", db_url] if db_url else [])],
                              capture_output=True, text=True, env=os.environ)
        assert info.returncode == 0, info.stderr
        from sync.platform.service import Platform, PlatformSettings

        check = Platform(PlatformSettings(data_dir=tmp_path / "platform", db_url=db_url))
        try:
            assert check.case_uuids() == dict.fromkeys(uuids + more, 1)
        finally:
            check.close()
    finally:
        platform.stop()
    assert platform.proc.returncode == 0
    assert not _children(platform.proc.pid)


# --- the document is frozen when the case is queued ---------------------------------------------


def test_queued_case_carries_its_frozen_document(ctx):
    uuid = queue_case(ctx, files=2, size=1000)
    [row] = outbox_rows(ctx)
    document = row.payload["document"]
    assert document["uuid"] == uuid and document["state"] == "queued"
    files = [f for m in document["materials"] for f in m["files"]]
    assert len(files) == 2 and all(len(f["sha256"]) == 64 for f in files)
    assert document["fields"]["unit_name"]["value"] == "武汉市青山区悦来宾馆有限公司"
    with pytest.raises(InvalidTransition):  # what was queued cannot change under the frozen document
        case_svc.set_fields(ctx, uuid, {"unit_name": "别的名字"}, actor=CLERK)
    events = [e["to"] for e in case_svc.case_detail(ctx, uuid)["events"]]
    assert events.count("queued") == 1 and row.idempotency_key.endswith(":submission:1")
