"""Family W (written blind in session 20): documents written as SVG and exported by Inkscape's command
line, captured with ffmpeg's filters (benchmarks/docgen_w/README.md)."""

from benchmarks.docgen_w.generate import generate, kinds_for, make_one, params_hash, summary

__all__ = ["generate", "kinds_for", "make_one", "params_hash", "summary"]
