"""The one bridge from service events (`ctx.publish`) to Qt signals on the GUI thread.

Services publish plain `(name, payload)` events from whatever thread ran them; `EventBridge`
re-emits them as the `event` signal. Qt queues a signal emitted from another thread, so the
slots always run on the GUI thread and no widget is touched from a worker.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.services.context import ServiceContext


class EventBridge(QObject):
    event = Signal(str, dict)      # every event
    case_changed = Signal(str)     # uuid of a case whose data or state changed
    sync_event = Signal(str, dict)  # sync.* events (progress, online/offline, errors)
    device_event = Signal(str, dict)  # idcard.* / camera.* / scanner.* / printer.*

    def __init__(self, ctx: ServiceContext, parent: QObject | None = None):
        super().__init__(parent)
        self._ctx = ctx
        ctx.events.append(self._on_event)

    def _on_event(self, name: str, payload: dict) -> None:
        payload = dict(payload)
        self.event.emit(name, payload)
        if name.startswith("case.") and payload.get("uuid"):
            self.case_changed.emit(str(payload["uuid"]))
        elif name.startswith("sync."):
            self.sync_event.emit(name, payload)
        elif name.split(".", 1)[0] in {"idcard", "camera", "scanner", "printer", "device"}:
            self.device_event.emit(name, payload)

    def detach(self) -> None:
        if self._on_event in self._ctx.events:
            self._ctx.events.remove(self._on_event)
