"""Family AC's document layouts: each returns a page (size in px, ops for the Pascal page writer) and its
fields (truth value and the id of the op that prints it). Positions are in millimetres on the real
document, turned into page pixels by `Pg` (so one layout serves a scan at 200 dpi and a card on an A4
photocopy alike)."""

from __future__ import annotations

import datetime as dt
import random

import qrcode

from benchmarks.docgen_ac import values as V

# face indices in FACES (generate.py): 0 AR PL SungtiL GB, 1 Noto Serif CJK SC, 2 Droid Sans Fallback,
# 3 AR PL KaitiM GB, 4 Noto Sans CJK SC, 5 WenQuanYi Zen Hei, 6 Noto Serif CJK SC Bold, 7 LXGW WenKai,
# 8 Noto Sans CJK SC Bold
PDF_FACES = [0, 3]  # fcl-pdf 3.2.2's subsetter drops glyphs of Droid Sans Fallback and LXGW WenKai (seen); the AR PL faces survive it
RED = [200, 22, 30]
INK = [22, 20, 24]


class Pg:
    """A page: millimetre layout → pixel ops."""

    def __init__(self, w_mm: float, h_mm: float, k: float, bg=(252, 251, 246), ox: float = 0, oy: float = 0,
                 page_w_mm: float | None = None, page_h_mm: float | None = None):
        self.k, self.ox, self.oy = k, ox, oy
        self.w_mm, self.h_mm = w_mm, h_mm
        self.W = round((page_w_mm or w_mm) * k)
        self.H = round((page_h_mm or h_mm) * k)
        self.bg = list(bg)
        self.ops: list[dict] = []

    def p(self, v: float) -> float:
        return round(v * self.k, 2)

    def X(self, x: float) -> float:
        return round((x + self.ox) * self.k, 2)

    def Y(self, y: float) -> float:
        return round((y + self.oy) * self.k, 2)

    def text(self, x, y, size_mm, txt, f, c=INK, **kw):
        op = {"t": "text", "x": self.X(x), "y": self.Y(y), "s": self.p(size_mm), "txt": txt, "f": f, "c": list(c)}
        if kw.get("id", "") is None:
            kw.pop("id")
        for key in ("w", "jw", "lh", "sp"):
            if key in kw:
                op[key] = self.p(kw.pop(key))
        op.update(kw)
        self.ops.append(op)
        return op

    def rect(self, x, y, w, h, lw=0.0, c=INK, **kw):
        self.ops.append({"t": "rect", "x": self.X(x), "y": self.Y(y), "w": self.p(w), "h": self.p(h), "lw": self.p(lw), "c": list(c), **kw})

    def line(self, x1, y1, x2, y2, lw=0.3, c=INK, **kw):
        self.ops.append({"t": "line", "x1": self.X(x1), "y1": self.Y(y1), "x2": self.X(x2), "y2": self.Y(y2), "lw": self.p(lw), "c": list(c), **kw})

    def seal(self, x, y, r, txt, face, sub="", a=0.82, **kw):
        self.ops.append({"t": "seal", "x": self.X(x), "y": self.Y(y), "r": self.p(r), "txt": txt, "sub": sub, "face": face, "a": a, **kw})

    def emblem(self, x, y, r):
        self.ops.append({"t": "emblem", "x": self.X(x), "y": self.Y(y), "r": self.p(r)})

    def guilloche(self, x, y, w, h, c=(190, 150, 80), k=6, a=0.55, **kw):
        self.ops.append({"t": "guilloche", "x": self.X(x), "y": self.Y(y), "w": self.p(w), "h": self.p(h), "c": list(c), "k": k, "a": a, **kw})

    def qr(self, x, y, size, data):
        q = qrcode.QRCode(border=0, error_correction=qrcode.constants.ERROR_CORRECT_M)
        q.add_data(data)
        q.make(fit=True)
        m = q.get_matrix()
        n = len(m)
        bits = "".join("1" if v else "0" for row in m for v in row)
        self.ops.append({"t": "qr", "x": self.X(x), "y": self.Y(y), "m": self.p(size / n), "n": n, "bits": bits})

    def stamp(self, x, y, w, h, txt, face, rot=0.0, c=(200, 30, 40), a=0.8):
        self.ops.append({"t": "stamp", "x": self.X(x), "y": self.Y(y), "w": self.p(w), "h": self.p(h), "txt": txt,
                         "face": face, "rot": rot, "c": list(c), "a": a, "pdf": 0})

    def sig(self, x, y, w, h, c=(25, 35, 120)):
        self.ops.append({"t": "sig", "x": self.X(x), "y": self.Y(y), "w": self.p(w), "h": self.p(h), "c": list(c), "lw": max(1.2, self.k * 0.3), "pdf": 0})

    def portrait(self, x, y, w, h):
        self.ops.append({"t": "portrait", "x": self.X(x), "y": self.Y(y), "w": self.p(w), "h": self.p(h)})


def spread(pg: Pg, x, y, size, label, width, f, c=INK):
    """A letter-spaced label as on real licences (名　　称 spread over the width of 法定代表人)."""
    if len(label) <= 1:
        return pg.text(x, y, size, label, f, c)
    return pg.text(x, y, size, label, f, c, jw=width)


def adv(val: str, size: float, width: float, lh: float, row: float) -> float:
    """The row's height: one row, or as many wrapped lines as the value needs (CJK ≈ 1 em, Latin ≈ ½ em)."""
    w = sum(size if ord(ch) > 0x2E80 else size * 0.55 for ch in val)
    lines = max(1, -(-w // (width * 0.97)))
    return max(row, lines * lh + row - lh)


def dstr(d: dt.date, rng: random.Random) -> str:
    return V.cn_date(d) if rng.random() < 0.7 else V.cn_date_np(d)


# ---------------------------------------------------------------- business licence
def business_license(rng: random.Random, pg_for, fonts: dict, variant: str):
    place = rng.choice(V.PLACES)
    etype = rng.choice(V.ENTITY_TYPES)
    trade = rng.choice(V.TRADES)[0]
    gt = etype == "个体工商户"
    branch = "分公司" in etype
    name = V.firm_name(rng, place, trade, etype)
    code = V.uscc(rng, "9", "2" if gt else "1", place[3])
    rep = V.person_name(rng)
    est = V.date_between(rng, dt.date(2001, 1, 1), dt.date(2025, 6, 30))
    cap = "" if gt or branch else V.capital(rng)
    if gt or "个人独资" in etype:
        valid_to = ""
    elif rng.random() < 0.55:
        valid_to = "长期"
    else:
        valid_to = dt.date(est.year + rng.choice([10, 20, 30, 50]), est.month, min(est.day, 28)) - dt.timedelta(days=1)
        valid_to = valid_to.isoformat()
    addr = V.address(rng, place, long=True)
    scope = V.scope_text(rng, trade)
    if rng.random() < 0.3:
        scope = scope + V.scope_text(rng, rng.choice(list(V.SCOPES)))[:rng.randint(20, 60)].rstrip("；、（") + "。"
    issued = V.date_between(rng, est, dt.date(2025, 9, 30))
    authority = f"{place[1] or place[0]}{place[2]}市场监督管理局"
    landscape = variant.startswith("zhengben")
    sf, hf, tf = fonts["value"], fonts["label"], fonts["title"]
    if landscape:
        pg: Pg = pg_for(400, 280)
        pg.guilloche(12, 10, 376, 12, k=7)
        pg.guilloche(12, 258, 376, 12, k=7)
        pg.rect(10, 8, 380, 264, lw=1.2, c=(176, 136, 70))
        pg.rect(13, 11, 374, 258, lw=0.4, c=(176, 136, 70))
        pg.emblem(200, 42, 16)
        pg.text(24, 28, 4.0, "统一社会信用代码", hf)
        pg.text(24, 34, 5.2, code, sf, id="credit_code")
        pg.text(300, 28, 3.6, f"证照编号：{rng.randint(10**15, 10**16 - 1):d}", hf)
        pg.text(128, 64, 19, "营业执照", tf, RED, jw=144, bold=1)
        pg.qr(330, 48, 32, f"http://www.gsxt.gov.cn/{code}")
        pg.text(318, 82, 2.6, "扫描二维码登录“国家企业信用", hf, w=60)
        pg.text(318, 86, 2.6, "信息公示系统”了解更多登记、", hf)
        pg.text(318, 90, 2.6, "备案、许可、监管信息。", hf)
        lx, vx, top, ls, vs = 34, 64, 104, 5.0, 5.0
        rx, rvx = 214, 244
        rows_l = [("名称", name, "name"), ("类型", etype, "entity_type"),
                  ("经营者" if gt else ("负责人" if branch else "法定代表人"), rep, "legal_representative")]
        y = top
        for lab, val, fid in rows_l:
            spread(pg, lx, y, ls, lab, 25, hf)
            pg.text(vx, y, vs, val, sf, id=fid, w=140, lh=7.4)
            y += adv(val, vs, 140, 7.4, 12)
        spread(pg, lx, y, ls, "经营范围", 25, hf)
        pg.text(vx, y, 4.4, scope, sf, id="business_scope", w=140, lh=6.6)
        rows_r = []
        if not gt and not branch:
            rows_r.append(("注册资本", cap, "registered_capital"))
        rows_r.append(("注册日期" if gt else "成立日期", V.cn_date(est), "established_date"))
        if valid_to:
            rows_r.append(("营业期限", f"{V.cn_date(est)}至{'长期' if valid_to == '长期' else V.cn_date(dt.date.fromisoformat(valid_to))}", "valid_to"))
        rows_r.append(("经营场所" if gt else ("营业场所" if branch else "住所"), addr, "address"))
        if gt:
            rows_r.append(("组成形式", "个人经营", None))
        y = top
        for lab, val, fid in rows_r:
            spread(pg, rx, y, ls, lab, 25, hf)
            pg.text(rvx, y, vs, val, sf, id=fid, w=130, lh=7.4)
            y += adv(val, vs, 130, 7.4, 12)
        pg.text(262, 214, 5.0, "登记机关", hf, jw=25)
        pg.seal(300, 222, 21, authority, fonts["seal"], a=0.8)
        pg.text(272, 236, 4.6, V.cn_date(issued).replace("年", " 年 ").replace("月", " 月 ").replace("日", " 日"), sf)
        pg.text(30, 252, 3.0, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", hf)
        pg.text(160, 262, 3.0, "市场主体应当于每年1月1日至6月30日通过国家企业信用信息公示系统报送公示年度报告。", hf)
        pg.text(350, 252, 3.0, "国家市场监督管理总局监制", hf)
    else:
        pg = pg_for(210, 297)
        pg.guilloche(8, 8, 194, 9, k=6)
        pg.guilloche(8, 280, 194, 9, k=6)
        pg.rect(6, 6, 198, 285, lw=0.9, c=(176, 136, 70))
        pg.emblem(105, 36, 13)
        pg.text(16, 20, 3.2, "统一社会信用代码", hf)
        pg.text(16, 25, 4.2, code, sf, id="credit_code")
        pg.text(150, 20, 3.0, f"证照编号：{rng.randint(10**15, 10**16 - 1):d}", hf)
        pg.text(66, 54, 14, "营业执照", tf, RED, jw=78, bold=1)
        pg.text(95, 72, 5, "（副　本）", hf)
        pg.text(150, 25, 3.0, f"副本编号：1-{rng.randint(1, 3)}", hf)
        pg.qr(160, 40, 26, f"http://www.gsxt.gov.cn/{code}")
        lx, vx, y = 22, 52, 88
        rows = [("名称", name, "name"), ("类型", etype, "entity_type"),
                ("经营者" if gt else ("负责人" if branch else "法定代表人"), rep, "legal_representative")]
        if not gt and not branch:
            rows.append(("注册资本", cap, "registered_capital"))
        rows.append(("注册日期" if gt else "成立日期", V.cn_date(est), "established_date"))
        if valid_to:
            rows.append(("营业期限", f"{V.cn_date(est)}至{'长期' if valid_to == '长期' else V.cn_date(dt.date.fromisoformat(valid_to))}", "valid_to"))
        rows.append(("经营场所" if gt else ("营业场所" if branch else "住所"), addr, "address"))
        for lab, val, fid in rows:
            spread(pg, lx, y, 4.2, lab, 22, hf)
            pg.text(vx, y, 4.2, val, sf, id=fid, w=130, lh=6.2)
            y += adv(val, 4.2, 130, 6.2, 9)
        spread(pg, lx, y, 4.2, "经营范围", 22, hf)
        pg.text(vx, y, 3.8, scope, sf, id="business_scope", w=130, lh=5.8)
        pg.text(118, 240, 4.2, "登记机关", hf, jw=22)
        pg.seal(150, 246, 19, authority, fonts["seal"], a=0.8)
        pg.text(128, 258, 4.0, V.cn_date(issued), sf)
        pg.text(20, 276, 2.6, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", hf)
        pg.text(150, 276, 2.6, "国家市场监督管理总局监制", hf)
    fields = {"name": (name, "name"), "credit_code": (code, "credit_code"), "entity_type": (etype, "entity_type"),
              "legal_representative": (rep, "legal_representative"), "registered_capital": (cap, "registered_capital" if cap else None),
              "established_date": (est.isoformat(), "established_date"), "address": (addr, "address"),
              "business_scope": (scope, "business_scope"), "valid_to": (valid_to, "valid_to" if valid_to else None)}
    if name == "":
        fields["name"] = ("", None)
    return pg, fields, f"{'zhengben' if landscape else 'fuben'}-{'getihu' if gt else ('branch' if branch else 'company')}"


# ---------------------------------------------------------------- 公共场所卫生许可证
def health_license(rng: random.Random, pg_for, fonts: dict, variant: str):
    place = rng.choice(V.PLACES)
    trade = rng.choice(["酒店管理", "美容美发", "文化传媒", "贸易"])
    name = V.firm_name(rng, place, trade, rng.choice(V.ENTITY_TYPES[:5]))
    rep = V.person_name(rng)
    addr = V.address(rng, place)
    items = rng.sample(V.HEALTH_ITEMS, rng.randint(1, 3))
    items_s = "、".join(items)
    vf = V.date_between(rng, dt.date(2019, 1, 1), dt.date(2025, 8, 1))
    vt = dt.date(vf.year + 4, vf.month, min(vf.day, 28)) - dt.timedelta(days=1)
    br = rng.choice([("〔", "〕"), ("（", "）"), ("[", "]")])
    lic = f"{place[5]}卫{rng.choice(['公', '公证', '公字'])}字{br[0]}{vf.year}{br[1]}第{place[3]}{rng.randint(0, 999999):06d}号".replace("公字字", "公字")
    authority = f"{place[1] or place[0]}{place[2]}卫生健康委员会"
    sf, hf, tf = fonts["value"], fonts["label"], fonts["title"]
    pg: Pg = pg_for(210, 297)
    pg.rect(10, 10, 190, 277, lw=1.4, c=(150, 30, 30))
    pg.rect(13, 13, 184, 271, lw=0.4, c=(150, 30, 30))
    pg.emblem(105, 42, 14)
    pg.text(40, 64, 11, "公共场所卫生许可证", tf, RED, jw=130, bold=1)
    pg.text(118, 84, 4.2, lic, sf, id="license_no")
    y = 100
    rows = [("单位名称", name, "name"), ("法定代表人（负责人）", rep, "legal_representative"), ("地址", addr, "address"),
            ("许可项目", items_s, "license_items")]
    for lab, val, fid in rows:
        if len(lab) > 4:
            pg.text(24, y, 4.4, lab, hf, w=40, lh=6)
        else:
            spread(pg, 24, y, 4.4, lab, 36, hf)
        pg.line(68, y + 6.5, 186, y + 6.5, 0.25)
        pg.text(70, y, 4.6, val, sf, id=fid, w=114, lh=7)
        y += adv(val, 4.6, 114, 7, 16)
    pg.text(24, y, 4.4, "有效期限", hf, jw=36)
    sep = rng.choice(["至", "起至"])
    pg.text(70, y, 4.6, f"自{dstr(vf, rng)}{sep}{dstr(vt, rng)}", sf, id="valid")
    pg.text(24, y + 18, 3.6, "（请于有效期满前三十日内提出延续申请）", hf)
    pg.text(110, 236, 4.4, "发证机关（章）", hf)
    pg.seal(150, 246, 19, authority, fonts["seal"], a=0.8)
    pg.text(130, 262, 4.2, V.cn_date(vf), sf)
    pg.text(24, 272, 3.2, "本证应悬挂在经营场所的醒目位置", hf)
    fields = {"license_no": (lic, "license_no"), "name": (name, "name"), "legal_representative": (rep, "legal_representative"),
              "address": (addr, "address"), "license_items": (items_s, "license_items"),
              "valid_from": (vf.isoformat(), "valid"), "valid_to": (vt.isoformat(), "valid")}
    return pg, fields, "form-2019"


# ---------------------------------------------------------------- 食品经营许可证
def food_license(rng: random.Random, pg_for, fonts: dict, variant: str):
    place = rng.choice(V.PLACES)
    form = rng.choice(V.FOOD_FORMS)
    gt = rng.random() < 0.3
    trade = rng.choice(["餐饮管理", "食品", "贸易"])
    name = V.firm_name(rng, place, trade, "个体工商户" if gt else rng.choice(V.ENTITY_TYPES[:5])) or f"{place[2]}{rng.choice(V.ZIHAO)}餐馆"
    code = V.uscc(rng, "9", "2" if gt else "1", place[3])
    rep = V.person_name(rng)
    addr = V.address(rng, place)
    prem = addr if rng.random() < 0.6 else V.address(rng, place, long=True)
    if "销售" in form:
        items = rng.sample(V.FOOD_ITEMS_SALE, rng.randint(1, 3))
    else:
        items = rng.sample(V.FOOD_ITEMS_MEAL, rng.randint(1, 3)) + rng.sample(V.FOOD_ITEMS_SALE[:1], rng.randint(0, 1))
    items_s = "；".join(items)
    lic = f"JY{rng.choice('123')}{place[3]}{rng.randint(0, 10**7 - 1):07d}"
    issued = V.date_between(rng, dt.date(2019, 1, 1), dt.date(2025, 8, 1))
    vt = dt.date(issued.year + 5, issued.month, min(issued.day, 28)) - dt.timedelta(days=1)
    authority = f"{place[1] or place[0]}{place[2]}市场监督管理局"
    sf, hf, tf = fonts["value"], fonts["label"], fonts["title"]
    landscape = variant.startswith("zhengben")
    if landscape:
        pg: Pg = pg_for(297, 210)
        pg.rect(8, 8, 281, 194, lw=1.3, c=(40, 90, 150))
        pg.guilloche(10, 10, 277, 8, c=(90, 140, 190), k=5)
        pg.emblem(148.5, 30, 11)
        pg.text(96, 44, 12, "食品经营许可证", tf, RED, jw=105, bold=1)
        pg.text(140, 60, 4.5, "（正本）", hf)
        L, VX, W1, y = 20, 66, 92, 72
        rx, rvx = 166, 202
    else:
        pg = pg_for(210, 297)
        pg.rect(8, 8, 194, 281, lw=1.3, c=(40, 90, 150))
        pg.guilloche(10, 10, 190, 8, c=(90, 140, 190), k=5)
        pg.emblem(105, 32, 11)
        pg.text(52, 46, 12, "食品经营许可证", tf, RED, jw=105, bold=1)
        pg.text(96, 62, 4.5, "（副本）", hf)
        L, VX, W1, y = 20, 70, 118, 76
        rx, rvx = 20, 70
    rows = [("经营者名称", name, "name"), ("社会信用代码（身份证号码）", code, "credit_code"), ("法定代表人（负责人）", rep, "legal_representative"),
            ("住所", addr, "address"), ("经营场所", prem, "premises_address"), ("主体业态", form, "business_form"), ("经营项目", items_s, "business_items")]
    for lab, val, fid in rows:
        if len(lab) > 5:
            pg.text(L, y, 3.8, lab, hf, w=44, lh=5)
        else:
            spread(pg, L, y, 4.0, lab, 40 if not landscape else 40, hf)
        pg.text(VX, y, 4.2, val, sf, id=fid, w=W1, lh=6.2)
        y += adv(val, 4.2, W1, 6.2, 11)
    y2 = 72 if landscape else y + 6
    for lab, val, fid in [("许可证编号", lic, "license_no"), ("日常监督管理机构", f"{place[2]}市场监督管理所", None),
                          ("日常监督管理人员", V.person_name(rng) + "、" + V.person_name(rng), None), ("投诉举报电话", "12315", None),
                          ("有效期至", dstr(vt, rng), "valid_to")]:
        pg.text(rx, y2, 3.8, lab, hf, w=34, lh=5)
        pg.text(rvx, y2, 4.2, val, sf, id=fid, w=80)
        y2 += 11
    pg.qr(rx + (40 if landscape else 120), y2 + 2, 24, f"https://spjg.samr.gov.cn/{lic}")
    sx, sy = (236, 176) if landscape else (140, 262)
    pg.text(sx - 40, sy - 10, 4.0, "发证机关", hf, jw=20)
    pg.text(sx - 40, sy + 2, 4.0, f"签发人：{V.person_name(rng)}", hf)
    pg.seal(sx + 8, sy - 4, 18, authority, fonts["seal"], a=0.8)
    pg.text(sx - 14, sy + 12, 4.0, V.cn_date(issued), sf)
    fields = {"license_no": (lic, "license_no"), "name": (name, "name"), "credit_code": (code, "credit_code"),
              "legal_representative": (rep, "legal_representative"), "address": (addr, "address"),
              "premises_address": (prem, "premises_address"), "business_form": (form, "business_form"),
              "business_items": (items_s, "business_items"), "valid_to": (vt.isoformat(), "valid_to")}
    return pg, fields, ("zhengben" if landscape else "fuben")


# ---------------------------------------------------------------- 居民身份证
def id_person(rng: random.Random):
    place = rng.choice(V.PLACES)
    birth = V.date_between(rng, dt.date(1942, 1, 1), dt.date(2008, 12, 31))
    sex = rng.choice("男女")
    seq = rng.randrange(0, 99) * 10 + rng.choice([1, 3, 5, 7, 9] if sex == "男" else [0, 2, 4, 6, 8])
    s17 = f"{place[3]}{birth:%Y%m%d}{seq:03d}"
    return place, birth, sex, s17 + V.id_check(s17)


def id_front(rng: random.Random, pg_for, fonts: dict, variant: str):
    place, birth, sex, idn = id_person(rng)
    name = V.person_name(rng)
    nation = rng.choice(V.NATIONS)
    addr = V.address(rng, place)
    pg: Pg = pg_for(85.6, 54)
    pg.rect(0, 0, 85.6, 54, 0, c=(236, 240, 238))
    pg.guilloche(2, 3, 81, 48, c=(150, 190, 200), k=9, a=0.35)
    pg.guilloche(2, 20, 81, 20, c=(200, 170, 150), k=5, a=0.25)
    lab = [40, 110, 170]
    sf, hf = fonts["id_value"], fonts["label"]
    pg.text(6, 6.5, 2.7, "姓名", hf, lab, jw=7.5)
    pg.text(16, 6.0, 3.6, name, sf, id="name")
    pg.text(6, 13.2, 2.7, "性别", hf, lab, jw=7.5)
    pg.text(16, 12.8, 3.3, sex, sf, id="sex")
    pg.text(26, 13.2, 2.7, "民族", hf, lab, jw=7.5)
    pg.text(36, 12.8, 3.3, nation, sf, id="nation")
    pg.text(6, 19.8, 2.7, "出生", hf, lab, jw=7.5)
    pg.text(16, 19.4, 3.3, f"{birth.year}", sf, id="birth_date")
    pg.text(26, 19.8, 2.7, "年", hf, lab)
    pg.text(30, 19.4, 3.3, f"{birth.month}", sf)
    pg.text(35, 19.8, 2.7, "月", hf, lab)
    pg.text(39, 19.4, 3.3, f"{birth.day}", sf)
    pg.text(44, 19.8, 2.7, "日", hf, lab)
    pg.text(6, 26.4, 2.7, "住址", hf, lab, jw=7.5)
    pg.text(16, 26.0, 3.3, addr, sf, id="address", w=37, lh=4.6)
    pg.text(6, 44.5, 2.7, "公民身份号码", hf, lab)
    pg.text(25, 44.0, 3.7, idn, fonts["digits"], id="id_number", sp=0.35)
    pg.portrait(56, 7, 26, 33)
    fields = {"name": (name, "name"), "sex": (sex, "sex"), "nation": (nation, "nation"), "birth_date": (birth.isoformat(), "birth_date"),
              "address": (addr, "address"), "id_number": (idn, "id_number")}
    return pg, fields, "card-2004"


def id_back(rng: random.Random, pg_for, fonts: dict, variant: str):
    place, birth, sex, idn = id_person(rng)
    vf = V.date_between(rng, dt.date(2006, 1, 1), dt.date(2025, 6, 1))
    age = (vf - birth).days // 365
    if age < 16:
        yrs = 5
    elif age < 26:
        yrs = 10
    elif age < 46:
        yrs = 20
    else:
        yrs = 0
    vt = "长期" if yrs == 0 else dt.date(vf.year + yrs, vf.month, vf.day if not (vf.month == 2 and vf.day == 29) else 28).isoformat()
    auth = place[4]
    pg: Pg = pg_for(85.6, 54)
    pg.rect(0, 0, 85.6, 54, 0, c=(236, 240, 238))
    pg.guilloche(2, 4, 81, 46, c=(150, 190, 200), k=9, a=0.35)
    pg.emblem(13, 13, 8.5)
    pg.text(30, 8, 4.4, "中华人民共和国", fonts["title"], INK, jw=44)
    pg.text(28, 17, 6.2, "居民身份证", fonts["title"], INK, jw=48, bold=1)
    hf, sf = fonts["label"], fonts["id_value"]
    pg.text(12, 37.2, 2.8, "签发机关", hf, INK)
    pg.text(26, 36.8, 3.3, auth, sf, id="issuing_authority")
    pg.text(12, 44.2, 2.8, "有效期限", hf, INK)
    vt_s = "长期" if vt == "长期" else dt.date.fromisoformat(vt).strftime("%Y.%m.%d")
    pg.text(26, 43.8, 3.3, f"{vf:%Y.%m.%d}-{vt_s}", fonts["digits"], id="valid")
    fields = {"issuing_authority": (auth, "issuing_authority"), "valid_from": (vf.isoformat(), "valid"), "valid_to": (vt, "valid")}
    return pg, fields, "card-2004"


# ---------------------------------------------------------------- other documents
def other_doc(rng: random.Random, pg_for, fonts: dict, variant: str):
    sf, hf, tf = fonts["value"], fonts["label"], fonts["title"]
    kind = variant
    place, birth, sex, idn = id_person(rng)
    if kind == "hukou":
        pg: Pg = pg_for(143, 105)
        pg.text(48, 6, 6, "常住人口登记卡", tf, INK, jw=48)
        rows = [("姓名", V.person_name(rng)), ("户主或与户主关系", rng.choice(["户主", "妻", "长子", "长女", "孙女"])), ("性别", sex),
                ("民族", rng.choice(V.NATIONS)), ("出生日期", V.cn_date(birth)), ("公民身份号码", idn), ("籍贯", place[0] + place[2]),
                ("文化程度", rng.choice(["大学本科", "高中", "初中"])), ("服务处所", V.firm_name(rng, place, "科技", "其他有限责任公司"))]
        y = 16
        for lab, val in rows:
            pg.rect(6, y, 131, 9, lw=0.25)
            pg.text(8, y + 2.2, 3.0, lab, hf)
            pg.text(40, y + 2, 3.4, val, sf)
            y += 9
        pg.seal(112, 84, 13, f"{place[4].replace('公安局', '').replace('分局', '')}派出所户口专用章", fonts["seal"], a=0.75)
    elif kind == "marriage":
        pg = pg_for(125, 88)
        pg.text(8, 8, 3.2, "持证人", hf)
        pg.text(24, 8, 3.4, V.person_name(rng), sf)
        pg.text(8, 15, 3.2, "登记日期", hf)
        pg.text(24, 15, 3.4, V.cn_date(V.date_between(rng, dt.date(2005, 1, 1), dt.date(2025, 1, 1))), sf)
        pg.text(8, 22, 3.2, "结婚证字号", hf)
        pg.text(28, 22, 3.4, f"J{place[3]}-{rng.randint(2005, 2024)}-{rng.randint(1, 9999):06d}", sf)
        for k, yy in ((0, 34), (1, 58)):
            pg.text(8, yy, 3.2, "姓名", hf)
            pg.text(20, yy, 3.4, V.person_name(rng), sf)
            pg.text(48, yy, 3.2, "性别", hf)
            pg.text(58, yy, 3.4, "男" if k == 0 else "女", sf)
            pg.text(8, yy + 7, 3.2, "国籍", hf)
            pg.text(20, yy + 7, 3.4, "中国", sf)
            pg.text(48, yy + 7, 3.2, "出生日期", hf)
            pg.text(64, yy + 7, 3.4, V.cn_date(birth), sf)
            pg.text(8, yy + 14, 3.2, "身份证件号", hf)
            pg.text(28, yy + 14, 3.4, idn, fonts["digits"])
            pg.rect(92, yy - 2, 26, 20, 0, c=(200, 40, 40))
        pg.seal(100, 22, 12, f"{place[1] or place[0]}{place[2]}民政局婚姻登记专用章", fonts["seal"], a=0.75)
    elif kind == "receipt":
        pg = pg_for(190, 100)
        pg.text(70, 8, 7, "收　　据", tf, INK)
        pg.text(130, 10, 3.2, f"No.{rng.randint(1000000, 9999999)}", fonts["digits"], (180, 30, 30))
        pg.text(12, 24, 4, f"今收到 {V.firm_name(rng, place, '贸易', '其他有限责任公司')}", sf)
        money = rng.randint(200, 90000)
        pg.text(12, 36, 4, f"交来：{rng.choice(['房屋租金', '物业服务费', '押金', '培训费'])}", sf)
        pg.text(12, 48, 4, f"人民币（大写）{V.upper_money(money // 10) or '零'}拾元整　¥{money}.00", sf)
        pg.rect(8, 18, 174, 44, lw=0.3)
        pg.text(12, 70, 3.6, f"收款单位（盖章）　　　　经手人：{V.person_name(rng)}", hf)
        pg.seal(60, 80, 14, f"{V.firm_name(rng, place, '物业管理', '其他有限责任公司')}", fonts["seal"], sub="财务专用章", a=0.8)
        pg.text(130, 86, 3.6, V.cn_date(V.date_between(rng, dt.date(2020, 1, 1), dt.date(2025, 9, 1))), sf)
    elif kind == "application":
        pg = pg_for(210, 297)
        pg.text(40, 20, 7, "公共场所卫生许可申请表", tf, INK)
        rows = ["申请单位", "统一社会信用代码", "法定代表人", "联系电话", "单位地址（注册）", "经营场所地址", "从业职工人数", "已体检人数",
                "集中空调通风系统", "申请许可项目"]
        y = 40
        for lab in rows:
            pg.rect(18, y, 174, 12, lw=0.3)
            pg.line(70, y, 70, y + 12, 0.3)
            pg.text(21, y + 3.5, 4, lab, hf, w=48)
            y += 12
        pg.text(20, y + 10, 3.8, "本单位保证以上填写内容真实，如有虚假，愿承担相应法律责任。", sf, w=170)
        pg.text(120, y + 34, 3.8, "申请人（签字）：", hf)
    else:  # a notice letter mentioning licences
        pg = pg_for(210, 297)
        pg.text(52, 24, 7, "关于办理营业执照变更的告知书", tf, INK)
        body = (f"{V.firm_name(rng, place, '咨询', '其他有限责任公司')}：\n你单位提交的营业执照、食品经营许可证变更申请材料收悉。经审查，"
                "材料尚需补正：一、法定代表人身份证明复印件；二、公共场所卫生许可证原件；三、经营场所使用证明。请于十五个工作日内补齐后到政务服务中心综合受理窗口提交。")
        pg.text(22, 44, 4.4, body.replace("\n", ""), sf, w=166, lh=8)
        pg.text(120, 120, 4.4, f"{place[1] or place[0]}{place[2]}政务服务中心", sf)
        pg.text(130, 130, 4.4, V.cn_date(V.date_between(rng, dt.date(2022, 1, 1), dt.date(2025, 9, 1))), sf)
        pg.seal(150, 124, 18, f"{place[1] or place[0]}{place[2]}政务服务中心", fonts["seal"], a=0.8)
    return pg, {}, kind


BUILDERS = {"business_license": business_license, "public_health_license": health_license, "food_business_license": food_license,
            "id_card_front": id_front, "id_card_back": id_back, "other": other_doc}
