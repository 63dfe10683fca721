"""The database and attachment files are unreadable without the key; plaintext stores migrate."""

from __future__ import annotations

import sqlite3

import pytest

from app.security import dbcrypt, keys
from app.security.crypto import FileCipher
from app.services import cases as svc
from app.services.context import open_context
from app.storage import open_store
from app.storage.engine import connection_factory, set_connection_factory
from tests.security.conftest import PLANTED, PLANTED_ID, PLANTED_NAME, grep_tree, plant_case


def test_db_and_files_unreadable_without_key(ctx, clerk):
    uuid, page = plant_case(ctx, clerk)
    data_dir = ctx.data_dir
    assert svc.case_detail(ctx, uuid)["applicant"]["id_number"] == PLANTED_ID  # readable with the key
    ctx.close()

    con = sqlite3.connect(data_dir / "zongchuang.db")
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
    con.close()
    assert not dbcrypt.is_plaintext(data_dir / "zongchuang.db")

    files = [p for p in (data_dir / "attachments").rglob("*") if p.is_file()]
    assert files, "the page was stored"
    for path in files:
        raw = path.read_bytes()
        assert raw.startswith(b"ZCE1") and page[:40] not in raw
    assert grep_tree(data_dir) == {}, "planted personal data found in plaintext"


def test_wrong_passphrase_cannot_open(data_dir, clerk, monkeypatch):
    ctx = open_context(data_dir)
    plant_case(ctx, clerk)
    ctx.close()
    keys.forget(data_dir)
    monkeypatch.setenv("ZONGCHUANG_KEY_PASSPHRASE", "a-different-passphrase")
    with pytest.raises(keys.NoKeySource.__mro__[1]) as err:  # StorageError: bilingual, actionable
        open_context(data_dir)
    assert "口令" in err.value.message_zh
    keys.forget(data_dir)


def test_no_key_source_is_a_clear_error_never_plaintext(data_dir, monkeypatch):
    monkeypatch.delenv("ZONGCHUANG_KEY_PASSPHRASE")
    monkeypatch.setenv("ZONGCHUANG_KEY_PASSPHRASE_FILE", str(data_dir.parent / "missing-file"))
    monkeypatch.setattr(keys, "SYSTEM_PASSPHRASE_FILE", data_dir.parent / "no-system-file")
    with pytest.raises(keys.NoKeySource) as err:
        open_context(data_dir)
    assert "security init" in err.value.hint_en
    assert not (data_dir / "zongchuang.db").exists() or not dbcrypt.is_plaintext(data_dir / "zongchuang.db")


def test_sm4_gcm_attachments(data_dir, clerk, monkeypatch):
    monkeypatch.setenv("ZONGCHUANG_ATTACHMENT_CIPHER", "sm4-gcm")
    ctx = open_context(data_dir)
    try:
        uuid, page = plant_case(ctx, clerk)
        digest = next(f.sha256 for m in svc.case_document(ctx, uuid).materials for f in m.files)
        raw = ctx.store.attachments.path_for(digest).read_bytes()
        assert FileCipher.algorithm_of(raw) == "sm4-gcm"
        assert ctx.store.attachments.get(digest) == page
        tampered = bytearray(raw)
        tampered[-1] ^= 1
        ctx.store.attachments.path_for(digest).write_bytes(bytes(tampered))
        with pytest.raises(Exception, match="解密|decrypt"):
            ctx.store.attachments.get(digest)
    finally:
        ctx.close()


def test_plaintext_store_is_migrated_on_open(data_dir, clerk):
    factory = connection_factory()
    from app.security.install import _on_open  # noqa: F401  (the hook stays registered)
    from app.storage import store as store_mod

    set_connection_factory(None)
    hooks = list(store_mod._open_hooks)
    store_mod._open_hooks.clear()
    try:  # a store as the foundation wrote it before encryption existed
        plain = open_store(data_dir)
        page = f"旧明文附件 {PLANTED_ID}".encode() * 20
        digest = plain.attachments.put(page)
        from app.storage.tables import AuditRow

        with plain.unit_of_work(clerk) as uow:
            uow.session.add(AuditRow(at=uow.now(), actor="old", role="clerk", terminal="", action="legacy",
                                     target=PLANTED_NAME, detail={}, ok=True))
        plain.close()
    finally:
        store_mod._open_hooks.extend(hooks)
        set_connection_factory(factory, dbcrypt.dbapi())
    assert dbcrypt.is_plaintext(data_dir / "zongchuang.db")
    assert grep_tree(data_dir, (PLANTED_ID,))  # plaintext before

    ctx = open_context(data_dir)
    try:
        assert ctx.store.attachments.get(digest) == page
        from app.security.audit import verify_chain

        ref = svc.create_case(ctx, "010170001000-02", {"what_changes": "unit_name"}, actor=clerk)
        assert ref.acceptance_number
        report = verify_chain(ctx.store)
        assert report.ok and report.legacy_unsealed == 1
    finally:
        ctx.close()
    assert not dbcrypt.is_plaintext(data_dir / "zongchuang.db")
    assert grep_tree(data_dir, PLANTED) == {}


RACER = """
import sys
from pathlib import Path
from app.services.context import open_context
from app.services import cases as svc
from app.storage import Actor
ctx = open_context(Path(sys.argv[1]))
svc.create_case(ctx, "010170001000-02", {"what_changes": "unit_name"}, actor=Actor("c", "clerk"))
ctx.close()
"""


def test_processes_racing_to_create_the_key_agree(data_dir):
    """Four processes open the same fresh data directory at once: one key wins, all use it."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    procs = [subprocess.Popen([sys.executable, "-c", RACER, str(data_dir)], env=env, stderr=subprocess.PIPE, text=True)
             for _ in range(4)]
    errors = [p.communicate(timeout=120)[1] for p in procs]
    assert all(p.returncode == 0 for p in procs), errors
    keys.forget(data_dir)
    ctx = open_context(data_dir)
    try:
        assert len(svc.list_cases(ctx)) == 4
    finally:
        ctx.close()
    assert not list((data_dir / "keys").glob("*.tmp"))
