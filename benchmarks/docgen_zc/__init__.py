"""Family ZC (written blind in session 23): documents laid out by AbiWord 3.0 from hand-written AWML,
exported to PDF, rasterised by poppler's pdftocairo, captured with GEGL's command line."""

from benchmarks.docgen_zc.generate import generate, kinds_for, make_one, params_hash, summary

__all__ = ["generate", "kinds_for", "make_one", "params_hash", "summary"]
