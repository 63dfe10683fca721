"""Business licence failure modes seen on development family G (session 9), rebuilt on our own
pages drawn with Pillow (system CJK faces) and read by `app.services.prefill.ocr_files` — the
function behind `zongchuang ocr --json` — so decode, flatten, OCR, classify and extract all run.

- A registration 申请书 (公司登记（备案）申请书) carries a licence's labels with the values filled in
  by hand; its title is printed barely larger than its rows (so it is no "foreign title"), and its
  five labelled values made it a licence: ten wrong pre-fills on two photos. Its note pointing to
  the 填写说明 and the applicant's signature line say what it is.
- A 经营范围 whose full stop wrapped alone onto a row of its own that the detector did not box:
  the scope was pre-filled without its end.
"""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw

from app.prefill.engine import TextLine
from app.prefill.extract import REASONS, extract
from app.prefill.layout import to_lines
from app.prefill.reader import confirm_row_end
from app.services.prefill import ocr_files
from tests.prefill.fonts import HAND, SANS, SERIF, cjk_font
from tests.prefill.test_licence_ends import draw_licence, read
from tests.prefill.test_page_kinds import _photo


def filled_application(path: Path, title_size: int = 40) -> Path:
    """公司登记（备案）申请书: a table of a licence's labels, the values handwritten in blue."""
    page = Image.new("RGB", (1240, 1754), "white")
    d = ImageDraw.Draw(page)
    d.text((620, 150), "公司登记（备案）申请书", fill="black", font=cjk_font(title_size, SERIF), anchor="mm")
    small, f, hand = cjk_font(22, SANS), cjk_font(30, SANS), cjk_font(34, HAND)
    d.text((150, 215), "注：请仔细阅读本申请书《填写说明》，按要求填写。", fill="black", font=small)
    rows = (("名　　称", "佛山市恒泰建筑工程有限责任公司"), ("住　　所", "广东省佛山市顺德区北京西路1200号23号楼917号"),
            ("法定代表人", "钟辉桂"), ("注册资本", "100万元"), ("统一社会信用代码", ""), ("联系电话", "13834114370"),
            ("经营范围", "住宅室内装饰装修；园林绿化工程施工"))
    y = 270
    for label, value in rows:
        d.rectangle((110, y, 1130, y + 90), outline="black", width=2)
        d.line((330, y, 330, y + 90), fill="black", width=2)
        d.text((125, y + 28), label, fill="black", font=f)
        if value:
            d.text((350, y + 26), value, fill=(30, 40, 140), font=hand)
        y += 90
    d.text((110, y + 40), "本人（申请人）承诺：所提交的申请材料真实、合法、有效。", fill="black", font=small)
    d.text((700, y + 140), "申请人签字：", fill="black", font=small)
    d.text((850, y + 130), "钟辉桂", fill=(30, 40, 140), font=hand)
    return _photo(page, path, 3)


def test_a_filled_in_registration_application_is_no_licence(engine, tmp_path) -> None:
    results, failures = ocr_files([filled_application(tmp_path / "application.jpg")])
    assert not failures
    assert results[0]["kind"] == "other", results[0]
    assert not any(f["value"] for f in results[0]["fields"].values())


ROWS = [("名称", ["佛山市恒泰商贸有限公司"]), ("类型", ["有限责任公司(自然人投资或控股)"]), ("法定代表人", ["钟辉桂"]),
        ("注册资本", ["100万元"]), ("成立日期", ["2019年05月20日"]), ("营业期限", ["2019年05月20日至长期"]),
        ("住所", ["广东省佛山市顺德区北京西路1200号23号楼917号"])]
# two rows that fill the value column (30 characters of 28 px: 840 px), no full stop on them
FULL = ["日用百货销售、服装服饰批发、针纺织品销售、化妆品零售、办公用品", "销售、家用电器销售、五金产品零售、电子产品销售、文具用品零售"]


def test_a_scope_whose_full_stop_wrapped_onto_an_unread_row_is_not_prefilled(engine, tmp_path) -> None:
    got = read(draw_licence([*ROWS, ("经营范围", [*FULL, "。"])], tmp_path / "stop.png"))
    assert got["business_scope"]["value"] in ("", "".join(FULL) + "。"), got["business_scope"]
    if not got["business_scope"]["value"]:
        assert got["business_scope"]["reason"] in REASONS


def test_a_scope_ending_at_the_column_edge_over_blank_paper_is_prefilled(engine, tmp_path) -> None:
    got = read(draw_licence([*ROWS, ("经营范围", FULL)], tmp_path / "full.png"))
    assert got["business_scope"]["value"] == "".join(FULL)


def test_a_transliterated_representative_whose_middle_dot_was_dropped_is_not_prefilled(engine, tmp_path) -> None:
    # `帕提古丽·司马义` read without its thin dot is another (wrong) name; a Han name has 2–4 characters
    rows = [("法定代表人", ["帕提古丽司马义"]) if label == "法定代表人" else (label, value) for label, value in ROWS]
    got = read(draw_licence(rows, tmp_path / "rep.png"))
    assert got["legal_representative"]["value"] == ""
    assert got["legal_representative"]["reason"] in REASONS


def line(text: str, x1: float, y1: float, x2: float, y2: float, score: float = 0.99) -> TextLine:
    per = tuple((0.999, "", 0.0) for _ in text)
    return TextLine(text, score, ((x1, y1), (x2, y1), (x2, y2), (x1, y2)), False, per, ())


def values(lines: list[TextLine]) -> dict[str, dict[str, object]]:
    return extract(to_lines(lines)).public_fields()


def justified(name_label: list[TextLine], scope: list[TextLine]) -> list[TextLine]:
    """A portrait 副本 read as OCR lines: two-character labels justified across a 5-character
    column (x 110–250), values from x 300; a right-hand QR caption."""
    return [line("统一社会信用代码", 110, 140, 300, 165), line("91440106MA59C7XK2U", 110, 170, 330, 195),
            line("营业执照", 400, 60, 800, 150), *name_label,
            line("西安鼎盛商贸有限公司", 300, 330, 560, 360),
            line("类", 110, 385, 140, 415), line("型", 220, 385, 250, 415), line("有限责任公司(自然人投资或控股)", 300, 385, 700, 415),
            line("法定代表人", 110, 440, 250, 470), line("莫英福", 300, 440, 380, 470),
            line("成立日期", 110, 495, 250, 525), line("2008年10月29日", 300, 495, 470, 525),
            line("住", 110, 550, 140, 580), line("所", 220, 550, 250, 580),
            line("西安市雁塔区东湖街道虹梅南路2402号2幢5层605室", 300, 550, 900, 580),
            line("经营范围", 110, 605, 250, 635), *scope,
            line("登记机关", 700, 1100, 820, 1130), line("2021年03月05日", 700, 1150, 900, 1180)]


SCOPE = [line("服装服饰批发、针纺织品销售、化妆品零售、办公用品销售、五金", 300, 605, 1080, 635),
         line("产品零售。", 300, 650, 430, 680)]


def test_a_lone_second_label_character_at_the_column_edge_is_the_label() -> None:
    # `名` lost (glare, or cut by the frame and read as a stray `N`): `称` alone, its value boxed apart
    for head in ([], [line("N", 110, 332, 125, 358, 0.89)]):
        got = values(justified([*head, line("称", 220, 330, 250, 360)], SCOPE))
        assert got["name"]["value"] == "西安鼎盛商贸有限公司"
    # a `称` inside the value column, or with a long text left of it, is no label
    got = values(justified([line("其他文字说明", 110, 330, 200, 360), line("称", 220, 330, 250, 360)], SCOPE))
    assert got["name"]["value"] == ""


def test_a_copy_stamp_under_the_scope_is_no_row_of_it() -> None:
    stamp = line("此复印件仅供银行开户使用", 280, 690, 700, 950)  # large print many rows tall
    assert values(justified([line("名称", 110, 330, 250, 360)], [*SCOPE, stamp]))["business_scope"]["value"] \
        == "服装服饰批发、针纺织品销售、化妆品零售、办公用品销售、五金产品零售。"


def test_a_bracket_row_starting_at_its_cell_does_not_make_the_other_rows_late() -> None:
    rows = [line("企业管理咨询、市场营销策划、信息咨询服务(不含许可类信息咨询服务)", 300, 605, 1080, 635),
            line("、财务咨询、人力资源服务(不含职业中介活动、劳务派遣服务)。", 300, 640, 1080, 670),
            line("(依法须经批准的项目,经相关部门批准后方可开展经营活动)", 301, 675, 1050, 705)]
    got = values(justified([line("名称", 110, 330, 250, 360)], rows))["business_scope"]["value"]
    assert got == "".join(r.text for r in rows)


STOP = "(依法须经批准的项目,经相关部门批准后方可开展经营活动,具体经营项目以相关部门批准文件或许可证件为准"


def test_a_scope_whose_closing_bracket_wrapped_alone_is_whole() -> None:
    head = line("一般项目:日用百货销售。许可项目:食品经营。" + STOP[:18], 300, 605, 1080, 635)
    tail = line(STOP[18:], 300, 640, 1080, 670)
    # the bracket not boxed, or boxed and read as a doubtful `一)`
    for last in ([], [line("一)", 300, 675, 330, 705, 0.55)]):
        got = values(justified([line("名称", 110, 330, 250, 360)], [head, tail, *last]))["business_scope"]
        assert got["value"] == head.text + tail.text + ")", got


def test_a_scope_stopping_where_the_reading_stopped_is_not_prefilled() -> None:
    # moiré: the scope's second and third rows unread, a fourth read: `组织采购` is not the scope
    rows = [line("组织采购", 300, 605, 400, 635), line("和关部门批准后方可开", 300, 700, 560, 730)]
    got = values(justified([line("名称", 110, 330, 250, 360)], rows))["business_scope"]
    assert got["value"] == "" and got["reason"] in REASONS


def test_a_faint_full_stop_a_row_pitch_under_the_scope_is_ink() -> None:
    # a certified copy prints the lone `。` light grey, on the next row's baseline (a row pitch under
    # the last row): it was looked for only one line height down, and only in ink darker than half-way
    # between the paper and the row's strokes, so the scope was pre-filled without its end
    rows = [line("服装服饰批发、针纺织品销售、化妆品零售、办公用品销售、五金", 300, 605, 1080, 635),
            line("产品零售、电子产品销售、文具用品零售、家用电器销售、日用百货", 300, 650, 1080, 680)]
    lines = justified([line("名称", 110, 330, 250, 360)], rows)
    ext = extract(to_lines(lines))
    assert ext.fields["business_scope"].note == "may go on below"
    page = np.full((1300, 1200, 3), 255, np.uint8)
    page[610:630, 302:1078] = 60  # the rows' grey print (a copy)
    page[655:675, 302:1078] = 60
    blank = extract(to_lines(lines))
    confirm_row_end(blank, to_lines(lines), page)
    assert blank.public_fields()["business_scope"]["value"] == "".join(r.text for r in rows)  # blank paper under it
    cv2.circle(page, (310, 716), 6, (175, 175, 175), 2)  # `。` on the next row's baseline, light grey
    confirm_row_end(ext, to_lines(lines), page)
    assert ext.public_fields()["business_scope"]["value"] == ""


def test_a_table_rule_under_the_scope_is_no_further_row() -> None:
    # a licence printed as a ruled table closes the scope's cell with a rule right under its last
    # row: the rule was taken for ink of a row the detector missed (a straight one, or one drawn a
    # pixel thick at a slant along the box's edge), so a whole scope was never pre-filled
    rows = [line("服装服饰批发、针纺织品销售、化妆品零售、办公用品销售、五金", 300, 605, 1080, 635),
            line("产品零售、电子产品销售、文具用品零售、家用电器销售、日用百货", 300, 650, 1080, 680)]
    lines = justified([line("名称", 110, 330, 250, 360)], rows)
    want = "".join(r.text for r in rows)
    for rule in ((686, 689), (681, 682)):
        page = np.full((1300, 1200, 3), 255, np.uint8)
        page[610:630, 302:1078] = 30
        page[655:675, 302:1078] = 30
        page[rule[0]:rule[1], 100:1150] = 20  # the cell's bottom rule
        ext = extract(to_lines(lines))
        assert ext.fields["business_scope"].note == "may go on below"
        confirm_row_end(ext, to_lines(lines), page)
        assert ext.public_fields()["business_scope"]["value"] == want, rule
        # a further row's characters under the rule still count
        page[700:722, 305:330] = 30
        ext = extract(to_lines(lines))
        confirm_row_end(ext, to_lines(lines), page)
        assert ext.public_fields()["business_scope"]["value"] == "", rule


def test_a_label_end_read_again_at_the_start_of_its_value_box() -> None:
    # the detector boxed `法定代表人` and then `人刘涵`, the second box starting under the label's last
    # character (no colon between them): the value was pre-filled `人刘涵`
    def rep(label: TextLine, value: TextLine) -> dict[str, object]:
        lines = [o for o in justified([line("名称", 110, 330, 250, 360)], SCOPE) if o.text not in ("法定代表人", "莫英福")]
        return values([*lines, label, value])["legal_representative"]

    assert rep(line("法定代表人", 110, 440, 250, 470), line("人刘涵", 225, 440, 330, 470))["value"] == "刘涵"
    # a value whose own first character is the label's last, standing past the label, is kept
    assert rep(line("负责人", 110, 440, 250, 470), line("人刘涵", 300, 440, 390, 470))["value"] == "人刘涵"
