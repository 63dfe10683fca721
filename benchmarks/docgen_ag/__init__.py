"""Held-out OCR document family AG, written blind in session 38 (README.md): pages laid out in its own code and
drawn by its own rasteriser (fontTools outlines filled by numba kernels), e-licences as vector PDFs written by hand
and assembled with pikepdf, captures as numba kernels of its own."""

from benchmarks.docgen_ag.generate import (
    DEFAULT_SEED,
    generate,
    kinds_for,
    make_one,
    missing_tools,
    params_hash,
    summary,
)

__all__ = ["DEFAULT_SEED", "generate", "kinds_for", "make_one", "missing_tools", "params_hash", "summary"]
