"""Wiring security into the storage layer: the SQLCipher connection factory, the attachment
cipher and the audit sealer on every store that is opened.

`activate()` is called once by `app.services.context` (so every CLI command, the UI, the demo
and the tests get it); it is idempotent.
"""

from __future__ import annotations

import os
from pathlib import Path

from app.errors import ZongchuangError
from app.security import dbcrypt, keys
from app.security.audit import enqueue_pending_audit, install_sealer
from app.security.crypto import FileCipher
from app.security.settings import load_settings
from app.storage import Store, register_open_hook
from app.storage.engine import set_connection_factory

_active = False
MARKER = Path("keys") / "attachments-encrypted"


def file_cipher(data_dir: Path) -> FileCipher:
    bundle = keys.load_keys(data_dir)
    return FileCipher(keys=dict(bundle.files), current=bundle.files_current,
                      algorithm=load_settings(data_dir).attachment_cipher)


def encrypt_plaintext_attachments(store: Store) -> int:
    """Encrypt attachment files written before encryption was on (idempotent); returns count."""
    cipher = store.attachments.cipher
    assert cipher is not None
    done = 0
    for path in sorted(store.attachments.root.glob("??/??/*")):
        if not path.is_file() or path.name.startswith(".tmp-") or len(path.name) != 64:
            continue
        raw = path.read_bytes()
        if FileCipher.key_version(raw) is not None:
            continue
        rewrite_file(path, cipher.encrypt(raw, path.name.encode()))
        done += 1
    return done


def rewrite_file(path: Path, payload: bytes) -> None:
    """Atomically replace `path` with `payload`; the old bytes are overwritten first."""
    tmp = path.with_name(".tmp-" + path.name)
    with open(tmp, "wb") as fh:
        fh.write(payload)
        fh.flush()
        os.fsync(fh.fileno())
    size = path.stat().st_size
    with open(path, "r+b") as fh:  # the old (plaintext) bytes do not survive the rename
        fh.write(os.urandom(size))
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def _on_open(store: Store) -> None:
    store.attachments.cipher = file_cipher(store.data_dir)
    install_sealer(store)
    marker = store.data_dir / MARKER
    if not marker.exists():
        encrypt_plaintext_attachments(store)
        marker.parent.mkdir(parents=True, exist_ok=True)
        marker.write_text("1\n", encoding="ascii")
    try:
        enqueue_pending_audit(store)  # rows from the last run reach the platform through the outbox
    except ZongchuangError:
        pass  # the database is busy: opening must not fail for this; the next open or lock catches up


def activate() -> None:
    global _active
    if _active:
        return
    set_connection_factory(dbcrypt.connect, dbcrypt.dbapi())
    register_open_hook(_on_open)
    _active = True
