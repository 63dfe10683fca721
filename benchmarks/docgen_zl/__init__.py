"""Held-out OCR family ZL (written blind in session 28): pages typeset by its own text engine on
HarfBuzz and FreeType with aggdraw vector art, photographed in Panda3D scenes and scanned, copied and
faxed in GNU Octave. See README.md."""

from .generate import generate, kinds_for, make_one, params_hash, summary

__all__ = ["generate", "kinds_for", "make_one", "params_hash", "summary"]
