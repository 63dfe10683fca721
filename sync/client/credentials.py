"""Where the workstation's platform credential lives.

The credential (issued by `zongchuang platform register`) is kept in the OS keyring
(Windows Credential Manager, Secret Service on UOS/Kylin). Headless machines often have no
keyring backend (`NoKeyringError`); then the credential must come from the environment
(`ZONGCHUANG_PLATFORM_TOKEN`) or be passed explicitly, and we say so clearly instead of
writing it to a plaintext file. The security work can replace the backend wholesale with
`set_secret_backend` without touching the sync code.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass

from app.config import env_value
from app.errors import ZongchuangError

SERVICE = "zongchuang-platform"
ENV_VAR = "ZONGCHUANG_PLATFORM_TOKEN"


class CredentialError(ZongchuangError):
    exit_code = 8


@dataclass
class SecretBackend:
    get: Callable[[str, str], str | None]
    set: Callable[[str, str, str], None]
    delete: Callable[[str, str], None]


def _keyring_disabled() -> bool:
    """`ZONGCHUANG_KEYRING=none` (the test suite, kiosk images) keeps us away from any keyring."""
    return env_value("ZONGCHUANG_KEYRING", "").lower() in {"none", "off", "0"}


def _keyring_get(service: str, name: str) -> str | None:
    if _keyring_disabled():
        return None
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(service, name)
    except KeyringError:
        return None


def _keyring_set(service: str, name: str, secret: str) -> None:
    if _keyring_disabled():
        raise CredentialError("已按配置停用系统密钥环（ZONGCHUANG_KEYRING=none），无法保存平台凭据",
                              "the OS keyring is disabled (ZONGCHUANG_KEYRING=none); the credential cannot be stored",
                              hint_zh=f"请在环境变量 {ENV_VAR} 中提供凭据", hint_en=f"provide it in {ENV_VAR}")
    import keyring
    from keyring.errors import KeyringError, NoKeyringError

    try:
        keyring.set_password(service, name, secret)
    except NoKeyringError:
        raise CredentialError("本机没有可用的密钥环，无法保存平台凭据",
                              "no keyring backend on this machine; the platform credential cannot be stored",
                              hint_zh=f"请在环境变量 {ENV_VAR} 中提供凭据，或安装并解锁系统密钥环",
                              hint_en=f"provide it in {ENV_VAR}, or install and unlock a system keyring") from None
    except KeyringError as exc:
        raise CredentialError(f"保存平台凭据失败：{exc}", f"storing the platform credential failed: {exc}") from None


def _keyring_delete(service: str, name: str) -> None:
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.delete_password(service, name)
    except KeyringError:
        pass


_backend = SecretBackend(_keyring_get, _keyring_set, _keyring_delete)


def set_secret_backend(backend: SecretBackend | None) -> None:
    """Swap where secrets are kept (the security module's key storage); None restores keyring."""
    global _backend
    _backend = backend or SecretBackend(_keyring_get, _keyring_set, _keyring_delete)


def _name(platform_url: str) -> str:
    return platform_url.rstrip("/")


def store_credential(platform_url: str, credential: str) -> None:
    _backend.set(SERVICE, _name(platform_url), credential)


def load_credential(platform_url: str, explicit: str | None = None) -> str:
    """The credential for `platform_url`: explicit, then the environment, then the keyring."""
    if explicit:
        return explicit
    if os.environ.get(ENV_VAR):
        return os.environ[ENV_VAR]
    secret = _backend.get(SERVICE, _name(platform_url))
    if secret:
        return secret
    raise CredentialError(f"没有平台 {platform_url} 的工作站凭据",
                          f"no workstation credential for the platform {platform_url}",
                          hint_zh=f"请运行 zongchuang sync login --platform URL，或设置环境变量 {ENV_VAR}",
                          hint_en=f"run `zongchuang sync login --platform URL`, or set {ENV_VAR}")
