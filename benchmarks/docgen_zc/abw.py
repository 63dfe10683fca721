"""AbiWord's native document format (AWML, `.abw`) written by hand for family ZC: a section with its
page size and margins, paragraphs with alignment (justify too), tab stops with leaders, line spacing,
character runs with font-family/size/weight/colour, tables with merged cells and per-cell borders, and
frames (text boxes and images positioned on the page, above or below the text). AbiWord 3.0 lays it
out and exports PDF (`abiword --to=pdf`)."""

from __future__ import annotations

import base64
from xml.sax.saxutils import escape

HEAD = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE abiword PUBLIC "-//ABISOURCE//DTD AWML 1.0 Strict//EN" '
        '"http://www.abisource.com/awml.dtd">\n<abiword template="false" xmlns="http://www.abisource.com/awml.dtd" '
        'xmlns:awml="http://www.abisource.com/awml.dtd" xmlns:fo="http://www.w3.org/1999/XSL/Format" '
        'xmlns:svg="http://www.w3.org/2000/svg" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:xlink="http://www.w3.org/1999/xlink" version="3.0.5" fileformat="1.1" xml:space="preserve" '
        'props="dom-dir:ltr; lang:zh-CN">\n')


def esc(s: str) -> str:
    return escape(s, {'"': "&quot;"})


class Doc:
    """One page of AWML: `faces` collects every face a run names (checked against the PDF's fonts)."""

    def __init__(self, w_mm: float, h_mm: float, margins_mm: tuple[float, float, float, float], base_face: str,
                 base_pt: float = 10.5):
        self.w, self.h = w_mm, h_mm
        self.m = margins_mm  # top, right, bottom, left
        self.body: list[str] = []
        self.frames: list[str] = []
        self.data: dict[str, bytes] = {}
        self.base_face, self.base_pt = base_face, base_pt
        self.faces: set[str] = {base_face}
        self.runs: list[tuple[str, str]] = []

    # character runs -------------------------------------------------------------------------
    def r(self, text: str, face: str | None = None, pt: float | None = None, colour: str = "000000",
          bold: bool = False, extra: str = "") -> str:
        face = face or self.base_face
        self.faces.add(face)
        self.runs.append((face, text))
        props = f"font-family:{face}; font-size:{pt or self.base_pt}pt; color:{colour}"
        if bold:
            props += "; font-weight:bold"
        if extra:
            props += "; " + extra
        parts = text.split("\t")
        inner = "\t".join(esc(x) for x in parts)
        return f'<c props="{props}">{inner}</c>'

    # blocks ----------------------------------------------------------------------------------
    def p(self, runs: str | list[str], align: str = "left", extra: str = "", into: list[str] | None = None) -> str:
        runs = "".join(runs) if isinstance(runs, list) else runs
        props = f"text-align:{align}; margin-top:0pt; margin-bottom:0pt"
        if extra:
            props += "; " + extra
        s = f'<p props="{props}">{runs}</p>'
        (self.body if into is None else into).append(s)
        return s

    def table(self, cols_mm: list[float], cells: list[tuple[int, int, int, int, list[str], str]], border: bool,
              line_pt: float = 0.75, extra: str = "") -> None:
        """cells: (left, right, top, bottom attach, paragraph xml list, extra cell props)."""
        colp = "/".join(f"{c:.1f}mm" for c in cols_mm) + "/"
        props = f"table-column-props:{colp}; table-line-thickness:{line_pt}pt; table-column-leftpos:0mm"
        if extra:
            props += "; " + extra
        out = [f'<table props="{props}">']
        for la, ra, ta, ba, paras, cx in cells:
            sty = "" if border else "; left-style:0; right-style:0; top-style:0; bot-style:0"
            cp = f"left-attach:{la}; right-attach:{ra}; top-attach:{ta}; bot-attach:{ba}{sty}"
            if cx:
                cp += "; " + cx
            out.append(f'<cell props="{cp}">' + ("".join(paras) or '<p></p>') + "</cell>")
        out.append("</table>")
        self.body.append("".join(out))
        self.body.append('<p props="margin-top:0pt; margin-bottom:0pt; line-height:0.1"><c props="font-size:1pt"> </c></p>')

    def image(self, key: str, png: bytes, x_mm: float, y_mm: float, w_mm: float, h_mm: float, above: bool = True) -> None:
        self.data[key] = png
        wrap = "above-text" if above else "below-text"
        props = (f"frame-type:image; position-to:page-above-text; wrap-mode:{wrap}; frame-page-xpos:{x_mm:.1f}mm; "
                 f"frame-page-ypos:{y_mm:.1f}mm; frame-width:{w_mm:.1f}mm; frame-height:{h_mm:.1f}mm; "
                 "left-style:0; right-style:0; top-style:0; bot-style:0")
        self.frames.append(f'<frame strux-image-dataid="{key}" props="{props}"></frame>')

    def textbox(self, paras: list[str], x_mm: float, y_mm: float, w_mm: float, h_mm: float) -> None:
        props = (f"frame-type:textbox; position-to:page-above-text; wrap-mode:above-text; frame-page-xpos:{x_mm:.1f}mm; "
                 f"frame-page-ypos:{y_mm:.1f}mm; frame-width:{w_mm:.1f}mm; frame-height:{h_mm:.1f}mm; "
                 "left-style:0; right-style:0; top-style:0; bot-style:0; background-color:transparent")
        self.frames.append(f'<frame props="{props}">' + "".join(paras) + "</frame>")

    def xml(self) -> str:
        t, rgt, b, lft = self.m
        orient = "landscape" if self.w > self.h else "portrait"
        out = [HEAD, '<styles><s type="P" name="Normal" followedby="Current Settings" '
               f'props="font-family:{self.base_face}; font-size:{self.base_pt}pt; lang:zh-CN; text-align:left; '
               'margin-top:0pt; margin-bottom:0pt; line-height:1.0"/></styles>\n',
               f'<pagesize pagetype="Custom" orientation="{orient}" width="{self.w:.2f}" height="{self.h:.2f}" '
               'units="mm" page-scale="1.000000"/>\n',
               f'<section props="page-margin-top:{t}mm; page-margin-right:{rgt}mm; page-margin-bottom:{b}mm; '
               f'page-margin-left:{lft}mm; page-margin-header:0mm; page-margin-footer:0mm">\n']
        # frames are anchored after a first, empty paragraph (AbiWord aborts on a frame after a table)
        out.append('<p props="margin-top:0pt; margin-bottom:0pt; line-height:0.5"><c props="font-size:2pt"> </c></p>\n')
        out.extend(f + "\n" for f in self.frames)
        out.extend(b + "\n" for b in self.body)
        out.append("</section>\n<data>\n")
        for k, v in self.data.items():
            out.append(f'<d name="{k}" mime-type="image/png" base64="yes">\n{base64.b64encode(v).decode()}\n</d>\n')
        out.append("</data>\n</abiword>\n")
        return "".join(out)
