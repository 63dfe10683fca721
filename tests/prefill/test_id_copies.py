"""ID cards copied onto an A4 sheet (certified copies, print-outs, a card scanned on the bed): the
card is found on the sheet and read as a card. Each sheet is drawn here with system fonts."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw

from tests.prefill.fonts import cjk_font
from tests.prefill.pages import card_back, read_file

A4 = (1654, 2339)  # an A4 sheet at 200 dpi
CARD_AT = (490, 260, 490 + 674, 260 + 425)  # the card copied at its real size (85.6 mm at 200 dpi)


def back_copy_with_stamp() -> np.ndarray:
    """A card back copied in grey near the top of an A4 sheet, the clerk's red 与原件一致 box and a
    handwritten name and date below it, as the scanner gives it (BGR)."""
    sheet = Image.new("RGB", A4, (250, 250, 248))
    card = Image.fromarray(card_back("潍坊市公安局奎文区分局", "2025.02.04-2045.02.04")).convert("L").convert("RGB")
    sheet.paste(card.resize((CARD_AT[2] - CARD_AT[0], CARD_AT[3] - CARD_AT[1]), Image.LANCZOS), CARD_AT[:2])
    d = ImageDraw.Draw(sheet)
    red = (215, 40, 45)
    d.rectangle((950, 1080, 1320, 1190), outline=red, width=6)
    d.text((985, 1100), "与原件一致", font=cjk_font(62), fill=red)
    d.text((980, 1240), "王立新", font=cjk_font(56), fill=(40, 50, 120))
    d.text((980, 1330), "2026.4.27", font=cjk_font(46), fill=(40, 50, 120))
    return cv2.cvtColor(np.array(sheet), cv2.COLOR_RGB2BGR)


def test_red_stamp_box_on_a_copy_is_not_taken_for_the_page(engine, tmp_path: Path) -> None:
    # the 与原件一致 box is the one clean rectangle on the sheet, so its edges were taken for the
    # page's: a 114×382 crop of no document's shape, read as `other`. On G's watermarked copies the
    # printed-matter box then missed the card too (g0084, g0120: ID backs read as `other`)
    from app.prefill.reader import choose_page

    img = back_copy_with_stamp()
    first = choose_page(img)
    if first.quad is not None:
        x1, y1, x2, y2 = first.quad[:, 0].min(), first.quad[:, 1].min(), first.quad[:, 0].max(), first.quad[:, 1].max()
    else:
        x1, y1, x2, y2 = first.region if first.region is not None else (0, 0, A4[0], A4[1])
    cx, cy = (CARD_AT[0] + CARD_AT[2]) / 2, (CARD_AT[1] + CARD_AT[3]) / 2
    assert x1 < cx < x2 and y1 < cy < y2, (x1, y1, x2, y2)
    path = tmp_path / "copy.jpg"
    cv2.imwrite(str(path), img, [cv2.IMWRITE_JPEG_QUALITY, 90])
    got = read_file(path)
    assert got["kind"] == "id_card_back"
    values = {k: v["value"] for k, v in got["fields"].items()}
    assert values == {"issuing_authority": "潍坊市公安局奎文区分局", "valid_from": "2025-02-04", "valid_to": "2045-02-04"}
    assert "documents" not in got  # (one document on the sheet)


def test_card_back_whose_title_alone_was_read_on_a_sheet_is_looked_at_closer() -> None:
    # a card back copied onto a folded A4 sheet photographed whole (h0067): at the sheet's OCR size
    # its large 中华人民共和国 and 居民身份证 were read, its small rows were not. With two lines and
    # no label read, the region to read again at the photo's resolution must still take in the
    # rows, which lie under the title about the title's width below
    from app.prefill.engine import TextLine
    from app.prefill.layout import to_lines
    from app.prefill.reader import _card_region

    def line(text: str, x1: float, y1: float, x2: float, y2: float) -> TextLine:
        return TextLine(text, 0.99, ((x1, y1), (x2, y1), (x2, y2), (x1, y2)), chars=tuple((0.99, "", 0.0) for _ in text))

    # the sheet read at 1050×1400 from a 1800×2400 photo; the card spans x 310–675, y 455–705 there
    title = [line("中华人民共和国", 415, 500, 560, 522), line("居民身份证", 415, 530, 575, 562)]
    to_page = np.diag([1050 / 1800, 1400 / 2400, 1.0])
    region = _card_region(to_lines(title), (1400, 1050, 3), to_page, (2400, 1800, 3), title_only=True)
    assert region is not None
    sx = 1800 / 1050
    rows = (330 * sx, 640 * sx, 560 * sx, 690 * sx)  # 签发机关 and 有效期限 with their values, in the photo
    assert region[0] <= rows[0] and region[1] <= rows[1] and region[2] >= rows[2] and region[3] >= rows[3]
    # and a card's text read with its labels keeps the narrower margin
    assert _card_region(to_lines(title), (1400, 1050, 3), to_page, (2400, 1800, 3)) is None


BACK = {"issuing_authority": "苏州市公安局姑苏分局", "valid_from": "2016-05-12", "valid_to": "2036-05-12"}


def both_sides_copy(back_first: bool, side_by_side: bool = False, period: str = "2016.05.12-2036.05.12") -> np.ndarray:
    """The usual 身份证复印件: both sides of one card copied in grey onto one A4 sheet, one above the
    other (the front on top, or the back) or side by side, the clerk's 与原件一致 box under them (BGR)."""
    from tests.prefill.test_id_front_cases import card

    front = Image.fromarray(cv2.cvtColor(card(["江苏省苏州市姑苏区干将西", "路1288号金城新村12幢", "1503室"]),
                                         cv2.COLOR_BGR2RGB))
    back = Image.fromarray(card_back(BACK["issuing_authority"], period))
    sheet = Image.new("RGB", A4, (250, 250, 248))
    w, h = CARD_AT[2] - CARD_AT[0], CARD_AT[3] - CARD_AT[1]
    for i, side in enumerate((back, front) if back_first else (front, back)):
        at = (120 + i * 740, 400) if side_by_side else (CARD_AT[0], 300 + i * 640)
        sheet.paste(side.convert("L").convert("RGB").resize((w, h), Image.LANCZOS), at)
    d = ImageDraw.Draw(sheet)
    d.rectangle((1000, 1700, 1370, 1810), outline=(215, 40, 45), width=6)
    d.text((1035, 1720), "与原件一致", font=cjk_font(62), fill=(215, 40, 45))
    return cv2.cvtColor(np.array(sheet), cv2.COLOR_RGB2BGR)


@pytest.mark.parametrize(("back_first", "side_by_side"), [(False, False), (True, False), (False, True), (True, True)])
def test_both_sides_of_a_card_on_one_sheet_are_both_read(engine, tmp_path: Path, back_first: bool,
                                                          side_by_side: bool) -> None:
    # a page used to yield one kind: the front was read and the back's 签发机关 and 有效期限 were lost.
    # `kind` and `fields` stay the first document's; `documents` lists both. (Back on top: the page's
    # quad took the back and half the front, whose address lost its last row; front left: a quad
    # around the back cut the end of the front's number — the whole sheet is read again)
    from tests.prefill.test_id_front_cases import PERSON

    path = tmp_path / "copy.jpg"
    cv2.imwrite(str(path), both_sides_copy(back_first, side_by_side), [cv2.IMWRITE_JPEG_QUALITY, 90])
    got = read_file(path)
    docs = {d["kind"]: {k: v["value"] for k, v in d["fields"].items()} for d in got["documents"]}
    assert got["documents"][0] == {"kind": got["kind"], "fields": got["fields"]}
    assert docs["id_card_back"] == BACK
    front = docs["id_card_front"]
    assert front["address"] in ("", "江苏省苏州市姑苏区干将西路1288号金城新村12幢1503室")
    assert {k: front[k] for k in PERSON} == PERSON


def test_a_period_the_law_does_not_give_the_holders_age_is_not_pre_filled(engine, tmp_path: Path) -> None:
    # both sides on one sheet: the holder (born 1977-08-20) was 38 at 2016-05-12, a 20-year term;
    # a back read `2016.05.12-长期` (a term for 46 and over) contradicts the front: one side was
    # misread, so the period is left to the clerk (flagged, never changed); the authority stays
    path = tmp_path / "copy.jpg"
    cv2.imwrite(str(path), both_sides_copy(False, period="2016.05.12-长期"), [cv2.IMWRITE_JPEG_QUALITY, 90])
    got = read_file(path)
    back = next(d["fields"] for d in got["documents"] if d["kind"] == "id_card_back")
    assert back["issuing_authority"]["value"] == BACK["issuing_authority"]
    assert (back["valid_from"]["value"], back["valid_to"]["value"]) == ("", "")
    assert back["valid_to"]["reason"] == "cross_check"


@pytest.mark.parametrize(("birth", "frm", "to", "fits"), [
    ("1977-08-20", "2016-05-12", "2036-05-12", True),  # 38: 20 years
    ("1977-08-20", "2016-05-12", "长期", False),  # 长期 only from 46
    ("1977-08-20", "2016-05-12", "2026-05-12", False),  # 10 years is for 16–25
    ("1960-03-01", "2012-07-01", "长期", True),  # 52
    ("2001-04-10", "2017-05-02", "2027-05-02", True),  # 16: 10 years
    ("2001-04-10", "2017-05-02", "2022-05-02", True),  # applied at 15 weeks before the card's start
    ("2001-04-10", "2017-12-02", "2022-12-02", False),  # 16 for months: not 5 years
    ("1971-02-01", "2017-03-15", "长期", True),  # turned 46 six weeks before the start
    ("1971-02-01", "2017-03-15", "2037-03-15", True),  # or applied at 45
])
def test_term_fits_the_holders_age_at_the_application(birth: str, frm: str, to: str, fits: bool) -> None:
    import datetime as dt

    from app.prefill.extract import term_fits_age

    assert term_fits_age(dt.date.fromisoformat(birth), frm, to) is fits
