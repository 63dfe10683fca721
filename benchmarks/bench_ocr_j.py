"""OCR pre-fill on family J, the held-out document family written blind in session 11
(benchmarks/docgen_j/): pages laid out in HTML/CSS by WeasyPrint (Pango line breaking, CSS-justified
label columns, ruled tables, colour seals and 国徽) in the Fandol faces (宋/仿宋/黑/楷), rasterised by
pdftoppm, captures drawn with numpy/OpenCV.

Generates `BENCH_OCR_J_N` (default 150) files with seed `BENCH_OCR_J_SEED` (default 1717) into
~/.cache/zongchuang/bench_ocr_j/<params-hash>/ (reused while the generator and parameters are
unchanged), runs the product's own CLI (`zongchuang ocr … --json`) over them in a subprocess,
scores with benchmarks/ocr_scoring.py and prints per kind and per field next to the targets, then
exact/wrong/blank per capture (ID on a patterned cloth, thumb over a corner, card sleeve, holographic
sheen, warm tungsten and mixed light, HDR halos, 仅供…使用 overprinted copy, EXIF-rotated JPEG, licence
in a glass frame on a wall, cut off at one edge, ADF scan with streaks and skew, thermal low-contrast
copy, multi-page PDF with the licence second), per business-licence form, per mark, face and format,
and latency p50 per kind with the load average. Held out (report-only) in session 11; a development
family from session 12 on. Results go to results.json there (or `BENCH_OCR_J_OUT`).

    python -m benchmarks ocr_j                      # part of `make bench`
    BENCH_OCR_J_N=40 python -m benchmarks ocr_j     # a quick look
"""

from __future__ import annotations

from benchmarks import docgen_j
from benchmarks.docgen_j.generate import summary
from benchmarks.family_bench import run


def main() -> dict:
    return run("J", docgen_j, summary, 1717, "written blind, laid out by WeasyPrint; held out in session 11, developed on from session 12", ("marks", "faces", "formats"))


if __name__ == "__main__":
    main()
