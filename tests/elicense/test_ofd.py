"""OFD licence files (GB/T 33190) in a real export: `zongchuang platform elicense import` reads
them (metadata, CustomDatas, page text) before storing them as given; the window fetches the
OFD and verifies its hash; a broken, disguised or foreign file is refused at import."""

from __future__ import annotations

import hashlib

import pytest

from app.errors import InputError
from sync.platform.ofd import read_ofd
from tests.elicense.conftest import NEXT_YEAR, USCC, make_ofd

NUMBER = "鄂卫公证字〔2024〕第0099号"
CSV = ("证照类型,证照编号,持证主体,持证主体代码,颁证单位,颁证日期,有效期截止,文件\n"
       f"公共场所卫生许可证,{NUMBER},武汉市青山区悦来宾馆有限公司,{USCC},武汉市青山区卫生健康局,2024-02-01,{NEXT_YEAR},licence.ofd\n")


def _ofd(number: str = NUMBER) -> bytes:
    return make_ofd(["公共场所卫生许可证", f"证号：{number}", "单位名称：武汉市青山区悦来宾馆有限公司", "许可项目：住宿"],
                    {"name": "武汉市青山区悦来宾馆有限公司", "license_items": "住宿"}, title="公共场所卫生许可证")


def test_read_ofd_metadata_and_text():
    doc = read_ofd(_ofd())
    assert doc.title == "公共场所卫生许可证" and doc.custom["license_items"] == "住宿"
    assert doc.pages[0].splitlines()[1] == f"证号：{NUMBER}"
    with pytest.raises(InputError):
        read_ofd(b"PK\x03\x04 not a zip at all")
    with pytest.raises(InputError):  # an entity bomb in OFD.xml: defusedxml refuses it
        import io
        import zipfile

        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as z:
            z.writestr("OFD.xml", '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;">]>'
                                  '<ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016">&b;</ofd:OFD>')
        read_ofd(buf.getvalue())


def test_ofd_export_imports_and_the_window_fetches_it(ctx, platform, gateway, tmp_path):
    from app.cli.main import main
    from sync.platform.elicense_api import library_for

    ofd = _ofd()
    (tmp_path / "licence.ofd").write_bytes(ofd)
    (tmp_path / "export.csv").write_text(CSV, encoding="utf-8")
    lib = library_for(platform.platform)
    [lic] = lib.import_file(tmp_path / "export.csv")  # what `platform elicense import` calls
    assert lic["file_media_type"] == "application/ofd"
    assert lic["data"]["license_items"] == "住宿"  # 照面信息 from the OFD's CustomDatas
    auth = gateway.authorize(holder_id=USCC, purpose="办理公共场所卫生许可（延续）", scope=["elicense.公共场所卫生许可证"],
                             case_ref="X-2", consent_ref="c-2", operator="clerk01")
    [found] = gateway.search(USCC, "公共场所卫生许可证", auth, operator="clerk01")
    body = gateway.file(found["id"], auth, operator="clerk01")
    assert body == ofd and hashlib.sha256(body).hexdigest() == found["file_sha256"]
    assert gateway.verify(found["id"], file_sha256=found["file_sha256"], data=None, operator="clerk01")["valid"]
    # at the window: the OFD licence exempts the old 卫生许可证, kept in the case as the OFD it is
    from app.services import cases as case_svc
    from app.services import elicense as svc
    from tests.elicense.conftest import CLERK, new_case

    uuid = new_case(ctx)
    svc.grant_consent(ctx, uuid, actor=CLERK)
    svc.lookup(ctx, uuid, gateway, actor=CLERK)
    assert "M04" in svc.take(ctx, uuid, actor=CLERK).exempted
    m04 = next(m for m in case_svc.case_detail(ctx, uuid)["materials"] if m["code"] == "M04")
    assert m04["note"] == f"电子证照调用（证照编号 {NUMBER}）"
    [f] = [f for f in m04["files"] if f["role"] == "elicense"]
    assert f["media_type"] == "application/ofd" and ctx.store.attachments.get(f["sha256"]) == ofd
    # a file that is not this licence, a broken OFD, a disguised file: refused, nothing stored
    for name, content in (("other.ofd", _ofd("鄂卫公证字〔2024〕第0100号")), ("broken.ofd", b"PK\x03\x04garbage"),
                          ("fake.pdf", b"GIF89a not a licence")):
        (tmp_path / name).write_bytes(content)
        (tmp_path / "bad.csv").write_text(CSV.replace("licence.ofd", name), encoding="utf-8")
        with pytest.raises(InputError):
            lib.import_file(tmp_path / "bad.csv")
    # the CLI says so and exits non-zero
    assert main(["platform", "elicense", "import", str(tmp_path / "bad.csv"),
                 "--platform-dir", str(tmp_path / "cli-platform")]) != 0
    assert [r["number"] for r in lib.list(holder=USCC)] == [NUMBER]
