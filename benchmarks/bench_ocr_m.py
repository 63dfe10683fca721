"""OCR pre-fill on family M, written blind in session 14 (held out then, developed on from session 15) (benchmarks/docgen_m/): pages
written by hand as SVG (a `<text>` with its own x/y per run, spread labels one character at a time,
`<pattern>` security lines, `<image>` inside chat-app screenshots), rasterised by librsvg with faces
pinned by a private fontconfig (Noto Serif CJK SC ExtraLight values, Noto Sans CJK SC Black/Thin and
WenQuanYi Micro Hei labels, AR PL KaitiM GB, LXGW WenKai Mono), captured with numpy/OpenCV as a clerk
receives them: chat-app screenshots of the received photo, a phone screen held up to the 高拍仪,
pages rotated with no EXIF tag, an A3 scan, coloured copy paper, a copy of a copy, a night photo
smeared by denoising, sharpening halos, a pen or a finger over a value, a clipboard, a plastic
folder, the counter's acrylic partition, an ID card scanned with the lid open, wooden and patterned desks.

Generates `BENCH_OCR_M_N` (default 150) files with seed `BENCH_OCR_M_SEED` (default 4747) into
~/.cache/zongchuang/bench_ocr_m/<params-hash>/ (reused while the generator and parameters are
unchanged), runs the product's own CLI (`zongchuang ocr … --json`) over them in a subprocess,
scores with benchmarks/ocr_scoring.py and prints per kind, per field, per capture, per licence
form, per mark, face and format, and latency p50 per kind with the load average.
Results go to results.json there (or `BENCH_OCR_M_OUT`). Measured held out at the start of session 15
(91.2 % exact, 0.53 % wrong on 7b5cb43), developed on since.

    python -m benchmarks ocr_m                      # part of `make bench`
    BENCH_OCR_M_N=30 python -m benchmarks ocr_m     # a quick look
"""

from __future__ import annotations

from benchmarks import docgen_m
from benchmarks.docgen_m.generate import summary
from benchmarks.family_bench import run


def main() -> dict:
    return run("M", docgen_m, summary, 4747, "written blind in session 14, hand-written SVG rasterised by librsvg; held out in session 14, developed on from session 15", ("marks", "faces", "formats"))


if __name__ == "__main__":
    main()
