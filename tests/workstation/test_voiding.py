"""Voiding an undecided case from the Today queue: the clerk asks with a reason, a supervisor
confirms with their password; a decided case, a missing reason, a wrong password or a clerk as
"supervisor" void nothing; both people and the reason are audited and on the case's event."""

from __future__ import annotations

import pytest

from app.errors import InputError, InvalidTransition, PermissionDenied
from app.security import users
from app.services import cases as case_svc
from app.services import decisions, voiding
from app.storage import Actor
from app.storage.tables import AuditRow

ITEM = "010170001000-02"
PW = "Window#2026-void"


@pytest.fixture
def people(ctx):
    users.add_user(ctx, Actor("system", "system", "420107-01"), "itadmin", "it_admin", PW, must_change=False)
    admin = Actor("itadmin", "it_admin", "420107-01")
    for name, role in (("clerk01", "clerk"), ("clerk02", "clerk"), ("super01", "supervisor")):
        users.add_user(ctx, admin, name, role, PW, must_change=False)


def test_supervisor_confirms_a_clerks_void(ctx, clerk, people):
    ref = case_svc.create_case(ctx, ITEM, {"what_changes": "unit_name"}, actor=clerk)
    with pytest.raises(InputError):
        voiding.void_draft(ctx, ref.uuid, " ", actor=clerk, supervisor="super01", password=PW)
    with pytest.raises(users.AuthenticationFailed):
        voiding.void_draft(ctx, ref.uuid, "事项选错", actor=clerk, supervisor="super01", password="wrong")
    with pytest.raises(PermissionDenied):
        voiding.void_draft(ctx, ref.uuid, "事项选错", actor=clerk, supervisor="clerk02", password=PW)
    assert case_svc.case_detail(ctx, ref.uuid)["state"] == "draft"
    out = voiding.void_draft(ctx, ref.uuid, "事项选错，应为新证申请", actor=clerk, supervisor="super01", password=PW)
    assert out["state"] == "voided" and out["approved_by"] == "super01"
    detail = case_svc.case_detail(ctx, ref.uuid)
    assert detail["state"] == "voided"
    last = detail["events"][-1]
    assert last["actor"] == "super01" and "事项选错" in last["reason"] and "clerk01" in last["reason"]
    with ctx.store.read() as s:
        req = s.query(AuditRow).filter_by(case_uuid=ref.uuid, action="case.void_request").one()
        assert req.actor == "clerk01" and req.detail["reason"] == "事项选错，应为新证申请"
        assert req.detail["approved_by"] == "super01"
    assert decisions.outcomes(ctx, [ref.uuid])[ref.uuid]["word"] == "已作废"


def test_a_decided_case_is_not_voided_here(ctx, clerk, people):
    ref = case_svc.create_case(ctx, ITEM, {"what_changes": "unit_name"}, actor=clerk)
    decision = {"decision": "accept", "findings": [], "catalog_version": ctx.catalog.version,
                "catalog_hash": ctx.catalog.content_hash}
    case_svc.transition(ctx, ref.uuid, "pre_reviewed", actor=clerk, reason="预审", decision=decision)
    case_svc.transition(ctx, ref.uuid, "accepted", actor=clerk, reason="受理")
    with pytest.raises(InvalidTransition):
        voiding.void_draft(ctx, ref.uuid, "申请人撤回", actor=clerk, supervisor="super01", password=PW)
    assert case_svc.case_detail(ctx, ref.uuid)["state"] == "accepted"
