"""A label-less ID front (a fax's or a copy of a copy's grey labels gone) whose sex row is not read as
the bare sex (session 35, lane copies; ZX's copies of copies and faxes): a speck after it (`男·`, zx_058),
性别's remnant before it (`生男`, zx_101), the sex itself misread (`4`, zx_014). The rows are placed by
the values that prove themselves (`extract._labelless_rows`): the birth row by the number's date, the
sex row right above it by its reading — which failed, so the name above it was never taken and the
nation beside it never looked at (name and nation blank).

- `extract.SEX_ROW_BY_NATION`: the one short line right above the birth row, starting in the values'
  column, with a coded nation standing right of it on its row, is the sex row.
"""

from __future__ import annotations

import pytest

from app.prefill import extract as ex
from app.prefill.layout import Line

NUMBER = "411421199903149458"  # (GB 11643: born 1999-03-14, male, check character 8)


def _line(text: str, x1: float, y1: float, x2: float, y2: float) -> Line:
    return Line(text, 0.99, x1, y1, x2, y2, 0, ())


def _front(sex_row: str, name_row: str = "冯志嘉", nation: str | None = "汉") -> list[Line]:
    lines = [_line(name_row, 254, 160, 254 + 36 * len(name_row), 193),
             _line(sex_row, 254, 211, 254 + 30 * len(sex_row), 243),
             _line("1999 314", 255, 260, 441, 291),
             _line("河南省商丘市民权县黄土", 257, 310, 534, 338), _line("岗镇红星村4组35号", 257, 345, 470, 373),
             _line(NUMBER, 378, 458, 653, 489)]
    if nation is not None:
        lines.append(_line(nation, 400, 211, 400 + 30 * len(nation), 243))
    return lines


@pytest.mark.parametrize("sex_row, name_row, nation", [
    ("男·", "冯志嘉", "侗"),    # a copy's speck after the sex (zx_058)
    ("生男", "名冯志嘉", "汉"),  # 性别's remnant before it, 姓名's 名 before the name (zx_101)
    ("4", "冯志嘉", "民汉"),     # the sex misread, 民族's remnant before the nation (zx_014)
])
def test_the_sex_row_is_known_by_its_place_and_the_nation_beside_it(sex_row, name_row, nation) -> None:  # noqa: ANN001
    got = ex.extract(_front(sex_row, name_row, nation), "id_card_front").public_fields()
    assert got["name"]["value"] == "冯志嘉"  # main: blank (`not found`)
    assert got["sex"]["value"] == "男"
    assert got["id_number"]["value"] == NUMBER
    assert got["address"]["value"] == "河南省商丘市民权县黄土岗镇红星村4组35号"
    if nation != "民汉":  # (that one was read on main already, by its half label)
        assert got["nation"]["value"] == nation.removeprefix("民")


def test_without_a_nation_beside_it_or_with_a_long_reading_the_row_above_is_no_sex_row() -> None:
    got = ex.extract(_front("男·", nation=None), "id_card_front").public_fields()
    assert not got["name"]["value"]
    got = ex.extract(_front("男女老少", nation="汉"), "id_card_front").public_fields()
    assert not got["name"]["value"]
    # (民 before the sex is no remnant of 性别: the row above starting with 名 is then no name)
    got = ex.extract(_front("民男", "名冯志嘉", "汉"), "id_card_front").public_fields()
    assert not got["name"]["value"]


def test_with_the_rule_off_the_name_stays_blank(monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(ex, "SEX_ROW_BY_NATION", False)
    got = ex.extract(_front("男·", nation="侗"), "id_card_front").public_fields()
    assert not got["name"]["value"]


def _kind(lines: list[Line]) -> str | None:
    from app.prefill import kinds

    return kinds.labelless_kind(lines)


def _faxed(sex_row: str = "性別男", nation: str | None = "比m汉", dy: float = 0.0) -> list[Line]:
    """A small card faxed onto a sheet, its labels gone (zx_003): the birth row's year read broken."""
    lines = [_line("4冯志嘉", 254, 160, 362, 193), _line(sex_row, 254, 211 - dy, 254 + 30 * len(sex_row), 243 - dy),
             _line("11 199.9 31日4", 255, 260, 441, 291), _line("河南省商丘市民权县黄土", 257, 310, 534, 338),
             _line("白份" + NUMBER, 254, 458, 653, 489)]
    if nation is not None:
        lines.append(_line(nation, 370, 211 - dy, 370 + 30 * len(nation), 243 - dy))
    return lines


def test_a_faxed_front_is_known_by_its_number_and_its_sex_row_with_the_nation() -> None:
    assert _kind(_faxed()) == "id_card_front"  # main: None (`other`: no birth year read apart)
    assert _kind(_faxed("男·", "侗")) == "id_card_front"


def test_no_nation_the_other_sex_a_long_row_or_a_row_far_above_is_no_front(monkeypatch) -> None:  # noqa: ANN001
    from app.prefill import kinds

    # (the address above the number names the number's province and city: session 37's
    # LABELLESS_FRONT_ADDRESS would call the page a front on that alone; this pins the nation rule)
    monkeypatch.setattr(kinds, "LABELLESS_FRONT_ADDRESS", False)
    assert _kind(_faxed(nation=None)) is None
    assert _kind(_faxed("女")) is None  # (the number is a man's)
    assert _kind(_faxed("性别男子")) is None
    assert _kind(_faxed(dy=200)) is None  # (eight of the number's heights above it and more: not the card's row)


def test_with_the_kind_rule_off_a_faxed_front_stays_other(monkeypatch) -> None:  # noqa: ANN001
    from app.prefill import kinds

    monkeypatch.setattr(kinds, "LABELLESS_FRONT_NATION", False)
    monkeypatch.setattr(kinds, "LABELLESS_FRONT_ADDRESS", False)
    assert _kind(_faxed()) is None
    monkeypatch.setattr(kinds, "LABELLESS_FRONT_ADDRESS", True)  # (its address alone makes it a front)
    assert _kind(_faxed()) == "id_card_front"


def _zw_040(name_y: float = 839) -> list[Line]:
    """ZW zw_040's reading (a faxed front, the error diffusion's labels gone): the birth row boxed taller
    than its neighbours, the name row too within 2.5 of its heights above it."""
    return [_line("马熙华", 876, name_y, 996, name_y + 59), _line("男", 874, 912, 921, 965),
            _line("1958年3月31日", 872, 976, 1245, 1032), _line("福建省厦门市思明区东风路1", 878, 1049, 1273, 1102),
            _line("610号", 876, 1098, 968, 1145), _line("350203195803310057", 978, 1220, 1371, 1282),
            _line("公份码", 778, 1238, 902, 1276)]


def test_the_row_right_above_is_the_nearest_of_two_in_the_window() -> None:
    got = ex.extract(_zw_040(), "id_card_front").public_fields()
    assert got["name"]["value"] == "马熙华"  # main: blank (two lines above the birth row: no sex row)
    assert got["address"]["value"] == "福建省厦门市思明区东风路1610号"


def test_two_lines_on_one_row_above_stay_undecided(monkeypatch) -> None:  # noqa: ANN001
    # (the name boxed down onto the sex row's height: no row of its own, nothing taken)
    assert not ex.extract(_zw_040(name_y=900), "id_card_front").public_fields()["name"]["value"]
    monkeypatch.setattr(ex, "ROW_ABOVE_NEAREST", False)
    assert not ex.extract(_zw_040(), "id_card_front").public_fields()["name"]["value"]


def test_a_faxed_住址_read_仕址_is_the_address_label() -> None:
    # (zx_101's reading: the dot over 住's 主 lost; without the label its rows were a label-less card's,
    # whose birth row starts in the label column, and the address was blank)
    lines = [_line("名陈德", 553, 379, 710, 423), _line("生男", 557, 436, 682, 480), _line("汉", 730, 438, 849, 472),
             _line("年 1965 年1月 28 日", 555, 490, 882, 536), _line("仕址", 559, 556, 649, 590),
             _line("上海市徐汇区共和新路862", 640, 548, 939, 588), _line("弄49号1002室", 646, 585, 810, 625),
             _line("公民与分号码", 565, 692, 715, 726), _line("310104196501288710", 715, 679, 1106, 724)]
    got = ex.extract(lines, "id_card_front").public_fields()
    assert got["address"]["value"] == "上海市徐汇区共和新路862弄49号1002室"  # main: blank (address ends abruptly)
    assert got["name"]["value"] == "陈德"
    assert got["nation"]["value"] == "汉"
