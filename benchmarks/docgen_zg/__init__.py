"""Family ZG of the OCR benchmark, written blind in session 25: documents laid out in HTML/CSS by
WeasyPrint, captured through Hugin's nona (camera geometry, lens, vignetting, response) and developed
by darktable-cli. See README.md."""

from .generate import generate, kinds_for, make_one, params_hash, summary

__all__ = ["generate", "kinds_for", "make_one", "params_hash", "summary"]
