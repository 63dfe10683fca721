"""Held-out OCR document family N (session 15), written blind: pages drawn with matplotlib's Agg,
captured with numpy/OpenCV. See README.md."""

from benchmarks.docgen_n.generate import generate, params_hash, summary

__all__ = ["generate", "params_hash", "summary"]
