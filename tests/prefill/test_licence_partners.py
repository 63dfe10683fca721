"""Business licence values of forms the extractor had not met (session 10): a foreign-invested or
台港澳 company's capital in its own currency named first, a partnership whose 执行事务合伙人 is a
company printed alone. Built as OCR lines (boxes in page pixels, the recogniser's per-character
probabilities where they matter) and run through the real extraction code.
"""

from __future__ import annotations

from app.prefill.extract import extract
from app.prefill.layout import to_lines
from tests.prefill.test_licence_rows import line, scope_rows

SCOPE = "".join(ln.text for ln in scope_rows())


def page(*, rep_label: str = "法定代表人", rep: str = "赵军军", capital: str = "800万元人民币",
         kind: str = "有限责任公司(外商投资、非独资)", name: str = "禾木文化传媒(上海)有限公司",
         rep_chars: dict | None = None) -> list:
    """A portrait 副本's rows: labels at x≈88, values at x≈182–226, 24 px print."""
    return [line("营业执照", 306, 225, 676, 320), line("统一社会信用代码", 118, 301, 270, 324),
            line("913101122927HP1RYB", 269, 305, 478, 327),
            line("名称", 90, 405, 184, 431), line(name, 188, 405, 188 + 18 * len(name), 429),
            line("类型", 87, 444, 175, 475), line(kind, 224, 446, 224 + 18 * len(kind), 469),
            line(rep_label, 88, 487, 88 + 20 * len(rep_label), 514),
            line(rep, 220, 485, 220 + 20 * len(rep), 511, chars=rep_chars),
            line("经营范围", 88, 524, 181, 552), *scope_rows(),
            line("注册资本", 87, 614, 178, 650), line(capital, 182, 616, 182 + 18 * len(capital), 648),
            line("成立日期", 89, 658, 176, 689), line("2011年09月01日", 182, 660, 315, 687),
            line("营业期限", 88, 701, 172, 729), line("2011年09月01日至长期", 223, 700, 435, 724),
            line("住所", 85, 739, 174, 770), line("上海市闵行区莘庄工业区春东路2244号", 226, 744, 606, 764),
            line("登记机关", 586, 1138, 685, 1169), line("2014年02月05日", 690, 1180, 862, 1206)]


def read(lines: list) -> dict[str, dict[str, object]]:
    return extract(to_lines(lines)).public_fields()


def test_a_capital_in_a_foreign_currency_named_first_is_an_amount() -> None:
    # 外商投资 and 台港澳 licences print the currency first: 美元伍拾万元整, 港币贰佰万元整
    for capital in ("美元伍拾万元整", "港币贰佰万元整", "300万美元", "人民币壹仟万元整"):
        assert read(page(capital=capital))["registered_capital"]["value"] == capital
    # still only amounts: a currency with no amount, or with a neighbour's text after it
    for capital in ("美元", "美元伍拾万元整有限公司"):
        out = read(page(capital=capital))["registered_capital"]
        assert out["value"] == "" and out["reason"] == "format"


PARTNERSHIP = dict(name="上海锦程股权投资合伙企业(有限合伙)", kind="有限合伙企业", capital="500万元")


def test_a_company_as_a_partnerships_managing_partner_is_taken() -> None:
    # 执行事务合伙人 may be a company printed alone, without its 委派代表
    out = read(page(rep_label="执行事务合伙人", rep="上海锦程投资管理有限公司", **PARTNERSHIP))
    assert out["legal_representative"]["value"] == "上海锦程投资管理有限公司"
    # or another partnership, its kind in brackets
    out = read(page(rep_label="执行事务合伙人", rep="宁波梅山保税港区锦程投资合伙企业(有限合伙)", **PARTNERSHIP))
    assert out["legal_representative"]["value"] == "宁波梅山保税港区锦程投资合伙企业(有限合伙)"


def test_an_entity_name_is_no_person_and_a_cut_one_no_entity() -> None:
    # beside 法定代表人 only a person stands: an entity's name there is a neighbour's text
    out = read(page(rep="上海锦程投资管理有限公司"))["legal_representative"]
    assert out["value"] == "" and out["reason"] == "vocabulary"
    # a company's name without its form (the row's end lost) is no entity's name
    out = read(page(rep_label="执行事务合伙人", rep="上海锦程投资管理有限", **PARTNERSHIP))["legal_representative"]
    assert out["value"] == ""
    # a 字号 character the recogniser was torn on (锦 0.55, 棉 0.40) is another valid-looking name
    out = read(page(rep_label="执行事务合伙人", rep="上海锦程投资管理有限公司", rep_chars={2: (0.55, "棉", 0.40)},
                    **PARTNERSHIP))["legal_representative"]
    assert out["value"] == "" and out["reason"] == "doubtful_character"


def test_an_amount_stopping_at_wan_lost_its_end() -> None:
    # `港币贰佰万` + glare over 元整: a capital ends with its unit (元, or the currency after the number)
    for capital in ("港币贰佰万", "人民币壹仟万", "500万"):
        out = read(page(capital=capital))["registered_capital"]
        assert out["value"] == "" and out["reason"] == "format"


def _term(text: str) -> list:
    return [line(text, 223, 700, 223 + 14 * len(text), 724) if ln.text.endswith("至长期") else ln for ln in page()]


def test_a_lone_date_in_the_term_is_its_start_not_its_end() -> None:
    # `2007年05月07日` + glare over `至长期`: the term's start, not its end
    out = read(_term("2011年09月01日"))["valid_to"]
    assert out["value"] == "" and out["reason"] == "format"
    assert read(_term("2011年09月01日至2041年08月31日"))["valid_to"]["value"] == "2041-08-31"
    assert read(_term("长期"))["valid_to"]["value"] == "长期"


def test_an_address_row_the_detector_missed_takes_no_row_past_the_next_label() -> None:
    # a crumpled page photographed close: tall boxes, the 住所 row not boxed at all. The scope's
    # last row, under the 经营范围 label, is no value of 住所 (it was taken from under the label)
    top = [ln for ln in page() if ln.bbox[1] < 640 or ln.text.startswith("2014") or ln.text == "登记机关"]
    top = [ln for ln in top if ln.text != "经营范围" and not ln.text.startswith(("一般项目", "计、", "法须"))]
    rows = [*top, line("营业期限", 91, 641, 202, 684), line("2003年09月18日至长期", 214, 634, 474, 690),
            line("住", 74, 684, 160, 734), line("所", 157, 690, 203, 729), line("经营范围", 94, 737, 204, 782),
            line("会议及展览服务、组织文化艺术交流活动、摄影扩印服务、广告制作、", 212, 722, 885, 784),
            line("礼仪服务、广告发布。(依法须经批准的项目,经相关部门批准后方可", 215, 748, 893, 806),
            line("开展经营活动)", 218, 777, 363, 827)]
    out = read(rows)
    assert out["valid_to"]["value"] == "长期"
    assert out["address"]["value"] == ""


def _xs(text: str, x1: float, pitch: float, shift: dict[str, float], skip: int = -1) -> tuple[tuple[float, ...], float]:
    """Character centres (fractions of the box) as the recogniser places them: one cell each,
    punctuation's ink off its cell's centre by `shift` cells; `skip`: a cell left blank there."""
    centres, x = [], x1
    for i, ch in enumerate(text):
        if i == skip:
            x += pitch
        centres.append(x + (0.5 + shift.get(ch, 0.0)) * pitch)
        x += pitch
    return tuple((c - x1) / (x - x1) for c in centres), x


def test_punctuation_set_off_its_cell_centre_is_no_lost_character() -> None:
    # `。(` between two characters: 。's ink at its cell's left, （'s at its right, so the step
    # between them is near two cells (41 px at a 24 px pitch), the steps beside them short
    shift = {"。": -0.32, "(": 0.45, ";": -0.3, ":": -0.25, ",": -0.3, ")": -0.35}
    rows = [(text, 185, 526 + 28 * k) for k, text in enumerate(ln.text for ln in scope_rows())]
    drawn = []
    for text, x1, y1 in rows:
        xs, x2 = _xs(text, x1, 24.0, shift)
        drawn.append(line(text, x1, y1, x2, y1 + 24, xs=xs))
    lines = [ln for ln in page() if ln.text not in {r[0] for r in rows}]
    assert read([*lines, *drawn])["business_scope"]["value"] == SCOPE
    # a character lost beside it (`制作。(` read `制。(`) still leaves its cell of paper
    cut = drawn[1].text.index("。") - 1
    text = drawn[1].text[:cut] + drawn[1].text[cut + 1:]
    xs, x2 = _xs(text, 185, 24.0, shift, skip=cut)
    drawn[1] = line(text, 185, 554, x2, 578, xs=xs)
    out = read([*lines, *drawn])["business_scope"]
    assert out["value"] == "" and out["reason"] == "doubtful_character"


# an 电子营业执照 print-out: labels with colons, values at x≈340, fields 44 px apart, a value's rows 30 px
EPRINT = [line("营业执照", 456, 186, 803, 253), line("统一社会信用代码:91330106698XTWWHA6", 114, 322, 628, 354),
          line("名称:", 115, 369, 185, 398), line("杭州创联环保科技有限公司", 340, 365, 700, 396),
          line("类型:", 114, 410, 188, 443), line("有限责任公司(自然人独资)", 342, 411, 690, 441),
          line("法定代表人:", 114, 456, 280, 483), line("范霞", 340, 453, 400, 485),
          line("注册资本:", 115, 501, 238, 529), line("100万元", 341, 501, 440, 528),
          line("成立日期:", 115, 545, 238, 573), line("2017年01月30日", 341, 545, 542, 571),
          line("营业期限:", 116, 589, 238, 616), line("2017年01月30日至长期", 341, 589, 635, 615),
          line("住所:", 115, 632, 190, 659),
          line("四川省凉山彝族自治州西昌市滨江东路453号锦绣家园26号楼5单元2", 340, 628, 1140, 660),
          line("608室", 338, 663, 417, 691), line("经营范围:", 114, 707, 236, 734),
          line("停车场服务、家政服务、教育咨询服务(不含涉许可审批的教育培训", 341, 707, 1142, 733),
          line("活动)、住房租赁、企业管理咨询、专业保洁、清洗、消毒服务。(", 342, 737, 1143, 764),
          line("依法须经批准的项目,经相关部门批准后方可开展经营活动)", 342, 768, 1042, 794),
          line("登记机关:西昌市市场监督管理局", 116, 827, 511, 850)]
EPRINT_SCOPE = ("停车场服务、家政服务、教育咨询服务(不含涉许可审批的教育培训活动)、住房租赁、企业管理咨询、专业保洁、清洗、"
                "消毒服务。(依法须经批准的项目,经相关部门批准后方可开展经营活动)")


def test_a_row_a_field_gap_above_the_scope_is_the_address_end() -> None:
    # the address's second row stands 1.4 of the scope's row pitch above the scope's first row: a
    # field's gap, not a paragraph's — it is no first row of a scope centred on its label
    out = read(EPRINT)
    assert out["address"]["value"] == "四川省凉山彝族自治州西昌市滨江东路453号锦绣家园26号楼5单元2608室"
    assert out["business_scope"]["value"] == EPRINT_SCOPE
    # the same with the label level with the scope's first two rows (a table cell centring it)
    out = read([line("经营范围:", 114, 715, 236, 760) if ln.text == "经营范围:" else ln for ln in EPRINT])
    assert out["address"]["value"] == "四川省凉山彝族自治州西昌市滨江东路453号锦绣家园26号楼5单元2608室"
    assert out["business_scope"]["value"] == EPRINT_SCOPE


def test_a_centred_scope_still_takes_its_rows_above_its_label() -> None:
    # a table 副本's scope centred on its label: the rows above the label's row are a paragraph's
    # pitch apart, and are the scope's first rows
    rows = [ln for ln in EPRINT if not ln.text.startswith(("608", "停车场", "活动)", "依法须"))]
    rows = [line("经营范围:", 114, 737, 236, 764) if ln.text == "经营范围:" else ln for ln in rows]
    rows += [line("停车场服务、家政服务、教育咨询服务(不含涉许可审批的教育培训", 341, 707, 1142, 733),
             line("活动)、住房租赁、企业管理咨询、专业保洁、清洗、消毒服务。(", 342, 737, 1143, 764),
             line("依法须经批准的项目,经相关部门批准后方可开展经营活动)", 342, 768, 1042, 794)]
    rows = [line("四川省凉山彝族自治州西昌市滨江东路453号锦绣家园26号楼5单元", 340, 628, 1100, 660)
            if ln.text.startswith("四川省") else ln for ln in rows]
    out = read(rows)
    assert out["business_scope"]["value"] == EPRINT_SCOPE


def test_a_closed_scope_with_a_seals_characters_under_it_is_whole() -> None:
    # the print-out's round seal: single characters of its arc under the scope's last row
    seal = [line("管", 956, 794, 990, 821), line("昌", 802, 811, 843, 851)]
    assert read([*EPRINT, *seal])["business_scope"]["value"] == EPRINT_SCOPE
    # a scope with one list header only may go on with the other list there: not pre-filled
    rows = [line("一般项目:停车场服务、家政服务、教育咨询服务(不含涉许可审批的教育", 341, 707, 1142, 733)
            if ln.text.startswith("停车场") else
            line("依法须经批准的项目外,凭营业执照依法自主开展经营活动)", 342, 768, 1042, 794)
            if ln.text.startswith("依法须") else
            line("培训活动)、住房租赁、企业管理咨询、专业保洁、清洗、消毒服务。(除", 342, 737, 1143, 764)
            if ln.text.startswith("活动)") else ln for ln in EPRINT]
    out = read([*rows, *seal])["business_scope"]
    assert out["value"] == ""
    assert read(rows)["business_scope"]["value"].startswith("一般项目:停车场服务")


CURLED = ["一般项目:信息技术咨询服务;软件开发;数据处理和存储支持服务;网络技术服务;信息系统运",
          "行维护服务;办公设备租赁服务;工艺美术品及收藏品零售(象牙及其制品除外);广告发布;计",
          "算机系统服务;家政服务(除依法须经批准的项目外,凭营业执照依法自主开展经营活动)许可项",
          "目:餐饮服务(依法须经批准的项目,经相关部门批准后方可开展经营活动,具体经营项目以相关",
          "部门批准文件或许可证件为准)"]


def test_a_curled_scope_with_a_middle_row_unread_is_not_prefilled() -> None:
    # a page curling away from the camera: the rows' boxes are twice as tall as their pitch and
    # overlap, the pitch shrinks towards the curl — and the detector did not box the second row
    boxes = [(814, 835), (823, 861), (841, 880), (862, 901), (885, 914)]
    rows = [line(t, 147, y1, 147 + 12 * len(t), y2) for t, (y1, y2) in zip(CURLED, boxes, strict=True)]
    rows[0] = line("经营范围" + CURLED[0], 70, 814, 652, 835)
    rows[-1] = line(CURLED[-1], 150, 885, 314, 914)
    rest = [ln for ln in page() if not ln.text.startswith(("经营范围", "一般项目", "计、", "法须"))]
    out = read([*rest, *rows])["business_scope"]
    assert out["value"] == "".join(CURLED)
    out = read([*rest, rows[0], *rows[2:]])["business_scope"]
    assert out["value"] == "" and out["reason"] == "wrapped_row_incomplete"


def test_a_crumpled_scopes_tall_overlapping_boxes_at_one_pitch_skip_no_row() -> None:
    # a crumpled page: every row's box up to twice the rows' pitch tall, so boxes overlap their
    # neighbours by different amounts — grouping them by overlap made uneven "rows" of them
    text = "".join(CURLED)
    cut = [0, 22, 42, 62, 82, 102, 122, 142, len(text)]
    boxes = [(819, 864), (853, 888), (878, 919), (901, 947), (925, 977), (948, 1008), (976, 1033), (1014, 1047)]
    rows = [line(text[a:b], 147, y1, 147 + 22 * 20 if k < 7 else 147 + 20 * (b - a), y2)
            for k, ((a, b), (y1, y2)) in enumerate(zip(zip(cut, cut[1:], strict=False), boxes, strict=True))]
    rows[0] = line("经营范围" + text[:22], 70, 819, 147 + 22 * 20, 864)
    rest = [ln for ln in page() if not ln.text.startswith(("经营范围", "一般项目", "计、", "法须"))]
    assert read([*rest, *rows])["business_scope"]["value"] == text


def test_seal_characters_after_the_closing_sentence_are_left_out() -> None:
    # the print-out's seal stamped over the scope's last row: `场监` of its arc read in the row's
    # box, two cells of paper after the sentence's closing bracket
    last = "依法须经批准的项目,经相关部门批准后方可开展经营活动)"
    text = last + "场监"
    xs, x2 = _xs(text, 342.0, 26.0, {}, skip=len(last))
    xs2, _ = _xs(text, 342.0, 26.0, {})
    rows = [line(text, 342, 768, x2, 794, xs=xs) if ln.text == last else ln for ln in EPRINT]
    assert read(rows)["business_scope"]["value"] == EPRINT_SCOPE
    # read on without paper between: the scope's own text as read, not pre-filled
    rows = [line(text, 342, 768, x2 - 26, 794, xs=xs2) if ln.text == last else ln for ln in EPRINT]
    assert read(rows)["business_scope"]["value"] == ""


def test_a_justified_label_read_without_its_second_character_is_the_label() -> None:
    # `类` alone at the label column's left edge (`型` not boxed), its value where the values start
    rows = [line("类", 87, 444, 110, 475) if ln.text == "类型" else ln for ln in page()]
    assert read(rows)["entity_type"]["value"] == "有限责任公司(外商投资、非独资)"
    # a lone `类` standing in the value column is no label
    rows = [line("类", 160, 444, 183, 475) if ln.text == "类型" else ln for ln in page()]
    assert read(rows)["entity_type"]["value"] == ""


def test_a_bent_value_row_taller_than_its_short_label_is_still_its_row() -> None:
    # a crumpled print-out: the 名称 row's box bent to 2.3 times the height of the short `名称:` box,
    # but under twice the page's usual box — no title or seal's arc over the row
    rows = [ln for ln in EPRINT if ln.text != "杭州创联环保科技有限公司"]
    rows.append(line("杭州创联环保科技有限公司", 340, 348, 700, 394))
    rows = [line("名称:", 115, 373, 185, 393) if ln.text == "名称:" else ln for ln in rows]
    assert read(rows)["name"]["value"] == "杭州创联环保科技有限公司"
    # print far taller than the page's rows (a title in large type) is still no value
    rows = [ln for ln in EPRINT if ln.text != "杭州创联环保科技有限公司"]
    rows.append(line("杭州创联环保科技有限公司", 340, 330, 700, 430))
    assert read(rows)["name"]["value"] == ""
