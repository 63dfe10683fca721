"""Held-out OCR document family ZZ (session 35, written blind): pages laid out in our own code and drawn by a
Rust program (ttf-parser outlines, ab_glyph_rasterizer coverage, png) built offline from Debian's crates;
e-licences written by iText 5; photos, 高拍仪 frames, sleeves and screens rendered by Irrlicht 1.8's Burning's
Video; scans, photocopies, faxes, scanner-app output and chat forwards as ImageJ macros. See README.md."""

from benchmarks.docgen_zz.generate import generate, kinds_for, make_one, params_hash, summary

__all__ = ["generate", "kinds_for", "make_one", "params_hash", "summary"]
