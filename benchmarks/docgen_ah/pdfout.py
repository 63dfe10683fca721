"""Family AH's own PDF writer on pikepdf: e-licence pages as vector content streams (text as Identity-H
CID fonts subset and embedded with fontTools, ToUnicode maps so pdftotext gives the text back), and the
scanner-app's image PDFs (one JPEG per page, DCTDecode)."""

from __future__ import annotations

import io
import logging
from pathlib import Path

import pikepdf
from fontTools import subset
from fontTools.ttLib import TTFont

from benchmarks.docgen_ah.page import Page, face_files

# e-licences embed TrueType faces only (CIDFontType2); CFF faces on the page map to these
PDF_FACE = {"serif": "song", "serif_bold": "song", "song": "song", "ming": "ming", "kai": "kai", "ukai": "kai",
            "hand": "hand", "sans": "zenhei", "sans_bold": "zenhei", "zenhei": "zenhei", "mono": "mono", "latin": "latin"}


def _cid_font(pdf: pikepdf.Pdf, face: str, text: str) -> tuple[pikepdf.Object, dict[str, int], float]:
    path, idx = face_files()[face]
    f = TTFont(path, fontNumber=idx)
    cmap = f.getBestCmap()
    upem = f["head"].unitsPerEm
    chars = sorted({c for c in text if ord(c) in cmap})
    opts = subset.Options()
    opts.retain_gids = False
    opts.notdef_outline = True
    opts.name_IDs = ["*"]
    opts.layout_features = []
    opts.hinting = False
    sub = subset.Subsetter(opts)
    sub.populate(unicodes=[ord(c) for c in chars])
    log = logging.getLogger("fontTools.subset")
    level = log.level
    log.setLevel(logging.ERROR)  # tables it cannot subset (FFTM, BDF, mort) are dropped, as wanted
    try:
        sub.subset(f)
    finally:
        log.setLevel(level)
    order = f.getGlyphOrder()
    gid_of = {c: order.index(cmap[ord(c)]) for c in chars}
    buf = io.BytesIO()
    f.save(buf)
    hmtx = f["hmtx"].metrics
    widths = []
    for c in chars:
        g = gid_of[c]
        widths += [g, [round(hmtx[cmap[ord(c)]][0] * 1000 / upem)]]
    tag = "".join(chr(65 + (ord(ch) * 7 + i) % 26) for i, ch in enumerate((face + "subset")[:6]))
    psname = tag + "+" + (f["name"].getDebugName(6) or "Font").replace(" ", "")
    ff = pikepdf.Stream(pdf, buf.getvalue())
    ff.Length1 = len(buf.getvalue())
    desc = pikepdf.Dictionary(Type=pikepdf.Name.FontDescriptor, FontName=pikepdf.Name("/" + psname), Flags=4,
                              FontBBox=[-100, -200, 1100, 1000], ItalicAngle=0, Ascent=880, Descent=-120, CapHeight=700,
                              StemV=80, FontFile2=pdf.make_indirect(ff))
    cid = pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.CIDFontType2, BaseFont=pikepdf.Name("/" + psname),
                             CIDSystemInfo=pikepdf.Dictionary(Registry="Adobe", Ordering="Identity", Supplement=0),
                             FontDescriptor=pdf.make_indirect(desc), DW=1000, W=pikepdf.Array(widths),
                             CIDToGIDMap=pikepdf.Name.Identity)
    lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
             "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
             "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def", "1 begincodespacerange", "<0000> <FFFF>", "endcodespacerange"]
    items = [(gid_of[c], c) for c in chars]
    for i in range(0, len(items), 100):
        chunk = items[i:i + 100]
        lines.append(f"{len(chunk)} beginbfchar")
        for g, c in chunk:
            u = c.encode("utf-16-be").hex().upper()
            lines.append(f"<{g:04X}> <{u}>")
        lines.append("endbfchar")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    tu = pikepdf.Stream(pdf, "\n".join(lines).encode())
    font = pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type0, BaseFont=pikepdf.Name("/" + psname),
                              Encoding=pikepdf.Name("/Identity-H"), DescendantFonts=[pdf.make_indirect(cid)],
                              ToUnicode=pdf.make_indirect(tu))
    return pdf.make_indirect(font), gid_of, upem


def vector_pdf(page: Page, px_per_mm: float, out: Path, title: str) -> None:
    """The page's ops as a vector PDF page (1 pt = 1/72 in); text through embedded subset fonts."""
    pdf = pikepdf.new()
    s = 72 / 25.4 / px_per_mm  # px -> pt
    W, H = page.w * s, page.h * s
    texts: dict[str, str] = {}
    for op in page.ops:
        if op[0] == "T":
            f = PDF_FACE.get(op[1], "zenhei")
            texts[f] = texts.get(f, "") + op[10]
    fonts = {}
    for i, (f, t) in enumerate(sorted(texts.items())):
        fonts[f] = (f"F{i}", *_cid_font(pdf, f, t))
    cs = [f"{page.bg[0]:.3f} {page.bg[1]:.3f} {page.bg[2]:.3f} rg 0 0 {W:.2f} {H:.2f} re f"]
    gs: dict[str, float] = {}

    def alpha(a: float) -> str:
        key = f"GA{round(a * 100)}"
        gs[key] = round(a, 2)
        return f"/{key} gs"

    def P(x, y):  # noqa: N802
        return f"{x * s:.2f} {H - y * s:.2f}"

    import math
    for op in page.ops:
        k = op[0]
        if k == "T":
            _, face, size, x, y, col, a, ang, tr, xs, txt = op
            f = PDF_FACE.get(face, "zenhei")
            name, _ref, gid_of, _upem = fonts[f]
            hexs = "".join(f"{gid_of[c]:04X}" for c in txt if c in gid_of)
            ca, sa = math.cos(math.radians(-ang)), math.sin(math.radians(-ang))
            cs.append(f"q {alpha(a)} BT /{name} {size * s:.2f} Tf {xs * 100:.1f} Tz {tr * s:.2f} Tc {col[0]:.3f} {col[1]:.3f} {col[2]:.3f} rg "
                      f"{ca:.4f} {sa:.4f} {-sa:.4f} {ca:.4f} {P(x, y)} Tm <{hexs}> Tj ET Q")
        elif k == "R":
            _, x, y, w, h, col, a = op
            cs.append(f"q {alpha(a)} {col[0]:.3f} {col[1]:.3f} {col[2]:.3f} rg {x * s:.2f} {H - (y + h) * s:.2f} {w * s:.2f} {h * s:.2f} re f Q")
        elif k == "L":
            _, x0, y0, x1, y1, lw, col, a = op
            cs.append(f"q {alpha(a)} {col[0]:.3f} {col[1]:.3f} {col[2]:.3f} RG {lw * s:.2f} w {P(x0, y0)} m {P(x1, y1)} l S Q")
        elif k in ("C", "E"):
            if k == "C":
                _, cx, cy, r, lw, col, a = op
                rx = ry = r
            else:
                _, cx, cy, rx, ry, col, a = op
            kk = 0.5523
            path = (f"{P(cx + rx, cy)} m {P(cx + rx, cy + ry * kk)} {P(cx + rx * kk, cy + ry)} {P(cx, cy + ry)} c "
                    f"{P(cx - rx * kk, cy + ry)} {P(cx - rx, cy + ry * kk)} {P(cx - rx, cy)} c "
                    f"{P(cx - rx, cy - ry * kk)} {P(cx - rx * kk, cy - ry)} {P(cx, cy - ry)} c "
                    f"{P(cx + rx * kk, cy - ry)} {P(cx + rx, cy - ry * kk)} {P(cx + rx, cy)} c")
            if k == "C":
                cs.append(f"q {alpha(a)} {col[0]:.3f} {col[1]:.3f} {col[2]:.3f} RG {lw * s:.2f} w {path} S Q")
            else:
                cs.append(f"q {alpha(a)} {col[0]:.3f} {col[1]:.3f} {col[2]:.3f} rg {path} f Q")
        elif k == "Q":
            _, pts, col, a = op
            path = " ".join(f"{P(*pt)} {'m' if i == 0 else 'l'}" for i, pt in enumerate(pts)) + " h"
            cs.append(f"q {alpha(a)} {col[0]:.3f} {col[1]:.3f} {col[2]:.3f} rg {path} f Q")
        elif k == "Y":
            _, pts, lw, col, a = op
            path = " ".join(f"{P(*pt)} {'m' if i == 0 else 'l'}" for i, pt in enumerate(pts))
            cs.append(f"q {alpha(a)} {col[0]:.3f} {col[1]:.3f} {col[2]:.3f} RG 1 J 1 j {lw * s:.2f} w {path} S Q")
    res = pikepdf.Dictionary(Font=pikepdf.Dictionary({"/" + v[0]: v[1] for v in fonts.values()}),
                             ExtGState=pikepdf.Dictionary({"/" + k2: pikepdf.Dictionary(Type=pikepdf.Name.ExtGState, ca=v, CA=v)
                                                           for k2, v in gs.items()}))
    pg = pikepdf.Dictionary(Type=pikepdf.Name.Page, MediaBox=[0, 0, round(W, 2), round(H, 2)],
                            Contents=pdf.make_stream("\n".join(cs).encode()), Resources=res)
    pdf.pages.append(pikepdf.Page(pg))
    with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
        meta["dc:title"] = title
    pdf.docinfo["/Title"] = title
    pdf.docinfo["/Producer"] = "AH e-licence writer (pikepdf)"
    pdf.save(out, deterministic_id=True, compress_streams=True)


def image_pdf(jpeg: bytes, w: int, h: int, dpi: float, out: Path) -> None:
    """A scanner app's PDF: one page, the JPEG as an image XObject filling it."""
    pdf = pikepdf.new()
    img = pikepdf.Stream(pdf, jpeg)
    img.Type = pikepdf.Name.XObject
    img.Subtype = pikepdf.Name.Image
    img.Width, img.Height = w, h
    img.ColorSpace = pikepdf.Name.DeviceRGB
    img.BitsPerComponent = 8
    img.Filter = pikepdf.Name.DCTDecode
    W, H = w * 72 / dpi, h * 72 / dpi
    pg = pikepdf.Dictionary(Type=pikepdf.Name.Page, MediaBox=[0, 0, round(W, 2), round(H, 2)],
                            Contents=pdf.make_stream(f"q {W:.2f} 0 0 {H:.2f} 0 0 cm /Im0 Do Q".encode()),
                            Resources=pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=pdf.make_indirect(img))))
    pdf.pages.append(pikepdf.Page(pg))
    pdf.docinfo["/Producer"] = "AH scanner app"
    pdf.save(out, deterministic_id=True)
