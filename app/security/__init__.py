"""Security and personal-information protection: users and roles, login and idle lock,
encryption at rest (SQLCipher, AES-GCM/SM4-GCM attachments), the HMAC-chained audit trail,
masking, consent, retention, transport and secrets. See docs/security.md.

Import what you need from the submodules; the names most callers want are re-exported lazily
here so importing `app.security` stays cheap.
"""

from __future__ import annotations

from typing import Any

_EXPORTS = {
    "Role": "app.security.roles", "require_role": "app.security.roles", "require_permission": "app.security.roles",
    "can": "app.security.roles",
    "audit_pi_view": "app.security.audit", "audit_export": "app.security.audit",
    "SecuritySession": "app.security.session", "login": "app.security.session",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(name)
    import importlib

    return getattr(importlib.import_module(module), name)
