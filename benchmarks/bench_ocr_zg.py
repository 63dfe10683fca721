"""OCR pre-fill on the held-out family ZG, written blind in session 25 (benchmarks/docgen_zg/): each
document written as HTML + CSS paged media the way a local office's web system prints it (A3 landscape
正本, A4 副本, 85.6×54 mm ID cards; CSS grid/flex rows, distributed labels, font-family stacks of the
system CJK faces, inline SVG seals, emblem, QR blocks and guilloche frames), laid out by WeasyPrint
(every page's embedded faces checked with pdffonts) and rasterised by pdftoppm (some kept as WeasyPrint's
PDFs: e-licences); captured through Hugin's nona (camera field of view, tilt, roll, lens distortion,
vignetting, exposure and EMoR response; scanner, copier and fax geometry) and developed headless by
darktable-cli from XMP sidecars (exposure, white-balance casts, haze, motion blur, defocus, sharpen, grain,
vignette, monochrome, contrast curves, 1-bit dither): phones at angles on desks, sleeves with glare,
thumbs, folds, low light, 高拍仪 frames, flatbed and feeder scans, photocopies and copies of copies,
faxes, scanner-app output, chat-app screenshots, screens photographed; marks: 仅供…使用 watermarks,
复印件与原件一致 notes with signatures, company seals; JPEG/PNG/WEBP/TIFF/PDF.

Generates `BENCH_OCR_ZG_N` (default 150) files with seed `BENCH_OCR_ZG_SEED` (default 2121) into
~/.cache/zongchuang/bench_ocr_zg/<params-hash>/ (reused while the generator and parameters are
unchanged), runs the product's own CLI (`zongchuang ocr … --json`) over them in a subprocess,
scores with benchmarks/ocr_scoring.py and prints per kind, per field, per capture, per licence
form, per mark, face and format, and latency p50 per kind with the load average.

    python -m benchmarks ocr_zg                      # part of `make bench`
    BENCH_OCR_ZG_N=30 python -m benchmarks ocr_zg    # a quick look
"""

from __future__ import annotations

from benchmarks import docgen_zg
from benchmarks.docgen_zg.generate import summary
from benchmarks.family_bench import run


def main() -> dict:
    return run("ZG", docgen_zg, summary, 2121, "the held-out family ZG, written blind in session 25, HTML/CSS laid out by WeasyPrint, captures through Hugin's nona and darktable-cli", ("marks", "faces", "formats"))


if __name__ == "__main__":
    main()
