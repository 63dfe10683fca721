"""Held-out OCR document family AJ (written blind, session 39): Asymptote pages and e-licence PDFs, C#/Mono captures."""
from .generate import generate, kinds_for, make_one, missing_tools, params_hash, summary

__all__ = ["generate", "kinds_for", "make_one", "missing_tools", "params_hash", "summary"]
