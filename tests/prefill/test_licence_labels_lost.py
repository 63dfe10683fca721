"""Business licence fields whose label was not read while the page reads (session 22, labelsy lane:
family Y's 营业执照).

- A 个体工商户's spaced labels `名　　称` over `类　　型` set closer than a row apart (a name left
  empty) are boxed down the column, `名类` and `称塑`: neither label is found and the type
  `个体工商户` was left blank (y0003, y0060). Only a 个体工商户 prints 组成形式, and its type is
  then 个体工商户: with that label read, one line standing alone as the type is taken.
Built as OCR lines (boxes in page pixels) and run through the real extraction code.
"""

from __future__ import annotations

from app.prefill import extract as ex
from app.prefill import layout
from app.prefill.engine import TextLine
from tests.prefill.test_licence_rows import line, read


def _individual(type_text: str = "个体工商户", *, form: bool = True, name: str = "") -> list:
    """A 个体工商户's 副本 rows, its 名称 and 类型 labels boxed down the column as two stacked
    characters each (labels at x≈124, values at x≈230, 24 px print)."""
    rows = [line("营业执照", 344, 245, 674, 315), line("统一社会信用代码", 125, 227, 262, 253),
            line("923401046NX85U0P9B", 127, 262, 297, 281),
            line("名类", 125, 421, 152, 462), line("称塑", 186, 420, 223, 464),
            line(type_text, 230, 438, 230 + 19 * len(type_text), 464),
            line("经营者谢颖", 123, 481, 276, 510),
            line("注册日期2003年03月28日", 123, 573, 358, 599),
            line("经营场所", 124, 620, 225, 644), line("安徽省合肥市蜀山区长江西路169号附1号", 228, 621, 551, 644),
            line("经营范围", 124, 665, 220, 689),
            line("一般项目:日用百货销售;五金产品批发。(除依法须经批准的项目外,凭营业执照依法自主开展经营活动)",
                 228, 666, 1100, 691),
            line("登记机关", 709, 1147, 779, 1172)]
    if name:
        rows.append(line(name, 230, 410, 230 + 19 * len(name), 434))
    if form:
        rows.append(line("组成形式个人经营", 124, 529, 309, 555))
    return rows


def test_an_individual_licences_type_is_read_without_its_label(monkeypatch) -> None:  # noqa: ANN001
    for seen in ("个体工商户", "个体工商"):  # (whole, or its last character lost)
        out = read(_individual(seen))["entity_type"]
        assert out["value"] == "个体工商户" and not out["reason"], (seen, out)
    monkeypatch.setattr(ex, "INDIVIDUAL_TYPE", False)  # as before: blank, `label_not_found`
    assert read(_individual())["entity_type"]["value"] == ""


def test_the_type_is_not_taken_without_the_individuals_own_row() -> None:
    # no 组成形式 read: nothing says the page is a 个体工商户's
    assert read(_individual(form=False))["entity_type"]["value"] == ""
    # a name's `(个体工商户)` is no type row; a line that only contains the words is none either
    assert read(_individual("个体工商户字号", name="西湖区蓝海超市(个体工商户)"))["entity_type"]["value"] == ""


def _partnership(rep_line: TextLine) -> list:
    """A partnership's 正本, two label columns (y0028's rows, 28 px print), its 执行事务合伙人 label
    squeezed into a four-character cell and misread glued to the name."""
    return [line("统一社会信用代码", 51, 188, 211, 218), line("营业执照", 502, 219, 924, 316),
            line("913201062180QFGU3C", 53, 224, 279, 253),
            line("名称", 42, 379, 171, 416), line("南京德润投资管理合伙企业(有限合伙)", 171, 384, 511, 412),
            line("成立日期", 784, 379, 903, 411), line("2018年12月01日", 903, 379, 1045, 411),
            line("合伙期限", 786, 428, 903, 457), line("2018年12月01日至长期", 903, 428, 1122, 457),
            line("类型", 54, 430, 171, 462), line("有限合伙企业", 171, 430, 291, 462),
            line("主要经营场所", 788, 474, 960, 503), line("江苏省南京市鼓楼区江东北路184号3楼234室", 960, 474, 1277, 503),
            rep_line,
            line("经营范围", 53, 524, 173, 552),
            line("一般项目:土石方工程施工;对外承包工程;建筑装饰材料销", 173, 524, 682, 552),
            line("售。(除依法须经批准的项目外,凭营业执照依法自主开展经", 170, 551, 683, 582),
            line("营活动)", 171, 582, 260, 610),
            line("登记机关", 982, 810, 1050, 839)]


def test_a_name_glued_to_a_misread_label_is_scored_on_its_own_characters(monkeypatch) -> None:  # noqa: ANN001
    probs = (0.78, 0.68, 0.83, 0.76, 0.23, 1.0, 1.0, 0.99, 1.0)
    xs = tuple(55 + 17 * i + 8 for i in range(6)) + tuple(165 + 23 * i + 11 for i in range(3))
    xs = tuple((x - 55) / (236 - 55) for x in xs)
    glued = line("找了事合大人曾峰辉", 55, 477, 236, 506, score=0.81,
                 chars={i: (p, "", 0.0) for i, p in enumerate(probs)}, xs=xs)
    out = read(_partnership(glued))["legal_representative"]
    assert out["value"] == "曾峰辉" and not out["reason"], out
    monkeypatch.setattr(layout, "OWN_SCORE", False)  # as before: the label's misread held it under
    assert read(_partnership(glued))["legal_representative"]["value"] == ""
    # a name whose own characters are doubtful stays blank however its label was read
    weak = line("找了事合大人曾峰辉", 55, 477, 236, 506, score=0.81,
                chars={i: (p if i < 6 else 0.55, "", 0.0) for i, p in enumerate(probs)}, xs=xs)
    monkeypatch.setattr(layout, "OWN_SCORE", True)
    assert read(_partnership(weak))["legal_representative"]["value"] == ""
