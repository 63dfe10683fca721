"""A card or licence whose labels are lost (session 23, lane labelless): a dithered 1-bit fax scatters
the grey labels of an ID card and of a 营业执照 into single dots while the black values and the
large black title survive. Such a page was `other`: the classifier wants two pieces of evidence,
and a number or a title alone is one.

- An ID front is known without its labels by values that prove themselves: one citizen number that
  passes its check and the birth year it holds printed apart above it (the card's birth row). Its
  sex and birth date follow from the number; its name and address are taken by their rows' places
  from that birth row only where nothing else could stand there, else left blank.
- A 1-bit page whose title alone stands (on a line of its own, the largest print) is that document,
  its fields what the extraction finds (blank with their labels unread).
- A number alone, a year under it, a form, another document's word on the page: still `other`.
"""

from __future__ import annotations

import cv2
import numpy as np
from PIL import Image, ImageDraw

from app.prefill.layout import Line
from app.prefill.reader import read_page
from tests.prefill.fonts import cjk_font

NUMBER = "330212195806097215"  # (GB 11643: born 1958-06-09, male, check character 5)


def _line(text: str, x1: float, y1: float, x2: float, y2: float) -> Line:
    return Line(text, 0.99, x1, y1, x2, y2, 0, ())


def _front_values(*extra: Line, year: str = "1958", number: str = NUMBER, year_y: float = 260) -> list[Line]:
    """An ID front's values read without one label: name, sex, birth row, address, number."""
    return [_line("任博玉", 254, 160, 327, 193), _line("男", 254, 211, 286, 243),
            _line(f"{year}年6月9日", 255, year_y, 441, year_y + 31), _line("浙江省宁波市鄞州区钱湖北路", 259, 314, 534, 340),
            _line(number, 378, 458, 653, 489), *extra]


def test_an_id_front_without_labels_is_known_by_its_number_and_birth_row() -> None:
    from app.prefill import kinds  # (after the reader: extract, which it imports, registers the kinds)

    assert kinds.labelless_kind(_front_values()) == "id_card_front"
    # a fax reads the birth row in pieces (`1958` alone): the year printed apart is what counts
    assert kinds.labelless_kind([*_front_values()[:2], _line("1958", 312, 228, 382, 254),
                                 _line("611", 406, 230, 438, 251), *_front_values()[3:]]) == "id_card_front"


def test_a_number_alone_or_beside_other_words_is_no_card(monkeypatch) -> None:
    from app.prefill import kinds

    values = _front_values()
    # the number alone (a page naming a person), its year only under it, a number failing its check
    assert kinds.labelless_kind([values[-1]]) is None
    assert kinds.labelless_kind(_front_values(number=NUMBER[:-1] + "4")) is None
    with monkeypatch.context() as m:
        # (the birth row's own test: the address row above the number, 浙江省宁波市…, is the number's
        # place and proves the card by itself — `kinds.LABELLESS_FRONT_ADDRESS`, session 37 kinds4)
        m.setattr(kinds, "LABELLESS_FRONT_ADDRESS", False)
        assert kinds.labelless_kind(_front_values(year_y=520)) is None
        assert kinds.labelless_kind(_front_values(year="1959")) is None
    # two people's numbers (a lease's parties)
    assert kinds.labelless_kind(_front_values(_line("11010820010618349X", 378, 520, 653, 551))) is None
    # another kind's words: a licence's title, an ID back's label, a form's signature line, a
    # large title naming no document we read
    assert kinds.labelless_kind(_front_values(_line("营业执照", 300, 40, 600, 110))) is None
    assert kinds.labelless_kind(_front_values(_line("签发机关", 180, 560, 260, 585))) is None
    assert kinds.labelless_kind(_front_values(_line("申请人签字:", 100, 560, 300, 590))) is None
    assert kinds.labelless_kind(_front_values(_line("房屋租赁合同", 250, 30, 650, 110))) is None


def _fax(page: Image.Image) -> np.ndarray:
    """The page sent as a fax: Pillow's 1-bit dithering (Floyd–Steinberg), back to BGR."""
    return cv2.cvtColor(np.array(page.convert("1").convert("L")), cv2.COLOR_GRAY2BGR)


def draw_front(d: ImageDraw.ImageDraw, top: int, *, label_fill: int, photo_fill: int,
               card_fill: int | None = None) -> None:
    """An ID front's print (`NUMBER`'s holder) on a card whose top edge is at `top`: labels in
    `label_fill` grey, black values, a portrait block — the card the label-less tests copy, fax or
    threshold (here and in test_labelless_sheet_side)."""
    d.rounded_rectangle((150, top, 830, top + 420), 24, fill=card_fill, outline=150)
    lab, val = cjk_font(17), cjk_font(21)
    for label, x, dy in (("姓  名", 180, 43), ("性  别", 180, 93), ("民  族", 330, 93), ("出  生", 180, 143),
                         ("住  址", 180, 193), ("公民身份号码", 180, 338)):
        d.text((x, top + dy), label, font=lab, fill=label_fill)
    for value, x, dy in (("任博玉", 260, 40), ("男", 260, 90), ("汉", 400, 90), ("1958  年   6 月   9 日", 260, 140),
                         ("浙江省宁波市鄞州区钱湖北路", 260, 190), ("882号院9号楼6层405", 260, 225)):
        d.text((x, top + dy), value, font=val, fill=0)
    d.text((380, top + 332), NUMBER, font=cjk_font(27), fill=0)
    d.rectangle((640, top + 50, 790, top + 240), fill=photo_fill)


def _fax_front() -> np.ndarray:
    """An ID front on a fax's bed: grey (168) labels on the card's light tint, black values, a
    dark portrait — the labels dithered into dots."""
    page = Image.new("L", (980, 620), 255)
    draw_front(ImageDraw.Draw(page), 120, label_fill=168, photo_fill=120, card_fill=222)
    return _fax(page)


def _fax_licence() -> np.ndarray:
    """A 营业执照 on a fax: its black title large, its rows light grey (190) and small."""
    page = Image.new("L", (600, 850), 255)
    d = ImageDraw.Draw(page)
    d.text((180, 110), "营业执照", font=cjk_font(54), fill=0)
    small = cjk_font(13)
    for i, (label, value) in enumerate((("名        称", "厦门市蓝海物业管理有限公司"), ("类        型", "有限责任公司(自然人投资或控股)"),
                                        ("法定代表人", "韩然新"), ("注册资本", "贰拾万元整"), ("成立日期", "2005年11月07日"),
                                        ("住        所", "福建省厦门市思明区莲前西路690号"))):
        d.text((60, 240 + 46 * i), label, font=small, fill=190)
        d.text((150, 240 + 46 * i), value, font=small, fill=190)
    return _fax(page)


def test_a_fax_of_an_id_front_without_labels_gives_its_number_and_what_follows(engine) -> None:  # noqa: ANN001
    got = read_page(_fax_front(), engine)
    assert got.kind == "id_card_front"
    fields = got.extraction.public_fields()
    assert fields["id_number"]["value"] == NUMBER
    assert fields["birth_date"]["value"] == "1958-06-09"
    assert fields["sex"]["value"] == "男"
    # the name and the address by their rows' places: the name's row right over the sex's, the
    # address's under the birth row, each starting where the birth row starts
    assert fields["name"]["value"] == "任博玉"
    assert fields["address"]["value"] == "浙江省宁波市鄞州区钱湖北路882号院9号楼6层405"


def test_rows_placed_otherwise_give_no_name_and_no_address() -> None:
    from app.prefill.extract import extract

    def front(*lines: Line) -> dict[str, dict[str, object]]:
        return extract(list(lines), "id_card_front").public_fields()

    number = _line(NUMBER, 378, 458, 653, 489)
    birth = _line("1958年6月9日", 255, 260, 441, 291)
    # the name's row starting right of the column (a line of the portrait's side, a stamp's words)
    got = front(_line("任博玉", 330, 160, 400, 193), _line("男", 254, 211, 286, 243), birth, number)
    assert not got["name"]["value"]
    # the sex row holding the other sex than the number's: no anchor, no name
    got = front(_line("任博玉", 254, 160, 327, 193), _line("女", 254, 211, 286, 243), birth, number)
    assert not got["name"]["value"]
    # an address row not starting with a province (its first characters lost)
    got = front(_line("任博玉", 254, 160, 327, 193), _line("男", 254, 211, 286, 243), birth,
                _line("宁波市鄞州区钱湖北路", 259, 314, 534, 340), number)
    assert got["name"]["value"] == "任博玉" and not got["address"]["value"]
    # a label read: the labels decide as on any card (姓名 here, its value beside it)
    got = front(_line("姓名", 180, 163, 230, 190), _line("任博玉", 254, 160, 327, 193), _line("男", 254, 211, 286, 243),
                birth, _line("浙江省宁波市鄞州区钱湖北路", 259, 314, 534, 340), number)
    assert got["name"]["value"] == "任博玉" and not got["address"]["value"]


def test_a_fax_whose_title_alone_reads_is_that_document_with_its_fields_blank(engine) -> None:  # noqa: ANN001
    got = read_page(_fax_licence(), engine)
    assert got.kind == "business_license"
    assert all(not f["value"] for f in got.extraction.public_fields().values())
