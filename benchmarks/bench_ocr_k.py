"""OCR pre-fill on family K, written blind in session 12 (held out then, developed on from session 13)
(benchmarks/docgen_k/): pages typeset by XeLaTeX with xeCJK (TeX line breaking and inter-character
glue, `\\makebox[..][s]` spread labels, `tabular` rules) in pinned Noto Serif/Sans CJK SC faces (values
sometimes condensed to 90 %, faux-bold labels) and AR PL UKai for pen notes, rasterised by Ghostscript,
captures drawn with numpy/OpenCV.

Generates `BENCH_OCR_K_N` (default 150) files with seed `BENCH_OCR_K_SEED` (default 2828) into
~/.cache/zongchuang/bench_ocr_k/<params-hash>/ (reused while the generator and parameters are
unchanged), runs the product's own CLI (`zongchuang ocr … --json`) over them in a subprocess,
scores with benchmarks/ocr_scoring.py and prints per kind and per field next to the targets, then
exact/wrong/blank per capture (scanner-app output binarised or enhanced and over-cropped, a 5 MP
高拍仪 frame with the driver's padding bars, flash hot-spot on glossy paper, a licence folded in three,
grayscale or colour-cast JPEG at quality 40–60, a photo of a PC monitor, a PDF-viewer screenshot at
67 %, a stamped 复印件与原件一致 copy, staples and punch holes, a scratched counter cover, an ID card
filling the frame, an ID card on a dark glossy desk), per business-licence form, per mark, face and
format, and latency p50 per kind with the load average. Held out (report-only) in session 12;
a development family from session 13.
Results go to results.json there (or `BENCH_OCR_K_OUT`).

    python -m benchmarks ocr_k                      # part of `make bench`
    BENCH_OCR_K_N=40 python -m benchmarks ocr_k     # a quick look
"""

from __future__ import annotations

from benchmarks import docgen_k
from benchmarks.docgen_k.generate import summary
from benchmarks.family_bench import run


def main() -> dict:
    return run("K", docgen_k, summary, 2828, "written blind, typeset by XeLaTeX, rasterised by Ghostscript; held out in session 12, developed on from session 13", ("marks", "faces", "formats"))


if __name__ == "__main__":
    main()
