"""Family V: a blind OCR benchmark family written in session 20 — pages laid out with fpdf2 (CJK
faces embedded with add_font), rasterised by pypdfium2, captured with albumentations. See README.md."""

from benchmarks.docgen_v.generate import generate, kinds_for, make_one, params_hash, summary

__all__ = ["generate", "kinds_for", "make_one", "params_hash", "summary"]
