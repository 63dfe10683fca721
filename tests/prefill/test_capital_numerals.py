"""Session 28 (bizscope): a 注册资本 in capital numerals that lost its first numeral is not pre-filled.

ZK's first sight pre-filled `拾万元整` for 壹拾万元整 (zk_0001, a phone photo under a watermark: the 壹 not
read, a step of 1.8 pitches on the row where it stood) — itself an amount to the capital's pattern. Amounts
in words are written with a digit numeral before every unit (壹拾, never a bare 拾: the People's Bank's rules
for amounts in words, which registrars print by); one starting with a unit, or with two units side by side,
lost a numeral (`extract.CAPITAL_NUMERALS`). Drawn 营业执照 read through `ocr_files`; main pre-filled the
short amount (checked by switching the rule off here)."""

from __future__ import annotations

from pathlib import Path

from tests.prefill.test_name_lost_character import _both, _licence

ROWS = [(700, "名称", "厦门思明武记贸易有限公司"), (800, "类型", "有限责任公司(自然人独资)"), (900, "法定代表人", "武磊宇"),
        (1000, "成立日期", "2005年12月21日"), (1100, "住所", "福建省厦门市思明区解放路504弄52号")]


def test_an_amount_in_words_without_its_first_numeral_is_not_prefilled(engine, tmp_path: Path, monkeypatch) -> None:
    rows = [*ROWS, (1200, "注册资本", " 拾万元整")]  # (壹 lost: its cell left empty)
    on, off = _both(_licence(tmp_path, rows), monkeypatch, "CAPITAL_NUMERALS")
    assert off["registered_capital"]["value"] == "拾万元整"  # (main: a wrong amount)
    assert on["registered_capital"]["value"] == ""
    assert on["registered_capital"]["reason"] == "format"
    assert on["legal_representative"]["value"] == "武磊宇"  # (the other values stay)


def test_a_whole_amount_in_words_still_reads(engine, tmp_path: Path, monkeypatch) -> None:
    rows = [*ROWS, (1200, "注册资本", "人民币壹拾万元整")]
    on, off = _both(_licence(tmp_path, rows), monkeypatch, "CAPITAL_NUMERALS")
    assert on["registered_capital"]["value"] == off["registered_capital"]["value"] == "人民币壹拾万元整"
