"""A card front's nation lost to a light 民族 label or one misread character (family ZD, ConTeXt
cards photographed dim or copied): the sex row read as one box with the label half gone (`男阅族朝鲜`
on zd0137, `女民畲` on zd0057, `皇男民汉` on zd0150) left the nation blank as `not a coded nation`;
so did `拉枯` beside a read 民族 label (zd0102: 枯 0.79 with 祜 the runner-up at 0.20). The sex the
checked number holds anchors the first (`extract._nation_on_sex_row`); the closed list of 56 nations
and the recogniser's runner-up settle the second (`extract._nation_runner_up`). Lines as the
recogniser gives them, with their per-character probabilities."""

from __future__ import annotations

from app.prefill.engine import TextLine
from app.prefill.extract import extract
from app.prefill.layout import to_lines


def _line(text: str, x1: float, y1: float, x2: float, y2: float,
          runner_up: dict[int, tuple[float, str, float]] | None = None) -> TextLine:
    chars = tuple((runner_up or {}).get(i, (0.99, "", 0.0)) for i in range(len(text)))
    return TextLine(text, 0.98, ((x1, y1), (x2, y1), (x2, y2), (x1, y2)), chars=chars)


def _card(sex_row: list[TextLine]) -> list[TextLine]:
    return [_line("丁超文", 99, 59, 152, 80), _line("姓名", 47, 62, 97, 79), *sex_row,
            _line("1959年10月15日", 99, 131, 217, 151),
            _line("出生", 47, 134, 81, 150), _line("江苏省南京市玄武区沙河西路1121弄8", 98, 166, 349, 187),
            _line("住址", 46, 169, 82, 187), _line("0号2705室", 97, 187, 171, 209),
            _line("320102195910153790", 165, 283, 393, 305), _line("公民身份号码", 47, 287, 126, 303)]


def test_the_sex_row_read_as_one_box_with_the_nation_label_half_lost() -> None:
    row = [_line("性别", 46, 98, 83, 115), _line("男阅族朝鲜", 100, 96, 240, 115, {1: (0.18, "间", 0.12)})]
    got = extract(to_lines(_card(row)), "id_card_front", 1.0).fields
    assert got["nation"].value == "朝鲜" and not got["nation"].flagged, got["nation"]
    assert got["sex"].value == "男" and got["name"].value == "丁超文"


def test_a_label_character_left_of_the_sex_and_the_label_end_lost() -> None:
    row = [_line("皇男民汉", 40, 96, 200, 115)]
    got = extract(to_lines(_card(row)), "id_card_front", 1.0).fields
    assert got["nation"].value == "汉" and not got["nation"].flagged, got["nation"]


def test_a_sex_other_than_the_numbers_is_no_sex_row() -> None:
    row = [_line("性别", 46, 98, 83, 115), _line("女民汉", 100, 96, 200, 115)]
    got = extract(to_lines(_card(row)), "id_card_front", 1.0).fields
    assert got["nation"].flagged or got["nation"].value != "汉", got["nation"]


def test_a_nation_whose_runner_up_character_makes_a_coded_nation() -> None:
    row = [_line("性别", 46, 98, 83, 115), _line("男", 100, 96, 119, 115), _line("民族", 160, 97, 200, 116),
           _line("拉枯", 210, 97, 250, 116, {1: (0.79, "祜", 0.2)})]
    got = extract(to_lines(_card(row)), "id_card_front", 1.0).fields
    assert got["nation"].value == "拉祜" and not got["nation"].flagged, got["nation"]


def test_a_runner_up_that_makes_no_nation_leaves_it_blank() -> None:
    row = [_line("性别", 46, 98, 83, 115), _line("男", 100, 96, 119, 115), _line("民族", 160, 97, 200, 116),
           _line("拉枯", 210, 97, 250, 116, {1: (0.79, "估", 0.2)})]
    got = extract(to_lines(_card(row)), "id_card_front", 1.0).fields
    assert got["nation"].flagged and got["nation"].note == "not a coded nation", got["nation"]
