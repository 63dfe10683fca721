"""Session 38 (wrong4): `kinds.FOOD_NAME_DIVISION` — a 食品经营许可证's 经营者名称 starting one character off
the place its own credit code (registrar, characters 3–8) or 许可证编号 (issuing authority) names, and with no
place name, had that place misread: AF af_0018 read `乌鲁术齐…` for 乌鲁木齐… (术 sure) and main pre-filled it.
The 营业执照's name was held so already (`extract.NAME_DIVISION_CHECK`); the food licence's never was.
`reader.FILL_PLACE_ONE_OFF`: a name held so takes a second reading only when it differs in one character (af_0018's
re-read `…华美画馆` filled it, wrong again). `extract.PLACE_HEAD_ONE_OFF`: any entity name whose head is one inner
character off a place's name of three characters or more (without its ending) and starts with no place."""

from __future__ import annotations

import numpy as np
import pytest

from app.prefill import extract as ex
from app.prefill import kinds, reader
from app.prefill.layout import Line

CODE = "91650102MA7XK3PL22"  # registrar 650102, 乌鲁木齐市天山区


def _line(text: str, x1: float, y1: float, x2: float, y2: float) -> Line:
    return Line(text, 0.99, x1, y1, x2, y2, 0, ())


def _food(name: str, code: str = CODE, number: str = "JY16501020624261") -> list[Line]:
    return [_line("食品经营许可证", 533, 303, 1132, 417), _line("经营者名称", 154, 556, 577, 601),
            _line(name, 594, 556, 594 + 30 * len(name), 602),
            _line("社会信用代码(身份证号码)", 153, 671, 570, 721), _line(code, 584, 674, 915, 721),
            _line("法定代表人(负责人)王建国", 144, 748, 700, 803),
            _line("住所新疆维吾尔自治区乌鲁木齐市天山区和平南路88号", 156, 828, 1420, 887),
            _line("主体业态", 152, 1079, 574, 1117), _line("餐饮服务经营者(小型餐馆)", 592, 1077, 1057, 1124),
            _line("经营项目", 152, 1159, 575, 1196), _line("热食类食品制售", 583, 1151, 819, 1204),
            _line("许可证编号", 152, 1322, 569, 1359), _line(number, 587, 1322, 864, 1362)]


def _name(lines: list[Line]) -> dict:
    return ex.extract(lines, "food_business_license").public_fields()["name"]


def test_a_name_one_character_off_its_registrars_city_is_not_prefilled(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ex, "PLACE_HEAD_ONE_OFF", False)
    got = _name(_food("乌鲁术齐天山区好味餐饮有限公司"))  # af_0018
    assert got["value"] == "" and got["reason"] == "vocabulary"
    monkeypatch.setattr(kinds, "FOOD_NAME_DIVISION", False)
    assert _name(_food("乌鲁术齐天山区好味餐饮有限公司"))["value"] == "乌鲁术齐天山区好味餐饮有限公司"  # (main)


def test_the_licence_number_names_the_division_too(monkeypatch: pytest.MonkeyPatch) -> None:
    # (a 个体 holder's ID number in the code's cell names no registrar: the 许可证编号's authority still does)
    monkeypatch.setattr(ex, "PLACE_HEAD_ONE_OFF", False)
    lines = _food("天小区好味餐馆", code="650102199003083420", number="JY26501020624261")
    assert _name(lines)["value"] == ""
    monkeypatch.setattr(kinds, "FOOD_NAME_DIVISION", False)
    assert _name(lines)["value"] == "天小区好味餐馆"


@pytest.mark.parametrize("name", ["乌鲁木齐天山区好味餐饮有限公司", "天山区好味餐馆", "新疆好味餐饮有限公司",
                                  "好味来餐饮有限公司", "和顺餐饮管理有限公司"])
def test_names_with_their_place_read_or_none_stay(name: str) -> None:
    assert _name(_food(name))["value"] == name


def _readings(second_name: str):  # noqa: ANN202
    number = ex.FieldResult("JY26501022656516", 0.99, [10, 10, 200, 40])
    first = ex.Extraction("food_business_license", 1.0, {
        "license_no": number,
        "name": ex.FieldResult("乌鲁术齐天山区华美面馆", 0.5, [10, 50, 300, 80], flagged=True, note=ex.PLACE_MISREAD)})
    second = ex.Extraction("food_business_license", 1.0, {
        "license_no": number, "name": ex.FieldResult(second_name, 0.97, [10, 50, 300, 80], weakest=0.97)})
    return first, second


def test_a_name_held_for_its_place_takes_a_second_reading_only_one_character_off(monkeypatch: pytest.MonkeyPatch) -> None:
    # (af_0018: held back, then filled from the re-read `…华美画馆`, 画 for 面 — wrong again)
    first, second = _readings("乌鲁木齐天山区华美画馆")
    assert not reader.fill_blank_fields(first, second, np.eye(3))
    assert first.fields["name"].public()["value"] == ""
    first, second = _readings("乌鲁木齐天山区华美面馆")  # (the place's character alone read otherwise)
    assert reader.fill_blank_fields(first, second, np.eye(3))
    assert first.fields["name"].value == "乌鲁木齐天山区华美面馆"
    monkeypatch.setattr(reader, "FILL_PLACE_ONE_OFF", False)
    first, second = _readings("乌鲁木齐天山区华美画馆")
    assert reader.fill_blank_fields(first, second, np.eye(3))  # (main: filled, wrong)


def _health(name: str) -> list[Line]:
    return [_line("卫生许可证", 233, 286, 670, 364), _line("内卫公字(2022)第150102265253号", 314, 388, 622, 418),
            _line("单位名称" + name, 124, 486, 124 + 30 * (4 + len(name)), 535),
            _line("法定代表人(负责人):王建国", 130, 551, 414, 582),
            _line("地址:内蒙古自治区呼和浩特市新城区新华大街78号", 113, 599, 856, 645), _line("许可项目:美容", 127, 662, 305, 697),
            _line("有效期限:自2022年2月1日至2026年1月31日", 128, 720, 564, 753)]


def test_a_name_one_inner_character_off_a_long_place_name_is_not_prefilled(monkeypatch: pytest.MonkeyPatch) -> None:
    # (a 卫生许可证 prints no credit code: the place list alone says `呼和诰特` is no place and no word)
    got = ex.extract(_health("呼和诰特新城区丽人美容店"), "public_health_license").public_fields()["name"]
    assert got["value"] == "" and got["reason"] == "vocabulary"
    for name in ("呼和浩特新城区丽人美容店", "丽人美容店", "新城区丽人美容店"):
        assert ex.extract(_health(name), "public_health_license").public_fields()["name"]["value"] == name
    monkeypatch.setattr(ex, "PLACE_HEAD_ONE_OFF", False)
    got = ex.extract(_health("呼和诰特新城区丽人美容店"), "public_health_license").public_fields()["name"]
    assert got["value"] == "呼和诰特新城区丽人美容店"  # (main)
