"""TeX (upLaTeX + TikZ) source of each page family ZO prints, drawn at absolute millimetre coordinates
(origin: the page's top-left corner, y down) so that every field value's ink box is known here: the
captures use those boxes to decide what a glare, a thumb or the frame hides (`unreadable`).

Wrapped values (住所, 经营范围, 经营项目) are broken here, Chinese style: a line never starts with
closing punctuation (`，。；：、）`), which is pulled back onto the line before."""

from __future__ import annotations

import math

from benchmarks.docgen_zo import faces as F
from benchmarks.docgen_zo import values as V
from benchmarks.docgen_zo.values import pick

PT_PER_MM = 72.27 / 25.4
NO_START = set("，。；：、）》」”’！？,.;:)%")


def width_em(text: str) -> float:
    return sum(0.5 if ord(c) < 0x80 else 1.0 for c in text)


def wrap(text: str, em: float) -> list[str]:
    """Lines of at most `em` ems; closing punctuation never begins a line."""
    lines, cur = [], ""
    for c in text:
        if width_em(cur + c) > em and cur:
            if c in NO_START:
                cur += c
                continue
            lines.append(cur)
            cur = ""
        cur += c
    if cur:
        lines.append(cur)
    return lines


def esc(s: str) -> str:
    return s.replace("\\", "").replace("%", r"\%").replace("#", r"\#").replace("&", r"\&").replace("_", r"\_")


class Page:
    """One page: its size in mm, TikZ commands, and the ink box of each field value."""

    def __init__(self, w: float, h: float, paper: str = "white"):
        self.w, self.h = w, h
        self.cmds: list[str] = []
        self.boxes: dict[str, list[tuple[float, float, float, float]]] = {}
        self.paper = paper
        self.faces: set[str] = set()

    def text(self, x, y, s, face, size_pt, key=None, color="black", anchor="base west", spread=None):
        """`s` with its baseline's left end at (x, y) mm; `spread`: width in mm to spread it over
        (the label column's 名　　称)."""
        if not s:
            return
        F.check(face, s)
        self.faces.add(face)
        lat = r"\sffamily" if face in F.SANS or face.startswith("notosans") else r"\rmfamily"
        body = esc(s)
        if spread:
            body = rf"\kanjiskip=0pt plus 1fill\makebox[{spread:.2f}mm][s]{{{body}}}"
        self.cmds.append(rf"\node[anchor={anchor},inner sep=0pt,text={color},font={{{lat}\kanjifamily{{{face}}}\fontsize{{{size_pt:.1f}}}{{{size_pt * 1.2:.1f}}}\selectfont}}] at ({x:.2f},{-y:.2f}) {{{body}}};")
        if key:
            em = size_pt / PT_PER_MM
            wmm = spread or width_em(s) * em
            x0 = x - wmm / 2 if "center" in anchor or anchor == "base" else x - wmm if "east" in anchor else x
            self.boxes.setdefault(key, []).append((x0, y - 0.88 * em, x0 + wmm, y + 0.12 * em))

    def para(self, x, y, s, face, size_pt, width_mm, lead=1.45, key=None, color="black") -> float:
        """Wrapped text; returns the y of the last baseline."""
        em = size_pt / PT_PER_MM
        for i, line in enumerate(wrap(s, width_mm / em)):
            self.text(x, y + i * lead * em, line, face, size_pt, key=key, color=color)
        return y + (len(wrap(s, width_mm / em)) - 1) * lead * em

    def raw(self, s: str):
        self.cmds.append(s)

    def tex(self) -> str:
        return (f"\\special{{pdf:pagesize width {self.w:.2f}mm height {self.h:.2f}mm}}\n"
                f"\\noindent\\begin{{tikzpicture}}[x=1mm,y=1mm]\n"
                f"\\useasboundingbox (0,0) rectangle ({self.w:.2f},{-self.h:.2f});\n"
                f"\\fill[{self.paper}] (0,0) rectangle ({self.w:.2f},{-self.h:.2f});\n"
                + "\n".join(self.cmds) + "\n\\end{tikzpicture}\\newpage\n")


PREAMBLE = r"""\documentclass[dvipdfmx]{article}
\usepackage{lmodern}
\usepackage{tikz}
\usetikzlibrary{decorations.text}
\setlength{\paperwidth}{420mm}\setlength{\paperheight}{420mm}
\setlength{\topmargin}{-1in}\setlength{\headheight}{0pt}\setlength{\headsep}{0pt}\setlength{\topskip}{0pt}
\setlength{\oddsidemargin}{-1in}\setlength{\textwidth}{420mm}\setlength{\textheight}{420mm}\setlength{\parindent}{0pt}
\setlength{\footskip}{0pt}\pagestyle{empty}\lineskiplimit=-100pt\xkanjiskip=0pt\kanjiskip=0pt
\definecolor{zored}{RGB}{205,30,40}\definecolor{zoblue}{RGB}{40,70,140}\definecolor{zogreen}{RGB}{190,215,190}
\definecolor{zotan}{RGB}{238,226,200}\definecolor{zogold}{RGB}{185,140,60}\definecolor{zocard}{RGB}{236,242,246}
\definecolor{zoink}{RGB}{30,30,34}\definecolor{zogray}{RGB}{96,100,110}
\makeatletter
%s
\newcommand\zolit[1]{\pgfsys@invoke{#1}}
\makeatother
\begin{document}
"""


def preamble() -> str:
    return PREAMBLE % F.nfss()


# ---------------------------------------------------------------- vector art
# dense art (guilloche, frame rosettes, the QR block) goes to the PDF as raw path operators through
# pgf's \pgfsys@invoke: TikZ parsing thousands of small paths costs seconds a page
RGB = {"zogold": (185, 140, 60), "zoblue": (40, 70, 140), "zored": (205, 30, 40), "black": (0, 0, 0),
       "zoblue!50": (148, 163, 198), "zored!40": (235, 165, 169), "zored!70": (224, 97, 104)}
BP = 72 / 25.4


def _pt(x, y):
    return f"{x * BP:.2f} {-y * BP:.2f}"


def _circle(x, y, r):
    k = 0.5523 * r
    return (f"{_pt(x + r, y)} m {_pt(x + r, y - k)} {_pt(x + k, y - r)} {_pt(x, y - r)} c "
            f"{_pt(x - k, y - r)} {_pt(x - r, y - k)} {_pt(x - r, y)} c {_pt(x - r, y + k)} {_pt(x - k, y + r)} {_pt(x, y + r)} c "
            f"{_pt(x + k, y + r)} {_pt(x + r, y + k)} {_pt(x + r, y)} c")


def lit(p: Page, ops: str, color: str, stroke: bool, width_pt: float = 0.3):
    r, g, b = (c / 255 for c in RGB[color])
    col = f"{r:.3f} {g:.3f} {b:.3f} {'RG' if stroke else 'rg'}"
    p.raw(r"\zolit{{q {} {:.2f} w {} {} Q}}".format(col, width_pt, ops, "S" if stroke else "f"))


def guilloche(p: Page, x0, y0, x1, y1, color, rng, n=3):
    ops = []
    for k in range(n):
        a, f, ph = 1.2 + rng.random() * 2, 2 + rng.random() * 6, rng.random() * 6
        pts = [_pt(x0 + (x1 - x0) * t / 120, y0 + (y1 - y0) / 2 + a * math.sin(f * t / 20 + ph + k)) for t in range(121)]
        ops.append(pts[0] + " m " + " ".join(q + " l" for q in pts[1:]))
    lit(p, " ".join(ops), color if color in RGB else "zoblue!50", True, 0.15)


def frame(p: Page, m, rng, color="zogold"):
    w, h = p.w, p.h
    p.raw(rf"\draw[{color},line width=1.6pt] ({m},{-m}) rectangle ({w - m},{-(h - m)});")
    p.raw(rf"\draw[{color},line width=0.4pt] ({m + 3},{-(m + 3)}) rectangle ({w - m - 3},{-(h - m - 3)});")
    step = 6
    ops = []
    for i in range(int((w - 2 * m) / step)):
        x = m + i * step + 3
        ops += [_circle(x, m + 1.5, 1.3), _circle(x, h - m - 1.5, 1.3)]
    for i in range(int((h - 2 * m) / step)):
        y = m + i * step + 3
        ops += [_circle(m + 1.5, y, 1.3), _circle(w - m - 1.5, y, 1.3)]
    lit(p, " ".join(ops), color if color in RGB else "zogold", True, 0.2)


def emblem(p: Page, cx, cy, r):
    """The national emblem, simplified: red disc, gold ring, five stars, gate and wheat ring strokes."""
    p.raw(rf"\fill[zored] ({cx},{-cy}) circle ({r}); \draw[zogold,line width={r * 0.5:.2f}pt] ({cx},{-cy}) circle ({r * 0.92:.2f});")
    for _k, (dx, dy, s) in enumerate([(0, -0.45, 0.22), (-0.35, -0.62, 0.08), (-0.18, -0.72, 0.08), (0.18, -0.72, 0.08), (0.35, -0.62, 0.08)]):
        p.raw(star(cx + dx * r, cy + dy * r + 0.1 * r, s * r, "zogold"))
    p.raw(rf"\fill[zogold] ({cx - 0.45 * r:.2f},{-(cy + 0.05 * r):.2f}) rectangle ({cx + 0.45 * r:.2f},{-(cy + 0.35 * r):.2f});")
    p.raw(rf"\fill[zored] ({cx - 0.08 * r:.2f},{-(cy + 0.15 * r):.2f}) rectangle ({cx + 0.08 * r:.2f},{-(cy + 0.35 * r):.2f});")


def star(cx, cy, r, color):
    pts = []
    for i in range(10):
        a = math.pi / 2 + i * math.pi / 5
        rr = r if i % 2 == 0 else r * 0.4
        pts.append(f"({cx + rr * math.cos(a):.2f},{-(cy - rr * math.sin(a)):.2f})")
    return rf"\fill[{color}] {' -- '.join(pts)} -- cycle;"


def seal(p: Page, cx, cy, r, org: str, face="notoserifb", opacity=0.75, rng=None, bottom: str = ""):
    """A round red seal: ring, the organisation's name along the upper arc, a star, a line below."""
    F.check(face, org + bottom)
    p.faces.add(face)
    n = len(org)
    span = min(250.0, 24.0 * n)
    p.raw(rf"\begin{{scope}}[opacity={opacity:.2f}]\draw[zored,line width={r * 0.9:.2f}pt] ({cx},{-cy}) circle ({r});")
    size = min(0.34 * r, 0.8 * 0.72 * r * math.radians(span) / n) * PT_PER_MM
    for i, ch in enumerate(org):
        a = 90 + span / 2 - (i + 0.5) * span / n
        x, y = cx + 0.72 * r * math.cos(math.radians(a)), cy - 0.72 * r * math.sin(math.radians(a))
        p.raw(rf"\node[text=zored,rotate={a - 90:.1f},inner sep=0pt,font={{\kanjifamily{{{face}}}\fontsize{{{size:.1f}}}{{{size:.1f}}}\selectfont}}] at ({x:.2f},{-y:.2f}) {{{ch}}};")
    p.raw(star(cx, cy, r * 0.25, "zored"))
    if bottom:
        p.raw(rf"\node[text=zored,inner sep=0pt,font={{\kanjifamily{{{face}}}\fontsize{{{size * 0.9:.1f}}}{{{size:.1f}}}\selectfont}}] at ({cx:.2f},{-(cy + r * 0.5):.2f}) {{{bottom}}};")
    p.raw(r"\end{scope}")


def qr(p: Page, x, y, s, rng):
    n = 25
    c = s / n
    cells = rng.random((n, n)) < 0.5
    for fx, fy in ((0, 0), (n - 7, 0), (0, n - 7)):
        cells[fy:fy + 7, fx:fx + 7] = False
    rects = [f"{_pt(x + i * c, y + (j + 1) * c)} {c * BP:.2f} {c * BP:.2f} re" for j in range(n) for i in range(n) if cells[j, i]]
    lit(p, " ".join(rects), "black", False)
    for fx, fy in ((0, 0), (n - 7, 0), (0, n - 7)):
        X, Y = x + fx * c, y + fy * c
        p.raw(rf"\draw[black,line width={c * PT_PER_MM:.2f}pt] ({X + c / 2:.2f},{-(Y + c / 2):.2f}) rectangle ++({6 * c:.2f},{-6 * c:.2f}); \fill ({X + 2 * c:.2f},{-(Y + 2 * c):.2f}) rectangle ++({3 * c:.2f},{-3 * c:.2f});")


# ---------------------------------------------------------------- documents
def label_value(p, x, y, label, value, key, lface, vface, size, lw, vw, lead=1.5):
    p.text(x, y, label, lface, size, spread=lw)
    return p.para(x + lw + size / PT_PER_MM * 1.2, y, value, vface, size, vw, lead=lead, key=key)


def id_front(rec, rng) -> Page:
    f = rec["fields"]
    p = Page(85.6, 54, "zocard")
    guilloche(p, 2, 30, 84, 52, "zoblue", rng, 4)
    p.raw(r"\fill[zocard!60!white] (0,0) rectangle (85.6,-54);")
    guilloche(p, 0, 4, 85.6, 50, "zoblue!50", rng, 3)
    lab, val = pick(rng, F.SANS), pick(rng, ["notosans", "fandolhei", "wqyhei"])
    s = 7.6
    p.text(6, 9.5, "姓名", lab, 6.0, color="zoblue")
    p.text(16, 9.8, f["name"], val, 8.6, key="name")
    p.text(6, 16, "性别", lab, 6.0, color="zoblue")
    p.text(16, 16, f["sex"], val, s, key="sex")
    p.text(30, 16, "民族", lab, 6.0, color="zoblue")
    p.text(40, 16, f["nation"], val, s, key="nation")
    b = rec["extra"]["birth"]
    p.text(6, 22.5, "出生", lab, 6.0, color="zoblue")
    em = s / PT_PER_MM
    x = 16.0
    for part, key in ((f"{b.year}", "birth_date"), ("年", None), (f"{b.month}", "birth_date"), ("月", None), (f"{b.day}", "birth_date"), ("日", None)):
        p.text(x, 22.5, part, val, s, key=key)
        x += (width_em(part) + (0.5 if key else 0.6)) * em
    p.text(6, 29, "住址", lab, 6.0, color="zoblue")
    p.para(16, 29, f["address"], val, s, 40, lead=1.4, key="address")
    p.text(6, 47.5, "公民身份号码", lab, 6.0, color="zoblue")
    p.text(28, 47.8, " ".join([f["id_number"]]), "notosans", 10.5, key="id_number")
    # the photo: a shaded head-and-shoulders on a pale ground
    p.raw(r"\fill[white!92!zoblue] (58,-6) rectangle (80,-38);")
    p.raw(r"\fill[zogray!70] (69,-20) ellipse (5.4 and 6.8); \fill[zogray!85] (58.5,-38) .. controls (60,-29) and (66,-28) .. (69,-28) .. controls (72,-28) and (78,-29) .. (79.5,-38) -- cycle;")
    p.raw(r"\fill[black!75] (63.8,-17) .. controls (64,-11) and (74,-11) .. (74.2,-17) .. controls (72,-14) and (66,-14) .. cycle;")
    return p


def id_back(rec, rng) -> Page:
    f = rec["fields"]
    p = Page(85.6, 54, "zocard")
    guilloche(p, 0, 10, 85.6, 50, "zored!40", rng, 4)
    emblem(p, 14, 14, 8.5)
    t = pick(rng, F.SERIF + ["notoserifb"])
    p.text(48, 14, "中华人民共和国", t, 11, anchor="base")
    p.text(48, 25, "居民身份证", "notoserifb", 17, anchor="base", spread=46)
    lab, val = pick(rng, F.SANS), pick(rng, ["notosans", "fandolhei"])
    p.text(14, 40, "签发机关", lab, 6.0, color="zoblue")
    p.text(28, 40, f["issuing_authority"], val, 7.4, key="issuing_authority")
    p.text(14, 47, "有效期限", lab, 6.0, color="zoblue")
    a = f["valid_from"].replace("-", ".")
    p.text(28, 47, a, "notosans", 7.6, key="valid_from")
    b = f["valid_to"].replace("-", ".")
    p.text(28 + width_em(a) * 7.6 / PT_PER_MM, 47, "-", "notosans", 7.6)
    p.text(28 + (width_em(a) + 0.5) * 7.6 / PT_PER_MM, 47, b, "notosans", 7.6, key="valid_to")
    return p


def business(rec, rng, copy: bool) -> Page:
    f, x = rec["fields"], rec["extra"]
    w, h = (210, 297) if copy else (420, 297)
    p = Page(w, h, pick(rng, ["white", "zotan!35", "white!96!zogreen"]))
    frame(p, 8 if copy else 10, rng)
    guilloche(p, 20, 20, w - 20, 40, "zogold", rng, 3)
    sc = 0.62 if copy else 1.0
    emblem(p, w / 2, 36 * sc + 8, 14 * sc)
    p.text(w / 2, 76 * sc + 8, "营业执照", "notoserifb", 54 * sc, anchor="base", spread=150 * sc)
    if copy:
        p.text(w / 2, 76 * sc + 18, "（副　　本）", "notoserif", 12, anchor="base")
        p.text(w / 2, 76 * sc + 24, f"副本编号：{int(rng.integers(1, 4))}-{int(rng.integers(1, 3))}", "notoserif", 8, anchor="base")
    ser = f"{int(rng.integers(10**10, 10**11))}"
    lf = pick(rng, F.SERIF + ["notoserifb"])
    vf = pick(rng, F.SERIF + ["fandolfang", "notosans"])
    cs = 11 if copy else 15
    p.text(22, 50 * sc + 8, "统一社会信用代码", lf, cs * 0.9)
    p.text(22, 50 * sc + 8 + cs * 0.55, f["credit_code"], vf if vf != "fandolfang" else "notoserif", cs * 1.05, key="credit_code")
    p.text(w - 22, 50 * sc + 8, f"证照编号：{ser}", lf, cs * 0.6, anchor="base east")
    q = 26 if copy else 34
    qr(p, w - 22 - q, 54 * sc + 10, q, rng)
    p.text(w - 22 - q / 2, 54 * sc + 14 + q, "扫描市场主体身份码", lf, 6 if copy else 8, anchor="base")
    p.text(w - 22 - q / 2, 54 * sc + 18 + q, "了解更多登记、备案、许可、监管信息", lf, 5 if copy else 6.5, anchor="base")
    kind = x.get("form")
    ind = f["entity_type"] == "个体工商户"
    branch = "分公司" in f["entity_type"]
    part = "合伙" in f["entity_type"]
    rows = [("名称", f["name"], "name"),
            ("类型" if not ind else "类型", f["entity_type"], "entity_type")]
    if ind:
        rows += [("经营者", f["legal_representative"], "legal_representative"),
                 ("组成形式", kind, None), ("注册日期", V.cn_date(__import__("datetime").date.fromisoformat(f["established_date"])), "established_date"),
                 ("经营场所", f["address"], "address")]
    else:
        rep = "负责人" if branch else "执行事务合伙人" if part else "法定代表人"
        rows += [(rep, f["legal_representative"], "legal_representative")]
        if not branch:
            rows += [("出资额" if part else "注册资本", f["registered_capital"], "registered_capital")]
        import datetime as dt
        est = dt.date.fromisoformat(f["established_date"])
        rows += [("成立日期", V.cn_date(est), "established_date")]
        if f["valid_to"]:
            vt = "长期" if f["valid_to"] == "长期" else V.cn_date(dt.date.fromisoformat(f["valid_to"]))
            rows += [("营业期限" if not part else "合伙期限", f"{V.cn_date(est)}至{vt}", "valid_to")]
        rows += [("营业场所" if branch else "主要经营场所" if part else "住所", f["address"], "address")]
    scope = ("经营范围", f["business_scope"], "business_scope")
    size = 10.5 if copy else 14
    lw = 26 if copy else 34
    if copy:
        cols = [(22, 112 * sc + 30, rows + [scope], w - 44 - lw - 6)]
    else:
        cols = [(30, 122, [scope], 150), (220, 122, rows, 150)]
    for cx, cy, rr, vw in cols:
        y = cy
        for lab, val, key in rr:
            if key != "valid_to":
                yl = label_value(p, cx, y, lab, val, key, lf, vf, size, lw, vw)
            else:
                yl = y
                p.text(cx, y, lab, lf, size, spread=lw)
                # only the end date of the 期限 is the truth value
                tail = val.split("至")[1]
                em = size / PT_PER_MM
                x0 = cx + lw + em * 1.2 + width_em(val.split("至")[0] + "至") * em
                p.boxes.setdefault("valid_to", []).append((x0, y - 0.88 * em, x0 + width_em(tail) * em, y + 0.12 * em))
                p.text(cx + lw + em * 1.2, y, val, vf, size)
            y = yl + size / PT_PER_MM * (2.1 if not copy else 1.9)
    import datetime as dt
    reg = dt.date.fromisoformat(f["established_date"]) + dt.timedelta(days=int(rng.integers(0, 700)))
    reg = min(reg, V.TODAY)
    org = f"{(x['place'][2] or x['place'][1])}{x['place'][3]}市场监督管理局"
    sx, sy = (w - 48, h - 52) if copy else (w - 75, h - 58)
    p.text(sx - 30, sy + 4, "登记机关", lf, size, spread=lw)
    p.text(sx - 8, sy + 26, V.cn_date_short(reg), vf, size)
    seal(p, sx + 6, sy + 8, 21 if not copy else 17, org, opacity=0.7)
    p.text(w / 2, h - 20, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", lf, 7 if copy else 9, anchor="base")
    p.text(w / 2, h - 15, "国家市场监督管理总局监制", lf, 6 if copy else 8, anchor="base")
    return p


def health(rec, rng) -> Page:
    f = rec["fields"]
    import datetime as dt
    p = Page(210, 297, "white")
    frame(p, 10, rng, "zoblue")
    emblem(p, 105, 40, 11)
    p.text(105, 72, "公共场所卫生许可证", "notoserifb", 26, anchor="base", spread=150)
    lf, vf = pick(rng, F.SERIF + F.KAI), pick(rng, F.SERIF + ["fandolfang"])
    p.text(186, 88, f["license_no"], vf, 11, key="license_no", anchor="base east")
    y = 108
    for lab, val, key in [("单位名称", f["name"], "name"), ("法定代表人（负责人）", f["legal_representative"], "legal_representative"),
                          ("地址", f["address"], "address"), ("许可项目", f["license_items"], "license_items")]:
        y = label_value(p, 28, y, lab, val, key, lf, vf, 13, 52 if len(lab) > 6 else 30, 110) + 14
    a, b = dt.date.fromisoformat(f["valid_from"]), dt.date.fromisoformat(f["valid_to"])
    p.text(28, y, "有效期限", lf, 13, spread=30)
    em = 13 / PT_PER_MM
    x = 28 + 30 + em * 1.2
    for part, key in (("自", None), (V.cn_date(a), "valid_from"), ("至", None), (V.cn_date(b), "valid_to")):
        p.text(x, y, part, vf, 13, key=key)
        x += width_em(part) * em + (0.6 * em if key is None else 0.6 * em)
    issued = min(a, V.TODAY)
    org = f"{(rec['extra']['place'][2] or rec['extra']['place'][1])}{rec['extra']['place'][3]}卫生健康委员会"
    p.text(120, 250, "发证机关", lf, 12)
    p.text(120, 262, V.cn_date(issued), vf, 12)
    seal(p, 150, 248, 20, org, opacity=0.72)
    p.text(105, 282, "中华人民共和国国家卫生健康委员会监制", lf, 8, anchor="base")
    return p


def food(rec, rng) -> Page:
    f = rec["fields"]
    import datetime as dt
    p = Page(297, 210, "white!95!zored")
    frame(p, 9, rng, "zored!70")
    emblem(p, 148.5, 32, 11)
    p.text(148.5, 60, "食品经营许可证", "notoserifb", 30, anchor="base", spread=130)
    lf, vf = pick(rng, F.SERIF + F.KAI), pick(rng, F.SERIF + ["notosans"])
    y, s = 80, 11.5
    for lab, val, key in [("经营者名称", f["name"], "name"), ("社会信用代码（身份证号码）", f["credit_code"], "credit_code"),
                          ("法定代表人（负责人）", f["legal_representative"], "legal_representative"), ("住所", f["address"], "address"),
                          ("经营场所", f["premises_address"], "premises_address"), ("主体业态", f["business_form"], "business_form"),
                          ("经营项目", f["business_items"], "business_items")]:
        y = label_value(p, 24, y, lab, val, key, lf, vf, s, 56, 120) + 9.5
    p.text(200, 84, "许可证编号：", lf, s)
    p.text(226, 84, f["license_no"], vf, s, key="license_no")
    p.text(200, 98, "日常监督管理机构：", lf, s)
    pl = rec["extra"]["place"]
    p.text(200, 106, f"{pl[3]}市场监督管理局", vf, s * 0.9)
    p.text(200, 120, "日常监督管理人员：", lf, s)
    p.text(200, 128, V.person_name(rng), vf, s)
    p.text(200, 142, "有效期至", lf, s)
    p.text(222, 142, V.cn_date(dt.date.fromisoformat(f["valid_to"])), vf, s, key="valid_to")
    p.text(200, 178, "发证机关：", lf, s)
    p.text(200, 192, V.cn_date(rec["extra"]["issued"]), vf, s)
    seal(p, 240, 176, 18, f"{pl[2] or pl[1]}{pl[3]}市场监督管理局", opacity=0.7)
    p.text(148.5, 203, "监督举报电话：12315", lf, 8, anchor="base")
    return p


def other(rng, which: str) -> Page:
    p = Page(210, 297, "white")
    vf = pick(rng, F.SERIF + F.SANS)
    if which == "blank":
        p.raw(r"\fill[black!3] (20,-280) rectangle (190,-281);")
        return p
    if which == "receipt":
        p = Page(80, 160, "white")
        p.text(40, 12, f"{pick(rng, V.TRADE)}超市", "notosansb", 12, anchor="base")
        p.text(40, 19, "销售小票", "notosans", 9, anchor="base")
        y = 30
        tot = 0.0
        for _ in range(int(rng.integers(4, 9))):
            it, pr = pick(rng, ["矿泉水", "牛奶", "面包", "洗衣液", "纸巾", "苹果", "大米5kg", "酱油"]), float(rng.integers(2, 80))
            tot += pr
            p.text(6, y, it, "notosans", 8)
            p.text(74, y, f"{pr:.2f}", "notosans", 8, anchor="base east")
            y += 6
        p.text(6, y + 6, "合计", "notosansb", 9)
        p.text(74, y + 6, f"{tot:.2f}", "notosansb", 9, anchor="base east")
        p.text(6, y + 16, f"纳税人识别号：{V.uscc(rng, '91', V.place(rng)[4])}", "notosans", 6)
        p.text(6, y + 22, "谢谢惠顾，欢迎再次光临", "notosans", 8)
        return p
    if which == "letter":
        p.text(105, 30, "关于办理营业执照变更登记的说明", vf, 16, anchor="base")
        body = (f"{V.person_name(rng)}同志：贵单位来函收悉。根据《市场主体登记管理条例》的规定，办理营业执照变更登记、"
                "食品经营许可证延续及公共场所卫生许可证换发，需提交申请书、身份证复印件及相关证明材料。请于工作日到政务服务中心综合窗口办理，"
                "具体材料清单以窗口一次性告知为准。特此说明。")
        p.para(25, 50, body, vf, 12, 160, lead=1.8)
        p.text(185, 120, f"{pick(rng, V.PLACES)[3]}政务服务中心", vf, 12, anchor="base east")
        p.text(185, 130, V.cn_date(V.date_between(rng, V.TODAY.replace(year=2025), V.TODAY)), vf, 12, anchor="base east")
        return p
    if which == "certificate":
        p = Page(297, 210, "white!94!zogold")
        frame(p, 10, rng)
        p.text(148.5, 60, "荣誉证书", "notoserifb", 40, anchor="base", spread=100)
        p.para(50, 95, f"{V.person_name(rng)}同志在{V.TODAY.year - 1}年度工作中表现突出，成绩显著，被评为“优秀窗口工作人员”，特发此证，以资鼓励。", pick(rng, F.KAI), 16, 200, lead=1.9)
        seal(p, 220, 160, 20, f"{pick(rng, V.PLACES)[3]}行政审批局", opacity=0.7)
        return p
    # a form: 申请表 with an empty grid
    p.text(105, 28, "企业登记申请表", vf, 18, anchor="base")
    y = 45
    for lab in ["申请人", "联系电话", "身份证件类型", "证件号码", "申请事项", "材料清单", "经办人签字", "受理日期"]:
        p.raw(rf"\draw (20,{-y + 6}) rectangle (190,{-y - 6});\draw (62,{-y + 6}) -- (62,{-y - 6});")
        p.text(24, y + 2, lab, vf, 11)
        y += 12
    p.text(24, y + 10, "注：本表不作为营业执照或许可证使用。", vf, 9)
    return p


# ---------------------------------------------------------------- placing and marking
def on_sheet(card: Page, rng, w=210.0, h=297.0) -> Page:
    """An ID card laid on an A4 sheet (how a card reaches a scanner or copier)."""
    p = Page(w, h, "white")
    x, y = rng.uniform(25, w - card.w - 25), rng.uniform(30, 120)
    p.raw(rf"\begin{{scope}}[shift={{({x:.2f},{-y:.2f})}}]")
    p.raw(rf"\begin{{scope}}\clip[rounded corners=3mm] (0,0) rectangle ({card.w},{-card.h});\fill[{card.paper}] (0,0) rectangle ({card.w},{-card.h});")
    p.cmds += card.cmds
    p.faces |= card.faces
    p.raw(r"\end{scope}")
    p.raw(rf"\draw[black!35,line width=0.3pt,rounded corners=3mm] (0,0) rectangle ({card.w},{-card.h});\end{{scope}}")
    for k, bs in card.boxes.items():
        p.boxes[k] = [(a + x, b + y, c + x, d + y) for a, b, c, d in bs]
    p.card_at = (x, y)
    return p


def watermark(p: Page, rng, purpose: str):
    """仅供…使用, repeated diagonally in grey or red over the page."""
    txt = f"仅供{purpose}使用，他用无效"
    face = pick(rng, F.SANS + F.KAI)
    F.check(face, txt)
    p.faces.add(face)
    col = pick(rng, ["black!30", "zored!45", "zoblue!40"])
    size = max(p.w, p.h) / 16 * PT_PER_MM
    for k in range(-1, 3):
        p.raw(rf"\node[rotate=28,opacity=0.55,text={col},inner sep=0pt,font={{\kanjifamily{{{face}}}\fontsize{{{size:.1f}}}{{{size:.1f}}}\selectfont}}] at ({p.w * (0.2 + 0.3 * k):.1f},{-p.h * (0.3 + 0.22 * k):.1f}) {{{txt}}};")


def copy_note(p: Page, rng, name: str):
    """复印件与原件一致 with a signature scribble and a date, in pen, near the bottom."""
    face = pick(rng, F.KAI)
    x, y = rng.uniform(p.w * 0.45, p.w * 0.62), p.h - rng.uniform(22, 40) if p.h > 100 else p.h - 8
    col = pick(rng, ["zoblue!90!black", "black!85"])
    s = 14 if p.h > 100 else 7
    p.text(x, y, "复印件与原件一致", face, s, color=col)
    em = s / PT_PER_MM
    pts = [(x + 2 + i * 3.2, y + 8 + rng.normal(0, 2.2)) for i in range(9)]
    path = " ".join(f"({a:.1f},{-b:.1f})" for a, b in pts)
    p.raw(rf"\draw[{col},line width=0.9pt] plot[smooth,tension=0.9] coordinates {{{path}}};")
    p.text(x + 34, y + em * 2.4, V.cn_date_short(V.TODAY), face, s * 0.8, color=col)
    del name


def seal_over(p: Page, rng, key: str, org: str):
    """A company seal stamped across a field value (the ink stays readable through it)."""
    if key not in p.boxes:
        return
    x0, y0, x1, y1 = p.boxes[key][0]
    r = min(20.0, max(p.w, p.h) / 14)
    seal(p, (x0 + x1) / 2 + rng.uniform(-8, 8), (y0 + y1) / 2 + rng.uniform(-4, 4), r, org, opacity=0.55)
