"""OCR pre-fill on the held-out family W, written blind in session 20 (benchmarks/docgen_w/): pages
written as SVG (per-character label positions, letter-spacing, textLength, SVG2 inline-size flowed
paragraphs, seals with their text on a path, guilloche borders, QR blocks) and exported to PNG by
Inkscape 1.2's command line, faces addressed by fontconfig family (AR PL SungtiL GB / UMing / KaitiM /
UKai, Noto Serif/Sans CJK SC, BabelStone Han, WenQuanYi Micro/Zen Hei, Droid Sans Fallback, LXGW
WenKai, Smiley Sans, DejaVu Sans Mono / Nimbus Mono PS digits), captured with ffmpeg's filters as a
综合受理 window receives them: flatbed and feeder scans, photocopies and copies of copies, fine/standard
fax (1-bit), phone photos on a desk at an angle, 高拍仪 frames, scanner-app output, chat-forwarded photos
screenshotted in the viewer, e-licence screens photographed, low light, motion, plastic sleeves; marks:
仅供…使用 watermarks, 复印件与原件一致 notes with signatures, company seals, highlighter, sticky notes,
folds and shadows, glare; JPEG/PNG/TIFF/WEBP/PDF.

Generates `BENCH_OCR_W_N` (default 150) files with seed `BENCH_OCR_W_SEED` (default 6969) into
~/.cache/zongchuang/bench_ocr_w/<params-hash>/ (reused while the generator and parameters are
unchanged), runs the product's own CLI (`zongchuang ocr … --json`) over them in a subprocess,
scores with benchmarks/ocr_scoring.py and prints per kind, per field, per capture, per licence
form, per mark, face and format, and latency p50 per kind with the load average.

    python -m benchmarks ocr_w                      # part of `make bench`
    BENCH_OCR_W_N=30 python -m benchmarks ocr_w     # a quick look
"""

from __future__ import annotations

from benchmarks import docgen_w
from benchmarks.docgen_w.generate import summary
from benchmarks.family_bench import run


def main() -> dict:
    return run("W", docgen_w, summary, 6969, "written blind in session 20, SVG exported by Inkscape, captured with ffmpeg; held out", ("marks", "faces", "formats"))


if __name__ == "__main__":
    main()
