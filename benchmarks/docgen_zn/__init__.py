"""Held-out OCR document family ZN (written blind in session 29): pages laid out with R's grid graphics
and rasterised by ragg (e-licences kept as cairo_pdf vector PDFs), photos rendered by Blender's Cycles on
the CPU, scans/copies/faxes/chat re-encodes by GStreamer pipelines and efax's efix. See README.md."""

from benchmarks.docgen_zn.generate import generate, kinds_for, make_one, params_hash, summary

__all__ = ["generate", "kinds_for", "make_one", "params_hash", "summary"]
