"""OCR pre-fill on family R, written blind in session 18 (benchmarks/docgen_r/): pages drawn by Java2D
(TextLayout, LineBreakMeasurer wrapping, TRACKING-spaced and justified labels, per-glyph transforms for
seal text on an arc, Graphics2D guilloche borders, emblems and QR-like blocks; rendering hints varied:
LCD / grey / no antialiasing, fractional metrics on / off), faces loaded by file with Font.createFont(s)
(Fandol 宋/仿宋/黑/楷, AR PL SungtiL/KaitiM GB, AR PL UMing, WenQuanYi Micro/Zen Hei, Noto Serif/Sans CJK
SC, LXGW WenKai, DejaVu Sans (Mono), Nimbus Mono PS), captured with scipy.ndimage and scikit-image as a
综合受理 window receives them: flatbed and feeder scans, a 高拍仪, phone photos on the counter (thumb,
glare, the frame cutting a card), photocopies once and twice, fax (1-bit CCITT G4 TIFF), a scanner app, a
chat app's viewer screenshot, an e-licence on a phone screen photographed, low light; marks: 仅供…使用
watermarks, 复印件与原件一致 with a signature, company seals, sticky notes, highlighter, folds, shadows,
plastic sleeves; JPEG (ImageIO) / PNG / TIFF / WEBP / PDF.

Generates `BENCH_OCR_R_N` (default 150) files with seed `BENCH_OCR_R_SEED` (default 9191) into
~/.cache/zongchuang/bench_ocr_r/<params-hash>/ (reused while the generator and parameters are
unchanged), runs the product's own CLI (`zongchuang ocr … --json`) over them in a subprocess,
scores with benchmarks/ocr_scoring.py and prints per kind, per field, per capture, per licence
form, per mark, face and format, and latency p50 per kind with the load average.

    python -m benchmarks ocr_r                      # part of `make bench`
    BENCH_OCR_R_N=30 python -m benchmarks ocr_r     # a quick look
"""

from __future__ import annotations

from benchmarks import docgen_r
from benchmarks.docgen_r.generate import summary
from benchmarks.family_bench import run


def main() -> dict:
    return run("R", docgen_r, summary, 9191, "written blind in session 18, drawn by Java2D; held out once (first sight at 1ef406c: 83.2 % / 0.63 %), developed on from then", ("marks", "faces", "formats"))


if __name__ == "__main__":
    main()
