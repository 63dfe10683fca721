"""A 公共场所卫生许可证 number printed with no issuer before 卫, its twelve-digit serial led by the issuing
county's code (卫公证字[2024]第510107436437号: 510107 成都市武侯区). AD prints five such numbers (ad_025,
ad_047, ad_068, ad_117, ad_137); every one was blanked as `format` on main. Taken only when the county
the code names is printed on the page (the premises' address) and the number starts its own row.
Rebuilt as OCR lines and run through the real extraction code.
"""

from __future__ import annotations

from app.prefill.engine import TextLine
from app.prefill.extract import extract
from app.prefill.layout import to_lines


def line(text: str, x1: float, y1: float, x2: float, y2: float) -> TextLine:
    per = tuple((0.999, "", 0.0) for _ in text)
    return TextLine(text, 0.99, ((x1, y1), (x2, y1), (x2, y2), (x1, y2)), False, per, ())


def _number(printed: str, address: str = "四川省成都市武侯区学院路1369号综合楼11层29室") -> str:
    lines = [line("公共场所卫生许可证", 300, 100, 700, 150), line(printed, 450, 160, 800, 185),
             line("单位名称", 100, 220, 200, 245), line("成都中远酒店管理有限公司", 300, 220, 560, 245),
             line("法定代表人", 100, 260, 220, 285), line("严宇艳", 300, 260, 360, 285),
             line("地址", 100, 300, 200, 325), line(address, 300, 300, 700, 325),
             line("许可项目", 100, 340, 200, 365), line("游泳场(馆)", 300, 340, 400, 365),
             line("有效期限", 100, 380, 200, 405), line("自2024年06月23日至2028年06月22日", 300, 380, 600, 405)]
    return extract(to_lines(lines)).public_fields()["license_no"]["value"]


def test_a_head_less_number_led_by_the_county_on_the_page() -> None:
    assert _number("卫公证字[2024]第510107436437号") == "卫公证字〔2024〕第510107436437号"


def test_a_code_naming_another_place_or_none_is_still_refused() -> None:
    assert _number("卫公证字[2024]第510108436437号") == ""  # 510108 is no county of the page
    assert _number("卫公证字[2024]第510107436437号", "北京市海淀区工业园区星湖街2792号") == ""
    assert _number("卫公证字[2024]第519907436437号") == ""  # no such code
    assert _number("卫公证字[2024]第5101074364号") == ""  # not twelve digits


def test_a_number_with_a_head_keeps_its_own_rules() -> None:
    assert _number("川卫公证字[2024]第510107436437号") == "川卫公证字〔2024〕第510107436437号"
