"""OCR pre-fill on the held-out family ZJ, written blind in session 27 (benchmarks/docgen_zj/): each
document drawn by Qt's own raster engine through PySide6 (QPainter on a QImage at the dpi each capture
needs, fonts registered by file with QFontDatabase and checked glyph by glyph with font merging off,
QTextLayout for wrapped and justified 住所/经营范围, QPainterPath seals, guilloches, emblem, QR blocks,
the ID card's waves and photo) and some kept as Qt's own PDFs (QPdfWriter: downloaded e-licences);
phone photos rendered by VTK offscreen on EGL (the page a textured mesh bent, curled or folded, on
textured desks, vtkLights for window/lamp/dim room, perspective cameras at 4–35°, thumb meshes, sleeve
glare sheets, cast shadows, jittered-camera defocus and shake; 高拍仪 frames; monitors photographed);
scans, photocopies, copies of copies, 1-bit faxes, scanner-app output and chat-app screenshots/forwards
worked with mahotas and PyWavelets; marks: 仅供…使用 watermarks, 复印件与原件一致 notes, seals over
text; JPEG/PNG/WEBP/TIFF/PDF.

Generates `BENCH_OCR_ZJ_N` (default 150) files with seed `BENCH_OCR_ZJ_SEED` (default 5454) into
~/.cache/zongchuang/bench_ocr_zj/<params-hash>/ (reused while the generator and parameters are
unchanged), runs the product's own CLI (`zongchuang ocr … --json`) over them in a subprocess,
scores with benchmarks/ocr_scoring.py and prints per kind, per field, per capture, per licence
form, per mark, face and format, and latency p50 per kind with the load average.

    python -m benchmarks ocr_zj                      # part of `make bench`
    BENCH_OCR_ZJ_N=30 python -m benchmarks ocr_zj    # a quick look
"""

from __future__ import annotations

from benchmarks import docgen_zj
from benchmarks.docgen_zj.generate import summary
from benchmarks.family_bench import run


def main() -> dict:
    return run("ZJ", docgen_zj, summary, 5454, "the held-out family ZJ, written blind in session 27, drawn by Qt's raster/PDF engines (PySide6), photos rendered by VTK offscreen, scans in mahotas and PyWavelets", ("marks", "faces", "formats"))


if __name__ == "__main__":
    main()
