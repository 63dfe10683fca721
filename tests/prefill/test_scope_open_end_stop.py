"""A wrapped 经营范围 read open, its own `。` dropped after a plain character (session 23, round 2).

Some registrars print a list with no full stop (`…装卸搬运`), most end it with one; the recogniser
drops a lone `。` after a plain character as it does after a bracket, and the scope was pre-filled
without it (`…办公用品销售`, a wrong value). The cell after the last row's last character is now looked
at (`extract._room_after_last`, `extract.STOP_OPEN`, `reader.stop_low`): a compact stop-sized mark low
in the row, alone there, is the list's `。` (appended, as after a bracket); with other ink beside it,
the scope is blank; a crease or a frame's line there (no compact low mark) leaves the list as read.
Drawn rows, the reading as the recogniser gives it (characters' centres)."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from app.prefill import extract as ex_mod
from app.prefill.extract import Extraction, _result, _room_after_last
from app.prefill.layout import Piece
from app.prefill.reader import confirm_row_end
from tests.prefill.fonts import cjk_font

SIZE, X0 = 26, 120
ROWS = ("一般项目：软件开发；技术服务；日用", "百货销售")


def _scope(end: str, crease: bool = False, speck: bool = False) -> tuple[np.ndarray, list[Piece]]:
    """Two rows of a list on shaded paper, the last ending `end` (`。` or nothing), a fold's crease
    drawn down the page right after the last character (`crease`), ink beside a stop (`speck`)."""
    font = cjk_font(SIZE)
    img = Image.new("L", (700, 120), 232)
    d = ImageDraw.Draw(img)
    pieces = []
    for k, text in enumerate(ROWS):
        y = 18 + 44 * k
        printed = text.replace(";", "；") + (end if k == len(ROWS) - 1 else "")
        d.text((X0, y + 4), printed, font=font, fill=45)
        read = text.replace("：", ":").replace("；", ";")
        xs = tuple(X0 + SIZE * (i + 0.5) for i in range(len(read)))
        pieces.append(Piece(read, 0.99, (X0, y, X0 + SIZE * len(read), y + 38),
                            tuple((0.99, "", 0.0) for _ in read), xs))
    x_end = X0 + SIZE * len(ROWS[-1])
    if crease:
        d.line((x_end + 16, 0, x_end + 18, 119), fill=70, width=3)
    if speck:
        d.rectangle((x_end + 22, 72, x_end + 28, 90), fill=50)
    shade = np.linspace(0, 25, 700)[None, :]
    return (np.asarray(img, dtype=np.float64) - shade).clip(0, 255).astype(np.uint8), pieces


def _checked(gray: np.ndarray, pieces: list[Piece]) -> tuple[bool, str]:
    value = "".join(p.text for p in pieces)
    res = _result(value, pieces)
    room = _room_after_last(pieces)
    assert room is not None and room[2] == ex_mod.STOP_OPEN
    res.blank_after = [room]
    ex = Extraction("business_license", 1.0, {"business_scope": res})
    confirm_row_end(ex, [], gray)
    got = ex.fields["business_scope"]
    return got.flagged, got.value


def test_a_stop_dropped_after_a_wrapped_lists_last_character_is_read() -> None:
    gray, pieces = _scope("。")
    assert _checked(gray, pieces) == (False, "一般项目:软件开发;技术服务;日用百货销售。")


def test_a_stop_with_other_ink_beside_it_leaves_the_scope_blank() -> None:
    gray, pieces = _scope("。", speck=True)
    assert _checked(gray, pieces)[0]


def test_a_list_printed_open_or_beside_a_crease_is_read_as_before() -> None:
    for gray, pieces in (_scope(""), _scope("", crease=True)):
        assert _checked(gray, pieces) == (False, "一般项目:软件开发;技术服务;日用百货销售")
