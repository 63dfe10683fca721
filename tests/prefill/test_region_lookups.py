"""Session 29 (latency): the address checks look a city's districts and a province's places up in
indexes built once, instead of walking the whole GB/T 2260 table for every new name.

`extract._near_county` (an address's or an authority's district one character off its city's) asks
`counties_of` under each tail of the city it read (`州市`, then `郑州市`), and `_city_not_of_province`
asks `places_of_province`: on main each new name walked the 6,885 codes (5–8 ms of CPU at low load,
~25 ms under load, so 15–50 ms per ID front or licence naming a city the process had not met). The
answers must stay those of the walk, name for name: checked here against the walk itself over every
name the table has ever held and each of its tails (all 6,500 checked once when this landed; every
25th of them here, so that the walk, 5–8 ms a name, keeps the test short).
"""

from __future__ import annotations

import pytest

from app.prefill import extract
from app.validators import regions


def _counties_walk(city: str) -> frozenset[str]:
    """main's `counties_of`: a walk over the whole table."""
    table = regions._table()
    prefixes = {code[:4] for code, name in table.items()
                if name == city and code.endswith("00") and not code.endswith("0000")}
    prefixes |= {code[:2] for code, name in table.items() if name == city and code.endswith("0000")}
    return frozenset(name for code, name in table.items()
                     if any(code.startswith(p) for p in prefixes) and not code.endswith("00") and name != "市辖区")


def _places_walk(province: str) -> frozenset[str]:
    """main's `places_of_province`: a walk over every name of every code."""
    names = regions._names_ever()
    prefixes = {code[:2] for code, ns in names.items() if code.endswith("0000") and province in ns}
    return frozenset(n for code, ns in names.items() if code[:2] in prefixes and not code.endswith("0000")
                     for n in ns if n != "市辖区")


def _probes() -> list[str]:
    """Every 25th of the names any code has borne and their tails (what `_near_county` asks), the
    province-level names, and a few names of no place."""
    names = {n for ns in regions._names_by_code().values() for n in ns}
    tails = sorted({n[i:] for n in names for i in range(len(n))})
    provinces = {ns[0] for code, ns in regions._names_by_code().items() if code.endswith("0000")}
    return sorted({*tails[::25], *provinces, "", "市", "河南省郑州市", "火星市", "北京市", "成都市"})


def test_lookups_answer_as_the_walk_did() -> None:
    regions.counties_of.cache_clear()
    regions.places_of_province.cache_clear()
    probes = _probes()
    assert len(probes) > 250
    assert [p for p in probes if regions.counties_of(p) != _counties_walk(p)] == []
    assert [p for p in probes if regions.places_of_province(p) != _places_walk(p)] == []
    assert {"武侯区", "锦江区"} <= regions.counties_of("成都市")
    assert "杨浦区" in regions.counties_of("上海市")  # (a municipality: districts under its province code)
    assert {"太原市", "小店区"} <= regions.places_of_province("山西省")
    assert regions.counties_of("州市") == frozenset() == regions.places_of_province("火星省")


@pytest.fixture()
def table_walks(monkeypatch) -> list[str]:
    """The names of the table's full views asked for while a test runs (after the indexes exist)."""
    regions.counties_of("成都市")
    regions.places_of_province("四川省")
    regions.counties_of.cache_clear()
    regions.places_of_province.cache_clear()
    walks: list[str] = []
    table, ever = regions._table, regions._names_ever

    def _table() -> dict[str, str]:
        walks.append("table")
        return table()

    def _names_ever() -> dict[str, frozenset[str]]:
        walks.append("names_ever")
        return ever()

    monkeypatch.setattr(regions, "_table", _table)
    monkeypatch.setattr(regions, "_names_ever", _names_ever)
    return walks


def test_a_new_city_is_looked_up_not_walked(table_walks) -> None:
    # the extractor's district and city checks on addresses naming cities not asked about before
    assert extract._district_misread("上海市场浦区国定路1号")  # (杨 read 场: off 杨浦区 by one)
    assert not extract._district_misread("河南省郑州市金水区石桥镇红星村5组33号")
    assert extract._city_not_of_province("山西省太京市小店区丰收西路1233号")
    assert not extract._city_not_of_province("河南省郑州市金水区石桥镇红星村5组33号")
    assert extract._branch_misread("成都市公安局武保区分局")
    assert table_walks == []
