"""Blind document family S, written in session 18: pages in HTML + CSS laid out and rendered by headless
Chromium (Blink) over the DevTools protocol, captured with numpy and scikit-image. See README.md."""

from benchmarks.docgen_s.generate import generate, params_hash, summary

__all__ = ["generate", "params_hash", "summary"]
