"""Held-out OCR document family ZK (written blind in session 27): pages drawn with matplotlib's Agg
(Text artists with FontProperties(fname=…) on system CJK faces, patches and TextPaths for seals),
phone photos through real Lensfun lens profiles (lensfunpy) and a Bayer sensor demosaiced by
colour-demosaicing, scanner/copier/fax side in numpy with colour-science. See README.md."""

from .generate import generate, kinds_for, make_one, params_hash, summary

__all__ = ["generate", "kinds_for", "make_one", "params_hash", "summary"]
