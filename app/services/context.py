"""What every use case needs: the store, the catalog, the workstation identity, the calendar.

`open_context` is how the CLI, the UI, the demo and the tests get one; nothing else opens the
store or loads the catalog on its own.
"""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass, field
from pathlib import Path

from app.calendar.workdays import WorkdayCalendar, default_calendar
from app.catalog import Catalog, default_catalog, load_catalog
from app.config import Workstation, load_workstation
from app.paths import data_dir as resolve_data_dir
from app.security.install import activate as _activate_security
from app.storage import Actor, Store, open_store

_activate_security()  # SQLCipher, encrypted attachments and the sealed audit trail for every store


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
        """Tell subscribers (the UI bridge, co-browse) that something happened; never raises."""
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
    base = resolve_data_dir(data_dir, training=training)
    store = open_store(base)
    catalog = load_catalog(catalog_dir) if catalog_dir else _catalog_for(base)
    workstation = load_workstation(base)
    calendar = default_calendar(base / "master" / "calendar_overrides.yaml")
    return ServiceContext(store=store, catalog=catalog, workstation=workstation, calendar=calendar, training=training)


def _catalog_for(base: Path) -> Catalog:
    """A catalog delivered by the platform's master-data feed wins over the packaged one."""
    delivered = base / "master" / "catalog"
    if (delivered / "catalog.yaml").exists():
        return load_catalog(delivered)
    return default_catalog()
