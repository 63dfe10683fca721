"""OCR pre-fill on the held-out family ZQ, written blind in session 30 (benchmarks/docgen_zq/): pages
laid out in the family's own code and drawn by cairo through cairocffi (label columns with spread
labels, its own CJK line breaker measured with text_extents, seals with characters on an arc,
guilloche, emblem, QR-like blocks, card waves and the ID photo as cairo paths; e-licences as cairo
vector PDFs), phone photos and 高拍仪 frames path-traced by LuxCoreRender (pyluxcore: bent/curled/
folded page meshes on textured desks, window/desk-lamp/dim-room light, thumbs, glossy sleeves with
glare, tilted cameras with depth of field), scans, feeder scans, photocopies and copies of copies,
faxes at 204×98 and 204×196 dpi, scanner-app output, chat screenshots and forwards and the phones'
finishing as OpenCL kernels on PoCL (PyOpenCL); marks: 仅供…使用 watermarks, 复印件与原件一致 notes with
a signature, company seals over the text, thumbs; JPEG/PNG/WEBP/TIFF/PDF.

Generates `BENCH_OCR_ZQ_N` (default 150) files with seed `BENCH_OCR_ZQ_SEED` (default 4343) into
~/.cache/zongchuang/bench_ocr_zq/<params-hash>/ (reused while the generator and parameters are
unchanged), runs the product's own CLI (`zongchuang ocr … --json`) over them in a subprocess,
scores with benchmarks/ocr_scoring.py and prints per kind, per field, per capture, per licence
form, per mark, face and format, and latency p50 per kind with the load average.

    python -m benchmarks ocr_zq                      # part of `make bench`
    BENCH_OCR_ZQ_N=30 python -m benchmarks ocr_zq    # a quick look
"""

from __future__ import annotations

from benchmarks import docgen_zq
from benchmarks.docgen_zq.generate import summary
from benchmarks.family_bench import run


def main() -> dict:
    return run("ZQ", docgen_zq, summary, 4343, "the held-out family ZQ, written blind in session 30, drawn by cairo (cairocffi), photos path-traced by LuxCoreRender, scans/copies/faxes as OpenCL kernels on PoCL", ("marks", "faces", "formats"))


if __name__ == "__main__":
    main()
