"""Pages the clerk corrects: a wrong page deleted (its kind and OCR no longer drive pre-review),
replaced, moved to the material it belongs to, reordered; capture files a page by its kind."""

from __future__ import annotations

import numpy as np
import pytest

from app.errors import InvalidTransition
from app.services import cases as case_svc
from app.services import pages
from app.services import prereview as review_svc
from tests.prefill.conftest import sample

ITEM = "010170001000-02"


def _case(ctx, clerk):
    return case_svc.create_case(ctx, ITEM, {"what_changes": ["unit_name"]}, actor=clerk)


def _material(ctx, uuid, code):
    return next(m for m in case_svc.case_form(ctx, uuid)["materials"] if m["code"] == code)


def _audit(ctx, action):
    from sqlalchemy import select

    from app.storage.tables import AuditRow

    with ctx.store.read() as s:
        return [r.detail for r in s.execute(select(AuditRow).where(AuditRow.action == action)).scalars()]


def test_a_licence_captured_into_the_id_slot_is_filed_into_the_licence_slot(ctx, clerk, engine):
    from app.services.prefill import capture_material

    ref = _case(ctx, clerk)
    lic = sample("business_license", 3)
    res = capture_material(ctx, ref.uuid, "M03", lic.image, actor=clerk)
    assert res.kind == "business_license"
    filing = pages.file_captured_pages(ctx, ref.uuid, "M03", res.digests, actor=clerk)
    assert [m["to"] for m in filing.moved] == ["M02"] and not filing.ask
    m02, m03 = _material(ctx, ref.uuid, "M02"), _material(ctx, ref.uuid, "M03")
    assert (m02["status"], m02["pages"], m02["doc_kind"]) == ("received", 1, "business_license")
    assert (m03["status"], m03["pages"], m03["doc_kind"]) == ("pending", 0, None)
    assert m02["quality"]["ocr"] and not (m03["quality"] or {}).get("ocr")
    assert _audit(ctx, "case.page_move")[0]["to"] == "M02"
    fields = {f["key"]: f for f in case_svc.case_form(ctx, ref.uuid)["fields"]}
    assert fields["credit_code"]["source_ref"] == "M02"


def test_a_wrong_page_is_deleted_and_no_longer_drives_prereview(ctx, clerk, engine):
    from app.services.prefill import capture_material

    ref = _case(ctx, clerk)
    res = capture_material(ctx, ref.uuid, "M04", sample("id_card_front", 4).image, actor=clerk)
    assert _material(ctx, ref.uuid, "M04")["doc_kind"] == "id_card_front"
    before = review_svc.prereview_case(ctx, ref.uuid, actor=clerk)
    # the ID card in the old health licence's slot: the engine names the wrong document, not a missing one
    wrong = [f["rule"] for f in before["findings"] if f.get("material") == "M04"]
    assert wrong and "MAT-MISSING" not in wrong, before["findings"]
    pages.delete_page(ctx, ref.uuid, "M04", 1, actor=clerk, reason="拍错")
    m04 = _material(ctx, ref.uuid, "M04")
    assert (m04["status"], m04["pages"], m04["doc_kind"], m04["files"]) == ("pending", 0, None, [])
    form = case_svc.case_form(ctx, ref.uuid)
    assert form["state"] == "draft"  # the earlier pre-review is stale
    assert not any(f["source"] == "ocr" and f["source_ref"] == "M04" and f["value"] for f in form["fields"])
    doc = case_svc.case_document(ctx, ref.uuid)  # what pre-review reads
    m04 = next(m for m in doc.materials if m.code == "M04")
    assert (m04.status, m04.doc_kind, m04.ocr, m04.files) == ("pending", None, None, [])
    after = review_svc.prereview_case(ctx, ref.uuid, actor=clerk)
    assert [f["rule"] for f in after["findings"] if f.get("material") == "M04"] == ["MAT-MISSING"]
    assert _audit(ctx, "case.page_delete")[0]["sha256"] == res.digests[0]


def test_replace_and_reorder_keep_page_numbers_and_ocr_together(ctx, clerk, engine):
    from app.services.prefill import capture_material

    ref = _case(ctx, clerk)
    capture_material(ctx, ref.uuid, "M03", [sample("id_card_front", 5).image, sample("id_card_back", 5).image],
                     actor=clerk)
    kinds = [p["kind"] for p in pages.list_pages(ctx, ref.uuid, "M03")]
    assert kinds == ["id_card_front", "id_card_back"]
    pages.reorder_pages(ctx, ref.uuid, "M03", [2, 1], actor=clerk)
    assert [p["kind"] for p in pages.list_pages(ctx, ref.uuid, "M03")] == ["id_card_back", "id_card_front"]
    assert pages.move_page_by(ctx, ref.uuid, "M03", 2, -1, actor=clerk) == 1
    assert [p["kind"] for p in pages.list_pages(ctx, ref.uuid, "M03")] == kinds
    old = pages.list_pages(ctx, ref.uuid, "M03")[0]["sha256"]
    pages.replace_page(ctx, ref.uuid, "M03", 1, sample("id_card_front", 6).image, actor=clerk)
    now = pages.list_pages(ctx, ref.uuid, "M03")
    assert [p["kind"] for p in now] == kinds and now[0]["sha256"] != old
    assert _material(ctx, ref.uuid, "M03")["pages"] == 2
    assert _audit(ctx, "case.page_replace")


def test_pages_of_a_decided_case_cannot_change(ctx, clerk, engine):
    from app.services.prefill import capture_material

    ref = _case(ctx, clerk)
    capture_material(ctx, ref.uuid, "M03", sample("id_card_front", 7).image, actor=clerk, ocr=False)
    for target in ("pre_reviewed", "accepted"):
        case_svc.transition(ctx, ref.uuid, target, actor=clerk)
    with pytest.raises(InvalidTransition):
        pages.delete_page(ctx, ref.uuid, "M03", 1, actor=clerk)


def test_accepts():
    assert pages.accepts([], "other") and not pages.accepts([], "business_license")
    assert pages.accepts(["id_card_front", "id_card_back"], "id_card_back")
    assert not pages.accepts(["business_license"], "other")


def test_change_content_is_read_from_the_old_and_the_new_licence(ctx, clerk, engine):
    from app.services import derived
    from app.services.prefill import capture_material
    from app.training import samples

    ref = _case(ctx, clerk)
    capture_material(ctx, ref.uuid, "M02", samples.photo("business_license"), actor=clerk)
    assert derived.derive_fields(ctx, ref.uuid, actor=clerk) == []  # the old licence is not there yet
    capture_material(ctx, ref.uuid, "M04", samples.photo("public_health_license"), actor=clerk)
    assert derived.derive_fields(ctx, ref.uuid, actor=clerk) == ["change_content"]
    f = next(f for f in case_svc.case_form(ctx, ref.uuid)["fields"] if f["key"] == "change_content")
    assert f["value"] == f"单位名称由“{samples.OLD_NAME}”变更为“{samples.NEW_NAME}”", f["value"]
    assert (f["source"], f["confirmed"]) == ("ocr", False)  # the clerk confirms it with Enter
    assert derived.derive_fields(ctx, ref.uuid, actor=clerk) == []  # never overwrites


def test_an_unreadable_replacement_leaves_the_old_page(ctx, clerk, engine):
    """Replacing deletes the old page only once the new input was read and checked: a corrupt
    file or a blank sheet is refused with the old page (and its OCR) still in place."""
    from app.errors import ZongchuangError
    from app.services.prefill import capture_material

    ref = _case(ctx, clerk)
    capture_material(ctx, ref.uuid, "M03", sample("id_card_front", 8).image, actor=clerk)
    before = pages.list_pages(ctx, ref.uuid, "M03")
    blank = np.full((900, 1400, 3), 255, np.uint8)
    for bad in (b"\xff\xd8 not a jpeg", blank):
        with pytest.raises(ZongchuangError):
            pages.replace_page(ctx, ref.uuid, "M03", 1, bad, actor=clerk)
        assert pages.list_pages(ctx, ref.uuid, "M03") == before
    assert not _audit(ctx, "case.page_delete")
