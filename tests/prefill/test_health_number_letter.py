"""A 公共场所卫生许可证 number some provinces' issuers print with a capital letter: the district's
last four digits, one letter and a five-digit serial (津卫公证字〔2023〕第0104B31464号). Three families
written blind by different hands (R, T, X) print such numbers; every one was blanked as `format`.
Only that shape takes a letter: a letter anywhere else in the number is still a misread.
Rebuilt as OCR lines and run through the real extraction code.
"""

from __future__ import annotations

from app.prefill.engine import TextLine
from app.prefill.extract import extract
from app.prefill.layout import to_lines


def line(text: str, x1: float, y1: float, x2: float, y2: float) -> TextLine:
    per = tuple((0.999, "", 0.0) for _ in text)
    return TextLine(text, 0.99, ((x1, y1), (x2, y1), (x2, y2), (x1, y2)), False, per, ())


def _health(number: str) -> list[TextLine]:
    return [line("公共场所卫生许可证", 300, 100, 700, 150), line(number, 450, 160, 800, 185),
            line("单位名称", 100, 220, 200, 245), line("河西区清源足浴店", 300, 220, 480, 245),
            line("法定代表人", 100, 260, 220, 285), line("邱海新", 300, 260, 360, 285),
            line("许可项目", 100, 300, 200, 325), line("美发、美容", 300, 300, 400, 325),
            line("有效期限", 100, 340, 200, 365), line("自2023年06月07日至2027年06月06日", 300, 340, 600, 365)]


def _number(printed: str) -> str:
    return extract(to_lines(_health(printed))).public_fields()["license_no"]["value"]


def test_a_district_code_letter_and_serial_is_a_licence_number() -> None:
    assert _number("津卫公证字[2023]第0104B31464号") == "津卫公证字〔2023〕第0104B31464号"
    assert _number("渝卫公证字(2019)第5001C02495号") == "渝卫公证字〔2019〕第5001C02495号"


def test_a_letter_elsewhere_in_the_number_is_still_a_misread() -> None:
    assert _number("津卫公证字[2023]第010B431464号") == ""
    assert _number("津卫公证字[2023]第0104BB1464号") == ""
    assert _number("津卫公证字[2023]第0104B3146号") == ""


def test_an_issuer_printing_its_citys_code_after_the_province() -> None:
    # (浙3301卫公字[2020]第47053号: 浙 and 3301, 杭州市 in 浙江; Z prints it: every one was blank `format`)
    # (its year the term's, 2023: a year one digit off the term's start is a misread, `HEALTH_NO_YEAR`)
    assert _number("浙3301卫公字[2023]第47053号") == "浙3301卫公字〔2023〕第47053号"
    assert _number("鲁3707卫公字[2019]第02665号") == "鲁3707卫公字〔2019〕第02665号"
    # a code outside the province its abbreviation names, or no city's code, is no issuer
    assert _number("浙3707卫公字[2019]第02665号") == ""
    assert _number("浙3399卫公字[2019]第02665号") == ""
