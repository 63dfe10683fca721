"""The platform link is built once, from the configuration, by the composition root: the CA the
first-run wizard writes reaches sync (a TLS platform with a private CA works, a wrong CA fails
with a clear Chinese message), and plain http:// to another machine is refused. All through
`zongchuang sync run` against the real platform on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.services._selftest_tls import self_signed
from tests.sync.conftest import queue_case


@pytest.fixture
def tls_platform(platform, tmp_path) -> Iterator[tuple[str, object]]:
    """The same platform behind an HTTPS listener whose certificate is its own private CA."""
    from sync.platform.server import TLS, PlatformServer

    (tmp_path / "ca").mkdir()
    cert, key = self_signed(tmp_path / "ca")
    server = PlatformServer(platform.settings, tls=TLS(cert, key))
    server.platform = platform.platform
    server.start()
    try:
        yield server.url, cert
    finally:
        server.stop()


@pytest.fixture
def workstation_home(ctx, tmp_path, monkeypatch):
    monkeypatch.setenv("ZONGCHUANG_SYSTEM_CONFIG", str(tmp_path / "etc" / "config.toml"))
    for var in ("ZONGCHUANG_PLATFORM_CA", "ZONGCHUANG_PLATFORM", "ZONGCHUANG_PLATFORM_TIMEOUT"):
        monkeypatch.delenv(var, raising=False)
    return ctx.data_dir


def _wizard(home, url: str, ca: str, qtbot) -> None:
    from ui.wizard import FirstRunWizard

    wizard = FirstRunWizard(home)
    qtbot.addWidget(wizard)
    wizard.platform.url.setText(url)
    wizard.platform.ca_file.setText(ca)
    wizard.accept()
    assert wizard.result() == wizard.DialogCode.Accepted, wizard.error.text()


def test_the_ca_written_by_the_wizard_is_used_by_sync(ctx, workstation_home, platform, tls_platform, credential, qtbot,
                                                      monkeypatch, capsys, tmp_path):
    from app.cli.main import main

    url, cert = tls_platform
    assert url.startswith("https://")
    _wizard(workstation_home, url, str(cert), qtbot)
    uuid = queue_case(ctx)
    monkeypatch.setenv("ZONGCHUANG_PLATFORM_TOKEN", credential)
    home = str(workstation_home)
    assert main(["--data-dir", home, "sync", "run", "--until-empty", "--timeout", "30"]) == 0  # no --platform, no --ca
    out = capsys.readouterr()
    assert "已上报 1" in out.out, out

    # a CA that did not sign the platform's certificate: nothing is sent, and the clerk's IT is told why
    (tmp_path / "other").mkdir()
    other, _ = self_signed(tmp_path / "other")
    assert main(["--data-dir", home, "config", "set", "platform.ca_file", str(other)]) == 0
    queue_case(ctx)
    main(["--data-dir", home, "sync", "run", "--once"])
    err = capsys.readouterr().err
    assert "平台证书校验失败" in err and "ca_file" in err, err
    assert platform.platform.case_info(uuid)["submissions"] == 1


def test_plain_http_to_another_machine_is_refused(ctx, workstation_home, monkeypatch, capsys):
    from app.cli.main import main

    home = str(workstation_home)
    queue_case(ctx)
    monkeypatch.setenv("ZONGCHUANG_PLATFORM_TOKEN", "anything")
    assert main(["--data-dir", home, "config", "set", "workstation.platform_url", "http://10.20.30.40:8080"]) == 0
    capsys.readouterr()
    code = main(["--data-dir", home, "sync", "run", "--once"])
    err = capsys.readouterr().err
    assert code != 0 and "必须使用 https" in err, err


def test_the_link_carries_timeout_and_proxy_from_the_config(ctx, workstation_home, monkeypatch):
    from app.bootstrap import bootstrap
    from sync.client.session import client_factory

    (workstation_home / "config.toml").write_text(
        '[workstation]\nplatform_url = "https://zwfw.example.gov.cn"\n'
        '[platform]\ntimeout_s = 7\nproxy = "http://127.0.0.1:3128"\n', encoding="utf-8")
    monkeypatch.setenv("ZONGCHUANG_PLATFORM_TOKEN", "t")
    ws = bootstrap(workstation_home, link_factory=client_factory())
    try:
        link = ws.link()
        assert (link.url, link.timeout_s, link.proxy) == ("https://zwfw.example.gov.cn", 7.0, "http://127.0.0.1:3128")
        client = ws.platform_client()
        try:
            assert client.http.timeout.read == 7.0
            transport = client.http._transport_for_url(client.http.base_url)
            assert type(transport).__name__ == "HTTPTransport" and transport is not client.http._transport
        finally:
            client.close()
    finally:
        ws.close()


def test_the_wizards_test_button_uses_the_same_policy(tls_platform, workstation_home, qtbot):
    """The wizard's 测试连接 checks the platform with the CA it was given, and refuses http:// to
    another machine before sending anything."""
    from app.services.config import test_platform as try_platform

    url, cert = tls_platform
    assert try_platform(url, ca_file=str(cert))["ok"]
    assert not try_platform(url)["ok"]  # the private CA is not in the system trust store
    refused = try_platform("http://10.20.30.40:8080")
    assert not refused["ok"] and "https" in refused["zh"]

    from ui.wizard import FirstRunWizard  # the button itself, with the CA typed in the wizard

    wizard = FirstRunWizard(workstation_home)
    qtbot.addWidget(wizard)
    wizard.platform.url.setText(url)
    wizard.platform.ca_file.setText(str(cert))
    wizard.platform.test()
    qtbot.waitUntil(lambda: "平台已应答" in wizard.platform.result.text(), timeout=20000)
