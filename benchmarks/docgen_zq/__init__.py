"""Held-out OCR document family ZQ (written blind in session 30): pages laid out in its own code and
drawn by cairo through cairocffi (vector PDFs for e-licences), photos path-traced by LuxCoreRender
(pyluxcore), scans/copies/faxes/chat captures as OpenCL kernels on PoCL (PyOpenCL). See README.md."""

from benchmarks.docgen_zq.generate import generate, kinds_for, make_one, params_hash, summary

__all__ = ["generate", "kinds_for", "make_one", "params_hash", "summary"]
