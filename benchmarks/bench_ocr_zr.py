"""OCR pre-fill on the held-out family ZR, written blind in session 31 (benchmarks/docgen_zr/): each
document laid out in our own code (spread labels, our CJK line breaker on PDFKit's widthOfString, seals
with characters on an arc, guilloches, emblem, QR blocks, card waves, a drawn ID bust) and written as a
PDF by PDFKit on Node.js, rasterised by pdf.js on @napi-rs/canvas (e-licences kept as PDFKit's vector
PDFs); phone photos and 高拍仪 frames ray-cast by NVIDIA Warp kernels on the CPU (the page a bent,
curled or folded mesh on a desk, lights with shadow rays, thumbs, the phone's shadow, sleeve glare,
defocus and shake integrated over samples, lens distortion, vignetting, sensor noise, tone curve);
flatbed and feeder scans, photocopies and copies of copies, faxes at 204×98/204×196 dpi, scanner-app
output, chat screenshots and forwards, screens photographed with moiré as G'MIC pipelines; marks:
仅供…使用 watermarks, 复印件与原件一致 notes with signatures, seals over text; JPEG/PNG/WEBP/TIFF/PDF.

Generates `BENCH_OCR_ZR_N` (default 150) files with seed `BENCH_OCR_ZR_SEED` (default 5151) into
~/.cache/zongchuang/bench_ocr_zr/<params-hash>/ (reused while the generator and parameters are
unchanged), runs the product's own CLI (`zongchuang ocr … --json`) over them in a subprocess,
scores with benchmarks/ocr_scoring.py and prints per kind, per field, per capture, per licence
form, per mark, face and format, and latency p50 per kind with the load average.

    python -m benchmarks ocr_zr                      # part of `make bench`
    BENCH_OCR_ZR_N=30 python -m benchmarks ocr_zr    # a quick look
"""

from __future__ import annotations

from benchmarks import docgen_zr
from benchmarks.docgen_zr.generate import summary
from benchmarks.family_bench import run


def main() -> dict:
    return run("ZR", docgen_zr, summary, 5151, "the held-out family ZR, written blind in session 31, PDFKit pages rasterised by pdf.js, photos ray-cast by NVIDIA Warp, scans/copies/faxes by G'MIC", ("marks", "faces", "formats"))


if __name__ == "__main__":
    main()
