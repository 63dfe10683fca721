"""Letter-spaced labels (`名　　称`, `住　　所`, `经　营　场　所`: a licence justifies its short labels across
the label column) are boxed a character at a time. Lines as the reader gave them on ZY's and ZX's pages
(session 35; boxes in the flattened page's pixels), through `extract`:

- `layout.FOUND_COLUMN`: the label column measured from the labels found on the page — a two-character
  label justified across a column set for `经营者名称` has `所` further from `住` than LABEL_GAP (ZY
  zy_0018, zy_0047, zy_0112: the address, read sure, was `label_not_found`).
- `layout.SPACED_MISREAD`: one lone character of a spaced label misread (住 read `生`) — the label when
  its other characters are spelled, it stands at the label column's left edge and its value reads as
  the field's (an address's place words; ZY zy_0023).
- `layout.SLANTED_COLUMN`: a lone `名` (称 not boxed) on a photo taken at a slant stands a row's drift
  left of the column's median edge; the column's edge is read off the line through its labels (zy_0147).
- `extract.NAME_LABEL_OVERPRINT`: `法定代表赵然怡` — the label's 人 printed over the name's first
  character, 赵 read sure in its place: the rest, `然怡`, is the name without its surname: blank, not
  short (ZX zx_148).
"""

from __future__ import annotations

import pytest

from app.prefill import extract as ex
from app.prefill import layout
from app.prefill.extract import extract
from app.prefill.layout import Line


def lines_of(rows: list[tuple], chars: dict[str, tuple] | None = None) -> list[Line]:
    out = []
    for i, (text, x1, y1, x2, y2) in enumerate(rows):
        c, xs = (chars or {}).get(text, ((), ()))
        out.append(Line(text, 0.99, x1, y1, x2, y2, i, c, xs=xs))
    out.sort(key=lambda ln: (ln.cy, ln.x1))
    return out


def fields(rows: list[tuple], kind: str, chars: dict[str, tuple] | None = None) -> dict[str, str]:
    got = extract(lines_of(rows, chars), kind)
    return {k: f.public()["value"] for k, f in got.fields.items()}


# ZY zy_0018 (a sleeve photo of a 食品经营许可证 副本): `住` at the label column's left edge, `所` glued to
# the address 160 px (7.6 rows) to its right, where 经营场所's `所` stands on the row under it
FOOD = [
    ("食品经营许可证", 439, 159, 732, 205),
    ("经营者名", 67, 257, 253, 283),
    ("称伍家岗伍家岗区锦程科技经营部", 251, 260, 492, 280),
    ("主体业态食品销售经营者(便利店)", 608, 261, 894, 281),
    ("经营项目预包装食品(不含冷藏冷冻食品)销售;散装食品(不含", 607, 299, 1095, 319),
    ("社会信用代码(身份证号码)92220802UD61JF8N1G", 73, 321, 435, 338),
    ("冷藏冷冻食品)销售", 711, 318, 855, 341),
    ("法定代表人(负责人)魏浩然", 69, 356, 326, 380),
    ("许可证编号JY24205036471779", 607, 380, 847, 400),
    ("住", 71, 397, 92, 418),
    ("所广东省广州市天河区胜利路1082号阳光新村9", 252, 398, 579, 417),
    ("栋2单元1404室", 275, 417, 384, 440),
    ("有效期至2029年07月25日", 607, 419, 828, 439),
    ("经", 70, 457, 92, 478),
    ("场", 190, 459, 213, 476),
    ("所广东省广州市天河区文化路489弄6号1291室", 253, 459, 573, 476),
    ("营", 130, 458, 154, 478),
    ("日常监督管理机构:伍家岗区场监督管理局", 74, 614, 336, 648),
    ("发证机关:", 802, 635, 870, 654),
    ("投诉举报电话:12315", 79, 667, 206, 684),
    ("签发人:石玉兰", 801, 672, 906, 695),
    ("2024年07月26日", 833, 711, 942, 734),
]
ADDRESS = "广东省广州市天河区胜利路1082号阳光新村9栋2单元1404室"
PREMISES = "广东省广州市天河区文化路489弄6号1291室"


def test_a_two_character_label_spread_over_a_wide_column_is_found() -> None:
    got = fields(FOOD, "food_business_license")
    assert got["address"] == ADDRESS  # main: blank, label_not_found (所 beyond LABEL_GAP of 住)
    assert got["premises_address"] in ("", PREMISES)  # (never the address: its row is its own)
    assert got["name"] == "伍家岗伍家岗区锦程科技经营部"


def test_without_labels_found_whole_the_gap_stays_the_limit(monkeypatch) -> None:
    monkeypatch.setattr(layout, "FOUND_COLUMN", False)
    assert fields(FOOD, "food_business_license")["address"] == ""


def swap(rows: list[tuple], old: str, new: tuple) -> list[tuple]:
    return [new if r[0] == old else r for r in rows]


def test_a_spaced_label_with_its_lone_first_character_misread_is_found() -> None:
    # 住 read `生` (ZY zy_0023's fax-like screen photo: `生` at 1.00): at the column's left edge, 所 and
    # an address after it
    got = fields(swap(FOOD, "住", ("生", 71, 397, 92, 418)), "food_business_license")
    assert got["address"] == ADDRESS  # main: blank, label_not_found
    assert got["premises_address"] in ("", PREMISES)


def test_a_misread_lone_character_off_the_column_edge_is_no_label() -> None:
    # the same `生` three characters right of where the column's labels start: not the label's place
    got = fields(swap(FOOD, "住", ("生", 140, 397, 161, 418)), "food_business_license")
    assert got["address"] == ""


def test_a_misread_lone_character_before_no_address_is_no_label() -> None:
    # a two-character label with one of them misread is vouched by its value: words that are no
    # address after `生` … `所` make no 住所 row
    rows = swap(swap(FOOD, "住", ("生", 71, 397, 92, 418)),
                "所广东省广州市天河区胜利路1082号阳光新村9", ("所需材料已齐全请核对原件后办理", 252, 398, 579, 417))
    rows = [r for r in rows if r[0] != "栋2单元1404室"]
    assert fields(rows, "food_business_license")["address"] == ""


# ZY zy_0147 (a hand-held photo of a 营业执照 副本 at a slant: the label column's x drifts 313 → 358 px
# down the page): `名` alone, 称 not boxed, the name boxed right of it
SLANTED = [
    ("统一社会信用代码", 269, 200, 386, 222),
    ("91360111YHR39DCX2R", 271, 229, 467, 257),
    ("营业执照", 519, 247, 735, 322),
    ("(副本)", 586, 328, 675, 364),
    ("宜昌博远商贸股份有限公司", 414, 412, 612, 437),
    ("名", 313, 414, 338, 439),
    ("股份有限公司(非上市、自然人投资或控股)", 424, 472, 718, 499),
    ("型", 392, 474, 417, 499),
    ("类", 321, 475, 347, 500),
    ("白博文", 429, 518, 484, 542),
    ("法定代表人", 325, 517, 433, 544),
    ("注册资本3000万元整", 330, 560, 517, 587),
    ("成立日期2019年10月16日", 337, 602, 547, 629),
    ("营业期限2019年10月16日至2049年10月15日", 341, 642, 665, 668),
    ("所江西省南昌市青山湖区和平街1524号和谐家园16栋2单元1903室", 414, 695, 843, 720),
    ("住", 354, 697, 376, 718),
    ("经营范围日用百货销售;五金产品零售;家用电器销售;服装服饰零售;针纺织品销", 358, 758, 916, 785),
    ("登记机关", 672, 977, 736, 1004),
    ("2023年05月03日", 710, 1028, 807, 1051),
]
# the recogniser's character centres in the boxes that glue a label to its value (where the label ends)
SLANTED_XS = {text: ((), xs) for text, xs in {
    "注册资本3000万元整": (346.1, 368.5, 390.8, 413.2, 440.0, 449.0, 457.9, 469.1, 475.8, 493.7, 507.1),
    "成立日期2019年10月16日": (348.7, 371.4, 394.0, 416.7, 443.8, 452.9, 457.4, 466.5, 475.5, 489.1, 498.1, 507.2,
                            516.3, 525.3, 538.9),
    "营业期限2019年10月16日至2049年10月15日": (356.2, 377.5, 394.5, 415.8, 445.7, 449.9, 458.4, 467.0, 475.5, 488.3,
                                         496.8, 505.3, 513.8, 522.4, 535.1, 547.9, 556.4, 565.0, 573.5, 582.0,
                                         594.8, 603.3, 611.8, 624.6, 633.1, 641.7, 654.5),
    "经营范围日用百货销售;五金产品零售;家用电器销售;服装服饰零售;针纺织品销": (
        372.7, 389.5, 410.5, 427.2, 456.6, 469.2, 481.8, 494.4, 507.0, 519.5, 527.9, 544.7, 557.3, 569.9, 586.7,
        599.3, 611.9, 624.4, 641.2, 653.8, 666.4, 683.2, 695.8, 712.5, 720.9, 739.8, 754.5, 767.1, 783.9, 800.6,
        813.2, 825.8, 846.8, 859.4, 876.2, 892.9, 909.7),
}.items()}


def test_a_lone_first_character_on_a_slanted_column_is_its_label() -> None:
    got = fields(SLANTED, "business_license", SLANTED_XS)
    assert got["name"] == "宜昌博远商贸股份有限公司"  # main: blank, label_not_found
    assert got["entity_type"] == "股份有限公司(非上市、自然人投资或控股)"
    assert got["legal_representative"] == "白博文"


def test_the_slanted_column_off_leaves_the_name_blank(monkeypatch) -> None:
    monkeypatch.setattr(layout, "SLANTED_COLUMN", False)
    assert fields(SLANTED, "business_license", SLANTED_XS)["name"] == ""


# ZX zx_148 (a flatbed 营业执照 正本 whose layout spaces the five-character 法定代表人 at the four-character
# labels' pitch: its 人 printed over the name's first character)
OVERPRINT = [
    ("统一社会信用代码", 69, 106, 245, 137),
    ("9142010723828879U1", 72, 146, 334, 171),
    ("营业执照", 481, 182, 912, 273),
    ("称武汉盛世物流股份有限公司", 142, 344, 451, 374),
    ("注册资本人民币伍拾万元整", 753, 344, 1053, 376),
    ("名", 72, 347, 101, 374),
    ("成立日期2012年11月28日", 753, 387, 1033, 416),
    ("类", 70, 388, 101, 416),
    ("型", 143, 389, 182, 415),
    ("有限责任公司(自然人投资或控股)", 184, 387, 509, 418),
    ("法定代表赵然怡", 69, 431, 264, 460),
    ("营业期限", 756, 432, 863, 459),
    ("2012年11月28日至长期", 854, 433, 1098, 459),
    ("经营范围道路货物运输(不含危险货物);普通货物仓储", 69, 473, 646, 503),
    ("登记机关", 1017, 853, 1111, 884),
    ("2018年11月10日", 1077, 901, 1242, 927),
]
# the recogniser's reading of that box (each character sure; 赵's runner-up 彪, no look-alike of 人)
REP_CHARS = {"法定代表赵然怡": (
    ((0.99997, "祛", 0.0), (0.99996, "淀", 0.0), (0.99996, "伐", 0.0), (0.99976, "袁", 0.0002),
     (0.99457, "彪", 0.0015), (0.9999, "烈", 0.0), (0.9999, "恰", 0.0)),
    (85.9, 114.9, 143.9, 172.8, 206.6, 226.0, 250.1))}


def test_a_name_whose_first_character_the_label_overprinted_is_blank() -> None:
    got = fields(OVERPRINT, "business_license", REP_CHARS)
    assert got["legal_representative"] == ""  # main: `然怡` (wrong)
    assert got["name"] == "武汉盛世物流股份有限公司"


@pytest.mark.parametrize("misread", ["入", "久"])
def test_a_label_end_misread_as_a_look_alike_keeps_the_name(misread: str) -> None:
    # 人 read as a look-alike (the recogniser's runner-up 人, or a usual confusion): the label's end
    # misread, the name after it whole
    text = "法定代表" + misread + "赵然怡"
    c, xs = REP_CHARS["法定代表赵然怡"]
    chars = {text: (c[:4] + ((0.97, "人", 0.02),) + ((0.999, "", 0.0),) * 3, xs[:4] + (201.0, 226.0, 250.1, 274.0))}
    rows = swap(OVERPRINT, "法定代表赵然怡", (text, 69, 431, 288, 460))
    assert fields(rows, "business_license", chars)["legal_representative"] == "赵然怡"


def test_the_overprint_rule_off_gives_the_short_name(monkeypatch) -> None:
    monkeypatch.setattr(ex, "NAME_LABEL_OVERPRINT", False)
    monkeypatch.setattr(ex, "NAME_NO_SURNAME", False)  # (session 37's surname rule blanks it too)
    assert fields(OVERPRINT, "business_license", REP_CHARS)["legal_representative"] == "然怡"


# ZX zx_028 (a photocopy of a 营业执照 副本): `名` `称` over `类` `型`, each character boxed alone; 称 spells
# no label's first character, and the misread rule's label must be vouched by its row — `称` taken as 类
# misread with `型` under it (the label wrapped in its cell) is no 类型
STACKED = [
    ("统一社会信用代码", 70, 146, 241, 176),
    ("913101154753633832", 71, 179, 320, 211),
    ("营业执照", 285, 217, 654, 297),
    ("(副本)", 424, 296, 527, 333),
    ("上海恒达信息科技有限公司", 205, 371, 446, 404),
    ("称", 165, 378, 195, 404),
    ("名", 84, 378, 111, 407),
    ("其他有限责任公司", 206, 410, 370, 440),
    ("类", 80, 414, 112, 443),
    ("型", 165, 414, 195, 443),
    ("法定代表人冯敏刚", 82, 447, 300, 480),
    ("经营范围", 84, 485, 196, 516),
    ("注册资本", 60, 576, 196, 610),
    ("叁拾万元整", 208, 574, 319, 613),
    ("2021年12月05日", 210, 612, 360, 643),
    ("成立日期", 86, 616, 196, 644),
    ("登记机关", 588, 1236, 677, 1267),
]


def test_lone_characters_of_two_rows_make_no_wrapped_misread_label() -> None:
    got = fields(STACKED, "business_license")
    assert got["name"] == "上海恒达信息科技有限公司"
    assert got["entity_type"] == "其他有限责任公司"


def test_an_unboxed_middle_character_is_tried_before_a_misread_one() -> None:
    # `经` … `场` `所…` with 营 not boxed (ZW zw_116): the paper between 经 and 场 holds the lost 营
    # (`LABEL_LOST_MOST`); `场` is the label's own character, not a misread 营
    rows = [r for r in FOOD if r[0] != "营"]
    assert fields(rows, "food_business_license")["premises_address"] in ("", PREMISES)
    got = extract(lines_of(rows), "food_business_license")
    assert got.fields["premises_address"].note != "not found"
