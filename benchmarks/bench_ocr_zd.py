"""OCR pre-fill on the held-out family ZD, written blind in session 24 (benchmarks/docgen_zd/): pages
typeset by ConTeXt MkIV on LuaTeX (one run for the set, a page per document with its own paper size; label
columns in \\starttabulate, labels justified across their column, Chinese line breaking from
\\setscript[hanzi]; MetaPost guilloches, seals with the organ's name round the rim, emblems, QR-like blocks,
ID photos), faces pinned by file (Fandol 宋/黑/楷/仿宋, AR PL UMing/UKai/SungtiL, Noto Serif/Sans CJK SC,
BabelStone Han, WenQuanYi Micro Hei, Droid Sans Fallback, LXGW WenKai; DejaVu/Liberation/Nimbus Mono digits),
rasterised by poppler's pdftoppm, captured by GIMP 2.10 in batch mode (Script-Fu): phones at angles on desks,
low light, hand shake, 高拍仪 frames, flatbed and feeder scans, photocopies and copies of copies, 1-bit faxes,
scanner-app output, chat-app screenshots, photographed e-licence screens, printed and born-digital e-licences,
folds, plastic sleeves, fingers over cards; marks: 复印件与原件一致 notes, company seals, 仅供…使用 watermarks,
highlighter, sticky notes, glare; JPEG/PNG/WEBP/TIFF (LZW, CCITT G4)/PDF.

Generates `BENCH_OCR_ZD_N` (default 150) files with seed `BENCH_OCR_ZD_SEED` (default 7676) into
~/.cache/zongchuang/bench_ocr_zd/<params-hash>/ (reused while the generator and parameters are
unchanged), runs the product's own CLI (`zongchuang ocr … --json`) over them in a subprocess,
scores with benchmarks/ocr_scoring.py and prints per kind, per field, per capture, per licence
form, per mark, face and format, and latency p50 per kind with the load average.

    python -m benchmarks ocr_zd                       # part of `make bench`
    BENCH_OCR_ZD_N=30 python -m benchmarks ocr_zd     # a quick look
"""

from __future__ import annotations

from benchmarks import docgen_zd
from benchmarks.docgen_zd.generate import summary
from benchmarks.family_bench import run


def main() -> dict:
    return run("ZD", docgen_zd, summary, 7676, "held out, written blind in session 24, typeset by ConTeXt MkIV (LuaTeX), rasterised by pdftoppm, captured by GIMP 2.10 Script-Fu", ("marks", "faces", "formats"))


if __name__ == "__main__":
    main()
