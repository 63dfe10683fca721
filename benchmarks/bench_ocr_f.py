"""OCR pre-fill on family F, a held-out document family written blind (benchmarks/docgen_f/).

Generates `BENCH_OCR_F_N` (default 150) files with seed `BENCH_OCR_F_SEED` (default 6161) into
~/.cache/zongchuang/bench_ocr_f/<params-hash>/ (reused while the generator and parameters are
unchanged), runs the product's own CLI (`zongchuang ocr … --json`) over them in a subprocess,
scores with benchmarks/ocr_scoring.py and prints per kind and per field next to the targets
(≥ 98 % exact, ≤ 0.5 % wrong over ID cards + licences; p50 ≤ 600 ms per ID side, ≤ 1.5 s per
licence), then exact/wrong/blank per capture (document camera, photo of a photocopy, PDF-viewer
screenshot, phone with motion blur, scan-app B/W, flatbed scan in a PDF, laminated glare, small on
a desk), per business-licence form (正本/副本 × company, branch, 个体, 合作社, 合伙), per mark
(hotspot, fingers, rotation, glare streak …) and per print effect (dot-matrix, misaligned form,
faded toner, mixed faces, stretched type), and latency p50 per kind with the load average.
Results go to results.json there (or `BENCH_OCR_F_OUT`).

    python -m benchmarks ocr_f                      # part of `make bench`
    BENCH_OCR_F_N=40 python -m benchmarks ocr_f     # a quick look
"""

from __future__ import annotations

from benchmarks import docgen_f
from benchmarks.docgen_f.generate import summary
from benchmarks.family_bench import run


def main() -> dict:
    return run("F", docgen_f, summary, 6161, "written blind", ("marks", "print"))


if __name__ == "__main__":
    main()
