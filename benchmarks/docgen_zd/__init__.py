"""Held-out OCR document family ZD (written blind in session 24): pages typeset by ConTeXt MkIV on LuaTeX
(one run for the set, a page per document with its own paper size, MetaPost seals, guilloches, emblems and
QR-like blocks), rasterised by poppler's pdftoppm, captured by GIMP 2.10 in batch mode (Script-Fu).
See README.md."""

from benchmarks.docgen_zd.generate import generate, kinds_for, make_one, params_hash, summary

__all__ = ["generate", "kinds_for", "make_one", "params_hash", "summary"]
