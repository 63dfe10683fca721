"""Held-out OCR family Y (written blind in session 21): documents written as hand-written PostScript
programs and rasterised by Ghostscript, captured with netpbm. See README.md."""

from benchmarks.docgen_y.generate import generate, kinds_for, make_one, params_hash, summary

__all__ = ["generate", "kinds_for", "make_one", "params_hash", "summary"]
