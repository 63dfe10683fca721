"""Session 35 (wrongs): a unit right after its building's word lost its number.

A building's units are numbered (`4号楼4单元`, `1栋3单元`, `二单元`, `东单元`): the bare word after
the building (`…507号4号楼单元403`, ZX zx_008; `…阳光新村1栋单元2602室`, ZY zy_0023, a premises
address) is a digit the print or the recogniser lost between the two words — pre-filled on main
(both first sights), blank now (`address skips its parts`, `extract._UNIT_AFTER_NAME`). No true address
of the cached sets has the word after 楼/栋/幢/座.
"""

from __future__ import annotations

import pytest

from app.prefill.extract import _unit_after_name
from tests.prefill.test_licence_rows import licence, read, scope_rows


@pytest.mark.parametrize("addr", ["浙江省杭州市余杭区古墩路507号4号楼单元403", "江苏省南京市鼓楼区解放大道1848号阳光新村1栋单元2602室",
                                  "湖北省武汉市青山区和平大道12号8幢单元1203室", "北京市朝阳区建国路88号SOHO现代城B座单元1203室"])
def test_a_unit_right_after_its_building_lost_its_number(addr: str) -> None:
    assert _unit_after_name(addr)
    got = read(licence(scope_rows(), address=addr))["address"]
    assert got["value"] == "" and got["reason"] == "wrapped_row_incomplete", got


@pytest.mark.parametrize("addr", ["浙江省杭州市余杭区古墩路507号4号楼4单元403", "江苏省南京市鼓楼区解放大道1848号阳光新村1栋3单元2602室",
                                  "湖北省武汉市洪山区珞喻路5号楼二单元501室", "上海市浦东新区张江路12A号东单元302室",
                                  "四川省成都市武侯区人民南路四段27号商鼎国际1号楼1001单元"])
def test_numbered_units_are_read(addr: str) -> None:
    assert not _unit_after_name(addr)
    assert read(licence(scope_rows(), address=addr))["address"]["value"] == addr


# an address with no number at all that ends in no street, village or building word (`…南湖区学府` of
# …学府路658弄46号2006室, ZY zy_0092: the rest of the row was not boxed) — pre-filled on main
@pytest.mark.parametrize("addr", ["浙江省嘉兴市南湖区学府", "广东省广州市天河区天河中心", "北京市朝阳区望京SOHO"])
def test_an_address_without_a_number_that_ends_in_a_name_is_not_prefilled(addr: str) -> None:
    got = read(licence(scope_rows(), address=addr))["address"]
    assert got["value"] == "" and got["reason"] == "wrapped_row_incomplete", got


@pytest.mark.parametrize("addr", ["浙江省嘉兴市南湖区学府路658弄46号2006室", "河南省商水县谭庄镇王庄村",
                                  "浙江省杭州市西湖区文三路478号华星时代广场"])
def test_addresses_ending_in_a_village_or_after_their_number_are_read(addr: str) -> None:
    assert read(licence(scope_rows(), address=addr))["address"]["value"] == addr
