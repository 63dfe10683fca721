"""OCR pre-fill on the held-out family ZV, written blind in session 33 (benchmarks/docgen_zv/): each
document laid out in Python as a display list in millimetres and drawn by one Go program
(benchmarks/docgen_zv/go/zvpages.go, Debian's Go 1.19 with no module download): rasters by fogleman/gg
with glyphs from golang/freetype (TrueType faces by file path, per-character cmap fallback), e-licences
as gofpdf vector PDFs with the UTF-8 TrueType faces embedded; phone photos, 高拍仪 frames, sleeves and
photographed screens rendered by raylib (pyray, OpenGL 3.3 on llvmpipe under a private Xvfb): the page
as a bent/curled/folded triangle grid, perspective, lamp shading, soft shadows, thumbs, sleeve glare,
sub-pixel grids; flatbed scans, photocopies, copies of copies, faxes, scanner-app output and chat
forwards as Go image pipelines (disintegration/imaging plus its own toner, threshold/dither, dropout,
moiré, flatten and JPEG recompression kernels); marks: 仅供…使用 watermarks, 复印件与原件一致 notes with
signatures, receiving stamps, handwriting, seals over text, fax headers; JPEG/PNG/TIFF/PDF.

Generates `BENCH_OCR_ZV_N` (default 150) files with seed `BENCH_OCR_ZV_SEED` (default 9595) into
~/.cache/zongchuang/bench_ocr_zv/<params-hash>/ (reused while the generator and parameters are
unchanged), runs the product's own CLI (`zongchuang ocr … --json`) over them in a subprocess,
scores with benchmarks/ocr_scoring.py and prints per kind, per field, per capture, per licence
form, per mark, face and format, and latency p50 per kind with the load average.

    python -m benchmarks ocr_zv                      # part of `make bench`
    BENCH_OCR_ZV_N=30 python -m benchmarks ocr_zv    # a quick look
"""

from __future__ import annotations

from benchmarks import docgen_zv
from benchmarks.docgen_zv.generate import summary
from benchmarks.family_bench import run


def main() -> dict:
    return run("ZV", docgen_zv, summary, 9595, "the held-out family ZV, written blind in session 33, pages drawn by a Go program (fogleman/gg on golang/freetype, gofpdf e-licences), photos rendered by raylib, scans/copies/faxes as Go image pipelines", ("marks", "faces", "formats"))


if __name__ == "__main__":
    main()
