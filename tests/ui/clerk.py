"""Keyboard helpers for the clerk's end-to-end flows: what a clerk presses, nothing more.

Every step goes through key presses on the real window (or the dialog that has the focus);
the only direct calls are reads of the case through the services, for the assertions.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.exceptions import TimeoutError as QtTimeout

from app.services import cases as case_svc
from tests.ui.conftest import wait_idle

ITEM = "010170001000-02"
# what a first-time applicant tells the clerk (typed only where a field is empty)
APPLICANT_SAYS = {"change_content": "单位名称由“武汉市青山区悦来旅社有限公司”变更为“武汉市青山区悦来宾馆有限公司”",
                  "legal_rep_phone": "13871234567", "manager_phone": "13907151234", "staff_count": "12",
                  "examined_count": "12", "building_area": "860", "business_area": "720", "central_ac": "否",
                  "license_items": "住宿", "unit_nature": "企业", "manager_name": "张三"}


CAPTURE_MS = 600_000  # one capture (OCR included) on a loaded machine; a hang shows in `_threads()`


def _threads() -> str:
    """Where each thread is (the worker pool's OCR, a lock...), for a capture that never came back."""
    import sys
    import threading
    import traceback

    names = {t.ident: t.name for t in threading.enumerate()}
    return "\n".join(f"-- {names.get(ident, ident)}\n" + "".join(traceback.format_stack(frame)[-6:])
                     for ident, frame in sys._current_frames().items())


class Clerk:
    def __init__(self, window, qtbot, ctx):
        self.w, self.qtbot, self.ctx = window, qtbot, ctx
        self.typed: list[str] = []

    # -- keys ------------------------------------------------------------------------------------
    def key(self, k, mod=Qt.KeyboardModifier.NoModifier) -> None:
        if QApplication.activeWindow() is None:
            # what a window manager does when a dialog closes (the offscreen platform has none)
            self.w.activateWindow()
            self.qtbot.waitUntil(lambda: QApplication.activeWindow() is not None, timeout=2000)
        target = QApplication.focusWidget() or QApplication.activeWindow() or self.w
        self.qtbot.keyClick(target, k, mod)

    def type(self, widget, text: str) -> None:
        """ASCII as key presses, Chinese as the input method commits it."""
        run = ""
        for ch in text + "\0":
            if ch.isascii() and ch != "\0":
                run += ch
                continue
            if run:
                self.qtbot.keyClicks(widget, run)
                run = ""
            if ch != "\0":
                ev = QInputMethodEvent()
                ev.setCommitString(ch)
                QApplication.sendEvent(widget, ev)

    # -- case ------------------------------------------------------------------------------------
    @property
    def uuid(self) -> str:
        return self.w.session.case_uuid

    def form(self) -> dict:
        return case_svc.case_form(self.ctx, self.uuid)

    def material(self, code: str) -> dict:
        return next(m for m in self.form()["materials"] if m["code"] == code)

    def new_case(self) -> str:
        self.w.activateWindow()
        self.key(Qt.Key.Key_F3)
        assert self.w.current_key() == "new_case"
        self.qtbot.keyClicks(self.w.new_case.search, "ggcswsxkbg")
        self.key(Qt.Key.Key_Return)
        assert self.w.new_case.item_code == ITEM
        self.key(Qt.Key.Key_Space)  # 情形: 单位名称变更
        self.key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        wait_idle(self.qtbot)
        assert self.w.current_key() == "applicant" and self.uuid
        return self.uuid

    # -- capture ---------------------------------------------------------------------------------
    def to_capture(self) -> None:
        self.key(Qt.Key.Key_F5)
        assert self.w.current_key() == "capture"

    def select(self, code: str) -> None:
        """↑/↓ in the material list until `code` is selected."""
        cap = self.w.capture
        cap.materials.setFocus() if QApplication.focusWidget() is not cap.materials else None
        codes = [cap.materials.item(i).data(Qt.ItemDataRole.UserRole) for i in range(cap.materials.count())]
        for _ in range(len(codes) * 2):
            if cap.current_material() == code:
                return
            step = Qt.Key.Key_Down if codes.index(code) > codes.index(cap.current_material()) else Qt.Key.Key_Up
            self.qtbot.keyClick(cap.materials, step)
        assert cap.current_material() == code

    def place(self, kind: str | None) -> None:
        """The trainee puts a document on the simulated camera's desk: Ctrl+D, ↑/↓, Enter."""
        cap = self.w.capture
        assert cap.desk.isVisible(), "the simulated camera's desk is not shown"
        self.key(Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
        assert QApplication.focusWidget() is cap.desk, (QApplication.focusWidget(), QApplication.activeWindow(), QApplication.activeModalWidget(), QApplication.activePopupWidget())
        target = cap.desk.findData(kind or "")
        if cap.desk.currentIndex() == target:  # the same again: take it away and put it back
            away = Qt.Key.Key_Up if target else Qt.Key.Key_Down
            self.qtbot.keyClick(cap.desk, away)
        while cap.desk.currentIndex() != target:
            self.qtbot.keyClick(cap.desk, Qt.Key.Key_Down if cap.desk.currentIndex() < target else Qt.Key.Key_Up)
        assert self._on_desk() == kind
        self.qtbot.keyClick(cap.desk, Qt.Key.Key_Return)
        assert QApplication.focusWidget() is cap.materials

    def activated(self, top) -> None:
        """Wait until a new top-level (a dialog) is the active window — what a window manager
        does at once; the offscreen platform sometimes needs asking."""
        self.qtbot.waitUntil(top.isVisible, timeout=5000)
        if QApplication.activeWindow() is not top:
            top.activateWindow()
        self.qtbot.waitUntil(lambda: QApplication.activeWindow() is top, timeout=5000)

    def choose(self, value: str) -> list:
        """In the open choice dialog: ↓ to `value`, Enter. Returns the options offered."""
        dialog = self.w.capture.dialog
        self.activated(dialog)
        options = [dialog.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(dialog.list.count())]
        assert value in options, options
        for _ in range(len(options)):
            if dialog.list.currentItem().data(Qt.ItemDataRole.UserRole) == value:
                break
            self.key(Qt.Key.Key_Down)
        self.key(Qt.Key.Key_Return)
        return options

    def _on_desk(self):
        from app.services.capture import simulated_desk

        return simulated_desk(self.w.session.open_devices)["on_desk"]

    def capture(self, kind: str, *, expect) -> None:
        """Put `kind` under the camera and wait for auto-capture to store (and file) it: until the
        capture screen reports the page captured (its `captured` signal, after OCR and filing) or
        `expect` holds. OCR on a loaded 2-core machine can take minutes: the wait is generous
        (`CLERK_CAPTURE_MS`), and a capture that never reports back says where every thread is."""
        import os

        cap = self.w.capture
        reported: list[str] = []
        on_captured = reported.append
        cap.captured.connect(on_captured)
        try:
            self.place(kind)
            self.qtbot.waitUntil(lambda: bool(reported) or bool(expect()),
                                 timeout=int(os.environ.get("CLERK_CAPTURE_MS", str(CAPTURE_MS))))
            wait_idle(self.qtbot, timeout=CAPTURE_MS)  # the capture's task has reported back
            assert expect(), "captured, but not as expected"
        except (AssertionError, QtTimeout) as exc:
            raise AssertionError(f"no capture of {kind} ({exc}): camera={cap.camera_state.text()!r} "
                                 f"action={cap.action_state.text()!r} error={self.w.property('last_error')!r} "
                                 f"materials={[(m['code'], m['pages']) for m in self.form()['materials']]}\n"
                                 f"{_threads()}") from None
        finally:
            cap.captured.disconnect(on_captured)
        self.place(None)
        wait_idle(self.qtbot)

    def pages(self, code: str) -> list[dict]:
        from app.services import pages

        return pages.list_pages(self.ctx, self.uuid, code)

    # -- form ------------------------------------------------------------------------------------
    def fill_form(self, says: dict[str, str] | None = None, *, only: bool = False,
                  form: Callable[[], dict] | None = None) -> list[str]:
        """F6, then Enter on each highlighted field; type only what no source filled. `only`: the
        applicant says just `says`; `form`: the form whose completeness ends the walk (a 一件事's
        merged form; default this case's)."""
        says = dict(says or {}) if only else {**APPLICANT_SAYS, **(says or {})}
        self.key(Qt.Key.Key_F6)
        assert self.w.current_key() == "form"
        typed: list[str] = []
        for _ in range(80):
            focused = QApplication.focusWidget()
            name = focused.objectName() if focused else ""
            if not name.startswith("field_"):
                break
            k = name.removeprefix("field_")
            spec = self.w.form.editors[k].spec
            if not spec["value"] and k in says:
                if isinstance(focused, QLineEdit):
                    self.type(focused, says[k])
                else:
                    combo = focused
                    while combo.currentText() != says[k] and combo.currentIndex() < combo.count() - 1:
                        self.qtbot.keyClick(combo, Qt.Key.Key_Down)
                    self.w.form.typed.add(k)
                typed.append(k)
            self.key(Qt.Key.Key_Return)
            wait_idle(self.qtbot)  # stored off the GUI thread (ui.ops); then the focus moves on
            current = (form or self.form)()
            if not any((f["required"] and not f["value"]) or (f["value"] and not f["confirmed"]
                                                               and f["source"] not in ("clerk", "id_card"))
                       for f in current["fields"]):
                break
        self.typed += typed
        return typed

    # -- pre-review and decision ------------------------------------------------------------------
    def prereview(self) -> dict:
        self.w.prereview.result = None
        self.key(Qt.Key.Key_F7)
        if self.w.current_key() != "prereview":  # low-confidence values first: Enter confirms each
            for _ in range(20):
                if self.w.current_key() == "prereview":
                    break
                self.key(Qt.Key.Key_Return)
                self.key(Qt.Key.Key_F7)
        assert self.w.current_key() == "prereview"
        self.qtbot.waitUntil(lambda: self.w.prereview.result is not None, timeout=60000)
        return self.w.prereview.result

    def printed(self) -> list[str]:
        from app.services import printing

        return [h["document"] for h in printing.print_history(self.ctx, self.uuid) if h["ok"]]
