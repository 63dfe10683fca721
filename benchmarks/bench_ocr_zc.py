"""OCR pre-fill on the held-out family ZC, written blind in session 23 (benchmarks/docgen_zc/): pages
written by hand in AbiWord's native AWML (tables with merged cells, justified cells, tab stops with
leaders, positioned frames for the guilloche, emblem, QR block and seals) laid out by AbiWord 3.0 and
exported to PDF, rasterised by poppler's cairo backend (pdftocairo), the embedded fonts checked against
the faces each page names, captured with GEGL's command line as a 综合受理 window receives them: flatbed
and feeder scans, phone photos at an angle on a desk, 高拍仪 frames, photocopies (and copies of copies),
1-bit faxes, scanner-app output, chat-app screenshots, e-licence screens photographed, printed
e-licences, the AbiWord PDFs themselves; marks: 仅供…使用 watermarks, 复印件与原件一致 notes,
company stamps, folds, glare, plastic sleeves, hand shadows, low light, motion blur;
JPEG/PNG/WEBP/TIFF (G4 too)/PDF.

Generates `BENCH_OCR_ZC_N` (default 150) files with seed `BENCH_OCR_ZC_SEED` (default 6262) into
~/.cache/zongchuang/bench_ocr_zc/<params-hash>/ (reused while the generator and parameters are
unchanged), runs the product's own CLI (`zongchuang ocr … --json`) over them in a subprocess,
scores with benchmarks/ocr_scoring.py and prints per kind, per field, per capture, per licence
form, per mark, face and format, and latency p50 per kind with the load average.

    python -m benchmarks ocr_zc                       # part of `make bench`
    BENCH_OCR_ZC_N=30 python -m benchmarks ocr_zc     # a quick look
"""

from __future__ import annotations

from benchmarks import docgen_zc
from benchmarks.docgen_zc.generate import summary
from benchmarks.family_bench import run


def main() -> dict:
    return run("ZC", docgen_zc, summary, 6262, "held out, written blind in session 23, laid out by AbiWord 3.0 (AWML → PDF), rasterised by pdftocairo, captures by GEGL", ("marks", "faces", "formats"))


if __name__ == "__main__":
    main()
