"""`python -m benchmarks.docgen_g OUTDIR [N] [SEED]`: write a family-G set and print its counts."""

from __future__ import annotations

import json
import sys

from benchmarks.docgen_g.generate import generate, summary

if __name__ == "__main__":
    a = sys.argv[1:]
    t = generate(a[0], int(a[1]) if len(a) > 1 else 150, int(a[2]) if len(a) > 2 else 7272)
    print(json.dumps(summary(t), ensure_ascii=False))
