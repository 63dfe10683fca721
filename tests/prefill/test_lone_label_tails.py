"""Session 37 (aecopy): a licence's label column cut down its length at the page's edge.

AE ae_0044 (a 个体工商户 营业执照 photographed on a desk, the sheet's left side lost at its edge): every label of
the left column kept only its last character, boxed alone before its value — `称` 崂山区瑞丰理发店, `型` 个体工商户,
`者` 姜建刚, `围` 一般项目：… — and the right column's labels were read whole. `label_tails` takes a lone second
character only beside labels of its own column read whole, and here none was: name, legal representative and
scope stayed blank `not found`. Three such tails or more, each the end of one field's labels only, standing at
one left edge with a value after each, are that column's labels (`layout.LONE_TAIL_COLUMN`; off = main: blank).
"""

from __future__ import annotations

from app.prefill import extract as ex
from app.prefill import layout
from app.prefill.layout import Line, clean

SCOPE = "一般项目:卫生用品和一次性使用医疗用品销售;消毒剂销售(不含危险化学品);第一类医疗器械销售。"


def _line(text: str, x1: float, y1: float, x2: float, y2: float) -> Line:
    return Line(clean(text), 0.99, x1, y1, x2, y2, 0, ())


def _page(tails: dict[str, str] | None = None) -> list[Line]:
    t = {"name": "称", "type": "型", "rep": "者", "scope": "围", **(tails or {})}
    rows = [_line("会信用代码", 563, 489, 646, 511), _line("营业执照", 895, 492, 1159, 559),
            _line("02126366565824", 561, 512, 697, 533),
            _line(t["name"], 552, 622, 574, 645), _line("崂山区瑞丰理发店", 584, 623, 719, 646),
            _line("组成形式", 1021, 629, 1093, 652), _line("个人经营", 1102, 630, 1173, 654),
            _line(t["type"], 549, 654, 571, 678), _line("个体工商户", 582, 656, 668, 678),
            _line("注册日期", 1021, 662, 1093, 686), _line("2022年01月08日", 1103, 664, 1219, 687),
            _line(t["rep"], 546, 689, 568, 712), _line("姜建刚", 579, 689, 635, 712),
            _line("经营场所", 1021, 695, 1093, 718), _line("山东省青岛市崂山区和平路1563号永安新村16幢115室", 1103, 696, 1481, 725),
            _line(t["scope"], 544, 721, 566, 745), _line("一般项目：卫生用品和一次性使用医疗用品销售；消毒", 575, 721, 969, 750),
            _line("剂销售（不含危险化学品）；第一类医疗器械销售。", 575, 744, 946, 771),
            _line("登记机关", 1228, 1067, 1310, 1096), _line("2025", 1210, 1113, 1257, 1139),
            _line("年09月", 1260, 1111, 1358, 1142), _line("日", 1398, 1114, 1423, 1140)]
    return [ln for ln in rows if ln.text]


def _fields(lines: list[Line]) -> dict[str, dict]:
    return ex.extract(lines, "business_license").public_fields()


def test_a_column_of_lone_label_tails_is_the_cut_label_column(monkeypatch) -> None:
    got = _fields(_page())
    assert got["name"]["value"] == "崂山区瑞丰理发店"
    assert got["legal_representative"]["value"] == "姜建刚"
    assert got["business_scope"]["value"] == SCOPE
    assert got["address"]["value"] == "山东省青岛市崂山区和平路1563号永安新村16幢115室"
    assert got["credit_code"]["value"] == ""  # (the code itself is cut: no valid code)
    monkeypatch.setattr(layout, "LONE_TAIL_COLUMN", False)
    main = _fields(_page())
    assert main["name"]["value"] == main["legal_representative"]["value"] == main["business_scope"]["value"] == ""


def test_two_lone_tails_make_no_column() -> None:
    # (`称` and `者` alone, the scope's `围` not read: two lone characters are no label column)
    got = _fields(_page({"scope": "", "type": ""}))
    assert got["name"]["value"] == "" and got["legal_representative"]["value"] == ""


def test_tails_scattered_over_the_page_make_no_column() -> None:
    lines = _page()
    moved = [Line(ln.text, ln.score, ln.x1 + 200, ln.y1, ln.x2 + 200, ln.y2, 0, ())
             if ln.text in ("者", "姜建刚") else ln for ln in lines]
    got = _fields(moved)
    assert got["legal_representative"]["value"] == ""


def test_a_tail_two_fields_end_with_is_left_alone() -> None:
    # (`期` ends 成立日期 / 注册日期 — one field — but a tail like `号` ends 注册号 and no other: here the
    # rep's row is given a tail that ends labels of no field at all: only three rows stay, still a column)
    got = _fields(_page({"rep": "x"}))
    assert got["name"]["value"] == "崂山区瑞丰理发店" and got["legal_representative"]["value"] == ""
