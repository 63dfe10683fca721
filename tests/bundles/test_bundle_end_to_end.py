"""开办餐饮店 end to end through the services and the real platform on 127.0.0.1:
情形 → members → one form → materials once → one pre-review (one 一次性告知书) → accept with one
member 容缺 → one receipt → per-member submissions routed by department → per-member decisions
→ 出件 of all certificates."""

from __future__ import annotations

import datetime as dt

import pytest

from app.errors import InvalidTransition
from app.services import bundles as svc
from app.services.cases import case_detail
from app.storage.tables import AuditRow
from sync.client.http import PlatformClient
from sync.client.runner import RunnerSettings, SyncRunner

REG, FOOD, SIGN, TOBACCO = "010230004000-01", "010230001000-01", "010410001000-01", "010520001000-01"
TODAY = dt.date(2026, 12, 1)  # a Tuesday, inside the packaged calendar

FORM = {
    "operator_name": "张三", "operator_id_number": "420107199001011238", "operator_sex": "男", "operator_nation": "汉",
    "operator_address": "武汉市青山区和平大道88号", "phone": "13800138000", "business_name": "武汉市青山区张三小吃店",
    "premises_address": "武汉市青山区和平大道1001号", "premises_area": "60", "business_scope": "餐饮服务",
    "capital": "10", "staff_count": "3", "health_cert_count": "3", "food_safety_manager": "张三",
    "business_items": "热食类食品制售", "sign_text": "张三小吃店", "sign_width": "4", "sign_height": "1",
    "sign_material": "铝塑板", "sign_lighting": "否",
}


def _pdf_text(pdf: bytes) -> str:
    import subprocess

    text = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode()
    return "".join(text.split())  # table cells wrap: compare without line breaks


def test_open_a_restaurant_end_to_end(ctx, clerk, platform, credential):
    # 情形 → members
    ref = svc.create_bundle_case(ctx, "YJS-KBCYD", {"tobacco": "yes", "signboard": "yes"}, actor=clerk, today=TODAY)
    number = ref.acceptance_number
    assert [m.acceptance_number[-2:] for m in ref.members] == ["01", "02", "03", "04"]
    # one form: each shared value once
    svc.set_bundle_fields(ctx, number, {k: v for k, v in FORM.items() if k != "health_cert_count"}, actor=clerk)
    # materials once (the rules list of the food licence, a 容缺-able one, is not brought today)
    form = svc.bundle_form(ctx, number)
    for line in form["materials"]:
        if line["produced_by"] or line["key"] == f"{FOOD}:M06":
            continue
        svc.add_bundle_material_file(ctx, number, line["key"], f"page of {line['key']}".encode(), actor=clerk)

    # one pre-review: a missing value is told once, naming the member and the bundle field
    first = svc.prereview_bundle(ctx, number, actor=clerk, today=TODAY)
    assert first["decision"] == "refuse"
    missing = [f for f in first["findings"] if f["rule"] == "FLD-REQUIRED"]
    assert [(f["item_code"], f["field"], f["bundle_field"]) for f in missing] == [
        (FOOD, "health_cert_count", "health_cert_count")]
    tolerable = [f for f in first["findings"] if f["severity"] == "容缺"]
    assert [(f["item_code"], f["material"], f["bundle_material"]) for f in tolerable] == [(FOOD, "M06", f"{FOOD}:M06")]
    notice = _pdf_text(svc.render_bundle_document(ctx, number, "一次性告知书", actor=clerk, issued_on=TODAY))
    assert "一次性告知书" in notice and "食品经营许可" in notice and "持有效健康证明人数" in notice
    with pytest.raises(InvalidTransition):
        svc.accept_bundle(ctx, number, actor=clerk)

    # corrected once, reviewed once more: accepted, one member 容缺
    svc.set_bundle_fields(ctx, number, {"health_cert_count": "3"}, actor=clerk)
    second = svc.prereview_bundle(ctx, number, actor=clerk, today=TODAY)
    assert second["decision"] == "accept_with_tolerance"
    taken = svc.accept_bundle(ctx, number, actor=clerk)
    assert taken["decision"] == "accept_with_tolerance"
    assert taken["members"] == {f"{number}-01": "accept", f"{number}-02": "accept_with_tolerance",
                                f"{number}-03": "accept", f"{number}-04": "accept"}
    receipt = _pdf_text(svc.render_bundle_document(ctx, number, "受理回执", actor=clerk, issued_on=TODAY))
    for text in ("受理回执", number, "个体工商户设立登记", "城市管理执法局", "烟草专卖局", "容缺受理", "2026年12月15日"):
        assert text in receipt, text

    # each member reaches the platform as its own case, routed to its own department
    runner = SyncRunner(ctx, PlatformClient(platform.url, credential, timeout=20),
                        settings=RunnerSettings(backoff_base=0.02, backoff_cap=0.2, lease=dt.timedelta(seconds=30)))
    try:
        runner.run(timeout=60)
        p = platform.platform
        departments = {m.acceptance_number: p.case_info(m.acceptance_number)["department"] for m in ref.members}
        assert departments == {f"{number}-01": "市场监督管理局", f"{number}-02": "市场监督管理局",
                               f"{number}-03": "城市管理执法局", f"{number}-04": "烟草专卖局"}
        # decisions come back per member; 出件 waits for all of them
        p.decide(f"{number}-01", "approved", certificate={  # the back office issues the 营业执照 with its code
            "license_no": "420107600123456", "credit_code": "92420107MA4K2XQ17T", "holder": "武汉市青山区张三小吃店",
            "issued_on": TODAY.isoformat(), "valid_from": TODAY.isoformat(), "valid_to": "长期"})
        p.decide(f"{number}-02", "approved")
        runner.run_once()
        states = {m["acceptance_number"][-2:]: m["state"] for m in svc.bundle_form(ctx, number)["members"]}
        assert states["01"] == "approved" and states["02"] == "approved" and states["03"] != "approved"
        with pytest.raises(InvalidTransition, match="尚未办结"):
            svc.deliver_bundle(ctx, number, actor=clerk)
        p.decide(f"{number}-03", "approved")
        p.decide(f"{number}-04", "approved")
        runner.run_once()
    finally:
        runner.stop()
        runner.client.close()
    assert svc.bundle_form(ctx, number)["state"] == "approved"
    certificates = svc.bundle_certificates(ctx, number, actor=clerk)
    food = next(m for m in ref.members if m.acceptance_number.endswith("-02"))
    assert case_detail(ctx, food.uuid)["fields"]["credit_code"]["value"] == "92420107MA4K2XQ17T"
    assert case_detail(ctx, food.uuid)["fields"]["credit_code"]["source"] == "platform"
    assert [c.name for c in certificates] == ["营业执照", "食品经营许可证", "户外招牌设施设置许可决定书", "烟草专卖零售许可证"]
    assert all(c.pdf.startswith(b"%PDF") for c in certificates)
    done = svc.deliver_bundle(ctx, number, actor=clerk)
    assert done["delivered"] == [m.acceptance_number for m in ref.members] and not done["outstanding"]
    assert {case_detail(ctx, m.uuid)["state"] for m in ref.members} == {"delivered"}
    with ctx.store.read() as s:
        actions = [a for (a,) in s.query(AuditRow.action).filter(AuditRow.target == number).all()]
    assert actions.count("bundle.prereview") == 2 and "bundle.decide" in actions and "bundle.delivery" in actions


def test_partial_pick_up_is_allowed_and_audited(ctx, clerk, platform, credential):
    ref = svc.create_bundle_case(ctx, "YJS-KBCYD", {"has_license": "yes", "signboard": "yes"}, actor=clerk, today=TODAY)
    number = ref.acceptance_number
    svc.set_bundle_fields(ctx, number, {**{k: v for k, v in FORM.items() if k not in (
        "operator_sex", "operator_nation", "operator_address", "business_scope", "capital")},
        "credit_code": "92420107MA4K2XQ17T"}, actor=clerk)
    for line in svc.bundle_form(ctx, number)["materials"]:
        svc.add_bundle_material_file(ctx, number, line["key"], f"page of {line['key']}".encode(), actor=clerk)
    result = svc.prereview_bundle(ctx, number, actor=clerk, today=TODAY)
    assert result["decision"] in ("accept", "accept_with_tolerance"), result["findings"]
    svc.accept_bundle(ctx, number, actor=clerk)
    runner = SyncRunner(ctx, PlatformClient(platform.url, credential, timeout=20),
                        settings=RunnerSettings(backoff_base=0.02, backoff_cap=0.2, lease=dt.timedelta(seconds=30)))
    try:
        runner.run(timeout=60)
        platform.platform.decide(f"{number}-01", "approved")
        runner.run_once()
    finally:
        runner.stop()
        runner.client.close()
    done = svc.deliver_bundle(ctx, number, actor=clerk, partial=True)
    assert done["delivered"] == [f"{number}-01"] and done["outstanding"] == [f"{number}-02"]
    with ctx.store.read() as s:
        assert s.query(AuditRow).filter(AuditRow.action == "bundle.partial_delivery").count() == 1
