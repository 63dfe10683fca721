"""Family R: a blind OCR document family drawn with Java2D (benchmarks/docgen_r/README.md)."""

from benchmarks.docgen_r.generate import generate, params_hash, summary

__all__ = ["generate", "params_hash", "summary"]
