"""OCR pre-fill on the held-out family ZL, written blind in session 28 (benchmarks/docgen_zl/): pages
typeset by the family's own text engine on HarfBuzz (uharfbuzz: shaping) and FreeType (freetype-py:
glyphs rasterised from the system CJK faces' files at each capture's dpi, light / mono / LCD-filtered /
unhinted, composited in numpy with gamma), vector art by aggdraw (AGG: borders, guilloche, emblem,
seals with FreeType-rotated arc text, QR blocks, card waves, ID photo), e-licences as vector-text PDFs
from its own writer (fontTools subsets); photos rendered offscreen by Panda3D on EGL/llvmpipe (the page
a bent/curled/folded mesh on textured desks, window/lamp lights with shadow maps, thumbs, sleeve glare,
4–35° tilts, jittered renders for shake/defocus, screens photographed with moiré); sensor noise, tone,
scans, feeder scans, photocopies, copies of copies, faxes and scanner-app output in GNU Octave's image
package; marks: 仅供…使用 watermarks, 复印件与原件一致 notes with signatures, seals over text, thumbs,
shadows; JPEG/PNG/WEBP/TIFF/PDF.

Generates `BENCH_OCR_ZL_N` (default 150) files with seed `BENCH_OCR_ZL_SEED` (default 7676) into
~/.cache/zongchuang/bench_ocr_zl/<params-hash>/ (reused while the generator and parameters are
unchanged), runs the product's own CLI (`zongchuang ocr … --json`) over them in a subprocess,
scores with benchmarks/ocr_scoring.py and prints per kind, per field, per capture, per licence
form, per mark, face and format, and latency p50 per kind with the load average.

    python -m benchmarks ocr_zl                      # part of `make bench`
    BENCH_OCR_ZL_N=30 python -m benchmarks ocr_zl    # a quick look
"""

from __future__ import annotations

from benchmarks import docgen_zl
from benchmarks.docgen_zl.generate import summary
from benchmarks.family_bench import run


def main() -> dict:
    return run("ZL", docgen_zl, summary, 7676, "the held-out family ZL, written blind in session 28, its own HarfBuzz/FreeType text engine with aggdraw art, photos by Panda3D, scans/copies/faxes in GNU Octave", ("marks", "faces", "formats"))


if __name__ == "__main__":
    main()
