"""OCR pre-fill on family H, a document family written blind in session 9 (benchmarks/docgen_h/); held out
then, a development family from session 10.

Generates `BENCH_OCR_H_N` (default 150) files with seed `BENCH_OCR_H_SEED` (default 8383) into
~/.cache/zongchuang/bench_ocr_h/<params-hash>/ (reused while the generator and parameters are
unchanged), runs the product's own CLI (`zongchuang ocr … --json`) over them in a subprocess,
scores with benchmarks/ocr_scoring.py and prints per kind and per field next to the targets
(≥ 98 % exact, ≤ 0.5 % wrong over ID cards + licences; p50 ≤ 600 ms per ID side, ≤ 1.5 s per
licence), then exact/wrong/blank per capture (plastic sleeve, steep keystone, 720p 高拍仪, washed
out, folded in four, crumpled, inkjet banding, halftone photocopy, card held in fingers, flatbed),
per business-licence form (正本/副本/电子执照 print-out × company, foreign, branch, 个体, 合作社,
合作社分支, 合伙, 个人独资), per mark, per face and per file format, and latency p50 per kind with
the load average. Results go to results.json there (or `BENCH_OCR_H_OUT`).

    python -m benchmarks ocr_h                      # part of `make bench`
    BENCH_OCR_H_N=40 python -m benchmarks ocr_h     # a quick look
"""

from __future__ import annotations

from benchmarks import docgen_h
from benchmarks.docgen_h.generate import summary
from benchmarks.family_bench import run


def main() -> dict:
    return run("H", docgen_h, summary, 8383, "written blind, drawn with Skia", ("marks", "faces", "formats"))


if __name__ == "__main__":
    main()
