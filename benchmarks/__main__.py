"""`python -m benchmarks [NAME ...]`: run every `benchmarks/bench_*.py` (or the named ones).

Each module exposes `main()`, prints its own table and returns a dict; one failing benchmark
is reported and does not stop the others. OCR pre-fill: `bench_ocr` (capture), `bench_ocr_b` (families B
and A), `bench_ocr_c` … `bench_ocr_g` (families C–G, each written blind and held out for one session,
then developed on; benchmarks/docgen_<x>/README.md), `bench_ocr_h` (family H, written blind
in session 9, drawn with Skia, developed on from session 10; benchmarks/docgen_h/README.md), `bench_ocr_i` (the held-out family I,
written blind in session 10, typeset by Typst; benchmarks/docgen_i/README.md), `bench_ocr_j` (the held-out
family J, written blind in session 11, laid out in HTML/CSS by WeasyPrint; benchmarks/docgen_j/README.md),
`bench_ocr_k` (the held-out family K, written blind in session 12, typeset by XeLaTeX; benchmarks/docgen_k/README.md),
`bench_ocr_l` (family L, written blind in session 13 and held out then, laid out by LibreOffice Writer; benchmarks/docgen_l/README.md),
`bench_ocr_m` (family M, written blind in session 14 and held out then, developed on from session 15, hand-written SVG rasterised by librsvg; benchmarks/docgen_m/README.md),
`bench_ocr_n` (the held-out family N, written blind in session 15, drawn with matplotlib's Agg; benchmarks/docgen_n/README.md),
`bench_ocr_o` (family O, written blind in session 16, MVG scripts drawn by ImageMagick, measured held out once and developed on from then; benchmarks/docgen_o/README.md),
`bench_ocr_p` (family P, written blind in session 17, measured held out once and developed on from then, ReportLab PDFs rasterised by poppler, captures in OpenCV; benchmarks/docgen_p/README.md),
`bench_ocr_q` (family Q, written blind in session 17, measured held out once and developed on from then, laid out and shaped by Pango through pango-view; benchmarks/docgen_q/README.md),
`bench_ocr_r` (family R, written blind in session 18, measured held out once and developed on from then, drawn by Java2D in one JVM, captured with scipy.ndimage and scikit-image; benchmarks/docgen_r/README.md),
`bench_ocr_s` (family S, written blind in session 18, measured held out once and developed on from then, HTML/CSS laid out by headless Chromium over the DevTools protocol, captures in scikit-image; benchmarks/docgen_s/README.md),
`bench_ocr_t` (family T, written blind in session 19, measured held out once and developed on from then, drawn by Tcl/Tk's Canvas in a private Xvfb and grabbed from the screen, captures in OpenCV; benchmarks/docgen_t/README.md),
`bench_ocr_u` (family U, written blind in session 19, measured held out once and developed on from then, drawn by pygame-ce through SDL_ttf and FreeType, captures in pyvips; benchmarks/docgen_u/README.md),
`bench_ocr_v` (the held-out family V, written blind in session 20, fpdf2 pages rasterised by pypdfium2, captures in albumentations; benchmarks/docgen_v/README.md),
`bench_ocr_w` (the held-out family W, written blind in session 20, SVG pages exported by Inkscape's command line, captures in ffmpeg's filters; benchmarks/docgen_w/README.md),
`bench_ocr_x` (the held-out family X, written blind in session 21, HTML/CSS rendered by wkhtmltoimage's QtWebKit, captures by GraphicsMagick; benchmarks/docgen_x/README.md),
`bench_ocr_y` (the held-out family Y, written blind in session 21, hand-written PostScript rendered by Ghostscript, captures in netpbm; benchmarks/docgen_y/README.md),
`bench_ocr_z` (the held-out family Z, written blind in session 22, HTML/CSS rendered by headless Firefox ESR's Gecko over Marionette, captures by G'MIC; benchmarks/docgen_z/README.md),
`bench_ocr_za` (the held-out family ZA, written blind in session 22, laid out by Scribus 1.5.8's scripter and exported by its own renderer, captures in Pillow; benchmarks/docgen_za/README.md),
`bench_ocr_zb` (the held-out family ZB, written blind in session 23, HTML/CSS laid out by MuPDF's Story engine through PyMuPDF, captures ray-traced by POV-Ray 3.7 with numpy pixel work; benchmarks/docgen_zb/README.md),
`bench_ocr_zc` (the held-out family ZC, written blind in session 23, hand-written AWML laid out by AbiWord 3.0 and rasterised by pdftocairo, captures by GEGL's command line; benchmarks/docgen_zc/README.md),
`bench_ocr_zd` (the held-out family ZD, written blind in session 24, typeset by ConTeXt MkIV on LuaTeX and rasterised by pdftoppm, captures by GIMP 2.10 Script-Fu in batch mode; benchmarks/docgen_zd/README.md),
`bench_ocr_ze` (the held-out family ZE, written blind in session 24, Gnumeric worksheets printed to PDF by ssconvert and rasterised by pdftoppm, captures in OpenGL shaders through moderngl on Mesa; benchmarks/docgen_ze/README.md),
`bench_ocr_zf` (the held-out family ZF, written blind in session 25, Typst markup generated from the values and rasterised by Typst's own PNG export, captures through Augraphy pipelines; benchmarks/docgen_zf/README.md),
`bench_ocr_zg` (the held-out family ZG, written blind in session 25, HTML/CSS paged media laid out by WeasyPrint and rasterised by pdftoppm, captures through Hugin's nona camera model and developed by darktable-cli; benchmarks/docgen_zg/README.md),
`bench_ocr_zh` (the held-out family ZH, written blind in session 26, XSL-FO rendered by Apache FOP 2.8 in one JVM and rasterised by pdftoppm, captures by OpenImageIO's oiiotool; benchmarks/docgen_zh/README.md),
`bench_ocr_zi` (the held-out family ZI, written blind in session 26, drawn with Skia through skia-python, photos path-traced by Mitsuba 3, scans/copies/faxes in SimpleITK; benchmarks/docgen_zi/README.md),
`bench_ocr_zj` (the held-out family ZJ, written blind in session 27, drawn by Qt's raster and PDF engines through PySide6, photos rendered offscreen by VTK, scans/copies/faxes in mahotas and PyWavelets; benchmarks/docgen_zj/README.md),
`bench_ocr_zk` (the held-out family ZK, written blind in session 27, drawn with matplotlib's Agg from font files, photos through Lensfun lens profiles (lensfunpy) and Bayer sensors demosaiced by colour-demosaicing, scans/copies/faxes in numpy with colour-science; benchmarks/docgen_zk/README.md),
`bench_ocr_zl` (the held-out family ZL, written blind in session 28, its own text engine on HarfBuzz and FreeType with aggdraw vector art, photos rendered offscreen by Panda3D, scans/copies/faxes in GNU Octave's image package; benchmarks/docgen_zl/README.md),
`bench_ocr_zm` (the held-out family ZM, written blind in session 28, SVG pages rendered by resvg, photos rendered by pyrender on Mesa and developed from DNGs (pidng) by LibRaw through rawpy, scans/copies/faxes in Leptonica and libtiff's tools; benchmarks/docgen_zm/README.md),
`bench_ocr_zn` (the held-out family ZN, written blind in session 29, pages laid out with R's grid graphics and rasterised by ragg (cairo_pdf e-licences), photos rendered by Blender's Cycles on the CPU, scans/copies/chat re-encodes as GStreamer pipelines and faxes by efax's efix; benchmarks/docgen_zn/README.md),
`bench_ocr_zo` (the held-out family ZO, written blind in session 29, typeset by upLaTeX (e-upTeX) with TikZ and dvipdfmx and rasterised by Ghostscript, photos rendered offscreen by Open3D (Filament, EGL) and developed from DNGs by RawTherapee, scans/copies/faxes through Ghostscript screens, unpaper and netpbm's G3 codec; benchmarks/docgen_zo/README.md),
`bench_ocr_zp` (the held-out family ZP, written blind in session 30, documents laid out in our own code on libharu PDF pages and rasterised by pdfium, photos ray-cast by Taichi kernels on the CPU, scans/copies/faxes/chat forwards through Halide pipelines; benchmarks/docgen_zp/README.md),
`bench_ocr_zq` (the held-out family ZQ, written blind in session 30, laid out in its own code and drawn by cairo through cairocffi (vector PDFs for e-licences), photos path-traced by LuxCoreRender (pyluxcore), scans/copies/faxes/chat captures as OpenCL kernels on PoCL through PyOpenCL; benchmarks/docgen_zq/README.md),
`bench_ocr_zs` (the held-out family ZS, written blind in session 31, laid out in its own code and written/rasterised by Apache PDFBox in one JVM (vector PDFs for e-licences), photos ray-cast by Embree through embreex with numpy shading, scans/copies/faxes/chat forwards as SimpleITK pipelines; benchmarks/docgen_zs/README.md),
`bench_ocr_zr` (the held-out family ZR, written blind in session 31, laid out in its own code and written as PDFs by PDFKit on Node.js, rasterised by pdf.js (vector PDFs for e-licences), photos ray-cast by NVIDIA Warp kernels on the CPU, scans/copies/faxes/chat captures as G'MIC pipelines; benchmarks/docgen_zr/README.md),
`bench_ocr_zt` (the held-out family ZT, written blind in session 32, laid out by its own Ruby program on Prawn and rasterised by MuPDF's mutool (vector PDFs for e-licences), photos rendered with WebGPU through wgpu-py on Mesa's lavapipe (WGSL shaders, shadow map, sleeve glare), scans/copies/faxes/chat forwards as albumentations pipelines; benchmarks/docgen_zt/README.md),
`bench_ocr_zu` (the held-out family ZU, written blind in session 32, laid out by its own Perl program on PDF::API2 and rasterised by Ghostscript (vector PDFs for e-licences), photos ray-cast by JAX kernels on the CPU, scans/copies/faxes/chat forwards as JAX pipelines; benchmarks/docgen_zu/README.md),
`bench_ocr_zv` (the held-out family ZV, written blind in session 33, laid out in Python and drawn by its own Go program on fogleman/gg and golang/freetype (gofpdf vector PDFs for e-licences), photos, 高拍仪 frames and screens rendered by raylib on Mesa under Xvfb, scans/copies/faxes/chat forwards as Go image pipelines on disintegration/imaging; benchmarks/docgen_zv/README.md),
`bench_ocr_zw` (the held-out family ZW, written blind in session 33, laid out by its own PHP program on TCPDF and rasterised by poppler's pdftocairo (vector PDFs for e-licences), photos, 高拍仪 frames, sleeves and screens rendered by Godot 3 on Mesa llvmpipe under Xvfb, scans/copies/faxes/chat forwards as PHP GD pipelines; benchmarks/docgen_zw/README.md),
`bench_ocr_zy` (the held-out family ZY, written blind in session 34, laid out by its own Free Pascal program on fcl-pdf and rasterised by poppler's Splash (pdftoppm; vector PDFs for e-licences), photos, 高拍仪 frames, sleeves and screens rendered by LÖVE 11 on Mesa llvmpipe under Xvfb, scans/copies/faxes/chat forwards as Perl Imager pipelines; benchmarks/docgen_zy/README.md),
`bench_ocr_zx` (the held-out family ZX, written blind in session 34, laid out in its own code and drawn by pureimage (pure-JS canvas) from opentype.js outlines in one Node.js process (pdf-lib vector PDFs for e-licences), photos, 高拍仪 frames, sleeves and screens rendered by PyBullet's TinyRenderer, scans/copies/faxes/chat forwards as jimp pipelines; benchmarks/docgen_zx/README.md),
`bench_ocr_aa` (the held-out family AA, written blind in session 35, laid out and drawn by its own OCaml program on camlimages' FreeType interface (its hand-written PDFs with embedded TrueType faces for e-licences), photos, 高拍仪 frames, sleeves and screens rendered by CImg's software 3D renderer (C++), scans/copies/faxes/scanner-app output/chat forwards as Haskell JuicyPixels pipelines; benchmarks/docgen_aa/README.md),
`bench_ocr_zz` (the held-out family ZZ, written blind in session 35, laid out in its own code and drawn by its own Rust program on ttf-parser and ab_glyph_rasterizer built offline from Debian's crates (iText 5 vector PDFs for e-licences), photos, 高拍仪 frames, sleeves and screens rendered by Irrlicht 1.8's Burning's Video under Xvfb, scans/copies/faxes/chat forwards as ImageJ macros; benchmarks/docgen_zz/README.md),
`bench_ocr_ad` (the held-out family AD, written blind in session 36, laid out in Python and drawn by its own C program on Allegro 5 memory bitmaps (TTF and primitives addons; jsPDF vector PDFs on Node.js for e-licences), photos, hand-held shots, 高拍仪 frames, sleeves and screens rendered by pyglet on Mesa llvmpipe under Xvfb, scans/copies/faxes/scanner-app output/chat forwards as Racket programs on racket/draw bitmaps; benchmarks/docgen_ad/README.md),
`bench_ocr_ac` (the held-out family AC, written blind in session 36, laid out and drawn by its own Free Pascal program on fcl-image with FreeType glyphs through freetypeh (fcl-pdf vector PDFs for e-licences), photos, 高拍仪 frames, sleeves and screens rendered offscreen by OpenSceneGraph on Mesa llvmpipe under Xvfb, scans/copies/faxes/scanner-app output/chat forwards as Perl PDL pipelines; benchmarks/docgen_ac/README.md),
`bench_ocr_af` (the held-out family AF, written blind in session 37, laid out in its own code and drawn by its own Nim program on stb_truetype (PoDoFo vector PDFs for e-licences), photos, hand-held shots, 高拍仪 frames, sleeves and screens rendered by Kivy's Fbo with its own GLSL shaders on Mesa llvmpipe under Xvfb, scans/copies/faxes/scanner-app output/chat forwards as Common Lisp programs on SBCL; benchmarks/docgen_af/README.md),
`bench_ocr_ae` (the held-out family AE, written blind in session 37, laid out in Python and drawn by its own Rust program on tiny-skia and fontdue (borb vector PDFs for e-licences), photos, hand-held shots, 高拍仪 frames, sleeves and screens rendered by OGRE 1.12 on Mesa llvmpipe under Xvfb, scans/copies/faxes/scanner-app output/chat forwards as Fortran programs; benchmarks/docgen_ae/README.md),
`bench_ocr_ag` (the held-out family AG, written blind in session 38, laid out in its own code and drawn by its own rasteriser: fontTools glyph outlines filled by numba kernels (hand-written vector PDFs assembled with pikepdf for e-licences), photos, hand-held shots, 高拍仪 frames, sleeves, screens, scans, copies, faxes, scanner-app output and chat forwards as numba kernels of its own; benchmarks/docgen_ag/README.md),
`bench_ocr_ah` (the held-out family AH, written blind in session 38, laid out in Python and drawn by its own D program (gdc) rasterising FreeType glyph outlines with its own anti-aliased scanline filler, photos/hand-held shots/高拍仪 frames/sleeves/screens and scans/copies/faxes/scanner-app output/chat forwards by the same D program's own pixel code, e-licence PDFs by its own writer on pikepdf with fontTools subsets; benchmarks/docgen_ah/README.md),
`bench_ocr_ai` (the held-out family AI, written blind in session 39, PostScript programs with CID-keyed TrueType CJK fonts rendered by Ghostscript (pdfwrite for vector e-licences), photos, hand-held shots, 高拍仪 frames, sleeves and screens as three.js scenes in headless Chromium (SwiftShader WebGL), scans/copies/faxes/scanner-app output/chat forwards and the camera sensor in GNU Guile; benchmarks/docgen_ai/README.md),
`bench_ocr_aj` (the held-out family AJ, written blind in session 39, pages and e-licence PDFs drawn by Asymptote (its own vector paths for frames, guilloche, seals and QR squares; labels through XeLaTeX with embedded CJK fonts; pages rasterised by pdftoppm), photos, hand-held shots, 高拍仪 frames, sleeves, screens, scans, copies, faxes, scanner-app output and chat forwards by its own C# program on Mono; benchmarks/docgen_aj/README.md).
`bench_docgen_speed`: each blind family's generator, CPU per file for a small set against the 6-minutes-per-150-files
budget it was written to (measured here, never asserted in tests/benchmarks).
"""

from __future__ import annotations

import importlib
import sys
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent


def run(names: list[str]) -> int:
    sys.path.insert(0, str(HERE.parent))
    found = sorted(p.stem for p in HERE.glob("bench_*.py"))
    chosen = [n for n in found if not names or n in names or n.removeprefix("bench_") in names]
    failed = 0
    for name in chosen:
        print(f"=== {name} ===", flush=True)
        try:
            importlib.import_module(f"benchmarks.{name}").main()
        except Exception:  # report and go on with the next benchmark
            failed += 1
            traceback.print_exc()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
