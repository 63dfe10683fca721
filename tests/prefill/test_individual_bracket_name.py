"""A 个体工商户's name that carries its organisational form as the bracket `(个体工商户)` after a place
and a 字号 only (session 39, names6 lane: family AG's ag_026, ag_029, ag_114, ag_121 营业执照, ag_087,
ag_128 食品经营许可证, ag_002 卫生许可证 — all read sure, all blanked as `name without its form`).

`extract.INDIVIDUAL_BRACKET_NAME`: the closed bracket is the row's end; a whole division name
(`昆山市`, `中山区`) opening the name, then a 字号 of two to six characters, vouches for its start.
Built as the OCR lines of those pages (boxes in page pixels) and run through the real extraction code.
"""

from __future__ import annotations

from app.prefill import extract as ex
from tests.prefill.test_licence_rows import line, read


def _licence(name: str) -> list:
    """ag_026's 个体工商户 营业执照 (a gaopaiyi photo), its lines as read."""
    return [line("统一社会信用代码", 323, 462, 450, 480), line("营业执照", 687, 456, 1115, 527),
            line("9232058350XB60173B", 325, 492, 501, 505), line("证照编号：815886998454075", 325, 520, 485, 531),
            line("名称", 385, 644, 469, 669), line(name, 491, 640, 491 + 17 * len(name), 658),
            line("组成形式", 952, 621, 1034, 645), line("个人经营", 1057, 617, 1139, 641),
            line("类型", 384, 682, 469, 711), line("个体工商户", 490, 680, 588, 704),
            line("注册日期", 953, 661, 1033, 686), line("2013年11月09日", 1059, 659, 1191, 677),
            line("经营者", 386, 724, 468, 751), line("段思永", 491, 722, 552, 745),
            line("经营场所", 955, 702, 1032, 726), line("江苏省昆山市前进西路354号", 1061, 698, 1293, 716),
            line("登记机关", 1217, 972, 1329, 996), line("2016年4月10日", 1254, 1036, 1383, 1060),
            line("国家市场监督管理总局监制", 852, 1128, 994, 1140)]


def _health(name: str) -> list:
    """ag_002's 公共场所卫生许可证 (a fine fax), its lines as read."""
    return [line("公共场所卫生许可证", 456, 400, 1245, 501), line("辽卫公证字〔2021〕第02024317号", 591, 540, 1109, 590),
            line("单位名称 " + name, 230, 686, 400 + 34 * len(name), 743),
            line("法定代表人（负责人）", 225, 787, 571, 839), line("陆婷英", 612, 792, 737, 842),
            line("地址辽宁省大连市中山区长江路171号1层", 222, 888, 980, 946), line("许可项目候车室", 220, 988, 521, 1041),
            line("有效期限自2021年04月20日至2025年04月19日", 220, 1089, 997, 1149),
            line("中华人民共和国国家卫生健康委员会监制", 620, 2117, 1032, 2157)]


def test_a_place_and_a_trade_name_in_the_individual_bracket_is_a_whole_name(monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(ex, "INDIVIDUAL_BRACKET_NAME", True)
    out = read(_licence("昆山市乐享（个体工商户）"))["name"]
    assert out["value"] == "昆山市乐享(个体工商户)" and not out["reason"], out
    out = read(_health("中山区乐享（个体工商户）"))["name"]
    assert out["value"] == "中山区乐享(个体工商户)" and not out["reason"], out
    monkeypatch.setattr(ex, "INDIVIDUAL_BRACKET_NAME", False)  # main's path: blank, `vocabulary`
    for page in (_licence("昆山市乐享（个体工商户）"), _health("中山区乐享（个体工商户）")):
        out = read(page)["name"]
        assert out["value"] == "" and out["reason"] == "vocabulary", out


def test_a_bracket_name_without_a_whole_place_first_stays_blank(monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(ex, "INDIVIDUAL_BRACKET_NAME", True)
    # a row read from its tail or cut at its head (the place lost or cut), a place with no 字号,
    # a 字号 that runs on (a row of something else glued on)
    for name in ("区乐享（个体工商户）", "乐享（个体工商户）", "山市乐享（个体工商户）", "昆山市（个体工商户）",
                 "昆山市前进西路354号乐享（个体工商户）", "昆山市乐享（个体工商"):
        assert read(_licence(name))["name"]["value"] == "", name
