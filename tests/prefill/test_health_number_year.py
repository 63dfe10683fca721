"""A 公共场所卫生许可证's number carries the year it was issued in, and its term runs from that day: a
number whose year is one digit off the term's start year has a digit misread in one of the two (ZW
zw_031, a copy of a copy: `沪卫公字〔2021〕第310115838651号` over `自2024年11月26日至2028年11月25日`, the
4 read 1 at 0.99+, pre-filled wrong). A four-year term vouches for its start: the number is blanked; a
term no four years long vouches for nothing: both are. Rebuilt as OCR lines, run through the real
extraction code."""

from __future__ import annotations

from app.prefill import extract as ex
from app.prefill.engine import TextLine
from app.prefill.extract import extract
from app.prefill.layout import to_lines


def line(text: str, x1: float, y1: float, x2: float, y2: float) -> TextLine:
    per = tuple((0.999, "", 0.0) for _ in text)
    return TextLine(text, 0.99, ((x1, y1), (x2, y1), (x2, y2), (x1, y2)), False, per, ())


def _fields(number: str, term: str) -> dict:
    lines = [line("公共场所卫生许可证", 300, 100, 700, 150), line(number, 450, 160, 800, 185),
             line("单位名称", 100, 220, 200, 245), line("浦东新区润泽便利店", 300, 220, 480, 245),
             line("法定代表人", 100, 260, 220, 285), line("龚梅永", 300, 260, 360, 285),
             line("许可项目", 100, 300, 200, 325), line("住宿", 300, 300, 400, 325),
             line("有效期限", 100, 340, 200, 365), line(term, 300, 340, 600, 365)]
    return extract(to_lines(lines)).public_fields()


def test_a_number_year_one_digit_off_a_four_year_term_is_not_prefilled() -> None:
    got = _fields("沪卫公字（2021）第310115838651号", "自2024年11月26日至2028年11月25日")
    assert got["license_no"]["value"] == ""
    assert got["license_no"]["reason"] == "cross_check"
    assert (got["valid_from"]["value"], got["valid_to"]["value"]) == ("2024-11-26", "2028-11-25")


def test_without_a_four_year_term_neither_the_number_nor_the_start_is_prefilled() -> None:
    got = _fields("沪卫公字（2021）第310115838651号", "自2024年11月26日至2027年11月25日")
    assert got["license_no"]["value"] == "" and got["valid_from"]["value"] == ""


def test_the_term_s_own_year_and_a_year_further_off_stay() -> None:
    got = _fields("沪卫公字（2024）第310115838651号", "自2024年11月26日至2028年11月25日")
    assert got["license_no"]["value"] == "沪卫公字〔2024〕第310115838651号"
    got = _fields("沪卫公字（2019）第310115838651号", "自2024年11月26日至2028年11月25日")
    assert got["license_no"]["value"] == "沪卫公字〔2019〕第310115838651号"


def test_off_as_before(monkeypatch) -> None:
    monkeypatch.setattr(ex, "HEALTH_NO_YEAR", False)
    got = _fields("沪卫公字（2021）第310115838651号", "自2024年11月26日至2028年11月25日")
    assert got["license_no"]["value"] == "沪卫公字〔2021〕第310115838651号"
