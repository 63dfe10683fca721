"""Run the `zongchuang` CLI and SIGKILL it right after its N-th write point (a crash-test peer).

A write point is one executed SQL statement or one committed transaction. `ZC_KILL_AFTER=N`
kills the process after point N; `ZC_KILL_AFTER=0` runs to the end and prints the number of
points to stderr as `case_read=K points=M` (K: the first point that loaded the case by uuid,
i.e. the store is open and checked), so a test can crash a command at every one of them.

`--serve` is a fork server for many runs: it imports the CLI once, then for each JSON line
`{"args": [...], "kill_after": N, "out": FILE}` on stdin forks a child that runs
`zongchuang ARGS` (its stdout and stderr to FILE) and answers `{"exit": code, "signal": sig}`.
Each run is its own process with its own store connection, killed as a crash would. Only the
test suite runs this file; the product has no such hook.
"""

from __future__ import annotations

import json
import os
import signal
import sys

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

LIMIT = int(os.environ.get("ZC_KILL_AFTER", "0"))
_count = 0
_first_case_read = 0  # the point at which the command first loaded its case (the store is open)


def _point(*_args: object) -> None:
    global _count
    _count += 1
    if LIMIT and _count >= LIMIT:
        os.kill(os.getpid(), signal.SIGKILL)


def _statement(conn: object, cursor: object, statement: str, *args: object) -> None:
    global _first_case_read
    if not _first_case_read and "where cases.uuid =" in statement.lower():
        _first_case_read = _count + 1
    _point()


event.listen(Engine, "after_cursor_execute", _statement)
event.listen(Session, "after_commit", _point)


def _run(argv: list[str]) -> int:
    from app.cli.main import main

    try:
        code = main(argv)
    finally:
        if not LIMIT:
            print(f"case_read={_first_case_read} points={_count}", file=sys.stderr, flush=True)
    return code or 0


def _serve() -> None:
    global LIMIT, _count, _first_case_read
    import app.cli.main  # noqa: F401 - everything the commands import lazily, imported once here
    import app.services.prereview  # noqa: F401
    import app.services.sync  # noqa: F401

    for line in sys.stdin:
        req = json.loads(line)
        pid = os.fork()
        if pid == 0:
            LIMIT, _count, _first_case_read = int(req["kill_after"]), 0, 0
            fd = os.open(req["out"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            os.dup2(fd, 1)
            os.dup2(fd, 2)
            code = 1
            try:
                code = _run(req["args"])
            finally:
                sys.stdout.flush()
                sys.stderr.flush()
                os._exit(code)
        _, status = os.waitpid(pid, 0)
        answer = {"exit": os.waitstatus_to_exitcode(status), "signal": os.WTERMSIG(status)
                  if os.WIFSIGNALED(status) else 0}
        print(json.dumps(answer), flush=True)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--serve"]:
        _serve()
    else:
        sys.exit(_run(sys.argv[1:]))
