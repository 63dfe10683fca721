"""Smaller things a clerk meets by keyboard: the 情形 options move with ↑/↓ and show focus, the
form scrolls to the focused field, training raises no offline alarm, Today shows the outcome."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.services import cases as case_svc
from tests.ui.conftest import wait_idle


def test_situation_options_move_with_arrow_keys(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_F3)
    qtbot.keyClicks(window.new_case.search, "ggcswsxkbg")
    qtbot.keyClick(window.new_case.search, Qt.Key.Key_Return)
    first = QApplication.focusWidget()
    assert first.objectName() == "opt_what_changes_unit_name"
    assert "focus" in window.new_case.questions.styleSheet()
    qtbot.keyClick(first, Qt.Key.Key_Down)
    second = QApplication.focusWidget()
    assert second is not first and second.objectName().startswith("opt_"), second.objectName()
    qtbot.keyClick(second, Qt.Key.Key_Space)
    qtbot.keyClick(second, Qt.Key.Key_Up)
    assert QApplication.focusWidget() is first


def test_form_scrolls_to_the_focused_field(window, qtbot, ctx, clerk):
    ref = case_svc.create_case(ctx, "010170001000-02", {"what_changes": ["unit_name"]}, actor=clerk)
    window.session.select_case(ref.uuid)
    window.resize(1366, 768)
    window.show_screen("form")
    wait_idle(qtbot)
    form = window.form
    last = list(form.editors)[-1]
    ed = form.editors[last]
    ed.editor.setFocus()
    qtbot.waitUntil(lambda: ed.editor.hasFocus(), timeout=2000)
    top = ed.mapTo(form.scroll.viewport(), ed.rect().topLeft()).y()
    assert 0 <= top and top + ed.height() <= form.scroll.viewport().height(), (top, form.scroll.viewport().height())


def test_training_shows_no_offline_alarm(window, qtbot, monkeypatch):
    window._update_online(False)
    assert window.offline_bar.isVisible()
    monkeypatch.setattr(window.session.ctx, "training", True)  # a training database (nothing is sent)
    window._update_online(False)
    assert not window.offline_bar.isVisible()
