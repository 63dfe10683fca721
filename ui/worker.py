"""Run slow work (OCR, devices, database, sync, PDF rendering) off the GUI thread.

`run_task(fn, *args, on_done=..., on_error=...)` puts `fn` on the global QThreadPool; its
result or exception comes back as a Qt signal delivered on the GUI thread. The function never
receives a widget, and the callbacks are the only place that touches the screen.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class Task(QRunnable):
    def __init__(self, fn: Callable[..., Any], *args: Any, **kwargs: Any):
        super().__init__()
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.signals = _Signals()
        self.setAutoDelete(True)

    @Slot()
    def run(self) -> None:
        try:
            result = self.fn(*self.args, **self.kwargs)
        except Exception as exc:  # delivered to the GUI as a signal, never raised in the pool
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self._emit(self.signals.failed, exc)
        else:
            self._emit(self.signals.done, result)

    @staticmethod
    def _emit(signal: Any, value: Any) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the application closed while this ran: nobody is left to tell
            pass


_running: set[_Signals] = set()  # keep signal objects alive until their callback ran


def run_task(fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], None] | None = None,
             on_error: Callable[[Exception], None] | None = None, **kwargs: Any) -> Task:
    """Start `fn(*args, **kwargs)` in the thread pool; callbacks run on the GUI thread."""
    task = Task(fn, *args, **kwargs)
    sig = task.signals
    _running.add(sig)

    def _done(result: Any) -> None:
        _running.discard(sig)
        if on_done:
            on_done(result)

    def _failed(exc: Exception) -> None:
        _running.discard(sig)
        if on_error:
            on_error(exc)

    sig.done.connect(_done)
    sig.failed.connect(_failed)
    QThreadPool.globalInstance().start(task)
    return task


def run_detached(fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], None] | None = None,
                 on_error: Callable[[Exception], None] | None = None, **kwargs: Any) -> threading.Thread:
    """Like `run_task`, for read-only work the program may abandon when it exits (loading the OCR
    models, a platform health check): a daemon thread instead of the global QThreadPool, whose
    every task QCoreApplication's destructor waits for — a model load or a health check against an
    unreachable platform used to hold a normal close for ~10 s. Never use it for a write."""
    task = Task(fn, *args, **kwargs)
    sig = task.signals
    _running.add(sig)

    def _done(result: Any) -> None:
        _running.discard(sig)
        if on_done:
            on_done(result)

    def _failed(exc: Exception) -> None:
        _running.discard(sig)
        if on_error:
            on_error(exc)

    sig.done.connect(_done)
    sig.failed.connect(_failed)

    thread = threading.Thread(target=task.run, name=f"detached-{getattr(fn, '__name__', 'task')}", daemon=True)
    thread.start()
    return thread


def pending() -> int:
    """How many tasks have not reported back yet (tests wait for 0)."""
    return len(_running)
