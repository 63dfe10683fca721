"""A 卫生许可证's address whose bracketed registration note wraps onto a second row, the label centred on
the two rows (AD, first sight: ad_025, 047, 117, 125, 137 blank — `value_not_found`, `wrapped_row_incomplete`,
`format`): the label stands level with the lower row only, so the lower row alone was taken, or the lower
row `经营场所）` was taken for a label. (ad_085's misread note `(自上申报)` is main's `ADDRESS_NOTE_CHECK`.)
Lines rebuilt from those pages' readings and run through the real extraction code.
"""

from __future__ import annotations

from app.prefill.engine import TextLine
from app.prefill.extract import extract
from app.prefill.layout import to_lines


def line(text: str, x1: float, y1: float, x2: float, y2: float) -> TextLine:
    per = tuple((0.999, "", 0.0) for _ in text)
    return TextLine(text, 0.99, ((x1, y1), (x2, y1), (x2, y2), (x1, y2)), False, per, ())


def _fields(rows: list[TextLine]) -> dict:
    return extract(to_lines(rows)).public_fields()


def _ad025(first: str, second: str) -> list[TextLine]:
    # (ad_025's geometry: `经营场所地址` level with the wrapped row, its middle above that row's)
    return [line("卫生许可证", 606, 505, 905, 576), line("卫公证字[2024]第510107436437号", 578, 608, 931, 645),
            line("单位名称", 330, 719, 540, 754), line("成都中远酒店管理有限公司", 561, 716, 857, 753),
            line("法定代表人(负责", 329, 788, 521, 822), line("严宇艳", 558, 797, 641, 835), line("人)", 327, 818, 373, 856),
            line(first, 558, 877, 1167, 918), line("经营场所地址", 324, 894, 473, 931), line(second, 557, 911, 669, 947),
            line("许可项目", 321, 989, 536, 1029), line("游泳场(馆)", 555, 987, 692, 1024),
            line("有效期限", 324, 1076, 536, 1114), line("自2024年06月23日至2028年06月22日", 558, 1077, 945, 1117)]


def test_a_label_centred_on_two_rows_takes_both() -> None:
    # (ad_137: `地 址` level with `01室（集中登记地）`, the address's first row above it)
    rows = [line("公共场所卫生许可证", 312, 316, 910, 384), line("卫公证字[2021]第220802109419号", 413, 432, 814, 466),
            line("单", 136, 568, 177, 604), line("位名称", 193, 559, 378, 603), line("白城洮北凯瑞小吃店", 395, 555, 651, 589),
            line("法定代表人（负责", 134, 636, 358, 678), line("余丹", 391, 643, 469, 694), line("人）", 134, 673, 198, 719),
            line("吉林省白城市洮北区工业园区星湖街2918号置地广场4层", 399, 737, 1074, 765),
            line("地", 137, 767, 178, 804), line("址", 336, 764, 377, 802), line("01室（集中登记地）", 399, 778, 636, 809),
            line("许可项目", 136, 870, 382, 912), line("公共浴室", 396, 858, 525, 905),
            line("有效期限", 136, 965, 384, 1004), line("自2021年08月14日至2025年08月13日", 404, 965, 842, 992)]
    assert _fields(rows)["address"]["value"] == "吉林省白城市洮北区工业园区星湖街2918号置地广场4层01室(集中登记地)"


def test_a_wrapped_note_word_before_its_closing_bracket_is_no_label() -> None:
    f = _fields(_ad025("四川省成都市武侯区学院路1369号综合楼11层29室（实际", "经营场所)"))
    assert f["address"]["value"] == "四川省成都市武侯区学院路1369号综合楼11层29室(实际经营场所)"


def test_a_row_nearer_another_label_is_not_taken() -> None:
    # (ad_085: the representative's name over the address, `法定代表` … `人）` a wrapped label level with
    # neither row, `地 址` centred between the name and the address's single row)
    rows = [line("公共场所卫生许可证", 623, 690, 977, 759), line("京卫公字（2025）第110105402392号", 667, 761, 921, 798),
            line("单位名称", 499, 823, 646, 854), line("北京启鼎商贸中心（普通合伙）", 656, 829, 883, 868),
            line("法定代表", 496, 867, 567, 895), line("(负责", 578, 872, 628, 901), line("蔡予远", 654, 884, 709, 913),
            line("人）", 490, 886, 528, 915), line("地", 487, 933, 509, 958), line("址", 611, 943, 632, 966),
            line("北京市朝阳区新华路196号金地大厦17层03室（自主申报）", 649, 939, 1068, 996),
            line("许可项目", 481, 988, 629, 1024), line("展览馆", 644, 997, 700, 1026),
            line("有效期限", 474, 1046, 623, 1083), line("自2025年01月07日至2029年01月06日", 640, 1058, 911, 1101)]
    assert _fields(rows)["address"]["value"] == "北京市朝阳区新华路196号金地大厦17层03室(自主申报)"
