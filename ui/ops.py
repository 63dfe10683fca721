"""The one door from a widget to the core: `op(widget, fn, *args, on_done=...)` runs a service
call off the GUI thread (the QThreadPool, through `ui.worker.run_task`) and reports a failure the
same way on every screen — the screen's bilingual error box, or the `on_error` the caller gives.

Model: Anki's `CollectionOp`/`QueryOp`. A service call that writes (create a case, put a card on
it, set a field, log in, decide) never runs on the GUI thread; its result comes back as a signal
and only the callbacks touch widgets. While an op runs, `busy(widget)` is true, so a second key
press does not start the same write twice.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from ui.worker import Task, run_task

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


def op(widget: QWidget, fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], None] | None = None,
       on_error: Callable[[Exception], None] | None = None, **kwargs: Any) -> Task | None:
    """Run `fn(*args, **kwargs)` in the pool on behalf of `widget`; None when `widget` is still
    waiting for its previous op (a repeated key press)."""
    if busy(widget):
        return None
    widget.setProperty(_BUSY, True)

    def done(result: Any) -> None:
        widget.setProperty(_BUSY, False)
        if on_done is not None:
            on_done(result)

    def failed(exc: Exception) -> None:
        widget.setProperty(_BUSY, False)
        (on_error or (lambda e: report(widget, e)))(exc)

    return run_task(fn, *args, on_done=done, on_error=failed, owner=widget, **kwargs)  # dropped if `widget` is gone
