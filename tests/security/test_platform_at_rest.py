"""Personal data at rest on the reference platform (issue 21, medium 8): after a real sync of a
case with planted personal data (and an approval that carries the holder's name), no file under
the platform's data folder holds any planted value in any encoding; files are 0600, folders
0700; the server key is 0600; what the platform stores still reads back intact."""

from __future__ import annotations

import os
import stat

import pytest

from sync.platform.server import PlatformServer
from sync.platform.service import PlatformSettings
from tests.security.conftest import PLANTED_ID, PLANTED_NAME, grep_tree
from tests.sync.conftest import make_runner, queue_case


@pytest.fixture
def platform(tmp_path):
    server = PlatformServer(PlatformSettings(data_dir=tmp_path / "platform")).start()
    yield server
    server.close()


def test_no_personal_data_in_the_platforms_files(ctx, platform, tmp_path):
    cred = platform.platform.register_workstation("420107-01", "420107")
    uuid = queue_case(ctx, files=2, name=PLANTED_NAME, seed=f"居民身份证 {PLANTED_ID} {PLANTED_NAME}".encode())
    runner = make_runner(ctx, platform.url, cred)
    try:
        runner.run(until_empty=True, timeout=60)
    finally:
        runner.stop()
        runner.client.close()
    info = platform.platform.case_info(uuid)
    assert info is not None and info["status"] == "in_approval"
    root = tmp_path / "platform"
    platform.platform.engine.dispose()  # checkpoint-free: the WAL is part of what we grep
    assert grep_tree(root, (PLANTED_ID, PLANTED_NAME)) == {}
    # an approval's certificate names the holder: sealed in cases.result and the status feed
    # (the 电子证照 library's copy: tests/security/test_elicense_at_rest.py)
    platform.platform.decide(uuid, "approved")
    assert platform.platform.case_info(uuid)["result"]["certificate"]["holder"] == PLANTED_NAME
    import sqlite3

    con = sqlite3.connect(root / "platform.db")
    try:
        raw = [r[0] for r in con.execute("SELECT result FROM cases")] + \
            [r[0] for r in con.execute("SELECT certificate FROM status_events WHERE certificate IS NOT NULL")] + \
            [r[0] for r in con.execute("SELECT document FROM cases")] + [r[0] for r in con.execute("SELECT payload FROM audit_batches")]
    finally:
        con.close()
    assert raw and all(v.startswith("zcp1:") and PLANTED_NAME not in v for v in raw)
    # the stored bytes still read back (sealed, not lost)
    from app.services.cases import case_detail

    for m in case_detail(ctx, uuid)["materials"]:
        for f in m.get("files", []) or []:
            assert platform.platform.blobs.read(f["sha256"]) == ctx.store.attachments.get(f["sha256"])
    for path in [root, *root.rglob("*")]:
        mode = stat.S_IMODE(path.lstat().st_mode)
        if path.is_dir():
            assert mode == 0o700, (path, oct(mode))
        else:
            assert mode & 0o077 == 0, (path, oct(mode))
    assert stat.S_IMODE(os.stat(root / "platform.key").st_mode) == 0o600


def test_a_tampered_blob_is_detected(ctx, platform):
    import hashlib

    import httpx

    from sync.platform.blobs import HashMismatch
    from sync.platform.crypto import PlatformKeyError

    cred = platform.platform.register_workstation("420107-01", "420107")
    data = f"{PLANTED_NAME} {PLANTED_ID} ".encode() * 100
    digest = hashlib.sha256(data).hexdigest()
    with httpx.Client(base_url=platform.url) as http:
        token = http.post("/auth/token", headers={"Authorization": f"Bearer {cred}"}).json()["access_token"]
        r = http.patch(f"/blobs/{digest}", content=data, headers={"Authorization": f"Bearer {token}",
                                                                     "Upload-Offset": "0", "Upload-Length": str(len(data))})
        assert r.status_code == 201
    path = platform.platform.blobs.path_for(digest)
    raw = bytearray(path.read_bytes())
    assert PLANTED_NAME.encode() not in raw
    raw[-5] ^= 1
    path.write_bytes(bytes(raw))
    from cryptography.exceptions import InvalidTag

    with pytest.raises((InvalidTag, PlatformKeyError, HashMismatch)):
        platform.platform.blobs.read(digest)
