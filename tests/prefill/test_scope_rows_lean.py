"""A 经营范围 blanked though read whole (session 21, yscope lane: families X and Y's licences).

- A page photographed at a slant leans the scope's column: every wrapped row starts and ends a few
  pixels further right than the one above. A row ending in `；` (its ink in the cell's left half)
  near the top then looked a character short of the bottom rows' right edge, and the whole scope
  was `ragged rows` (x0116). Rows are measured against the column where they stand now.
- An opening bracket never ends a row (行尾禁则): after `…业务。` the typesetter carries `（` down
  with its cell, and the row ends a cell and a half short (x0064). A row ending in its punctuation
  before a row opening with a bracket may end a cell earlier.
- Both brackets of a standard sentence dropped after the list's `。` (`…服务。除依法须经批准的项目外,
  …经营活动`, y0016): the sentence is printed in brackets, its `（` goes back in its row.
- … also when the scope's last sentence lost its own `）` at the scope's end (session 22, scopey:
  y0080, `…服务。除依法…经营活动许可项目:…许可证件为准`): that bracket is closed by grammar later,
  and is no lost line that should keep the first sentence's brackets from going back.
- A sentence read with its `）` but not the `。（` before it, mid-row (y0024, `…种子经营依法须经批准
  …为准)`): the same scope's other sentence says what is printed before one (`。（`), the gap the
  recogniser left says how many cells were lost; both must agree.
"""

from __future__ import annotations

from app.prefill import extract as ex
from app.prefill import layout
from app.prefill.layout import Piece, ragged
from tests.prefill.test_scope_sentences import GENERAL, LICENSED, SCOPE, _rows, _scope

H, PITCH = 24.0, 20.0


def _piece(text: str, row: int, left: float, right: float) -> Piece:
    return Piece(text, 0.99, (left, 100 + 30 * row, right, 100 + 30 * row + H))


def _leaning(lean: float) -> list[Piece]:
    """Six wrapped rows of 17 cells, each `lean` px right of the row above; row 1 ends in `；`,
    whose box ends at its ink, half a cell before the cell's end."""
    texts = ["一般项目:网络技术服务;人工智能应", "用软件开发;信息咨询服务(不含许可", "类信息咨询服务);广告设计、代理;",
             "数据处理和存储支持服务;软件开发;技", "术服务、技术开发、技术咨询、技术交", "流。"]
    out = []
    for r, t in enumerate(texts):
        left = 100 + lean * r
        cells = 17 if r < len(texts) - 1 else len(t)  # (every row but the last fills the column)
        right = left + PITCH * cells - (0.5 * PITCH if t.endswith(";") else 0)
        out.append(_piece(t, r, left, right))
    return out


def test_a_leaning_column_is_measured_where_each_row_stands(monkeypatch) -> None:  # noqa: ANN001
    rows = _leaning(4.0)
    assert not ragged(rows, hanging=True)
    monkeypatch.setattr(layout, "RAGGED_SKEW", False)  # as before: the top rows looked short
    assert ragged(rows, hanging=True)


def test_a_row_short_of_a_leaning_column_is_still_ragged() -> None:
    rows = _leaning(4.0)
    t = rows[3]  # its last character (`技`) lost: a whole cell short where it stands
    rows[3] = Piece(t.text[:-1], t.score, (t.box[0], t.box[1], t.box[2] - 1.5 * PITCH, t.box[3]))
    assert ragged(rows, hanging=True)


def _pushed(end: str) -> list[Piece]:
    """`…业务。` ending its row a cell and a half short, the next row opening with `（`."""
    return [_piece("许可项目:第二类增值电信业务" + end, 0, 100, 100 + 15 * PITCH - (0.5 * PITCH if end else PITCH)),
            _piece("(依法须经批准的项目,经相关部", 1, 100, 100 + 16.5 * PITCH),
            _piece("门批准后方可开展经营活动,具体经", 2, 100, 100 + 16.5 * PITCH),
            _piece("营项目。", 3, 100, 100 + 4 * PITCH)]


def test_a_row_before_an_opening_bracket_may_end_a_cell_short(monkeypatch) -> None:  # noqa: ANN001
    assert not ragged(_pushed("。"), hanging=True)
    monkeypatch.setattr(layout, "RAGGED_OPENER_DOWN", False)
    assert ragged(_pushed("。"), hanging=True)


def test_a_row_before_an_opening_bracket_without_its_stop_is_ragged() -> None:
    # (its 。 not read: the row ends with a character, two cells short — a lost character's)
    assert ragged(_pushed(""), hanging=True)


def test_a_sentence_that_lost_both_brackets_after_the_stop_gets_them_back(monkeypatch) -> None:  # noqa: ANN001
    k = GENERAL.index("(")
    rows = _rows(GENERAL, {k, len(GENERAL) - 1})
    assert any("。除依法" in r.text for r in rows)
    f = _scope(rows)
    assert not f.flagged and f.value == GENERAL, (f.value, f.note)
    monkeypatch.setattr(ex, "SCOPE_BOTH_BRACKETS", False)  # as before: blank
    f = _scope(rows)
    assert f.flagged, (f.value, f.note)


def test_a_sentence_that_lost_both_brackets_before_a_last_sentence_open_at_the_end(monkeypatch) -> None:  # noqa: ANN001
    # the first sentence lost both its brackets, the second (the scope's last) its closing one
    rows = _rows(SCOPE, {GENERAL.index("("), GENERAL.rindex(")"), len(SCOPE) - 1})
    text = "".join(r.text for r in rows)
    assert "。除依法" in text and "活动许可项目" in text and text.endswith("为准")
    f = _scope(rows)
    assert not f.flagged and f.value == SCOPE, (f.value, f.note)
    monkeypatch.setattr(ex, "SCOPE_END_OPEN", False)  # as before: blank
    f = _scope(rows)
    assert f.flagged, (f.value, f.note)


def test_a_sentence_that_lost_its_stop_and_opening_bracket_mid_row_gets_them_back(monkeypatch) -> None:  # noqa: ANN001
    k = len(GENERAL) + LICENSED.index("。")
    rows = _rows(SCOPE, {k, k + 1})
    assert any("售依法须经" in r.text[1:-1] for r in rows)  # (mid-row)
    f = _scope(rows)
    assert not f.flagged and f.value == SCOPE, (f.value, f.note)
    monkeypatch.setattr(ex, "SCOPE_LOST_OPENER", False)  # as before: blank (unbalanced)
    f = _scope(rows)
    assert f.flagged, (f.value, f.note)


def test_a_lost_opening_bracket_whose_gap_holds_one_cell_is_not_given_a_stop() -> None:
    # printed without the 。 before its second sentence (the first has one): one cell is empty,
    # not the two a lost `。（` leaves; nothing says what to put back, the scope stays blank
    printed = GENERAL + LICENSED.replace("。(", "(")
    rows = _rows(printed, {len(GENERAL) + LICENSED.index("。")})
    assert any("售依法须经" in r.text[1:-1] for r in rows)
    f = _scope(rows)
    assert f.flagged, (f.value, f.note)
