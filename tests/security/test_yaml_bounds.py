"""Catalog and calendar YAML bombs (issue 21, high 5 and medium 10): `zongchuang catalog
validate` (the real CLI, a subprocess, peak RSS and time measured) refuses alias expansion
("billion laughs"), deep nesting, huge numbers, a CEL rule nested 100,000 deep, GBK and UTF-16
files and a FIFO with a bilingual message — no hang, no traceback, no Rust panic."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from app.errors import CatalogError
from tests.security.bounded import run_bounded

ROOT = Path(__file__).resolve().parents[2]
MAX_SECONDS = 60
HEADROOM_MIB = 150  # over what validating the shipped catalog takes (the CLI's start-up varies by build)
_BASELINE: list[float] = []

LAUGHS = "\n".join(["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
                   + [f"{b}: &{b} [" + ", ".join([f"*{a}"] * 9) + "]" for a, b in zip("abcdefgh", "bcdefghi", strict=True)])


def _catalog(tmp_path: Path) -> Path:
    folder = tmp_path / "catalog"
    shutil.copytree(ROOT / "resources" / "catalog", folder, ignore=shutil.ignore_patterns("__init__.py", "__pycache__"))
    return folder


def _validate(folder: Path):
    return run_bounded(["catalog", "validate", str(folder)], timeout=MAX_SECONDS * 2)


def _refused(run, *words: str) -> None:
    assert run.code != 0, run.stdout
    assert "Traceback" not in run.stderr and "panicked" not in run.stderr, run.stderr[-1500:]
    assert "错误" in run.stderr and "Error" in run.stderr, run.stderr[-800:]
    for w in words:
        assert w in run.stderr, run.stderr[-800:]
    limit = (_BASELINE[0] if _BASELINE else 450.0) + HEADROOM_MIB
    assert run.peak_mib < limit and run.seconds < MAX_SECONDS, (run.peak_mib, limit, run.seconds)


def test_the_shipped_catalog_still_validates(tmp_path):
    run = _validate(_catalog(tmp_path))
    assert run.code == 0, run.stderr
    _BASELINE[:] = [run.peak_mib]


@pytest.mark.parametrize(("text", "word"), [
    (LAUGHS, "alias"),
    ("x: " + "[" * 10_000 + "]" * 10_000, "nest"),
    ("x:\n" + "".join("  " * i + "- \n" for i in range(1, 200)), "nested"),
    ("item:\n  code: 1" + "0" * 100_000 + "\n", "longer than"),
    ("item:\n  code: 1" + "0" * 1_000 + "\n", "digits"),
], ids=["billion-laughs", "flow-depth", "block-depth", "100k-digit-int", "1k-digit-int"])
def test_yaml_bombs_are_refused_within_bounds(tmp_path, text, word):
    folder = _catalog(tmp_path)
    (folder / "zz_bomb.yaml").write_text(text, encoding="utf-8")
    _refused(_validate(folder), word)


@pytest.mark.parametrize(("encoding", "word"), [("gbk", "GBK"), ("utf-16", "UTF-16")])
def test_non_utf8_files_get_a_bilingual_message(tmp_path, encoding, word):
    folder = _catalog(tmp_path)
    (folder / "zz_local.yaml").write_bytes("item:\n  name: 公共场所卫生许可\n".encode(encoding))
    _refused(_validate(folder), word, "UTF-8")


def test_a_fifo_named_yaml_is_refused_not_waited_for(tmp_path):
    folder = _catalog(tmp_path)
    os.mkfifo(folder / "x.yaml")
    _refused(_validate(folder), "regular file")


@pytest.mark.parametrize(("depth", "word"), [(100_000, "longer than"), (1_000, "nested")])
def test_a_cel_rule_nested_deep_is_refused_before_the_parser(tmp_path, depth, word):
    folder = _catalog(tmp_path)
    path = folder / "food_business_license.yaml"
    text = path.read_text(encoding="utf-8")
    deep = "(" * depth + "true" + ")" * depth
    old = 'check: "norm_eq(ocr.M02.name, fields.operator_name)"'
    assert old in text
    path.write_text(text.replace(old, f'check: "{deep}"', 1), encoding="utf-8")
    _refused(_validate(folder), word)


def test_the_platform_never_publishes_a_bomb(tmp_path):
    from sync.platform.service import Platform, PlatformSettings

    folder = _catalog(tmp_path)
    (folder / "zz_bomb.yaml").write_text(LAUGHS, encoding="utf-8")
    platform = Platform(PlatformSettings(data_dir=tmp_path / "platform"))
    try:
        with pytest.raises(CatalogError):
            platform.publish_master(catalog_dir=folder)
        assert platform.master_manifest()["catalog"] is None
    finally:
        platform.close()


def test_a_calendar_override_bomb_is_refused(tmp_path):
    from app.calendar.workdays import default_calendar

    path = tmp_path / "calendar_overrides.yaml"
    path.write_text(LAUGHS, encoding="utf-8")
    with pytest.raises(CatalogError):
        default_calendar(path)
