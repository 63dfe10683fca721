"""OCR pre-fill on family T, written blind in session 19 (benchmarks/docgen_t/): pages drawn
by Tcl/Tk 8.6's Canvas (through tkinter) in a private Xvfb — text laid out by Tk (canvas text items,
`width=` wrapping, rotated seal rims) and rendered by Tk's Xft/fontconfig path, faces addressed by family
name and checked (font.actual() and the face's cmap) — grabbed back from the X screen, ink added on a
second Tk pass (seals, 仅供…使用 watermarks, certified-copy notes, signatures, highlighter) and captured
with OpenCV as a 综合受理 window receives them: phone photos on the counter (and in low light), 高拍仪
frames, flatbed and ADF scans, photocopies and copies of copies, fax-like 1-bit scans, scanner-app
output, chat-app screenshots, e-licences photographed off a screen; folds, glare, plastic sleeves, cut-off
frames; JPEG/PNG/WEBP/TIFF/PDF.

Generates `BENCH_OCR_T_N` (default 150) files with seed `BENCH_OCR_T_SEED` (default 2323) into
~/.cache/zongchuang/bench_ocr_t/<params-hash>/ (reused while the generator and parameters are
unchanged), runs the product's own CLI (`zongchuang ocr … --json`) over them in a subprocess,
scores with benchmarks/ocr_scoring.py and prints per kind, per field, per capture, per licence
form, per mark, face and format, and latency p50 per kind with the load average.

    python -m benchmarks ocr_t                      # part of `make bench`
    BENCH_OCR_T_N=30 python -m benchmarks ocr_t     # a quick look
"""

from __future__ import annotations

from benchmarks import docgen_t
from benchmarks.docgen_t.generate import summary
from benchmarks.family_bench import run


def main() -> dict:
    return run("T", docgen_t, summary, 2323, "written blind in session 19, drawn by Tk's Canvas in Xvfb, captured with OpenCV; held out once (first sight at b83334b: 81.1 % / 0.63 %), developed on from then", ("marks", "faces", "formats"))


if __name__ == "__main__":
    main()
