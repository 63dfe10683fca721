"""Family ZE's renderer: each document is a Gnumeric worksheet (native XML, gzip or plain), laid out the
way a local office lays out a certificate in a spreadsheet — column widths and row heights sized to
the page, merged cells, borders, distributed labels, wrapped 住所/经营范围, per-cell faces and colours,
PNG sheet objects (emblem, seal, QR-like block, guilloche frame, photo) and a print setup — converted
headless by `ssconvert` to PDF (Gnumeric's own cairo print path) and rasterised by `pdftoppm`.

Gnumeric substitutes a missing face silently, so every PDF's embedded fonts (`pdffonts`) are checked
against the PostScript names fontconfig gives for the faces the sheet asked for; a substitution raises.
Every cell's text is also checked against its face's cmap before the sheet is written.

Gnumeric 1.12.55 draws a one-line GNM_HALIGN_DISTRIBUTED cell centred (Pango does not justify a
paragraph's last line), so labels keep the distributed alignment *and* are spread with full-width
spaces (`名　　称`), which is what office users type when Excel's 分散对齐 is not at hand.
"""

from __future__ import annotations

import base64
import functools
import gzip
import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

PT_PER_MM = 72 / 25.4
PAPER = {"iso_a4": (595.28, 841.89), "iso_a3": (841.89, 1190.55), "iso_a2": (1190.55, 1683.78), "iso_a5": (419.53, 595.28)}
LANDSCAPE_ON = {"iso_a4": "iso_a3", "iso_a3": "iso_a2"}  # the portrait paper a landscape sheet is printed on

# the faces this family lays out with: the CJK faces a Chinese office PC has, and digit faces
FACES = ["AR PL SungtiL GB", "AR PL UMing CN", "Noto Serif CJK SC", "Noto Sans CJK SC", "AR PL UKai CN",
         "AR PL KaitiM GB", "LXGW WenKai", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Droid Sans Fallback",
         "BabelStone Han", "DejaVu Sans Mono", "Liberation Mono", "Nimbus Mono PS", "DejaVu Sans"]
COVER_FACES = ["Noto Sans CJK SC", "Noto Serif CJK SC", "WenQuanYi Zen Hei"]  # for a cell its face lacks
USED: list[tuple[str, str]] = []  # (face, text) of every cell written, for the tests


def version() -> str:
    out = subprocess.run(["ssconvert", "--version"], capture_output=True, text=True, timeout=60).stdout
    pv = subprocess.run(["pdftoppm", "-v"], capture_output=True, text=True, timeout=60).stderr.splitlines()
    return out.strip().splitlines()[0] + " | " + (pv[0] if pv else "")


@functools.cache
def face_files() -> dict[str, list[tuple[str, int, str, str]]]:
    """family -> [(file, index, postscript name, style)] from fontconfig."""
    out = subprocess.run(["fc-list", "-f", "%{family}|%{file}|%{index}|%{postscriptname}|%{style[0]}\n"],
                         capture_output=True, text=True, timeout=60).stdout
    res: dict[str, list] = {}
    for line in out.splitlines():
        fam, file, idx, ps, style = line.split("|")
        for f in fam.split(","):
            res.setdefault(f, []).append((file, int(idx or 0), ps, style))
    return res


def check_face(face: str) -> None:
    """Raise unless fontconfig resolves `face` to itself (no silent fallback)."""
    got = subprocess.run(["fc-match", "-f", "%{family}", face], capture_output=True, text=True, timeout=30).stdout
    if face not in got.split(","):
        raise RuntimeError(f"face {face!r} not installed (fontconfig gives {got!r})")


@functools.cache
def cmap(face: str) -> frozenset[int]:
    from fontTools.ttLib import TTFont

    check_face(face)
    entries = [e for e in face_files()[face] if e[0].endswith((".ttf", ".otf", ".ttc", ".otc"))]
    reg = [e for e in entries if e[3] in ("Regular", "Book", "Light", "Medium")] or entries
    file, idx, _, _ = reg[0]
    kw = {"fontNumber": idx} if file.endswith((".ttc", ".otc")) else {}
    f = TTFont(file, lazy=True, **kw)
    return frozenset(f.getBestCmap())


def covers(face: str, text: str) -> bool:
    cm = cmap(face)
    return all(ord(c) in cm for c in text if not c.isspace())


def spread(label: str, width_chars: int) -> str:
    """`名称` over four character cells -> `名　　称` (full-width spaces between the characters)."""
    n = len(label)
    if n >= width_chars or n < 2:
        return label
    gaps = width_chars - n
    out = ""
    for i, ch in enumerate(label):
        out += ch
        if i < n - 1:
            out += "　" * (gaps // (n - 1) + (1 if i < gaps % (n - 1) else 0))
    return out


def rgb16(hexcol: str) -> str:
    h = hexcol.lstrip("#")
    return ":".join(f"{int(h[i:i + 2], 16) * 257:X}" for i in (0, 2, 4))


HALIGN = {"left": "GNM_HALIGN_LEFT", "center": "GNM_HALIGN_CENTER", "right": "GNM_HALIGN_RIGHT",
          "dist": "GNM_HALIGN_DISTRIBUTED", "justify": "GNM_HALIGN_JUSTIFY", "general": "GNM_HALIGN_GENERAL"}
VALIGN = {"top": "GNM_VALIGN_TOP", "center": "GNM_VALIGN_CENTER", "bottom": "GNM_VALIGN_BOTTOM",
          "dist": "GNM_VALIGN_DISTRIBUTED"}
BORDER = {"thin": 1, "medium": 2, "dashed": 3, "dotted": 4, "thick": 5, "double": 6, "hair": 7}


@dataclass
class Sheet:
    """One worksheet laid out on one page: `cols`/`rows` in points, placed at (`left`, `top`) points
    from the paper's corner (the print margins are set so, at 100 %), so a cell's place on the page
    is known exactly (the truth's boxes for glare, hands and crops)."""

    name: str
    cols: list[float]
    rows: list[float]
    paper: str = "iso_a4"
    landscape: bool = False
    left: float | None = None
    top: float = 40.0
    cells: list[str] = field(default_factory=list)
    styled: dict = field(default_factory=dict)
    edges: dict = field(default_factory=dict)
    merges: list[str] = field(default_factory=list)
    objects: list[str] = field(default_factory=list)
    boxes: dict[str, tuple[float, float, float, float]] = field(default_factory=dict)
    faces: set[str] = field(default_factory=set)

    @property
    def size(self) -> tuple[float, float]:
        w, h = PAPER[self.paper]
        return (h, w) if self.landscape else (w, h)

    def origin(self) -> tuple[float, float]:
        pw, ph = self.size
        left = (pw - sum(self.cols)) / 2 if self.left is None else self.left
        return left, self.top

    @property
    def print_crop(self) -> tuple[float, float, float, float] | None:
        """The part of the printed PDF page that is this sheet's page (landscape sheets)."""
        return (0.0, 0.0, *self.size) if self.landscape else None

    def rect(self, r0: int, c0: int, r1: int, c1: int) -> tuple[float, float, float, float]:
        """Page rectangle (x0, y0, x1, y1) in points of the cell range."""
        ox, oy = self.origin()
        return (ox + sum(self.cols[:c0]), oy + sum(self.rows[:r0]), ox + sum(self.cols[:c1 + 1]), oy + sum(self.rows[:r1 + 1]))

    def cell(self, r: int, c: int, text: str, face: str, size: float, *, r1: int | None = None, c1: int | None = None,
             h: str = "left", v: str = "center", wrap: bool = False, bold: bool = False, color: str = "#000000",
             back: str | None = None, border: dict | None = None, key: str | None = None, indent: int = 0) -> None:
        r1 = r if r1 is None else r1
        c1 = c if c1 is None else c1
        if text and not covers(face, text):
            # the office's own choice when a face lacks a character (￥, Latin in a CJK-only face):
            # the cell is set in a face that has it, and the PDF check below holds it to that face
            alt = next((f for f in COVER_FACES if covers(f, text)), None)
            if alt is None:
                missing = sorted({ch for ch in text if not ch.isspace() and ord(ch) not in cmap(face)})
                raise ValueError(f"{face!r} lacks {missing} for {text!r}")
            face = alt
        if text:
            USED.append((face, text))
            self.faces.add(face)
        if (r1, c1) != (r, c):
            self.merges.append(f"{_ref(r, c)}:{_ref(r1, c1)}")
        # a face without a bold style would be emboldened by cairo into a Type 3 "CairoFont": not asked
        bold = bold and any("Bold" in e[3] for e in face_files().get(face, []))
        st = dict(h=h, v=v, wrap=wrap, bold=bold, color=color, back=back, face=face, size=size, indent=indent)
        for rr in range(r, r1 + 1):
            for cc in range(c, c1 + 1):
                self.styled[(rr, cc)] = st
        if border:
            self._edges(r, c, r1, c1, border)
        if text:
            self.cells.append(f'<gnm:Cell Row="{r}" Col="{c}" ValueType="60">{escape(text)}</gnm:Cell>')
        if key:
            self.boxes[key] = self.ink(self.rect(r, c, r1, c1), text, size, h, v, wrap, indent)

    @staticmethod
    def ink(box, text: str, size: float, h: str, v: str, wrap: bool, indent: int):
        """Where the value's ink is, roughly: the whole cell when wrapped, else the text's width
        placed by the alignment (CJK full width, Latin and digits about half)."""
        x0, y0, x1, y1 = box
        if wrap or h in ("dist", "justify"):
            return box
        tw = sum(size if ord(ch) > 255 else size * 0.6 for ch in text) + 2
        tw = min(tw, x1 - x0)
        if h == "center":
            cx = (x0 + x1) / 2
            x0, x1 = cx - tw / 2, cx + tw / 2
        elif h == "right":
            x0 = x1 - tw
        else:
            x0 += indent * size
            x1 = x0 + tw
        th = size * 1.35
        if v == "top":
            y1 = y0 + th
        elif v == "bottom":
            y0 = y1 - th
        else:
            cy = (y0 + y1) / 2
            y0, y1 = cy - th / 2, cy + th / 2
        return (x0, y0, x1, y1)

    def border(self, r0: int, c0: int, r1: int, c1: int, style: str = "thin", inner: bool = False) -> None:
        """A frame round a range (and its inner grid lines when `inner`), as a printed form has."""
        if inner:
            for r in range(r0, r1 + 1):
                for c in range(c0, c1 + 1):
                    self._edges(r, c, r, c, {"Top": "thin", "Bottom": "thin", "Left": "thin", "Right": "thin"})
        self._edges(r0, c0, r1, c1, {"Top": style, "Bottom": style, "Left": style, "Right": style})

    def _edges(self, r0: int, c0: int, r1: int, c1: int, sides: dict) -> None:
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                e = self.edges.setdefault((r, c), {})
                if r == r0 and "Top" in sides:
                    e["Top"] = sides["Top"]
                if r == r1 and "Bottom" in sides:
                    e["Bottom"] = sides["Bottom"]
                if c == c0 and "Left" in sides:
                    e["Left"] = sides["Left"]
                if c == c1 and "Right" in sides:
                    e["Right"] = sides["Right"]

    def _style_xml(self) -> str:
        out = []
        for rc in sorted(set(self.styled) | set(self.edges)):
            st = self.styled.get(rc, _BASE)
            bd = ""
            if rc in self.edges:
                bd = "<gnm:StyleBorder>" + "".join(
                    f'<gnm:{side} Style="{BORDER[v]}" Color="0:0:0"/>' for side, v in self.edges[rc].items()) + "</gnm:StyleBorder>"
            r, c = rc
            out.append(
                f'<gnm:StyleRegion startCol="{c}" startRow="{r}" endCol="{c}" endRow="{r}"><gnm:Style HAlign="{HALIGN[st["h"]]}" '
                f'VAlign="{VALIGN[st["v"]]}" WrapText="{int(st["wrap"])}" ShrinkToFit="0" Rotation="0" Shade="{int(bool(st["back"]))}" '
                f'Indent="{st["indent"]}" Locked="1" Hidden="0" Fore="{rgb16(st["color"])}" Back="{rgb16(st["back"] or "#ffffff")}" '
                f'PatternColor="0:0:0" Format="@"><gnm:Font Unit="{st["size"]:g}" Bold="{int(st["bold"])}" Italic="0" Underline="0" '
                f'StrikeThrough="0" Script="0">{escape(st["face"])}</gnm:Font>{bd}</gnm:Style></gnm:StyleRegion>')
        return "".join(out)

    def image(self, png: bytes, x: float, y: float, w: float, h: float) -> None:
        """A PNG sheet object at page points (x, y) size (w, h), anchored to the cells under it."""
        ox, oy = self.origin()
        c0, fx0 = _locate(self.cols, x - ox)
        r0, fy0 = _locate(self.rows, y - oy)
        c1, fx1 = _locate(self.cols, x + w - ox)
        r1, fy1 = _locate(self.rows, y + h - oy)
        self.objects.append(
            f'<gnm:SheetObjectImage ObjectBound="{_ref(r0, c0)}:{_ref(r1, c1)}" ObjectOffset="{fx0:.5f} {fy0:.5f} {fx1:.5f} {fy1:.5f}" '
            f'Direction="17" Print="1"><Content image-type="png" size-bytes="{len(png)}">{base64.b64encode(png).decode()}</Content>'
            f'</gnm:SheetObjectImage>')

    def xml(self) -> str:
        pw, ph = self.size
        ox, oy = self.origin()
        right = max(pw - ox - sum(self.cols), 0)
        bottom = max(ph - oy - sum(self.rows), 0)
        paper = self.paper
        if self.landscape:
            # ssconvert's landscape pages came out with the table moved and cut (measured: A3
            # landscape printed from x = 0, y = 2 × margin, one column per page), so a landscape
            # sheet is printed at the top of the portrait paper twice its size (A3 -> A2, A4 -> A3)
            # and cut to its own size by pdftoppm (`print_crop`)
            paper = LANDSCAPE_ON[self.paper]
            bottom = PAPER[paper][1] - oy - sum(self.rows)
        if sum(self.rows) > ph - oy + 0.5 or sum(self.cols) > pw - ox + 0.5:
            raise ValueError(f"sheet {self.name} does not fit its page")
        cols = "".join(f'<gnm:ColInfo No="{i}" Unit="{w:.3f}" HardSize="1"/>' for i, w in enumerate(self.cols))
        rows = "".join(f'<gnm:RowInfo No="{i}" Unit="{h:.3f}" HardSize="1"/>' for i, h in enumerate(self.rows))
        base = ('<gnm:StyleRegion startCol="0" startRow="0" endCol="255" endRow="65535"><gnm:Style HAlign="GNM_HALIGN_GENERAL" '
                'VAlign="GNM_VALIGN_CENTER" WrapText="0" ShrinkToFit="0" Rotation="0" Shade="0" Indent="0" Locked="1" Hidden="0" '
                'Fore="0:0:0" Back="FFFF:FFFF:FFFF" PatternColor="0:0:0" Format="General"><gnm:Font Unit="10" Bold="0" Italic="0" '
                'Underline="0" StrikeThrough="0" Script="0">Noto Sans CJK SC</gnm:Font></gnm:Style></gnm:StyleRegion>')
        merges = "".join(f"<gnm:Merge>{m}</gnm:Merge>" for m in self.merges)
        nr, nc = len(self.rows) - 1, len(self.cols) - 1
        return (
            f'<gnm:Sheet DisplayFormulas="0" HideZero="0" HideGrid="1" HideColHeader="0" HideRowHeader="0" DisplayOutlines="1" '
            f'OutlineSymbolsBelow="1" OutlineSymbolsRight="1" Visibility="GNM_SHEET_VISIBILITY_VISIBLE" GridColor="0:0:0">'
            f"<gnm:Name>{escape(self.name)}</gnm:Name><gnm:MaxCol>{nc}</gnm:MaxCol><gnm:MaxRow>{nr}</gnm:MaxRow><gnm:Zoom>1</gnm:Zoom>"
            f"<gnm:PrintInformation><gnm:Margins><gnm:top Points=\"{oy:.3f}\" PrefUnit=\"mm\"/><gnm:bottom Points=\"{min(bottom, 20):.3f}\" PrefUnit=\"mm\"/>"
            f"<gnm:left Points=\"{ox:.3f}\" PrefUnit=\"mm\"/><gnm:right Points=\"{min(right, 10):.3f}\" PrefUnit=\"mm\"/>"
            f"<gnm:header Points=\"0\" PrefUnit=\"mm\"/><gnm:footer Points=\"0\" PrefUnit=\"mm\"/></gnm:Margins>"
            f'<gnm:Scale type="percentage" percentage="100"/><gnm:vcenter value="0"/><gnm:hcenter value="0"/><gnm:grid value="0"/>'
            f'<gnm:even_if_only_styles value="0"/><gnm:monochrome value="0"/><gnm:draft value="0"/><gnm:titles value="0"/>'
            f'<gnm:do_not_print value="0"/><gnm:print_range value="GNM_PRINT_ACTIVE_SHEET"/><gnm:order>d_then_r</gnm:order>'
            f"<gnm:orientation>portrait</gnm:orientation>"
            f'<gnm:Header Left="" Middle="" Right=""/><gnm:Footer Left="" Middle="" Right=""/><gnm:paper>{paper}</gnm:paper>'
            f"</gnm:PrintInformation><gnm:Styles>{base}{self._style_xml()}</gnm:Styles>"
            f'<gnm:Cols DefaultSizePts="48">{cols}</gnm:Cols><gnm:Rows DefaultSizePts="12.75">{rows}</gnm:Rows>'
            f"<gnm:MergedRegions>{merges}</gnm:MergedRegions>"
            f"<gnm:Objects>{''.join(self.objects)}</gnm:Objects><gnm:Cells>{''.join(self.cells)}</gnm:Cells>"
            f'<gnm:SheetLayout TopLeft="A1"/></gnm:Sheet>')


_BASE = dict(h="general", v="center", wrap=False, bold=False, color="#000000", back=None, face="Noto Sans CJK SC", size=10, indent=0)


def _ref(r: int, c: int) -> str:
    s = ""
    c += 1
    while c:
        c, m = divmod(c - 1, 26)
        s = chr(65 + m) + s
    return f"{s}{r + 1}"


def _locate(sizes: list[float], pos: float) -> tuple[int, float]:
    acc = 0.0
    for i, s in enumerate(sizes):
        if pos < acc + s or i == len(sizes) - 1:
            return i, min(max((pos - acc) / s, 0.0), 1.0)
        acc += s
    return len(sizes) - 1, 1.0


def workbook(sheets: list[Sheet]) -> str:
    names = "".join(f"<gnm:SheetName>{escape(s.name)}</gnm:SheetName>" for s in sheets)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<gnm:Workbook xmlns:gnm="http://www.gnumeric.org/v10.dtd" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<gnm:Version Epoch="1" Major="12" Minor="55" Full="1.12.55"/>'
            f"<gnm:SheetNameIndex>{names}</gnm:SheetNameIndex><gnm:Sheets>{''.join(s.xml() for s in sheets)}</gnm:Sheets>"
            '<gnm:UIData SelectedTab="0"/></gnm:Workbook>')


def allowed_ps(faces: set[str]) -> set[str]:
    return {ps for f in faces for (_, _, ps, _) in face_files().get(f, [])}


def to_pdf(sheet: Sheet, work: Path, gz: bool) -> Path:
    """The sheet as a .gnumeric (gzip or plain XML) converted by ssconvert; its embedded fonts checked."""
    src = work / ("book.gnumeric" if gz else "book.xml.gnumeric")
    data = workbook([sheet]).encode("utf-8")
    src.write_bytes(gzip.compress(data, mtime=0) if gz else data)
    pdf = work / "page.pdf"
    pdf.unlink(missing_ok=True)
    r = subprocess.run(["ssconvert", "--export-type=Gnumeric_pdf:pdf_assistant", str(src), str(pdf)],
                       capture_output=True, text=True, timeout=120, env=_env())
    if r.returncode or not pdf.exists():
        raise RuntimeError(f"ssconvert failed: {r.stderr[-600:]}")
    bad = [e for e in r.stderr.splitlines() if "Unexpected element" in e or "Unknown" in e]
    if bad:
        raise RuntimeError(f"ssconvert did not read the sheet: {bad[:3]}")
    check_fonts(pdf, sheet.faces)
    pin_pdf(pdf)
    return pdf


def crop_pdf(pdf: Path, sheet: Sheet) -> None:
    """A landscape sheet's PDF cut to its own page: the MediaBox rewritten to the top of the bigger
    portrait paper it was printed on, padded to the same byte length so the xref stays right."""
    if not sheet.landscape:
        return
    b = pdf.read_bytes()
    m = re.search(rb"/MediaBox \[[^\]]*\]", b)
    if not m:
        raise RuntimeError("no MediaBox in Gnumeric's PDF")
    big_h = PAPER[LANDSCAPE_ON[sheet.paper]][1]
    w, h = sheet.size
    new = f"/MediaBox [0 {big_h - h:.2f} {w:.2f} {big_h:.2f}".encode()
    old = m.group(0)
    if len(new) + 1 > len(old):
        raise RuntimeError("MediaBox rewrite does not fit")
    pdf.write_bytes(b[:m.start()] + new + b" " * (len(old) - len(new) - 1) + b"]" + b[m.end():])


def _env() -> dict:
    import os

    return {**os.environ, "SOURCE_DATE_EPOCH": "1700000000", "LC_ALL": "C.UTF-8"}


def check_fonts(pdf: Path, faces: set[str]) -> None:
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, timeout=60).stdout.splitlines()[2:]
    ok = allowed_ps(faces)
    for line in out:
        name = line.split()[0].split("+", 1)[-1]
        if name not in ok:
            raise RuntimeError(f"Gnumeric substituted a face: {name} embedded, asked for {sorted(faces)}")


def pin_pdf(pdf: Path) -> None:
    """cairo stamps the creation time; pin it so a set is byte-identical for a seed."""
    b = pdf.read_bytes()
    b = re.sub(rb"/CreationDate \(D:[0-9+\-Z']+\)", b"/CreationDate (D:20240101000000Z)", b)
    b = re.sub(rb"/ModDate \(D:[0-9+\-Z']+\)", b"/ModDate (D:20240101000000Z)", b)
    pdf.write_bytes(b)


def rasterise(pdf: Path, out_png: Path, dpi: float, aa: bool, crop_pt: tuple[float, float, float, float] | None = None,
              gray: bool = False) -> Path:
    """pdftoppm at `dpi` (anti-aliasing on or off), optionally cropped to a page rectangle in points."""
    args = ["pdftoppm", "-f", "1", "-l", "1", "-r", f"{dpi:g}", "-aa", "yes" if aa else "no",
            "-aaVector", "yes" if aa else "no", "-singlefile"]
    if gray:
        args.append("-gray")
    if crop_pt:
        k = dpi / 72
        x0, y0, x1, y1 = crop_pt
        args += ["-x", str(round(x0 * k)), "-y", str(round(y0 * k)), "-W", str(round((x1 - x0) * k)), "-H", str(round((y1 - y0) * k))]
    stem = out_png.with_suffix("")
    subprocess.run([*args, "-png", str(pdf), str(stem)], check=True, capture_output=True, timeout=120)
    return out_png
