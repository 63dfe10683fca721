"""Rows of a wrapped value, rebuilt from the OCR lines of family-B photos (boxes in page pixels)
and run through the real extraction code: where a value starts, which rows continue it, and
which guards against an incomplete value must stay quiet on a complete one."""

from __future__ import annotations

import numpy as np

from app.prefill.engine import TextLine
from app.prefill.extract import extract
from app.prefill.layout import to_lines


def line(text: str, x1: float, y1: float, x2: float, y2: float, score: float = 0.99) -> TextLine:
    return TextLine(text, score, ((x1, y1), (x2, y1), (x2, y2), (x1, y2)), False, tuple((score, "", 0.0) for _ in text))


# a portrait 副本, justified two-character labels, the value column at x≈432
HEAD = [line("统一社会信用代码", 348, 238, 435, 259), line("9111010103P7WEBDT3", 348, 255, 480, 274),
        line("营业执照", 439, 286, 691, 339),
        line("名", 352, 387, 370, 407), line("称", 403, 388, 421, 406), line("北京市嘉禾餐饮管理有限公司", 433, 387, 609, 411),
        line("类", 352, 415, 370, 436), line("型", 403, 416, 419, 436), line("有限责任公司(法人独资)", 432, 414, 589, 440),
        line("东方泽", 434, 442, 477, 464), line("法定代表人", 351, 444, 421, 465),
        line("注册资本", 350, 470, 422, 491), line("300万元整", 431, 470, 501, 493),
        line("成立日期", 350, 498, 422, 520), line("2003年02月27日", 431, 500, 539, 523),
        line("营业期限", 351, 527, 421, 548), line("2003年02月27日至2033年02月26日", 431, 529, 653, 554)]
FOOT = [line("登记机关", 595, 810, 682, 851), line("2004年01月16日", 606, 846, 706, 869)]
SCOPE = "一般项目:食品销售;餐饮服务;外卖递送服务;食用农产品零售;餐饮管理;技术服务、技术开发、技术咨询、" \
        "技术交流、技术转让、技术推广。(除依法须经批准的项目外,凭营业执照依法自主开展经营活动)"


def fields(lines: list[TextLine]) -> dict[str, str]:
    return {k: f.public()["value"] for k, f in extract(to_lines(lines)).fields.items()}


def test_a_scope_in_small_tight_rows_does_not_make_the_address_above_it_incomplete() -> None:
    # the scope's rows are 18 px apart in 30 px boxes: its second row reaches up to just under
    # the address; it continues the scope's first row, it is no lost row of the address
    addr = [line("住", 352, 558, 372, 576), line("所", 401, 559, 419, 576),
            line("北京市东城区幸福路1076弄8号楼3106室", 432, 559, 678, 583)]
    scope = [line("经营范围", 350, 585, 421, 606),
             line("一般项目:食品销售;餐饮服务;外卖递送服务;食用农", 431, 587, 767, 617),
             line("产品零售;餐饮管理;技术服务、技术开发、技术咨询、", 431, 605, 757, 635),
             line("技术交流、技术转让、技术推广。(除依法须经批准的项", 431, 624, 767, 654),
             line("目外,凭营业执照依法自主开展经营活动)", 432, 644, 677, 668)]
    got = fields(HEAD + addr + scope + FOOT)
    assert got["address"] == "北京市东城区幸福路1076弄8号楼3106室"
    assert got["business_scope"] == SCOPE


def test_a_scope_whose_first_two_rows_are_both_level_with_its_label_starts_at_the_upper_one() -> None:
    # small scope print next to a taller label: rows 1 and 2 both overlap the label's band; the
    # value used to start at row 2 (the leftmost box) and row 1 was dropped — a wrong pre-fill
    addr = [line("住", 354, 560, 375, 578), line("所", 404, 560, 425, 578),
            line("北京市东城区幸福路1076弄8号楼3106室", 437, 560, 666, 582)]
    scope = [line("一般项目:食品销售;餐饮服务;外卖递", 442, 596, 786, 616),
             line("经营范围", 354, 599, 429, 623),
             line("送服务;食用农产品零售;餐饮管理;技", 439, 609, 788, 632),
             line("术服务、技术开发、技术咨询、技术交", 441, 622, 781, 645),
             line("流、技术转让、技术推广。(除依法须经", 441, 636, 785, 659),
             line("批准的项目外,凭营业执照依法自主开", 440, 650, 786, 673),
             line("展经营活动)", 441, 664, 530, 687)]
    got = fields(HEAD + addr + scope + FOOT)
    assert got["business_scope"] == SCOPE


def test_a_wrapped_row_opening_with_a_full_width_bracket_is_not_a_lost_character() -> None:
    # `（` has its ink in the right half of its cell: the row's box starts half a character late
    addr = [line("住", 352, 558, 372, 576), line("所", 401, 559, 419, 576),
            line("北京市东城区幸福路1076弄8号楼3106室", 432, 559, 678, 583)]
    scope = [line("经营范围", 350, 600, 421, 621), line("一般项目:广告设计、代理;组织文化艺术交流活动;会议", 432, 600, 802, 622),
             line("及展览服务;图文设计制作;企业管理咨询;日用百货销售。", 433, 626, 810, 648),
             line("(除依法须经批准的项目外,凭营业执照依法自主开展经营", 444, 652, 803, 674),
             line("活动)", 431, 678, 470, 700)]
    got = fields(HEAD + addr + scope + FOOT)
    assert got["business_scope"] == "一般项目:广告设计、代理;组织文化艺术交流活动;会议及展览服务;图文设计制作;" \
        "企业管理咨询;日用百货销售。(除依法须经批准的项目外,凭营业执照依法自主开展经营活动)"
    late = [*scope[:3], line("除依法须经批准的项目外,凭营业执照依法自主开展经营活", 452, 652, 803, 674), scope[4]]
    assert fields(HEAD + addr + late + FOOT)["business_scope"] == ""  # a row that did lose its first character


def test_white_paper_of_a_photocopy_after_a_short_row_is_no_glare() -> None:
    from app.prefill.reader import distrust_glare

    addr = [line("住", 352, 558, 372, 576), line("所", 401, 559, 419, 576),
            line("北京市东城区幸福路1076弄8号楼31", 432, 559, 678, 583), line("06室", 432, 586, 470, 608)]
    scope = [line("经营范围", 350, 620, 421, 641), line("一般项目:食品销售;餐饮服务", 432, 620, 600, 642)]
    lines = HEAD + addr + scope + FOOT
    page = np.full((900, 900, 3), 252, np.uint8)  # a photocopy: white paper, heavy black print
    for ln in lines:
        x1, y1, x2, y2 = (int(v) for v in ln.bbox)
        page[y1 + 2:y2 - 2, x1:x2] = 40
        page[y1 + 2:y2 - 2, x1:x2:5] = 252  # the paper between strokes
    ex = extract(to_lines(lines))
    assert ex.fields["address"].public()["value"] == "北京市东城区幸福路1076弄8号楼3106室"
    distrust_glare(ex, to_lines(lines), page)
    assert not ex.fields["address"].flagged
    page[555:590, 700:900] = 255
    page[555:590, 480:680] = 235  # paper under the row is grey; beyond its end a glare
    distrust_glare(ex, to_lines(lines), page)
    assert ex.fields["address"].flagged


def test_the_next_value_under_a_name_whose_label_was_not_read_is_not_the_name_wrapping() -> None:
    # glare took 类　型: its value lies right under the name, aligned with it, with no label on
    # its row; the name does not wrap into it (a full name ends with its organisational form), and
    # that box — a whole type of the closed table, right under the name in its column — is the
    # 类型 (8e63384; this test asserted a blank type before that rule)
    lost = [ln for ln in HEAD if ln.text not in ("类", "型")]
    addr = [line("住", 352, 558, 372, 576), line("所", 401, 559, 419, 576),
            line("北京市东城区幸福路1076弄8号楼3106室", 432, 559, 678, 583)]
    got = fields(lost + addr + FOOT)
    assert got["name"] == "北京市嘉禾餐饮管理有限公司"
    assert got["entity_type"] == "有限责任公司(法人独资)"
    # a long name does wrap: its first row runs to the column's edge
    long = [line("北京市嘉禾餐饮管理有限公司朝阳区第一", 433, 387, 676, 411), line("分公司", 433, 414, 478, 440)]
    wrapped = [ln for ln in lost if ln.text not in ("北京市嘉禾餐饮管理有限公司", "有限责任公司(法人独资)")] + long
    assert fields(wrapped + addr + FOOT)["name"] == "北京市嘉禾餐饮管理有限公司朝阳区第一分公司"


def test_a_real_estate_term_cut_short_is_not_prefilled() -> None:
    from app.prefill.kinds import extract_real_estate

    def term(value: str) -> dict[str, object]:
        lines = [line("权利人", 100, 100, 160, 124), line("张三", 220, 100, 260, 124),
                 line("使用期限", 100, 140, 180, 164), line(value, 220, 140, 220 + 14 * len(value), 164)]
        return extract_real_estate(to_lines(lines))["term"].public()

    assert term("2003年04月18日起2073年04月17日止")["value"] == "2003年04月18日起2073年04月17日止"
    cut = term("2003年04月18日起2073年")  # the row's end was not read
    assert cut["value"] == "" and cut["reason"] == "format"


def test_a_label_wrapped_in_its_cell_with_tight_rows_is_one_label() -> None:
    # 户主或与户 over 主关系 in one table cell; the two boxes overlap by a third of a row
    from app.prefill.kinds import extract_household

    lines = [line("常住人口登记卡", 299, 67, 693, 113), line("户别", 113, 169, 173, 211), line("户号", 546, 170, 607, 212),
             line("家庭户口", 216, 175, 326, 214), line("008282310", 654, 178, 787, 212),
             line("户主或与户", 525, 302, 627, 333), line("姓名", 113, 310, 171, 349), line("曹俊涛", 213, 312, 304, 355),
             line("母亲", 649, 312, 717, 358), line("主关系", 541, 322, 611, 358),
             line("曾用名", 101, 377, 183, 420), line("性别", 545, 379, 608, 421), line("男", 649, 382, 690, 426)]
    got = {k: f.public()["value"] for k, f in extract_household(to_lines(lines)).items()}
    assert got["relationship"] == "母亲"
    assert got["name"] == "曹俊涛"


def test_a_bank_card_holder_printed_in_chinese_under_the_number() -> None:
    from app.prefill.kinds import extract_bank_card

    top = [line("中国建设银行", 36, 23, 249, 68), line("借记卡", 573, 34, 638, 64),
           line("CHINACONSTRUCTIONBANK", 37, 67, 259, 88), line("6217004883965570004", 39, 243, 507, 286),
           line("05/34", 333, 301, 401, 326), line("银联", 527, 327, 589, 364), line("UnionPay", 521, 358, 617, 387)]

    def holder(extra: list[TextLine]) -> dict[str, object]:
        return extract_bank_card(to_lines(top + extra))["name"].public()

    assert holder([line("廖昊龙", 36, 341, 116, 374)])["value"] == "廖昊龙"
    assert holder([])["value"] == "" and holder([])["reason"] == ""  # no name printed: empty is the value
    assert holder([line("金卡", 36, 341, 100, 374)])["reason"] == ""  # card words are no name
    two = holder([line("廖昊龙", 36, 341, 116, 374), line("王芳", 200, 341, 260, 374)])
    assert two["value"] == "" and two["reason"] == "ambiguous"


def test_a_credit_code_split_into_boxes_or_with_one_doubtful_character() -> None:
    code = "91310115321234567N"
    rest = [ln for ln in HEAD if ln.text != "9111010103P7WEBDT3"]

    def got(extra: list[TextLine]) -> dict[str, object]:
        return extract(to_lines(rest + extra)).fields["credit_code"].public()

    # letter-spaced print: the detector returned the code as two boxes that nearly touch
    assert got([line("913101153212", 348, 255, 430, 274), line("34567N", 436, 255, 480, 274)])["value"] == code
    # `8` read for `3` (second choice `3`): the check character picks the second choice
    chars = tuple((0.6, "3", 0.35) if i == 12 else (0.99, "", 0.0) for i in range(18))
    misread = TextLine("913101153212" + "84567N", 0.95, ((348, 255), (480, 255), (480, 274), (348, 274)), False, chars)
    assert got([misread])["value"] == code
    # no second choice that passes: nothing is guessed
    plain = TextLine("913101153212" + "84567N", 0.95, ((348, 255), (480, 255), (480, 274), (348, 274)), False,
                     tuple((0.6, "9", 0.35) if i == 12 else (0.99, "", 0.0) for i in range(18)))
    assert got([plain])["value"] == "" and got([plain])["reason"] == "check_digit"


def test_an_id_number_split_into_two_boxes_is_read_from_both() -> None:
    front = [line("姓名", 60, 60, 110, 85), line("张三", 160, 58, 220, 88), line("性别", 60, 120, 110, 145),
             line("男", 160, 118, 185, 148), line("民族", 300, 120, 350, 145), line("汉", 400, 118, 425, 148),
             line("出生", 60, 180, 110, 205), line("1990年1月1日", 160, 178, 330, 208),
             line("住址", 60, 240, 110, 265), line("北京市东城区幸福路1号", 160, 238, 420, 268),
             line("公民身份号码", 60, 420, 230, 445)]
    number = "110101199001011237"
    from app.validators import validate_id_number

    assert validate_id_number(number).ok
    split = [line(number[:10], 260, 418, 420, 448), line(number[10:], 428, 418, 560, 448)]
    got = {k: f.public()["value"] for k, f in extract(to_lines(front + split)).fields.items()}
    assert got["id_number"] == number
    assert got["birth_date"] == "1990-01-01"


def test_an_id_number_whose_last_character_wrapped_in_its_table_cell() -> None:
    from app.prefill.kinds import extract_household

    base = [line("常住人口登记卡", 299, 67, 693, 113), line("户别", 113, 169, 173, 211), line("户号", 546, 170, 607, 212),
            line("家庭户口", 216, 175, 326, 214), line("008282310", 654, 178, 787, 212),
            line("姓名", 113, 310, 171, 349), line("曹俊涛", 213, 312, 304, 355), line("性别", 545, 379, 608, 421),
            line("男", 649, 382, 690, 426), line("出生日期", 528, 521, 625, 556), line("1995年05月31日", 653, 525, 845, 561),
            line("公民身份号码", 520, 652, 640, 682), line("血型", 560, 730, 610, 760)]
    number = [line("62010219950531803", 654, 652, 896, 682), line("6", 654, 684, 668, 712)]
    got = {k: f.public()["value"] for k, f in extract_household(to_lines(base + number)).items()}
    assert got["id_number"] == "620102199505318036"
    whole = [line("620102199505318036", 654, 652, 910, 682), line("A型", 654, 690, 700, 718)]
    assert extract_household(to_lines(base + whole))["id_number"].public()["value"] == "620102199505318036"


def test_a_credit_code_valid_as_read_with_two_unsure_characters_is_doubted() -> None:
    # zd0081 (a low-light phone photo): `9233021219832MJC0Q` for …19HJ2MJCGQ passed the check
    # character with three characters misread at 0.48–0.67 — one misread always fails it, two or
    # more pass it together by chance one time in 31
    code = "91310115321234567N"
    rest = [ln for ln in HEAD if ln.text != "9111010103P7WEBDT3"]
    quad = ((348, 255), (480, 255), (480, 274), (348, 274))

    def got(doubts: dict[int, float]) -> dict[str, object]:
        chars = tuple((doubts.get(i, 0.99), "8", 0.2) for i in range(18))
        return extract(to_lines(rest + [TextLine(code, 0.9, quad, False, chars)])).fields["credit_code"].public()

    two = got({12: 0.6, 16: 0.5})
    assert two["value"] == "" and two["reason"] == "doubtful_character", two
    assert got({12: 0.6})["value"] == code  # one unsure character: the check character vouches for it
    assert got({12: 0.8, 16: 0.75})["value"] == code
