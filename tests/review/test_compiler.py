"""Rules compile when the catalog loads; every kind of broken rule names file, item and rule."""

from __future__ import annotations

import pytest

from app.errors import CatalogError
from tests.review.conftest import mini_catalog


def rule(check: str, extra: str = "", rid: str = "R-1") -> str:
    return f'    - {{id: {rid}, check: "{check}", field: unit_name, message: 有误{extra}}}'


def test_packaged_catalog_compiles_every_rule():
    from app.catalog import default_catalog

    cat = default_catalog()
    compiled = cat.extras["review"]
    assert len(cat.items) >= 12
    assert sum(len(v) for v in compiled.values()) == sum(len(i.rules) for i in cat.items.values())
    assert all(compiled[code] for code in cat.items)  # every item has rules


@pytest.mark.parametrize("check, words", [
    ("fields.unit_name ==", "语法错误"),                      # syntax
    ("nosuch(fields.unit_name)", "未知函数 nosuch"),          # unknown function
    ("fields.unit_nmae == 'x'", "不存在的字段 unit_nmae"),     # field key typo
    ("answers.agnet == ['no']", "不存在的情形问题 agnet"),     # 情形 typo
    ("ocr.M99.name == 'x'", "不存在的材料 M99"),               # material typo
    ("card.nmae == 'x'", "card 的键 nmae"),                    # closed root key typo
    ("foo == 1", "未知变量 foo"),                              # unknown root
    ("fields.staff > 'three'", "类型错误"),                    # type error found by the dry run
    ("fields.unit_name", "true/false"),                        # not a boolean
])
def test_broken_rule_names_file_item_and_rule(check, words):
    with pytest.raises(CatalogError) as exc:
        mini_catalog(rule(check), name="broken.yaml")
    text = exc.value.message_zh
    assert "broken.yaml" in text and "T-001" in text and "R-1" in text and words in text


def test_tolerance_rule_must_name_a_tolerable_material():
    bad = '    - {id: R-T, check: "true", material: M02, severity: 容缺, message: x}'
    with pytest.raises(CatalogError, match="容缺"):
        mini_catalog(bad)
    ok = '    - {id: R-T, check: "true", material: M03, severity: 容缺, message: x}'
    assert mini_catalog(ok).extras["review"]["T-001"]


def test_refuse_rule_must_block_and_rules_must_point_somewhere():
    with pytest.raises(CatalogError, match="block"):
        mini_catalog('    - {id: R-X, check: "true", field: unit_name, refuse: true, severity: warn, message: x}')
    with pytest.raises(CatalogError, match="field"):
        mini_catalog('    - {id: R-X, check: "true", message: x}')


def test_tolerance_not_allowed_on_items_done_on_the_spot():
    with pytest.raises(CatalogError, match="即办件"):
        mini_catalog(promised=0)


def test_macro_variables_and_has_are_accepted():
    cat = mini_catalog(rule("prior.exists(p, has(p.item_code) && p.item_code == item.code) || has(fields.staff)"))
    assert len(cat.extras["review"]["T-001"]) == 1


def test_catalog_validate_cli_reports_a_broken_rule(tmp_path):
    from click.testing import CliRunner

    from app.cli.main import cli
    from tests.review.conftest import MANIFEST, MINI_ITEM

    (tmp_path / "catalog.yaml").write_text(MANIFEST, encoding="utf-8")
    (tmp_path / "mini.yaml").write_text(MINI_ITEM % {"rules": rule("nosuch(1)"), "promised": 17, "supplement": 5},
                                        encoding="utf-8")
    result = CliRunner().invoke(cli, ["catalog", "validate", str(tmp_path)])
    assert result.exit_code != 0
    assert isinstance(result.exception, CatalogError) and "R-1" in result.exception.message_zh


def test_catalog_check_tolerance_and_commitment_documents():
    """An item whose materials allow 容缺 or 告知承诺 must list the documents those decisions print."""
    from app.catalog import load_catalog_texts
    from app.errors import CatalogError
    from tests.review.conftest import MANIFEST, MINI_ITEM

    text = MINI_ITEM % {"rules": "    []", "promised": 17, "supplement": 5}
    text = text.replace("  rules:\n    []\n", "")
    ok = text + "  documents: [受理回执, 容缺受理通知书, 容缺受理承诺书, 告知承诺书]\n"
    load_catalog_texts([("catalog.yaml", MANIFEST), ("mini.yaml", ok)])
    for missing in ("容缺受理承诺书", "告知承诺书"):
        bad = ok.replace(f", {missing}", "")
        with pytest.raises(CatalogError) as err:
            load_catalog_texts([("catalog.yaml", MANIFEST), ("mini.yaml", bad)])
        assert missing in str(err.value.args) or missing in err.value.message_zh
