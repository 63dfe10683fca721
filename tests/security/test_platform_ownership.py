"""Ownership on the platform (issue 21, critical 1), against the real platform on 127.0.0.1:
a case belongs to the workstation that first submitted it; idempotency keys, partial uploads
and blob knowledge belong to the workstation / its center; audit batches must extend the chain
the platform holds; co-browse requests stay within the helper's center."""

from __future__ import annotations

import asyncio
import copy
import hashlib
import json
from collections.abc import Iterator

import httpx
import pytest

from app.services.cases import case_document
from sync import protocol
from sync.platform.server import PlatformServer
from sync.platform.service import PlatformSettings
from tests.sync.conftest import queue_case

A, B, C = "420107-01", "420108-01", "420107-02"  # B: another center; C: same center, another window


@pytest.fixture
def platform(tmp_path) -> Iterator[PlatformServer]:
    server = PlatformServer(PlatformSettings(data_dir=tmp_path / "platform")).start()
    yield server
    server.close()


def _client(platform: PlatformServer, workstation: str) -> httpx.Client:
    cred = platform.platform.register_workstation(workstation, workstation.split("-")[0])
    http = httpx.Client(base_url=platform.url, timeout=20)
    token = http.post("/auth/token", headers={"Authorization": f"Bearer {cred}"}).json()["access_token"]
    http.headers["Authorization"] = f"Bearer {token}"
    http.audit_key = protocol.audit_batch_key(cred)  # type: ignore[attr-defined]  # signs audit batches
    return http


@pytest.fixture
def clients(platform) -> Iterator[dict[str, httpx.Client]]:
    made = {w: _client(platform, w) for w in (A, B, C)}
    yield made
    for c in made.values():
        c.close()


def _doc(ctx, uuid: str) -> dict:
    return case_document(ctx, uuid).model_dump(mode="json", by_alias=True)


def _upload(http: httpx.Client, data: bytes) -> httpx.Response:
    digest = hashlib.sha256(data).hexdigest()
    return http.patch(f"/blobs/{digest}", content=data, headers={"Upload-Offset": "0", "Upload-Length": str(len(data))})


def _submit(http: httpx.Client, doc: dict, key: str) -> httpx.Response:
    return http.post(f"/cases/{doc['uuid']}/submissions", content=protocol.canonical_json(doc),
                     headers={protocol.IDEMPOTENCY_KEY: key, "Content-Type": "application/json"})


def _submitted_case(ctx, clients) -> dict:
    uuid = queue_case(ctx, files=1)
    doc = _doc(ctx, uuid)
    for m in doc["materials"]:
        for f in m["files"]:
            assert _upload(clients[A], ctx.store.attachments.get(f["sha256"])).status_code == 201
    r = _submit(clients[A], doc, f"case:{uuid}:submission:0")
    assert r.status_code == 201, r.text
    return doc


def _hijack(doc: dict, center: str) -> dict:
    evil = copy.deepcopy(doc)
    evil["applicant"]["name"] = "冒名顶替有限公司"
    if isinstance(evil.get("center"), dict):
        evil["center"]["code"] = center
    evil["acceptance_number"] = f"{center}-01-20261201-9999"
    return evil


@pytest.mark.parametrize("intruder", [B, C], ids=["other-center", "same-center"])
def test_another_workstation_cannot_overwrite_a_case(ctx, platform, clients, intruder):
    doc = _submitted_case(ctx, clients)
    before = platform.platform.case_info(doc["uuid"])
    feed_before = clients[intruder].get("/cases/status").json()["events"]
    r = _submit(clients[intruder], _hijack(doc, intruder.split("-")[0]), "case:hijack:0")
    assert r.status_code == 403 and r.json()["error"] == "forbidden"
    assert doc["acceptance_number"] not in r.text and before["status"] not in r.text  # nothing revealed
    after = platform.platform.case_info(doc["uuid"])
    assert after == before  # nothing changed: same submission count, status, result
    from sqlalchemy import select

    from sync.platform.models import CaseRow
    with platform.platform.reads() as s:
        assert s.get(CaseRow, doc["uuid"]).document["applicant"]["name"] == doc["applicant"]["name"]
    assert clients[intruder].get("/cases/status").json()["events"] == feed_before  # no events leak
    # the owner still resubmits (RESEND) normally
    assert _submit(clients[A], doc, f"case:{doc['uuid']}:submission:1").status_code == 201
    with platform.platform.reads() as s:
        assert s.execute(select(CaseRow.submission).where(CaseRow.uuid == doc["uuid"])).scalar_one() == 2


def test_idempotency_keys_cannot_be_squatted(ctx, platform, clients):
    uuid = queue_case(ctx, files=1)
    doc = _doc(ctx, uuid)
    for m in doc["materials"]:
        for f in m["files"]:
            _upload(clients[A], ctx.store.attachments.get(f["sha256"])).raise_for_status()
    key = f"case:{uuid}:submission:0"  # the owner's next key is predictable
    squat = _submit(clients[B], {"uuid": "x"}, key)  # B sends garbage under A's key first
    assert squat.status_code in (200, 400, 422)
    real = _submit(clients[A], doc, key)
    assert real.status_code == 201 and real.json()["status"] == "accepted"
    assert real.headers.get(protocol.IDEMPOTENT_REPLAYED) is None


def test_blob_knowledge_is_per_center(ctx, platform, clients):
    data = b"another center's scanned licence " * 3000
    digest = hashlib.sha256(data).hexdigest()
    assert _upload(clients[A], data).status_code == 201
    assert clients[A].head(f"/blobs/{digest}").status_code == 200
    assert clients[C].head(f"/blobs/{digest}").status_code == 200  # same center holds it
    probe = clients[B].head(f"/blobs/{digest}")
    assert probe.status_code == 404 and probe.headers["Upload-Offset"] == "0"
    states = clients[B].post("/blobs/status", json={"sha256": [digest]}).json()["blobs"]
    assert states[digest] == {"state": "absent", "offset": 0}
    # claiming it without the bytes: a short PATCH gives B only its own partial
    short = clients[B].patch(f"/blobs/{digest}", content=data[:10],
                             headers={"Upload-Offset": "0", "Upload-Length": str(len(data))})
    assert short.status_code == 204 and short.headers["Upload-Offset"] == "10"
    # a case of B cannot reference A's file by digest
    uuid = queue_case(ctx, files=1)
    doc = _doc(ctx, uuid)
    doc["center"]["code"] = "420108"
    doc["materials"][0]["files"][0].update(sha256=digest, size=len(data))
    r = _submit(clients[B], doc, "case:b:0")
    assert r.status_code == 409 and digest in r.json()["missing"]
    # sending all the bytes (proof of possession) makes B's center a holder
    rest = clients[B].patch(f"/blobs/{digest}", content=data[10:],
                            headers={"Upload-Offset": "10", "Upload-Length": str(len(data))})
    assert rest.status_code == 201
    assert clients[B].head(f"/blobs/{digest}").status_code == 200
    assert platform.platform.blobs.read(digest) == data


def test_put_does_not_discard_another_workstations_partial_upload(platform, clients):
    data = bytes(range(256)) * 2000
    digest = hashlib.sha256(data).hexdigest()
    half = clients[A].patch(f"/blobs/{digest}", content=data[:200_000],
                            headers={"Upload-Offset": "0", "Upload-Length": str(len(data))})
    assert half.status_code == 204
    # B PUTs the same hash with wrong bytes, then with right bytes: A's partial stays
    assert clients[B].put(f"/blobs/{digest}", content=b"z" * len(data)).status_code == 422
    assert clients[A].head(f"/blobs/{digest}").headers["Upload-Offset"] == "200000"
    resumed = clients[A].patch(f"/blobs/{digest}", content=data[200_000:],
                               headers={"Upload-Offset": "200000", "Upload-Length": str(len(data))})
    assert resumed.status_code == 201
    assert platform.platform.blobs.read(digest) == data


def test_partial_uploads_expire(platform, clients):
    data = b"p" * 50_000
    digest = hashlib.sha256(data).hexdigest()
    assert clients[A].patch(f"/blobs/{digest}", content=data[:100],
                            headers={"Upload-Offset": "0", "Upload-Length": str(len(data))}).status_code == 204
    store = platform.platform.blobs
    import time
    assert store.expire_partials(now=time.time() + store.partial_ttl + 120) == 1
    assert clients[A].head(f"/blobs/{digest}").headers["Upload-Offset"] == "0"


def _rows(start: int, n: int, prev: str | None) -> list[dict]:
    rows = []
    for i in range(start, start + n):
        h = "sha256:" + hashlib.sha256(f"{i}|{prev}".encode()).hexdigest()
        rows.append({"id": i, "action": "case.viewed", "actor": "clerk01", "prev_hash": prev, "hash": h})
        prev = h
    return rows


def _audit(http: httpx.Client, rows: list[dict], key: str) -> httpx.Response:
    body = protocol.canonical_json({"rows": rows})
    return http.post("/audit/batches", content=body,
                     headers={protocol.IDEMPOTENCY_KEY: key, "Content-Type": "application/json",
                              protocol.AUDIT_BATCH_MAC: protocol.audit_batch_mac(http.audit_key, body)})


def test_audit_batches_must_extend_the_stored_chain(platform, clients):
    first = _rows(1, 3, None)
    second = _rows(4, 2, first[-1]["hash"])
    third = _rows(6, 2, second[-1]["hash"])
    assert _audit(clients[A], third, "audit:6-7").status_code == 409  # its predecessor is not here yet
    assert _audit(clients[A], first, "audit:1-3").status_code == 201
    # a rewrite of stored rows (same ids, other content) is refused
    forged = _rows(1, 3, None)
    forged[1]["action"], forged[1]["hash"] = "nothing.happened", "sha256:" + "0" * 64
    forged[2]["prev_hash"] = forged[1]["hash"]
    assert _audit(clients[A], forged, "audit:1-3b").json()["error"] == "chain_broken"
    # a batch that does not link to the tip (rows removed in between) is refused
    cut = _rows(4, 2, "sha256:" + "f" * 64)
    r = _audit(clients[A], cut, "audit:4-5x")
    assert r.status_code == 422 and r.json()["error"] == "chain_broken"
    # a broken link inside a batch is refused
    broken = copy.deepcopy(second)
    broken[1]["prev_hash"] = "sha256:" + "1" * 64
    assert _audit(clients[A], broken, "audit:4-5y").status_code == 422
    assert _audit(clients[A], second, "audit:4-5").status_code == 201
    assert _audit(clients[A], third, "audit:6-7").status_code == 201
    # another workstation's chain is its own (and keys are per workstation)
    assert _audit(clients[B], first, "audit:1-3").status_code == 201
    assert _audit(clients[A], first, "audit:1-3").headers.get(protocol.IDEMPOTENT_REPLAYED) == "true"


def test_cobrowse_targets_stay_within_the_center(platform, clients):
    from websockets.asyncio.client import connect

    from sync.cobrowse import protocol as P

    creds = {w: platform.platform.register_workstation(w, c) for w, c in
             (("420100-helper-01", "420100"), ("420300-helper-01", "420300"))}

    def token(w: str) -> str:
        return platform.platform.issue_session(creds[w])["access_token"]

    url = f"ws://127.0.0.1:{platform.port}{P.PATH}?role=helper"

    async def recv(ws, kind):
        while True:
            msg = json.loads(await asyncio.wait_for(ws.recv(), 5))
            if msg["type"] == kind:
                return msg

    async def go():
        async with connect(url, additional_headers={"Authorization": f"Bearer {token('420300-helper-01')}"}) as far, \
                connect(url, additional_headers={"Authorization": f"Bearer {token('420100-helper-01')}"}) as near:
            await recv(far, P.HELLO)
            await recv(near, P.HELLO)
            # another city's helper: refused, same answer for a real and an unknown window
            await far.send(json.dumps({"type": P.REQUEST, "target": A}))
            real = await recv(far, P.ERROR)
            await far.send(json.dumps({"type": P.REQUEST, "target": "420107-99"}))
            unknown = await recv(far, P.ERROR)
            assert real["error"] == unknown["error"] == "forbidden" and real == unknown
            await far.send(json.dumps({"type": P.REQUEST, "target": "4" * 100_000}))
            assert (await recv(far, P.ERROR))["error"] == "forbidden"
            # the city center's helper reaches its district window
            await near.send(json.dumps({"type": P.REQUEST, "target": A}))
            assert (await recv(near, "requested"))["target"] == A
            # requests are rate limited
            errors = []
            for _ in range(15):
                await near.send(json.dumps({"type": P.REQUEST, "target": A}))
            for _ in range(15):
                msg = json.loads(await asyncio.wait_for(near.recv(), 5))
                errors.append(msg.get("error"))
            assert "rate_limited" in errors
            # a binary frame gets an error, not a dead handler; a frame over the limit in bytes too
            await near.send(b"\x00\x01binary")
            assert (await recv(near, P.ERROR))["error"] == "bad_frame"
            big = json.dumps({"type": P.POINTER, "session": "x", "field": "汉" * (P.MAX_FRAME // 3 + 10)},
                             ensure_ascii=False)
            assert len(big) < P.MAX_FRAME < len(big.encode())
            await near.send(big)
            assert (await recv(near, P.ERROR))["error"] == "too_large"

    asyncio.run(go())


def test_unfinished_uploads_are_within_a_quota_per_workstation(platform, clients):
    platform.platform.blobs.partial_quota = 100_000
    one, two = b"1" * 80_000, b"2" * 80_000
    d1, d2 = hashlib.sha256(one).hexdigest(), hashlib.sha256(two).hexdigest()
    r = clients[A].patch(f"/blobs/{d1}", content=one[:70_000], headers={"Upload-Offset": "0", "Upload-Length": "80000"})
    assert r.status_code == 204
    over = clients[A].patch(f"/blobs/{d2}", content=two[:10], headers={"Upload-Offset": "0", "Upload-Length": "80000"})
    assert over.status_code == 413
    # another workstation has its own quota; finishing an upload frees the space
    assert clients[C].patch(f"/blobs/{d2}", content=two[:10],
                            headers={"Upload-Offset": "0", "Upload-Length": "80000"}).status_code == 204
    assert clients[A].patch(f"/blobs/{d1}", content=one[70_000:],
                            headers={"Upload-Offset": "70000", "Upload-Length": "80000"}).status_code == 201
    assert _upload(clients[A], two).status_code == 201
