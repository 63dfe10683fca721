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
"""

from __future__ import annotations

import base64
import io
import json
import os
import struct
import tarfile
import time
from functools import partial
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import select

from app.errors import InputError
from app.services.context import ServiceContext
from app.services.sync import SYNC_ACTOR
from app.storage.tables import OutboxRow
from sync import protocol
from sync.client.outbox import freeze_document

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


def export_queue(ctx: ServiceContext, dest: Path, passphrase: str) -> dict[str, Any]:
    """Write every pending submission and its blobs to an encrypted package at `dest`."""
    with ctx.store.read() as s:
        rows = s.execute(select(OutboxRow.id, OutboxRow.case_uuid, OutboxRow.idempotency_key)
                         .where(OutboxRow.kind == "submission", OutboxRow.state.in_(("pending", "sending")))
                         .order_by(OutboxRow.id)).all()
    entries, blobs = [], {}
    for row_id, case_uuid, key in rows:
        doc = freeze_document(ctx, row_id)
        if doc is None:
            continue
        entries.append({"case_uuid": case_uuid, "idempotency_key": key, "document": doc})
        for m in doc.get("materials") or []:
            for f in m.get("files") or []:
                blobs[f["sha256"]] = f.get("size")
    ws = ctx.workstation
    manifest = {"format": "zongchuang-queue/1", "workstation": f"{ws.center_code}-{ws.window_no}",
                "center_code": ws.center_code, "exported_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                "entries": entries}
    dest = Path(dest)
    tmp = dest.with_name(dest.name + ".part")
    total = 0
    with open(tmp, "wb") as fh:
        writer = _EncryptingWriter(fh, passphrase)
        with tarfile.open(fileobj=writer, mode="w|") as tar:
            for digest in blobs:
                data = ctx.store.attachments.get(digest)  # verified; a missing file stops the export
                info = tarfile.TarInfo(f"blobs/{digest}")
                info.size = len(data)
                tar.addfile(info, io.BytesIO(data))
                total += len(data)
            raw = json.dumps(manifest, ensure_ascii=False).encode("utf-8")
            info = tarfile.TarInfo("manifest.json")
            info.size = len(raw)
            tar.addfile(info, io.BytesIO(raw))
        writer.finish()
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, dest)
    with ctx.store.unit_of_work(SYNC_ACTOR) as uow:
        uow.audit("sync.export", target=str(dest), detail={"cases": len(entries), "blobs": len(blobs)})
    return {"cases": len(entries), "blobs": len(blobs), "bytes": total, "path": str(dest)}


def import_package(platform, source: Path, passphrase: str) -> dict[str, Any]:
    """At the center: verify and take in a package through the platform's idempotent intake."""
    from sync.platform.blobs import HashMismatch
    from sync.platform.models import WorkstationRow
    from sync.platform.service import Workstation

    stored, results = 0, {"accepted": 0, "replayed": 0, "rejected": 0, "failed": 0}
    digests: list[str] = []
    details: list[dict[str, Any]] = []
    with open(source, "rb") as fh:
        reader = io.BufferedReader(_DecryptingReader(fh, passphrase), buffer_size=CHUNK)
        with tarfile.open(fileobj=reader, mode="r|") as tar:
            manifest = None
            for member in tar:
                src = tar.extractfile(member)
                if member.name.startswith("blobs/") and src is not None:
                    digest = member.name[len("blobs/"):]
                    with platform.blobs.lock(digest):
                        platform.blobs.discard_partial(digest)
                        try:
                            platform.blobs.append(digest, 0, member.size, iter(partial(src.read, CHUNK), b""))
                        except HashMismatch:
                            raise PackageError(f"队列包中的文件 {digest[:12]}… 校验失败",
                                               f"blob {digest[:12]}… in the package failed its check") from None
                    stored += 1  # its row is written by the intake of the case that references it
                    digests.append(digest)
                elif member.name == "manifest.json" and src is not None:
                    manifest = json.loads(src.read())
        if manifest is None:
            raise PackageError("队列包中没有清单", "the package has no manifest")
    with platform.sessions() as s:
        ws_row = s.get(WorkstationRow, manifest["workstation"])
        if ws_row is None:
            raise PackageError(f"工作站 {manifest['workstation']} 未在平台登记",
                               f"workstation {manifest['workstation']} is not registered on the platform")
        ws = Workstation(ws_row.id, ws_row.center_code)
    for digest in digests:  # verified bytes from the package: the sending center holds them
        platform.grant_blob(ws.center_code, digest)
    for entry in manifest["entries"]:
        outcome = platform.submit(ws, entry["case_uuid"], entry["idempotency_key"],
                                  protocol.canonical_json(entry["document"]))
        if outcome.headers.get(protocol.IDEMPOTENT_REPLAYED):
            results["replayed"] += 1
        elif outcome.status_code == 201:
            results["accepted"] += 1
        elif outcome.status_code == 200:
            results["rejected"] += 1
        else:
            results["failed"] += 1
        details.append({"case_uuid": entry["case_uuid"], "status_code": outcome.status_code,
                        "status": outcome.body.get("status") or outcome.body.get("error")})
    return {"workstation": manifest["workstation"], "blobs": stored, **results, "cases": details}
