"""Family ZD's documents as ConTeXt MkIV pages: one page per document with its own paper size, blocks
placed absolutely on a page layer (`\\setlayer`), label/value rows as `\\starttabulate` with wrapped
`p(…)` columns, labels justified across the label column (`\\hbox to …{名\\hfill称}`), Chinese line
breaking from `\\setscript[hanzi]`, and vector extras in MetaPost (`\\startMPcode`): guilloche borders,
seals with the organ's name set around the rim, QR-like blocks, the emblem, the ID photo. Every value is
wrapped in `\\hpos{…}` so its box on the page is read back from the .tuc (for glare, cuts and truth)."""

from __future__ import annotations

import math
import random

from benchmarks.docgen_zd import faces as F

SPECIAL = {"%": r"\letterpercent{}", "#": r"\letterhash{}", "&": r"\letterampersand{}", "_": r"\letterunderscore{}",
           "$": r"\letterdollar{}", "~": r"\lettertilde{}", "^": r"\letterhat{}", "\\": r"\letterbackslash{}",
           "{": r"\letterleftbrace{}", "}": r"\letterrightbrace{}"}


def esc(s: str) -> str:
    return "".join(SPECIAL.get(c, c) for c in s)


class Page:
    """One document page being written: its paper, its layer content and the value boxes it names."""

    def __init__(self, doc_id: str, paper: str, w_mm: float, h_mm: float, r: random.Random, faces: dict[str, str]):
        self.id, self.paper, self.w, self.h, self.r = doc_id, paper, w_mm, h_mm, r
        self.faces = faces  # role ("label", "value", "title", "mono", "hand") -> face key
        self.parts: list[str] = []
        self.used: set[str] = set()

    # text -------------------------------------------------------------------------------------
    def face_for(self, role: str, text: str) -> str:
        key = self.faces[role]
        if F.covers(key, text):
            return key
        style = F.FACES[key][2]
        for alt in F.STYLE[style] + F.STYLE["song"] + F.STYLE["hei"]:
            if F.covers(alt, text):
                return alt
        raise RuntimeError(f"no face covers {text!r}")

    def t(self, role: str, size: float, text: str) -> str:
        if not text:
            return ""
        key = self.face_for(role, text)
        F.DRAWN.append((key, text))
        self.used.add(key)
        return f"{{\\definedfont[{F.spec(key)}*zdcjk at {size:.1f}pt]{esc(text)}}}"

    def spaced(self, role: str, size: float, text: str, gap_em: float) -> str:
        return f"\\hskip{gap_em:.2f}em ".join(self.t(role, size, c) for c in text)

    def just(self, role: str, size: float, text: str, width_em: float) -> str:
        """A label justified across its column, as licences print 名　　称."""
        if len(text) == 1:
            return f"\\hbox to {width_em:.2f}em{{\\hss{self.t(role, size, text)}\\hss}}"
        inner = "\\hfill ".join(self.t(role, size, c) for c in text)
        return f"\\hbox to {width_em * size:.1f}pt{{{inner}}}"

    def pos(self, key: str, body: str) -> str:
        return f"\\hpos{{zd{self.id}f{key}}}{{{body}}}"

    # placing ----------------------------------------------------------------------------------
    def put(self, x: float, y: float, body: str, corner: str = "") -> None:
        c = f",location={{{corner}}}" if corner else ""
        self.parts.append(f"\\setlayer[zdpage][x={x:.2f}mm,y={y:.2f}mm{c}]{{{body}}}")

    def box(self, width: float, body: str, lead: float = 1.35, align: str = "normal") -> str:
        return (f"\\framed[frame=off,offset=0pt,location=top,width={width:.1f}mm,align={{{align},nothyphenated}}]"
                f"{{\\setupinterlinespace[line={lead:.2f}em]{body}}}")

    def rows(self, x: float, y: float, rows: list[tuple[str, str, str]], size: float, label_em: float,
             value_w: float, gap: float, colon: bool = False) -> None:
        """Label/value rows with wrapped values (`p(…)` column), each value in its \\hpos."""
        lines = [f"\\starttabulate[|l|p({value_w:.1f}mm)|][before=,after=,distance=none,unit=0.6em,inner={{\\setupinterlinespace[line={size * 1.5:.1f}pt]}}]"]
        for key, label, value in rows:
            lab = self.just("label", size, label, label_em) + (self.t("label", size, "：") if colon else "")
            val = self.t("value", size, value)
            if key and len(value) * size * 0.3528 > value_w * 0.92:
                # a framed paragraph, so \hpos measures the wrapped block and the value still breaks
                val = self.pos(key, self.box(value_w, val, lead=1.5, align="normal"))
            elif key:
                val = self.pos(key, val)
            lines.append(f"\\NC {lab} \\NC {val} \\NC\\NR")
            lines.append(f"\\TB[{gap:.1f}mm]")
        lines.append("\\stoptabulate")
        self.put(x, y, f"\\vbox{{\\hsize={label_em * size / 2.845 + value_w + 8:.1f}mm " + "\n".join(lines) + "}")

    # MetaPost ---------------------------------------------------------------------------------
    def mp(self, x: float, y: float, code: str, corner: str = "", instance: str = "") -> None:
        inst = f"{{{instance}}}" if instance else ""
        self.put(x, y, f"\\startMPcode{inst}\n{code}\n\\stopMPcode", corner)

    def guilloche(self, inset: float, band: float, color: str, waves: int = 3) -> None:
        w, h = self.w - 2 * inset, self.h - 2 * inset
        per = self.r.choice((60, 80, 110))
        amp = band / 2
        code = [f"pickup pencircle scaled 0.22pt; path p; numeric L; L := 2*({w:.1f}mm+{h:.1f}mm);"]
        for k in range(waves):
            ph = k * 360 / waves
            code.append(
                f"p := for t=0 step 0.5 until 360: "
                f"(if t<{w / (w + h) * 180:.3f}: ((t/{w / (w + h) * 180:.3f})*{w:.1f}mm, 0) "
                f"elseif t<180: ({w:.1f}mm, ((t-{w / (w + h) * 180:.3f})/(180-{w / (w + h) * 180:.3f}))*{h:.1f}mm) "
                f"elseif t<{180 + w / (w + h) * 180:.3f}: ({w:.1f}mm-((t-180)/{w / (w + h) * 180:.3f})*{w:.1f}mm, {h:.1f}mm) "
                f"else: (0, {h:.1f}mm-((t-{180 + w / (w + h) * 180:.3f})/(180-{w / (w + h) * 180:.3f}))*{h:.1f}mm) fi) "
                f"+ ({amp:.2f}mm*sind({per}*t+{ph:.0f}), {amp:.2f}mm*cosd({per}*t+{ph:.0f})) .. endfor cycle;"
                f"draw p withcolor {color};")
        code.append(f"draw (-{band:.1f}mm,-{band:.1f}mm)--({w + band:.1f}mm,-{band:.1f}mm)--({w + band:.1f}mm,{h + band:.1f}mm)"
                    f"--(-{band:.1f}mm,{h + band:.1f}mm)--cycle withpen pencircle scaled .5pt withcolor {color};")
        code.append(f"setbounds currentpicture to (-{band:.1f}mm,-{band:.1f}mm)--({w + band:.1f}mm,-{band:.1f}mm)--"
                    f"({w + band:.1f}mm,{h + band:.1f}mm)--(-{band:.1f}mm,{h + band:.1f}mm)--cycle;")
        self.mp(inset - band, inset - band, "\n".join(code), instance="doublefun")

    def emblem(self, cx: float, cy: float, rad: float) -> None:
        star = "for i=0 upto 4: (dir(90+72i) scaled 1) -- (dir(126+72i) scaled .38) -- endfor cycle"
        code = (f"path s; s := {star};\n"
                f"fill fullcircle scaled {2 * rad:.1f}mm withcolor (.78,.1,.1);\n"
                f"draw fullcircle scaled {2 * rad:.1f}mm withpen pencircle scaled 1.2pt withcolor (.85,.65,.1);\n"
                f"fill s scaled {rad * .38:.2f}mm shifted (-{rad * .25:.2f}mm,{rad * .2:.2f}mm) withcolor (.95,.8,.2);\n"
                + "".join(f"fill s scaled {rad * .12:.2f}mm shifted ({rad * (.15 + .13 * math.cos(a)):.2f}mm,{rad * (.25 + .3 * math.sin(a)):.2f}mm) withcolor (.95,.8,.2);\n"
                          for a in (-1.0, -0.35, 0.35, 1.0))
                + f"fill (-{rad * .6:.2f}mm,-{rad * .35:.2f}mm)--({rad * .6:.2f}mm,-{rad * .35:.2f}mm)--({rad * .5:.2f}mm,-{rad * .55:.2f}mm)--(-{rad * .5:.2f}mm,-{rad * .55:.2f}mm)--cycle withcolor (.95,.8,.2);")
        self.mp(cx, cy, code, corner="middle")

    def seal(self, cx: float, cy: float, rad: float, organ: str, role: str = "title", inner: str = "") -> None:
        """A registrar's red seal: ring, the organ's name round the upper rim, a star, a line below."""
        n = len(organ)
        span = min(250.0, 22.0 * n)
        key = self.face_for(role, organ + inner)
        F.DRAWN.append((key, organ + inner))
        self.used.add(key)
        size = max(5.0, rad * 2.845 * min(0.24, 3.4 / max(n, 1)))
        font = f"\\definedfont[{F.spec(key)}*zdcjk at {size:.1f}pt]"
        chars = []
        for i, ch in enumerate(organ):
            a = 90 + span / 2 - (span * (i + 0.5) / n)
            chars.append(f'draw textext("{font}{esc(ch)}") rotated ({a - 90:.1f}) shifted ({rad * .74:.2f}mm*dir({a:.1f})) withcolor zds;')
        star = "for i=0 upto 4: (dir(90+72i)) -- (dir(126+72i) scaled .38) -- endfor cycle"
        code = (f"color zds; zds := ({self.r.uniform(.75, .92):.2f},{self.r.uniform(.05, .2):.2f},{self.r.uniform(.08, .2):.2f});\n"
                f"draw fullcircle scaled {2 * rad:.1f}mm withpen pencircle scaled {rad * .09:.2f}mm withcolor zds;\n"
                + "\n".join(chars)
                + f"\nfill ({star}) scaled {rad * .27:.2f}mm withcolor zds;\n"
                + (f'draw textext("{font}{esc(inner)}") shifted (0,-{rad * .5:.2f}mm) withcolor zds;\n' if inner else "")
                + f"setbounds currentpicture to fullcircle scaled {2 * rad + 1:.1f}mm;")
        self.parts.append(f"\\setlayer[zdpage][x={cx:.2f}mm,y={cy:.2f}mm,location={{middle}}]{{\\startMPcode\n{code}\n\\stopMPcode}}")

    def qr(self, x: float, y: float, size: float) -> None:
        n = 25
        cell = size / n
        fills = []
        for i in range(n):
            for j in range(n):
                finder = any(i0 <= i < i0 + 7 and j0 <= j < j0 + 7 for i0, j0 in ((0, 0), (0, n - 7), (n - 7, 0)))
                if finder:
                    continue
                if self.r.random() < 0.5:
                    fills.append(f"fill unitsquare scaled {cell:.3f}mm shifted ({j * cell:.3f}mm,{(n - 1 - i) * cell:.3f}mm);")
        for i0, j0 in ((0, 0), (0, n - 7), (n - 7, 0)):
            X, Y = j0 * cell, (n - 7 - i0) * cell
            fills.append(f"fill unitsquare scaled {7 * cell:.3f}mm shifted ({X:.3f}mm,{Y:.3f}mm);")
            fills.append(f"unfill unitsquare scaled {5 * cell:.3f}mm shifted ({X + cell:.3f}mm,{Y + cell:.3f}mm);")
            fills.append(f"fill unitsquare scaled {3 * cell:.3f}mm shifted ({X + 2 * cell:.3f}mm,{Y + 2 * cell:.3f}mm);")
        self.mp(x, y, "\n".join(fills))

    def photo(self, x: float, y: float, w: float, h: float, female: bool) -> None:
        g = self.r.uniform(.35, .55)
        hair = f"fill fullcircle xscaled {w * .5:.1f}mm yscaled {h * .5:.1f}mm shifted ({w / 2:.1f}mm,{h * .6:.1f}mm) withcolor ({g * .4:.2f},{g * .35:.2f},{g * .3:.2f});"
        if female:
            hair += f"fill ({w * .24:.1f}mm,{h * .6:.1f}mm)--({w * .76:.1f}mm,{h * .6:.1f}mm)--({w * .8:.1f}mm,{h * .25:.1f}mm)--({w * .2:.1f}mm,{h * .25:.1f}mm)--cycle withcolor ({g * .4:.2f},{g * .35:.2f},{g * .3:.2f});"
        code = (f"{hair}\n"
                f"fill fullcircle xscaled {w * .4:.1f}mm yscaled {h * .45:.1f}mm shifted ({w / 2:.1f}mm,{h * .55:.1f}mm) withcolor (.86,.74,.64);\n"
                f"fill ({w * .05:.1f}mm,0)..({w * .2:.1f}mm,{h * .25:.1f}mm)..({w * .5:.1f}mm,{h * .3:.1f}mm)..({w * .8:.1f}mm,{h * .25:.1f}mm)..({w * .95:.1f}mm,0)--cycle withcolor ({g:.2f},{g:.2f},{g + .1:.2f});\n"
                f"setbounds currentpicture to unitsquare xscaled {w:.1f}mm yscaled {h:.1f}mm;")
        self.mp(x, y, code)

    def source(self) -> str:
        return (f"\\setuppapersize[{self.paper}][{self.paper}]\n"
                + "\n".join(self.parts) + "\n\\null\\page\n")
