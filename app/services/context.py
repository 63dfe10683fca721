"""What every use case needs: the store, the catalog, the workstation identity, the calendar.

The composition root `app.bootstrap` builds it (`bootstrap` for a running workstation,
`open_context` for a context alone); `open_context` here forwards there for existing callers.
"""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass, field
from pathlib import Path

from app.calendar.workdays import WorkdayCalendar
from app.catalog import Catalog
from app.config import Workstation
from app.storage import Actor, Store


@dataclass
class ServiceContext:
    store: Store
    catalog: Catalog
    workstation: Workstation
    calendar: WorkdayCalendar
    training: bool = False
    events: list = field(default_factory=list)  # subscribers: callables(event_name, payload)

    @property
    def data_dir(self) -> Path:
        return self.store.data_dir

    def publish(self, name: str, **payload) -> None:
        """Tell subscribers (the UI bridge, co-browse) that something happened; never raises.
        Inside a unit of work (a use case made of use cases) the news waits for its commit and is
        dropped on rollback."""
        if self.store.after_commit(lambda: self._deliver(name, payload)):
            return
        self._deliver(name, payload)

    def _deliver(self, name: str, payload: dict) -> None:
        for subscriber in list(self.events):
            try:
                subscriber(name, payload)
            except Exception:  # a broken listener must not break a use case
                pass

    def close(self) -> None:
        self.store.close()


def default_actor(workstation: Workstation | None = None, role: str = "clerk") -> Actor:
    """An actor for places with no login (the training GUI's simulated clerk, device checks).
    The name is the OS account and the role is the caller's; no environment variable chooses
    either — the CLI's case, security, export and audit commands use a real login instead
    (app.security.cli_login)."""
    terminal = f"{workstation.center_code}-{workstation.window_no}" if workstation else ""
    return Actor(user=_os_user(), role=role, terminal=terminal)


def _os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:
        return "clerk"


def open_context(data_dir: str | os.PathLike | None = None, *, training: bool = False,
                 catalog_dir: Path | None = None) -> ServiceContext:
    """The service context alone (security on, store, catalog): see `app.bootstrap.open_context`."""
    from app.bootstrap import open_context as build

    return build(data_dir, training=training, catalog_dir=catalog_dir)
