"""OCR pre-fill on the held-out family ZU, written blind in session 32 (benchmarks/docgen_zu/): each
document laid out by our own Perl program on PDF::API2 (one perl process per generate call, documents
streamed to it as JSON commands; its own CJK line breaker measured with the faces' advance widths,
spread labels, seals with characters rotated on an arc, guilloche/emblem/QR as paths, the ID photo as
an image; ttfont faces embedded by file, every character checked in the face's cmap) and rasterised by
Ghostscript (e-licences kept as PDF::API2's vector PDFs); photos, 高拍仪 frames and photographed screens
ray-cast by jax.jit kernels (pages as height fields: flat, bent, curled, folded; perspective phones at
0–35°; window and lamp light with shadows from the phone and a thumb; sleeve glare; defocus and shake
as samples) and developed by a JAX camera pipeline; flatbed scans, photocopies and copies of copies,
faxes (204×98/204×196, thresholds or ordered dithering), scanner-app output and chat forwards as JAX
pipelines; marks: 仅供…使用 watermarks, 复印件与原件一致 notes with signatures, stamps, handwriting,
seals over text; JPEG/PNG/WEBP/TIFF/PDF.

Generates `BENCH_OCR_ZU_N` (default 150) files with seed `BENCH_OCR_ZU_SEED` (default 8484) into
~/.cache/zongchuang/bench_ocr_zu/<params-hash>/ (reused while the generator and parameters are
unchanged), runs the product's own CLI (`zongchuang ocr … --json`) over them in a subprocess,
scores with benchmarks/ocr_scoring.py and prints per kind, per field, per capture, per licence
form, per mark, face and format, and latency p50 per kind with the load average.

    python -m benchmarks ocr_zu                      # part of `make bench`
    BENCH_OCR_ZU_N=30 python -m benchmarks ocr_zu    # a quick look
"""

from __future__ import annotations

from benchmarks import docgen_zu
from benchmarks.docgen_zu.generate import summary
from benchmarks.family_bench import run


def main() -> dict:
    return run("ZU", docgen_zu, summary, 8484, "the held-out family ZU, written blind in session 32, pages laid out by a Perl program on PDF::API2 and rasterised by Ghostscript, photos ray-cast by JAX kernels, scans/copies/faxes as JAX pipelines", ("marks", "faces", "formats"))


if __name__ == "__main__":
    main()
