"""After the full scripted demo plus a case with planted personal data, a raw-byte grep of the
data directory and the logs finds none of the planted ID numbers, names or phones."""

from __future__ import annotations

import logging

from app.logging_setup import setup_logging
from app.services import demo
from tests.security.conftest import PLANTED, grep_tree, plant_case

DEMO_VALUES = ("11010519491231002X", "13800138000")  # the demo's own applicant (see app/services/demo.py)


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
