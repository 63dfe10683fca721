"""Family R's documents as Java2D drawing ops (Render.java draws them): each builder returns the page
(size, rendering hints, ops), the truth fields, and which op ids carry which field (the captures read the
drawn boxes back to hide exactly a value under glare or a thumb)."""

from __future__ import annotations

import datetime as dt

import numpy as np

from benchmarks.docgen_r import faces as F
from benchmarks.docgen_r import values as V

INK = [25, 25, 28]


class Page:
    def __init__(self, w: int, h: int, rng: np.random.Generator, bg=(255, 255, 255)):
        self.w, self.h, self.rng = w, h, rng
        self.ops: list[dict] = []
        self.faces: set[str] = set()
        self.bg = list(bg)

    def op(self, t: str, **kw) -> dict:
        d = {"t": t, **{k: (list(v) if isinstance(v, tuple) else v) for k, v in kw.items()}}
        if "f" in d:
            self.faces.add(d["f"])
        self.ops.append(d)
        return d

    def text(self, x, y, txt, f, s, **kw):
        return self.op("text", x=float(x), y=float(y), txt=txt, f=f, s=float(s), **kw)

    def para(self, x, y, w, txt, f, s, **kw):
        return self.op("para", x=float(x), y=float(y), w=float(w), txt=txt, f=f, s=float(s), **kw)

    def spread(self, x, y, w, txt, f, s, **kw):
        return self.op("spread", x=float(x), y=float(y), w=float(w), txt=txt, f=f, s=float(s), **kw)

    def page(self) -> dict:
        aa = str(V.pick(self.rng, ["grey", "grey", "lcd", "off"]))
        return {"w": self.w, "h": self.h, "bg": self.bg, "aa": aa, "fm": bool(self.rng.random() < 0.5), "ops": self.ops}


def T(value: str) -> dict:
    return {"value": value, "unreadable": False}


def qr_bits(rng: np.random.Generator, n: int = 29) -> str:
    """A QR-like block: three finder patterns, timing rows, random modules."""
    m = (rng.random((n, n)) < 0.5).astype(int)
    for oy, ox in ((0, 0), (0, n - 7), (n - 7, 0)):
        for i in range(7):
            for j in range(7):
                m[oy + i, ox + j] = int(i in (0, 6) or j in (0, 6) or (2 <= i <= 4 and 2 <= j <= 4))
        for i in range(-1, 8):
            for j in range(-1, 8):
                y, x = oy + i, ox + j
                if 0 <= y < n and 0 <= x < n and not (0 <= i < 7 and 0 <= j < 7):
                    m[y, x] = 0
    m[6, 8:n - 8] = [(k + 1) % 2 for k in range(8, n - 8)]
    m[8:n - 8, 6] = [(k + 1) % 2 for k in range(8, n - 8)]
    return "".join(str(v) for v in m.ravel())


def registrar(pl) -> str:
    prov, city, dist = pl[0], pl[1], pl[2]
    if city:
        return f"{city}{dist}市场监督管理局" if dist.endswith(("区", "县", "市")) else f"{city}市场监督管理局"
    return f"{prov}{dist}市场监督管理局"


def police(pl) -> str:
    prov, city, dist = pl[0], pl[1], pl[2]
    top = city or prov
    if dist.endswith("区"):
        short = dist.removesuffix("新区") if dist.endswith("新区") else dist.removesuffix("区")
        return f"{top}公安局{short}分局"
    if dist.endswith(("县", "市")):
        return f"{dist}公安局"
    return f"{top}公安局"


# ---------------------------------------------------------------- ID card
def id_front(rng: np.random.Generator) -> tuple[dict, dict, dict, str]:
    female = bool(rng.random() < 0.5)
    pl = V.place(rng)
    birth = V.date_between(rng, dt.date(1950, 1, 1), dt.date(2010, 12, 31))
    name = V.person_name(rng, female)
    nation = V.pick(rng, V.NATIONS)
    addr = V.street_address(rng, pl, home=True)
    idn = V.id_number(pl[3], birth, female, rng)
    W, H = 1012, 638
    p = Page(W, H, rng, bg=(246, 246, 240))
    p.op("grad", x=0.0, y=0.0, w=float(W), h=float(H), c=(236, 242, 246), c2=(248, 240, 232), rr=40.0)
    p.op("guilloche", x=30.0, y=30.0, w=W - 60.0, h=H - 60.0, band=60.0, k=5, c=(205, 220, 228), lw=0.7, per=40.0)
    lab = (60, 120, 170) if rng.random() < 0.7 else (90, 110, 125)
    lf = V.pick(rng, ["hei", "nsans", "wqy"])
    vf = V.pick(rng, F.ID_VALUE)
    nf = V.pick(rng, F.ID_NUMBER)
    s = float(rng.uniform(30, 35))
    x0, xv = 70.0, 190.0
    p.spread(x0, 110, 2.2 * s * 0.9, "姓名", lf, s * 0.82, c=lab)
    p.text(xv, 110, name, vf, s * 1.05, c=INK, id="name")
    p.spread(x0, 185, 2.2 * s * 0.9, "性别", lf, s * 0.82, c=lab)
    p.text(xv, 185, "女" if female else "男", vf, s, c=INK, id="sex")
    p.text(xv + 150, 185, "民族", lf, s * 0.82, c=lab)
    p.text(xv + 150 + 2.4 * s, 185, nation, vf, s, c=INK, id="nation")
    p.spread(x0, 260, 2.2 * s * 0.9, "出生", lf, s * 0.82, c=lab)
    x = xv
    for part, unit in ((str(birth.year), "年"), (str(birth.month), "月"), (str(birth.day), "日")):
        o = p.text(x, 260, part, vf, s, c=INK, id="birth")
        x += s * 0.62 * len(part) + 8
        p.text(x, 260, unit, lf, s * 0.82, c=lab)
        x += s * 1.25
    del o
    p.spread(x0, 335, 2.2 * s * 0.9, "住址", lf, s * 0.82, c=lab)
    p.para(xv, 335 - s * 1.0, 440, addr, vf, s * 0.98, lh=1.42, c=INK, id="address", max=4)
    p.text(x0, 560, "公民身份号码", lf, s * 0.82, c=lab)
    p.text(x0 + 6 * s * 0.82 + 60, 562, idn, nf, s * 1.0, c=INK, track=float(rng.uniform(0.06, 0.14)), id="id_number")
    p.op("photo", x=660.0, y=90.0, w=290.0, h=360.0, seed=float(rng.integers(1 << 30)), bg=(236, 240, 244))
    fields = {"name": T(name), "sex": T("女" if female else "男"), "nation": T(nation),
              "birth_date": T(birth.isoformat()), "address": T(addr), "id_number": T(idn)}
    ids = {"name": "name", "sex": "sex", "nation": "nation", "birth_date": "birth", "address": "address", "id_number": "id_number"}
    return p.page() | {"faces": sorted(p.faces)}, fields, ids, "id-front"


def id_validity(rng: np.random.Generator) -> tuple[str, str]:
    age = int(rng.choice([12, 17, 20, 24, 28, 33, 38, 44, 47, 52, 60, 68]) + rng.integers(0, 3))
    start = V.date_between(rng, dt.date(2008, 1, 1), V.TODAY)
    years = 5 if age < 16 else 10 if age <= 25 else 20 if age <= 45 else 0
    return start.isoformat(), (V.add_years(start, years).isoformat() if years else "长期")


def id_back(rng: np.random.Generator):
    pl = V.place(rng)
    auth = police(pl)
    vf, vt = id_validity(rng)
    W, H = 1012, 638
    p = Page(W, H, rng, bg=(246, 246, 240))
    p.op("grad", x=0.0, y=0.0, w=float(W), h=float(H), c=(240, 236, 226), c2=(230, 240, 246), rr=40.0)
    p.op("guilloche", x=40.0, y=40.0, w=W - 80.0, h=H - 80.0, band=80.0, k=6, c=(225, 205, 190), lw=0.6, per=55.0)
    p.op("emblem", cx=175.0, cy=165.0, r=95.0)
    tf = V.pick(rng, ["heib", "nsansb", "songb"])
    p.text(330, 150, "中华人民共和国", tf, 52, c=INK, track=0.25)
    p.text(330, 255, "居民身份证", tf, 72, c=INK, track=0.3)
    lf = V.pick(rng, ["hei", "nsans", "wqy"])
    vfnt = V.pick(rng, F.ID_VALUE)
    s = float(rng.uniform(29, 33))
    p.text(190, 470, "签发机关", lf, s * 0.85, c=(60, 90, 110))
    p.text(190 + 5.2 * s * 0.85, 470, auth, vfnt, s, c=INK, id="auth")
    p.text(190, 550, "有效期限", lf, s * 0.85, c=(60, 90, 110))
    sep = V.pick(rng, ["-", "-", "—"])
    to = vt if vt == "长期" else vt.replace("-", ".")
    p.text(190 + 5.2 * s * 0.85, 550, vf.replace("-", ".") + sep + to, vfnt if rng.random() < 0.5 or vt == "长期" else "monob", s, c=INK, id="validity")
    fields = {"issuing_authority": T(auth), "valid_from": T(vf), "valid_to": T(vt)}
    ids = {"issuing_authority": "auth", "valid_from": "validity", "valid_to": "validity"}
    return p.page() | {"faces": sorted(p.faces)}, fields, ids, "id-back"


# ---------------------------------------------------------------- business licence
def business_license(rng: np.random.Generator):
    pl = V.place(rng)
    r = rng.random()
    et = V.ENTITY_TYPES[int(rng.choice(len(V.ENTITY_TYPES), p=[.16, .2, .07, .05, .04, .08, .04, .04, .04, .28]))]
    etype, rep_label, addr_label, cap_label = et
    is_gt = etype == "个体工商户"
    name, scope = V.company(rng, pl, etype)
    scope = V.scope_text(rng, scope)
    female = bool(rng.random() < 0.4)
    rep = V.person_name(rng, female)
    if "合伙" in etype and rng.random() < 0.4:
        rep = V.pick(rng, V.ZIHAO) + "投资管理有限公司（委派代表：" + V.person_name(rng, female) + "）"
    addr = V.street_address(rng, pl, home=False)
    cap = V.capital(rng) if cap_label else ""
    est = V.date_between(rng, dt.date(1998, 1, 1), V.TODAY - dt.timedelta(days=20))
    if is_gt:
        valid_to = ""
    elif rng.random() < 0.55:
        valid_to = "长期"
    else:
        valid_to = (V.add_years(est, int(V.pick(rng, [10, 20, 20, 30, 50]))) - dt.timedelta(days=1)).isoformat()
    head = "92" if is_gt else "93" if False else "91"
    code = V.uscc(rng, head, pl[3])
    issue = V.date_between(rng, est, min(V.TODAY, est + dt.timedelta(days=3000)))
    landscape = bool(r < 0.5)
    form = "zb" if landscape else "fb"
    sub = "gt" if is_gt else "fgs" if "分公司" in etype else "hh" if "合伙" in etype else "co"
    fields = {"name": T(name), "credit_code": T(code), "entity_type": T(etype), "legal_representative": T(rep),
              "registered_capital": T(cap), "established_date": T(est.isoformat()), "address": T(addr),
              "business_scope": T(scope), "valid_to": T(valid_to)}
    ids = {"name": "name", "credit_code": "credit_code", "entity_type": "entity_type", "legal_representative": "rep",
           "registered_capital": "cap", "established_date": "est", "address": "addr", "business_scope": "scope",
           "valid_to": "valid"}
    if r >= 0.9:    # the 电子营业执照 as the phone app shows it (screenshot, forwarded, or the phone photographed)
        rows = [("名称", name, "name"), ("类型", etype, "entity_type"), ("经营者" if is_gt else rep_label, rep, "rep")]
        if cap_label:
            rows.append((cap_label, cap, "cap"))
        rows.append(("注册日期" if is_gt else "成立日期", f"{est:%Y年%m月%d日}", "est"))
        if valid_to:
            vt = "长期" if valid_to == "长期" else f"{dt.date.fromisoformat(valid_to):%Y年%m月%d日}"
            rows.append(("合伙期限" if "合伙" in etype else "营业期限", f"{est:%Y年%m月%d日} 至 {vt}", "valid"))
        rows += [(addr_label, addr, "addr"), ("经营范围", scope, "scope")]
        W = 1080
        p = Page(W, 3000, rng, bg=(255, 255, 255))
        p.op("grad", x=0.0, y=0.0, w=float(W), h=440.0, c=(196, 24, 30), c2=(226, 70, 60))
        p.op("emblem", cx=W / 2, cy=130.0, r=62.0)
        hf = V.pick(rng, ["nsansb", "heib"])
        p.text(W / 2, 290, "营业执照", hf, 76, al="c", c=(255, 240, 200), track=0.3)
        p.text(W / 2, 370, "电子营业执照", "nsans", 30, al="c", c=(255, 230, 220))
        lf = V.pick(rng, ["nsans", "wqy", "hei"])
        vf = V.pick(rng, ["nsans", "wqy", "hei", "nsansl"])
        y = 500.0
        p.text(60, y + 28, "统一社会信用代码", lf, 28, c=(140, 140, 150))
        p.text(60, y + 90, code, V.pick(rng, ["sans", "nsans"]), 44, c=INK, id="credit_code")
        y += 140
        for lab, val, oid in rows:
            p.op("line", x=60.0, y=y, x2=W - 60.0, y2=y, c=(230, 230, 235), lw=1.5)
            y += 24
            p.text(60, y + 28, lab, lf, 28, c=(140, 140, 150))
            y += 44
            p.para(60, y, W - 120, val, vf, 34, lh=1.45, c=INK, id=oid, max=30)
            y += max(1, int(np.ceil(len(val) / ((W - 120) / 34) * 1.06))) * 34 * 1.45 + 24
        p.text(60, y + 60, "登记机关：" + registrar(pl), lf, 28, c=(140, 140, 150))
        p.op("seal", cx=W - 220.0, cy=y + 40, r=85.0, txt=registrar(pl), f="hei", c=(220, 40, 40, 170), fs=0.2, span=255.0)
        p.h = int(y + 200)
        return p.page() | {"faces": sorted(p.faces)}, fields, ids, f"bl-e-{sub}"
    W, H = (1754, 1240) if landscape else (1240, 1754)
    p = Page(W, H, rng, bg=(253, 251, 246))
    gcol = V.pick(rng, [(196, 160, 110), (210, 170, 120), (180, 150, 120)])
    p.op("guilloche", x=36.0, y=36.0, w=W - 72.0, h=H - 72.0, band=46.0, k=7, c=gcol, lw=0.8, per=30.0)
    p.op("rect", x=88.0, y=88.0, w=W - 176.0, h=H - 176.0, c=gcol, lw=2.0)
    cx = W / 2
    p.op("emblem", cx=cx, cy=200.0, r=72.0)
    tf = V.pick(rng, ["songb", "heib", "nsansb"])
    p.text(cx, 390, "营业执照", tf, 104 if landscape else 96, al="c", track=0.35, c=INK)
    if not landscape:
        p.text(cx, 460, "（副　本）", V.pick(rng, ["song", "fang"]), 34, al="c", c=INK)
    lf = V.pick(rng, F.LICENCE_LABEL)
    vf = V.pick(rng, F.LICENCE_VALUE)
    s = float(rng.uniform(25, 29))
    top = 500 if landscape else 560
    p.text(140, top - 20, "统一社会信用代码", lf, s * 0.95, c=INK)
    p.text(140, top + 22, code, V.pick(rng, ["monob", "mono", "sans", "nmono"]), s * 1.05, c=INK, id="credit_code")
    if rng.random() < 0.5:
        p.text(140, top + 60, f"（{rng.integers(1, 4)}－{rng.integers(1, 4)}）", "song", s * 0.8, c=INK)
    qx, qy, qs = (W - 330.0, top - 170.0, 170.0) if landscape else (W - 320.0, top - 80.0, 170.0)
    p.op("qr", x=qx, y=qy, size=qs, bits=qr_bits(rng))
    p.para(qx - 20, qy + qs + 8, qs + 40, "扫描市场主体身份码了解更多登记、备案、许可、监管信息，体验更多应用服务。", "song", 12.5, lh=1.3, c=INK, max=5)
    rows: list[tuple[str, str, str]] = []
    gt_name_label = "名称"
    rows.append((gt_name_label, name, "name"))
    if is_gt:
        rows += [("类型", etype, "entity_type"), ("经营者", rep, "rep"), ("组成形式", "个人经营", "form"),
                 ("注册日期", V.fmt_cn_date(est), "est"), ("经营场所", addr, "addr")]
    else:
        rows += [("类型", etype, "entity_type"), (rep_label, rep, "rep")]
        if cap_label:
            rows.append((cap_label, cap, "cap"))
        rows.append(("成立日期", V.fmt_cn_date(est), "est"))
        if valid_to:
            lab = "合伙期限" if "合伙" in etype else "营业期限"
            vt = "长期" if valid_to == "长期" else V.fmt_cn_date(dt.date.fromisoformat(valid_to))
            rows.append((lab, f"{V.fmt_cn_date(est)}至{vt}", "valid"))
        rows.append((addr_label, addr, "addr"))
    scope_row = ("经营范围", scope, "scope")
    lw = s * max(4, max(len(r[0]) for r in rows)) * 1.08 + 20
    if landscape:
        colx = [140.0, cx + 40.0]
        y = [top + 120.0, top + 120.0]
        left = [r for r in rows if r[2] in ("name", "entity_type", "rep", "form")]
        right = [r for r in rows if r not in left]
        colw = cx - 140 - 60 - lw
        for ci, col_rows in enumerate((left + [scope_row], right)):
            for lab, val, oid in col_rows:
                p.spread(colx[ci], y[ci] + s, lw - 20, lab, lf, s, c=INK)
                ss = s
                if oid == "scope":   # the registrar sets a long scope smaller so that it fits above the footer
                    room = H - 190 - y[ci]
                    while ss > 14 and np.ceil(len(val) / (colw / ss) * 1.08) * ss * 1.38 > room:
                        ss -= 1
                p.para(colx[ci] + lw + 10, y[ci], colw if ci == 0 else W - colx[1] - lw - 150, val, vf, ss,
                       lh=1.38, c=INK, id=oid, max=40, just=bool(oid == "scope"))
                nchars = len(val)
                per_line = (colw if ci == 0 else W - colx[1] - lw - 150) / s
                y[ci] += max(1, int(np.ceil(nchars / max(per_line, 1) * 1.05))) * s * 1.38 + s * 0.9
    else:
        y = top + 130.0
        colw = W - 140 - 140 - lw
        for lab, val, oid in rows + [scope_row]:
            p.spread(140, y + s, lw - 20, lab, lf, s, c=INK)
            ss = s
            if oid == "scope":
                room = H - 330 - y
                while ss > 14 and np.ceil(len(val) / (colw / ss) * 1.08) * ss * 1.4 > room:
                    ss -= 1
            p.para(140 + lw + 10, y, colw, val, vf, ss, lh=1.4, c=INK, id=oid, max=40, just=bool(oid == "scope"))
            y += max(1, int(np.ceil(len(val) / (colw / s) * 1.05))) * s * 1.4 + s * 0.95
    ry = H - 300.0 if not landscape else max(H - 300.0, min(H - 250.0, y[1] + 40))
    p.text(W - 560, ry, "登记机关", lf, s, c=INK)
    sx = W - 330.0
    p.text(sx, ry + 120, V.cn_upper_date(issue) if rng.random() < 0.6 else V.fmt_cn_date(issue), V.pick(rng, ["song", "fang", "hei"]), s, al="c", c=INK)
    p.op("seal", cx=sx, cy=ry + 60, r=88.0, txt=registrar(pl), f=V.pick(rng, ["song", "hei", "fang"]),
         c=(220, 40, 40, int(rng.integers(150, 215))), fs=0.2, span=float(rng.uniform(230, 270)))
    p.text(cx, H - 130, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", "song", 15, al="c", c=INK)
    p.text(cx, H - 104, "市场主体应当于每年1月1日至6月30日通过国家企业信用信息公示系统报送公示年度报告。", "song", 13, al="c", c=INK)
    p.text(cx, H - 70, "国家市场监督管理总局监制", "song", 14, al="c", c=INK)
    return p.page() | {"faces": sorted(p.faces)}, fields, ids, f"bl-{form}-{sub}"


# ---------------------------------------------------------------- public health licence
PH_ITEMS = ["住宿", "沐浴", "美容店", "理发店", "游泳场所", "商场（店）", "歌舞厅", "健身房", "候车室", "宾馆", "足浴", "影剧院"]


def public_health(rng: np.random.Generator):
    pl = V.place(rng)
    year = int(rng.integers(2019, 2026))
    style = int(rng.integers(0, 3))
    br = V.pick(rng, [("（", "）"), ("〔", "〕"), ("[", "]")])
    if style == 0:
        no = f"{pl[4]}卫公字{br[0]}{year}{br[1]}第{pl[3]}{int(rng.integers(0, 999999)):06d}号"
    elif style == 1:
        no = f"{pl[4]}卫公证字{br[0]}{year}{br[1]}第{pl[3][:4]}{V.pick(rng, 'ABC')}{int(rng.integers(0, 99999)):05d}号"
    else:
        no = f"{pl[2]}卫公字{br[0]}{year}{br[1]}第{int(rng.integers(1, 9999)):04d}号"
    city = (pl[1] or pl[0]).removesuffix("市")
    zh = V.pick(rng, V.ZIHAO)
    name = V.pick(rng, [f"{city}{zh}酒店管理有限公司", f"{pl[2]}{zh}宾馆", f"{pl[2]}{zh}美容美发店", f"{city}市{pl[2]}{zh}足浴店",
                        f"{city}{zh}健身服务有限公司", f"{city}{zh}游泳馆", f"{zh}快捷酒店（{city}{pl[2]}店）", f"{pl[2]}{zh}理发店（个体工商户）"])
    rep = V.person_name(rng, bool(rng.random() < 0.5))
    addr = V.street_address(rng, pl, home=False)
    items = "、".join(sorted({V.pick(rng, PH_ITEMS) for _ in range(int(rng.integers(1, 4)))}, key=PH_ITEMS.index))
    vf = dt.date(year, int(rng.integers(1, 13)), int(rng.integers(1, 29)))
    vt = V.add_years(vf, 4) - dt.timedelta(days=1)
    W, H = 1240, 1754
    p = Page(W, H, rng, bg=(255, 253, 248) if rng.random() < 0.6 else (250, 248, 255))
    bc = V.pick(rng, [(190, 60, 60), (60, 100, 160), (170, 140, 80)])
    p.op("rect", x=70.0, y=70.0, w=W - 140.0, h=H - 140.0, c=bc, lw=6.0)
    p.op("rect", x=86.0, y=86.0, w=W - 172.0, h=H - 172.0, c=bc, lw=1.5)
    tf = V.pick(rng, ["songb", "heib", "nsansb"])
    p.text(W / 2, 300, "公共场所卫生许可证", tf, 78, al="c", c=(200, 30, 30) if rng.random() < 0.5 else INK, track=0.1)
    lf = V.pick(rng, F.LICENCE_LABEL)
    vfnt = V.pick(rng, F.LICENCE_VALUE)
    s = float(rng.uniform(28, 33))
    p.text(W - 160, 420, no, vfnt, s * 0.9, al="r", c=INK, id="no")
    rows = [("单位名称", name, "name"),
            (V.pick(rng, ["法定代表人（负责人）", "法定代表人", "负责人"]), rep, "rep"),
            (V.pick(rng, ["地址", "经营场所地址", "地　　址"]), addr, "addr"),
            ("许可项目", items, "items")]
    y = 520.0
    lw = 11 * s * 0.9 if len(rows[1][0]) > 6 else 6 * s
    for lab, val, oid in rows:
        if lab == "地　　址":
            p.text(160, y + s, lab, lf, s * 0.95, c=INK)
        else:
            p.text(160, y + s, lab, lf, s * 0.95, c=INK)
        p.para(160 + lw, y, W - 320 - lw, val, vfnt, s, lh=1.4, c=INK, id=oid, max=3)
        y += max(1, int(np.ceil(len(val) / ((W - 320 - lw) / s) * 1.05))) * s * 1.4 + s * 1.2
    p.text(160, y + s, "有效期限", lf, s * 0.95, c=INK)
    dstyle = rng.random() < 0.5
    fmt = (lambda d: f"{d.year}年{d.month}月{d.day}日") if dstyle else (lambda d: f"{d:%Y年%m月%d日}")
    p.text(160 + lw, y + s, f"自{fmt(vf)}至{fmt(vt)}", vfnt, s, c=INK, id="valid")
    auth = (pl[1] or pl[0]) + pl[2] + V.pick(rng, ["卫生健康委员会", "卫生健康局", "卫生计生委员会"])
    p.text(W - 420, H - 380, "发证机关", lf, s, c=INK)
    p.op("seal", cx=W - 330.0, cy=H - 270.0, r=95.0, txt=auth, f=V.pick(rng, ["song", "hei"]), c=(220, 40, 40, 190), fs=0.19, span=260.0)
    p.text(W - 330, H - 230, V.fmt_cn_date(vf), vfnt, s * 0.9, al="c", c=INK)
    fields = {"license_no": T(no), "name": T(name), "legal_representative": T(rep), "address": T(addr),
              "license_items": T(items), "valid_from": T(vf.isoformat()), "valid_to": T(vt.isoformat())}
    ids = {"license_no": "no", "name": "name", "legal_representative": "rep", "address": "addr",
           "license_items": "items", "valid_from": "valid", "valid_to": "valid"}
    return p.page() | {"faces": sorted(p.faces)}, fields, ids, f"ph-style{style}"


# ---------------------------------------------------------------- food business licence
FORMS = ["餐饮服务经营者（小型餐馆）", "餐饮服务经营者（中型餐馆）", "餐饮服务经营者（小吃店）", "餐饮服务经营者（饮品店）",
         "食品销售经营者（超市）", "食品销售经营者（便利店）", "食品销售经营者（食杂店）", "单位食堂（学校食堂）",
         "单位食堂（机关企事业单位食堂）", "食品销售经营者（网络食品销售商）"]
ITEMS_SALE = ["预包装食品（含冷藏冷冻食品）销售", "散装食品（不含冷藏冷冻食品）销售", "特殊食品销售（保健食品）",
              "特殊食品销售（婴幼儿配方乳粉）", "散装食品（含冷藏冷冻食品）销售", "自制饮品制售"]
ITEMS_FOOD = ["热食类食品制售", "冷食类食品制售", "生食类食品制售", "糕点类食品制售（不含裱花蛋糕）", "自制饮品制售（普通类）"]


def food(rng: np.random.Generator):
    pl = V.place(rng)
    et = V.pick(rng, ["个体工商户", "有限责任公司（自然人独资）", "有限责任公司（自然人投资或控股）"])
    city = (pl[1] or pl[0]).removesuffix("市")
    zh = V.pick(rng, V.ZIHAO)
    if et == "个体工商户":
        name = V.pick(rng, [f"{pl[2]}{zh}小吃店", f"{pl[2]}{zh}便利店", f"{city}市{pl[2]}{zh}面馆（个体工商户）", f"{pl[2]}{zh}烧烤店",
                            f"{pl[2]}{zh}食杂店", f"{pl[2]}{zh}奶茶店"])
    else:
        name = V.pick(rng, [f"{city}{zh}餐饮管理有限公司", f"{city}{zh}食品有限公司", f"{city}{zh}超市有限公司",
                            f"{zh}（{city}）餐饮有限公司", f"{city}{zh}餐饮管理有限公司{pl[2]}分公司", f"{city}{zh}商贸有限公司"])
    code = V.uscc(rng, "92" if et == "个体工商户" else "91", pl[3])
    rep = V.person_name(rng, bool(rng.random() < 0.5))
    addr = V.street_address(rng, pl, home=False)
    prem = addr if rng.random() < 0.6 else V.street_address(rng, pl, home=False)
    form_ = V.pick(rng, FORMS)
    pool = ITEMS_FOOD + ITEMS_SALE[:2] if "餐饮" in form_ or "食堂" in form_ else ITEMS_SALE
    k = int(rng.integers(1, 4))
    items = "；".join(pool[i] for i in sorted(rng.choice(len(pool), size=min(k, len(pool)), replace=False)))
    no = "JY" + str(int(V.pick(rng, ["1", "2", "3"]))) + pl[3] + f"{int(rng.integers(0, 10**7)):07d}"
    vt = V.date_between(rng, V.TODAY - dt.timedelta(days=200), V.TODAY + dt.timedelta(days=1800))
    new = bool(rng.random() < 0.45)
    landscape = bool(rng.random() < 0.5)
    W, H = (1754, 1240) if landscape else (1240, 1754)
    p = Page(W, H, rng, bg=(255, 255, 252))
    bc = (160, 120, 60) if not new else (40, 110, 160)
    p.op("guilloche", x=40.0, y=40.0, w=W - 80.0, h=H - 80.0, band=36.0, k=5, c=bc, lw=0.7, per=26.0)
    p.op("emblem", cx=W / 2, cy=170.0, r=62.0)
    tf = V.pick(rng, ["songb", "heib", "nsansb"])
    p.text(W / 2, 330, "食品经营许可证", tf, 86, al="c", c=INK, track=0.15)
    if not landscape:
        p.text(W / 2, 390, "（副本）", "song", 32, al="c", c=INK)
    lf = V.pick(rng, F.LICENCE_LABEL)
    vfnt = V.pick(rng, F.LICENCE_VALUE)
    s = float(rng.uniform(24, 28))
    rows = [("经营者名称", name, "name"),
            ("统一社会信用代码" if new else "社会信用代码（身份证号码）", code, "code"),
            ("法定代表人（负责人）", rep, "rep"), ("住所", addr, "addr"), ("经营场所", prem, "prem"),
            ("主体业态", form_, "form"), ("经营项目", items, "items")]
    side = [("许可证编号", no, "no"), ("有效期至", f"{vt.year}年{vt.month:02d}月{vt.day:02d}日" if rng.random() < 0.5 else f"{vt.year}年{vt.month}月{vt.day}日", "vt")]
    if not new:
        side.insert(1, ("日常监督管理机构", f"{pl[2]}市场监督管理局", "org"))
        side.insert(2, ("日常监督管理人员", V.person_name(rng, False) + "、" + V.person_name(rng, True), "staff"))
        side.insert(3, ("投诉举报电话", "12315", "tel"))
    lw = s * 0.9 * max(len(r[0]) for r in rows) + 40
    if landscape:
        colw = W / 2 - 120 - lw + 60
        y = 430.0
        for lab, val, oid in rows:
            p.text(120, y + s, lab, lf, s * 0.9, c=INK)
            p.para(120 + lw, y, colw, val, vfnt, s, lh=1.35, c=INK, id=oid, max=4)
            y += max(1, int(np.ceil(len(val) / (colw / s) * 1.05))) * s * 1.35 + s * 1.0
        y = 430.0
        sx = W / 2 + 120
        for lab, val, oid in side:
            p.text(sx, y + s, lab, lf, s * 0.9, c=INK)
            p.text(sx + s * 8, y + s, val, vfnt if oid != "no" else V.pick(rng, ["mono", "sans", vfnt]), s, c=INK, id=oid)
            y += s * 2.4
        qy = y + 20
    else:
        colw = W - 240 - lw
        y = 450.0
        for lab, val, oid in [rows[0], side[0]] + rows[1:] + side[1:]:
            p.text(120, y + s, lab, lf, s * 0.9, c=INK)
            p.para(120 + lw, y, colw, val, vfnt if oid != "no" else V.pick(rng, ["mono", "sans", vfnt]), s, lh=1.35, c=INK, id=oid, max=4)
            y += max(1, int(np.ceil(len(val) / (colw / s) * 1.05))) * s * 1.35 + s * 1.0
        qy = y + 20
    p.op("qr", x=float(W - 330), y=float(min(qy, H - 520)), size=150.0, bits=qr_bits(rng, 25))
    auth = (pl[1] or pl[0]) + pl[2] + "市场监督管理局"
    p.text(W - 620, H - 260, "发证机关", lf, s, c=INK)
    if not new:
        p.text(W - 620, H - 215, "签发人：" + V.person_name(rng, False), lf, s * 0.9, c=INK)
    p.op("seal", cx=W - 330.0, cy=H - 230.0, r=90.0, txt=auth, f=V.pick(rng, ["song", "hei"]), c=(220, 40, 40, 190), fs=0.19, span=255.0)
    issue = vt - dt.timedelta(days=int(rng.integers(1000, 1826)))
    p.text(W - 330, H - 150, V.fmt_cn_date(issue), vfnt, s * 0.9, al="c", c=INK)
    p.text(W / 2, H - 80, "国家市场监督管理总局监制", "song", 14, al="c", c=INK)
    fields = {"license_no": T(no), "name": T(name), "credit_code": T(code), "legal_representative": T(rep),
              "address": T(addr), "premises_address": T(prem), "business_form": T(form_),
              "business_items": T(items), "valid_to": T(vt.isoformat())}
    ids = {"license_no": "no", "name": "name", "credit_code": "code", "legal_representative": "rep", "address": "addr",
           "premises_address": "prem", "business_form": "form", "business_items": "items", "valid_to": "vt"}
    return p.page() | {"faces": sorted(p.faces)}, fields, ids, f"food-{'new' if new else 'old'}-{'zb' if landscape else 'fb'}"


# ---------------------------------------------------------------- negatives
def other(rng: np.random.Generator):
    kind = V.pick(rng, ["blank", "receipt", "letter", "certificate", "form", "blank", "letter"])
    pl = V.place(rng)
    W, H = (1240, 1754)
    p = Page(W, H, rng, bg=(255, 255, 255))
    f = V.pick(rng, F.LICENCE_VALUE)
    if kind == "blank":
        if rng.random() < 0.5:
            p.text(W / 2, H - 80, str(int(rng.integers(1, 9))), "sans", 16, al="c", c=INK)
    elif kind == "receipt":
        W, H = 620, 1500
        p = Page(W, H, rng)
        shop = pl[2] + V.pick(rng, V.ZIHAO) + V.pick(rng, ["超市", "便利店", "餐厅"])
        y = 80
        p.text(W / 2, y, shop, "hei", 30, al="c", c=INK)
        y += 60
        for line in ["单号：" + str(int(rng.integers(10**9, 10**10))), "收银员：" + str(int(rng.integers(1, 30))),
                     "日期：" + V.date_between(rng, dt.date(2025, 1, 1), V.TODAY).isoformat()]:
            p.text(40, y, line, "mono" if rng.random() < 0.3 else "hei", 20, c=INK) if False else p.text(40, y, line, "hei", 20, c=INK)
            y += 34
        p.op("line", x=30.0, y=float(y), x2=W - 30.0, y2=float(y), c=INK, lw=1.0)
        y += 40
        total = 0.0
        for _ in range(int(rng.integers(4, 14))):
            item = V.pick(rng, ["矿泉水", "面包", "牛奶", "纸巾", "洗衣液", "苹果", "鸡蛋", "酱油", "方便面", "酸奶"])
            price = float(rng.integers(2, 60)) + float(rng.integers(0, 10)) / 10
            total += price
            p.text(40, y, item, "hei", 22, c=INK)
            p.text(W - 40, y, f"{price:.2f}", "hei", 22, al="r", c=INK)
            y += 36
        p.text(40, y + 30, "合计", "heib", 26, c=INK)
        p.text(W - 40, y + 30, f"{total:.2f}", "heib", 26, al="r", c=INK)
        p.text(W / 2, y + 110, "谢谢惠顾，欢迎再次光临", "hei", 20, al="c", c=INK)
        p.op("qr", x=W / 2 - 90.0, y=float(y + 150), size=180.0, bits=qr_bits(rng, 25))
    elif kind == "letter":
        title = V.pick(rng, ["关于补交营业执照复印件的通知", "情况说明", "委托书", "关于办理食品经营许可证变更的申请", "证明"])
        p.text(W / 2, 200, title, "songb", 44, al="c", c=INK)
        body = V.pick(rng, [
            f"兹委托{V.person_name(rng, False)}同志前往{pl[2]}政务服务中心办理我单位营业执照变更登记事宜，请予接洽。",
            "因我公司营业执照正本遗失，现申请补领。统一社会信用代码及登记事项详见国家企业信用信息公示系统。特此说明。",
            "请各经营户于本月底前将营业执照、食品经营许可证及公共场所卫生许可证复印件加盖公章后报送社区，逾期未报送的将影响年度评定。",
        ])
        p.text(160, 320, V.pick(rng, ["各相关单位：", "致政务服务中心：", "尊敬的窗口工作人员："]), f, 30, c=INK)
        p.para(160, 360, W - 320, "　　" + body + body[: int(rng.integers(10, len(body)))] + "。", f, 30, lh=1.8, c=INK, max=14)
        p.text(W - 200, 1000, (pl[1] or pl[0]) + V.pick(rng, V.ZIHAO) + "有限公司", f, 28, al="r", c=INK)
        p.text(W - 200, 1050, V.cn_upper_date(V.date_between(rng, dt.date(2024, 1, 1), V.TODAY)), V.pick(rng, ["song", "fang", "kai"]), 28, al="r", c=INK)
    elif kind == "certificate":
        W, H = 1754, 1240
        p = Page(W, H, rng, bg=(252, 246, 232))
        p.op("guilloche", x=50.0, y=50.0, w=W - 100.0, h=H - 100.0, band=50.0, k=5, c=(200, 160, 60), lw=1.0, per=34.0)
        t = V.pick(rng, ["荣誉证书", "开户许可证", "结业证书", "质量管理体系认证证书"])
        p.text(W / 2, 330, t, "songb", 96, al="c", c=(190, 30, 30), track=0.2)
        p.para(260, 460, W - 520, V.pick(rng, ["　　" + V.person_name(rng, True) + "同志在" + str(int(rng.integers(2019, 2026))) + "年度工作中表现突出，被评为先进个人，特发此证，以资鼓励。",
                                            "　　经审核，准予开立基本存款账户。账号：" + str(int(rng.integers(10**15, 10**16))) + "　开户银行：" + V.pick(rng, ["中国工商银行", "中国建设银行", "招商银行"]) + pl[2] + "支行"]), "kai", 40, lh=1.8, c=INK, max=8)
        p.op("seal", cx=W - 400.0, cy=H - 300.0, r=110.0, txt=(pl[1] or pl[0]) + V.pick(rng, V.ZIHAO) + "有限公司", f="song", c=(220, 40, 40, 200), fs=0.2, span=250.0)
    else:
        p.text(W / 2, 180, V.pick(rng, ["个体工商户登记（备案）申请书", "企业登记申请表", "政务服务事项办理申请表"]), "heib", 46, al="c", c=INK)
        y = 300.0
        for lab in ["申请人", "身份证件号码", "联系电话", "经营场所", "经营范围", "申请事项", "材料清单", "签字"]:
            p.op("rect", x=120.0, y=y, w=300.0, h=110.0, c=INK, lw=1.5)
            p.op("rect", x=420.0, y=y, w=W - 540.0, h=110.0, c=INK, lw=1.5)
            p.text(150, y + 66, lab, "song", 28, c=INK)
            y += 110
        p.para(120, y + 40, W - 240, "注：申请人应对所提交材料的真实性、合法性负责。营业执照领取方式：□窗口领取　□邮寄。", "song", 24, lh=1.6, c=INK, max=4)
    return p.page() | {"faces": sorted(p.faces)}, {}, {}, f"other-{kind}"


BUILDERS = {"id_card_front": id_front, "id_card_back": id_back, "business_license": business_license,
            "public_health_license": public_health, "food_business_license": food, "other": other}
