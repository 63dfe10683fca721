"""Work that answers after its widget is gone: a worker's callbacks and the long-lived signals of
the session and its event bridge must not touch a widget Qt has deleted (pytest-qt fails a test
on any exception raised in the Qt event loop, such as "Internal C++ object already deleted")."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtCore import SIGNAL, QObject, Signal
from PySide6.QtWidgets import QLabel, QWidget

from tests.ui.conftest import wait_idle
from ui import worker


class _Source(QObject):
    """Stands for the session / event bridge: it outlives every window."""

    changed = Signal(str)


def _deleted(qtbot, widget: QWidget) -> None:
    widget.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(widget), timeout=5000)


def test_a_task_answering_after_its_widget_was_deleted_is_dropped(qtbot):
    """The task is still running when the widget goes (a window closed while OCR ran)."""
    screen = QWidget()
    label = QLabel(screen)
    release, answered = threading.Event(), []

    def slow() -> str:
        release.wait(10)
        return "done"

    class Screen(QWidget):  # callbacks as a screen has them: its own method, and a lambda using self
        def start(self) -> None:
            worker.run_task(slow, on_done=self.show_result, on_error=lambda exc: self.show_result(str(exc)))
            worker.run_task(slow, on_done=lambda r: label.setText(r) or answered.append(r))

        def show_result(self, text: str) -> None:
            answered.append(text)
            label.setText(text)

    s = Screen(screen)
    s.start()
    assert worker.pending() == 2
    _deleted(qtbot, screen)  # takes `s` and `label` with it
    release.set()
    wait_idle(qtbot)
    assert answered == []


def test_a_task_answers_while_its_widget_lives(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    worker.run_task(lambda: "识别完成", on_done=label.setText)
    wait_idle(qtbot)
    assert label.text() == "识别完成"


def test_a_lambda_on_a_long_lived_signal_goes_with_its_widget(qtbot):
    source = _Source()
    seen: list[str] = []
    widget = QWidget()
    label = QLabel(widget)
    worker.connect(source.changed, widget, lambda u: label.setText(u) or seen.append(u))
    source.changed.emit("a")
    assert seen == ["a"] and label.text() == "a"
    before = source.receivers(SIGNAL("changed(QString)"))
    _deleted(qtbot, widget)
    source.changed.emit("b")
    assert seen == ["a"]
    assert source.receivers(SIGNAL("changed(QString)")) == before - 1


def test_a_closed_and_deleted_window_ignores_the_session_and_the_bridge(ctx, qtbot, monkeypatch):
    """The teardown error of CI: case_changed reached a lambda of a deleted main window."""
    from ui.app import build

    monkeypatch.setenv("ZONGCHUANG_DEVICES", "simulator")
    session, window = build(ctx, language="zh_CN")  # not qtbot's: this test has Qt delete it
    try:
        window.show()
        qtbot.waitExposed(window)
        session.case_uuid = "c0ffee00-0000-4000-8000-000000000001"
        window.close()
        assert not window._online_timer.isActive()  # a closed window checks the platform no more
        _deleted(qtbot, window)
        session.bridge.case_changed.emit(session.case_uuid)
        session.case_selected.emit(session.case_uuid)
        session.status.emit("已保存")
        qtbot.wait(50)  # let queued deliveries run: an exception in any of them fails the test
        wait_idle(qtbot)
    finally:
        session.close()
