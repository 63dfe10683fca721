"""Run slow work (OCR, devices, database, sync, PDF rendering) off the GUI thread.

`run_task(fn, *args, on_done=..., on_error=...)` puts `fn` on the global QThreadPool; its
result or exception comes back as a Qt signal delivered on the GUI thread. The function never
receives a widget, and the callbacks are the only place that touches the screen.

Work may answer after its widget is gone (a window closed while OCR ran, a health check that
took 15 s): the callbacks belong to an `owner` QObject — given, or the object whose method the
callback is — and are dropped once Qt has deleted it. `connect(signal, owner, fn)` does the same
for long-lived signals (the session's, the event bridge's) connected to a lambda or a closure:
Qt disconnects a QObject's own methods when it is destroyed, but not a plain function that
merely uses the object.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, SignalInstance, Slot


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


def alive(owner: QObject | None) -> bool:
    """Whether `owner` (None: nobody) still has its C++ object (Qt has not deleted it)."""
    return owner is None or shiboken6.isValid(owner)


def _qobject_in(value: Any) -> QObject | None:
    if isinstance(value, QObject):
        return value
    target = getattr(value, "__self__", None)  # a bound method (`self.output.appendPlainText`)
    return target if isinstance(target, QObject) else None


def owner_of(*callbacks: Callable[..., Any] | None) -> QObject | None:
    """The widget the callbacks work on: the QObject whose method one is, else the `self` (or
    another QObject, or a QObject's method) a lambda or closure among them uses; None if none."""
    for cb in callbacks:
        found = _qobject_in(cb)
        if found is not None:
            return found
    for cb in callbacks:
        code, cells = getattr(cb, "__code__", None), getattr(cb, "__closure__", None) or ()
        if code is None:
            continue
        named = dict(zip(code.co_freevars, cells, strict=False))
        ordered = ([named.pop("self")] if "self" in named else []) + list(named.values())
        for cell in ordered:
            try:
                found = _qobject_in(cell.cell_contents)
            except ValueError:  # an empty cell
                continue
            if found is not None:
                return found
    return None


def bound(owner: QObject | None, fn: Callable[..., Any]) -> Callable[..., Any]:
    """`fn`, run only while `owner` lives; a no-op (None) once Qt deleted it."""

    def call(*args: Any) -> Any:
        return fn(*args) if alive(owner) else None

    return call


def connect(signal: SignalInstance, owner: QObject, fn: Callable[..., Any]) -> None:
    """Connect `fn` (a lambda, a closure) to a signal that outlives `owner`, for `owner`'s lifetime:
    disconnected when `owner` is destroyed, and never run on a deleted `owner` meanwhile."""
    slot = bound(owner, fn)
    signal.connect(slot)

    def drop(*_args: Any) -> None:
        try:
            signal.disconnect(slot)
        except (RuntimeError, TypeError):  # the sender went first, or it is already disconnected
            pass

    owner.destroyed.connect(drop)


def _wire(task: Task, on_done: Callable[[Any], None] | None, on_error: Callable[[Exception], None] | None,
          owner: QObject | None) -> None:
    """Deliver the task's result to its callbacks on the GUI thread, while `owner` lives."""
    sig = task.signals
    _running.add(sig)
    owner = owner if owner is not None else owner_of(on_done, on_error)

    def _done(result: Any) -> None:
        _running.discard(sig)
        if on_done and alive(owner):
            on_done(result)

    def _failed(exc: Exception) -> None:
        _running.discard(sig)
        if on_error and alive(owner):
            on_error(exc)

    sig.done.connect(_done)
    sig.failed.connect(_failed)


def run_task(fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], None] | None = None,
             on_error: Callable[[Exception], None] | None = None, owner: QObject | None = None,
             **kwargs: Any) -> Task:
    """Start `fn(*args, **kwargs)` in the thread pool; callbacks run on the GUI thread, and only
    while `owner` (default: the QObject the callbacks work on, `owner_of`) has not been deleted."""
    task = Task(fn, *args, **kwargs)
    _wire(task, on_done, on_error, owner)
    QThreadPool.globalInstance().start(task)
    return task


def run_detached(fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], None] | None = None,
                 on_error: Callable[[Exception], None] | None = None, owner: QObject | None = None,
                 **kwargs: Any) -> threading.Thread:
    """Like `run_task`, for read-only work the program may abandon when it exits (loading the OCR
    models, a platform health check): a daemon thread instead of the global QThreadPool, whose
    every task QCoreApplication's destructor waits for — a model load or a health check against an
    unreachable platform used to hold a normal close for ~10 s. Never use it for a write."""
    task = Task(fn, *args, **kwargs)
    _wire(task, on_done, on_error, owner)
    thread = threading.Thread(target=task.run, name=f"detached-{getattr(fn, '__name__', 'task')}", daemon=True)
    thread.start()
    return thread


def pending() -> int:
    """How many tasks have not reported back yet (tests wait for 0)."""
    return len(_running)
