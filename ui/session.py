"""What the workstation holds while it runs: the service context, who is logged in (and the
security session that locks the screen), the case on screen, whether the platform is reachable,
the devices and the platform link the composition root built. Screens read and change it; it
holds no rules — the use cases are in `app.services`, called through `ui.ops`.
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
        self.last_sync: str | None = None  # HH:MM:SS of the last sending pass the clerk started
        self._open_devices = None
        self._sync_runner = None

    @property
    def devices(self):
        """The devices the composition root chose from the configuration (`app.bootstrap.DeviceChoice`)."""
        if self._devices is None:
            from app.bootstrap import choose_devices
            from app.config import load_config

            self._devices = choose_devices(load_config(self.ctx.data_dir), training=self.ctx.training)
        return self._devices

    @property
    def open_devices(self):
        """The chosen devices, opened on first use (`app.bootstrap.Devices`; the root's when it built us)."""
        if self.workstation is not None:
            return self.workstation.open_devices
        if self._open_devices is None:
            from app.bootstrap import Devices

            self._open_devices = Devices(self.devices, self.ctx.data_dir, training=self.ctx.training)
        return self._open_devices

    def sync_runner(self):
        """The outbox sender: the main window's background sender, else one over the root's link
        (built on first use; needs a platform URL and credential)."""
        if self.sender is not None:
            return self.sender
        if self._sync_runner is None:
            if self.workstation is not None and self.workstation.link_factory is not None:
                from sync.client.runner import SyncRunner

                self._sync_runner = SyncRunner(self.ctx, self.workstation.platform_client())
            else:
                from sync.client.session import open_sync

                self._sync_runner = open_sync(self.ctx, timeout=10.0)
        return self._sync_runner

    def platform_online(self) -> bool:
        """True when the platform answers its health check (never raises; call off the GUI thread)."""
        if not self.ctx.workstation.platform_url:
            return False
        try:
            self.sync_runner().client.health()
        except Exception:
            return False
        return True

    def current_actor(self) -> Actor:
        """Who acts now: the security session's actor (raises SessionLocked after the idle lock)."""
        if self.security is not None:
            return self.security.actor
        return self.require_actor()

    def start_security(self, security) -> Actor:
        """A login succeeded (`app.services.login.login`): keep its security session (idle lock)."""
        self.security = security
        return security.actor

    def unlock(self, password: str) -> Actor:
        """Unlock after the idle lock (the password is checked off the GUI thread, through ui.ops)."""
        self.security.unlock(password)
        return self.security.actor

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
        if self._sync_runner is not None:
            from sync.client.session import close_sync

            try:
                close_sync(self._sync_runner)
            except Exception:
                pass
            self._sync_runner = None
        if self._open_devices is not None:  # the root's own are closed with the workstation
            self._open_devices.close()
        self.bridge.detach()
