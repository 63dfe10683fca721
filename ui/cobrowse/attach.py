"""Wiring co-browse into the workstation window in one call (for `ui/app.py` / the main window):
a `ClerkEndpoint` for the logged-in clerk and the `CobrowsePanel` in a right-hand dock, the
picture taken of the form screen. Nothing happens without a configured platform (offline-first:
the window works the same without it)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget


def attach(win, *, platform_url: str | None = None, token=None):
    """Dock the co-browse panel into `win` (a `ui.main_window.MainWindow` with a logged-in
    session). Returns the dock, or None when no platform is configured. `token`: a provider of
    access tokens (default: the workstation credential, as sync uses)."""
    from sync.cobrowse.endpoints import ClerkEndpoint, platform_token
    from ui.cobrowse.panel import CobrowsePanel

    session = win.session
    url = (platform_url or session.ctx.workstation.platform_url).rstrip("/")  # the config applies ZONGCHUANG_PLATFORM
    if not url or session.actor is None:
        return None
    link = platform_link(session, url)
    endpoint = ClerkEndpoint(session.ctx, session.actor, link.url, token or platform_token(link.url, link=link),
                             link=link).start()
    panel = CobrowsePanel(endpoint, lambda: session.case_uuid, picture_target=lambda: getattr(win, "form", None))
    dock = QDockWidget(panel.tr("远程帮办"), win)
    dock.setObjectName("cobrowseDock")
    dock.setWidget(panel)
    win.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    dock.destroyed.connect(lambda *_: endpoint.close())
    win.cobrowse = dock
    dock.endpoint = endpoint
    return dock


def platform_link(session, url: str):
    """The checked link (https or loopback http, `[platform] ca_file`, timeout) the composition
    root builds — the same one the background sender uses."""
    workstation = getattr(session, "workstation", None)
    if workstation is not None:
        return workstation.link(url=url)
    from app.bootstrap import platform_link as build
    from app.config import load_config

    return build(load_config(session.ctx.data_dir), session.ctx.data_dir, url=url)


def detach(win) -> None:
    dock = getattr(win, "cobrowse", None)
    if dock is not None:
        dock.endpoint.close()
        win.removeDockWidget(dock)
        dock.deleteLater()
        win.cobrowse = None
