"""OCR pre-fill on the held-out family AG, written blind in session 38 (benchmarks/docgen_ag/): pages laid out in its own code and drawn by its own rasteriser (fontTools outlines filled by numba kernels), e-licences as hand-written vector PDFs assembled with pikepdf, captures as numba kernels of its own."""
from __future__ import annotations

from benchmarks import docgen_ag
from benchmarks.docgen_ag.generate import summary
from benchmarks.family_bench import run


def main() -> dict:
    return run("AG", docgen_ag, summary, 6868,
               "the held-out family AG, written blind in session 38, its own layout and numba rasteriser on fontTools outlines, "
               "pikepdf vector e-licences, numba capture kernels", ("marks", "faces", "formats"))


if __name__ == "__main__":
    main()
