"""Held-out document family Q, written blind in session 17: pages laid out and shaped by Pango
(pango-view CLI, HarfBuzz, Pango markup) with faces pinned by file, composed and captured with numpy.
See README.md."""

from benchmarks.docgen_q.generate import generate, params_hash, summary

__all__ = ["generate", "params_hash", "summary"]
