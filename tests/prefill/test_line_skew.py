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


def test_characters_of_a_page_read_upside_down_keep_their_places_when_levelled() -> None:
    # a card photographed upside down and at an angle: the lines are read from 180°-turned crops
    # (their character positions counted from the box's right end on the page as photographed),
    # the page is turned 180° and then levelled. The characters must stay in reading order left to
    # right: mirrored twice, `…12号1` looked as if its box ran on far past its last character and
    # the address was taken for one that lost a character
    import numpy as np

    from app.imaging.document import deskew_with_matrix, rotate90_matrix
    from app.prefill.extract import extract
    from app.prefill.layout import to_lines
    from app.prefill.reader import _map_lines

    page = np.zeros((700, 1000, 3), np.uint8)
    tilt = math.radians(4.0)

    def upside_down(text: str, x: float, y: float, w: float, h: float) -> TextLine:
        # as the engine returns it from the upside-down photo: the quad from the top-left on the
        # photo (the text's bottom-right), positions counted from the photo's left (the text's end)
        c, s = math.cos(tilt), math.sin(tilt)
        pts = [(500 + (px - 500) * c - (py - 350) * s, 350 + (px - 500) * s + (py - 350) * c)
               for px, py in ((x, y), (x + w, y), (x + w, y + h), (x, y + h))]  # the card at 4°
        turned = [(999 - px, 699 - py) for px, py in pts]  # the photo is the page turned 180°
        quad = (turned[2], turned[3], turned[0], turned[1])
        xs = tuple(1.0 - (i + 0.5) / len(text) for i in range(len(text)))
        return TextLine(text, 0.99, quad, True, tuple((0.99, "", 0.0) for _ in text), xs)

    rows = [("姓名", 70, 74, 60), ("胡军", 185, 74, 80), ("性别男", 70, 154, 180), ("民族汉", 300, 154, 120),
            ("出生", 70, 234, 60), ("1975年12月23日", 185, 234, 300), ("住址", 70, 318, 60),
            ("上海市杨浦区黄兴路12号1", 185, 314, 430), ("3号楼2908号", 185, 362, 230),
            ("公民身份号码310110197512231199", 70, 540, 620)]
    lines = [upside_down(t, x, y, w, 36) for t, x, y, w in rows]
    lines = _map_lines(lines, rotate90_matrix(page.shape, 180))
    skew = line_skew(lines)
    assert abs(abs(skew) - 4.0) < 0.5
    level, rot = deskew_with_matrix(page, skew)
    lines = _map_lines(lines, rot)
    read = to_lines(lines)
    for ln in read:
        assert list(ln.xs) == sorted(ln.xs), ln.text
    fields = extract(read, "id_card_front").fields
    assert fields["address"].public()["value"] == "上海市杨浦区黄兴路12号13号楼2908号"
