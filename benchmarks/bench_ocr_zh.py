"""OCR pre-fill on the held-out family ZH, written blind in session 26 (benchmarks/docgen_zh/): each
document written as XSL-FO from its values (A3 landscape 正本, A4 portrait 副本, 85.6×54 mm card page
masters, absolutely positioned block-containers, letter-spaced labels, CJK faces registered in a FOP
config, seals, emblem, guilloche and QR blocks as SVG drawn by Batik) and rendered by Apache FOP 2.8 in
one JVM per set, rasterised by pdftoppm (some kept as FOP's PDFs: e-licences), captured by OpenImageIO's
oiiotool: phones at angles on desks (--warp homographies), low light, shadows, thumbs, sleeves with
glare, folds and curls (--st_warp), 高拍仪, flatbed and feeder scans, photocopies and copies of copies,
1-bit faxes, scanner-app output, chat screenshots, screens photographed (moiré); marks: 仅供…使用
watermarks, 复印件与原件一致 notes with signatures, seals over text; JPEG/PNG/WEBP/TIFF/PDF.

Generates `BENCH_OCR_ZH_N` (default 150) files with seed `BENCH_OCR_ZH_SEED` (default 3232) into
~/.cache/zongchuang/bench_ocr_zh/<params-hash>/ (reused while the generator and parameters are
unchanged), runs the product's own CLI (`zongchuang ocr … --json`) over them in a subprocess,
scores with benchmarks/ocr_scoring.py and prints per kind, per field, per capture, per licence
form, per mark, face and format, and latency p50 per kind with the load average.

    python -m benchmarks ocr_zh                      # part of `make bench`
    BENCH_OCR_ZH_N=30 python -m benchmarks ocr_zh    # a quick look
"""

from __future__ import annotations

from benchmarks import docgen_zh
from benchmarks.docgen_zh.generate import summary
from benchmarks.family_bench import run


def main() -> dict:
    return run("ZH", docgen_zh, summary, 3232, "the held-out family ZH, written blind in session 26, XSL-FO rendered by Apache FOP, captures by OpenImageIO's oiiotool", ("marks", "faces", "formats"))


if __name__ == "__main__":
    main()
