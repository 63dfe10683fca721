"""What a 1-bit page keeps of a wrapped 经营范围's closing `。` (reader.STOP_REMAINS): a fax's scan lines
miss most of a thin ring, and the few specks left low after the list's last character are no stop-sized
mark (`stop_low`), so the scope was pre-filled without its `。` — a wrong value (ZW zw_009 `…第二类增值电信
业务`, ZT zt0033 `…水果种植`, both faxes). Such specks together, low in the first half of the cell, leave the
scope blank; a lone noise speck, or none, leaves the list as read. And on such a page a digit torn with
another digit is doubted up to reader.BILEVEL_TORN_ASK, for the second recogniser to settle (ZW zw_131's
`…29幢308室` for 508, the 3 at 0.963 with 5 second). Drawn rows made 1-bit, the real reader checks."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from app.prefill import extract as ex_mod
from app.prefill import reader
from app.prefill.extract import Extraction, FieldResult, _result, _room_after_last
from app.prefill.layout import Piece
from app.prefill.reader import confirm_row_end
from tests.prefill.fonts import cjk_font

SIZE, X0 = 26, 120
ROWS = ("一般项目：软件开发；技术服务；日用", "百货销售")


def _fax(specks: tuple[tuple[int, int], ...]) -> tuple[np.ndarray, list[Piece]]:
    """Two rows of an open list on a 1-bit page, `specks` (dx after the last character, y) set black."""
    font = cjk_font(SIZE)
    img = Image.new("L", (700, 120), 255)
    d = ImageDraw.Draw(img)
    pieces = []
    for k, text in enumerate(ROWS):
        y = 18 + 44 * k
        d.text((X0, y + 4), text, font=font, fill=0)
        read = text.replace("：", ":").replace("；", ";")
        xs = tuple(X0 + SIZE * (i + 0.5) for i in range(len(read)))
        pieces.append(Piece(read, 0.99, (X0, y, X0 + SIZE * len(read), y + 38),
                            tuple((0.99, "", 0.0) for _ in read), xs))
    gray = np.where(np.asarray(img) < 128, 0, 255).astype(np.uint8)
    x_end = X0 + SIZE * len(ROWS[-1])
    for dx, y in specks:
        gray[y, x_end + dx] = 0
    return gray, pieces


def _checked(gray: np.ndarray, pieces: list[Piece]) -> tuple[bool, str]:
    res = _result("".join(p.text for p in pieces), pieces)
    room = _room_after_last(pieces)
    assert room is not None and room[2] == ex_mod.STOP_OPEN
    res.blank_after = [room]
    ex = Extraction("business_license", 1.0, {"business_scope": res})
    confirm_row_end(ex, [], gray)
    return ex.fields["business_scope"].flagged, ex.fields["business_scope"].value


def test_a_stops_remains_on_a_fax_leave_the_scope_blank() -> None:
    flagged, _ = _checked(*_fax(((4, 88), (4, 92), (6, 92))))
    assert flagged


def test_a_lone_speck_or_none_leaves_the_list_as_read(monkeypatch) -> None:
    for specks in ((), ((4, 90),)):
        assert _checked(*_fax(specks)) == (False, "一般项目:软件开发;技术服务;日用百货销售")
    monkeypatch.setattr(reader, "STOP_REMAINS", False)
    assert not _checked(*_fax(((4, 88), (4, 92), (6, 92))))[0]


def _torn(prob: float) -> FieldResult:
    f = FieldResult("福建省厦门市思明区建设路302号29幢308室", 0.99, [0, 0, 10, 10])
    f.torn_digit = prob
    ex = Extraction("food_business_license", 1.0, {"premises_address": f})
    reader.distrust_page_digits(ex, bilevel=True, curled=False)
    return f


def test_a_torn_digit_on_a_fax_is_doubted_up_to_the_ask_bar() -> None:
    assert _torn(0.963).flagged and _torn(0.963).reason == "doubtful_character"
    assert not _torn(0.995).flagged


def test_the_ask_bar_off_as_before(monkeypatch) -> None:
    monkeypatch.setattr(reader, "BILEVEL_TORN_ASK", 0.0)
    assert not _torn(0.963).flagged and _torn(0.94).flagged


def test_the_second_opinion_on_a_torn_digit_compares_the_digits() -> None:
    # (zw_113: the number's crop takes in its label; zw_131: the second recogniser read 508)
    assert reader.digits_agree("豫卫公证字〔2017〕第7534号", "许可证号：豫卫公证字(2017)第7534号",
                               "许可证号：豫卫公证字(2017)第7534号")
    assert not reader.digits_agree("福建省厦门市思明区建设路302号29幢308室", "…建设路302号29幢308室",
                                   "…建设路302号29幢508室")
