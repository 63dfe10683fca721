"""An ID card front copied at its real size onto an A4 sheet, with the clerk's `复印件与原件一致`
stamp, a signature and a date far under it (family O's `card_a4_flatbed`): at the sheet's OCR size
a row of the card goes unseen (o0071, o0094: the name, or an address row, `label_not_found`). The
part of the sheet around the card is read again at the scan's own resolution
(`reader._card_region`) — but the stamp's lines counted as the card's text, which then seemed to
span more than half the sheet, and nothing was read again. The card's lines are those near its
fields' boxes (`reader._card_lines`)."""

from __future__ import annotations

import numpy as np

from app.prefill.engine import TextLine
from app.prefill.extract import extract
from app.prefill.layout import to_lines
from app.prefill.reader import _card_lines, _card_region


def _line(text: str, x1: float, y1: float, x2: float, y2: float) -> TextLine:
    return TextLine(text, 0.99, ((x1, y1), (x2, y1), (x2, y2), (x1, y2)), chars=tuple((0.99, "", 0.0) for _ in text))


# o0094 as read at 1002×1400 from the scan: the card's rows (its name row unseen) and the stamp's
CARD = [_line("女", 238, 594, 259, 616), _line("民族汉", 296, 595, 360, 616), _line("出生", 191, 624, 227, 650),
        _line("1950年6月28日", 240, 626, 350, 643), _line("住址山东省青岛市市南区湖滨街道前进村2", 184, 652, 470, 681),
        _line("组17号", 250, 690, 300, 712), _line("公民身份号码", 183, 754, 299, 786),
        _line("370202195006288480", 297, 758, 502, 783)]
STAMP = [_line("复印件与原件一致", 129, 1248, 335, 1296), _line("林德秀", 146, 1293, 243, 1331),
         _line("7.24", 301, 1320, 340, 1343)]


def test_a_stamp_far_under_a_copied_card_is_no_part_of_the_card() -> None:
    lines = to_lines(CARD + STAMP)
    ex = extract(lines, "id_card_front", 1.0)
    assert ex.fields["name"].value == ""  # (its row unseen: the card is to be read again)
    to_page = np.diag([1002 / 2480, 1400 / 3508, 1.0])  # the sheet read from a 300 dpi scan
    assert _card_region(lines, (1400, 1002, 3), to_page, (3508, 2480, 3)) is None  # (the stamp counted)
    near = _card_lines(lines, ex)
    assert {ln.text for ln in near} == {ln.text for ln in to_lines(CARD)}
    region = _card_region(near, (1400, 1002, 3), to_page, (3508, 2480, 3))
    assert region is not None
    sx, sy = 2480 / 1002, 3508 / 1400
    name_row = (184 * sx, 560 * sy, 360 * sx, 585 * sy)  # where the name row lies, in the scan
    assert region[0] <= name_row[0] and region[1] <= name_row[1] and region[2] >= name_row[2]
    assert region[3] >= 786 * sy
