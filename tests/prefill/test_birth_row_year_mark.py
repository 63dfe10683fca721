"""A label-less card front's birth row read with its grey 年 taken for a digit (session 31, lane latency3):
a copy of a copy leaves a remnant of the card's light 年 between the year and the month, and the recogniser
read `1966412月31日` for 1966 年 12 月 31 日 (ZN zn_0051, its sheet read by the detector card by card,
`engine.FOCUS_BLOCKS`). The year was then glued to a digit, so the row was no birth row: the front beside
the back proved nothing and was lost (4 right values blank, the sheet read as a back). The row still holds
the number's whole date in the card's order — year, one character, month, 月, day — and counts
(`extract.BIRTH_ROW_YEAR_MARK`)."""

from __future__ import annotations

import datetime as dt

from app.prefill.extract import extract
from app.prefill.layout import Line
from app.prefill.reader import other_side

NUMBER = "61011319661231988X"


def _line(text: str, x1: float, y1: float, x2: float, y2: float) -> Line:
    return Line(text, 0.99, x1, y1, x2, y2, 0, (), "", ())


def _sheet_lines() -> list[Line]:
    """zn_0051's lines as read with the card windows (page coordinates, 1,240 × 1,754): the front's
    labels washed away (`名` and `11` their remnants), the back's title and labels read."""
    return [_line("名付菊浩", 366, 275, 491, 304), _line("女", 416, 316, 452, 340), _line("汉", 479, 313, 562, 343),
            _line("1966412月31日", 414, 350, 620, 381), _line("11", 374, 358, 415, 376),
            _line("陕西省西安市雁塔区建设", 419, 391, 639, 417), _line("大道110号碧桂园19号楼4", 421, 419, 640, 446),
            _line("单元404室", 422, 447, 518, 473), _line(NUMBER, 510, 498, 780, 530),
            _line("中华人民共和国", 620, 762, 815, 796), _line("居民身份证", 519, 818, 798, 871),
            _line("西安市公安局雁塔分局", 511, 925, 708, 954), _line("签发机关", 424, 929, 501, 955),
            _line("2016.05.11-长期", 509, 968, 684, 997), _line("有效期限", 426, 973, 509, 994)]


def test_a_birth_row_whose_year_mark_was_read_as_a_digit_is_the_birth_row() -> None:
    from app.prefill.extract import holds_birth

    born = dt.date(1966, 12, 31)
    assert holds_birth("1966412月31日", born)
    assert holds_birth("1966年12月31日", born)  # (as before: the year apart)
    # the number's whole date must follow, in the card's order: another day or month, a longer run, no
    assert not holds_birth("1966412月30日", born) and not holds_birth("1966411月31日", born)
    assert not holds_birth("11966412月31日", born) and not holds_birth("19664121月31日", born)
    assert not holds_birth("1966412月311日", born)


def test_the_front_beside_the_back_is_read_when_its_year_mark_was_misread() -> None:
    """Through `reader.other_side` (what `read_page` asks of a sheet read as a back): the part above the
    back is the label-less front, its number, sex, birth date and address read."""
    lines = _sheet_lines()
    back = extract(lines, "id_card_back")
    assert back.fields["issuing_authority"].value == "西安市公安局雁塔分局"
    others, cut = other_side(back, lines, (1754, 1240, 3))
    assert not cut and len(others) == 1 and others[0].kind == "id_card_front"
    front = {k: f.value for k, f in others[0].fields.items() if not f.flagged}
    assert front["id_number"] == NUMBER and front["sex"] == "女" and front["birth_date"] == "1966-12-31"
    assert front["address"] == "陕西省西安市雁塔区建设大道110号碧桂园19号楼4单元404室"
