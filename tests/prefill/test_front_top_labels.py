"""ID fronts whose 姓名 label was lost while the name was read (ZK, session 28), drawn with
Pillow on the national card's layout (`test_id_front_cases.card`) and read through `ocr_files`.

- `extract.TOP_LABELS_LOST`: a card's labels are printed small in a light blue; a hand's shadow, a
  phone's exposure or a copier takes them first, and the top rows' (姓名, 性别) first. With 出生 and
  住址 read, the name was blank (`label_not_found`, zk_0014): it is the one name-shaped line right above
  the row holding only the number's sex, both starting where the birth row starts.
"""

from __future__ import annotations

import cv2
import numpy as np
from PIL import Image, ImageDraw

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
