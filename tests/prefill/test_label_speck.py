"""A copy's speck read as a mark next to a label (session 35, lane copies): a copy of a copy's grey
background and its toner dots are read as `.` or `·` glued to the print. ZY zy_0112 (a copy of a copy of a
食品经营许可证) read `法定代表人.(负责人)郝建华` — the representative `(负责人)郝建华`, not a name — and
zy_0027 (a 营业执照) `经营场所.四川省…` — the address flagged for a stray character before the place.

- `layout.LABEL_SPECK`: a speck mark between a label and its value in one box, or inside the label, is
  neither's: the value is read from the character after it, the label spelled around it.
"""

from __future__ import annotations

from app.prefill import extract as ex
from app.prefill import layout
from app.prefill.layout import Line

ADDRESS = "湖北省武汉市武昌区胜利路1365号锦绣花园4栋3单元2204室"


def _line(text: str, x1: float, y1: float, x2: float, y2: float) -> Line:
    return Line(text, 0.99, x1, y1, x2, y2, 0, ())


def _food(rep_row: str, address_row: str) -> list[Line]:
    return [_line("食品经营许可证", 533, 303, 1132, 417), _line("经营者名称", 154, 556, 577, 601),
            _line("烟台博远酒店管理有限公司", 594, 556, 976, 602),
            _line("社会信用代码(身份证号码)", 153, 671, 570, 721), _line("91360111YNMPTJ549T", 584, 674, 915, 721),
            _line(rep_row, 144, 748, 700, 803), _line(address_row, 156, 828, 1420, 887),
            _line("主体业态", 152, 1079, 574, 1117), _line("单位食堂(机关企事业单位食堂)", 592, 1077, 1057, 1124),
            _line("经营项目", 152, 1159, 575, 1196), _line("热食类食品制售", 583, 1151, 819, 1204),
            _line("许可证编号", 152, 1322, 569, 1359), _line("JY13706130624268", 587, 1322, 864, 1362)]


def test_a_speck_inside_the_label_or_after_it_is_neither_label_nor_value() -> None:
    got = ex.extract(_food("法定代表人.(负责人)郝建华", "住所." + ADDRESS), "food_business_license").public_fields()
    assert got["legal_representative"]["value"] == "郝建华"  # main: blank (`(负责人)郝建华`, not a name)
    assert got["address"]["value"] == ADDRESS  # main: blank (a stray character before the place)
    got = ex.extract(_food("法定代表人(负责人)·郝建华", "住所·" + ADDRESS), "food_business_license").public_fields()
    assert got["legal_representative"]["value"] == "郝建华"
    assert got["address"]["value"] == ADDRESS


def test_the_label_is_spelled_around_one_speck_only() -> None:
    assert layout._speck("法定代表人.(负责人)郝建华", 5, "(负责人)")
    assert not layout._speck("住所..湖北", 2)  # (two marks: an ellipsis, not a speck)
    assert not layout._speck("住所:湖北", 2)  # (a colon is the label's already)
    assert not layout._speck("住所.", 2)  # (nothing after it)


def test_with_the_rule_off_the_values_stay_blank(monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(layout, "LABEL_SPECK", False)
    got = ex.extract(_food("法定代表人.(负责人)郝建华", "住所." + ADDRESS), "food_business_license").public_fields()
    assert got["legal_representative"]["value"] == ""
    assert ex.extract(_business("经营场所."), "business_license").public_fields()["address"]["value"] == ""


BUSINESS_ADDRESS = "四川省成都市武侯区长江路1367号和谐家园27栋3单元503室"


def _business(label: str) -> list[Line]:
    """zy_0027's reading: an individual business's 营业执照, its 经营场所 in the right column."""
    return [_line("统一社会信用代码", 205, 212, 423, 271), _line("92360111271WX3XG0F", 200, 263, 562, 333),
            _line("营业执照", 971, 329, 1426, 498), _line("名称", 221, 516, 405, 566),
            _line("嘉兴南湖区嘉禾建筑工程经营部", 434, 528, 883, 601),
            _line("注册日期2013年10月01日", 1266, 583, 1726, 662),
            _line(label + BUSINESS_ADDRESS, 1258, 690, 2166, 740), _line("类型", 209, 630, 400, 681),
            _line("个体工商户", 415, 641, 596, 700),
            _line("经营者", 191, 712, 396, 774), _line("杜建华", 412, 730, 529, 781)]


def test_a_speck_after_a_business_licences_label_is_not_the_addresss_start() -> None:
    got = ex.extract(_business("经营场所."), "business_license").public_fields()
    assert got["address"]["value"] == BUSINESS_ADDRESS  # main: blank (a stray character before the place)
    assert ex.extract(_business("经营场所"), "business_license").public_fields()["address"]["value"] == BUSINESS_ADDRESS
