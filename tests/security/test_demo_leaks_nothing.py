"""After the full scripted demo plus a case with planted personal data, a raw-byte grep of the
data directory and the logs finds none of the planted ID numbers, names or phones."""

from __future__ import annotations

import logging

from app.logging_setup import setup_logging
from sync import demo
from tests.security.conftest import PLANTED, grep_tree, plant_case

DEMO_VALUES = ("11010519491231002X", "13800138000")  # the demo's own applicant (see sync/demo.py)


def step_planted(state: demo.DemoState) -> None:
    plant_case(state.ctx, state.actor)
    log = logging.getLogger("app.test.planted")
    # code must not log personal data; if it does, the redacting handler is the net
    log.warning("read card name=%s id=%s phone %s", PLANTED[2], PLANTED[0], PLANTED[3])
    log.error("applicant {'name': '%s', 'id_number': '%s', 'address': '%s'}", PLANTED[2], PLANTED[1], PLANTED[4])
    try:
        raise ValueError(f"bad id {PLANTED[0]}")
    except ValueError:
        log.exception("failure while handling %s", PLANTED[3])


def test_demo_data_and_logs_hold_no_plaintext_pi(tmp_path, monkeypatch):
    logs = tmp_path / "logs"
    log_file = setup_logging(logs)
    out = tmp_path / "demo"
    summary = demo.run_demo(out, steps=[*demo.STEPS, step_planted])
    assert summary["acceptance_number"]
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert log_file is not None and log_file.exists() and "370202********3910" in log_file.read_text("utf-8")
    leaks = grep_tree(out / "data", (*PLANTED, *DEMO_VALUES)) | grep_tree(logs, (*PLANTED, *DEMO_VALUES))
    assert leaks == {}, f"personal data in plaintext: {leaks}"


def test_demo_on_a_bare_headless_machine_still_encrypts(tmp_path):
    """No keyring backend and no passphrase (a fresh CI box running `make run`): the demo runs
    with a one-time key instead of failing or writing plaintext."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    env = {k: v for k, v in os.environ.items() if k not in {"ZONGCHUANG_KEY_PASSPHRASE", "ZONGCHUANG_KEYRING"}}
    env.update({"PYTHONPATH": str(root), "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
                "ZONGCHUANG_KEY_PASSPHRASE_FILE": str(tmp_path / "none"), "ZONGCHUANG_LOG_DIR": str(tmp_path / "logs")})
    out = tmp_path / "demo"
    proc = subprocess.run([sys.executable, "-m", "app.cli.main", "demo", "--out", str(out)], env=env,
                          capture_output=True, text=True, timeout=300, stdin=subprocess.DEVNULL)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "一次性密钥" in proc.stdout
    assert not (out / "data" / "zongchuang.db").read_bytes().startswith(b"SQLite format 3")
    assert grep_tree(out / "data", DEMO_VALUES) == {} and grep_tree(tmp_path / "logs", DEMO_VALUES) == {}
