"""OCR pre-fill on the held-out family ZB, written blind in session 23 (benchmarks/docgen_zb/): pages laid
out by MuPDF's own HTML/CSS engine through PyMuPDF (`pymupdf.Story` boxes, tables, justified label
columns, `@font-face` CJK faces packed in an Archive and checked against the fonts MuPDF embedded),
vector extras with PyMuPDF's Shape API (guilloche, seals with one rotated glyph per character, QR-like
blocks), rasterised by MuPDF; captures ray-traced by POV-Ray 3.7 (phones at an angle on desks, 高拍仪,
plastic sleeves, folds and curls as bent meshes, area-light shadows, e-licences on a phone screen, an
orthographic flatbed) with the pixel rest in numpy (feeder scans, photocopies and copies of copies,
1-bit faxes, scanner-app whitening, chat-app recompression and screenshots); marks: 仅供…使用
watermarks, 复印件与原件一致 notes with signatures, company seals, sticky notes covering a value,
highlighter; JPEG/PNG/WEBP/TIFF (G4)/PDF, and MuPDF-written PDFs as downloaded e-licences.

Generates `BENCH_OCR_ZB_N` (default 150) files with seed `BENCH_OCR_ZB_SEED` (default 5151) into
~/.cache/zongchuang/bench_ocr_zb/<params-hash>/ (reused while the generator and parameters are
unchanged), runs the product's own CLI (`zongchuang ocr … --json`) over them in a subprocess,
scores with benchmarks/ocr_scoring.py and prints per kind, per field, per capture, per licence
form, per mark, face and format, and latency p50 per kind with the load average.

    python -m benchmarks ocr_zb                      # part of `make bench`
    BENCH_OCR_ZB_N=30 python -m benchmarks ocr_zb     # a quick look
"""

from __future__ import annotations

from benchmarks import docgen_zb
from benchmarks.docgen_zb import summary
from benchmarks.family_bench import run


def main() -> dict:
    return run("ZB", docgen_zb, summary, 5151, "written blind in session 23, laid out by MuPDF (PyMuPDF Story), captured by POV-Ray 3.7; held out", ("marks", "faces", "formats"))


if __name__ == "__main__":
    main()
