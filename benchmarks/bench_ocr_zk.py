"""OCR pre-fill on the held-out family ZK, written blind in session 27 (benchmarks/docgen_zk/): each
document a matplotlib Figure on an Agg canvas (Text artists with FontProperties(fname=…) on system CJK
faces, a CJK line breaker measured by the renderer, spread labels, seals as TextPaths rotated on the
arc, guilloches, emblem, QR-like blocks, card waves, photo; e-licences through the PDF backend),
photographed through real Lensfun lens profiles (lensfunpy: distortion, TCA, vignetting) onto a Bayer
sensor with shot/read noise and demosaiced by colour-demosaicing (Malvar 2004, Menon 2007, bilinear):
phones at angles on desks, sleeves with glare, thumbs, curls and folds, low light, 高拍仪 frames, screens
photographed (moiré), chat forwards and screenshots; scanner side in numpy with colour-science: flatbed
and feeder scans, photocopies and copies of copies, 1-bit faxes by error diffusion, scanner-app output;
marks: 仅供…使用 watermarks, 复印件与原件一致 notes with signatures, seals over text; JPEG/PNG/WEBP/TIFF/PDF.

Generates `BENCH_OCR_ZK_N` (default 150) files with seed `BENCH_OCR_ZK_SEED` (default 6565) into
~/.cache/zongchuang/bench_ocr_zk/<params-hash>/ (reused while the generator and parameters are
unchanged), runs the product's own CLI (`zongchuang ocr … --json`) over them in a subprocess,
scores with benchmarks/ocr_scoring.py and prints per kind, per field, per capture, per licence
form, per mark, face and format, and latency p50 per kind with the load average.

    python -m benchmarks ocr_zk                      # part of `make bench`
    BENCH_OCR_ZK_N=30 python -m benchmarks ocr_zk    # a quick look
"""

from __future__ import annotations

from benchmarks import docgen_zk
from benchmarks.docgen_zk.generate import summary
from benchmarks.family_bench import run


def main() -> dict:
    return run("ZK", docgen_zk, summary, 6565, "the held-out family ZK, written blind in session 27, matplotlib Agg pages, photos through Lensfun lens profiles and colour-demosaicing Bayer sensors, scans in numpy/colour-science", ("marks", "faces", "formats"))


if __name__ == "__main__":
    main()
