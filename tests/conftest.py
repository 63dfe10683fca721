"""Shared fixtures: a real store in a temporary folder, the packaged catalog, an actor.

Fixtures for real parts of one area (pcscd, a pty reader, CUPS, PostgreSQL, the platform on
port 0) live in that area's own conftest.py under tests/<area>/.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")
# Stores are encrypted (SQLCipher + encrypted attachments) in tests as in real use. The suite never
# touches a real OS keyring: the data key is wrapped under this passphrase (the headless path, see
# docs/security.md); tests/security exercises the keyring path with its own Secret Service.
os.environ.setdefault("ZONGCHUANG_KEYRING", "none")
os.environ.setdefault("ZONGCHUANG_KEY_PASSPHRASE", "test-suite-key-passphrase-not-a-secret")

from app.services.context import ServiceContext, open_context  # noqa: E402
from app.storage import Actor  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def ctx(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> ServiceContext:
    """A service context over a fresh SQLite store in a temporary folder."""
    for var in ("ZONGCHUANG_CENTER", "ZONGCHUANG_WINDOW", "ZONGCHUANG_REGION", "ZONGCHUANG_PLATFORM"):
        monkeypatch.delenv(var, raising=False)
    context = open_context(data_dir)
    yield context
    context.close()


@pytest.fixture
def clerk() -> Actor:
    return Actor(user="clerk01", role="clerk", terminal="420107-01")


@pytest.fixture
def supervisor() -> Actor:
    return Actor(user="super01", role="supervisor", terminal="420107-01")
