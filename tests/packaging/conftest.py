"""Fixtures for the packaging/IT tests: every layer of the machine config and the log folder
point into the test's temporary directory, so no test reads /etc/zongchuang or the user's logs."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

_HANDLER_NAME = "zongchuang-file"  # the name app.logging_setup gives its file handler


@pytest.fixture
def it_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    system = tmp_path / "etc" / "config.toml"
    home = tmp_path / "home"
    logs = tmp_path / "logs"
    monkeypatch.setenv("ZONGCHUANG_SYSTEM_CONFIG", str(system))
    monkeypatch.setenv("ZONGCHUANG_HOME", str(home))
    monkeypatch.setenv("ZONGCHUANG_LOG_DIR", str(logs))
    for var in ("ZONGCHUANG_CENTER", "ZONGCHUANG_WINDOW", "ZONGCHUANG_REGION", "ZONGCHUANG_PLATFORM",
                "ZONGCHUANG_CENTER_NAME", "ZONGCHUANG_LOG_LEVEL"):
        monkeypatch.delenv(var, raising=False)
    yield {"system": system, "home": home, "logs": logs, "user": home / "config.toml"}
    root = logging.getLogger()
    for handler in list(root.handlers):
        if handler.get_name() == _HANDLER_NAME:
            root.removeHandler(handler)
            handler.close()
    import app.logging_setup as logging_setup

    if hasattr(logging_setup, "_installed"):
        logging_setup._installed = None
