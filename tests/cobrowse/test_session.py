"""Co-browse end to end: the platform's relay on loopback, a clerk end over a real store and a
helper end, both real websocket clients."""

from __future__ import annotations

import json
import threading
import time

import pytest
from sqlalchemy import select

from app.errors import InputError
from app.services import cases as svc
from app.services.cobrowse import build_view
from app.storage.tables import AuditRow, FieldRow
from sync.cobrowse.endpoints import ClerkEndpoint, HelperEndpoint
from tests.cobrowse.conftest import PLANTED, WINDOW, frozen_link


def _until(pred, timeout=30.0, step=0.01):  # returns as soon as `pred` holds
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if pred():
            return True
        time.sleep(step)
    return False


@pytest.fixture
def ends(ctx, clerk, platform, window_token, helper_token):
    window = ClerkEndpoint(ctx, clerk, platform.url, window_token).start()
    helper = HelperEndpoint(platform.url, helper_token, user="helper01").start()
    assert window.client.connected.wait(30) and helper.client.connected.wait(30)
    yield window, helper
    helper.close()
    window.close()


def _session(ends, case_uuid):
    window, helper = ends
    helper.request(WINDOW, note="帮看一下残疾证材料")
    assert _until(lambda: window.requests), "the request did not reach the window"
    sid = next(iter(window.requests))
    share = window.accept(sid, case_uuid, applicant_consent=True)
    assert helper.wait_for(lambda d: d is not None, 30), "no snapshot on join"
    assert helper.state == "active"
    return sid, share


def test_each_edit_reaches_the_helper(ctx, clerk, ends, case_uuid):
    """Every edit shows on the helper's side, as patches after the first snapshot (how fast:
    benchmarks/bench_cobrowse.py, target < 500 ms on the loopback)."""
    window, helper = ends
    _session(ends, case_uuid)
    assert helper.doc["item"]["code"] == "110500001000-01"
    assert helper.doc["answers"] == {"applicant_role": ["self"]}
    assert {m["code"] for m in helper.doc["materials"]} >= {"M02", "M03"}
    for value in ("视力残疾", "听力残疾", "言语残疾"):
        svc.set_fields(ctx, case_uuid, {"disability_category": value}, actor=clerk)
        assert helper.wait_for(lambda d, v=value: d["fields"]["disability_category"]["value"] == v, 60.0)
    assert helper.frames >= 4  # a snapshot, then patches


def test_suggestion_accepted_lands_with_helper_provenance(ctx, clerk, ends, case_uuid):
    window, helper = ends
    sid, share = _session(ends, case_uuid)
    events = []
    share.listeners.append(lambda e, p: events.append((e, p)))
    helper.point("disability_category")
    helper.suggest("disability_category", "智力残疾")
    assert _until(lambda: "disability_category" in share.ghosts)
    assert ("pointer", {"field": "disability_category"}) in events
    assert helper.wait_for(lambda d: d.get("pointer") == "disability_category" and "disability_category" in d["ghosts"], 30)
    with ctx.store.read() as s:  # a ghost is not a value yet
        assert s.execute(select(FieldRow.value).where(FieldRow.key == "disability_category")).scalar() == "肢体残疾"
    share.accept_suggestion("disability_category")
    with ctx.store.read() as s:
        row = s.execute(select(FieldRow).where(FieldRow.key == "disability_category")).scalar_one()
        assert (row.value, row.source) == ("智力残疾", "helper")
        assert row.confirmed  # the clerk's key press confirmed it
        assert row.source_ref.startswith(f"cobrowse:{sid}:")
        assert row.edited_by == clerk.user
    assert helper.wait_for(lambda d: d["fields"]["disability_category"]["value"] == "智力残疾"
                           and d["fields"]["disability_category"]["source"] == "helper", 30)
    # a suggestion for a field the item does not have is ignored
    helper.suggest("no_such_field", "x")
    time.sleep(0.2)
    assert "no_such_field" not in share.ghosts
    with pytest.raises(InputError):
        share.accept_suggestion("no_such_field")
    # the helper ends it: the window's share stops and says so
    helper.end()
    assert _until(lambda: ("ended", {"reason": "ended by helper"}) in events)
    assert share.ended and sid not in window.shares


def test_an_expired_unmask_consent_masks_the_field_again(ctx, clerk, ends, case_uuid):
    window, helper = ends
    sid, share = _session(ends, case_uuid)
    share.unmask("contact_phone", minutes=0.02)  # 1.2 s
    assert helper.wait_for(lambda d: d["fields"]["contact_phone"]["value"] == PLANTED["contact_phone"], 30)
    time.sleep(1.3)
    svc.set_fields(ctx, case_uuid, {"disability_category": "视力残疾"}, actor=clerk)
    assert helper.wait_for(lambda d: d["fields"]["contact_phone"]["value"] == "139****5678", 30)
    assert "contact_phone" not in share.unmasked


def test_wire_never_carries_planted_values_unless_consented(ctx, clerk, ends, case_uuid, tap):
    window, helper = ends
    sid, share = _session(ends, case_uuid)
    svc.set_fields(ctx, case_uuid, {"disability_category": "视力残疾"}, actor=clerk)
    # a finding whose message quotes a personal value is scrubbed too
    from app.storage.tables import CaseRow
    with ctx.store.unit_of_work(clerk) as uow:
        uow.session.get(CaseRow, case_uuid).decision = {"decision": "manual", "findings": [
            {"rule": "X", "severity": "warn", "field": "contact_phone", "material": None,
             "message": f"电话 {PLANTED['contact_phone']} 与历史不一致", "hint": ""}]}
    svc.set_fields(ctx, case_uuid, {"disability_category": "听力残疾"}, actor=clerk)
    assert helper.wait_for(lambda d: d["fields"]["disability_category"]["value"] == "听力残疾" and d["findings"], 30)
    wire = tap.text()
    assert wire
    for key, raw in PLANTED.items():
        assert raw not in wire, f"{key} left the window unmasked"
    assert json.dumps(PLANTED["applicant_id_number"]) not in wire
    f = helper.doc["fields"]
    assert f["applicant_id_number"]["value"] == "420106********7719" and f["applicant_id_number"]["masked"]
    assert f["applicant_name"]["value"] == "欧***" and f["contact_phone"]["value"] == "139****5678"
    assert f["applicant_sex"]["value"] == "女" and not f["applicant_sex"]["masked"]
    assert helper.doc["applicant"]["id_number"] == "420106********7719"
    assert helper.doc["card_read"]["name"] == "欧***" and helper.doc["card_read"]["nation"] == "汉"
    assert PLANTED["contact_phone"] not in helper.doc["findings"][0]["message"]

    # the applicant agrees to show the phone number (only) for this session
    share.unmask("contact_phone")
    assert helper.wait_for(lambda d: d["fields"]["contact_phone"]["value"] == PLANTED["contact_phone"], 30)
    wire = tap.text()
    assert PLANTED["contact_phone"] in wire
    for key in ("applicant_name", "applicant_id_number", "hukou_address"):
        assert PLANTED[key] not in wire
    with ctx.store.read() as s:
        actions = [(a.action, a.role, a.actor) for a in s.execute(select(AuditRow).order_by(AuditRow.id)).scalars()]
    assert ("cobrowse.accept", "clerk", clerk.user) in actions
    assert ("consent.grant", "clerk", clerk.user) in actions
    assert ("pi.view", "helper", "helper01@420100-helper-01") in actions  # the helper's login and workstation

    # ending the session revokes the consent: a later session sees the phone masked again
    window.end(sid)
    assert _until(lambda: helper.state == "ended")
    assert build_view(ctx, case_uuid)["fields"]["contact_phone"]["value"] == "139****5678"


def test_accept_needs_the_applicants_consent(ctx, clerk, ends, case_uuid):
    window, helper = ends
    helper.request(WINDOW)
    assert _until(lambda: window.requests)
    # the relay tells the helper "requested" and the window the request at once: either may be first
    assert _until(lambda: helper.state == "requested")
    sid = next(iter(window.requests))
    with pytest.raises(InputError):
        window.accept(sid, case_uuid, applicant_consent=False)
    assert helper.doc is None and helper.state == "requested"


def test_reconnect_resumes_with_a_fresh_snapshot(ctx, clerk, ends, case_uuid, tap):
    window, helper = ends
    sid, share = _session(ends, case_uuid)
    helper.client.drop_link()
    assert _until(lambda: not helper.client.connected.is_set(), 30)
    svc.set_fields(ctx, case_uuid, {"disability_category": "精神残疾"}, actor=clerk)  # while the helper is away
    assert helper.client.connected.wait(30)
    assert helper.wait_for(lambda d: d["fields"]["disability_category"]["value"] == "精神残疾", 30)
    assert helper.session == sid and helper.state == "active"
    snapshots = [t for d, r, t in tap.frames if d == "in" and r == "clerk" and '"type":"snapshot"' in t]
    assert len(snapshots) >= 2  # on join and on the helper's return

    # the clerk's link drops too: the clerk end reconnects and sends a fresh snapshot again
    window.client.drop_link()
    assert _until(lambda: not window.client.connected.is_set(), 30)
    svc.set_fields(ctx, case_uuid, {"disability_category": "多重残疾"}, actor=clerk)
    assert window.client.connected.wait(30)
    assert helper.wait_for(lambda d: d["fields"]["disability_category"]["value"] == "多重残疾", 30)
    # and the session still works both ways
    helper.suggest("disability_category", "肢体残疾")
    assert _until(lambda: share.ghosts.get("disability_category") == "肢体残疾")


def test_clerk_never_waits_on_the_link(ctx, clerk, platform, window_token, helper_token, case_uuid):
    """The clerk's edits and the frames they make return while the link cannot move at all: its
    I/O thread is stopped until they all returned (order, not a clock: a call that waited on the
    link would still be waiting when the link is let go). How long an edit takes, link up or
    cut: benchmarks/bench_cobrowse.py."""
    window = ClerkEndpoint(ctx, clerk, platform.url, window_token, queue_size=4).start()
    helper = HelperEndpoint(platform.url, helper_token).start()
    values = ["视力残疾", "听力残疾", "言语残疾", "肢体残疾", "智力残疾", "精神残疾"]
    try:
        assert window.client.connected.wait(30) and helper.client.connected.wait(30)
        _session((window, helper), case_uuid)
        share = window.shares[next(iter(window.shares))]
        returned = threading.Event()

        def clerk_works() -> None:
            for i in range(30):
                svc.set_fields(ctx, case_uuid, {"disability_category": values[i % 6]}, actor=clerk)
            for _ in range(200):
                share.send({"type": "patch", "session": share.session_id, "seq": 0, "ops": []})
            returned.set()

        worker = threading.Thread(target=clerk_works, daemon=True)
        with frozen_link(window.client) as release:
            worker.start()
            # a generous bound only against hanging the suite: the order below is the assertion
            assert returned.wait(120), "an edit waited on the link (its I/O thread was stopped)"
            assert not release.is_set()  # the link had not moved when they all returned
            assert window.client.dropped > 0  # the bounded queue overflowed and was coalesced
        worker.join(30)
        # let go, the link catches up: the helper sees the last edit (from the coalesced snapshot)
        assert helper.wait_for(lambda d: d["fields"]["disability_category"]["value"] == values[29 % 6], 60)
        # the whole platform goes away: edits go on (queued, coalesced), and nothing is lost locally
        platform.stop()
        assert _until(lambda: not window.client.connected.is_set(), 30)
        for i in range(12):
            svc.set_fields(ctx, case_uuid, {"disability_category": values[i % 6]}, actor=clerk)
        with ctx.store.read() as s:
            assert s.execute(select(FieldRow.value).where(FieldRow.key == "disability_category")).scalar() == values[11 % 6]
    finally:
        helper.close()
        window.close()

def test_an_overflowing_queue_coalesces_to_a_fresh_snapshot(ctx, clerk, platform, window_token, helper_token,
                                                            case_uuid):
    window = ClerkEndpoint(ctx, clerk, platform.url, window_token, queue_size=4).start()
    helper = HelperEndpoint(platform.url, helper_token).start()
    try:
        assert window.client.connected.wait(30) and helper.client.connected.wait(30)
        sid, share = _session((window, helper), case_uuid)
        svc.set_fields(ctx, case_uuid, {"disability_category": "视力残疾"}, actor=clerk)
        assert helper.wait_for(lambda d: d["fields"]["disability_category"]["value"] == "视力残疾", 30)
        # a burst far beyond the queue (stale frames the helper must never apply)
        for _ in range(300):
            share.send({"type": "patch", "session": sid, "seq": 10**6,
                        "ops": [{"op": "replace", "path": "/fields/disability_category/value", "value": "坏值"}]})
        assert window.client.dropped > 0
        svc.set_fields(ctx, case_uuid, {"disability_category": "精神残疾"}, actor=clerk)
        assert helper.wait_for(lambda d: d["fields"]["disability_category"]["value"] == "精神残疾", 30)
        time.sleep(0.3)
        assert helper.doc["fields"]["disability_category"]["value"] == "精神残疾"
        assert helper.seq == share.seq  # in step with the window again
    finally:
        helper.close()
        window.close()
