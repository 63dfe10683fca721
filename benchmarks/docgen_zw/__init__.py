"""Held-out OCR document family ZW (written blind in session 33): pages laid out by a PHP program on TCPDF
(vector PDFs for e-licences, pdftocairo rasters for the rest), photos / 高拍仪 frames / sleeves / screens
rendered by Godot 3 on Mesa llvmpipe under Xvfb, scans / copies / faxes / scanner-app output / chat forwards
as PHP GD pipelines. See README.md."""

from .generate import generate, kinds_for, make_one, missing_tools, params_hash, summary

__all__ = ["generate", "kinds_for", "make_one", "missing_tools", "params_hash", "summary"]
