"""OCR pre-fill on the held-out family ZZ, written blind in session 35 (benchmarks/docgen_zz/): each document
laid out in our own code (spread labels, a CJK line breaker on hmtx advances, seals with characters on an arc,
emblem/guilloche/QR as outlines) and drawn by a Rust program built offline from Debian's crates (ttf-parser
glyph outlines, ab_glyph_rasterizer coverage, png); e-licences written by iText 5 with embedded TrueType faces;
phone photos, hand-held photos, 高拍仪 frames, sleeves and photographed screens rendered by Irrlicht 1.8's
Burning's Video (page meshes bent/curled/folded, thumbs, bezels); flatbed scans, photocopies, copies of copies,
204×98/204×196 faxes, scanner-app output and chat forwards as ImageJ macros; marks: 仅供…使用 watermarks,
复印件与原件一致 notes with signatures, company seals over text, handwriting, thumbs; JPEG/PNG/TIFF/PDF.

Generates `BENCH_OCR_ZZ_N` (default 150) files with seed `BENCH_OCR_ZZ_SEED` (default 4949) into
~/.cache/zongchuang/bench_ocr_zz/<params-hash>/ (reused while the generator and parameters are
unchanged), runs the product's own CLI (`zongchuang ocr … --json`) over them in a subprocess,
scores with benchmarks/ocr_scoring.py and prints per kind, per field, per capture, per licence
form, per mark, face and format, and latency p50 per kind with the load average.

    python -m benchmarks ocr_zz                      # part of `make bench`
    BENCH_OCR_ZZ_N=30 python -m benchmarks ocr_zz    # a quick look
"""

from __future__ import annotations

from benchmarks import docgen_zz
from benchmarks.docgen_zz.generate import summary
from benchmarks.family_bench import run


def main() -> dict:
    return run("ZZ", docgen_zz, summary, 4949, "the held-out family ZZ, written blind in session 35, pages drawn by a Rust program on ttf-parser and ab_glyph_rasterizer, e-licences by iText 5, photos by Irrlicht's Burning's Video, scans/copies/faxes as ImageJ macros", ("marks", "faces", "formats"))


if __name__ == "__main__":
    main()
