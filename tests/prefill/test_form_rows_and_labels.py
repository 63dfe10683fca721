"""Licence layouts the rules did not reach (issue 15, session 21, V and W): a 住所 ending in a shop's
room followed by the form's next row, a title the detector glued a watermark's words to, a
bracketed label read without its brackets, a ruled row's line through the room after a value.
Built as recognised lines (`extract`, `classify`) or a drawn grey page (`room_blank`), each the
shape the failing photos gave, drawn generically."""

from __future__ import annotations

import numpy as np

from app.prefill import layout, reader
from app.prefill.engine import TextLine
from app.prefill.extract import classify, extract
from app.prefill.layout import to_lines


def line(text: str, x1: float, y1: float, x2: float, y2: float) -> TextLine:
    return TextLine(text, 0.99, ((x1, y1), (x2, y1), (x2, y2), (x1, y2)), False, tuple((0.999, "", 0.0) for _ in text), ())


def test_a_shop_room_address_with_the_next_row_at_the_form_pitch_is_whole() -> None:
    # a 副本 prints 经营范围 right under 住所: `…3号楼1层292-3` filled its row and the next row (the
    # scope's) follows at the form's row pitch, so no wrapped row lies between (W w0040, w0105 were
    # blank: the scope's print under the address's start read as a further row). With a row's room
    # between them the address may have wrapped into a row the detector missed: still not pre-filled
    addr = "江苏省徐州市沛县龙华东路53号电商产业园3号楼1层292-3"
    head = [line("营业执照", 333, 150, 670, 224), line("统一社会信用代码91320322MAHB3URJ38", 90, 250, 500, 272),
            line("名称", 95, 300, 200, 326), line("徐州万象供应链管理有限公司", 203, 300, 443, 326),
            line("类型", 95, 345, 200, 371), line("有限责任公司(自然人投资或控股)", 203, 345, 480, 371),
            line("住所", 95, 390, 200, 416), line(addr, 203, 390, 203 + 22 * len(addr), 416)]

    def address(scope_y: int) -> dict[str, object]:
        scope = [line("经营范围", 95, scope_y, 200, scope_y + 26),
                 line("国内货物运输代理、包装服务。(依法须经批准的项目,经相关部门批准后方可开展经营活动)",
                      203, scope_y, 860, scope_y + 26)]
        return extract(to_lines([*head, *scope])).public_fields()["address"]

    assert address(435)["value"] == addr
    got = address(480)
    assert got["value"] == "" and got["reason"] == "wrapped_row_incomplete"


# W w0048 (a chat screenshot of a table-form 卫生许可证): the watermark's `使用,用` boxed with the title
W0048 = [line("公共场所卫生许可证使用,用", 194, 137, 933, 223), line("蒙卫公(2017〕150102共招技", 343, 213, 703, 293),
         line("单位名称", 98, 338, 174, 365), line("经营场所地址", 95, 444, 205, 471),
         line("内蒙古自治区呼和浩特市新城区城关镇李家村2组28号", 266, 444, 687, 471),
         line("许可项目", 96, 497, 172, 524), line("歌舞厅", 265, 496, 327, 526),
         line("仅供招投标使用", 640, 535, 932, 682), line("有效期限:", 99, 569, 184, 593),
         line("自2017年10月2日至2021年10月1日", 268, 569, 535, 592), line("发证机关(章)", 687, 1144, 801, 1174),
         line("2017年10月02日", 693, 1192, 812, 1215), line("中华人民共和国国家卫生健康委员会制", 96, 1219, 297, 1239)]


def test_a_large_title_with_a_watermarks_words_glued_on_is_the_title() -> None:
    # printed large and starting with the title after its decoration (公共场所): the page is that
    # document, as a large line starting with the title at its first character already was
    got = extract(to_lines(W0048))
    assert got.kind == "public_health_license"
    f = got.public_fields()
    assert f["address"]["value"] == "内蒙古自治区呼和浩特市新城区城关镇李家村2组28号"
    assert f["license_items"]["value"] == "歌舞厅"
    assert (f["valid_from"]["value"], f["valid_to"]["value"]) == ("2017-10-02", "2021-10-01")
    # (a form about the document keeps its own title's word after the document's name)
    form = [line("公共场所卫生许可证申请表", 194, 137, 933, 223), *W0048[2:]]
    assert classify(to_lines(form))[0] != "public_health_license"


def test_a_bracketed_label_read_without_its_brackets() -> None:
    # W w0057: `法定代表人负责人` (both brackets lost); the shorter label 法定代表人 took `负责人` as its
    # value's start and the name in the next box was lost (value_not_found)
    rows = [line("食品经营许可证", 455, 68, 949, 151), line("经营者名称", 78, 234, 176, 265),
            line("徐州盛世美容美发有限公司沛县分公司", 369, 238, 686, 263),
            line("许可证编号:JY23203225479055", 886, 259, 1154, 282),
            line("统一社会信用代码(身份证号码)", 82, 289, 334, 312), line("91320322MAXYXW6B31", 369, 289, 568, 312),
            line("法定代表人负责人", 83, 339, 244, 363), line("贾东超", 368, 337, 431, 365),
            line("住所", 81, 388, 123, 415), line("江苏省徐州市沛县工业大道842号", 368, 389, 640, 414),
            line("主体业态", 85, 516, 157, 544), line("餐饮服务经营者(糕点店)", 368, 517, 589, 543)]
    assert extract(to_lines(rows)).public_fields()["legal_representative"]["value"] == "贾东超"
    # (a two-character bracket's inside is too little to tell the label by)
    assert layout._without_brackets("法定代表人负责人贾东超", "法定代表人(负责人)") == 8
    assert layout._without_brackets("经营者名称", "经营者(名称)") == 0


def _ruled_row(mark: str) -> tuple[np.ndarray, tuple[float, ...], tuple[float, ...]]:
    """A grey page with a row of three characters (blocks of strokes) 30 px high whose ruled line
    runs 8 px under the row's top across the whole page, and `mark` in the room after the last
    character: "" nothing, "one" a thin 一 as wide as a character, "band" a highlighter's band."""
    g = np.full((120, 900), 245, np.uint8)
    y1, y2 = 40, 70
    for k in range(3):
        x = 100 + 34 * k
        g[y1 + 4:y2 - 4:6, x:x + 26] = 40          # horizontal strokes
        g[y1 + 4:y2 - 4, x + 12:x + 15] = 40       # a vertical stroke
    g[y1 + 8:y1 + 10, :] = 60                       # the ruled line
    if mark == "one":
        g[55:58, 204:230] = 40
    elif mark == "band":
        g[y1 + 2:y2 - 2, 90:700] = np.minimum(g[y1 + 2:y2 - 2, 90:700], 200)
    row = (100.0, float(y1), 200.0, float(y2))
    room = (206.0, y1 + 0.15 * 30, 228.0, y2 - 0.15 * 30)
    return g, room, row


def test_a_ruled_line_through_the_room_after_a_name_is_no_character() -> None:
    # V v0074 (a 2023 食品经营许可证, ruled rows): the name under its long label touches the row's rule,
    # which runs through the room after its last character — read as a lost character, the name
    # was left blank. A thin 一 standing there (林香一 read `林香`) and a highlighter's band still count
    g, room, row = _ruled_row("")
    assert reader.room_blank(g, room, row, reader.FAINT_MARK)
    assert reader.room_blank(g, room, row)
    for mark in ("one", "band"):
        g, room, row = _ruled_row(mark)
        assert not reader.room_blank(g, room, row, reader.FAINT_MARK), mark
