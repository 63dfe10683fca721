"""OCR pre-fill on the held-out family ZF, written blind in session 25 (benchmarks/docgen_zf/): each
document written as Typst markup generated from its values (A3 landscape 正本, A4 portrait 副本, the card;
grids, labels spread with h(1fr), guilloche frames as polygons, seals of rotated characters and a star,
QR-like blocks, per-element system CJK faces pinned through a compiler that knows only them) and
rasterised by Typst's own PNG export (some kept as Typst's PDFs: downloaded e-licences), captured through
Augraphy pipelines (ink, paper and post phases: ink bleed, paper grain, folds, photocopier noise and
drums, dirty rollers, faxes, lighting gradients, shadows, reflected light, LCD patterns, low-light noise)
with OpenCV moving the bytes for a phone's perspective onto a desk and its lens: phones at angles,
thumbs, sleeves with glare, folds, 高拍仪, flatbed and feeder scans, photocopies and copies of copies,
1-bit faxes, scanner-app output, chat screenshots, screens photographed, e-licence PDFs; marks:
仅供…使用 watermarks, 复印件与原件一致 notes with a signature, seals over text; JPEG/PNG/WEBP/TIFF/PDF.

Generates `BENCH_OCR_ZF_N` (default 150) files with seed `BENCH_OCR_ZF_SEED` (default 9898) into
~/.cache/zongchuang/bench_ocr_zf/<params-hash>/ (reused while the generator and parameters are
unchanged), runs the product's own CLI (`zongchuang ocr … --json`) over them in a subprocess,
scores with benchmarks/ocr_scoring.py and prints per kind, per field, per capture, per licence
form, per mark, face and format, and latency p50 per kind with the load average.

    python -m benchmarks ocr_zf                      # part of `make bench`
    BENCH_OCR_ZF_N=30 python -m benchmarks ocr_zf    # a quick look
"""

from __future__ import annotations

from benchmarks import docgen_zf
from benchmarks.docgen_zf.generate import summary
from benchmarks.family_bench import run


def main() -> dict:
    return run("ZF", docgen_zf, summary, 9898, "the held-out family ZF, written blind in session 25, typeset by Typst, captures through Augraphy pipelines", ("marks", "faces", "formats"))


if __name__ == "__main__":
    main()
