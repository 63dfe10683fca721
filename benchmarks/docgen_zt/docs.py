"""Family ZT's documents: the values of one document and its page program (pages.Doc), per kind."""

from __future__ import annotations

import datetime as dt
import math
import random

from benchmarks.docgen_zt import values as V
from benchmarks.docgen_zt.pages import MM, Doc, Face, signature

A4 = (210 * MM, 297 * MM)
A3L = (420 * MM, 297 * MM)
CARD = (85.6 * MM, 54 * MM)
TODAY = dt.date(2026, 11, 20)


def F(value: str) -> dict:
    return {"value": value, "unreadable": False}


def _authority(reg) -> str:
    pre, city, dist, code, short, prov = reg
    if dist:
        return f"{city}{dist}市场监督管理局" if city != prov else f"{prov}{dist}市场监督管理局"
    return f"{city}市场监督管理局"


def _rows(d: Doc, rows, x, y, lw, vx, right, lf, vf, size, lead, gap, label_color="111111"):
    """Label (spread over lw) and value (wrapped between vx and right) rows from y down; returns y."""
    for label, value, field in rows:
        d.spread(x, y, label, lf, size, lw, label_color)
        if value:
            y = d.para(vx, y, value, vf, size, right - vx, lead, field=field)
        else:
            y += lead
        y += gap
    return y


# ---------------------------------------------------------------- business licence (2019 national template)
def business_license(r: random.Random, variant: str) -> tuple[Doc, dict, str]:
    form = variant.split("-")[1]         # company / branch / partnership / individual
    layout = variant.split("-")[0]       # zb (正本, A3 landscape) / fb (副本, A4 portrait)
    reg = V.region(r)
    addr, _ = V.street_address(r, reg, long=True)
    word = r.choice(V.SHOP_WORDS)
    trade, scope_src = r.choice(V.TRADES)
    city_word = (reg[1] or reg[5]).removesuffix("市")
    est = V.rand_date(r, 2003, 2025)
    boss = V.person(r)
    scope = V.business_scope(r, scope_src)
    code = V.uscc(r, reg[3], "individual" if form == "individual" else "company")
    cap, valid_to, term = "", "", None
    if form == "company":
        name = f"{city_word}{word}{trade}有限公司" if r.random() < 0.6 else f"{city_word}市{word}{trade}有限公司"
        etype = r.choice(["有限责任公司(自然人独资)", "有限责任公司(自然人投资或控股)", "其他有限责任公司",
                          "有限责任公司（非自然人投资或控股的法人独资）", "股份有限公司(非上市、自然人投资或控股)"])
        wan = r.choice([10, 50, 100, 200, 300, 500, 800, 1000, 1050, 2000, 5000, 3080])
        cap = r.choice([f"{wan}万元整", f"人民币{V.capital_upper(wan)}", f"{V.capital_upper(wan)}", f"{wan}万元人民币"])
        rep_label, addr_label = "法定代表人", "住所"
        term = "长期" if r.random() < 0.6 else V.add_years(est, r.choice([10, 20, 30])) - dt.timedelta(days=1)
    elif form == "branch":
        name = f"{city_word}{word}{trade}有限公司{reg[2] or reg[1]}分公司"
        etype = r.choice(["有限责任公司分公司(自然人投资或控股)", "其他有限责任公司分公司", "有限责任公司分公司(自然人独资)"])
        rep_label, addr_label = "负责人", "营业场所"
        term = "长期" if r.random() < 0.7 else V.add_years(est, 20) - dt.timedelta(days=1)
    elif form == "partnership":
        name = f"{city_word}{word}{r.choice(['企业管理咨询', '投资管理', '餐饮管理', '文化传播'])}合伙企业（{r.choice(['有限合伙', '普通合伙'])}）"
        etype = "有限合伙企业" if "有限合伙" in name else "普通合伙企业"
        rep_label, addr_label = "执行事务合伙人", "主要经营场所"
        term = "长期" if r.random() < 0.5 else V.add_years(est, r.choice([10, 20])) - dt.timedelta(days=1)
    else:
        name = f"{city_word}{reg[2] or ''}{word}{r.choice(['便利店', '小吃店', '五金店', '理发店', '水果店', '服装店', '面馆'])}"
        if r.random() < 0.3:
            name = f"{reg[2] or city_word}{boss}{r.choice(['日用品店', '百货店', '汽车修理部'])}"
        etype = "个体工商户"
        rep_label, addr_label = "经营者", "经营场所"
        scope = scope.split("。")[0].removeprefix("一般项目：") + "。"
    if isinstance(term, dt.date):
        valid_to = term.isoformat()
        term_text = f"{V.date_cn(est)}至{V.date_cn(term)}"
    elif term == "长期":
        valid_to = "长期"
        term_text = f"{V.date_cn(est)}至长期"
    fields = {"name": F(name), "credit_code": F(code), "entity_type": F(etype), "legal_representative": F(boss),
              "registered_capital": F(cap), "established_date": F(est.isoformat()), "address": F(addr),
              "business_scope": F(scope), "valid_to": F(valid_to)}
    lf, vf = r.choice(["zenhei", "microhei", "uming"]), r.choice(["gbsn", "uming", "gkai", "zenhei"])
    w, h = A3L if layout == "zb" else A4
    d = Doc(w, h, "business_license")
    band = 18 if layout == "fb" else 24
    gcol = r.choice(["B88A3C", "C7A15A", "A8783A"])
    d.guilloche(r, 14, 14, w - 14, h - 14, band, gcol)
    d.emblem(w / 2, 78 if layout == "fb" else 92, 30 if layout == "fb" else 40)
    ty = 160 if layout == "fb" else 190
    title_size = 40 if layout == "fb" else 58
    tf = r.choice(["zenhei", "gbsn", "uming"])
    d.spread(w / 2 - (150 if layout == "fb" else 210), ty, "营业执照", tf, title_size, 300 if layout == "fb" else 420)
    if layout == "fb":
        d.text(w / 2 - 40, ty + 28, "（副　本）", lf, 15)
    d.text(50, 100 if layout == "fb" else 115, "统一社会信用代码", lf, 10.5)
    d.text(50, 118 if layout == "fb" else 136, code, "mono" if r.random() < 0.5 else vf, 12.5, field="credit_code")
    if layout == "fb":
        d.text(50, 134, f"副本编号：1-{r.randint(1, 3)}", lf, 9)
    qs = 62 if layout == "fb" else 80
    qx = w - 50 - qs
    d.qr(qx, 60 if layout == "fb" else 70, qs, f"http://www.gsxt.gov.cn/index.html?uniscid={code}")
    d.text(qx - 30, (60 if layout == "fb" else 70) + qs + 12, "扫描二维码登录“国家企业", "zenhei", 6.5)
    d.text(qx - 30, (60 if layout == "fb" else 70) + qs + 21, "信用信息公示系统”了解更多", "zenhei", 6.5)
    d.text(qx - 30, (60 if layout == "fb" else 70) + qs + 30, "登记、备案、许可、监管信息。", lf, 6.5)
    size = r.choice([11.5, 12, 12.5]) if layout == "fb" else r.choice([14, 15])
    lead = size * r.uniform(1.45, 1.7)
    cap_row = [("注册资本", cap, "registered_capital")] if form == "company" else []
    term_label = "合伙期限" if form == "partnership" else "营业期限"
    term_row = [(term_label, term_text, "valid_to")] if term else []
    date_label = "注册日期" if form == "individual" else "成立日期"
    left = [("名称", name, "name"), ("类型", etype, "entity_type"), (rep_label, boss, "legal_representative")]
    if form == "individual":
        left.append(("组成形式", r.choice(["个人经营", "家庭经营"]), None))
    right = cap_row + [(date_label, V.date_cn(est), "established_date")] + term_row + [(addr_label, addr, "address")]
    lw = size * 6 if len(rep_label) > 5 or len(addr_label) > 4 else size * 5
    if layout == "zb":
        y0 = ty + 60
        x1, x2 = 80, w / 2 + 40
        yl = _rows(d, left, x1, y0, lw, x1 + lw + 16, x2 - 30, lf, vf, size, lead, 8)
        d.spread(x1, yl, "经营范围", lf, size, lw)
        d.para(x1 + lw + 16, yl, scope, vf, size, x2 - 30 - x1 - lw - 16, lead, field="business_scope", maxlines=14)
        _rows(d, right, x2, y0, lw, x2 + lw + 16, w - 70, lf, vf, size, lead, 8)
        sx, sy = w - 230, h - 150
    else:
        y0 = ty + 62
        x1 = 62
        vx = x1 + lw + 14
        rows = left + right
        y = _rows(d, rows, x1, y0, lw, vx, w - 60, lf, vf, size, lead, 4)
        d.spread(x1, y, "经营范围", lf, size, lw)
        d.para(vx, y, scope, vf, size, w - 60 - vx, lead, field="business_scope", maxlines=12)
        sx, sy = w - 175, h - 118
    issue = V.rand_date(r, max(est.year, 2019), 2026)
    if issue < est:
        issue = est
    d.spread(sx - 70, sy, "登记机关", lf, size, size * 5)
    auth = _authority(reg)
    d.seal(sx + 40, sy - 12, 46 if layout == "fb" else 56, auth, r.choice(["zenhei", "gbsn", "uming"]), rot=r.uniform(-15, 15))
    d.text(sx, sy + 30, V.date_cn(issue), vf, size)
    foot = h - 36 if layout == "fb" else h - 44
    d.text(50, foot, "国家企业信用信息公示系统网址：", lf, 7.5)
    d.text(50 + 7.5 * 15, foot, "http://www.gsxt.gov.cn", "sans", 7.5)
    d.text(w / 2 - 60, foot + 10, "国家市场监督管理总局监制", lf, 7.5)
    d.text(50, foot - 11, "市场主体应当于每年1月1日至6月30日通过国家企业信用信息公示系统报送公示年度报告。", lf, 7)
    return d, fields, f"{layout}-{form}"


# ---------------------------------------------------------------- 居民身份证
def id_front(r: random.Random) -> tuple[Doc, dict, str]:
    reg = V.region(r)
    nation = r.choice(V.NATIONS)
    sex = r.choice("男女")
    name = V.person(r, nation)
    birth = V.rand_date(r, 1950, 2008)
    addr, _ = V.street_address(r, reg)
    if r.random() < 0.3:
        addr = f"{reg[0]}{reg[1]}{reg[2]}{r.choice(['城关', '新华', '东风'])}镇{r.choice(['前进', '红旗', '和平', '团结'])}村{r.randint(1, 12)}组{r.randint(1, 99)}号"
    idn = V.id_number(r, reg[3], birth, sex)
    w, h = CARD
    d = Doc(w, h, "id_card_front")
    d.rect(0, 0, w, h, 0.0, "FFFFFF", fill="EEF1EC")
    for k in range(14):
        pts = [(x, 20 + k * 9 + 4 * math.sin(x / 11 + k)) for x in range(0, int(w) + 1, 3)]
        d.poly(pts, 0.25, "BFD3DA")
    lf = r.choice(["zenhei", "microhei"])
    vf = r.choice(["zenhei", "microhei", "uming"])
    lc = "1E6FA8"
    s = 8.6
    d.text(15, 27, "姓　名", lf, 7, lc)
    d.text(43, 27, name, vf, s + 1.5, field="name")
    d.text(15, 46, "性　别", lf, 7, lc)
    d.text(43, 46, sex, vf, s, field="sex")
    d.text(72, 46, "民　族", lf, 7, lc)
    d.text(100, 46, nation, vf, s, field="nation")
    d.text(15, 64, "出　生", lf, 7, lc)
    x = 43
    for part, col, fld in ((str(birth.year), "111111", "birth_date"), ("年", lc, None), (str(birth.month), "111111", "birth_date"),
                           ("月", lc, None), (str(birth.day), "111111", "birth_date"), ("日", lc, None)):
        x += d.text(x, 64, part, vf, s, col, field=fld) + 3
    d.text(15, 83, "住　址", lf, 7, lc)
    d.para(43, 83, addr, vf, s, 112, s * 1.45, field="address", maxlines=4)
    d.text(15, 137, "公民身份号码", lf, 7, lc)
    d.text(70, 137, idn, "mono", 10.5, cs=0.9, field="id_number")
    # portrait: head and shoulders as paths
    px, py = 160, 24
    d.rect(px, py, 68, 86, 0, "FFFFFF", fill="E4E8EA")
    d.circle(px + 34, py + 34, 16, 0.5, "5A4A42", fill="6B5A50")
    d.poly([(px + 6, py + 86), (px + 14, py + 62), (px + 34, py + 54), (px + 54, py + 62), (px + 62, py + 86)],
           0.5, "2F3E55", closed=True, fill="2F3E55")
    fields = {"name": F(name), "sex": F(sex), "nation": F(nation), "birth_date": F(birth.isoformat()),
              "address": F(addr), "id_number": F(idn)}
    return d, fields, "front"


def id_back(r: random.Random) -> tuple[Doc, dict, str]:
    reg = V.region(r)
    pre, city, dist, code, short, prov = reg
    if dist.endswith("市"):
        auth = f"{dist}公安局"
    elif dist and r.random() < 0.75:
        auth = f"{city}公安局{dist}分局"
    else:
        auth = f"{city}公安局"
    start = V.rand_date(r, 2006, 2025)
    age = r.randint(17, 70)
    yrs = 10 if age < 26 else 20 if age < 46 else None
    end = V.add_years(start, yrs) if yrs else None
    w, h = CARD
    d = Doc(w, h, "id_card_back")
    d.rect(0, 0, w, h, 0.0, "FFFFFF", fill="EDF0EA")
    for k in range(24):
        a = k * math.pi / 12
        pts = [(w * 0.62 + 45 * math.cos(t / 20) * math.cos(a) + 12 * math.sin(t / 7),
                h * 0.45 + 30 * math.sin(t / 20) * math.sin(a + t / 60)) for t in range(0, 126, 2)]
        d.poly(pts, 0.25, "C9D9C8")
    d.emblem(36, 36, 22)
    hf = r.choice(["zenhei", "microhei", "uming"])
    d.spread(75, 36, "中华人民共和国", hf, 12.5, 140)
    d.spread(75, 68, "居民身份证", hf, 18, 140)
    lf, vf = r.choice(["zenhei", "microhei"]), r.choice(["zenhei", "microhei", "uming"])
    d.text(40, 114, "签发机关", lf, 7.5)
    d.text(82, 114, auth, vf, 8.6, field="issuing_authority")
    d.text(40, 134, "有效期限", lf, 7.5)
    if end is None:
        d.text(82, 134, f"{start:%Y.%m.%d}-", "mono", 8.6, field="valid_from")
        d.text(82 + Face.get("mono").width(f"{start:%Y.%m.%d}-", 8.6), 134, "长期", vf, 8.6, field="valid_to")
    else:
        d.text(82, 134, f"{start:%Y.%m.%d}", "mono", 8.6, field="valid_from")
        x2 = 82 + Face.get("mono").width(f"{start:%Y.%m.%d}", 8.6)
        x2 += d.text(x2, 134, "-", "mono", 8.6)
        d.text(x2, 134, f"{end:%Y.%m.%d}", "mono", 8.6, field="valid_to")
    fields = {"issuing_authority": F(auth), "valid_from": F(start.isoformat()),
              "valid_to": F(end.isoformat() if end else "长期")}
    return d, fields, "back-long" if end is None else "back"


# ---------------------------------------------------------------- 卫生许可证
def health_license(r: random.Random) -> tuple[Doc, dict, str]:
    reg = V.region(r)
    pre, city, dist, code, short, prov = reg
    addr, _ = V.street_address(r, reg)
    place = r.choice(V.HEALTH_PLACES)
    word = r.choice(V.SHOP_WORDS)
    name = f"{(city or prov).removesuffix('市')}{word}{place}" + (r.choice(["有限公司", "", "（普通合伙）"]) if place not in ("商场",) else "有限公司")
    boss = V.person(r)
    items = "、".join(r.sample(V.HEALTH_ITEMS[:8], r.choice([1, 1, 2])))
    year = r.randint(2020, 2026)
    br = r.choice([("（", "）"), ("〔", "〕"), ("[", "]")])
    no = f"{short}卫公字{br[0]}{year}{br[1]}第{code}{r.randint(0, 999999):06d}号"
    vfrom = V.rand_date(r, year, year)
    vto = V.add_years(vfrom, 4) - dt.timedelta(days=1)
    w, h = A4
    d = Doc(w, h, "public_health_license")
    gcol = r.choice(["2E6DB4", "3C8D5A", "B88A3C"])
    d.guilloche(r, 18, 18, w - 18, h - 18, 16, gcol)
    tf = r.choice(["zenhei", "gbsn", "uming"])
    d.spread(w / 2 - 140, 150, "卫生许可证", tf, 44, 280, "B01E23" if r.random() < 0.5 else "111111")
    lf, vf = r.choice(["zenhei", "microhei", "uming"]), r.choice(["gbsn", "uming", "gkai"])
    size = r.choice([12.5, 13, 14])
    d.text(w - 60 - 13 * (len(no) * 0.78), 200, no, vf, 13, field="license_no")
    lw = size * 7.2
    rows = [("单位名称", name, "name"), ("法定代表人（负责人）", boss, "legal_representative"), ("地址", addr, "address"),
            ("许可项目", items, "license_items")]
    y = _rows(d, rows, 60, 260, lw, 60 + lw + 14, w - 60, lf, vf, size, size * 1.6, 14)
    d.spread(60, y, "有效期限", lf, size, lw)
    d.text(60 + lw + 14, y, f"自{V.date_cn(vfrom)}至{V.date_cn(vto)}", vf, size, field="valid_from")
    d.boxes["valid_to"] = d.boxes["valid_from"]
    auth = f"{city}{dist}卫生健康委员会" if dist else f"{city}卫生健康委员会"
    d.text(w - 270, h - 130, f"发证机关：{auth}", lf, 11)
    d.seal(w - 150, h - 140, 46, auth, r.choice(["zenhei", "gbsn"]), rot=r.uniform(-20, 20))
    d.text(w - 210, h - 100, V.date_cn(vfrom), vf, 12)
    d.text(60, h - 60, "本证在有效期内须按规定复核，涂改、转让无效。", lf, 8.5)
    fields = {"license_no": F(no), "name": F(name), "legal_representative": F(boss), "address": F(addr),
              "license_items": F(items), "valid_from": F(vfrom.isoformat()), "valid_to": F(vto.isoformat())}
    return d, fields, "a4"


# ---------------------------------------------------------------- 食品经营许可证
def food_license(r: random.Random, variant: str) -> tuple[Doc, dict, str]:
    reg = V.region(r)
    pre, city, dist, code, short, prov = reg
    addr, _ = V.street_address(r, reg)
    prem = addr if r.random() < 0.55 else V.street_address(r, reg)[0]
    form = r.choice(V.FOOD_FORMS)
    word = r.choice(V.SHOP_WORDS)
    kindw = "餐饮店" if "餐饮" in form else "超市" if "超市" in form else "便利店" if "便利" in form else "食品店"
    name = f"{(city or prov).removesuffix('市')}{word}{r.choice([kindw, '餐饮管理有限公司', '商贸有限公司', kindw])}"
    if "食堂" in form:
        name = f"{(city or prov).removesuffix('市')}{r.choice(['第一中学', '实验小学', '人民医院', '职业技术学院'])}"
    boss = V.person(r)
    ccode = V.uscc(r, code, r.choice(["company", "individual"]))
    items = "；".join(r.sample(V.FOOD_ITEMS, r.randint(1, 4)))
    no = f"JY{r.choice('123')}{code}{r.randint(0, 99999999):08d}"[:16]
    issue = V.rand_date(r, 2019, 2025)
    vto = V.add_years(issue, 5) - dt.timedelta(days=1)
    layout = variant
    w, h = A4 if layout == "fb" else (297 * MM, 210 * MM)
    d = Doc(w, h, "food_business_license")
    d.guilloche(r, 16, 16, w - 16, h - 16, 16, r.choice(["3C8D5A", "2E6DB4"]))
    tf = r.choice(["zenhei", "gbsn", "uming"])
    d.spread(w / 2 - 150, 100, "食品经营许可证", tf, 34, 300)
    if layout == "fb":
        d.text(w / 2 - 40, 128, "（副　本）", "zenhei", 14)
    lf, vf = r.choice(["zenhei", "microhei", "uming"]), r.choice(["gbsn", "uming", "gkai", "zenhei"])
    size = r.choice([11, 11.5, 12])
    lw = size * 9.5
    rows = [("经营者名称", name, "name"), ("社会信用代码（身份证号码）", ccode, "credit_code"),
            ("法定代表人（负责人）", boss, "legal_representative"), ("住所", addr, "address"),
            ("经营场所", prem, "premises_address"), ("主体业态", form, "business_form"),
            ("经营项目", items, "business_items")]
    right = [("许可证编号", no, "license_no"), ("日常监督管理机构", f"{dist or city}市场监督管理局", None),
             ("日常监督管理人员", V.person(r), None), ("投诉举报电话", "12315", None), ("有效期至", V.date_cn(vto), "valid_to")]
    if layout == "fb":
        y = _rows(d, rows + right, 55, 170, lw, 55 + lw + 10, w - 55, lf, vf, size, size * 1.5, 7)
        sx, sy = w - 170, max(y + 40, h - 140)
    else:
        _rows(d, rows, 45, 150, lw, 45 + lw + 8, w / 2 + 70, lf, vf, size, size * 1.5, 6)
        _rows(d, right, w / 2 + 95, 150, size * 8, w / 2 + 95 + size * 8 + 8, w - 45, lf, vf, size, size * 1.5, 6)
        sx, sy = w - 170, h - 90
    auth = f"{city}{dist}市场监督管理局" if dist else f"{city}市场监督管理局"
    d.text(sx - 90, sy - 20, f"发证机关：{auth}", lf, 10)
    d.text(sx - 90, sy - 5, f"签发人：{V.person(r)}", lf, 10)
    d.seal(sx + 40, sy - 15, 44, auth, r.choice(["zenhei", "gbsn"]), rot=r.uniform(-20, 20))
    d.text(sx - 20, sy + 14, V.date_cn(issue), vf, 11)
    fields = {"license_no": F(no), "name": F(name), "credit_code": F(ccode), "legal_representative": F(boss),
              "address": F(addr), "premises_address": F(prem), "business_form": F(form), "business_items": F(items),
              "valid_to": F(vto.isoformat())}
    return d, fields, layout


# ---------------------------------------------------------------- negatives
def other(r: random.Random, variant: str) -> tuple[Doc, dict, str]:
    w, h = A4
    d = Doc(w, h, "other")
    lf, vf = r.choice(["zenhei", "microhei", "uming"]), r.choice(["gbsn", "uming", "gkai"])
    reg = V.region(r)
    if variant == "blank":
        d.rect(0, 0, w, h, 0, "FFFFFF", fill="FFFFFF")
        if r.random() < 0.5:
            d.text(w / 2 - 8, h - 30, str(r.randint(1, 9)), "sans", 9)
    elif variant == "receipt":
        d.spread(w / 2 - 70, 90, "收款收据", lf, 22, 140)
        d.text(w - 200, 120, f"No. {r.randint(1000000, 9999999)}", "sans", 11, "B01E23")
        d.text(60, 150, f"日期：{V.date_cn(V.rand_date(r, 2024, 2026))}", vf, 11)
        y = 170
        for lab in ("交款单位", "收款事由", "金额（大写）", "金额（小写）"):
            d.rect(60, y, w - 120, 30, 0.7)
            d.text(68, y + 20, lab, lf, 11)
            y += 30
        d.text(180, 190, V.person(r), vf, 12)
        d.text(180, 220, r.choice(["复印费", "工本费", "资料费", "停车费"]), vf, 12)
        n = r.randint(2, 300)
        d.text(180, 250, V.capital_upper(n).replace("万元整", "元整"), vf, 12)
        d.text(180, 280, f"¥{n}.00", "sans", 12)
        d.seal(w - 140, 330, 40, f"{reg[1]}{r.choice(V.SHOP_WORDS)}商贸有限公司", "zenhei", bottom="财务专用章")
    elif variant == "form":
        d.spread(w / 2 - 170, 90, "个体工商户登记（备案）申请书", lf, 18, 340)
        y = 130
        for lab in ("名称", "经营者姓名", "身份证件号码", "经营场所", "组成形式", "经营范围", "从业人数", "联系电话", "资金数额"):
            d.rect(55, y, w - 110, 44, 0.7)
            d.line(170, y, 170, y + 44)
            d.text(62, y + 27, lab, lf, 11)
            y += 44
        d.para(60, y + 30, "本人承诺：所提交的材料真实有效，谨此对真实性承担责任。", vf, 11, w - 120, 17)
        d.text(60, y + 80, "经营者签字：", lf, 11)
        d.text(w - 220, y + 80, "年　　月　　日", lf, 11)
    elif variant == "letter":
        person = V.person(r)
        comp = f"{reg[1]}{r.choice(V.SHOP_WORDS)}{r.choice(V.TRADES)[0]}有限公司"
        d.spread(w / 2 - 60, 100, "授权委托书", lf, 20, 120)
        body = (f"兹委托{person}（身份证号码见附件复印件）代表我单位{comp}前往政务服务中心办理营业执照变更登记及"
                f"食品经营许可证延续手续，并代为领取相关证照。受托人在办理上述事项过程中签署的有关文件，我单位均予以承认。"
                f"委托期限自即日起三十日内有效。附：营业执照副本复印件一份（加盖公章）、受托人身份证复印件一份。")
        d.text(60, 150, "政务服务中心：", vf, 13)
        d.para(86, 180, body, vf, 13, w - 146, 24, first=w - 172)
        d.text(w - 260, 420, f"委托单位（盖章）：{comp}", vf, 12)
        d.seal(w - 150, 400, 44, comp, "zenhei")
        d.text(w - 200, 450, V.date_cn(V.rand_date(r, 2025, 2026)), vf, 12)
    else:  # certificate
        d.guilloche(r, 24, 24, w - 24, h - 24, 20, "C7A15A")
        d.spread(w / 2 - 120, 170, r.choice(["荣誉证书", "结业证书", "培训合格证"]), r.choice(["zenhei", "gbsn"]), 40, 240, "B01E23")
        body = (f"{V.person(r)}同志在{V.rand_date(r, 2024, 2026).year}年度“食品安全管理员”培训中，"
                f"完成全部课程并考核合格，特发此证。")
        d.para(80, 300, body, vf, 16, w - 160, 30, first=w - 192)
        d.seal(w - 170, h - 220, 48, f"{reg[1]}{r.choice(['餐饮行业协会', '职业技能培训中心', '食品安全协会'])}", "zenhei")
        d.text(w - 230, h - 180, V.date_cn(V.rand_date(r, 2024, 2026)), vf, 14)
    return d, {}, variant


# ---------------------------------------------------------------- marks drawn on the page
def add_marks(d: Doc, r: random.Random, marks: list[str]) -> None:
    w, h = d.w, d.h
    if "watermark" in marks:
        use = r.choice(["仅供办理工商登记使用", "仅供办理食品经营许可使用", "仅供政务服务中心存档使用，他用无效", "仅供本次业务办理使用"])
        f = r.choice(["zenhei", "microhei"])
        step = max(w, h) / 3
        for i in range(-1, 3):
            for j in range(0, 3):
                x, y = i * step + j * 60 + 40, 140 + j * step * 0.6 + i * 90
                d.text(x, y, use, f, max(w, h) / 32, "7A7A7A", rot=30, op=0.35)
    if "copy_note" in marks:
        x, y = r.uniform(0.45, 0.6) * w, r.uniform(0.72, 0.86) * h
        col = r.choice(["1F3A93", "222222", "0A4FA0"])
        s = max(w, h) / 36
        d.text(x, y, "复印件与原件一致", r.choice(["wenkai", "gkai"]), s, col, rot=r.uniform(-6, 6))
        signature(d, r, x + s * 2, y + s * 1.8, V.person(r), col)
        d.text(x + s * 2, y + s * 3.2, f"{r.randint(2025, 2026)}.{r.randint(1, 12)}.{r.randint(1, 28)}", "wenkai", s * 0.8, col)
    if "stamp" in marks:
        d.seal(r.uniform(0.2, 0.5) * w, r.uniform(0.3, 0.8) * h, max(w, h) / 12,
               f"{r.choice(V.REGIONS)[2][0][0]}政务服务中心", "zenhei", bottom="业务专用章", op=0.55, rot=r.uniform(-30, 30))
