"""Session 28 (lead, first sight of ZL): two misread digits no check caught, each against a code the
document prints by law. Drawn pages read through `ocr_files` (the function behind `zongchuang ocr
--json`); each case pre-filled the misread value with its rule switched off (main before it).

- A 食品经营许可证 number names its issuer's GB/T 2260 division in digits 2–7 after `JY`
  (`kinds.JY_REGION_CHECK`): ZL zl_0023 read `JY28501026229857` for JY26501026229857 on a 高拍仪 page
  (850102 names no place).
- A digit inside the city of an address that names its province (`extract._PROVINCE_CITY`): ZL zl_0125
  read `海南省海1市…` for 海口市 on a photocopy; the city check passed over it (it looked at names without
  digits only).
"""

from __future__ import annotations

import re

from app.prefill import extract, kinds
from tests.prefill import test_food_issue_date_below as food
from tests.prefill.test_city_of_province import ROWS, _both, _licence, _read


def _food_rows(number: str) -> list[tuple[str, str]]:
    return [(label, number if label == "许可证编号" else value) for label, value in food.ROWS]


def test_a_food_licence_number_whose_division_code_names_no_place(engine, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(food, "ROWS", _food_rows("JY28501026229857"))
    path = food.licence(tmp_path / "misread.png", ("2028年08月15日", ""), "2023年08月16日")
    on, off = _both(path, monkeypatch, kinds, "JY_REGION_CHECK", "food_business_license")
    assert off["license_no"]["value"] == "JY28501026229857"
    assert on["license_no"]["value"] == "" and on["license_no"]["reason"] == "check_digit"
    assert on["valid_to"]["value"] == "2028-08-15"  # (the rest of the page as before)


def test_a_food_licence_number_with_a_real_division_code_is_read(engine, tmp_path) -> None:
    # 460106: 海口市龙华区 (the drawn licence's own number)
    path = food.licence(tmp_path / "right.png", ("2028年08月15日", ""), "2023年08月16日")
    assert _read(path, "food_business_license")["license_no"]["value"] == "JY24601065146727"


def test_a_digit_inside_the_city_of_an_address(engine, tmp_path, monkeypatch) -> None:
    rows = [r if r[1] != "住所" else (1200, "住所", "海南省海1市龙华区迎宾大道893号") for r in ROWS]
    path = _licence(tmp_path, rows)
    on = _read(path)
    monkeypatch.setattr(extract, "_PROVINCE_CITY", re.compile(  # (as before: digits never looked at)
        r"([\u4e00-\u9fff]{2,3}省|[\u4e00-\u9fff]{2,6}自治区)([^省市区县盟旗路街道号村镇乡\d]{1,9}?(?:市|自治州|盟|地区))"))
    off = _read(path)
    assert off["address"]["value"] == "海南省海1市龙华区迎宾大道893号"
    assert on["address"]["value"] == ""
    assert on["name"]["value"] == "太原百川医疗器械有限公司"
