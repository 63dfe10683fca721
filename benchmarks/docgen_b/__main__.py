"""`python -m benchmarks.docgen_b OUT_DIR [--n 150] [--seed 7] [--kinds a,b]`: write family-B files
and truth.json (see FIELDS.md)."""

from __future__ import annotations

import argparse

from benchmarks.docgen_b import generate


def main() -> None:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.docgen_b")
    ap.add_argument("out")
    ap.add_argument("--n", type=int, default=150)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--kinds", default="")
    a = ap.parse_args()
    print(generate(a.out, a.n, a.seed, tuple(k for k in a.kinds.split(",") if k) or None))


if __name__ == "__main__":
    main()
