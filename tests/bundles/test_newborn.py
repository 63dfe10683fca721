"""新生儿出生: a person's 一件事 — the parents' ID cards once for five items, the child's ID number
from the 出生登记 result to the 医保 and 社保卡 members."""

from __future__ import annotations

import datetime as dt

from app.services import bundles as svc
from app.services.cases import case_detail

TODAY = dt.date(2026, 12, 1)
BR, MI, SSC = "070010001000-01", "110480002000-01", "110360003000-01"


def test_newborn_members_form_and_review(ctx, clerk):
    ref = svc.create_bundle_case(ctx, "YJS-XSECS", {"has_birth_cert": "no"}, actor=clerk, today=TODAY)
    form = svc.bundle_form(ctx, ref.acceptance_number)
    assert [m["item_name"] for m in form["members"]] == [
        "出生医学证明签发（首次签发）", "预防接种证办理", "出生登记", "城乡居民基本医疗保险参保登记（新生儿）",
        "社会保障卡申领（首次申领）"]
    assert len({m["department"] for m in form["members"]}) == 4
    svc.set_bundle_fields(ctx, ref.acceptance_number, {
        "child_name": "李小宝", "child_sex": "女", "child_birth_date": "2026-11-20", "child_nation": "汉",
        "birth_place": "武汉市青山区妇幼保健院", "mother_name": "王芳", "mother_id_number": "420107199203150025",
        "father_name": "李强", "father_id_number": "420107199001011238", "guardian_name": "王芳",
        "guardian_id_number": "420107199203150025", "phone": "13800138000", "household_head": "王芳",
        "household_address": "武汉市青山区和平大道1001号", "residence_address": "武汉市青山区和平大道1001号"}, actor=clerk)
    lines = {m["key"]: m for m in svc.bundle_form(ctx, ref.acceptance_number)["materials"]}
    assert len(lines["parents_id"]["members"]) == 5  # one set of ID cards for five items
    assert lines["birth_certificate"]["produced_by"] == "110170002000-01"
    for key, line in lines.items():
        if not line["produced_by"]:
            svc.add_bundle_material_file(ctx, ref.acceptance_number, key, key.encode(), actor=clerk)
    review = svc.prereview_bundle(ctx, ref.acceptance_number, actor=clerk, today=TODAY)
    assert review["decision"] in ("accept", "accept_with_tolerance"), [
        (f["item_name"], f["rule"], f["message"]) for f in review["findings"] if f["severity"] == "block"]
    # the ID number the 出生登记 will assign is not asked of the parents now
    assert not [f for f in review["findings"] if f.get("field") in ("insured_id_number", "holder_id_number")]
    mi = next(m for m in ref.members if case_detail(ctx, m.uuid)["item_code"] == MI)
    assert case_detail(ctx, mi.uuid)["fields"]["insured_name"]["value"] == "李小宝"
