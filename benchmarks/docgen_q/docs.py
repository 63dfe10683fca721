"""Family Q's documents drawn onto Pages: 营业执照 (正本 landscape, 副本 portrait, 个体工商户, a boxed-grid
副本), 食品经营许可证 (2015 副本 and the 2023 landscape form), 公共场所卫生许可证 (free-standing and grid),
ID-card fronts and backs, and negatives (blank page with show-through, receipt, 申请表, 授权委托书,
户口簿 page, bank card). Each returns (page, truth fields, variant)."""

from __future__ import annotations

import datetime as dt

import numpy as np

from benchmarks.docgen_q import faces as F
from benchmarks.docgen_q import values as V
from benchmarks.docgen_q.page import INK, Page

BLUE_INK = (0.12, 0.2, 0.45)


def _spread(label: str, size: float, width_chars: int, mode: str):
    """A label justified across width_chars: with ideographic spaces, with Pango letter_spacing, or as is."""
    n = len(label)
    if n >= width_chars or mode == "plain" or n < 2:
        return label, {}
    if mode == "ideo":
        gaps = width_chars - n
        if n == 2:
            return label[0] + "　" * gaps + label[1], {}
        if n == 3 and gaps == 1:
            return label, {"letter_spacing": size / 2}
        return ("　" * (gaps // (n - 1))).join(label), {}
    return label, {"letter_spacing": (width_chars - n) * size / (n - 1)}


class Doc:
    def __init__(self, page: Page, rng, label_face, value_face, size, mode="ls", width_chars=4, colon=False,
                 label_color=INK, value_color=INK):
        self.p, self.rng, self.lf, self.vf, self.size = page, rng, label_face, value_face, size
        self.mode, self.wc, self.colon, self.lc, self.vc = mode, width_chars, colon, label_color, value_color
        self.fields: dict[str, str] = {}

    def row(self, x, y, label, value, key=None, label_w=None, val_w=None, truth=None, line_spacing=None, vface=None,
            right=None):
        s = self.size
        txt, opts = _spread(label, s, self.wc, self.mode)
        if self.colon:
            txt += "："
        lb = self.p.text(x, y, [(txt, self.lf, s, opts)], color=self.lc)
        vx = x + max(label_w or 0, (lb[2] - x) + s * 0.6)
        if right:
            val_w = right - vx
        bottom = lb[3]
        if value:
            vb = self.p.text(vx, y, [(value, vface or self.vf, s)], color=self.vc, field=key,
                             width=val_w, line_spacing=line_spacing)
            bottom = max(bottom, vb[3])
        if key:
            self.fields[key] = value if truth is None else truth
        return bottom


def _face(group, texts, rng):
    return F.pick(group, "".join(texts), rng)


# ---------------------------------------------------------------- 营业执照
def business_license(rng):
    form = V.ch(rng, ["zheng-std", "zheng-std", "fu-std", "fu-std", "fu-grid", "geti-fu", "geti-zheng", "fu-std"])
    p = V.place(rng)
    ind, scope = V.INDUSTRIES[int(rng.integers(len(V.INDUSTRIES)))]
    geti = form.startswith("geti")
    etype = "个体工商户" if geti else V.ch(rng, V.ENTITY_TYPES)
    kindname = "individual" if geti else "branch" if "分公司" in etype else "partnership" if "合伙" in etype else "company"
    name = V.company(rng, p, ind, kindname)
    rep = V.person(rng)
    rep_label = ("经营者" if geti else "负责人" if kindname == "branch" else "执行事务合伙人" if kindname == "partnership"
                 else "法定代表人")
    addr_label = "经营场所" if geti else "营业场所" if kindname == "branch" else "主要经营场所" if kindname == "partnership" else "住所"
    addr = V.address(rng, p, long=rng.random() < 0.5)
    est = V.date_between(rng, dt.date(2012, 1, 1), dt.date(2026, 10, 30))
    foreign = "外商" in etype
    cap = "" if geti or kindname == "branch" else V.capital(rng, foreign)
    if kindname == "partnership":
        cap = ""
    long_term = rng.random() < 0.55
    end = V.add_years(est, int(V.ch(rng, [10, 20, 30, 50]))) - dt.timedelta(days=1)
    valid_to = "" if geti else "长期" if long_term else f"{end:%Y-%m-%d}"
    term = "" if geti else f"{V.cn_date(est)}至{'长期' if long_term else V.cn_date(end)}"
    items = scope.split("；")
    k = int(rng.integers(2, len(items) + 1))
    scope_txt = "；".join(items[:k]) + ("（依法须经批准的项目，经相关部门批准后方可开展经营活动）" if rng.random() < 0.7 else "")
    if rng.random() < 0.4:
        scope_txt = "一般项目：" + scope_txt
    elif rng.random() < 0.5:          # the current long form: 一般项目 … 许可项目 …, often 8–12 rows
        other = V.INDUSTRIES[int(rng.integers(len(V.INDUSTRIES)))][1].split("；")
        lic = V.ch(rng, ["食品经营", "建设工程施工", "道路货物运输（不含危险货物）", "第二类增值电信业务", "住宿服务", "餐饮服务"])
        scope_txt = ("一般项目：" + "；".join(items[:k] + [o for o in other if o not in items][:4])
                     + "（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）。许可项目：" + lic
                     + "（依法须经批准的项目，经相关部门批准后方可开展经营活动，具体经营项目以相关部门批准文件或许可证件为准）")
    code = V.uscc(rng, "92" if geti else "91", p[3])
    authority = f"{p[0] if not p[1] else p[1]}{p[2]}市场监督管理局"
    issue = V.date_between(rng, est, min(V.TODAY, est + dt.timedelta(days=900)))
    sample = name + rep + addr + scope_txt + etype + cap + term + "名称类型法定代表人经营者负责人执行事务合伙人注册资本成立日期营业期限住所主要经营场所营业场所组成形式个人经营注册日期经营范围登记机关统一社会信用代码证照编号副本年月日至长期"
    vf = _face(V.ch(rng, ["fang", "song", "song", "kai"]), [sample], rng)
    lf = _face(V.ch(rng, ["hei", "song", "hei"]), [sample], rng)
    landscape = "zheng" in form
    W, H = (2400, 1700) if landscape else (1700, 2400)
    pg = Page(W, H, paper=(0.985, 0.975, 0.955) if rng.random() < 0.5 else (0.99, 0.99, 0.985))
    border = (0.55, 0.42, 0.2) if rng.random() < 0.6 else (0.75, 0.3, 0.25)
    pg.guilloche(60, border, rng)
    size = int(rng.integers(34, 41)) if landscape else 36
    colw = int(rng.integers(620, 900))           # a narrow value column wraps long names and addresses
    d = Doc(pg, rng, lf, vf, size, mode=V.ch(rng, ["ls", "ideo", "ideo"]), width_chars=4 if rng.random() < 0.5 else 5,
            colon=rng.random() < 0.3)
    tf = _face("title", ["营业执照副本"], rng)
    pg.emblem(W // 2, 230, 70)
    pg.text(W // 2, 330, [("营业执照", tf, 110 if landscape else 100, {"letter_spacing": 60})], anchor="ct")
    top = 470
    if "fu" in form:
        pg.text(W // 2, 470, [("（副　本）", lf, 44)], anchor="ct")
        top = 560
    pg.text(160, 170, [("统一社会信用代码", lf, 28)])
    pg.text(160, 215, [(code, F.pick("digits", code, rng) if rng.random() < 0.4 else lf, 34)], field="credit_code")
    d.fields["credit_code"] = code
    pg.text(160, 265, [(f"证照编号：{int(rng.integers(10**13, 10**14))}", lf, 22)])
    pg.qr(W - 380, 150, 200, rng)
    pg.text(W - 280, 365, [("扫描二维码登录\u201c国家企业信用信息公示系统\u201d了解更多登记、备案、许可、监管信息", lf, 15)],
            anchor="ct", width=300, align="center")
    rows_a, rows_b = [], []
    rows_a += [("名称", name, "name"), ("类型", etype, "entity_type"), (rep_label, rep, "legal_representative")]
    if geti:
        rows_a += [("组成形式", "个人经营", None), ("注册日期", V.cn_date(est), "established_date")]
        rows_b += [(addr_label, addr, "address")]
    else:
        rows_b += [("注册资本", cap, "registered_capital")] if kindname == "company" else []
        rows_b += [("成立日期", V.cn_date(est), "established_date"), ("营业期限", term, "valid_to"), (addr_label, addr, "address")]
    truths = {"established_date": f"{est:%Y-%m-%d}", "valid_to": valid_to}
    lw = size * (max(d.wc, 5) + 1.2) if d.mode != "plain" else None
    if form == "fu-grid":
        x0, x1 = 170, W - 170
        y = top + 20
        rows = rows_a + rows_b + [("经营范围", scope_txt, "business_scope")]
        for lab, val, key in rows:
            vw = x1 - x0 - size * 7 - 40
            y_end = d.row(x0 + 20, y + 22, lab, val, key, label_w=size * 7, val_w=vw, truth=truths.get(key), line_spacing=1.2)
            y2 = max(y_end + 22, y + size + 44)
            pg.rect(x0, y, x1, y2 + 2, INK, 2)
            pg.vline(x0 + size * 6.6, y, y2)
            y = y2
    elif landscape:
        colw = int(min(colw, 1300 - 60 - 200 - (lw or size * 7)))
        y = top
        for lab, val, key in rows_a:
            y = d.row(200, y, lab, val, key, label_w=lw, val_w=colw, truth=truths.get(key)) + 38
        y = d.row(200, y, "经营范围", scope_txt, "business_scope", label_w=lw, val_w=colw, line_spacing=1.3) + 38
        y = top
        for lab, val, key in rows_b:
            y = d.row(1300, y, lab, val, key, label_w=lw, val_w=min(colw, 760), truth=truths.get(key)) + 38
    else:
        y = top
        for lab, val, key in rows_a + rows_b:
            y = d.row(200, y, lab, val, key, label_w=lw, val_w=1150, truth=truths.get(key)) + 34
        d.row(200, y, "经营范围", scope_txt, "business_scope", label_w=lw, val_w=1150, line_spacing=1.3)
    if geti:
        d.fields.setdefault("registered_capital", "")
        d.fields.setdefault("valid_to", "")
    d.fields.setdefault("registered_capital", cap)
    sx, sy = W - 520, H - 330
    pg.text(sx - 200, sy - 30, [("登记机关", lf, 34)])
    pg.text(sx + 40, sy + 120, [(V.cn_date(issue, pad=rng.random() < 0.5), lf, 32)])
    pg.seal(sx + 140, sy, 150, authority, _face("song", [authority], rng), rng, "登记专用章" if rng.random() < 0.3 else "")
    pg.text(W // 2, H - 120, [("国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", lf, 20)], anchor="ct")
    pg.text(W // 2, H - 88, [("国家市场监督管理总局监制", lf, 18)], anchor="ct")
    return pg, d.fields, form


# ---------------------------------------------------------------- 食品经营许可证
def food_license(rng):
    form = V.ch(rng, ["2015-fu", "2023-zheng", "2023-fu", "2015-fu"])
    p = V.place(rng)
    ind = V.ch(rng, ["餐饮管理", "贸易", "文化传媒"])
    name = V.company(rng, p, ind, "individual" if rng.random() < 0.35 else "company")
    individual = not name.endswith("公司")
    code = V.uscc(rng, "92" if individual else "91", p[3])
    rep = V.person(rng)
    addr = V.address(rng, p)
    prem = addr if rng.random() < 0.5 else V.address(rng, p, long=True)
    bform = V.ch(rng, V.FOOD_FORMS)
    k = int(rng.integers(1, 4))
    idx = rng.permutation(len(V.FOOD_ITEMS))[:k]
    items = "；".join(V.FOOD_ITEMS[i] for i in sorted(idx))
    lic = "JY" + str(int(rng.integers(1, 3))) + p[3] + f"{int(rng.integers(0, 10**7)):07d}"
    issue = V.date_between(rng, dt.date(2019, 1, 1), dt.date(2026, 11, 20))
    valid_to = V.add_years(issue, 5) - dt.timedelta(days=1)
    dept = f"{p[1] or p[0]}{p[2]}市场监督管理局"
    sample = name + code + rep + addr + prem + bform + items + lic + dept + "食品经营许可证副本经营者名称社会信用代码统一身份证号码法定代表人负责人住所经营场所主体业态经营项目许可证编号有效期至日常监督管理机构人员投诉举报电话发证机关签发人年月日"
    vf = _face(V.ch(rng, ["song", "fang", "kai"]), [sample], rng)
    lf = _face(V.ch(rng, ["hei", "song"]), [sample], rng)
    landscape = form == "2023-zheng"
    W, H = (2400, 1700) if landscape else (1700, 2400)
    pg = Page(W, H, paper=(0.99, 0.985, 0.97))
    pg.guilloche(60, (0.2, 0.45, 0.3) if rng.random() < 0.5 else (0.3, 0.35, 0.6), rng)
    tf = _face("title", ["食品经营许可证副本"], rng)
    pg.emblem(W // 2, 220, 60)
    pg.text(W // 2, 300, [("食品经营许可证", tf, 90, {"letter_spacing": 20})], anchor="ct")
    top = 440
    if "fu" in form:
        pg.text(W // 2, 420, [("（副本）", lf, 40)], anchor="ct")
        top = 520
    size = 34
    d = Doc(pg, rng, lf, vf, size, mode=V.ch(rng, ["plain", "ideo"]), width_chars=6, colon=rng.random() < 0.6)
    code_label = "社会信用代码（身份证号码）" if form.startswith("2015") else "统一社会信用代码"
    rows = [("经营者名称", name, "name"), (code_label, code, "credit_code"), ("法定代表人（负责人）", rep, "legal_representative"),
            ("住所", addr, "address"), ("经营场所", prem, "premises_address"), ("主体业态", bform, "business_form"),
            ("经营项目", items, "business_items")]
    tail = [("有效期至", V.cn_date(valid_to), "valid_to")]
    truths = {"valid_to": f"{valid_to:%Y-%m-%d}"}
    if landscape:
        y = top
        for lab, val, key in rows[:5]:
            y = d.row(180, y, lab, val, key, right=1560, truth=truths.get(key)) + 30
        y2 = top
        x2 = 1640
        for lab, val, key in [("许可证编号", lic, "license_no")] + rows[5:] + tail:
            y2 = d.row(x2, y2, lab, val, key, right=W - 150, truth=truths.get(key), line_spacing=1.2) + 30
    else:
        pg.text(W - 170, top - 10, [("许可证编号：", lf, 32), (lic, vf, 32)], anchor="rt", field="license_no")
        d.fields["license_no"] = lic
        y = top + 80
        for lab, val, key in rows + tail:
            y = d.row(170, y, lab, val, key, right=W - 170, truth=truths.get(key), line_spacing=1.2) + 30
        y += 20
        for lab, val in (("日常监督管理机构", dept), ("日常监督管理人员", V.person(rng) + "、" + V.person(rng)), ("投诉举报电话", "12315")):
            y = d.row(170, y, lab, val) + 26
    sx, sy = W - 480, H - 330
    pg.text(sx - 260, sy - 60, [("发证机关：", lf, 32)])
    pg.text(sx - 260, sy, [("签发人：" + V.person(rng), lf, 30)])
    pg.text(sx - 40, sy + 120, [(V.cn_date(issue), lf, 30)])
    pg.seal(sx + 100, sy, 140, dept, _face("song", [dept], rng), rng)
    pg.qr(160, H - 340, 200, rng)
    d.fields.setdefault("license_no", lic)
    return pg, d.fields, form


# ---------------------------------------------------------------- 公共场所卫生许可证
def health_license(rng):
    form = V.ch(rng, ["free-portrait", "grid-portrait", "free-landscape"])
    p = V.place(rng)
    k = int(rng.integers(1, 3))
    its = [V.HEALTH_ITEMS[i] for i in sorted(rng.permutation(len(V.HEALTH_ITEMS))[:k])]
    sep = V.ch(rng, ["、", "、", "，"])
    items = sep.join(its)
    trade = V.ch(rng, V.TRADE_WORDS) + V.ch(rng, V.TRADE_WORDS)
    name = f"{(p[1] or p[0]).removesuffix('市')}{trade}{V.HEALTH_SUFFIX.get(its[0], '服务')}{V.ch(rng, ['有限公司', '', '管理有限公司'])}"
    rep = V.person(rng)
    addr = V.address(rng, p)
    year = int(rng.integers(2021, 2027))
    start = V.date_between(rng, dt.date(year, 1, 1), min(V.TODAY, dt.date(year, 12, 28)))
    end = V.add_years(start, 4) - dt.timedelta(days=1)
    br = V.ch(rng, [("（", "）"), ("〔", "〕"), ("[", "]")])
    no = f"{p[4]}卫公字{br[0]}{year}{br[1]}第{p[3]}{int(rng.integers(0, 10**6)):06d}号"
    dept = f"{p[1] or p[0]}{p[2]}卫生健康委员会" if rng.random() < 0.5 else f"{p[1] or p[0]}{p[2]}卫生健康局"
    sample = name + rep + addr + items + no + dept + "卫生许可证单位名称法定代表人负责人地址许可项目有效期限自至发证机关年月日"
    vf = _face(V.ch(rng, ["fang", "song", "kai"]), [sample], rng)
    lf = _face(V.ch(rng, ["song", "hei"]), [sample], rng)
    landscape = "landscape" in form
    W, H = (2400, 1700) if landscape else (1700, 2400)
    pg = Page(W, H, paper=(0.99, 0.98, 0.96))
    pg.guilloche(60, (0.6, 0.2, 0.2) if rng.random() < 0.5 else (0.2, 0.35, 0.6), rng)
    tf = _face("title", ["卫生许可证"], rng)
    pg.text(W // 2, 240, [("卫生许可证", tf, 100, {"letter_spacing": 50})], anchor="ct")
    pg.text(W // 2 + (0 if rng.random() < 0.5 else 300), 400, [(no, vf, 34)], anchor="ct", field="license_no")
    size = 38 if landscape else 44
    d = Doc(pg, rng, lf, vf, size, mode=V.ch(rng, ["ls", "ideo", "plain"]), width_chars=4, colon=rng.random() < 0.7)
    d.fields["license_no"] = no
    valid_txt = f"自{V.cn_date(start)}至{V.cn_date(end)}" if rng.random() < 0.7 else f"{V.cn_date(start)}至{V.cn_date(end)}"
    rows = [("单位名称", name, "name"), ("法定代表人（负责人）" if rng.random() < 0.6 else "法定代表人", rep, "legal_representative"),
            ("地址", addr, "address"), ("许可项目", items, "license_items"), ("有效期限", valid_txt, "valid_period")]
    x0 = 180 if not landscape else 400
    y = 540
    lw = size * (max(len(r[0]) for r in rows) + (1.6 if d.colon else 0.8))
    for lab, val, key in rows:
        if form == "grid-portrait":
            y_end = d.row(x0 + 20, y + 24, lab, val, key, label_w=lw + 20, right=W - x0 - 20)
            y2 = max(y_end + 24, y + size + 48)
            pg.rect(x0, y, W - x0, y2 + 2, INK, 2)
            pg.vline(x0 + lw + 20, y, y2)
            y = y2
        else:
            y = d.row(x0, y, lab, val, key, label_w=lw, right=W - x0) + 56
    vb = d.fields.pop("valid_period")
    assert vb
    pg.boxes["valid_from"] = pg.boxes["valid_to"] = pg.boxes.pop("valid_period")
    d.fields["valid_from"], d.fields["valid_to"] = f"{start:%Y-%m-%d}", f"{end:%Y-%m-%d}"
    sx, sy = W - 480, H - 360
    pg.text(sx - 200, sy - 40, [("发证机关", lf, 34)])
    pg.text(sx - 60, sy + 120, [(V.cn_date(start - dt.timedelta(days=int(rng.integers(0, 20)))), lf, 32)])
    pg.seal(sx + 80, sy, 145, dept, _face("song", [dept], rng), rng)
    return pg, d.fields, form


# ---------------------------------------------------------------- ID card
def _card(rng, tint):
    W, H = 1012, 638
    pg = Page(W, H, paper=tint)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    wave = (np.abs(np.sin(xx * 0.045 + np.sin(yy * 0.02) * 3) - np.sin(yy * 0.03)) < 0.04).astype(np.float32)
    pg.ink(wave, 0, 0, (0.55, 0.7, 0.85), 0.25)
    r = 28
    corner = np.zeros((H, W), bool)
    for cy, cx in ((r, r), (r, W - r), (H - r, r), (H - r, W - r)):
        corner |= ((yy - cy) ** 2 + (xx - cx) ** 2 > r * r) & (np.abs(yy - cy) <= r) & (np.abs(xx - cx) <= r) & \
                  (((yy < r) | (yy > H - r)) & ((xx < r) | (xx > W - r)))
    pg.card_mask = ~corner
    return pg


def id_front(rng):
    p = V.place(rng)
    male = rng.random() < 0.5
    birth = V.date_between(rng, dt.date(1950, 1, 1), dt.date(2016, 12, 31))
    name = V.person(rng)
    nation = V.ch(rng, V.NATIONS)
    addr = V.home_address(rng, p)
    idn = V.id_number(p[3], birth, male, rng)
    pg = _card(rng, (0.93, 0.95, 0.97))
    form = V.ch(rng, ["std", "std", "compact"])
    lab = F.pick("hei", "姓名性别民族出生年月日住址公民身份号码", rng)
    val = F.pick("hei", name + addr + nation + "男女", rng)
    num = F.pick("digits", idn, rng) if form == "std" or rng.random() < 0.5 else val
    lc = (0.2, 0.45, 0.65)
    s = 30
    fields = {}
    x0, xv = 80, 200
    pg.text(x0, 70, [("姓　名" if rng.random() < 0.3 else "姓名", lab, s - 4)], color=lc)
    pg.text(xv, 66, [(name, val, s + 4)], field="name")
    pg.text(x0, 140, [("性别", lab, s - 4)], color=lc)
    pg.text(xv, 136, [("男" if male else "女", val, s)], field="sex")
    pg.text(330, 140, [("民族", lab, s - 4)], color=lc)
    pg.text(430, 136, [(nation, val, s)], field="nation")
    pg.text(x0, 210, [("出生", lab, s - 4)], color=lc)
    bx = pg.text(xv, 206, [(str(birth.year), val, s)], field="birth_date")
    x = bx[2] + 14
    pg.text(x, 210, [("年", lab, s - 4)], color=lc)
    x += 56
    b = pg.text(x, 206, [(str(birth.month), val, s)], field="birth_date")
    pg.text(b[2] + 14, 210, [("月", lab, s - 4)], color=lc)
    b = pg.text(b[2] + 70, 206, [(str(birth.day), val, s)], field="birth_date")
    pg.text(b[2] + 14, 210, [("日", lab, s - 4)], color=lc)
    pg.text(x0, 280, [("住址", lab, s - 4)], color=lc)
    pg.text(xv, 276, [(addr, val, s)], field="address", width=s * 11.2, line_spacing=1.25)
    pg.text(x0, 520, [("公民身份号码", lab, s - 4)], color=lc)
    pg.text(380, 512, [(idn, num, 40 if num != val else 36, {"letter_spacing": 4})], field="id_number")
    # photo
    yy, xx = np.mgrid[0:330, 0:250].astype(np.float32)
    head = (((xx - 125) / 70) ** 2 + ((yy - 120) / 90) ** 2 < 1) | ((((xx - 125) / 125) ** 2 + ((yy - 330) / 120) ** 2) < 1)
    pg.ink(head.astype(np.float32), 700, 110, (0.3, 0.28, 0.3), 0.75)
    fields.update(name=name, sex="男" if male else "女", nation=nation, birth_date=f"{birth:%Y-%m-%d}", address=addr, id_number=idn)
    return pg, fields, form


def id_back(rng):
    p = V.place(rng)
    birth = V.date_between(rng, dt.date(1945, 1, 1), dt.date(2016, 12, 31))
    start = V.date_between(rng, max(birth + dt.timedelta(days=365 * 3), dt.date(2008, 1, 1)), dt.date(2026, 11, 1))
    age = start.year - birth.year - ((start.month, start.day) < (birth.month, birth.day))
    years = 5 if age < 16 else 10 if age < 26 else 20 if age < 46 else None
    end = V.add_years(start, years) if years else None
    while end and end < dt.date(2026, 12, 1) and rng.random() < 0.9:        # mostly cards still valid
        start = V.add_years(start, years)
        age = start.year - birth.year
        years = 5 if age < 16 else 10 if age < 26 else 20 if age < 46 else None
        end = V.add_years(start, years) if years else None
    auth = f"{(p[1] or p[0])}公安局{p[2]}分局" if p[1] else f"{p[0]}公安局{p[2]}分局"
    if rng.random() < 0.3:
        auth = f"{p[1] or p[0]}公安局"
    pg = _card(rng, (0.95, 0.95, 0.93))
    form = V.ch(rng, ["std", "dash-wide"])
    lab = F.pick("hei", "签发机关有效期限", rng)
    val = F.pick("hei", auth, rng)
    tf = _face("title", ["中华人民共和国居民身份证"], rng)
    pg.emblem(150, 150, 95)
    pg.text(300, 95, [("中华人民共和国", tf, 46, {"letter_spacing": 14})])
    pg.text(300, 175, [("居民身份证", tf, 64, {"letter_spacing": 18})])
    pg.text(210, 430, [("签发机关", lab, 28)], color=(0.2, 0.2, 0.2))
    pg.text(380, 426, [(auth, val, 32)], field="issuing_authority", width=580)
    sep = "-" if form == "std" else " - "
    vt = f"{start:%Y.%m.%d}{sep}{end:%Y.%m.%d}" if end else f"{start:%Y.%m.%d}{sep}长期"
    pg.text(210, 520, [("有效期限", lab, 28)], color=(0.2, 0.2, 0.2))
    b = pg.text(380, 516, [(vt, val, 32)], field="valid_from")
    pg.boxes["valid_to"] = [b]
    fields = {"issuing_authority": auth, "valid_from": f"{start:%Y-%m-%d}", "valid_to": f"{end:%Y-%m-%d}" if end else "长期"}
    return pg, fields, form


# ---------------------------------------------------------------- negatives
def negative(rng):
    form = V.ch(rng, ["blank", "receipt", "form", "letter", "hukou", "bankcard", "blank", "letter", "form", "receipt"])
    p = V.place(rng)
    if form == "blank":
        pg = Page(1700, 2400, paper=(0.97, 0.97, 0.96))
        if rng.random() < 0.7:          # faint show-through of the printed back, mirrored
            tmp = Page(1700, 2400, paper=(1, 1, 1))
            f = F.pick("song", "办事指南材料清单营业执照复印件身份证", rng)
            for i in range(12):
                tmp.text(180, 200 + i * 150, [("材料清单：营业执照复印件、身份证复印件" if i % 2 else "办事指南", f, 40)])
            ghost = 1 - tmp.img.mean(axis=2)[:, ::-1]
            pg.ink(ghost, 0, 0, (0.6, 0.6, 0.6), 0.12)
        return pg, {}, form
    if form == "receipt":
        pg = Page(720, 1900, paper=(0.97, 0.97, 0.95))
        f = F.pick("hei", "超市购物小票收银员合计找零现金支付宝微信矿泉水面包牛奶纸巾洗衣液苹果元数量单价谢谢惠顾欢迎再次光临", rng)
        lines = [f"{p[2]}{V.ch(rng, V.TRADE_WORDS)}{V.ch(rng, V.TRADE_WORDS)}超市", f"收银员：{int(rng.integers(100, 999))}  2026-11-{int(rng.integers(10, 29))}"]
        for it in rng.permutation(["矿泉水", "面包", "牛奶", "纸巾", "洗衣液", "苹果"])[:5]:
            lines.append(f"{it}  {int(rng.integers(1, 5))}  {rng.uniform(2, 40):.2f}")
        lines += ["合计：" + f"{rng.uniform(30, 200):.2f}元", "支付宝支付", "谢谢惠顾 欢迎再次光临"]
        y = 80
        for ln in lines:
            y = pg.text(60, y, [(ln, f, 34)])[3] + 28
        return pg, {}, form
    if form == "form":
        pg = Page(1700, 2400)
        f = F.pick("song", "公共场所卫生许可申请表申请单位统一社会信用代码法定代表人联系电话单位地址经营场所地址从业人员数申请许可项目住宿沐浴保证书签字公章年月日营业执照名称", rng)
        h = F.pick("hand", "", rng)
        pg.text(850, 160, [("公共场所卫生许可申请表", F.pick("title", "公共场所卫生许可申请表", rng), 60)], anchor="ct")
        y = 320
        rows = ["申请单位", "统一社会信用代码", "法定代表人", "联系电话", "单位地址", "经营场所地址", "从业人员数", "申请许可项目"]
        co = V.company(rng, p, "酒店管理")
        vals = [co, "", V.person(rng), f"13{int(rng.integers(10**8, 10**9))}", V.address(rng, p), "", str(int(rng.integers(5, 60))), "住宿"]
        h = F.pick("hand", "".join(vals), rng)
        for lab, val in zip(rows, vals, strict=False):
            pg.rect(160, y, 1540, y + 110, INK, 2)
            pg.vline(560, y, y + 110)
            pg.text(190, y + 35, [(lab, f, 34)])
            if val:
                pg.text(600, y + 30, [(val, h, 40)], color=BLUE_INK, width=900)
            y += 110
        pg.text(160, y + 80, [("保证书：以上所填内容及提交材料属实，营业执照等复印件与原件一致。", f, 30)], width=1380)
        pg.text(1000, y + 300, [("申请单位（公章）　　年　月　日", f, 30)])
        return pg, {}, form
    if form == "letter":
        pg = Page(1700, 2400)
        f = F.pick("song", "授权委托书兹委托同志身份证号码代表我单位前往市场监督管理局办理营业执照变更登记事宜其在办理过程中所签署的有关文件我单位均予以承认委托期限自年月日至特此委托委托单位盖章受托人", rng)
        co = V.company(rng, p, V.ch(rng, ["科技", "贸易"]))
        who = V.person(rng)
        idn = V.id_number(p[3], V.date_between(rng, dt.date(1970, 1, 1), dt.date(2000, 1, 1)), True, rng)
        pg.text(850, 220, [("授权委托书", F.pick("title", "授权委托书", rng), 70, {"letter_spacing": 20})], anchor="ct")
        body = (f"兹委托{who}同志（身份证号码：{idn}）代表我单位前往{p[1] or p[0]}{p[2]}市场监督管理局办理营业执照变更登记事宜，"
                f"其在办理过程中所签署的有关文件，我单位均予以承认。委托期限自2026年11月{int(rng.integers(1, 28))}日至2026年12月31日。")
        if not F.covers(f, body):
            f = F.pick("song", body, rng)
        pg.text(200, 420, [(body, f, 40)], width=1300, line_spacing=1.6, justify=True)
        pg.text(200, 820, [("特此委托。", f, 40)])
        pg.text(900, 1100, [("委托单位（盖章）：", f, 36)])
        pg.text(900, 1180, [(co, f, 36)], width=700)
        pg.seal(1250, 1200, 150, co, F.pick("song", co, rng), rng)
        pg.text(900, 1400, [("2026年11月" + str(int(rng.integers(1, 28))) + "日", f, 36)])
        return pg, {}, form
    if form == "hukou":
        pg = Page(1700, 1200, paper=(0.96, 0.93, 0.88))
        f = F.pick("song", "常住人口登记卡姓名户主或与户主关系曾用名性别出生地民族籍贯出生日期本市县其他住址宗教信仰公民身份号码身高血型文化程度婚姻状况兵役状况服务处所职业承办人签章登记日期", rng)
        name = V.person(rng)
        birth = V.date_between(rng, dt.date(1960, 1, 1), dt.date(2015, 1, 1))
        male = rng.random() < 0.5
        idn = V.id_number(p[3], birth, male, rng)
        h = F.pick("song", name + p[0] + p[1] + p[2] + "户主妻长子女汉男", rng)
        pg.text(850, 70, [("常住人口登记卡", f, 56, {"letter_spacing": 12})], anchor="ct")
        cells = [("姓名", name), ("户主或与户主关系", V.ch(rng, ["户主", "妻", "长子", "女"])), ("性别", "男" if male else "女"),
                 ("民族", "汉"), ("出生日期", f"{birth.year}年{birth.month}月{birth.day}日"), ("出生地", p[0] + p[1] + p[2]),
                 ("公民身份号码", idn), ("文化程度", V.ch(rng, ["大学本科", "高中", "初中"]))]
        y = 190
        for i in range(0, len(cells), 2):
            for j, (lab, val) in enumerate(cells[i:i + 2]):
                x = 100 + j * 760
                pg.rect(x, y, x + 760, y + 120, (0.5, 0.3, 0.2), 2)
                lb = pg.text(x + 20, y + 40, [(lab, f, 30)], color=(0.45, 0.25, 0.15))
                pg.text(lb[2] + 30, y + 36, [(val, h if not val[:1].isdigit() else F.pick("song", val, rng), 36)])
            y += 120
        pg.text(1000, y + 120, [("承办人签章：", f, 30)], color=(0.45, 0.25, 0.15))
        return pg, {}, form
    pg = _card(rng, (0.2, 0.3, 0.55))
    bank = V.ch(rng, ["中国工商银行", "招商银行", "中国建设银行", "中国农业银行", "交通银行"])
    f = F.pick("hei", bank + "银联借记卡", rng)
    pg.text(80, 70, [(bank, f, 48)], color=(0.95, 0.95, 0.95))
    digits = "62" + "".join(str(int(rng.integers(10))) for _ in range(14))
    pg.text(90, 370, [(" ".join(digits[i:i + 4] for i in range(0, 16, 4)), F.pick("digits", digits, rng), 56, {"letter_spacing": 3})],
            color=(0.92, 0.9, 0.8))
    pg.text(800, 520, [("银联", f, 40)], color=(0.9, 0.2, 0.2))
    return pg, {}, form
