"""OCR pre-fill on the held-out family AD, written blind in session 36 (benchmarks/docgen_ad/): each document
laid out in our own Python code (letter-spaced labels, a CJK line breaker measured from each face's hmtx,
seals with characters rotated on an arc, emblem/guilloche/QR/handwriting as primitives, every character
checked against its face's cmap with fallback faces) and drawn by a C program on Allegro 5 memory bitmaps
(TTF and primitives addons, al_save_bitmap); e-licences as vector PDFs written by jsPDF on Node.js (TrueType
faces embedded Identity-H); desk photos, hand-held shots with thumbs, 高拍仪 frames, sleeves with glare and
photographed screens rendered by pyglet (OpenGL 3.3 shaders on Mesa llvmpipe under a private Xvfb: bent,
curled and folded page meshes, perspective cameras, light, vignetting, sensor noise, sub-pixel masks);
flatbed scans, photocopies, copies of copies, 204×98/196 faxes, scanner-app output and chat forwards as
Racket programs on racket/draw bitmaps; marks: 仅供…使用 watermarks, 复印件与原件一致 notes with
signatures, stamps, seals over text, handwriting; JPEG/PNG/PDF.

Generates `BENCH_OCR_AD_N` (default 150) files with seed `BENCH_OCR_AD_SEED` (default 7373) into
~/.cache/zongchuang/bench_ocr_ad/<params-hash>/ (reused while the generator and parameters are
unchanged), runs the product's own CLI (`zongchuang ocr … --json`) over them in a subprocess,
scores with benchmarks/ocr_scoring.py and prints per kind, per field, per capture, per licence
form, per mark, face and format, and latency p50 per kind with the load average.

    python -m benchmarks ocr_ad                      # part of `make bench`
    BENCH_OCR_AD_N=30 python -m benchmarks ocr_ad    # a quick look
"""

from __future__ import annotations

from benchmarks import docgen_ad
from benchmarks.docgen_ad.core import summary
from benchmarks.family_bench import run


def main() -> dict:
    return run("AD", docgen_ad, summary, 7373, "the held-out family AD, written blind in session 36, pages drawn by a C program on Allegro 5, e-licences by jsPDF, photos rendered by pyglet on llvmpipe, scans/copies/faxes in Racket", ("marks", "faces", "formats"))


if __name__ == "__main__":
    main()
