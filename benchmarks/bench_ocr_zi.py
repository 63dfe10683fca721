"""OCR pre-fill on the held-out family ZI, written blind in session 26 (benchmarks/docgen_zi/): each
document drawn with Skia through skia-python (system CJK faces, every string's glyphs checked, spread
labels, own CJK line breaking, seals with characters along the arc, guilloche, emblem, QR-like blocks,
ID-card waves and photo; e-licences through Skia's PDF backend), phone photos path-traced by Mitsuba 3
(scalar_rgb: the page a textured mesh curled or folded on a textured desk, window/ceiling/lamp/low
light, thin-lens defocus, 1-spp noise, clear sleeves as thin dielectric sheets with real glare, thumbs,
高拍仪), and scanner-side captures in SimpleITK (flatbed and feeder scans, photocopies and copies of
copies, 1-bit faxes, scanner-app output, chat screenshots); marks: 仅供…使用 watermarks, 复印件与原件一致
notes, seals over text; JPEG/PNG/WEBP/TIFF/PDF.

Generates `BENCH_OCR_ZI_N` (default 150) files with seed `BENCH_OCR_ZI_SEED` (default 4343) into
~/.cache/zongchuang/bench_ocr_zi/<params-hash>/ (reused while the generator and parameters are
unchanged), runs the product's own CLI (`zongchuang ocr … --json`) over them in a subprocess,
scores with benchmarks/ocr_scoring.py and prints per kind, per field, per capture, per licence
form, per mark, face and format, and latency p50 per kind with the load average.

    python -m benchmarks ocr_zi                      # part of `make bench`
    BENCH_OCR_ZI_N=30 python -m benchmarks ocr_zi    # a quick look
"""

from __future__ import annotations

from benchmarks import docgen_zi
from benchmarks.docgen_zi.generate import summary
from benchmarks.family_bench import run


def main() -> dict:
    return run("ZI", docgen_zi, summary, 4343, "the held-out family ZI, written blind in session 26, drawn with Skia, photos path-traced by Mitsuba 3, scans in SimpleITK", ("marks", "faces", "formats"))


if __name__ == "__main__":
    main()
