"""An ID front faxed in a fax's threshold mode (session 27, lane faxcopy): the card's light labels —
and the 年, 月, 日 of its birth row, printed in the labels' colour — fall under the threshold and
vanish, while its black values stay. The birth row then reads as digits alone, the year glued to the
month and day (`1999 314`, ZH zh_0094), which the labelless rule (session 23) did not take for the
birth row, so the page was `other`. And the grey 住址 label's last dots, read as a short line left of
the values' column (`1日`), ended the address before its first row.

- A birth row holding the number's whole date as one run of digits is the birth row; a run of
  other digits is not.
- A line that ends before the values' column starts is no address row: the rows after it are read.
"""

from __future__ import annotations

import cv2
import numpy as np
from PIL import Image, ImageDraw

from app.prefill.layout import Line
from app.prefill.reader import read_page
from tests.prefill.fonts import cjk_font

NUMBER = "411421199903149458"  # (GB 11643: born 1999-03-14, male, check character 8)


def _line(text: str, x1: float, y1: float, x2: float, y2: float) -> Line:
    return Line(text, 0.99, x1, y1, x2, y2, 0, ())


def _threshold_fax_front() -> np.ndarray:
    """An ID front on a fax's bed, sent in threshold (not halftone) mode: grey (150) labels and
    年/月/日, black values — everything grey goes white."""
    page = Image.new("L", (980, 620), 255)
    d = ImageDraw.Draw(page)
    lab, val = cjk_font(17), cjk_font(21)
    for label, x, y in (("姓  名", 180, 163), ("性  别", 180, 213), ("民  族", 330, 213), ("出  生", 180, 263),
                        ("住  址", 180, 313), ("公民身份号码", 180, 458)):
        d.text((x, y), label, font=lab, fill=150)
    for value, x, y in (("冯志嘉", 260, 160), ("男", 260, 210), ("汉", 400, 210), ("1999", 260, 260), ("3", 336, 260),
                        ("14", 380, 260), ("河南省商丘市民权县黄土", 260, 310), ("岗镇红星村4组35号", 260, 345)):
        d.text((x, y), value, font=val, fill=0)
    for unit, x in (("年", 312), ("月", 352), ("日", 410)):
        d.text((x, 262), unit, font=lab, fill=150)
    d.text((380, 452), NUMBER, font=cjk_font(27), fill=0)
    d.rectangle((640, 170, 790, 360), fill=60)
    one_bit = page.point(lambda v: 0 if v < 128 else 255)
    return cv2.cvtColor(np.array(one_bit), cv2.COLOR_GRAY2BGR)


def test_a_threshold_fax_of_an_id_front_reads_its_birth_row_as_digits_alone(engine) -> None:  # noqa: ANN001
    got = read_page(_threshold_fax_front(), engine)
    assert got.kind == "id_card_front"  # (`other` before: `1999 314` was no birth row)
    fields = got.extraction.public_fields()
    assert fields["id_number"]["value"] == NUMBER
    assert fields["birth_date"]["value"] == "1999-03-14"
    assert fields["name"]["value"] == "冯志嘉"
    assert fields["address"]["value"] == "河南省商丘市民权县黄土岗镇红星村4组35号"


def test_only_the_numbers_own_date_glued_counts() -> None:
    from app.prefill import kinds  # (after the reader: extract, which it imports, registers the kinds)

    def front(birth: str) -> str | None:
        return kinds.labelless_kind([_line("冯志嘉", 254, 160, 327, 193), _line("男", 254, 211, 286, 243),
                                     _line(birth, 255, 260, 441, 291), _line(NUMBER, 378, 458, 653, 489)])

    assert front("1999314") == "id_card_front"
    assert front("1999 314") == "id_card_front"
    assert front("19990314") == "id_card_front"
    # another date, another run of digits: no birth row
    assert front("1999315") is None
    assert front("2199931") is None
    assert front("13899931412") is None


def test_a_label_remnant_left_of_the_column_does_not_end_the_address() -> None:
    from app.prefill.extract import extract

    number = _line(NUMBER, 378, 458, 653, 489)
    rows = [_line("冯志嘉", 254, 160, 327, 193), _line("男", 254, 211, 286, 243), _line("1999 314", 255, 260, 441, 291),
            _line("河南省商丘市民权县黄土", 257, 310, 534, 338), _line("岗镇红星村4组35号", 257, 345, 470, 373), number]
    remnant = _line("1日", 180, 312, 226, 336)  # (the grey 住址's dots, in the label column)
    got = extract([*rows, remnant], "id_card_front").public_fields()
    assert got["address"]["value"] == "河南省商丘市民权县黄土岗镇红星村4组35号"
    # a line reaching into the values' column is no remnant: the address is not guessed past it
    got = extract([*rows, _line("1日", 180, 312, 300, 336)], "id_card_front").public_fields()
    assert not got["address"]["value"]
