"""The workstation side of the queue on removable media: `export_queue` writes every pending
submission and its blobs to an encrypted package (format: `sync.queue_package`)."""

from __future__ import annotations

import io
import json
import os
import tarfile
import time
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.services.context import ServiceContext
from app.services.sync import SYNC_ACTOR
from app.storage.tables import OutboxRow
from sync.client.outbox import freeze_document
from sync.queue_package import PackageError, _EncryptingWriter

__all__ = ["PackageError", "export_queue"]


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
