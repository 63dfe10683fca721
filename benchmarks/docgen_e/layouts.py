"""Family E document layouts, drawn from what the real documents look like (national 2019
business-licence template 正本 and 副本, the 2004 resident ID card, 卫生许可证 and 食品经营许可证
in their common variants), never from any other generator or the extractor.

Every layout takes (rng, ppm) and returns (Page, truth fields, variant name). The truth uses the
keys and value conventions of benchmarks/docgen_b/FIELDS.md.
"""

from __future__ import annotations

import datetime as dt
import random

import numpy as np
from PIL import Image, ImageDraw

from benchmarks.docgen_e import values as V
from benchmarks.docgen_e.render import Page, emblem, guilloche, scribble, seal_layer

INK = (22, 22, 24)
TODAY = dt.date(2026, 11, 30)


def _ppm(ppm, w: float, h: float) -> float:
    """The capture may fix the density up front (a number) or only once it knows the page size."""
    return float(ppm(w, h)) if callable(ppm) else float(ppm)


def cn_date(d: dt.date, zero: bool = True) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日" if zero else f"{d.year}年{d.month}月{d.day}日"


# ============================================================================ ID card

def _id_person(rng: random.Random) -> dict:
    birth = V.random_date(rng, dt.date(1950, 1, 1), dt.date(2008, 12, 31))
    p = V.person(rng, birth.year)
    born = V.birth_county(rng, birth.year, p["province"])
    here = born if (born.end == 9999 and rng.random() < 0.6) else V.current_county(rng, p["province"])
    p.update(birth=birth, born=born, here=here, id_number=V.id_number(rng, born, birth, p["sex"]))
    return p


def id_front(rng: random.Random, ppm) -> tuple[Page, dict, str]:
    p = _id_person(rng)
    pg = Page(85.6, 54.0, _ppm(ppm, 85.6, 54.0), bg=(238, 241, 236))
    pg.img = Image.fromarray(guilloche(pg.img.width, pg.img.height, rng, (240, 240, 232), (226, 236, 244), 1.6 * 14 / pg.ppm, 12))
    pg.draw = ImageDraw.Draw(pg.img)
    lab = (52, 118, 176) if rng.random() < 0.8 else (70, 130, 160)
    lstyle = "sans"
    vstyle = rng.choice(("sans", "sans", "serif"))
    ls, vs = 2.5, rng.uniform(2.85, 3.15)
    lx, vx = 5.4 + rng.uniform(-0.4, 0.4), 15.2 + rng.uniform(-0.4, 0.4)
    y0 = 7.0 + rng.uniform(-0.5, 0.5)
    # portrait
    d = pg.draw
    s = pg.ppm
    px0, py0, px1, py1 = 55.5, 5.5, 80.5, 37.0
    d.rectangle([px0 * s, py0 * s, px1 * s, py1 * s], fill=(222, 230, 236))
    tone = rng.choice(((214, 176, 150), (196, 156, 128), (226, 192, 168)))
    d.ellipse([(px0 + 7) * s, (py0 + 5) * s, (px1 - 7) * s, (py0 + 23) * s], fill=tone)
    d.ellipse([(px0 + 6.3) * s, (py0 + 3.2) * s, (px1 - 6.3) * s, (py0 + 12.5) * s], fill=(30, 28, 28))
    d.chord([(px0 - 1) * s, (py0 + 22) * s, (px1 + 1) * s, (py1 + 14) * s], 180, 360, fill=rng.choice(((40, 44, 60), (60, 60, 64), (240, 240, 240))))
    name = p["name"]
    pg.text(lx, y0 + 0.3, "姓　名", lstyle, ls, lab)
    name_size = vs * (1.1 if len(name) <= 4 else 0.95)
    pg.text(vx, y0, name, "sans" if rng.random() < 0.7 else vstyle, name_size, INK, key="name")
    y = y0 + 7.0
    pg.text(lx, y + 0.3, "性　别", lstyle, ls, lab)
    pg.text(vx, y, p["sex"], vstyle, vs, INK, key="sex")
    pg.text(vx + 11.5, y + 0.3, "民　族", lstyle, ls, lab)
    pg.text(vx + 21.0, y, p["nation"], vstyle, vs, INK, key="nation")
    y += 6.8
    b = p["birth"]
    pg.text(lx, y + 0.3, "出　生", lstyle, ls, lab)
    x = pg.text(vx, y, f"{b.year}", vstyle, vs, INK, key="birth_date")
    x = pg.text(x + 0.8, y + 0.3, "年", lstyle, ls, lab)
    x = pg.text(x + 0.8, y, f"{b.month}", vstyle, vs, INK, key="birth_date")
    x = pg.text(x + 0.8, y + 0.3, "月", lstyle, ls, lab)
    x = pg.text(x + 0.8, y, f"{b.day}", vstyle, vs, INK, key="birth_date")
    pg.text(x + 0.8, y + 0.3, "日", lstyle, ls, lab)
    y += 6.8
    for _ in range(20):
        addr = V.home_address(rng, p["here"])
        if len(pg.split_rows(addr, 34.5, vstyle, vs)) <= 3:
            break
    else:
        addr = V.region_prefix(p["here"]) + V.street(rng) + f"{rng.randrange(1, 300)}号"
    pg.text(lx, y + 0.3, "住　址", lstyle, ls, lab)
    pg.wrap(vx, y, addr, 34.5, vs * 1.38, vstyle, vs, INK, key="address")
    pg.text(lx, 45.3, "公民身份号码", lstyle, ls, lab)
    pg.text(lx + 20.5 + rng.uniform(-0.5, 0.5), 44.8, p["id_number"], "mono_bold" if rng.random() < 0.6 else "mono",
            3.55, INK, key="id_number", tracking=0.08)
    truth = {"name": name, "sex": p["sex"], "nation": p["nation"], "birth_date": b.isoformat(),
             "address": addr, "id_number": p["id_number"]}
    return pg, truth, f"front-{vstyle}-{len(pg.split_rows(addr, 34.5, vstyle, vs))}row"


def id_back(rng: random.Random, ppm) -> tuple[Page, dict, str]:
    p = _id_person(rng)
    pg = Page(85.6, 54.0, _ppm(ppm, 85.6, 54.0))
    pg.img = Image.fromarray(guilloche(pg.img.width, pg.img.height, rng, (236, 242, 238), (242, 234, 230), 1.4 * 14 / pg.ppm, 11))
    pg.draw = ImageDraw.Draw(pg.img)
    # a faint Great-Wall ridge across the middle
    s = pg.ppm
    xs = np.linspace(0, 85.6, 60)
    ridge = [(x * s, (31 + 3 * np.sin(x / 6.0) + 1.5 * np.sin(x / 2.3)) * s) for x in xs]
    pg.draw.line(ridge, fill=(205, 214, 206), width=max(1, int(0.9 * s)))
    emblem(pg, 14.5, 14.0, 9.8)
    pg.text(29.5, 8.2, "中华人民共和国", "serif_bold", 4.6, INK, tracking=0.3)
    pg.text(27.5, 17.5, "居民身份证", "serif_bold", 7.0, INK, tracking=0.4)
    # validity from the age at issue (居民身份证法 第五条)
    birth = p["birth"]
    for _ in range(50):
        issue = V.random_date(rng, max(dt.date(2005, 1, 1), V.add_years(birth, 10)), dt.date(2026, 11, 1))
        age = (issue - birth).days // 365
        years = 5 if age < 16 else 10 if age < 26 else 20 if age < 46 else 0
        end = V.add_years(issue, years) if years else None
        if end is None or end >= dt.date(2026, 3, 1):
            break
    auth = V.authority_police(p["here"])
    lab = INK if rng.random() < 0.5 else (52, 96, 140)
    vstyle = rng.choice(("sans", "serif"))
    lx, vx = 13.5 + rng.uniform(-0.5, 0.5), 27.8 + rng.uniform(-0.4, 0.4)
    pg.text(lx, 38.3, "签发机关", "sans", 2.55, lab)
    vs = 3.0 if pg.width(auth, vstyle, 3.0) < 85.6 - vx - 3 else 2.6
    pg.text(vx, 37.9, auth, vstyle, vs, INK, key="issuing_authority")
    pg.text(lx, 45.0, "有效期限", "sans", 2.55, lab)
    sep = rng.choice(("-", "-", "—"))
    x = pg.text(vx, 44.6, f"{issue:%Y.%m.%d}", vstyle, 3.0, INK, key="valid_from")
    x = pg.text(x, 44.6, sep, vstyle, 3.0, INK)
    pg.text(x, 44.6, f"{end:%Y.%m.%d}" if end else "长期", vstyle, 3.0, INK, key="valid_to")
    truth = {"issuing_authority": auth, "valid_from": issue.isoformat(), "valid_to": end.isoformat() if end else "长期"}
    return pg, truth, f"back-{'long' if end is None else str(years) + 'y'}"


# ============================================================================ business licence

QR_CAPTION = "扫描二维码登录“国家企业信用信息公示系统”了解更多登记、备案、许可、监管信息。"
BORDER_COLOURS = ((196, 150, 86), (184, 140, 92), (170, 128, 70))


def _border(pg: Page, margin: float, band: float, rng: random.Random) -> None:
    col = rng.choice(BORDER_COLOURS)
    light = tuple(int(c + (255 - c) * 0.55) for c in col)
    w, h = pg.w_mm, pg.h_mm
    pg.rect(margin, margin, w - margin, h - margin, 0.6, col)
    pg.rect(margin + band, margin + band, w - margin - band, h - margin - band, 0.35, col)
    step = band * 0.9
    d, s = pg.draw, pg.ppm
    x = margin + step / 2
    while x < w - margin - step / 2:               # a repeated motif in the band (top and bottom)
        for yy in (margin + band / 2, h - margin - band / 2):
            d.ellipse([(x - step * 0.33) * s, (yy - band * 0.3) * s, (x + step * 0.33) * s, (yy + band * 0.3) * s], outline=light, width=max(1, int(0.25 * s)))
        x += step
    y = margin + step / 2
    while y < h - margin - step / 2:
        for xx in (margin + band / 2, w - margin - band / 2):
            d.ellipse([(xx - band * 0.3) * s, (y - step * 0.33) * s, (xx + band * 0.3) * s, (y + step * 0.33) * s], outline=light, width=max(1, int(0.25 * s)))
        y += step


def _paper(pg: Page, rng: random.Random, tint=(251, 249, 242)) -> None:
    """Licence paper: off-white with a faint all-over security pattern."""
    arr = guilloche(pg.img.width, pg.img.height, rng, tint, tuple(max(0, c - 6) for c in tint), 1.3 * 6 / pg.ppm, 3.5)
    pg.img = Image.fromarray(arr)
    pg.draw = ImageDraw.Draw(pg.img)


def _bl_subject(rng: random.Random) -> dict:
    c = V.current_county(rng, V.pick_province(rng))
    kind = rng.choices(("company", "individual", "branch"), weights=(62, 22, 16))[0]
    s = V.company(rng, c, kind)
    est = V.random_date(rng, dt.date(1998, 1, 1), dt.date(2026, 10, 31))
    if kind == "individual":
        valid_to = ""
    elif rng.random() < 0.55:
        valid_to = "长期"
    else:
        years = rng.choice((10, 20, 30, 50))
        while V.add_years(est, years) <= TODAY:
            years += 10
        valid_to = (V.add_years(est, years) - dt.timedelta(days=1)).isoformat()
    boss = V.person(rng, 1980)["name"]
    addr = V.business_address(rng, c, with_province=rng.random() < 0.5)
    issued = V.random_date(rng, max(est, dt.date(2019, 3, 1)), TODAY - dt.timedelta(days=3))
    return {**s, "county": c, "kind": kind, "est": est, "valid_to": valid_to, "boss": boss, "addr": addr,
            "issued": issued, "authority": V.authority_market(c)}


def _bl_rows(s: dict) -> list[tuple[str, str, str]]:
    """(label, truth key, printed value) in the template's order for the subject kind."""
    kind = s["kind"]
    term = ""
    if kind != "individual":
        end = "长期" if s["valid_to"] == "长期" else cn_date(dt.date.fromisoformat(s["valid_to"]))
        term = f"{cn_date(s['est'])}至{end}"
    if kind == "individual":
        return [("名称", "name", s["name"]), ("类型", "entity_type", "个体工商户"), ("经营者", "legal_representative", s["boss"]),
                ("组成形式", "", "个人经营"), ("注册日期", "established_date", cn_date(s["est"])),
                ("经营场所", "address", s["addr"]), ("经营范围", "business_scope", s["scope"])]
    rep = "负责人" if kind == "branch" else "法定代表人"
    place = "营业场所" if kind == "branch" else "住所"
    rows = [("名称", "name", s["name"]), ("类型", "entity_type", s["entity_type"]), (rep, "legal_representative", s["boss"])]
    if kind != "branch":
        rows.append(("注册资本", "registered_capital", s["capital"]))
    rows += [("成立日期", "established_date", cn_date(s["est"])), ("营业期限", "valid_to", term),
             (place, "address", s["addr"]), ("经营范围", "business_scope", s["scope"])]
    return rows


def _bl_truth(s: dict) -> dict:
    return {"name": s["name"], "credit_code": s["credit_code"], "entity_type": s["entity_type"],
            "legal_representative": s["boss"], "registered_capital": s["capital"],
            "established_date": s["est"].isoformat(), "address": s["addr"], "business_scope": s["scope"],
            "valid_to": s["valid_to"]}


def _label(pg: Page, x: float, y: float, label: str, form: str, size: float, style: str, colw: float,
           colour=INK) -> float:
    """Draw a label in one of the printed forms; returns where its value starts (mm)."""
    if form == "colon":
        return pg.text(x, y, label + "：", style, size, colour) + 0.3
    chars = 5 if form == "just5" else 4
    width = size * chars if len(label) <= chars else size * chars
    if len(label) == 1:
        pg.text(x, y, label, style, size, colour)
    else:
        pg.spread(x, y, label, width, style, size, colour)
    return x + colw


def business_license(rng: random.Random, ppm, variant: str | None = None) -> tuple[Page, dict, str]:
    s = _bl_subject(rng)
    variant = variant or rng.choices(("zheng", "fu1", "fu2", "futable"), weights=(30, 34, 22, 14))[0]
    rows = _bl_rows(s)
    vstyle = rng.choice(("serif", "fang", "fang", "sans"))
    lstyle = rng.choice(("sans_bold", "serif_bold", "sans"))
    form = "table" if variant == "futable" else rng.choices(("just5", "just4", "colon"), weights=(45, 35, 20))[0]
    if variant == "zheng":
        pg = Page(420, 297, _ppm(ppm, 420, 297))
        _paper(pg, rng)
        _border(pg, 12, 9, rng)
        top_y = 32
        pg.text(34, top_y, "统一社会信用代码", "sans", 5.2, INK)
        pg.text(34, top_y + 8, s["credit_code"], "mono", 6.2, INK, key="credit_code", tracking=0.05)
        if rng.random() < 0.6:
            pg.text(34, top_y + 17, f"证照编号：{rng.randrange(10**13, 10**14)}", "sans", 3.6, INK)
        emblem(pg, 210, 46, 17)
        title_w = pg.width("营业执照", "serif_bold", 21, 0.55)
        pg.text(210 - title_w / 2, 68, "营业执照", "serif_bold", 21, INK, tracking=0.55)
        qx = 328
        pg.qr(qx, 28, 36, f"http://www.gsxt.gov.cn/{s['credit_code']}")
        pg.wrap(qx - 2, 67, QR_CAPTION, 42, 4.0, "sans", 3.0, INK)
        size, line_h, gap = 5.6, 8.2, 5.0
        colw = size * (5 if form != "just4" else 4) + 7
        left = [r for r in rows if r[1] in ("name", "entity_type", "legal_representative", "business_scope") or r[0] == "组成形式"]
        right = [r for r in rows if r not in left]
        for (x0, x1), col in (((38, 206), left), ((222, 388), right)):
            y = 104
            for label, key, value in col:
                vx = _label(pg, x0, y, label, form, size, lstyle, colw)
                y = pg.wrap(vx, y, value, x1 - vx, line_h, vstyle, size, INK, key=key or None) + gap
        reg_y = 232
        pg.text(262, reg_y, "登记机关", lstyle, 5.6, INK)
        date_x, date_y = 292, 250
        pg.text(date_x, date_y, cn_date(s["issued"]), vstyle, 5.6, INK)
        pg.overlay(seal_layer(pg, date_x + 24 + rng.uniform(-6, 6), date_y - 6 + rng.uniform(-5, 5), 21, s["authority"], rng))
        pg.text(34, 268, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", "sans", 3.3, INK)
        pg.text(34, 274, "市场主体应当于每年1月1日至6月30日通过国家企业信用信息公示系统报送公示年度报告。", "sans", 3.3, INK)
        pg.text(330, 274, "国家市场监督管理总局监制", "sans", 3.3, INK)
    else:
        pg = Page(210, 297, _ppm(ppm, 210, 297))
        _paper(pg, rng)
        _border(pg, 7, 5.5, rng)
        pg.text(20, 20, "统一社会信用代码", "sans", 3.3, INK)
        pg.text(20, 25.5, s["credit_code"], "mono", 4.0, INK, key="credit_code", tracking=0.05)
        pg.text(20, 32, f"证照编号：{rng.randrange(10**13, 10**14)}", "sans", 2.6, INK)
        emblem(pg, 105, 30, 11)
        tw = pg.width("营业执照", "serif_bold", 13, 0.5)
        pg.text(105 - tw / 2, 44, "营业执照", "serif_bold", 13, INK, tracking=0.5)
        fw = pg.width("（副本）", "serif", 5)
        pg.text(105 - fw / 2, 60, "（副　本）" if rng.random() < 0.5 else "（副本）", "serif", 5, INK)
        if rng.random() < 0.6:
            pg.text(150, 62, f"副本编号：1-{rng.randrange(1, 4)}", "sans", 2.8, INK)
        pg.qr(160, 16, 24, f"http://www.gsxt.gov.cn/{s['credit_code']}")
        pg.wrap(156, 42, QR_CAPTION, 32, 3.0, "sans", 2.2, INK)
        size = rng.uniform(3.9, 4.4)
        line_h = size * 1.5
        if variant == "fu1":
            colw = size * (5 if form != "just4" else 4) + 5
            y = 76
            for label, key, value in rows:
                vx = _label(pg, 24, y, label, form, size, lstyle, colw)
                y = pg.wrap(vx, y, value, 186 - vx, line_h, vstyle, size, INK, key=key or None) + size * 0.9
        elif variant == "fu2":
            colw = size * (5 if form != "just4" else 4) + 3.5
            left = [r for r in rows if r[1] in ("name", "entity_type", "legal_representative") or r[0] == "组成形式"]
            scope = [r for r in rows if r[1] == "business_scope"]
            right = [r for r in rows if r not in left and r not in scope]
            yl = yr = 76
            for label, key, value in left:
                vx = _label(pg, 20, yl, label, form, size, lstyle, colw)
                yl = pg.wrap(vx, yl, value, 104 - vx, line_h, vstyle, size, INK, key=key or None) + size * 0.8
            for label, key, value in right:
                vx = _label(pg, 108, yr, label, form, size, lstyle, colw)
                yr = pg.wrap(vx, yr, value, 190 - vx, line_h, vstyle, size, INK, key=key or None) + size * 0.8
            y = max(yl, yr) + 2
            for label, key, value in scope:
                vx = _label(pg, 20, y, label, form, size, lstyle, colw)
                y = pg.wrap(vx, y, value, 190 - vx, line_h, vstyle, size, INK, key=key) + 2
        else:   # ruled table: label cell | value cell
            x0, xm, x1 = 20, 50, 190
            y = 72
            pg.line(x0, y, x1, y, 0.35)
            for label, key, value in rows:
                nrows = len(pg.split_rows(value, x1 - xm - 7, vstyle, size))
                h = max(1, nrows) * line_h + 3.5
                lw = pg.width(label, lstyle, size * 0.92)
                pg.text(x0 + (xm - x0 - lw) / 2, y + (h - size) / 2, label, lstyle, size * 0.92, INK)
                pg.wrap(xm + 2.5, y + 1.8 + (line_h - size) / 2, value, x1 - xm - 7, line_h, vstyle, size, INK, key=key or None)
                y += h
                pg.line(x0, y, x1, y, 0.35)
            pg.line(x0, 72, x0, y, 0.35)
            pg.line(xm, 72, xm, y, 0.35)
            pg.line(x1, 72, x1, y, 0.35)
        reg_y = max(236, min(250, pg.h_mm - 55))
        pg.text(118, reg_y, "登记机关", lstyle, 4.2, INK)
        pg.text(132, reg_y + 13, cn_date(s["issued"]), vstyle, 4.2, INK)
        pg.overlay(seal_layer(pg, 150 + rng.uniform(-4, 4), reg_y + 8 + rng.uniform(-3, 3), 15, s["authority"], rng))
        pg.text(20, 276, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", "sans", 2.4, INK)
        pg.text(20, 280, "市场主体应当于每年1月1日至6月30日通过国家企业信用信息公示系统报送公示年度报告。", "sans", 2.4, INK)
        pg.text(150, 284.5, "国家市场监督管理总局监制", "sans", 2.4, INK)
    return pg, _bl_truth(s), f"{variant}-{s['kind']}-{form}"


# ============================================================================ marks made on a page

def company_seal(pg: Page, name: str, rng: random.Random) -> None:
    """The holder's own seal stamped over the body of a copy (as submitted with an application)."""
    r = 19 if pg.w_mm > 100 else 9
    if pg.value_rows:
        x0, y0, x1, y1 = rng.choice(pg.value_rows)
        cx, cy = rng.uniform(x0, max(x0 + 1, x1)), (y0 + y1) / 2 + rng.uniform(-r / 2, r / 2)
    else:
        cx, cy = pg.w_mm * rng.uniform(0.3, 0.7), pg.h_mm * rng.uniform(0.3, 0.7)
    pg.overlay(seal_layer(pg, cx, cy, r, name[:18], rng, alpha=rng.uniform(0.55, 0.8)))


def pen_mark(pg: Page, rng: random.Random) -> None:
    """A ballpoint stroke across one value row (a tick, an underline that went astray)."""
    if not pg.value_rows:
        return
    x0, y0, x1, y1 = rng.choice(pg.value_rows)
    s = pg.ppm
    xa = rng.uniform(x0, x0 + (x1 - x0) * 0.5)
    xb = min(x1, xa + rng.uniform(8, 40) * (pg.w_mm / 200))
    pts = [(xa * s, rng.uniform(y0, y1) * s), ((xa + xb) / 2 * s, rng.uniform(y0, y1) * s), (xb * s, rng.uniform(y0, y1) * s)]
    pg.draw.line(pts, fill=rng.choice(((30, 50, 150), (20, 20, 30), (170, 30, 40))), width=max(1, int(0.35 * s)), joint="curve")


def fold_line(pg: Page, rng: random.Random) -> None:
    """A crease across the sheet: a dark/light pair of lines with some dirt along it."""
    arr = np.asarray(pg.img, dtype=np.float32)
    h, w = arr.shape[:2]
    if rng.random() < 0.5:
        pos = int(h * rng.uniform(0.3, 0.7))
        arr[max(0, pos - 2):pos, :] *= 0.78
        arr[pos:pos + 2, :] = np.minimum(255, arr[pos:pos + 2, :] * 1.05 + 8)
    else:
        pos = int(w * rng.uniform(0.3, 0.7))
        arr[:, max(0, pos - 2):pos] *= 0.78
        arr[:, pos:pos + 2] = np.minimum(255, arr[:, pos:pos + 2] * 1.05 + 8)
    pg.img = Image.fromarray(arr.astype(np.uint8))
    pg.draw = ImageDraw.Draw(pg.img)


def free_spot(pg: Page, w: float, h: float, rng: random.Random) -> tuple[float, float] | None:
    """A w×h mm place on the page away from every value: it shares no row band with a value
    character (so it never sits level with a value, where it could pass for part of it)."""
    boxes = [b for bs in pg.boxes.values() for b in bs]
    s = pg.ppm
    for _ in range(120):
        x = rng.uniform(3, max(4, pg.w_mm - w - 3))
        y = rng.uniform(3, max(4, pg.h_mm - h - 3))
        Y0, Y1 = (y - 2) * s, (y + h + 2) * s
        if not any(b[1] < Y1 and b[3] > Y0 for b in boxes):
            return x, y
    return None


NOTES = ("与原件一致", "仅供办理食品经营许可使用", "仅供办理公共场所卫生许可使用", "此复印件仅供办理营业执照变更使用",
         "复印件与原件相符", "仅限本次办事使用，再次复印无效", "已核原件")


STAMPS = ("复印件", "与原件核对无误", "已审核", "仅供备案使用", "收件专用章")


def box_stamp(pg: Page, rng: random.Random) -> bool:
    """A rectangular ink stamp (复印件 / 与原件核对无误) somewhere that touches no value."""
    text = rng.choice(STAMPS)
    size = 5.5 if pg.w_mm > 150 else 3.4
    w, h = size * (len(text) + 1.2), size * 2.0
    spot = free_spot(pg, w, h, rng)
    if spot is None:
        return False
    x, y = spot
    col = rng.choice(((200, 40, 50), (40, 60, 160)))
    sub = Page(w + 2 * size, h + 2 * size, pg.ppm, bg=(255, 255, 255))
    sub.rect(size, size, size + w, size + h, size * 0.12, col)
    sub.text(size * 1.6, size * 1.45, text, "sans_bold", size, col)
    sub.img = sub.img.rotate(rng.uniform(-6, 6), resample=Image.BICUBIC, fillcolor=(255, 255, 255))
    arr = np.asarray(sub.img, dtype=np.float32)
    ink = (255 - arr.min(axis=2)) / 255 * rng.uniform(0.6, 0.85)
    lay = np.zeros((*ink.shape, 4), np.uint8)
    lay[..., :3] = col
    lay[..., 3] = (ink * 255).astype(np.uint8)
    pg.overlay((Image.fromarray(lay, "RGBA"), pg.px(x - size), pg.px(y - size)))
    return True


def handwritten_note(pg: Page, rng: random.Random) -> bool:
    from benchmarks.docgen_e.render import handwrite
    note = rng.choice(NOTES)
    size = 5.0 if pg.w_mm > 150 else 3.2
    w = size * (len(note) * 0.95 + 1)
    spot = free_spot(pg, w, size * 3.2, rng)
    if spot is None:
        return False
    x, y = spot
    handwrite(pg, x, y, note, size, rng)
    scribble(pg.draw, x * pg.ppm, (y + size * 1.5) * pg.ppm, size * 5 * pg.ppm, size * 1.2 * pg.ppm, rng,
             width=max(1, int(0.3 * pg.ppm)))
    handwrite(pg, x + size * 6, y + size * 1.6, f"{TODAY.year}.{rng.randrange(1, 12)}.{rng.randrange(1, 28)}", size * 0.8, rng)
    return True


def embed_on_sheet(card: Page, rng: random.Random, w_mm: float = 210, h_mm: float = 297,
                   bg=(252, 252, 250)) -> Page:
    """An ID card laid on a flatbed / copier glass: the card somewhere in the upper part of an A4 sheet."""
    sheet = Page(w_mm, h_mm, card.ppm, bg=bg)
    x = rng.uniform(8, 60) if rng.random() < 0.6 else (w_mm - card.w_mm) / 2
    y = rng.uniform(8, 90)
    # rounded card corners and a thin edge shadow
    mask = Image.new("L", card.img.size, 0)
    ImageDraw.Draw(mask).rounded_rectangle([0, 0, card.img.width - 1, card.img.height - 1], radius=int(3.2 * card.ppm), fill=255)
    ox, oy = sheet.px(x), sheet.px(y)
    ImageDraw.Draw(sheet.img).rounded_rectangle([ox - 1, oy - 1, ox + card.img.width + 1, oy + card.img.height + 1],
                                                radius=int(3.2 * card.ppm), outline=(170, 170, 170), width=1)
    sheet.img.paste(card.img, (ox, oy), mask)
    sheet.draw = ImageDraw.Draw(sheet.img)
    for k, bs in card.boxes.items():
        sheet.boxes[k] = [(b[0] + ox, b[1] + oy, b[2] + ox, b[3] + oy) for b in bs]
    sheet.value_rows = [(r[0] + x, r[1] + y, r[2] + x, r[3] + y) for r in card.value_rows]
    sheet.card_rect = (x, y, x + card.w_mm, y + card.h_mm)  # type: ignore[attr-defined]
    return sheet


# ============================================================================ 公共场所卫生许可证

HEALTH_TRADES = {"住宿": ("宾馆", "酒店", "快捷酒店", "民宿", "旅馆"), "宾馆": ("宾馆", "大酒店"),
                 "沐浴": ("浴场", "浴室", "洗浴中心"), "公共浴室": ("浴室", "汤泉馆"), "足浴": ("足浴店", "养生馆"),
                 "美发": ("美发店", "发艺工作室", "美发沙龙"), "美容": ("美容院", "美容店", "皮肤管理中心"),
                 "美容、美发": ("美容美发店", "形象设计工作室"), "游泳场（馆）": ("游泳馆", "游泳健身中心"),
                 "歌舞厅": ("KTV", "歌舞厅", "量贩式KTV"), "游艺厅": ("游艺城", "电玩城"), "商场（店）": ("商场", "购物中心", "百货店"),
                 "书店": ("书店", "书城"), "展览馆": ("展览馆", "会展中心"), "影剧院": ("影城", "电影院"),
                 "候车室": ("汽车客运站",), "酒吧": ("酒吧", "清吧"), "茶座": ("茶楼", "茶室")}


def _health_subject(rng: random.Random) -> dict:
    c = V.current_county(rng, V.pick_province(rng))
    items = V.health_items(rng)
    first = items.split("、")[0]
    trade = rng.choice(V.TRADE_NAMES) + (rng.choice(V.TRADE_NAMES)[0] if rng.random() < 0.3 else "")
    shop = rng.choice(HEALTH_TRADES.get(first, HEALTH_TRADES.get(items, ("服务部",))))
    r = rng.random()
    if r < 0.4:
        name = f"{V.city_short(c)}{trade}{shop}有限公司"
    elif r < 0.6:
        name = f"{V.city_short(c)}{trade}{shop}管理有限公司{c.name}分店"
    else:
        name = f"{c.name}{trade}{shop}"
    start = V.random_date(rng, dt.date(2022, 1, 1), dt.date(2026, 11, 20))
    end = V.add_years(start, 4) - dt.timedelta(days=1)
    return {"county": c, "name": name, "boss": V.person(rng, 1980)["name"], "items": items,
            "addr": V.business_address(rng, c, with_province=rng.random() < 0.4), "start": start, "end": end,
            "no": V.health_license_no(rng, c, start.year), "authority": (f"{c.prefecture}{c.name}卫生健康委员会"
                                                                          if c.prefecture and c.name.endswith("区")
                                                                          else f"{c.name}卫生健康局")}


def health_license(rng: random.Random, ppm) -> tuple[Page, dict, str]:
    s = _health_subject(rng)
    variant = rng.choices(("form", "table"), weights=(55, 45))[0]
    truth = {"license_no": s["no"], "name": s["name"], "legal_representative": s["boss"], "address": s["addr"],
             "license_items": s["items"], "valid_from": s["start"].isoformat(), "valid_to": s["end"].isoformat()}
    vstyle = rng.choice(("serif", "fang", "sans"))
    if variant == "form":
        # a pre-printed sheet, values filled in by a printer on the ruled blanks (a little off the line)
        pg = Page(210, 297, _ppm(ppm, 210, 297))
        _paper(pg, rng, (252, 251, 246))
        red = (200, 36, 40) if rng.random() < 0.7 else INK
        pg.rect(12, 12, 198, 285, 1.2, red)
        pg.rect(14.5, 14.5, 195.5, 282.5, 0.3, red)
        title = rng.choice(("公共场所卫生许可证", "卫生许可证"))
        tw = pg.width(title, "serif_bold", 11, 0.25)
        pg.text(105 - tw / 2, 42, title, "serif_bold", 11, red, tracking=0.25)
        no_y = 62
        if rng.random() < 0.5:
            x = pg.text(110, no_y, "编号：", "sans", 4.0, INK)
        else:
            x = 105 - pg.width(s["no"], vstyle, 4.2) / 2
        pg.text(x, no_y - 0.2, s["no"], vstyle, 4.2, INK, key="license_no")
        off = rng.uniform(-1.2, 0.6)                   # printer registration against the ruled lines
        dx = rng.uniform(-1.5, 1.5)
        lx, y = 28, 84
        lbl = ("单位名称", "法定代表人（负责人）" if rng.random() < 0.6 else "负 责 人", "地　　址" if rng.random() < 0.5 else "经营场所地址", "许可项目")
        size = 4.6
        for label, key in zip(lbl, ("name", "legal_representative", "address", "license_items"), strict=True):
            vx = pg.text(lx, y, label + "：", "serif", size, INK) + 2
            rows = pg.split_rows(truth[key], 178 - vx, vstyle, size)
            for i, row in enumerate(rows):
                rx = vx if i == 0 else lx + 6
                pg.line(rx - 1, y + size + 1.6, 182, y + size + 1.6, 0.25, (70, 70, 70))
                pg.text(rx + dx, y + off, row, vstyle, size, INK, key=key)
                pg.value_rows.append((rx + dx, y + off, rx + dx + pg.width(row, vstyle, size), y + off + size))
                y += 11
            y += 5
        # 有效期限 自 2023 年 03 月 01 日至 2027 年 02 月 28 日 (numbers filled into a printed frame)
        x = pg.text(lx, y, "有效期限：自", "serif", size, INK) + 1.5
        for d, key in ((s["start"], "valid_from"), (s["end"], "valid_to")):
            for part, unit in ((f"{d.year}", "年"), (f"{d.month:02d}", "月"), (f"{d.day:02d}", "日")):
                pg.line(x - 0.5, y + size + 1.6, x + pg.width(part, vstyle, size) + 1.5, y + size + 1.6, 0.25, (70, 70, 70))
                x = pg.text(x + dx * 0.3, y + off, part, vstyle, size, INK, key=key) + 1.2
                x = pg.text(x, y, unit, "serif", size, INK) + 1.2
            if key == "valid_from":
                x = pg.text(x, y, "至", "serif", size, INK) + 1.5
        y_auth = max(y + 30, 228)
        pg.text(118, y_auth, "发证机关（盖章）", "serif", 4.4, INK)
        pg.text(124, y_auth + 14, cn_date(s["start"]), vstyle, 4.4, INK)
        pg.overlay(seal_layer(pg, 146 + rng.uniform(-6, 6), y_auth + 8, 17, s["authority"], rng))
        if rng.random() < 0.5:
            pg.text(28, 268, "本证有效期四年，有效期届满前30日向原发证机关申请延续。", "sans", 2.8, INK)
    else:
        pg = Page(297, 210, _ppm(ppm, 297, 210))
        _paper(pg, rng, (250, 252, 248))
        green = rng.choice(((30, 110, 80), (40, 70, 140), INK))
        pg.rect(10, 10, 287, 200, 0.8, green)
        title = "公共场所卫生许可证"
        tw = pg.width(title, "serif_bold", 10, 0.3)
        pg.text(148.5 - tw / 2, 20, title, "serif_bold", 10, green, tracking=0.3)
        if rng.random() < 0.6:
            pg.text(148.5 - pg.width("（副本）", "serif", 5) / 2, 34, "（副本）", "serif", 5, green)
        pg.qr(250, 16, 24, f"https://wsjd.example.gov.cn/{s['no']}")
        x0, xm, x1, y = 30, 82, 240, 46
        size, line_h = 4.4, 6.6
        rows = [("许可证号", "license_no"), ("单位名称", "name"), ("法定代表人（负责人）", "legal_representative"),
                ("经营场所地址", "address"), ("许可项目", "license_items"), ("有效期限", None)]
        pg.line(x0, y, x1, y, 0.35, green)
        for label, key in rows:
            val = truth[key] if key else None
            nrows = len(pg.split_rows(val, x1 - xm - 7, vstyle, size)) if val else 1
            h = nrows * line_h + 4.5
            ls = size * 0.9 if len(label) < 8 else size * 0.72
            lw = pg.width(label, "sans", ls)
            pg.text(x0 + (xm - x0 - lw) / 2, y + (h - ls) / 2, label, "sans", ls, green)
            if key:
                pg.wrap(xm + 3, y + 2.3 + (line_h - size) / 2, val, x1 - xm - 7, line_h, vstyle, size, INK, key=key)
            else:
                vy = y + 2.3 + (line_h - size) / 2
                x = pg.text(xm + 3, vy, cn_date(s["start"]), vstyle, size, INK, key="valid_from")
                x = pg.text(x + 1, vy, "至", vstyle, size, INK)
                pg.text(x + 1, vy, cn_date(s["end"]), vstyle, size, INK, key="valid_to")
            y += h
            pg.line(x0, y, x1, y, 0.35, green)
        for xx in (x0, xm, x1):
            pg.line(xx, 46, xx, y, 0.35, green)
        pg.text(180, y + 12, "发证机关：", "sans", 4.2, INK)
        pg.text(186, y + 24, cn_date(s["start"]), vstyle, 4.2, INK)
        pg.overlay(seal_layer(pg, 208 + rng.uniform(-5, 5), y + 16, 16, s["authority"], rng))
    return pg, truth, f"health-{variant}"


# ============================================================================ 食品经营许可证

def _food_subject(rng: random.Random) -> dict:
    c = V.current_county(rng, V.pick_province(rng))
    form = rng.choice(V.FOOD_FORMS)
    individual = rng.random() < 0.3
    trade = rng.choice(V.TRADE_NAMES) + (rng.choice(V.TRADE_NAMES)[0] if rng.random() < 0.3 else "")
    if form.startswith("餐饮"):
        shop = rng.choice(("餐厅", "饭店", "面馆", "小吃店", "火锅店", "奶茶店", "烘焙坊", "食府"))
    elif form.startswith("食品销售"):
        shop = rng.choice(("超市", "便利店", "食品商行", "副食店", "生鲜超市"))
    else:
        shop = rng.choice(("餐饮管理", "后勤服务", "膳食管理"))
    if individual and not form.startswith("单位"):
        name = f"{c.name}{trade}{shop}"
        code = V.credit_code(rng, c, "2")
    else:
        name = f"{V.city_short(c)}{trade}{shop}{'有限公司' if rng.random() < 0.8 else '管理有限公司'}"
        code = V.credit_code(rng, c)
    addr = V.business_address(rng, c, with_province=rng.random() < 0.5)
    premises = addr if rng.random() < 0.5 else V.business_address(rng, c, with_province=rng.random() < 0.5)
    issued = V.random_date(rng, dt.date(2021, 12, 1), dt.date(2026, 11, 20))
    return {"county": c, "name": name, "credit_code": code, "boss": V.person(rng, 1980)["name"], "addr": addr,
            "premises": premises, "form": form, "items": V.food_items(rng, form), "issued": issued,
            "valid_to": V.add_years(issued, 5) - dt.timedelta(days=1), "no": V.food_license_no(rng, c),
            "authority": V.authority_market(c)}


def food_license(rng: random.Random, ppm) -> tuple[Page, dict, str]:
    s = _food_subject(rng)
    variant = rng.choices(("zheng", "fu-table"), weights=(55, 45))[0]
    truth = {"license_no": s["no"], "name": s["name"], "credit_code": s["credit_code"], "legal_representative": s["boss"],
             "address": s["addr"], "premises_address": s["premises"], "business_form": s["form"],
             "business_items": s["items"], "valid_to": s["valid_to"].isoformat()}
    vstyle = rng.choice(("serif", "fang", "sans"))
    lstyle = rng.choice(("sans_bold", "serif_bold", "sans"))
    rows = [("经营者名称", "name"), ("社会信用代码（身份证号码）", "credit_code"), ("法定代表人（负责人）", "legal_representative"),
            ("住所", "address"), ("经营场所", "premises_address"), ("主体业态", "business_form"), ("经营项目", "business_items")]
    if variant == "zheng":
        pg = Page(297, 210, _ppm(ppm, 297, 210))
        _paper(pg, rng, (252, 250, 244))
        _border(pg, 8, 6, rng)
        emblem(pg, 148.5, 30, 10) if rng.random() < 0.4 else None
        title = "食品经营许可证"
        tw = pg.width(title, "serif_bold", 11, 0.35)
        pg.text(148.5 - tw / 2, 42, title, "serif_bold", 11, INK, tracking=0.35)
        size, line_h = 3.9, 5.9
        y = 66
        for label, key in rows:
            vx = pg.text(24, y, label + "：", lstyle, size, INK) + 0.5
            if vx > 84:                            # the long 信用代码 label: value on its own line below
                y += line_h
                vx = 36
            y = pg.wrap(vx, y, truth[key], 160 - vx, line_h, vstyle, size, INK, key=key) + 2.6
        ry = 66
        x = pg.text(172, ry, "许可证编号：", lstyle, size, INK)
        pg.text(x, ry - 0.1, s["no"], "mono" if rng.random() < 0.5 else vstyle, size * 1.05, INK, key="license_no")
        ry += 10
        pg.text(172, ry, f"日常监督管理机构：{s['county'].name}市场监督管理局", "sans", size * 0.85, INK)
        ry += 8
        pg.text(172, ry, f"日常监督管理人员：{V.person(rng, 1980)['name']}、{V.person(rng, 1980)['name']}", "sans", size * 0.85, INK)
        ry += 8
        pg.text(172, ry, "投诉举报电话：12315", "sans", size * 0.85, INK)
        ry += 16
        pg.text(200, ry, "发证机关：", lstyle, size, INK)
        pg.text(200, ry + 9, f"签发人：{V.person(rng, 1970)['name']}", "sans", size * 0.9, INK)
        x = pg.text(200, ry + 18, "有效期至", lstyle, size, INK) + 2
        pg.text(x, ry + 18, cn_date(s["valid_to"]), vstyle, size, INK, key="valid_to")
        pg.text(214, ry + 27, cn_date(s["issued"]), vstyle, size, INK)
        pg.overlay(seal_layer(pg, 238 + rng.uniform(-5, 5), ry + 12, 16, s["authority"], rng))
        pg.qr(24, 168, 22, f"https://spjy.example.gov.cn/{s['no']}")
    else:
        pg = Page(210, 297, _ppm(ppm, 210, 297))
        _paper(pg, rng, (251, 251, 247))
        title = "食品经营许可证"
        tw = pg.width(title, "serif_bold", 10, 0.3)
        pg.text(105 - tw / 2, 22, title, "serif_bold", 10, INK, tracking=0.3)
        pg.text(105 - pg.width("（副　本）", "serif", 4.6) / 2, 35, "（副　本）", "serif", 4.6, INK)
        x0, xm, x1, y = 18, 66, 192, 48
        size, line_h = 3.8, 5.7
        allrows = [("许可证编号", "license_no")] + rows + [("有效期至", "valid_to")]
        pg.line(x0, y, x1, y, 0.35)
        for label, key in allrows:
            val = cn_date(s["valid_to"]) if key == "valid_to" else truth[key]
            nrows = len(pg.split_rows(val, x1 - xm - 7, vstyle, size))
            lrows = pg.split_rows(label, xm - x0 - 4, lstyle, size * 0.88)
            h = max(nrows * line_h, len(lrows) * line_h) + 4
            for j, lr in enumerate(lrows):
                lw = pg.width(lr, lstyle, size * 0.88)
                pg.text(x0 + (xm - x0 - lw) / 2, y + (h - len(lrows) * line_h) / 2 + j * line_h + 0.8, lr, lstyle, size * 0.88, INK)
            pg.wrap(xm + 3, y + 2 + (line_h - size) / 2, val, x1 - xm - 7, line_h, vstyle, size, INK, key=key)
            y += h
            pg.line(x0, y, x1, y, 0.35)
        for label in ("日常监督管理机构", "日常监督管理人员", "投诉举报电话", "备注"):
            h = line_h + 4
            lw = pg.width(label, lstyle, size * 0.88)
            pg.text(x0 + (xm - x0 - lw) / 2, y + 2.6, label, lstyle, size * 0.88, INK)
            if label == "投诉举报电话":
                pg.text(xm + 3, y + 2.6, "12315", vstyle, size, INK)
            y += h
            pg.line(x0, y, x1, y, 0.35)
        for xx in (x0, xm, x1):
            pg.line(xx, 48, xx, y, 0.35)
        pg.text(120, y + 14, "发证机关：", lstyle, size, INK)
        pg.text(126, y + 26, cn_date(s["issued"]), vstyle, size, INK)
        pg.overlay(seal_layer(pg, 146 + rng.uniform(-5, 5), y + 18, 16, s["authority"], rng))
    return pg, truth, f"food-{variant}"


# ============================================================================ negatives

def negative(rng: random.Random, ppm) -> tuple[Page, dict, str]:
    """Pages a clerk also photographs that are none of the target kinds."""
    variant = rng.choice(("form", "invoice", "letter", "notebook"))
    if variant == "invoice":
        pg = Page(240, 140, _ppm(ppm, 240, 140))
        _paper(pg, rng, (250, 250, 246))
        brown = (150, 90, 50)
        pg.text(80, 8, "电子发票（普通发票）", "serif_bold", 7, brown)
        pg.text(170, 10, f"发票号码：{rng.randrange(10**19, 10**20)}", "sans", 2.8, INK)
        pg.text(170, 15, f"开票日期：{cn_date(V.random_date(rng, dt.date(2025, 1, 1), TODAY))}", "sans", 2.8, INK)
        pg.rect(10, 25, 230, 120, 0.35, brown)
        pg.line(120, 25, 120, 50, 0.35, brown)
        pg.line(10, 50, 230, 50, 0.35, brown)
        for x, who in ((14, "购买方"), (124, "销售方")):
            c = V.current_county(rng)
            co = V.company(rng, c, "company")
            pg.text(x, 29, f"{who}  名称：{co['name']}"[:34], "sans", 3.0, INK)
            pg.text(x, 37, f"统一社会信用代码/纳税人识别号：{co['credit_code']}", "sans", 2.6, INK)
        pg.text(14, 55, "项目名称        规格型号    单位    数量    单价    金额    税率/征收率    税额", "sans", 3.0, INK)
        y = 64
        for _ in range(rng.randrange(1, 4)):
            amt = rng.randrange(100, 90000) / 100
            pg.text(14, y, f"*{rng.choice(('办公用品', '餐饮服务', '信息技术服务', '印刷品'))}*{rng.choice(('打印纸', '服务费', '文件夹'))}"
                           f"        项    1    {amt:.2f}    {amt:.2f}    6%    {amt * 0.06:.2f}", "sans", 3.0, INK)
            y += 7
        pg.text(14, 108, "价税合计（大写）  ⊗ 壹仟贰佰叁拾肆元伍角整        （小写）¥1234.50", "sans", 3.2, INK)
        pg.text(14, 128, f"开票人：{V.person(rng, 1990)['name']}", "sans", 3.0, INK)
    elif variant == "letter":
        pg = Page(210, 297, _ppm(ppm, 210, 297))
        _paper(pg, rng, (252, 252, 250))
        pg.text(75, 25, "房屋租赁合同", "serif_bold", 8, INK)
        c = V.current_county(rng)
        body = (f"出租方（甲方）：{V.person(rng, 1970)['name']}　承租方（乙方）：{V.company(rng, c, 'company')['name']}。"
                f"甲方将位于{V.business_address(rng, c, True)}的房屋出租给乙方使用，用途为办公及经营，乙方凭本合同办理营业执照、"
                "食品经营许可证及公共场所卫生许可证等相关证照。租赁期限自2025年1月1日起至2027年12月31日止，"
                "月租金人民币捌仟元整，按季度支付。乙方应提供营业执照复印件及法定代表人身份证复印件各一份，"
                "并加盖公章。甲方保证对所出租房屋享有合法的出租权利，房屋权属清晰，无抵押、查封等权利限制。"
                "租赁期间，乙方应合理使用房屋，不得擅自改变房屋结构和用途。")
        y = pg.wrap(22, 45, body, 166, 7.5, "serif", 4.2, INK)
        for _ in range(3):
            y = pg.wrap(22, y + 3, "第" + "一二三四五"[rng.randrange(5)] + "条　" + body[rng.randrange(40, 90):][:120], 166, 7.5, "serif", 4.2, INK)
        pg.text(30, 250, "甲方（签字）：", "serif", 4.2, INK)
        pg.text(120, 250, "乙方（盖章）：", "serif", 4.2, INK)
        pg.overlay(seal_layer(pg, 150, 255, 17, V.company(rng, c, "company")["name"][:16], rng, alpha=0.6))
    elif variant == "form":
        pg = Page(210, 297, _ppm(ppm, 210, 297))
        _paper(pg, rng, (252, 252, 250))
        pg.text(48, 22, rng.choice(("公共场所卫生许可申请表", "食品经营许可申请书", "个体工商户登记（备案）申请书")), "serif_bold", 7, INK)
        y = 45
        for label in ("申请单位（经营者）", "统一社会信用代码", "法定代表人（负责人）", "身份证件号码", "联系电话",
                      "经营场所", "申请项目", "从业人员数", "备注"):
            pg.rect(20, y, 190, y + 14, 0.3)
            pg.line(70, y, 70, y + 14, 0.3)
            pg.text(23, y + 4.5, label, "sans", 3.6, INK)
            y += 14
        from benchmarks.docgen_e.render import handwrite
        handwrite(pg, 75, 48, rng.choice(("同上", "见附件", "详见营业执照")), 5, rng)
        pg.text(22, y + 12, "申请人声明：本单位保证所填内容及提交材料真实有效。", "serif", 4, INK)
        pg.text(120, y + 30, "申请人（签章）：", "serif", 4, INK)
    else:
        pg = Page(180, 250, _ppm(ppm, 180, 250))
        _paper(pg, rng, (250, 248, 238))
        for yy in range(20, 245, 8):
            pg.line(8, yy, 172, yy, 0.2, (170, 190, 220))
        from benchmarks.docgen_e.render import handwrite
        y = 14
        for line in ("今天下午去政务中心", "带营业执照原件和复印件", "法人身份证 正反面", "卫生许可申请表 盖章", "电话预约 周三"):
            handwrite(pg, 14, y, line, 5.2, rng)
            y += 16
    return pg, {}, f"other-{variant}"
