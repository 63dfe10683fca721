"""A person's name (ID 姓名, a licence's 法定代表人 / 负责人 / 经营者, a permit's 法定代表人(负责人)) —
session 17 (names): a surname the recogniser split with a character no one is named after, and a
label printed with 姓名 after it (法定代表人姓名) or in its colloquial form (法人代表).

Recogniser doubts are built as OCR lines with per-character probabilities, through the real
extraction (a drawn page does not make the recogniser torn on a chosen character); the labels are
drawn pages read end to end.
"""

from __future__ import annotations

from pathlib import Path

from app.prefill.extract import extract
from app.prefill.layout import to_lines
from tests.prefill.pages import read_file
from tests.prefill.test_food_health_layouts import FOOD_2015, HEALTH, draw_justified
from tests.prefill.test_licence_partners import page
from tests.prefill.test_licence_partners import read as read_licence
from tests.prefill.test_nation_label_misread import _line


def _card(name_box) -> list:
    return [name_box, _line("姓名", 47, 62, 97, 79), _line("男", 100, 96, 119, 115),
            _line("性别", 46, 98, 83, 115), _line("民族汉", 165, 97, 233, 116), _line("1959年10月15日", 99, 131, 217, 151),
            _line("出生", 47, 134, 81, 150), _line("江苏省南京市玄武区沙河西路1121弄8", 98, 166, 349, 187),
            _line("住址", 46, 169, 82, 187), _line("0号2705室", 97, 187, 171, 209),
            _line("320102195910153790", 165, 283, 393, 305), _line("公民身份号码", 47, 287, 126, 303)]


def test_a_surname_torn_with_a_character_no_one_is_named_after_is_the_surname() -> None:
    # `莫` 0.79 with `奠` 0.20 second (a night photo of a 食品经营许可证, family M's m0038): blanked
    # as a doubtful character; a name begins with its surname, and 奠 is none
    out = read_licence(page(rep="莫兰建", rep_chars={0: (0.793, "奠", 0.20)}))["legal_representative"]
    assert out["value"] == "莫兰建", out
    got = extract(to_lines(_card(_line("莫超文", 99, 59, 152, 80, {0: (0.79, "奠", 0.20)}))), "id_card_front", 1.0).fields
    assert got["name"].value == "莫超文" and not got["name"].flagged, got["name"]


def test_a_surname_torn_with_another_surname_or_a_given_character_torn_stays_a_doubt() -> None:
    # 王 or 玉: both are surnames — the print decides, not the vocabulary
    out = read_licence(page(rep="王兰建", rep_chars={0: (0.79, "玉", 0.20)}))["legal_representative"]
    assert out["value"] == "" and out["reason"] == "doubtful_character", out
    # a given name has no vocabulary
    out = read_licence(page(rep="莫兰建", rep_chars={1: (0.79, "奠", 0.20)}))["legal_representative"]
    assert out["value"] == "" and out["reason"] == "doubtful_character", out
    # the two readings together still short of sure
    got = extract(to_lines(_card(_line("莫超文", 99, 59, 152, 80, {0: (0.60, "奠", 0.10)}))), "id_card_front", 1.0).fields
    assert got["name"].value == "莫超文" and got["name"].flagged


def test_a_person_label_printed_with_its_name_word_is_no_part_of_the_value(tmp_path: Path) -> None:
    # `法定代表人姓名 胡一英`: the label's 姓名 was read into the value (`姓名胡一英`, a wrong pre-fill)
    rows = [("法定代表人姓名" if lab == "法定代表人" else lab, "商场(超市)" if lab == "许可项目" else v) for lab, v in HEALTH]
    out = read_file(draw_justified(tmp_path / "health.png", "卫生许可证", rows, column=200))
    assert out["kind"] == "public_health_license"
    assert out["fields"]["legal_representative"]["value"] == "胡一英", out["fields"]["legal_representative"]
    # a 食品经营许可证's: the value was `姓名` alone
    rows = [("法定代表人姓名" if lab.startswith("法定代表人") else lab, v) for lab, v in FOOD_2015]
    out = read_file(draw_justified(tmp_path / "food.png", "食品经营许可证", rows))
    assert out["kind"] == "food_business_license"
    assert out["fields"]["legal_representative"]["value"] == "江秀诗", out["fields"]["legal_representative"]
    # an individual business's 经营者姓名
    assert read_licence(page(rep_label="经营者姓名", rep="赵军"))["legal_representative"]["value"] == "赵军"


def test_the_colloquial_label_fa_ren_dai_biao_names_the_representative(tmp_path: Path) -> None:
    rows = [("法人代表" if lab == "法定代表人" else lab, "商场(超市)" if lab == "许可项目" else v) for lab, v in HEALTH]
    out = read_file(draw_justified(tmp_path / "health.png", "卫生许可证", rows, column=200))
    assert out["kind"] == "public_health_license"
    assert out["fields"]["legal_representative"]["value"] == "胡一英", out["fields"]["legal_representative"]
    rows = [("法人代表" if lab.startswith("法定代表人") else lab, v) for lab, v in FOOD_2015]
    out = read_file(draw_justified(tmp_path / "food.png", "食品经营许可证", rows))
    assert out["fields"]["legal_representative"]["value"] == "江秀诗", out["fields"]["legal_representative"]


def test_a_frequent_surname_the_first_list_missed_settles_its_doubt_too() -> None:
    # `阎` 0.83 with `间` 0.09 second (a binder pocket's glare, family L's l0085): 阎, like 傅 and 洪,
    # is a frequent surname and 间 none
    for rep, alt in (("阎远", "间"), ("傅红梅", "博"), ("洪涛", "讲")):
        out = read_licence(page(rep=rep, rep_chars={0: (0.834, alt, 0.088)}))["legal_representative"]
        assert out["value"] == rep, (rep, out)


def test_a_first_character_no_one_carries_with_a_surname_second_is_the_surname() -> None:
    # `漕` 0.91 with `曹` 0.08 second (a document camera's vignette over a 卫生许可证, family ZD's
    # zd0035: `漕菊玉` was pre-filled for 曹菊玉): a name begins with its surname, 漕 is none
    out = read_licence(page(rep="漕菊玉", rep_chars={0: (0.91, "曹", 0.08)}))["legal_representative"]
    assert out["value"] == "曹菊玉", out
    got = extract(to_lines(_card(_line("部欣芳", 99, 59, 152, 80, {0: (0.62, "邵", 0.35)}))), "id_card_front", 1.0).fields
    assert got["name"].value == "邵欣芳" and not got["name"].flagged, got["name"]
    # no surname among the readings, or the runner-up far behind: as read (a rare surname stays)
    out = read_licence(page(rep="其美多吉", rep_chars={0: (0.95, "具", 0.03)}))["legal_representative"]
    assert out["value"] == "其美多吉", out
    out = read_licence(page(rep="漕菊玉", rep_chars={0: (0.99, "曹", 0.005)}))["legal_representative"]
    assert out["value"] == "漕菊玉", out
