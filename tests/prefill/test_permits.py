"""卫生许可证 and 食品经营许可证 failure cases (issue 15), on Pillow-drawn pages read through the CLI's service.

Each page is drawn with a system CJK font the way such permits are printed (labels with a colon in
a wide label column, values at one x; `有效期限：自…起至…止`; an address ending in a flat's number),
written to a file and read by `app.services.prefill.ocr_files` — the function behind `zongchuang
ocr --json` — so decode, flatten, OCR, classify and extract all run. Vocabulary rules that need a
particular misreading are rebuilt as OCR lines (as in `test_read_failures`).
"""

from __future__ import annotations

import re
from pathlib import Path

from PIL import Image, ImageDraw

from app.prefill.engine import TextLine
from app.prefill.extract import REASONS, extract
from app.prefill.layout import to_lines
from tests.prefill.fonts import SERIF, cjk_font
from tests.prefill.pages import read_file as read
from tests.prefill.pages import recognised as line


def draw_permit(path: Path, title: str, rows: list[tuple[str, str]], *, value_x: int = 330, colon: str = "：",
                size: int = 30, pitch: int = 66, top_lines: tuple[str, ...] = ()) -> Path:
    """A portrait permit: title, optional lines under it, then `label：` at the left margin and each
    value starting at `value_x` (a value may hold `\\n` for its wrapped rows, set at the value's x)."""
    page = Image.new("RGB", (1240, 1754), "white")
    d = ImageDraw.Draw(page)
    big, f = cjk_font(2 * size + 10, SERIF), cjk_font(size, SERIF)
    d.text((620, 180), title, fill="black", font=big, anchor="mm")
    y = 290
    for t in top_lines:
        d.text((620, y), t, fill="black", font=f, anchor="mm")
        y += pitch
    y += 40
    for label, value in rows:
        d.text((110, y), label + colon, fill="black", font=f)
        for k, part in enumerate(value.split("\n")):
            d.text((value_x, y + k * int(1.4 * size)), part, fill="black", font=f)
        y += pitch + int(1.4 * size) * value.count("\n")
    d.text((760, 1450), "发证机关：", fill="black", font=f)
    d.text((760, 1520), "2021年11月24日", fill="black", font=f)
    page.save(path)
    return path


def assert_no_wrong_prefill(out: dict, truth: dict[str, str]) -> None:
    for key, want in truth.items():
        f = out["fields"][key]
        if f["value"]:
            assert f["value"] == want, (key, f["value"], want)
        else:
            assert f["reason"] in REASONS, (key, f)


FOOD_ROWS = [("经营者名称", "青禾文化传媒(济南)有限公司"), ("社会信用代码", "91370102767QJT0E64"),
             ("法定代表人(负责人)", "江秀诗"), ("住所", "山东省济南市历下区经十路326号13号楼2802室"),
             ("经营场所", "山东省济南市历下区解放路971号6层X126室"), ("主体业态", "餐饮服务经营者(糕点店)"),
             ("经营项目", "自制饮品制售;散装食品(不含冷藏冷冻食品)销售"), ("许可证编号", "JY23701026110576"),
             ("日常监督管理机构", "历下区市场监督管理所"), ("投诉举报电话", "12315"), ("有效期至", "2026年01月18日")]


def test_food_licence_colon_labels_and_a_wide_label_column(engine, tmp_path) -> None:
    # `住所:` — the colon read in the label's box was taken for the start of the value, so every
    # value seemed to start late (a lost first character) and was blanked
    out = read(draw_permit(tmp_path / "food.png", "食品经营许可证", FOOD_ROWS, colon=":"))
    assert out["kind"] == "food_business_license"
    want = {"name": "青禾文化传媒(济南)有限公司", "address": "山东省济南市历下区经十路326号13号楼2802室",
            "premises_address": "山东省济南市历下区解放路971号6层X126室", "business_form": "餐饮服务经营者(糕点店)",
            "valid_to": "2026-01-18", "license_no": "JY23701026110576"}
    assert_no_wrong_prefill(out, want)
    for key, value in want.items():
        assert out["fields"][key]["value"] == value, key


HEALTH_ROWS = [("单位名称", "天津锦程文化传媒有限公司"), ("法定代表人", "胡一英"),
               ("地址", "上海市徐汇区漕溪北路618号丽都花园7栋4单元802"), ("许可项目", "沐浴、美容店、歌舞厅"),
               ("有效期限", "自2021年12月02日起至2025年12月01日止")]


def test_health_licence_period_with_qi_and_zhi_and_a_flat_number_address(engine, tmp_path) -> None:
    # 自…起至…止 was no period; an address ending in a flat's number (…4单元802) was taken for one
    # that lost its end
    out = read(draw_permit(tmp_path / "health.png", "卫生许可证", HEALTH_ROWS, value_x=300,
                           top_lines=("津卫公字(2021)第120104559934号",)))
    assert out["kind"] == "public_health_license"
    f = out["fields"]
    assert (f["valid_from"]["value"], f["valid_to"]["value"]) == ("2021-12-02", "2025-12-01")
    assert f["address"]["value"] == "上海市徐汇区漕溪北路618号丽都花园7栋4单元802"


def test_health_address_wrapping_inside_its_house_number_under_a_wide_title(engine, tmp_path) -> None:
    # `…14号楼1` / `404室`: the first row runs to the value column's edge; the title in large print
    # reaching further right is not the column's edge (the second row was taken for another field's)
    rows = [("单位名称", "北京市慧联启明建筑工程有限公司"), ("法定代表人", "胡一英"),
            ("地址", "北京市海淀区中关村大街2972弄14号楼1\n404室"), ("许可项目", "美容店"),
            ("有效期限", "自2022年11月16日起至2026年11月15日止")]
    out = read(draw_permit(tmp_path / "wrap.png", "公共场所卫生许可证", rows, top_lines=("京海卫公字(2022)第110108419832号",)))
    assert out["kind"] == "public_health_license"
    assert out["fields"]["address"]["value"] == "北京市海淀区中关村大街2972弄14号楼1404室"
    assert out["fields"]["name"]["value"] == "北京市慧联启明建筑工程有限公司"


def test_health_address_stopping_at_a_street_name_is_not_prefilled(engine, tmp_path) -> None:
    # glare over the house number: the value read ends at 文三路
    rows = [r if r[0] != "地址" else ("地址", "浙江省杭州市西湖区文三路") for r in HEALTH_ROWS]
    out = read(draw_permit(tmp_path / "street.png", "卫生许可证", rows, colon="", value_x=280,
                           top_lines=("浙卫公字(2023)第330106365460号",)))
    assert out["kind"] == "public_health_license"
    assert out["fields"]["address"]["value"] == ""
    assert out["fields"]["address"]["reason"] == "wrapped_row_incomplete"


def _food_lines(form: str, form_doubt: dict, items: str, items_doubt: dict) -> list[TextLine]:
    rows = [("经营者名称:", "金水区森泽烘焙店", {}), ("社会信用代码:", "91370102767QJT0E64", {}), ("住所:", "河南省郑州市金水区花园路1183号", {}),
            ("主体业态:", form, form_doubt), ("经营项目:", items, items_doubt), ("许可证编号:", "JY23701026110576", {})]
    out = [line("食品经营许可证", 300, 100, 700, 150)]
    for k, (lab, val, doubt) in enumerate(rows):
        y = 220 + 50 * k
        out += [line(lab, 100, y, 100 + 30 * len(lab), y + 30), line(val, 360, y, 360 + 30 * len(val), y + 30, doubt)]
    return out


def test_food_form_and_items_settle_a_doubtful_character_by_their_vocabulary() -> None:
    # 营 read as 管 (营 second), 糕 read as 棋 (糕 second): the 审查通则's words decide
    lines = _food_lines("食品销售经管者(网络食品销售商)", {5: (0.93, "营", 0.07)},
                        "棋点类食品制售;热食类食品制售", {0: (0.49, "糕", 0.31)})
    f = extract(to_lines(lines)).fields
    assert f["business_form"].public()["value"] == "食品销售经营者(网络食品销售商)"
    assert f["business_items"].public()["value"] == "糕点类食品制售;热食类食品制售"
    # a kind of premises the 通则 does not name is free text: a doubtful character there blanks it
    lines = _food_lines("餐饮服务经营者(农家乐)", {9: (0.6, "宋", 0.3)}, "热食类食品制售", {})
    f = extract(to_lines(lines)).fields
    assert f["business_form"].public()["value"] == "" and f["business_form"].reason == "doubtful_character"


def _health_lines(no: str, items: str, items_doubt: dict) -> list[TextLine]:
    out = [line("卫生许可证", 300, 100, 600, 150), line(no, 250, 180, 250 + 24 * len(no), 210)]
    # (the term starts in the year the number carries, as a licence's does: a number one digit off its
    # term's start year is a misread, extract.HEALTH_NO_YEAR)
    m = re.search(r"[(\[（〔|](\d{4})", no)
    y = int(m.group(1)) if m and 1987 <= int(m.group(1)) <= 2100 else 2021
    rows = [("单位名称", "历下区华晟美容店", {}), ("法定代表人(负责人)", "袁兰嘉", {}),
            ("地址", "山东省济南市历下区解放路1876号3层693室", {}), ("许可项目", items, items_doubt),
            ("有效期限", f"自{y}年07月25日至{y + 4}年07月24日", {})]
    for k, (lab, val, doubt) in enumerate(rows):
        y = 260 + 50 * k
        out += [line(lab, 100, y, 100 + 30 * len(lab), y + 30), line(val, 420, y, 420 + 30 * len(val), y + 30, doubt)]
    return out


def test_health_items_settle_a_doubtful_character_and_the_number_keeps_its_issuer() -> None:
    # 览 read as 觉 (览 second): the kinds of premises decide; an issuer of three characters
    # (沪徐汇) was cut to two, and a label glued before the number was taken into it
    f = extract(to_lines(_health_lines("编号:沪徐汇卫公字(2021)第370102838027号", "展觉馆、美容",
                                       {1: (0.71, "览", 0.26)}))).fields
    assert f["license_items"].public()["value"] == "展览馆、美容"
    assert f["license_no"].public()["value"] == "沪徐汇卫公字〔2021〕第370102838027号"
    f = extract(to_lines(_health_lines("许可证编号沪卫公字(2021)第5697号", "展览馆", {}))).fields
    assert f["license_no"].public()["value"] == "沪卫公字〔2021〕第5697号"


def test_permit_periods_cross_check_their_legal_terms() -> None:
    # a doubtful digit in a 卫生许可证 period of exactly four years is no doubt (the law's term);
    # in a period of another length it stays doubtful
    period = "自2021年07月25日至2025年07月24日"
    lines = _health_lines("鲁卫公字(2021)第370102838027号", "展览馆", {})
    lines[-1] = line(period, 420, 460, 420 + 30 * len(period), 490, {9: (0.6, "8", 0.3)})
    f = extract(to_lines(lines)).fields
    assert (f["valid_from"].public()["value"], f["valid_to"].public()["value"]) == ("2021-07-25", "2025-07-24")
    period = "自2021年07月25日至2026年07月24日"
    lines[-1] = line(period, 420, 460, 420 + 30 * len(period), 490, {9: (0.6, "8", 0.3)})
    f = extract(to_lines(lines)).fields
    assert f["valid_from"].public()["value"] == "" and f["valid_from"].reason == "doubtful_character"
    # a 食品经营许可证 ends five years after its issue date printed on the page
    lines = _food_lines("单位食堂(学校食堂)", {}, "热食类食品制售", {})
    lines += [line("有效期至:", 100, 520, 250, 550), line("2026年01月04日", 360, 520, 600, 550, {3: (0.6, "8", 0.3)}),
              line("2021年01月05日", 700, 700, 940, 730)]
    f = extract(to_lines(lines)).fields
    assert f["valid_to"].public()["value"] == "2026-01-04"
    assert f["business_form"].public()["value"] == "单位食堂(学校食堂)"
    lines[-1] = line("2021年03月05日", 700, 700, 940, 730)
    assert extract(to_lines(lines)).fields["valid_to"].public()["value"] == ""


def test_permit_name_does_not_take_the_next_value_whose_label_was_lost() -> None:
    # 法定代表人 lost to glare: its value, under a short complete name, is not the name's second row
    lines = [ln for ln in _health_lines("鲁卫公字(2021)第370102838027号", "展览馆", {}) if ln.text != "法定代表人(负责人)"]
    f = extract(to_lines(lines)).fields
    assert f["name"].public()["value"] == "历下区华晟美容店"


def test_permit_address_does_not_run_into_the_next_value_whose_label_was_lost() -> None:
    # 许可项目 lost to glare: its value under a short address row is no wrap of the address
    # (under an address row ending in its room, and under a short address row)
    lines = [ln for ln in _health_lines("鲁卫公字(2021)第370102838027号", "沐浴、美容店、歌舞厅", {}) if ln.text != "许可项目"]
    f = extract(to_lines(lines)).fields
    assert f["address"].public()["value"] == "" and f["address"].reason == "wrapped_row_incomplete"
    short = "山东省济南市历下区解放路1876号"
    lines = [ln if not ln.text.startswith("山东") else line(short, 420, ln.bbox[1], 420 + 30 * len(short), ln.bbox[3])
             for ln in lines]
    f = extract(to_lines(lines)).fields
    assert f["address"].public()["value"] == "" and f["address"].reason == "wrapped_row_incomplete"


def test_item_lists_do_not_run_into_the_next_value_whose_label_was_lost() -> None:
    # 投诉举报电话 lost: its number under a short 经营项目 row is no row of the list
    lines = [ln if ln.text != "JY23701026110576" else line("12315", 360, ln.bbox[1], 435, ln.bbox[3])
             for ln in _food_lines("单位食堂(学校食堂)", {}, "热食类食品制售", {}) if ln.text != "许可证编号:"]
    f = extract(to_lines(lines)).fields
    assert f["business_items"].public()["value"] == "" and f["business_items"].reason == "wrapped_row_incomplete"
    # 有效期限 lost: its period under a short 许可项目 row
    lines = [ln for ln in _health_lines("鲁卫公字(2021)第370102838027号", "美容", {}) if ln.text != "有效期限"]
    f = extract(to_lines(lines)).fields
    assert f["license_items"].public()["value"] == ""


def test_print_far_taller_than_a_row_is_not_glued_onto_its_value(engine, tmp_path) -> None:
    # a landscape 正本: the title in large type stands level with the first rows of the left column,
    # just right of the operator's name; a seal's word in large print straddles the 负责人 row — the
    # name was returned as `…有限公司食品经营许可证`, the person as `司马瑾泉馆`
    page = Image.new("RGB", (1600, 1000), "white")
    d = ImageDraw.Draw(page)
    f, big = cjk_font(24, SERIF), cjk_font(64, SERIF)
    rows = [("经营者名称:", "益阳蓝鲸餐厅有限公司"), ("社会信用代码:", "91430902MAP5C7984U"), ("法定代表人(负责人):", "司马瑾"),
            ("住所:", "益阳市资阳区银河西路80号一层106商铺"), ("经营场所:", "益阳市资阳区银河西路80号一层106商铺"),
            ("主体业态:", "餐饮服务经营者(小餐饮)"), ("经营项目:", "热食类食品制售"), ("许可证编号:", "JY24309022400866")]
    y = 250
    for label, value in rows:
        d.text((60, y), label + value, fill="black", font=f)
        y += 50
    d.text((445, 225), "食品经营许可证", fill="black", font=big)  # level with the name row, right of it
    d.text((400, 325), "泉馆", fill="black", font=big)  # over the 负责人 row, right of the name
    d.text((1000, 800), "有效期至2030年10月27日", fill="black", font=f)
    d.text((1000, 860), "2025年10月28日", fill="black", font=f)
    path = tmp_path / "zheng.png"
    page.save(path)
    out = read(path)
    assert out["kind"] == "food_business_license"
    assert out["fields"]["name"]["value"] == "益阳蓝鲸餐厅有限公司"
    assert out["fields"]["legal_representative"]["value"] == "司马瑾"


def test_permit_values_cut_short_are_blank_and_a_dotted_name_is_a_name() -> None:
    # the page's right edge cut `…(车站工业园内17号厂房)` before its closing bracket, and the
    # 经营项目's first row was taken into the 主体业态 row (the list read from its second row,
    # `(不含冷藏冷冻食品)销售`); a transliterated name with its middle dot is a name
    lines = _food_lines("餐饮服务经营者(中型餐馆)", {}, "(不含冷藏冷冻食品)销售", {})
    lines[6] = line("江西省抚州市文化路316号(车站工业园内17号厂房", 360, 320, 1080, 350)
    lines += [line("法定代表人(负责人):", 100, 580, 370, 610), line("古丽娜尔·吐尔逊", 400, 580, 640, 610)]
    f = extract(to_lines(lines)).fields
    assert f["address"].public()["value"] == "" and f["address"].reason == "format"
    assert f["business_items"].public()["value"] == "" and f["business_items"].reason == "wrapped_row_incomplete"
    assert f["legal_representative"].public()["value"] == "古丽娜尔·吐尔逊"
    # the same in a 卫生许可证, and a person's name that runs into other words is no name
    lines = _health_lines("鲁卫公字(2021)第370102838027号", "美容", {})
    lines[5] = line("袁兰嘉美容店工作室", 420, 310, 690, 340)
    lines[7] = line("山东省济南市历下区解放路1876号(华晟大厦", 420, 360, 1000, 390)
    f = extract(to_lines(lines)).fields
    assert f["address"].public()["value"] == "" and f["address"].reason == "format"
    assert f["legal_representative"].public()["value"] == "" and f["legal_representative"].reason == "vocabulary"


def test_food_operator_name_settles_a_doubtful_character_by_trade_words() -> None:
    # 焙 read as 培 (焙 second): 烘焙 is a food trade's word; a doubt no word settles stays doubtful
    lines = _food_lines("餐饮服务经营者(糕点店)", {}, "糕点类食品制售", {})
    lines[2] = line("金水区森泽烘培坊", 360, 220, 600, 250, {6: (0.84, "焙", 0.15)})
    f = extract(to_lines(lines)).fields
    assert f["name"].public()["value"] == "金水区森泽烘焙坊"
    lines[2] = line("温州晟秦膳食管理有限公司", 360, 220, 720, 250, {3: (0.78, "泰", 0.22)})
    assert extract(to_lines(lines)).fields["name"].public()["value"] == ""


def test_health_number_issuer_starts_with_a_province_abbreviation() -> None:
    # 湘 read with 浦 as a close second: only 湘 is a province's abbreviation, so the issuer is sure;
    # a number whose issuer starts with no province's abbreviation is a misread one
    f = extract(to_lines(_health_lines("湘卫公证字(2026)第31224309号", "美容", {0: (0.72, "浦", 0.19)}))).fields
    assert f["license_no"].public()["value"] == "湘卫公证字〔2026〕第31224309号"
    f = extract(to_lines(_health_lines("浦卫公证字(2026)第31224309号", "美容", {0: (0.72, "湘", 0.19)}))).fields
    assert f["license_no"].public()["value"] == ""
    f = extract(to_lines(_health_lines("丑卫公证字(2026)第31224309号", "美容", {}))).fields
    assert f["license_no"].public()["value"] == ""


def test_health_number_of_a_county_issuer_names_a_place_on_the_page() -> None:
    # a county or city prints its own place's abbreviation (永卫公证字 by 永顺县): accepted when that
    # place is printed elsewhere on the page (address, 发证机关), whatever bracket holds the year; it
    # was `doubtful_character` on every county licence. A misread issuer (水 for 永) names no place
    # on the page, and a year before the 1987 regulations is a misread digit: both stay blank
    def county(no: str, doubt: dict | None = None) -> str:
        raw = _health_lines(no, "美容", {})
        raw[1] = line(no, 250, 180, 250 + 24 * len(no), 210, doubt)
        raw = [line("湖南省永顺县红星乡长岭村一队", 420, 360, 840, 390) if t.text.startswith("山东省") else t
               for t in raw]
        return extract(to_lines(raw)).fields["license_no"].public()["value"]

    for printed in ("永卫公证字(2024)第0342号", "永卫公证字[2024]第0342号", "永卫公证字〔2024〕第0342号"):
        assert county(printed) == "永卫公证字〔2024〕第0342号", printed
    assert county("永顺卫公字(2024)第0342号") == "永顺卫公字〔2024〕第0342号"
    assert county("水卫公证字(2024)第0342号") == ""
    assert county("水卫公证字(2024)第0342号", {0: (0.9, "永", 0.08)}) == ""
    assert county("永卫公证字(1985)第0342号") == ""
    assert county("永卫公证字(2024)第03A2号") == ""


def test_health_number_without_its_word_and_with_a_district_code() -> None:
    # some issuers print no 字 before the year and number within a district, its code first
    # (浙卫公（2025）第330106-88407号): it was `label_not_found`. Without the year's brackets the
    # text is no number; a hyphen anywhere but after the district's six digits is a misread
    f = extract(to_lines(_health_lines("浙卫公（2025）第330106-88407号", "展览馆", {}))).fields
    assert f["license_no"].public()["value"] == "浙卫公〔2025〕第330106-88407号"
    f = extract(to_lines(_health_lines("浙卫公（2025）第330106一88407号", "展览馆", {}))).fields  # 一 read for -
    assert f["license_no"].public()["value"] == "浙卫公〔2025〕第330106-88407号"
    f = extract(to_lines(_health_lines("浙卫公2025第330106-88407号", "展览馆", {}))).fields
    assert f["license_no"].public()["value"] == ""
    f = extract(to_lines(_health_lines("浙卫公字(2025)第33010-688407号", "展览馆", {}))).fields
    assert f["license_no"].public()["value"] == ""


def test_health_item_with_its_other_name_in_brackets() -> None:
    # the 条例 prints 游泳场（馆）, 录像厅（室）: a kind with its other name in brackets is one item
    # (`游泳场所（馆）` was `unknown item`); a bracket that names no premises stays unknown
    for items in ("理发店、美容店、沐浴场所、足浴、公共浴室、游泳场所(馆)", "录像厅(室)、游艺厅(室)"):
        f = extract(to_lines(_health_lines("苏卫公证字(2026)第320505042125号", items, {}))).fields
        assert f["license_items"].public()["value"] == items
    f = extract(to_lines(_health_lines("苏卫公证字(2026)第320505042125号", "游泳场所(库)", {}))).fields
    assert f["license_items"].public()["value"] == ""


def test_food_validity_printed_as_a_whole_period_or_in_chinese_numerals() -> None:
    # a form labelled 有效期限 that prints the whole period gave its first date as the end of the
    # licence (a wrong pre-fill); a date in Chinese numerals was `not a date`
    def valid_to(label: str, value: str) -> str:
        lines = _food_lines("单位食堂(学校食堂)", {}, "热食类食品制售", {})
        lines += [line(label, 100, 520, 100 + 30 * len(label), 550), line(value, 360, 520, 360 + 24 * len(value), 550)]
        return extract(to_lines(lines)).fields["valid_to"].public()["value"]

    assert valid_to("有效期限:", "自2025年10月27日至2030年10月26日") == "2030-10-26"
    assert valid_to("有效期限:", "2025.10.27-2030.10.26") == "2030-10-26"
    assert valid_to("有效期至:", "二〇三〇年十月二十六日") == "2030-10-26"
    assert valid_to("有效期至:", "二〇三〇年十三月二十六日") == ""  # no such month
    assert valid_to("有效期限:", "自2025年10月27日至长期") == ""


def test_health_period_in_chinese_numerals() -> None:
    lines = _health_lines("鲁卫公字(2021)第370102838027号", "展览馆", {})
    period = "自二〇二一年七月二十五日起至二〇二五年七月二十四日止"
    lines[-1] = line(period, 420, 460, 420 + 30 * len(period), 490)
    f = extract(to_lines(lines)).fields
    assert (f["valid_from"].public()["value"], f["valid_to"].public()["value"]) == ("2021-07-25", "2025-07-24")


def test_health_number_with_a_four_digit_district_code_or_the_code_before_its_serial() -> None:
    # within the province its issuer names, a district's code is printed by its last four digits
    # (浙卫公证字〔2022〕第0782-29882号: 0782 of 330782), or its six digits stand before 第
    # (桂卫公许字〔2026〕450103第7840号): both were `format` (V: 5 of 15 卫生许可证 numbers blank).
    # A hyphen after three or five digits, or a code of another length before 第, stays no number
    for printed, want in (("浙卫公证字(2022)第0782-29882号", "浙卫公证字〔2022〕第0782-29882号"),
                          ("浙卫公证字(2022)第0782一29882号", "浙卫公证字〔2022〕第0782-29882号"),
                          ("桂卫公许字（2026）450103第7840号", "桂卫公许字〔2026〕450103第7840号"),
                          ("浙卫公证字(2022)第078-29882号", ""), ("浙卫公证字(2022)第07821-29882号", ""),
                          ("桂卫公许字（2026）4501第7840号", "")):
        f = extract(to_lines(_health_lines(printed, "展览馆", {}))).fields
        assert f["license_no"].public()["value"] == want, printed


def test_health_address_ending_in_a_shop_room_with_its_part_number() -> None:
    # a shop's room on a floor split into parts is printed bare (…中心大厦1层453-1: room 453 of floor
    # 1, part 1), as a flat's number after its building is: it was `address ends abruptly` (W: 2 of
    # 15 卫生许可证 addresses, 5 of 50 营业执照 住所 blank). A street number with a sub-number
    # (…解放路19-6, its 号 lost) and a floor with no room (…1层4-1) still lost their end
    def address(addr: str) -> str:
        raw = _health_lines("鲁卫公字(2021)第5697号", "美容", {})
        raw = [line(addr, 420, 360, 420 + 30 * len(addr), 390) if t.text.startswith("山东省") else t for t in raw]
        return extract(to_lines(raw)).fields["address"].public()["value"]

    assert address("山东省济南市历下区解放路1876号中心大厦1层453-1") == "山东省济南市历下区解放路1876号中心大厦1层453-1"
    assert address("山东省济南市历下区解放路19-6") == ""
    assert address("山东省济南市历下区解放路1876号中心大厦1层4-1") == ""


def test_food_items_ending_in_the_online_sales_note_are_known(monkeypatch) -> None:  # noqa: ANN001
    # (ZA: `…生食类食品制售。（网络经营）`, the list's full stop and the 网络经营 note after its items,
    # was blanked as an unknown item); a note of anything else stays unknown
    from app.prefill import kinds

    items = "热食类食品制售;糕点类食品制售(不含裱花蛋糕);生食类食品制售。(网络经营)"
    lines = _food_lines("餐饮服务经营者(小型餐馆)", {}, items, {})
    assert extract(to_lines(lines)).fields["business_items"].public()["value"] == items
    lines = _food_lines("餐饮服务经营者(小型餐馆)", {}, "热食类食品制售。(网络销售店)", {})
    assert extract(to_lines(lines)).fields["business_items"].public()["value"] == ""
    monkeypatch.setattr(kinds, "ONLINE_NOTE_END", False)
    lines = _food_lines("餐饮服务经营者(小型餐馆)", {}, items, {})
    assert extract(to_lines(lines)).fields["business_items"].public()["value"] == ""  # (as before)
