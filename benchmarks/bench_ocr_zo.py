"""OCR pre-fill on the held-out family ZO, written blind in session 29 (benchmarks/docgen_zo/): each
document typeset by upLaTeX (e-upTeX, the Unicode pTeX engine) with TikZ vector art and dvipdfmx
(CJK faces mapped to system font files, every string's glyphs checked with fontTools first),
rasterised by Ghostscript (some kept as dvipdfmx's PDFs: downloaded e-licences); phone photos and
高拍仪 frames rendered offscreen by Open3D (Filament PBR on Mesa through EGL: bent/curled/folded
page meshes on desks, sun/lamp/dim light, shadows, thumbs, sleeve glare, shake) and developed from
DNGs by RawTherapee's CLI under several ISP profiles; flatbed and feeder scans, photocopies and
copies of copies through Ghostscript screens, scanner-app output cleaned by unpaper, faxes through
netpbm's G3 codec; marks: 仅供…使用 watermarks, 复印件与原件一致 notes, seals over text;
JPEG/PNG/WEBP/TIFF/PDF.

Generates `BENCH_OCR_ZO_N` (default 150) files with seed `BENCH_OCR_ZO_SEED` (default 8181) into
~/.cache/zongchuang/bench_ocr_zo/<params-hash>/ (reused while the generator and parameters are
unchanged), runs the product's own CLI (`zongchuang ocr … --json`) over them in a subprocess,
scores with benchmarks/ocr_scoring.py and prints per kind, per field, per capture, per licence
form, per mark, face and format, and latency p50 per kind with the load average.

    python -m benchmarks ocr_zo                      # part of `make bench`
    BENCH_OCR_ZO_N=30 python -m benchmarks ocr_zo    # a quick look
"""

from __future__ import annotations

from benchmarks import docgen_zo
from benchmarks.docgen_zo.generate import summary
from benchmarks.family_bench import run


def main() -> dict:
    return run("ZO", docgen_zo, summary, 8181, "the held-out family ZO, written blind in session 29, typeset by upLaTeX + dvipdfmx, photos by Open3D developed by RawTherapee, scans by Ghostscript/unpaper/netpbm", ("marks", "faces", "formats"))


if __name__ == "__main__":
    main()
