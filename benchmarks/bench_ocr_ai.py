"""OCR pre-fill on the held-out family AI, written blind in session 39 (benchmarks/docgen_ai/): PostScript programs rendered by Ghostscript (pdfwrite for e-licences), photos as three.js scenes in headless Chromium, capture damage in GNU Guile."""
from __future__ import annotations

from benchmarks import docgen_ai
from benchmarks.docgen_ai.generate import summary
from benchmarks.family_bench import run


def main() -> dict:
    return run("AI", docgen_ai, summary, 2525, "the held-out family AI, written blind in session 39, PostScript/Ghostscript pages, three.js-in-Chromium photos, GNU Guile captures", ("marks", "faces", "formats"))


if __name__ == "__main__":
    main()
