"""Names and numbers both ends of the sync protocol agree on (see docs/sync-protocol.md).

Kept in one small module so the client and the reference platform cannot drift apart.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from typing import Any

PROTOCOL_VERSION = "zongchuang-sync/1"
MIN_CLIENT_VERSION = "0.1.0"

IDEMPOTENCY_KEY = "Idempotency-Key"
IDEMPOTENT_REPLAYED = "Idempotent-Replayed"
UPLOAD_OFFSET = "Upload-Offset"
UPLOAD_LENGTH = "Upload-Length"
MAX_SKEW_SECONDS = 300
AUDIT_BATCH_MAC = "Audit-Batch-MAC"  # hmac-sha256:<hex> over the batch body (audit_batch_mac)

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


def audit_batch_key(credential: str) -> bytes:
    """The key a workstation MACs its audit batches with: derived from its long-lived credential,
    so a stolen short-lived access token cannot make a batch the platform accepts. The platform
    derives the same key when the credential is presented (registration, token exchange) and
    keeps it sealed; the workstation's own audit key (which the platform never sees) still
    MACs each row."""
    return hmac.new(credential.encode("utf-8"), b"zongchuang audit batch key v1", hashlib.sha256).digest()


def audit_batch_mac(key: bytes, body: bytes) -> str:
    """MAC of one audit batch as sent (the body bytes; the key is the workstation's own)."""
    msg = b"zongchuang audit batch v1\n" + body
    return "hmac-sha256:" + hmac.new(key, msg, hashlib.sha256).hexdigest()


def version_tuple(version: str) -> tuple[int, ...]:
    parts: list[int] = []
    for piece in version.split("."):
        digits = "".join(ch for ch in piece if ch.isdigit())
        parts.append(int(digits) if digits else 0)
    return tuple(parts)
