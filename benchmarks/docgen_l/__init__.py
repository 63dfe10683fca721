"""Document family L, written blind in session 13: office-template pages (ODT written by hand, laid
out by LibreOffice Writer), rasterised by MuPDF, captured as a clerk receives them. See README.md."""

from benchmarks.docgen_l.generate import generate, params_hash, summary

__all__ = ["generate", "params_hash", "summary"]
