"""OCR pre-fill on the held-out family ZT, written blind in session 32 (benchmarks/docgen_zt/): each document
laid out by our own Ruby program on Prawn (TTF faces embedded by file, draw_text with character_spacing for
spread labels, our own CJK wrapping on the faces' advances, seals with characters rotated on an arc,
guilloche/emblem/QR as paths; one `ruby` process per set, documents streamed to it) and rasterised by
MuPDF's `mutool draw` at each capture's dpi (e-licences stay Prawn's vector PDFs); photos, 高拍仪 frames and
photos of a screen rendered with WebGPU through wgpu-py on Mesa's lavapipe (bent/curled/folded page meshes
on desks, perspective phones at 3–35°, window and lamp with a shadow map for the phone and thumbs, sleeve
glare as a specular term, supersampling, then a numpy camera pipeline); flatbed scans, photocopies and
copies of copies, 204×98/204×196 faxes, scanner-app output and chat forwards as albumentations pipelines;
marks: seals, 仅供…使用 watermarks, 复印件与原件一致 notes with signatures, stamps; JPEG/PNG/WEBP/TIFF/PDF.

Generates `BENCH_OCR_ZT_N` (default 150) files with seed `BENCH_OCR_ZT_SEED` (default 7373) into
~/.cache/zongchuang/bench_ocr_zt/<params-hash>/ (reused while the generator and parameters are
unchanged), runs the product's own CLI (`zongchuang ocr … --json`) over them in a subprocess,
scores with benchmarks/ocr_scoring.py and prints per kind, per field, per capture, per licence
form, per mark, face and format, and latency p50 per kind with the load average.

    python -m benchmarks ocr_zt                      # part of `make bench`
    BENCH_OCR_ZT_N=30 python -m benchmarks ocr_zt    # a quick look
"""

from __future__ import annotations

from benchmarks import docgen_zt
from benchmarks.docgen_zt.generate import summary
from benchmarks.family_bench import run


def main() -> dict:
    return run("ZT", docgen_zt, summary, 7373, "the held-out family ZT, written blind in session 32, pages laid out on Ruby's Prawn and rasterised by mutool, photos rendered with WebGPU (wgpu-py on lavapipe), scans/copies/faxes in albumentations", ("marks", "faces", "formats"))


if __name__ == "__main__":
    main()
