"""A small OpenDocument Text writer (the ODF XML zipped by hand, no odfpy): paragraph and cell
styles, real Writer tables with spans, distributed (justify + justify-last) label cells, tab stops,
page-anchored frames and background pictures. Writer then lays the pages out as an office template
would be printed from Word/WPS."""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:xlink="http://www.w3.org/1999/xlink" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3"')


def t(s: str) -> str:
    """Text content: runs of spaces kept (text:s), newlines as Writer line breaks."""
    out = []
    for i, line in enumerate(s.split("\n")):
        if i:
            out.append("<text:line-break/>")
        out.append(escape(line).replace("  ", '<text:s text:c="2"/>'))
    return "".join(out)


class Doc:
    """One ODT: page size/margins/border, fonts by family name, named styles, a body of XML."""

    def __init__(self, width_mm: float, height_mm: float, margin_mm: float = 15, border: str = "none",
                 border_pad_mm: float = 0):
        self.page = (width_mm, height_mm, margin_mm, border, border_pad_mm)
        self.fonts: dict[str, str] = {}
        self.styles: list[str] = []
        self.body: list[str] = []
        self.pictures: dict[str, bytes] = {}
        self.face_of: dict[str, str] = {}
        self.drawn: list[tuple[str, str]] = []        # (face, text) of every string put on the page
        self._n = 0

    def font(self, family: str) -> str:
        key = "F" + str(len(self.fonts)) if family not in self.fonts else self.fonts[family]
        self.fonts[family] = key
        return key

    def _name(self, p: str) -> str:
        self._n += 1
        return f"{p}{self._n}"

    def pstyle(self, face: str, size: float, align: str = "start", bold: bool = False, scale: int = 100,
               color: str = "#000000", spread: bool = False, tabs: tuple[float, ...] = (), line: float = 0,
               before: float = 0, after: float = 0, letter: float = 0) -> str:
        """A paragraph style. `spread`: justify with the last line justified too (the 分散对齐 of
        Word/WPS label cells); `scale`: horizontal glyph scaling as a printer template sets it;
        `bold` on a face with no bold is synthesised by Writer (faux bold)."""
        name = self._name("P")
        self.face_of[name] = face
        f = self.font(face)
        al = 'fo:text-align="justify" fo:text-align-last="justify"' if spread else f'fo:text-align="{align}"'
        ts = "".join(f'<style:tab-stop style:position="{x}mm"/>' for x in tabs)
        lh = f' fo:line-height="{line}%"' if line else ""
        w = ' fo:font-weight="bold" style:font-weight-asian="bold"' if bold else ""
        ls = f' fo:letter-spacing="{letter}mm"' if letter else ""
        self.styles.append(
            f'<style:style style:name="{name}" style:family="paragraph"><style:paragraph-properties {al}{lh} '
            f'fo:margin-top="{before}mm" fo:margin-bottom="{after}mm" fo:margin-left="0mm" fo:margin-right="0mm" '
            f'style:punctuation-wrap="hanging" style:line-break="strict">'
            f'<style:tab-stops>{ts}</style:tab-stops></style:paragraph-properties>'
            f'<style:text-properties style:font-name="{f}" style:font-name-asian="{f}" fo:font-size="{size}pt" '
            f'style:font-size-asian="{size}pt" style:text-scale="{scale}%" fo:color="{color}"{w}{ls} '
            f'fo:language="zh" fo:country="CN" style:language-asian="zh" style:country-asian="CN"/></style:style>')
        return name

    def cellstyle(self, border: str = "0.5pt solid #000000", pad_mm: float = 1.2, valign: str = "middle",
                  bg: str = "") -> str:
        name = self._name("C")
        b = f' fo:background-color="{bg}"' if bg else ""
        self.styles.append(
            f'<style:style style:name="{name}" style:family="table-cell"><style:table-cell-properties '
            f'fo:border="{border}" fo:padding="{pad_mm}mm" style:vertical-align="{valign}"{b}/></style:style>')
        return name

    def _rec(self, style: str, text: str) -> None:
        self.drawn.append((self.face_of[style], text))

    def p(self, style: str, text: str) -> None:
        self._rec(style, text)
        self.body.append(f'<text:p text:style-name="{style}">{t(text)}</text:p>')

    def ptabs(self, style: str, parts: list[str]) -> None:
        self._rec(style, "".join(parts))
        self.body.append(f'<text:p text:style-name="{style}">' + "<text:tab/>".join(t(x) for x in parts) + "</text:p>")

    def table(self, widths_mm: list[float], rows: list[list[tuple]], heights_mm: list[float] | None = None,
              align: str = "center") -> None:
        """rows: cells as (paragraph style, text, cell style, column span); `None` for covered cells."""
        name = self._name("T")
        total = sum(widths_mm)
        self.styles.append(f'<style:style style:name="{name}" style:family="table"><style:table-properties '
                           f'style:width="{total}mm" table:align="{align}"/></style:style>')
        cols = []
        for w in widths_mm:
            cn = self._name("K")
            self.styles.append(f'<style:style style:name="{cn}" style:family="table-column">'
                               f'<style:table-column-properties style:column-width="{w}mm"/></style:style>')
            cols.append(f'<table:table-column table:style-name="{cn}"/>')
        xml = [f'<table:table table:name="{name}" table:style-name="{name}">'] + cols
        for i, row in enumerate(rows):
            rs = ""
            if heights_mm and heights_mm[i]:
                rn = self._name("R")
                self.styles.append(f'<style:style style:name="{rn}" style:family="table-row"><style:table-row-properties '
                                   f'style:min-row-height="{heights_mm[i]}mm"/></style:style>')
                rs = f' table:style-name="{rn}"'
            xml.append(f"<table:table-row{rs}>")
            for cell in row:
                if cell is None:
                    xml.append("<table:covered-table-cell/>")
                    continue
                ps, text, cs, span = (tuple(cell) + (1,))[:4]
                self._rec(ps, text)
                sp = f' table:number-columns-spanned="{span}"' if span > 1 else ""
                paras = "".join(f'<text:p text:style-name="{ps}">{t(x)}</text:p>' for x in text.split("\f"))
                xml.append(f'<table:table-cell table:style-name="{cs}" office:value-type="string"{sp}>{paras}</table:table-cell>')
            xml.append("</table:table-row>")
        xml.append("</table:table>")
        self.body.append("".join(xml))

    def frame(self, x: float, y: float, w: float, h: float, paras: list[tuple[str, str]], z: int = 2) -> None:
        """A page-anchored text frame (no border, no padding) at (x, y) mm."""
        fs = self._name("G")
        self.styles.append(f'<style:style style:name="{fs}" style:family="graphic"><style:graphic-properties '
                           f'fo:border="none" draw:stroke="none" fo:padding="0mm" style:wrap="run-through" style:run-through="foreground" '
                           f'fo:background-color="transparent" draw:fill="none" style:vertical-pos="from-top" '
                           f'style:horizontal-pos="from-left" style:vertical-rel="page" style:horizontal-rel="page"/></style:style>')
        for s_, x_ in paras:
            self._rec(s_, x_)
        inner = "".join(f'<text:p text:style-name="{s}">{t(x_)}</text:p>' for s, x_ in paras)
        self.body.insert(0, f'<draw:frame draw:style-name="{fs}" text:anchor-type="page" text:anchor-page-number="1" '
                            f'svg:x="{x}mm" svg:y="{y}mm" svg:width="{w}mm" draw:z-index="{z}">'
                            f'<draw:text-box fo:min-height="{h}mm">{inner}</draw:text-box></draw:frame>')

    def image(self, name: str, png: bytes, x: float, y: float, w: float, h: float, background: bool = True) -> None:
        """A page-anchored picture; `background`: behind the text (the security print of a licence)."""
        fs = self._name("G")
        rt = "background" if background else "foreground"
        self.pictures[name] = png
        self.styles.append(f'<style:style style:name="{fs}" style:family="graphic"><style:graphic-properties '
                           f'style:wrap="run-through" style:run-through="{rt}" fo:border="none" fo:padding="0mm" '
                           f'style:vertical-pos="from-top" style:horizontal-pos="from-left" style:vertical-rel="page" '
                           f'style:horizontal-rel="page"/></style:style>')
        self.body.insert(0, f'<draw:frame draw:style-name="{fs}" text:anchor-type="page" text:anchor-page-number="1" '
                            f'svg:x="{x}mm" svg:y="{y}mm" svg:width="{w}mm" svg:height="{h}mm" draw:z-index="{0 if background else 5}">'
                            f'<draw:image xlink:href="Pictures/{name}" xlink:type="simple" xlink:show="embed" '
                            f'xlink:actuate="onLoad"/></draw:frame>')

    def text_content(self) -> str:
        return "".join(self.body)

    def save(self, path: Path) -> None:
        w, h, m, border, bpad = self.page
        fonts = "".join(f'<style:font-face style:name="{k}" svg:font-family="&apos;{escape(f)}&apos;"/>'
                        for f, k in self.fonts.items())
        decl = f"<office:font-face-decls>{fonts}</office:font-face-decls>"
        content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS}>{decl}'
                   f'<office:automatic-styles>{"".join(self.styles)}</office:automatic-styles>'
                   f'<office:body><office:text>{"".join(self.body)}</office:text></office:body></office:document-content>')
        orient = "landscape" if w > h else "portrait"
        styles = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {NS}>{decl}'
                  f'<office:automatic-styles><style:page-layout style:name="PL"><style:page-layout-properties '
                  f'fo:page-width="{w}mm" fo:page-height="{h}mm" style:print-orientation="{orient}" '
                  f'fo:margin-top="{m}mm" fo:margin-bottom="{m}mm" fo:margin-left="{m}mm" fo:margin-right="{m}mm" '
                  f'fo:border="{border}" fo:padding="{bpad}mm"/></style:page-layout></office:automatic-styles>'
                  f'<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="PL"/>'
                  f'</office:master-styles></office:document-styles>')
        pics = "".join(f'<manifest:file-entry manifest:full-path="Pictures/{n}" manifest:media-type="image/png"/>'
                       for n in self.pictures)
        manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                    'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                    '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                    f'<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>{pics}'
                    '</manifest:manifest>')
        with zipfile.ZipFile(path, "w") as z:
            z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
            z.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
            z.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
            z.writestr("styles.xml", styles, zipfile.ZIP_DEFLATED)
            for n, data in self.pictures.items():
                z.writestr(f"Pictures/{n}", data, zipfile.ZIP_STORED)
