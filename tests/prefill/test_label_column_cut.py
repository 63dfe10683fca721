"""An ID front photographed with the frame's edge cutting down its label column (session 29, lead;
ZL zl_0010, zl_0132: a phone held close, the card's left edge outside the frame). The labels' heads
are gone and their tails are read glued to the values — `名孟雅阳`, `リ女` (别's right half 刂 read as a
katakana), `生1974年…` — so no row label is found, and the front is read by its rows' places from
the values that prove themselves (`extract._labelless_rows`): the birth row holding the number's
year, the sex row over it holding the number's sex. 性别's tail before that sex says the label column
was cut, and 姓名's 名 then goes from the name; a name row starting with 名 over a sex row with no
such tail is left blank (名 is no label's remnant there). Drawn with Pillow and read through
`read_page`; the limits on recognised lines through `extract`."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw

from app.prefill.layout import Line
from app.prefill.reader import read_page
from tests.prefill.fonts import cjk_font

NUMBER = "620102197406265101"  # (GB 11643: born 1974-06-26, female)


def _cut_front() -> np.ndarray:
    """A card front drawn 70 px left of the image, so only each label's last character is inside."""
    img = Image.new("RGB", (1000, 640), (232, 236, 240))
    d = ImageDraw.Draw(img)
    lab, val = cjk_font(30), cjk_font(38)
    x0 = -70  # the card's left edge, outside the frame
    for label, y in (("姓名", 80), ("性别", 160), ("出生", 240), ("住址", 320)):
        d.text((x0 + 40, y + 6), label, font=lab, fill=(60, 110, 170))
    d.text((x0 + 440, 166), "民族", font=lab, fill=(60, 110, 170))
    for value, x, y in (("孟雅阳", 124, 80), ("女", 124, 160), ("汉", 540, 160), ("1974年6月26日", 124, 240),
                        ("甘肃省兰州市城关区迎宾大道", 124, 320), ("814号书香名邸32号楼", 124, 372)):
        d.text((x0 + x, y), value, font=val, fill=(25, 25, 25))
    d.text((x0 + 40, 512), "公民身份号码", font=lab, fill=(60, 110, 170))
    d.text((x0 + 300, 506), NUMBER, font=cjk_font(40), fill=(25, 25, 25))
    return np.array(img)[:, :, ::-1].copy()


def test_a_front_whose_label_column_the_frame_cut(engine) -> None:  # noqa: ANN001
    fields = read_page(_cut_front(), engine).extraction.public_fields()
    assert fields["id_number"]["value"] == NUMBER
    assert fields["name"]["value"] == "孟雅阳"


def _line(text: str, x1: float, y1: float, x2: float, y2: float) -> Line:
    return Line(text, 0.99, x1, y1, x2, y2, 0, ())


@pytest.mark.parametrize(("name_row", "sex_row", "want"), [
    ("名孟雅阳", "リ女", "孟雅阳"),
    ("名孟雅阳", "别女", "孟雅阳"),
    ("孟雅阳", "リ女", "孟雅阳"),  # (the name's own box apart from the label's tail)
    ("名孟雅阳", "女", ""),  # no tail of 性别: 名 is no label's remnant, the row is no name
    ("名孟雅阳", "リ男", ""),  # not the number's sex: no anchor
    ("名孟雅阳", "民女", ""),  # not a tail of 性别
])
def test_label_tails_before_the_values(name_row: str, sex_row: str, want: str) -> None:
    from app.prefill.extract import extract

    lines = [_line(name_row, 0, 80, 200, 120), _line(sex_row, 0, 160, 90, 200), _line("民族汉", 340, 160, 460, 200),
             _line("1974年6月26日", 0, 240, 300, 280), _line("甘肃省兰州市城关区迎宾大道", 4, 320, 500, 360),
             _line(NUMBER, 230, 500, 900, 540)]
    assert extract(lines, "id_card_front").public_fields()["name"]["value"] == want
