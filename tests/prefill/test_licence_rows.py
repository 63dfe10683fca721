"""Business licence values that were left blank (or pre-filled wrong) on licences the extractor was
not developed on, rebuilt as OCR lines (boxes in page pixels, the recogniser's per-character
probabilities and runner-ups where they matter) and run through the real extraction code.

Each test is one failure mode: the registrar's standard sentences of a 经营范围 read with a doubtful
or bracket-shaped character, a colon read for the list's ；, a flat number ending an address, a
form that sets some values further right than others, a name cut off by glare, the recogniser's
coarse character positions taken for a lost character.
"""

from __future__ import annotations

from app.prefill.engine import TextLine
from app.prefill.extract import extract
from app.prefill.layout import to_lines


def line(text: str, x1: float, y1: float, x2: float, y2: float, score: float = 0.99,
         chars: dict[int, tuple[float, str, float]] | None = None, xs: tuple[float, ...] = ()) -> TextLine:
    per = tuple((chars or {}).get(i, (0.999, "", 0.0)) for i in range(len(text)))
    return TextLine(text, score, ((x1, y1), (x2, y1), (x2, y2), (x1, y2)), False, per, xs)


def read(lines: list[TextLine]) -> dict[str, dict[str, object]]:
    return extract(to_lines(lines)).public_fields()


def values(lines: list[TextLine]) -> dict[str, str]:
    return {k: str(v["value"]) for k, v in read(lines).items()}


# a portrait 副本 with its labels at x≈88 and most values at x≈180
HEAD = [line("营业执照", 306, 225, 676, 320), line("统一社会信用代码", 118, 301, 270, 324),
        line("913101122927HP1RYB", 269, 305, 478, 327),
        line("名称", 90, 405, 184, 431), line("禾木文化传媒(上海)有限公司", 188, 405, 448, 429)]
FOOT = [line("登记机关", 586, 1138, 685, 1169), line("2014年02月05日", 690, 1180, 862, 1206)]


def licence(scope: list[TextLine], *, name: str = "禾木文化传媒(上海)有限公司", kind: str = "有限责任公司(外商投资、非独资)",
            address: str = "上海市闵行区莘庄工业区春东路2244号25号楼2115室",
            term: TextLine | None = None) -> list[TextLine]:
    return [*HEAD[:4], line(name, 188, 405, 188 + 18 * len(name), 429),
            line("类型", 87, 444, 175, 475), line(kind, 224, 446, 224 + 18 * len(kind), 469),
            line("法定代表人", 88, 487, 191, 514), line("赵军军", 220, 483, 287, 511),
            line("经营范围", 88, 524, 181, 552), *scope,
            line("注册资本", 87, 614, 178, 650), line("800万元人民币", 182, 616, 310, 648),
            line("成立日期", 89, 658, 176, 689), line("2011年09月01日", 182, 660, 315, 687),
            line("营业期限", 88, 701, 172, 729), term or line("2011年09月01日至长期", 223, 700, 435, 724),
            line("住所", 85, 739, 174, 770), line(address, 226, 744, 226 + 20 * len(address), 764), *FOOT]


ROW1 = "一般项目:文化艺术交流活动策划;组织文化艺术交流活动;摄影扩印服务;广告设"
ROW2 = "计、代理;数字内容制作服务(不含出版发行);广告制作;图文设计制作。(除依"
ROW3 = "法须经批准的项目外,凭营业执照依法自主开展经营活动)"
SCOPE = ROW1 + ROW2 + ROW3


def scope_rows(r1: str = ROW1, r2: str = ROW2, r3: str = ROW3, d1: dict | None = None, d2: dict | None = None,
               d3: dict | None = None) -> list[TextLine]:
    return [line(r1, 185, 526, 884, 550, chars=d1), line(r2, 185, 554, 883, 577, chars=d2),
            line(r3, 186, 581, 663, 604, chars=d3)]


def test_a_value_column_set_further_right_for_some_rows_is_no_lost_start() -> None:
    # 类型, 营业期限 and 住所 print their values where the long 法定代表人's value starts, not where
    # 名称's does: nothing was lost before them (they used to come back blank, `wrapped_row_incomplete`)
    got = values(licence(scope_rows()))
    assert got["entity_type"] == "有限责任公司(外商投资、非独资)"
    assert got["address"] == "上海市闵行区莘庄工业区春东路2244号25号楼2115室"
    assert got["valid_to"] == "长期"
    assert got["business_scope"] == SCOPE


def test_a_value_alone_in_starting_late_still_lost_its_start() -> None:
    # only the address starts late (glare over its first characters): it is not pre-filled
    lines = licence(scope_rows())
    lines = [line("有限责任公司(外商投资、非独资)", 182, 446, 465, 469) if ln.text.startswith("有限责任") else
             line("2011年09月01日至长期", 182, 700, 394, 724) if ln.text.endswith("长期") else ln for ln in lines]
    lines = [line("赵军军", 196, 483, 263, 511) if ln.text == "赵军军" else ln for ln in lines]
    lines = [line("闵行区莘庄工业区春东路2244号25号楼2115室", 290, 744, 290 + 20 * 23, 764)
             if ln.text.startswith("上海市闵行") else ln for ln in lines]
    out = read(lines)
    assert out["address"]["value"] == "" and out["address"]["reason"] == "wrapped_row_incomplete"
    assert out["entity_type"]["value"] == "有限责任公司(外商投资、非独资)"


def test_standard_sentences_settle_their_own_doubtful_characters_and_bracket_shapes() -> None:
    # 【 for （, 升 for 开 (second choice 开): the sentences are printed verbatim, so these
    # characters are the sentence's
    r2 = ROW2.replace("。(除依", "。【除依")
    r3 = ROW3.replace(")", "】").replace("开展", "升展")
    d3 = {len(r3) - 7: (0.6, "开", 0.3), len(r3) - 1: (0.7, ")", 0.2)}  # 升, 】
    assert values(licence(scope_rows(ROW1, r2, r3, d3=d3)))["business_scope"] == SCOPE
    r1 = ROW1.replace("一般项目", "一般项日")
    assert values(licence(scope_rows(r1, d1={3: (0.56, "目", 0.42)})))["business_scope"] == SCOPE
    # two such corrections: the print is read poorly, the rest of it cannot be trusted either
    out = read(licence(scope_rows(r1, r2, r3, d1={3: (0.56, "目", 0.42)}, d3=d3)))
    assert out["business_scope"]["value"] == "" and out["business_scope"]["reason"] == "doubtful_character"


def test_a_separator_misread_as_a_full_stop_or_doubled_is_doubtful() -> None:
    # `广告设计。代理` (、 read as 。) and `零售;;建筑` (one ；read twice), both read sure
    out = read(licence(scope_rows(ROW1, ROW2.replace("计、代理", "计。代理"))))
    assert out["business_scope"]["value"] == "" and out["business_scope"]["reason"] == "doubtful_character"
    out = read(licence(scope_rows(ROW1.replace("策划;组织", "策划;;组织"))))
    assert out["business_scope"]["value"] == ""


def test_a_standard_sentence_read_with_another_sure_character_is_not_prefilled() -> None:
    r3 = ROW3.replace("须", "频")
    out = read(licence(scope_rows(r3=r3, d3={1: (0.93, "颁", 0.04)})))
    assert out["business_scope"]["value"] == "" and out["business_scope"]["reason"] == "format"


def test_a_colon_between_two_items_is_the_list_semicolon() -> None:
    r1 = ROW1.replace("策划;组织", "策划:组织")  # read sure, no ；among its second choices
    assert values(licence(scope_rows(r1, d1={15: (0.97, ":", 0.02)})))["business_scope"] == SCOPE
    # a doubtful one stays doubtful
    out = read(licence(scope_rows(r1, d1={15: (0.6, "、", 0.3)})))
    assert out["business_scope"]["value"] == "" and out["business_scope"]["reason"] == "doubtful_character"


def test_an_address_ending_in_a_flat_number_is_complete() -> None:
    got = values(licence(scope_rows(), address="北京市朝阳区东三环中路1535号锦绣苑1栋1单元2004"))
    assert got["address"] == "北京市朝阳区东三环中路1535号锦绣苑1栋1单元2004"
    # a house number cut by a lost row still is not
    out = read(licence(scope_rows(), address="北京市朝阳区东三环中路1535号锦绣苑1栋1单元20层0"))
    assert out["address"]["value"] == "" and out["address"]["reason"] == "wrapped_row_incomplete"


def test_a_name_cut_off_by_glare_is_not_prefilled() -> None:
    # `上海市徐汇` + glare: a market entity's name ends with its organisational form
    out = read(licence(scope_rows(), name="上海市徐汇", kind="个体工商户"))
    assert out["name"]["value"] == "" and out["name"]["reason"] == "vocabulary"
    assert values(licence(scope_rows(), name="上海市徐汇区邹记食品有限公司"))["name"] == "上海市徐汇区邹记食品有限公司"


def _spots(text: str, x1: float, x2: float, centres: list[float]) -> tuple[float, ...]:
    return tuple((c - x1) / (x2 - x1) for c in centres)


def test_coarse_character_positions_are_no_lost_character() -> None:
    # the spaces printed around 至, and small digits placed a few pixels off by the recogniser
    term = "2011年09月01日至2031年08月31日"
    xs = [146, 152, 155, 161, 169, 175, 182, 189, 197, 200, 209, 223, 237, 240, 246, 251, 260, 266, 271, 280, 286,
          291, 300]
    ln = line(term, 142, 701, 304, 718, xs=_spots(term, 142, 304, xs))
    assert values(licence(scope_rows(), term=ln))["valid_to"] == "2031-08-31"
    # a character that was not read leaves a character's width of paper: still a lost character
    addr = "上海市闵行区莘庄工业区春东路2244号25号楼2115室"
    centres, x = [], 226.0
    for i, ch in enumerate(addr):
        w = 11 if ch.isdigit() else 20
        x += w + (20 if i == 4 else 0)  # 闵行 … : the 行 after 闵 left a character's width of paper
        centres.append(x - w / 2)
    lines = licence(scope_rows(), address=addr)
    lines = [line(addr, 226, 744, x, 764, xs=_spots(addr, 226, x, centres)) if ln.text == addr else ln for ln in lines]
    out = read(lines)
    assert out["address"]["value"] == "" and out["address"]["reason"] == "doubtful_character"


def test_the_closed_table_of_types_and_the_printed_amount_settle_doubtful_characters() -> None:
    # 有限贵任公司 (second choice 责) is no type; 有限责任公司 is: the table decides. 5万元釐 (second
    # choice 整) is no amount; 5万元整 is. A doubt the table cannot settle (外商投资 / 外商独资,
    # both types) stays a doubt.
    kind = "有限贵任公司(外商投资、非独资)"
    lines = [line(kind, 224, 446, 224 + 18 * len(kind), 469, chars={2: (0.63, "责", 0.21)})
             if ln.text.startswith("有限责任") else ln for ln in licence(scope_rows())]
    lines = [line("5万元釐", 182, 616, 260, 648, chars={3: (0.71, "整", 0.22)}) if ln.text == "800万元人民币" else ln
             for ln in lines]
    got = values(lines)
    assert got["entity_type"] == "有限责任公司(外商投资、非独资)" and got["registered_capital"] == "5万元整"
    kind = "有限责任公司(外商投资、非独资)"
    lines = [line(kind, 224, 446, 224 + 18 * len(kind), 469, chars={9: (0.6, "独", 0.35)})
             if ln.text.startswith("有限责任") else ln for ln in licence(scope_rows())]
    out = read(lines)
    assert out["entity_type"]["value"] == "" and out["entity_type"]["reason"] == "doubtful_character"


def test_the_footer_label_heads_no_column_and_a_stamp_beside_a_date_is_no_gap() -> None:
    # the scope's first row came back as two boxes, the second right of where 登记机关 stands at the
    # page's foot: 登记机关 is level with no other label, so it heads no column (the second box
    # used to be cut off as another column's text, a wrong pre-fill of the scope's start)
    split = ROW1.index("摄影")
    rows = [line(ROW1[:split], 185, 526, 600, 550), line(ROW1[split:], 604, 526, 884, 550), *scope_rows()[1:]]
    # a copy's "与原件一致" stamp far right of the 成立日期's row: the date is whole as read
    stamp = [line("与原件一致", 692, 652, 864, 692), line("此复印件与原件", 700, 400, 860, 434)]
    got = values(licence(rows) + stamp)
    assert got["business_scope"] == SCOPE
    assert got["established_date"] == "2011-09-01"
    assert got["name"] == "禾木文化传媒(上海)有限公司"  # (the stamp stands apart, past 登记机关's x)


def test_a_mark_read_before_the_type_whose_second_reading_is_nothing() -> None:
    # `☑有限责任公司(…)`: the recogniser's second choice for the mark is a space
    kind = "☑有限责任公司(外商投资、非独资)"
    lines = [line(kind, 220, 446, 220 + 18 * len(kind), 469, chars={0: (0.42, "\u3000", 0.21)})
             if ln.text.startswith("有限责任") else ln for ln in licence(scope_rows())]
    assert values(lines)["entity_type"] == "有限责任公司(外商投资、非独资)"


def test_a_scope_in_rows_closer_than_its_boxes_are_tall_is_read_to_its_end() -> None:
    # small print in a phone photo: boxes 22–26 px tall, rows 14–16 px apart; the fourth row's
    # centre is less than 0.6 box heights below the third's, yet it is the next row (it used to end
    # the scope there and blank it as ragged)
    rows = ["许可项目:道路货物运输(不含危险货物)。(依法须经批准的项目,经", "相关部门批准后方可开展经营活动,具体经营项目以相关部门批准文件或",
            "许可证件为准)一般项目:非居住房地产租赁;城市绿化管理;专业保洁、", "清洗、消毒服务;家政服务;物业管理。(除依法须经批准的项目外,凭",
            "营业执照依法自主开展经营活动)"]
    lines = [line("营业执照", 560, 300, 800, 360), line("统一社会信用代码", 490, 380, 600, 398),
             line("91610113MA6TXKQW3H", 490, 400, 640, 418),
             line("名称", 500, 426, 569, 449), line("西安慧联物业管理有限公司", 571, 426, 699, 449),
             line("类型", 501, 446, 570, 472), line("其他有限责任公司", 572, 446, 659, 472),
             line("法定代表人", 499, 470, 573, 491), line("崔霞子", 575, 470, 610, 491),
             line("经营范围", 500, 488, 570, 514), line(rows[0], 573, 488, 913, 514), line(rows[1], 571, 505, 912, 526),
             line(rows[2], 571, 516, 920, 542), line(rows[3], 572, 532, 914, 555.6), line(rows[4], 574, 547, 728, 568),
             line("注册资本", 504, 568, 577, 590), line("300万元人民币", 579, 568, 651, 590),
             line("住所", 509, 631, 578, 652), line("陕西省西安市雁塔区长安南路1069号", 580, 631, 748, 652),
             line("登记机关", 756, 803, 806, 824)]
    assert values(lines)["business_scope"] == "".join(rows)


def test_a_justified_label_whose_first_character_was_not_read() -> None:
    # `名` lost (glare, a fold): `称` is glued to the name, in the label column, nothing left of it
    name = "称禾木文化传媒(上海)有限公司"
    lines = [ln for ln in licence(scope_rows()) if ln.text not in ("名称", "禾木文化传媒(上海)有限公司")]
    got = values([*lines, line(name, 152, 405, 152 + 18 * len(name), 429)])
    assert got["name"] == "禾木文化传媒(上海)有限公司"
    # a row starting with 所 in the value column is no label: it goes on with the address
    row = line("所在楼宇综合服务中心", 226, 772, 426, 792)
    assert values([*licence(scope_rows()), row])["address"].endswith("2115室所在楼宇综合服务中心")


def test_a_long_label_read_without_its_first_character() -> None:
    # `业期限`: 营 lost, the rest of the label alone in the label column, ending at its right edge
    lines = [line("业期限", 101, 701, 172, 729) if ln.text == "营业期限" else ln for ln in licence(scope_rows())]
    assert values(lines)["valid_to"] == "长期"


def test_an_address_whose_label_was_not_read_at_all() -> None:
    # nothing of 住所 was read: the row under 营业期限's value, alone in the value column, reads as
    # an address (a known place first, a road and a number): its label is given back
    lines = [ln for ln in licence(scope_rows()) if ln.text != "住所"]
    assert values(lines)["address"] == "上海市闵行区莘庄工业区春东路2244号25号楼2115室"
    # a row under an unlabelled row (a wrapped row of some value) is not taken for one
    addr = "上海市闵行区莘庄工业区春东路2244号25号楼2115室"
    lines = [ln for ln in licence(scope_rows()) if ln.text not in ("住所", addr)]
    lines += [line("以相关部门批准文件为准", 226, 733, 446, 753), line(addr, 226, 762, 686, 782)]
    assert values(lines)["address"] == ""


def test_a_full_stop_read_as_a_mark_or_a_separator_before_the_standard_sentence() -> None:
    # `·` (second choice 。) is no character a scope is printed with; `、` (second choice 。) just
    # before a standard sentence's bracket is the 。 that precedes it
    for mark in ("·", "、"):
        r2 = ROW2.replace("制作。(除依", f"制作{mark}(除依")
        i = r2.index(f"制作{mark}") + 2
        got = values(licence(scope_rows(r2=r2, d2={i: (0.55, "。", 0.41)})))
        assert got["business_scope"] == SCOPE, mark


def test_a_standard_sentence_that_lost_its_closing_bracket_at_the_end() -> None:
    # the scope ends `…凭营业执照依法自主开展经营活动` and its `)` was not read: the sentence has one
    assert values(licence(scope_rows(r3=ROW3[:-1])))["business_scope"] == SCOPE


def test_an_older_scope_whose_full_stop_precedes_its_second_list() -> None:
    # pre-2021 licences: `…销售。许可经营项目:…` — a 。 before the second list's header is printed
    rows = [line("一般经营项目:日用百货销售;五金产品零售。许可经营项目:", 185, 526, 700, 550),
            line("餐饮服务。", 185, 554, 260, 577)]
    assert values(licence(rows))["business_scope"] == "一般经营项目:日用百货销售;五金产品零售。许可经营项目:餐饮服务。"


def test_a_short_scope_above_a_labelled_date_row_is_read_to_its_end() -> None:
    # an individual's 副本: the scope wraps onto a short last row, and a row and a half below it the
    # next label's value (`注册日期` `2013年05月07日`) stands in the scope's column. That value was
    # taken for the scope's unread rows and the whole scope was left blank (`wrapped_row_incomplete`)
    def page(date_label: bool) -> list[TextLine]:
        scope = ["软件开发;信息系统集成服务;信息技术咨询服务;数据处理和存储支持服", "务;计算机软硬件及辅助设备零售"]
        out = [line("营业执照", 293, 196, 672, 281), line("统一社会信用代码9234011105BMG6G719", 77, 282, 419, 305),
               line("类型", 95, 380, 210, 410), line("个体工商户", 220, 384, 329, 412),
               line("经营者", 91, 420, 212, 454), line("赵强凤", 216, 420, 292, 457),
               line("组成形式", 93, 461, 213, 493), line("个人经营", 215, 461, 310, 497),
               line("经营范围", 94, 505, 210, 533), line(scope[0], 218, 506, 908, 538),
               line(scope[1], 223, 537, 536, 567), line("2013年05月07日", 215, 575, 370, 610),
               line("经营场所", 94, 618, 211, 646), line("安徽省合肥市包河区宏图大道456号1楼商铺", 215, 619, 619, 650)]
        return out + [line("注册日期", 91, 572, 213, 607)] if date_label else out

    assert read(page(True))["business_scope"]["value"] == "".join(
        ["软件开发;信息系统集成服务;信息技术咨询服务;数据处理和存储支持服", "务;计算机软硬件及辅助设备零售"])
    # the same text under the scope with no label beside it may be the scope's own unread rows
    assert read(page(False))["business_scope"]["value"] == ""
