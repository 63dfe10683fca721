"""Held-out OCR family ZV (session 33): pages drawn by a Go program (fogleman/gg on golang/freetype, gofpdf
vector e-licences), photos rendered by raylib, scans/copies/faxes/chat forwards as Go image pipelines."""

from .generate import generate, kinds_for, make_one, params_hash, summary

__all__ = ["generate", "kinds_for", "make_one", "params_hash", "summary"]
