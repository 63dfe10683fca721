"""A 经营范围's `。` the recogniser dropped, where no earlier check looked (session 33, lane zuwrong, ZU).

- zu_0070 (a speckled photocopy): `…办公用品销售` on one row with a light `。` after it, paper under it.
  The scope was flagged `may go on below` (`ROW_BELOW`), and the cell after its end was looked at only
  for scopes not flagged: the reader cleared the flag on the paper below and pre-filled the list without
  its stop. Now the stop cell is looked at first (`extract.OPEN_STOP_BELOW`), then below as before.
- zu_0046 (a photocopy): `…出版物零售(依法须经批准…`, the `。` between the list's end and the registrar's
  sentence dropped: 售 to 依 2.75 pitches where `售(依` takes 2. The cell there is looked at
  (`extract.SCOPE_INNER_STOP`, `STOP_INNER`); a mark blanks the scope, paper leaves it.

Drawn rows, the reading as the recogniser gives it (characters' centres)."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from app.prefill import extract as ex_mod
from app.prefill.extract import ROW_BELOW, Extraction, FieldResult, _room_after_last, _stops_before_brackets
from app.prefill.layout import Line, Piece
from app.prefill.reader import confirm_row_end
from tests.prefill.fonts import cjk_font

SIZE, X0 = 26, 60


def _page(rows: tuple[str, ...], width: int = 1100) -> tuple[np.ndarray, list[Piece]]:
    """Rows printed as given (full-width punctuation), read as the layout folds them: no `。` where
    the recogniser dropped it (`read` drops each `。` followed by `（`, and the last one)."""
    font = cjk_font(SIZE)
    img = Image.new("L", (width, 60 + 44 * len(rows)), 236)
    d = ImageDraw.Draw(img)
    pieces = []
    for k, printed in enumerate(rows):
        y = 18 + 44 * k
        d.text((X0, y + 4), printed, font=font, fill=40)
        kept = [(i, ch) for i, ch in enumerate(printed)
                if not (ch == "。" and (printed[i + 1:i + 2] == "（" or i == len(printed) - 1))]
        read = "".join(ch for _, ch in kept).translate(str.maketrans("：；（）", ":;()"))
        xs = tuple(X0 + SIZE * (i + 0.5) for i, _ in kept)
        pieces.append(Piece(read, 0.99, (X0, y, X0 + SIZE * len(printed), y + 38),
                            tuple((0.99, "", 0.0) for _ in read), xs))
    return np.asarray(img, dtype=np.uint8), pieces


def _confirmed(gray: np.ndarray, res: FieldResult) -> FieldResult:
    ex = Extraction("business_license", 1.0, {"business_scope": res})
    x1, y1, x2, y2 = res.box or (0.0, 0.0, 0.0, 0.0)
    confirm_row_end(ex, [Line(res.value, 0.99, x1, y1, x2, y2, 0)], gray)
    return ex.fields["business_scope"]


def _one_row_list(printed: str) -> tuple[str, FieldResult]:
    """A one-row list read without what follows its last item (`ROW_BELOW`: it may go on below), its
    cell after the last character to be checked, through `confirm_row_end`: (the text read, the field)."""
    gray, pieces = _page((printed,))
    value = pieces[0].text
    res = FieldResult(value, 0.99, pieces[0].box, flagged=True, note=ROW_BELOW)
    room = _room_after_last(pieces)
    assert room is not None
    res.blank_after = [room]
    return value, _confirmed(gray, res)


def test_a_stop_after_a_one_row_list_that_may_go_on_below_is_read() -> None:
    value, got = _one_row_list("五金产品批发；家用电器销售；办公用品销售。")
    assert (got.flagged, got.value) == (False, value + "。")  # (main: the list without its stop, unflagged)


def test_a_one_row_list_printed_open_is_read_as_before() -> None:
    value, got = _one_row_list("五金产品批发；家用电器销售；办公用品销售")
    assert (got.flagged, got.value) == (False, value)


def test_a_stop_dropped_before_the_registrars_sentence_blanks_the_scope() -> None:
    gray, pieces = _page(("许可项目：出版物零售。（依法须经批准的项目）",))
    rooms = _stops_before_brackets(pieces)
    assert [r[2] for r in rooms] == [ex_mod.STOP_INNER]
    res = FieldResult(pieces[0].text, 0.99, pieces[0].box, blank_after=rooms)
    got = _confirmed(gray, res)
    assert got.flagged  # (main: `…出版物零售(依法…` pre-filled)


def test_a_list_printed_without_a_stop_before_the_sentence_is_not_looked_at() -> None:
    _, pieces = _page(("一般项目：家政服务（除依法须经批准的项目外）",))
    assert _stops_before_brackets(pieces) == []
