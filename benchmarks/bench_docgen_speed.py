"""How long each blind family's generator takes for a small set, against the budget it was written to.

Every blind family was written to generate its default 150-file set in at most 6 minutes on one core
(the blind brief). That is a speed target, so it is measured here and not asserted in the generators'
unit tests (tests/benchmarks/test_docgen_*.py check what a set holds, never how long it took: a timed
unit test fails on a loaded machine and passes on an idle one, and proves nothing either way).

`BENCH_DOCGEN_FAMILIES` (default "n,o,p,…,z,za,zb,zc,zd,ze,zf,zg,zh,zi,zj,zk,zl,zm,zn,zo,zp,zq,zs,zr,zt,zu,zv,zw,zy,zx,aa,zz,ad,ac,af,ae,ag,ah,ai,aj"; comma-separated once names have two letters: "x,y,z,za") picks the families; each generates `BENCH_DOCGEN_N` (default
3) and twice as many files, which separates its fixed start from its cost per file. A family whose renderer is missing on this machine is reported as skipped, with the reason. CPU is
this process's plus its finished children's (the renderers run as subprocesses: Inkscape, ffmpeg,
ImageMagick, Chromium, java, Ghostscript and netpbm), so it is the work done, whatever the machine's load.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import resource
import tempfile
import time
from pathlib import Path

BUDGET_S = 6 * 60  # the blind brief: the default 150 files in ≤ 6 min on one core


def _cpu() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _generate(gen, n: int, seed: int) -> tuple[float, float]:
    """Wall and CPU seconds to generate `n` files into a temporary folder."""
    with tempfile.TemporaryDirectory(prefix="docgen_speed_") as tmp:
        c0, t0 = _cpu(), time.perf_counter()
        gen.generate(Path(tmp), n, seed)
        return time.perf_counter() - t0, _cpu() - c0


def measure(letter: str, n: int) -> dict:
    """Family `letter`'s generator at `n` and `2n` files: its fixed start (face checks, cut fonts, a private
    X server) and its CPU per further file, projected to the default set of 150 files."""
    try:
        gen = importlib.import_module(f"benchmarks.docgen_{letter}")
    except Exception as exc:  # a renderer's Python binding missing on this machine
        return {"family": letter.upper(), "skipped": f"{type(exc).__name__}: {exc}"}
    try:
        wall1, cpu1 = _generate(gen, n, 11)
        wall2, cpu2 = _generate(gen, 2 * n, 12)  # other pages: nothing drawn for the first run is reused
    except Exception as exc:  # e.g. inkscape, java or Xvfb not installed
        return {"family": letter.upper(), "skipped": f"{type(exc).__name__}: {exc}"[:200]}
    per_file = max(cpu2 - cpu1, 0.0) / n
    fixed = max(cpu1 - n * per_file, 0.0)
    projected = fixed + 150 * per_file
    return {"family": letter.upper(), "cpu_s_fixed": round(fixed, 1), "cpu_s_per_file": round(per_file, 2),
            "wall_s_per_file": round(max(wall2 - wall1, 0.0) / n, 2), "cpu_s_150_files": round(projected),
            "within_budget": projected <= BUDGET_S}


def main() -> dict:
    chosen = os.environ.get("BENCH_DOCGEN_FAMILIES", "n,o,p,q,r,s,t,u,v,w,x,y,z,za,zb,zc,zd,ze,zf,zg,zh,zi,zj,zk,zl,zm,zn,zo,zp,zq,zs,zr,zt,zu,zv,zw,zy,zx,aa,zz,ad,ac,af,ae,ag,ah,ai,aj").lower()
    # one letter per family ("nopq"), or names split by commas once families have two letters ("y,z,za")
    # ("zc" alone is the family ZC, not Z and C: a name that is a generator's is taken whole)
    whole = "," in chosen or importlib.util.find_spec(f"benchmarks.docgen_{chosen.strip()}") is not None
    families = [f.strip() for f in chosen.split(",") if f.strip()] if whole else list(chosen)
    n = int(os.environ.get("BENCH_DOCGEN_N", "3"))
    rows = [measure(f, n) for f in families]
    print(f"generator speed from {n} and {2 * n} files (budget: 150 files in {BUDGET_S} s CPU on one core)")
    print(f"{'family':8}{'fixed CPU s':>12}{'CPU s/file':>12}{'wall s/file':>13}{'150 files':>11}  within budget")
    for r in rows:
        if "skipped" in r:
            print(f"{r['family']:8}  skipped: {r['skipped']}")
        else:
            print(f"{r['family']:8}{r['cpu_s_fixed']:>12}{r['cpu_s_per_file']:>12}{r['wall_s_per_file']:>13}"
                  f"{r['cpu_s_150_files']:>11}  {r['within_budget']}")
    return {"families": rows}


if __name__ == "__main__":
    main()
