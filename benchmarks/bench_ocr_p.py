"""OCR pre-fill on family P, written blind in session 17, measured held out once (92.7 % / 1.16 % at
30e866f) and developed on from then (benchmarks/docgen_p/): every
document written as a PDF by ReportLab (TrueType faces pinned by file and checked against their cmap:
AR PL UMing / SungtiL GB / BabelStone Han 宋, AR PL KaitiM GB / UKai / LXGW WenKai 楷, WenQuanYi Zen Hei /
Micro Hei 黑, DejaVu Sans Mono ID numbers), rasterised by poppler's pdftoppm and captured with numpy +
OpenCV as a 综合受理 window receives it: phone photos on the desk (lens distortion, the phone's shadow,
motion blur, sharpening halos), chat-app recompressed forwards, 高拍仪 shots on the mat, flatbed scans
(lid open), photocopies, a scanner app's multi-page PDF (正本 + 副本, enhanced, its footer), an
e-licence printed to PDF from a browser, the A4 ID-card copy with "仅供…使用" written across it.

Generates `BENCH_OCR_P_N` (default 150) files with seed `BENCH_OCR_P_SEED` (default 7373) into
~/.cache/zongchuang/bench_ocr_p/<params-hash>/ (reused while the generator and parameters are
unchanged), runs the product's own CLI (`zongchuang ocr … --json`) over them in a subprocess,
scores with benchmarks/ocr_scoring.py and prints per kind, per field, per capture, per licence
layout, per mark, face and format, and latency p50 per kind with the load average.
Results go to results.json there (or `BENCH_OCR_P_OUT`).

    python -m benchmarks ocr_p                      # part of `make bench`
    BENCH_OCR_P_N=30 python -m benchmarks ocr_p     # a quick look
"""

from __future__ import annotations

from benchmarks import docgen_p
from benchmarks.docgen_p.generate import summary
from benchmarks.family_bench import run


def main() -> dict:
    return run("P", docgen_p, summary, 7373, "written blind in session 17, ReportLab PDFs rasterised by poppler, captured with OpenCV; held out once (first sight at 30e866f: 92.7 % / 1.16 %), developed on from then", ("marks", "faces", "formats"))


if __name__ == "__main__":
    main()
