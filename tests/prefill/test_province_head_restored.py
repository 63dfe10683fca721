"""Session 37 (aefields): a province whose head is lost from an address's first row is restored from the
city that follows it.

AE ae_0036 (a business licence on a flatbed): the form prints its value off register, its first character
laid over the label's last (`主要经营场所` over `云`): the row reads `主要经营场所南省昆明市五华区…`, the label
takes its six characters and the address starts `南省昆明市…` — refused (`address starts inside a place
name`, blank on main). Only 云南省 ends with `南省` and holds 昆明市: the province is named by its city,
no pixel has to name it (`extract.PROVINCE_HEAD_RESTORE`). Where a city could end so too (`京市玄武区…`:
北京市 or 南京市), or the next place is in no such province, the address stays blank.
"""

from __future__ import annotations

import pytest

from app.prefill import extract as ex
from app.prefill.layout import Line

ADDRESS = "云南省昆明市五华区黄河路1695号博远小区14幢206室"


def _line(text: str, x1: float, y1: float, x2: float, y2: float) -> Line:
    return Line(text, 0.99, x1, y1, x2, y2, 0, ())


def _licence(address_row: str) -> list[Line]:
    return [_line('统一社会信用代码', 201, 270, 386, 304), _line('营业执照', 740, 260, 1116, 352),
            _line('915301029135451872', 203, 305, 460, 335), _line('人民币贰仟万元整', 1017, 457, 1226, 490),
            _line('注册资本', 927, 461, 1027, 490), _line('昆明锦程医疗器械有限公司', 318, 465, 591, 500),
            _line('称', 260, 472, 303, 498), _line('名', 205, 472, 271, 499),
            _line('2008年08月22日', 1040, 507, 1200, 536), _line('成立日期', 926, 507, 1026, 540),
            _line('有限责任公司(自然人独资)', 319, 512, 590, 547), _line('型', 269, 517, 302, 547),
            _line('类', 205, 518, 237, 548), _line('2008年08月22日至2028年08月22日', 1040, 553, 1377, 584),
            _line('营业期限', 928, 555, 1026, 588), _line('法定代表人贾兰轩', 205, 564, 393, 595),
            _line(address_row, 929, 595, 1567, 633),
            _line('一般项目:消毒剂销售(不含危险化学品);第二类医', 318, 605, 856, 639),
            _line('经营范围', 206, 613, 304, 642),
            _line('疗器械销售;卫生用品和一次性使用医疗用品销售;第', 322, 638, 856, 672),
            _line('一类医疗器械销售。(除依法须经批准的项目外,凭营', 324, 670, 856, 704),
            _line('业执照依法自主开展经营活动)', 323, 703, 623, 738), _line('登记机关', 1211, 1050, 1317, 1085)]


def test_a_province_lost_under_the_labels_end_is_named_by_its_city(monkeypatch) -> None:
    row = "主要经营场所南省昆明市五华区黄河路1695号博远小区14幢206室"
    assert ex.extract(_licence(row), "business_license").public_fields()["address"]["value"] == ADDRESS
    monkeypatch.setattr(ex, "PROVINCE_HEAD_RESTORE", False)
    got = ex.extract(_licence(row), "business_license").public_fields()["address"]  # (main)
    assert got["value"] == "" and got["reason"] == "wrapped_row_incomplete"


def test_a_whole_address_is_read_as_before() -> None:
    got = ex.extract(_licence("主要经营场所" + ADDRESS), "business_license").public_fields()["address"]
    assert got["value"] == ADDRESS


@pytest.mark.parametrize(("read", "whole"), [
    ("南省昆明市五华区黄河路1695号", "云南省昆明市五华区黄河路1695号"),
    ("东省济南市历下区长江路1220号", "山东省济南市历下区长江路1220号"),
    ("族自治区南宁市青秀区中山路928号", "广西壮族自治区南宁市青秀区中山路928号"),
    ("省郑州市金水区和平路570号", "河南省郑州市金水区和平路570号"),
    ("京市玄武区新华路263号", None),  # (北京市 once had a 玄武区; 南京市 has one: the lost head may be a city's)
    ("海市徐汇区漕溪路12号", None),  # (北海市 ends with 海市 too)
    ("南省深圳市南山区学院路400号", None),  # (深圳市 is in no province ending 南省)
    ("西省大同市平城区", "山西省大同市平城区"),
])
def test_the_head_comes_back_only_when_one_province_fits(read: str, whole: str | None) -> None:
    assert ex._province_head_restored(read) == whole
