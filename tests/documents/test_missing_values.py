"""A document whose required value is missing is refused with the field named — never printed
with a hole — in the renderer, the service and the CLI (non-zero exit, no file written)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from app.cli.main import main
from app.documents import (
    DocumentNotApplicable,
    MissingDocumentValue,
    RenderOptions,
    render_pdf,
    resolve_document,
)
from app.errors import ZongchuangError
from app.services import printing
from app.storage.tables import AuditRow
from tests.conftest import cli_login
from tests.documents.conftest import fixed_data, make_case

OPTS = RenderOptions(issued_on=dt.date(2026, 11, 22))


@pytest.mark.parametrize(("doc", "change", "field"), [
    ("receipt", {"due_date": None, "decision": {"decision": "accept", "findings": []}}, "due_date"),
    ("receipt", {"applicant": {"kind": "organisation", "name": "悦来宾馆"}}, "applicant.credit_code"),
    ("receipt", {"applicant": {"kind": "person", "name": "张三"}}, "applicant.id_number"),
    ("receipt", {"clerk": ""}, "clerk"),
    ("receipt", {"accepted_on": None}, "accepted_on"),
    ("material-receipt", {"materials": []}, "materials"),
    ("notice", {"decision": {"decision": "accept", "findings": []}}, "decision.findings"),
    ("tolerance-notice", {"decision": {"decision": "accept_with_tolerance", "findings": []}},
     "decision.supplement_deadline"),
    ("tolerance-pledge", {"applicant": {"kind": "organisation", "name": ""}}, "applicant.name"),
    ("refusal", {"state": "refused", "decision": {"decision": "refuse", "findings": []}}, "refusal_reasons"),
    ("health-license", {"state": "approved", "result": {"issued_on": "2026-12-10"}}, "result.license_no"),
    ("health-license", {"state": "approved", "fields": {"unit_name": "悦来宾馆", "legal_rep_name": "张三",
                                                       "original_valid_to": "2028-05-31"}},
     "fields.premises_address"),
])
def test_missing_value_is_refused_with_the_field_named(doc, change, field):
    data = fixed_data(**change)
    with pytest.raises(MissingDocumentValue) as err:
        render_pdf(resolve_document(doc, data.item), data, OPTS)
    assert err.value.field == field
    assert field in err.value.message_zh and field in err.value.message_en
    assert "未打印" in err.value.message_zh


def test_a_finding_without_text_is_refused():
    data = fixed_data(decision={"decision": "refuse", "findings": [{"rule": "R1", "severity": "block", "message": ""}]})
    with pytest.raises(MissingDocumentValue) as err:
        render_pdf(resolve_document("notice"), data, OPTS)
    assert err.value.field == "decision.findings[0].message"


def test_receipt_for_a_case_not_accepted_is_refused():
    with pytest.raises(DocumentNotApplicable):
        render_pdf(resolve_document("receipt"), fixed_data(state="pre_reviewed"), OPTS)
    with pytest.raises(DocumentNotApplicable):
        render_pdf(resolve_document("certificate", fixed_data().item), fixed_data(state="accepted"), OPTS)


def test_unknown_document_name_lists_the_known_ones():
    with pytest.raises(ZongchuangError) as err:
        resolve_document("收据")
    assert "受理回执" in err.value.message_zh and "print --list" in err.value.hint_en


def test_service_refusal_writes_nothing(ctx, clerk):
    ref = make_case(ctx, clerk, decision={"decision": "accept", "findings": [], "catalog_version": ctx.catalog.version,
                                          "catalog_hash": ctx.catalog.content_hash}, state="accepted", due=None)
    with ctx.store.read() as s:
        audits_before = s.query(AuditRow).count()
    with pytest.raises(MissingDocumentValue) as err:
        printing.render_document(ctx, ref.uuid, "受理回执", actor=clerk)
    assert err.value.field == "due_date"
    with ctx.store.read() as s:
        assert s.query(AuditRow).count() == audits_before
    detail = printing.list_documents(ctx, ref.uuid)
    receipt = next(d for d in detail if d.name == "受理回执")
    assert receipt.available is False and "承诺办结日期" in receipt.reason_zh


def test_cli_refusal_exit_code_and_no_file(ctx, clerk, data_dir, tmp_path, capsys):
    ref = make_case(ctx, clerk, decision={"decision": "accept", "findings": [], "catalog_version": ctx.catalog.version,
                                          "catalog_hash": ctx.catalog.content_hash}, state="accepted", due=None)
    out = tmp_path / "receipt.pdf"
    cli_login(ctx)
    code = main(["--data-dir", str(data_dir), "print", "receipt", "--case", ref.acceptance_number, "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 2 and not out.exists()
    assert "承诺办结日期" in err and "due_date" in err and "nothing was printed" in err


def test_fixed_data_is_complete():
    """Guard for the parametrised cases above: the unchanged data renders every document."""
    data = fixed_data()
    for doc in ("receipt", "material-receipt", "notice", "tolerance-notice", "tolerance-pledge"):
        assert render_pdf(resolve_document(doc), data, OPTS)[:5] == b"%PDF-"
    assert render_pdf(resolve_document("certificate", data.item), dataclasses.replace(data, state="approved"), OPTS)
