"""OCR pre-fill on family I, the held-out document family written blind in session 10
(benchmarks/docgen_i/): pages typeset by Typst with pinned faces (BabelStone Han, AR PL KaitiM GB),
captures drawn with numpy/OpenCV.

Generates `BENCH_OCR_I_N` (default 150) files with seed `BENCH_OCR_I_SEED` (default 9494) into
~/.cache/zongchuang/bench_ocr_i/<params-hash>/ (reused while the generator and parameters are
unchanged), runs the product's own CLI (`zongchuang ocr … --json`) over them in a subprocess,
scores with benchmarks/ocr_scoring.py and prints per kind and per field next to the targets, then
exact/wrong/blank per capture (wide-angle 高拍仪 with arm shadow, LED flicker, counter glass, hand
motion, aged copy, laminated, clip and receipt slip, pen-marked, 800 px e-mail attachment, 电子证照
app screenshot, multi-page and scanned PDF, ID copy page), per business-licence form (正本/副本 ×
上市股份, 全民所有制, 集体所有制, 合作社联合社, 外商投资企业分公司, 无字号个体, 有限公司), per mark,
per face and per file format, and latency p50 per kind with the load average. Held out in session
10 (96.1 % / 0.00 % at its start and end); developed on from session 11, when J is held out. Results go to results.json there (or
`BENCH_OCR_I_OUT`).

    python -m benchmarks ocr_i                      # part of `make bench`
    BENCH_OCR_I_N=40 python -m benchmarks ocr_i     # a quick look
"""

from __future__ import annotations

from benchmarks import docgen_i
from benchmarks.docgen_i.generate import summary
from benchmarks.family_bench import run


def main() -> dict:
    return run("I", docgen_i, summary, 9494, "written blind, typeset by Typst; developed on from session 11", ("marks", "faces", "formats"))


if __name__ == "__main__":
    main()
