"""Family AE's e-licence PDFs, written by borb in one Python subprocess per generate call (run as
`python -m benchmarks.docgen_ae.pdf_borb`): one JSON page per stdin line, "ok <path>" per page.
Text as borb Chunks in an embedded TrueType CJK face (Type0, the face file chosen by the layout), the
vector art (borders, emblem, seal ring, stars, QR modules) as borb Shapes; positions in points from the
layout's pixels. Only borb and its fontTools are imported here."""

from __future__ import annotations

import json
import math
import sys


def type0(path: str):
    """A Type0 / CIDFontType2 font embedding the whole TrueType file, built from borb's own pieces.
    borb's TrueTypeFont.from_file keeps only glyphs named in the Adobe Glyph List, which drops every CJK
    glyph and makes a simple font; here the ToUnicode CMap comes from the face's cmap (borb's helper,
    uniXXXX names) and /W from its hmtx, so text is drawn with the right advances and extracts."""
    import io
    import pathlib

    from borb.pdf.font.composite_font.cid_type_0_font import CIDType0Font
    from borb.pdf.font.composite_font.composite_font import CompositeFont
    from borb.pdf.font.simple_font.true_type.true_type_font import TrueTypeFont
    from borb.pdf.primitives import name
    from fontTools.ttLib import TTFont

    data = pathlib.Path(path).read_bytes()
    tt = TTFont(io.BytesIO(data))
    upm = tt["head"].unitsPerEm
    cmap = tt.getBestCmap()
    order = tt.getGlyphOrder()
    # glyph names from the cmap so that borb's ToUnicode builder (fontTools.agl) maps every glyph
    rename = {g: f"uni{cp:04X}" if cp < 0x10000 else f"u{cp:X}" for cp, g in sorted(cmap.items(), reverse=True)}
    tt.setGlyphOrder([rename.get(g, g) if g != ".notdef" else g for g in order])
    hm = tt["hmtx"].metrics
    widths: list = []
    for gid, g in enumerate(order):
        widths += [gid, [round(hm.get(g, (upm, 0))[0] / upm * 1000, 2)]]
    f = CompositeFont()
    f[name("BaseFont")] = name(TrueTypeFont._TrueTypeFont__get_font_name(tt))
    d = CIDType0Font()
    d[name("Type")] = name("Font")
    d[name("Subtype")] = name("CIDFontType2")
    d[name("BaseFont")] = f[name("BaseFont")]
    d[name("FontDescriptor")] = TrueTypeFont._TrueTypeFont__get_font_descriptor(ttf_font_file=tt)
    d[name("FontDescriptor")][name("FontFile2")] = TrueTypeFont._TrueTypeFont__get_font_file_stream(data)
    d[name("DW")] = 1000
    d[name("W")] = widths
    d[name("CIDToGIDMap")] = name("Identity")
    d[name("CIDSystemInfo")] = {name("Registry"): "Adobe", name("Ordering"): "Identity", name("Supplement"): 0}
    f[name("DescendantFonts")] = [d]
    f[name("Encoding")] = name("Identity-H")
    f[name("Subtype")] = name("Type0")
    f[name("ToUnicode")] = TrueTypeFont._TrueTypeFont__get_cmap_for_type_0_font(tt)
    return f


def main() -> None:
    from borb.pdf import Document, Page
    from borb.pdf.color.rgb_color import RGBColor
    from borb.pdf.layout_element.shape.shape import Shape
    from borb.pdf.layout_element.text.chunk import Chunk
    from borb.pdf.visitor.pdf import PDF

    fonts: dict[str, object] = {}

    def font(path: str):
        if path not in fonts:
            fonts[path] = type0(path)
        return fonts[path]

    def col(c):
        return RGBColor(int(c[0]), int(c[1]), int(c[2]))

    for line in sys.stdin:
        if not line.strip():
            continue
        job = json.loads(line)
        k = job["scale"]  # points per layout pixel
        W, H = job["w"] * k, job["h"] * k
        doc = Document()
        page = Page(width_in_points=int(W), height_in_points=int(H))
        doc.append_page(page)

        def shape(pts, stroke=None, fill=None, lw=1.0, k=k, H=H, page=page):
            xs = [p[0] * k for p in pts]
            ys = [H - p[1] * k for p in pts]
            x0, y0 = min(xs), min(ys)
            s = Shape(coordinates=list(zip(xs, ys, strict=False)), stroke_color=col(stroke) if stroke else None,
                      fill_color=col(fill) if fill else None, line_width=max(1, int(round(lw * k))))
            s.paint((x0, y0, max(xs) - x0 + 1, max(ys) - y0 + 1), page)

        for it in job["items"]:
            t = it["t"]
            if t == "text":
                size = it["s"] * k
                x, y = it["x"] * k, H - it["y"] * k  # baseline
                Chunk(it["txt"], font=font(it["face"]), font_size=max(1, int(round(size))), font_color=col(it["c"]),
                      character_spacing=it.get("sp", 0) * k).paint((x, y - size * 0.25, W - x + 1, size * 1.3), page)
            elif t == "rect":
                x, y, w, h = it["x"], it["y"], it["w"], it["h"]
                shape([(x, y), (x + w, y), (x + w, y + h), (x, y + h), (x, y)], it.get("stroke"), it.get("fill"), it.get("sw", 1))
            elif t == "poly":
                shape(it["pts"], it.get("stroke"), it.get("fill"), it.get("sw", 1))
            elif t == "circle":
                n = 48
                pts = [(it["cx"] + it["r"] * math.cos(2 * math.pi * i / n), it["cy"] + it["r"] * math.sin(2 * math.pi * i / n)) for i in range(n + 1)]
                shape(pts, it.get("stroke"), it.get("fill"), it.get("sw", 1))
            elif t == "qr":
                n, m = it["n"], it["m"]
                for r in range(n):
                    for c in range(n):
                        if it["bits"][r * n + c] == "1":
                            x, y = it["x"] + c * m, it["y"] + r * m
                            shape([(x, y), (x + m, y), (x + m, y + m), (x, y + m), (x, y)], None, [20, 20, 20], 0)
        PDF.write(what=doc, where_to=job["out"])
        print("ok " + job["out"], flush=True)


if __name__ == "__main__":
    main()
