"""Held-out OCR document family AI (written blind in session 39): PostScript pages through Ghostscript,
three.js photo scenes in headless Chromium, capture damage in GNU Guile. See README.md."""

from .generate import generate, kinds_for, make_one, missing_tools, params_hash, summary

__all__ = ["generate", "kinds_for", "make_one", "missing_tools", "params_hash", "summary"]
