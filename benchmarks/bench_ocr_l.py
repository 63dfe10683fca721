"""OCR pre-fill on family L, written blind in session 13 (held out then, developed on from session 14) (benchmarks/docgen_l/):
office-template pages written as ODT by hand (Writer tables with distributed labels, tab stops, frames,
the 2019 licence's guilloche and coloured frame), laid out by LibreOffice Writer in one headless
conversion, rasterised by MuPDF (`mutool draw`), in pinned Fandol 仿宋/黑/宋 and AR PL SungtiL GB faces
(values sometimes condensed to 90 % or faux bold), captured with numpy/OpenCV as a clerk receives
them: scanner TIFFs (LZW, 1-bit CCITT G4, multi-page with the wanted page second), WebP from a chat,
a cheap webcam frame, a 2-up copy at 50 %, a ring binder's clear pocket, portrait-mode blur at one
side, rolling-shutter skew, a window lighting one side, an ID card in a wallet's window, low toner.

Generates `BENCH_OCR_L_N` (default 150) files with seed `BENCH_OCR_L_SEED` (default 3939) into
~/.cache/zongchuang/bench_ocr_l/<params-hash>/ (reused while the generator and parameters are
unchanged), runs the product's own CLI (`zongchuang ocr … --json`) over them in a subprocess,
scores with benchmarks/ocr_scoring.py and prints per kind, per field, per capture, per licence
form, per mark, face and format, and latency p50 per kind with the load average.
Results go to results.json there (or `BENCH_OCR_L_OUT`).

    python -m benchmarks ocr_l                      # part of `make bench`
    BENCH_OCR_L_N=40 python -m benchmarks ocr_l     # a quick look
"""

from __future__ import annotations

from benchmarks import docgen_l
from benchmarks.docgen_l.generate import summary
from benchmarks.family_bench import run


def main() -> dict:
    return run("L", docgen_l, summary, 3939, "written blind, laid out by LibreOffice Writer, rasterised by MuPDF; held out in session 13, developed on from session 14", ("marks", "faces", "formats"))


if __name__ == "__main__":
    main()
