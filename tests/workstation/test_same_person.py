"""The 卫生负责人 who is the 法定代表人 (same ID number) gets the phone already on the form, as
an unconfirmed value of source `form`; another person's phone is never copied."""

from __future__ import annotations

from app.services import cases as case_svc
from app.services import derived

ITEM = "010170001000-02"
ID_A, ID_B = "11010519491231002X", "420107200104210013"


def _fields(ctx, uuid):
    return {f["key"]: f for f in case_svc.case_form(ctx, uuid)["fields"]}


def test_same_person_gets_the_phone_other_person_does_not(ctx, clerk):
    ref = case_svc.create_case(ctx, ITEM, {"what_changes": ["unit_name"]}, actor=clerk)
    case_svc.set_fields(ctx, ref.uuid, {"legal_rep_id_number": ID_A, "manager_id_number": ID_B,
                                        "legal_rep_phone": "13871234567"}, actor=clerk)
    assert derived.derive_fields(ctx, ref.uuid, actor=clerk) == []
    assert not _fields(ctx, ref.uuid)["manager_phone"]["value"]
    case_svc.set_fields(ctx, ref.uuid, {"manager_id_number": ID_A.lower()}, actor=clerk)
    assert derived.derive_fields(ctx, ref.uuid, actor=clerk) == ["manager_phone"]
    phone = _fields(ctx, ref.uuid)["manager_phone"]
    assert phone["value"] == "13871234567" and phone["source"] == "form" and not phone["confirmed"]
    # a phone the applicant gave for the manager is never overwritten
    case_svc.set_fields(ctx, ref.uuid, {"manager_phone": "13907151234"}, actor=clerk)
    assert derived.derive_fields(ctx, ref.uuid, actor=clerk) == []
    assert _fields(ctx, ref.uuid)["manager_phone"]["value"] == "13907151234"


def test_unchanged_premises_figures_are_optional_only_in_a_change(ctx):
    change = {f.key: f for f in ctx.catalog.get(ITEM).fields}
    new = {f.key: f for f in ctx.catalog.get("010170001000-01").fields}
    for key in ("staff_count", "examined_count", "building_area", "business_area", "central_ac"):
        assert not change[key].required and new[key].required
    assert change["license_items"].required and change["legal_rep_phone"].required
