"""Session 27 (lead): a 经营范围 read starting with a list separator is not pre-filled.

ZJ's first sight pre-filled `、道路货物运输(不含危险货物)(除依法须经批准的项目外…)` for a scope whose first row
(`一般项目:供应链管理服务、国内货物运输代理、装卸搬运`) was not read (zj_0067, a phone photo): what was read starts
with the mark between two items, which no scope starts with. A drawn 营业执照 whose scope row begins where the
lost row ended, read through `ocr_files`; main pre-filled it (checked by switching the rule off here).
"""

from __future__ import annotations

from pathlib import Path

from tests.prefill.test_name_lost_character import ROWS, _both, _licence


def test_a_scope_starting_with_a_separator_is_not_prefilled(engine, tmp_path: Path, monkeypatch) -> None:
    rows = [*ROWS, (1200, "经营范围", "、道路货物运输、装卸搬运、仓储服务")]
    on, off = _both(_licence(tmp_path, rows), monkeypatch, "SCOPE_SEPARATOR_FIRST")
    assert off["business_scope"]["value"] == "、道路货物运输、装卸搬运、仓储服务"  # (main: a truncated scope)
    assert on["business_scope"]["value"] == ""
    assert on["business_scope"]["reason"] == "wrapped_row_incomplete"
    assert on["name"]["value"] == "思明武记五金店"  # (the other values stay)


def test_a_whole_scope_still_reads(engine, tmp_path: Path, monkeypatch) -> None:
    rows = [*ROWS, (1200, "经营范围", "道路货物运输、装卸搬运、仓储服务")]
    on, off = _both(_licence(tmp_path, rows), monkeypatch, "SCOPE_SEPARATOR_FIRST")
    assert on["business_scope"]["value"] == off["business_scope"]["value"] == "道路货物运输、装卸搬运、仓储服务"
