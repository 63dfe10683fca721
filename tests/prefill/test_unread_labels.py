"""Values whose label was not read (session 18, rows: Q's q0028, q0034 and their kind). On a degraded
capture — a black-and-white scan that loses thin strokes, an overexposed 高拍仪 shot — a label may be
read as a stray mark (`!`), misread past what the label search allows (`负员人` for 负责人, three
characters, no substitution allowed), or not boxed at all, while its value is read well. A licence
prints its rows in a fixed order per template: between two labels read one under the other in a
label column, the rows the template prints between them are theirs. The rows get their labels and
the page is extracted again; a field is taken only from its own row, unflagged, and only when every
other field reads as before (a wrapped name's second row is no missing row).

OCR lines as the detector and recogniser return them (boxes in page pixels), through the real
extraction code.
"""

from __future__ import annotations

from app.prefill import extract as ex
from app.prefill.engine import TextLine
from app.prefill.extract import extract
from app.prefill.layout import to_lines


def line(text: str, x1: float, y1: float, x2: float, y2: float, score: float = 0.99,
         xs: tuple[float, ...] = (), chars: dict[int, tuple[float, str, float]] | None = None) -> TextLine:
    per = tuple((chars or {}).get(i, (0.999, "", 0.0)) for i in range(len(text)))
    return TextLine(text, score, ((x1, y1), (x2, y1), (x2, y2), (x1, y2)), False, per, xs)


def fields(lines: list[TextLine]) -> dict[str, dict[str, object]]:
    return extract(to_lines(lines)).public_fields()


TYPE = "有限责任公司(自然人独资)"
TYPE_READ = line("有限员任公司(自然人独资)", 400, 580, 748, 618, 0.96, chars={2: (0.62, "责", 0.3)})  # (as q0028's)
SCOPE = "一般项目:技术服务、技术开发、技术咨询(除依法须经批准的项目外,凭营业执照依法自主开展经营活动)"


def portrait(*, type_head: list[TextLine] | None = None, rep_head: list[TextLine] | None = None,
             date_head: list[TextLine] | None = None, term_head: list[TextLine] | None = None,
             name: list[TextLine] | None = None, type_row: bool = True) -> list[TextLine]:
    """A portrait 副本 (one label column at x 230, values at x 400, rows 53 px apart); each `*_head`
    replaces that row's label boxes (an empty list: the label was not boxed at all)."""
    def head(text: str, y: int, given: list[TextLine] | None) -> list[TextLine]:
        return [line(text, 230, y, 230 + 30 * len(text), y + 40)] if given is None else given

    rows = [line("统一社会信用代码", 196, 231, 380, 265), line("91110105D9DHD1YUAF", 196, 263, 491, 301),
            line("营业执照", 500, 353, 949, 441),
            line("名称", 230, 527, 290, 567),
            *(name or [line("北京汇禾科技有限公司", 400, 527, 680, 562)]),
            *head("类型", 580, type_head), *([TYPE_READ] if type_row else []),
            *head("法定代表人", 633, rep_head), line("孟艳瑶", 400, 633, 493, 673),
            line("注册资本", 230, 686, 349, 727), line("300万元整", 400, 686, 533, 727),
            *head("成立日期", 740, date_head), line("2020年03月08日", 400, 740, 600, 780),
            *head("营业期限", 793, term_head), line("2020年03月08日至长期", 400, 793, 684, 832),
            line("住所", 230, 849, 290, 888), line("北京市朝阳区东风路1544号29幢1002室", 400, 849, 870, 883),
            line("经营范围", 230, 898, 349, 940), line(SCOPE[:30], 400, 896, 1250, 940),
            line(SCOPE[30:], 400, 940, 400 + 28 * len(SCOPE[30:]), 982),
            line("登记机关", 821, 1639, 938, 1681)]
    return rows


def test_a_row_between_two_labels_whose_label_was_a_stray_mark_is_the_templates_row() -> None:
    # q0028: 类型 read as `!` between 名称 and 法定代表人; the type read with one doubtful character
    # the closed table of types settles (员, runner-up 责) — which it does for a labelled row only
    out = fields(portrait(type_head=[line("!", 341, 580, 378, 618, 0.49)]))
    assert out["entity_type"]["value"] == TYPE
    # and with nothing boxed there at all
    assert fields(portrait(type_head=[]))["entity_type"]["value"] == TYPE
    # as before: blank, its label not found
    ex.INFER_ROWS = False
    try:
        out = fields(portrait(type_head=[line("!", 341, 580, 378, 618, 0.49)]))
    finally:
        ex.INFER_ROWS = True
    assert out["entity_type"]["value"] == "" and out["entity_type"]["reason"] == "label_not_found"


def test_a_misread_three_character_label_gives_its_row_to_the_field_between() -> None:
    # q0034: `负员人` for 负责人 (a short label allows no misread character)
    out = fields(portrait(rep_head=[line("负员人", 230, 633, 320, 673)]))
    assert out["legal_representative"]["value"] == "孟艳瑶"
    # glued to its value, the value's characters start where the column's values start
    xs = tuple((c - 230) / (493 - 230) for c in (245, 275, 305, 415, 445, 475))
    glued = [ln for ln in portrait(rep_head=[line("负员人孟艳瑶", 230, 633, 493, 673, xs=xs)]) if ln.text != "孟艳瑶"]
    out = fields(glued)
    assert out["legal_representative"]["value"] == "孟艳瑶"


def test_two_rows_between_two_labels_are_the_two_rows_the_template_prints_there() -> None:
    # q0028: 成立日期 read `成认11期`, 营业期限 not boxed: between 注册资本 and 住所 the template
    # prints 成立日期 then 营业期限
    out = fields(portrait(date_head=[line("成认11期", 229, 740, 351, 781, 0.71)], term_head=[]))
    assert out["established_date"]["value"] == "2020-03-08"
    assert out["valid_to"]["value"] == "长期"


def test_a_wrapped_name_is_no_row_of_a_missing_label() -> None:
    # the name wraps to a second row and the 类型 row was not read at all (label and value): the
    # name's second row stands where the type would; it is the name's, and the type stays blank
    name = [line("北京汇禾科技发展集团股份", 400, 527, 750, 562), line("有限公司", 400, 567, 520, 602)]
    out = fields(portrait(type_head=[], type_row=False, name=name))
    assert out["entity_type"]["value"] == ""
    ex.INFER_ROWS = False
    try:
        assert fields(portrait(type_head=[], type_row=False, name=name)) == out
    finally:
        ex.INFER_ROWS = True


def test_rows_the_templates_do_not_agree_on_are_left_blank() -> None:
    # 法定代表人 and 类型 both unread between 名称 and 注册资本: one template prints 类型 then
    # 法定代表人, another (2014 竖版) 类型 then 住所 then 法定代表人 — with the type's row lost
    # as well, the one row left could be either: nothing is given
    out = fields(portrait(type_head=[], type_row=False, rep_head=[]))
    assert out["legal_representative"]["value"] == ""



def health(period_head: list[TextLine] | None = None, period_y: int = 598) -> list[TextLine]:
    """A 卫生许可证 (labels at x 78, values at x 186, rows 35 px apart), its 有效期限 row last."""
    return [line("卫生许可证", 198, 332, 474, 384), line("粤卫公字[2026]第440305414428号", 345, 395, 552, 417),
            line("单位名称", 78, 456, 153, 481), line("深圳安辉美容院管理有限公司", 186, 457, 412, 483),
            line("法定代表人", 77, 491, 170, 518), line("付佳秀", 185, 492, 241, 517),
            line("地址", 80, 527, 152, 553), line("深圳市南山区东风路210号17幢1306室", 184, 527, 479, 553),
            line("许可项目", 76, 560, 154, 590), line("美容、影剧院", 186, 562, 294, 589),
            *(period_head if period_head is not None else [line("有效期限", 79, 598, 153, 622)]),
            line("2026年07月19日至2030年07月18日", 186, period_y, 450, period_y + 25)]


def test_a_columns_last_row_under_its_last_label_is_the_row_the_template_prints_there() -> None:
    # 有效期限 lost to glare: the row a label pitch under 许可项目 is the term
    out = fields(health(period_head=[]))
    assert (out["valid_from"]["value"], out["valid_to"]["value"]) == ("2026-07-19", "2030-07-18")
    # a row two pitches under it is no row of the column's end
    out = fields(health(period_head=[], period_y=668))
    assert out["valid_to"]["value"] == "" and out["valid_to"]["reason"] == "label_not_found"
    ex.INFER_ROWS = False
    try:
        assert fields(health(period_head=[]))["valid_to"]["reason"] == "label_not_found"
    finally:
        ex.INFER_ROWS = True


def test_a_two_column_pages_right_column_ends_with_the_address() -> None:
    # Q's q0105: 住所 read `It` under 营业期限 at the right column's foot, and 经营范围 misread on the
    # left (`经代范博`): a one-column licence may print 经营范围 after 营业期限, a two-column page's
    # right column ends with 住所 — the labels read level with the left column's say which page it is
    rows = [line("统一社会信用代码", 81, 90, 258, 123), line("913702024D8LR41WJ2", 83, 121, 358, 149),
            line("营业执照", 626, 214, 1105, 314),
            line("名称", 113, 320, 231, 357), line("青岛宏兴酒店管理股份有限公司", 285, 320, 681, 358),
            line("注册资本", 933, 319, 1057, 358), line("贰佰万元整", 1106, 320, 1255, 360),
            line("类型", 113, 378, 231, 415), line("有限责任公司(自然人独资)", 285, 377, 638, 415),
            line("成立日期", 933, 378, 1057, 418), line("2013年06月03日", 1105, 378, 1310, 416),
            line("法定代表人", 110, 435, 261, 474), line("沈桂", 277, 435, 347, 473),
            line("营业期限", 933, 435, 1054, 476), line("2013年06月03日至长期", 1103, 435, 1395, 473),
            line("经代范博", 108, 489, 231, 531, 0.76), line("一般项目:酒店管理;住宿服务。", 285, 493, 700, 531),
            line("It", 934, 491, 973, 524, 0.48), line("山东省青岛市市南区光明路535弄71号4层", 1105, 494, 1616, 533),
            line("登记机关", 1218, 980, 1331, 1020)]
    assert fields(rows)["address"]["value"] == "山东省青岛市市南区光明路535弄71号4层"
