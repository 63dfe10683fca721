"""The clerk's flows end to end at the real window, keyboard only, in training set-up: the
simulated 高拍仪 (the trainee chooses what lies on the desk) and the simulated card reader.
Each asserts the case state, the materials' pages and the printed documents.

Slow (OCR of every captured page): marked `slow`.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.clerk import Clerk
from tests.ui.conftest import screenshot, wait_idle

pytestmark = pytest.mark.slow


@pytest.fixture
def clerk_at(window, qtbot, ctx, monkeypatch):
    monkeypatch.setenv("ZONGCHUANG_CAMERA", "simulated")
    wait_idle(qtbot, timeout=120000)  # OCR warm-up at login
    return Clerk(window, qtbot, ctx)


def _audit(ctx, action):
    from sqlalchemy import select

    from app.storage.tables import AuditRow

    with ctx.store.read() as s:
        return [r.detail for r in s.execute(select(AuditRow).where(AuditRow.action == action)).scalars()]


def test_document_in_the_wrong_slot_is_filed_and_moved(clerk_at, ctx, qtbot):
    c = clerk_at
    c.new_case()
    c.to_capture()
    # the business licence while 原卫生许可证 (M04) is selected: filed into 营业执照 (M02)
    c.select("M04")
    c.capture("business_license", expect=lambda: c.material("M02")["pages"] == 1)
    assert c.material("M04")["pages"] == 0 and c.material("M02")["doc_kind"] == "business_license"
    assert "M02" in c.w.capture.action_state.text(), c.w.capture.action_state.text()
    # a notice while the ID slot (M03) is selected fits no pending slot by kind: the clerk says where
    c.select("M03")
    c.place("name_change_notice")
    qtbot.waitUntil(lambda: c.w.capture.dialog is not None and c.w.capture.dialog.isVisible(), timeout=240000)
    screenshot(c.w, "capture-ask-where")
    options = c.choose("M05")
    assert options[0] == "M03" and "M05" in options and options[-1] == "__delete__"
    wait_idle(qtbot)
    c.place(None)
    assert c.material("M03")["pages"] == 0 and c.material("M05")["pages"] == 1
    # and by hand: M on the page moves it (here to 授权委托书 M90 and back is not needed; to M04)
    c.select("M05")
    c.key(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is c.w.capture.pages
    c.key(Qt.Key.Key_M)
    c.choose("M04")
    wait_idle(qtbot)
    assert c.material("M05")["pages"] == 0 and c.material("M04")["pages"] == 1
    moves = _audit(ctx, "case.page_move")
    assert [m["to"] for m in moves] == ["M02", "M05", "M04"], moves
    assert c.form()["state"] == "draft"


def test_wrong_page_deleted_and_replaced(clerk_at, ctx, qtbot):
    c = clerk_at
    c.new_case()
    c.to_capture()
    c.select("M05")
    c.capture("blank_sheet", expect=lambda: c.material("M05")["pages"] == 1)
    wrong = c.pages("M05")[0]["sha256"]
    c.select("M05")
    c.key(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is c.w.capture.pages and c.w.capture.current_page() == 1
    c.key(Qt.Key.Key_Delete)
    wait_idle(qtbot)
    m05 = c.material("M05")
    assert (m05["pages"], m05["status"], m05["files"]) == (0, "pending", [])
    # captured wrong again; this time replaced (Ctrl+R on the page, then the right document)
    c.select("M05")
    c.capture("blank_sheet", expect=lambda: c.material("M05")["pages"] == 1)
    c.select("M05")
    c.key(Qt.Key.Key_Tab)
    c.key(Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert "替换" in c.w.capture.action_state.text()
    before = c.pages("M05")[0]["sha256"]
    c.capture("name_change_notice", expect=lambda: c.pages("M05") and c.pages("M05")[0]["sha256"] != before)
    pages = c.pages("M05")
    assert len(pages) == 1 and pages[0]["sha256"] not in (wrong, before)
    assert c.material("M05")["status"] == "received"
    assert _audit(ctx, "case.page_delete")[0]["sha256"] == wrong
    assert _audit(ctx, "case.page_replace")
    screenshot(c.w, "capture-replaced")
