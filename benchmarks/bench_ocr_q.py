"""OCR pre-fill on family Q, written blind in session 17, measured held out once (83.4 % / 1.06 % at
30e866f) and developed on from then (benchmarks/docgen_q/): pages laid
out and shaped by Pango through the `pango-view` CLI (HarfBuzz shaping, Pango markup letter_spacing,
wrapped and justified paragraphs), one image per text block composed onto the page with numpy, faces
pinned by file through a private fontconfig (Fandol 宋/仿宋/黑/楷, AR PL SungtiL/KaitiM GB, WenQuanYi
Micro Hei, Noto Serif/Sans CJK SC, LXGW WenKai, DejaVu Sans Mono / Nimbus Mono PS digits), captured with
numpy as a 综合受理 window receives them: flatbed and ADF scans, a 高拍仪 hunting its exposure, a phone
photo at an angle on the counter glass with the applicant's hand, a photo forwarded through a chat app
and screenshotted in its viewer, an e-licence on a phone screen photographed, certified grey photocopies
(与原件一致 + signature), worn ID cards; marks: 仅供…使用 watermarks, company seals over the copy,
highlighter, sticky notes, creases, glare; JPEG/PNG/WEBP/TIFF/PDF.

Generates `BENCH_OCR_Q_N` (default 150) files with seed `BENCH_OCR_Q_SEED` (default 8585) into
~/.cache/zongchuang/bench_ocr_q/<params-hash>/ (reused while the generator and parameters are
unchanged), runs the product's own CLI (`zongchuang ocr … --json`) over them in a subprocess,
scores with benchmarks/ocr_scoring.py and prints per kind, per field, per capture, per licence
form, per mark, face and format, and latency p50 per kind with the load average.

    python -m benchmarks ocr_q                      # part of `make bench`
    BENCH_OCR_Q_N=30 python -m benchmarks ocr_q     # a quick look
"""

from __future__ import annotations

from benchmarks import docgen_q
from benchmarks.docgen_q.generate import summary
from benchmarks.family_bench import run


def main() -> dict:
    return run("Q", docgen_q, summary, 8585, "written blind in session 17, laid out by Pango (pango-view); held out once (first sight at 30e866f: 83.4 % / 1.06 %), developed on from then", ("marks", "faces", "formats"))


if __name__ == "__main__":
    main()
