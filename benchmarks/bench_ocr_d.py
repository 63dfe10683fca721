"""OCR pre-fill on family D, a held-out document family written blind (benchmarks/docgen_d/).

Generates `BENCH_OCR_D_N` (default 150) files with seed `BENCH_OCR_D_SEED` (default 2026) into
~/.cache/zongchuang/bench_ocr_d/<params-hash>/ (reused while the generator and parameters are
unchanged), runs the product's own CLI (`zongchuang ocr … --json`) over them in a subprocess,
scores with benchmarks/ocr_scoring.py and prints per kind and per field next to the targets
(≥ 98 % exact, ≤ 0.5 % wrong over ID cards + licences; p50 ≤ 600 ms per ID side, ≤ 1.5 s per
licence), then exact/wrong/blank per capture and per business-licence layout, and latency p50
per ID-card side and per licence kind with the load average. Results go to results.json there
(or `BENCH_OCR_D_OUT`).

    python -m benchmarks ocr_d                      # part of `make bench`
    BENCH_OCR_D_N=40 python -m benchmarks ocr_d     # a quick look
"""

from __future__ import annotations

from benchmarks import docgen_d
from benchmarks.docgen_d.generate import summary
from benchmarks.family_bench import run


def main() -> dict:
    return run("D", docgen_d, summary, 2026, "written blind; a development family since session 6 — report on E", ())


if __name__ == "__main__":
    main()
