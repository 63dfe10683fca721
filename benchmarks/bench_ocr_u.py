"""OCR pre-fill on family U, written blind in session 19 (benchmarks/docgen_u/): pages
drawn with pygame-ce — SDL_ttf and FreeType rasterisers, faces loaded by file (AR PL SungtiL/KaitiM GB,
Noto Serif/Sans CJK SC, BabelStone Han, AR PL UMing, WenQuanYi Micro/Zen Hei, LXGW WenKai, DejaVu Sans
Mono / Nimbus Mono PS digits), labels justified and text wrapped by measured advances, seals with glyphs
rotated along the arc — and captured with pyvips (libvips) as a 综合受理 window receives them: flatbed
and ADF scans, phone photos on a desk (also in low light, with shake), 高拍仪 frames with lens
distortion, photocopies and copies of copies, 1-bit fax, scanner-app output, chat-app screenshots,
e-licences on a phone screen photographed, printed e-licences; marks: 仅供…使用 watermarks,
复印件与原件一致 notes, company seals, highlighter, sticky notes, fingers, sleeve glare, folds, frames
cutting an edge; JPEG/PNG/WEBP/TIFF (LZW, JPEG, CCITT G4)/PDF.

Generates `BENCH_OCR_U_N` (default 150) files with seed `BENCH_OCR_U_SEED` (default 4646) into
~/.cache/zongchuang/bench_ocr_u/<params-hash>/ (reused while the generator and parameters are
unchanged), runs the product's own CLI (`zongchuang ocr … --json`) over them in a subprocess,
scores with benchmarks/ocr_scoring.py and prints per kind, per field, per capture, per licence
form, per mark, face and format, and latency p50 per kind with the load average.

    python -m benchmarks ocr_u                      # part of `make bench`
    BENCH_OCR_U_N=30 python -m benchmarks ocr_u     # a quick look
"""

from __future__ import annotations

from benchmarks import docgen_u
from benchmarks.docgen_u.generate import summary
from benchmarks.family_bench import run


def main() -> dict:
    return run("U", docgen_u, summary, 4646, "written blind in session 19, drawn by pygame-ce (SDL_ttf/FreeType), captured with pyvips; held out once (first sight at b83334b: 89.0 % / 0.42 %), developed on from then", ("marks", "faces", "formats"))


if __name__ == "__main__":
    main()
