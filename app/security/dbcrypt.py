"""The database encrypted with SQLCipher, behind the storage engine factory.

`connect(path)` is the connection factory installed with `set_connection_factory`: it opens the
file with `sqlcipher3` and keys it with the data directory's raw 256-bit key (``x'…'``, so no
PBKDF2 per connection). A database still in plaintext (made before encryption was on) is
converted on first open: exported into an encrypted copy, swapped in, the old file overwritten
and removed. `rekey` re-encrypts under a new key for rotation.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any

from app.errors import StorageError
from app.security import keys

SQLITE_MAGIC = b"SQLite format 3\x00"
_migrated: set[str] = set()
_lock = threading.Lock()


def dbapi() -> Any:
    try:
        from sqlcipher3 import dbapi2
    except ImportError:  # pragma: no cover - the wheel exists for Linux and Windows
        raise StorageError("缺少 SQLCipher（sqlcipher3），无法打开加密数据库", "SQLCipher (sqlcipher3) is missing; "
                           "the encrypted database cannot be opened", hint_zh="请重新安装综窗", hint_en="reinstall zongchuang") from None
    return dbapi2


def _key_pragma(key: bytes) -> str:
    return f"PRAGMA key = \"x'{key.hex()}'\""


def is_plaintext(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(16) == SQLITE_MAGIC
    except OSError:
        return False


def _open_keyed(path: str, key: bytes) -> Any:
    conn = dbapi().connect(path, check_same_thread=False)
    conn.execute(_key_pragma(key))
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # fails here when the key is wrong
    return conn


def connect(path: str) -> Any:
    """A keyed SQLCipher connection to `path` (the engine factory's connection factory)."""
    db = Path(path)
    data_dir = db.parent
    bundle = keys.load_keys(data_dir)
    ident = str(db.resolve())
    if ident not in _migrated:
        with _lock:
            if db.exists() and db.stat().st_size and is_plaintext(db):
                encrypt_plaintext(db, bundle.db)
            _migrated.add(ident)
    try:
        return _open_keyed(path, bundle.db)
    except dbapi().DatabaseError:
        if bundle.db_next is not None:  # a rotation was interrupted after the rekey
            conn = _open_keyed(path, bundle.db_next)
            bundle.db, bundle.db_next = bundle.db_next, None
            keys.save_keys(data_dir, bundle)
            return conn
        raise StorageError(f"数据库 {db.name} 无法用本机密钥打开（密钥不符或文件已损坏）",
                           f"database {db.name} cannot be opened with this machine's key (wrong key or damaged file)",
                           hint_zh="请确认数据目录与密钥保管位置对应（zongchuang security status）",
                           hint_en="check that the data directory matches its key (zongchuang security status)") from None


def _export(src: Any, target: Path, key: bytes) -> None:
    src.execute(f"ATTACH DATABASE ? AS enc KEY \"x'{key.hex()}'\"", (str(target),))
    src.execute("SELECT sqlcipher_export('enc')")
    version = src.execute("PRAGMA user_version").fetchone()[0]
    src.execute(f"PRAGMA enc.user_version = {int(version)}")
    src.execute("DETACH DATABASE enc")


def shred(path: Path) -> None:
    """Overwrite a file with random bytes, fsync, remove (best effort on SSDs and journaling
    file systems; encryption at rest is the real guard)."""
    if not path.exists():
        return
    size = path.stat().st_size
    with open(path, "r+b") as fh:
        remaining = size
        while remaining > 0:
            chunk = min(remaining, 1 << 20)
            fh.write(os.urandom(chunk))
            remaining -= chunk
        fh.flush()
        os.fsync(fh.fileno())
    path.unlink()


def _side_files(db: Path) -> list[Path]:
    return [db.with_name(db.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def encrypt_plaintext(db: Path, key: bytes) -> None:
    """Convert a plaintext SQLite file to SQLCipher in place; the plaintext is shredded."""
    tmp = db.with_name(db.name + ".encrypting")
    tmp.unlink(missing_ok=True)
    src = dbapi().connect(str(db))
    try:
        src.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        src.execute("PRAGMA journal_mode=DELETE")
        _export(src, tmp, key)
    finally:
        src.close()
    check = _open_keyed(str(tmp), key)
    check.close()
    old = db.with_name(db.name + ".plaintext-old")
    os.replace(db, old)
    os.replace(tmp, db)
    shred(old)
    for side in _side_files(db):
        if side.exists():
            shred(side)


def rekey(db: Path, old_key: bytes, new_key: bytes) -> None:
    """Re-encrypt the database under `new_key` (export to a new file, swap). No other
    connection may be open."""
    tmp = db.with_name(db.name + ".rekeying")
    tmp.unlink(missing_ok=True)
    src = _open_keyed(str(db), old_key)
    try:
        src.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        _export(src, tmp, new_key)
    finally:
        src.close()
    _open_keyed(str(tmp), new_key).close()
    for side in _side_files(db):
        side.unlink(missing_ok=True)
    os.replace(tmp, db)
