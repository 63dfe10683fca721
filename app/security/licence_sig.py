"""The signature of an electronic licence as the platform's library signs it (Ed25519 over the
canonical JSON of its metadata, data items and file hash). One definition for both ends: the
platform signs with it (sync/platform/elicense.py), the window checks with it before it lets a
licence exempt a material (app/services/elicense.py)."""

from __future__ import annotations

import base64
import json
from typing import Any

SIGNED_KEYS = ("id", "type_name", "type_code", "number", "holder_name", "holder_id", "holder_id_type", "issuer_name",
               "issuer_code", "issued_on", "valid_from", "valid_to", "data", "file_sha256")


def canonical(obj: Any) -> bytes:
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str).encode("utf-8")


def signed_part(licence: Any) -> dict[str, Any]:
    """What the signature covers: everything but the status, which the issuer may change later."""
    get = licence.get if isinstance(licence, dict) else (lambda k: getattr(licence, k))
    return {k: get(k) for k in SIGNED_KEYS}


def verify_licence_signature(public_key_b64: str, licence: dict[str, Any]) -> bool:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        key = Ed25519PublicKey.from_public_bytes(base64.b64decode(public_key_b64))
        key.verify(base64.b64decode(licence.get("signature") or ""), canonical(signed_part(licence)))
        return True
    except (InvalidSignature, ValueError, TypeError):
        return False
