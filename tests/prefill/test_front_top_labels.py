"""ID fronts whose 姓名 label was lost or misread while the name was read (ZK, session 28), drawn with
Pillow on the national card's layout (`test_id_front_cases.card`) and read through `ocr_files`.

- `extract.TOP_LABELS_LOST`: a card's labels are printed small in a light blue; a hand's shadow, a
  phone's exposure or a copier takes them first, and the top rows' (姓名, 性别) first. With 出生 and
  住址 read, the name was blank (`label_not_found`, zk_0014): it is the one name-shaped line right above
  the row holding only the number's sex, both starting where the birth row starts.
- `extract.NAME_LABEL_MISREAD`: a 姓名 whose 姓 lost its 女 on a copy of a copy (`n名许博`, zk_0019): the
  line starting in the labels' column right above 性别 with 名 in its place names the row.
"""

from __future__ import annotations

import cv2
import numpy as np
from PIL import Image, ImageDraw

from app.prefill.layout import Line
from tests.prefill.fonts import cjk_font
from tests.prefill.test_id_front_cases import PERSON, assert_no_wrong, card, read

ROWS = ["上海市浦东新区秀浦路100号"]


def test_name_and_sex_labels_lost_the_name_is_the_row_above_the_sex(engine, tmp_path) -> None:
    fields = read(tmp_path, card(ROWS, hide=("姓名", "性别")))
    assert fields["name"]["value"] == PERSON["name"]  # main: blank, label_not_found
    assert_no_wrong(fields, {**PERSON, "address": "".join(ROWS)})


def test_name_and_sex_labels_lost_a_line_right_of_the_column_is_no_name(engine, tmp_path) -> None:
    flat = card(ROWS, hide=("姓名", "性别"), name="")
    img = Image.fromarray(cv2.cvtColor(flat, cv2.COLOR_BGR2RGB))
    ImageDraw.Draw(img).text((330, 70), "段锦", font=cjk_font(36), fill=(20, 20, 20))  # (beside the column)
    fields = read(tmp_path, cv2.cvtColor(np.array(img), cv2.COLOR_RGB2BGR))
    assert fields["name"]["value"] == ""
    assert_no_wrong(fields, {**PERSON, "address": "".join(ROWS)})


def _line(text: str, x1: float, y1: float, x2: float, y2: float, xs: tuple[float, ...] = ()) -> Line:
    return Line(text, 0.99, x1, y1, x2, y2, 0, (), xs=xs)


# the lines the reader took off ZK's zk_0019 (a copy of a copy of a front, its 姓 read `n`)
NUMBER = _line("140105199304200298", 228, 344, 544, 383)
LOWER = [_line("性别男", 42, 107, 170, 147, (58, 103, 147)), _line("民族满", 223, 107, 344, 143, (244, 286, 328)),
         _line("出生", 31, 151, 127, 198), _line("1993年4月20日", 124, 157, 377, 193),
         _line("住址", 31, 202, 132, 249), _line("山西省太原市小店区东风", 129, 208, 412, 244),
         _line("北路1938号4层02室", 132, 245, 361, 280), _line("公民身份号码", 50, 354, 178, 383), NUMBER]


def test_name_label_read_with_one_character_wrong_names_its_row() -> None:
    from app.prefill.extract import extract

    def name(top: Line) -> str:
        return extract([top, *LOWER], "id_card_front").public_fields()["name"]["value"]

    assert name(_line("n名许博", 44, 57, 192, 95, (60, 104, 149, 174))) == "许博"  # main: blank, label_not_found
    assert name(_line("姓又许博", 44, 57, 192, 95, (60, 104, 149, 174))) == "许博"
    # both label characters wrong: no label, no name
    assert name(_line("n又许博", 44, 57, 192, 95, (60, 104, 149, 174))) == ""
    # a line starting in the values' column is no label's row (李名扬 is a name, not `?名` + 扬)
    assert name(_line("李名扬", 129, 57, 260, 95, (149, 174, 199))) != "扬"
    # the name's characters not where the values start (the row read shifted): nothing
    assert name(_line("n名许博", 44, 57, 192, 95, (60, 80, 104, 149))) == ""
