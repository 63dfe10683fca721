"""OCR pre-fill on the held-out family AC, written blind in session 36 (benchmarks/docgen_ac/): each document
laid out and drawn by its own Free Pascal program (fcl-image pages, glyphs from libfreetype through FPC's
freetypeh binding blended by our own code, a CJK line breaker, letter-spaced labels, seals with text on an
arc, emblem, QR modules, guilloche, stamps, handwriting; e-licences as fcl-pdf vector PDFs with embedded
TrueType faces); phone photos, hand-held shots, 高拍仪 frames, sleeves and photographed screens rendered
offscreen by OpenSceneGraph on Mesa llvmpipe under a private Xvfb (bent/curled/folded page meshes, thumbs,
lights, glare, blur, noise, JPEG); flatbed scans, photocopies, copies of copies, 204×98/204×196 faxes,
scanner-app output and chat forwards as Perl PDL pipelines; marks: 仅供…使用 watermarks, 复印件与原件一致
notes with signatures, seals over text, handwriting; JPEG/PNG/TIFF/PDF.

Generates `BENCH_OCR_AC_N` (default 150) files with seed `BENCH_OCR_AC_SEED` (default 6262) into
~/.cache/zongchuang/bench_ocr_ac/<params-hash>/ (reused while the generator and parameters are
unchanged), runs the product's own CLI (`zongchuang ocr … --json`) over them in a subprocess,
scores with benchmarks/ocr_scoring.py and prints per kind, per field, per capture, per licence
form, per mark, face and format, and latency p50 per kind with the load average.

    python -m benchmarks ocr_ac                      # part of `make bench`
    BENCH_OCR_AC_N=30 python -m benchmarks ocr_ac    # a quick look
"""

from __future__ import annotations

from benchmarks import docgen_ac
from benchmarks.docgen_ac.generate import summary
from benchmarks.family_bench import run


def main() -> dict:
    return run("AC", docgen_ac, summary, 6262, "the held-out family AC, written blind in session 36, pages drawn by a Free Pascal program (fcl-image, FreeType; fcl-pdf e-licences), photos rendered by OpenSceneGraph on llvmpipe, scans/copies/faxes in Perl PDL", ("marks", "faces", "formats"))


if __name__ == "__main__":
    main()
