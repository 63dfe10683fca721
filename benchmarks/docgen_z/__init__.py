"""Held-out OCR family Z (written blind in session 22): HTML/CSS pages laid out and rendered by headless
Firefox ESR's Gecko over Marionette, captured with G'MIC. See README.md."""

from benchmarks.docgen_z.generate import generate, kinds_for, make_one, params_hash, summary

__all__ = ["generate", "kinds_for", "make_one", "params_hash", "summary"]
