"""OCR pre-fill on the held-out family AE, written blind in session 37 (benchmarks/docgen_ae/): each
document laid out in our own Python (letter-spaced labels, a CJK line breaker measured from each face's
hmtx, cmap-checked faces with fallback) and drawn by our own Rust program on tiny-skia paths with fontdue
glyphs (seals with characters on an arc, guilloche, emblem, QR modules, stamps, handwriting); photos,
hand-held shots with thumbs, 高拍仪 frames, sleeves with glare and photographed screens rendered by
OGRE 1.12 on Mesa llvmpipe under a private Xvfb (bent/curled/folded page meshes, desks, lights);
flatbed scans, photocopies, copies of copies, 204×98/204×196 faxes, scanner-app output, chat forwards
and photo finishing as a Fortran program; e-licences as borb vector PDFs with an embedded TrueType face;
marks: 仅供…使用 watermarks, 复印件与原件一致 notes with signatures, stamps, handwriting, seals over text.

Generates `BENCH_OCR_AE_N` (default 150) files with seed `BENCH_OCR_AE_SEED` (default 1414) into
~/.cache/zongchuang/bench_ocr_ae/<params-hash>/ (reused while the generator and parameters are
unchanged), runs the product's own CLI (`zongchuang ocr … --json`) over them in a subprocess,
scores with benchmarks/ocr_scoring.py and prints per kind, per field, per capture, per licence
form, per mark, face and format, and latency p50 per kind with the load average.

    python -m benchmarks ocr_ae                      # part of `make bench`
    BENCH_OCR_AE_N=30 python -m benchmarks ocr_ae    # a quick look
"""

from __future__ import annotations

from benchmarks import docgen_ae
from benchmarks.docgen_ae import summary
from benchmarks.family_bench import run


def main() -> dict:
    return run("AE", docgen_ae, summary, 1414, "the held-out family AE, written blind in session 37, pages drawn by a Rust program on tiny-skia + fontdue, photos rendered by OGRE 1.12, scans/copies/faxes in Fortran, e-licences by borb", ("marks", "faces", "formats"))


if __name__ == "__main__":
    main()
