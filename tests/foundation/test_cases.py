"""Cases through the services: creation, numbering, provenance, lifecycle guards, audit, outbox."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app.cases.lifecycle import TRANSITIONS, CaseState, check_transition
from app.errors import InputError, InvalidTransition, NotFoundError, PermissionDenied
from app.services import cases as svc
from app.storage.tables import AuditRow, OutboxRow

ITEM = "010170001000-02"


def test_create_allocates_numbers_and_materials(ctx, clerk):
    a = svc.create_case(ctx, ITEM, {"what_changes": "unit_name"}, actor=clerk, today=dt.date(2026, 11, 23))
    b = svc.create_case(ctx, ITEM, {"what_changes": "legal_rep"}, actor=clerk, today=dt.date(2026, 11, 23))
    c = svc.create_case(ctx, ITEM, {"what_changes": "legal_rep"}, actor=clerk, today=dt.date(2026, 11, 24))
    assert a.acceptance_number == "420107-01-20261123-0001"
    assert b.acceptance_number == "420107-01-20261123-0002"
    assert c.acceptance_number == "420107-01-20261124-0001"
    doc = svc.case_document(ctx, a.uuid)
    assert doc.state == "draft"
    assert doc.catalog["version"] == ctx.catalog.version and doc.catalog["hash"] == ctx.catalog.content_hash
    assert [m.code for m in doc.materials] == ["M01", "M02", "M03", "M04", "M05"]
    assert doc.answers == {"what_changes": ["unit_name"], "agent": ["no"]}


def test_find_by_number_and_prefix(ctx, clerk):
    ref = svc.create_case(ctx, ITEM, {"what_changes": "unit_name"}, actor=clerk)
    assert svc.case_document(ctx, ref.acceptance_number).uuid == ref.uuid
    assert svc.case_document(ctx, ref.uuid[:8]).uuid == ref.uuid
    with pytest.raises(NotFoundError):
        svc.case_document(ctx, "420107-01-19990101-0001")


def test_redirect_is_refused_with_target(ctx, clerk):
    with pytest.raises(svc.RedirectRequired) as e:
        svc.create_case(ctx, ITEM, {"what_changes": "premises_or_items"}, actor=clerk)
    assert e.value.target == "010170001000-01"


def test_fields_keep_provenance(ctx, clerk):
    ref = svc.create_case(ctx, ITEM, {"what_changes": "unit_name"}, actor=clerk)
    svc.set_fields(ctx, ref.uuid, {
        "unit_name": svc.FieldInput("青山区悦来宾馆", "ocr", "M02", 0.93, [1, 2, 3, 4]),
        "legal_rep_name": svc.FieldInput("张三", "id_card"),
        "staff_count": "12",
    }, actor=clerk)
    fields = svc.case_document(ctx, ref.uuid).fields
    assert fields["unit_name"].source == "ocr" and fields["unit_name"].source_ref == "M02"
    assert fields["unit_name"].confidence == pytest.approx(0.93) and not fields["unit_name"].confirmed
    assert fields["legal_rep_name"].confirmed
    assert fields["staff_count"].source == "clerk" and fields["staff_count"].value == "12"
    with pytest.raises(InputError, match="no_such"):
        svc.set_fields(ctx, ref.uuid, {"no_such": "x"}, actor=clerk)


def test_answers_change_the_checklist_but_keep_received_material(ctx, clerk):
    ref = svc.create_case(ctx, ITEM, {"what_changes": "unit_name"}, actor=clerk)
    svc.add_material_file(ctx, ref.uuid, "M05", b"\xff\xd8fake-jpeg-bytes", actor=clerk)
    svc.set_answers(ctx, ref.uuid, {"what_changes": "legal_rep"}, actor=clerk)
    doc = svc.case_document(ctx, ref.uuid)
    codes = {m.code: m for m in doc.materials}
    assert "M06" in codes and codes["M05"].status == "received" and codes["M05"].pages == 1
    assert ctx.store.attachments.get(codes["M05"].files[0].sha256) == b"\xff\xd8fake-jpeg-bytes"


def test_lifecycle_happy_path_writes_audit_and_outbox_together(ctx, clerk):
    ref = svc.create_case(ctx, ITEM, {"what_changes": "unit_name"}, actor=clerk)
    for state in ("pre_reviewed", "accepted", "queued"):
        svc.transition(ctx, ref.uuid, state, actor=clerk)
    with ctx.store.read() as s:
        outbox = s.execute(select(OutboxRow)).scalars().all()
        audit = s.execute(select(AuditRow).where(AuditRow.case_uuid == ref.uuid)).scalars().all()
    assert [o.idempotency_key for o in outbox] == [f"case:{ref.uuid}:submission:1"]
    assert [a.detail.get("to") for a in audit if a.action == "case.transition"] == ["pre_reviewed", "accepted", "queued"]
    assert all(a.actor == "clerk01" for a in audit)
    detail = svc.case_detail(ctx, ref.uuid)
    assert [e["to"] for e in detail["events"]] == ["draft", "pre_reviewed", "accepted", "queued"]


def test_guarded_transitions(ctx, clerk, supervisor):
    ref = svc.create_case(ctx, ITEM, {"what_changes": "unit_name"}, actor=clerk)
    with pytest.raises(InvalidTransition):
        svc.transition(ctx, ref.uuid, "accepted", actor=clerk)  # must be pre-reviewed first
    with pytest.raises(PermissionDenied):
        svc.transition(ctx, ref.uuid, "voided", actor=clerk)
    svc.transition(ctx, ref.uuid, "voided", actor=supervisor, reason="申请人撤回")
    with pytest.raises(InvalidTransition):
        svc.set_fields(ctx, ref.uuid, {"unit_name": "x"}, actor=clerk)
    assert svc.case_document(ctx, ref.uuid).state == "voided"


def test_edit_after_prereview_returns_to_draft(ctx, clerk):
    ref = svc.create_case(ctx, ITEM, {"what_changes": "unit_name"}, actor=clerk)
    svc.transition(ctx, ref.uuid, "pre_reviewed", actor=clerk, decision={"decision": "accept", "findings": []})
    svc.set_fields(ctx, ref.uuid, {"unit_name": "新名称"}, actor=clerk)
    doc = svc.case_document(ctx, ref.uuid)
    assert doc.state == "draft" and doc.decision is None


def test_failed_use_case_writes_nothing(ctx, clerk):
    ref = svc.create_case(ctx, ITEM, {"what_changes": "unit_name"}, actor=clerk)
    with pytest.raises(InputError):
        svc.set_fields(ctx, ref.uuid, {"unit_name": "好", "bogus": "x"}, actor=clerk)
    assert "unit_name" not in svc.case_document(ctx, ref.uuid).fields
    with ctx.store.read() as s:
        assert not s.execute(select(AuditRow).where(AuditRow.action == "case.fields")).scalars().all()


def test_every_state_is_reachable_and_final_states_are_final():
    reachable = {CaseState.DRAFT}
    frontier = [CaseState.DRAFT]
    while frontier:
        for nxt in TRANSITIONS[frontier.pop()]:
            if nxt not in reachable:
                reachable.add(nxt)
                frontier.append(nxt)
    assert reachable == set(CaseState)
    for final in (CaseState.DELIVERED, CaseState.VOIDED, CaseState.REJECTED):
        for target in CaseState:
            with pytest.raises((InvalidTransition, PermissionDenied)):
                check_transition(final, target, "supervisor")


def test_list_and_search(ctx, clerk):
    a = svc.create_case(ctx, ITEM, {"what_changes": "unit_name"}, actor=clerk,
                        applicant={"kind": "organisation", "name": "悦来宾馆", "credit_code": "91110000600037341L"})
    svc.create_case(ctx, "110420005000-01", {"ground": "retire"}, actor=clerk, applicant={"name": "李四"})
    assert len(svc.list_cases(ctx)) == 2
    assert [c.uuid for c in svc.list_cases(ctx, query="悦来")] == [a.uuid]
    assert [c.uuid for c in svc.list_cases(ctx, query="600037341")] == [a.uuid]
    assert len(svc.list_cases(ctx, state="draft")) == 2


def test_audit_rows_cannot_be_changed(ctx, clerk):
    from app.errors import StorageError

    svc.create_case(ctx, ITEM, {"what_changes": "unit_name"}, actor=clerk)
    with pytest.raises(StorageError), ctx.store.unit_of_work(clerk) as uow:
        row = uow.session.execute(select(AuditRow)).scalars().first()
        row.action = "tampered"
