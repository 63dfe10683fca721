"""A workstation whose security module cannot be imported refuses to start (no login without
a password check, ever): `zongchuang gui` run for real in a child process where importing
`app.security.users` fails, as a broken installation would."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

BLOCK = textwrap.dedent("""
    import sys
    from importlib.abc import MetaPathFinder

    class Broken(MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name == {module!r}:
                raise ImportError("simulated broken installation: " + name)
            return None

    sys.meta_path.insert(0, Broken())
    from app.cli.main import main
    sys.exit(main({argv!r}))
""")


def _run(module: str, argv: list[str], home: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "ZONGCHUANG_HOME": str(home), "QT_QPA_PLATFORM": "offscreen",
           "ZONGCHUANG_SYSTEM_CONFIG": str(home / "none.toml")}
    return subprocess.run([sys.executable, "-c", BLOCK.format(module=module, argv=argv)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def test_gui_refuses_to_start_without_the_security_module(tmp_path):
    for module in ("app.security.users", "app.security.install"):
        proc = _run(module, ["gui", "--training"], tmp_path / "home")
        assert proc.returncode == 3, (module, proc.stdout, proc.stderr)
        assert "安全模块无法加载" in proc.stderr and "拒绝启动" in proc.stderr, proc.stderr
        assert not (tmp_path / "home" / "training" / "workstation.ini").exists()  # no window was built


def test_the_check_lets_a_sound_installation_through(tmp_path):
    """Control: the same child with nothing broken opens its (encrypted) store through the root."""
    proc = _run("nothing.blocked", ["sync", "status", "--json"], tmp_path / "home")
    assert proc.returncode == 0, proc.stderr
    assert '"pending": 0' in proc.stdout
