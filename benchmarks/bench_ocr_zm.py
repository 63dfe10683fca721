"""OCR pre-fill on the held-out family ZM, written blind in session 28 (benchmarks/docgen_zm/): SVG pages
written by the generator's own code (labels spread with textLength, its own CJK line breaker measuring
with each face's hmtx, seals on <textPath> arcs, guilloche, emblem, QR blocks, card waves, the ID photo)
rendered by resvg with only the CJK font files it is given (every string checked against its face's
cmap), e-licences as vector PDFs through CairoSVG; phone photos rendered by pyrender (OpenGL through EGL
on Mesa: the page a deformed textured mesh on a desk, window/lamp/room lights, a thumb, a sleeve's glare,
jittered renders for shake and defocus) and developed through a real raw pipeline (Bayer mosaic with
shot and read noise → DNG by pidng → LibRaw's demosaics through rawpy → Leptonica tone and sharpening);
高拍仪 frames, scanner-app output, chat forwards and screenshots, screens photographed (moiré); flatbed
and feeder scans, photocopies and copies of copies, faxes (libtiff's tiffcp G3/G4 at 204×98 and 204×196
dpi, tiffdither) through Leptonica; marks: 仅供…使用 watermarks, 复印件与原件一致 notes with signatures,
seals over text; JPEG/PNG/WEBP/TIFF/PDF.

Generates `BENCH_OCR_ZM_N` (default 150) files with seed `BENCH_OCR_ZM_SEED` (default 9797) into
~/.cache/zongchuang/bench_ocr_zm/<params-hash>/ (reused while the generator and parameters are
unchanged), runs the product's own CLI (`zongchuang ocr … --json`) over them in a subprocess,
scores with benchmarks/ocr_scoring.py and prints per kind, per field, per capture, per licence
form, per mark, face and format, and latency p50 per kind with the load average.

    python -m benchmarks ocr_zm                      # part of `make bench`
    BENCH_OCR_ZM_N=30 python -m benchmarks ocr_zm    # a quick look
"""

from __future__ import annotations

from benchmarks import docgen_zm
from benchmarks.docgen_zm.generate import summary
from benchmarks.family_bench import run


def main() -> dict:
    return run("ZM", docgen_zm, summary, 9797, "the held-out family ZM, written blind in session 28, SVG pages rendered by resvg, photos rendered by pyrender and developed from DNG by rawpy/LibRaw, scans/copies/faxes in Leptonica and libtiff", ("marks", "faces", "formats"))


if __name__ == "__main__":
    main()
