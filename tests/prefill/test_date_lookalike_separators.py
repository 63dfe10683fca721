"""Session 35 (dates): a date or a term whose digits are read sure but a 年/月/日/至 as a look-alike.

ZX (pureimage renders, their hairlines thin) read the 日 of a 营业执照's dates as `H`, `口` or `円` and a term's 至
as `5` or `车`, every digit at 0.99: `2008年01月22H` at 0.998 was no date (`no value`), `…22日52039年01月22口` no
term (`not a term`), and `2019年01月22日` with its 日 at 0.88 against 口 was blanked as a doubtful character —
about twenty fields. A date's separators stand at their places (digit groups 4-2-2, one character after each,
in order, a real calendar date), so what they are read as changes nothing of the date; only the digits (and a
separator whose runner-up is a digit) carry its doubt (`extract.LOOKALIKE_SEPARATOR`). Recognised lines as the
recogniser gives them; on main every `on` assertion here fails (blank, `no value` / `not a term` /
`doubtful character`).
"""

from __future__ import annotations

import pytest

from app.prefill import extract as X
from app.prefill.layout import Line

CODE = "91350203MA2Y8RLK6B"


def _lines(established: str, term: str, weak: dict[tuple[str, int], tuple[float, str, float]] | None = None) -> list:
    """A 营业执照's rows, label and value in one box, every character at 1.00 but `weak[(row, i)]` (the
    i-th character of the value after `成立日期` or `营业期限`)."""
    weak = weak or {}
    rows = [("统一社会信用代码", 200), (CODE, 250), ("营业执照", 300), ("名称厦门思明武记贸易有限公司", 700),
            ("类型有限责任公司(自然人独资)", 800), ("法定代表人长孙磊宇", 900), (f"成立日期{established}", 1000),
            (f"营业期限{term}", 1100), ("住所福建省厦门市思明区解放路504弄52号", 1200)]
    out = []
    for i, (text, y) in enumerate(rows):
        chars = [(1.0, "", 0.0)] * len(text)
        for (label, k), c in weak.items():
            if text.startswith(label):
                chars[len(label) + k] = c
        xs = tuple(220 + 40 * k for k in range(len(text)))
        out.append(Line(text, 0.98, 200, y, 240 + 40 * len(text), y + 44, i, tuple(chars), "", xs))
    return out


def _read(established: str, term: str, weak=None) -> dict:
    return X.extract(_lines(established, term, weak), "business_license").fields


def test_a_lookalike_day_mark_leaves_the_date(monkeypatch) -> None:
    on = _read("2008年01月22H", "2008年01月22H至长期")
    assert (on["established_date"].value, on["established_date"].flagged) == ("2008-01-22", False)
    assert (on["valid_to"].value, on["valid_to"].flagged) == ("长期", False)
    monkeypatch.setattr(X, "LOOKALIKE_SEPARATOR", False)
    assert _read("2008年01月22H", "2008年01月22H至长期")["established_date"].value == ""  # (main: blank)


def test_not_a_date_shape_stays_blank() -> None:
    # two separators misread, a month no calendar has, a day of one digit (a digit may be lost), a space
    for text in ("2008H01万22H", "2008年13月22H", "2008年01月2H", "2008年01 22日"):
        f = _read(text, "2008年01月22日至长期")["established_date"]
        assert f.value == "" or f.flagged, text


def test_a_separators_doubt_is_no_digits_doubt() -> None:
    # 日 at 0.86 against 口: the date as read either way — pre-filled
    f = _read("2019年01月22日", "2019年01月22日至长期", {("成立日期", 10): (0.86, "口", 0.13)})["established_date"]
    assert (f.value, f.flagged) == ("2019-01-22", False)
    # a digit at 0.86 against another digit: blank, as before
    f = _read("2019年01月22日", "2019年01月22日至长期", {("成立日期", 9): (0.86, "7", 0.13)})["established_date"]
    assert f.flagged
    # a 月 whose runner-up is a digit may be one: blank, as before
    f = _read("2019年01月22日", "2019年01月22日至长期", {("成立日期", 7): (0.86, "1", 0.13)})["established_date"]
    assert f.flagged


def test_a_terms_lookalike_to_mark(monkeypatch) -> None:
    weak = {("营业期限", 11): (0.6, "五", 0.05), ("营业期限", 22): (0.54, "日", 0.41)}
    on = _read("2019年01月22日", "2019年01月22日52039年01月22口", weak)["valid_to"]
    assert (on.value, on.flagged) == ("2039-01-22", False)
    car = _read("2024年02月07日", "2024年02月07H车2054年02月07H", {("营业期限", 11): (0.64, "军", 0.16)})["valid_to"]
    assert (car.value, car.flagged) == ("2054-02-07", False)
    assert _read("2017年03月22日", "2017年03月22日个长期")["valid_to"].value == "长期"
    monkeypatch.setattr(X, "LOOKALIKE_SEPARATOR", False)
    off = _read("2019年01月22日", "2019年01月22日52039年01月22口", weak)["valid_to"]
    assert off.flagged and off.note == "not a term"  # (main)


@pytest.mark.parametrize("term", ["2024年07月26日52044年07月126日",  # a day of three digits
                                  "2019年01月22日5203年01月22日",  # a year of three
                                  "2019年01月22日52039年01月23日"])  # no whole years from the 成立日期
def test_no_term_made_up(term: str) -> None:
    assert _read("2019年01月22日", term)["valid_to"].flagged


def test_a_digit_in_doubt_in_a_term_still_blanks() -> None:
    # the end's year digit at 0.6 against another digit: blank
    f = _read("2019年01月22日", "2019年01月22日至2039年01月22口", {("营业期限", 14): (0.6, "2", 0.3)})["valid_to"]
    assert f.flagged


def test_the_spaces_round_a_misread_to_are_no_lost_character(monkeypatch) -> None:
    # the licence prints `至` with a space either side: read as `5`, the step beside it is that space
    # (ZX zx_128, `lost character` on main), as beside a 至 read as printed (`layout.TERM_SLOT`)
    import re

    from app.prefill import layout
    from app.prefill.layout import Piece

    text = "2019年01月22日52039年01月22日"
    xs, x = [], 100.0
    for i, ch in enumerate(text):
        x += 40 if i in (11, 12) else 0  # (the spaces round the 至's place)
        xs.append(x)
        x += 20 if ch.isdigit() else 40
    piece = Piece(text, 0.95, (90, 0, x, 40), ((0.99, "", 0.0),) * len(text), tuple(xs))
    assert not piece.lost_character
    assert piece.wide_digit_gaps(X.GAP_DIGIT_SHARE, X.GAP_DIGIT_ROOM) == []  # (no paper for the reader to look at)
    monkeypatch.setattr(layout, "TERM_SLOT", re.compile(r"(?!)(.)"))
    assert piece.lost_character  # (main)
    assert piece.wide_digit_gaps(X.GAP_DIGIT_SHARE, X.GAP_DIGIT_ROOM)
