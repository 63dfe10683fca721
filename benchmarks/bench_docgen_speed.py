"""How long each blind family's generator takes for a small set, against the budget it was written to.

Every blind family was written to generate its default 150-file set in at most 6 minutes on one core
(the blind brief). That is a speed target, so it is measured here and not asserted in the generators'
unit tests (tests/benchmarks/test_docgen_*.py check what a set holds, never how long it took: a timed
unit test fails on a loaded machine and passes on an idle one, and proves nothing either way).

`BENCH_DOCGEN_FAMILIES` (default "nopqrstuvw") picks the families, `BENCH_DOCGEN_N` (default 6) the set's
size. A family whose renderer is missing on this machine is reported as skipped, with the reason. CPU is
this process's plus its finished children's (the renderers run as subprocesses: Inkscape, ffmpeg,
ImageMagick, Chromium, java), so it is the work done, whatever the machine's load.
"""

from __future__ import annotations

import importlib
import os
import resource
import tempfile
import time
from pathlib import Path

BUDGET_S_PER_FILE = 6 * 60 / 150  # the blind brief: 150 files in ≤ 6 min on one core


def _cpu() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def measure(letter: str, n: int) -> dict:
    """Generate `n` files of family `letter` into a temporary folder; wall and CPU seconds per file."""
    try:
        gen = importlib.import_module(f"benchmarks.docgen_{letter}")
    except Exception as exc:  # a renderer's Python binding missing on this machine
        return {"family": letter.upper(), "skipped": f"{type(exc).__name__}: {exc}"}
    with tempfile.TemporaryDirectory(prefix=f"docgen_{letter}_") as tmp:
        c0, t0 = _cpu(), time.perf_counter()
        try:
            gen.generate(Path(tmp), n, 11)
        except Exception as exc:  # e.g. inkscape, java or Xvfb not installed
            return {"family": letter.upper(), "skipped": f"{type(exc).__name__}: {exc}"[:200]}
        wall, cpu = time.perf_counter() - t0, _cpu() - c0
    return {"family": letter.upper(), "files": n, "wall_s_per_file": round(wall / n, 2),
            "cpu_s_per_file": round(cpu / n, 2), "within_budget": cpu / n <= BUDGET_S_PER_FILE}


def main() -> dict:
    families = os.environ.get("BENCH_DOCGEN_FAMILIES", "nopqrstuvw").lower()
    n = int(os.environ.get("BENCH_DOCGEN_N", "6"))
    rows = [measure(f, n) for f in families]
    print(f"generator speed, {n} files each (budget {BUDGET_S_PER_FILE:.1f} s CPU per file: 150 files in 6 min)")
    print(f"{'family':8}{'wall s/file':>13}{'CPU s/file':>12}  within budget")
    for r in rows:
        if "skipped" in r:
            print(f"{r['family']:8}  skipped: {r['skipped']}")
        else:
            print(f"{r['family']:8}{r['wall_s_per_file']:>13}{r['cpu_s_per_file']:>12}  {r['within_budget']}")
    return {"families": rows}


if __name__ == "__main__":
    main()
