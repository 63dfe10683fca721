"""An ID front photocopied small onto an A4 sheet (session 27, lane faxcopy): the copier washes out
the card's light labels and its 年/月/日, and peppers the whole sheet with toner specks, so the
printed-matter box is the sheet and, at the sheet's OCR size, the detector boxes the name, the
address and the large number but not the short rows (女, 彝, `1963 6 4`) the labelless rule needs
(ZH zh_0087: `other`). The part of the sheet around the checked number is read as a card's box,
and the page is known by the values that prove themselves.

- A sheet holding one checked number, small, and no front label: read again around it → the front.
- Two numbers (a lease's parties), a front's label read (a form naming a person), a number
  failing its check: no such read.
"""

from __future__ import annotations

import cv2
import numpy as np
from PIL import Image, ImageDraw

from app.prefill.layout import Line
from app.prefill.reader import read_page
from tests.prefill.fonts import cjk_font

NUMBER = "460106196306046383"  # (GB 11643: born 1963-06-04, female, check character 3)


def _copied_sheet() -> np.ndarray:
    """The card at half size on a 150 dpi A4 sheet: labels and 年/月/日 washed out to 215, black
    values, a light portrait, 10,000 one-pixel toner specks over the sheet."""
    card = Image.new("L", (980, 620), 255)
    d = ImageDraw.Draw(card)
    lab, val = cjk_font(17), cjk_font(21)
    for label, x, y in (("姓  名", 180, 163), ("性  别", 180, 213), ("民  族", 330, 213), ("出  生", 180, 263),
                        ("住  址", 180, 313), ("公民身份号码", 180, 458)):
        d.text((x, y), label, font=lab, fill=215)
    for value, x, y in (("邓敏子", 260, 160), ("女", 260, 210), ("彝", 400, 210), ("1963", 260, 260), ("6", 336, 260),
                        ("4", 380, 260), ("海南省海口市龙华区漕溪", 260, 310), ("北路20号幸福里32号楼5", 260, 345),
                        ("单元402室", 260, 380)):
        d.text((x, y), value, font=val, fill=0)
    for unit, x in (("年", 312), ("月", 352), ("日", 400)):
        d.text((x, 262), unit, font=lab, fill=215)
    d.text((380, 452), NUMBER, font=cjk_font(27), fill=0)
    d.rectangle((640, 170, 790, 360), fill=200)
    sheet = Image.new("L", (1240, 1754), 255)
    sheet.paste(card.resize((490, 310), Image.LANCZOS), (200, 250))
    a = np.array(sheet)
    rng = np.random.default_rng(3)
    a[rng.integers(0, a.shape[0], 10000), rng.integers(0, a.shape[1], 10000)] = 40
    return cv2.cvtColor(a, cv2.COLOR_GRAY2BGR)


def test_a_front_copied_small_with_its_labels_washed_out_is_read_around_its_number(engine) -> None:  # noqa: ANN001
    got = read_page(_copied_sheet(), engine)
    assert got.kind == "id_card_front"  # (`other` before)
    fields = got.extraction.public_fields()
    assert fields["id_number"]["value"] == NUMBER
    assert fields["birth_date"]["value"] == "1963-06-04"
    assert fields["sex"]["value"] == "女"
    assert fields["name"]["value"] == "邓敏子"
    assert fields["address"]["value"] == "海南省海口市龙华区漕溪北路20号幸福里32号楼5单元402室"


def _line(text: str, x1: float, y1: float, x2: float, y2: float) -> Line:
    return Line(text, 0.99, x1, y1, x2, y2, 0, ())


def test_only_one_checked_number_small_and_no_front_label_is_read_around() -> None:
    from app.prefill.reader import card_number_region

    shape, eye, source = (1400, 990, 3), np.eye(3), (1754, 1240, 3)
    name, number = _line("邓敏子", 330, 330, 400, 352), _line(NUMBER, 400, 560, 640, 582)
    assert card_number_region([name, number], shape, eye, source) is not None
    # two people's numbers (a lease, a form's applicant and agent)
    assert card_number_region([name, number, _line("11010820010618349X", 400, 900, 640, 922)], shape, eye, source) is None
    # a front's label read: the labels decide as on any page
    assert card_number_region([_line("姓名", 250, 330, 300, 352), name, number], shape, eye, source) is None
    # a number failing its check, a number across much of the page
    assert card_number_region([name, _line(NUMBER[:-1] + "4", 400, 560, 640, 582)], shape, eye, source) is None
    assert card_number_region([name, _line(NUMBER, 100, 560, 700, 600)], shape, eye, source) is None
