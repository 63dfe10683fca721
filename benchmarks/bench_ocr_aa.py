"""OCR pre-fill on the held-out family AA, written blind in session 35 (benchmarks/docgen_aa/): each
document laid out and drawn by our own OCaml program (camlimages' FreeType interface renders the glyphs
from face files, cmap-checked; boxes, rules, the emblem, seals with characters on an arc, QR modules,
watermarks and handwriting drawn by its own scanline filler; line breaking, fitting and letter-spaced
labels its own), e-licences written by the same program as hand-made PDFs (Type0/CIDFontType2 with the
whole TrueType file embedded, Identity-H glyph ids, ToUnicode); phone photos, hand-held photos with a
thumb, 高拍仪 frames, sleeves with glare and photographed screens rendered by CImg's software 3D
renderer (a textured, bent/curled/folded page mesh, perspective, Gouraud light); flatbed scans,
photocopies, copies of copies, 204×98/204×196 faxes, scanner-app output and chat forwards as Haskell
JuicyPixels pipelines; marks: 仅供…使用 watermarks, 复印件与原件一致 notes with signatures, seals over
text, company stamps, handwriting; JPEG/PNG/TIFF/PDF.

Generates `BENCH_OCR_AA_N` (default 150) files with seed `BENCH_OCR_AA_SEED` (default 5151) into
~/.cache/zongchuang/bench_ocr_aa/<params-hash>/ (reused while the generator and parameters are
unchanged), runs the product's own CLI (`zongchuang ocr … --json`) over them in a subprocess,
scores with benchmarks/ocr_scoring.py and prints per kind, per field, per capture, per licence
form, per mark, face and format, and latency p50 per kind with the load average.

    python -m benchmarks ocr_aa                      # part of `make bench`
    BENCH_OCR_AA_N=30 python -m benchmarks ocr_aa    # a quick look
"""

from __future__ import annotations

from benchmarks import docgen_aa
from benchmarks.docgen_aa.generate import summary
from benchmarks.family_bench import run


def main() -> dict:
    return run("AA", docgen_aa, summary, 5151, "the held-out family AA, written blind in session 35, pages drawn by an OCaml program on camlimages/FreeType (its own PDFs for e-licences), photos rendered by CImg's software 3D renderer, scans/copies/faxes in Haskell JuicyPixels", ("marks", "faces", "formats"))


if __name__ == "__main__":
    main()
