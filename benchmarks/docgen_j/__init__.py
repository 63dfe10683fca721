"""Document family J (held out, written blind in session 11): pages laid out in HTML/CSS by WeasyPrint
in the Fandol faces, captures drawn with numpy/OpenCV. See README.md."""

from benchmarks.docgen_j.generate import generate, params_hash, summary

__all__ = ["generate", "params_hash", "summary"]
