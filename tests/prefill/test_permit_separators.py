"""Permits as they print their lists, numbers and suites (issue 15, session 17 round 2, families P
and Q at first sight):

- a 卫生许可证 whose 许可项目 are parted by ， (歌舞厅，影剧院) was pre-filled with 、 — a wrong value:
  the separator is kept when every one between items is a comma the recogniser is sure of;
- a licence number's square brackets read as bars (陕卫公字|2026|第…号, the bars' runner-up the
  bracket) were blanked as `format`;
- a 住所 / 经营场所 ending in a suite on a floor (…5层36单元, …大厦1001单元) was blanked as
  `wrapped_row_incomplete` — a building's stair unit (…3栋2单元) still is.

Pages are drawn with Pillow and read through the CLI's service, or — where a recogniser's
particular misreading is the case — built as recognised lines and extracted as it hands them over.
"""

from __future__ import annotations

from app.prefill.extract import extract
from app.prefill.layout import to_lines
from tests.prefill.pages import read_file as read
from tests.prefill.pages import recognised as line
from tests.prefill.test_food_health_layouts import HEALTH, draw_justified
from tests.prefill.test_permit_prints import OLD_FU


def test_health_items_parted_by_commas_keep_their_commas(engine, tmp_path) -> None:
    for items in ("歌舞厅，影剧院", "歌舞厅、影剧院"):
        rows = [(lab, items if lab == "许可项目" else v) for lab, v in HEALTH]
        out = read(draw_justified(tmp_path / "health.png", "卫生许可证", rows, column=200))
        assert out["kind"] == "public_health_license"
        assert out["fields"]["license_items"]["value"] == items, items


def _health(no: str, no_doubt: dict, items: str, items_doubt: dict) -> list:
    out = [line("卫生许可证", 300, 100, 600, 150), line(no, 250, 180, 250 + 25 * len(no), 210, no_doubt)]
    rows = [("单位名称", "西安嘉禾游泳服务有限公司", {}), ("法定代表人", "李梓华", {}),
            ("地址", "西安市雁塔区人民路779号", {}), ("许可项目", items, items_doubt),
            ("有效期限", "自2022年12月04日至2026年12月03日", {})]
    for k, (lab, val, d) in enumerate(rows):
        y = 260 + 50 * k
        out += [line(lab, 100, y, 100 + 30 * len(lab), y + 30), line(val, 420, y, 420 + 30 * len(val), y + 30, d)]
    return out


def test_a_comma_read_unsure_or_against_a_pause_mark_is_the_printed_pause_mark() -> None:
    no = "陕卫公字(2022)第610113293691号"
    for doubt, want in (({3: (0.999, "", 0.0)}, "歌舞厅，影剧院"),     # a sure comma: printed so
                        ({3: (0.7, "、", 0.25)}, "歌舞厅、影剧院"),    # unsure, 、 second: the 、 it was read for
                        ({3: (0.95, "、", 0.04)}, "歌舞厅、影剧院")):  # 、 as runner-up at all
        f = extract(to_lines(_health(no, {}, "歌舞厅,影剧院", doubt))).fields["license_items"].public()
        assert f["value"] == want, doubt
    # a list with one sure comma and one 、 is a 、 list read with a comma
    f = extract(to_lines(_health(no, {}, "歌舞厅,影剧院、书店", {}))).fields["license_items"].public()
    assert f["value"] == "歌舞厅、影剧院、书店"


def test_a_licence_number_whose_square_brackets_were_read_as_bars() -> None:
    no = "陕卫公字|2022|第610113293691号"
    f = extract(to_lines(_health(no, {4: (0.8, "[", 0.18), 9: (0.73, "]", 0.13)}, "住宿", {}))).fields
    assert f["license_no"].public()["value"] == "陕卫公字〔2022〕第610113293691号"
    # bars whose runner-up is no bracket (a 1, an l): no bracket can be told, the number is no number
    f = extract(to_lines(_health(no, {4: (0.8, "1", 0.18), 9: (0.73, "l", 0.13)}, "住宿", {}))).fields
    assert f["license_no"].public()["value"] == ""


def test_a_food_licence_address_ending_in_a_suite_on_a_floor(engine, tmp_path) -> None:
    for addr, want in (("江苏省南京市鼓楼区振兴路2846号5层36单元", True), ("湖北省武汉市江汉区东风路166号1001单元", True),
                       ("江苏省南京市鼓楼区振兴路2846号3栋2单元", False)):  # its flat's number may be lost
        rows = [(lab, addr if lab in ("住所", "经营场所") else v) for lab, v in OLD_FU]
        out = read(draw_justified(tmp_path / "food.png", "食品经营许可证", rows))
        assert out["kind"] == "food_business_license"
        for key in ("address", "premises_address"):
            assert out["fields"][key]["value"] == (addr if want else ""), (addr, key)


def test_a_term_end_cut_after_its_day_digit_is_not_prefilled() -> None:
    # `2026年07月19日至2030年07月1`: the row's end (8日) lost to a screen's moire; 2030-07-01 was
    # pre-filled, a wrong value. Four years to the day before vouch for an end read without its 日.
    no = "陕卫公字(2026)第610113293691号"
    for period, want in (("自2026年07月19日至2030年07月1", ""), ("自2026年07月19日至2030年07月18", "2030-07-18"),
                         ("自2026年07月19日至2030年07月18日", "2030-07-18")):
        lines = [ln if not ln.text.startswith("自2022") else line(period, 420, 460, 420 + 30 * len(period), 490)
                 for ln in _health(no, {}, "住宿", {})]
        f = extract(to_lines(lines)).fields
        assert f["valid_to"].public()["value"] == want, period
        assert f["valid_from"].public()["value"] == "2026-07-19"



def test_a_food_representative_read_as_one_character_is_not_prefilled() -> None:
    # `法定代表人（负责人）华` of 李华一 (a copy's faded 李 and 一): one character is no person's name,
    # it was pre-filled as 华
    from tests.prefill.test_permit_prints import _food_lines
    for rep, want in (("法定代表人(负责人)华", ""), ("法定代表人(负责人)李华", "李华")):
        rows = [(rep, "") if lab.startswith("法定代表人") else (lab, val) for lab, val in OLD_FU]
        f = extract(to_lines(_food_lines(rows))).fields["legal_representative"].public()
        assert f["value"] == want, rep



def test_an_item_whose_doubtful_character_the_kinds_of_premises_settle() -> None:
    # `展范馆` (范 0.52, 览 0.35 second) is the 展览馆 the list of premises knows: the row's mean
    # score (0.83, under the threshold) was of the unsettled reading, and the item stayed blank
    from dataclasses import replace
    no = "陕卫公字(2022)第610113293691号"
    for alt, want in (("览", "展览馆"), ("苑", "")):  # a reading no kind of premises settles stays low
        lines = [replace(ln, score=0.83) if ln.text == "展范馆" else ln
                 for ln in _health(no, {}, "展范馆", {1: (0.52, alt, 0.35)})]
        f = extract(to_lines(lines)).fields["license_items"].public()
        assert f["value"] == want, alt
