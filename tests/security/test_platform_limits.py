"""Resource limits and small leaks on the platform (issue 21, medium 7 and low): silent
connections are closed so they cannot use up the file descriptors, `/health` keeps answering,
access tokens never reach the server log, common passwords are refused."""

from __future__ import annotations

import asyncio
import logging
import socket
import time
from collections.abc import Iterator

import httpx
import pytest

from app.errors import InputError
from app.security.users import check_password_policy
from sync.platform import server as server_mod
from sync.platform.server import PlatformServer
from sync.platform.service import PlatformSettings


@pytest.fixture
def platform(tmp_path, monkeypatch) -> Iterator[PlatformServer]:
    monkeypatch.setattr(server_mod, "FIRST_BYTE_TIMEOUT", 1.0)
    server = PlatformServer(PlatformSettings(data_dir=tmp_path / "platform")).start()
    yield server
    server.close()


def test_silent_connections_are_closed_and_health_still_answers(platform):
    socks = [socket.create_connection(("127.0.0.1", platform.port), timeout=10) for _ in range(200)]
    try:
        deadline = time.monotonic() + 15
        closed = 0
        for s in socks:
            s.settimeout(max(0.1, deadline - time.monotonic()))
            try:
                if s.recv(1) == b"":
                    closed += 1
            except (TimeoutError, OSError):
                pass
        assert closed == len(socks), f"{len(socks) - closed} silent connections still open"
        assert httpx.get(f"{platform.url}/health", timeout=5).status_code == 200
    finally:
        for s in socks:
            s.close()


def test_access_tokens_never_reach_the_server_log(platform):
    from websockets.asyncio.client import connect

    from sync.cobrowse import protocol as P

    cred = platform.platform.register_workstation("420107-01", "420107")
    token = platform.platform.issue_session(cred)["access_token"]
    records: list[str] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(record.getMessage())

    log = logging.getLogger("uvicorn.error")
    keep, level = Keep(), log.level
    log.addHandler(keep)
    log.setLevel(logging.INFO)
    try:
        async def go():
            async with connect(f"ws://127.0.0.1:{platform.port}{P.PATH}?role=clerk&access_token={token}") as ws:
                await asyncio.wait_for(ws.recv(), 5)
        asyncio.run(go())
        time.sleep(0.3)
    finally:
        log.removeHandler(keep)
        log.setLevel(level)
    assert any("cobrowse" in r for r in records), records  # the line is logged …
    assert not any(token in r for r in records)  # … without the token
    assert any("access_token=***" in r for r in records)


@pytest.mark.parametrize("weak", ["Password1", "P@ssw0rd", "Admin@123", "Qwer1234", "1qaz@WSX", "Huawei@123"])
def test_common_passwords_are_refused(weak):
    with pytest.raises(InputError) as err:
        check_password_policy(weak, "clerk01")
    assert "常见密码" in err.value.message_zh and "common password" in err.value.message_en


def test_a_strong_password_passes():
    check_password_policy("Window#Pass2026x", "clerk01")
