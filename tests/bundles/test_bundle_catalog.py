"""一件事 in the catalog: the packaged bundle loads and every broken bundle is refused with file:line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.catalog import load_catalog
from app.catalog.bundles import plan_bundle
from app.errors import CatalogError

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = "bundle_open_restaurant.yaml"
REG, FOOD, FIRE, SIGN, TOBACCO = ("010230004000-01", "010230001000-01", "010360001000-01", "010410001000-01",
                                  "010520001000-01")


@pytest.fixture(scope="module")
def catalog():
    return load_catalog(ROOT / "resources" / "catalog")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    dest = tmp_path / "catalog"
    shutil.copytree(ROOT / "resources" / "catalog", dest, ignore=shutil.ignore_patterns("__pycache__", "*.py"))
    return dest


def _break(folder: Path, old: str, new: str, name: str = BUNDLE) -> int:
    path = folder / name
    text = path.read_text(encoding="utf-8")
    assert text.count(old) >= 1, old
    line = text[: text.index(old)].count("\n") + 1
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return line


def test_open_restaurant_is_in_the_catalog(catalog):
    b = catalog.bundle("YJS-KBCYD")
    assert b.name == "开办餐饮店" and b.lead_department == "市场监督管理局"
    assert [m.item for m in b.members] == [REG, FOOD, FIRE, SIGN, TOBACCO]
    assert catalog.items[FIRE].name.startswith("公众聚集场所投入使用、营业前消防安全检查")


@pytest.mark.parametrize(("answers", "expected"), [
    ({}, {REG, FOOD, SIGN}),
    ({"has_license": "yes", "signboard": "no"}, {FOOD}),
    ({"tobacco": "yes", "crowd_place": "yes"}, {REG, FOOD, FIRE, SIGN, TOBACCO}),
])
def test_situations_choose_members(catalog, answers, expected):
    plan = plan_bundle(catalog.bundle("YJS-KBCYD"), catalog.items, answers)
    assert {m.item.code for m in plan.applicable} == expected
    skipped = [m for m in plan.members if not m.applies]
    assert all(m.reason for m in skipped)


def test_one_id_card_serves_every_member_and_the_licence_comes_from_the_registration(catalog):
    plan = plan_bundle(catalog.bundle("YJS-KBCYD"), catalog.items, {"tobacco": "yes"})
    lines = {m.key: m for m in plan.materials}
    assert lines["id_card"].members == {REG: "M02", FOOD: "M03", SIGN: "M03", TOBACCO: "M03"}
    assert lines["business_license"].produced_by == REG and not lines["business_license"].handed_in
    with_licence = plan_bundle(catalog.bundle("YJS-KBCYD"), catalog.items, {"has_license": "yes"})
    assert {m.key: m for m in with_licence.materials}["business_license"].handed_in


def test_broken_mapping_is_refused_with_file_and_line(folder):
    line = _break(folder, '"010230001000-01": legal_rep_name, "010360001000-01"',
                  '"010230001000-01": legal_rep_nam, "010360001000-01"')
    with pytest.raises(CatalogError) as e:
        load_catalog(folder)
    assert e.value.file == BUNDLE and e.value.line == line
    assert "legal_rep_nam" in str(e.value) and "映射错误" in str(e.value)


def test_unknown_member_is_refused_with_file_and_line(folder):
    line = _break(folder, '  - item: "010520001000-01"', '  - item: "010520009000-01"')
    with pytest.raises(CatalogError) as e:
        load_catalog(folder)
    assert e.value.file == BUNDLE and e.value.line == line and "010520009000-01" in str(e.value)


def test_duplicate_material_is_refused_with_file_and_line(folder):
    line = _break(folder, 'members: {"010230004000-01": M03, "010410001000-01": M04',
                  'members: {"010230004000-01": M04, "010410001000-01": M04')
    with pytest.raises(CatalogError) as e:
        load_catalog(folder)
    assert e.value.file == BUNDLE and "重复的材料" in str(e.value)
    assert e.value.line is not None and e.value.line >= line


def test_a_member_field_neither_mapped_nor_derived_is_refused(folder):
    _break(folder, '    - {key: capital, label: 资金数额（万元）, type: decimal, required: true, group: 店铺, min: 0,\n'
                   '       maps: {"010230004000-01": capital}}\n', '')
    with pytest.raises(CatalogError) as e:
        load_catalog(folder)
    assert e.value.file == BUNDLE and e.value.line is not None
    assert "capital" in str(e.value) and "既未映射也未推导" in str(e.value)


def test_mapping_onto_a_non_member_is_refused(folder):
    _break(folder, 'maps: {"010410001000-01": sign_text}', 'maps: {"010170001000-01": unit_name}')
    with pytest.raises(CatalogError) as e:
        load_catalog(folder)
    assert e.value.file == BUNDLE and "不是本一件事的成员" in str(e.value)


def test_counted_savings_for_open_restaurant(catalog):
    """Done-when count (see benchmarks/bench_bundles.py): all five members apply."""
    from app.catalog.bundles import count_savings

    c = count_savings(catalog.bundle("YJS-KBCYD"), catalog.items, {"tobacco": "yes", "crowd_place": "yes"})
    assert c["members"] == 5
    assert (c["fields_item_by_item"], c["fields_once"]) == (51, 23)
    assert (c["materials_item_by_item"], c["materials_once"]) == (27, 13)
