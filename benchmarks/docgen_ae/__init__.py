"""Held-out OCR document family AE (session 37), written blind: pages drawn by a Rust program on
tiny-skia + fontdue, photos rendered by OGRE 1.12, scans/copies/faxes/chat forwards in Fortran,
e-licence PDFs by borb. See README.md."""

from benchmarks.docgen_ae.generate import (  # noqa: F401
    FAMILY,
    HINT,
    generate,
    kinds_for,
    make_one,
    missing_tools,
    params_hash,
    summary,
)
