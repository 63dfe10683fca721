"""Session 29 (zlbiz): a colon read right before a 经营范围 part's header (一般项目 / 许可项目) is not taken
for the list's `；`.

ZL zl_0047 (a phone photo under sleeve glare) read the `。` ending the 一般项目 list as `：` (0.89, runner-up
`。` 0.10), and the scope grammar turned the colon into the list's `；` as it does between two items:
`…针纺织品销售;许可项目:食品销售。` for `…针纺织品销售。许可项目:…` — a wrong pre-fill. Before a header the
registrars print `。` (ZL, ZC, ZG) or `；` (ZI): the grammar rules the colon out but cannot say which of
the two stands there, and a runner-up `。` does not settle it (ZI zi_0059 read its `；` as `：` with `。`
second). Only a runner-up `；` keeps the list's `；` (as before); else the scope is left to the clerk. A
drawn 营业执照 printing a colon there (the mark a recogniser reads when glare breaks a `。`'s ring), read
through `ocr_files`; main pre-filled `；` (checked by switching the rule off here).
"""

from __future__ import annotations

from pathlib import Path

from tests.prefill.test_name_lost_character import ROWS, _both, _licence


def test_a_colon_before_a_header_is_no_list_separator(engine, tmp_path: Path, monkeypatch) -> None:
    rows = [*ROWS, (1200, "经营范围", "一般项目:五金产品零售：许可项目:食品销售")]
    on, off = _both(_licence(tmp_path, rows), monkeypatch, "SCOPE_COLON_BEFORE_HEADER")
    assert off["business_scope"]["value"] == "一般项目:五金产品零售;许可项目:食品销售"  # (main: a guess)
    assert on["business_scope"]["value"] == ""
    assert on["name"]["value"] == "思明武记五金店"  # (the other values stay)


def test_a_printed_mark_before_a_header_still_reads(engine, tmp_path: Path, monkeypatch) -> None:
    for n, mark in enumerate(("。", "；")):
        folder = tmp_path / str(n)
        folder.mkdir()
        rows = [*ROWS, (1200, "经营范围", f"一般项目:五金产品零售{mark}许可项目:食品销售")]
        on, off = _both(_licence(folder, rows), monkeypatch, "SCOPE_COLON_BEFORE_HEADER")
        want = "一般项目:五金产品零售" + ("。" if mark == "。" else ";") + "许可项目:食品销售"
        assert on["business_scope"]["value"] == off["business_scope"]["value"] == want
        monkeypatch.undo()


def test_only_a_runner_up_semicolon_keeps_the_list_mark_before_a_header(monkeypatch) -> None:
    # OCR lines with the recogniser's per-character odds, through the real extraction (a drawn page
    # does not make the recogniser read one chosen mark; tests/prefill/test_scope_marks.py): zl_0047's
    # `：` 0.89 with `。` 0.10 second before 许可项目
    from app.prefill import extract
    from tests.prefill.test_licence_rows import ROW1, ROW2, ROW3, licence, read, scope_rows

    r2 = ROW2.replace("广告制作;图文设计制作。", "广告制作:许可项目:食品销售。")
    i = r2.index(":许可项目")
    listed = ROW1 + r2[:i] + ";" + r2[i + 1:] + ROW3
    out = read(licence(scope_rows(ROW1, r2, d2={i: (0.89, "。", 0.10)})))["business_scope"]
    assert out["value"] == "", out  # (`。` or `；`: the clerk's)
    out = read(licence(scope_rows(ROW1, r2, d2={i: (0.97, "", 0.0)})))["business_scope"]
    assert out["value"] == "", out
    out = read(licence(scope_rows(ROW1, r2, d2={i: (0.61, "；", 0.35)})))["business_scope"]
    assert out["value"] == listed, out  # (the recogniser named `；` second: as before)
    monkeypatch.setattr(extract, "SCOPE_COLON_BEFORE_HEADER", False)
    out = read(licence(scope_rows(ROW1, r2, d2={i: (0.89, "。", 0.10)})))["business_scope"]
    assert out["value"] == listed, out  # (main: the list's `；`, zl_0047's wrong pre-fill)
