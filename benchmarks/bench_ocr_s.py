"""OCR pre-fill on the held-out family S, written blind in session 18 (benchmarks/docgen_s/): pages
written as HTML + CSS and laid out by headless Chromium (Blink) driven over the DevTools protocol —
grid/flex/table layouts, label columns justified with text-align-last, SVG seals with textPath,
guilloche borders from CSS gradients, faces pinned by file through @font-face (Fandol 宋/仿宋/黑/楷,
AR PL SungtiL/KaitiM GB, BabelStone Han, Droid Sans Fallback, LXGW WenKai; Nimbus/DejaVu digits) — and
captured with numpy and scikit-image: flatbed and ADF scans, phone photos on a desk, 高拍仪 frames,
photocopies and copies of copies, 1-bit fax-like scans, scanner-app output, chat-app screenshots,
e-licences on a phone screen photographed, printed PDFs (rasterised by pdfium) scanned, low light,
motion blur; marks: 仅供…使用 watermarks, 复印件与原件一致 notes, company seals, signatures,
highlighter, folds, shadows, plastic sleeves, glare, frames that cut the page; JPEG/PNG/WEBP/TIFF/PDF.

Generates `BENCH_OCR_S_N` (default 150) files with seed `BENCH_OCR_S_SEED` (default 1212) into
~/.cache/zongchuang/bench_ocr_s/<params-hash>/ (reused while the generator and parameters are
unchanged), runs the product's own CLI (`zongchuang ocr … --json`) over them in a subprocess,
scores with benchmarks/ocr_scoring.py and prints per kind, per field, per capture, per licence
form, per mark, face and format, and latency p50 per kind with the load average.

    python -m benchmarks ocr_s                      # part of `make bench`
    BENCH_OCR_S_N=30 python -m benchmarks ocr_s     # a quick look
"""

from __future__ import annotations

from benchmarks import docgen_s
from benchmarks.docgen_s.generate import summary
from benchmarks.family_bench import run


def main() -> dict:
    return run("S", docgen_s, summary, 1212, "written blind in session 18, laid out by headless Chromium (HTML/CSS over the DevTools protocol); held out once (first sight at 1ef406c: 73.1 % / 0.32 %), developed on from then", ("marks", "faces", "formats"))


if __name__ == "__main__":
    main()
