"""XSL-FO page builder: each document is one fo:page-sequence on its own page master (A3 landscape 正本,
A4 portrait 副本, A4 landscape, A5, the 85.6×54 mm card), every text run an absolutely positioned
fo:block-container in a named face, labels spread by letter-spacing to a fixed width, long values broken
into lines here (so the place of every character is known: `Page.boxes`), SVG art as
fo:instream-foreign-object. The boxes are what the capture uses to decide which value it hid."""

from __future__ import annotations

from xml.sax.saxutils import escape

PT = 25.4 / 72  # mm per point

MASTERS = {"a3l": (420.0, 297.0), "a4p": (210.0, 297.0), "a4l": (297.0, 210.0), "a5p": (148.0, 210.0),
           "card": (85.6, 54.0), "rcpt": (80.0, 160.0)}

NO_BREAK_START = set("，。；、：）》」』”’,.;:)%")


def em(ch: str) -> float:
    """Advance of a character in em (CJK and full-width 1, ASCII about half)."""
    o = ord(ch)
    if o < 0x2E80:
        return 0.3 if ch in " ·.,:;()-/" else 0.56
    return 1.0


def width(s: str, size_pt: float) -> float:
    return sum(em(c) for c in s) * size_pt * PT


def wrap(s: str, w_mm: float, size_pt: float) -> list[str]:
    """Break `s` into lines no wider than w_mm (no line starts with closing punctuation)."""
    lines, cur, cw = [], "", 0.0
    unit = size_pt * PT
    for ch in s:
        a = em(ch) * unit
        if cur and cw + a > w_mm and ch not in NO_BREAK_START:
            lines.append(cur)
            cur, cw = "", 0.0
        cur += ch
        cw += a
    if cur:
        lines.append(cur)
    return lines


class Page:
    """One page: its master, the FO blocks on it, the faces its text asked for, and per field the
    boxes (x, y, w, h in mm, and the characters in each) its value's ink lies in."""

    def __init__(self, master: str, bg: str = "#ffffff") -> None:
        self.master = master
        self.w, self.h = MASTERS[master]
        self.bg = bg
        self.items: list[str] = []
        self.faces: set[str] = set()
        self.boxes: dict[str, list[tuple[float, float, float, float, str]]] = {}

    def text(self, x: float, y: float, s: str, face: str, size: float, color: str = "#000000", field: str | None = None,
             spread: float | None = None, bold: bool = False, align: str = "start", box_w: float | None = None) -> float:
        """One line at (x, y) (top of the line box, mm); `spread` stretches it to that width by letter-spacing.
        Returns the width drawn."""
        if not s:
            return 0.0
        self.faces.add(face)
        w = width(s, size)
        ls = ""
        if spread and len(s) > 1:
            ls = f' letter-spacing="{(spread - w) / (len(s) - 1):.2f}mm"'
            w = spread
            if align != "start":  # FOP centres letter-spaced runs off: place the run's start ourselves
                x = x - w / 2 if align == "center" else x - w
                align, box_w = "start", None
        bw = box_w or max(w + 4, 10)
        if align == "center":
            bx = x - bw / 2
        elif align == "end":
            bx = x - bw
        else:
            bx = x
        fw = ' font-weight="bold"' if bold else ""
        self.items.append(
            f'<fo:block-container absolute-position="absolute" left="{bx:.2f}mm" top="{y:.2f}mm" width="{bw:.2f}mm">'
            f'<fo:block font-family="{face}" font-size="{size:.1f}pt" color="{color}" line-height="1.2" '
            f'wrap-option="no-wrap" text-align="{align}"{ls}{fw}>{escape(s)}</fo:block></fo:block-container>')
        if field:
            x0 = {"start": bx, "center": x - w / 2, "end": x - w}[align]
            top = y + size * PT * 0.15
            self.boxes.setdefault(field, []).append((x0, top, w, size * PT * 1.0, s))
        return w

    def para(self, x: float, y: float, w: float, s: str, face: str, size: float, lead: float = 1.45,
             color: str = "#000000", field: str | None = None, first_indent: float = 0.0) -> int:
        """`s` broken into lines of width w (mm), `lead` × size apart; returns the number of lines."""
        lines = wrap(s, w - first_indent, size) if first_indent else wrap(s, w, size)
        if first_indent and len(lines) > 1:
            rest = "".join(lines[1:])
            lines = lines[:1] + wrap(rest, w, size)
        for k, line in enumerate(lines):
            self.text(x + (first_indent if k == 0 else 0), y + k * size * PT * lead, line, face, size, color, field)
        return len(lines)

    def svg(self, x: float, y: float, w: float, h: float, svg: str) -> None:
        self.items.append(
            f'<fo:block-container absolute-position="absolute" left="{x:.2f}mm" top="{y:.2f}mm" width="{w:.2f}mm" height="{h:.2f}mm">'
            f'<fo:block line-height="0" font-size="0"><fo:instream-foreign-object content-width="{w:.2f}mm" content-height="{h:.2f}mm" '
            f'scaling="non-uniform">{svg}</fo:instream-foreign-object></fo:block></fo:block-container>')

    def rule(self, x: float, y: float, w: float, h: float, color: str = "#000000", fill: str | None = None, stroke: float = 0.3) -> None:
        bd = f'border="{stroke}mm solid {color}"' if stroke else ""
        bg = f' background-color="{fill}"' if fill else ""
        self.items.append(f'<fo:block-container absolute-position="absolute" left="{x:.2f}mm" top="{y:.2f}mm" '
                          f'width="{w:.2f}mm" height="{h:.2f}mm" {bd}{bg}><fo:block/></fo:block-container>')

    def sequence(self) -> str:
        return (f'<fo:page-sequence master-reference="{self.master}"><fo:flow flow-name="xsl-region-body">'
                f'<fo:block-container absolute-position="absolute" left="0mm" top="0mm" width="{self.w}mm" height="{self.h}mm" '
                f'background-color="{self.bg}"><fo:block/></fo:block-container>' + "".join(self.items)
                + "</fo:flow></fo:page-sequence>")


def document(pages: list[Page]) -> str:
    masters = "".join(f'<fo:simple-page-master master-name="{k}" page-width="{w}mm" page-height="{h}mm">'
                      f'<fo:region-body/></fo:simple-page-master>' for k, (w, h) in MASTERS.items())
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<fo:root xmlns:fo="http://www.w3.org/1999/XSL/Format">'
            f'<fo:layout-master-set>{masters}</fo:layout-master-set>' + "".join(p.sequence() for p in pages) + "</fo:root>")
