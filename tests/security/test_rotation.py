"""Key rotation keeps every case and attachment readable; the old keys no longer open anything."""

from __future__ import annotations

import pytest

from app.security import dbcrypt, keys
from app.security.audit import verify_chain
from app.security.crypto import FileCipher
from app.security.rotation import rotate_keys
from app.services import cases as svc
from app.services.context import open_context
from tests.security.conftest import PLANTED_ID, grep_tree, plant_case


def test_rotate_keeps_data_readable(data_dir, clerk):
    ctx = open_context(data_dir)
    uuid, page = plant_case(ctx, clerk)
    digest = next(f.sha256 for m in svc.case_document(ctx, uuid).materials for f in m.files)
    ctx.close()
    old = keys.load_keys(data_dir)
    old_db, old_files = old.db, dict(old.files)

    report = rotate_keys(data_dir)
    assert report.database and report.files_reencrypted == 1 and report.files_version == 2

    new = keys.load_keys(data_dir)
    assert new.db != old_db and set(new.files) == {2}
    with pytest.raises(dbcrypt.dbapi().DatabaseError):
        dbcrypt._open_keyed(str(data_dir / "zongchuang.db"), old_db)
    raw = (data_dir / "attachments" / digest[:2] / digest[2:4] / digest).read_bytes()
    assert FileCipher.key_version(raw) == 2
    with pytest.raises(Exception, match="版本|version"):
        FileCipher(keys=old_files, current=1).decrypt(raw, digest.encode())

    keys.forget(data_dir)  # as a fresh process would: from the keystore
    ctx = open_context(data_dir)
    try:
        assert svc.case_document(ctx, uuid).applicant.id_number == PLANTED_ID
        assert ctx.store.attachments.get(digest) == page
        assert verify_chain(ctx.store).ok
        svc.set_fields(ctx, uuid, {"unit_name": "轮换后仍可写"}, actor=clerk)
    finally:
        ctx.close()
    assert grep_tree(data_dir) == {}
    assert not list(data_dir.glob("*.rekeying")) and not list(data_dir.glob("*.plaintext-old"))


def test_interrupted_rotation_recovers(data_dir, clerk):
    """A crash after the database was re-encrypted but before the new key was made current."""
    ctx = open_context(data_dir)
    uuid, _ = plant_case(ctx, clerk)
    ctx.close()
    bundle = keys.load_keys(data_dir)
    import os

    bundle.db_next = os.urandom(32)
    keys.save_keys(data_dir, bundle)
    dbcrypt.rekey(data_dir / "zongchuang.db", bundle.db, bundle.db_next)
    keys.forget(data_dir)
    ctx = open_context(data_dir)
    try:
        assert svc.case_document(ctx, uuid).applicant.id_number == PLANTED_ID
    finally:
        ctx.close()
    assert keys.load_keys(data_dir).db_next is None
