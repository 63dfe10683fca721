"""Family AI's pages as PostScript programs: a small prolog (CID-keyed CJK fonts composed from the
machine's TrueType files over the UniGB-UTF16-H CMap, boxes, seals, guilloche) and a writer that
turns millimetre layouts into PostScript, rendered by Ghostscript (png16m) or written to PDF by
Ghostscript's pdfwrite."""

from __future__ import annotations

import math

FONTS = {  # name -> (file, subfont)
    "Ming": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
    "Kai": ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0),
    "Hei": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    "MHei": ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    "Wen": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf", 0),
    "WenB": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Bold.ttf", 0),
    "GKai": ("/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf", 0),
}


def cidfmap() -> str:
    return "".join(f"/AI{k} << /FileType /TrueType /Path ({p}) /SubfontID {s} /CSI [(GB1) 5] >> ;\n"
                   for k, (p, s) in FONTS.items())


PROLOG = """%!PS-Adobe-3.0
%%Creator: zongchuang docgen_ai
/MM { 72 25.4 div mul } bind def
""" + "".join(f"/AI{k}-UniGB-UTF16-H /UniGB-UTF16-H [/AI{k} /CIDFont findresource] composefont pop\n" for k in FONTS) + """
/F { exch (AI) exch 100 string cvs concatstrings (-UniGB-UTF16-H) concatstrings cvn findfont exch scalefont setfont } bind def
/T { moveto show } bind def
/TC { moveto dup stringwidth pop 2 div neg 0 rmoveto show } bind def
/TR { moveto dup stringwidth pop neg 0 rmoveto show } bind def
/TS { 4 -2 roll moveto 0 exch ashow } bind def
/BOX { 4 2 roll moveto 1 index 0 rlineto 0 exch neg rlineto neg 0 rlineto closepath stroke } bind def
/FBOX { 4 2 roll moveto 1 index 0 rlineto 0 exch neg rlineto neg 0 rlineto closepath fill } bind def
/LN { moveto lineto stroke } bind def
/STAR { % cx cy r
  3 dict begin /r exch def /cy exch def /cx exch def
  0 1 9 { /i exch def i 36 mul 90 add dup cos exch sin i 2 mod 0 eq { r } { r 0.38 mul } ifelse dup 3 1 roll mul cy add 3 1 roll mul cx add exch
    i 0 eq { moveto } { lineto } ifelse } for closepath fill end } bind def
"""


def hx(s: str) -> str:
    return "<" + s.encode("utf-16-be").hex() + ">"


def tw(s: str, size: float) -> float:
    """Estimated width (mm) of s at size (mm): CJK full width, ASCII ~0.55."""
    return sum(size if ord(c) > 0x2000 else size * 0.55 for c in s)


def wrap(s: str, size: float, width: float) -> list[str]:
    rows, cur = [], ""
    for c in s:
        if cur and tw(cur + c, size) > width:
            # keep closing punctuation with its row
            if c in "，。；、）)：":
                cur += c
                rows.append(cur)
                cur = ""
                continue
            rows.append(cur)
            cur = ""
        cur += c
    if cur:
        rows.append(cur)
    return rows


class Page:
    """A page in millimetres, y from the top. Collects PostScript and the boxes of field values."""

    def __init__(self, w: float, h: float):
        self.w, self.h = w, h
        self.layers: dict[str, list[str]] = {"bg": [], "under": [], "main": [], "over": []}
        self.ops: list[str] = self.layers["main"]
        self.boxes: dict[str, tuple[float, float, float, float]] = {}
        self.free: tuple[float, float, float, float] | None = None  # a blank area for pen marks
        self.used: dict[str, set[str]] = {}  # face -> characters drawn (the test's cmap check)

    def _use(self, font: str, s: str) -> None:
        self.used.setdefault(font, set()).update(s)

    def into(self, layer: str) -> None:
        self.ops = self.layers[layer]

    def embed(self, other: Page, x: float, y: float, prefix: str = "", scale: float = 1.0) -> None:
        """Another page's drawing placed with its top-left corner at (x, y), scaled; its boxes moved."""
        self.ops.append(f"gsave {x:.3f} {self.h - y - other.h * scale:.3f} translate {scale:.4f} dup scale")
        for layer in ("bg", "under", "main", "over"):
            self.ops.extend(other.layers[layer])
        self.ops.append("grestore")
        for f, chars in other.used.items():
            self._use(f, "".join(chars))
        for k, (bx, by, bw, bh) in other.boxes.items():
            self.boxes[prefix + k] = (bx * scale + x, by * scale + y, bw * scale, bh * scale)

    def _y(self, y: float) -> float:
        return self.h - y

    def color(self, r: float, g: float, b: float) -> None:
        self.ops.append(f"{r:.3f} {g:.3f} {b:.3f} setrgbcolor")

    def text(self, x: float, y: float, size: float, s: str, font: str = "Ming", align: str = "l",
             track: float = 0.0, key: str | None = None) -> float:
        """Text with its baseline at y (mm from top); returns the estimated width."""
        op = {"l": "T", "c": "TC", "r": "TR"}[align]
        self._use(font, s)
        self.ops.append(f"/{font} {size:.3f} F")
        if track and align == "l":
            self.ops.append(f"{x:.3f} {self._y(y):.3f} {track:.3f} {hx(s)} TS")
        else:
            self.ops.append(f"{hx(s)} {x:.3f} {self._y(y):.3f} {op}")
        w = tw(s, size) + track * max(0, len(s) - 1)
        if key:
            x0 = x - (w / 2 if align == "c" else w if align == "r" else 0)
            self.add_box(key, x0, y - size * 0.9, w, size * 1.15)
        return w

    def add_box(self, key: str, x: float, y: float, w: float, h: float) -> None:
        if key in self.boxes:
            bx, by, bw, bh = self.boxes[key]
            x1, y1 = min(bx, x), min(by, y)
            self.boxes[key] = (x1, y1, max(bx + bw, x + w) - x1, max(by + bh, y + h) - y1)
        else:
            self.boxes[key] = (x, y, w, h)

    def rotated_text(self, x: float, y: float, ang: float, size: float, s: str, font: str = "Kai") -> None:
        self._use(font, s)
        self.ops.append(f"gsave {x:.3f} {self._y(y):.3f} translate {ang:.2f} rotate /{font} {size:.3f} F "
                        f"{hx(s)} 0 0 T grestore")

    def line(self, x0: float, y0: float, x1: float, y1: float, lw: float = 0.25) -> None:
        self.ops.append(f"{lw:.3f} setlinewidth {x1:.3f} {self._y(y1):.3f} {x0:.3f} {self._y(y0):.3f} LN")

    def box(self, x: float, y: float, w: float, h: float, lw: float = 0.3, fill: bool = False) -> None:
        self.ops.append(f"{lw:.3f} setlinewidth {x:.3f} {self._y(y):.3f} {w:.3f} {h:.3f} {'FBOX' if fill else 'BOX'}")

    def raw(self, s: str) -> None:
        self.ops.append(s)

    def guilloche(self, x: float, y: float, w: float, h: float, rgb, n: int, seed: int) -> None:
        """Fine interlaced sine curves (security background)."""
        self.color(*rgb)
        self.ops.append("0.08 setlinewidth")
        for k in range(n):
            ph = (seed % 97) * 0.1 + k * 0.7
            amp = h / n * (1.4 + (k % 3) * 0.5)
            base = y + h * (k + 0.5) / n
            pts = []
            steps = 80
            for i in range(steps + 1):
                xx = x + w * i / steps
                yy = base + amp * math.sin(ph + i * 0.31) * math.cos(ph * 0.5 + i * 0.07)
                pts.append(f"{xx:.2f} {self._y(yy):.2f}")
            self.ops.append(pts[0] + " moveto " + " ".join(p + " lineto" for p in pts[1:]) + " stroke")

    def seal(self, cx: float, cy: float, r: float, ring_text: str, bottom: str = "", rgb=(0.85, 0.1, 0.12),
             font: str = "Hei", rot: float = 0.0) -> None:
        """A round official seal: ring, star, text around the upper arc, a bottom line."""
        Y = self._y(cy)
        self.ops.append(f"gsave {cx:.3f} {Y:.3f} translate {rot:.2f} rotate")
        self._use(font, ring_text + bottom)
        self.color(*rgb)
        self.ops.append(f"{r * 0.045:.3f} setlinewidth 0 0 {r:.3f} 0 360 arc stroke")
        self.ops.append(f"0 0 {r * 0.3:.3f} STAR")
        n = len(ring_text)
        span = min(250.0, 22.0 * n)
        size = r * 0.26
        self.ops.append(f"/{font} {size:.3f} F")
        for i, c in enumerate(ring_text):
            a = 90 + span / 2 - (span * (i + 0.5) / n)
            self.ops.append(f"gsave {a:.2f} rotate {r * 0.72:.3f} 0 translate -90 rotate "
                            f"{hx(c)} {-size / 2:.3f} 0 T grestore")
        if bottom:
            self.ops.append(f"/{font} {r * 0.18:.3f} F {hx(bottom)} 0 {-r * 0.55:.3f} TC")
        self.ops.append("grestore")

    def qr(self, x: float, y: float, s: float, seed: int) -> None:
        """A QR-like block of modules (not decodable; a printed code's look)."""
        n = 25
        m = s / n
        self.color(0, 0, 0)
        st = seed * 2654435761 % (2 ** 32)
        cells = []
        for i in range(n):
            for j in range(n):
                st = (st * 1103515245 + 12345) % (2 ** 31)
                finder = any(i0 <= i < i0 + 7 and j0 <= j < j0 + 7 for i0, j0 in ((0, 0), (0, n - 7), (n - 7, 0)))
                if finder:
                    a, b = min(i % 18, 6 - i % 18 if i < 7 else (i - (n - 7))), 0
                    ii = i if i < 7 else i - (n - 7)
                    jj = j if j < 7 else j - (n - 7)
                    on = ii in (0, 6) or jj in (0, 6) or (2 <= ii <= 4 and 2 <= jj <= 4)
                    del a, b
                else:
                    on = (st >> 16) & 1
                if on:
                    cells.append(f"{x + j * m:.2f} {self._y(y + i * m):.2f} {m:.3f} {m:.3f} FBOX")
        self.ops.append(" ".join(cells))

    def program(self, dpi: float) -> str:
        """One page: its size and resolution set, the drawing in millimetres, showpage."""
        return (f"<< /PageSize [{self.w / 25.4 * 72:.2f} {self.h / 25.4 * 72:.2f}] /HWResolution [{dpi} {dpi}] >> setpagedevice\n"
                "gsave 72 25.4 div dup scale 1 setlinejoin 1 setlinecap\n" + "\n".join(self.layers["bg"] + self.layers["under"] + self.layers["main"] + self.layers["over"]) + "\ngrestore showpage\n")
