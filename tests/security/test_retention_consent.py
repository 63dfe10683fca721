"""Retention purge of synced, closed cases (secure delete of files) and consent records."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import update

from app.errors import InputError, PermissionDenied
from app.security.retention import purge
from app.services import cases as svc
from app.services import consent
from app.storage import Actor
from app.storage.tables import OutboxRow, utcnow
from tests.security.conftest import ITEM, PLANTED_ID, grep_tree, plant_case

SYSTEM = Actor("sync", "system")


def _deliver(ctx, uuid, clerk):
    for state in ("pre_reviewed", "accepted", "queued"):
        svc.transition(ctx, uuid, state, actor=clerk)
    with ctx.store.unit_of_work(SYSTEM) as uow:  # as the sync engine does once the platform has it
        uow.session.execute(update(OutboxRow).where(OutboxRow.case_uuid == uuid).values(state="done"))
    for state in ("synced", "approved", "delivered"):
        svc.transition(ctx, uuid, state, actor=SYSTEM)


def test_purge_synced_closed_cases_only(ctx, clerk, admin):
    done, _ = plant_case(ctx, clerk)
    _deliver(ctx, done, clerk)
    open_case, _ = plant_case(ctx, clerk)  # same person, still a draft: must stay
    later = utcnow() + dt.timedelta(days=181)

    with pytest.raises(PermissionDenied):
        purge(ctx, clerk, now=later)
    assert purge(ctx, admin, now=utcnow()).cases == []  # too young
    dry = purge(ctx, admin, now=later, dry_run=True)
    assert len(dry.cases) == 1 and dry.files == 0  # the page is shared with the open case
    assert svc.case_document(ctx, done).applicant.id_number == PLANTED_ID

    report = purge(ctx, admin, now=later)
    assert len(report.cases) == 1
    purged = svc.case_document(ctx, done)
    assert purged.applicant.id_number == "" and purged.card_read is None
    assert all(f.value is None for f in purged.fields.values())
    assert svc.case_document(ctx, open_case).applicant.id_number == PLANTED_ID
    assert purge(ctx, admin, now=later).cases == []  # idempotent


def test_purge_deletes_unshared_files(ctx, clerk, admin):
    ref = svc.create_case(ctx, ITEM, {"what_changes": "unit_name"}, actor=clerk)
    digest = svc.add_material_file(ctx, ref.uuid, "M02", f"独有页面 {PLANTED_ID}".encode() * 30, actor=clerk)
    path = ctx.store.attachments.path_for(digest)
    assert path.exists()
    svc.transition(ctx, ref.uuid, "voided", actor=Actor("super01", "supervisor"))  # never queued
    report = purge(ctx, admin, now=utcnow() + dt.timedelta(days=365))
    assert report.files == 1 and not path.exists()
    assert grep_tree(ctx.data_dir) == {}


def test_history_consent_lifecycle(ctx, clerk):
    first, _ = plant_case(ctx, clerk)
    second, _ = plant_case(ctx, clerk)  # the same person comes back
    assert consent.history_consent_for(ctx, second) is None
    with pytest.raises(InputError):
        consent.grant_history_consent(ctx, first, actor=clerk, purpose="", items=["*"])
    granted = consent.grant_history_consent(ctx, first, actor=clerk, purpose="办理卫生许可变更时复用基本信息",
                                            items=["unit_name", "legal_rep_name"], days=30, evidence="签字确认")
    assert granted["subject"] == "370202********3910" and granted["active"]
    found = consent.history_consent_for(ctx, second, "unit_name")
    assert found and found["uuid"] == granted["uuid"]
    assert consent.history_consent_for(ctx, second, "address") is None  # not an item consented to
    assert consent.history_consent_for(ctx, second, now=utcnow() + dt.timedelta(days=31)) is None  # expired
    consent.revoke_consent(ctx, granted["uuid"], actor=clerk)
    assert consent.history_consent_for(ctx, second) is None
    assert [c["active"] for c in consent.list_consents(ctx, case_uuid=first)] == [False]
    with pytest.raises(PermissionDenied):
        consent.grant_history_consent(ctx, first, actor=Actor("aud", "auditor"), purpose="x", items=["*"])


def test_cobrowse_consent_ends_with_session(ctx, clerk, helper):
    ref = svc.create_case(ctx, ITEM, {"what_changes": "unit_name"}, actor=clerk)
    consent.grant_cobrowse_unmask(ctx, "sess-1", "applicant.phone", actor=clerk, case_uuid=ref.uuid)
    assert consent.cobrowse_unmask_allowed(ctx, "sess-1", "applicant.phone", case_uuid=ref.uuid)
    assert not consent.cobrowse_unmask_allowed(ctx, "sess-1", "applicant.id_number")
    assert not consent.cobrowse_unmask_allowed(ctx, "sess-1", "applicant.phone", now=utcnow() + dt.timedelta(hours=1))
    assert consent.end_cobrowse_session(ctx, "sess-1", actor=clerk) == 1
    assert not consent.cobrowse_unmask_allowed(ctx, "sess-1", "applicant.phone")
