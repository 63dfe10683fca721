"""Use cases on a real store: pre-review a stored case, take each decision, export/import."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app.cases.interchange import parse_case_document
from app.errors import InputError, InvalidTransition
from app.services import cases as case_svc
from app.services import prereview as svc
from app.storage.tables import OutboxRow
from tests.review.conftest import corpus_case

DAY = dt.date(2026, 11, 20)


def imported(ctx, clerk, name: str) -> str:
    return svc.import_case(ctx, parse_case_document(corpus_case(name)), actor=clerk).uuid


def outbox_rows(ctx, uuid):
    with ctx.store.read() as s:
        return s.execute(select(OutboxRow).where(OutboxRow.case_uuid == uuid)).scalars().all()


def test_prereview_document_takes_a_catalog_or_a_context(ctx):
    doc = parse_case_document(corpus_case("ib-clean"))
    assert svc.prereview_document(ctx, doc).decision == "accept"
    assert svc.prereview_document(ctx.catalog, doc).decision == "accept"


def test_prereview_then_accept_queues_the_case(ctx, clerk):
    uuid = imported(ctx, clerk, "ph_new-clean")
    result = svc.prereview_case(ctx, uuid, actor=clerk, today=DAY)
    assert result["decision"] == "accept" and result["due_date"] == "2026-12-15"
    detail = case_svc.case_detail(ctx, uuid)
    assert detail["state"] == "pre_reviewed" and detail["decision"]["decision"] == "accept"
    record = svc.accept_case(ctx, uuid, actor=clerk)
    assert record["taken"]["decision"] == "accept"
    detail = case_svc.case_detail(ctx, uuid)
    assert detail["state"] == "queued" and detail["due_date"] == "2026-12-15"
    assert [e["to"] for e in detail["events"]][-3:] == ["pre_reviewed", "accepted", "queued"]
    assert len(outbox_rows(ctx, uuid)) == 1


def test_accept_with_tolerance_keeps_the_deadline(ctx, clerk):
    uuid = imported(ctx, clerk, "ph_new-missing-rules-tolerable")
    result = svc.prereview_case(ctx, uuid, actor=clerk, today=DAY)
    assert result["decision"] == "accept_with_tolerance" and result["supplement_deadline"] == "2026-11-27"
    with pytest.raises(InvalidTransition):
        svc.accept_case(ctx, uuid, actor=clerk)  # the result does not allow a plain accept
    record = svc.accept_with_tolerance(ctx, uuid, actor=clerk)
    assert record["taken"]["supplement_deadline"] == "2026-11-27"
    assert case_svc.case_detail(ctx, uuid)["state"] == "queued"


def test_refuse_records_reasons(ctx, clerk):
    uuid = imported(ctx, clerk, "ph_ren-less-than-30-days")
    result = svc.prereview_case(ctx, uuid, actor=clerk, today=DAY)
    assert (result["decision"], result["refuse_kind"]) == ("refuse", "inadmissible")
    with pytest.raises(InvalidTransition):
        svc.accept_with_tolerance(ctx, uuid, actor=clerk)
    record = svc.refuse_case(ctx, uuid, actor=clerk)
    assert any("30" in r for r in record["taken"]["reasons"])
    detail = case_svc.case_detail(ctx, uuid)
    assert detail["state"] == "queued" and "refused" in [e["to"] for e in detail["events"]]


def test_manual_routing_keeps_the_case_for_a_human(ctx, clerk):
    uuid = imported(ctx, clerk, "db-owns-car")
    assert svc.prereview_case(ctx, uuid, actor=clerk, today=dt.date(2026, 10, 16))["decision"] == "manual"
    with pytest.raises(InvalidTransition):
        svc.accept_case(ctx, uuid, actor=clerk)
    svc.route_manual(ctx, uuid, actor=clerk, reason="有车，需入户核查")
    detail = case_svc.case_detail(ctx, uuid)
    assert detail["state"] == "pre_reviewed" and detail["decision"]["manual_routing"]["reason"] == "有车，需入户核查"
    assert outbox_rows(ctx, uuid) == []


def test_decision_needs_a_current_prereview(ctx, clerk):
    uuid = imported(ctx, clerk, "ib-clean")
    with pytest.raises(InvalidTransition):
        svc.accept_case(ctx, uuid, actor=clerk)
    svc.prereview_case(ctx, uuid, actor=clerk, today=DAY)
    case_svc.set_fields(ctx, uuid, {"operator_phone": "13912345679"}, actor=clerk)  # edit → stale
    with pytest.raises(InvalidTransition):
        svc.accept_case(ctx, uuid, actor=clerk)
    assert svc.prereview_case(ctx, uuid, actor=clerk, today=DAY)["decision"] == "accept"


def test_export_import_round_trip(ctx, clerk, tmp_path):
    uuid = imported(ctx, clerk, "ph_chg-clean")
    first = svc.export_case(ctx, uuid)
    out = tmp_path / "case.json"
    svc.write_export(ctx, uuid, out, actor=clerk, unmasked=True)
    again = svc.read_import(ctx, out, actor=clerk)
    second = svc.export_case(ctx, again.uuid)
    for key in ("item_code", "answers", "applicant", "fields", "card_read", "format"):
        assert first[key] == second[key], key
    strip = lambda ms: [{k: v for k, v in m.items() if k != "files"} for m in ms]  # noqa: E731
    assert strip(first["materials"]) == strip(second["materials"])
    assert second["uuid"] != first["uuid"]
    # the stored case reviews the same as the document it came from
    assert svc.prereview_case(ctx, again.uuid, actor=clerk, today=DAY)["decision"] == "accept"


def test_import_refuses_unknown_keys_before_writing(ctx, clerk):
    data = corpus_case("ib-clean")
    data["fields"]["operator_nmae"] = "李娜"
    with pytest.raises(InputError, match="operator_nmae"):
        svc.import_case(ctx, parse_case_document(data), actor=clerk)
    assert case_svc.list_cases(ctx) == []


def test_load_document_errors(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"item_code": "x",', encoding="utf-8")
    with pytest.raises(InputError, match="JSON"):
        svc.load_document(bad)
    with pytest.raises(Exception, match="不存在"):
        svc.load_document(tmp_path / "none.json")


def test_export_with_files_moves_a_case_to_another_workstation(ctx, clerk, tmp_path):
    from app.services.context import open_context

    uuid = imported(ctx, clerk, "ib-clean")
    page = b"\xff\xd8\xff\xe0 fake-but-real-bytes of a scanned lease page \xff\xd9"
    digest = case_svc.add_material_file(ctx, uuid, "M04", page, actor=clerk, doc_kind="other")
    out = tmp_path / "usb" / "case.json"
    out.parent.mkdir()
    svc.write_export(ctx, uuid, out, with_files=True, actor=clerk, unmasked=True)
    assert (out.parent / "case.files" / digest).read_bytes() == page
    other = open_context(tmp_path / "other-workstation")
    try:
        ref = svc.read_import(other, out, actor=clerk)
        assert other.store.attachments.get(digest) == page
        exported = svc.export_case(other, ref.uuid)
        files = next(m for m in exported["materials"] if m["code"] == "M04")["files"]
        assert [f["sha256"] for f in files] == [digest]
        # a page whose bytes do not match their hash is refused, nothing imported
        (out.parent / "case.files" / digest).write_bytes(b"tampered")
        third = open_context(tmp_path / "third")
        try:
            with pytest.raises(InputError, match="sha256"):
                svc.read_import(third, out, actor=clerk)
            assert case_svc.list_cases(third) == []
        finally:
            third.close()
    finally:
        other.close()


def test_allowed_decisions(ctx, clerk):
    uuid = imported(ctx, clerk, "ph_new-missing-rules-tolerable")
    result = svc.prereview_case(ctx, uuid, actor=clerk, today=DAY)
    assert svc.allowed_decisions(result) == ["accept_with_tolerance", "manual"]


def test_manual_result_is_decided_by_a_supervisor(ctx, clerk, supervisor):
    uuid = imported(ctx, clerk, "db-income-above-standard")
    result = svc.prereview_case(ctx, uuid, actor=clerk, today=dt.date(2026, 10, 16))
    assert result["decision"] == "manual"
    assert svc.allowed_decisions(result) == ["refuse", "manual"]
    assert svc.allowed_decisions(result, "supervisor") == ["accept", "refuse", "manual"]
    with pytest.raises(InvalidTransition):
        svc.accept_case(ctx, uuid, actor=clerk)
    record = svc.accept_case(ctx, uuid, actor=supervisor, reason="入户核查后收入符合条件")
    assert record["taken"]["override"] is True and record["taken"]["role"] == "supervisor"
    assert case_svc.case_detail(ctx, uuid)["state"] == "queued"
