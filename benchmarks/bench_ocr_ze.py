"""OCR pre-fill on the held-out family ZE, written blind in session 24 (benchmarks/docgen_ze/): each
document laid out as a Gnumeric worksheet (native XML: column widths and row heights sized to the page,
merged cells, borders, distributed labels, wrapped 住所/经营范围, per-cell faces, PNG sheet objects for
the emblem, seals, QR block, guilloche frame and ID photo, print setup) printed to PDF by `ssconvert`
and rasterised by pdftoppm (some kept as Gnumeric's PDFs: downloaded e-licences), captured through
OpenGL shaders (moderngl on Mesa's llvmpipe, EGL): phones at angles on desks, clear sleeves with glare,
curled and folded pages, 高拍仪 frames, flatbed and feeder scans, photocopies and copies of copies,
1-bit faxes, scanner-app output, chat-app screenshots, e-licence screens photographed (moiré), low
light; marks: 仅供…使用 watermarks, 复印件与原件一致 notes, company seals, thumbs, shadows;
JPEG/PNG/WEBP/TIFF/PDF.

Generates `BENCH_OCR_ZE_N` (default 150) files with seed `BENCH_OCR_ZE_SEED` (default 8787) into
~/.cache/zongchuang/bench_ocr_ze/<params-hash>/ (reused while the generator and parameters are
unchanged), runs the product's own CLI (`zongchuang ocr … --json`) over them in a subprocess,
scores with benchmarks/ocr_scoring.py and prints per kind, per field, per capture, per licence
form, per mark, face and format, and latency p50 per kind with the load average.

    python -m benchmarks ocr_ze                      # part of `make bench`
    BENCH_OCR_ZE_N=30 python -m benchmarks ocr_ze    # a quick look
"""

from __future__ import annotations

from benchmarks import docgen_ze
from benchmarks.docgen_ze.generate import summary
from benchmarks.family_bench import run


def main() -> dict:
    return run("ZE", docgen_ze, summary, 8787, "the held-out family ZE, written blind in session 24, Gnumeric worksheets printed by ssconvert, captures in OpenGL shaders (moderngl)", ("marks", "faces", "formats"))


if __name__ == "__main__":
    main()
