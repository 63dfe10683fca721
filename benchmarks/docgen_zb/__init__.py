"""Held-out OCR family ZB (written blind in session 23): pages laid out by MuPDF's HTML/CSS engine
(PyMuPDF Story), captures ray-traced by POV-Ray 3.7 with pixel work in numpy. README.md beside this."""

from .core import generate, kinds_for, make_one, params_hash, summary

__all__ = ["generate", "kinds_for", "make_one", "params_hash", "summary"]
