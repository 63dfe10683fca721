"""The platform's protocol pieces one by one, over real HTTP on 127.0.0.1 (SQLite and
PostgreSQL): auth, resumable blobs, idempotent intake, the status feed, master data, clock
skew, TLS, the outage package, the published OpenAPI document and the CLI."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import threading
from pathlib import Path

import httpx
import pytest
from sqlalchemy import text

from app.services import sync as sync_svc
from app.services.cases import case_document
from sync import protocol
from sync.client.http import PlatformClient
from sync.client.runner import SyncBlocked
from tests.sync.conftest import WORKSTATION, make_runner, queue_case

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def api(platform, credential):
    with httpx.Client(base_url=platform.url, timeout=20) as http:
        token = http.post("/auth/token", headers={"Authorization": f"Bearer {credential}"}).json()["access_token"]
        http.headers["Authorization"] = f"Bearer {token}"
        yield http


def test_health_and_auth(platform, credential):
    with httpx.Client(base_url=platform.url) as http:
        health = http.get("/health").json()
        server = dt.datetime.fromisoformat(health["server_time"])
        assert abs((server - dt.datetime.now(dt.UTC)).total_seconds()) < 5
        assert health["min_client_version"] == protocol.MIN_CLIENT_VERSION
        assert http.get("/cases/status").status_code == 401
        assert http.post("/auth/token", headers={"Authorization": "Bearer wrong"}).status_code == 401
        ok = http.post("/auth/token", headers={"Authorization": f"Bearer {credential}"})
        assert ok.status_code == 200 and ok.json()["workstation"] == "420107-01"
        token = ok.json()["access_token"]
        assert http.get("/cases/status", headers={"Authorization": f"Bearer {token}"}).status_code == 200
        platform.platform.revoke_sessions()
        assert http.get("/cases/status", headers={"Authorization": f"Bearer {token}"}).status_code == 401


def test_resumable_blob_upload(api, platform):
    data = bytes(range(256)) * 4000
    digest = hashlib.sha256(data).hexdigest()
    head = api.head(f"/blobs/{digest}")
    assert head.status_code == 404 and head.headers["Upload-Offset"] == "0"
    part = api.patch(f"/blobs/{digest}", content=data[:300_000],
                     headers={"Upload-Offset": "0", "Upload-Length": str(len(data))})
    assert part.status_code == 204 and part.headers["Upload-Offset"] == "300000"
    assert api.head(f"/blobs/{digest}").headers["Upload-Offset"] == "300000"
    wrong = api.patch(f"/blobs/{digest}", content=data[100:],
                      headers={"Upload-Offset": "100", "Upload-Length": str(len(data))})
    assert wrong.status_code == 409 and wrong.headers["Upload-Offset"] == "300000"
    done = api.patch(f"/blobs/{digest}", content=data[300_000:],
                     headers={"Upload-Offset": "300000", "Upload-Length": str(len(data))})
    assert done.status_code == 201
    head = api.head(f"/blobs/{digest}")
    assert head.status_code == 200 and int(head.headers["Content-Length"]) == len(data)
    assert platform.platform.blobs.read(digest) == data


def test_whole_blob_put(api, platform):
    data = b"whole blob " * 5000
    digest = hashlib.sha256(data).hexdigest()
    assert api.put(f"/blobs/{digest}", content=data[:-1] + b"!").status_code == 422
    assert api.put(f"/blobs/{digest}", content=data).status_code == 201
    assert api.head(f"/blobs/{digest}").status_code == 200
    assert platform.platform.blobs.read(digest) == data


def test_corrupt_blob_is_refused_and_discarded(api, platform):
    data = b"x" * 10_000
    bad = b"x" * 9_999 + b"y"
    digest = hashlib.sha256(data).hexdigest()
    r = api.patch(f"/blobs/{digest}", content=bad, headers={"Upload-Offset": "0", "Upload-Length": "10000"})
    assert r.status_code == 422 and r.json()["error"] == "hash_mismatch"
    head = api.head(f"/blobs/{digest}")
    assert head.status_code == 404 and head.headers["Upload-Offset"] == "0"  # nothing half-kept
    assert api.patch(f"/blobs/{digest}", content=data,
                     headers={"Upload-Offset": "0", "Upload-Length": "10000"}).status_code == 201


def _document(ctx, uuid: str) -> dict:
    return case_document(ctx, uuid).model_dump(mode="json", by_alias=True)


def _upload_all(api, ctx, doc: dict) -> None:
    for m in doc["materials"]:
        for f in m["files"]:
            data = ctx.store.attachments.get(f["sha256"])
            api.patch(f"/blobs/{f['sha256']}", content=data,
                      headers={"Upload-Offset": "0", "Upload-Length": str(len(data))}).raise_for_status()


def test_idempotent_intake(ctx, api, platform):
    uuid = queue_case(ctx, files=2)
    doc = _document(ctx, uuid)
    key = f"case:{uuid}:submission:0"
    body = protocol.canonical_json(doc)
    post = lambda content, k=key: api.post(f"/cases/{uuid}/submissions", content=content,  # noqa: E731
                                           headers={"Idempotency-Key": k, "Content-Type": "application/json"})
    missing = post(body)
    assert missing.status_code == 409 and len(missing.json()["missing"]) == 2
    _upload_all(api, ctx, doc)
    first = post(body)
    assert first.status_code == 201 and first.json()["status"] == "accepted"
    replay = post(body)
    assert replay.status_code == 201 and replay.json() == first.json()
    assert replay.headers["Idempotent-Replayed"] == "true"
    changed = protocol.canonical_json({**doc, "answers": {"what_changes": ["legal_rep"]}})
    assert post(changed).status_code == 422
    info = platform.platform.case_info(uuid)
    assert info["submissions"] == 1 and info["status"] == "in_approval"


def test_concurrent_duplicate_gets_409(ctx, api, platform, db_url):
    """While a submission is being processed, the same key gets 409 (and nothing twice)."""
    uuid = queue_case(ctx)
    doc = _document(ctx, uuid)
    _upload_all(api, ctx, doc)
    key = f"case:{uuid}:submission:0"
    body = protocol.canonical_json(doc)
    headers = {"Idempotency-Key": key, "Content-Type": "application/json"}
    # hold the platform's database so the first request stays in flight
    blocker = platform.platform.engine.connect()
    if platform.platform.is_postgres:
        blocker.exec_driver_sql("LOCK TABLE status_events IN ACCESS EXCLUSIVE MODE")
    else:  # the engine begins with BEGIN IMMEDIATE: this takes SQLite's write lock
        blocker.execute(text("UPDATE platform_meta SET value = value WHERE key = 'schema_version'"))
    results: list = []
    first = threading.Thread(target=lambda: results.append(api.post(f"/cases/{uuid}/submissions", content=body,
                                                                     headers=headers)))
    first.start()
    try:
        deadline = dt.datetime.now() + dt.timedelta(seconds=10)
        while (WORKSTATION, key) not in platform.platform._inflight and dt.datetime.now() < deadline:
            threading.Event().wait(0.02)
        with httpx.Client(base_url=str(api.base_url), headers=dict(api.headers), timeout=20) as other:
            dup = other.post(f"/cases/{uuid}/submissions", content=body, headers=headers)
        assert dup.status_code == 409 and dup.json()["error"] == "in_progress" and dup.headers["Retry-After"]
    finally:
        blocker.rollback()
        blocker.close()
        first.join(30)
    assert results and results[0].status_code == 201
    assert platform.platform.case_info(uuid)["submissions"] == 1


def test_validation_rejection_is_200_with_reasons(ctx, api, platform):
    uuid = queue_case(ctx)
    doc = _document(ctx, uuid)
    doc["center"]["code"] = "110101"  # another center's case
    doc["applicant"]["name"] = ""
    r = api.post(f"/cases/{uuid}/submissions", content=protocol.canonical_json(doc),
                 headers={"Idempotency-Key": "k-reject", "Content-Type": "application/json"})
    assert r.status_code == 200 and r.json()["status"] == "rejected"
    assert len(r.json()["reasons"]) == 2 and any("中心" in x for x in r.json()["reasons"])
    assert platform.platform.case_info(uuid) is None


def test_status_feed_is_monotonic_and_paged(ctx, platform, credential, runners):
    uuids = [queue_case(ctx) for _ in range(3)]
    runner = make_runner(ctx, platform.url, credential)
    runners.append(runner)
    runner.run(timeout=30)
    for u in uuids:
        platform.platform.decide(u, "rejected", reasons=["测试"])
    client = PlatformClient(platform.url, credential)
    try:
        cursors, since = [], "0"
        while True:
            page = client.status_feed(since, limit=2)
            cursors += [int(e["cursor"]) for e in page["events"]]
            since = page["cursor"]
            if not page["more"]:
                break
    finally:
        client.close()
    assert cursors == sorted(cursors) and len(cursors) == len(set(cursors)) == 6
    assert sync_svc.get_state(ctx, sync_svc.STATUS_CURSOR) == str(cursors[2])


def test_master_data_is_applied_atomically(ctx, platform, credential, runners, tmp_path):
    from app.services.context import open_context

    catalog = tmp_path / "catalog"
    src = ROOT / "resources" / "catalog"
    catalog.mkdir()
    for f in src.glob("*.yaml"):
        (catalog / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    calendar = tmp_path / "calendar_overrides.yaml"
    calendar.write_text((ROOT / "resources" / "calendar" / "overrides.yaml").read_text(encoding="utf-8")
                        if (ROOT / "resources" / "calendar" / "overrides.yaml").exists() else "{}\n",
                        encoding="utf-8")
    manifest = platform.platform.publish_master(catalog_dir=catalog, calendar_file=calendar)
    runner = make_runner(ctx, platform.url, credential)
    runners.append(runner)
    report = runner.run_once()
    assert report.master == {"catalog": manifest["catalog"]["version"],
                             "calendar_overrides": manifest["calendar_overrides"]["version"]}
    master = ctx.data_dir / "master"
    assert (master / "catalog" / "catalog.yaml").exists() and (master / "calendar_overrides.yaml").exists()
    assert runner.run_once().master == {}  # nothing new
    reopened = open_context(ctx.data_dir)
    try:
        assert len(reopened.catalog.items) == len(ctx.catalog.items)
    finally:
        reopened.close()
    # a broken catalog is never installed: the one in place stays
    (catalog / "catalog.yaml").write_text("version: [broken\n", encoding="utf-8")
    platform.platform.publish_master(catalog_dir=catalog)
    before = (master / "catalog" / "catalog.yaml").read_bytes()
    from app.errors import ZongchuangError

    with pytest.raises(ZongchuangError):
        runner.run_once()
    assert (master / "catalog" / "catalog.yaml").read_bytes() == before
    assert not (master / ".staging").exists()


def test_clock_skew_blocks_sending(ctx, platform, credential, runners):
    uuid = queue_case(ctx)
    runner = make_runner(ctx, platform.url, credential,
                         clock=lambda: dt.datetime.now(dt.UTC) + dt.timedelta(minutes=7))
    runners.append(runner)
    with pytest.raises(SyncBlocked) as err:
        runner.run_once()
    assert "时钟" in err.value.message_zh and "5" in err.value.message_zh
    assert platform.platform.case_info(uuid) is None
    assert sync_svc.sync_status(ctx)["blocked_reason"]
    ok = make_runner(ctx, platform.url, credential, clock=lambda: dt.datetime.now(dt.UTC) + dt.timedelta(minutes=4))
    runners.append(ok)
    assert ok.run(timeout=30).sent == 1


def test_outage_package_export_and_import(ctx, platform, credential, runners, tmp_path):
    """Long outage: the queue goes to the center on removable media, encrypted; when the link
    returns, the same rows are answered from the stored responses (nothing twice)."""
    from sync.client.package import PackageError, export_queue
    from sync.platform.package import import_package

    uuids = [queue_case(ctx, files=2, size=100_000) for _ in range(3)]
    usb = tmp_path / "usb" / "queue.zcq"
    usb.parent.mkdir()
    info = export_queue(ctx, usb, "correct horse battery staple")
    assert info["cases"] == 3 and info["blobs"] == 6
    raw = usb.read_bytes()
    assert b"zongchuang-case" not in raw and b"420107" not in raw[200:]  # encrypted
    with pytest.raises(PackageError):
        import_package(platform.platform, usb, "wrong passphrase")
    result = import_package(platform.platform, usb, "correct horse battery staple")
    assert result["accepted"] == 3 and result["blobs"] == 6
    assert platform.platform.case_uuids() == dict.fromkeys(uuids, 1)
    tampered = bytearray(raw)
    tampered[len(tampered) // 2] ^= 1
    bad = tmp_path / "bad.zcq"
    bad.write_bytes(bytes(tampered))
    with pytest.raises(PackageError):
        import_package(platform.platform, bad, "correct horse battery staple")
    runner = make_runner(ctx, platform.url, credential)
    runners.append(runner)
    report = runner.run(timeout=30)
    assert report.sent == 3 and report.replayed == 3
    assert platform.platform.case_uuids() == dict.fromkeys(uuids, 1)


def test_tls(ctx, tmp_path, credential, platform, runners):
    """The platform serves HTTPS with a certificate; the client verifies it against a CA file."""
    from app.services._selftest_tls import self_signed
    from sync.platform.server import TLS, PlatformServer

    cert, key = self_signed(tmp_path)
    server = PlatformServer(platform.settings, tls=TLS(cert, key))
    server.platform = platform.platform  # same database and blobs, second listener
    server.start()
    try:
        queue_case(ctx)
        good = make_runner(ctx, server.url, credential)
        good.client = PlatformClient(server.url, credential, verify=str(cert))
        runners.append(good)
        assert good.run(timeout=30).sent == 1
        assert server.url.startswith("https://")
        untrusted = PlatformClient(server.url, credential)
        from sync.client.http import Transient

        with pytest.raises(Transient):
            untrusted.health()
        untrusted.close()
    finally:
        server.stop()


def test_cli_sync_status_and_run(ctx, platform, credential, monkeypatch, capsys):
    from app.cli.main import main

    uuid = queue_case(ctx)
    home = str(ctx.data_dir)
    assert main(["--data-dir", home, "sync", "status", "--json"]) == 0
    counts = json.loads(capsys.readouterr().out)
    assert {k: counts[k] for k in ("pending", "sending", "done", "rejected", "blocked")} == \
        {"pending": 1, "sending": 0, "done": 0, "rejected": 0, "blocked": 0}
    monkeypatch.setenv("ZONGCHUANG_PLATFORM_TOKEN", credential)
    assert main(["--data-dir", home, "sync", "run", "--platform", platform.url, "--until-empty",
                 "--timeout", "30"]) == 0
    out = capsys.readouterr()
    assert "已上报 1" in out.out and "办件 1/1" in out.err
    assert main(["--data-dir", home, "sync", "status", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["done"] == 1
    monkeypatch.delenv("ZONGCHUANG_PLATFORM_TOKEN")
    code = main(["--data-dir", home, "sync", "run", "--platform", platform.url, "--once"])
    assert code != 0
    assert "凭据" in capsys.readouterr().err
    assert platform.platform.case_info(uuid)["submissions"] == 1


def test_cli_platform_decide(ctx, platform, credential, runners, capsys):
    from app.cli.main import main

    uuid = queue_case(ctx)
    runner = make_runner(ctx, platform.url, credential)
    runners.append(runner)
    runner.run(timeout=30)
    args = ["platform", "decide", uuid, "--status", "approved", "--platform-dir", str(platform.settings.data_dir),
            "--json"]
    if platform.settings.db_url:
        args += ["--db", platform.settings.db_url]
    assert main(args) == 0
    event = json.loads(capsys.readouterr().out)
    assert event["status"] == "approved" and event["certificate"]["license_no"]
    runner.run_once()
    assert case_document(ctx, uuid).state == "approved"
    assert main(["platform", "decide", uuid, "--status", "maybe"]) != 0


def test_openapi_document_is_current():
    from sync.platform.openapi import openapi_document

    published = ROOT / "docs" / "platform-openapi.json"
    assert published.read_text(encoding="utf-8") == openapi_document(), \
        "docs/platform-openapi.json is stale: run `zongchuang platform openapi > docs/platform-openapi.json`"
    spec = json.loads(published.read_text(encoding="utf-8"))
    for path in ("/health", "/blobs/{sha256}", "/cases/{case_uuid}/submissions", "/cases/status", "/master/manifest"):
        assert path in spec["paths"]


def test_missing_keyring_is_a_clear_error(monkeypatch):
    from sync.client import credentials

    monkeypatch.setenv("ZONGCHUANG_KEYRING", "none")
    monkeypatch.delenv(credentials.ENV_VAR, raising=False)
    with pytest.raises(credentials.CredentialError) as err:
        credentials.load_credential("http://127.0.0.1:1")
    assert credentials.ENV_VAR in err.value.hint_en
    with pytest.raises(credentials.CredentialError):
        credentials.store_credential("http://127.0.0.1:1", "secret")
    store: dict = {}
    credentials.set_secret_backend(credentials.SecretBackend(
        get=lambda s, n: store.get((s, n)), set=lambda s, n, v: store.__setitem__((s, n), v),
        delete=lambda s, n: store.pop((s, n), None)))
    try:
        credentials.store_credential("http://127.0.0.1:1/", "secret")
        assert credentials.load_credential("http://127.0.0.1:1") == "secret"
    finally:
        credentials.set_secret_backend(None)


def test_background_sender_runs_on_trigger_and_interval(ctx, platform, credential):
    """The UI's background sender: a newly queued case is sent at once (trigger), a back-office
    result arrives on the periodic pass without any new write."""
    import time

    from sync.client.runner import RunnerSettings
    from sync.client.session import start_background, stop_background

    events: list = []
    runner = start_background(ctx, platform.url, credential=credential, interval=0.5,
                              settings=RunnerSettings(backoff_base=0.02, backoff_cap=0.2), on_case=events.append)
    try:
        uuid = queue_case(ctx)
        deadline = time.monotonic() + 20
        while sync_svc.sync_counts(ctx)["done"] < 1 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert sync_svc.sync_counts(ctx)["done"] == 1
        platform.platform.decide(uuid, "补正", reasons=["请补充场所平面图"])
        while case_document(ctx, uuid).state != "correction_requested" and time.monotonic() < deadline:
            time.sleep(0.05)
        assert case_document(ctx, uuid).state == "correction_requested"
        assert any(e.get("state") == "done" for e in events)
        # a pass records itself only after pulling status and master data: when the very first
        # pass is the one that pulled the result, the test can see the state before the record
        while not sync_svc.sync_status(ctx)["online"] and time.monotonic() < deadline:
            time.sleep(0.05)
        assert sync_svc.sync_status(ctx)["online"] is True
    finally:
        stop_background(ctx, runner)
