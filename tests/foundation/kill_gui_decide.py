"""The workstation GUI (offscreen) takes a decision by its own buttons and is SIGKILLed right
after the N-th write point of that decision (a crash-test peer of `kill_after.py` for the GUI).

One run = one process: open the data folder as the workstation does, build the real main
window (`ui.app.build`), log the clerk in through the login screen, open the case on the
pre-review screen with its stored result, then — and only from here on are write points counted
(every SQL statement and every commit, from any thread) — press the decision's button (for
不予受理 also 确认不予受理 in the confirmation). The decision runs as the clerk's does: the button →
`PreReviewScreen.decide` → `ui.ops.act` → a worker thread → `app.services.decisions.decide`.

`--serve` forks one such run per JSON line `{"data": DIR, "uuid": U, "decision": D, "user": NAME,
"password": PW, "kill_after": N, "out": FILE}` (Qt is imported once, the QApplication is made in
the child) and answers `{"exit": code}` (-9 when killed). With `kill_after` 0 the run goes to its
end and prints `points=M first_write=W decided_at=K` (the decision's write points; W: its first
INSERT/UPDATE; K: the commit after which the decision is durable) — or `refused-by-gui` when the button was
not offered. Only the test suite runs this file; the product has no such hook.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import threading

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

_limit = 0
_count = 0
_armed = False
_first_write = 0  # the decision's first INSERT/UPDATE
_outbox_at = 0  # the point that inserted the outbox row
_decided_at = 0  # the commit after it: the decision is durable from this point on
_lock = threading.Lock()


def _point(is_commit: bool = False, statement: str = "") -> None:
    global _count, _first_write, _outbox_at, _decided_at
    if not _armed:
        return
    with _lock:
        _count += 1
        if not _first_write and statement.lower().startswith(("insert", "update", "delete")):
            _first_write = _count
        if not _outbox_at and statement.lower().startswith("insert into outbox"):
            _outbox_at = _count
        if is_commit and _outbox_at and not _decided_at:
            _decided_at = _count
        hit = _limit and _count >= _limit
    if hit:
        os.kill(os.getpid(), signal.SIGKILL)


event.listen(Engine, "after_cursor_execute", lambda _c, _cur, statement, *_a: _point(statement=statement))
event.listen(Session, "after_commit", lambda _s: _point(is_commit=True))


def _run(req: dict) -> int:
    global _armed
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["ZONGCHUANG_DEVICES"] = "simulator"
    from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QThreadPool

    from app.services.context import open_context
    from app.services.prereview import _stored
    from ui import worker
    from ui.app import build

    def wait(cond, seconds: float = 60.0) -> None:
        deadline = QDeadlineTimer(int(seconds * 1000))
        while not cond():
            if deadline.hasExpired():
                raise TimeoutError("the GUI did not get there in time")
            QCoreApplication.processEvents()
            QThreadPool.globalInstance().waitForDone(10)

    ctx = open_context(req["data"])
    session, win = build(ctx, language="zh_CN")
    win._online_timer.stop()  # no platform here
    win._warmed = True  # no OCR model loading: it is not what this run is about (and costs seconds)
    win.resize(1366, 740)
    win.show()
    win.login.user.setText(req["user"])
    win.login.password.setText(req["password"])
    win.login.submit()
    wait(lambda: session.actor is not None)
    wait(lambda: worker.pending() == 0)
    session.case_uuid = req["uuid"]
    screen = win.show_screen("prereview")
    screen._show(_stored(ctx, req["uuid"])[1])  # the pre-review the clerk ran (F7) before deciding
    button = screen.buttons[req["decision"]]
    if not button.isEnabled():
        print("refused-by-gui", flush=True)
        return 3
    wait(lambda: worker.pending() == 0)
    _armed = True  # from here on: the decision's own writes
    button.click()
    if req["decision"] == "refuse":
        box = screen.confirm_box
        assert box is not None, "no confirmation for a refusal"
        yes = next(b for b in box.buttons() if b.objectName() == "confirmRefuse")
        yes.click()
    wait(lambda: worker.pending() == 0)
    wait(lambda: not screen.buttons["accept"].isEnabled() and not button.isEnabled())
    print(f"points={_count} first_write={_first_write} decided_at={_decided_at}", flush=True)
    return 0


def _serve() -> None:
    global _limit, _count, _armed, _first_write, _outbox_at, _decided_at
    import PySide6.QtWidgets  # noqa: F401 - imported once; each child makes its own QApplication

    import app.services.decisions  # noqa: F401
    import ui.app  # noqa: F401
    import ui.main_window  # noqa: F401

    for line in sys.stdin:
        req = json.loads(line)
        pid = os.fork()
        if pid == 0:
            _limit, _count, _armed = int(req["kill_after"]), 0, False
            _first_write = _outbox_at = _decided_at = 0
            fd = os.open(req["out"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            os.dup2(fd, 1)
            os.dup2(fd, 2)
            code = 1
            try:
                code = _run(req)
            except BaseException:
                import traceback

                traceback.print_exc()
            finally:
                sys.stdout.flush()
                sys.stderr.flush()
                os._exit(code)
        _, status = os.waitpid(pid, 0)
        print(json.dumps({"exit": os.waitstatus_to_exitcode(status)}), flush=True)


if __name__ == "__main__":
    _serve()
