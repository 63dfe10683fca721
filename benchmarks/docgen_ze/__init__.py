"""Family ZE (written blind in session 24): documents laid out as Gnumeric worksheets and printed by
ssconvert, rasterised by pdftoppm, captured through OpenGL shaders (moderngl on Mesa). README.md."""

from benchmarks.docgen_ze.generate import generate, kinds_for, make_one, params_hash, summary

__all__ = ["generate", "kinds_for", "make_one", "params_hash", "summary"]
