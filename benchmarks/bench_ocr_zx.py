"""OCR pre-fill on the held-out family ZX, written blind in session 34 (benchmarks/docgen_zx/): each document
laid out in our own Python code (spread labels, a CJK line breaker on the faces' own advance widths, seals with
characters rotated on an arc, emblem/QR/guilloche as paths) and drawn in one Node.js process by pureimage, a
pure-JS canvas rasteriser, from glyph outlines parsed by opentype.js (faces cut from the system's collections;
every character checked against the drawn face's cmap); e-licences as vector PDFs by pdf-lib with
@pdf-lib/fontkit (subset-embedded CJK faces); photos, hand-held shots with thumbs, 高拍仪 frames, sleeves and
photographed screens rendered by PyBullet's TinyRenderer (textured page meshes flat/bent/curled/folded, light
direction and shadow map, segmentation mask for what the camera really sees); flatbed scans, photocopies,
copies of copies, 204×98/204×196 faxes, scanner-app output and chat forwards as jimp pipelines with our own JS
kernels; marks: 仅供…使用 watermarks, 复印件与原件一致 notes with signatures, stamps and seals over text,
handwriting, glare, moiré; JPEG/PNG/PDF.

Generates `BENCH_OCR_ZX_N` (default 150) files with seed `BENCH_OCR_ZX_SEED` (default 2727) into
~/.cache/zongchuang/bench_ocr_zx/<params-hash>/ (reused while the generator and parameters are
unchanged), runs the product's own CLI (`zongchuang ocr … --json`) over them in a subprocess,
scores with benchmarks/ocr_scoring.py and prints per kind, per field, per capture, per licence
form, per mark, face and format, and latency p50 per kind with the load average.

    python -m benchmarks ocr_zx                      # part of `make bench`
    BENCH_OCR_ZX_N=30 python -m benchmarks ocr_zx    # a quick look
"""

from __future__ import annotations

from benchmarks import docgen_zx
from benchmarks.docgen_zx.generate import summary
from benchmarks.family_bench import run


def main() -> dict:
    return run("ZX", docgen_zx, summary, 2727, "the held-out family ZX, written blind in session 34, pages drawn by pureimage from opentype.js outlines on Node.js (pdf-lib vector e-licences), photos rendered by PyBullet's TinyRenderer, scans/copies/faxes/chat forwards as jimp pipelines", ("marks", "faces", "formats"))


if __name__ == "__main__":
    main()
