"""Held-out OCR document family AF (written blind in session 37): pages drawn by a Nim program on
stb_truetype, e-licence PDFs by PoDoFo, photos rendered by Kivy on Mesa llvmpipe under Xvfb, scans /
copies / faxes / scanner-app output / chat forwards by a Common Lisp program on SBCL. README.md says more."""

from benchmarks.docgen_af.generate import (  # noqa: F401
    CAPTURES,
    FAMILY,
    generate,
    kinds_for,
    make_one,
    missing_tools,
    params_hash,
    summary,
)
