"""Held-out OCR family ZT (written blind in session 32): pages laid out by our own Ruby program on Prawn and
rasterised by MuPDF's `mutool draw`, photos rendered with WebGPU (wgpu-py on Mesa's lavapipe), scans,
copies, faxes, scanner-app output and chat forwards through albumentations. See README.md."""

from benchmarks.docgen_zt.generate import generate, kinds_for, make_one, params_hash, summary

__all__ = ["generate", "kinds_for", "make_one", "params_hash", "summary"]
