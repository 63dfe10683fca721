"""Held-out OCR family ZU (written blind in session 32): pages laid out by our own Perl program on
PDF::API2 and rasterised by Ghostscript, photos ray-cast by JAX kernels, scans/copies/faxes/scanner-app
output/chat forwards as JAX pipelines. See README.md."""

from .generate import generate, kinds_for, make_one, params_hash, summary

__all__ = ["generate", "kinds_for", "make_one", "params_hash", "summary"]
