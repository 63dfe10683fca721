"""A 身份证复印件 sent by fax whose front lost its labels (session 30, lane zndev): a fax's or a copier's
threshold takes a card front's light-blue labels (姓名 性别 民族 出生 住址 公民身份号码) and leaves its black
values, while the back's black title (中华人民共和国 居民身份证) and its labels survive. The back read as
the page's kind, the part of the sheet beside it held a front that classifies as no kind — its
labels gone — and was dropped (ZN's standard faxes zn_0006, zn_0020: the named front lost).

- The other side of a sheet is a front when its values prove it with no label read
  (`kinds.labelless_kind` of that part alone), as a page read as no kind is.
- A label-less front's birth row read as its year and month in one box and its day in another
  (`19761` and `31`) is still its birth row; its rows start where their first characters do, not
  where a label's remnant dots widened their boxes; its nation is the coded nation right of the sex
  on the sex row found by its place.
"""

from __future__ import annotations

import datetime as dt

import cv2
import numpy as np
from PIL import Image, ImageDraw

from app.prefill.layout import Line
from app.prefill.reader import read_page
from tests.prefill.fonts import cjk_font
from tests.prefill.test_labelless_pages import NUMBER, draw_front


def _line(text: str, x1: float, y1: float, x2: float, y2: float, xs: tuple[float, ...] = ()) -> Line:
    return Line(text, 0.99, x1, y1, x2, y2, 0, (), "", xs)


def _fax_sheet() -> np.ndarray:
    """A copy sheet faxed: the front above (its labels so light the threshold drops them, black values,
    a dark portrait), the back below (black title and labels: a 59-year-old's 长期 term)."""
    page = Image.new("L", (1000, 1300), 255)
    d = ImageDraw.Draw(page)
    draw_front(d, 80, label_fill=235, photo_fill=60)
    lab, val = cjk_font(17), cjk_font(21)
    d.rounded_rectangle((150, 700, 830, 1120), 24, outline=150)
    d.ellipse((190, 740, 290, 840), fill=0)
    d.text((420, 760), "中华人民共和国", font=cjk_font(30), fill=0)
    d.text((360, 830), "居 民 身 份 证", font=cjk_font(50), fill=0)
    d.text((250, 990), "签发机关", font=lab, fill=0)
    d.text((360, 986), "宁波市公安局鄞州分局", font=val, fill=0)
    d.text((250, 1050), "有效期限", font=lab, fill=0)
    d.text((360, 1046), "2016.05.10-长期", font=val, fill=0)
    return cv2.cvtColor(np.array(page.point(lambda v: 255 if v > 128 else 0).convert("L")), cv2.COLOR_GRAY2BGR)


def test_a_faxed_sheet_gives_the_front_whose_labels_the_threshold_took(engine) -> None:  # noqa: ANN001
    got = read_page(_fax_sheet(), engine)
    docs = {d["kind"]: {k: v["value"] for k, v in d["fields"].items()} for d in got.documents()}
    assert docs["id_card_back"]["issuing_authority"] == "宁波市公安局鄞州分局"
    front = docs["id_card_front"]
    assert front["id_number"] == NUMBER and front["birth_date"] == "1958-06-09" and front["sex"] == "男"
    assert front["name"] == "任博玉"
    assert front["nation"] == "汉"
    assert front["address"] == "浙江省宁波市鄞州区钱湖北路882号院9号楼6层405"


def test_a_part_beside_a_back_that_proves_no_front_is_no_side() -> None:
    from app.prefill.layout import Line as _Line
    from app.prefill.reader import _labelless_side

    values = [_line("任博玉", 254, 160, 327, 193), _line("男", 254, 211, 286, 243), _line("1958年6月9日", 255, 260, 441, 291),
              _line("浙江省宁波市鄞州区钱湖北路", 259, 314, 534, 340), _line(NUMBER, 378, 458, 653, 489)]
    assert _labelless_side(values, "id_card_front")
    assert not _labelless_side(values, "id_card_back")
    # the number alone (a form's line under the card), or its year nowhere above it: no front
    assert not _labelless_side(values[-1:], "id_card_front")
    # (with no birth row, an address row of another place than the number's: the holder moved — no front;
    # the number's own place, 浙江省宁波市…, would prove it, `kinds.LABELLESS_FRONT_ADDRESS`)
    moved = _Line("广东省深圳市南山区科技园", 0.99, 259, 314, 534, 340, 0, ())
    assert not _labelless_side([values[0], values[1], moved, values[4]], "id_card_front")
    assert _labelless_side([values[0], values[1], values[3], values[4]], "id_card_front")


def test_a_birth_row_read_with_its_day_apart_is_the_birth_row() -> None:
    from app.prefill.extract import holds_birth

    born = dt.date(1976, 1, 3)
    assert holds_birth("19761", born)  # (1976 年 1 月 glued, the day `3` read in a box of its own)
    assert holds_birth("197601", born)
    assert not holds_birth("19762", born) and not holds_birth("1977", born) and not holds_birth("219761", born)


def test_a_labelless_front_takes_its_rows_by_their_first_characters_and_its_nation_beside_the_sex() -> None:
    from app.prefill.extract import extract

    number = _line(NUMBER, 378, 458, 653, 489)
    birth = _line("1958年6月9日", 255, 260, 441, 291)
    # the address's first row boxed from 住址's remnant dots 66 px left of its first character
    first = _line("浙江省宁波市鄞州区钱湖北路", 193, 314, 534, 340,
                  tuple(272.0 + 21 * i for i in range(13)))
    got = extract([_line("任博玉", 254, 160, 327, 193), _line("男", 254, 211, 286, 243), _line("汉", 330, 211, 362, 243),
                   birth, first, _line("882号院9号楼6层405", 259, 348, 460, 374), number], "id_card_front").fields
    # (the rows placed: the address as taken, before the page's checks — here no paper to check — settle it)
    assert got["address"].value == "浙江省宁波市鄞州区钱湖北路882号院9号楼6层405"
    assert got["nation"].value == "汉" and not got["nation"].flagged
    assert got["name"].value == "任博玉" and not got["name"].flagged
    # a row whose first character itself stands left of the column is still no address row
    early = _line("浙江省宁波市鄞州区钱湖北路", 193, 314, 534, 340, tuple(203.0 + 25 * i for i in range(13)))
    got = extract([_line("任博玉", 254, 160, 327, 193), _line("男", 254, 211, 286, 243), birth, early, number],
                  "id_card_front").fields
    assert not got["address"].value
