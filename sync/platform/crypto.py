"""Personal data at rest on the reference platform: case documents, decisions, audit batches and
blob files are encrypted with AES-256-GCM under a server key.

The key is 32 random bytes in a key file (mode 0600; by default `<data dir>/platform.key`, or a
path IT gives in `PlatformSettings.key_file` so that a copy of the data folder alone holds no
key). JSON columns are sealed one value at a time (`zcp1:` + base64(nonce ‖ ciphertext ‖ tag),
the column name as associated data). Blob files are sealed in 1 MiB chunks (`ZCB1` header with
the plaintext size and a random nonce prefix; chunk index and a last-chunk flag in each nonce/AAD
so chunks cannot be reordered, dropped or cut), so a 500 MB scan never sits in memory at once.
Small byte values (a 电子证照 file in the database) are sealed whole (`ZCS1` ‖ nonce ‖ ciphertext);
values the platform looks rows up by (ID numbers, licence numbers) are stored as keyed blind
indexes (`blind_index`) beside their sealed copy.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import struct
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

PREFIX = "zcp1:"
BLOB_MAGIC = b"ZCB1"
CHUNK = 1024 * 1024
_HEADER = struct.Struct(">4sQ8s")  # magic, plaintext size, nonce prefix


class PlatformKeyError(Exception):
    pass


def load_or_create_key(path: Path) -> bytes:
    """The server key from `path`, created (0600, random) when absent."""
    path = Path(path)
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            pass  # another worker process made it first
        else:
            with os.fdopen(fd, "w", encoding="ascii") as fh:
                fh.write(secrets.token_hex(32) + "\n")
                fh.flush()
                os.fsync(fh.fileno())
    text = path.read_text(encoding="ascii").strip()
    try:
        key = bytes.fromhex(text)
    except ValueError:
        key = b""
    if len(key) != 32:
        raise PlatformKeyError(f"平台密钥文件 {path} 无效 / the platform key file {path} is invalid")
    if hasattr(os, "chmod"):
        os.chmod(path, 0o600)
    return key


def seal_json(key: bytes, value: Any, aad: str) -> str:
    raw = json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    nonce = secrets.token_bytes(12)
    return PREFIX + base64.b64encode(nonce + AESGCM(key).encrypt(nonce, raw, aad.encode())).decode("ascii")


def open_json(key: bytes, text: str, aad: str) -> Any:
    if not text.startswith(PREFIX):
        raise PlatformKeyError("not a sealed value")
    blob = base64.b64decode(text[len(PREFIX):])
    return json.loads(AESGCM(key).decrypt(blob[:12], blob[12:], aad.encode()))


BYTES_MAGIC = b"ZCS1"


def seal_bytes(key: bytes, value: bytes, aad: str) -> bytes:
    nonce = secrets.token_bytes(12)
    return BYTES_MAGIC + nonce + AESGCM(key).encrypt(nonce, value, aad.encode())


def open_bytes(key: bytes, value: bytes, aad: str) -> bytes:
    if not value.startswith(BYTES_MAGIC):
        raise PlatformKeyError("not sealed bytes")
    return AESGCM(key).decrypt(value[4:16], value[16:], aad.encode())


def blind_index(key: bytes, kind: str, value: str) -> str:
    """A keyed, deterministic stand-in for a value the platform looks rows up by (an ID number,
    a licence number): HMAC-SHA-256 under a key derived from the server key, so an equality
    query still works while the column holds nothing a reader of the file could reverse."""
    import hashlib
    import hmac

    sub = hmac.new(key, b"zongchuang blind index v1", hashlib.sha256).digest()
    return hmac.new(sub, f"{kind}\x00{value}".encode(), hashlib.sha256).hexdigest()


def _chunk_nonce(prefix: bytes, index: int, last: bool) -> bytes:
    return prefix + struct.pack(">I", (index << 1) | int(last))


def seal_file(key: bytes, src: Path, dst: Path, aad: bytes) -> None:
    """Encrypt `src` into a new file `dst` (0600), chunk by chunk."""
    size = src.stat().st_size
    prefix = secrets.token_bytes(8)
    gcm = AESGCM(key)
    fd = os.open(dst, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with open(src, "rb") as fin, os.fdopen(fd, "wb") as fout:
        fout.write(_HEADER.pack(BLOB_MAGIC, size, prefix))
        index, done = 0, 0
        while True:
            block = fin.read(CHUNK)
            done += len(block)
            last = done >= size
            fout.write(gcm.encrypt(_chunk_nonce(prefix, index, last), block, aad + struct.pack(">Q", index)))
            index += 1
            if last:
                break
        fout.flush()
        os.fsync(fout.fileno())


def sealed_size(path: Path) -> int:
    """The plaintext size recorded in a sealed blob's header."""
    with open(path, "rb") as fh:
        head = fh.read(_HEADER.size)
    if len(head) < _HEADER.size or head[:4] != BLOB_MAGIC:
        raise PlatformKeyError(f"{path.name} is not a sealed blob")
    return _HEADER.unpack(head)[1]


def open_file(key: bytes, path: Path, aad: bytes) -> Iterator[bytes]:
    """The plaintext of a sealed blob, chunk by chunk (authenticated; raises on tampering)."""
    gcm = AESGCM(key)
    with open(path, "rb") as fh:
        magic, size, prefix = _HEADER.unpack(fh.read(_HEADER.size))
        if magic != BLOB_MAGIC:
            raise PlatformKeyError(f"{path.name} is not a sealed blob")
        index, done = 0, 0
        while True:
            want = min(CHUNK, size - done)
            block = fh.read(want + 16)
            last = done + want >= size
            yield gcm.decrypt(_chunk_nonce(prefix, index, last), block, aad + struct.pack(">Q", index))
            done += want
            index += 1
            if last:
                break
        if fh.read(1):
            raise PlatformKeyError(f"{path.name} has trailing bytes")
