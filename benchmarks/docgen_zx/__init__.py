"""Held-out OCR document family ZX (session 34): pages drawn by pureimage from opentype.js outlines in one Node.js
process, e-licences as pdf-lib vector PDFs, photos rendered by PyBullet's TinyRenderer, scans/copies/faxes as jimp
pipelines. See README.md."""

from benchmarks.docgen_zx.generate import generate, kinds_for, make_one, params_hash, summary

__all__ = ["generate", "kinds_for", "make_one", "params_hash", "summary"]
