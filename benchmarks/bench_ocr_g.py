"""OCR pre-fill on family G, a document family written blind in session 8 (benchmarks/docgen_g/); held out
then, a development family from session 9.

Generates `BENCH_OCR_G_N` (default 150) files with seed `BENCH_OCR_G_SEED` (default 7272) into
~/.cache/zongchuang/bench_ocr_g/<params-hash>/ (reused while the generator and parameters are
unchanged), runs the product's own CLI (`zongchuang ocr … --json`) over them in a subprocess,
scores with benchmarks/ocr_scoring.py and prints per kind and per field next to the targets
(≥ 98 % exact, ≤ 0.5 % wrong over ID cards + licences; p50 ≤ 600 ms per ID side, ≤ 1.5 s per
licence), then exact/wrong/blank per capture (photo of a monitor or phone screen, chat-app
forward, curled page, hand shadow, dim evening, certified copy with watermark, tablecloth, too
close), per business-licence form (正本/副本/2016 form × company, branch, 个体, 合作社, 合伙), per
mark and per face, and latency p50 per kind with the load average. Results go to results.json there
(or `BENCH_OCR_G_OUT`).

    python -m benchmarks ocr_g                      # part of `make bench`
    BENCH_OCR_G_N=40 python -m benchmarks ocr_g     # a quick look
"""

from __future__ import annotations

from benchmarks import docgen_g
from benchmarks.docgen_g.generate import summary
from benchmarks.family_bench import run


def main() -> dict:
    return run("G", docgen_g, summary, 7272, "written blind", ("marks", "faces"))


if __name__ == "__main__":
    main()
