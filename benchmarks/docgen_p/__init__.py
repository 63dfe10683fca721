"""Family P (written blind in session 17): documents written as PDFs by ReportLab, rasterised by
poppler's pdftoppm, captured with numpy + OpenCV. See README.md."""

from benchmarks.docgen_p.generate import generate, params_hash, summary

__all__ = ["generate", "params_hash", "summary"]
