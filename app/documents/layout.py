"""Page furniture shared by the notices: A4 frame, styles, title, 文号, seal area, footer,
the 补打 (reprint) stamp, QR codes. Pure reportlab; all sizes in millimetres or points."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.doctemplate import BaseDocTemplate, PageTemplate
from reportlab.platypus.frames import Frame

from app.documents.data import zh_date
from app.documents.fonts import FONT, register_font

PAGE_W, PAGE_H = A4
MARGIN_L, MARGIN_R, MARGIN_T, MARGIN_B = 26 * mm, 24 * mm, 20 * mm, 20 * mm  # GB/T 9704-ish
RED = colors.Color(0.78, 0.05, 0.05)


def styles() -> dict[str, ParagraphStyle]:
    register_font()
    base = ParagraphStyle("body", fontName=FONT, fontSize=12, leading=20, wordWrap="CJK", firstLineIndent=24,
                          alignment=TA_LEFT, spaceAfter=2)
    return {
        "body": base,
        "plain": ParagraphStyle("plain", parent=base, firstLineIndent=0),
        "addressee": ParagraphStyle("addressee", parent=base, firstLineIndent=0, spaceBefore=6),
        "org": ParagraphStyle("org", parent=base, fontSize=15, leading=22, alignment=TA_CENTER, firstLineIndent=0),
        "docno": ParagraphStyle("docno", parent=base, fontSize=12, leading=18, alignment=TA_CENTER,
                                firstLineIndent=0, spaceAfter=8),
        "cell": ParagraphStyle("cell", parent=base, fontSize=10.5, leading=15, firstLineIndent=0, spaceAfter=0),
        "cellc": ParagraphStyle("cellc", parent=base, fontSize=10.5, leading=15, firstLineIndent=0, spaceAfter=0,
                                alignment=TA_CENTER),
        "small": ParagraphStyle("small", parent=base, fontSize=8.5, leading=12, firstLineIndent=0),
        "right": ParagraphStyle("right", parent=base, firstLineIndent=0, alignment=TA_RIGHT),
        "heading": ParagraphStyle("heading", parent=base, firstLineIndent=0, fontSize=13, leading=22, spaceBefore=6),
    }


def esc(text: object) -> str:
    """Paragraph markup is XML-ish: escape user data."""
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class Title(Flowable):
    """A centred heading in faux bold (fill + stroke; the shipped font has one weight)."""

    def __init__(self, text: str, size: float = 22, space_after: float = 4 * mm):
        super().__init__()
        self.text, self.size, self.space_after = text, size, space_after

    def wrap(self, avail_w, avail_h):
        self.width = avail_w
        return avail_w, self.size * 1.4 + self.space_after

    def draw(self):
        c = self.canv
        c.saveState()
        t = c.beginText()
        t.setFont(FONT, self.size)
        t.setTextRenderMode(2)
        c.setLineWidth(self.size / 40)
        w = c.stringWidth(self.text, FONT, self.size)
        t.setTextOrigin((self.width - w) / 2, self.space_after + self.size * 0.3)
        t.textOut(self.text)
        c.drawText(t)
        c.restoreState()


class SealBlock(Flowable):
    """The signing area at the end of a notice: issuing organ, date, and the seal image if the
    center configured one (else the space is left for the physical seal)."""

    def __init__(self, organ: str, date: dt.date, seal_image: Path | None = None, height: float = 34 * mm):
        super().__init__()
        self.organ, self.date, self.seal_image, self.height = organ, date, seal_image, height

    def wrap(self, avail_w, avail_h):
        self.width = avail_w
        return avail_w, self.height

    def draw(self):
        c = self.canv
        size = 12
        right = self.width - 8 * mm
        lines = [self.organ, zh_date(self.date)]
        widths = [c.stringWidth(s, FONT, size) for s in lines]
        block_w = max(widths)
        centre = right - block_w / 2
        y0 = 6 * mm
        c.setFont(FONT, size)
        c.drawCentredString(centre, y0 + 8 * mm, lines[0])
        c.drawCentredString(centre, y0, lines[1])
        if self.seal_image and Path(self.seal_image).exists():
            d = 40 * mm
            c.drawImage(str(self.seal_image), centre - d / 2, y0 - 12 * mm, d, d, mask="auto",
                        preserveAspectRatio=True)


def qr_matrix(payload: str) -> list[list[bool]]:
    """QR modules (error correction M) including a 4-module quiet zone."""
    import qrcode
    from qrcode.constants import ERROR_CORRECT_M

    qr = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=4)
    qr.add_data(payload.encode("utf-8"))
    qr.make(fit=True)
    return qr.get_matrix()


def draw_qr(c: Canvas, payload: str, x: float, y: float, size: float) -> None:
    """A QR code as vector rectangles at (x, y), `size` wide; runs of dark modules in a row are
    one rectangle (small PDF, sharp at any printer resolution)."""
    matrix = qr_matrix(payload)
    n = len(matrix)
    cell = size / n
    c.saveState()
    c.setFillColor(colors.white)
    c.rect(x, y, size, size, stroke=0, fill=1)
    c.setFillColor(colors.black)
    path = c.beginPath()
    for r, row in enumerate(matrix):
        col = 0
        while col < n:
            if row[col]:
                start = col
                while col < n and row[col]:
                    col += 1
                path.rect(x + start * cell, y + (n - 1 - r) * cell, (col - start) * cell, cell)
            else:
                col += 1
    c.drawPath(path, stroke=0, fill=1)
    c.restoreState()


def grid_table(rows: list[list], col_widths: list[float], *, header: bool = True) -> Table:
    t = Table(rows, colWidths=col_widths, repeatRows=1 if header else 0)
    style = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),  # cells hold Paragraphs, but the default is Helvetica
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.92, 0.92, 0.92)))
    t.setStyle(TableStyle(style))
    return t


def kv_table(pairs: list[tuple[str, object]], width: float, label_w: float = 36 * mm) -> Table:
    st = styles()
    rows = [[Paragraph(esc(k), st["cellc"]), Paragraph(esc(v), st["cell"])] for k, v in pairs]
    t = Table(rows, colWidths=[label_w, width - label_w])
    t.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (0, -1), colors.Color(0.95, 0.95, 0.95)),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return t


@dataclass
class PageFurniture:
    """Drawn on every page: footer line (number, rule version, page n/N) and the 补打 stamp."""

    footer: str
    reprint_note: str = ""  # e.g. "补打 2026-11-22 14:03"; empty for the first print
    first_page: Callable[[Canvas], None] | None = None
    watermark: str = ""  # e.g. training mode: "培训样张 无效"


def stamp_reprint(c: Canvas, note: str, page_w: float = PAGE_W, page_h: float = PAGE_H) -> None:
    """A red boxed 补打 mark at the top right of the page, with when and by whom."""
    c.saveState()
    c.setStrokeColor(RED)
    c.setFillColor(RED)
    c.setLineWidth(1.2)
    w, h = 30 * mm, 11 * mm
    x, y = page_w - 14 * mm - w, page_h - 12 * mm - h
    c.rect(x, y, w, h)
    c.setFont(FONT, 15)
    c.drawCentredString(x + w / 2, y + 3.4 * mm, "补  打")
    c.setFont(FONT, 6.5)
    c.drawRightString(x + w, y - 3 * mm, note)
    c.restoreState()


def draw_watermark(c: Canvas, text: str, page_w: float = PAGE_W, page_h: float = PAGE_H) -> None:
    """A large grey diagonal text across the page (training documents are not valid)."""
    c.saveState()
    c.setFillColor(colors.Color(0.55, 0.55, 0.55, alpha=0.35))
    c.translate(page_w / 2, page_h / 2)
    c.rotate(35)
    c.setFont(FONT, 54)
    c.drawCentredString(0, -18, text)
    c.restoreState()


def numbered_canvas(furniture: PageFurniture, invariant: bool = True):
    """A canvas class that knows the page count when it draws the footer (第 n 页 共 N 页)."""

    class _Canvas(Canvas):
        def __init__(self, *args, **kwargs):
            kwargs.setdefault("invariant", invariant)
            kwargs["initialFontName"] = kwargs.get("initialFontName") or FONT  # never Helvetica
            kwargs["initialFontSize"] = kwargs.get("initialFontSize") or 12
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._furnish(total)
                super().showPage()
            super().save()

        def _furnish(self, total: int) -> None:
            self.saveState()
            self.setFont(FONT, 7.5)
            self.setFillColor(colors.Color(0.3, 0.3, 0.3))
            for i, line in enumerate(furniture.footer.split("\n")[:2]):
                self.drawString(MARGIN_L, (13 - 3.6 * i) * mm, line)
            self.drawRightString(PAGE_W - MARGIN_R, 13 * mm, f"第 {self._pageNumber} 页 共 {total} 页")
            self.restoreState()
            if furniture.reprint_note:
                stamp_reprint(self, furniture.reprint_note)
            if furniture.watermark:
                draw_watermark(self, furniture.watermark)

    return _Canvas


def build_story(out, story: list, furniture: PageFurniture, *, title: str, author: str,
                subject: str = "") -> None:
    """Lay `story` out on A4 pages and write the PDF to `out` (a path or a binary file)."""
    register_font()
    doc = BaseDocTemplate(out, pagesize=A4, leftMargin=MARGIN_L, rightMargin=MARGIN_R, topMargin=MARGIN_T,
                          bottomMargin=MARGIN_B, title=title, author=author, subject=subject,
                          creator="综窗 zongchuang", invariant=1)
    frame = Frame(MARGIN_L, MARGIN_B, PAGE_W - MARGIN_L - MARGIN_R, PAGE_H - MARGIN_T - MARGIN_B, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

    def on_page(c, _doc):
        if furniture.first_page and c.getPageNumber() == 1:
            furniture.first_page(c)

    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page)])
    doc.build(story, canvasmaker=numbered_canvas(furniture))


CONTENT_W = PAGE_W - MARGIN_L - MARGIN_R
spacer = Spacer
