"""Names and numbers both ends of the sync protocol agree on (see docs/sync-protocol.md).

Kept in one small module so the client and the reference platform cannot drift apart.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

PROTOCOL_VERSION = "zongchuang-sync/1"
MIN_CLIENT_VERSION = "0.1.0"

IDEMPOTENCY_KEY = "Idempotency-Key"
IDEMPOTENT_REPLAYED = "Idempotent-Replayed"
UPLOAD_OFFSET = "Upload-Offset"
UPLOAD_LENGTH = "Upload-Length"
MAX_SKEW_SECONDS = 300

# Back-office outcomes carried by the status feed (platform vocabulary → local case state).
STATUS_IN_APPROVAL = "in_approval"
STATUS_APPROVED = "approved"
STATUS_CORRECTION = "补正"
STATUS_REJECTED = "rejected"
STATUS_RESEND = "resend"
DECISIONS = (STATUS_APPROVED, STATUS_CORRECTION, STATUS_REJECTED, STATUS_RESEND)


def canonical_json(data: Any) -> bytes:
    """The bytes a payload hash is taken over: sorted keys, no spaces, UTF-8."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def payload_hash(data: Any) -> str:
    return hashlib.sha256(canonical_json(data)).hexdigest()


def version_tuple(version: str) -> tuple[int, ...]:
    parts: list[int] = []
    for piece in version.split("."):
        digits = "".join(ch for ch in piece if ch.isdigit())
        parts.append(int(digits) if digits else 0)
    return tuple(parts)
