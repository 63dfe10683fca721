"""The one-way house: ui > sync > app > hardware, only ui imports Qt. Checked by walking every
module's imports (including importlib.import_module with a literal name), independently of
lint-imports (pyproject [tool.importlinter], which `make test` also runs); plus what lint-imports
cannot see: every package has an `__init__.py`, and no module names a `ui.` module in a string
(a plugin of a higher layer is found through its entry point, never by a name in the code)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

FORBIDDEN = {
    "app": ("PySide6", "ui", "sync"),
    "hardware": ("PySide6", "ui", "app", "sync"),
    "sync": ("PySide6", "ui"),
}
PACKAGES = ("app", "hardware", "sync", "ui")


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


def test_every_package_has_an_init():
    """A folder of modules without `__init__.py` is invisible to lint-imports (app/services once was)."""
    missing = [str(d.relative_to(ROOT)) for pkg in PACKAGES for d in [ROOT / pkg, *(ROOT / pkg).rglob("*")]
               if d.is_dir() and d.name != "__pycache__" and any(d.glob("*.py")) and not (d / "__init__.py").exists()]
    assert not missing, missing


UI_BY_NAME = re.compile(r"""["']ui(\.[A-Za-z_]\w*)+(:\w+)?["']""")


def test_no_module_loads_ui_by_string():
    bad = [f"{path.relative_to(ROOT)}:{n}: {m.group(0)}" for pkg in PACKAGES for path in sorted((ROOT / pkg).rglob("*.py"))
           for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
           for m in UI_BY_NAME.finditer(line)]
    assert not bad, "a higher layer is found through its entry point (pyproject), not by name:\n" + "\n".join(bad)
    assert UI_BY_NAME.search('KNOWN = ("ui.cli:register",)') and UI_BY_NAME.search("import_module('ui.app')")


def test_pyproject_contracts_allow_no_indirect_imports():
    import tomllib

    contracts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]["contracts"]
    assert {c["type"] for c in contracts} >= {"layers", "forbidden", "independence"}
    assert not [c["name"] for c in contracts if c.get("allow_indirect_imports")]


def test_the_service_locator_stays_gone():
    """`ui/capabilities.py` (a service locator holding device handles and forwarding to the
    services) was dissolved: use cases in app.services, devices from the composition root
    (`app.bootstrap.Devices`), and the one door `ui.ops`. Nothing may bring it back."""
    assert not (ROOT / "ui" / "capabilities.py").exists()
    users = [str(p.relative_to(ROOT)) for pkg in (*PACKAGES, "tests") for p in sorted((ROOT / pkg).rglob("*.py"))
             if "ui.capabilities" in (text := p.read_text(encoding="utf-8")) or "from ui import capabilities" in text]
    assert users == [str(Path(__file__).relative_to(ROOT))], users


def test_widgets_reach_the_core_through_ui_ops():
    """The screens and the main window run core calls off the GUI thread only through `ui.ops`
    (op / act / query: one error report, one busy rule), never by starting pool work themselves
    (`ui.worker.connect`, lifetime-bound signal wiring, is no core call)."""
    widgets = [ROOT / "ui" / "main_window.py", ROOT / "ui" / "second_screen.py", ROOT / "ui" / "elicense_dialog.py",
               *sorted((ROOT / "ui" / "screens").glob("*.py"))]
    bad = []
    for p in widgets:
        for node in ast.walk(ast.parse(p.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module == "ui.worker":
                bad += [f"{p.relative_to(ROOT)} imports ui.worker.{a.name}" for a in node.names
                        if a.name in ("run_task", "run_detached", "Task")]
            elif isinstance(node, ast.ImportFrom) and node.module == "ui" and any(a.name == "worker" for a in node.names):
                bad.append(f"{p.relative_to(ROOT)} imports ui.worker")
    assert not bad, "\n".join(bad)


def test_make_test_runs_the_contracts():
    """`make test` runs lint-imports (the pyproject contracts) before pytest."""
    text = (ROOT / "Makefile").read_text(encoding="utf-8")
    recipe = text.split("\ntest:", 1)[1].split("\n\n", 1)[0]
    assert "lint-imports" in recipe and "pytest" in recipe, recipe
