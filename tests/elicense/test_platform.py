"""The platform's 电子证照 library over HTTP on 127.0.0.1 (SQLite and PostgreSQL): search, fetch,
verify; authorizations scoped to the workstation that registered them; the access log chain."""

from __future__ import annotations

import hashlib
import json

import pytest

from app.services.elicense import LookupDenied
from sync.client.elicense import HttpLicenceGateway
from sync.client.http import PlatformClient
from sync.platform.elicense import licence_identifier
from tests.elicense.conftest import USCC


def _gateway(platform, ws: str, center: str) -> HttpLicenceGateway:
    cred = platform.platform.register_workstation(ws, center)
    return HttpLicenceGateway(PlatformClient(platform.url, cred, timeout=20))


def _auth(gw: HttpLicenceGateway, holder: str = USCC, scope=("elicense.营业执照",)) -> str:
    return gw.authorize(holder_id=holder, purpose="办理公共场所卫生许可（变更）", scope=list(scope), case_ref="X-1",
                        consent_ref="c-1", operator="clerk01")


def test_search_fetch_file_verify(library, gateway):
    auth = _auth(gateway, scope=("elicense.营业执照", "elicense.公共场所卫生许可证"))
    found = gateway.search(USCC, "营业执照", auth, operator="clerk01")
    assert len(found) == 1 and found[0]["status"] == "valid" and "data" not in found[0]
    lic = gateway.fetch(found[0]["id"], auth, operator="clerk01")
    assert lic["data"]["credit_code"] == USCC and lic["holder_id_type"] == "统一社会信用代码"
    pdf = gateway.file(lic["id"], auth, operator="clerk01")
    assert pdf.startswith(b"%PDF") and hashlib.sha256(pdf).hexdigest() == lic["file_sha256"]
    ok = gateway.verify(lic["id"], file_sha256=lic["file_sha256"], data=lic["data"], operator="clerk01")
    assert ok["valid"] and ok["status"] == "valid" and ok["reasons"] == []
    bad = gateway.verify(lic["id"], file_sha256="0" * 64, data=None, operator="clerk01")
    assert not bad["valid"] and bad["reasons"]
    # the identifier is GB/T 36904-shaped with an ISO 7064 MOD 37,36 check character
    from stdnum.iso7064 import mod_37_36

    parts = lic["id"].split(".")
    assert lic["id"].startswith("1.2.156.3005.2.") and mod_37_36.is_valid("".join(parts[5:9]) + parts[9])
    assert gateway.search(USCC, "公共场所卫生许可证", auth, operator="clerk01")[0]["status"] == "valid"


def test_identifier_check_character_matches_a_real_one():
    # a real identifier from a provincial system (domain.md §5): type, issuer, serial, version → U
    assert licence_identifier("11100000000013338W011", "11430000006122244L", "20230000403") .endswith(".001.U")


def test_another_workstation_cannot_use_an_authorization(platform, library, gateway):
    auth = _auth(gateway)
    other = _gateway(platform, "420107-02", "420107")
    far = _gateway(platform, "420200-01", "420200")
    try:
        for gw in (other, far):
            with pytest.raises(LookupDenied):
                gw.search(USCC, "营业执照", auth, operator="clerk09")  # someone else's authorization
            with pytest.raises(LookupDenied):
                gw.search(USCC, "营业执照", "", operator="clerk09")  # none at all
        lic_id = gateway.search(USCC, "营业执照", auth, operator="clerk01")[0]["id"]
        with pytest.raises(LookupDenied):
            other.fetch(lic_id, auth, operator="clerk09")
        with pytest.raises(LookupDenied):
            other.file(lic_id, auth, operator="clerk09")
        # outside the scope, another holder, a revoked authorization: refused for the owner too
        with pytest.raises(LookupDenied):
            gateway.search(USCC, "公共场所卫生许可证", auth, operator="clerk01")
        with pytest.raises(LookupDenied):
            gateway.search("91420107MA4K2XQ16N", "营业执照", auth, operator="clerk01")
        gateway.revoke_authorization(auth, operator="clerk01")
        with pytest.raises(LookupDenied):
            gateway.search(USCC, "营业执照", auth, operator="clerk01")
    finally:
        other.client.close()
        far.client.close()
    log = library.access_log()
    denied = [r for r in log if r["outcome"] == "denied"]
    assert {r["workstation"] for r in denied} >= {"420107-02", "420200-01", "420107-01"}
    assert all(USCC not in json.dumps(r, ensure_ascii=False) for r in log)  # holders are masked
    assert library.verify_log() == {"ok": True, "rows": len(log), "broken_at": None}


def test_every_lookup_is_in_the_access_chain_and_tampering_shows(platform, library, gateway):
    auth = _auth(gateway)
    lic_id = gateway.search(USCC, "营业执照", auth, operator="clerk01")[0]["id"]
    gateway.fetch(lic_id, auth, operator="clerk01")
    gateway.file(lic_id, auth, operator="clerk01")
    gateway.verify(lic_id, file_sha256=None, data=None, operator="clerk01")
    actions = [(r["action"], r["operator"], r["outcome"]) for r in library.access_log()]
    assert actions == [("authorize", "clerk01", "ok"), ("search", "clerk01", "ok"), ("fetch", "clerk01", "ok"),
                       ("fetch", "clerk01", "ok"), ("verify", "clerk01", "ok")]
    assert all(r["purpose"] for r in library.access_log() if r["action"] != "verify")
    from sqlalchemy import update

    from sync.platform.elicense import AccessLogRow

    with platform.platform.sessions.begin() as s:
        s.execute(update(AccessLogRow).where(AccessLogRow.action == "search").values(operator="nobody"))
    assert library.verify_log()["ok"] is False


def test_cli_import_list_revoke(tmp_path, monkeypatch, capsys, db_url):
    from app.cli.main import main
    from tests.elicense.conftest import EXPORT

    (tmp_path / "export.csv").write_text(EXPORT, encoding="utf-8")
    json_export = {"licences": [{"证照类型": "营业执照", "证照编号": "92420107MA4L0000XX", "持证主体": "青山区张记面馆",
                                 "持证主体代码": "92420107MA4L0000XX", "颁证日期": "2022-01-01",
                                 "data": {"name": "青山区张记面馆"}}],
                   "shared": [{"kind": "户籍", "subject_id": "420107199001011234", "data": {"户籍地": "武汉市青山区"}}]}
    (tmp_path / "export.json").write_text(json.dumps(json_export, ensure_ascii=False), encoding="utf-8")
    pdir = str(tmp_path / "platform")
    if db_url:  # PostgreSQL: the CLI's --db comes from ZONGCHUANG_PLATFORM_DB, as on a platform host
        monkeypatch.setenv("ZONGCHUANG_PLATFORM_DB", db_url)
    assert main(["platform", "elicense", "import", str(tmp_path / "export.csv"), "--platform-dir", pdir]) == 0
    assert main(["platform", "elicense", "import", str(tmp_path / "export.json"), "--platform-dir", pdir]) == 0
    assert main(["platform", "elicense", "revoke", "鄂卫公证字〔2023〕第0001号", "--reason", "注销",
                 "--platform-dir", pdir]) == 0
    capsys.readouterr()
    assert main(["platform", "elicense", "list", "--holder", USCC, "--platform-dir", pdir]) == 0
    listed = [line.split("\t") for line in capsys.readouterr().out.splitlines() if line.startswith("1.2.156.3005.2.")]
    assert sorted((r[1], r[2], r[4]) for r in listed) == [("公共场所卫生许可证", "鄂卫公证字〔2023〕第0001号", "revoked"),
                                                          ("营业执照", USCC, "valid")]
    from sync.platform.elicense_api import library_for
    from sync.platform.service import Platform, PlatformSettings

    p = Platform(PlatformSettings(data_dir=tmp_path / "platform", db_url=db_url))
    try:
        rows = {r["number"]: r["status"] for r in library_for(p).list()}
    finally:
        p.close()
    assert rows == {USCC: "valid", "鄂卫公证字〔2023〕第0001号": "revoked", "92420107MA4L0000XX": "valid"}
    assert main(["platform", "elicense", "log", "--verify", "--platform-dir", pdir]) == 0
