"""`python -m benchmarks.docgen_c OUT [--n 180] [--seed 11]`: write the family-C photo set and truth.json."""

from __future__ import annotations

import argparse
import json

from benchmarks.docgen_c import generate, summary


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("out")
    ap.add_argument("--n", type=int, default=180)
    ap.add_argument("--seed", type=int, default=11)
    a = ap.parse_args()
    path = generate(a.out, a.n, a.seed)
    print(summary(json.loads(path.read_text(encoding="utf-8"))))
    print(path)


if __name__ == "__main__":
    main()
