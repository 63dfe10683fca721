"""Held-out OCR family ZJ (written blind in session 27): pages drawn by Qt's raster and PDF engines
through PySide6, phone photos rendered by VTK offscreen, scans/copies/faxes by mahotas and PyWavelets.
See README.md."""

from benchmarks.docgen_zj.generate import generate, kinds_for, make_one, params_hash, summary

__all__ = ["generate", "kinds_for", "make_one", "params_hash", "summary"]
