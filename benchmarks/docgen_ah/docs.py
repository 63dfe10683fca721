"""Family AH's documents laid out in millimetres on a Page: ID card sides (alone, or photocopied on an
A4 sheet), 营业执照 正本/副本 for companies and 个体工商户, 公共场所卫生许可证, 食品经营许可证 正本/副本 and
`other` pages (申请表, 收据, 介绍信, 户口簿 page, 结婚证 page, blank sheet). Each builder returns
(page, fields, variant)."""

from __future__ import annotations

import datetime as dt
import math
import random

from benchmarks.docgen_ah import values as V
from benchmarks.docgen_ah.page import Page, width

RED = (0.82, 0.12, 0.1)
BLUE_INK = (0.1, 0.2, 0.6)
LABEL_BLUE = (0.18, 0.38, 0.6)


class MM:
    """Millimetre placement on a page: k px per mm, origin (ox, oy) in px."""

    def __init__(self, page: Page, k: float, ox: float = 0, oy: float = 0) -> None:
        self.p, self.k, self.ox, self.oy = page, k, ox, oy

    def X(self, v):  # noqa: N802
        return self.ox + v * self.k

    def Y(self, v):  # noqa: N802
        return self.oy + v * self.k

    def text(self, face, size, x, y, s, **kw):
        return self.p.text(face, size * self.k, self.X(x), self.Y(y), s, **kw) / self.k

    def label(self, face, size, x, y, s, span, color=(0, 0, 0)):
        self.p.label(face, size * self.k, self.X(x), self.Y(y), s, span, color)

    def para(self, face, size, x, y, s, maxw, lead, **kw):
        return (self.p.para(face, size * self.k, self.X(x), self.Y(y), s, maxw * self.k, lead * self.k, **kw) - self.oy) / self.k

    def rect(self, x, y, w, h, color=(0, 0, 0), alpha=1.0):
        self.p.rect(self.X(x), self.Y(y), w * self.k, h * self.k, color, alpha)

    def frame(self, x, y, w, h, lw, color=(0, 0, 0), alpha=1.0):
        self.p.frame(self.X(x), self.Y(y), w * self.k, h * self.k, lw * self.k, color, alpha)

    def line(self, x0, y0, x1, y1, lw, color=(0, 0, 0), alpha=1.0):
        self.p.line(self.X(x0), self.Y(y0), self.X(x1), self.Y(y1), lw * self.k, color, alpha)

    def ring(self, cx, cy, r, lw, color=(0, 0, 0), alpha=1.0):
        self.p.ring(self.X(cx), self.Y(cy), r * self.k, lw * self.k, color, alpha)

    def ellipse(self, cx, cy, rx, ry, color=(0, 0, 0), alpha=1.0):
        self.p.ellipse(self.X(cx), self.Y(cy), rx * self.k, ry * self.k, color, alpha)

    def star(self, cx, cy, r, color, alpha=1.0, rot=-90.0):
        pts = []
        for i in range(10):
            rr = r if i % 2 == 0 else r * 0.382
            a = math.radians(rot + i * 36)
            pts.append((self.X(cx + rr * math.cos(a)), self.Y(cy + rr * math.sin(a))))
        self.p.poly(pts, color, alpha)


def seal(m: MM, cx: float, cy: float, r: float, text: str, bottom: str = "", color=RED, alpha: float = 0.78, face: str = "sans_bold") -> None:
    """A round official seal: ring, star, the organ's name on an arc, an optional line under the star.
    Drawn with multiply so the print under it stays visible."""
    m.p.mode(1)
    m.ring(cx, cy, r, r * 0.06, color, alpha)
    m.star(cx, cy, r * 0.3, color, alpha)
    n = len(text)
    span = min(250.0, 22.0 * n)
    size = min(r * 0.3, r * 2.2 * math.pi * span / 360 / max(n, 1) * 0.9)
    for i, ch in enumerate(text):
        a = math.radians(-90 - span / 2 + span * (i + 0.5) / n)
        rr = r * 0.78
        x, y = cx + rr * math.cos(a), cy + rr * math.sin(a)
        ang = math.degrees(a) + 90
        # place the glyph centred on the arc: shift back half an advance along its baseline
        hw = size * 0.5
        bx = x - hw * math.cos(math.radians(ang)) - (size * 0.35) * math.sin(math.radians(ang)) * -1
        by = y - hw * math.sin(math.radians(ang)) + (size * 0.35) * math.cos(math.radians(ang))
        m.p.text(face, size * m.k, m.X(bx), m.Y(by), ch, color=color, alpha=alpha, angle=ang)
    if bottom:
        m.text(face, r * 0.2, cx, cy + r * 0.6, bottom, color=color, alpha=alpha, align="c")
    m.p.mode(0)


def emblem(m: MM, cx: float, cy: float, r: float, alpha: float = 1.0) -> None:
    """A simplified national emblem: red disc, gold gate and stars, wheat ring."""
    gold = (0.93, 0.75, 0.2)
    m.ellipse(cx, cy, r, r, gold, alpha)
    m.ellipse(cx, cy, r * 0.82, r * 0.82, (0.8, 0.1, 0.08), alpha)
    m.star(cx, cy - r * 0.35, r * 0.22, gold, alpha)
    for i in range(4):
        a = math.radians(-150 + i * 40)
        m.star(cx + r * 0.5 * math.cos(a) * 0.9, cy - r * 0.35 + r * 0.42 * math.sin(a) * 0.7 + r * 0.28, r * 0.08, gold, alpha)
    m.rect(cx - r * 0.45, cy + r * 0.12, r * 0.9, r * 0.08, gold, alpha)
    m.rect(cx - r * 0.35, cy + r * 0.2, r * 0.7, r * 0.3, gold, alpha)
    for i in range(3):
        m.rect(cx - r * 0.25 + i * r * 0.2, cy + r * 0.28, r * 0.1, r * 0.22, (0.8, 0.1, 0.08), alpha)


def qr(m: MM, x: float, y: float, s: float, rng: random.Random) -> None:
    n = 25
    c = s / n
    m.rect(x, y, s, s, (1, 1, 1))
    for i in range(n):
        for j in range(n):
            finder = any(fi <= i < fi + 7 and fj <= j < fj + 7 for fi, fj in ((0, 0), (0, n - 7), (n - 7, 0)))
            if finder:
                ii, jj = i % (n - 7) if i >= n - 7 else i, j % (n - 7) if j >= n - 7 else j
                on = ii in (0, 6) or jj in (0, 6) or (2 <= ii <= 4 and 2 <= jj <= 4)
            else:
                on = rng.random() < 0.5
            if on:
                m.rect(x + j * c, y + i * c, c * 1.02, c * 1.02, (0.05, 0.05, 0.05))


def portrait(m: MM, x: float, y: float, w: float, h: float, sex: str, rng: random.Random) -> None:
    m.rect(x, y, w, h, (0.93, 0.95, 0.97))
    skin = (0.78 - rng.random() * 0.1, 0.6, 0.5)
    hair = (0.1, 0.08, 0.07)
    body = [(m.X(x + w / 2 + w * 0.48 * math.cos(t / 24 * math.pi)), m.Y(min(y + h, y + h * 0.95 - h * 0.32 * math.sin(t / 24 * math.pi))))
            for t in range(25)]
    m.p.poly(body, (0.15, 0.17, 0.22) if rng.random() < 0.7 else (0.82, 0.82, 0.86))
    m.ellipse(x + w / 2, y + h * 0.62, w * 0.12, h * 0.1, skin)
    m.ellipse(x + w / 2, y + h * 0.36 - (0.01 * h), w * 0.27 + (0.03 * w if sex == "女" else 0), h * 0.27 + (0.08 * h if sex == "女" else 0), hair)
    m.ellipse(x + w / 2, y + h * 0.42, w * 0.23, h * 0.23, skin)
    for dx in (-0.08, 0.08):
        m.ellipse(x + w / 2 + dx * w, y + h * 0.4, w * 0.025, h * 0.015, (0.1, 0.1, 0.1))
    m.line(x + w * 0.45, y + h * 0.53, x + w * 0.55, y + h * 0.53, 0.25, (0.55, 0.3, 0.3))


def guilloche(m: MM, w: float, h: float, rng: random.Random, color, alpha=0.25) -> None:
    ph = rng.random() * 6
    for j in range(14):
        pts = []
        for i in range(60):
            t = i / 59
            pts.append((m.X(t * w), m.Y(h * (0.1 + 0.06 * j) + 2.2 * math.sin(t * 12 + ph + j * 0.7))))
        m.p.stroke(pts, 0.12 * m.k, color, alpha)


# ---------------------------------------------------------------- ID card
CARD_W, CARD_H = 85.6, 54.0


def id_front(m: MM, rng: random.Random, per: dict, style: int) -> dict:
    m.rect(0, 0, CARD_W, CARD_H, (0.95, 0.96, 0.95))
    m.frame(0, 0, CARD_W, CARD_H, 0.25, (0.62, 0.64, 0.66))
    guilloche(m, CARD_W, CARD_H, rng, (0.55, 0.7, 0.85), 0.3)
    portrait(m, 56.5, 7, 24.5, 31, per["sex"], rng)
    lab = "sans" if style == 0 else "zenhei"
    val = "sans" if style != 2 else "zenhei"
    lc = LABEL_BLUE
    m.label(lab, 2.5, 6.5, 10, "姓名", 2, lc)
    m.text(val, 3.4, 16.5, 10.2, per["name"], field="name", track=0.5 * m.k)
    m.label(lab, 2.5, 6.5, 17, "性别", 2, lc)
    m.text(val, 3.1, 16.5, 17.2, per["sex"], field="sex")
    m.label(lab, 2.5, 28.5, 17, "民族", 2, lc)
    m.text(val, 3.1, 38.5, 17.2, per["nation"], field="nation")
    b = per["born"]
    m.label(lab, 2.5, 6.5, 24, "出生", 2, lc)
    x = 16.5
    for part, unit in ((str(b.year), "年"), (str(b.month), "月"), (str(b.day), "日")):
        w = m.text(val, 3.1, x, 24.2, part, field="birth_date")
        m.text(lab, 2.5, x + w + 0.8, 24, unit, color=lc)
        x += w + 4.6
    m.label(lab, 2.5, 6.5, 31, "住址", 2, lc)
    m.para(val, 3.1, 16.5, 31.2, per["address"], 36.5, 4.5, field="address")
    m.text(lab, 2.5, 6.5, 47.6, "公民身份号码", color=lc, track=0.3 * m.k)
    m.text("mono", 3.6, 27.5, 47.9, per["id_number"], field="id_number", track=0.35 * m.k)
    return {"name": per["name"], "sex": per["sex"], "nation": per["nation"], "birth_date": b.isoformat(),
            "address": per["address"], "id_number": per["id_number"]}


def id_back(m: MM, rng: random.Random, per: dict, style: int) -> dict:
    m.rect(0, 0, CARD_W, CARD_H, (0.96, 0.95, 0.93))
    m.frame(0, 0, CARD_W, CARD_H, 0.25, (0.62, 0.64, 0.66))
    guilloche(m, CARD_W, CARD_H, rng, (0.85, 0.7, 0.5), 0.28)
    emblem(m, 14, 14, 8.2)
    title = "serif_bold" if style != 1 else "sans_bold"
    m.text(title, 5.0, 52, 14.5, "中华人民共和国", align="c", track=0.9 * m.k)
    m.text(title, 7.0, 52, 27.5, "居民身份证", align="c", track=1.6 * m.k)
    start, end = V.id_validity(rng, per["born"])
    lab = "sans" if style != 2 else "zenhei"
    m.text(lab, 2.5, 14, 42, "签发机关", color=LABEL_BLUE, track=0.25 * m.k)
    m.text(lab, 3.1, 28, 42.2, per["county"][2], field="issuing_authority")
    m.text(lab, 2.5, 14, 48.8, "有效期限", color=LABEL_BLUE, track=0.25 * m.k)
    endtxt = "长期" if end == "长期" else end.replace("-", ".")
    w = m.text(lab, 3.1, 28, 49, f"{start:%Y.%m.%d}", field="valid_from")
    w2 = m.text(lab, 3.1, 28 + w, 49, "-")
    m.text(lab, 3.1, 28 + w + w2, 49, endtxt, field="valid_to")
    return {"issuing_authority": per["county"][2], "valid_from": start.isoformat(), "valid_to": end}


def id_page(rng: random.Random, side: str, on_a4: bool, k: float) -> tuple[Page, dict, str]:
    per = V.person(rng)
    style = rng.randrange(3)
    if on_a4:
        p = Page(int(210 * k), int(297 * k))
        ox, oy = (rng.uniform(30, 90) * k, rng.uniform(25, 60) * k)
        m = MM(p, k, ox, oy)
        variant = f"{side}-a4copy-s{style}"
    else:
        p = Page(int(CARD_W * k), int(CARD_H * k))
        m = MM(p, k)
        variant = f"{side}-card-s{style}"
    f = (id_front if side == "front" else id_back)(m, rng, per, style)
    p.meta = {"card_box": (m.X(0), m.Y(0), m.X(CARD_W), m.Y(CARD_H)), "k": k, "a4": on_a4}
    return p, f, variant


# ---------------------------------------------------------------- 营业执照
def _scope(rng: random.Random, base: str) -> str:
    r = rng.random()
    if r < 0.5:
        return "一般项目：" + base + "（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）"
    if r < 0.8:
        return base + "（依法须经批准的项目，经相关部门批准后方可开展经营活动）"
    return "许可项目：" + base.split("；")[0] + "（依法须经批准的项目，经相关部门批准后方可开展经营活动，具体经营项目以相关部门批准文件或许可证件为准）一般项目：" + "；".join(base.split("；")[1:])


def business(rng: random.Random, k: float, landscape: bool) -> tuple[Page, dict, str]:
    c = rng.choice(V.COUNTIES)
    city = c[1].split("省")[-1].split("区")[0]
    city = city[: city.index("市") + 1] if "市" in city else city[:2] + "市"
    getihu = rng.random() < 0.3
    boss = V.person(rng, age=(25, 65))
    est = dt.date(2026, 6, 1) - dt.timedelta(days=rng.randint(30, 365 * 20))
    if getihu:
        shop, base = rng.choice(V.SHOP_TYPES)
        nm = (f"{c[4]}{boss['name'][0]}记{shop}" if rng.random() < 0.5 else f"{city}{c[4]}{rng.choice(V.TRADE_WORDS)}{shop}")
        code = V.uscc(rng, c[0], "92")
        etype, cap, valid_to = "个体工商户", "", ""
        scope = base
        addr = V.street_address(rng, c[1]) + rng.choice(["", "一楼", "门面"])
    else:
        trade, base = rng.choice(V.INDUSTRY)
        suffix = rng.choice(["有限公司", "有限公司", "有限责任公司", "股份有限公司"])
        nm = f"{city[:-1]}{rng.choice(V.TRADE_WORDS)}{trade}{suffix}" if rng.random() < 0.7 else f"{rng.choice(V.TRADE_WORDS)}（{city[:-1]}）{trade}{suffix}"
        code = V.uscc(rng, c[0], "91")
        etype = rng.choice(V.ENTITY_TYPES[:5]) if "股份" not in suffix else "股份有限公司（非上市、自然人投资或控股）"
        cap = V.capital(rng)
        scope = _scope(rng, base)
        addr = V.street_address(rng, c[1])
        if rng.random() < 0.35:
            valid_to = "长期"
        else:
            valid_to = est.replace(year=est.year + rng.choice([10, 20, 30, 50])) - dt.timedelta(days=1) if not (est.month == 2 and est.day == 29) else dt.date(est.year + 20, 2, 27)
            valid_to = valid_to.isoformat()
    fields = {"name": nm, "credit_code": code, "entity_type": etype, "legal_representative": boss["name"],
              "registered_capital": cap, "established_date": est.isoformat(), "address": addr,
              "business_scope": scope, "valid_to": valid_to}
    rep_label = "经营者" if getihu else "法定代表人"
    addr_label = "经营场所" if getihu else rng.choice(["住所", "住所", "主要经营场所"])
    body = rng.choice(["serif", "song", "ming"])
    lab = rng.choice(["serif_bold", "sans_bold"])
    if landscape:
        W, H = 420, 297
        p = Page(int(W * k), int(H * k), (0.995, 0.985, 0.96))
        m = MM(p, k)
        m.frame(10, 10, W - 20, H - 20, 1.2, (0.72, 0.55, 0.25))
        m.frame(13, 13, W - 26, H - 26, 0.4, (0.72, 0.55, 0.25))
        emblem(m, W / 2, 40, 15)
        m.text("serif_bold", 19, W / 2, 88, "营业执照", align="c", track=14 * k)
        m.text(lab, 4.6, 32, 58, "统一社会信用代码")
        m.text("latin", 5.4, 32, 67, code, field="credit_code", track=0.4 * k)
        qr(m, 355, 35, 35, rng)
        m.text("sans", 2.5, 372.5, 75, "扫描二维码登录“国家企业信用", align="c")
        m.text("sans", 2.5, 372.5, 79, "信息公示系统”了解更多登记、", align="c")
        m.text("sans", 2.5, 372.5, 83, "备案、许可、监管信息", align="c")
        y = 118
        fs, lead = 4.6, 7.6
        xL, xV, wV = 38, 80, 135
        rows_l = [("名称", nm, "name"), ("类型", etype, "entity_type"), (rep_label, boss["name"], "legal_representative")]
        for lbl, v, key in rows_l:
            m.label(lab, fs, xL, y, lbl, 5)
            y = m.para(body, fs, xV, y, v, wV, lead, field=key) + 4
        m.label(lab, fs, xL, y, "经营范围", 5)
        m.para(body, fs * 0.92, xV, y, scope, wV, lead * 0.92, field="business_scope")
        y = 118
        xL, xV, wV = 228, 270, 120
        rows_r = []
        if not getihu:
            rows_r.append(("注册资本", cap, "registered_capital"))
        else:
            rows_r.append(("组成形式", "个人经营", None))
        rows_r.append(("成立日期" if not getihu else "注册日期", V.cn_date(est), "established_date"))
        if not getihu:
            rows_r.append(("营业期限", V.cn_date(est) + "至" + ("长期" if valid_to == "长期" else V.cn_date(dt.date.fromisoformat(valid_to))), "valid_to"))
        rows_r.append((addr_label, addr, "address"))
        for lbl, v, key in rows_r:
            m.label(lab, fs, xL, y, lbl, 5)
            y = m.para(body, fs, xV, y, v, wV, lead, field=key) + 4
        issued = est + dt.timedelta(days=rng.randint(0, 2000))
        issued = min(issued, dt.date(2026, 9, 1))
        m.text(lab, fs, 300, 242, "登记机关")
        m.text(body, fs, 300, 262, V.cn_date(issued))
        seal(m, 335, 246, 21, f"{city}{c[4]}市场监督管理局" if "区" in c[4] else f"{c[4]}市场监督管理局")
        m.text("sans", 2.6, W / 2, 275, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", align="c")
        m.text("sans", 2.6, W / 2, 280, "国家市场监督管理总局监制", align="c")
        variant = f"zhengben-{'getihu' if getihu else 'company'}-{body}"
    else:
        W, H = 210, 297
        p = Page(int(W * k), int(H * k), (0.99, 0.99, 0.975))
        m = MM(p, k)
        m.frame(8, 8, W - 16, H - 16, 0.9, (0.72, 0.55, 0.25))
        emblem(m, W / 2, 28, 11)
        m.text("serif_bold", 12, W / 2, 60, "营业执照", align="c", track=7 * k)
        m.text("serif", 5, W / 2, 70, "（副　本）", align="c")
        m.text(lab, 3.4, 18, 48, "统一社会信用代码")
        m.text("latin", 3.9, 18, 54.5, code, field="credit_code", track=0.25 * k)
        m.text("sans", 2.4, 18, 60, f"证照编号：{c[0]}{rng.randint(10**11, 10**12 - 1)}")
        qr(m, 163, 36, 26, rng)
        y = 90
        fs, lead = 3.7, 6.0
        xL, xV, wV = 22, 56, 132
        rows = [("名称", nm, "name"), ("类型", etype, "entity_type"), (rep_label, boss["name"], "legal_representative")]
        if not getihu:
            rows.append(("注册资本", cap, "registered_capital"))
            rows.append(("成立日期", V.cn_date(est), "established_date"))
            rows.append(("营业期限", V.cn_date(est) + "至" + ("长期" if valid_to == "长期" else V.cn_date(dt.date.fromisoformat(valid_to))), "valid_to"))
        else:
            rows.append(("组成形式", "个人经营", None))
            rows.append(("注册日期", V.cn_date(est), "established_date"))
        rows.append((addr_label, addr, "address"))
        rows.append(("经营范围", scope, "business_scope"))
        for lbl, v, key in rows:
            m.label(lab, fs, xL, y, lbl, 5)
            y = m.para(body, fs, xV, y, v, wV, lead, field=key) + 3.5
        issued = min(est + dt.timedelta(days=rng.randint(0, 2000)), dt.date(2026, 9, 1))
        m.text(lab, fs, 120, 250, "登记机关")
        m.text(body, fs, 120, 266, V.cn_date(issued))
        seal(m, 160, 252, 17, f"{city}{c[4]}市场监督管理局" if "区" in c[4] else f"{c[4]}市场监督管理局")
        m.text("sans", 2.2, W / 2, 282, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn　　国家市场监督管理总局监制", align="c")
        variant = f"fuben-{'getihu' if getihu else 'company'}-{body}"
    # the field "valid_to" box covers the whole 营业期限 row; fine for occluder choice
    return p, fields, variant


# ---------------------------------------------------------------- 公共场所卫生许可证
def health(rng: random.Random, k: float) -> tuple[Page, dict, str]:
    c = rng.choice(V.COUNTIES)
    boss = V.person(rng, age=(28, 62))
    year = rng.randint(2020, 2026)
    f = rng.randrange(3)
    serial = rng.randint(1, 9999)
    if f == 0:
        no = f"{c[3]}卫公字（{year}）第{c[0]}{serial:06d}号"
    elif f == 1:
        no = f"{c[4][:2]}卫公证字〔{year}〕第{serial:05d}号"
    else:
        no = f"{c[3]}卫公字[{year}]第{c[0][:4]}{serial:05d}号"
    nm = f"{c[4][:2]}{rng.choice(V.TRADE_WORDS)}{rng.choice(V.HEALTH_KINDS)}" + rng.choice(["", "有限公司", "（普通合伙）"])
    addr = V.street_address(rng, c[1])
    items = rng.choice(V.HEALTH_ITEMS)
    start = dt.date(year, rng.randint(1, 12), rng.randint(1, 28))
    end = start.replace(year=start.year + 4) - dt.timedelta(days=1)
    W, H = 210, 297
    p = Page(int(W * k), int(H * k), (0.995, 0.99, 0.97))
    m = MM(p, k)
    style = rng.randrange(2)
    m.frame(12, 12, W - 24, H - 24, 0.8, RED if style == 0 else (0.2, 0.35, 0.6))
    m.frame(14, 14, W - 28, H - 28, 0.3, RED if style == 0 else (0.2, 0.35, 0.6))
    emblem(m, W / 2, 36, 10)
    m.text("serif_bold", 9.5, W / 2, 68, "公共场所卫生许可证", align="c", track=1.5 * k)
    body = rng.choice(["serif", "song", "kai"])
    if width(body, 3.8 * k, no) / k > 40:
        m.text(body, 3.8, 186, 82, "编号：" + no, align="r", field="license_no")
    else:
        m.text(body, 3.8, 146, 82, "编号：", align="r")
        m.text(body, 3.8, 146, 82, no, field="license_no")
    y = 105
    fs, lead = 4.4, 7.4
    rows = [("单位名称", nm, "name"), ("法定代表人（负责人）", boss["name"], "legal_representative"), ("地　　址", addr, "address"),
            ("许可项目", items, "license_items")]
    for lbl, v, key in rows:
        m.text("sans_bold" if style else "serif_bold", fs, 28, y, lbl + "：")
        lw = width("sans_bold" if style else "serif_bold", fs * k, lbl + "：") / k
        x = max(72, 28 + lw + 2)
        y = m.para(body, fs, x, y, v, 182 - x, lead, field=key) + 6
    m.text("serif_bold", fs, 28, y, "有效期限：")
    w = m.text(body, fs, 72, y, "自")
    w += m.text(body, fs, 72 + w, y, V.cn_date(start), field="valid_from")
    w += m.text(body, fs, 72 + w, y, "至")
    m.text(body, fs, 72 + w, y, V.cn_date(end), field="valid_to")
    issued = start - dt.timedelta(days=rng.randint(0, 10))
    m.text(body, fs, 130, 250, "发证机关（盖章）")
    m.text(body, fs, 130, 262, V.cn_date(issued))
    seal(m, 155, 246, 18, f"{c[4]}卫生健康局" if rng.random() < 0.5 else f"{c[4]}卫生健康委员会")
    fields = {"license_no": no, "name": nm, "legal_representative": boss["name"], "address": addr,
              "license_items": items, "valid_from": start.isoformat(), "valid_to": end.isoformat()}
    return p, fields, f"health-f{f}-s{style}-{body}"


# ---------------------------------------------------------------- 食品经营许可证
def food(rng: random.Random, k: float, landscape: bool) -> tuple[Page, dict, str]:
    c = rng.choice(V.COUNTIES)
    boss = V.person(rng, age=(25, 62))
    form, items, digit = rng.choice(V.FOOD_FORMS)
    no = V.jy_number(rng, c[0], digit)
    if digit == "3":
        nm = rng.choice([f"{c[4][:2]}市第{rng.randint(1, 30)}中学", f"{c[4][:2]}{rng.choice(V.TRADE_WORDS)}电子有限公司", f"{c[4][:2]}实验小学"])
    else:
        nm = f"{c[4][:2]}{rng.choice(V.TRADE_WORDS)}" + rng.choice(["餐饮管理有限公司", "超市有限公司", "食品商行", "便利店", "餐厅"])
    code = V.uscc(rng, c[0], "92" if nm.endswith(("商行", "便利店", "餐厅")) else "12" if "学" in nm[-3:] else "91")
    addr = V.street_address(rng, c[1])
    prem = addr if rng.random() < 0.45 else V.street_address(rng, c[1]) + rng.choice(["一层", "101室", "B1层", "商铺"])
    start = dt.date(2026, 8, 1) - dt.timedelta(days=rng.randint(10, 365 * 4))
    end = start.replace(year=start.year + 5) - dt.timedelta(days=1) if not (start.month == 2 and start.day == 29) else dt.date(start.year + 5, 2, 27)
    fields = {"license_no": no, "name": nm, "credit_code": code, "legal_representative": boss["name"], "address": addr,
              "premises_address": prem, "business_form": form, "business_items": items, "valid_to": end.isoformat()}
    body = rng.choice(["serif", "song", "ming", "zenhei"])
    lab = "serif_bold" if body != "zenhei" else "sans_bold"
    rows = [("经营者名称", nm, "name"), ("社会信用代码\n（身份证号码）", code, "credit_code"), ("法定代表人\n（负责人）", boss["name"], "legal_representative"),
            ("住　　所", addr, "address"), ("经营场所", prem, "premises_address"), ("主体业态", form, "business_form"),
            ("经营项目", items, "business_items")]
    side = [("许可证编号", no, "license_no"), ("日常监督管理机构", f"{c[4]}市场监督管理局{rng.choice(['城东', '城西', '新城', '湖滨'])}所", None),
            ("日常监督管理人员", V.person(rng)["name"] + "、" + V.person(rng)["name"], None), ("投诉举报电话", "12315", None),
            ("发证机关", f"{c[4]}市场监督管理局", None), ("签发人", V.person(rng)["name"], None), ("有效期至", V.cn_date(end), "valid_to")]
    if landscape:
        W, H = 297, 210
        p = Page(int(W * k), int(H * k), (0.99, 0.995, 0.99))
        m = MM(p, k)
        m.frame(8, 8, W - 16, H - 16, 1.0, (0.2, 0.5, 0.35))
        m.text("serif_bold", 10, W / 2, 30, "食品经营许可证", align="c", track=3 * k)
        fs, lead = 3.5, 5.6
        y = 50
        for lbl, v, key in rows:
            ll = lbl.split("\n")
            for i, t in enumerate(ll):
                m.text(lab, fs * (0.85 if len(ll) > 1 else 1), 18, y + i * 4.2, t)
            y = max(m.para(body, fs, 58, y, v, 108, lead, field=key), y + 4.2 * len(ll)) + 4
        y = 50
        for lbl, v, key in side:
            m.text(lab, fs, 178, y, lbl + "：")
            lw = width(lab, fs * k, lbl + "：") / k
            y = m.para(body, fs, 178 + lw, y, v, 108 - lw, lead, field=key) + 3.5
        qr(m, 244, 150, 26, rng)
        seal(m, 210, 170, 17, f"{c[4]}市场监督管理局")
        m.text(body, fs, 190, 192, V.cn_date(start))
        variant = f"food-zhengben-{body}"
    else:
        W, H = 210, 297
        p = Page(int(W * k), int(H * k), (0.995, 0.995, 0.99))
        m = MM(p, k)
        m.frame(9, 9, W - 18, H - 18, 0.8, (0.2, 0.5, 0.35))
        m.text("serif_bold", 9, W / 2, 32, "食品经营许可证", align="c", track=2.5 * k)
        m.text("serif", 4.5, W / 2, 42, "（副本）", align="c")
        fs, lead = 3.6, 5.8
        y = 60
        for lbl, v, key in [side[0]] + rows + side[1:]:
            ll = lbl.split("\n")
            for i, t in enumerate(ll):
                m.text(lab, fs * (0.85 if len(ll) > 1 else 1), 20, y + i * 4.2, t)
            y = max(m.para(body, fs, 64, y, v, 124, lead, field=key), y + 4.2 * len(ll)) + 4.5
        qr(m, 155, 236, 26, rng)
        seal(m, 120, 245, 17, f"{c[4]}市场监督管理局")
        m.text(body, fs, 100, 268, V.cn_date(start))
        variant = f"food-fuben-{body}"
    return p, fields, variant


# ---------------------------------------------------------------- other
def other(rng: random.Random, k: float, which: str) -> tuple[Page, dict, str]:
    W, H = 210, 297
    p = Page(int(W * k), int(H * k))
    m = MM(p, k)
    per = V.person(rng)
    body = rng.choice(["serif", "song", "ming"])
    if which == "form":
        m.text("serif_bold", 6, W / 2, 30, rng.choice(["个体工商户登记（备案）申请书", "公共场所卫生许可申请表", "住房公积金提取申请表"]), align="c")
        rows = [("申请人", per["name"]), ("性别", per["sex"]), ("联系电话", f"1{rng.choice('35789')}{rng.randint(10**8, 10**9 - 1)}"),
                ("证件号码", per["id_number"]), ("住所", per["address"]), ("申请事项", rng.choice(["新办", "变更", "延续", "注销"]))]
        y = 45
        for lbl, v in rows:
            m.frame(20, y, 170, 14, 0.3)
            m.line(55, y, 55, y + 14, 0.3)
            m.text(body, 4, 24, y + 9, lbl)
            m.para("hand", 4.2, 58, y + 9, v, 128, 5, color=BLUE_INK)
            y += 14
        m.frame(20, y, 170, 60, 0.3)
        m.text(body, 4, 24, y + 9, "申请人承诺：以上所填内容真实有效，如有虚假愿承担相应法律责任。")
        m.text("hand", 6, 140, y + 45, per["name"], color=BLUE_INK)
        return p, {}, "other-form"
    if which == "receipt":
        m.text("serif_bold", 7, W / 2, 30, "收　据", align="c", track=2 * k)
        m.text(body, 3.6, 150, 40, f"No.{rng.randint(1000000, 9999999)}", color=RED)
        m.frame(20, 48, 170, 60, 0.35, RED)
        amt = rng.randint(50, 5000)
        lines = [f"今收到　{per['name']}", f"交来　{rng.choice(['工本费', '押金', '材料复印费', '资料费'])}",
                 f"人民币（大写）{V.upper_amount(amt)}元整　　￥{amt}.00", "收款单位（盖章）　　　　　收款人："]
        y = 62
        for ln in lines:
            m.text(body, 4.2, 26, y, ln)
            y += 12
        seal(m, 120, 95, 14, f"{per['county'][4]}{rng.choice(V.TRADE_WORDS)}商贸有限公司", "财务专用章")
        return p, {}, "other-receipt"
    if which == "letter":
        m.text("serif_bold", 7, W / 2, 34, "介　绍　信", align="c")
        txt = (f"{per['county'][4]}政务服务中心：兹介绍我单位{per['name']}同志（身份证号{per['id_number']}）前往贵处办理营业执照变更登记及"
               "食品经营许可证延续事宜，请予接洽为盼。随附营业执照副本复印件一份。")
        m.para(body, 4.4, 24, 56, "　　" + txt, 162, 8)
        m.text(body, 4.4, 150, 140, "（单位盖章）", align="c")
        m.text(body, 4.4, 150, 150, V.cn_date(dt.date(2026, rng.randint(1, 9), rng.randint(1, 28))), align="c")
        seal(m, 150, 135, 16, f"{per['county'][4]}{rng.choice(V.TRADE_WORDS)}科技有限公司")
        return p, {}, "other-letter"
    if which == "hukou":
        m.text("serif_bold", 6, W / 2, 24, "常住人口登记卡", align="c", track=1.2 * k)
        rows = [("姓名", per["name"], "户主或与户主关系", rng.choice(["户主", "妻", "长子", "长女", "次子"])), ("性别", per["sex"], "民族", per["nation"]),
                ("出生日期", V.cn_date(per["born"]), "出生地", per["county"][1]), ("籍贯", per["county"][1], "宗教信仰", ""),
                ("公民身份号码", per["id_number"], "身高", f"{rng.randint(150, 185)}"), ("文化程度", rng.choice(["大学本科", "高中", "初中", "大专"]), "婚姻状况", rng.choice(["已婚", "未婚"])),
                ("服务处所", "", "职业", rng.choice(["职员", "个体", "农民", "教师"]))]
        y = 34
        for a, b, c2, d in rows:
            m.frame(15, y, 180, 13, 0.3, RED)
            for xx in (45, 105, 140):
                m.line(xx, y, xx, y + 13, 0.3, RED)
            m.text(body, 3.2, 17, y + 8.5, a, color=RED)
            m.text("kai", 3.6, 47, y + 8.5, b)
            m.text(body, 3.0 if len(c2) > 4 else 3.2, 107, y + 8.5, c2, color=RED)
            m.text("kai", 3.6, 142, y + 8.5, d)
            y += 13
        seal(m, 160, 150, 16, f"{per['county'][2].replace('公安局', '公安局').replace('分局', '分局')}", "户口专用章")
        return p, {}, "other-hukou"
    if which == "marriage":
        p.bg = (0.97, 0.9, 0.88)
        q = V.person(rng, sex="女" if per["sex"] == "男" else "男")
        m.text("serif_bold", 6, W / 2, 26, "结　婚　证", align="c")
        m.text(body, 3.8, 20, 44, f"持证人　{per['name']}")
        m.text(body, 3.8, 20, 54, f"登记日期　{V.cn_date(dt.date(2026, 1, 1) - dt.timedelta(days=rng.randint(100, 5000)))}")
        m.text(body, 3.8, 20, 64, f"结婚证字号　J{per['county'][0]}-{rng.randint(2010, 2025)}-{rng.randint(1, 9999):06d}")
        y = 84
        for who in (per, q):
            for ln in (f"姓名　{who['name']}　　性别　{who['sex']}", f"国籍　中国　　出生日期　{V.cn_date(who['born'])}", f"身份证件号　{who['id_number']}"):
                m.text(body, 3.8, 20, y, ln)
                y += 9
            y += 6
        seal(m, 150, 60, 15, f"{per['county'][4]}民政局", "婚姻登记专用章")
        return p, {}, "other-marriage"
    # blank or near-blank sheet with a little noise of handwriting
    m.text("hand", 5, 30, 60 + rng.random() * 100, rng.choice(["材料已收", "请补充", "待核", ""]), color=BLUE_INK)
    return p, {}, "other-blank"
