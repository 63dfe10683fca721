"""The scripted demo (`zongchuang demo --out DIR`): a whole acceptance with simulated devices.

It runs in its own data folder under DIR, never the clerk's real store, and grows with every
capability: each step is a function that takes the demo state and reports what it did.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.services import cases as case_svc
from app.services.context import ServiceContext, open_context
from app.storage import Actor
from sync.demo_bundle import step_bundle  # 开办餐饮店 一件事

DEMO_ITEM = "010170001000-02"  # 公共场所卫生许可（变更）


@dataclass
class DemoState:
    ctx: ServiceContext
    out: Path
    actor: Actor
    case: case_svc.CaseRef | None = None
    outputs: dict[str, str] = field(default_factory=dict)
    log: list[str] = field(default_factory=list)

    def say(self, text: str) -> None:
        self.log.append(text)


DemoStep = Callable[[DemoState], None]


def step_create(state: DemoState) -> None:
    state.case = case_svc.create_case(state.ctx, DEMO_ITEM, {"what_changes": "unit_name"}, actor=state.actor)
    item = state.ctx.catalog.get(DEMO_ITEM)
    state.say(f"新建办件 {state.case.acceptance_number}：{item.name}（目录 {state.ctx.catalog.version} / "
              f"{state.ctx.catalog.short_hash}）")


def step_read_card(state: DemoState) -> None:
    """身份证读卡 on the simulator reader (training/demo backend), checked and kept on the case."""
    from app.services import idcard

    assert state.case
    result = idcard.read_card("simulator", {"card": "resident"}, wait=2)
    idcard.record_on_case(state.ctx, state.case.uuid, result, actor=state.actor)
    checks = result.checks
    state.say(f"身份证读卡（模拟读卡器）：{result.card.card_type.label_zh}，校验位{'通过' if checks['checksum'] else '未通过'}，"
              f"信息一致性{'通过' if checks['consistency'] else '未通过'}，{'已过期' if checks['expired'] else '在有效期内'}，已记入办件")


def step_applicant(state: DemoState) -> None:
    assert state.case
    case_svc.set_applicant(state.ctx, state.case.uuid, {
        "kind": "organisation", "name": "武汉市青山区悦来宾馆有限公司", "credit_code": "91420107MA4K2XQ15P",
        "contact_name": "张三", "contact_id_number": "11010519491231002X", "phone": "13800138000"}, actor=state.actor)
    case_svc.set_fields(state.ctx, state.case.uuid, {
        "unit_name": case_svc.FieldInput("武汉市青山区悦来宾馆有限公司", "ocr", "M02", 0.97),
        "legal_rep_name": case_svc.FieldInput("张三", "id_card"),
        "legal_rep_id_number": case_svc.FieldInput("11010519491231002X", "id_card"),
        "change_content": case_svc.FieldInput("单位名称由“青山区悦来旅社”变更为“武汉市青山区悦来宾馆有限公司”"),
    }, actor=state.actor)
    state.say("申请人与表单字段已填写（身份证读卡 + 营业执照识别 + 人工）")


def step_capture_licence(state: DemoState) -> None:
    """高拍仪/导入：营业执照照片 → 材料 M02（矫正、质检、存页）→ 文字识别 → 按目录来源预填字段."""
    from importlib import resources

    from app.services import prefill

    assert state.case
    photo = resources.files("resources.demo").joinpath("business_license_M02.jpg").read_bytes()
    res = prefill.capture_material(state.ctx, state.case.uuid, "M02", photo, actor=state.actor)
    kind = next((p.get("kind") for p in (res.ocr or {}).values()), "other") if res.ocr else "other"
    q = res.quality[0]
    state.say(f"营业执照拍照识别（材料 M02）：识别为 {kind}，质检{'通过' if q['ok'] else '提示 ' + '、'.join(q['reasons'])}，"
              f"预填字段 {len(res.prefilled)} 个（{'、'.join(res.prefilled)}），"
              f"每个字段记录来源（OCR/M02 或身份证读卡）与置信度")


DEMO_LICENCES = [
    {"type_name": "营业执照", "number": "91420107MA4K2XQ15P", "holder_id": "91420107MA4K2XQ15P",
     "holder_name": "武汉市青山区悦来宾馆有限公司", "issuer_name": "武汉市青山区市场监督管理局", "issued_on": "2024-03-05",
     "data": {"name": "武汉市青山区悦来宾馆有限公司", "credit_code": "91420107MA4K2XQ15P", "legal_representative": "张三",
              "entity_type": "有限责任公司（自然人投资或控股）", "address": "湖北省武汉市青山区和平大道898号钢都花园5栋1层"}},
    {"type_name": "公共场所卫生许可证", "number": "鄂卫公证字〔2023〕第420107000123号", "holder_id": "91420107MA4K2XQ15P",
     "holder_name": "青山区悦来旅社", "issuer_name": "武汉市青山区卫生健康局", "issued_on": "2023-05-02",
     "valid_from": "2023-05-02", "valid_to": "2028-05-01",
     "data": {"name": "青山区悦来旅社", "legal_representative": "张三", "address": "湖北省武汉市青山区和平大道898号钢都花园5栋1层",
              "license_items": "住宿"}},
]


def step_elicense(state: DemoState) -> None:
    """两个免于提交: the applicant authorises the lookup (一次一授权); the window fetches the
    营业执照 and the old 卫生许可证 from a local reference platform's 电子证照 library, checks
    hash, signature and status, and takes them: M04 need not be handed in, the paper M02 is
    confirmed, the form fills from the library (source elicense, confidence 1.0)."""
    assert state.case
    from app.services import elicense
    from sync.client.elicense import HttpLicenceGateway
    from sync.client.http import PlatformClient
    from sync.platform.elicense_api import library_for
    from sync.platform.server import PlatformServer
    from sync.platform.service import PlatformSettings

    ctx, ref, ws = state.ctx, state.case, state.ctx.workstation
    server = PlatformServer(PlatformSettings(data_dir=state.out / "platform-elicense")).start()
    try:
        assert server.platform is not None
        library = library_for(server.platform)
        for rec in DEMO_LICENCES:
            library.add(rec)
        cred = server.platform.register_workstation(f"{ws.center_code}-{ws.window_no}", ws.center_code)
        gateway = HttpLicenceGateway(PlatformClient(server.url, cred, timeout=20))
        try:
            consent = elicense.grant_consent(ctx, ref.uuid, actor=state.actor, evidence="演示：申请人签字确认")
            found = elicense.lookup(ctx, ref.uuid, gateway, actor=state.actor)
            taken = elicense.take(ctx, ref.uuid, actor=state.actor, gateway=gateway)
        finally:
            gateway.client.close()
        log = library.verify_log()
    finally:
        server.close()
    exempt = [m for m in case_svc.case_detail(ctx, ref.uuid)["materials"] if m["status"] == "exempted"]
    state.say(f"电子证照（申请人授权 {consent['subject']}，一次一授权）：调取 {len(found.offers)} 项，"
              + "、".join(f"{o.material_name}{elicense.STATE_ZH.get(o.state, o.state)}" for o in found.offers)
              + f"；免提交 {'、'.join(m['note'] for m in exempt) or '无'}；按证照填写字段 {len(taken.filled)} 个"
              + (f"；与证照不一致 {len(taken.discrepancies)} 处（已列为预审意见）" if taken.discrepancies else "")
              + f"；平台访问日志 {log['rows']} 条，哈希链{'完整' if log['ok'] else '断裂'}（{found.elapsed_ms} ms）")


def step_cobrowse(state: DemoState) -> None:
    """远程帮办: a county helper (a second workstation) asks to see the case through a local
    reference platform; the clerk accepts with the applicant's consent; the helper sees the case
    masked, points at 单位性质 and suggests 企业; the clerk takes it (provenance helper)."""
    assert state.case
    import time

    from app.services.cobrowse import build_view
    from sync.cobrowse.endpoints import ClerkEndpoint, HelperEndpoint
    from sync.platform.server import PlatformServer
    from sync.platform.service import PlatformSettings

    ctx, ref, ws = state.ctx, state.case, state.ctx.workstation
    window_id = f"{ws.center_code}-{ws.window_no}"
    server = PlatformServer(PlatformSettings(data_dir=state.out / "platform-cobrowse")).start()
    clerk_end = helper_end = None
    try:
        assert server.platform is not None
        creds = {w: server.platform.register_workstation(w, w.split("-")[0]) for w in (window_id, "420100-helper-01")}
        tokens = {w: (lambda c=c: server.platform.issue_session(c)["access_token"]) for w, c in creds.items()}
        clerk_end = ClerkEndpoint(ctx, state.actor, server.url, tokens[window_id]).start()
        helper_end = HelperEndpoint(server.url, tokens["420100-helper-01"]).start()
        if not (clerk_end.client.connected.wait(10) and helper_end.client.connected.wait(10)):
            state.say("远程帮办：未能连接本地参考平台，跳过")
            return
        helper_end.request(window_id, note="演示：协助核对单位性质")
        deadline = time.monotonic() + 10
        while not clerk_end.requests and time.monotonic() < deadline:
            time.sleep(0.02)
        share = clerk_end.accept(next(iter(clerk_end.requests)), ref.uuid, applicant_consent=True,
                                 evidence="演示：申请人口头同意")
        helper_end.wait_for(lambda d: d is not None, 10)
        helper_end.point("unit_nature")
        helper_end.suggest("unit_nature", "企业")
        while "unit_nature" not in share.ghosts and time.monotonic() < deadline:
            time.sleep(0.02)
        share.accept_suggestion("unit_nature")
        masked = sum(1 for f in build_view(ctx, ref.uuid, thumbs=False)["fields"].values() if f["masked"])
        clerk_end.end(share.session_id)
        state.say(f"远程帮办：县级帮办人员经参考平台中转查看本办件（{masked} 个个人信息字段在本机遮蔽后才发出），"
                  "指向“单位性质”并建议“企业”，受理员一键采纳（来源记为 helper）；申请人同意与结束均已审计")
    finally:
        if helper_end is not None:
            helper_end.close()
        if clerk_end is not None:
            clerk_end.close()
        server.close()


def step_advance(state: DemoState) -> None:
    """智能预审 → 一次性告知补正 → 补齐后再预审 → 受理 (real pre-review and decision services)."""
    from app.services import prereview as review

    assert state.case
    ctx, ref, actor = state.ctx, state.case, state.actor
    first = review.prereview_case(ctx, ref.uuid, actor=actor)
    blocks = [f for f in first["findings"] if f["severity"] == "block"]
    state.say(f"智能预审：{first['decision_label']}，{len(first['findings'])} 条意见一次性告知"
              + (f"（如：{blocks[0]['message']}）" if blocks else ""))
    step_print_notices(state)  # the 一次性告知书 is handed over now, before the applicant completes
    # the applicant completes the form and hands over the materials the notice listed
    filled = {k for k, f in (case_svc.case_detail(ctx, ref.uuid).get("fields") or {}).items() if f.get("value")}
    case_svc.set_fields(ctx, ref.uuid, {k: case_svc.FieldInput(v) for k, v in {
        "credit_code": "91420107MA4K2XQ15P", "unit_nature": "企业", "legal_rep_phone": "13800138000",
        "manager_name": "张三", "manager_id_number": "11010519491231002X", "manager_phone": "13800138000",
        "registered_address": "武汉市青山区和平大道809号", "premises_address": "武汉市青山区和平大道809号",
        "staff_count": "12", "examined_count": "12", "building_area": "1200", "business_area": "950",
        "central_ac": "否", "license_items": "住宿", "original_license_no": "鄂卫公证字〔2023〕第420107000123号",
        "original_valid_to": "2028-05-01"}.items() if k not in filled}, actor=actor)
    exempted = {m["code"] for m in case_svc.case_detail(ctx, ref.uuid)["materials"] if m["status"] == "exempted"}
    for code in ("M01", "M02", "M03", "M04", "M05"):
        if code not in exempted:  # what the library vouched for stays 免提交
            case_svc.set_material_status(ctx, ref.uuid, code, "received", actor=actor)
    result = review.prereview_case(ctx, ref.uuid, actor=actor)
    if result["decision"] == "accept":
        review.accept_case(ctx, ref.uuid, actor=actor, reason="演示：预审通过，受理")
    elif result["decision"] == "accept_with_tolerance":
        review.accept_with_tolerance(ctx, ref.uuid, actor=actor, reason="演示：容缺受理")
    else:
        raise RuntimeError(f"演示办件预审未通过：{[f['message'] for f in result['findings']]}")
    state.say(f"补齐后再次预审：{result['decision_label']}（目录 {result['catalog_version']}/{result['catalog_hash'][:12]}），"
              f"承诺办结日期 {result['due_date']}（{ctx.catalog.get(DEMO_ITEM).time_limit.promised} 个工作日，受理当日不计），"
              "已进入上报队列")


def step_print_notices(state: DemoState) -> None:
    """Print (as PDFs into DIR/documents) the notices the current pre-review decision calls for."""
    _print_documents(state, "告知")


def step_print_documents(state: DemoState) -> None:
    """文书打印: what the decision calls for (receipt, materials voucher, 容缺/承诺 letters) as
    PDFs into DIR/documents — the same files a printer would get."""
    _print_documents(state, "受理")


def _print_documents(state: DemoState, moment: str) -> None:
    from app.services import printing

    assert state.case
    folder = state.out / "documents"
    printed = []
    for choice in printing.list_documents(state.ctx, state.case.uuid):
        if not choice.suggested or choice.name in state.outputs:
            continue
        rendered = printing.render_document(state.ctx, state.case.uuid, choice.name, actor=state.actor)
        state.outputs[choice.name] = str(rendered.write(folder / rendered.filename))
        printed.append(f"《{choice.name}》")
    if printed:
        state.say(f"文书（{moment}）：{'、'.join(printed)} 已生成 PDF 于 {folder}（A4，内嵌字体"
                  f"{'，回执含进度查询二维码' if '《受理回执》' in printed else ''}）")


def step_sync(state: DemoState) -> None:
    """Sync: a local reference platform on 127.0.0.1 (port 0) takes the queued case; the back
    office approves it (`platform decide`); the result comes back and the certificate prints."""
    assert state.case
    from sync.client.runner import RunnerSettings
    from sync.client.session import open_sync
    from sync.platform.server import PlatformServer
    from sync.platform.service import PlatformSettings

    ctx, ref = state.ctx, state.case
    ws = ctx.workstation
    server = PlatformServer(PlatformSettings(data_dir=state.out / "platform")).start()
    runner = None
    try:
        assert server.platform is not None
        credential = server.platform.register_workstation(f"{ws.center_code}-{ws.window_no}", ws.center_code)
        # the same sender the workstation builds: the link through the composition root's URL/TLS policy
        runner = open_sync(ctx, server.url, credential=credential, settings=RunnerSettings(pull_master=False))
        sent = runner.run(until_empty=True, timeout=60)
        if not sent.sent:
            from app.services.sync import sync_status

            errors = [e["error"] for e in sync_status(ctx)["errors"]]
            state.say(f"上报中心平台未成功：{'；'.join(errors) or '未知原因'}")
            return
        state.say(f"上报中心平台（参考平台 {server.url}）：已上报 {sent.sent} 件，平台状态“审批中”")
        event = server.platform.decide(ref.uuid, "approved")
        runner.run_once()
        detail = case_svc.case_detail(ctx, ref.uuid)
        cert = event["certificate"]
        in_library = ""
        if cert.get("elicense_id"):  # 出件 registers the certificate in the 电子证照 library
            from sync.platform.elicense_api import library_for

            check = library_for(server.platform).qr_check(cert["license_no"], cert["elicense_id"])
            in_library = (f"；证照已登记入电子证照库（证照标识 {cert['elicense_id']}），"
                          f"证照二维码核验：{'有效' if check['valid'] else '无效'}")
        state.say(f"后台审批（模拟 zongchuang platform decide）：准予，证照编号 {cert['license_no']}；"
                  f"结果已回传，办件状态“{detail['state_label']}”{in_library}")
    finally:
        if runner is not None:
            runner.client.close()
        server.close()
    try:
        from app.services import printing
    except ImportError:
        return
    from app.errors import ZongchuangError

    try:
        rendered = printing.render_document(ctx, ref.uuid, "certificate", actor=state.actor)
    except ZongchuangError as exc:
        state.say(f"证照未打印：{exc.message_zh}")
        return
    folder = state.out / "documents"
    state.outputs[rendered.name] = str(rendered.write(folder / rendered.filename))
    state.say(f"出件：《{rendered.name}》已按平台回传的证照数据生成 PDF 于 {folder}")


STEPS: list[DemoStep] = [step_create, step_read_card, step_applicant, step_capture_licence, step_elicense,
                         step_cobrowse, step_advance,
                         step_print_documents, step_sync, step_bundle]


def run_demo(out: Path, steps: list[DemoStep] | None = None) -> dict[str, Any]:
    """Run the demo into `out`; returns (and writes) a summary with where every output is."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    from app.security.keys import ensure_demo_key_source

    key_note = ensure_demo_key_source(out / "data")  # headless without a key store: one-time key
    ctx = open_context(out / "data", training=False)
    try:
        state = DemoState(ctx=ctx, out=out, actor=Actor(user="demo-clerk", role="clerk",
                                                        terminal=f"{ctx.workstation.center_code}-{ctx.workstation.window_no}"))
        if key_note:
            state.say(key_note)
        for step in steps or STEPS:
            step(state)
        assert state.case
        detail = case_svc.case_detail(ctx, state.case.uuid)
        case_file = out / "case.json"  # masked (even fictitious people are shown as staff would see them), 0600
        from app.security.masking import mask_case_detail

        fd = os.open(case_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(json.dumps(mask_case_detail(detail), ensure_ascii=False, indent=2, default=str))
        state.outputs["case"] = str(case_file)
        state.outputs["data_dir"] = str(ctx.data_dir)
        summary = {"acceptance_number": state.case.acceptance_number, "uuid": state.case.uuid,
                   "state": detail["state"], "state_label": detail["state_label"], "steps": state.log,
                   "outputs": state.outputs}
        (out / "summary.json").write_text(json.dumps(summary, ensure_ascii=False, indent=2), encoding="utf-8")
        return summary
    finally:
        ctx.close()
