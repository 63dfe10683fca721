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


_QUEUES: dict[int, list[tuple[Any, ...]]] = {}


def op(widget: QWidget, fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], None] | None = None,
       on_error: Callable[[Exception], None] | None = None, queue: bool = False, **kwargs: Any) -> Task | None:
    """Run `fn(*args, **kwargs)` in the pool on behalf of `widget`; None when `widget` is still
    waiting for its previous op (a repeated key press) — or, with `queue=True`, the call waits
    and runs after it, in order (e.g. a page deleted, then another moved)."""
    if busy(widget):
        if queue:
            if id(widget) not in _QUEUES:  # a widget Qt deletes takes its waiting calls with it
                widget.destroyed.connect(lambda *_, key=id(widget): _QUEUES.pop(key, None))
            _QUEUES.setdefault(id(widget), []).append((widget, fn, args, on_done, on_error, kwargs))
        return None
    widget.setProperty(_BUSY, True)

    def next_in_line() -> None:
        waiting = _QUEUES.get(id(widget))
        if waiting:
            w, f, a, d, e, kw = waiting.pop(0)
            if not waiting:
                _QUEUES.pop(id(widget), None)
            op(w, f, *a, on_done=d, on_error=e, **kw)

    def done(result: Any) -> None:
        widget.setProperty(_BUSY, False)
        try:
            if on_done is not None:
                on_done(result)
        finally:
            next_in_line()

    def failed(exc: Exception) -> None:
        widget.setProperty(_BUSY, False)
        try:
            (on_error or (lambda e: report(widget, e)))(exc)
        finally:
            next_in_line()

    return run_task(fn, *args, on_done=done, on_error=failed, owner=widget, **kwargs)  # dropped if `widget` is gone


def act(widget: QWidget, fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None, **kwargs: Any) -> Task | None:
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
