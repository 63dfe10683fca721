"""The queue on removable media, for outages that last days: an encrypted package the
workstation exports and the center imports into the platform.

The package carries each pending submission with its Idempotency-Key and frozen document,
plus every blob they need. Import goes through the same idempotent intake as the network, so
when the link returns and the workstation sends the same rows, it gets the stored responses
back: nothing is taken twice.

Format (version 1): `ZCQPKG1\\n`, a JSON header line (KDF parameters, salt, nonce prefix),
then records `u32 length || AES-256-GCM ciphertext` of ≤ 1 MiB plaintext each; the nonce is
prefix(7) || counter(4) || last(1) and the header is the associated data, so reordering,
truncation or tampering fails authentication. The plaintext is a tar stream: `blobs/<sha256>`
files, then `manifest.json`. The key comes from the passphrase with Argon2id.

The format lives here, shared by the workstation's export (`sync.client.package`) and the
center's import (`sync.platform.package`), so neither side imports the other.
"""

from __future__ import annotations

import base64
import io
import json
import os
import struct
import time
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.errors import InputError

MAGIC = b"ZCQPKG1\n"
CHUNK = 1024 * 1024
KDF = {"name": "argon2id", "time_cost": 3, "memory_cost": 65536, "parallelism": 2}


class PackageError(InputError):
    pass


def _key(passphrase: str, salt: bytes, kdf: dict[str, Any]) -> bytes:
    from argon2.low_level import Type, hash_secret_raw

    if not passphrase:
        raise PackageError("口令不能为空", "the passphrase must not be empty")
    return hash_secret_raw(passphrase.encode("utf-8"), salt, time_cost=int(kdf["time_cost"]),
                           memory_cost=int(kdf["memory_cost"]), parallelism=int(kdf["parallelism"]),
                           hash_len=32, type=Type.ID)


class _EncryptingWriter(io.RawIOBase):
    def __init__(self, fh, passphrase: str):
        self.fh = fh
        salt, self.prefix = os.urandom(16), os.urandom(7)
        header = {"format": "zongchuang-queue/1", "kdf": KDF, "salt": base64.b64encode(salt).decode(),
                  "nonce_prefix": base64.b64encode(self.prefix).decode(), "created": time.time()}
        self.aad = MAGIC + json.dumps(header, sort_keys=True).encode() + b"\n"
        fh.write(self.aad)
        self.aead = AESGCM(_key(passphrase, salt, KDF))
        self.buf = bytearray()
        self.counter = 0

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        self.buf += data
        while len(self.buf) > CHUNK:
            self._emit(bytes(self.buf[:CHUNK]), last=False)
            del self.buf[:CHUNK]
        return len(data)

    def _emit(self, plain: bytes, last: bool) -> None:
        nonce = self.prefix + struct.pack(">I", self.counter) + (b"\x01" if last else b"\x00")
        ct = self.aead.encrypt(nonce, plain, self.aad)
        self.fh.write(struct.pack(">I", len(ct)) + ct)
        self.counter += 1

    def finish(self) -> None:
        self._emit(bytes(self.buf), last=True)
        self.buf.clear()


class _DecryptingReader(io.RawIOBase):
    def __init__(self, fh, passphrase: str):
        self.fh = fh
        magic = fh.read(len(MAGIC))
        if magic != MAGIC:
            raise PackageError("不是综窗队列包", "not a zongchuang queue package")
        line = fh.readline()
        self.aad = MAGIC + line
        header = json.loads(line)
        self.prefix = base64.b64decode(header["nonce_prefix"])
        self.aead = AESGCM(_key(passphrase, base64.b64decode(header["salt"]), header["kdf"]))
        self.counter = 0
        self.buf = b""
        self.done = False

    def readable(self) -> bool:
        return True

    def _next(self) -> None:
        head = self.fh.read(4)
        if len(head) < 4:
            raise PackageError("队列包不完整（被截断）", "the package is truncated")
        (n,) = struct.unpack(">I", head)
        ct = self.fh.read(n)
        for last in (b"\x00", b"\x01"):
            nonce = self.prefix + struct.pack(">I", self.counter) + last
            try:
                self.buf += self.aead.decrypt(nonce, ct, self.aad)
            except InvalidTag:
                continue
            self.counter += 1
            self.done = last == b"\x01"
            return
        raise PackageError("口令错误或队列包已损坏", "wrong passphrase or a damaged package")

    def readinto(self, b) -> int:
        while not self.buf and not self.done:
            self._next()
        n = min(len(b), len(self.buf))
        b[:n] = self.buf[:n]
        self.buf = self.buf[n:]
        return n


