"""The one-way house: app and hardware never import Qt; hardware never imports app; sync never
imports ui. Checked by walking every module's imports (including importlib.import_module with a
literal name), independently of lint-imports, which `make test` also runs."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

FORBIDDEN = {
    "app": ("PySide6", "ui"),
    "hardware": ("PySide6", "ui", "app", "sync"),
    "sync": ("PySide6", "ui"),
}


def imported_names(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
              and node.func.attr == "import_module" and node.args and isinstance(node.args[0], ast.Constant)
              and isinstance(node.args[0].value, str)):
            names.add(node.args[0].value)
    return names


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_package_respects_contract(package):
    bad = []
    for path in sorted((ROOT / package).rglob("*.py")):
        for name in imported_names(path):
            top = name.split(".")[0]
            if top in FORBIDDEN[package]:
                bad.append(f"{path.relative_to(ROOT)} imports {name}")
    assert not bad, "\n".join(bad)


def test_the_checker_catches_a_violation(tmp_path):
    bad = tmp_path / "m.py"
    bad.write_text("import importlib\nfrom PySide6 import QtCore\nimportlib.import_module('ui.app')\n")
    assert {"PySide6", "ui.app"} <= imported_names(bad)
