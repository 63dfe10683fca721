"""OCR pre-fill on the held-out family AJ, written blind in session 39 (benchmarks/docgen_aj/): pages and
e-licence PDFs drawn by Asymptote (XeLaTeX labels, embedded CJK fonts), captures by its own C# program on Mono."""
from __future__ import annotations

from benchmarks import docgen_aj
from benchmarks.docgen_aj.generate import summary
from benchmarks.family_bench import run


def main() -> dict:
    return run("AJ", docgen_aj, summary, 4141,
               "the held-out family AJ, written blind in session 39, Asymptote pages and e-licence PDFs (XeLaTeX labels), "
               "C#/Mono captures", ("marks", "faces", "formats"))


if __name__ == "__main__":
    main()
