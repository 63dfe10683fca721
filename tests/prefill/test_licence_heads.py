"""The 2019 副本's two-column head (名称, 类型, 法定代表人 left; 注册资本 or 出资额, 成立日期, 营业期限
right): rows one field reads into another when a label is faint or printed spaced out. Built as OCR
lines (boxes in page pixels) and run through the real extraction code.
"""

from __future__ import annotations

from app.prefill.extract import extract
from app.prefill.layout import to_lines
from tests.prefill.test_licence_rows import line


def head(*, name: list | None = None, type_label: bool = True, kind: str = "其他有限责任公司",
         capital: list | None = None, rep_label: str = "法定代表人", rep: list | None = None) -> list:
    """Labels at x≈60, values at x≈200, the second column's labels at x≈505, 24 px print."""
    rows = [line("营业执照", 250, 180, 740, 270), line("统一社会信用代码", 77, 360, 248, 384),
            line("91410105983111798L", 77, 391, 326, 419),
            line("名称", 62, 440, 204, 471),
            *(name or [line("郑州市森澜文化传媒有限公司", 202, 444, 485, 468)]),
            *(capital or [line("注册资本50万元", 487, 442, 706, 470)]),
            line(kind, 201, 491, 201 + 22 * len(kind), 515),
            line("成立日期2015年10月25日", 508, 491, 788, 515),
            *(rep or [line("向福宏", 195, 536, 270, 565)]),
            line(rep_label, 76, 540, 76 + 22 * len(rep_label), 564),
            line("营业期限", 509, 540, 640, 564), line("2015年10月25日至长期", 649, 541, 853, 561),
            line("经营范围", 70, 600, 186, 624), line("一般项目:广告设计、代理;建筑材料销售。", 202, 600, 483, 624),
            line("住所", 506, 600, 600, 624), line("河南省郑州市金水区金桂园商业街5栋118号商铺", 638, 600, 896, 622),
            line("登记机关", 455, 1205, 559, 1237), line("2022年08月28日", 630, 1282, 837, 1314)]
    if type_label:
        rows.append(line("类型", 62, 491, 190, 515))
    return rows


def read(lines: list) -> dict[str, dict[str, object]]:
    return extract(to_lines(lines)).public_fields()


def test_the_type_row_under_a_name_whose_label_was_not_read_is_no_wrapped_name() -> None:
    # 类型 printed faint and not read: the row under the name is the type, not the name's second row
    out = read(head(type_label=False))
    assert out["name"]["value"] == "郑州市森澜文化传媒有限公司"
    # and a whole type of the closed table right under the name, where its value column starts, is the type
    assert out["entity_type"]["value"] == "其他有限责任公司"
    # (a cut one is not)
    assert read(head(type_label=False, kind="其他有限责任公"))["entity_type"]["value"] == ""
    # a branch's type, its bracket wrapped
    out = read(head(type_label=False, kind="有限责任公司分公司(自然人投",
                    name=[line("青岛市汇通餐饮管理有限公司瑞丰分公司", 202, 444, 485, 468)]))
    assert out["name"]["value"] == "青岛市汇通餐饮管理有限公司瑞丰分公司"
    # with its label read, nothing changes
    out = read(head())
    assert out["name"]["value"] == "郑州市森澜文化传媒有限公司" and out["entity_type"]["value"] == "其他有限责任公司"


def test_a_name_that_wraps_before_its_form_is_still_one_name() -> None:
    # `…集团` + `股份有限公司`: one name wrapped, though its second row spells a type of the table
    name = [line("河南中原森澜实业集团", 202, 444, 485, 468), line("股份有限公司", 202, 470, 330, 492)]
    out = read(head(name=name, kind="股份有限公司(非上市)"))
    assert out["name"]["value"] in ("河南中原森澜实业集团股份有限公司", "")


PARTNERSHIP = dict(kind="普通合伙企业", rep_label="执行事务合伙人", rep=[line("邓文", 238, 540, 294, 565)])


def test_a_spaced_second_column_label_boxed_with_the_name_is_cut_off_it() -> None:
    # `出 资 额` printed spaced out right after a long name: the detector boxes its first characters
    # with the name (`…科技中出资`), the last with the amount (`额500万元`)
    name = [line("乌鲁木齐市蓝湾电子科技中出资", 202, 444, 612, 468), line("心(普通合伙)", 202, 470, 340, 492)]
    out = read(head(name=name, capital=[line("额500万元", 637, 444, 766, 468)], **PARTNERSHIP))
    assert out["name"]["value"] == "乌鲁木齐市蓝湾电子科技中心(普通合伙)"
    assert out["registered_capital"]["value"] == "500万元"
    # its middle character in a box of its own
    name = [line("西安市聚鑫农业科技合伙出", 202, 444, 538, 468), line("企业(普通合伙)", 202, 470, 370, 492)]
    out = read(head(name=name, capital=[line("资", 561, 444, 601, 468), line("额1000万元", 632, 444, 773, 468)],
                    **PARTNERSHIP))
    assert out["name"]["value"] == "西安市聚鑫农业科技合伙企业(普通合伙)"
    assert out["registered_capital"]["value"] == "1000万元"
    # the whole label and its value in the name's box
    name = [line("乌鲁木齐市蓝湾装饰工程股份注册资本50万元", 188, 444, 717, 468), line("有限公司", 189, 470, 285, 492)]
    out = read(head(name=name, capital=[], kind="股份有限公司(非上市、自然人投资或控股)"))
    assert out["name"]["value"] == "乌鲁木齐市蓝湾装饰工程股份有限公司"
    assert out["registered_capital"]["value"] == "50万元"



def test_a_company_as_managing_partner_wrapping_onto_a_second_row_is_taken_whole() -> None:
    # `…投资管理有` + `限公司` in the narrow value column; the term's wrapped end stands far right on its row
    rep = [line("乌鲁木齐市森澜投资管理有", 236, 536, 480, 563), line("限公司", 232, 567, 303, 590),
           line("6月09日", 686, 536, 763, 563)]
    kw = {**PARTNERSHIP, "rep": rep}
    out = read(head(name=[line("乌鲁木齐市蓝湾电子科技中心(普通合伙)", 202, 444, 612, 468)], **kw))
    assert out["legal_representative"]["value"] == "乌鲁木齐市森澜投资管理有限公司"
    # beside 法定代表人 the same rows stay a person's field: no entity's name is taken there
    kw["rep_label"] = "法定代表人"
    out = read(head(**kw))
    assert out["legal_representative"]["value"] == ""
    # a second row that does not complete an entity's name is not taken
    kw["rep_label"] = "执行事务合伙人"
    kw["rep"] = [line("乌鲁木齐市森澜投资管理有", 236, 536, 480, 563), line("限", 232, 567, 256, 590)]
    out = read(head(name=[line("乌鲁木齐市蓝湾电子科技中心(普通合伙)", 202, 444, 612, 468)], **kw))
    assert out["legal_representative"]["value"] == ""


def test_a_place_the_place_list_settled_is_no_torn_character_in_a_name() -> None:
    # `呼伦贝尔市` with 市 at 0.72 and 南 at 0.20: only 市 makes a place of GB/T 2260 there
    name = [line("呼伦贝尔市嘉和餐饮管理合伙企业(普通合伙)", 202, 444, 612, 468, chars={4: (0.72, "南", 0.20)})]
    out = read(head(name=name, **PARTNERSHIP))
    assert out["name"]["value"] == "呼伦贝尔市嘉和餐饮管理合伙企业(普通合伙)"
    # a torn character the place list cannot decide stays doubtful
    name = [line("呼伦贝尔市嘉和餐饮管理合伙企业(普通合伙)", 202, 444, 612, 468, chars={6: (0.72, "加", 0.20)})]
    out = read(head(name=name, **PARTNERSHIP))["name"]
    assert out["value"] == "" and out["reason"] == "doubtful_character"


def test_an_appointed_representative_on_the_row_under_the_company_belongs_to_the_value() -> None:
    # `…有限公司` + `(委派代表:谭欣怡)`: the company alone would be a wrong pre-fill
    rep = [line("武汉汇丰泰农业发展有限公司", 236, 536, 480, 563), line("(委派代表:谭欣怡)", 232, 567, 420, 590)]
    out = read(head(name=[line("武汉锦程股权投资合伙企业(有限合伙)", 202, 444, 612, 468)], **{**PARTNERSHIP, "rep": rep}))
    assert out["legal_representative"]["value"] == "武汉汇丰泰农业发展有限公司(委派代表:谭欣怡)"
    # its name cut by the row's end: nothing is pre-filled
    rep = [line("武汉汇丰泰农业发展有限公司", 236, 536, 480, 563), line("(委派代表:谭", 232, 567, 360, 590)]
    out = read(head(name=[line("武汉锦程股权投资合伙企业(有限合伙)", 202, 444, 612, 468)], **{**PARTNERSHIP, "rep": rep}))
    assert out["legal_representative"]["value"] == ""
