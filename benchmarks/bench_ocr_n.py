"""OCR pre-fill on family N, written blind in session 15 and held out (benchmarks/docgen_n/): pages
drawn with matplotlib's Agg (one `ax.text` run per value with its own position, condensed and
faux-bold values as `TextPath` patches, rules as `Line2D`, seals as `PathPatch`), faces pinned by file
(Noto Serif CJK SC Light values, Noto Sans CJK SC Medium and WenQuanYi Micro Hei labels, LXGW WenKai
Mono, AR PL KaitiM GB hand-writing), captured with numpy/OpenCV as windows meet them: highlighter
strokes, sticky notes, show-through of the reverse side, folded-in corners, the 0.5× ultra-wide lens
close up, WeChat thumbnails upscaled, white-balance casts with colour noise, a page lying on another
document, an ID card on the scanner glass at an angle, JPEG q15–25, BMP / JPEG-in-TIFF scans.

Generates `BENCH_OCR_N_N` (default 150) files with seed `BENCH_OCR_N_SEED` (default 5353) into
~/.cache/zongchuang/bench_ocr_n/<params-hash>/ (reused while the generator and parameters are
unchanged), runs the product's own CLI (`zongchuang ocr … --json`) over them in a subprocess,
scores with benchmarks/ocr_scoring.py and prints per kind, per field, per capture, per licence
form, per mark, face and format, and latency p50 per kind with the load average.
Results go to results.json there (or `BENCH_OCR_N_OUT`). Report-only while held out.

    python -m benchmarks ocr_n                      # part of `make bench`
    BENCH_OCR_N_N=30 python -m benchmarks ocr_n     # a quick look
"""

from __future__ import annotations

from benchmarks import docgen_n
from benchmarks.docgen_n.generate import summary
from benchmarks.family_bench import run


def main() -> dict:
    return run("N", docgen_n, summary, 5353, "written blind in session 15, drawn with matplotlib's Agg; held out", ("marks", "faces", "formats"))


if __name__ == "__main__":
    main()
