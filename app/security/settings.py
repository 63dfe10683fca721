"""Security settings of a workstation: `[security]` in the machine configuration (the system
file `/etc/zongchuang/config.toml`, then the data directory's config.toml — see app/config.py),
with environment overrides for automation. Defaults follow common 等保 level-3 practice.

```toml
[security]
attachment_cipher = "sm4-gcm"      # or "aes-256-gcm" (default)
audit_hmac = "hmac-sm3"            # or "hmac-sha256"
idle_lock_minutes = 10
lockout_attempts = 5
lockout_minutes = 30
password_min_length = 8
password_max_age_days = 90
retention_days = 180               # local PI of synced, closed cases
platform_ca = "/etc/zongchuang/platform-ca.pem"   # older name of [platform] ca_file (still read)
```

The platform CA is `[platform] ca_file` (the first-run wizard writes it; ``ZONGCHUANG_PLATFORM_CA``
overrides it); `platform_ca` here is its older place and is used when `ca_file` is empty.
These settings are declared (with their environment variables) through `declarations()`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace
from pathlib import Path

from app.errors import InputError
from app.security.crypto import AEAD_ALGORITHMS, HMAC_ALGORITHMS


@dataclass(frozen=True)
class SecuritySettings:
    attachment_cipher: str = "aes-256-gcm"
    audit_hmac: str = "hmac-sha256"
    idle_lock_minutes: float = 10
    lockout_attempts: int = 5
    lockout_minutes: float = 30
    password_min_length: int = 8
    password_max_age_days: int = 90
    password_history: int = 5
    retention_days: int = 180
    platform_ca: str = ""

    def __post_init__(self) -> None:
        if self.attachment_cipher not in AEAD_ALGORITHMS:
            raise InputError(f"附件加密算法 {self.attachment_cipher} 不受支持（可选：{'、'.join(AEAD_ALGORITHMS)}）",
                             f"attachment cipher {self.attachment_cipher} is not supported ({', '.join(AEAD_ALGORITHMS)})")
        if self.audit_hmac not in HMAC_ALGORITHMS:
            raise InputError(f"审计 HMAC 算法 {self.audit_hmac} 不受支持（可选：{'、'.join(HMAC_ALGORITHMS)}）",
                             f"audit HMAC {self.audit_hmac} is not supported ({', '.join(HMAC_ALGORITHMS)})")
        if self.lockout_attempts < 1 or self.idle_lock_minutes <= 0 or self.retention_days < 1:
            raise InputError("安全设置的数值必须为正数", "security settings must be positive numbers")


_ENV = {"attachment_cipher": "ZONGCHUANG_ATTACHMENT_CIPHER", "audit_hmac": "ZONGCHUANG_AUDIT_HMAC",
        "idle_lock_minutes": "ZONGCHUANG_IDLE_LOCK_MINUTES", "retention_days": "ZONGCHUANG_RETENTION_DAYS"}


def declarations() -> list:
    """The [security] settings as `app.config.Setting`s (type, default, environment variable)."""
    from app.config import Setting

    defaults = SecuritySettings()
    return [Setting(f"security.{f.name}", type(getattr(defaults, f.name)), getattr(defaults, f.name), _ENV.get(f.name))
            for f in fields(SecuritySettings)]


def load_settings(data_dir: Path | None) -> SecuritySettings:
    from app.config import merged_document  # system file, then the data directory's config.toml

    values: dict[str, object] = dict(merged_document(Path(data_dir) if data_dir is not None else None).get("security") or {})
    for key, env in _ENV.items():
        if os.environ.get(env):
            values[key] = os.environ[env]
    known = {f.name: f for f in fields(SecuritySettings)}
    unknown = set(values) - set(known)
    if unknown:
        raise InputError(f"[security] 中有未知项：{', '.join(sorted(unknown))}",
                         f"unknown [security] settings: {', '.join(sorted(unknown))}")
    out = SecuritySettings()
    for key, raw in values.items():
        default = getattr(out, key)
        try:
            value = type(default)(raw)
        except (TypeError, ValueError):
            raise InputError(f"安全设置 {key} 的值 {raw!r} 无效", f"security setting {key} has an invalid value {raw!r}") from None
        out = replace(out, **{key: value})
    return out
