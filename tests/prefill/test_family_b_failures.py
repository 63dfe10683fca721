"""Failure cases found on family B photos (`benchmarks/docgen_b`, now development data), read
through `app.services.prefill.ocr_files` — the function behind `zongchuang ocr --json`.

Each case is one photo the reader used to get wrong; the rule it checks is geometric (a value
whose start or middle was not read), never this generator's wording or positions. A field may
come back blank with a reason; a non-blank value must be the printed one.
"""

from __future__ import annotations

from pathlib import Path

from app.prefill.extract import REASONS
from app.services.prefill import ocr_files
from app.validators.text import to_halfwidth
from benchmarks.docgen_b import make


def norm(v: str) -> str:
    return "".join(to_halfwidth(v).split())


def read_b(tmp_path: Path, kind: str, seed: int, index: int) -> tuple[dict, dict]:
    entry = make(kind, seed, index, str(tmp_path / f"b{seed}-{index}"))
    results, failures = ocr_files([tmp_path / entry["file"]])
    assert not failures
    return results[0], entry


def no_wrong_prefill(out: dict, entry: dict) -> dict[str, str]:
    """The fields' values, after checking none of them is a wrong pre-fill."""
    assert out["kind"] == entry["kind"]
    got = {}
    for key, t in entry["fields"].items():
        f = out["fields"][key]
        if f["value"]:
            assert norm(f["value"]) == norm(t["value"]), (key, f["value"], t["value"])
        elif t["value"]:
            assert f["reason"] in REASONS, (key, f)
        got[key] = f["value"]
    return got


def test_glare_inside_a_row_and_a_lone_aligned_line_is_no_column(engine, tmp_path) -> None:
    # glare hid 区东风 in the middle of 北京市海淀|区东风|路83弄…, and 销售；水果 in the scope's row;
    # the scope's remaining right part happens to start under the address's right part (no column)
    out, entry = read_b(tmp_path, "business_license", 11, 7)
    got = no_wrong_prefill(out, entry)
    assert got["name"] == norm(entry["fields"]["name"]["value"])
    assert out["fields"]["address"]["reason"] == "wrapped_row_incomplete"


def test_value_whose_start_was_swallowed_by_its_label_box(engine, tmp_path) -> None:
    # 住　所 (glare over 河北) read as one box 住所 reaching past where the column's values start:
    # the value 省石家庄市… starts late against 注册资本/成立日期/营业期限's values
    out, entry = read_b(tmp_path, "business_license", 11, 10)
    got = no_wrong_prefill(out, entry)
    assert got["name"] == norm(entry["fields"]["name"]["value"])
    assert got["business_scope"] == norm(entry["fields"]["business_scope"]["value"])


def test_scope_rows_of_a_photo_at_an_angle_are_all_joined(engine, tmp_path) -> None:
    # a tilted phone photo: each scope row's box overlaps the one above it (and the label's row);
    # rows 2 and 4 used to be skipped, giving a scope with a hole in it
    out, entry = read_b(tmp_path, "business_license", 11, 101)
    got = no_wrong_prefill(out, entry)
    assert got["business_scope"] == norm(entry["fields"]["business_scope"]["value"])


def test_scope_whose_first_character_was_lost_after_its_label(engine, tmp_path, monkeypatch) -> None:
    # `经营范围可项目:…`: 许 lost between the label and the value (glare); the first row's first
    # character stands a character right of the next row's first one. (The detector at the page's
    # own size loses that 许; at the size the page's text calls for, `reader._det_side`, it finds
    # it and the scope reads whole: the case is kept at the size where the character is lost.)
    from app.prefill import reader

    monkeypatch.setattr(reader, "DET_TEXT_PX", 0.0)
    monkeypatch.setattr(reader, "CROP_REREAD", 0.0)  # (the crop's own reading: the row-start rule)
    out, entry = read_b(tmp_path, "business_license", 11, 68)
    no_wrong_prefill(out, entry)
    assert out["fields"]["business_scope"]["reason"] == "wrapped_row_incomplete"


def test_a_short_crop_reading_read_whole_again_takes_no_name_read_from_its_tail(engine, tmp_path, monkeypatch) -> None:
    # the same page read short from its crop (4 of 9 fields) is read whole too (CROP_REREAD): that
    # reading has the scope whole (许可项目…) but the 名称 row from its tail only, `店(个体工商户)` read
    # sure — a name is at least a 字号 of two characters and its form, so that one is no name
    from app.prefill import reader

    monkeypatch.setattr(reader, "DET_TEXT_PX", 0.0)
    out, entry = read_b(tmp_path, "business_license", 11, 68)
    got = no_wrong_prefill(out, entry)
    assert got["business_scope"] == norm(entry["fields"]["business_scope"]["value"])
    assert got["name"] == ""  # (left blank: the crop found no name and the whole reading has none)


def test_label_column_read_twice_does_not_end_the_scope(engine, tmp_path) -> None:
    # 经营范围 comes back twice (the label and a second, taller reading just under it); the second
    # one used to count as the next field's label and end the scope after its first row
    out, entry = read_b(tmp_path, "business_license", 11, 208)
    got = no_wrong_prefill(out, entry)
    assert got["business_scope"] == norm(entry["fields"]["business_scope"]["value"])


def test_name_box_starting_inside_its_label_box_is_the_name(engine, tmp_path) -> None:
    # a scanned card: 石泽's box starts inside 姓名's; the name used to be taken from the row
    # below — 男, the value of 性别
    out, entry = read_b(tmp_path, "id_card_front", 11, 170)
    got = no_wrong_prefill(out, entry)
    assert got["name"] == norm(entry["fields"]["name"]["value"])


def test_wrapped_address_row_with_text_beyond_a_glare_is_not_prefilled(engine, tmp_path) -> None:
    # `华街道北河村` + glare + `1号` on the address's second row: joining would drop 5组2
    out, entry = read_b(tmp_path, "id_card_front", 11, 209)
    no_wrong_prefill(out, entry)
    assert out["fields"]["address"]["reason"] == "wrapped_row_incomplete"


def test_label_wrapped_inside_its_table_cell(engine, tmp_path) -> None:
    # 户口簿: `户主或与户` over `主关系` in one cell, the value 次女 level with both; the label
    # used to be found nowhere, so 与户主关系 was never read
    out, entry = read_b(tmp_path, "household_register", 11, 19)
    got = no_wrong_prefill(out, entry)
    assert got["relationship"] == norm(entry["fields"]["relationship"]["value"])


def test_three_row_address_on_a_tilted_card_keeps_its_last_row(engine, tmp_path) -> None:
    # a card small in the photo, its text running ~7° off level: the axis-aligned boxes of the
    # address's rows overlapped so much that the third row (1单元1904室) looked like the same row
    # as the second and was left out — the address was pre-filled without it (a wrong pre-fill)
    out, entry = read_b(tmp_path, "id_card_front", 7, 25)
    got = no_wrong_prefill(out, entry)
    assert got["address"] == norm(entry["fields"]["address"]["value"])
