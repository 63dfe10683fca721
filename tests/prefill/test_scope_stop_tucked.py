"""A 经营范围's own `。` set inside its last bracket's cell (session 23, wraps).

Typesetting that compresses CJK punctuation (a desktop-publishing engine's default for `）。`) sets
the stop against the bracket's lower end, inside the bracket's cell: the recogniser reads
`…经营活动)` and its box stops there, and the cell after the bracket (`reader.stop_unread`) holds
nothing — the scope was pre-filled without its `。`, a wrong value. A compact stop-sized mark low
beside the bracket, right of the bracket's own ink, now leaves the scope blank (`reader.stop_tucked`,
`extract.STOP_TUCK`). Session 25 (zfbiz): when that mark is the only ink right of the bracket and
about as wide as high, it is read as the scope's `。` (`reader.tucked_stop`, `STOP_TUCK_READ`) — family
ZF's Typst 副本 set every scope's `）。` so; any other mark beside it still blanks the scope. Drawn rows,
the reading as the recogniser gives it (characters' centres)."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from app.prefill import extract as ex_mod
from app.prefill import reader as rd_mod
from app.prefill.extract import Extraction, _bracket_cell, _result, _room_after_sentence
from app.prefill.layout import Piece
from app.prefill.reader import confirm_row_end
from tests.prefill.fonts import cjk_font

SIZE, X0 = 26, 300


def _scope_end(stop_at: float | None, rule: bool = False, speck: bool = False) -> tuple[np.ndarray, Piece]:
    """`…经营活动）` on shaded paper, a `。` drawn `stop_at` cells after the bracket's cell starts
    (None: none), a ruled line under the row (`rule`), a small speck low beside the stop (`speck`);
    the reading ends at the bracket."""
    font = cjk_font(SIZE)
    img = Image.new("L", (700, 80), 232)
    d = ImageDraw.Draw(img)
    d.text((X0, 22), "开展经营活动）", font=font, fill=45)
    if stop_at is not None:
        d.text((X0 + SIZE * (6 + stop_at), 22), "。", font=font, fill=45)
    if rule:
        d.line((X0 - 40, 58, 690, 58), fill=60, width=2)
    if speck and stop_at is not None:
        sx = X0 + SIZE * (6.85 + stop_at)
        d.rectangle((sx, 46, sx + 2, 48), fill=45)
    shade = np.linspace(0, 25, 700)[None, :]
    gray = (np.asarray(img, dtype=np.float64) - shade).clip(0, 255).astype(np.uint8)
    read = "开展经营活动)"
    xs = tuple(X0 + SIZE * (i + 0.5) for i in range(len(read)))
    return gray, Piece(read, 0.99, (X0, 18, X0 + SIZE * len(read), 56), tuple((0.99, "", 0.0) for _ in read), xs)


def _checked(gray: np.ndarray, piece: Piece) -> tuple[bool, str]:
    res = _result(piece.text, [piece])
    room = _room_after_sentence([piece])
    assert room is not None
    res.blank_after = [*res.blank_after, room, *_bracket_cell([piece], piece.text)]
    ex = Extraction("business_license", 1.0, {"business_scope": res})
    confirm_row_end(ex, [], gray)
    got = ex.fields["business_scope"]
    return got.flagged, got.value


def test_a_stop_tucked_alone_into_the_brackets_cell_is_read(monkeypatch) -> None:  # noqa: ANN001
    # (on main: blank `full stop not read`)
    gray, piece = _scope_end(0.3)
    assert _checked(gray, piece) == (False, "开展经营活动)。")
    monkeypatch.setattr(rd_mod, "STOP_TUCK_READ", False)
    flagged, _ = _checked(gray, piece)
    assert flagged  # (session 23's rule alone: blank)
    monkeypatch.setattr(ex_mod, "STOP_TUCKED", False)
    assert _checked(gray, piece) == (False, "开展经营活动)")  # (before session 23: pre-filled without its stop)


def test_a_tucked_stop_with_another_mark_beside_it_leaves_the_scope_blank() -> None:
    gray, piece = _scope_end(0.3, speck=True)
    flagged, _ = _checked(gray, piece)
    assert flagged


def test_a_bracket_alone_or_over_a_ruled_line_is_whole() -> None:
    for gray, piece in (_scope_end(None), _scope_end(None, rule=True)):
        assert _checked(gray, piece) == (False, "开展经营活动)")


def test_a_stop_in_the_next_cell_is_still_read_as_before() -> None:
    # (a mark the next cell holds alone is `stop_mark`'s: appended, unchanged)
    gray, piece = _scope_end(1.0)
    assert _checked(gray, piece) == (False, "开展经营活动)。")
