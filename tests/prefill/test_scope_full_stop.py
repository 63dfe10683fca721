"""A 经营范围 that ends with its own full stop after the registrar's sentence (`…为准）。`), as many
licences print it (session 18: family R's 46 of 50 scopes; G's and O's some). Two failures:
- read whole (`…为准)。`), the stop was taken for a seal's characters after the sentence and the
  scope left in doubt (`format`) — R's 25 blank scopes;
- the recogniser often drops a lone `。` after a bracket: the scope without it is a wrong pre-fill
  (R's 5). The cell after the bracket is looked at (`reader.stop_unread`, in `confirm_row_end`): ink
  there leaves the scope in doubt; paper there, or no page to look at, the scope is taken as read.
Pieces as the recogniser gives them (characters' centres), and cells drawn with Pillow."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from app.prefill.extract import STOP_CHECK, _room_after_sentence, _scope_closed, _seal_tail
from app.prefill.layout import Piece, Value
from app.prefill.reader import stop_unread
from tests.prefill.fonts import cjk_font

GENERAL = "一般项目:餐饮管理;食品销售(除依法须经批准的项目外,凭营业执照依法自主开展经营活动)。"
LICENSED = "许可项目:食品经营(依法须经批准的项目,经相关部门批准后方可开展经营活动,具体经营项目以相关部门批准文件或许可证件为准)"
PITCH = 28.0


def _piece(text: str, y: float, x0: float = 300.0) -> Piece:
    xs = tuple(x0 + PITCH * (i + 0.5) for i in range(len(text)))
    return Piece(text, 0.99, (x0, y, x0 + PITCH * len(text), y + 34), tuple((0.99, "", 0.0) for _ in text), xs)


def test_the_scopes_own_full_stop_is_no_seal_tail() -> None:
    rows = [GENERAL[:30], GENERAL[30:] + LICENSED[:10], LICENSED[10:40], LICENSED[40:] + "。"]
    pieces = Value(_piece(r, 500 + 54 * i) for i, r in enumerate(rows))
    kept, doubt = _seal_tail(pieces)
    assert not doubt and "".join(q.text for q in kept).endswith("为准)。")
    assert _scope_closed(GENERAL + LICENSED + "。") and _scope_closed(GENERAL + LICENSED)
    # a seal's characters after the sentence are still other print, as before
    seal = Value([*pieces[:-1], _piece(LICENSED[40:] + "市场", 500 + 54 * 3)])
    assert _seal_tail(seal)[1] or not "".join(q.text for q in _seal_tail(seal)[0]).endswith("市场")


def _row_image(stop: bool) -> tuple[np.ndarray, tuple[float, float, float, float], Piece]:
    """The scope's last row, `…为准）` drawn with or without the stop after it, on a shaded page
    (a phone photo's paper darkens towards one side)."""
    font = cjk_font(28)
    text = "许可证件为准）" + ("。" if stop else "")
    img = Image.new("L", (700, 80), 235)
    d = ImageDraw.Draw(img)
    d.text((300, 22), text, font=font, fill=40)
    shade = np.linspace(0, 30, 700)[None, :]
    gray = (np.asarray(img, dtype=np.float64) - shade).clip(0, 255).astype(np.uint8)
    read = "许可证件为准)"  # the recogniser's reading, the stop dropped
    return gray, (296.0, 18.0, 300 + 28 * 7 + 2, 58.0), _piece(read, 18.0, 300.0)


def test_an_unread_stop_after_the_bracket_is_found_on_the_page() -> None:
    for stop in (True, False):
        gray, row, piece = _row_image(stop)
        room = _room_after_sentence([piece])
        assert room is not None and room[2] == STOP_CHECK
        assert stop_unread(gray, room[0], row) is stop


def test_no_room_is_looked_at_for_a_scope_not_ending_with_its_sentence() -> None:
    assert _room_after_sentence([_piece("一般项目:餐饮管理;食品销售", 500.0)]) is None
    assert _room_after_sentence([Piece("许可证件为准)", 0.99, (300, 18, 496, 58))]) is None  # no positions
