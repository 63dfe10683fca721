"""What the workstation holds while it runs: the service context, who is logged in, the case
on screen, whether the platform is reachable. Screens read and change it; it holds no rules.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.services.context import ServiceContext
from app.storage import Actor
from ui.bridge import EventBridge


class Session(QObject):
    case_selected = Signal(str)   # uuid ('' when none)
    actor_changed = Signal()
    online_changed = Signal(bool)
    status = Signal(str)          # one-line message for the status bar
    card_photo_changed = Signal()  # a card's chip photo arrived (人证比对 on both screens)

    def __init__(self, ctx: ServiceContext, parent: QObject | None = None, *, devices=None):
        super().__init__(parent)
        self.ctx = ctx
        self._devices = devices
        self.bridge = EventBridge(ctx, self)
        self.actor: Actor | None = None
        self.case_uuid: str = ""
        self.online = False
        self.last_card: dict | None = None  # the last card read (for the applicant screen)
        self.card_photo: bytes = b""  # that card's chip photo, in memory only (never on the case)
        self.card_photo_case: str = ""  # the case it was read for
        self.security = None  # app.security SecuritySession once logged in (idle lock)
        self.sender = None  # the background sender (sync.client.runner.SyncRunner) the main window owns
        self.workstation = None  # app.bootstrap.Workstation when started by ui.app.run (None in tests' build)

    @property
    def devices(self):
        """The devices the composition root chose from the configuration (`app.bootstrap.DeviceChoice`)."""
        if self._devices is None:
            from app.bootstrap import choose_devices
            from app.config import load_config

            self._devices = choose_devices(load_config(self.ctx.data_dir), training=self.ctx.training)
        return self._devices

    @property
    def training(self) -> bool:
        return self.ctx.training

    @property
    def terminal(self) -> str:
        ws = self.ctx.workstation
        return f"{ws.center_code}-{ws.window_no}"

    def require_actor(self) -> Actor:
        if self.actor is None:
            raise RuntimeError("not logged in")
        return self.actor

    def login(self, actor: Actor) -> None:
        self.actor = actor
        self.actor_changed.emit()

    def logout(self) -> None:
        if self.security is not None:
            try:
                self.security.logout()
            except Exception:
                pass
            self.security = None
        self.actor = None
        self.card_photo, self.card_photo_case = b"", ""
        self.select_case("")
        self.actor_changed.emit()

    def select_case(self, uuid: str) -> None:
        self.case_uuid = uuid
        self.case_selected.emit(uuid)

    def set_online(self, online: bool) -> None:
        if online != self.online:
            self.online = online
            self.online_changed.emit(online)

    def lock(self) -> None:
        """Lock the screen (idle or Ctrl+L): the case stays open; the password unlocks it."""
        if self.security is not None:
            self.security.lock("manual")
        self.actor_changed.emit()

    @property
    def locked(self) -> bool:
        return self.security is not None and self.security.check()

    def close(self) -> None:
        for attr in ("_sync_runner", "_camera"):
            obj = getattr(self, attr, None)
            try:
                if attr == "_sync_runner" and obj is not None:
                    from sync.client.session import close_sync

                    close_sync(obj)
                elif obj is not None:
                    obj["source"].close()
            except Exception:
                pass
        self.bridge.detach()
