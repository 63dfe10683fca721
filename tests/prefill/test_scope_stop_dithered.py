"""Session 37 (affax): a dithered fax's paper tint is no `。` after a scope's closing bracket.

AF af_0048 (a 营业执照 faxed in fine mode with error diffusion: the sheet's light tint printed as scattered
dots, lone dots 0.52 of its ink) read its 经营范围 whole and right, `…凭营业执照依法自主开展经营活动)` at 0.999;
the cell after the bracket holds no stop on the paper, only the tint's dots, and `reader.stop_unread` —
which counts the cell's pixels darker than its paper by a faint stroke's depth — took them for an unread
`。` and blanked the scope (`full stop not read`). On a page `bilevel.is_dithered` calls dithered, the stop
cells are now judged through their average (`reader.STOP_DOTS_SIGMA`, the σ of `DITHER_DESCREEN`): the tint
is a light grey there, a printed stop's ring stays dark. Rows drawn, dithered by Pillow's Floyd–Steinberg,
read as the recogniser gives it (characters' centres), through `confirm_row_end` as test_scope_stop_tucked."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from app.imaging.bilevel import is_dithered
from app.prefill import reader as rd_mod
from app.prefill.extract import Extraction
from app.prefill.layout import Piece
from app.prefill.reader import confirm_row_end
from tests.prefill.fonts import cjk_font
from tests.prefill.test_scope_stop_tucked import _bracket_cell, _result, _room_after_sentence

SIZE, X0, TOP = 24, 300, 28
READ = "开展经营活动)"


def _faxed(tint: int, stop: bool = False) -> np.ndarray:
    """`…经营活动）` (and its `。` with `stop`) in black on paper of grey `tint`, dithered to 1 bit."""
    img = Image.new("L", (700, 90), tint)
    d = ImageDraw.Draw(img)
    font = cjk_font(SIZE)
    d.text((X0, TOP), "开展经营活动）", font=font, fill=0)
    if stop:
        d.text((X0 + SIZE * 7, TOP), "。", font=font, fill=0)
    return np.asarray(img.convert("1").convert("L"), dtype=np.uint8)


def _checked(gray: np.ndarray, dithered: bool) -> tuple[bool, str]:
    xs = tuple(X0 + SIZE * (i + 0.5) for i in range(len(READ)))
    piece = Piece(READ, 0.99, (X0 - 4, 20, X0 + SIZE * len(READ), 64), tuple((0.99, "", 0.0) for _ in READ), xs)
    res = _result(piece.text, [piece])
    room = _room_after_sentence([piece])
    assert room is not None
    res.blank_after = [*res.blank_after, room, *_bracket_cell([piece], piece.text)]
    ex = Extraction("business_license", 1.0, {"business_scope": res})
    confirm_row_end(ex, [], gray, dithered=dithered)
    got = ex.fields["business_scope"]
    return got.flagged, got.value


def test_a_dithered_tint_after_the_bracket_is_no_stop(monkeypatch) -> None:  # noqa: ANN001
    gray = _faxed(232)
    assert is_dithered(gray)
    assert _checked(gray, dithered=True) == (False, "开展经营活动)")
    assert _checked(gray, dithered=False)[0]  # (as main judges it: blank, `full stop not read`)
    monkeypatch.setattr(rd_mod, "STOP_DOTS_SIGMA", 0.0)
    assert _checked(gray, dithered=True)[0]  # (the rule off: as main)


def test_a_printed_stop_on_a_dithered_tint_is_still_seen() -> None:
    flagged, value = _checked(_faxed(232, stop=True), dithered=True)
    assert flagged or value == "开展经营活动)。"  # (never the scope without its stop)


def test_a_clean_pages_stop_cell_is_judged_as_before() -> None:
    gray = _faxed(255)
    assert _checked(gray, dithered=False) == _checked(gray, dithered=True) == (False, "开展经营活动)")
    flagged, value = _checked(_faxed(255, stop=True), dithered=False)
    assert flagged or value == "开展经营活动)。"
