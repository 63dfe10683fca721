"""Capture into a case's material, OCR, pre-fill with provenance; chip wins and disagreements are kept."""

from __future__ import annotations

import random

import cv2
import pytest

from app.errors import InputError
from app.services import cases as case_svc
from app.services.prefill import apply_prefill, capture_material, prefill_from_card
from benchmarks.docgen import random_business, random_person
from tests.prefill.conftest import sample

ITEM_NEW = "010170001000-01"  # 公共场所卫生许可（新办）: M02 营业执照, M03 身份证明


def test_licence_photo_into_m02_prefills_unit_fields(ctx, clerk, engine) -> None:
    ref = case_svc.create_case(ctx, ITEM_NEW, {}, actor=clerk)
    truth = random_business(random.Random(8), individual=False)
    s = sample("business_license", 41, truth=truth)
    ok, jpg = cv2.imencode(".jpg", s.image)
    res = capture_material(ctx, ref.uuid, "M02", jpg.tobytes(), actor=clerk)
    assert res.pages == 1 and res.pdf_digest is None and res.quality[0]["ok"] in (True, False)
    assert res.kind == "business_license" and res.page_kinds == ["business_license"]
    doc = case_svc.case_document(ctx, ref.uuid)
    m02 = next(m for m in doc.materials if m.code == "M02")
    assert m02.doc_kind == "business_license" and m02.status == "received"
    assert m02.ocr and m02.ocr["credit_code"]["value"] == truth["credit_code"]  # interchange carries OCR
    fields = doc.field_values()
    assert fields["credit_code"].value == truth["credit_code"]
    assert fields["credit_code"].source == "ocr" and fields["credit_code"].source_ref == "M02"
    assert fields["credit_code"].confidence and fields["credit_code"].box
    assert fields["unit_nature"].value == "企业"  # choice field: 有限责任公司… → 企业
    if "unit_name" in fields and fields["unit_name"].value:
        assert fields["unit_name"].value == truth["name"]
    assert "unit_name" in res.prefilled or "credit_code" in res.prefilled


def test_chip_wins_over_ocr_and_the_disagreement_is_recorded(ctx, clerk, engine) -> None:
    ref = case_svc.create_case(ctx, ITEM_NEW, {}, actor=clerk)
    person = random_person(random.Random(9))
    s = sample("id_card_front", 42, truth=person)
    capture_material(ctx, ref.uuid, "M03", s.image, actor=clerk)
    doc = case_svc.case_document(ctx, ref.uuid)
    assert doc.field_values()["legal_rep_id_number"].value == person["id_number"]
    assert doc.field_values()["legal_rep_id_number"].source == "ocr"
    chip = {k: person[k] for k in ("name", "sex", "nation", "birth_date", "address", "id_number")}
    chip["name"] = "欧阳修远"  # the chip says otherwise: it wins, and the difference is kept
    report = prefill_from_card(ctx, ref.uuid, chip, actor=clerk)
    doc = case_svc.case_document(ctx, ref.uuid)
    f = doc.field_values()
    assert f["legal_rep_name"].value == "欧阳修远" and f["legal_rep_name"].source == "id_card"
    assert f["legal_rep_id_number"].source == "id_card" and f["legal_rep_id_number"].confirmed
    names = [d for d in report.discrepancies if d["source"] == "id_card.name"]
    assert names and names[0]["chip"] == "欧阳修远" and names[0]["material"] == "M03"
    m03 = next(m for m in doc.materials if m.code == "M03")
    assert any(d["field"] == "legal_rep_name" for d in m03.quality["discrepancies"])
    # a second run changes nothing
    assert apply_prefill(ctx, ref.uuid, actor=clerk).filled == []


def test_several_pages_become_one_pdf_plus_page_images(ctx, clerk, engine) -> None:
    ref = case_svc.create_case(ctx, ITEM_NEW, {}, actor=clerk)
    front = sample("id_card_front", 43).image
    back = sample("id_card_back", 44).image
    res = capture_material(ctx, ref.uuid, "M03", [front, back], actor=clerk)
    assert res.pages == 2 and res.pdf_digest
    doc = case_svc.case_document(ctx, ref.uuid)
    m03 = next(m for m in doc.materials if m.code == "M03")
    roles = sorted((f.role, f.media_type) for f in m03.files)
    assert roles == [("document", "application/pdf"), ("page", "image/jpeg"), ("page", "image/jpeg")]
    assert m03.pages == 2
    assert ctx.store.attachments.get(res.pdf_digest)[:5] == b"%PDF-"
    kinds = {p["kind"] for p in m03.quality["ocr_pages"]}
    assert kinds == {"id_card_front", "id_card_back"}


def test_blank_or_unreadable_input_stores_nothing(ctx, clerk) -> None:
    import numpy as np

    ref = case_svc.create_case(ctx, ITEM_NEW, {}, actor=clerk)
    with pytest.raises(InputError):
        capture_material(ctx, ref.uuid, "M02", np.full((600, 800, 3), 255, np.uint8), actor=clerk)
    with pytest.raises(InputError):
        capture_material(ctx, ref.uuid, "M02", b"not an image", actor=clerk)
    doc = case_svc.case_document(ctx, ref.uuid)
    assert all(not m.files for m in doc.materials)


def test_strict_capture_refuses_a_blurred_photo(ctx, clerk) -> None:
    ref = case_svc.create_case(ctx, ITEM_NEW, {}, actor=clerk)
    img = cv2.GaussianBlur(sample("business_license", 45).image, (0, 0), 7)
    with pytest.raises(InputError) as exc:
        capture_material(ctx, ref.uuid, "M02", img, actor=clerk, strict=True, ocr=False)
    assert "模糊" in exc.value.message_zh


def test_both_sides_of_a_card_copied_on_one_sheet_are_both_kept(ctx, clerk, engine) -> None:
    # the usual 身份证复印件 scanned as M03 (a flatbed scan: stored as it is): the front's number
    # pre-fills, and the back's 签发机关 and 有效期限 are kept with it in the material's OCR (the
    # interchange document carries them)
    from tests.prefill.test_id_copies import BACK, both_sides_copy
    from tests.prefill.test_id_front_cases import PERSON

    ref = case_svc.create_case(ctx, ITEM_NEW, {}, actor=clerk)
    ok, jpg = cv2.imencode(".jpg", both_sides_copy(False), [cv2.IMWRITE_JPEG_QUALITY, 90])
    capture_material(ctx, ref.uuid, "M03", jpg.tobytes(), actor=clerk, flatten=False)
    doc = case_svc.case_document(ctx, ref.uuid)
    m03 = next(m for m in doc.materials if m.code == "M03")
    assert {k: m03.ocr[k]["value"] for k in BACK} == BACK
    assert {m03.ocr[k]["kind"] for k in BACK} == {"id_card_back"}
    assert m03.ocr["id_number"]["value"] == PERSON["id_number"] and m03.ocr["id_number"]["kind"] == "id_card_front"
    assert doc.field_values()["legal_rep_id_number"].value == PERSON["id_number"]
