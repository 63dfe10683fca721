"""The README's command-line examples run as typed on a fresh machine.

The brief's rule is that every README example works as typed; this test takes the shell blocks
of the README's "Command line" and "Sync" sections and runs them, in order, in one bash with
`set -e` — a fresh home folder, no keyring (so the headless passphrase path is the one taken),
the password prompts answered through the variables the CLI reads for automation.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SECTIONS = ("## Command line", "## Sync with the central platform")
TRY_PATHS = ("/tmp/zc-try", "/tmp/zc-try-passphrase", "/tmp/zc-platform")


def readme_blocks() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = []
    for title in SECTIONS:
        start = text.index(title)
        nxt = text.find("\n## ", start + len(title))
        section = text[start:nxt if nxt != -1 else len(text)]
        blocks += re.findall(r"```sh\n(.*?)```", section, flags=re.S)
    return blocks


def _clean() -> None:
    for p in TRY_PATHS:
        path = Path(p)
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        elif path.exists():
            path.unlink()


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_readme_command_line_runs_as_typed(tmp_path: Path):
    blocks = readme_blocks()
    assert len(blocks) >= 2 and "zongchuang case new" in blocks[0] and "sync run" in blocks[1]
    if not (ROOT / ".venv" / "bin" / "activate").exists():
        pytest.fail("the README block starts with `. .venv/bin/activate`: run `make venv` first")
    with socket.socket() as probe:  # the README's platform listens on 8443
        if probe.connect_ex(("127.0.0.1", 8443)) == 0:
            pytest.fail("port 8443 is taken on this machine; the README's platform example needs it")
    _clean()
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("ZONGCHUANG_")}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / ".local/share"), PYTHON_KEYRING_BACKEND=
               "keyring.backends.fail.Keyring", ZONGCHUANG_NEW_PASSWORD="Try-Out-Window-2026",
               ZONGCHUANG_PASSWORD="Try-Out-Window-2026", QT_QPA_PLATFORM="offscreen")
    script = "set -euo pipefail\n" + "\n".join(blocks)
    try:
        done = subprocess.run(["bash", "-c", script], cwd=ROOT, env=env, capture_output=True, text=True,
                              timeout=600)
    finally:
        subprocess.run(["pkill", "-f", "platform serve --port 8443 --platform-dir /tmp/zc-platform"], check=False)
        _clean()
    out = done.stdout + done.stderr
    assert done.returncode == 0, out[-4000:]
    assert re.search(r"\d{6}-\d{2}-\d{8}-\d{4}", done.stdout), "case new printed no 受理编号"
    assert "2026-02-27" in done.stdout
    assert "受理回执" in done.stdout and ".pdf" in done.stdout  # the demo's printed documents listed
    assert '"outstanding": 0' in done.stdout  # sync status after the pass: nothing left
