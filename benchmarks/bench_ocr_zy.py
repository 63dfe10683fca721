"""OCR pre-fill on the held-out family ZY, written blind in session 34 (benchmarks/docgen_zy/): pages laid
out by a Free Pascal program on fcl-pdf (spread labels, CJK line breaking with 禁则 and shrink-to-fit
measured on the faces' own advance widths, seals with characters on an arc, emblem, guilloche, QR codes,
handwriting; TrueType CJK faces embedded as subsets; e-licences kept as those vector PDFs) and rasterised by
poppler's Splash (pdftoppm); photos, 高拍仪 frames, sleeves and photographed screens rendered by LÖVE 11 on
Mesa llvmpipe under Xvfb (bent/curled/folded page meshes through a perspective vertex shader, lighting,
the phone's shadow, sleeve/screen glare, sub-pixel moiré, thumbs); flatbed scans, photocopies and copies of
copies, 204×98/204×196 G3 faxes, scanner-app output, chat forwards and the photos' finishing as Perl
Imager pipelines; marks: 仅供…使用 watermarks, 复印件与原件一致 notes with signatures, stamps and seals over
text, handwriting; JPEG/PNG/TIFF/PDF.

Generates `BENCH_OCR_ZY_N` (default 150) files with seed `BENCH_OCR_ZY_SEED` (default 3838) into
~/.cache/zongchuang/bench_ocr_zy/<params-hash>/ (reused while the generator and parameters are
unchanged), runs the product's own CLI (`zongchuang ocr … --json`) over them in a subprocess,
scores with benchmarks/ocr_scoring.py and prints per kind, per field, per capture, per licence
form, per mark, face and format, and latency p50 per kind with the load average.

    python -m benchmarks ocr_zy                      # part of `make bench`
    BENCH_OCR_ZY_N=30 python -m benchmarks ocr_zy    # a quick look
"""

from __future__ import annotations

from benchmarks import docgen_zy
from benchmarks.docgen_zy.generate import summary
from benchmarks.family_bench import run


def main() -> dict:
    return run("ZY", docgen_zy, summary, 3838, "the held-out family ZY, written blind in session 34, pages laid out by Free Pascal on fcl-pdf and rasterised by poppler's Splash, photos rendered by LÖVE 11, scans/copies/faxes in Perl Imager", ("marks", "faces", "formats"))


if __name__ == "__main__":
    main()
