"""Family D: a held-out document family for the OCR pre-fill benchmark, written blind.

Its author never read the extractor, the other generators or their samples; the only contract is
`benchmarks/docgen_b/FIELDS.md` (kinds, keys, value conventions). Documents are drawn as vector
PDFs (reportlab, the machine's CJK TrueType faces), rasterised with pdftoppm, then put through a
simulated capture (phone photo on a desk or of a framed certificate, flatbed scan, photocopy,
photo of a screen). See README.md in this folder.

    from benchmarks.docgen_d import generate
    truth = generate(Path("out"), n=150, seed=2026)     # writes files and out/truth.json
"""

from __future__ import annotations

from .generate import SOURCE_FILES, generate, params_hash

__all__ = ["SOURCE_FILES", "generate", "params_hash"]
