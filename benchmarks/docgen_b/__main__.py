"""`python -m benchmarks.docgen_b OUT_DIR [--n 150] [--seed 7] [--kinds a,b] [--captures all]`: write family-B files
and truth.json (see FIELDS.md)."""

from __future__ import annotations

import argparse

from benchmarks.docgen_b import generate, photo


def main() -> None:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.docgen_b")
    ap.add_argument("out")
    ap.add_argument("--n", type=int, default=150)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--kinds", default="")
    ap.add_argument("--captures", default="", help="flatbed,copy_grey,copy_bw,screen,phone_small (or all)")
    a = ap.parse_args()
    caps = photo.NEW_CAPTURES if a.captures == "all" else tuple(c for c in a.captures.split(",") if c) or None
    print(generate(a.out, a.n, a.seed, tuple(k for k in a.kinds.split(",") if k) or None, caps))


if __name__ == "__main__":
    main()
