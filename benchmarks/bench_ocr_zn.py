"""OCR pre-fill on the held-out family ZN, written blind in session 29 (benchmarks/docgen_zn/): each
document laid out with R's grid graphics (viewports and layouts in page millimetres, its own CJK line
breaker measured with grobWidth, distributed labels, seals with characters rotated on an arc, guilloche,
emblem, QR-like blocks, card waves and the ID photo as paths) and rasterised by ragg at each capture's dpi
(e-licences kept as cairo_pdf vector PDFs); photos rendered by Blender's Cycles on the CPU (the page a bent,
curled or folded textured plane on a desk, Blender lights, plastic sleeves with glare, a thumb mesh, depth
of field, motion blur, compositor lens distortion and vignetting, 高拍仪 frames, an e-licence on a screen);
flatbed and feeder scans, photocopies and copies of copies, scanner-app output, chat screenshots and chat
forwards as GStreamer pipelines, faxes as real Group 3 TIFFs from efax's efix; marks: 仅供…使用
watermarks, 复印件与原件一致 notes with a signature, company seals, thumbs, glare, folds;
JPEG/PNG/WEBP/TIFF/PDF.

Generates `BENCH_OCR_ZN_N` (default 150) files with seed `BENCH_OCR_ZN_SEED` (default 1313) into
~/.cache/zongchuang/bench_ocr_zn/<params-hash>/ (reused while the generator and parameters are
unchanged), runs the product's own CLI (`zongchuang ocr … --json`) over them in a subprocess,
scores with benchmarks/ocr_scoring.py and prints per kind, per field, per capture, per licence
form, per mark, face and format, and latency p50 per kind with the load average.

    python -m benchmarks ocr_zn                      # part of `make bench`
    BENCH_OCR_ZN_N=30 python -m benchmarks ocr_zn    # a quick look
"""

from __future__ import annotations

from benchmarks import docgen_zn
from benchmarks.docgen_zn.generate import summary
from benchmarks.family_bench import run


def main() -> dict:
    return run("ZN", docgen_zn, summary, 1313, "the held-out family ZN, written blind in session 29, R grid pages rasterised by ragg, photos by Blender Cycles, scans/copies/faxes by GStreamer and efix", ("marks", "faces", "formats"))


if __name__ == "__main__":
    main()
