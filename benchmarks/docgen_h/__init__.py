"""Document family H: a held-out OCR family written blind (see README.md). Pages are drawn with
Skia (skia-python) in fonts no other family used, captured along H's own paths (sleeves, steep
keystone, 720p 高拍仪, washed-out, folded, crumpled, inkjet, halftone copies, hand-held cards) and
written in the formats devices write (JPEG, BMP, TIFF, PDF, WebP, PNG)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from benchmarks.docgen_h import (
    generate as _generate_module,  # loaded first: `generate` below stays the function
)
from benchmarks.docgen_h import render

HERE = Path(__file__).resolve().parent


def params_hash(n: int, seed: int) -> str:
    """Changes when the generator's source, its parameters, Skia's version or the fonts on hand change."""
    h = hashlib.sha256(f"H|{n}|{seed}".encode())
    for p in sorted(HERE.glob("*.py")):
        h.update(p.name.encode())
        h.update(p.read_bytes())
    import skia
    h.update(str(getattr(skia, "__version__", "")).encode())
    h.update(",".join(k for k in sorted(render.FACES) if render.face_available(k)).encode())
    return h.hexdigest()[:16]


def generate(outdir, n: int, seed: int) -> dict:
    """Write n files and truth.json into outdir; return the truth dict."""
    return _generate_module.generate_files(outdir, n, seed, params_hash(n, seed))
