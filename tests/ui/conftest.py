"""Fixtures for the workstation tests: the real main window over a real store (tmp folder),
simulated devices (the training backends), a logged-in clerk, and screenshots under
out/screenshots/ (not committed) for a person to look at."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[2]
SHOTS = Path(os.environ.get("ZONGCHUANG_SCREENSHOTS", ROOT / "out" / "screenshots"))


@pytest.fixture
def window(ctx, qtbot, monkeypatch, tmp_path):
    """The main window, logged in as clerk01, simulated reader; closed and drained afterwards."""
    from PySide6.QtCore import QThreadPool

    from ui.app import build

    monkeypatch.setenv("ZONGCHUANG_DEVICES", "simulator")
    monkeypatch.delenv("ZONGCHUANG_LANG", raising=False)
    monkeypatch.setenv("ZONGCHUANG_OCR_THREADS", "")  # the default: build() has the root reserve a core for the GUI
    add_clerk(ctx)
    session, win = build(ctx, language="zh_CN")
    qtbot.addWidget(win)
    win.resize(1366, 740)
    win.show()
    qtbot.waitExposed(win)
    win.login.user.setText("clerk01")
    win.login.password.setText(CLERK_PASSWORD)
    win.login.submit()  # checked off the GUI thread (ui.ops)
    qtbot.waitUntil(lambda: session.actor is not None, timeout=30000)
    yield win
    import shiboken6

    wait_idle(qtbot)
    if shiboken6.isValid(win):  # (a test may already have had Qt delete it)
        if win.second is not None:
            win.second.close()
        win.close()
    QThreadPool.globalInstance().waitForDone(10000)
    session.close()
    from PySide6.QtWidgets import QApplication

    from ui.i18n import set_language

    set_language(QApplication.instance(), "zh_CN")


CLERK_PASSWORD = "Window-01-pass"


def add_clerk(ctx, user: str = "clerk01") -> None:
    """The account IT would create at install (`zongchuang user add`), through the security service."""
    from app.security import users
    from app.storage import Actor

    if users.count_users(ctx) == 0:
        users.add_user(ctx, Actor(user="system", role="system", terminal="420107-01"), user, "clerk", CLERK_PASSWORD,
                       must_change=False)


def wait_idle(qtbot, timeout: int = 20000) -> None:
    """Wait until every worker task has reported back to the GUI."""
    from ui import worker

    qtbot.waitUntil(lambda: worker.pending() == 0, timeout=timeout)


def screenshot(widget, name: str) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{name}.png"
    assert widget.grab().save(str(path)), f"could not save {path}"
    return path


# the real CUPS scheduler + CUPS-PDF queue of the documents tests (session scoped, shared)
from tests.documents.conftest import _cups_session, cups_pdf_queue  # noqa: E402,F401
