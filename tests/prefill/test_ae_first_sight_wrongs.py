"""Session 37 (aewrong): AE's first-sight wrong values, each made a blank by the doubt that should have held it.

- `extract.NAME_NO_SURNAME`: a two-character person's name whose first character is no surname lost its
  surname or had it misread — ae_0084 `曦鑫` (姜曦鑫, a fax), ae_0124 `英兰` (莫兰, a photographed screen),
  ae_0013 `旧志` (田志, a fax). Main pre-filled all three.
- `reader.FILL_SURNAME_SURER`: such a name is not replaced by a second reading's surname read less sure
  than the first reading read its own (ae_0013's softened re-read `阳志` at 0.96).
- `extract.CARD_FIVE_NEEDS_COMPOUND`: an ID card name of five characters without a dot begins with a 复姓
  (as a licence's person must): ae_0026 `姚文雨共办`, a copy watermark's slanted `供办` boxed with the name.
- `extract.ESTATE_END_CUT`: an address ending in an estate's name after a house number (`…1112号佳美小区`,
  ae_0037, a photocopy: `13幢106室` under a copy watermark) names no door — its end was not read.
- `extract.SCOPE_PART_CLOSED`: a scope's 一般项目 part closes before the 许可项目 header; a header glued
  to an item (`…摄影扩印许可项目:`, ae_0046, a hand-held photo whose bent rows were skipped) lost rows.
"""

from __future__ import annotations

import numpy as np
import pytest

from app.prefill import extract as ex
from app.prefill import reader
from app.prefill.extract import Extraction, FieldResult
from app.prefill.layout import Line


def _line(text: str, x1: float, y1: float, x2: float, y2: float) -> Line:
    return Line(text, 0.99, x1, y1, x2, y2, 0, ())


def _health(rep: str) -> list[Line]:
    return [_line("卫生许可证", 233, 286, 670, 364), _line("川卫公字(2022)第510104265253号", 314, 388, 622, 418),
            _line("单位名称锦江瑞丰五金店", 124, 486, 407, 535), _line("法定代表人(负责人):" + rep, 130, 551, 414, 582),
            _line("地址:四川省成都市锦江区人民路780号", 113, 599, 556, 645), _line("许可项目:美容", 127, 662, 305, 697),
            _line("有效期限:自2022年2月1日至2026年1月31日", 128, 720, 564, 753)]


def _food(rep: str) -> list[Line]:
    return [_line("食品经营许可证", 533, 303, 1132, 417), _line("经营者名称", 154, 556, 577, 601),
            _line("烟台博远酒店管理有限公司", 594, 556, 976, 602),
            _line("社会信用代码(身份证号码)", 153, 671, 570, 721), _line("91360111YNMPTJ549T", 584, 674, 915, 721),
            _line("法定代表人(负责人)" + rep, 144, 748, 700, 803),
            _line("住所湖北省武汉市武昌区胜利路1365号锦绣花园4栋3单元2204室", 156, 828, 1420, 887),
            _line("主体业态", 152, 1079, 574, 1117), _line("单位食堂(机关企事业单位食堂)", 592, 1077, 1057, 1124),
            _line("经营项目", 152, 1159, 575, 1196), _line("热食类食品制售", 583, 1151, 819, 1204),
            _line("许可证编号", 152, 1322, 569, 1359), _line("JY13706130624268", 587, 1322, 864, 1362)]


def _business(rep: str, scope: str = "", address: str = "四川省成都市武侯区长江路1367号和谐家园27栋3单元503室") -> list[Line]:
    lines = [_line("统一社会信用代码", 205, 212, 423, 271), _line("92360111271WX3XG0F", 200, 263, 562, 333),
             _line("营业执照", 971, 329, 1426, 498), _line("名称", 221, 516, 405, 566),
             _line("嘉兴南湖区嘉禾建筑工程经营部", 434, 528, 883, 601),
             _line("注册日期2013年10月01日", 1266, 583, 1726, 662),
             _line("经营场所" + address, 1258, 690, 2166, 740),
             _line("类型", 209, 630, 400, 681), _line("个体工商户", 415, 641, 596, 700),
             _line("经营者", 191, 712, 396, 774), _line(rep, 412, 730, 529, 781)]
    if scope:
        lines += [_line("经营范围", 191, 812, 396, 874), _line(scope, 412, 820, 1100, 868)]
    return lines


def _front(name: str) -> list[Line]:
    rows = [("姓名", 123, 172, 301, 250), (name, 330, 180, 330 + 80 * len(name), 250), ("性别男", 89, 253, 325, 343),
            ("民族汉", 408, 320, 600, 398), ("出生1987年5月24日", 58, 366, 679, 430),
            ("住址", 19, 460, 165, 520), ("云南省昆明市五华区建设大道325号", 209, 459, 830, 520),
            ("公民身份号码", 0, 754, 317, 836), ("530102198705244514", 364, 767, 1045, 875)]
    return [Line(t, 0.99, x1, y1, x2, y2, i, ()) for i, (t, x1, y1, x2, y2) in enumerate(rows)]


CASES = [(_health, "public_health_license", "legal_representative", "曦鑫", "姜曦鑫"),  # ae_0084
         (_food, "food_business_license", "legal_representative", "旧志", "田志"),  # ae_0013
         (_business, "business_license", "legal_representative", "英兰", "莫兰")]  # ae_0124


@pytest.mark.parametrize(("lines", "kind", "key", "wrong", "right"), CASES)
def test_a_two_character_name_without_a_surname_is_not_prefilled(lines, kind, key, wrong, right, monkeypatch) -> None:  # noqa: ANN001
    got = ex.extract(lines(wrong), kind).public_fields()[key]
    assert got["value"] == "" and got["reason"] == "doubtful_character"
    assert ex.extract(lines(right), kind).public_fields()[key]["value"] == right
    monkeypatch.setattr(ex, "NAME_NO_SURNAME", False)
    assert ex.extract(lines(wrong), kind).public_fields()[key]["value"] == wrong  # (main: the wrong value)


def test_a_card_name_without_a_surname_is_not_prefilled(monkeypatch: pytest.MonkeyPatch) -> None:
    assert ex.extract(_front("然怡"), "id_card_front").public_fields()["name"]["value"] == ""
    assert ex.extract(_front("赵然怡"), "id_card_front").public_fields()["name"]["value"] == "赵然怡"
    assert ex.extract(_front("木军丽"), "id_card_front").public_fields()["name"]["value"] == "木军丽"  # (three: kept)
    monkeypatch.setattr(ex, "NAME_NO_SURNAME", False)
    assert ex.extract(_front("然怡"), "id_card_front").public_fields()["name"]["value"] == "然怡"


def test_five_card_characters_without_a_dot_begin_with_a_compound_surname(monkeypatch: pytest.MonkeyPatch) -> None:
    assert ex.extract(_front("姚文雨共办"), "id_card_front").public_fields()["name"]["value"] == ""
    assert ex.extract(_front("欧阳文雨雪"), "id_card_front").public_fields()["name"]["value"] == "欧阳文雨雪"
    assert ex.extract(_front("姚文雨"), "id_card_front").public_fields()["name"]["value"] == "姚文雨"
    # (a Mongolian card prints its holder's name whole without a dot: only a 汉 card's name is held so)
    mongol = [ln if ln.text != "民族汉" else Line("民族蒙古", ln.score, ln.x1, ln.y1, ln.x2 + 60, ln.y2, ln.idx, ())
              for ln in _front("那顺乌日图")]
    assert ex.extract(mongol, "id_card_front").public_fields()["name"]["value"] == "那顺乌日图"
    monkeypatch.setattr(ex, "CARD_FIVE_NEEDS_COMPOUND", False)
    assert ex.extract(_front("姚文雨共办"), "id_card_front").public_fields()["name"]["value"] == "姚文雨共办"  # (main)


def _readings(second_value: str, second_weakest: float) -> tuple[Extraction, Extraction]:
    code = FieldResult("JY13706130624268", 0.99, [10, 10, 200, 40])
    first = Extraction("food_business_license", 1.0, {
        "license_no": code,
        "legal_representative": FieldResult("旧志", 0.5, [10, 50, 80, 80], flagged=True, note=ex.NO_SURNAME,
                                            weakest=0.985)})
    second = Extraction("food_business_license", 1.0, {
        "license_no": code,
        "legal_representative": FieldResult(second_value, 0.96, [10, 50, 80, 80], weakest=second_weakest)})
    return first, second


def test_a_second_reading_less_sure_does_not_replace_the_character(monkeypatch: pytest.MonkeyPatch) -> None:
    first, second = _readings("阳志", 0.9586)  # ae_0013's softened re-read
    assert not reader.fill_blank_fields(first, second, np.eye(3))
    assert first.fields["legal_representative"].public()["value"] == ""
    first, second = _readings("田志", 0.999)  # a surer reading fills
    assert reader.fill_blank_fields(first, second, np.eye(3))
    assert first.fields["legal_representative"].value == "田志"
    monkeypatch.setattr(reader, "FILL_SURNAME_SURER", False)
    first, second = _readings("阳志", 0.9586)
    assert reader.fill_blank_fields(first, second, np.eye(3))  # (main: filled, wrong)


SCOPE_CUT = ("一般项目:图文设计制作;摄影扩印许可项目:出版物零售。(依法须经批准的项目,经相关部门批准后方可开展经营活动,"
             "具体经营项目以相关部门批准文件或许可证件为准)")
SCOPE_WHOLE = ("一般项目:图文设计制作;摄影扩印服务。(除依法须经批准的项目外,凭营业执照依法自主开展经营活动)许可项目:出版物零售。"
               "(依法须经批准的项目,经相关部门批准后方可开展经营活动,具体经营项目以相关部门批准文件或许可证件为准)")


def test_a_permit_header_glued_to_a_general_item_lost_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    assert ex._part_unclosed(SCOPE_CUT) and not ex._part_unclosed(SCOPE_WHOLE)
    assert not ex._part_unclosed("装卸搬运许可项目:食品销售")  # (no 一般项目 header: ZZ prints such lists)
    assert not ex._part_unclosed("一般项目:装卸搬运;许可项目:食品销售")
    got = ex.extract(_business("杜建华", SCOPE_CUT), "business_license").public_fields()["business_scope"]
    assert got["value"] == "" and got["reason"] == "wrapped_row_incomplete"
    monkeypatch.setattr(ex, "SCOPE_PART_CLOSED", False)
    assert ex.extract(_business("杜建华", SCOPE_CUT), "business_license").public_fields()["business_scope"]["value"] \
        == SCOPE_CUT  # (main: pre-filled without the rows it lost)


def test_an_address_ending_in_an_estate_after_its_house_number_was_cut(monkeypatch: pytest.MonkeyPatch) -> None:
    cut, whole = "山东省济南市历下区和平路1112号佳美小区", "山东省济南市历下区和平路1112号佳美小区13幢106室"
    got = ex.extract(_business("杜建华", address=cut), "business_license").public_fields()["address"]
    assert got["value"] == "" and got["reason"] == "wrapped_row_incomplete"
    assert ex.extract(_business("杜建华", address=whole), "business_license").public_fields()["address"]["value"] == whole
    monkeypatch.setattr(ex, "ESTATE_END_CUT", False)
    assert ex.extract(_business("杜建华", address=cut), "business_license").public_fields()["address"]["value"] == cut


def _food_name_line(xs: tuple[float, ...]) -> Line:
    # ae_0043's reading: `长沙穗医疗器械有限公司`, 长 at 0.77 (上 second) settled by the place list, 金 washed out
    # between 沙 and 穗 (a step of 36 px where the others are 13–18; drawn here at this row's size)
    text = "长沙穗医疗器械有限公司"
    chars = ((0.769, "上", 0.197), (0.911, "洲", 0.069)) + ((0.995, "", 0.0),) * (len(text) - 2)
    return Line(text, 0.969, 594, 556, 976, 602, 0, chars, xs=xs)


def test_a_name_a_place_settled_keeps_its_positions_for_the_gap_check(monkeypatch: pytest.MonkeyPatch) -> None:
    """`extract.NAME_KEEP_XS` (AE ae_0043): the positions kept, the gap a lost character left is seen."""
    gap = tuple(610.0 + 31 * (i + (i >= 2)) for i in range(11))  # (a slot of paper after 沙)
    even = tuple(610.0 + 34 * i for i in range(11))

    def name(xs: tuple[float, ...]) -> dict:
        lines = [ln if ln.text != "烟台博远酒店管理有限公司" else _food_name_line(xs) for ln in _food("郝建华")]
        return ex.extract(lines, "food_business_license").public_fields()["name"]

    assert name(gap)["value"] == ""
    assert name(even)["value"] == "长沙穗医疗器械有限公司"  # (no gap: as read)
    monkeypatch.setattr(ex, "NAME_KEEP_XS", False)
    assert name(gap)["value"] == "长沙穗医疗器械有限公司"  # (main: the positions dropped, pre-filled)
