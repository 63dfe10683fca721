"""`make bench` prints the pre-review quality figures (issue 16): it runs `python -m benchmarks`,
which runs benchmarks/bench_prereview.py; here only that benchmark is run, the same way, and its
output must carry recall, precision, decision accuracy and false blocks for both corpora. The
scores themselves are the benchmark's business (the held-out corpus is never tuned against in tests)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_make_bench_prints_the_prereview_figures():
    out = subprocess.run([sys.executable, "-m", "benchmarks", "bench_prereview"], cwd=ROOT, capture_output=True,
                         text=True, timeout=600, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.returncode == 0, out.stderr[-2000:]
    text = out.stdout
    assert "=== bench_prereview ===" in text
    for corpus in ("tests/review/corpus)", "tests/review/corpus_guide)"):
        block = text.split(corpus, 1)[1].split("pre-review:", 1)[0]
        for label in ("recall", "precision", "decision accuracy"):
            assert re.search(rf"^\s+{label}\s+\d+\.\d\d%\s+\(target ≥ \d+%\)", block, re.M), (corpus, label)
        assert re.search(r"false blocks on correct applications \d+/\d+", block), corpus
        assert re.search(r"finding texts showing a raw key: \d+", block), corpus
        assert re.search(r"cases: \d+ \(\d+ flawed, \d+ correct\)", block), corpus
