"""Session 28 (wrongs): an address whose city is none of its province's, not pre-filled.

ZK's first sight pre-filled `山西省太京市…` for 太原市 (zk_0032: a chat forward, 原 read 京 at 0.98).
Drawn pages read through `ocr_files` (the function behind `zongchuang ocr --json`); the case pre-filled
the wrong value on main (checked by switching the rule off here).
"""

from __future__ import annotations

from pathlib import Path

from app.services.prefill import ocr_files
from tests.prefill.test_name_lost_character import _licence  # (the same drawn 营业执照 副本)

ROWS = [(700, "名称", "太原百川医疗器械有限公司"), (800, "类型", "有限责任公司(自然人投资或控股)"),
        (900, "法定代表人", "王子宇"), (1000, "注册资本", "壹拾万元整"), (1100, "成立日期", "2011年05月16日"),
        (1200, "住所", "山西省太原市小店区丰收西路1233号")]


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


def test_a_city_of_its_province_is_read(engine, tmp_path) -> None:
    # a city of its province (and an amount in words starting with its digit): as printed
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
