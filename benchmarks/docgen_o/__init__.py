"""Held-out document family O (session 16, written blind), drawn by ImageMagick from MVG scripts; README.md."""

from benchmarks.docgen_o.generate import generate, params_hash, summary

__all__ = ["generate", "params_hash", "summary"]
