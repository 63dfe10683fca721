"""Where the test suite's time goes, by CPU: `pytest -p benchmarks.pytest_cpu` appends one line per test
to $PYTEST_CPU_LOG as the test ends; `python -m benchmarks.pytest_cpu LOG` sums them per folder and module.

Why CPU and not pytest's `--durations`: the project's machines are shared (eight helpers on two cores,
load averages of 15–20 seen in session 30), so a test's wall time there is mostly other people's work
and a long run is only read at its end. A test's CPU — this process's plus its finished children's
(the generators' renderers, the `zongchuang` CLI runs) — is the work done whatever the load, and the log
can be read while the run goes on. A module or session fixture's work counts to the first test that
uses it. Sleeps and waits on services (CUPS, pcscd) cost wall time and no CPU: they show as wall.

Log lines (tab-separated): seconds since this process started, CPU seconds, wall seconds, the xdist
worker ("-" in a one-process run), node id. Under pytest-xdist each worker writes its own tests' lines.
"""

from __future__ import annotations

import os
import resource
import sys
import time
from collections import defaultdict
from pathlib import Path

LOG_VAR = "PYTEST_CPU_LOG"
_T0 = time.monotonic()
_started: dict[str, tuple[float, float]] = {}


def process_cpu() -> float:
    """CPU seconds of this process and of its children that have been waited for."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _runs_tests_here(config) -> bool:  # noqa: ANN001 - pytest.Config
    """False in an xdist controller: it hears every worker's test start and end but runs none."""
    return hasattr(config, "workerinput") or getattr(config.option, "dist", "no") == "no"


def pytest_configure(config) -> None:  # noqa: ANN001
    config._pytest_cpu_log = os.environ.get(LOG_VAR) if _runs_tests_here(config) else None


def pytest_runtest_logstart(nodeid: str, location) -> None:  # noqa: ANN001
    _started[nodeid] = (process_cpu(), time.monotonic())


def pytest_runtest_logfinish(nodeid: str, location) -> None:  # noqa: ANN001
    start = _started.pop(nodeid, None)
    path = _log_path()
    if start is None or not path:
        return
    cpu, wall = process_cpu() - start[0], time.monotonic() - start[1]
    worker = os.environ.get("PYTEST_XDIST_WORKER", "-")
    with open(path, "a", encoding="utf-8") as f:
        f.write(f"{time.monotonic() - _T0:.1f}\t{cpu:.2f}\t{wall:.2f}\t{worker}\t{nodeid}\n")


_CONFIG: list = []


def pytest_sessionstart(session) -> None:  # noqa: ANN001
    _CONFIG[:] = [session.config]


def _log_path() -> str | None:
    return getattr(_CONFIG[0], "_pytest_cpu_log", None) if _CONFIG else None


def summarise(lines: list[str]) -> dict[str, dict[str, float]]:
    """CPU, wall and test count per folder (tests/<folder>) and per module, from log lines."""
    out: dict[str, dict[str, float]] = defaultdict(lambda: {"cpu": 0.0, "wall": 0.0, "tests": 0})
    for line in lines:
        parts = line.rstrip("\n").split("\t")
        if len(parts) != 5:
            continue
        cpu, wall, nodeid = float(parts[1]), float(parts[2]), parts[4]
        module = nodeid.split("::")[0]
        folder = "/".join(module.split("/")[:-1][:2]) or "."  # tests/<folder>; "." for a module at the top
        for key in (folder, module):
            out[key]["cpu"] += cpu
            out[key]["wall"] += wall
            out[key]["tests"] += 1
    return dict(out)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args:
        print(__doc__)
        return 2
    sums = summarise(Path(args[0]).read_text(encoding="utf-8").splitlines())
    folders = sorted((k for k in sums if not k.endswith(".py")), key=lambda k: -sums[k]["cpu"])
    modules = sorted((k for k in sums if k.endswith(".py")), key=lambda k: -sums[k]["cpu"])
    print(f"{'CPU s':>9} {'wall s':>9} {'tests':>6}  folder")
    for k in folders:
        print(f"{sums[k]['cpu']:9.1f} {sums[k]['wall']:9.1f} {sums[k]['tests']:6d}  {k}")
    print(f"{sum(sums[k]['cpu'] for k in folders):9.1f} {sum(sums[k]['wall'] for k in folders):9.1f} "
          f"{sum(sums[k]['tests'] for k in folders):6d}  all")
    print(f"\n{'CPU s':>9} {'wall s':>9} {'tests':>6}  module (top 25)")
    for k in modules[:25]:
        print(f"{sums[k]['cpu']:9.1f} {sums[k]['wall']:9.1f} {sums[k]['tests']:6d}  {k}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
