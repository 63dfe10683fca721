"""OCR pre-fill on the held-out family ZA, written blind in session 22 (benchmarks/docgen_za/): pages laid
out by Scribus 1.5.8 (the desktop-publishing engine) through its Python scripter without its GUI — text
frames at absolute positions with labels forced-justified across the label column, wrapped 住所 and
经营范围, guilloche borders as polylines, seal rings one rotated frame per character, QR image frames —
and exported by Scribus's own renderer (ImageExport); faces checked inside Scribus (no silent
substitution) and against their cmaps (Noto Serif/Sans CJK SC, AR PL UMing/SungtiL/KaitiM/UKai,
BabelStone Han, WenQuanYi Micro/Zen Hei, Droid Sans Fallback, LXGW WenKai; Nimbus Mono PS, Liberation
Mono, DejaVu Sans Mono digits); captured with Pillow only: phone photos on a desk, 高拍仪 frames, flatbed
and feeder scans, photocopies and copies of copies, 1-bit fax TIFFs, scanner-app output, chat-app
screenshots, e-licences on a phone screen photographed, printed e-licences, low light with motion blur;
marks: 仅供…使用 watermarks, 复印件与原件一致 notes with signatures, company stamps, folds, glare, sticky
notes, thumbs, cut-off edges; JPEG/PNG/WEBP/TIFF/PDF.

Generates `BENCH_OCR_ZA_N` (default 150) files with seed `BENCH_OCR_ZA_SEED` (default 3535) into
~/.cache/zongchuang/bench_ocr_za/<params-hash>/ (reused while the generator and parameters are
unchanged), runs the product's own CLI (`zongchuang ocr … --json`) over them in a subprocess,
scores with benchmarks/ocr_scoring.py and prints per kind, per field, per capture, per licence
form, per mark, face and format, and latency p50 per kind with the load average.

    python -m benchmarks ocr_za                      # part of `make bench`
    BENCH_OCR_ZA_N=30 python -m benchmarks ocr_za    # a quick look
"""

from __future__ import annotations

from benchmarks import docgen_za
from benchmarks.docgen_za.generate import summary
from benchmarks.family_bench import run


def main() -> dict:
    return run("ZA", docgen_za, summary, 3535, "the held-out family ZA, written blind in session 22, laid out by Scribus's scripter and exported by its own renderer, captured with Pillow", ("marks", "faces", "formats"))


if __name__ == "__main__":
    main()
