"""OCR pre-fill on the held-out family AF, written blind in session 37 (benchmarks/docgen_af/): each
document laid out in our own code (spread labels, wrapped values, seals with text on an arc, emblem,
QR modules, guilloche, handwriting strokes) and drawn by our own Nim program on stb_truetype (glyphs
from face files, cmap-checked with fallback faces; anti-aliased polygons and PNGs through
stb_image_write); e-licences as PoDoFo vector PDFs with embedded TrueType CJK subsets; photos,
hand-held shots, 高拍仪 frames, sleeves and screens rendered by Kivy (an Fbo with our own GLSL shaders,
the page as a flat/bent/curled/folded Mesh, perspective cameras, light, glare, thumbs, bezels) on
Mesa llvmpipe under a private Xvfb; flatbed scans, photocopies, copies of copies, 204×98/204×196
faxes, scanner-app output and chat forwards as Common Lisp programs on SBCL; marks: 仅供…使用
watermarks, 复印件与原件一致 notes with signatures, stamps and seals over text, handwriting;
JPEG/PNG/TIFF/PDF.

Generates `BENCH_OCR_AF_N` (default 150) files with seed `BENCH_OCR_AF_SEED` (default 3636) into
~/.cache/zongchuang/bench_ocr_af/<params-hash>/ (reused while the generator and parameters are
unchanged), runs the product's own CLI (`zongchuang ocr … --json`) over them in a subprocess,
scores with benchmarks/ocr_scoring.py and prints per kind, per field, per capture, per licence
form, per mark, face and format, and latency p50 per kind with the load average.

    python -m benchmarks ocr_af                      # part of `make bench`
    BENCH_OCR_AF_N=30 python -m benchmarks ocr_af    # a quick look
"""

from __future__ import annotations

from benchmarks import docgen_af
from benchmarks.docgen_af.generate import summary
from benchmarks.family_bench import run


def main() -> dict:
    return run("AF", docgen_af, summary, 3636, "the held-out family AF, written blind in session 37, pages drawn by a Nim program on stb_truetype, PoDoFo e-licences, photos rendered by Kivy on Mesa llvmpipe, scans/copies/faxes in SBCL", ("marks", "faces", "formats"))


if __name__ == "__main__":
    main()
