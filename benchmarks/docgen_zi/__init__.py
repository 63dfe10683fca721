"""Held-out OCR family ZI (written blind in session 26): documents drawn with Skia (skia-python),
photos path-traced by Mitsuba 3, scans/copies/faxes resampled and filtered by SimpleITK. README.md."""

from .generate import generate, kinds_for, make_one, params_hash, summary

__all__ = ["generate", "kinds_for", "make_one", "params_hash", "summary"]
