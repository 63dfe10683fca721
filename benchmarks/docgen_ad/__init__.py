"""Held-out OCR document family AD (blind, session 36): pages drawn by a C program on Allegro 5, e-licence PDFs
by jsPDF on Node.js, photos rendered by pyglet (OpenGL on Mesa llvmpipe), scans/copies/faxes in Racket.
See README.md."""

from benchmarks.docgen_ad.core import generate, kinds_for, make_one, params_hash, summary

__all__ = ["generate", "kinds_for", "make_one", "params_hash", "summary"]
