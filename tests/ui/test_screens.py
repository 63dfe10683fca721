"""Every screen opens over a real store, and a screenshot of each is saved for a person to look at."""

from __future__ import annotations

from PySide6.QtGui import QImage

from app.services import cases as case_svc
from tests.ui.conftest import add_clerk, screenshot, wait_idle
from ui.main_window import NAV


def test_every_screen_opens_and_is_captured(window, qtbot, ctx, clerk):
    ref = case_svc.create_case(ctx, "010170001000-02", {"what_changes": ["unit_name"]}, actor=clerk)
    window.session.select_case(ref.uuid)
    for key, _seq in NAV:
        screen = window.show_screen(key)
        wait_idle(qtbot)
        qtbot.wait(50)
        assert window.stack.currentWidget() is screen
        path = screenshot(window, f"screen-{key}")
        img = QImage(str(path))
        assert img.width() >= 1000 and not img.isNull()


def test_login_screen_shows_identity(ctx, qtbot, monkeypatch):
    from ui.app import build

    session, win = build(ctx, language="zh_CN")
    qtbot.addWidget(win)
    win.resize(1366, 740)
    win.show()
    assert win.current_key() == "login"
    # without a login no other screen is reachable, by key or by shortcut
    assert win.show_screen("today").key == "login"
    assert "第 01 号窗口" in win.findChild(type(win.login.heading), "identity").text()
    win.login.submit()  # empty user name: a clear message, still on login
    assert "工号" in win.login.message.text()
    add_clerk(ctx)
    win.login.user.setText("clerk01")
    win.login.password.setText("not-the-Password-9")
    win.login.submit()
    assert win.session.actor is None and win.current_key() == "login"
    assert win.login.message.text()
    screenshot(win, "screen-login")
    win.close()
    session.close()
