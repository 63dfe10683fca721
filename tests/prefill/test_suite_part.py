"""A suite split into parts (session 35, lane aachat): a licence address ending `…B1层101-3单元` (part 3 of
suite 101 on floor B1) was taken for one whose row's end was lost — 元 ends no address part and the suite
rule (`_SUITE_END`: `…11层17单元`, `…1001单元`) wanted digits alone before 单元 — and blanked `address ends
abruptly` (AA's 营业执照, 食品 and 卫生 licences, e.g. aa_126's 经营场所).

- `extract.SUITE_PART`: a floor's suite with its part number (`层101-3单元`) is the door too; without the floor
  before it (`…1332室101-3单元`, aa_120 read without `B1层`) it is not.
"""

from __future__ import annotations

import pytest

from app.prefill import extract as ex


@pytest.mark.parametrize("addr", ["江苏省南京市鼓楼区广州路2257号12号楼1617室B1层101-3单元",
                                  "湖北省武汉市青山区冶金大道1527号B1层101-3单元"])
def test_a_suite_with_its_part_ends_the_address(addr: str) -> None:
    assert not ex._address_cut_short(addr)  # main: True (`address ends abruptly`)


def test_with_the_rule_off_it_is_cut_short(monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(ex, "SUITE_PART", False)
    assert ex._address_cut_short("湖北省武汉市青山区冶金大道1527号B1层101-3单元")


@pytest.mark.parametrize("addr", ["湖北省武汉市青山区冶金大道1527号3栋2-1单元",  # (a stair unit: its flat may follow)
                                  "湖北省武汉市青山区冶金大道1527号12-3单元",  # (a house number's part, no suite)
                                  "湖北省武汉市青山区冶金大道1527号B1层101-单元",  # (the part's number lost)
                                  "上海市浦东新区张杨路1777号12号楼1332室101-3单元"])  # (its floor lost: aa_120)
def test_other_endings_are_still_cut_short(addr: str) -> None:
    assert ex._address_cut_short(addr)


def test_the_premises_address_of_a_food_licence_is_taken() -> None:
    got = ex._premises_address("江苏省南京市鼓楼区广州路2257号12号楼1617室B1层101-3单元", None, [], 0.0)
    assert got.note != "address ends abruptly"
