"""Held-out OCR document family ZR (written blind in session 31): pages laid out in our own code and
written as PDFs by PDFKit on Node.js, rasterised by pdf.js on @napi-rs/canvas (e-licences kept as
PDFKit's vector PDFs), phone photos and 高拍仪 frames ray-cast by NVIDIA Warp kernels on the CPU, scans,
copies, faxes and chat captures as G'MIC pipelines. See README.md."""

from benchmarks.docgen_zr.generate import generate, kinds_for, make_one, params_hash, summary

__all__ = ["generate", "kinds_for", "make_one", "params_hash", "summary"]
