"""An ID front's light label print read with one character wrong and glued to its black value — a
copy of a copy or a fax washes the labels, the recogniser still boxes them with the value: ZK
zk_0019 (a copy of a copy) read its name row `n名许博` (`n名` standing over the `性别` label's two
characters below it, `许博` in the values' column) and its 民族 `民热满`. No 姓名 or 民族 label was
found: the name and the nation were blank, 4 of 6 fields.
- `extract._misread_name_label` (NAME_LABEL_MISREAD): the row above 性别 whose two characters in the
  label column stand over 性别's two and end in 名 holds the name after them.
- `extract._nation_beside_sex(misread=True)` (NATION_LABEL_MISREAD): on the sex row right of the
  sex, a box `民X…`/`X族…` whose rest is a coded nation holds that nation.
Lines as the recogniser gives them (per-character centres as fractions of the box), through
`extract` as `read_page` calls it. Both fail on main (blank)."""

from __future__ import annotations

from app.prefill.engine import TextLine
from app.prefill.extract import extract
from app.prefill.layout import to_lines


def _line(text: str, x1: float, y1: float, x2: float, y2: float, centres: tuple[float, ...] = ()) -> TextLine:
    """A box; `centres`: each character's centre x on the page (kept as the recogniser's fractions)."""
    xs = tuple((c - x1) / (x2 - x1) for c in centres)
    return TextLine(text, 0.98, ((x1, y1), (x2, y1), (x2, y2), (x1, y2)),
                    chars=tuple((0.99, "", 0.0) for _ in text), xs=xs)


def _card(name_row: TextLine, nation_box: TextLine | None = None) -> dict:
    # (a front at ~17 px rows: labels from x 46, values from x 99; 性别's characters centre at ~55 and ~74)
    lines = [name_row, _line("男", 100, 96, 119, 115, (109.5,)), _line("性别", 46, 98, 83, 115),
             nation_box or _line("民族汉", 165, 97, 233, 116, (176, 199, 222)),
             _line("1959年10月15日", 99, 131, 217, 151), _line("出生", 47, 134, 81, 150),
             _line("江苏省南京市玄武区沙河西路1121弄8", 98, 166, 349, 187), _line("住址", 46, 169, 82, 187),
             _line("0号2705室", 97, 187, 171, 209), _line("320102195910153790", 165, 283, 393, 305),
             _line("公民身份号码", 47, 287, 126, 303)]
    return extract(to_lines(lines), "id_card_front", 1.0).fields


def test_a_name_row_whose_label_was_read_with_its_first_character_wrong() -> None:
    got = _card(_line("n名丁超文", 45, 59, 160, 80, (55, 74, 110, 128, 146)))
    assert got["name"].value == "丁超文" and not got["name"].flagged, got["name"]
    assert got["nation"].value == "汉" and got["sex"].value == "男"


def test_label_column_characters_not_over_the_sex_label_are_no_label() -> None:
    # (two characters left of the values' column, but not where the card prints its labels: a name
    # starting left of its column, or a stain — nothing says which)
    got = _card(_line("n名丁超文", 20, 59, 160, 80, (28, 45, 110, 128, 146)))
    assert got["name"].value == "" and got["name"].flagged


def test_one_character_in_the_label_column_is_no_label_but_名_over_别() -> None:
    # session 32 (zsfax, NAME_LABEL_HEAD_LOST): 姓 washed out, 名 alone right over 性别's 别 is the label's
    # remnant (ZS zs_0119 `名卢芳`); any other lone character there, or 名 elsewhere in the column, is not
    got = _card(_line("名丁超文", 64, 59, 160, 80, (74, 110, 128, 146)))
    assert got["name"].value == "丁超文" and not got["name"].flagged, got["name"]
    got = _card(_line("各丁超文", 64, 59, 160, 80, (74, 110, 128, 146)))
    assert got["name"].value == ""
    got = _card(_line("名丁超文", 45, 59, 160, 80, (55, 110, 128, 146)))  # (名 over 性: no label's place)
    assert got["name"].value == ""


def test_a_label_not_ending_in_its_second_character_is_no_label() -> None:
    got = _card(_line("姓n丁超文", 45, 59, 160, 80, (55, 74, 110, 128, 146)))
    assert got["name"].value == ""


def test_a_nation_label_with_a_misread_character_on_the_sex_row() -> None:
    got = _card(_line("丁超文", 99, 59, 152, 80, (108, 126, 144)), _line("民热满", 165, 97, 233, 116, (176, 199, 222)))
    assert got["nation"].value == "满" and not got["nation"].flagged, got["nation"]
    got = _card(_line("丁超文", 99, 59, 152, 80, (108, 126, 144)), _line("阅族汉", 165, 97, 233, 116, (176, 199, 222)))
    assert got["nation"].value == "汉", got["nation"]


def test_a_misread_nation_label_whose_rest_is_no_nation_stays_blank() -> None:
    got = _card(_line("丁超文", 99, 59, 152, 80, (108, 126, 144)), _line("民热满洲", 165, 97, 250, 116))
    assert got["nation"].value == "" and got["nation"].flagged
