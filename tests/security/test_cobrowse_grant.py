"""Explicit cross-center co-browse grants (issue 21, "co-browse targets within the center or an
explicit cross-center grant"), against the real platform on 127.0.0.1 and the real CLI: a helper
of another city is refused; after `zongchuang platform cobrowse-grant add` its request reaches
the window (which still has to accept); a revoked or expired grant refuses again; every grant,
use and revocation is in the hash-linked record."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from sync.cobrowse import protocol as P
from sync.platform.server import PlatformServer
from sync.platform.service import PlatformSettings

WINDOW, HELPER, OTHER = "420107-01", "420200-helper-01", "420200-helper-02"


@pytest.fixture
def platform(tmp_path):
    server = PlatformServer(PlatformSettings(data_dir=tmp_path / "platform")).start()
    yield server
    server.close()


def zc(root: Path, *args: str) -> dict:
    run = subprocess.run([sys.executable, "-m", "app.cli.main", "platform", "cobrowse-grant", *args,
                          "--platform-dir", str(root)], capture_output=True, text=True, timeout=120,
                         env={**os.environ, "PYTHONIOENCODING": "utf-8"})
    assert run.returncode == 0, run.stdout + run.stderr
    return json.loads(run.stdout)


def test_cross_center_cobrowse_needs_an_explicit_grant(platform, tmp_path):
    from websockets.asyncio.client import connect

    root = tmp_path / "platform"
    creds = {w: platform.platform.register_workstation(w, w[:6]) for w in (WINDOW, HELPER, OTHER)}

    def url(w: str, role: str) -> tuple[str, dict]:
        token = platform.platform.issue_session(creds[w])["access_token"]
        return f"ws://127.0.0.1:{platform.port}{P.PATH}?role={role}", {"Authorization": f"Bearer {token}"}

    async def recv(ws, kind, timeout=5.0):
        while True:
            msg = json.loads(await asyncio.wait_for(ws.recv(), timeout))
            if msg["type"] in (kind, P.ERROR):
                return msg

    async def ask(helper, target=WINDOW):
        await helper.send(json.dumps({"type": P.REQUEST, "target": target, "note": "跨市协助"}))
        return await recv(helper, "requested")

    async def go():
        (cu, ch), (hu, hh), (ou, oh) = url(WINDOW, "clerk"), url(HELPER, "helper"), url(OTHER, "helper")
        async with connect(cu, additional_headers=ch) as clerk, connect(hu, additional_headers=hh) as helper, \
                connect(ou, additional_headers=oh) as other:
            for ws in (clerk, helper, other):
                await recv(ws, P.HELLO)
            # 1. no grant: refused, the same answer as for a window that does not exist
            refused = await ask(helper)
            unknown = await ask(helper, "420107-99")
            assert refused["type"] == P.ERROR and refused["error"] == "forbidden" and refused == unknown
            assert "online" not in refused  # nothing about whether the window is connected

            # 2. a grant for this helper to this window, through the real CLI
            granted = await asyncio.to_thread(zc, root, "add", "--helper", HELPER, "--window", WINDOW, "--hours", "1",
                                              "--reason", "襄阳中心协助武汉青山窗口处理复杂办件", "--by", "itadmin")
            assert granted["live"] and granted["helper"] == HELPER
            ok = await ask(helper)
            assert ok["type"] == "requested" and ok["target"] == WINDOW
            request = await recv(clerk, P.REQUEST)
            assert request["grant"] == granted["id"] and request["helper"] == HELPER  # the window sees why
            # ... for that helper only: its colleague is still refused, and the grant names no other window
            assert (await ask(other))["error"] == "forbidden"
            assert (await ask(helper, "420107-02"))["error"] == "forbidden"

            # 3. revoked: refused at once (no cache)
            await asyncio.to_thread(zc, root, "revoke", granted["id"], "--by", "itadmin")
            assert (await ask(helper))["error"] == "forbidden"

            # 4. expiring: a short grant works, then stops by itself
            short = await asyncio.to_thread(zc, root, "add", "--helper", "420200", "--window", "420107",
                                            "--hours", "0.003", "--reason", "短时授权", "--by", "itadmin")
            assert (await ask(other))["type"] == "requested"  # a center-wide grant covers its helpers
            await recv(clerk, P.REQUEST)
            expires = dt.datetime.fromisoformat(short["expires_at"])
            await asyncio.sleep(max(0.0, (expires - dt.datetime.now(dt.UTC)).total_seconds()) + 0.5)
            assert (await ask(other))["error"] == "forbidden"
            return short

    short = asyncio.run(go())
    record = zc(root, "list", "--log")
    actions = [(e["action"], e["grant"]) for e in record["log"]]
    grant_ids = [g["id"] for g in record["grants"]]
    assert ("grant", grant_ids[0]) in actions and ("use", grant_ids[0]) in actions and ("revoke", grant_ids[0]) in actions
    assert ("grant", short["id"]) in actions and ("use", short["id"]) in actions
    assert record["log_intact"] is True
    assert not any(g["live"] for g in record["grants"])


def test_a_grant_needs_a_reason_a_grantor_and_a_bounded_lifetime(platform, tmp_path):
    from app.errors import InputError
    from sync.platform import grants

    p = platform.platform
    for kwargs in ({"reason": "", "granted_by": "it", "hours": 1}, {"reason": "r", "granted_by": "", "hours": 1},
                   {"reason": "r", "granted_by": "it", "hours": 0}, {"reason": "r", "granted_by": "it", "hours": 200}):
        with pytest.raises(InputError):
            grants.grant(p, helper=HELPER, window=WINDOW, **kwargs)
    with pytest.raises(InputError):
        grants.grant(p, helper="x" * 100, window=WINDOW, reason="r", granted_by="it", hours=1)
    assert grants.list_grants(p) == []
