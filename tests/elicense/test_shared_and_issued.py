"""Shared data (户籍, 婚姻登记, 社保参保, 市场主体登记) under the same authorization rules;
certificates issued at 出件 join the library and verify by their QR; the receipt and the
materials voucher name the exemption."""

from __future__ import annotations

import datetime as dt
import json

import httpx
import pytest

from app.services import cases as case_svc
from app.services import elicense as svc
from app.services import printing
from app.services.elicense import LookupDenied
from tests.elicense.conftest import CLERK, USCC, new_case
from tests.sync.conftest import make_runner, queue_case

PERSON = "420107199001011237"
SHARED = {"shared": [
    {"kind": "户籍", "subject_id": PERSON, "source": "公安户籍（参考数据）",
     "data": {"address": "湖北省武汉市青山区红钢城街8号", "household_head": "王芳", "household_size": 3,
              "members": [{"name": "王芳", "relation": "户主"}, {"name": "李明", "relation": "配偶"},
                          {"name": "李小明", "relation": "子"}]}},
    {"kind": "婚姻登记", "subject_id": PERSON, "data": {"status": "已婚", "registered_on": "2015-05-20"}},
    {"kind": "社保参保状态", "subject_id": PERSON, "data": {"status": "参保缴费", "insurance": "城镇职工基本养老保险"}},
    {"kind": "市场主体登记状态", "subject_id": USCC, "data": {"status": "存续（在营、开业、在册）"}},
]}


@pytest.fixture
def shared_data(library, tmp_path):
    path = tmp_path / "shared.json"
    path.write_text(json.dumps(SHARED, ensure_ascii=False), encoding="utf-8")
    library.import_file(path)
    return library


def test_household_record_exempts_the_hukou_book_and_fills_fields(ctx, shared_data, gateway, tmp_path):
    ref = case_svc.create_case(ctx, "030250001000-01", {}, actor=CLERK)
    case_svc.set_applicant(ctx, ref.uuid, {"kind": "person", "name": "王芳", "id_number": PERSON}, actor=CLERK)
    consent = svc.grant_consent(ctx, ref.uuid, actor=CLERK, evidence="申请人签字")
    assert "shared.户籍" in consent["items"]
    res = svc.lookup(ctx, ref.uuid, gateway, actor=CLERK)
    states = {o.ref: o.state for o in res.offers}
    assert states["shared.户籍"] == "verified"
    taken = svc.take(ctx, ref.uuid, actor=CLERK)
    assert "M03" in taken.exempted
    m03 = next(m for m in case_svc.case_detail(ctx, ref.uuid)["materials"] if m["code"] == "M03")
    assert m03["status"] == "exempted" and m03["note"] == "数据共享核验（户籍）"
    assert m03["quality"]["exemption"]["kind"] == "shared" and len(m03["quality"]["exemption"]["sha256"]) == 64
    fields = case_svc.case_detail(ctx, ref.uuid)["fields"]
    assert fields["hukou_address"]["value"] == "湖北省武汉市青山区红钢城街8号"
    assert fields["hukou_address"]["source"] == "shared" and fields["hukou_address"]["confidence"] == 1.0
    assert fields["household_size"]["value"] == "3"
    # the receipt and the voucher name the check instead of a photocopy
    from tests.documents.conftest import pdf_text

    for m in case_svc.case_detail(ctx, ref.uuid)["materials"]:
        if m["status"] == "pending":
            case_svc.add_material_file(ctx, ref.uuid, m["code"], f"page of {m['code']}".encode(), actor=CLERK)
    decision = {"decision": "accept", "findings": [], "due_date": (dt.date.today() + dt.timedelta(days=30)).isoformat(),
                "catalog_version": ctx.catalog.version, "catalog_hash": ctx.catalog.content_hash}
    case_svc.transition(ctx, ref.uuid, "pre_reviewed", actor=CLERK, decision=decision)
    case_svc.transition(ctx, ref.uuid, "accepted", actor=CLERK, due_date=dt.date.today() + dt.timedelta(days=30))
    for doc in ("受理回执", "材料接收凭证"):
        text = "".join(pdf_text(printing.render_document(ctx, ref.uuid, doc, actor=CLERK).pdf, tmp_path).split())
        assert "数据共享核验（户籍）" in text, (doc, text)


def test_shared_lookups_need_an_authorization_of_this_workstation(platform, shared_data, gateway):
    auth = gateway.authorize(holder_id=PERSON, purpose="办理最低生活保障", scope=["shared.婚姻登记", "shared.社保参保状态"],
                             case_ref="X", consent_ref="c", operator="clerk01")
    assert gateway.shared("婚姻登记", PERSON, auth, operator="clerk01")["data"]["status"] == "已婚"
    assert gateway.shared("社保参保状态", PERSON, auth, operator="clerk01")["data"]["status"] == "参保缴费"
    with pytest.raises(LookupDenied):
        gateway.shared("户籍", PERSON, auth, operator="clerk01")  # outside the scope
    biz = gateway.authorize(holder_id=USCC, purpose="企业变更", scope=["shared.市场主体登记状态"], case_ref="Y",
                            consent_ref="d", operator="clerk01")
    assert gateway.shared("市场主体登记状态", USCC, biz, operator="clerk01")["data"]["status"].startswith("存续")
    from sync.client.elicense import HttpLicenceGateway
    from sync.client.http import PlatformClient

    other = HttpLicenceGateway(PlatformClient(platform.url, platform.platform.register_workstation("420107-03", "420107")))
    try:
        with pytest.raises(LookupDenied):
            other.shared("婚姻登记", PERSON, auth, operator="clerk07")
    finally:
        other.client.close()
    log = [(r["action"], r["workstation"], r["outcome"]) for r in shared_data.access_log() if r["action"] == "shared"]
    assert ("shared", "420107-03", "denied") in log and ("shared", "420107-01", "denied") in log
    assert sum(1 for a in log if a[2] == "ok") == 3
    assert shared_data.verify_log()["ok"]


def test_issued_certificate_joins_the_library_and_its_qr_verifies(ctx, platform, library, gateway, credential, runners,
                                                                  tmp_path):
    uuid = queue_case(ctx)
    runner = make_runner(ctx, platform.url, credential)
    runners.append(runner)
    runner.run(timeout=60)
    event = platform.platform.decide(uuid, "approved")
    cert = event["certificate"]
    assert cert["elicense_id"].startswith("1.2.156.3005.2.")
    issued = [r for r in library.list(holder=USCC, type_name="公共场所卫生许可证") if r["source"] == "issued"]
    assert [r["number"] for r in issued] == [cert["license_no"]] and issued[0]["status"] == "valid"
    runner.run_once()  # the result comes back to the window with the licence id
    assert (case_svc.case_detail(ctx, uuid)["result"] or {}).get("certificate", {}).get("elicense_id") == cert["elicense_id"]
    # the certificate the window prints at 出件: its QR names the licence in the library, and the
    # platform's public /verify (no token: a phone scans the paper) says it is genuine and in force
    from tests.documents.conftest import decode_qr, render_png

    pdf = printing.render_document(ctx, uuid, "certificate", actor=CLERK).pdf
    [qr] = decode_qr(render_png(pdf, tmp_path, dpi=150))
    if qr.startswith("http"):
        r = httpx.get(qr.replace(qr.split("/verify")[0], platform.url))
    else:  # ZC:CERT:1;…;no=…;eid=… (the window has no platform URL configured here)
        fields = dict(p.split("=", 1) for p in qr.split(";") if "=" in p)
        assert fields["eid"] == cert["elicense_id"] and fields["no"] == cert["license_no"], qr
        r = httpx.get(f"{platform.url}/verify", params={"no": fields["no"], "eid": fields["eid"], "fp": fields["fp"]})
    assert r.status_code == 200 and r.json()["valid"] and r.json()["genuine"] and r.json()["type_name"] == "公共场所卫生许可证"
    assert r.json()["licence"] == cert["elicense_id"]
    assert httpx.get(f"{platform.url}/verify", params={"no": "鄂卫公证字〔1999〕第9999号"}).json()["found"] is False
    # the next case of the same holder can use it
    nxt = new_case(ctx)
    svc.grant_consent(ctx, nxt, actor=CLERK)
    offers = {o.ref: o for o in svc.lookup(ctx, nxt, gateway, actor=CLERK).offers}
    assert offers["elicense.公共场所卫生许可证"].state == "verified"
    assert offers["elicense.公共场所卫生许可证"].licence["number"] == cert["license_no"]
    library.revoke(cert["license_no"], "注销")  # the paper still scans, but no longer verifies
    again = httpx.get(f"{platform.url}/verify", params={"no": cert["license_no"]}).json()
    assert again["found"] and not again["valid"] and again["status"] == "revoked"


def test_receipt_and_voucher_name_the_exemption(ctx, library, gateway, tmp_path):
    from tests.documents.conftest import pdf_text

    uuid = new_case(ctx)
    svc.grant_consent(ctx, uuid, actor=CLERK)
    svc.lookup(ctx, uuid, gateway, actor=CLERK)
    svc.take(ctx, uuid, actor=CLERK)
    for code in ("M01", "M03"):
        case_svc.add_material_file(ctx, uuid, code, f"page of {code}".encode(), actor=CLERK)
    decision = {"decision": "accept", "findings": [], "due_date": (dt.date.today() + dt.timedelta(days=30)).isoformat(),
                "catalog_version": ctx.catalog.version, "catalog_hash": ctx.catalog.content_hash}
    case_svc.transition(ctx, uuid, "pre_reviewed", actor=CLERK, decision=decision)
    case_svc.transition(ctx, uuid, "accepted", actor=CLERK, due_date=dt.date.today() + dt.timedelta(days=30))
    for doc in ("受理回执", "材料接收凭证"):
        text = "".join(pdf_text(printing.render_document(ctx, uuid, doc, actor=CLERK).pdf, tmp_path).split())
        assert "电子证照调用" in text and "证照编号" in text, (doc, text)
        assert USCC in text  # the 营业执照's number is its credit code
