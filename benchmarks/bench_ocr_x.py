"""OCR pre-fill on the held-out family X, written blind in session 21 (benchmarks/docgen_x/): pages
written as HTML + CSS (absolute layout, letter-spaced justified labels, inline SVG guilloche borders,
emblems, seals with one rotated glyph per character, QR-like blocks) and rendered by wkhtmltoimage 0.12.6
(QtWebKit; no family before used it), faces by fontconfig family name and checked against QtWebKit's
silent fallback (AR PL SungtiL GB / UMing, Noto Serif/Sans CJK SC, BabelStone Han, WenQuanYi Micro/Zen
Hei, AR PL KaitiM GB / UKai, LXGW WenKai; DejaVu Sans Mono, Liberation Mono, WenQuanYi Micro Hei Mono,
Noto Sans Mono CJK SC for ID numbers), captured with GraphicsMagick (`gm`) as a 综合受理 window receives
them: flatbed and feeder scans, 高拍仪 frames, phone photos at an angle on a desk, photocopies and copies
of copies (ID cards on an A4 copy page), fax-like 1-bit pages, scanner-app output, chat-app screenshots,
e-licences on a phone screen photographed, low light, plastic sleeves; marks: 仅供…使用 watermarks,
复印件与原件一致 + signature, the applicant's seal, highlighter, sticky notes, received stamps, glare,
folds, frames that cut the page; JPEG/PNG/WEBP/TIFF (LZW, JPEG, G4)/PDF.

Generates `BENCH_OCR_X_N` (default 150) files with seed `BENCH_OCR_X_SEED` (default 7272) into
~/.cache/zongchuang/bench_ocr_x/<params-hash>/ (reused while the generator and parameters are
unchanged), runs the product's own CLI (`zongchuang ocr … --json`) over them in a subprocess,
scores with benchmarks/ocr_scoring.py and prints per kind, per field, per capture, per licence
form, per mark, face and format, and latency p50 per kind with the load average.

    python -m benchmarks ocr_x                      # part of `make bench`
    BENCH_OCR_X_N=30 python -m benchmarks ocr_x     # a quick look
"""

from __future__ import annotations

from benchmarks import docgen_x
from benchmarks.docgen_x.generate import summary
from benchmarks.family_bench import run


def main() -> dict:
    return run("X", docgen_x, summary, 7272, "the held-out family X, written blind in session 21, HTML/CSS rendered by wkhtmltoimage (QtWebKit), captures by GraphicsMagick", ("marks", "faces", "formats"))


if __name__ == "__main__":
    main()
