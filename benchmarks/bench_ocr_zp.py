"""OCR pre-fill on the held-out family ZP, written blind in session 30 (benchmarks/docgen_zp/): each
document laid out in our own code on libharu PDF pages (ctypes binding; spread labels, our own CJK line
breaker measured with HPDF_Page_TextWidth, seal characters rotated on arcs, guilloche/emblem/QR blocks as
paths; faces pinned by file and checked against their cmaps), rasterised by pdfium (pypdfium2) at each
capture's dpi (some kept as libharu's PDFs: e-licences); phone photos and 高拍仪 frames ray-cast by Taichi
kernels on the CPU (the page as a curled/folded height field on a textured desk, a perspective camera with
lens distortion, depth of field and shake integrated over aperture and exposure, window/lamp light with
soft shadows of a thumb and the phone, sleeve glare, an LCD screen's moiré, vignetting, sensor noise, a
tone curve); flatbed and feeder scans, photocopies and copies of copies, 1-bit faxes at 204×98/204×196 dpi,
scanner-app output and chat forwards/screenshots through Halide pipelines; marks: 仅供…使用 watermarks,
复印件与原件一致 notes with signatures, company seals over text; JPEG/PNG/WEBP/TIFF/PDF.

Generates `BENCH_OCR_ZP_N` (default 150) files with seed `BENCH_OCR_ZP_SEED` (default 2929) into
~/.cache/zongchuang/bench_ocr_zp/<params-hash>/ (reused while the generator and parameters are
unchanged), runs the product's own CLI (`zongchuang ocr … --json`) over them in a subprocess,
scores with benchmarks/ocr_scoring.py and prints per kind, per field, per capture, per licence
form, per mark, face and format, and latency p50 per kind with the load average.

    python -m benchmarks ocr_zp                      # part of `make bench`
    BENCH_OCR_ZP_N=30 python -m benchmarks ocr_zp    # a quick look
"""

from __future__ import annotations

from benchmarks import docgen_zp
from benchmarks.docgen_zp.generate import summary
from benchmarks.family_bench import run


def main() -> dict:
    return run("ZP", docgen_zp, summary, 2929, "the held-out family ZP, written blind in session 30, libharu PDFs laid out in our own code and rasterised by pdfium, photos ray-cast by Taichi kernels, scans/copies/faxes in Halide pipelines", ("marks", "faces", "formats"))


if __name__ == "__main__":
    main()
