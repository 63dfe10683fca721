"""The reader levels text that still runs at an angle (`line_skew`), from the lines' own quads."""

from __future__ import annotations

import math

from app.prefill.engine import TextLine
from app.prefill.reader import line_skew


def _line(x: float, y: float, w: float, h: float, deg: float, text: str = "安徽省合肥市") -> TextLine:
    a = math.radians(deg)
    c, s = math.cos(a), math.sin(a)
    pts = ((0, 0), (w, 0), (w, h), (0, h))
    return TextLine(text, 0.99, tuple((x + px * c - py * s, y + px * s + py * c) for px, py in pts))


def test_lines_at_an_angle_give_that_angle() -> None:
    lines = [_line(100, 100 + 60 * i, 300, 30, 7.0) for i in range(4)]
    assert abs(line_skew(lines) - 7.0) < 0.1


def test_level_or_disagreeing_lines_give_zero() -> None:
    assert line_skew([_line(100, 100 + 60 * i, 300, 30, 0.4) for i in range(4)]) == 0.0
    mixed = [_line(100, 100, 300, 30, 8.0), _line(100, 200, 300, 30, -8.0), _line(100, 300, 300, 30, 0.0),
             _line(100, 400, 300, 30, 15.0)]
    assert line_skew(mixed) == 0.0
    assert line_skew([_line(100, 100, 300, 30, 7.0)]) == 0.0  # one line is no page's angle


def test_quads_running_right_to_left_give_the_same_angle() -> None:
    # a page read upside down and turned: each quad starts at the line's right end
    lines = []
    for i in range(4):
        q = _line(100, 100 + 60 * i, 300, 30, -10.0).quad
        lines.append(TextLine("安徽省合肥市", 0.99, (q[2], q[3], q[0], q[1])))
    assert abs(line_skew(lines) + 10.0) < 0.1


def test_a_card_lying_at_a_steep_angle_is_levelled_too() -> None:
    # a bank card at ~53° on a desk: its number's box overlapped the expiry date's below it
    lines = [_line(100, 100 + 60 * i, 300, 30, 53.0, "6228450991482570336") for i in range(4)]
    assert abs(line_skew(lines) - 53.0) < 0.1
