"""The center side of the queue on removable media: `import_package` verifies a package the
workstation exported (format: `sync.queue_package`) and takes it in through the platform's
idempotent intake, so a case sent again later over the network is not taken twice."""

from __future__ import annotations

import io
import json
import tarfile
from functools import partial
from pathlib import Path
from typing import Any

from sync import protocol
from sync.platform.blobs import HashMismatch
from sync.platform.models import WorkstationRow
from sync.platform.service import Workstation
from sync.queue_package import CHUNK, PackageError, _DecryptingReader

__all__ = ["PackageError", "import_package"]


def import_package(platform, source: Path, passphrase: str) -> dict[str, Any]:
    """At the center: verify and take in a package through the platform's idempotent intake."""
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
