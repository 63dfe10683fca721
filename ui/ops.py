"""The one door from a widget to the core: `op(widget, fn, *args, on_done=...)` runs a service
call off the GUI thread (the QThreadPool, through `ui.worker.run_task`) and reports a failure the
same way on every screen — the screen's bilingual error box, or the `on_error` the caller gives.

Model: Anki's `CollectionOp`/`QueryOp`. A service call that writes (create a case, put a card on
it, set a field, log in, decide) never runs on the GUI thread; its result comes back as a signal
and only the callbacks touch widgets. While an op runs, `busy(widget)` is true, so a second key
press does not start the same write twice. `query(widget, fn, ...)` is the same door for reads
and device polls that repeat (the reader's state, the camera's next frame, the platform's
health, a dry render): off the GUI thread, errors reported alike, but never marking the widget
busy, so a poll in flight does not swallow the clerk's key press.

The screens and the main window reach `app.services` and the devices only through here (a test
in tests/foundation/test_import_contract.py keeps `ui.worker` out of them).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.worker import Task, run_detached, run_task

_BUSY = "zc_op_busy"


def report(widget: QWidget, exc: BaseException) -> None:
    """Show a failure the way every screen does (its error box; else the status bar)."""
    show = getattr(widget, "show_error", None)
    if callable(show):
        show(exc)
        return
    from ui.screens.base import error_text

    window = widget.window()
    bar = getattr(window, "statusBar", None)
    if callable(bar):
        bar().showMessage(error_text(exc), 15000)


def busy(widget: QWidget) -> bool:
    return bool(widget.property(_BUSY))


class _Waiting:
    """A write in the lane behind another one (not None: it was accepted, it will run)."""


_LANE: list[Callable[[], None]] = []  # writes waiting for the one running, in the order asked
_writing = False


def op(widget: QWidget, fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], None] | None = None,
       on_error: Callable[[Exception], None] | None = None, queue: bool = False, **kwargs: Any) -> Any:
    """Run the write `fn(*args, **kwargs)` off the GUI thread on behalf of `widget`.

    Writes run one at a time, in the order the clerk asked for them (a field typed, then F7: the
    pre-review sees the field), like Anki's CollectionOp on its one collection. None when `widget`
    is still waiting for its previous write (a repeated key press); with `queue=True` the call is
    accepted anyway and runs after it (a page deleted, then another moved). A write runs even if
    its window closes meanwhile; only its callbacks are dropped then."""
    global _writing
    if busy(widget) and not queue:
        return None
    widget.setProperty(_BUSY, True)

    def finish(callback: Callable[[], None]) -> None:
        global _writing
        try:
            if shiboken6.isValid(widget):
                widget.setProperty(_BUSY, False)
                callback()
        finally:
            _writing = False
            if _LANE:
                _LANE.pop(0)()

    def start() -> Task:
        global _writing
        _writing = True
        return run_task(fn, *args, on_done=lambda r: finish(lambda: on_done(r) if on_done else None),
                        on_error=lambda e: finish(lambda: (on_error or (lambda x: report(widget, x)))(e)),
                        owner=QCoreApplication.instance(), **kwargs)  # the lane always moves on; `finish` checks `widget`

    if _writing:
        _LANE.append(start)
        return _Waiting()
    return start()


def act(widget: QWidget, fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None, **kwargs: Any) -> Any:
    """`op` on behalf of whoever is logged in on the session of `widget` (or of its window): the
    service gets `actor=` (a locked screen is reported like any failure and nothing runs)."""
    try:
        actor = _actor(widget)
    except Exception as exc:
        (on_error or (lambda e: report(widget, e)))(exc)
        return None
    return op(widget, fn, *args, actor=actor, on_done=on_done, on_error=on_error, **kwargs)


def _actor(widget: QWidget) -> Any:
    session = getattr(widget, "session", None) or getattr(widget.window(), "session", None)
    if session is None:
        raise RuntimeError("not logged in")
    return session.current_actor()


def query(widget: QWidget, fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], None] | None = None,
          on_error: Callable[[Exception], None] | None = None, as_clerk: bool = False, detached: bool = False,
          **kwargs: Any) -> Any:
    """Run a read or a device poll `fn(*args, **kwargs)` in the pool on behalf of `widget`; its
    callbacks are dropped once `widget` is gone. `as_clerk`: with `actor=` the logged-in clerk
    (e.g. a preview render that is audited). `detached`: read-only work the program may abandon
    at exit (loading the OCR models, a platform health check; `ui.worker.run_detached`)."""
    fail = on_error or (lambda e: report(widget, e))
    if as_clerk:
        try:
            kwargs["actor"] = _actor(widget)
        except Exception as exc:
            fail(exc)
            return None
    start = run_detached if detached else run_task
    return start(fn, *args, on_done=on_done, on_error=fail, owner=widget, **kwargs)
