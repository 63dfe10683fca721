"""OCR pre-fill on family V, written blind in session 20 (benchmarks/docgen_v/): pages laid out with
fpdf2 (our own text placement, per-character justified labels, wrapped paragraphs, CJK faces embedded
with add_font: Noto Serif/Sans CJK SC, AR PL SungtiL/KaitiM GB, AR PL UMing/UKai, LXGW WenKai,
WenQuanYi Micro/Zen Hei, Droid Sans Fallback; DejaVu/Liberation/Nimbus Mono digits), vector guilloche,
emblems, seals and QR blocks, rasterised by pypdfium2 and captured with albumentations as a 综合受理
window receives them: phone photos on the counter, 高拍仪 frames, flatbed and feeder scans, photocopies
and copies of copies, 1-bit faxes, scanner-app output, chat-app screenshots of forwarded photos,
e-licences on a phone screen photographed, born-digital e-licence PDFs; marks: 仅供…使用 watermarks,
复印件与原件一致 stamps and signatures, seals over copies, highlighter, glare on sleeves, fingers and
sticky notes, cut-off frames, folds and wrinkles; JPEG/PNG/WEBP/TIFF/PDF.

Generates `BENCH_OCR_V_N` (default 150) files with seed `BENCH_OCR_V_SEED` (default 5858) into
~/.cache/zongchuang/bench_ocr_v/<params-hash>/ (reused while the generator and parameters are
unchanged), runs the product's own CLI (`zongchuang ocr … --json`) over them in a subprocess,
scores with benchmarks/ocr_scoring.py and prints per kind, per field, per capture, per licence
form, per mark, face and format, and latency p50 per kind with the load average.

    python -m benchmarks ocr_v                      # part of `make bench`
    BENCH_OCR_V_N=30 python -m benchmarks ocr_v     # a quick look
"""

from __future__ import annotations

from benchmarks import docgen_v
from benchmarks.docgen_v.generate import summary
from benchmarks.family_bench import run


def main() -> dict:
    return run("V", docgen_v, summary, 5858, "written blind in session 20, laid out by fpdf2, rasterised by pypdfium2, captured with albumentations; held out", ("marks", "faces", "formats"))


if __name__ == "__main__":
    main()
