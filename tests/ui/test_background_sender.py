"""The main window owns the background sender: a workstation started on a configured platform
sends a case accepted while the platform was down — without anyone pressing a key — once the
platform comes up, and the offline banner follows what the sender saw.

Through the running product: the composition root (`app.bootstrap`) with the sync client as its
link factory, the real main window, the real platform on 127.0.0.1."""

from __future__ import annotations

import socket

import pytest

from tests.sync.conftest import CENTER, WORKSTATION, queue_case

CREDENTIAL = "background-sender-test-credential"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def configured(data_dir, tmp_path, monkeypatch):
    """A workstation whose config names a platform that is not running yet."""
    port = _free_port()
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "config.toml").write_text(
        f'[workstation]\nplatform_url = "http://127.0.0.1:{port}"\n[platform]\nsync_interval_s = 1\n', encoding="utf-8")
    monkeypatch.setenv("ZONGCHUANG_SYSTEM_CONFIG", str(tmp_path / "etc" / "none.toml"))
    monkeypatch.setenv("ZONGCHUANG_PLATFORM_TOKEN", CREDENTIAL)
    monkeypatch.setenv("ZONGCHUANG_DEVICES", "simulator")
    monkeypatch.setenv("ZONGCHUANG_OCR_THREADS", "")
    for var in ("ZONGCHUANG_PLATFORM", "ZONGCHUANG_LANG", "ZONGCHUANG_SYNC_INTERVAL"):
        monkeypatch.delenv(var, raising=False)
    return port


def test_the_gui_sends_a_case_accepted_offline_once_the_platform_is_up(configured, data_dir, tmp_path, qtbot):
    from PySide6.QtCore import QThreadPool

    from app.bootstrap import bootstrap
    from sync.client.session import client_factory
    from sync.platform.server import PlatformServer
    from sync.platform.service import Platform, PlatformSettings
    from ui.app import build

    settings = PlatformSettings(data_dir=tmp_path / "platform")
    registry = Platform(settings)  # IT registered this window PC before the outage
    registry.register_workstation(WORKSTATION, CENTER, CREDENTIAL)
    registry.close()

    ws = bootstrap(data_dir, link_factory=client_factory())
    uuid = queue_case(ws.ctx)  # accepted while the platform is down
    session, win = build(ws.ctx, language="zh_CN", workstation=ws)
    qtbot.addWidget(win)
    server = None
    try:
        win.show()
        assert win.sender is not None and win.sender.client.base_url.endswith(str(configured))
        qtbot.waitUntil(lambda: not session.online and win.offline_bar.isVisible(), timeout=20000)

        server = PlatformServer(settings, port=configured).start()
        # no key press: the window's sender finds the platform on its next pass
        qtbot.waitUntil(lambda: server.platform.case_info(uuid) is not None
                        and server.platform.case_info(uuid).get("submissions") == 1, timeout=60000)
        qtbot.waitUntil(lambda: session.online and not win.offline_bar.isVisible(), timeout=20000)
    finally:
        win.close()
        assert win.sender is None  # closing the window stopped it
        QThreadPool.globalInstance().waitForDone(10000)
        session.close()
        ws.close()
        if server is not None:
            server.close()


def test_no_sender_in_training_or_without_a_platform(data_dir, tmp_path, qtbot, monkeypatch):
    from app.bootstrap import bootstrap
    from sync.client.session import client_factory
    from ui.app import build

    monkeypatch.setenv("ZONGCHUANG_SYSTEM_CONFIG", str(tmp_path / "etc" / "none.toml"))
    monkeypatch.delenv("ZONGCHUANG_PLATFORM", raising=False)
    monkeypatch.setenv("ZONGCHUANG_OCR_THREADS", "")
    ws = bootstrap(data_dir, link_factory=client_factory())
    session, win = build(ws.ctx, language="zh_CN", workstation=ws)
    qtbot.addWidget(win)
    try:
        assert win.sender is None
    finally:
        win.close()
        session.close()
        ws.close()
