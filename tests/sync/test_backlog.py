"""8. A 500 × 3 MB backlog drains with bounded memory and visible progress (SQLite and
PostgreSQL platforms, each in its own process so the sender's memory is measured alone)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from benchmarks.bench_sync import PlatformProcess, build_backlog

CASES = 500
SIZE = 3 * 1024 * 1024


def _rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


@pytest.fixture(scope="session")
def backlog(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("backlog") / "ws"
    build_backlog(folder, CASES, SIZE)
    return folder


@pytest.mark.slow
@pytest.mark.timeout(1500)
def test_500_cases_of_3mb_drain_with_bounded_memory(backlog, tmp_path, db_url):
    from app.services.context import open_context
    from app.services.sync import sync_counts
    from sync.client.runner import RunnerSettings
    from sync.client.session import close_sync, open_sync

    data = tmp_path / "ws"
    shutil.copytree(backlog, data)
    platform = PlatformProcess(tmp_path / "platform", db_url)
    ctx = open_context(data)
    seen: list = []
    peak = {"rss": 0.0}

    def progress(p) -> None:
        if not seen or p.cases_done != seen[-1].cases_done:
            peak["rss"] = max(peak["rss"], _rss_mb())
        seen.append(p)

    try:
        assert sync_counts(ctx)["pending"] == CASES
        runner = open_sync(ctx, platform.url, credential=platform.credential, on_progress=progress,
                           settings=RunnerSettings(pull_master=False))
        before = _rss_mb()
        try:
            report = runner.run(until_empty=True, timeout=600)
        finally:
            close_sync(runner)
        counts = sync_counts(ctx)
    finally:
        ctx.close()
        platform.stop()
    assert report.sent == CASES
    assert counts == {"pending": 0, "sending": 0, "done": CASES, "rejected": 0, "blocked": 0}
    # visible progress: case and byte counters climb to the totals
    sending = [p for p in seen if p.phase == "sending"]
    assert sending[0].cases_total == CASES and sending[0].bytes_total >= CASES * SIZE
    phases: list[list] = []  # (phase, cases done when it ended): a second pass or a pause shows here
    for p in seen:
        if phases and phases[-1][0] == p.phase:
            phases[-1][1] = p.cases_done
        else:
            phases.append([p.phase, p.cases_done])
    assert max(p.cases_done for p in sending) == CASES, (phases, report, platform.log_tail())
    assert max(p.bytes_sent for p in sending) >= CASES * SIZE
    assert len({p.cases_done for p in sending}) > 100
    # bounded memory: a few files in flight, never the backlog (1.5 GB)
    assert peak["rss"] - before < 150, (before, peak)
