"""OCR pre-fill on the held-out family Y, written blind in session 21 (benchmarks/docgen_y/): every
document a hand-written PostScript program (text placed with moveto/show/ashow and per-character
justified labels, its own line breaking, CJK faces from TrueType files mapped into Ghostscript as
Identity-ordered CIDFonts through a private cidfmap, guilloche borders, seals with legends rotated
per character, QR-like blocks) rasterised by Ghostscript in batches; captured with netpbm as a 综合受理
window receives them: flatbed and ADF scans, phone photos on a desk (pamperspective), 高拍仪 frames,
photocopies and copies of copies, 1-bit faxes (TIFF G4), scanner-app PDFs, chat screenshots, an
e-licence on a phone screen photographed (moiré), e-licence PDFs from pdfwrite, low light with motion
blur; marks: 仅供…使用 watermarks, 复印件与原件一致 notes with signatures, company seals, glare, shadows,
folds, plastic sleeves, frames cutting the page; JPEG/PNG/TIFF/WEBP/PDF.

Generates `BENCH_OCR_Y_N` (default 150) files with seed `BENCH_OCR_Y_SEED` (default 8383) into
~/.cache/zongchuang/bench_ocr_y/<params-hash>/ (reused while the generator and parameters are
unchanged), runs the product's own CLI (`zongchuang ocr … --json`) over them in a subprocess,
scores with benchmarks/ocr_scoring.py and prints per kind, per field, per capture, per licence
form, per mark, face and format, and latency p50 per kind with the load average.

    python -m benchmarks ocr_y                      # part of `make bench`
    BENCH_OCR_Y_N=30 python -m benchmarks ocr_y     # a quick look
"""

from __future__ import annotations

from benchmarks import docgen_y
from benchmarks.docgen_y.generate import summary
from benchmarks.family_bench import run


def main() -> dict:
    return run("Y", docgen_y, summary, 8383, "written blind in session 21, hand-written PostScript rendered by Ghostscript, captures in netpbm; held out", ("marks", "faces", "formats"))


if __name__ == "__main__":
    main()
