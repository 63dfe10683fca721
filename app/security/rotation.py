"""Key rotation (`zongchuang security rotate-key`): a new database key and a new attachment key;
every attachment re-encrypted; the data stays readable throughout.

Crash-safe order: (1) store the bundle with the next DB key and the new file key beside the old
ones; (2) re-encrypt the database into a new file and swap it in (`connect` falls back to the
next key if we stop here); (3) make the new DB key current; (4) re-encrypt each attachment file
atomically (files say which key version they use); (5) drop the old file keys. Run it with the
workstation closed. The audit HMAC key is not rotated: the existing chain must stay verifiable.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from app.security import dbcrypt, keys
from app.security.crypto import FileCipher
from app.security.install import rewrite_file
from app.security.settings import load_settings
from app.storage.store import DB_NAME


@dataclass
class RotationReport:
    files_version: int
    files_reencrypted: int
    database: bool


def rotate_keys(data_dir: Path) -> RotationReport:
    data_dir = Path(data_dir)
    keys.forget(data_dir)
    bundle = keys.load_keys(data_dir, create=False)
    db = data_dir / DB_NAME
    # (1)
    new_version = max(bundle.files) + 1
    bundle.files[new_version] = os.urandom(32)
    bundle.files_current = new_version
    bundle.db_next = os.urandom(32)
    keys.save_keys(data_dir, bundle)
    # (2) + (3)
    rekeyed = False
    if db.exists():
        if dbcrypt.is_plaintext(db):
            dbcrypt.encrypt_plaintext(db, bundle.db)
        dbcrypt.rekey(db, bundle.db, bundle.db_next)
        rekeyed = True
    bundle.db, bundle.db_next = bundle.db_next, None
    keys.save_keys(data_dir, bundle)
    # (4)
    cipher = FileCipher(keys=dict(bundle.files), current=new_version, algorithm=load_settings(data_dir).attachment_cipher)
    count = 0
    root = data_dir / "attachments"
    for path in sorted(root.glob("??/??/*")) if root.exists() else []:
        if not path.is_file() or len(path.name) != 64:
            continue
        raw = path.read_bytes()
        if FileCipher.key_version(raw) == new_version:
            continue
        plain = cipher.decrypt(raw, path.name.encode())
        rewrite_file(path, cipher.encrypt(plain, path.name.encode()))
        count += 1
    # (5)
    bundle.files = {new_version: bundle.files[new_version]}
    keys.save_keys(data_dir, bundle)
    return RotationReport(files_version=new_version, files_reencrypted=count, database=rekeyed)
