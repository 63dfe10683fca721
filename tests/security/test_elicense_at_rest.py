"""The 电子证照 library's holder data at rest (issue 21, medium 8): licences imported with the real
CLI (`zongchuang platform elicense import`), a shared record, an authorization and lookups over
HTTP on 127.0.0.1 — then no file under the platform's folder holds the holder's name, ID number
or the 照面信息 in any encoding, while the routes still answer with them (sealed, not lost)."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from sync.platform.server import PlatformServer
from sync.platform.service import PlatformSettings
from tests.security.conftest import PLANTED_ADDRESS, PLANTED_ID, PLANTED_ID2, PLANTED_NAME, grep_tree

ZONGCHUANG = str(Path(sys.executable).with_name("zongchuang"))
SECRETS = (PLANTED_ID, PLANTED_ID2, PLANTED_NAME, PLANTED_ADDRESS)


@pytest.fixture
def platform(tmp_path):
    server = PlatformServer(PlatformSettings(data_dir=tmp_path / "platform")).start()
    yield server
    server.close()


def _export(tmp_path):
    rows = [{"证照类型": "居民身份证", "证照编号": PLANTED_ID, "持证主体": PLANTED_NAME, "持证主体代码": PLANTED_ID,
             "颁证单位": "青岛市公安局市南分局", "颁证日期": "2020-01-02", "有效期截止": "2040-01-02", "状态": "有效",
             "照面信息": {"name": PLANTED_NAME, "id_number": PLANTED_ID, "address": PLANTED_ADDRESS}},
            {"证照类型": "营业执照", "证照编号": "91370202MA3C00001X", "持证主体": f"{PLANTED_NAME}个体工商户",
             "持证主体代码": PLANTED_ID, "颁证单位": "青岛市市南区市场监督管理局", "颁证日期": "2021-03-05",
             "状态": "有效", "照面信息": {"name": f"{PLANTED_NAME}个体工商户", "legal_representative": PLANTED_NAME,
                                        "address": PLANTED_ADDRESS}}]
    shared = [{"kind": "户籍", "subject_id": PLANTED_ID2, "data": {"name": PLANTED_NAME, "address": PLANTED_ADDRESS},
               "source": "公安户籍"}]
    path = tmp_path / "export.json"
    path.write_text(json.dumps({"licences": rows, "shared": shared}, ensure_ascii=False), encoding="utf-8")
    return path


def test_no_holder_data_in_the_platforms_files(platform, tmp_path):
    root = tmp_path / "platform"
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    run = subprocess.run([ZONGCHUANG, "platform", "elicense", "import", str(_export(tmp_path)),
                          "--platform-dir", str(root)], capture_output=True, text=True, env=env, timeout=300)
    assert run.returncode == 0, run.stderr
    cred = platform.platform.register_workstation("420107-01", "420107")
    with httpx.Client(base_url=platform.url, timeout=30) as http:
        token = http.post("/auth/token", headers={"Authorization": f"Bearer {cred}"}).json()["access_token"]
        auth_h = {"Authorization": f"Bearer {token}", "X-Operator": "clerk01"}
        grant = http.post("/elicense/authorizations", headers=auth_h, json={
            "holder_id": PLANTED_ID, "purpose": f"为{PLANTED_NAME}办理食品经营许可", "scope": ["*"]})
        assert grant.status_code == 201, grant.text
        auth_id = grant.json()["authorization"]
        found = http.get("/elicense/licences", headers=auth_h,
                         params={"holder": PLANTED_ID, "type": "居民身份证", "authorization": auth_id})
        assert found.status_code == 200, found.text
        [lic] = found.json()["licences"]
        full = http.get(f"/elicense/licences/{lic['id']}", headers=auth_h, params={"authorization": auth_id}).json()
        assert full["holder_name"] == PLANTED_NAME and full["data"]["address"] == PLANTED_ADDRESS  # reads back
        pdf = http.get(f"/elicense/licences/{lic['id']}/file", headers=auth_h, params={"authorization": auth_id})
        assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
        # another holder's shared record needs its own grant; with one it reads back intact
        grant2 = http.post("/elicense/authorizations", headers=auth_h, json={
            "holder_id": PLANTED_ID2, "purpose": "户籍核验", "scope": ["shared.户籍"]}).json()["authorization"]
        rec = http.get("/shared/户籍", headers=auth_h, params={"subject": PLANTED_ID2, "authorization": grant2})
        assert rec.status_code == 200 and rec.json()["data"]["name"] == PLANTED_NAME, rec.text
        qr = http.get("/verify", params={"no": PLANTED_ID})  # the public QR check logs the number masked
        assert qr.status_code == 200 and qr.json()["valid"] is True
    verify = platform.platform._elicense_library.verify_log()
    assert verify["ok"] and verify["rows"] >= 5

    platform.platform.engine.dispose()  # the WAL is part of what we grep
    assert grep_tree(root, SECRETS) == {}, "holder data in the clear on the platform"
    con = sqlite3.connect(root / "platform.db")
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert {"elicense_licences", "elicense_licence_files", "elicense_shared_records"} <= tables
        assert not tables & {"elicenses", "shared_records"}  # no schema-1 tables in the clear
        names = [r[0] for r in con.execute("SELECT holder_name FROM elicense_licences")]
        files = [r[0] for r in con.execute("SELECT content FROM elicense_licence_files")]
    finally:
        con.close()
    assert len(names) == 2 and all(n.startswith("zcp1:") for n in names)
    assert files and all(bytes(f).startswith(b"ZCS1") and b"%PDF" not in bytes(f) for f in files)
    for path in [root, *root.rglob("*")]:
        mode = stat.S_IMODE(path.lstat().st_mode)
        assert mode == 0o700 if path.is_dir() else mode & 0o077 == 0, (path, oct(mode))


def test_schema_1_library_is_sealed_on_open(tmp_path):
    """A library written by schema 1 (holder data in the clear) is moved into the sealed tables
    the first time the platform opens it; licences and their signatures survive."""
    from sqlalchemy import text

    from sync.platform.elicense_api import library_for
    from sync.platform.service import Platform

    settings = PlatformSettings(data_dir=tmp_path / "p")
    platform = Platform(settings)
    lib = library_for(platform)
    lic = lib.add({"type_name": "居民身份证", "number": PLANTED_ID, "holder_id": PLANTED_ID, "holder_name": PLANTED_NAME,
                   "data": {"name": PLANTED_NAME}})
    # rebuild the schema-1 layout from the sealed rows, in the clear, as an old platform left it
    with platform.engine.begin() as conn:
        conn.execute(text("CREATE TABLE elicenses AS SELECT * FROM elicense_licences"))
        conn.execute(text("CREATE TABLE elicense_files (sha256 TEXT PRIMARY KEY, media_type TEXT, content BLOB)"))
        conn.execute(text("UPDATE elicenses SET holder_name=:n, holder_id=:i, number=:i, data=:d"),
                     {"n": PLANTED_NAME, "i": PLANTED_ID, "d": json.dumps({"name": PLANTED_NAME}, ensure_ascii=False)})
        conn.execute(text("INSERT INTO elicense_files VALUES (:s, 'application/pdf', :c)"),
                     {"s": lic["file_sha256"], "c": b"%PDF-1.4 " + PLANTED_NAME.encode()})
        conn.execute(text("DELETE FROM elicense_licences"))
        conn.execute(text("DELETE FROM elicense_licence_files"))
        conn.execute(text("UPDATE elicense_meta SET value='1' WHERE key='schema'"))
    platform.close()

    platform = Platform(settings)
    try:
        lib = library_for(platform)
        [row] = lib.list(holder=PLANTED_ID)
        assert row["holder_name"] == PLANTED_NAME and row["id"] == lic["id"]
        from app.security.licence_sig import verify_licence_signature

        assert verify_licence_signature(lib.public_key(), {**row, "data": {"name": PLANTED_NAME}})
    finally:
        platform.close()
    assert grep_tree(tmp_path / "p", (PLANTED_ID, PLANTED_NAME)) == {}
