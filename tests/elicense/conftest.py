"""Fixtures for the 电子证照 tests: the real platform on 127.0.0.1 (SQLite and PostgreSQL, from
tests/sync), its library loaded from a CSV export the way `zongchuang platform elicense import`
loads it, and a 公共场所卫生许可（变更） case at the window."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.services import cases as case_svc
from app.services.context import ServiceContext
from app.storage import Actor
from sync.client.elicense import HttpLicenceGateway
from sync.client.http import PlatformClient
from sync.platform.elicense_api import library_for
from sync.platform.server import PlatformServer
from tests.sync.conftest import (  # noqa: F401
    CENTER,
    WORKSTATION,
    credential,
    db_url,
    pg_server,
    platform,
    runners,
)

ITEM = "010170001000-02"  # 公共场所卫生许可（变更）
USCC = "91420107MA4K2XQ15P"
UNIT = "武汉市青山区悦来宾馆有限公司"
OLD_UNIT = "武汉市青山区悦来旅社有限公司"  # the name on the health licence before this 变更
CLERK = Actor(user="clerk01", role="clerk", terminal=WORKSTATION)
NEXT_YEAR = (dt.date.today() + dt.timedelta(days=400)).isoformat()

EXPORT = f"""证照类型,证照编号,持证主体,持证主体代码,颁证单位,颁证单位代码,颁证日期,有效期起始,有效期截止,状态,data.name,data.credit_code,data.entity_type,data.legal_representative,data.address,data.license_items
营业执照,{USCC},{UNIT},{USCC},武汉市青山区市场监督管理局,11420107MB1234567X,2021-03-05,2021-03-05,长期,有效,{UNIT},{USCC},有限责任公司（自然人投资或控股）,张三,武汉市青山区和平大道1号,
公共场所卫生许可证,鄂卫公证字〔2023〕第0001号,{UNIT},{USCC},武汉市青山区卫生健康局,11420107MB7654321Y,2023-07-01,2023-07-01,{NEXT_YEAR},有效,{OLD_UNIT},,,张三,武汉市青山区和平大道1号,住宿
"""


def write_export(path: Path, text: str = EXPORT) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def library(platform: PlatformServer, tmp_path: Path):  # noqa: F811
    lib = library_for(platform.platform)
    lib.import_file(write_export(tmp_path / "export.csv"))
    return lib


@pytest.fixture
def gateway(platform: PlatformServer, credential: str) -> Iterator[HttpLicenceGateway]:  # noqa: F811
    client = PlatformClient(platform.url, credential, timeout=20)
    yield HttpLicenceGateway(client)
    client.close()


def new_case(ctx: ServiceContext, *, answers: dict | None = None, credit_code: str = USCC) -> str:
    ref = case_svc.create_case(ctx, ITEM, answers or {"what_changes": ["unit_name"], "agent": "no"}, actor=CLERK)
    case_svc.set_applicant(ctx, ref.uuid, {"kind": "organisation", "name": UNIT, "credit_code": credit_code},
                           actor=CLERK)
    return ref.uuid


__all__ = ["CENTER", "WORKSTATION", "credential", "db_url", "pg_server", "platform", "runners"]


def make_ofd(lines: list[str], custom: dict[str, str] | None = None, *, title: str = "电子证照") -> bytes:
    """A small OFD package (GB/T 33190) as licence systems export them: OFD.xml with DocInfo and
    CustomDatas, Doc_0/Document.xml, one page whose Content.xml holds a TextObject per line."""
    import io
    import zipfile
    from xml.sax.saxutils import escape, quoteattr

    ns = 'xmlns:ofd="http://www.ofdspec.org/2016"'
    customs = "".join(f"<ofd:CustomData Name={quoteattr(k)}>{escape(v)}</ofd:CustomData>"
                      for k, v in (custom or {}).items())
    objs = "".join(f'<ofd:TextObject ID="{i + 10}" Boundary="10 {10 + 8 * i} 180 7" Font="3" Size="4.2">'
                   f'<ofd:TextCode X="0" Y="5">{escape(t)}</ofd:TextCode></ofd:TextObject>' for i, t in enumerate(lines))
    parts = {
        "OFD.xml": f'<?xml version="1.0" encoding="UTF-8"?><ofd:OFD {ns} Version="1.0" DocType="OFD"><ofd:DocBody>'
                   f"<ofd:DocInfo><ofd:DocID>c5a8b1d2e3f4</ofd:DocID><ofd:Title>{escape(title)}</ofd:Title>"
                   f"<ofd:Creator>电子证照系统</ofd:Creator><ofd:CustomDatas>{customs}</ofd:CustomDatas></ofd:DocInfo>"
                   "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>",
        "Doc_0/Document.xml": f'<?xml version="1.0" encoding="UTF-8"?><ofd:Document {ns}><ofd:CommonData>'
                              '<ofd:MaxUnitID>100</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 297'
                              '</ofd:PhysicalBox></ofd:PageArea></ofd:CommonData><ofd:Pages>'
                              '<ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>',
        "Doc_0/Pages/Page_0/Content.xml": f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page {ns}><ofd:Content>'
                                          f'<ofd:Layer ID="2">{objs}</ofd:Layer></ofd:Content></ofd:Page>',
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            z.writestr(name, text.encode("utf-8"))
    return buf.getvalue()
