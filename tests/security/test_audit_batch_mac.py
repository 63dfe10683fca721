"""Audit batches carry a MAC the platform checks (issue 21, "audit batches verified against the
chain they extend"), on the real platform on 127.0.0.1: the real sync client's batches are
accepted; a forged batch whose links to the stored chain are all valid, sent with a valid access
token but without the right MAC (none, another key, or the MAC of other bytes), is refused with
422 and nothing is stored — the same rows with the right MAC go in, so the MAC is what decided."""

from __future__ import annotations

import httpx

from sync import protocol
from sync.platform.models import AuditBatchRow, AuditTipRow
from sync.platform.server import PlatformServer
from sync.platform.service import PlatformSettings
from tests.security.conftest import plant_case
from tests.sync.conftest import make_runner


def _stored(platform) -> tuple[int, tuple[int, str] | None]:
    from sqlalchemy import func, select

    with platform.reads() as s:
        n = s.execute(select(func.count()).select_from(AuditBatchRow)).scalar_one()
        tip = s.get(AuditTipRow, "420107-01")
        return n, ((tip.last_id, tip.last_hash) if tip else None)


def test_forged_batch_with_valid_links_but_wrong_mac_is_refused(ctx, clerk, tmp_path):
    server = PlatformServer(PlatformSettings(data_dir=tmp_path / "p")).start()
    runner = None
    try:
        cred = server.platform.register_workstation("420107-01", "420107")
        plant_case(ctx, clerk)  # audit rows on the workstation
        from app.security.audit import enqueue_pending_audit

        enqueue_pending_audit(ctx.store)
        runner = make_runner(ctx, server.url, cred)
        runner.run(until_empty=True, timeout=120)
        batches, tip = _stored(server.platform)
        assert batches >= 1 and tip is not None, "the real client's signed batch was not accepted"
        last_id, last_hash = tip

        rows = []
        prev = last_hash
        for i in range(last_id + 1, last_id + 4):  # links all valid: ids ascending, prev_hash = the tip's
            h = "sha256:" + "ab" * 32 if i % 2 else "sha256:" + "cd" * 32
            rows.append({"id": i, "at": "2026-12-01T10:00:00+00:00", "actor": "nobody", "role": "clerk",
                         "terminal": "420107-01", "action": "case.voided", "case_uuid": None, "target": "",
                         "detail": {}, "ok": True, "prev_hash": prev, "hash": h})
            prev = h
        body = protocol.canonical_json({"rows": rows})
        with httpx.Client(base_url=server.url, timeout=20) as http:
            token = http.post("/auth/token", headers={"Authorization": f"Bearer {cred}"}).json()["access_token"]
            base = {"Authorization": f"Bearer {token}", "Content-Type": "application/json",
                    protocol.IDEMPOTENCY_KEY: f"audit:{last_id + 1}-{last_id + 3}:forged"}
            wrong_key = protocol.audit_batch_key("a-stolen-token-is-not-the-credential")
            other_body = protocol.canonical_json({"rows": rows[:1]})
            for mac in (None, "", protocol.audit_batch_mac(wrong_key, body),
                        protocol.audit_batch_mac(protocol.audit_batch_key(cred), other_body),
                        "hmac-sha256:" + "0" * 64):
                headers = dict(base) if mac is None else {**base, protocol.AUDIT_BATCH_MAC: mac}
                r = http.post("/audit/batches", content=body, headers=headers)
                assert r.status_code == 422 and r.json()["error"] == "bad_mac", (mac, r.status_code, r.text)
                assert "未保存" in r.json()["message"]
                assert _stored(server.platform) == (batches, tip)  # nothing stored, the tip unmoved
            good = protocol.audit_batch_mac(protocol.audit_batch_key(cred), body)
            r = http.post("/audit/batches", content=body, headers={**base, protocol.AUDIT_BATCH_MAC: good})
            assert r.status_code == 201, r.text  # the links were fine: it was the MAC that refused it
        assert _stored(server.platform) == (batches + 1, (last_id + 3, prev))
    finally:
        if runner is not None:
            runner.stop()
            runner.client.close()
        server.close()


def test_a_re_registered_workstation_signs_with_its_new_credential(tmp_path):
    server = PlatformServer(PlatformSettings(data_dir=tmp_path / "p")).start()
    try:
        old = server.platform.register_workstation("420107-01", "420107")
        new = server.platform.register_workstation("420107-01", "420107")  # re-keyed by IT
        body = protocol.canonical_json({"rows": [{"id": 1, "prev_hash": None, "hash": "sha256:" + "1" * 64}]})
        with httpx.Client(base_url=server.url, timeout=20) as http:
            token = http.post("/auth/token", headers={"Authorization": f"Bearer {new}"}).json()["access_token"]
            h = {"Authorization": f"Bearer {token}", protocol.IDEMPOTENCY_KEY: "audit:1-1:x"}
            stale = protocol.audit_batch_mac(protocol.audit_batch_key(old), body)
            assert http.post("/audit/batches", content=body,
                             headers={**h, protocol.AUDIT_BATCH_MAC: stale}).status_code == 422
            fresh = protocol.audit_batch_mac(protocol.audit_batch_key(new), body)
            assert http.post("/audit/batches", content=body,
                             headers={**h, protocol.AUDIT_BATCH_MAC: fresh}).status_code == 201
    finally:
        server.close()
