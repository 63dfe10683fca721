"""Fixtures for the 一件事 tests: the real reference platform on 127.0.0.1 (port 0, SQLite)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from sync.platform.server import PlatformServer
from sync.platform.service import PlatformSettings

WORKSTATION, CENTER = "420107-01", "420107"


@pytest.fixture
def platform(tmp_path: Path) -> Iterator[PlatformServer]:
    server = PlatformServer(PlatformSettings(data_dir=tmp_path / "platform")).start()
    yield server
    server.close()


@pytest.fixture
def credential(platform: PlatformServer) -> str:
    assert platform.platform is not None
    return platform.platform.register_workstation(WORKSTATION, CENTER)
