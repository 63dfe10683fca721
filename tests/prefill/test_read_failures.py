"""Failure modes seen on photos, rebuilt as OCR lines and run through the real extraction code.

Each test is one way the reader used to fail (a blank where the value was readable, or worse, a
wrong value); the OCR lines are what RapidOCR returned for such photos, boxes in page pixels.
"""

from __future__ import annotations

import numpy as np

import app.prefill.extract as ex
from app.prefill.engine import TextLine, _ctc_decode
from app.prefill.extract import extract
from app.prefill.layout import to_lines


def line(text: str, x1: float, y1: float, x2: float, y2: float, score: float = 0.99,
         chars: tuple[tuple[float, str, float], ...] | None = None) -> TextLine:
    if chars is None:
        chars = tuple((score, "", 0.0) for _ in text)
    return TextLine(text, score, ((x1, y1), (x2, y1), (x2, y2), (x1, y2)), False, chars)


def values(lines: list[TextLine]) -> dict[str, str]:
    return {k: f.public()["value"] for k, f in extract(to_lines(lines)).fields.items()}


BACK_TOP = [line("中华人民共和国", 497, 591, 715, 639), line("居民身份证", 481, 654, 719, 709)]


def test_back_period_found_without_its_label_and_not_swallowed_by_the_authority() -> None:
    # glare washed out 有效期限; the period line starts under the authority's value
    lines = BACK_TOP + [line("签发机关成都市公安局武侯区分局", 430, 770, 703, 804),
                        line("2014.07.29-长期", 502, 810, 644, 841)]
    assert values(lines) == {"issuing_authority": "成都市公安局武侯区分局", "valid_from": "2014-07-29",
                             "valid_to": "长期"}


def test_back_label_split_in_two_boxes_and_a_dash_lost() -> None:
    lines = BACK_TOP + [line("签发", 200, 436, 262, 476), line("机关", 268, 436, 330, 476),
                        line("北京市公安局朝阳分局", 345, 436, 700, 476),
                        line("有效期限", 200, 516, 330, 556), line("2015.03.122035.03.12", 345, 516, 700, 556)]
    assert values(lines) == {"issuing_authority": "北京市公安局朝阳分局", "valid_from": "2015-03-12",
                             "valid_to": "2035-03-12"}


def test_back_period_with_a_lost_digit_or_an_illegal_term_stays_blank() -> None:
    base = BACK_TOP + [line("签发机关北京市公安局朝阳分局", 200, 436, 700, 476)]
    got = values(base + [line("有效期限2015.03.12-2035.0312", 200, 516, 700, 556)])  # 16 digits, fine
    assert (got["valid_from"], got["valid_to"]) == ("2015-03-12", "2035-03-12")
    got = values(base + [line("有效期限2015.03.12-2035.03.1", 200, 516, 700, 556)])  # a digit lost
    # (the end is blank; its whole year, 20 years on, vouches for the start: PERIOD_CUT_AFTER_YEAR, session 37)
    assert (got["valid_from"], got["valid_to"]) == ("2015-03-12", "")
    ex.PERIOD_CUT_AFTER_YEAR = False
    try:
        got = values(base + [line("有效期限2015.03.12-2035.03.1", 200, 516, 700, 556)])
    finally:
        ex.PERIOD_CUT_AFTER_YEAR = True
    assert (got["valid_from"], got["valid_to"]) == ("", "")
    got = values(base + [line("有效期限2015.03.12-2034.03.12", 200, 516, 700, 556)])  # 19 years
    assert (got["valid_from"], got["valid_to"]) == ("", "")


def test_back_authority_must_be_a_public_security_organ() -> None:
    lines = BACK_TOP + [line("签发机关北京市公按局朝阳分局", 200, 436, 700, 476),
                        line("有效期限2015.03.12-2035.03.12", 200, 516, 700, 556)]
    assert values(lines)["issuing_authority"] == ""


HEALTH_TOP = [line("卫生许可证", 288, 126, 702, 205), line("沪卫公证字(2021)第003051号", 332, 221, 725, 256),
              line("单位名称:武汉市天成宾馆股份有限公司", 96, 341, 596, 377),
              line("法定代表人(负责人):万浩娜", 93, 414, 493, 453)]
HEALTH_BOTTOM = [line("许可项目:住宿", 94, 605, 303, 642),
                 line("有效期限:2021年4月11日至2025年4月11日", 96, 681, 663, 714)]


def test_address_with_a_glare_hole_in_its_first_row_is_not_prefilled() -> None:
    # 地址：湖北省武汉市武昌区水果[湖街392号幸福小区 washed out]2栋2单元2 / 1层08室
    lines = HEALTH_TOP + [line("地址:湖北省武汉市武昌区水果", 93, 488, 521, 526), line("×2栋2单元2", 705, 490, 867, 527),
                          line("1层08室", 184, 530, 298, 569)] + HEALTH_BOTTOM
    ex = extract(to_lines(lines))
    assert ex.kind == "public_health_license"
    assert ex.fields["address"].public()["value"] == "" and ex.fields["address"].flagged
    assert ex.fields["name"].public()["value"] == "武汉市天成宾馆股份有限公司"  # the rest is unaffected


def test_address_wrapping_normally_is_prefilled() -> None:
    lines = HEALTH_TOP + [line("地址:湖北省武汉市武昌区水果湖街392号幸福小区2栋2单元2", 93, 488, 867, 526),
                          line("1层08室", 184, 530, 298, 569)] + HEALTH_BOTTOM
    assert values(lines)["address"] == "湖北省武汉市武昌区水果湖街392号幸福小区2栋2单元21层08室"


def _licence(scope_rows: list[TextLine]) -> list[TextLine]:
    return [line("营业执照", 630, 220, 1130, 350), line("统一社会信用代码", 106, 270, 350, 306),
            line("91420107MA4K2XQ15P", 108, 316, 486, 349),
            line("名称", 105, 428, 194, 468), line("武汉市青山区悦来宾馆有限公司", 296, 430, 700, 466),
            line("类型", 104, 484, 194, 528), line("有限责任公司（自然人投资或控股）", 298, 488, 765, 525),
            line("法定代表人", 106, 545, 262, 583), line("张三", 294, 546, 393, 585),
            line("经营范围", 104, 602, 233, 643), *scope_rows, line("登记机关", 1218, 939, 1345, 977)]


def _chars(text: str, doubtful: dict[int, tuple[float, str, float]]) -> tuple[tuple[float, str, float], ...]:
    return tuple(doubtful.get(i, (0.999, "", 0.0)) for i in range(len(text)))


def test_scope_colon_read_for_a_semicolon_takes_the_recogniser_second_choice() -> None:
    row1 = "住宿服务；餐饮服务:食品销售；洗染服"
    row2 = "务（依法须经批准的项目，经相关部门批准后方可开展经营活动）"
    lines = _licence([line(row1, 296, 603, 873, 641, chars=_chars(row1, {9: (0.60, "；", 0.39)})),
                      line(row2, 298, 650, 700, 683)])
    assert values(lines)["business_scope"] == "住宿服务;餐饮服务;食品销售;洗染服务(依法须经批准的项目,经相关部门批准后方可开展经营活动)"


def test_scope_colon_without_a_semicolon_reading_stays_doubtful() -> None:
    row1 = "住宿服务；餐饮服务:食品销售；洗染服"
    row2 = "务（依法须经批准的项目，经相关部门批准后方可开展经营活动）"
    # (a sure colon between two items is the list's ；— test_licence_rows — a doubtful one is not)
    lines = _licence([line(row1, 296, 603, 873, 641, chars=_chars(row1, {9: (0.60, "、", 0.30)})),
                      line(row2, 298, 650, 700, 683)])
    ex = extract(to_lines(lines))
    assert ex.fields["business_scope"].flagged and ex.fields["business_scope"].public()["value"] == ""
    # a colon after 许可项目 / 一般项目 is the printed one
    row1 = "许可项目:住宿服务；一般项目:洗染服"
    lines = _licence([line(row1, 296, 603, 873, 641), line(row2, 298, 650, 700, 683)])
    assert values(lines)["business_scope"] == "许可项目:住宿服务;一般项目:洗染服务(依法须经批准的项目,经相关部门批准后方可开展经营活动)"


def test_full_and_half_width_runner_up_is_no_doubt() -> None:
    text = "有限责任公司（自然人投资或控股）"
    doubt = {6: (0.55, "(", 0.44), 15: (0.52, ")", 0.47)}
    ln = to_lines([line(text, 0, 0, 400, 30, chars=_chars(text, doubt))])[0]
    assert min(c[0] for c in ln.chars) > 0.98
    other = to_lines([line(text, 0, 0, 400, 30, chars=_chars(text, {3: (0.55, "司", 0.44)}))])[0]
    assert min(c[0] for c in other.chars) == 0.55


def test_ctc_decode_keeps_per_character_probability_and_runner_up() -> None:
    charset = ["blank", "甲", "乙", ":", "；", " "]
    frames = [  # 甲 甲 blank 乙 blank : (with ；second) blank
        [0.05, 0.90, 0.03, 0.01, 0.01, 0.0], [0.02, 0.97, 0.01, 0.0, 0.0, 0.0], [0.9, 0.05, 0.05, 0, 0, 0],
        [0.1, 0.0, 0.88, 0.0, 0.02, 0.0], [0.95, 0, 0.05, 0, 0, 0], [0.02, 0, 0, 0.58, 0.40, 0.0],
        [0.99, 0, 0, 0.01, 0, 0],
    ]
    text, score, chars = _ctc_decode(np.array(frames, np.float32), charset)
    assert text == "甲乙:"
    assert abs(chars[0][0] - 0.97) < 1e-6  # best frame of the run
    assert chars[2][1] == "；" and abs(chars[2][2] - 0.40) < 1e-6
    assert abs(score - (0.90 + 0.88 + 0.58) / 3) < 1e-6  # first frames, as PaddleOCR scores lines


def test_one_doubtful_character_blanks_a_long_address_whose_line_score_looks_fine() -> None:
    # "学他小区" for 绿地小区: the line's mean score was 0.92, the two characters 0.33 / 0.6
    addr = "湖北省武汉市青山区红卫路104号学他小区6栋2单元16层08室"
    doubt = {16: (0.33, "绿", 0.30), 17: (0.60, "地", 0.35)}
    lines = HEALTH_TOP + [line("地址:" + addr, 93, 488, 1100, 526, score=0.92,
                               chars=_chars("地址:" + addr, {k + 3: v for k, v in doubt.items()}))] + HEALTH_BOTTOM
    ex = extract(to_lines(lines))
    assert ex.fields["address"].flagged and ex.fields["address"].public()["value"] == ""
    assert ex.fields["address"].value == addr  # kept as the candidate for the clerk


def test_place_names_decide_between_two_readings_of_a_character() -> None:
    auth = "签发机关成都市公安局武候区分局"  # 候 read with 侯 a close second
    lines = BACK_TOP + [line(auth, 200, 436, 700, 476, chars=_chars(auth, {11: (0.57, "侯", 0.43)})),
                        line("有效期限2015.03.12-2035.03.12", 200, 516, 700, 556)]
    assert values(lines)["issuing_authority"] == "成都市公安局武侯区分局"
    # a doubtful character that no place name settles stays doubtful
    auth = "签发机关成都市公安局武侯区分局"
    lines[2] = line(auth, 200, 436, 700, 476, chars=_chars(auth, {5: (0.57, "部", 0.43)}))
    assert values(lines)["issuing_authority"] == "成都市公安局武侯区分局"  # 成都市 is a name, 成部市 is not
    lines[2] = line(auth, 200, 436, 700, 476, chars=_chars(auth, {10: (0.57, "局", 0.43)}))  # 局 vs 局: no name
    assert values(lines)["issuing_authority"] == "成都市公安局武侯区分局"
    # 公安 / 公按: the bureau's fixed words settle it when the district is the city's (AUTHORITY_FIXED_WORDS)
    lines[2] = line(auth, 200, 436, 700, 476, chars=_chars(auth, {8: (0.57, "按", 0.43)}))
    assert values(lines)["issuing_authority"] == "成都市公安局武侯区分局"
    auth = "签发机关成都市公安局武候区分局"  # neither 武候区 nor 武喉区 is a district of 成都
    lines[2] = line(auth, 200, 436, 700, 476, chars=_chars(auth, {11: (0.57, "喉", 0.43)}))
    assert values(lines)["issuing_authority"] == ""


def test_wrapped_scope_row_starting_late_lost_its_first_character() -> None:
    # "、" at the start of the second row was left out of its box: 服装鞋帽文具 would be wrong
    rows = [line("日用百货、五金交电、建筑材料、服装鞋帽", 296, 603, 775, 641),
            line("文具用品批发兼零售；货物进出口；技术", 320, 645, 773, 683),
            line("进出口（依法须经批准的项目，经相关部门批", 296, 687, 773, 725),
            line("准后方可开展经营活动）", 296, 729, 560, 767)]
    ex = extract(to_lines(_licence(rows)))
    assert ex.fields["business_scope"].flagged and ex.fields["business_scope"].public()["value"] == ""
    rows[1] = line("、文具用品批发兼零售；货物进出口；技术", 296, 645, 773, 683)
    assert values(_licence(rows))["business_scope"] == (
        "日用百货、五金交电、建筑材料、服装鞋帽、文具用品批发兼零售;货物进出口;技术进出口(依法须经批准的项目,经相关部门批准后方可开展经营活动)")


def test_licence_number_bracket_shape_doubt_is_no_doubt() -> None:
    no = "沪卫公证字(2021)第003051号"
    lines = [line("卫生许可证", 288, 126, 702, 205), line(no, 332, 221, 725, 256, chars=_chars(no, {5: (0.5, "[", 0.3)})),
             *HEALTH_TOP[2:], line("地址:湖北省武汉市武昌区水果湖街392号", 93, 488, 700, 526), *HEALTH_BOTTOM]
    assert values(lines)["license_no"] == "沪卫公证字〔2021〕第003051号"
    lines[1] = line(no, 332, 221, 725, 256, chars=_chars(no, {13: (0.5, "8", 0.3)}))  # a digit in doubt
    assert values(lines)["license_no"] == ""


def test_bare_company_type_lost_its_bracket() -> None:
    lines = _licence([line("住宿服务（依法须经批准的项目）", 296, 603, 700, 641)])
    lines[6] = line("有限责任公司", 298, 488, 420, 525)  # （自然人投资或控股） washed out by glare
    ex = extract(to_lines(lines))
    assert ex.fields["entity_type"].flagged and ex.fields["entity_type"].public()["value"] == ""
    lines[6] = line("其他有限责任公司", 298, 488, 480, 525)
    assert values(lines)["entity_type"] == "其他有限责任公司"


def test_company_type_with_a_neighbours_text_glued_on() -> None:
    """A type must be a name of the code table, whole: text glued before it (a seal's character, the
    名称 row's company name read into the type's row) is not pre-filled."""
    lines = _licence([line("住宿服务（依法须经批准的项目）", 296, 603, 700, 641)])
    for glued in ("源有限责任公司(国有控股)", "称延边昊天机械设备有限公司"):
        lines[6] = line(glued, 298, 488, 560, 525)
        ex = extract(to_lines(lines))
        assert ex.fields["entity_type"].public()["value"] == "", glued
        assert ex.fields["entity_type"].public()["reason"] == "vocabulary", glued
    lines[6] = line("有限责任公司(国有控股)", 298, 488, 560, 525)
    assert values(lines)["entity_type"] == "有限责任公司(国有控股)"


def test_damaged_photo_keeps_only_values_read_near_perfectly() -> None:
    from app.imaging.document import Quality
    from app.prefill.reader import distrust_damaged

    rows = [line("住宿服务（依法须经批准的项目）", 296, 603, 700, 641)]
    lines = _licence(rows)
    # (the given name's character at 0.90: a surname's own doubt is settled by the surname rules —
    # `_surname_sure`, `SURNAME_RUNNER_UP` — before the blur is weighed)
    lines[8] = line("龚子", 294, 546, 393, 585, score=0.95, chars=((0.999, "", 0.0), (0.90, "于", 0.08)))
    ex = extract(to_lines(lines))
    assert ex.fields["legal_representative"].public()["value"] == "龚子"  # a sharp photo: 0.90 is fine
    distrust_damaged(ex, Quality(False, ("blurred",), {"sharpness": 14.0}))
    got = ex.public_fields()
    assert got["legal_representative"]["value"] == ""
    assert got["credit_code"]["value"] == "91420107MA4K2XQ15P"  # a check character is as good as ever
    assert got["name"]["value"] == "武汉市青山区悦来宾馆有限公司"  # read at 0.99 everywhere


def test_blurred_page_whose_rows_read_sure_keeps_a_value_read_at_093() -> None:
    # the gate measures the whole page's edges: a soft screenshot or a dim desk photo of large print
    # is "blurred" yet reads at 0.99 on most rows — there a name at 0.93 is legible (R, S: 11 names,
    # dates and numbers read right and blanked). Where most rows read in doubt, the blur reached
    # the print, and a value at 0.93 stays distrusted (a wrong digit of a licence number at 0.927)
    from app.imaging.document import Quality
    from app.prefill.reader import distrust_damaged

    blurred = Quality(False, ("blurred",), {"sharpness": 11.0, "glare": 0.0})
    rep = ("周馨", 294, 546, 393, 585)
    scope = "住宿服务（依法须经批准的项目）"
    lines = _licence([line(scope, 296, 603, 700, 641)])
    lines[8] = line(*rep, score=0.96, chars=((0.93, "", 0.0), (0.999, "", 0.0)))
    ex = extract(to_lines(lines))
    distrust_damaged(ex, blurred)
    assert ex.public_fields()["legal_representative"]["value"] == "周馨"
    doubtful = {2: (0.45, "", 0.0)}
    lines[4] = line("武汉市青山区悦来宾馆有限公司", 296, 430, 700, 466, score=0.6,
                    chars=_chars("武汉市青山区悦来宾馆有限公司", doubtful))
    lines[6] = line("有限责任公司（自然人投资或控股）", 298, 488, 765, 525, score=0.6,
                    chars=_chars("有限责任公司（自然人投资或控股）", doubtful))
    lines[10] = line(scope, 296, 603, 700, 641, score=0.6, chars=_chars(scope, doubtful))
    ex = extract(to_lines(lines))
    distrust_damaged(ex, blurred)
    assert ex.public_fields()["legal_representative"] == {**ex.public_fields()["legal_representative"],
                                                          "value": "", "reason": "blurred"}


def test_brackets_torn_between_their_widths_are_no_doubt_on_a_glared_photo() -> None:
    # a 类型 read through counter glass: its brackets torn between full and half width (both fold to
    # the same text) pulled the line's mean score to 0.93, and a glared photo distrusts lines under
    # 0.95; a character truly in doubt still is
    from app.imaging.document import Quality
    from app.prefill.reader import distrust_damaged

    glare = Quality(False, ("glare",), {"glare": 0.075})
    typed = "有限责任公司（自然人独资)"
    twins = _chars(typed, {6: (0.51, "(", 0.49), 12: (0.56, "）", 0.44)})
    lines = _licence([line("住宿服务（依法须经批准的项目）", 296, 603, 700, 641)])
    lines[6] = line(typed, 298, 488, 620, 525, score=sum(c[0] for c in twins) / len(typed), chars=twins)
    ex = extract(to_lines(lines))
    distrust_damaged(ex, glare)
    assert ex.public_fields()["entity_type"]["value"] == "有限责任公司(自然人独资)"
    torn = _chars(typed, {6: (0.51, "(", 0.49), 9: (0.80, "", 0.0)})  # (no reading the grammar settles)
    lines[6] = line(typed, 298, 488, 620, 525, score=sum(c[0] for c in torn) / len(typed), chars=torn)
    ex = extract(to_lines(lines))
    distrust_damaged(ex, glare)
    assert ex.public_fields()["entity_type"]["value"] == ""


def test_doubtful_character_on_a_blurred_photo_says_blurred() -> None:
    # the clerk should retake a blurred photo: its doubtful characters are the blur's doing
    from app.imaging.document import Quality
    from app.prefill.reader import distrust_damaged

    lines = _licence([line("住宿服务（依法须经批准的项目）", 296, 603, 700, 641)])
    lines[8] = line("粪子", 294, 546, 393, 585, score=0.95, chars=((0.60, "龚", 0.30), (0.999, "", 0.0)))
    ex = extract(to_lines(lines))
    assert ex.public_fields()["legal_representative"]["reason"] == "doubtful_character"
    distrust_damaged(ex, Quality(False, ("blurred",), {"sharpness": 14.0}))
    assert ex.public_fields()["legal_representative"] == {**ex.public_fields()["legal_representative"],
                                                          "value": "", "reason": "blurred"}


def test_red_seal_is_as_light_as_paper_for_the_recogniser() -> None:
    from app.prefill.reader import ocr_view

    page = np.full((400, 600, 3), 245, np.uint8)
    page[100:130, 50:400] = (20, 20, 20)  # black text
    page[80:300, 300:520] = (40, 30, 215)  # a red stamp (BGR) over part of it
    page[100:130, 300:400] = (25, 20, 60)  # black ink under red ink stays dark
    view = ocr_view(page)
    assert view[200, 450].min() > 200  # the stamp is light
    assert view[115, 100].max() < 60 and view[115, 350].max() < 80  # text (also under it) is dark
    plain = np.full((400, 600, 3), 245, np.uint8)
    plain[100:130, 50:400] = (160, 90, 40)  # blue print, no red ink: left as it is
    assert ocr_view(plain) is plain


def test_a_licence_small_in_the_photo_is_not_shrunk_to_card_size() -> None:
    from app.prefill.reader import PAGE_LONG_SIDE, _scale_for_ocr

    small_licence = np.zeros((776, 1099, 3), np.uint8)  # A4 landscape, found and flattened
    assert _scale_for_ocr(small_licence, "a4") == 1.0
    assert _scale_for_ocr(np.zeros((1800, 2546, 3), np.uint8), "a4") * 2546 <= PAGE_LONG_SIDE + 1
    card = np.zeros((630, 1000, 3), np.uint8)
    assert abs(_scale_for_ocr(card, "id_card") * 630 - 544) < 1


def test_type_whose_closing_bracket_wrapped_alone_and_was_misread() -> None:
    def licence(type_rows: list[TextLine]) -> list[TextLine]:
        return [line("营业执照", 630, 220, 1130, 350), line("统一社会信用代码", 106, 270, 350, 306),
                line("91420107MA4K2XQ15P", 108, 316, 486, 349),
                line("名称", 105, 428, 194, 468), line("武汉市青山区悦来宾馆有限公司", 296, 430, 700, 466),
                line("类型", 104, 484, 194, 528), *type_rows,
                line("法定代表人", 106, 585, 262, 623), line("张三", 294, 586, 393, 625),
                line("经营范围", 104, 642, 233, 683), line("住宿服务（依法须经批准的项目）", 296, 643, 700, 681)]

    for lone in ("一)", "(", "|"):
        lines = licence([line("股份有限公司（非上市、自然人投资或控股", 298, 488, 765, 525),
                         line(lone, 298, 530, 320, 566, score=0.6)])
        assert values(lines)["entity_type"] == "股份有限公司(非上市、自然人投资或控股)", lone
    # a wrapped row with words is read as it is (and checked as usual)
    lines = licence([line("有限责任公司（非自然人投资或控股的法人", 298, 488, 765, 525), line("独资）", 298, 530, 360, 566)])
    assert values(lines)["entity_type"] == "有限责任公司(非自然人投资或控股的法人独资)"


def test_second_look_rereads_a_doubtful_short_line(engine) -> None:
    from app.prefill.reader import second_look
    from benchmarks.docgen import render_flat

    _, page = render_flat("business_license", 7)
    lines = engine.read(page)
    i = max(range(len(lines)), key=lambda k: lines[k].score * (len(lines[k].text) >= 4))
    good = lines[i]
    bad = TextLine(good.text[1:], 0.6, good.quad, False, tuple((0.6, "", 0.0) for _ in good.text[1:]))
    again = second_look(lines[:i] + [bad] + lines[i + 1:], page, engine)
    assert again[i].text == good.text and again[i].score > 0.9
    sure = second_look(lines, page, engine)
    assert [ln.text for ln in sure] == [ln.text for ln in lines]  # nothing doubtful: nothing re-read


def test_back_with_both_labels_washed_out() -> None:
    lines = [line("中华人民共和国", 231, 60, 512, 108), line("居民身份证", 214, 146, 525, 205),
             line("西安市公安局雁塔分局", 247, 309, 489, 340), line("2013.12.07-2033.12.07", 247, 367, 515, 395)]
    assert values(lines) == {"issuing_authority": "西安市公安局雁塔分局", "valid_from": "2013-12-07",
                             "valid_to": "2033-12-07"}
    lines.append(line("西安市公安局未央分局", 247, 420, 489, 450))  # two candidates: neither is taken
    assert values(lines)["issuing_authority"] == ""


def test_a_short_line_too_wide_for_its_text_lost_a_character() -> None:
    from app.prefill.reader import _too_wide

    assert _too_wide(line("4", 100, 300, 158, 336))  # the box of "4室"
    assert not _too_wide(line("4室", 100, 300, 158, 336))
    assert _too_wide(line(")", 243, 718, 290, 754))  # the box of "动)"
    assert not _too_wide(line("姓名", 70, 74, 200, 112))  # 姓  名: spaced on purpose
    assert not _too_wide(line("湖北省武汉市", 70, 74, 400, 112))


def test_right_column_without_its_labels_is_a_column_not_a_hole() -> None:
    # glare took 注册资本/成立日期/营业期限; their values still stand in a column on the right
    lines = [line("营业执照", 373, 135, 656, 202), line("统一社会信用代码", 63, 157, 207, 180),
             line("91510107MB41TCTBQD", 63, 182, 285, 208),
             line("名称", 62, 248, 106, 275), line("成都市恒通餐饮管理有限责任公司", 172, 247, 438, 273),
             line("人民币5000万元", 672, 249, 800, 274),
             line("类型", 62, 282, 104, 308), line("有限责任公司(自然人独资)", 173, 283, 395, 308),
             line("2024年6月8日", 670, 284, 780, 305),
             line("法定代表人", 62, 315, 156, 342), line("唐东梅", 172, 316, 231, 341),
             line("2024年6月8日至2044年6月7日", 670, 316, 891, 339)]
    got = values(lines)
    assert got["name"] == "成都市恒通餐饮管理有限责任公司"
    assert got["entity_type"] == "有限责任公司(自然人独资)" and got["legal_representative"] == "唐东梅"


def test_scope_whose_standard_closing_sentence_was_misread_is_not_prefilled() -> None:
    rows = [line("餐饮服务；餐饮管理（依法须经批准的）", 296, 603, 773, 641),
            line("项目，经相关部门批准后方可开展经营活动", 296, 645, 773, 683)]
    ex = extract(to_lines(_licence(rows)))
    assert ex.fields["business_scope"].flagged and ex.fields["business_scope"].note == "boilerplate"
    rows[0] = line("餐饮服务；餐饮管理（依法须经批准的项", 296, 603, 773, 641)
    rows[1] = line("目，经相关部门批准后方可开展经营活动）", 296, 645, 773, 683)
    assert values(_licence(rows[:2]))["business_scope"] == "餐饮服务;餐饮管理(依法须经批准的项目,经相关部门批准后方可开展经营活动)"


def test_licence_number_with_a_lost_bracket_is_not_prefilled() -> None:
    rest = [*HEALTH_TOP[2:], line("地址:湖北省武汉市武昌区水果湖街392号", 93, 488, 700, 526), *HEALTH_BOTTOM]
    top = [line("卫生许可证", 288, 126, 702, 205)]
    # (the number's year its term's, 2021: a year one digit off the term's start is a misread, HEALTH_NO_YEAR)
    assert values(top + [line("川卫公证字|2021第008865号", 332, 221, 725, 256)] + rest)["license_no"] == ""
    assert values(top + [line("川卫公证字[2021]第008865号", 332, 221, 725, 256)] + rest)["license_no"] == \
        "川卫公证字〔2021〕第008865号"


def test_wrapped_value_whose_first_row_ends_at_a_glare_is_not_prefilled() -> None:
    from app.prefill.reader import distrust_glare

    page = np.full((700, 1000, 3), 232, np.uint8)
    lines = HEALTH_TOP + [line("地址:四川省成都市武侯区人民南路四段39", 68, 355, 516, 386),
                          line("号幸福小区2栋2单元9层02室", 134, 386, 400, 417)] + HEALTH_BOTTOM
    for ln in lines:  # dark strokes where the text is
        x1, y1, x2, y2 = (int(v) for v in ln.bbox)
        page[y1 + 8:y2 - 8, x1:x2:6] = 30
    ex = extract(to_lines(lines))
    assert ex.fields["address"].public()["value"] == "四川省成都市武侯区人民南路四段39号幸福小区2栋2单元9层02室"
    distrust_glare(ex, to_lines(lines), page)  # evenly lit: nothing changes
    assert not ex.fields["address"].flagged
    glared = page.copy()
    glared[330:430, 520:900] = 255  # a glare right after the first row hides the rest of it
    distrust_glare(ex, to_lines(lines), glared)
    assert ex.fields["address"].flagged and ex.fields["address"].note == "glare after a row"
    assert not ex.fields["name"].flagged


def test_entity_name_torn_between_two_characters_is_not_prefilled() -> None:
    # a chat-app photo: 晟泰 read 晟秦 at 0.78 with 泰 at 0.22 — another valid-looking name, and no
    # vocabulary to catch it; a character at 0.80 whose runner-up has 0.07 (doubt spread over many
    # shapes) is kept
    def lic(prob: float, alt: float) -> dict[str, dict[str, object]]:
        name = "武汉市青山区悦来宾馆有限公司"
        lines = _licence([line("住宿服务（依法须经批准的项目）", 296, 603, 700, 641)])
        lines[4] = line(name, 296, 430, 700, 466, chars=_chars(name, {6: (prob, "锐", alt)}))
        return extract(to_lines(lines)).public_fields()

    assert lic(0.80, 0.20)["name"]["value"] == "" and lic(0.80, 0.20)["name"]["reason"] == "doubtful_character"
    assert lic(0.80, 0.07)["name"]["value"] == "武汉市青山区悦来宾馆有限公司"
    assert lic(0.92, 0.08)["name"]["value"] == "武汉市青山区悦来宾馆有限公司"

    def health(prob: float, alt: float) -> dict[str, dict[str, object]]:
        text = "单位名称:武汉市天成宾馆股份有限公司"
        top = [*HEALTH_TOP[:2], line(text, 96, 341, 596, 377, chars=_chars(text, {9: (prob, "大", alt)})),
               HEALTH_TOP[3]]
        rest = [line("地址:湖北省武汉市武昌区水果湖街392号", 93, 488, 700, 526), *HEALTH_BOTTOM]
        return extract(to_lines(top + rest)).public_fields()

    assert health(0.84, 0.15)["name"]["reason"] == "doubtful_character" and health(0.84, 0.15)["name"]["value"] == ""
    assert health(0.84, 0.06)["name"]["value"] == "武汉市天成宾馆股份有限公司"


def test_established_date_with_a_doubtful_digit_is_not_prefilled() -> None:
    # 2009年 read 2000年 (the 9 under a seal, 0.83): a date no other value checks
    def lic(prob: float) -> dict[str, dict[str, object]]:
        date = "2009年02月25日"
        lines = _licence([line("住宿服务（依法须经批准的项目）", 296, 603, 700, 641)])
        lines[-1:-1] = [line("成立日期", 800, 430, 930, 466),
                        line(date, 960, 430, 1200, 466, chars=_chars(date, {3: (prob, "0", 1 - prob)}))]
        return extract(to_lines(lines)).public_fields()

    assert lic(0.83)["established_date"]["value"] == "" and lic(0.83)["established_date"]["reason"] == "doubtful_character"
    assert lic(0.95)["established_date"]["value"] == "2009-02-25"
