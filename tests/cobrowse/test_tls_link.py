"""Co-browse trusts what sync trusts: the link the composition root builds from the configuration
(`[platform] ca_file` the first-run wizard writes, the timeout) carries its TLS context into the
websocket. Against the real platform on 127.0.0.1 behind HTTPS with a private CA."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.bootstrap import platform_link
from app.config import load_config
from app.services._selftest_tls import self_signed
from sync.cobrowse.endpoints import ClerkEndpoint, HelperEndpoint
from sync.platform.server import TLS, PlatformServer


@pytest.fixture
def tls_platform(platform: PlatformServer, tmp_path) -> Iterator[tuple[PlatformServer, object]]:
    (tmp_path / "ca").mkdir()
    cert, key = self_signed(tmp_path / "ca")
    server = PlatformServer(platform.settings, tls=TLS(cert, key))
    server.platform = platform.platform
    server.start()
    try:
        yield server, cert
    finally:
        server.stop()


def _link(ctx, tmp_path, monkeypatch, url: str, ca: str):
    monkeypatch.setenv("ZONGCHUANG_SYSTEM_CONFIG", str(tmp_path / "etc" / "none.toml"))
    for var in ("ZONGCHUANG_PLATFORM_CA", "ZONGCHUANG_PLATFORM", "ZONGCHUANG_PLATFORM_TIMEOUT"):
        monkeypatch.delenv(var, raising=False)
    (ctx.data_dir / "config.toml").write_text(
        f'[workstation]\nplatform_url = "{url}"\n[platform]\nca_file = "{ca}"\ntimeout_s = 5\n', encoding="utf-8")
    return platform_link(load_config(ctx.data_dir), ctx.data_dir)


def test_cobrowse_uses_the_configured_ca(ctx, clerk, tls_platform, window_token, helper_token, tmp_path, monkeypatch):
    server, cert = tls_platform
    assert server.url.startswith("https://")
    link = _link(ctx, tmp_path, monkeypatch, server.url, str(cert))
    assert link.ca_file == str(cert) and link.timeout_s == 5
    window = ClerkEndpoint(ctx, clerk, link.url, window_token, link=link).start()
    helper = HelperEndpoint(link.url, helper_token, user="helper01", link=link).start()
    try:
        assert window.client.connected.wait(10) and helper.client.connected.wait(10)
    finally:
        window.close()
        helper.close()


def test_a_wrong_ca_does_not_connect(ctx, clerk, tls_platform, window_token, tmp_path, monkeypatch):
    server, _cert = tls_platform
    (tmp_path / "other").mkdir()
    other, _ = self_signed(tmp_path / "other")
    link = _link(ctx, tmp_path, monkeypatch, server.url, str(other))
    window = ClerkEndpoint(ctx, clerk, link.url, window_token, link=link).start()
    try:
        assert not window.client.connected.wait(3)
        assert window.link != "connected"
    finally:
        window.close()
