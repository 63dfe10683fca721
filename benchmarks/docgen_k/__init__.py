"""Document family K (session 12, written blind): pages typeset by XeLaTeX/xeCJK, rasterised by
Ghostscript, captured with K's own numpy/OpenCV effects. See README.md."""

from benchmarks.docgen_k.generate import generate, params_hash, summary

__all__ = ["generate", "params_hash", "summary"]
