"""Family ZL's own small PDF writer, for the e-licences kept as PDF: the page's art (guilloche,
emblem, seals, QR) as one JPEG image, the text as real vector text over it — each face subset by
fontTools (glyph ids kept), embedded as a CIDFontType2 with Identity-H codes = glyph ids, and a
ToUnicode map so the text can be copied out, as in a downloaded 电子营业执照. Also an image-only PDF, as
a scanner writes."""

from __future__ import annotations

import io
import zlib

import numpy as np
from PIL import Image

from . import text as T

TRUETYPE = {"gbsn", "gkai", "microhei", "zenhei", "uming", "ukai", "wenkai", "droid", "mono", "dvmono", "dvsans"}


class _Doc:
    def __init__(self):
        self.objs: list[bytes] = []

    def add(self, body: bytes) -> int:
        self.objs.append(body)
        return len(self.objs)

    def set(self, n: int, body: bytes) -> None:
        self.objs[n - 1] = body

    def stream(self, data: bytes, extra: str = "", compress: bool = True) -> int:
        if compress:
            data = zlib.compress(data, 6)
            extra += " /Filter /FlateDecode"
        return self.add(f"<< /Length {len(data)}{extra} >>\nstream\n".encode() + data + b"\nendstream")

    def write(self, root: int, info: int) -> bytes:
        out = io.BytesIO()
        out.write(b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n")
        offs = []
        for i, body in enumerate(self.objs, 1):
            offs.append(out.tell())
            out.write(f"{i} 0 obj\n".encode() + body + b"\nendobj\n")
        x = out.tell()
        out.write(f"xref\n0 {len(self.objs) + 1}\n0000000000 65535 f \n".encode())
        for o in offs:
            out.write(f"{o:010d} 00000 n \n".encode())
        out.write(f"trailer\n<< /Size {len(self.objs) + 1} /Root {root} 0 R /Info {info} 0 R >>\nstartxref\n{x}\n%%EOF\n".encode())
        return out.getvalue()


def _subset(key: str, gids: set[int]) -> bytes:
    import logging

    from fontTools import subset
    from fontTools.ttLib import TTFont

    logging.getLogger("fontTools").setLevel(logging.ERROR)  # "mort NOT subset; dropped" and the like

    path, idx = T.FACES[key]
    kw = {"lazy": True, "recalcTimestamp": False}  # no save-time timestamp: the same bytes for a seed
    font = TTFont(path, fontNumber=idx, **kw) if path.endswith(".ttc") else TTFont(path, **kw)
    order = font.getGlyphOrder()
    opts = subset.Options()
    opts.retain_gids = True
    opts.notdef_outline = True
    opts.name_IDs = ["*"]
    opts.layout_features = []
    opts.hinting = False
    sub = subset.Subsetter(opts)
    sub.populate(glyphs=[order[g] for g in sorted(gids) if g < len(order)])
    sub.subset(font)
    buf = io.BytesIO()
    font.save(buf)
    return buf.getvalue()


def _tounicode(cmap: dict[int, str]) -> bytes:
    lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
             "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
             "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def", "1 begincodespacerange", "<0000> <FFFF>",
             "endcodespacerange"]
    items = sorted(cmap.items())
    for i in range(0, len(items), 100):
        chunk = items[i:i + 100]
        lines.append(f"{len(chunk)} beginbfchar")
        for g, ch in chunk:
            u = ch.encode("utf-16-be").hex().upper()
            lines.append(f"<{g:04X}> <{u}>")
        lines.append("endbfchar")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines).encode()


def vector_pdf(cv: T.Canvas, title: str, date: str) -> bytes:
    """The page `cv` (drawn with TrueType faces) as a PDF: art as a JPEG, text as vector glyphs."""
    d = _Doc()
    catalog = d.add(b"")
    pages = d.add(b"")
    info = d.add(f"<< /Producer (ZL e-licence writer) /Title <FEFF{title.encode('utf-16-be').hex()}> /CreationDate (D:{date}000000+08'00') >>".encode())
    bg = Image.fromarray(cv.finish(text=False))
    jb = io.BytesIO()
    bg.save(jb, "JPEG", quality=88)
    img = d.stream(jb.getvalue(), f" /Type /XObject /Subtype /Image /Width {bg.width} /Height {bg.height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode", compress=False)
    used: dict[str, dict[int, str]] = {}
    for run in cv.runs:
        m = used.setdefault(run.key, {})
        for (gid, _, _), (g2, _, _, _, cl) in zip(run.glyphs, T.shape(run.key, run.text), strict=True):
            assert gid == g2
            m.setdefault(gid, run.text[cl])
    fonts = {}
    for i, (key, cmap) in enumerate(sorted(used.items())):
        if key not in TRUETYPE:
            raise ValueError(f"{key} is not a TrueType face; the e-licence writer embeds TrueType only")
        ff = _subset(key, set(cmap) | {0})
        ff_obj = d.stream(ff, f" /Length1 {len(ff)}")
        face = T.ft_face(key)
        name = f"ZL{i:02d}+" + (face.postscript_name or b"Face").decode("latin-1").replace(" ", "")
        u = face.units_per_EM
        bb = face.bbox
        desc = d.add(f"<< /Type /FontDescriptor /FontName /{name} /Flags 4 /FontBBox [{bb.xMin * 1000 // u} {bb.yMin * 1000 // u} {bb.xMax * 1000 // u} {bb.yMax * 1000 // u}] /ItalicAngle 0 /Ascent {face.ascender * 1000 // u} /Descent {face.descender * 1000 // u} /CapHeight 700 /StemV 80 /FontFile2 {ff_obj} 0 R >>".encode())
        widths = " ".join(f"{g} [{int(round(_adv(key, g) * 1000))}]" for g in sorted(cmap))
        cid = d.add(f"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /{name} /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor {desc} 0 R /W [{widths}] /CIDToGIDMap /Identity >>".encode())
        tu = d.stream(_tounicode(cmap))
        fonts[key] = (f"F{i}", d.add(f"<< /Type /Font /Subtype /Type0 /BaseFont /{name} /Encoding /Identity-H /DescendantFonts [{cid} 0 R] /ToUnicode {tu} 0 R >>".encode()))
    pw, ph = cv.w_mm / 25.4 * 72, cv.h_mm / 25.4 * 72
    k = 72 / 25.4
    ops = [f"q {pw:.2f} 0 0 {ph:.2f} 0 0 cm /Im0 Do Q", "BT"]
    for run in cv.runs:
        fn = fonts[run.key][0]
        r, g, b = (c / 255 for c in run.color)
        ops.append(f"{r:.3f} {g:.3f} {b:.3f} rg /{fn} {run.size_mm * k:.3f} Tf")
        for gid, x, y in run.glyphs:
            ops.append(f"1 0 0 1 {x * k:.3f} {ph - y * k:.3f} Tm <{gid:04X}> Tj")
    ops.append("ET")
    content = d.stream("\n".join(ops).encode())
    fres = " ".join(f"/{v[0]} {v[1]} 0 R" for v in fonts.values())
    page = d.add(f"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 {pw:.2f} {ph:.2f}] /Resources << /Font << {fres} >> /XObject << /Im0 {img} 0 R >> >> /Contents {content} 0 R >>".encode())
    d.set(pages, f"<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>".encode())
    d.set(catalog, f"<< /Type /Catalog /Pages {pages} 0 R >>".encode())
    return d.write(catalog, info)


def _adv(key: str, gid: int) -> float:
    """A glyph's advance in em, from HarfBuzz's font."""
    return T.hb_font(key).get_glyph_h_advance(gid) / float(T.upem(key))


def image_pdf(img: np.ndarray, dpi: float, quality: int = 80) -> bytes:
    """An image-only PDF, as a scanner or a scanner app writes: one JPEG page at its dpi."""
    d = _Doc()
    catalog = d.add(b"")
    pages = d.add(b"")
    info = d.add(b"<< /Producer (ZL scan) >>")
    im = Image.fromarray(img)
    jb = io.BytesIO()
    gray = img.ndim == 2 or (img[..., 0] == img[..., 1]).all() and (img[..., 1] == img[..., 2]).all()
    (im.convert("L") if gray else im.convert("RGB")).save(jb, "JPEG", quality=quality)
    cs = "/DeviceGray" if gray else "/DeviceRGB"
    x = d.stream(jb.getvalue(), f" /Type /XObject /Subtype /Image /Width {im.width} /Height {im.height} /ColorSpace {cs} /BitsPerComponent 8 /Filter /DCTDecode", compress=False)
    pw, ph = im.width / dpi * 72, im.height / dpi * 72
    content = d.stream(f"q {pw:.2f} 0 0 {ph:.2f} 0 0 cm /Im0 Do Q".encode())
    page = d.add(f"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 {pw:.2f} {ph:.2f}] /Resources << /XObject << /Im0 {x} 0 R >> >> /Contents {content} 0 R >>".encode())
    d.set(pages, f"<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>".encode())
    d.set(catalog, f"<< /Type /Catalog /Pages {pages} 0 R >>".encode())
    return d.write(catalog, info)
