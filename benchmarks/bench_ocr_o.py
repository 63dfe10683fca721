"""OCR pre-fill on family O, written blind in session 16, measured held out once (94.8 % / 0.53 % at
f45eea6) and developed on from then (benchmarks/docgen_o/): pages
written as ImageMagick MVG drawing scripts (every run placed by its own x/y from fontTools advances,
spread labels one character at a time, seals with characters rotated along the ring) and rendered by
`convert mvg:-` with faces pinned by file (AR PL UMing CN, BabelStone Han, Droid Sans Fallback,
AR PL SungtiL GB, AR PL KaitiM GB, WenQuanYi Zen Hei, Smiley Sans, LXGW WenKai, DejaVu for numbers),
captured by ImageMagick command chains: a flatbed scan, a scanning app's black-and-white document mode
with its watermark line and a too tight or too loose crop, a 高拍仪 (barrel distortion, LED hot-spot,
the arm's shadow), phone photos on wood or patterned desks (perspective, tungsten, motion blur, a
finger on the card), low light, grey photocopies with 复印件与原件一致 stamps and signatures, ID cards
copied onto A4 under a diagonal 仅供办理…业务使用 watermark, a licence in a glass frame (a glare that
washes out one value: unreadable) or a plastic sleeve, 骑缝章 half-seals; JPEG/PNG/WEBP/grey TIFF
and 2-page image PDFs whose licence is on page 2, some rotated 90/180/270 with no EXIF tag.

Generates `BENCH_OCR_O_N` (default 150) files with seed `BENCH_OCR_O_SEED` (default 6161) into
~/.cache/zongchuang/bench_ocr_o/<params-hash>/ (reused while the generator and parameters are
unchanged), runs the product's own CLI (`zongchuang ocr … --json`) over them in a subprocess,
scores with benchmarks/ocr_scoring.py and prints per kind, per field, per capture, per licence
form, per mark, face and format, and latency p50 per kind with the load average.

    python -m benchmarks ocr_o                      # part of `make bench`
    BENCH_OCR_O_N=30 python -m benchmarks ocr_o     # a quick look
"""

from __future__ import annotations

from benchmarks import docgen_o
from benchmarks.docgen_o.generate import summary
from benchmarks.family_bench import run


def main() -> dict:
    return run("O", docgen_o, summary, 6161, "written blind in session 16, drawn by ImageMagick; held out once in session 16, developed on from then", ("marks", "faces", "formats"))


if __name__ == "__main__":
    main()
