"""The window side against the real platform on 127.0.0.1: consent → lookup → take."""

from __future__ import annotations

import pytest

from app.errors import InputError
from app.services import cases as case_svc
from app.services import elicense as svc
from app.services.prereview import prereview_case
from tests.elicense.conftest import CLERK, UNIT, USCC, new_case


def _status(ctx, uuid: str) -> dict[str, dict]:
    return {m["code"]: m for m in case_svc.case_detail(ctx, uuid)["materials"]}


def test_consent_is_required_and_recorded(ctx, library, gateway):
    uuid = new_case(ctx)
    with pytest.raises(InputError):
        svc.lookup(ctx, uuid, gateway, actor=CLERK)
    consent = svc.grant_consent(ctx, uuid, actor=CLERK, evidence="申请人签字确认")
    assert set(consent["items"]) == {"elicense.营业执照", "elicense.公共场所卫生许可证"}
    assert consent["granted_by"] == "clerk01" and consent["case_uuid"] == uuid and consent["active"]
    assert "受理编号" in consent["purpose"]
    res = svc.lookup(ctx, uuid, gateway, actor=CLERK)
    assert {o.ref: o.state for o in res.offers} == {"elicense.营业执照": "verified", "elicense.公共场所卫生许可证": "verified"}
    # 一次一授权: the same holder's next case needs its own consent
    with pytest.raises(InputError):
        svc.lookup(ctx, new_case(ctx), gateway, actor=CLERK)
    # local audit: who, whose (masked), why
    from sqlalchemy import select

    from app.storage.tables import AuditRow

    with ctx.store.read() as s:
        rows = s.execute(select(AuditRow).where(AuditRow.action.in_(["consent.grant", "elicense.lookup"]))).scalars().all()
    events = [r.action for r in rows]
    assert events.count("consent.grant") == 1 and events.count("elicense.lookup") == 1
    grant_row = next(r for r in rows if r.action == "consent.grant")
    assert grant_row.actor == "clerk01" and grant_row.detail["subject"] == "914201********Q15P"  # who, whose
    assert grant_row.detail["purpose"] == consent["purpose"] and grant_row.detail["evidence"]  # why, on what
    lookup_row = next(r for r in rows if r.action == "elicense.lookup")
    detail = lookup_row.detail if isinstance(lookup_row.detail, dict) else {}
    assert detail.get("operator") == "clerk01" and USCC not in str(detail) and detail.get("purpose")
    # the whole episode is in the workstation's sealed audit chain, in order, and the chain holds
    svc.take(ctx, uuid, actor=CLERK)
    assert svc.revoke_consent(ctx, uuid, actor=CLERK, gateway=gateway) == 1
    from app.security.audit import verify_chain

    report = verify_chain(ctx.store)
    assert report.ok, report.as_dict()
    with ctx.store.read() as s:
        chain = [r.action for r in s.execute(select(AuditRow).where(AuditRow.case_uuid == uuid).order_by(AuditRow.id))
                 .scalars() if r.action.startswith(("consent.", "elicense."))]
    assert chain == ["consent.grant", "elicense.lookup", "elicense.take", "consent.revoke"], chain
    # and on the platform: every call of this window, by this clerk, in the access-log chain
    log = library.access_log()
    assert {r["workstation"] for r in log} == {"420107-01"} and {r["operator"] for r in log} == {"clerk01"}
    assert {r["action"] for r in log} == {"authorize", "search", "fetch", "verify", "revoke"}
    assert library.verify_log()["ok"]


def test_take_exempts_materials_and_fills_fields(ctx, library, gateway):
    uuid = new_case(ctx)
    svc.grant_consent(ctx, uuid, actor=CLERK)
    svc.lookup(ctx, uuid, gateway, actor=CLERK)
    result = svc.take(ctx, uuid, actor=CLERK, gateway=gateway)
    assert sorted(result.exempted) == ["M02", "M04"]
    mats = _status(ctx, uuid)
    for code in ("M02", "M04"):
        assert mats[code]["status"] == "exempted"
        ex = mats[code]["quality"]["exemption"]
        assert ex["state"] == "verified" and ex["licence_id"].startswith("1.2.156.3005.2.") and len(ex["sha256"]) == 64
        assert ex["checked_at"]
        assert any(f["role"] == "elicense" and f["sha256"] == ex["sha256"] for f in mats[code]["files"])
    fields = case_svc.case_detail(ctx, uuid)["fields"]
    assert fields["unit_name"]["value"] == UNIT and fields["unit_name"]["source"] == "elicense"
    assert fields["unit_name"]["confidence"] == 1.0
    assert fields["credit_code"]["value"] == USCC
    assert fields["original_license_no"]["value"] == "鄂卫公证字〔2023〕第0001号"
    assert fields["original_license_no"]["source"] == "elicense"
    findings = prereview_case(ctx, uuid, actor=CLERK)["findings"]
    assert not [f for f in findings if f["material"] in ("M02", "M04") and f["severity"] == "block"], findings


def test_revoked_licence_is_a_finding_not_an_exemption(ctx, library, gateway):
    library.revoke("鄂卫公证字〔2023〕第0001号", "违法经营被吊销")
    uuid = new_case(ctx)
    svc.grant_consent(ctx, uuid, actor=CLERK)
    res = svc.lookup(ctx, uuid, gateway, actor=CLERK)
    assert {o.ref: o.state for o in res.offers}["elicense.公共场所卫生许可证"] == "revoked"
    result = svc.take(ctx, uuid, actor=CLERK)
    assert result.exempted == ["M02"] and result.failed == {"M04": "revoked"}
    assert _status(ctx, uuid)["M04"]["status"] != "exempted"
    rules = {f["rule"]: f for f in prereview_case(ctx, uuid, actor=CLERK)["findings"]}
    assert rules["ELIC-REVOKED"]["severity"] == "block" and rules["ELIC-REVOKED"]["material"] == "M04"


def test_expired_licence_is_a_finding(ctx, library, gateway):
    library.add({"type_name": "公共场所卫生许可证", "number": "鄂卫公证字〔2019〕第0002号", "holder_id": "91420107MA4K2XQ15P",
                 "holder_name": UNIT, "issued_on": "2019-01-01", "valid_from": "2019-01-01", "valid_to": "2023-01-01",
                 "data": {"name": UNIT}})
    library.revoke("鄂卫公证字〔2023〕第0001号", "注销")  # the only other one: now the best one is expired
    uuid = new_case(ctx)
    svc.grant_consent(ctx, uuid, actor=CLERK)
    svc.lookup(ctx, uuid, gateway, actor=CLERK)
    svc.take(ctx, uuid, actor=CLERK)
    rules = {f["rule"] for f in prereview_case(ctx, uuid, actor=CLERK)["findings"]}
    assert "ELIC-EXPIRED" in rules


def test_tampered_licence_is_unverifiable(ctx, library, gateway, platform):
    from sqlalchemy import update

    from sync.platform.elicense import LicenceRow

    with platform.platform.sessions.begin() as s:  # someone edits the library behind the issuer's back
        s.execute(update(LicenceRow).where(LicenceRow.type_name == "营业执照").values(holder_name="别的公司"))
    uuid = new_case(ctx)
    svc.grant_consent(ctx, uuid, actor=CLERK)
    res = svc.lookup(ctx, uuid, gateway, actor=CLERK)
    offer = next(o for o in res.offers if o.ref == "elicense.营业执照")
    assert offer.state == "unverifiable" and any("签名" in r for r in offer.reasons)
    svc.take(ctx, uuid, actor=CLERK)
    assert _status(ctx, uuid)["M02"]["status"] != "exempted"
    rules = {f["rule"] for f in prereview_case(ctx, uuid, actor=CLERK)["findings"]}
    assert "ELIC-UNVERIFIED" in rules


def test_form_disagreement_is_a_finding(ctx, library, gateway):
    uuid = new_case(ctx)
    case_svc.set_fields(ctx, uuid, {"unit_name": "武汉市青山区悦来酒店有限公司"}, actor=CLERK)  # typed by the clerk
    svc.grant_consent(ctx, uuid, actor=CLERK)
    svc.lookup(ctx, uuid, gateway, actor=CLERK)
    result = svc.take(ctx, uuid, actor=CLERK)
    assert [d["field"] for d in result.discrepancies] == ["unit_name"]
    assert case_svc.case_detail(ctx, uuid)["fields"]["unit_name"]["value"] == "武汉市青山区悦来酒店有限公司"
    findings = prereview_case(ctx, uuid, actor=CLERK)["findings"]
    assert any(f["rule"] == "ELIC-MISMATCH" and f["field"] == "unit_name" for f in findings)


def test_revoked_consent_stops_lookups(ctx, library, gateway):
    uuid = new_case(ctx)
    svc.grant_consent(ctx, uuid, actor=CLERK)
    svc.lookup(ctx, uuid, gateway, actor=CLERK)
    fetched = {o.file_sha256 for o in svc.offers_of(ctx, uuid) if o.file_sha256}
    assert fetched and fetched <= set(svc._FILES)
    assert svc.revoke_consent(ctx, uuid, actor=CLERK, gateway=gateway) == 1
    assert not fetched & set(svc._FILES)  # fetched, never taken, consent withdrawn: forgotten
    with pytest.raises(InputError):
        svc.lookup(ctx, uuid, gateway, actor=CLERK)


def test_tampered_file_is_unverifiable(ctx, library, gateway, platform):
    from sqlalchemy import update

    from sync.platform.elicense import LicenceFileRow, LicenceRow

    with platform.platform.sessions.begin() as s:  # the stored PDF of the health licence is swapped
        sha = s.execute(LicenceRow.__table__.select().where(LicenceRow.type_name == "公共场所卫生许可证")).first().file_sha256
        s.execute(update(LicenceFileRow).where(LicenceFileRow.sha256 == sha).values(content=b"%PDF-1.4 forged"))
    uuid = new_case(ctx)
    svc.grant_consent(ctx, uuid, actor=CLERK)
    offer = next(o for o in svc.lookup(ctx, uuid, gateway, actor=CLERK).offers if o.ref == "elicense.公共场所卫生许可证")
    assert offer.state == "unverifiable" and any("哈希" in r for r in offer.reasons)
    assert svc.take(ctx, uuid, actor=CLERK).failed == {"M04": "unverifiable"}


def test_licence_data_stay_inside_the_case_encrypted(ctx, library, gateway, data_dir):
    """What the library returned (the old licence's holder name, its number and id, the licence
    file) is readable through the case and nowhere in the data directory's raw bytes."""
    from tests.elicense.conftest import OLD_UNIT
    from tests.security.conftest import grep_tree

    uuid = new_case(ctx)
    svc.grant_consent(ctx, uuid, actor=CLERK)
    res = svc.lookup(ctx, uuid, gateway, actor=CLERK)
    svc.take(ctx, uuid, actor=CLERK)
    lic = next(o for o in res.offers if o.ref == "elicense.公共场所卫生许可证").licence
    mats = _status(ctx, uuid)
    assert mats["M04"]["quality"]["exemption"]["licence_id"] == lic["id"]
    assert mats["M04"]["quality"]["ocr"]["name"]["value"] == OLD_UNIT  # the licence's 照面信息, in the case
    [f] = [f for f in mats["M04"]["files"] if f["role"] == "elicense"]
    assert f["sha256"] not in svc._FILES  # taken: in the case, not also in this process's memory
    body = ctx.store.attachments.get(f["sha256"])  # the licence file, decrypted through the store
    assert body.startswith(b"%PDF") and f["sha256"] == lic["file_sha256"]
    assert not ctx.store.attachments.path_for(f["sha256"]).read_bytes().startswith(b"%PDF")  # on disk: sealed
    ctx.store.engine.dispose()  # everything on disk
    assert grep_tree(data_dir, (OLD_UNIT, "鄂卫公证字〔2023〕第0001号", lic["id"])) == {}


def test_ocr_disagreement_is_a_finding(ctx, library, gateway):
    """The paper 营业执照 was photographed first and its OCR reads another name: taking the
    library's licence confirms the material but the disagreement becomes a finding."""
    uuid = new_case(ctx)
    case_svc.add_material_file(ctx, uuid, "M02", b"\xff\xd8\xff\xe0 photo of the licence", actor=CLERK,
                               media_type="image/jpeg",
                               quality={"ocr": {"name": {"value": "武汉市青山区悦来酒店有限公司", "confidence": 0.93,
                                                         "kind": "business_license"}}})
    svc.grant_consent(ctx, uuid, actor=CLERK)
    svc.lookup(ctx, uuid, gateway, actor=CLERK)
    result = svc.take(ctx, uuid, actor=CLERK)
    assert {(d["material"], d["field"], d["form_source"]) for d in result.discrepancies} == {("M02", "name", "ocr")}
    m02 = _status(ctx, uuid)["M02"]
    assert m02["status"] == "received" and m02["quality"]["elicense_check"]["state"] == "verified"
    findings = prereview_case(ctx, uuid, actor=CLERK)["findings"]
    assert any(f["rule"] == "ELIC-MISMATCH" and f["material"] == "M02" for f in findings), findings
