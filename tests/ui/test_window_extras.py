"""More of the clerk's flows at the real window, keyboard only (issue 17): voiding a draft from
Today with a reason and a supervisor's confirmation; the 申请表 printed for signature from the
print screen and listed on the 受理回执; the typed-field count of a first-time applicant of
公共场所卫生许可（变更）; the ID photo for 人证比对 on the clerk's screen and the second screen.

The flows that capture documents run OCR on every page: marked `slow`.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.services import cases as case_svc
from app.storage import Actor
from tests.ui.clerk import Clerk
from tests.ui.conftest import screenshot, wait_idle

SUPER_PW = "Super#Window-2026"


@pytest.fixture
def clerk_at(window, qtbot, ctx, monkeypatch):
    monkeypatch.setenv("ZONGCHUANG_CAMERA", "simulated")
    wait_idle(qtbot, timeout=120000)  # OCR warm-up at login
    return Clerk(window, qtbot, ctx)


def _add_supervisor(ctx) -> None:
    from app.security import users

    users.add_user(ctx, Actor("itadmin", "it_admin", "420107-01"), "super01", "supervisor", SUPER_PW, must_change=False)


def test_void_a_draft_from_today_with_reason_and_supervisor(clerk_at, ctx, qtbot):
    c = clerk_at
    _add_supervisor(ctx)
    uuid = c.new_case()
    wait_idle(qtbot)
    c.key(Qt.Key.Key_F2)
    today = c.w.today
    assert c.w.current_key() == "today"
    c.key(Qt.Key.Key_Tab)
    c.key(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is today.table
    row = next(r for r in range(today.table.rowCount()) if today.table.item(r, 0).data(Qt.ItemDataRole.UserRole) == uuid)
    assert today.table.item(row, 5).text().startswith("草稿")  # the outcome column
    while today.table.currentRow() != row:
        c.key(Qt.Key.Key_Down)
    c.key(Qt.Key.Key_Delete)
    from ui.void_dialog import VoidDialog

    dialog = today.findChild(VoidDialog, "voidDialog")
    assert dialog is not None
    c.activated(dialog)
    screenshot(dialog, "today-void-dialog")
    c.key(Qt.Key.Key_Return)  # nothing typed: stays on the reason
    assert dialog.isVisible() and QApplication.focusWidget() is dialog.reason
    c.type(dialog.reason, "事项选错")
    c.key(Qt.Key.Key_Return)
    assert QApplication.focusWidget() is dialog.supervisor
    c.type(dialog.supervisor, "super01")
    c.key(Qt.Key.Key_Return)
    c.type(dialog.password, SUPER_PW)
    c.key(Qt.Key.Key_Return)
    wait_idle(qtbot)
    detail = case_svc.case_detail(ctx, uuid)
    assert detail["state"] == "voided" and "事项选错" in detail["events"][-1]["reason"]
    assert detail["events"][-1]["actor"] == "super01"
    assert "已作废" in c.w.statusBar().currentMessage()
    qtbot.waitUntil(lambda: any(today.table.item(r, 0).data(Qt.ItemDataRole.UserRole) == uuid
                                and today.table.item(r, 4).text() == "已作废" for r in range(today.table.rowCount())))


def test_id_photo_for_comparison_on_both_screens(clerk_at, ctx, qtbot):
    """人证比对: the clerk's screen shows the card's values in full beside the chip photo (the view
    audited as pi.view); the applicant's screen shows the same photo with the values masked."""
    from app.security.audit import list_audit

    c = clerk_at
    c.key(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    second = c.w.second
    assert second is not None and second.isVisible()
    c.w.activateWindow()
    uuid = c.new_case()
    wait_idle(qtbot)
    app = c.w.applicant
    qtbot.waitUntil(lambda: app.card_labels["id_number"].text() == "11010519491231002X", timeout=10000)
    assert app.card_labels["name"].text() == "张三" and "建国路88号" in app.card_labels["address"].text()
    assert not app.photo.pixmap().isNull()
    views = [r for r in list_audit(ctx.store, action="pi.view") if r.get("case_uuid") == uuid]
    assert views and "id_number" in views[0]["detail"]["fields"] and "人证比对" in views[0]["detail"]["purpose"]
    screenshot(c.w, "applicant-comparison")
    qtbot.waitUntil(lambda: second.photo.pixmap() is not None and not second.photo.pixmap().isNull(), timeout=5000)
    text = second.details.text()
    assert "11010519491231002X" not in text and "110105********002X" in text
    screenshot(second, "second-screen-photo")
    # nothing of the photo is kept on the case
    detail = case_svc.case_detail(ctx, uuid)
    assert "photo_bmp_base64" not in str(detail) and "photo_wlt_base64" not in str(detail)
