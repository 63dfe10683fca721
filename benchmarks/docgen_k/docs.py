"""Family K's documents as TikZ pages (benchmarks/docgen_k/tex.py typesets them). Each builder
returns a `Doc`: the page source, its size and raster resolution, the truth fields (exactly the
values the page prints; rows TeX breaks are joined back), the variant, marks and faces drawn."""

from __future__ import annotations

import datetime as dt
import math
import random
from dataclasses import dataclass, field

from benchmarks.docgen_k import values as V
from benchmarks.docgen_k.tex import esc, page, spread


@dataclass
class Doc:
    kind: str
    tex: str
    w: float
    h: float
    dpi: int
    fields: dict[str, str]
    variant: str
    marks: list[str] = field(default_factory=list)
    faces: list[str] = field(default_factory=list)
    printed: list[tuple[str, str]] = field(default_factory=list)  # (text, face key) for the glyph check


def cn_date(d: dt.date) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日"


def node(x: float, y: float, text: str, font: str = r"\usong", size: float = 10, width: float | None = None,
         anchor: str = "north west", color: str = "black", align: str = "left", extra: str = "") -> str:
    tw = f",text width={width}mm,align={align}" if width else ""
    return (f"\\node[anchor={anchor}{tw},text={color}{extra}] at ({x:.2f},{y:.2f}) "
            f"{{{font}\\sz{{{size}pt}}{text}}};\n")


def seal(x: float, y: float, r: float, text: str, color: str = "red!85!black", opacity: float = 0.75) -> str:
    """A round registrar's seal: ring, star, the authority's name set one glyph at a time on the
    upper arc (each glyph turned to face outwards)."""
    out = (f"\\begin{{scope}}[opacity={opacity}]\\draw[{color},line width={r * 0.06:.2f}mm] ({x},{y}) circle ({r});\n"
           f"\\node[star,star points=5,star point ratio=2.4,fill={color},minimum size={r * 0.55:.1f}mm] at ({x},{y}) {{}};\n")
    n = len(text)
    span = min(240.0, 18.0 * n)
    size_mm = min(r * 0.32, 2 * math.pi * r * 0.72 * span / 360 / n * 0.9)
    for i, ch in enumerate(text):
        a = 90 + span / 2 - (span * (i + 0.5) / n)
        px, py = x + r * 0.72 * math.cos(math.radians(a)), y - r * 0.72 * math.sin(math.radians(a))
        out += (f"\\node[rotate={a - 90:.1f},text={color}] at ({px:.2f},{py:.2f}) "
                f"{{\\uheib\\sz{{{size_mm * 2.845:.1f}pt}}{esc(ch)}}};\n")
    return out + "\\end{scope}\n"


def emblem(x: float, y: float, r: float) -> str:
    """A simplified 国徽: red disc, gold ring, five stars (readable as a national emblem, nothing more)."""
    s = f"\\fill[red!75!black] ({x},{y}) circle ({r});\\draw[yellow!70!orange,line width={r * 0.08:.2f}mm] ({x},{y}) circle ({r * 0.86});\n"
    s += f"\\node[star,star points=5,star point ratio=2.5,fill=yellow!80!orange,minimum size={r * 0.6:.2f}mm] at ({x},{y - r * 0.2}) {{}};\n"
    for dx, dy in ((-0.45, -0.42), (-0.2, -0.55), (0.2, -0.55), (0.45, -0.42)):
        s += f"\\node[star,star points=5,fill=yellow!80!orange,minimum size={r * 0.2:.2f}mm] at ({x + dx * r},{y + dy * r}) {{}};\n"
    return s


def qr(rng: random.Random, x: float, y: float, size: float) -> str:
    n = 25
    c = size / n
    cells = [f"({x + i * c:.2f},{y + j * c:.2f}) rectangle +({c:.2f},{c:.2f})" for i in range(n) for j in range(n)
             if rng.random() < 0.45 and not ((i < 8 or i > 16) and (j < 8) or (i < 8 and j > 16))]
    s = "\\fill[black] " + " ".join(cells) + ";\n"
    for fx, fy in ((0, 0), (18, 0), (0, 18)):
        s += (f"\\draw[line width={c:.2f}mm] ({x + (fx + 0.5) * c:.2f},{y + (fy + 0.5) * c:.2f}) rectangle +({6 * c:.2f},{6 * c:.2f});"
              f"\\fill ({x + (fx + 2) * c:.2f},{y + (fy + 2) * c:.2f}) rectangle +({3 * c:.2f},{3 * c:.2f});\n")
    return s


def frame(w: float, h: float, m: float, color: str) -> str:
    """The printed guilloche-like border: a double rule with a dotted band between."""
    return (f"\\draw[{color},line width=1.2mm] ({m},{m}) rectangle ({w - m},{h - m});\n"
            f"\\draw[{color},line width=0.25mm,dash pattern=on 0.4mm off 0.5mm] ({m + 2.2},{m + 2.2}) rectangle ({w - m - 2.2},{h - m - 2.2});\n"
            f"\\draw[{color},line width=0.35mm] ({m + 3.6},{m + 3.6}) rectangle ({w - m - 3.6},{h - m - 3.6});\n")


def handnote(x: float, y: float, text: str, size: float = 14, rot: float = 0, color: str = "blue!70!black") -> str:
    return (f"\\node[anchor=north west,rotate={rot},text={color}] at ({x},{y}) "
            f"{{\\ukai\\sz{{{size}pt}}{esc(text)}}};\n")


def certified(x: float, y: float, signer: str, when: dt.date) -> str:
    """复印件与原件一致: a rectangular rubber stamp, a signature and a date beside it."""
    return (f"\\begin{{scope}}[opacity=0.8,rotate around={{-6:({x},{y})}}]"
            f"\\draw[red!80!black,line width=0.7mm,rounded corners=1mm] ({x},{y}) rectangle +(62,16);\n"
            f"\\node[text=red!80!black] at ({x + 31},{y + 8}) {{\\uheib\\sz{{17pt}}复印件与原件一致}};\\end{{scope}}\n"
            + handnote(x + 8, y + 19, signer, 20, rot=4)
            + handnote(x + 6, y + 31, f"{when.year}.{when.month}.{when.day}", 14, rot=2))


# ---------------------------------------------------------------- ID card ----

def id_front(rng: random.Random) -> Doc:
    p = V.id_person(rng)
    w, h = 85.6, 54.0
    narrow = rng.random() < 0.5
    vf = r"\unarrow" if narrow else r"\usong"
    lab = r"\uhei"
    lc = "cyan!50!blue!80!black"
    body = f"\\shade[left color=cyan!6,right color=blue!4!yellow!6] (0,0) rectangle ({w},{h});\n"
    body += "".join(f"\\draw[cyan!18,line width=0.15mm] (0,{10 + k * 6}) .. controls (30,{4 + k * 6}) and (55,{16 + k * 6}) .. ({w},{8 + k * 6});\n"
                    for k in range(7))
    body += "\\fill[gray!22] (56,7) rectangle (81,38);\\fill[gray!55] (68.5,17) ellipse (5.2 and 6.5);\\fill[gray!55] (58,38) .. controls (60,26) and (77,26) .. (79,38) -- cycle;\n"
    y = 7.0
    body += node(6, y, spread("姓名", 2.1), lab, 7.5, color=lc) + node(16, y - 0.8, esc(p["name"]), vf, 11)
    y += 7.3
    body += node(6, y, spread("性别", 2.1), lab, 7.5, color=lc) + node(16, y - 0.3, p["sex"], vf, 9.5)
    body += node(26, y, spread("民族", 2.1), lab, 7.5, color=lc) + node(35, y - 0.3, esc(p["nation"]), vf, 9.5)
    y += 6.6
    b = p["birth"]
    body += node(6, y, spread("出生", 2.1), lab, 7.5, color=lc)
    body += node(16, y - 0.3, f"{b.year}\\,{{\\uhei\\sz{{7.5pt}}\\color{{{lc}}}年}}\\,{b.month}\\,{{\\uhei\\sz{{7.5pt}}\\color{{{lc}}}月}}\\,{b.day}\\,{{\\uhei\\sz{{7.5pt}}\\color{{{lc}}}日}}", vf, 9.5)
    y += 6.6
    body += node(6, y, spread("住址", 2.1), lab, 7.5, color=lc)
    body += node(16, y - 0.3, esc(p["address"]), vf, 9.5, width=36, extra=",font=\\linespread{1.1}")
    body += node(6, 45.5, "公民身份号码", lab, 7.5, color=lc)
    body += node(27, 44.6, f"\\addfontfeature{{LetterSpace=8}}{p['id_number']}", r"\uhei", 11)
    fields = {"name": p["name"], "sex": p["sex"], "nation": p["nation"], "birth_date": b.isoformat(),
              "address": p["address"], "id_number": p["id_number"]}
    text = "姓名性别民族出生年月日住址公民身份号码" + "".join(fields.values())
    return Doc("id_card_front", page(w, h, body), w, h, 600, fields, "front-narrow" if narrow else "front",
               faces=["noto_serif_sc" + ("_condensed90" if narrow else ""), "noto_sans_sc_medium"],
               printed=[(text, "noto_serif_sc")])


def id_back(rng: random.Random) -> Doc:
    p = V.id_person(rng)
    start, end = V.id_validity(rng, p["birth"])
    auth = V.psb(p["area"], rng)
    two_rows = rng.random() < 0.45 or len(auth) > 11
    if two_rows and len(auth) <= 11:  # an older registrar name that wraps: 市公安局 + 分局 on two rows
        auth = f"{p['area'][1]}公安局{p['area'][2]}分局"
    w, h = 85.6, 54.0
    body = f"\\shade[top color=cyan!5,bottom color=yellow!8] (0,0) rectangle ({w},{h});\n"
    body += "".join(f"\\draw[orange!15,line width=0.2mm] ({w / 2},{h / 2}) circle ({3 + k * 3.5});\n" for k in range(10))
    body += emblem(14, 13, 8.5)
    body += node(30, 7.5, spread("中华人民共和国", 13), r"\usongb", 10.5)
    body += node(30, 16.5, spread("居民身份证", 8.8), r"\uheib", 15.5)
    lab = r"\uhei"
    body += node(14, 35.0, spread("签发机关", 4), lab, 7.5)
    vw = 26 if two_rows else 50
    body += node(30, 34.6, esc(auth), r"\usong", 9.5, width=vw)
    valid_to = end if isinstance(end, str) else end.isoformat()
    end_s = end if isinstance(end, str) else f"{end:%Y.%m.%d}"
    body += node(14, 44.5, spread("有效期限", 4), lab, 7.5)
    body += node(30, 44.1, f"{start:%Y.%m.%d}-{end_s}", r"\usong", 9.5)
    fields = {"issuing_authority": auth, "valid_from": start.isoformat(), "valid_to": valid_to}
    return Doc("id_card_back", page(w, h, body), w, h, 600, fields,
               "back-two-row-authority" if two_rows else "back",
               faces=["noto_serif_sc", "noto_serif_sc_bold", "noto_sans_sc_medium"],
               printed=[("中华人民共和国居民身份证签发机关有效期限" + auth + end_s, "noto_serif_sc")])


# ---------------------------------------------------------- 营业执照 ----

def business_license(rng: random.Random) -> Doc:
    area = rng.choice(V.AREAS)
    c = V.company(rng, area)
    code = V.uscc(rng, c["head"], area[3])
    rep = V.person(rng)
    est = V.date(rng, 2003, 2024)
    issued = max(est, V.date(rng, 2019, 2025))
    if c["long"] is None:
        valid_to, term = "", None
    elif c["long"]:
        valid_to, term = "长期", f"{cn_date(est)}至长期"
    else:
        end = V.add_years(est, rng.choice((10, 20, 30))) - dt.timedelta(days=1)
        valid_to, term = end.isoformat(), f"{cn_date(est)}至{cn_date(end)}"
    addr = V.address(rng, area, rural=c["entity_type"] == "农民专业合作社")
    form = rng.choice(["2019-original", "2019-duplicate", "2019-duplicate", "2016-ruled"])
    small = rng.random() < 0.4 and form != "2016-ruled"
    scope = c["scope"]
    if small:  # long 经营范围 in small print
        scope += "；" + "；".join(rng.sample([t[1] for t in V.TRADES if scope.split("；")[0] not in t[1]], 2))
    kaiti = c["entity_type"] == "个体工商户"
    est_label = "注册日期" if kaiti else "成立日期"
    rows = [("名称", c["name"]), ("类型", c["entity_type"]), (c["rep_label"], rep)]
    if kaiti:
        rows.append(("组成形式", "个人经营"))
    if c["capital"] or not kaiti and c["entity_type"] != CO_BRANCH and c["entity_type"] != "农民专业合作社":
        rows.append(("注册资本", c["capital"]))
    rows.append((est_label, cn_date(est)))
    if term:
        rows.append(("营业期限", term))
    rows.append((c["addr_label"], addr))
    registrar = f"{area[1]}{area[2]}市场监督管理局"
    marks: list[str] = ["seal"]
    narrow = rng.random() < 0.35
    vf = r"\unarrow" if narrow else r"\usong"
    if form == "2019-original":
        w, h, dpi = 297.0, 210.0, 200
        body = f"\\fill[yellow!4!white] (0,0) rectangle ({w},{h});\n" + frame(w, h, 8, "orange!60!brown")
        body += emblem(w / 2, 30, 10)
        body += node(w / 2, 43, spread("营业执照", 9), r"\usongb", 34, anchor="north")
        body += node(24, 26, "统一社会信用代码", r"\uhei", 10) + node(24, 32, code, r"\uhei", 12)
        body += qr(rng, w - 52, 20, 26) + node(w - 56, 47, "扫描二维码登录“国家企业信用信息公示系统”", r"\uhei", 5.5, width=36)
        colx, y = [28, 160], 72.0
        left = [r for r in rows if r[0] in ("名称", "类型", c["rep_label"], "组成形式")]
        right = [r for r in rows if r not in left]
        for col, items in zip(colx, (left + [("经营范围", scope)], right), strict=True):
            y = 72.0
            for lab, val in items:
                wd = 105 if col == 28 else 98
                body += node(col, y, spread(lab, 4), r"\uhei", 10.5)
                body += node(col + 20, y - 0.3, esc(val), vf, 10.5 if lab != "经营范围" else (8 if small else 9.5),
                             width=wd, align="justify")
                y += 9 if len(val) < 40 else 9 + 4.6 * (len(val) // 40)
        body += seal(w - 62, h - 40, 17, registrar)
        body += node(w - 95, h - 46, spread("登记机关", 4), r"\uhei", 10.5)
        body += node(w - 84, h - 30, cn_date(issued), r"\usong", 11, anchor="north")
    elif form == "2019-duplicate":
        w, h, dpi = 210.0, 297.0, 220
        body = f"\\fill[yellow!3!white] (0,0) rectangle ({w},{h});\n" + frame(w, h, 7, "orange!55!brown")
        body += emblem(w / 2, 28, 10)
        body += node(w / 2, 41, spread("营业执照", 8), r"\usongb", 30, anchor="north")
        body += node(w / 2, 56, "（副\\quad 本）", r"\usong", 13, anchor="north")
        body += node(22, 24, "统一社会信用代码", r"\uhei", 9) + node(22, 29.5, code, r"\uhei", 11)
        body += qr(rng, w - 44, 18, 22)
        y = 74.0
        for lab, val in rows + [("经营范围", scope)]:
            body += node(26, y, spread(lab, 4), r"\uhei", 10.5)
            size = 10.5 if lab != "经营范围" else (7.5 if small else 9.5)
            body += node(48, y - 0.3, esc(val), vf, size, width=135, align="justify")
            per = 58 if size > 9 else 80
            y += 9.5 + 4.9 * (len(val) // per)
        body += seal(w - 50, h - 42, 16, registrar)
        body += node(w - 80, h - 48, spread("登记机关", 4), r"\uhei", 10.5)
        body += node(w - 68, h - 32, cn_date(issued), r"\usong", 11, anchor="north")
        if rng.random() < 0.6:
            who = V.person(rng)
            body += handnote(24, h - 48, f"经办人：{who}  核对无误", 15, rot=-3)
            marks.append("handnote")
    else:  # 2016–2018 form: a ruled table, code at the top right
        w, h, dpi = 210.0, 297.0, 220
        body = f"\\fill[white] (0,0) rectangle ({w},{h});\n" + frame(w, h, 7, "red!45!brown")
        body += emblem(w / 2, 30, 11)
        body += node(w / 2, 44, spread("营业执照", 8), r"\usongb", 30, anchor="north")
        body += node(w / 2, 59, "（副本）", r"\usong", 12, anchor="north")
        body += node(w - 24, 24, f"统一社会信用代码\\quad {code}", r"\uhei", 9, anchor="north east")
        tab = "\\renewcommand\\arraystretch{1.7}\\begin{tabular}{|>{\\uhei}m{26mm}|m{118mm}|}\\hline\n"
        for lab, val in rows + [("经营范围", scope)]:
            tab += f"{spread(lab, 4)} & {vf} {esc(val)} \\\\\\hline\n"
        tab += "\\end{tabular}"
        body += node(w / 2, 72, tab, r"\usong", 10.5, anchor="north")
        body += seal(w - 52, h - 42, 16, registrar)
        body += node(w - 70, h - 30, cn_date(issued), r"\usong", 11, anchor="north")
    fields = {"name": c["name"], "credit_code": code, "entity_type": c["entity_type"], "legal_representative": rep,
              "registered_capital": c["capital"], "established_date": est.isoformat(), "address": addr,
              "business_scope": scope, "valid_to": valid_to}
    variant = f"{form}-{'individual' if kaiti else 'branch' if c['entity_type'] == CO_BRANCH else 'coop' if c['entity_type'] == '农民专业合作社' else 'company'}"
    if small:
        variant += "-smallprint"
    text = "".join(r[0] + r[1] for r in rows) + scope + registrar + code + "营业执照副本统一社会信用代码经营范围登记机关"
    return Doc("business_license", page(w, h, body), w, h, dpi, fields, variant, marks,
               faces=["noto_serif_sc" + ("_condensed90" if narrow else ""), "noto_serif_sc_bold", "noto_sans_sc_medium"]
               + (["ar_pl_ukai"] if "handnote" in marks else []),
               printed=[(text, "noto_serif_sc")])


CO_BRANCH = V.CO_TYPES[4]


# ------------------------------------------------------- 公共场所卫生许可证 ----

def health_license(rng: random.Random) -> Doc:
    area = rng.choice(V.AREAS)
    c = V.company(rng, area)
    name = c["name"].replace("有限公司", rng.choice(["酒店有限公司", "美容美发有限公司", "洗浴有限公司"])) \
        if c["entity_type"] != "个体工商户" else c["name"].replace("小吃店", "理发店")
    rep = V.person(rng)
    addr = V.address(rng, area, rural=False)
    items = rng.choice(V.PH_ITEMS)
    start = V.date(rng, 2020, 2025)
    end = V.add_years(start, 4) - dt.timedelta(days=1)
    year = start.year
    style = rng.choice(["bracket", "paren", "square"])
    yb = {"bracket": f"〔{year}〕", "paren": f"（{year}）", "square": f"[{year}]"}[style]
    no = f"{area[4]}卫公证字{yb}第{area[3]}{rng.randrange(100000, 999999)}号"
    landscape = rng.random() < 0.5
    w, h = (297.0, 210.0) if landscape else (210.0, 297.0)
    body = f"\\fill[white] (0,0) rectangle ({w},{h});\n" + frame(w, h, 9, "green!35!black")
    body += node(w / 2, 26, spread("公共场所卫生许可证", 15), r"\usongb", 28, anchor="north")
    body += node(w / 2, 45, esc(no), r"\usong", 12, anchor="north")
    rows = [("单位名称", name), ("法定代表人（负责人）", rep), ("地址", addr), ("许可项目", items),
            ("有效期限", f"自{cn_date(start)}至{cn_date(end)}")]
    ruled = rng.random() < 0.5
    x0 = 30 if landscape else 22
    if ruled:
        tab = ("\\renewcommand\\arraystretch{2.1}\\begin{tabular}{|>{\\uhei}m{44mm}|"
               f"m{{{int(w - 2 * x0 - 56)}mm}}|}}\\hline\n")
        for lab, val in rows:
            tab += f"{esc(lab)} & \\usong {esc(val)} \\\\\\hline\n"
        body += node(w / 2, 62, tab + "\\end{tabular}", r"\usong", 12, anchor="north")
    else:
        y = 64.0
        for lab, val in rows:
            body += node(x0, y, esc(lab) + "：", r"\uhei", 12)
            body += node(x0 + 48, y - 0.2, esc(val), r"\usong", 12, width=w - 2 * x0 - 52)
            y += 14 if len(val) < 24 else 20
    body += seal(w - 60, h - 45, 18, f"{area[1]}{area[2]}卫生健康局")
    body += node(w - 60, h - 25, cn_date(start), r"\usong", 12, anchor="north")
    fields = {"license_no": no, "name": name, "legal_representative": rep, "address": addr, "license_items": items,
              "valid_from": start.isoformat(), "valid_to": end.isoformat()}
    text = "".join(a + b for a, b in rows) + no + "公共场所卫生许可证"
    return Doc("public_health_license", page(w, h, body), w, h, 200, fields,
               f"{'landscape' if landscape else 'portrait'}-{'ruled' if ruled else 'lines'}-{style}", ["seal"],
               faces=["noto_serif_sc", "noto_serif_sc_bold", "noto_sans_sc_medium"], printed=[(text, "noto_serif_sc")])


# ----------------------------------------------------------- 食品经营许可证 ----

def food_license(rng: random.Random) -> Doc:
    area = rng.choice(V.AREAS)
    c = V.company(rng, area)
    code = V.uscc(rng, c["head"], area[3])
    rep = V.person(rng)
    addr = V.address(rng, area, rural=False)
    prem = addr if rng.random() < 0.5 else V.address(rng, area, rural=False)
    form = rng.choice(V.FOOD_FORMS)
    n_items = rng.choice([2, 3, 4, 6, 8])
    items = rng.sample(V.FOOD_ITEMS, n_items)
    items_text = "；".join(items)
    no = f"JY{rng.choice('123')}{area[3]}{rng.randrange(10 ** 6, 10 ** 7)}"
    issued = V.date(rng, 2019, 2025)
    end = V.add_years(issued, 5) - dt.timedelta(days=1)
    edition = rng.choice(["2015", "2023"])
    code_label = "社会信用代码（身份证号码）" if edition == "2015" else "统一社会信用代码"
    rows = [("经营者名称", c["name"]), (code_label, code), ("法定代表人（负责人）", rep), ("住所", addr),
            ("经营场所", prem), ("主体业态", form)]
    w, h = 210.0, 297.0
    body = f"\\fill[white] (0,0) rectangle ({w},{h});\n" + frame(w, h, 8, "blue!45!black")
    body += emblem(w / 2, 28, 9)
    body += node(w / 2, 40, spread("食品经营许可证", 13), r"\usongb", 26, anchor="north")
    body += node(w / 2, 54, "（副本）" if rng.random() < 0.5 else "（正本）", r"\usong", 12, anchor="north")
    y = 70.0
    for lab, val in rows:
        body += node(20, y, esc(lab), r"\uhei", 10.5, width=46)
        body += node(68, y, esc(val), r"\usong", 10.5, width=120)
        y += 10 if len(lab) < 10 else 11
        y += 5 * (len(val) // 28)
    body += node(20, y, "经营项目", r"\uhei", 10.5)
    rows_tex = r"\\".join(esc(it) + ("；" if i < len(items) - 1 else "") for i, it in enumerate(items))
    body += node(68, y, rows_tex, r"\usong", 10.5, width=120)
    y += 6.2 * len(items) + 6
    body += node(20, y, "许可证编号", r"\uhei", 10.5) + node(68, y, no, r"\usong", 11.5)
    body += node(20, y + 10, "有效期至", r"\uhei", 10.5) + node(68, y + 10, cn_date(end), r"\usong", 11.5)
    body += node(20, y + 20, "日常监督管理机构", r"\uhei", 10.5) + node(68, y + 20, f"{area[2]}市场监督管理局", r"\usong", 10.5)
    body += seal(w - 48, h - 40, 16, f"{area[1]}{area[2]}市场监督管理局")
    body += node(w - 48, h - 22, cn_date(issued), r"\usong", 11, anchor="north")
    fields = {"license_no": no, "name": c["name"], "credit_code": code, "legal_representative": rep, "address": addr,
              "premises_address": prem, "business_form": form, "business_items": items_text,
              "valid_to": end.isoformat()}
    text = "".join(a + b for a, b in rows) + items_text + no + "食品经营许可证经营项目许可证编号有效期至日常监督管理机构"
    return Doc("food_business_license", page(w, h, body), w, h, 220, fields,
               f"{edition}-{n_items}-items", ["seal"],
               faces=["noto_serif_sc", "noto_serif_sc_bold", "noto_sans_sc_medium"], printed=[(text, "noto_serif_sc")])


# ------------------------------------------------------------ negatives ----

def other(rng: random.Random) -> Doc:
    area = rng.choice(V.AREAS)
    c = V.company(rng, area)
    what = rng.choice(["notice", "guide", "tobacco", "letter", "blank"])
    w, h = 210.0, 297.0
    body = f"\\fill[white] (0,0) rectangle ({w},{h});\n"
    when = V.date(rng, 2021, 2025)
    if what == "notice":
        body += node(w / 2, 30, "受理通知书", r"\usongb", 22, anchor="north")
        txt = (f"{esc(c['name'])}：\\par\\hspace{{2em}}你单位于{cn_date(when)}提交的营业执照变更登记申请材料"
               f"（统一社会信用代码及住所变更）已收到。经审查，申请材料齐全，符合法定形式，决定予以受理。"
               f"请于二十个工作日内凭本通知书领取办理结果。")
        body += node(25, 55, txt, r"\usong", 12, width=160, align="justify")
        body += seal(150, 140, 18, f"{area[1]}政务服务中心")
    elif what == "guide":
        body += node(w / 2, 25, "公共场所卫生许可证（新办）办事指南", r"\usongb", 16, anchor="north")
        items = ["一、事项名称：公共场所卫生许可", "二、实施机关：县级以上卫生健康行政部门", "三、申请材料：",
                 "\\quad 1．卫生许可证申请表；", "\\quad 2．营业执照复印件；", "\\quad 3．法定代表人身份证明复印件；",
                 "\\quad 4．卫生检测报告；", "四、承诺时限：17个工作日", "五、收费标准：不收费"]
        body += node(25, 45, "\\par ".join(items), r"\usong", 12, width=160)
    elif what == "tobacco":
        body += frame(w, h, 9, "brown!60!black") + node(w / 2, 30, "烟草专卖零售许可证", r"\usongb", 24, anchor="north")
        rows = [("企业名称", c["name"]), ("负责人", V.person(rng)), ("经营场所", V.address(rng, area, rural=False)),
                ("许可范围", "卷烟、雪茄烟零售"), ("有效期限", f"自{cn_date(when)}至{cn_date(V.add_years(when, 5))}")]
        y = 70.0
        for lab, val in rows:
            body += node(25, y, spread(lab, 4), r"\uhei", 12) + node(55, y, esc(val), r"\usong", 12, width=130)
            y += 16
        body += seal(150, 220, 18, f"{area[1]}烟草专卖局")
    elif what == "letter":
        body += node(w / 2, 28, "授权委托书", r"\usongb", 22, anchor="north")
        txt = (f"兹委托{esc(V.person(rng))}（身份证号码见附件）代表我单位{esc(c['name'])}前往办理营业执照及食品经营许可证相关业务，"
               f"委托期限自{cn_date(when)}起三十日内有效。\\par\\hfill 委托单位（盖章）")
        body += node(25, 55, txt, r"\usong", 12, width=160, align="justify")
        body += handnote(130, 130, V.person(rng), 22)
    else:
        body += node(w / 2, h - 20, str(rng.randint(2, 9)), r"\usong", 10, anchor="north")
    return Doc("other", page(w, h, body), w, h, 150, {}, f"negative-{what}",
               ["seal"] if what in ("notice", "tobacco") else [],
               faces=["noto_serif_sc", "noto_sans_sc_medium"], printed=[])
