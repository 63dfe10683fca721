"""Held-out OCR document family ZS (written blind in session 31): documents laid out in our own code and
written/rasterised by Apache PDFBox in one JVM, photos ray-cast with Embree (embreex), scans/copies/
faxes/scanner-app output as SimpleITK pipelines. See README.md."""

from .generate import generate, kinds_for, make_one, params_hash, summary

__all__ = ["generate", "kinds_for", "make_one", "params_hash", "summary"]
