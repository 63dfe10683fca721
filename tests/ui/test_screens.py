"""Every screen opens over a real store, and a screenshot of each is saved for a person to look at."""

from __future__ import annotations

from PySide6.QtGui import QImage

from app.services import cases as case_svc
from tests.ui.conftest import add_clerk, screenshot, wait_idle
from ui.main_window import NAV
from ui.ops import busy


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
    qtbot.waitUntil(lambda: not busy(win.login), timeout=30000)
    assert "工号" in win.login.message.text()
    add_clerk(ctx)
    win.login.user.setText("clerk01")
    win.login.password.setText("not-the-Password-9")
    win.login.submit()
    qtbot.waitUntil(lambda: not busy(win.login), timeout=30000)
    assert win.session.actor is None and win.current_key() == "login"
    assert win.login.message.text()
    screenshot(win, "screen-login")
    win.close()
    session.close()


def test_sync_screen_returns_a_refused_case_for_correction(window, qtbot, ctx, clerk):
    """The platform refused a submission at intake: the clerk selects it on the sync screen and
    presses 退回修改; the case is a draft again and the row leaves the list."""
    from app.services import sync as sync_svc
    from app.storage.tables import OutboxRow

    ref = case_svc.create_case(ctx, "010170001000-02", {"what_changes": ["unit_name"]}, actor=clerk)
    case_svc.set_applicant(ctx, ref.uuid, {"kind": "organisation", "name": "武汉市青山区悦来宾馆有限公司"}, actor=clerk)
    for state in ("pre_reviewed", "accepted", "queued"):
        case_svc.transition(ctx, ref.uuid, state, actor=clerk)
    with ctx.store.read() as s:
        row_id = s.query(OutboxRow.id).filter(OutboxRow.case_uuid == ref.uuid).scalar()
    sync_svc.record_outcome(ctx, row_id, "rejected", "缺少受理编号 / the acceptance number is missing")
    screen = window.show_screen("sync")
    wait_idle(qtbot)
    assert screen.table.rowCount() == 1 and "缺少受理编号" in screen.table.item(0, 3).text()
    screen.table.selectRow(0)
    screen.return_button.click()
    wait_idle(qtbot)
    assert case_svc.case_detail(ctx, ref.uuid)["state"] == "draft"
    assert screen.table.rowCount() == 0 and "已退回草稿" in screen.notice.text()
    screenshot(window, "sync-returned")
