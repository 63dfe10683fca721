"""TLS to the platform: system trust store by default, or only a pinned CA (`[security]
platform_ca`, ``ZONGCHUANG_PLATFORM_CA``); TLS 1.2 or newer; plain HTTP only to this machine
(the reference platform in tests and training).

For httpx: ``httpx.Client(base_url=url, verify=platform_ssl_context(data_dir))`` after
``check_platform_url(url)``.
"""

from __future__ import annotations

import ssl
from pathlib import Path
from urllib.parse import urlparse

from app.errors import InputError
from app.security.settings import load_settings

LOOPBACK = {"127.0.0.1", "::1", "localhost"}


def check_platform_url(url: str) -> str:
    """Refuse a platform URL that would send personal data unencrypted over the network."""
    parsed = urlparse(url)
    if parsed.scheme == "https":
        return url
    if parsed.scheme == "http" and (parsed.hostname or "") in LOOPBACK:
        return url
    raise InputError(f"平台地址 {url} 必须使用 https（只有本机地址可用 http）",
                     f"the platform URL {url} must use https (plain http only for this machine)")


def platform_ssl_context(data_dir: Path | None = None, *, ca_file: str | None = None) -> ssl.SSLContext:
    ca = ca_file if ca_file is not None else load_settings(data_dir).platform_ca
    if ca:
        if not Path(ca).is_file():
            raise InputError(f"找不到平台根证书文件 {ca}", f"the platform CA file {ca} does not exist",
                             hint_zh="请检查 [security] platform_ca", hint_en="check [security] platform_ca")
        ctx = ssl.create_default_context(cafile=ca)  # only this CA: the pin
    else:
        ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx
