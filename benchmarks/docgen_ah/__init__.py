"""Family AH (held-out, written blind in session 38): pages drawn by an own D program (gdc) rasterising
FreeType glyph outlines with its own scanline filler, captures by the same D program's pixel code,
e-licence PDFs by an own writer on pikepdf. See README.md."""

from benchmarks.docgen_ah.build import (
                                           DEFAULT_SEED,
                                           generate,
                                           kinds_for,
                                           make_one,
                                           missing_tools,
                                           params_hash,
                                           summary,
)

__all__ = ["DEFAULT_SEED", "generate", "kinds_for", "make_one", "missing_tools", "params_hash", "summary"]
