"""Family ZP (held-out, written blind in session 30): documents laid out in our own code on libharu
PDF pages (ctypes), rasterised by pdfium; phone photos and 高拍仪 frames ray-cast by Taichi kernels;
scans, copies, faxes, scanner-app output and chat forwards through Halide pipelines. See README.md."""

from benchmarks.docgen_zp.generate import generate, kinds_for, make_one, params_hash, summary

__all__ = ["generate", "kinds_for", "make_one", "params_hash", "summary"]
