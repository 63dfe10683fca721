"""Family M of generated documents (written blind in session 14, held out): pages written by hand as
SVG, rasterised by librsvg (text laid out by Pango), captured with numpy/OpenCV. See README.md."""

from benchmarks.docgen_m.generate import generate, params_hash, summary

__all__ = ["generate", "params_hash", "summary"]
