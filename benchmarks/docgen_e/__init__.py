"""Family E: a held-out OCR pre-fill document family written blind (see README.md), used only to
report the extractor's figures, never to develop it."""

from benchmarks.docgen_e.generate import generate, params_hash

__all__ = ["generate", "params_hash"]
