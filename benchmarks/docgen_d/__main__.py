"""`python -m benchmarks.docgen_d OUT [--n 150] [--seed 2026]`: write family D alone (files + truth.json)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from .generate import generate, summary


def main() -> None:
    ap = argparse.ArgumentParser(description="family D document photos and their truth")
    ap.add_argument("out", type=Path)
    ap.add_argument("--n", type=int, default=150)
    ap.add_argument("--seed", type=int, default=2026)
    a = ap.parse_args()
    truth = generate(a.out, a.n, a.seed)
    print(json.dumps(summary(truth), ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
