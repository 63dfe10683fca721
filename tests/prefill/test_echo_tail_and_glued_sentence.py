"""Session 39 (aiwrong, round 2): two of family AI's wrong pre-fills, from the lines its watermark re-read read.

AI ai_038 (a scanner app's photo of a 个体工商户 licence): the round seal sits over the name's end, its ring of
characters ending in the firm's own `…水果店`. The watermark re-read boxed the ring's `店` apart — 0.6 of the row
tall, starting 3 px inside the name's box — and `layout.value_after` took it as the value going on: the name
read `市南区邵记水果店店` and filled the first reading's blank. `layout.ECHO_TAIL`: a box opening with the
character the value ends with, starting inside the value's last box, is that character again; shorter than
the row (SMALL_PRINT_HEIGHT) it is other print and left out, as tall the value is in doubt.

AI ai_136 (a scan): the re-read boxed the scope's first row in two and left the `。（` between them unread;
the scope read `…食用农产品零售依法须经批准的项目,…经营活动` (the `）` lost on the next row) and was
pre-filled. `extract.SCOPE_GLUED_SENTENCE`: the registrar's sentence follows `（`, `【` or 除, never an item's
character (every cached set's truth): such a scope is in doubt. Both rules off (main) pre-fill the wrong values.
"""

from __future__ import annotations

from app.prefill import extract as E
from app.prefill import layout as L
from app.prefill.engine import TextLine
from app.prefill.extract import extract
from app.prefill.layout import to_lines


def _line(text: str, x1: float, y1: float, x2: float, y2: float) -> TextLine:
    return TextLine(text, 0.99, ((x1, y1), (x2, y1), (x2, y2), (x1, y2)), chars=tuple((0.99, "", 0.0) for _ in text))


def _ai_038(tail: tuple[str, float, float, float, float] = ("店", 448, 355, 474, 379)) -> list[TextLine]:
    """ai_038's watermark re-read (page pixels); `tail`: the box read past the name's end."""
    return [
        _line("统一社会信用代码", 98, 97, 267, 129), _line("9237020208Q8GFWMT0", 96, 130, 364, 161),
        _line("营业执照", 538, 192, 859, 295), _line("扫描二维码登录", 1179, 233, 1271, 252),
        _line("名称", 138, 356, 262, 393), _line("市南区邵记水果店", 242, 356, 451, 396), _line(*tail),
        _line("注册日期2020年08月09日", 749, 359, 1036, 397), _line("类用型", 135, 413, 252, 451),
        _line("个体工商户", 246, 414, 378, 450), _line("经营场所青岛市市南区山东路298号", 748, 414, 1140, 451),
        _line("经营者", 133, 468, 217, 506), _line("邵熙淑", 261, 472, 338, 500),
        _line("组成形式", 137, 526, 241, 558), _line("个人经营", 262, 529, 355, 557),
        _line("经营范围", 137, 581, 241, 613), _line("新鲜水果零售；食用农产品零售。（依法", 258, 581, 674, 615),
        _line("须经批准的项目，经相关部门批准后方可", 262, 620, 673, 647), _line("开展经营活动)", 262, 655, 416, 682),
        _line("登记", 921, 721, 965, 753), _line("022年10月03", 956, 786, 1138, 822),
    ]


def _ai_136(first_row: tuple[str, ...] = ("新鲜水果零售；食用农产品零售", "依法须经批准的项目，经相关部门")) -> list[TextLine]:
    """ai_136's watermark re-read (page pixels); `first_row`: the scope's first row's two boxes."""
    return [
        _line("统一社会信用代码", 85, 99, 254, 130), _line("92440604794911GL18", 84, 130, 333, 164),
        _line("扫描二维码登录", 791, 205, 891, 235), _line("营业执照", 331, 223, 664, 342),
        _line("(副", 428, 330, 489, 370), _line("本", 478, 329, 570, 371),
        _line("佛山市禅城区恒通水果店", 236, 410, 467, 436), _line("类型", 95, 455, 202, 496),
        _line("个体工商户", 231, 453, 346, 496), _line("经营者", 97, 508, 177, 546), _line("沈涵振", 230, 506, 306, 546),
        _line("组成形式", 97, 559, 200, 595), _line("个人经营", 233, 561, 324, 594), _line("经营范围", 94, 608, 196, 649),
        _line(first_row[0], 236, 615, 527, 642), _line(first_row[1], 566, 615, 882, 642),
        _line("批准后方可开展经营活动", 232, 647, 465, 673), _line("注册日期", 95, 693, 199, 730),
        _line("2009年11月23日", 228, 696, 382, 727), _line("经营场所", 97, 745, 195, 778),
        _line("佛山市禅城区汾江中路51号", 231, 746, 486, 777), _line("复印件与原件一致", 108, 1096, 321, 1141),
        _line("2023年1月4日", 123, 1142, 372, 1203), _line("登记机关", 575, 1161, 673, 1198),
        _line("2023年11月11日", 628, 1230, 777, 1261),
    ]


def _field(lines: list[TextLine], key: str) -> E.FieldResult:
    return extract(to_lines(lines), "business_license", 1.0).fields[key]


def test_a_seals_echo_of_the_names_last_character_is_left_out(monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(L, "ECHO_TAIL", True)
    got = _field(_ai_038(), "name")
    assert got.value == "市南区邵记水果店", (got.value, got.note)


def test_rule_off_reads_the_doubled_character(monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(L, "ECHO_TAIL", False)
    got = _field(_ai_038(), "name")
    assert got.value == "市南区邵记水果店店" and not got.flagged  # (main: the wrong value pre-filled)


def test_an_echo_as_tall_as_the_row_leaves_the_name_in_doubt(monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(L, "ECHO_TAIL", True)
    got = _field(_ai_038(("店", 446, 356, 474, 396)), "name")
    assert got.flagged or got.value == "市南区邵记水果店", (got.value, got.note)
    assert not (got.value == "市南区邵记水果店店" and not got.flagged)


def test_a_box_past_the_names_end_still_goes_on(monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(L, "ECHO_TAIL", True)
    got = _field(_ai_038(("店", 455, 356, 480, 396)), "name")  # (starts past the end: a second 店 printed)
    assert got.value == "市南区邵记水果店店", (got.value, got.note)


def test_a_scope_with_an_item_glued_to_the_sentence_is_in_doubt(monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(E, "SCOPE_GLUED_SENTENCE", True)
    got = _field(_ai_136(), "business_scope")
    assert got.flagged, (got.value, got.note)


def test_rule_off_prefills_the_glued_scope(monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(E, "SCOPE_GLUED_SENTENCE", False)
    got = _field(_ai_136(), "business_scope")
    assert not got.flagged and "零售依法须经批准" in got.value, (got.value, got.note)


def test_the_bracketed_sentence_is_still_prefilled(monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(E, "SCOPE_GLUED_SENTENCE", True)
    got = _field(_ai_136(("新鲜水果零售；食用农产品零售。（", "依法须经批准的项目，经相关部门")), "business_scope")
    assert not got.flagged and got.value.endswith("零售。(依法须经批准的项目,经相关部门批准后方可开展经营活动)"), \
        (got.value, got.note)
