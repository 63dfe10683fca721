"""Held-out OCR document family ZO (written blind in session 29): pages typeset by upLaTeX (e-upTeX)
with TikZ and dvipdfmx, rasterised by Ghostscript; photos rendered by Open3D's offscreen Filament
renderer (EGL, no X) and developed from DNGs by RawTherapee; scans, copies and faxes through
Ghostscript screens, unpaper and netpbm's G3 codec. See README.md."""

from benchmarks.docgen_zo.generate import generate, kinds_for, make_one, params_hash, summary

__all__ = ["generate", "kinds_for", "make_one", "params_hash", "summary"]
