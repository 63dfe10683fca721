"""OCR pre-fill on the held-out family Z, written blind in session 22 (benchmarks/docgen_z/): HTML/CSS
pages (absolute and table layouts, labels justified by `text-align-last: justify`, inline SVG guilloche,
seals with their text on a circle, QR-like blocks, `@font-face` faces checked loaded) laid out and
rendered by headless Firefox ESR's Gecko over Marionette, some printed to PDF by Firefox itself;
captured with G'MIC as a 综合受理 window receives them: flatbed and ADF scans, 高拍仪 frames, phone
photos on a desk (also in low light), photocopies and copies of copies, 1-bit faxes, scanner-app
output, photos forwarded through a chat app and screenshotted, e-licences photographed off a phone
screen; marks: 仅供…使用 watermarks, 复印件与原件一致 notes with signatures, company seals, highlighter,
sticky notes, shadows, glare, folds, motion blur; JPEG/PNG/WEBP/TIFF/PDF.

Generates `BENCH_OCR_Z_N` (default 150) files with seed `BENCH_OCR_Z_SEED` (default 2424) into
~/.cache/zongchuang/bench_ocr_z/<params-hash>/ (reused while the generator and parameters are
unchanged), runs the product's own CLI (`zongchuang ocr … --json`) over them in a subprocess,
scores with benchmarks/ocr_scoring.py and prints per kind, per field, per capture, per licence
form, per mark, face and format, and latency p50 per kind with the load average.

    python -m benchmarks ocr_z                      # part of `make bench`
    BENCH_OCR_Z_N=30 python -m benchmarks ocr_z     # a quick look
"""

from __future__ import annotations

from benchmarks import docgen_z
from benchmarks.docgen_z.generate import summary
from benchmarks.family_bench import run


def main() -> dict:
    return run("Z", docgen_z, summary, 2424, "written blind in session 22, HTML/CSS rendered by headless Firefox ESR (Gecko, Marionette), captures by G'MIC; held out", ("marks", "faces", "formats"))


if __name__ == "__main__":
    main()
