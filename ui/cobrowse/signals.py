"""Marshal co-browse listener calls (made on network/worker threads) onto the Qt GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Relay(QObject):
    event = Signal(str, dict)

    def __call__(self, name: str, payload: dict) -> None:  # a listener; safe from any thread
        self.event.emit(name, dict(payload))
