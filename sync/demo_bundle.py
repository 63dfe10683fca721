"""The demo's 开办餐饮店 run: one 一件事 from 情形 to 出件 against a local reference platform.

A step of `sync.demo` (it needs the platform, so it lives in `sync/`): 情形 → members, one form,
materials captured once, one pre-review, one acceptance (one member 容缺), one 受理回执,
per-member submissions routed to each department, per-member decisions, 出件 of every
certificate, and the counts of what the bundle saved.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sync.demo import DemoState

FORM = {
    "operator_name": "张三", "operator_id_number": "420107199001011238", "operator_sex": "男", "operator_nation": "汉",
    "operator_address": "武汉市青山区和平大道88号", "phone": "13800138000", "business_name": "武汉市青山区张三小吃店",
    "premises_address": "武汉市青山区和平大道1001号", "premises_area": "60", "business_scope": "餐饮服务",
    "capital": "10", "staff_count": "3", "health_cert_count": "3", "food_safety_manager": "张三",
    "business_items": "热食类食品制售", "sign_text": "张三小吃店", "sign_width": "4", "sign_height": "1",
    "sign_material": "铝塑板", "sign_lighting": "否",
}
ANSWERS = {"tobacco": "yes", "signboard": "yes"}


def step_bundle(state: DemoState) -> None:
    import datetime as dt

    from app.catalog.bundles import count_savings
    from app.services import bundles as svc
    from sync.client.http import PlatformClient
    from sync.client.runner import RunnerSettings, SyncRunner
    from sync.platform.server import PlatformServer
    from sync.platform.service import PlatformSettings

    ctx, actor = state.ctx, state.actor
    ref = svc.create_bundle_case(ctx, "YJS-KBCYD", ANSWERS, actor=actor)
    number = ref.acceptance_number
    form = svc.bundle_form(ctx, number)
    state.say(f"一件事“开办餐饮店” {number}：{len(ref.members)} 个事项（"
              + "、".join(f"{m['acceptance_number'][-2:]} {m['item_name']}" for m in form["members"]) + "）；不涉及："
              + "、".join(m["item_name"] for m in form["not_applicable"]))
    svc.set_bundle_fields(ctx, number, FORM, actor=actor)
    for line in form["materials"]:
        if line["produced_by"] or line["key"] == "010230001000-01:M06":  # the 容缺 one follows later
            continue
        svc.add_bundle_material_file(ctx, number, line["key"], f"demo page {line['key']}".encode(), actor=actor)
    review = svc.prereview_bundle(ctx, number, actor=actor)
    taken = svc.accept_bundle(ctx, number, actor=actor)
    folder = state.out / "documents"
    folder.mkdir(parents=True, exist_ok=True)
    receipt = folder / f"受理回执-{number}.pdf"
    receipt.write_bytes(svc.render_bundle_document(ctx, number, "受理回执", actor=actor))
    state.outputs["一件事受理回执"] = str(receipt)
    state.say(f"一件事预审：{review['decision_label']}，{len(review['findings'])} 条意见；综合受理："
              + "、".join(f"{n[-2:]} {d}" for n, d in taken["members"].items()) + f"；受理回执 {receipt}")
    ws = ctx.workstation
    server = PlatformServer(PlatformSettings(data_dir=state.out / "platform-bundle")).start()
    runner = None
    try:
        assert server.platform is not None
        credential = server.platform.register_workstation(f"{ws.center_code}-{ws.window_no}", ws.center_code)
        runner = SyncRunner(ctx, PlatformClient(server.url, credential), settings=RunnerSettings(pull_master=False))
        runner.run(until_empty=True, timeout=60)
        p = server.platform
        state.say("上报：" + "、".join(f"{m.acceptance_number[-2:]}→{p.case_info(m.acceptance_number)['department']}"
                                     for m in ref.members))
        today = dt.date.today().isoformat()
        p.decide(f"{number}-01", "approved", certificate={
            "license_no": "420107600123456", "credit_code": "92420107MA4K2XQ17T", "holder": FORM["business_name"],
            "issued_on": today, "valid_from": today, "valid_to": "长期"})
        for m in ref.members[1:]:
            p.decide(m.acceptance_number, "approved")
        runner.run_once()
    finally:
        if runner is not None:
            runner.client.close()
        server.close()
    certs = svc.bundle_certificates(ctx, number, actor=actor)
    for c in certs:
        state.outputs[f"{c.name}（{c.acceptance_number}）"] = str(c.write(folder / c.filename))
    done = svc.deliver_bundle(ctx, number, actor=actor)
    state.say(f"综合出件：{len(done['delivered'])} 个事项的证照一并出件（" + "、".join(f"《{c.name}》" for c in certs) + "）")
    cat = ctx.catalog
    c = count_savings(cat.bundle("YJS-KBCYD"), cat.items, ANSWERS)
    state.say(f"一表申请：字段逐项填写 {c['fields_item_by_item']} 项 → 一次填写 {c['fields_once']} 项；"
              f"材料逐项提交 {c['materials_item_by_item']} 份 → 一次提交 {c['materials_once']} 份")
