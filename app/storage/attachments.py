"""Attachment files, content-addressed by sha256 on disk (never blobs in SQLite).

A file is written to a temporary name, fsynced, renamed into place and the folder fsynced, so
a power cut leaves either the whole file or none. The same bytes are stored once. A cipher
(security issue) may wrap the bytes on disk; the address is always the plaintext's sha256, the
key the platform deduplicates on.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path
from typing import Protocol

from app.errors import NotFoundError, StorageError


class Cipher(Protocol):
    def encrypt(self, data: bytes, aad: bytes) -> bytes: ...
    def decrypt(self, data: bytes, aad: bytes) -> bytes: ...
    # optional: `authenticates(raw) -> bool` — True when decrypt() verified `raw` against the AAD


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def fsync_dir(path: Path) -> None:
    """Make a rename inside `path` durable (no-op on Windows, where folders cannot be fsynced)."""
    if os.name == "nt":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class AttachmentStore:
    def __init__(self, root: Path, cipher: Cipher | None = None):
        self.root = root
        self.cipher = cipher
        root.mkdir(parents=True, exist_ok=True)

    def path_for(self, digest: str) -> Path:
        if len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
            raise NotFoundError(f"附件标识无效：{digest}", f"invalid attachment id: {digest}")
        return self.root / digest[:2] / digest[2:4] / digest

    def exists(self, digest: str) -> bool:
        return self.path_for(digest).exists()

    def put(self, data: bytes) -> str:
        """Store bytes; return their sha256. Idempotent."""
        digest = sha256_hex(data)
        target = self.path_for(digest)
        if target.exists():
            return digest
        target.parent.mkdir(parents=True, exist_ok=True)
        payload = self.cipher.encrypt(data, digest.encode()) if self.cipher else data
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(payload)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, target)
            fsync_dir(target.parent)
        except OSError:
            Path(tmp).unlink(missing_ok=True)
            raise
        return digest

    def get(self, digest: str) -> bytes:
        """The plaintext bytes; raises if missing or if they no longer match their hash."""
        path = self.path_for(digest)
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise NotFoundError(f"附件文件缺失：{digest[:12]}…", f"attachment file missing: {digest[:12]}…") from None
        data = self.cipher.decrypt(raw, digest.encode()) if self.cipher else raw
        # An AEAD ciphertext bound to its digest (the AAD) has just been authenticated: hashing
        # the plaintext again would only cost time (it is the sync sender's hot path).
        authenticated = self.cipher is not None and getattr(self.cipher, "authenticates", lambda _raw: False)(raw)
        if not authenticated and sha256_hex(data) != digest:
            raise StorageError(f"附件文件已损坏：{digest[:12]}…", f"attachment file is corrupt: {digest[:12]}…")
        return data

    def delete(self, digest: str) -> None:
        """Overwrite then remove (best effort on SSDs; encryption at rest is the real guard)."""
        path = self.path_for(digest)
        if not path.exists():
            return
        size = path.stat().st_size
        with open(path, "r+b") as fh:
            fh.write(os.urandom(size))
            fh.flush()
            os.fsync(fh.fileno())
        path.unlink()
