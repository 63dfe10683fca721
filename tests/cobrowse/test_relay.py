"""The relay's gatekeeping: no token, no socket; a workstation that is not a party to a session
cannot read or write it; a clerk cannot share before accepting."""

from __future__ import annotations

import asyncio
import json

import pytest
from websockets.asyncio.client import connect
from websockets.exceptions import InvalidStatus

from sync.cobrowse import protocol as P
from tests.cobrowse.conftest import WINDOW, _token


def _ws_url(platform, role: str, **q) -> str:
    extra = "".join(f"&{k}={v}" for k, v in q.items())
    return f"ws://127.0.0.1:{platform.port}{P.PATH}?role={role}{extra}"


async def _recv(ws, kind: str, timeout: float = 5.0) -> dict:
    while True:
        msg = json.loads(await asyncio.wait_for(ws.recv(), timeout))
        if msg["type"] == kind:
            return msg


def test_no_token_no_socket(platform):
    async def go():
        with pytest.raises(InvalidStatus):
            async with connect(_ws_url(platform, "clerk")) as ws:
                await ws.recv()
        with pytest.raises(InvalidStatus):
            async with connect(_ws_url(platform, "clerk"), additional_headers={"Authorization": "Bearer nope"}) as ws:
                await ws.recv()
    asyncio.run(go())


def test_outsiders_and_early_shares_are_refused(platform, window_token, helper_token, tap):
    other_token = _token(platform, "420999-01")

    async def go():
        h = {"Authorization": f"Bearer {window_token()}"}
        async with connect(_ws_url(platform, "clerk"), additional_headers=h) as clerk, \
                connect(_ws_url(platform, "helper"), additional_headers={"Authorization": f"Bearer {helper_token()}"}) as helper, \
                connect(_ws_url(platform, "helper"), additional_headers={"Authorization": f"Bearer {other_token()}"}) as other:
            await _recv(clerk, P.HELLO)
            await helper.send(json.dumps({"type": P.REQUEST, "target": WINDOW}))
            sid = (await _recv(clerk, P.REQUEST))["session"]
            # sharing before accepting is refused; nothing reaches the helper
            await clerk.send(json.dumps({"type": P.SNAPSHOT, "session": sid, "seq": 1, "view": {"x": 1}}))
            assert (await _recv(clerk, P.ERROR))["error"] == "not_active"
            await clerk.send(json.dumps({"type": P.ACCEPT, "session": sid}))
            await _recv(helper, P.ACCEPTED)
            # another workstation cannot write into, nor re-join, the session
            await other.send(json.dumps({"type": P.SUGGEST, "session": sid, "field": "x", "value": "y"}))
            assert (await _recv(other, P.ERROR))["error"] == "forbidden"
        async with connect(_ws_url(platform, "helper", session=sid),
                           additional_headers={"Authorization": f"Bearer {other_token()}"}) as other:
            assert (await _recv(other, P.ENDED))["reason"] == "unknown_session"
    asyncio.run(go())
    assert not any('"view":{"x":1}' in t for d, r, t in tap.frames if d == "out")
