"""OCR pre-fill on family E, a held-out document family written blind (benchmarks/docgen_e/).

Generates `BENCH_OCR_E_N` (default 150) files with seed `BENCH_OCR_E_SEED` (default 4242) into
~/.cache/zongchuang/bench_ocr_e/<params-hash>/ (reused while the generator and parameters are
unchanged), runs the product's own CLI (`zongchuang ocr … --json`) over them in a subprocess,
scores with benchmarks/ocr_scoring.py and prints per kind and per field next to the targets
(≥ 98 % exact, ≤ 0.5 % wrong over ID cards + licences; p50 ≤ 600 ms per ID side, ≤ 1.5 s per
licence), then exact/wrong/blank per capture, per business-licence layout and per mark on the page
(company seal, handwritten note, pen stroke, fold), and latency p50
per ID-card side and per licence kind with the load average. Results go to results.json there
(or `BENCH_OCR_E_OUT`).

    python -m benchmarks ocr_e                      # part of `make bench`
    BENCH_OCR_E_N=40 python -m benchmarks ocr_e     # a quick look
"""

from __future__ import annotations

from benchmarks import docgen_e
from benchmarks.docgen_e.generate import summary
from benchmarks.family_bench import run


def main() -> dict:
    return run("E", docgen_e, summary, 4242, "written blind", ("marks",))


if __name__ == "__main__":
    main()
