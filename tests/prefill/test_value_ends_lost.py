"""Session 28 (wrongs): values that lost a head, a tail or a place name, not pre-filled.

ZJ's and ZK's first sights pre-filled `拾万元整` for 壹拾万元整 (zk_0001: 壹 under a usage watermark),
`山西省太京市…` for
太原市 (zk_0032: a chat forward, 原 read 京 at 0.98) and a 食品经营许可证's 有效期至 `2024-06-27` for
2029-06-26 (zk_0089: its own row read `2029年0€月26日`, and the 发证日期 printed under it taken).
Drawn pages read through `ocr_files` (the function behind `zongchuang ocr --json`); each case pre-filled
the wrong value on main (checked by switching the rule off here).
"""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw

from app.services.prefill import ocr_files
from tests.prefill.fonts import SERIF, cjk_font
from tests.prefill.test_certified_copies import A4
from tests.prefill.test_name_lost_character import CODE, INK

ROWS = [(700, "名称", "太原百川医疗器械有限公司"), (800, "类型", "有限责任公司(自然人投资或控股)"),
        (900, "法定代表人", "王子宇"), (1000, "注册资本", "壹拾万元整"), (1100, "成立日期", "2011年05月16日"),
        (1200, "住所", "山西省太原市小店区丰收西路1233号")]


def _licence(tmp_path: Path, rows: list[tuple[int, str, str]]) -> Path:
    """A 营业执照 副本 with its values at x 520 (a space leaves its character's cell empty: a character
    lost under a watermark, a thumb)."""
    sheet = Image.new("RGB", A4, (250, 250, 250))
    d = ImageDraw.Draw(sheet)
    small, font = cjk_font(34), cjk_font(40)
    d.text((200, 200), "统一社会信用代码", font=small, fill=INK)
    d.text((200, 250), CODE, font=small, fill=INK)
    d.text((560, 420), "营业执照", font=cjk_font(130, SERIF), fill=(200, 30, 30))
    for y, label, value in rows:
        d.text((220, y), label, font=font, fill=INK)
        x = 520.0
        for ch in value:
            if ch != " ":
                d.text((x, y), ch, font=font, fill=INK)
            x += font.getlength("中" if ch == " " else ch)
    path = tmp_path / "licence.png"
    cv2.imwrite(str(path), cv2.cvtColor(np.array(sheet), cv2.COLOR_RGB2BGR))
    return path


def _read(path: Path, kind: str = "business_license") -> dict:
    results, failures = ocr_files([path])
    assert not failures and results[0]["kind"] == kind
    return results[0]["fields"]


def _both(path: Path, monkeypatch, module, flag: str, kind: str = "business_license") -> tuple[dict, dict]:
    """The fields with the rule (as shipped) and without it (main before this session)."""
    on = _read(path, kind)
    monkeypatch.setattr(module, flag, False)
    return on, _read(path, kind)


def _with(row: tuple[int, str, str]) -> list[tuple[int, str, str]]:
    return [row if r[0] == row[0] else r for r in ROWS]


def test_an_amount_in_capital_numerals_that_lost_its_first_numeral(engine, tmp_path, monkeypatch) -> None:
    # ZK zk_0001: `拾万元整` for 壹拾万元整 — written amounts put a digit before 拾, 佰, 仟 and 万 (壹拾…)
    from app.prefill import extract

    on, off = _both(_licence(tmp_path, _with((1000, "注册资本", " 拾万元整"))), monkeypatch, extract, "CAPITAL_HEAD")
    assert off["registered_capital"]["value"] == "拾万元整"  # (main: a wrong amount)
    assert on["registered_capital"]["value"] == ""
    assert on["registered_capital"]["reason"] == "doubtful_character"
    assert on["legal_representative"]["value"] == "王子宇"  # (the other values stay)


def test_whole_amounts_are_read(engine, tmp_path) -> None:
    # an amount in words starting with its digit, a city of its province: as printed
    fields = _read(_licence(tmp_path, ROWS))
    assert fields["registered_capital"]["value"] == "壹拾万元整"
    assert fields["address"]["value"] == "山西省太原市小店区丰收西路1233号"


def test_a_city_that_is_none_of_its_provinces(engine, tmp_path, monkeypatch) -> None:
    # ZK zk_0032: `山西省太京市…` for 太原市 — GB/T 2260 names every city of 山西省; 太京市 is none
    from app.prefill import extract

    path = _licence(tmp_path, _with((1200, "住所", "山西省太京市小店区丰收西路1233号")))
    on, off = _both(path, monkeypatch, extract, "CITY_CHECK")
    assert off["address"]["value"] == "山西省太京市小店区丰收西路1233号"
    assert on["address"]["value"] == ""
    assert on["registered_capital"]["value"] == "壹拾万元整"


def _food(tmp_path: Path, valid_to: str) -> Path:
    """A landscape 食品经营许可证 正本 whose right column ends with 有效期至 and, printed under its
    value, the 发证日期 (as ZK's 2015 正本 sets them)."""
    sheet = Image.new("RGB", (2000, 1400), (250, 250, 250))
    d = ImageDraw.Draw(sheet)
    f = cjk_font(32)
    d.text((1000, 180), "食品经营许可证", font=cjk_font(80, SERIF), fill=INK, anchor="mm")
    left = [("经营者名称", "海口天成小吃店"), ("社会信用代码", "924601066LUBFEAG53"), ("法定代表人", "蔡秋永"),
            ("住所", "海南省海口市龙华区中山大道1039号"), ("经营场所", "海南省海口市龙华区中山大道1039号"),
            ("主体业态", "餐饮服务经营者(饮品店)"), ("经营项目", "自制饮品制售")]
    for k, (lab, val) in enumerate(left):
        d.text((120, 340 + 70 * k), lab, font=f, fill=INK)
        d.text((420, 340 + 70 * k), val, font=f, fill=INK)
    right = [("许可证编号", "JY24601064385597"), ("投诉举报电话", "12315"), ("发证机关", ""), ("签发人", "袁霞")]
    for k, (lab, val) in enumerate(right):
        d.text((1250, 340 + 70 * k), lab, font=f, fill=INK)
        d.text((1500, 340 + 70 * k), val, font=f, fill=INK)
    d.text((1250, 1000), "有效期至", font=f, fill=INK)
    d.text((1400, 1000), valid_to, font=f, fill=INK)
    d.text((1450, 1080), "2024年06月27日", font=f, fill=INK)
    path = tmp_path / "food.png"
    cv2.imwrite(str(path), cv2.cvtColor(np.array(sheet), cv2.COLOR_RGB2BGR))
    return path


def test_a_permits_end_date_misread_is_not_taken_from_the_row_under_it(engine, tmp_path, monkeypatch) -> None:
    # ZK zk_0089: the 有效期至 row read `2029年0€月26日` (no date), and the rows' join found the 发证日期
    # `2024年06月27日` printed under it — another field's date. The row's own date is blank now, or read
    # when its doubtful character's runner-up makes the date five years after the 发证日期 (the zk_0089
    # photo's € has 6 second; the € printed here may not)
    from app.prefill import kinds

    on, off = _both(_food(tmp_path, "2029年0€月26日"), monkeypatch, kinds, "DATE_OWN_ROW", "food_business_license")
    assert off["valid_to"]["value"] == "2024-06-27"
    assert on["valid_to"]["value"] in ("", "2029-06-26")
    assert on["name"]["value"] == "海口天成小吃店"
    fields = _read(_food(tmp_path, "2029年06月26日"), "food_business_license")
    assert fields["valid_to"]["value"] == "2029-06-26"


def _food_lines(sign_alt: str) -> list:
    """zk_0089's page as the recogniser read it (a scanner app's capture of a 2015 正本 in two
    columns): the 有效期至 row `2029年0€月26日`, € at 0.89 with `sign_alt` second, the 发证日期 under it."""
    from tests.prefill.pages import recognised as line

    out = [line("食品经营许可证", 540, 210, 882, 266)]
    left = [("经营者名称", "海口天成小吃店"), ("社会信用代码", "924601066LUBFEAG53"), ("法定代表人", "蔡秋永"),
            ("住所", "海南省海口市龙华区中山大道1039弄44号1158室"), ("主体业态", "餐饮服务经营者(饮品店)"),
            ("经营项目", "自制饮品制售")]
    for k, (lab, val) in enumerate(left):
        y = 350 + 45 * k
        out += [line(lab, 100, y, 100 + 20 * len(lab), y + 25), line(val, 253, y, 253 + 20 * len(val), y + 25)]
    right = [("许可证编号", "JY24601064385597"), ("投诉举报电话", "12315"), ("签发人", "袁霞")]
    for k, (lab, val) in enumerate(right):
        y = 350 + 45 * k
        out += [line(lab, 805, y, 805 + 20 * len(lab), y + 25), line(val, 995, y, 995 + 12 * len(val), y + 25)]
    return out + [line("有效期至2029年0€月26日", 928, 837, 1147, 866, {10: (0.89, sign_alt, 0.11)}),
                  line("2024年06月27日", 1053, 896, 1182, 920)]


def test_a_permits_end_date_settled_by_its_digit_and_the_issue_date() -> None:
    # the € of zk_0089's row has 6 second: only that choice makes a date, and 2029-06-26 is the day
    # before five years after the 发证日期 printed under it — read. A runner-up making another date
    # (8: 2029-08-26) that no date on the page vouches for stays blank (main: blank both ways here)
    from app.prefill.extract import extract
    from app.prefill.layout import to_lines

    def valid_to(alt: str) -> str:
        return extract(to_lines(_food_lines(alt))).fields["valid_to"].public()["value"]

    assert valid_to("6") == "2029-06-26"
    assert valid_to("8") == ""
