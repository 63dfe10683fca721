"""Offline at the window: the lookup never blocks, the clerk captures the paper, and the sync
sender re-checks when the platform is back — a failed check is a task, never a silent change."""

from __future__ import annotations

from app.services import cases as case_svc
from app.services import elicense as svc
from app.services.prereview import prereview_case
from tests.elicense.conftest import CLERK, UNIT, new_case
from tests.sync.conftest import make_runner

JPEG = b"\xff\xd8\xff\xe0" + b"paper copy of the business licence" * 40


def _offline_then_paper(ctx, platform, gateway, ocr_name: str = UNIT) -> str:
    uuid = new_case(ctx)
    svc.grant_consent(ctx, uuid, actor=CLERK)
    platform.stop()  # the link is down
    res = svc.lookup(ctx, uuid, gateway, actor=CLERK)
    assert res.offline and {o.state for o in res.offers} == {"pending"}
    # nothing blocks: the clerk captures the paper as today (its OCR as capture stores it)
    for code, kind in (("M02", "business_license"), ("M04", "public_health_license")):
        case_svc.add_material_file(ctx, uuid, code, JPEG + code.encode(), actor=CLERK, media_type="image/jpeg",
                                   quality={"ocr": {"name": {"value": ocr_name if code == "M02" else "武汉市青山区悦来旅社有限公司",
                                                             "confidence": 0.97, "kind": kind}}})
    rules = {f["rule"] for f in prereview_case(ctx, uuid, actor=CLERK)["findings"]}
    assert not rules & {"MAT-MISSING"} or "M02" not in str(rules)
    platform.start()  # back on the same port
    return uuid


def test_recheck_at_sync_confirms_the_paper(ctx, platform, library, gateway, credential, runners):
    uuid = _offline_then_paper(ctx, platform, gateway)
    runner = make_runner(ctx, platform.url, credential)
    runners.append(runner)
    runner.run_once()
    detail = case_svc.case_detail(ctx, uuid)
    checks = {m["code"]: (m["quality"] or {}).get("elicense_check") for m in detail["materials"]}
    assert checks["M02"]["state"] == "verified" and checks["M04"]["state"] == "verified"
    assert checks["M02"]["number"] and len(checks["M02"]["sha256"]) == 64
    assert not (svc.detail_extra(ctx, uuid).get("elicense") or {}).get("pending")
    assert svc.open_tasks(ctx) == []


def test_recheck_failure_raises_a_task(ctx, platform, library, gateway, credential, runners):
    uuid = _offline_then_paper(ctx, platform, gateway, ocr_name="武汉市青山区另一家宾馆有限公司")
    library.revoke("鄂卫公证字〔2023〕第0001号", "注销")  # happened while the window was offline
    before = {m["code"]: m["status"] for m in case_svc.case_detail(ctx, uuid)["materials"]}
    runner = make_runner(ctx, platform.url, credential)
    runners.append(runner)
    runner.run_once()
    tasks = svc.open_tasks(ctx)
    assert len(tasks) == 1 and tasks[0]["case_uuid"] == uuid and tasks[0]["kind"] == "elicense_recheck"
    assert "已吊销" in tasks[0]["message"] and "另一家宾馆" in tasks[0]["message"]
    after = {m["code"]: m["status"] for m in case_svc.case_detail(ctx, uuid)["materials"]}
    assert after == before  # never a silent change
    rules = {f["rule"] for f in prereview_case(ctx, uuid, actor=CLERK)["findings"]}
    assert "ELIC-RECHECK-FAILED" in rules
    svc.close_task(ctx, tasks[0]["id"], actor=CLERK, note="已电话通知申请人")
    assert svc.open_tasks(ctx) == []
