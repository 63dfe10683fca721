"""Held-out OCR document family U (session 19, written blind): pages drawn with pygame-ce (SDL_ttf and
FreeType rasterisers, faces by file), captured with pyvips. See README.md."""

from benchmarks.docgen_u.generate import generate, params_hash, summary

__all__ = ["generate", "params_hash", "summary"]
