"""OCR pre-fill on the held-out family ZW, written blind in session 33 (benchmarks/docgen_zw/): pages laid
out by a PHP program on TCPDF (TCPDF's CJK line breaking and TrueType embedding, faces pinned by file and
cmap-checked; e-licences kept as TCPDF vector PDFs, the rest rasterised by poppler's pdftocairo); phone
photos, hand-held photos, 高拍仪 frames, sleeves and photographed screens rendered by Godot 3 (GLES3 on Mesa
llvmpipe under a private Xvfb: the page as a bent/curled/folded textured plane, perspective camera, a
directional light with shadows and a lamp, thumbs, the phone's shadow, sleeve glare, LCD sub-pixels); flatbed
scans, photocopies, copies of copies, faxes, scanner-app output and chat forwards as PHP GD pipelines; marks:
仅供…使用 watermarks, 复印件与原件一致 notes, 复印件 stamps, seals over text; JPEG/PNG/WEBP/PDF.

Generates `BENCH_OCR_ZW_N` (default 150) files with seed `BENCH_OCR_ZW_SEED` (default 1616) into
~/.cache/zongchuang/bench_ocr_zw/<params-hash>/ (reused while the generator and parameters are
unchanged), runs the product's own CLI (`zongchuang ocr … --json`) over them in a subprocess,
scores with benchmarks/ocr_scoring.py and prints per kind, per field, per capture, per licence
form, per mark, face and format, and latency p50 per kind with the load average.

    python -m benchmarks ocr_zw                      # part of `make bench`
    BENCH_OCR_ZW_N=30 python -m benchmarks ocr_zw    # a quick look
"""

from __future__ import annotations

from benchmarks import docgen_zw
from benchmarks.docgen_zw.generate import summary
from benchmarks.family_bench import run


def main() -> dict:
    return run("ZW", docgen_zw, summary, 1616, "the held-out family ZW, written blind in session 33, pages laid out by PHP on TCPDF and rasterised by pdftocairo, photos rendered by Godot 3 on llvmpipe, scans/copies/faxes as PHP GD pipelines", ("marks", "faces", "formats"))


if __name__ == "__main__":
    main()
