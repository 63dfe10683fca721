"""`python -m benchmarks.docgen_e OUT [--n 150] [--seed 4242]`: write the family E files and truth.json."""

from __future__ import annotations

import argparse
import json
import time

from benchmarks.docgen_e import generate
from benchmarks.docgen_e.generate import summary


def main() -> None:
    ap = argparse.ArgumentParser(description="family E document set (held out, written blind)")
    ap.add_argument("out")
    ap.add_argument("--n", type=int, default=150)
    ap.add_argument("--seed", type=int, default=4242)
    ap.add_argument("--workers", type=int, default=None)
    a = ap.parse_args()
    t0 = time.perf_counter()
    truth = generate(a.out, a.n, a.seed, a.workers)
    s = summary(truth)
    s.pop("unreadable")
    print(json.dumps(s, ensure_ascii=False))
    print(f"{a.n} files in {time.perf_counter() - t0:.0f} s -> {a.out}")


if __name__ == "__main__":
    main()
