"""Family N's documents drawn on a matplotlib page: each builder returns the page, the truth fields
(values exactly as printed, rows joined) and a variant name. Layouts are this family's own, written
from what the real forms print (2nd-gen ID card, 2019 营业执照 正本/副本, 公共场所卫生许可证,
2023 食品经营许可证 正本/副本) and from nothing another generator drew."""

from __future__ import annotations

import datetime as dt
import random

from benchmarks.docgen_n import values as V
from benchmarks.docgen_n.page import PT, Page

TODAY = dt.date(2026, 12, 4)
LABEL_BLUE = "#2c6aa5"


def _fields(**kw) -> dict:
    return {k: {"value": v, "unreadable": False} for k, v in kw.items()}


# --------------------------------------------------------------------------------- ID cards
def _card(ppm: float) -> Page:
    p = Page(85.6, 54.0, ppm, bg="#f4f2ea")
    return p


def id_front(rng: random.Random, ppm: float, rare: bool) -> tuple[Page, dict, str]:
    region = rng.choice(V.REGIONS)
    male = rng.random() < 0.5
    birth = V.date_between(rng, dt.date(1950, 1, 1), dt.date(2008, 12, 31))
    name = V.person(rng, rare)
    nation = rng.choice(V.NATIONS)
    addr = region[1] + V.street_address(rng, region)
    idn = V.id_number(region[0], birth, male, rng)
    p = _card(ppm)
    p.guilloche(2, 2, 81.6, 50, "#9cc3b8", n=14, lw=0.2, seed=rng.random() * 6)
    lab, val = "microhei", "serif_light"
    vb = rng.choice([0.0, 0.25])
    p.text(6.5, 10.5, "姓名", lab, 7.2, LABEL_BLUE)
    p.text(16.5, 10.8, name, val, 11, key="name", bold=vb + 0.2)
    p.text(6.5, 17.5, "性别", lab, 7.2, LABEL_BLUE)
    p.text(16.5, 17.6, "男" if male else "女", val, 9.5, key="sex", bold=vb)
    p.text(29.5, 17.5, "民族", lab, 7.2, LABEL_BLUE)
    p.text(39.5, 17.6, nation, val, 9.5, key="nation", bold=vb)
    p.text(6.5, 24.5, "出生", lab, 7.2, LABEL_BLUE)
    x = 16.5
    for part, unit in ((str(birth.year), "年"), (str(birth.month), "月"), (str(birth.day), "日")):
        x += p.text(x, 24.6, part, val, 9.5, key="birth_date", bold=vb) + 1.2
        x += p.text(x, 24.5, unit, lab, 7.2, LABEL_BLUE) + 1.6
    p.text(6.5, 31.5, "住址", lab, 7.2, LABEL_BLUE)
    p.block(16.5, 31.6, addr, val, 9.2, 36.5, 4.7, key="address", bold=vb)
    p.text(6.5, 47.8, "公民身份号码", lab, 7.2, LABEL_BLUE)
    x = 29.0
    for ch in idn:
        x += p.text(x, 48.1, ch, "mono", 10.2, key="id_number") + 0.35
    # photo
    p.rect(58.5, 8.5, 22.5, 29, lw=0, edge="none", face="#dfe3e6")
    p.circle(69.7, 18.5, 5.4, lw=0, edge="none", face="#7b7f86")
    p.ellipse(69.7, 37.5, 20, 15, "#5e6168")
    f = _fields(name=name, sex="男" if male else "女", nation=nation, birth_date=birth.isoformat(), address=addr,
                id_number=idn)
    return p, f, "front-rare" if rare else "front"


def id_back(rng: random.Random, ppm: float) -> tuple[Page, dict, str]:
    region = rng.choice(V.REGIONS)
    birth = V.date_between(rng, dt.date(1945, 1, 1), dt.date(2008, 1, 1))
    issued = V.date_between(rng, max(birth + dt.timedelta(days=365 * 16), dt.date(2006, 1, 1)), dt.date(2026, 10, 1))
    term = V.id_term(birth, issued)
    if term != "长期" and V.add_years(issued, term) < TODAY:
        issued = V.date_between(rng, dt.date(2019, 1, 1), dt.date(2026, 10, 1))
        term = V.id_term(birth, issued)
    to = "长期" if term == "长期" else V.add_years(issued, term).isoformat()
    p = _card(ppm)
    p.guilloche(2, 2, 81.6, 50, "#c9b5c9", n=12, lw=0.2, seed=rng.random() * 6)
    p.circle(14.5, 13.5, 8.2, lw=0.9, edge="#c3302c", face="#d8443c")
    p.star(14.5, 12.5, 4.2, "#f2c94c")
    for i in range(4):
        p.star(9.5 + i * 3.3, 18.2 - abs(1.5 - i) * 1.2, 0.9, "#f2c94c")
    p.text(30, 13, "中华人民共和国", "sans_medium", 12.5, "#222222")
    p.spread(30, 25.5, "居民身份证", "sans_medium", 17, 44, "#222222")
    lab, val = "microhei", "serif_light"
    auth = region[2]
    p.text(14, 41.2, "签发机关", lab, 7.5, LABEL_BLUE)
    p.block(29.5, 41.4, auth, val, 9.2, 50, 4.4, key="issuing_authority", bold=0.2)
    p.text(14, 48.6, "有效期限", lab, 7.5, LABEL_BLUE)
    printed = f"{issued:%Y.%m.%d}-" + ("长期" if to == "长期" else f"{V.add_years(issued, term):%Y.%m.%d}")
    p.text(29.5, 48.8, printed, val, 9.2, key="valid", bold=0.2)
    f = _fields(issuing_authority=auth, valid_from=issued.isoformat(), valid_to=to)
    return p, f, "back-long" if to == "长期" else "back"


# ------------------------------------------------------------------------------ business licence
ENTITY = ["company", "company", "company", "foreign", "branch", "partnership", "individual", "individual_noname",
          "long_name", "bracket_name"]


def _licence_values(rng: random.Random, region: tuple, ent: str) -> dict:
    core = rng.choice(V.COMPANY_CORES)
    trade, scope = rng.choice(V.TRADES)
    city = V.city_of(region)
    cap = V.capital_text(rng)
    rep = V.person(rng)
    name = f"{city}{core}{trade}有限公司"
    etype = rng.choice(["有限责任公司（自然人投资或控股）", "有限责任公司（自然人独资）", "其他有限责任公司"])
    cat = "1"
    if ent == "foreign":
        name = rng.choice([n for n in V.BRACKET_NAMES if "分公司" not in n]).format(city=city)
        etype = "有限责任公司（外国法人独资）"
        rep = rng.choice(V.FOREIGN_REPS)
        cap = f"{rng.choice([200, 500, 1200])}万美元"
    elif ent == "bracket_name":
        name = rng.choice(V.BRACKET_NAMES).format(city=city)
        etype = "外商投资企业分公司" if "分公司" in name else "有限责任公司（台港澳法人独资）"
        rep = rng.choice(V.FOREIGN_REPS + [V.person(rng)])
        cap = "" if "分公司" in name else f"{rng.choice([100, 300])}万美元"
    elif ent == "long_name":
        name = rng.choice(V.LONG_NAMES).format(city=city)
        etype = "有限责任公司分公司（国有控股）" if "分公司" in name or "部" in name else "有限责任公司（国有独资）"
        cap = "" if "分公司" in name or "部" in name else cap
    elif ent == "branch":
        name = f"{city}{core}{trade}有限公司{rng.choice(V.STREETS)[:2]}分公司"
        etype = "有限责任公司分公司（自然人投资或控股）"
        cap = ""
    elif ent == "partnership":
        lp = rng.random() < 0.6
        name = f"{city}{core}{trade[:2]}{'企业管理咨询中心' if lp else '会计师事务所'}（{'有限合伙' if lp else '普通合伙'}）"
        etype = "有限合伙企业" if lp else "普通合伙企业"
        rep = rng.choice([V.person(rng), f"{city}{core}投资管理有限公司（委派代表：{V.person(rng)}）"])
        cap = ""
        cat = "1"
    elif ent.startswith("individual"):
        name = "" if ent == "individual_noname" else f"{city}{rng.choice(['老', '小', '阿'])}{V.person(rng)[-1]}{rng.choice(['便利店', '面馆', '理发店', '五金店', '粉馆'])}"
        etype = "个体工商户"
        cap = ""
        cat = "2"
        scope = rng.choice(["食品销售；日用百货销售", "餐饮服务；小食杂", "理发服务；美容服务", "五金产品零售；电线电缆经营"])
    est = V.date_between(rng, dt.date(2003, 1, 1), dt.date(2026, 9, 1))
    if ent.startswith("individual"):
        to = ""
    elif rng.random() < 0.55:
        to = "长期"
    else:
        to = V.add_years(est, rng.choice([10, 20, 30])) - dt.timedelta(days=1)
        if to < TODAY:
            to = V.add_years(est, 30) - dt.timedelta(days=1)
        to = to.isoformat()
    if rng.random() < 0.35:
        scope += "。（依法须经批准的项目，经相关部门批准后方可开展经营活动）"
    addr = region[1] + V.street_address(rng, region, long=rng.random() < 0.3)
    return {"name": name, "credit_code": V.uscc(region[0], cat, rng), "entity_type": etype, "legal_representative": rep,
            "registered_capital": cap, "established_date": est, "address": addr, "business_scope": scope,
            "valid_to": to}


def _labels(ent: str, v: dict) -> dict:
    ind = ent.startswith("individual")
    branch = "分公司" in v["name"] or "部" in v["name"][-4:]
    return {
        "name": "名称",
        "entity_type": "类型",
        "legal_representative": "经营者" if ind else "执行事务合伙人" if "合伙" in v["entity_type"] else "负责人" if branch else "法定代表人",
        "registered_capital": None if not v["registered_capital"] else "注册资本",
        "established_date": "注册日期" if ind else "成立日期",
        "valid_to": None if ind else "营业期限",
        "address": "经营场所" if ind else "营业场所" if branch else "主要经营场所" if "合伙" in v["entity_type"] else "住所",
        "business_scope": "经营范围",
        "form": "组成形式" if ind else None,
    }


def business_licence(rng: random.Random, ppm: float) -> tuple[Page, dict, str]:
    region = rng.choice(V.REGIONS)
    ent = rng.choice(ENTITY)
    v = _licence_values(rng, region, ent)
    lab = _labels(ent, v)
    copy = rng.random() < 0.45                      # 副本 (portrait) else 正本 (landscape)
    w, h = (210.0, 297.0) if copy else (297.0, 210.0)
    p = Page(w, h, ppm, bg="#fbfaf4")
    frame = rng.choice(["#b5893a", "#9a6b2f", "#8a8f3c"])
    p.rect(8, 8, w - 16, h - 16, lw=2.2, edge=frame)
    p.rect(11, 11, w - 22, h - 22, lw=0.6, edge=frame)
    p.guilloche(11, 11, w - 22, 14, "#e0c98f", n=5, lw=0.3, seed=rng.random() * 6)
    lface = rng.choice(["sans_medium", "microhei"])
    vface = "serif_light"
    sq = rng.choice([1.0, 0.9])
    vb = rng.choice([0.0, 0.18])
    vpt = 10.5 if not copy else 10.0
    p.text(20, 34 if not copy else 36, "统一社会信用代码", lface, 9)
    p.text(20, 40 if not copy else 42, v["credit_code"], vface, 10.5, key="credit_code", bold=0.2)
    p.rect(w - 48, 20, 26, 26, lw=0.4, face="#fafafa")
    for i in range(9):
        for j in range(9):
            if rng.random() < 0.5:
                p.rect(w - 46 + i * 2.4, 22 + j * 2.4, 2.4, 2.4, lw=0, edge="none", face="#111111")
    p.text(w - 35, 50, "扫描市场主体身份码", "microhei", 5.5, ha="center")
    p.text(w - 35, 53, "了解更多登记、备案、", "microhei", 5.5, ha="center")
    p.text(w - 35, 56, "许可、监管信息", "microhei", 5.5, ha="center")
    p.spread(w / 2 - 38, 62 if copy else 56, "营业执照", "sans_medium", 36, 76, "#1a1a1a")
    if copy:
        p.text(w / 2, 72, "（副　本）", lface, 12, ha="center")
        p.text(w / 2 + 30, 78, f"副本编号：1-{rng.randrange(1, 4)}", lface, 8)
    order = ["name", "entity_type", "legal_representative", "form", "registered_capital", "established_date",
             "valid_to", "address", "business_scope"]
    printed: dict[str, str] = {}

    def row(key: str, x: float, y: float, lw_: float, vx: float, width: float) -> float:
        label = lab[key]
        if label is None:
            return y
        p.spread(x, y, label, lface, 10.5, lw_)
        if key in ("established_date",):
            text = V.cn_date(v[key])
        elif key == "valid_to":
            text = V.cn_date(v["established_date"]) + "至" + ("长期" if v[key] == "长期" else V.cn_date(dt.date.fromisoformat(v[key])))
        elif key == "name" and ent == "individual_noname":
            text = rng.choice(["***", "＊＊＊", ""])
        elif key == "form":
            text = "个人经营"
        else:
            text = v[key]
        printed[key] = text
        if not text:
            return y + 9
        return p.block(vx, y, text, vface, vpt, width, vpt * PT * 1.55, key=None if key == "form" else key,
                       squeeze=sq, bold=vb) + 4.5

    if copy:
        y = 92
        for key in order:
            y = row(key, 22, y, 24, 52, 138)
    else:
        y = 80
        for key in ("name", "entity_type", "legal_representative", "form", "business_scope"):
            y = row(key, 22, y, 24, 52, 95)
        y = 80
        for key in ("registered_capital", "established_date", "valid_to", "address"):
            y = row(key, 158, y, 22, 186, 88)
    auth = region[3]
    issue = V.date_between(rng, v["established_date"], min(TODAY, v["established_date"] + dt.timedelta(days=3000)))
    by = h - 48
    p.text(w - 92, by, "登记机关", lface, 11)
    p.seal(w - 52, by - 6, 19, auth, "sans_medium")
    p.text(w - 72, by + 14, V.cn_date(issue), lface, 10.5, ha="center")
    p.text(w / 2, h - 20, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", "microhei", 6.5, ha="center")
    p.text(w / 2, h - 16, "市场主体应当于每年1月1日至6月30日通过国家企业信用信息公示系统报送公示年度报告。", "microhei", 6.5,
           ha="center")
    p.text(w / 2, h - 12.5, "国家市场监督管理总局监制", "microhei", 6, ha="center")
    f = _fields(name=v["name"], credit_code=v["credit_code"], entity_type=v["entity_type"],
                legal_representative=v["legal_representative"], registered_capital=v["registered_capital"],
                established_date=v["established_date"].isoformat(), address=v["address"],
                business_scope=v["business_scope"], valid_to=v["valid_to"])
    p.printed = printed
    return p, f, f"2019-{'copy' if copy else 'original'}-{ent}"


# ------------------------------------------------------------------------------ 卫生许可证
def health_licence(rng: random.Random, ppm: float) -> tuple[Page, dict, str]:
    region = rng.choice(V.REGIONS)
    kind, items = rng.choice(V.HEALTH_KINDS)
    city = V.city_of(region)
    name = f"{city}{rng.choice(V.COMPANY_CORES)}{kind}" + rng.choice(["", "有限公司", "（普通合伙）"])
    year = rng.randrange(2021, 2027)
    start = V.date_between(rng, dt.date(year, 1, 1), dt.date(year, 12, 1))
    if start > TODAY:
        start = V.date_between(rng, dt.date(2024, 1, 1), dt.date(2026, 11, 1))
        year = start.year
    end = V.add_years(start, 4) - dt.timedelta(days=1)
    no = f"{region[4]}〔{year}〕第{region[0]}{rng.randrange(0, 9999):06d}号" if rng.random() < 0.6 else \
        f"{region[4]}（{year}）{region[0]}{rng.randrange(0, 99999):05d}号"
    rep = V.person(rng)
    addr = region[1] + V.street_address(rng, region)
    landscape = rng.random() < 0.35
    w, h = (297.0, 210.0) if landscape else (210.0, 297.0)
    p = Page(w, h, ppm, bg="#fdfcf7")
    p.rect(10, 10, w - 20, h - 20, lw=1.6, edge="#2a5b8c")
    p.guilloche(10, 10, w - 20, h - 20, "#dfe9f3", n=30, lw=0.3, seed=rng.random() * 6)
    p.circle(w / 2, 34, 9, lw=0.6, edge="#b3261e", face="#c9362c")
    p.star(w / 2, 33, 5, "#f2c94c")
    p.spread(w / 2 - 58, 62, "公共场所卫生许可证", "sans_medium", 24, 116, "#1d1d1d")
    vface = rng.choice(["serif_light", "wenkai_mono"])
    p.text(w - 22, 76, no, vface, 10.5, key="license_no", ha="right")
    ruled = rng.random() < 0.5
    y = 94
    x0, vx = 24, 74
    rows = [("单位名称", "name", name), ("法定代表人（负责人）", "legal_representative", rep), ("地址", "address", addr),
            ("许可项目", "license_items", items)]
    for label, key, val in rows:
        top = y - 7
        p.text(x0, y, label, "microhei", 10.5)
        y2 = p.block(vx, y, val, vface, 11, w - vx - 26, 6.4, key=key, bold=0.15)
        y = max(y2, y + 6.4) + 6
        if ruled:
            p.rect(x0 - 4, top, w - 2 * x0 + 8, y - 7 - top, lw=0.5, edge="#444444")
    p.text(x0, y, "有效期限", "microhei", 10.5)
    x = vx
    x += p.text(x, y, "自", "microhei", 10.5) + 1
    x += p.text(x, y, V.cn_date(start), vface, 11, key="valid_from", bold=0.15) + 1
    x += p.text(x, y, "至", "microhei", 10.5) + 1
    p.text(x, y, V.cn_date(end), vface, 11, key="valid_to", bold=0.15)
    auth = region[3].replace("市场监督管理局", "卫生健康局")
    p.text(w - 40, h - 38, "发证机关（章）", "microhei", 10, ha="center")
    p.seal(w - 52, h - 44, 18, auth, "sans_medium")
    p.text(w - 40, h - 24, V.cn_date(start), "microhei", 10, ha="center")
    f = _fields(license_no=no, name=name, legal_representative=rep, address=addr, license_items=items,
                valid_from=start.isoformat(), valid_to=end.isoformat())
    return p, f, f"{'landscape' if landscape else 'portrait'}-{'ruled' if ruled else 'open'}-{region[5]}"


# ------------------------------------------------------------------------------ 食品经营许可证
def food_licence(rng: random.Random, ppm: float) -> tuple[Page, dict, str]:
    region = rng.choice(V.REGIONS)
    form, items = rng.choice(V.FOOD_FORMS)
    individual = rng.random() < 0.3
    city = V.city_of(region)
    rep = V.person(rng)
    if individual:
        name = f"{city}{rng.choice(V.COMPANY_CORES)}{rng.choice(['便利店', '小吃店', '烘焙坊', '奶茶店'])}"
        code = V.uscc(region[0], "2", rng)
    else:
        name = f"{city}{rng.choice(V.COMPANY_CORES)}{rng.choice(['餐饮管理有限公司', '商贸有限公司', '食品有限公司'])}"
        code = V.uscc(region[0], "1", rng)
    addr = region[1] + V.street_address(rng, region)
    premises = addr if rng.random() < 0.5 else region[1] + V.street_address(rng, region)
    lead = {"食": "1", "餐": "2", "单": "3"}[form[0]]
    no = f"JY{lead}{region[0]}{rng.randrange(0, 10 ** 7):07d}"
    start = V.date_between(rng, dt.date(2023, 12, 1), dt.date(2026, 11, 1))
    to = V.add_years(start, 5) - dt.timedelta(days=1)
    copy = rng.random() < 0.5
    w, h = (210.0, 297.0) if copy else (297.0, 210.0)
    p = Page(w, h, ppm, bg="#fffdf8")
    p.rect(9, 9, w - 18, h - 18, lw=1.8, edge="#1f6e43")
    p.guilloche(9, 9, w - 18, 12, "#b6dcc4", n=4, lw=0.3, seed=rng.random() * 6)
    p.spread(w / 2 - 55, 40, "食品经营许可证", "sans_medium", 28, 110, "#1b1b1b")
    if copy:
        p.text(w / 2, 50, "（副本）", "sans_medium", 12, ha="center")
    lface = rng.choice(["microhei", "sans_medium"])
    vface = "serif_light"
    sq = rng.choice([1.0, 0.9])
    code_label = rng.choice(["统一社会信用代码（身份证号码）", "社会信用代码（身份证号码）"])
    rows = [("经营者名称", "name", name), (code_label, "credit_code", code), ("法定代表人（负责人）", "legal_representative", rep),
            ("住所", "address", addr), ("经营场所", "premises_address", premises), ("主体业态", "business_form", form),
            ("经营项目", "business_items", items), ("许可证编号", "license_no", no), ("有效期至", "valid_to", V.cn_date(to))]
    x0 = 20
    lw_ = 58 if copy else 62
    vx = x0 + lw_ + 4
    width = w - vx - 22
    y = 66 if copy else 60
    for label, key, val in rows:
        top = y - 6
        p.text(x0 + 2, y, label, lface, 9.5)
        y2 = p.block(vx, y, val, vface, 10.5, width, 5.6, key=key, squeeze=sq, bold=0.12)
        y = max(y2, y + 5.6) + (5 if copy else 3.2)
        p.rect(x0, top, w - 2 * x0, y - 6 - top, lw=0.45, edge="#3d3d3d")
        p.line(vx - 3, top, vx - 3, y - 6, lw=0.45, color="#3d3d3d")
    y += 2
    p.text(x0 + 2, y, "日常监督管理机构：" + region[3], lface, 8.5)
    p.text(x0 + 2, y + 6, "投诉举报电话：12315", lface, 8.5)
    p.text(w - 70, h - 34, "发证机关：", lface, 9.5)
    p.seal(w - 45, h - 40, 17, region[3], "sans_medium")
    p.text(w - 45, h - 18, V.cn_date(start), lface, 9.5, ha="center")
    f = _fields(license_no=no, name=name, credit_code=code, legal_representative=rep, address=addr,
                premises_address=premises, business_form=form, business_items=items, valid_to=to.isoformat())
    return p, f, f"2023-{'copy' if copy else 'original'}-{'individual' if individual else 'firm'}"


# ------------------------------------------------------------------------------ negatives
NEG_KINDS = ["lease", "receipt", "notice", "waybill", "transport_permit", "checkup", "blank_paste"]


def negative(rng: random.Random, ppm: float) -> tuple[Page, dict, str]:
    kind = rng.choice(NEG_KINDS)
    region = rng.choice(V.REGIONS)
    w, h = (210.0, 297.0)
    p = Page(w, h, ppm, bg="#fefefe")
    lf, vf = "microhei", "serif_light"
    if kind == "lease":
        p.text(w / 2, 30, "房屋租赁合同", "sans_medium", 20, ha="center")
        body = (f"出租方（甲方）：{V.person(rng)}　承租方（乙方）：{rng.choice(V.COMPANY_CORES)}商贸有限公司。"
                f"甲方将位于{region[1]}{V.street_address(rng, region)}的房屋出租给乙方用于办公，租赁期限自2025年1月1日起至"
                "2027年12月31日止，月租金人民币捌仟元整，按季度支付。乙方应持营业执照复印件办理备案，"
                "租赁期内乙方不得擅自改变房屋用途。双方签字盖章后生效，本合同一式两份。")
        p.block(22, 48, body, vf, 11, 166, 7.2)
        p.text(30, 200, "甲方（签字）：", lf, 11)
        p.text(120, 200, "乙方（盖章）：", lf, 11)
    elif kind == "receipt":
        p.text(w / 2, 30, "收　款　收　据", "sans_medium", 18, ha="center")
        p.rect(20, 40, 170, 70, lw=0.6)
        for i, (a, b) in enumerate([("交款单位", f"{rng.choice(V.COMPANY_CORES)}物业服务有限公司"), ("收款事由", "2026年第四季度物业服务费"),
                                     ("金额（大写）", "人民币叁仟陆佰元整"), ("金额（小写）", "¥3600.00")]):
            p.line(20, 57 + i * 17, 190, 57 + i * 17, lw=0.4)
            p.text(24, 51 + i * 17, a, lf, 10.5)
            p.text(70, 51 + i * 17, b, vf, 11)
        p.seal(160, 130, 16, "财务专用章", "sans_medium")
    elif kind == "notice":
        p.text(w / 2, 30, "关于开展2026年度食品安全检查的通知", "sans_medium", 15, ha="center")
        body = ("各经营单位：为做好辖区食品安全工作，请各单位于12月20日前将营业执照、食品经营许可证、"
                "公共场所卫生许可证及从业人员健康证明复印件报送至街道市场监管所。逾期未报送的，将列入重点检查名单。"
                "特此通知。")
        p.block(22, 48, body, vf, 11, 166, 7.4)
        p.text(180, 120, region[3], lf, 11, ha="right")
        p.text(180, 128, "2026年11月28日", lf, 11, ha="right")
    elif kind == "waybill":
        h2 = 150
        p.rect(15, 15, 180, h2, lw=1.0)
        p.text(22, 30, "顺丰速运　标准快递", "sans_medium", 16)
        for i in range(30):
            p.rect(120 + i * 2.2, 20, 1.2 if i % 3 else 0.6, 14, lw=0, edge="none", face="#111111")
        p.text(22, 52, f"收件人：{V.person(rng)}　138****{rng.randrange(1000, 9999)}", vf, 11)
        p.block(22, 62, "地址：" + region[1] + V.street_address(rng, region), vf, 11, 160, 7)
        p.text(22, 90, f"寄件人：{V.person(rng)}　139****{rng.randrange(1000, 9999)}", vf, 11)
        p.text(22, 105, "托寄物：证照材料　件数：1", vf, 11)
    elif kind == "transport_permit":
        p.rect(10, 10, w - 20, h - 20, lw=1.6, edge="#6a3d9a")
        p.spread(w / 2 - 50, 50, "道路运输经营许可证", "sans_medium", 22, 100)
        for i, (a, b) in enumerate([("业户名称", f"{rng.choice(V.COMPANY_CORES)}物流有限公司"), ("地址", region[1] + V.street_address(rng, region)),
                                     ("经营范围", "道路普通货物运输；货物专用运输（集装箱）"), ("证号", f"{region[5]}交运管许可货字{region[0]}{rng.randrange(10 ** 5, 10 ** 6)}号")]):
            p.text(25, 80 + i * 16, a, lf, 11)
            p.block(60, 80 + i * 16, b, vf, 11, 120, 6)
        p.seal(150, 220, 18, region[3].replace("市场监督管理局", "交通运输局"), "sans_medium")
    elif kind == "checkup":
        p.text(w / 2, 30, "从业人员健康体检报告", "sans_medium", 18, ha="center")
        for i, (a, b) in enumerate([("姓名", V.person(rng)), ("性别", rng.choice("男女")), ("体检日期", "2026年10月12日"),
                                     ("胸部X线", "未见异常"), ("肝功能", "正常"), ("结论", "合格")]):
            p.line(20, 50 + i * 12, 190, 50 + i * 12, lw=0.3)
            p.text(24, 47 + i * 12, a, lf, 10.5)
            p.text(80, 47 + i * 12, b, vf, 11)
    else:
        p.rect(35, 50, 140, 90, lw=0.6, edge="#777777")
        p.text(w / 2, 97, "身份证复印件粘贴处（正反面）", lf, 12, "#777777", ha="center")
        p.text(w / 2, 170, "申请人签字：", lf, 11, ha="center")
    return p, {}, f"other-{kind}"
