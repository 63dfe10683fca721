"""OCR pre-fill on the held-out family AH, written blind in session 38 (benchmarks/docgen_ah/): pages and
captures drawn by its own D program on FreeType outlines, e-licence PDFs by its own pikepdf writer."""
from __future__ import annotations

from benchmarks import docgen_ah
from benchmarks.docgen_ah.build import summary
from benchmarks.family_bench import run


def main() -> dict:
    return run("AH", docgen_ah, summary, 5757,
               "the held-out family AH, written blind in session 38, an own D (gdc) page and capture engine on FreeType outlines, "
               "pikepdf e-licences", ("marks", "faces", "formats"))


if __name__ == "__main__":
    main()
