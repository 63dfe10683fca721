"""Session 35 (dates): an ID back's 有效期限 row boxed in two overlapping boxes, the character where they meet read
in both (ZY zy_0089, a hand-held photo: `2023.05.25-2` and `2043.05.25`, the end's first 2 twice — 17 digits, no
period, both dates blank); and a copy's speck read as a middle dot before a licence's name (ZY zy_0033,
`·北京和顺物流有限公司通州区分公司` pre-filled, wrong). `extract.PERIOD_READ_TWICE`, `extract.NAME_LEAD_MARK`;
recognised lines as the recogniser gives them (character centres spread over each box). On main both dates
are blank and the name keeps its dot.
"""

from __future__ import annotations

from app.prefill import extract as X
from app.prefill.engine import TextLine
from app.prefill.layout import Line, to_lines


def _line(text: str, x1: float, y1: float, x2: float, y2: float, doubt: dict | None = None) -> TextLine:
    chars = tuple((doubt or {}).get(i, (0.99, "", 0.0)) for i in range(len(text)))
    xs = tuple((i + 0.5) / len(text) for i in range(len(text)))  # (as a fraction of the box's length)
    return TextLine(text, 0.97, ((x1, y1), (x2, y1), (x2, y2), (x1, y2)), chars=chars, xs=xs)


def _back(first: str, second: str, x2: float, x1: float) -> dict:
    """A card back whose period row is boxed as `first` (from x 330 to `x2`) and `second` (from `x1` on)."""
    lines = [_line("中华人民共和国", 340, 90, 800, 140), _line("居民身份证", 320, 190, 860, 270),
             _line("签发机关", 160, 456, 300, 494), _line("上海市公安局", 330, 456, 560, 494),
             _line("有效期限", 160, 536, 300, 574), _line(first, 330, 536, x2, 574), _line(second, x1, 536, 890, 574)]
    fields = X.extract(to_lines(lines), "id_card_back").fields
    return {k: (fields[k].value, fields[k].flagged) for k in ("valid_from", "valid_to")}


def test_a_character_read_in_both_boxes_counts_once(monkeypatch) -> None:
    # `2023.05.25-2` ends over `2043.05.25`'s first character: its 2 lies inside the second box
    on = _back("2023.05.25-2", "2043.05.25", 640, 620)
    assert on == {"valid_from": ("2023-05-25", False), "valid_to": ("2043-05-25", False)}
    monkeypatch.setattr(X, "PERIOD_READ_TWICE", False)
    assert _back("2023.05.25-2", "2043.05.25", 640, 620)["valid_to"][0] == ""  # (main: blank)


def test_boxes_apart_keep_their_characters() -> None:
    # the same text in boxes that do not overlap: the 2 is a digit of its own (17 digits, no period)
    assert _back("2023.05.25-2", "2043.05.25", 640, 660)["valid_to"][0] == ""
    # overlapping boxes whose second does not start with the first's end: nothing is dropped
    assert _back("2023.05.25-2", "043.05.25", 640, 620)["valid_to"] == ("2043-05-25", False)


def _licence(name: str, doubt: dict | None = None) -> dict:
    """A 营业执照 whose name stands in a box of its own right of its label (`名称` … `·北京…`), every
    character at 1.00 but `doubt[i]` (the name's i-th)."""
    rows = [("统一社会信用代码", 200, 200), ("91110112MA01ABCD7X", 250, 200), ("营业执照", 300, 200), ("名称", 700, 200),
            (name, 700, 360), ("类型有限责任公司分公司", 800, 200), ("负责人王建国", 900, 200),
            ("成立日期2019年05月10日", 1000, 200)]
    out = []
    for i, (text, y, x) in enumerate(rows):
        ch = [(1.0, "", 0.0)] * len(text)
        for k, c in ((doubt or {}).items() if text == name else ()):
            ch[k] = c
        xs = tuple(x + 20 + 40 * k for k in range(len(text)))
        out.append(Line(text, 0.98, x, y, x + 40 * len(text), y + 44, i, tuple(ch), "", xs))
    return X.extract(out, "business_license").fields["name"]


def test_a_speck_before_a_name_is_no_part_of_it(monkeypatch) -> None:
    row = "·北京和顺物流有限公司通州区分公司"
    f = _licence(row, {0: (0.93, "・", 0.01)})
    assert (f.value, f.flagged) == ("北京和顺物流有限公司通州区分公司", False)
    # a mark whose runner-up is a character may be that character misread: not taken away
    f = _licence(row, {0: (0.6, "京", 0.3)})
    assert f.value != "北京和顺物流有限公司通州区分公司" or f.flagged
    monkeypatch.setattr(X, "NAME_LEAD_MARK", False)
    assert _licence(row, {0: (0.93, "・", 0.01)}).value.startswith("·")  # (main: the dot read into the name)
