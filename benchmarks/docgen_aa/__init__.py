"""Held-out OCR document family AA (session 35, written blind): pages drawn by an OCaml program on
camlimages/FreeType (e-licences as its hand-written PDFs), photos rendered by CImg's software 3D
renderer, scans/copies/faxes/scanner-app output/chat forwards as Haskell JuicyPixels pipelines.
See README.md."""

from benchmarks.docgen_aa.generate import generate, kinds_for, make_one, params_hash, summary

__all__ = ["generate", "kinds_for", "make_one", "params_hash", "summary"]
