"""Family J's documents as HTML/CSS pages for WeasyPrint: label columns justified by CSS flex (one
span a character, `justify-content: space-between`, as real licences spread `名　　称`), values in
blocks that Pango breaks by its CJK rules, ruled tables, seals and the 国徽 drawn in colour.

Each builder returns the page's HTML, its size in mm, and the truth it prints. Every element that
holds a scored value carries `data-f="key"`, so the renderer can find where Pango put it (for cut
edges and thumbs) and the tests can find the value in the HTML. `Page.use` records each text with
the face it is set in, so every glyph can be checked against the face's cmap (WeasyPrint falls
back silently).
"""

from __future__ import annotations

import datetime as dt
import html
import math
import random
from pathlib import Path

from benchmarks.docgen_j import values as V

FANDOL = Path("/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol")
FACES = {"song": "FandolSong-Regular.otf", "songb": "FandolSong-Bold.otf", "fang": "FandolFang-Regular.otf",
         "hei": "FandolHei-Regular.otf", "heib": "FandolHei-Bold.otf", "kai": "FandolKai-Regular.otf"}


class Page:
    """HTML under construction, with the texts drawn per face."""

    def __init__(self, w_mm: float, h_mm: float):
        self.w, self.h = w_mm, h_mm
        self.texts: dict[str, set[str]] = {}
        self.body: list[str] = []
        self.css: list[str] = []

    def use(self, face: str, text: str) -> str:
        self.texts.setdefault(face, set()).add(text)
        return html.escape(text)

    def span(self, face: str, text: str, key: str | None = None, cls: str = "", style: str = "") -> str:
        f = f' data-f="{key}"' if key else ""
        return f'<span class="{cls} f-{face}"{f} style="{style}">{self.use(face, text)}</span>'

    def div(self, face: str, text: str, key: str | None = None, cls: str = "", style: str = "") -> str:
        f = f' data-f="{key}"' if key else ""
        return f'<div class="{cls} f-{face}"{f} style="{style}">{self.use(face, text)}</div>'

    def label(self, face: str, text: str, width_em: float, style: str = "") -> str:
        """A label spread over `width_em` by flex (`名称` → `名　　称`), each character its own box."""
        chars = "".join(f"<span>{self.use(face, c)}</span>" for c in text)
        return (f'<div class="lab f-{face}" style="width:{width_em}em;display:flex;'
                f'justify-content:space-between;{style}">{chars}</div>')

    def render(self) -> str:
        faces = "".join(f"@font-face{{font-family:J{k};src:url('file://{FANDOL / v}')}} .f-{k}{{font-family:J{k}}}"
                        for k, v in FACES.items())
        return (f"<!doctype html><html><head><meta charset='utf-8'><style>{faces}"
                f"@page{{size:{self.w}mm {self.h}mm;margin:0}} html,body{{margin:0;padding:0}}"
                f"body{{width:{self.w}mm;height:{self.h}mm;position:relative;overflow:hidden}}"
                f".abs{{position:absolute}} {''.join(self.css)}</style></head><body>{''.join(self.body)}</body></html>")


def emblem(size_mm: float, colour: bool = True) -> str:
    """A stylised 国徽-like roundel in red and gold (shapes only, no text)."""
    red, gold = ("#c8161d", "#e9b429") if colour else ("#555", "#999")
    stars = "".join(
        f'<polygon points="{_star(50 + 24 * math.cos(a), 36 + 24 * math.sin(a), 5)}" fill="{gold}"/>'
        for a in (-2.4, -1.95, -1.2, -0.75))
    return (f'<svg width="{size_mm}mm" height="{size_mm}mm" viewBox="0 0 100 100">'
            f'<circle cx="50" cy="50" r="48" fill="{gold}"/><circle cx="50" cy="50" r="40" fill="{red}"/>'
            f'<polygon points="{_star(50, 36, 11)}" fill="{gold}"/>{stars}'
            f'<rect x="30" y="58" width="40" height="14" fill="{gold}"/><rect x="36" y="62" width="28" height="4" fill="{red}"/>'
            f'<path d="M14 70 Q50 100 86 70" stroke="{gold}" stroke-width="6" fill="none"/></svg>')


def _star(cx: float, cy: float, r: float) -> str:
    pts = []
    for i in range(10):
        rr = r if i % 2 == 0 else r * 0.4
        a = -math.pi / 2 + i * math.pi / 5
        pts.append(f"{cx + rr * math.cos(a):.1f},{cy + rr * math.sin(a):.1f}")
    return " ".join(pts)


def seal(p: Page, text: str, x_mm: float, y_mm: float, d_mm: float, rng: random.Random) -> str:
    """A round red seal: the authority's name around the rim (each character a rotated box), a star."""
    n = len(text)
    span = min(250.0, 18.0 * n)
    parts = []
    fs = d_mm * 0.13
    for i, ch in enumerate(text):
        ang = -span / 2 + span * (i + 0.5) / n
        parts.append(f'<div class="abs f-song" style="left:{d_mm / 2 - fs / 2}mm;top:{d_mm * 0.06}mm;'
                     f'width:{fs}mm;height:{d_mm * 0.88}mm;font-size:{fs}mm;line-height:1;text-align:center;'
                     f'transform-origin:{fs / 2}mm {d_mm * 0.44}mm;transform:rotate({ang:.1f}deg)">{p.use("song", ch)}</div>')
    rot = rng.uniform(-25, 25)
    return (f'<div class="abs" style="left:{x_mm}mm;top:{y_mm}mm;width:{d_mm}mm;height:{d_mm}mm;color:#d7282f;'
            f'opacity:{rng.uniform(0.72, 0.9):.2f};transform:rotate({rot:.0f}deg)">'
            f'<div class="abs" style="left:0;top:0;width:{d_mm - 1.6}mm;height:{d_mm - 1.6}mm;border:0.8mm solid #d7282f;'
            f'border-radius:50%"></div>{"".join(parts)}'
            f'<svg class="abs" style="left:{d_mm * 0.32}mm;top:{d_mm * 0.3}mm" width="{d_mm * 0.36}mm" height="{d_mm * 0.36}mm" '
            f'viewBox="0 0 40 40"><polygon points="{_star(20, 21, 19)}" fill="#d7282f"/></svg></div>')


def qr_block(rng: random.Random, size_mm: float) -> str:
    n = 25
    cells = []
    for y in range(n):
        for x in range(n):
            finder = (x < 7 and y < 7) or (x >= n - 7 and y < 7) or (x < 7 and y >= n - 7)
            on = (max(abs(x % (n - 7) - 3), abs(y % (n - 7) - 3)) in (0, 1, 3)) if finder else rng.random() < 0.5
            if on:
                cells.append(f'<rect x="{x}" y="{y}" width="1" height="1"/>')
    return f'<svg width="{size_mm}mm" height="{size_mm}mm" viewBox="0 0 {n} {n}" shape-rendering="crispEdges">{"".join(cells)}</svg>'


# ---------------------------------------------------------------- ID card

def id_front(rng: random.Random, per: dict, overprint: str | None = None) -> dict:
    p = Page(85.6, 54.0)
    b = per["birth"]
    lab = "color:#1f5f8f;font-size:2.6mm"
    val = "font-size:3.1mm;color:#111"
    p.css.append(".row{position:absolute;display:flex;align-items:baseline;white-space:nowrap}")
    bg = ("background:radial-gradient(circle at 70% 40%, #f4f1e6 0%, #e6eef0 55%, #dfe9ee 100%);"
          "border-radius:3.2mm")
    p.body.append(f'<div class="abs" style="left:0;top:0;width:85.6mm;height:54mm;{bg}"></div>')
    p.body.append('<div class="abs" style="left:0;top:0;width:85.6mm;height:54mm;opacity:0.25;'
                  'background:repeating-linear-gradient(35deg,#b9cfd8 0,#b9cfd8 0.15mm,transparent 0.15mm,transparent 1.1mm)"></div>')
    name_fs = 3.6 if len(per["name"]) <= 4 else 3.2
    p.body.append(f'<div class="row" style="left:5mm;top:5.5mm">{p.label("hei", "姓名", 2.4, lab)}'
                  f'{p.span("hei", per["name"], "name", style=f"margin-left:2.6mm;font-size:{name_fs}mm")}</div>')
    p.body.append(f'<div class="row" style="left:5mm;top:12.2mm">{p.label("hei", "性别", 2.4, lab)}'
                  f'{p.span("hei", per["sex"], "sex", style="margin-left:2.6mm;" + val)}'
                  f'{p.label("hei", "民族", 2.4, lab + ";margin-left:7mm")}'
                  f'{p.span("hei", per["nation"], "nation", style="margin-left:2.6mm;" + val)}</div>')
    p.body.append(f'<div class="row" style="left:5mm;top:18.6mm">{p.label("hei", "出生", 2.4, lab)}'
                  f'<span data-f="birth_date" style="margin-left:2.6mm;{val}">'
                  f'{p.span("hei", str(b.year))}<span class="f-hei" style="{lab};margin:0 1.2mm">{p.use("hei", "年")}</span>'
                  f'{p.span("hei", str(b.month))}<span class="f-hei" style="{lab};margin:0 1.2mm">{p.use("hei", "月")}</span>'
                  f'{p.span("hei", str(b.day))}<span class="f-hei" style="{lab};margin-left:1.2mm">{p.use("hei", "日")}</span></span></div>')
    p.body.append(f'<div class="row" style="left:5mm;top:25mm;align-items:flex-start">{p.label("hei", "住址", 2.4, lab + ";margin-top:0.4mm")}'
                  f'{p.div("hei", per["address"], "address", style="margin-left:2.6mm;width:36mm;line-height:1.45;white-space:normal;" + val)}</div>')
    p.body.append(f'<div class="row" style="left:5mm;top:45mm">{p.span("hei", "公民身份号码", style=lab + ";letter-spacing:0.3mm")}'
                  f'{p.span("hei", per["id_number"], "id_number", style="margin-left:5mm;font-size:3.5mm;letter-spacing:0.55mm")}</div>')
    # the portrait: a grey silhouette in its frame
    p.body.append('<svg class="abs" style="left:56mm;top:6mm" width="25mm" height="31mm" viewBox="0 0 50 62">'
                  '<rect width="50" height="62" fill="#eef2f4"/><ellipse cx="25" cy="23" rx="10" ry="13" fill="#8a8f94"/>'
                  '<path d="M3 62 Q6 40 25 38 Q44 40 47 62 Z" fill="#6d7379"/></svg>')
    if overprint:
        p.body.append(_overprint(p, overprint, rng))
    fields = {"name": per["name"], "sex": per["sex"], "nation": per["nation"], "birth_date": b.isoformat(),
              "address": per["address"], "id_number": per["id_number"]}
    return {"page": p, "fields": fields, "faces": ["FandolHei"]}


def id_back(rng: random.Random, per: dict, overprint: str | None = None) -> dict:
    p = Page(85.6, 54.0)
    lab = "font-size:2.7mm;color:#222"
    p.body.append('<div class="abs" style="left:0;top:0;width:85.6mm;height:54mm;border-radius:3.2mm;'
                  'background:linear-gradient(160deg,#eef3ee 0%,#e3ecf2 60%,#f1ece0 100%)"></div>')
    p.body.append('<div class="abs" style="left:0;top:0;width:85.6mm;height:54mm;opacity:0.3;'
                  'background:repeating-radial-gradient(circle at 60% 70%,#c9d9cf 0,#c9d9cf 0.12mm,transparent 0.12mm,transparent 0.9mm)"></div>')
    p.body.append(f'<div class="abs" style="left:5mm;top:4.5mm">{emblem(15)}</div>')
    p.body.append(p.div("heib", "中华人民共和国", style="position:absolute;left:27mm;top:7mm;font-size:5mm;letter-spacing:1.2mm"))
    p.body.append(p.div("heib", "居民身份证", style="position:absolute;left:29mm;top:16mm;font-size:6.4mm;letter-spacing:2.2mm"))
    vf = dt.date.fromisoformat(per["valid_from"])
    vt = per["valid_to"] if per["valid_to"] == "长期" else dt.date.fromisoformat(per["valid_to"]).strftime("%Y.%m.%d")
    p.body.append(f'<div class="abs" style="left:15mm;top:36mm;display:flex;align-items:flex-start">{p.label("hei", "签发机关", 5.2, lab)}'
                  f'{p.div("hei", per["authority"], "issuing_authority", style="margin-left:3mm;width:42mm;font-size:3mm;line-height:1.4")}</div>')
    p.body.append(f'<div class="abs" style="left:15mm;top:44.5mm;display:flex;align-items:baseline">{p.label("hei", "有效期限", 5.2, lab)}'
                  f'<span data-f="valid_from" style="margin-left:3mm;font-size:3mm">{p.span("hei", vf.strftime("%Y.%m.%d"))}</span>'
                  f'{p.span("hei", "-", style="font-size:3mm")}'
                  f'<span data-f="valid_to" style="font-size:3mm">{p.span("hei", vt)}</span></div>')
    if overprint:
        p.body.append(_overprint(p, overprint, rng))
    fields = {"issuing_authority": per["authority"], "valid_from": per["valid_from"], "valid_to": per["valid_to"]}
    return {"page": p, "fields": fields, "faces": ["FandolHei"]}


def _overprint(p: Page, text: str, rng: random.Random) -> str:
    """The line a holder writes or stamps across a copy: `仅供…使用，再复印无效` (a value under it stays readable)."""
    ang = rng.uniform(-18, -8)
    return (f'<div class="abs f-kai" style="left:4mm;top:{rng.uniform(20, 30):.1f}mm;width:80mm;font-size:4.2mm;'
            f'color:rgba(30,60,170,0.42);transform:rotate({ang:.0f}deg);white-space:nowrap">{p.use("kai", text)}</div>')


# ---------------------------------------------------------------- business licence

def business_license(rng: random.Random, form: str, entity: str) -> dict:
    """The 2019 national 营业执照 form, 正本 (landscape) or 副本 (portrait), for a company, a 分公司, a
    合伙企业 or a 个体工商户 (labels and which rows exist follow the entity)."""
    region = rng.choice(V.REGIONS)
    trade, (industry, scope) = rng.choice(V.TRADE_WORDS), rng.choice(V.INDUSTRIES)
    place = region[2] or region[1]
    place = place.removesuffix("市").removesuffix("回族自治州")
    boss = V.person(rng)["name"]
    established = V.rand_date(rng, dt.date(2003, 1, 1), dt.date(2025, 9, 28))
    scope = scope + "。" + rng.choice(V.SCOPE_TAIL) if rng.random() < 0.8 else scope
    head = "91"
    if entity == "company":
        ctype = rng.choice(V.COMPANY_TYPES)
        suffix = "股份有限公司" if ctype.startswith("股份") else "有限公司"
        name = f"{place}{trade}{industry}{suffix}"
        rows = [("类型", ctype), ("法定代表人", boss), ("经营范围", scope), ("注册资本", V.capital(rng)),
                ("成立日期", V.cn_date(established)), ("住所", V.biz_address(rng, region))]
    elif entity == "branch":
        name = f"{place}{trade}{industry}有限公司{region[3]}分公司"
        ctype = "有限责任公司分公司（自然人投资或控股）"
        rows = [("类型", ctype), ("负责人", boss), ("经营范围", scope), ("成立日期", V.cn_date(established)),
                ("营业场所", V.biz_address(rng, region))]
    elif entity == "partnership":
        name = f"{place}{trade}{industry}合伙企业（有限合伙）" if rng.random() < 0.5 else f"{place}{trade}{industry}事务所（普通合伙）"
        ctype = "有限合伙企业" if "有限合伙" in name else "普通合伙企业"
        rows = [("类型", ctype), ("执行事务合伙人", boss), ("经营范围", scope), ("成立日期", V.cn_date(established)),
                ("主要经营场所", V.biz_address(rng, region))]
    else:  # 个体工商户
        head = "92"
        shop = rng.choice(["小吃店", "便利店", "理发店", "五金店", "服装店", "水果店", "茶叶店"])
        name = f"{place}{region[3]}{trade}{shop}" if rng.random() < 0.7 else ""
        ctype = "个体工商户"
        rows = [("类型", ctype), ("经营者", boss), ("组成形式", rng.choice(["个人经营", "家庭经营"])),
                ("经营范围", scope.split("。")[0]), ("注册日期", V.cn_date(established)),
                ("经营场所", V.biz_address(rng, region))]
    code = V.uscc(rng, region[0], head)
    if entity != "individual":
        term = "长期" if rng.random() < 0.55 else V.cn_date(V.add_years(established, rng.choice((10, 20, 30))) - dt.timedelta(days=1))
        rows.insert([r[0] for r in rows].index("住所" if entity == "company" else rows[-1][0]),
                    ("营业期限", f"{V.cn_date(established)}至{term}"))
    else:
        term = ""
    fields = {"name": name, "credit_code": code, "entity_type": ctype, "legal_representative": boss,
              "registered_capital": dict(rows).get("注册资本", ""), "established_date": established.isoformat(),
              "address": rows[-1][1],
              "business_scope": dict(rows)["经营范围"],
              "valid_to": "" if entity == "individual" else (term if term == "长期" else _iso(term))}
    keymap = {"类型": "entity_type", "法定代表人": "legal_representative", "负责人": "legal_representative",
              "执行事务合伙人": "legal_representative", "经营者": "legal_representative", "经营范围": "business_scope",
              "注册资本": "registered_capital", "成立日期": "established_date", "注册日期": "established_date",
              "住所": "address", "营业场所": "address", "主要经营场所": "address", "经营场所": "address",
              "营业期限": "valid_to"}
    label_face, value_face = rng.choice([("hei", "fang"), ("song", "fang"), ("hei", "song")])
    copy = form == "copy"
    w, h = (210.0, 297.0) if copy else (297.0, 210.0)
    p = Page(w, h)
    border = rng.choice(["#b8893a", "#a07828", "#c49a4a"])
    p.body.append(f'<div class="abs" style="left:6mm;top:6mm;width:{w - 12}mm;height:{h - 12}mm;border:2.2mm double {border}"></div>')
    p.body.append(f'<div class="abs" style="left:{w / 2 - 13}mm;top:13mm">{emblem(26, colour=True)}</div>')
    p.body.append(p.div("songb", "营业执照", style=f"position:absolute;left:0;width:{w}mm;top:42mm;text-align:center;"
                        f"font-size:15mm;letter-spacing:6mm;color:#c8161d"))
    if copy:
        p.body.append(p.div("song", "（副　本）", style=f"position:absolute;left:0;width:{w}mm;top:63mm;text-align:center;font-size:5.5mm"))
        p.body.append(p.div("song", f"副本编号：{rng.randrange(1, 4)}-{rng.randrange(1, 4)}",
                            style="position:absolute;right:18mm;top:22mm;font-size:3.4mm"))
    top = 74 if copy else 66
    fs = 4.4 if copy else 4.6
    p.body.append(f'<div class="abs" style="left:{16 if copy else 20}mm;top:{top - 14}mm;font-size:{fs * 0.86}mm;display:flex">'
                  f'{p.span(label_face, "统一社会信用代码")}<span style="width:3mm"></span>{p.span(value_face, code, "credit_code")}</div>')
    p.body.append(f'<div class="abs" style="right:{18 if copy else 22}mm;top:{top - 30}mm;text-align:center;font-size:2.4mm">'
                  f'{qr_block(rng, 22)}{p.div("song", "扫描市场主体身份码")}{p.div("song", "了解更多登记、备案、")}'
                  f'{p.div("song", "许可、监管信息，体验")}{p.div("song", "更多应用服务。")}</div>')
    lw = 6.4 if any(len(k) > 5 for k, _ in rows) else 5.2
    all_rows = [("名称", name)] + rows

    def row_html(k: str, v: str, width_mm: float) -> str:
        key = "name" if k == "名称" else keymap.get(k)
        val = v
        if k == "营业期限":
            a, b = v.split("至")
            inner = (f'<span>{p.use(value_face, a + "至")}</span>'
                     f'<span data-f="valid_to">{p.use(value_face, b)}</span>')
            return (f'<div style="display:flex;margin-bottom:{fs * 0.55}mm;align-items:flex-start">{p.label(label_face, k, lw)}'
                    f'<div class="f-{value_face}" style="margin-left:4mm;width:{width_mm}mm">{inner}</div></div>')
        body = p.div(value_face, val, key, style=f"margin-left:4mm;width:{width_mm}mm;line-height:1.45") if val else \
            f'<div style="margin-left:4mm;width:{width_mm}mm"></div>'
        return (f'<div style="display:flex;margin-bottom:{fs * 0.55}mm;align-items:flex-start">'
                f'{p.label(label_face, k, lw)}{body}</div>')

    if copy:
        col = "".join(row_html(k, v, 150) for k, v in all_rows)
        p.body.append(f'<div class="abs" style="left:20mm;top:{top}mm;font-size:{fs}mm;width:178mm">{col}</div>')
    else:
        scope_row = [r for r in all_rows if r[0] == "经营范围"]
        left = [r for r in all_rows if r[0] not in ("经营范围",) and all_rows.index(r) < 4 and r[0] not in ("成立日期", "注册日期", "住所", "营业场所", "主要经营场所", "经营场所", "营业期限", "注册资本")]
        right = [r for r in all_rows if r not in left and r not in scope_row]
        lcol = "".join(row_html(k, v, 92) for k, v in left + scope_row)
        rcol = "".join(row_html(k, v, 82) for k, v in right)
        p.body.append(f'<div class="abs" style="left:22mm;top:{top + 14}mm;font-size:{fs}mm;width:125mm">{lcol}</div>')
        p.body.append(f'<div class="abs" style="left:158mm;top:{top + 14}mm;font-size:{fs}mm;width:120mm">{rcol}</div>')
    authority = f"{region[2] or region[1]}{region[3]}市场监督管理局"
    issue = V.rand_date(rng, established, dt.date(2025, 11, 20))
    ax, ay = (w - 95, h - 52)
    p.body.append(f'<div class="abs" style="left:{ax}mm;top:{ay}mm;font-size:4.2mm;display:flex">'
                  f'{p.label(label_face, "登记机关", 5.2)}</div>')
    p.body.append(p.div(value_face, V.cn_date(issue, pad=False), style=f"position:absolute;left:{ax + 20}mm;top:{ay + 16}mm;font-size:4.4mm"))
    p.body.append(seal(p, authority, ax + 18, ay - 8, 40, rng))
    p.body.append(p.div("song", "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn",
                        style=f"position:absolute;left:0;width:{w}mm;bottom:15mm;text-align:center;font-size:2.8mm"))
    p.body.append(p.div("song", "国家市场监督管理总局监制",
                        style=f"position:absolute;left:0;width:{w}mm;bottom:10.5mm;text-align:center;font-size:2.8mm"))
    marks = []
    if copy and rng.random() < 0.5:
        chg = V.rand_date(rng, established, issue)
        p.body.append(p.div("kai", f"{V.cn_date(chg)}已办理变更登记",
                            style="position:absolute;left:22mm;bottom:28mm;font-size:3.6mm;color:#24408e;"
                            "border:0.5mm solid #24408e;padding:1.5mm;transform:rotate(-3deg);opacity:0.8"))
        marks.append("change_annotation")
    if rng.random() < 0.45:
        yr = rng.choice([2022, 2023, 2024])
        p.body.append(f'<div class="abs" style="left:{12 if copy else 14}mm;top:{14}mm;width:34mm;height:20mm;background:#f3d64a;'
                      f'border-radius:2mm;transform:rotate({rng.uniform(-8, 8):.0f}deg);text-align:center;padding-top:3mm">'
                      f'{p.div("heib", f"{yr}年度", style="font-size:4.4mm;color:#7a1c12")}'
                      f'{p.div("hei", "年报已公示", style="font-size:3.6mm;color:#7a1c12")}</div>')
        marks.append("annual_report_sticker")
    variant = f"{'副本' if copy else '正本'}-{entity}"
    return {"page": p, "fields": fields, "faces": sorted({_face_name(label_face), _face_name(value_face)}),
            "variant": variant, "marks": marks}


def _iso(cn: str) -> str:
    y, rest = cn.split("年")
    m, rest = rest.split("月")
    return f"{int(y):04d}-{int(m):02d}-{int(rest.rstrip('日')):02d}"


def _face_name(k: str) -> str:
    return {"song": "FandolSong", "songb": "FandolSong-Bold", "fang": "FandolFang", "hei": "FandolHei",
            "heib": "FandolHei-Bold", "kai": "FandolKai"}[k]


# ---------------------------------------------------------------- 卫生许可证 (公共场所)

def health_license(rng: random.Random) -> dict:
    region = rng.choice(V.REGIONS)
    place = (region[2] or region[1]).removesuffix("市").removesuffix("回族自治州")
    kind, items = rng.choice(V.HEALTH_KINDS)
    if rng.random() < 0.3 and kind not in ("KTV", "影城"):
        items = items + [rng.choice([i for i in V.HEALTH_ITEMS if i not in items])]
    name = f"{place}{rng.choice(V.TRADE_WORDS)}{kind}" + rng.choice(["有限公司", "", f"（{region[3]}店）"])
    boss = V.person(rng)["name"]
    addr = V.biz_address(rng, region)
    start = V.rand_date(rng, dt.date(2019, 1, 1), dt.date(2025, 10, 28))
    end = V.add_years(start, 4) - dt.timedelta(days=1)
    word = rng.choice(["卫公字", "卫公证字", "卫公许字"])
    no = f"{region[5]}{word}（{start.year}）第{region[0]}{rng.randrange(1, 999999):06d}号"
    if rng.random() < 0.35:
        no = f"{region[5]}{word}〔{start.year}〕第{rng.randrange(1, 99999):05d}号"
    lf, vf = rng.choice([("hei", "fang"), ("song", "song"), ("kai", "fang")])
    portrait = rng.random() < 0.6
    w, h = (210.0, 297.0) if portrait else (297.0, 210.0)
    p = Page(w, h)
    p.body.append(f'<div class="abs" style="left:8mm;top:8mm;width:{w - 16}mm;height:{h - 16}mm;border:1.6mm solid #2f6e3b"></div>')
    p.body.append(p.div("heib", "卫生许可证", style=f"position:absolute;left:0;width:{w}mm;top:{34 if portrait else 22}mm;"
                        f"text-align:center;font-size:13mm;letter-spacing:5mm;color:#1d5b2a"))
    p.body.append(f'<div class="abs" style="right:24mm;top:{58 if portrait else 44}mm;font-size:4.2mm">'
                  f'{p.span(vf, no, "license_no")}</div>')
    rows = [("单位名称", name, "name"), ("法定代表人（负责人）", boss, "legal_representative"),
            ("地址", addr, "address"), ("许可项目", "、".join(items), "license_items")]
    tbl = []
    for k, v, key in rows:
        tbl.append(f'<tr><td style="width:{44 if portrait else 52}mm;border:0.35mm solid #333;padding:2.5mm">{p.label(lf, k, 9 if len(k) > 5 else 5.4)}</td>'
                   f'<td style="border:0.35mm solid #333;padding:2.5mm">{p.div(vf, v, key, style="line-height:1.4")}</td></tr>')
    period = (f'<span>{p.use(vf, "自")}</span><span data-f="valid_from">{p.use(vf, V.cn_date(start))}</span>'
              f'<span>{p.use(vf, "至")}</span><span data-f="valid_to">{p.use(vf, V.cn_date(end))}</span>')
    tbl.append(f'<tr><td style="border:0.35mm solid #333;padding:2.5mm">{p.label(lf, "有效期限", 5.4)}</td>'
               f'<td class="f-{vf}" style="border:0.35mm solid #333;padding:2.5mm">{period}</td></tr>')
    p.body.append(f'<table class="abs" style="left:22mm;top:{74 if portrait else 58}mm;width:{w - 44}mm;border-collapse:collapse;'
                  f'font-size:4.8mm">{"".join(tbl)}</table>')
    auth = f"{region[2] or region[1]}{region[3]}卫生健康委员会" if region[2] else f"{region[1]}{region[3]}卫生健康委员会"
    issue = start
    p.body.append(p.div(vf, f"发证机关：{auth}", style=f"position:absolute;right:26mm;bottom:{48 if portrait else 30}mm;font-size:4mm"))
    p.body.append(p.div(vf, V.cn_date(issue), style=f"position:absolute;right:34mm;bottom:{40 if portrait else 22}mm;font-size:4mm"))
    p.body.append(seal(p, auth, w - 80, h - (78 if portrait else 58), 38, rng))
    fields = {"license_no": no, "name": name, "legal_representative": boss, "address": addr,
              "license_items": "、".join(items), "valid_from": start.isoformat(), "valid_to": end.isoformat()}
    return {"page": p, "fields": fields, "faces": sorted({_face_name(lf), _face_name(vf)}),
            "variant": "portrait" if portrait else "landscape", "marks": []}


# ---------------------------------------------------------------- 食品经营许可证 (2023 form)

def food_license(rng: random.Random) -> dict:
    region = rng.choice(V.REGIONS)
    place = (region[2] or region[1]).removesuffix("市").removesuffix("回族自治州")
    form, items = rng.choice(V.FOOD_FORMS)
    if form.startswith("单位食堂"):
        name = f"{place}{rng.choice(['第三中学', '实验小学', '职业技术学院', '人民医院', '税务局机关'])}" if "学校" in form or "机关" in form else ""
        name = name or f"{place}{rng.choice(V.TRADE_WORDS)}科技有限公司"
        name = name + "食堂" if rng.random() < 0.4 else name
        head = "12" if any(w in name for w in ("中学", "小学", "学院", "医院", "税务局")) else "91"
    else:
        shops = {"餐馆": ["餐饮管理有限公司", "餐厅", "小吃店", "面馆"], "饮品": ["茶饮店", "奶茶店", "饮品有限公司"],
                 "糕点": ["烘焙坊", "蛋糕店"], "便利": ["便利店", "食品商行"], "超市": ["超市有限公司", "超市"]}
        shop = rng.choice(next(v for k, v in shops.items() if k in form))
        name = f"{place}{rng.choice(V.TRADE_WORDS)}{shop}"
        head = "91" if "公司" in shop else "92"
    if rng.random() < 0.4 and len(items) > 1:
        items = items[:-1]
    items_text = "；".join(items)
    boss = V.person(rng)["name"]
    addr = V.biz_address(rng, region)
    prem = addr if rng.random() < 0.6 else V.biz_address(rng, region)
    code = V.uscc(rng, region[0], head)
    cat = {"餐": "2", "食": "1", "单": "3"}[form[0]]
    no = f"JY{cat}{region[0]}{rng.randrange(0, 10 ** 7):07d}"
    issue = V.rand_date(rng, dt.date(2021, 1, 1), dt.date(2025, 10, 28))
    end = V.add_years(issue, 5) - dt.timedelta(days=1)
    copy = rng.random() < 0.4
    w, h = (210.0, 297.0) if copy else (297.0, 210.0)
    lf, vf = rng.choice([("hei", "fang"), ("song", "fang"), ("hei", "song")])
    p = Page(w, h)
    p.body.append(f'<div class="abs" style="left:7mm;top:7mm;width:{w - 14}mm;height:{h - 14}mm;border:1.2mm solid #1b4f8c;'
                  f'outline:0.4mm solid #1b4f8c;outline-offset:1.2mm"></div>')
    p.body.append(f'<div class="abs" style="left:{w / 2 - 11}mm;top:14mm">{emblem(22)}</div>')
    p.body.append(p.div("songb", "食品经营许可证", style=f"position:absolute;left:0;width:{w}mm;top:38mm;text-align:center;"
                        f"font-size:11mm;letter-spacing:3mm"))
    if copy:
        p.body.append(p.div("song", "（副本）", style=f"position:absolute;left:0;width:{w}mm;top:53mm;text-align:center;font-size:5mm"))
    rows = [("经营者名称", name, "name"), ("社会信用代码（身份证号码）", code, "credit_code"),
            ("法定代表人（负责人）", boss, "legal_representative"), ("住所", addr, "address"),
            ("经营场所", prem, "premises_address"), ("主体业态", form, "business_form"),
            ("经营项目", items_text, "business_items")]
    right = [("许可证编号", no, "license_no"), ("有效期至", V.cn_date(end), "valid_to"),
             ("日常监督管理机构", f"{region[3]}市场监督管理局", None), ("投诉举报电话", "12315", None)]
    fs = 4.2

    def r(k: str, v: str, key: str | None, lw: float, vw: float) -> str:
        return (f'<div style="display:flex;align-items:flex-start;margin-bottom:2.6mm">{p.label(lf, k, lw)}'
                f'<span class="f-{lf}" style="margin:0 1.5mm">{p.use(lf, "：")}</span>'
                f'{p.div(vf, v, key, style=f"width:{vw}mm;line-height:1.4")}</div>')

    lw = 10.6 if copy else 10.4
    if copy:
        col = "".join(r(k, v, key, lw, 112) for k, v, key in rows + right)
        p.body.append(f'<div class="abs" style="left:18mm;top:68mm;font-size:{fs}mm">{col}</div>')
    else:
        col = "".join(r(k, v, key, lw, 92) for k, v, key in rows)
        p.body.append(f'<div class="abs" style="left:16mm;top:60mm;font-size:{fs}mm">{col}</div>')
        col2 = "".join(r(k, v, key, 7.2, 42) for k, v, key in right)
        p.body.append(f'<div class="abs" style="left:200mm;top:60mm;font-size:{fs * 0.9}mm">{col2}</div>')
    auth = f"{region[2] or region[1]}{region[3]}市场监督管理局"
    p.body.append(p.div(vf, f"发证机关：{auth}", style="position:absolute;right:22mm;bottom:34mm;font-size:3.8mm"))
    p.body.append(p.div(vf, f"签发人：{V.person(rng)['name']}　　{V.cn_date(issue)}",
                        style="position:absolute;right:22mm;bottom:27mm;font-size:3.8mm"))
    p.body.append(seal(p, auth, w - 70, h - 68, 36, rng))
    p.body.append(p.div("song", "国家市场监督管理总局监制", style=f"position:absolute;left:0;width:{w}mm;bottom:11mm;"
                        f"text-align:center;font-size:2.8mm"))
    fields = {"license_no": no, "name": name, "credit_code": code, "legal_representative": boss, "address": addr,
              "premises_address": prem, "business_form": form, "business_items": items_text, "valid_to": end.isoformat()}
    return {"page": p, "fields": fields, "faces": sorted({_face_name(lf), _face_name(vf)}),
            "variant": "副本" if copy else "正本", "marks": []}


# ---------------------------------------------------------------- negatives

def other_doc(rng: random.Random, sub: str) -> dict:
    """Pages a window photographs that are none of the kinds: a 授权委托书 naming a licence, a 公共场所卫生
    许可申请表 half filled, a 材料清单 cover, a thermal 排队 ticket, a 年报 reminder, a lease page."""
    region = rng.choice(V.REGIONS)
    place = (region[2] or region[1]).removesuffix("市")
    who = V.person(rng)
    company = f"{place}{rng.choice(V.TRADE_WORDS)}{rng.choice(V.INDUSTRIES)[0]}有限公司"
    if sub == "ticket":
        p = Page(58.0, 90.0)
        lines = [("heib", f"{region[3]}政务服务中心"), ("hei", "排队号"), ("heib", f"A{rng.randrange(1, 300):03d}"),
                 ("song", "业务类型：市场主体登记"), ("song", f"前面等候人数：{rng.randrange(0, 30)}"),
                 ("song", f"取号时间：2026-{rng.randrange(1, 12):02d}-{rng.randrange(1, 28):02d} {rng.randrange(8, 17):02d}:{rng.randrange(0, 60):02d}"),
                 ("song", "请携带营业执照、身份证原件"), ("song", "过号请重新取号")]
        sizes = [4.2, 3.4, 12, 3.2, 3.2, 3.0, 3.0, 3.0]
        p.body.append('<div class="abs" style="left:4mm;top:6mm;width:50mm;text-align:center">' +
                      "".join(p.div(f, t, style=f"font-size:{s}mm;margin-bottom:2mm") for (f, t), s in zip(lines, sizes, strict=True)) + "</div>")
        return {"page": p, "fields": {}, "faces": ["FandolHei", "FandolSong"], "variant": sub, "marks": []}
    p = Page(210.0, 297.0)
    if sub == "proxy":
        title = "授权委托书"
        body = [f"委托人：{company}", f"统一社会信用代码：{V.uscc(rng, region[0])}",
                f"受托人：{who['name']}　身份证号：{who['id_number']}",
                f"现委托{who['name']}同志前往{region[3]}政务服务中心办理营业执照变更登记及食品经营许可证延续手续，"
                "受托人在办理过程中所签署的文件，我单位均予以承认。",
                "委托期限：自签署之日起至上述事项办结之日止。", "委托人（盖章）：", "2026年　月　日"]
    elif sub == "form":
        title = "公共场所卫生许可证申请表"
        body = [f"申请单位：{company}", "申请项目：□办证　□延续　□变更　□补证", f"经营场所地址：{V.biz_address(rng, region)}",
                "从业人员数：　　　人　　已体检人数：　　　人", "集中空调通风系统：□有　□无",
                "申请许可项目：□住宿　□沐浴　□美发　□美容　□游泳　□展览", "本单位保证所提供材料真实有效。",
                "申请人（签字）：　　　　　　　年　　月　　日"]
    elif sub == "cover":
        title = "申请材料清单"
        body = [f"申请人：{company}", "事项：食品经营许可（新办）", "1．食品经营许可申请书　原件1份",
                "2．营业执照复印件　1份", "3．法定代表人（负责人）身份证复印件　1份", "4．食品安全管理制度　1份",
                "5．经营场所平面布局图　1份", f"受理编号：SL{rng.randrange(10 ** 9, 10 ** 10)}"]
    elif sub == "notice":
        title = "关于报送年度报告的提示"
        body = [f"{company}：", "根据《市场主体登记管理条例》及相关规定，请于每年1月1日至6月30日通过国家企业信用信息"
                "公示系统报送上一年度年度报告，并向社会公示。未按规定报送的，将被列入经营异常名录。",
                "营业执照、食品经营许可证等信息发生变化的，应当依法办理变更。", f"{region[3]}市场监督管理局",
                f"2026年{rng.randrange(1, 12)}月{rng.randrange(1, 28)}日"]
    else:  # lease
        title = "房屋租赁合同"
        body = [f"出租方（甲方）：{who['name']}", f"承租方（乙方）：{company}", f"第一条　甲方将位于{V.biz_address(rng, region)}的房屋出租给乙方使用。",
                "第二条　租赁期限自2026年1月1日起至2028年12月31日止。", "第三条　月租金人民币捌仟元整，按季度支付。",
                "第四条　乙方应在取得营业执照后方可在该房屋内开展经营活动。", "甲方（签字）：　　　　　乙方（盖章）："]
    p.body.append(p.div("heib", title, style="position:absolute;left:0;width:210mm;top:28mm;text-align:center;font-size:8mm;letter-spacing:1.5mm"))
    p.body.append('<div class="abs" style="left:25mm;top:52mm;width:160mm;font-size:4.6mm;line-height:1.9">' +
                  "".join(p.div("song", t, style="margin-bottom:3mm;text-indent:0") for t in body) + "</div>")
    return {"page": p, "fields": {}, "faces": ["FandolHei-Bold", "FandolSong"], "variant": sub, "marks": []}
