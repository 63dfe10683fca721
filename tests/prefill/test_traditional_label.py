"""Session 37 (aecopy): a label character read as its traditional form is that character.

AE ae_0006 (a 食品经营许可证, copied twice, its strokes thickened): the 经营项目 label was read `经管項目` — 管 for
营 and the traditional 項 for 项, two characters off, so no label; the items' row was read into 主体业态's value
(`食品销售经营者(便利店)散装食品…`, blank `unknown type`) and the items blank `not found`. Labels are printed in
simplified characters and the recogniser's charset holds both forms: `項` is 项 (`layout.TRADITIONAL_LABEL`; off =
main: the items blank `not found`).
"""

from __future__ import annotations

from app.prefill import extract as ex
from app.prefill import layout
from app.prefill.layout import Line, clean

ITEMS = "散装食品(不含冷藏冷冻食品)销售;预包装食品(不含冷藏冷冻食品)销售"


def _line(text: str, x1: float, y1: float, x2: float, y2: float) -> Line:
    return Line(clean(text), 0.99, x1, y1, x2, y2, 0, ())


def extract_food(lines: list[Line]) -> dict:
    return ex.extract(lines, "food_business_license").fields


def _page(items_label: str) -> list[Line]:
    return [_line("食品经营许可证", 691, 124, 1242, 229),
            _line("经营者名称", 220, 330, 348, 369), _line("乌鲁木齐晨光医疗器械有限公司", 535, 335, 868, 383),
            _line("住所", 220, 497, 319, 531), _line("新疆维吾尔自治区乌鲁木齐市天山区朝阳北路726号7层", 527, 500, 1093, 554),
            _line("经营场所", 214, 547, 322, 590), _line("新疆维吾尔自治区乌鲁木齐市天山区朝阳北路726号7层", 528, 555, 1088, 610),
            _line("主体业态", 214, 606, 319, 644), _line("食品销售经营者（便利店）", 528, 612, 801, 656),
            _line(items_label, 210, 657, 316, 700),
            _line("散装食品（不含冷藏冷冻食品）销售；预包装食品（不含冷藏冷冻食品）销售", 523, 664, 1316, 726),
            _line("许可证编号", 208, 709, 340, 757), _line("JY16501021387876", 522, 721, 725, 762),
            _line("有效期至", 211, 770, 313, 809), _line("2031年10月09日", 520, 775, 691, 817)]


def test_a_traditional_form_in_a_label_is_the_labels_character(monkeypatch) -> None:
    got = extract_food(_page("经管項目"))
    assert got["business_form"].value == "食品销售经营者(便利店)"
    assert got["business_items"].value == ITEMS
    monkeypatch.setattr(layout, "TRADITIONAL_LABEL", False)
    main = extract_food(_page("经管項目"))
    assert main["business_items"].value == ""


def test_the_label_read_in_simplified_reads_as_before() -> None:
    got = extract_food(_page("经营项目"))
    assert got["business_form"].value == "食品销售经营者(便利店)" and got["business_items"].value == ITEMS


def test_two_characters_off_besides_the_twin_is_no_label() -> None:
    got = extract_food(_page("轻管項日"))
    assert got["business_items"].value == ""
