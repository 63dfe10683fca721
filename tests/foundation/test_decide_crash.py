"""A decision is never stranded: `zongchuang case decide ID accept|accept_with_tolerance|refuse`
is killed (SIGKILL) at every write point it makes — each SQL statement and each commit — and
after every kill the case is either still undecided (and decidable) or decided *and* queued
with exactly one outbox row. A case an older version left decided but unqueued is queued at
start-up, audited. The GUI is crashed the same way: the real main window (offscreen) presses its
own decision buttons and is killed at every write point of the decision (`kill_gui_decide.py`)."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import event, select

from app.cases.interchange import parse_case_document
from app.services import cases as case_svc
from app.services import prereview as svc
from app.services.context import open_context
from app.storage import Actor
from app.storage.tables import AuditRow, OutboxRow
from tests.conftest import cli_login
from tests.review.conftest import corpus_case

ROOT = Path(__file__).resolve().parents[2]
KILLER = Path(__file__).with_name("kill_after.py")
DAY = dt.date(2026, 11, 20)
CLERK = Actor(user="clerk01", role="clerk", terminal="420107-01")
DECISIONS = {"accept": "ph_new-clean", "accept_with_tolerance": "ph_new-missing-rules-tolerable",
             "refuse": "ph_ren-less-than-30-days"}
DECIDED_TO = {"accept": "accepted", "accept_with_tolerance": "accepted_tolerance", "refuse": "refused"}


def prepared(ctx, decision: str) -> str:
    """A case pre-reviewed so that `decision` is the one its result allows."""
    uuid = svc.import_case(ctx, parse_case_document(corpus_case(DECISIONS[decision])), actor=CLERK).uuid
    result = svc.prereview_case(ctx, uuid, actor=CLERK, today=DAY)
    assert result["decision"] == decision
    return uuid


class Killer:
    """`zongchuang case decide …` runs, each in its own process forked from one that imported
    the CLI once (a cold start per run would make ~100 runs take minutes)."""

    def __init__(self, tmp: Path):
        env = {**os.environ, "PYTHONPATH": str(ROOT)}  # acts as the `zongchuang login` session
        self.proc = subprocess.Popen([sys.executable, str(KILLER), "--serve"], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True, env=env)
        self.out = tmp / "run.out"

    def decide(self, data: Path, uuid: str, decision: str, kill_after: int) -> tuple[int, str]:
        """(exit code, or -signal when killed; what the run printed)."""
        assert self.proc.stdin is not None and self.proc.stdout is not None
        req = {"args": ["--data-dir", str(data), "case", "decide", uuid, decision], "kill_after": kill_after,
               "out": str(self.out)}
        self.proc.stdin.write(json.dumps(req) + "\n")
        self.proc.stdin.flush()
        answer = json.loads(self.proc.stdout.readline())
        return answer["exit"], self.out.read_text(encoding="utf-8", errors="replace")

    def close(self) -> None:
        if self.proc.stdin:
            self.proc.stdin.close()
        self.proc.wait(timeout=30)


def submissions(ctx, uuid: str) -> list[OutboxRow]:
    with ctx.store.read() as s:
        return list(s.execute(select(OutboxRow).where(OutboxRow.case_uuid == uuid, OutboxRow.kind == "submission")
                              ).scalars())


def check_consistent(ctx, uuid: str, decision: str) -> bool:
    """True when decided (and then queued exactly once), False when still undecided."""
    detail = case_svc.case_detail(ctx, uuid)
    rows = submissions(ctx, uuid)
    if detail["state"] == "pre_reviewed":
        assert rows == [], "an undecided case has an outbox row"
        return False
    assert detail["state"] == "queued", f"a decided case is {detail['state']}, not queued"
    assert len(rows) == 1 and rows[0].state == "pending", f"{len(rows)} outbox rows for one decision"
    assert [e["to"] for e in detail["events"]][-2:] == [DECIDED_TO[decision], "queued"]
    assert detail["decision"]["taken"]["decision"] == decision
    return True


@pytest.mark.slow
@pytest.mark.timeout(1200)  # ~90 runs of the CLI; minutes on a loaded 2-core machine
def test_kill_9_at_every_write_of_case_decide(tmp_path: Path):
    data = tmp_path / "data"
    ctx = open_context(data)
    cli_login(ctx, user="clerk01")
    killer = Killer(tmp_path)
    tried = decided = 0
    undecided: list[tuple[str, str]] = []
    try:
        for decision in DECISIONS:
            probe = prepared(ctx, decision)
            code, out = killer.decide(data, probe, decision, 0)
            assert code == 0, out
            counted = dict(part.split("=") for part in out.strip().splitlines()[-1].split())
            points, case_read = int(counted["points"]), int(counted["case_read"])
            assert 0 < case_read < points
            assert check_consistent(ctx, probe, decision)
            decided += 1
            # accept: every write point of the whole command (opening the store, reading the case,
            # the decision); 容缺 and refusal: every point from the first read of the case on (the
            # store opens the same way for all three)
            first = 1 if decision == "accept" else case_read
            for n in range(first, points + 1):
                uuid = prepared(ctx, decision)
                code, out = killer.decide(data, uuid, decision, n)
                assert code == -signal.SIGKILL, (n, code, out[-500:])
                tried += 1
                if check_consistent(ctx, uuid, decision):
                    decided += 1
                else:
                    undecided.append((uuid, decision))
    finally:
        killer.close()
        ctx.close()
    assert tried >= 30, f"only {tried} crash points"
    assert undecided and decided > len(DECISIONS), "the kills never fell on both sides of the commit"

    # restart: the start-up check finds nothing stranded; `sync status` counts every decided case once
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-m", "app.cli.main", "--data-dir", str(data), "sync", "status", "--json"],
                         capture_output=True, text=True, env=env, timeout=120, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["pending"] == decided
    ctx = open_context(data)
    try:
        with ctx.store.read() as s:
            assert not s.execute(select(AuditRow).where(AuditRow.action == "case.recovered_stranded")).first()
        for uuid, decision in undecided:  # still decidable, and then queued once
            {"accept": svc.accept_case, "accept_with_tolerance": svc.accept_with_tolerance,
             "refuse": svc.refuse_case}[decision](ctx, uuid, actor=CLERK)
            assert check_consistent(ctx, uuid, decision)
    finally:
        ctx.close()
    print(f"crash points tried: {tried}; decided and queued: {decided}; undecided, decided after: {len(undecided)}")


@pytest.mark.parametrize("decision", list(DECISIONS))
def test_a_case_an_older_version_left_decided_is_queued_at_start(tmp_path: Path, decision: str):
    """The two-transaction decision of older versions: 已受理 / 容缺受理 / 不予受理 committed, the
    crash came before 待上报. Opening the store queues it (audited)."""
    data = tmp_path / "data"
    ctx = open_context(data)
    try:
        stranded = prepared(ctx, decision)
        # what the old first commit did
        case_svc.transition(ctx, stranded, DECIDED_TO[decision], actor=CLERK, reason=decision)
        assert submissions(ctx, stranded) == []
    finally:
        ctx.close()
    ctx = open_context(data)  # start-up
    try:
        assert case_svc.case_detail(ctx, stranded)["state"] == "queued"
        assert len(submissions(ctx, stranded)) == 1
        with ctx.store.read() as s:
            audit = s.execute(select(AuditRow).where(AuditRow.action == "case.recovered_stranded")).scalars().all()
        assert [a.case_uuid for a in audit] == [stranded] and audit[0].detail["state"] == DECIDED_TO[decision]
    finally:
        ctx.close()
    ctx = open_context(data)  # a second start finds nothing more to do
    try:
        assert len(submissions(ctx, stranded)) == 1
    finally:
        ctx.close()


def test_the_gui_decides_through_the_same_single_transaction(ctx):
    """`decisions.decide` (F8 on the pre-review screen, through ui.ops) calls the same service: the
    case change, its audit rows and the outbox row are written between the same two commits."""
    from app.services import decisions

    uuid = prepared(ctx, "accept")
    log: list[str] = []

    def statement(_conn, _cursor, text, *_args) -> None:
        head = text.split(None, 3)
        log.append(" ".join(head[:3]).lower())

    def commit(_conn) -> None:
        log.append("commit")

    engine = ctx.store.engine
    event.listen(engine, "after_cursor_execute", statement)
    event.listen(engine, "commit", commit)
    try:
        decisions.decide(ctx, uuid, "accept", actor=CLERK)
    finally:
        event.remove(engine, "after_cursor_execute", statement)
        event.remove(engine, "commit", commit)
    assert case_svc.case_detail(ctx, uuid)["state"] == "queued"
    writes = [i for i, s in enumerate(log) if s.startswith(("insert", "update"))]
    commits = [i for i, s in enumerate(log) if s == "commit"]
    assert len(commits) == 1, log
    assert all(i < commits[0] for i in writes)
    assert any(s.startswith("insert into outbox") for s in log) and any(s.startswith("update cases") for s in log)


class GuiKiller:
    """The workstation GUI, one process per run (forked from one that imported Qt once), killed
    after the N-th write point of the decision its button takes (`kill_gui_decide.py`)."""

    def __init__(self, tmp: Path):
        env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
        self.proc = subprocess.Popen([sys.executable, str(GUI_KILLER)], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT)
        self.out = tmp / "gui.out"

    def decide(self, data: Path, uuid: str, decision: str, kill_after: int) -> tuple[int, str]:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        from tests.ui.conftest import CLERK_PASSWORD

        req = {"data": str(data), "uuid": uuid, "decision": decision, "user": "clerk01", "password": CLERK_PASSWORD,
               "kill_after": kill_after, "out": str(self.out)}
        self.proc.stdin.write(json.dumps(req) + "\n")
        self.proc.stdin.flush()
        answer = json.loads(self.proc.stdout.readline())
        return answer["exit"], self.out.read_text(encoding="utf-8", errors="replace")

    def close(self) -> None:
        if self.proc.stdin:
            self.proc.stdin.close()
        self.proc.wait(timeout=30)


GUI_KILLER = Path(__file__).with_name("kill_gui_decide.py")


@pytest.mark.slow
@pytest.mark.timeout(1800)  # each run builds the main window and logs in: seconds per run
def test_kill_9_the_gui_at_every_write_of_its_decision(tmp_path: Path):
    """The GUI path itself: the workstation (offscreen) presses 受理 / 容缺受理 / 不予受理 (and
    确认) on the pre-review screen and is SIGKILLed after every write point of that decision —
    the worker thread of `ui.ops` in the middle of `decisions.decide`, or the print screen
    that follows. After each kill the case is undecided (and decidable) or decided and queued."""
    from tests.ui.conftest import add_clerk

    data = tmp_path / "data"
    ctx = open_context(data)
    add_clerk(ctx)
    killer = GuiKiller(tmp_path)
    tried = decided = 0
    undecided: list[tuple[str, str]] = []
    try:
        for decision in DECISIONS:
            probe = prepared(ctx, decision)
            code, out = killer.decide(data, probe, decision, 0)
            assert code == 0, out[-2000:]
            counted = dict(part.split("=") for part in out.strip().splitlines()[-1].split())
            points, first, durable = int(counted["points"]), int(counted["first_write"]), int(counted["decided_at"])
            assert 0 < first < durable < points, counted
            assert check_consistent(ctx, probe, decision)
            decided += 1
            # before the decision's first write (reads of the stored result): every 3rd point for
            # accept, every 5th for 容缺 and refusal; from there every point to just past the commit
            # that makes the decision durable; then every 20th (the print screen that follows)
            before = range(1, first - 1, 3 if decision == "accept" else 5)
            kills = [*before, *range(max(first - 1, 1), durable + 3), *range(durable + 3, points + 1, 20)]
            for n in kills:
                uuid = prepared(ctx, decision)
                code, out = killer.decide(data, uuid, decision, n)
                assert code == -signal.SIGKILL, (n, code, out[-2000:])
                tried += 1
                if check_consistent(ctx, uuid, decision):
                    decided += 1
                else:
                    undecided.append((uuid, decision))
    finally:
        killer.close()
        ctx.close()
    assert tried >= 30, f"only {tried} crash points"
    assert undecided and decided > len(DECISIONS), "the kills never fell on both sides of the commit"
    ctx = open_context(data)  # restart
    try:
        with ctx.store.read() as s:
            assert not s.execute(select(AuditRow).where(AuditRow.action == "case.recovered_stranded")).first()
        from app.services.sync import sync_counts

        assert sync_counts(ctx, "submission")["pending"] == decided
        for uuid, decision in undecided:
            {"accept": svc.accept_case, "accept_with_tolerance": svc.accept_with_tolerance,
             "refuse": svc.refuse_case}[decision](ctx, uuid, actor=CLERK)
            assert check_consistent(ctx, uuid, decision)
    finally:
        ctx.close()
    print(f"GUI crash points tried: {tried}; decided and queued: {decided}; undecided: {len(undecided)}")
