"""Held-out OCR family ZA (written blind in session 22): pages laid out by Scribus 1.5.8's scripter and
exported by its own renderer, captured with Pillow. See README.md."""

from benchmarks.docgen_za.generate import generate, kinds_for, make_one, params_hash, summary

__all__ = ["generate", "kinds_for", "make_one", "params_hash", "summary"]
