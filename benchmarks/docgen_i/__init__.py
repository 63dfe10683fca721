"""Document family I (held out, written blind in session 10): pages typeset by Typst with pinned
faces, captures drawn with numpy/OpenCV. See README.md."""

from benchmarks.docgen_i.generate import generate, params_hash, summary

__all__ = ["generate", "params_hash", "summary"]
