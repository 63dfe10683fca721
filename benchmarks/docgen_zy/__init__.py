"""Held-out OCR document family ZY (session 34, written blind): pages laid out by a Free Pascal program
on fcl-pdf and rasterised by poppler's Splash (pdftoppm), photos rendered by LÖVE 11 on Mesa llvmpipe,
scans/copies/faxes/chat forwards as Perl Imager pipelines. See README.md."""

from .generate import generate, kinds_for, make_one, params_hash, summary

__all__ = ["generate", "kinds_for", "make_one", "params_hash", "summary"]
