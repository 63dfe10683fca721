"""OCR pre-fill on the held-out family ZS, written blind in session 31 (benchmarks/docgen_zs/): each
document laid out in our own code (spread labels, a CJK line breaker measured with PDFBox's
PDFont.getStringWidth, seals with characters rotated on an arc, guilloche/emblem/QR/card waves as paths)
and written and rasterised by Apache PDFBox 2.0 in one JVM (PDPageContentStream, PDType0Font from font
files, PDFRenderer.renderImageWithDPI; e-licences kept as PDFBox's vector PDFs); photos ray-cast with
Embree through embreex (bent/curled/folded page meshes on desks, perspective phones at 4–35°, window and
lamp lights with shadow rays, thumbs, the phone's shadow, sleeve glare, aperture and exposure samples,
lens distortion, vignetting, sensor noise, tone curve), 高拍仪 frames and screens photographed (moiré);
flatbed/feeder scans, photocopies and copies of copies, 204×98/204×196 faxes, scanner-app output and
chat forwards as SimpleITK pipelines; marks: 仅供…使用 watermarks, 复印件与原件一致 notes with
signatures, seals over text, thumbs; JPEG/PNG/WEBP/TIFF/PDF.

Generates `BENCH_OCR_ZS_N` (default 150) files with seed `BENCH_OCR_ZS_SEED` (default 6262) into
~/.cache/zongchuang/bench_ocr_zs/<params-hash>/ (reused while the generator and parameters are
unchanged), runs the product's own CLI (`zongchuang ocr … --json`) over them in a subprocess,
scores with benchmarks/ocr_scoring.py and prints per kind, per field, per capture, per licence
form, per mark, face and format, and latency p50 per kind with the load average.

    python -m benchmarks ocr_zs                      # part of `make bench`
    BENCH_OCR_ZS_N=30 python -m benchmarks ocr_zs    # a quick look
"""

from __future__ import annotations

from benchmarks import docgen_zs
from benchmarks.docgen_zs.generate import summary
from benchmarks.family_bench import run


def main() -> dict:
    return run("ZS", docgen_zs, summary, 6262, "the held-out family ZS, written blind in session 31, pages written and rasterised by Apache PDFBox, photos ray-cast by Embree (embreex), scans/copies/faxes in SimpleITK", ("marks", "faces", "formats"))


if __name__ == "__main__":
    main()
