"""Held-out OCR document family AC (session 36): pages drawn by a Free Pascal program (fcl-image, FreeType
through freetypeh; fcl-pdf vector e-licences), photos rendered by OpenSceneGraph on Mesa llvmpipe under a
private Xvfb, scans/copies/faxes/scanner-app output/chat forwards as Perl PDL pipelines. See README.md."""

from benchmarks.docgen_ac.generate import generate, kinds_for, make_one, params_hash, summary

__all__ = ["generate", "kinds_for", "make_one", "params_hash", "summary"]
