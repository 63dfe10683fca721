"""Family X (written blind in session 21): HTML + CSS pages rendered by wkhtmltoimage (QtWebKit),
captured with GraphicsMagick. See README.md."""

from benchmarks.docgen_x.generate import generate, params_hash, summary

__all__ = ["generate", "params_hash", "summary"]
