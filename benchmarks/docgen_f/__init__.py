"""Document family F: a held-out OCR pre-fill set written blind (see README.md here).

`generate(outdir, n, seed)` draws n pictures with Qt into outdir and writes outdir/truth.json;
`params_hash(n, seed)` changes whenever the generator's source, its parameters or the faces it
found installed change, so a cached set is never reused across versions."""

from __future__ import annotations

import hashlib
from pathlib import Path

from . import generate as _generate_module  # noqa: E402  (first, so the name below is the function)

HERE = Path(__file__).resolve().parent
VERSION = 1


def params_hash(n: int, seed: int) -> str:
    from .canvas import _FAMILIES, app

    app()
    h = hashlib.sha256(f"F/{VERSION}/{n}/{seed}/{sorted(_FAMILIES.items())}".encode())
    for p in sorted(HERE.glob("*.py")):
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


def generate(outdir: str | Path, n: int, seed: int) -> dict:
    return _generate_module.generate(outdir, n, seed, params_hash(n, seed))
