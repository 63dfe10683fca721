"""Family ZM, a held-out OCR document family written blind in session 28: SVG pages written by its own
code and rendered by resvg, photos rendered by pyrender and developed through a real raw pipeline
(pidng DNG → rawpy/LibRaw), scans/copies/faxes through Leptonica and libtiff's tools
(benchmarks/docgen_zm/README.md)."""

from benchmarks.docgen_zm.generate import generate, kinds_for, make_one, params_hash, summary

__all__ = ["generate", "kinds_for", "make_one", "params_hash", "summary"]
