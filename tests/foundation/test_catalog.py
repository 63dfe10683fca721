"""The packaged catalog loads; broken catalogs are refused with file:line and key."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

from app.catalog import load_catalog, normalize_answers, resolve
from app.errors import CatalogError, InputError, NotFoundError

REQUIRED_ITEMS = {
    "公共场所卫生许可（新办）", "公共场所卫生许可（变更）", "公共场所卫生许可（延续）", "仅销售预包装食品备案",
    "出版物经营许可证遗失补证", "个体工商户设立登记", "住房公积金提取",
}


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


def test_packaged_catalog_loads(catalog):
    names = {i.name for i in catalog.items.values()}
    assert REQUIRED_ITEMS <= names
    assert catalog.version
    assert len(catalog.content_hash) == 64


def test_change_form_mirrors_the_real_application_form(catalog):
    item = catalog.get("010170001000-02")
    keys = {f.key for f in item.fields}
    for key in ("unit_name", "credit_code", "legal_rep_name", "legal_rep_id_number", "manager_name",
                "manager_id_number", "legal_rep_phone", "manager_phone", "registered_address", "premises_address",
                "staff_count", "examined_count", "original_license_no", "building_area", "central_ac",
                "license_items"):
        assert key in keys
    assert len(item.fields) >= 21
    sensitive = {f.key for f in item.fields if f.sensitive}
    assert {"legal_rep_id_number", "manager_id_number"} <= sensitive


def test_situations_shape_the_checklist(catalog):
    item = catalog.get("010170001000-02")
    r = resolve(item, normalize_answers(item, {"what_changes": "unit_name,address_name"}))
    codes = [m.code for m in r.materials]
    assert "M05" in codes and "M07" in codes and "M06" not in codes and "M90" not in codes
    agent = resolve(item, normalize_answers(item, {"what_changes": "legal_rep", "agent": "yes"}))
    assert "M90" in [m.code for m in agent.materials]
    assert {"agent_name", "agent_id_number", "agent_phone"} <= agent.required_fields


def test_move_of_premises_redirects_to_new_licence(catalog):
    item = catalog.get("010170001000-02")
    r = resolve(item, normalize_answers(item, {"what_changes": "premises_or_items"}))
    assert r.redirect == "010170001000-01"
    assert "新办" in r.redirect_reason


def test_fund_withdrawal_grounds_add_evidence(catalog):
    item = catalog.get("110420005000-01")
    assert resolve(item, {}).unanswered == ["ground"]
    r = resolve(item, normalize_answers(item, {"ground": "rent"}))
    assert "M18" in [m.code for m in r.materials]
    assert "house_address" in r.required_fields


def test_bad_answers(catalog):
    item = catalog.get("010170001000-02")
    with pytest.raises(InputError, match="nope"):
        normalize_answers(item, {"nope": "x"})
    with pytest.raises(InputError, match="没有选项"):
        normalize_answers(item, {"agent": "maybe"})
    with pytest.raises(NotFoundError):
        catalog.get("000000000000-00")


@pytest.fixture
def catalog_copy(tmp_path: Path) -> Path:
    dst = tmp_path / "catalog"
    src = resources.files("resources.catalog")
    dst.mkdir()
    for f in src.iterdir():
        if f.name.endswith(".yaml"):
            (dst / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    return dst


def _break(folder: Path, name: str, old: str, new: str) -> int:
    path = folder / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    line = text[: text.index(old)].count("\n") + 1
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return line


def test_copy_loads(catalog_copy):
    assert len(load_catalog(catalog_copy).items) >= 7


def test_yaml_syntax_error_names_file_and_line(catalog_copy):
    line = _break(catalog_copy, "housing_fund_withdrawal.yaml", "  handling: 提取\n", "  handling: [提取\n")
    with pytest.raises(CatalogError) as e:
        load_catalog(catalog_copy)
    assert e.value.file == "housing_fund_withdrawal.yaml"
    assert e.value.line is not None and abs(e.value.line - line) <= 2


def test_wrong_type_names_line_and_key(catalog_copy):
    line = _break(catalog_copy, "individual_business_registration.yaml", "time_limit: {legal: 3, promised: 1}",
                  "time_limit: {legal: 3, promised: 一天}")
    with pytest.raises(CatalogError) as e:
        load_catalog(catalog_copy)
    assert e.value.file == "individual_business_registration.yaml"
    assert e.value.line == line
    assert e.value.key == "item.time_limit.promised"
    assert "individual_business_registration.yaml:" in e.value.message_zh


def test_unknown_key_typo_is_refused(catalog_copy):
    line = _break(catalog_copy, "prepackaged_food_filing.yaml", "  keywords:", "  keyword:")
    with pytest.raises(CatalogError) as e:
        load_catalog(catalog_copy)
    assert e.value.line == line and e.value.key == "item.keyword"
    assert "不认识的键" in e.value.message_zh


def test_missing_required_key(catalog_copy):
    _break(catalog_copy, "publication_license_reissue.yaml", "  department: 新闻出版（版权）局\n", "")
    with pytest.raises(CatalogError) as e:
        load_catalog(catalog_copy)
    assert e.value.key == "item.department" and "缺少" in e.value.message_zh


def test_dangling_material_reference(catalog_copy):
    line = _break(catalog_copy, "housing_fund_withdrawal.yaml", "add_materials: [M16]", "add_materials: [M99]")
    with pytest.raises(CatalogError) as e:
        load_catalog(catalog_copy)
    assert e.value.line == line and "M99" in e.value.message_zh


def test_duplicate_key(catalog_copy):
    _break(catalog_copy, "housing_fund_withdrawal.yaml", "  handling: 提取\n", "  handling: 提取\n  handling: 提取\n")
    with pytest.raises(CatalogError) as e:
        load_catalog(catalog_copy)
    assert e.value.line is not None


def test_missing_manifest(tmp_path):
    (tmp_path / "x.yaml").write_text("item: {}\n", encoding="utf-8")
    with pytest.raises(CatalogError, match="catalog.yaml"):
        load_catalog(tmp_path)


def test_hash_changes_with_content(catalog_copy):
    h1 = load_catalog(catalog_copy).content_hash
    _break(catalog_copy, "housing_fund_withdrawal.yaml", "提取原因", "提取原因是什么")
    assert load_catalog(catalog_copy).content_hash != h1


def test_fast_and_line_tracking_parsers_agree():
    from app.catalog import loader

    for f in resources.files("resources.catalog").iterdir():
        if not f.name.endswith(".yaml") or f.name == "catalog.yaml" or f.name.startswith("bundle_"):
            continue  # bundles (一件事) have their own loader: tests/bundles
        text = f.read_text(encoding="utf-8")
        fast = loader._fast_items(text)
        assert fast is not None, f"{f.name} fell off the fast path"
        assert [i.model_dump() for i in fast] == [i.model_dump() for i in loader._checked_items(f.name, text)]


def test_yaml_1_1_booleans_stay_strings():
    from app.catalog import loader

    data = loader.pyyaml.load("a: no\nb: yes\nc: on\nd: 010\ne: true\n", Loader=loader._FastLoader)
    assert data == {"a": "no", "b": "yes", "c": "on", "d": 10, "e": True}
