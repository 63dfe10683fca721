"""Family AG's e-licence PDFs: the same display list written as PDF content streams by hand and assembled with
pikepdf (qpdf): every face used is subset by fontTools and embedded as a CIDFontType2 (Identity-H, glyph ids of
the subset as CIDs) with a ToUnicode CMap, so the PDF is vector text that pdftotext reads back."""

from __future__ import annotations

import io
import math

import pikepdf
from fontTools import subset
from fontTools.ttLib import TTFont

from benchmarks.docgen_ag.fonts import FACES, face

PT = 72 / 25.4


def _subset(fname: str, chars: set[str]) -> tuple[bytes, dict[str, int], dict[int, int], int]:
    path, num, _ = FACES[fname]
    tt = TTFont(path, fontNumber=num)
    opts = subset.Options()
    opts.layout_features = []
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    opts.hinting = False
    opts.drop_tables += ["vhea", "vmtx", "GSUB", "GPOS", "EBDT", "EBLC", "EBSC", "bdat", "bloc"]
    s = subset.Subsetter(opts)
    s.populate(unicodes=[ord(c) for c in chars])
    s.subset(tt)
    buf = io.BytesIO()
    tt.save(buf)
    cmap = tt.getBestCmap()
    order = tt.getGlyphOrder()
    gid = {ch: order.index(cmap[ord(ch)]) for ch in chars if ord(ch) in cmap}
    upem = tt["head"].unitsPerEm
    widths = {g: round(tt["hmtx"].metrics[order[g]][0] * 1000 / upem) for g in gid.values()}
    return buf.getvalue(), gid, widths, upem


def _tounicode(gid: dict[str, int]) -> bytes:
    lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
             "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
             "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def", "1 begincodespacerange", "<0000> <FFFF>",
             "endcodespacerange"]
    items = sorted((g, ch) for ch, g in gid.items())
    for i in range(0, len(items), 100):
        chunk = items[i:i + 100]
        lines.append(f"{len(chunk)} beginbfchar")
        for g, ch in chunk:
            u = ch.encode("utf-16-be").hex().upper()
            lines.append(f"<{g:04X}> <{u}>")
        lines.append("endbfchar")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines).encode()


def write(doc: dict, path, title: str = "") -> None:
    """Write display list `doc` (layout.py) as a one-page vector PDF with embedded subset faces."""
    pdf = pikepdf.new()
    W, H = doc["w"] * PT, doc["h"] * PT
    chars: dict[str, set[str]] = {}
    for it in doc["items"]:
        if it[0] == "T":
            chars.setdefault(it[4], set()).update(c for c in it[5] if c != " ")
    fonts, res_fonts = {}, pikepdf.Dictionary()
    for i, (fname, cs) in enumerate(sorted(chars.items())):
        data, gid, widths, _ = _subset(fname, cs)
        ff = pikepdf.Stream(pdf, data)
        ff["/Length1"] = len(data)
        base = pikepdf.Name(f"/AGAA{chr(65 + i)}A+{fname.capitalize()}")
        desc = pdf.make_indirect(pikepdf.Dictionary(
            Type=pikepdf.Name.FontDescriptor, FontName=base, Flags=4, FontBBox=[-100, -200, 1100, 1000], ItalicAngle=0,
            Ascent=880, Descent=-120, CapHeight=700, StemV=80, FontFile2=pdf.make_indirect(ff)))
        w = pikepdf.Array()
        for g in sorted(widths):
            w.append(g)
            w.append(pikepdf.Array([widths[g]]))
        cid = pdf.make_indirect(pikepdf.Dictionary(
            Type=pikepdf.Name.Font, Subtype=pikepdf.Name.CIDFontType2, BaseFont=base,
            CIDSystemInfo=pikepdf.Dictionary(Registry=pikepdf.String("Adobe"), Ordering=pikepdf.String("Identity"), Supplement=0),
            FontDescriptor=desc, DW=1000, W=w, CIDToGIDMap=pikepdf.Name.Identity))
        f0 = pdf.make_indirect(pikepdf.Dictionary(
            Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type0, BaseFont=base, Encoding=pikepdf.Name("/Identity-H"),
            DescendantFonts=pikepdf.Array([cid]), ToUnicode=pdf.make_indirect(pikepdf.Stream(pdf, _tounicode(gid)))))
        key = f"/F{i}"
        res_fonts[key] = f0
        fonts[fname] = (key, gid)
    gstates, ops = pikepdf.Dictionary(), []

    def alpha(a):
        k = f"/A{int(round(a * 100))}"
        if k not in gstates:
            gstates[k] = pikepdf.Dictionary(Type=pikepdf.Name.ExtGState, ca=a, CA=a)
        return f"{k} gs"

    def P(x, y):
        return f"{x * PT:.2f} {H - y * PT:.2f}"

    paper = doc.get("paper", (1, 1, 1))
    if tuple(paper) != (1, 1, 1):
        ops.append(f"{paper[0]:.3f} {paper[1]:.3f} {paper[2]:.3f} rg 0 0 {W:.2f} {H:.2f} re f")
    for it in doc["items"]:
        t = it[0]
        if t == "T":
            _, x, y, size, fname, text, color, track, angle = it[:9]
            key, gid = fonts[fname]
            ca, sa = math.cos(math.radians(angle)), math.sin(math.radians(angle))
            hexs = "".join(f"{gid.get(c, 0):04X}" if c != " " else "" for c in text)
            spaces = text.count(" ")
            ops.append("q " + alpha(1.0) + f" {color[0]:.3f} {color[1]:.3f} {color[2]:.3f} rg BT {key} {size * PT:.3f} Tf "
                       f"{track * PT:.3f} Tc {ca:.5f} {-sa:.5f} {sa:.5f} {ca:.5f} {P(x, y)} Tm <{hexs}> Tj ET Q")
            if spaces:  # spaces are drawn as advances: re-emit the text split at spaces
                ops.pop()
                pen = 0.0
                f = face(fname)
                for part in text.split(" "):
                    if part:
                        hexs = "".join(f"{gid.get(c, 0):04X}" for c in part)
                        ops.append("q " + alpha(1.0) + f" {color[0]:.3f} {color[1]:.3f} {color[2]:.3f} rg BT {key} {size * PT:.3f} Tf "
                                   f"{track * PT:.3f} Tc {ca:.5f} {-sa:.5f} {sa:.5f} {ca:.5f} {P(x + pen * ca, y + pen * sa)} Tm <{hexs}> Tj ET Q")
                    pen += sum(f.advance(c) * size + track for c in part) + f.advance(" ") * size + track
        elif t == "R":
            _, x, y, w, h, color, a = it
            ops.append(f"q {alpha(a)} {color[0]:.3f} {color[1]:.3f} {color[2]:.3f} rg {x * PT:.2f} {H - (y + h) * PT:.2f} "
                       f"{w * PT:.2f} {h * PT:.2f} re f Q")
        elif t == "P":
            _, polys, color, a = it
            segs = []
            for poly in polys:
                segs.append(P(*poly[0]) + " m " + " ".join(P(*p) + " l" for p in poly[1:]) + " h")
            ops.append(f"q {alpha(a)} {color[0]:.3f} {color[1]:.3f} {color[2]:.3f} rg " + " ".join(segs) + " f Q")
        elif t == "S":
            _, pts, width, color, a = it
            ops.append(f"q {alpha(a)} {color[0]:.3f} {color[1]:.3f} {color[2]:.3f} RG {width * PT:.2f} w 1 J 1 j "
                       + P(*pts[0]) + " m " + " ".join(P(*p) + " l" for p in pts[1:]) + " S Q")
    content = pikepdf.Stream(pdf, "\n".join(ops).encode())
    page = pikepdf.Dictionary(Type=pikepdf.Name.Page, MediaBox=[0, 0, round(W, 2), round(H, 2)], Contents=pdf.make_indirect(content),
                              Resources=pikepdf.Dictionary(Font=res_fonts, ExtGState=gstates))
    pdf.pages.append(pikepdf.Page(page))
    pdf.docinfo["/Title"] = title
    pdf.docinfo["/Producer"] = "docgen_ag (pikepdf)"
    pdf.docinfo["/CreationDate"] = "D:20251201090000+08'00'"
    pdf.save(path, deterministic_id=True, compress_streams=True)
