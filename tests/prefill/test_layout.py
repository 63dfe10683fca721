"""Field extraction from OCR lines (no model): merged labels, wrapped values, columns, validators."""

from __future__ import annotations

import app.prefill.extract as ex
from app.prefill.engine import TextLine
from app.prefill.extract import classify, extract
from app.prefill.layout import to_lines


def line(text: str, x1: float, y1: float, x2: float, y2: float, score: float = 0.99) -> TextLine:
    return TextLine(text, score, ((x1, y1), (x2, y1), (x2, y2), (x1, y2)))


FRONT = [
    line("姓名 张 三", 70, 74, 260, 112),
    line("性别男民族汉", 70, 154, 420, 192),  # merged labels and values
    line("出生", 70, 238, 130, 270), line("1990", 185, 234, 260, 270), line("年", 280, 238, 310, 270),
    line("3", 335, 234, 360, 270), line("月", 385, 238, 415, 270), line("7", 435, 234, 460, 270),
    line("日", 485, 238, 515, 270),
    line("住址", 70, 318, 130, 350), line("湖北省武汉市青山区和平", 185, 314, 600, 350),
    line("大道1号3栋201室", 185, 360, 480, 396),  # wrapped
    line("公民身份号码", 70, 540, 270, 575), line("42010719900307059X", 300, 534, 720, 578),
]


def test_id_front_merged_labels_and_wrapped_address() -> None:
    ex = extract(to_lines(FRONT))
    assert ex.kind == "id_card_front"
    got = {k: f.public()["value"] for k, f in ex.fields.items()}
    assert got == {"name": "张三", "sex": "男", "nation": "汉", "birth_date": "1990-03-07",
                   "address": "湖北省武汉市青山区和平大道1号3栋201室", "id_number": "42010719900307059X"}
    assert ex.fields["address"].box == [185, 314, 600, 396]


def test_bad_check_digit_leaves_the_number_blank_and_does_not_fix_birth() -> None:
    lines = [ln if not ln.text.startswith("4201") else line("420107199003070591", 300, 534, 720, 578) for ln in FRONT]
    ex = extract(to_lines(lines))
    assert ex.fields["id_number"].public()["value"] == ""
    assert ex.fields["id_number"].flagged
    assert ex.fields["birth_date"].public()["value"] == "1990-03-07"  # read from its own line


def test_ocr_confusions_repaired_only_when_the_check_digit_agrees() -> None:
    lines = [ln if not ln.text.startswith("4201") else line("42O1O719900307059x", 300, 534, 720, 578) for ln in FRONT]
    ex = extract(to_lines(lines))
    assert ex.fields["id_number"].public()["value"] == "42010719900307059X"


def test_low_confidence_value_is_returned_blank() -> None:
    lines = [ln if not ln.text.startswith("姓名") else line("姓名张三", 70, 74, 260, 112, score=0.6) for ln in FRONT]
    f = extract(to_lines(lines)).fields["name"]
    assert f.flagged and f.public()["value"] == "" and f.value == "张三"


def test_two_column_licence_keeps_columns_apart() -> None:
    lines = [
        line("营业执照", 630, 220, 1130, 350), line("统一社会信用代码", 106, 270, 350, 306),
        line("91420107MA4K2XQ15P", 108, 316, 486, 349),
        line("名 称", 105, 428, 194, 468), line("武汉市青山区悦来宾馆有限公司", 296, 430, 700, 466),
        line("注册资本", 914, 427, 1046, 469), line("壹佰万元整", 1107, 430, 1300, 467),
        line("类型", 104, 484, 194, 528), line("有限责任公司（自然人投资或控股）", 298, 488, 765, 525),
        line("成立日期", 915, 485, 1045, 527), line("2016年05月20日", 1108, 489, 1327, 524),
        line("法定代表人", 106, 545, 262, 583), line("张三", 294, 546, 393, 585),
        line("住所", 913, 545, 1004, 585), line("武汉市青山区和平大道", 1107, 545, 1554, 585),
        line("经营范围", 104, 602, 233, 643), line("住宿服务；餐饮服务；食品销售；洗染服", 296, 603, 873, 641),
        line("898号", 1107, 603, 1200, 641),  # the address wraps on the scope's row, in the right column
        line("务（依法须经批准的项目，经相关部门批准后", 298, 650, 873, 683),
        line("方可开展经营活动）", 298, 690, 560, 723),
        line("登记机关", 1218, 939, 1345, 977),
    ]
    ex = extract(to_lines(lines))
    assert ex.kind == "business_license"
    got = {k: f.public()["value"] for k, f in ex.fields.items()}
    assert got["credit_code"] == "91420107MA4K2XQ15P"
    assert got["name"] == "武汉市青山区悦来宾馆有限公司"
    assert got["entity_type"] == "有限责任公司(自然人投资或控股)"  # full-width → half-width
    assert got["registered_capital"] == "壹佰万元整"
    assert got["established_date"] == "2016-05-20"
    assert got["legal_representative"] == "张三"
    assert got["address"] == "武汉市青山区和平大道898号"
    assert got["business_scope"] == "住宿服务;餐饮服务;食品销售;洗染服务(依法须经批准的项目,经相关部门批准后方可开展经营活动)"


def test_back_side_long_term_and_illegal_period() -> None:
    lines = [line("中华人民共和国", 330, 80, 720, 140), line("居民身份证", 300, 200, 800, 280),
             line("签发机关武汉市公安局青山分局", 200, 436, 800, 476),
             line("有效期限2010.01.05-长期", 200, 516, 700, 556)]
    got = {k: f.public()["value"] for k, f in extract(to_lines(lines)).fields.items()}
    assert got == {"issuing_authority": "武汉市公安局青山分局", "valid_from": "2010-01-05", "valid_to": "长期"}
    lines[-1] = line("有效期限2010.01.05-2023.01.05", 200, 516, 700, 556)  # 13 years: misread
    got = {k: f.public()["value"] for k, f in extract(to_lines(lines)).fields.items()}
    assert got["valid_from"] == "" and got["valid_to"] == ""


def test_unrelated_text_is_other() -> None:
    assert classify(to_lines([line("会议纪要", 0, 0, 100, 30), line("姓名", 0, 40, 60, 70)]))[0] == "other"
    assert extract(to_lines([])).kind == "other"


# a 副本 whose label column is too narrow for its labels: the word processor wraps each label in
# its cell, a character or two on the second row (`负` over `责人:`, `成立日` over `期:`); the
# detector boxes a two-character label's stacked characters as one tall box (`名称`)
NARROW_LABELS = [
    line("营业执照", 320, 144, 514, 199), line("(副本)", 369, 204, 465, 232),
    line("统一社会信用代码916501026201R6Q60Q", 95, 242, 409, 265),
    line("新疆维吾尔自治区恒信电子商务有限公司天山区分公司", 178, 279, 551, 302), line("名称", 95, 279, 126, 326),
    line("有限责任公司分公司(自然人投资或控股)", 178, 319, 457, 342), line("类型", 95, 312, 126, 364),
    line("负", 99, 361, 117, 382), line("李玉燕", 176, 359, 231, 384), line("责人:", 95, 375, 157, 403),
    line("成立日", 95, 396, 150, 424), line("2006年10月25日", 176, 399, 289, 422), line("期:", 96, 419, 128, 442),
    line("2006年10月25日至长期", 177, 440, 353, 463), line("营业期", 97, 441, 150, 463), line("限:", 96, 459, 128, 483),
    line("新疆维吾尔自治区乌鲁木齐市天山区解放南路1584号9号楼402室", 178, 480, 613, 503),
    line("营业场", 97, 481, 150, 503), line("所:", 96, 500, 128, 523),
]


def test_labels_wrapped_a_character_or_two_in_a_narrow_column() -> None:
    ex = extract(to_lines(NARROW_LABELS))
    assert ex.kind == "business_license"
    got = {k: f.public()["value"] for k, f in ex.fields.items()}
    assert got["name"] == "新疆维吾尔自治区恒信电子商务有限公司天山区分公司"
    assert got["entity_type"] == "有限责任公司分公司(自然人投资或控股)"
    assert got["legal_representative"] == "李玉燕"
    assert got["established_date"] == "2006-10-25"
    assert got["valid_to"] == "长期"
    assert got["address"] == "新疆维吾尔自治区乌鲁木齐市天山区解放南路1584号9号楼402室"


def test_a_lone_character_under_a_label_start_is_no_wrapped_label() -> None:
    # `营业期` over `间:` (no label ends so): the rest under the first row must spell the label's end
    lines = [ln if ln.text != "限:" else line("间:", 96, 459, 128, 483) for ln in NARROW_LABELS]
    ex.UNLABELLED_TERM = False
    try:
        got = {k: f.public()["value"] for k, f in extract(to_lines(lines)).fields.items()}
    finally:
        ex.UNLABELLED_TERM = True
    assert got["valid_to"] == ""
    # (with no label read, the page's one whole term row is still the term: UNLABELLED_TERM, session 37)
    got = {k: f.public()["value"] for k, f in extract(to_lines(lines)).fields.items()}
    assert got["valid_to"] == "长期"
