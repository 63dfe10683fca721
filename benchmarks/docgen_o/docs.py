"""The documents of family O, each laid out as an MVG page: 营业执照 正本/副本 (company, 分公司,
合伙企业, 个体工商户), 食品经营许可证 (2015 and 2023 forms, 正本/副本), 公共场所卫生许可证, the ID card's two
sides, and negatives. Each returns (page, fields, variant, faces)."""

from __future__ import annotations

import datetime as dt
import math
import random

from benchmarks.docgen_o import faces as F
from benchmarks.docgen_o import values as V
from benchmarks.docgen_o.page import Page

VALUE_FACES = ["uming", "babelstone", "sungti", "droid", "kaiti"]
LABEL_FACES = ["zenhei", "droid", "uming", "babelstone", "sungti"]
BLACK = "#141414"


def _faces(rng):
    return rng.choice(LABEL_FACES), rng.choices(VALUE_FACES, weights=[3, 3, 2, 3, 1])[0]


def qr(p: Page, rng, x, y, s, n=25):
    m = s / n
    p.rect(x, y, x + s, y + s, fill="#FFFFFF", stroke="none")
    cells = []
    for i in range(n):
        for j in range(n):
            if (i < 8 and j < 8) or (i < 8 and j >= n - 8) or (i >= n - 8 and j < 8):
                continue
            if rng.random() < 0.5:
                cells.append(f"rectangle {x + j * m:.1f},{y + i * m:.1f} {x + (j + 1) * m:.1f},{y + (i + 1) * m:.1f}")
    p.raw("push graphic-context", "fill '#111111'", "stroke none", *cells, "pop graphic-context")
    for fx, fy in ((x, y), (x + (n - 7) * m, y), (x, y + (n - 7) * m)):
        p.rect(fx, fy, fx + 7 * m, fy + 7 * m, fill="#111111", stroke="none")
        p.rect(fx + m, fy + m, fx + 6 * m, fy + 6 * m, fill="#FFFFFF", stroke="none")
        p.rect(fx + 2 * m, fy + 2 * m, fx + 5 * m, fy + 5 * m, fill="#111111", stroke="none")


def border(p: Page, rng, color, inset):
    w, h = p.w, p.h
    p.rect(inset, inset, w - inset, h - inset, stroke=color, sw=inset * 0.18)
    p.rect(inset * 1.45, inset * 1.45, w - inset * 1.45, h - inset * 1.45, stroke=color, sw=inset * 0.06)
    # a wave pattern band between the two rules
    amp, per = inset * 0.12, inset * 0.5
    for y0 in (inset * 1.22, h - inset * 1.22):
        pts = [(x, y0 + amp * math.sin(x / per * 2 * math.pi)) for x in range(int(inset), int(w - inset), 6)]
        p.polyline(pts, stroke=color, sw=1.2)


def emblem(p: Page, cx, cy, r):
    p.ellipse(cx, cy, r, r, fill="#C8161D", stroke="#E0B040", sw=r * 0.08)
    pts = []
    for i in range(10):
        a = -math.pi / 2 + i * math.pi / 5
        rr = r * (0.45 if i % 2 == 0 else 0.18)
        pts.append((cx + rr * math.cos(a), cy - r * 0.15 + rr * math.sin(a)))
    p.polyline(pts, stroke="none", fill="#F2C94C")
    p.rect(cx - r * 0.55, cy + r * 0.45, cx + r * 0.55, cy + r * 0.6, fill="#F2C94C", stroke="none")


def _label_w(face, size, n=4):
    return F.width(face, "名" * n, size)


def rows(p: Page, x, y, col_w, items, lf, vf, size, vsize, lh, rgap, spread=True, label_fill=BLACK,
         label_w=None, colon=False):
    """Label/value rows; returns the baseline after the last row."""
    lw = label_w or _label_w(lf, size)
    for label, value, key in items:
        if spread and len(label) <= 4:
            p.spread(x, y, label, lf, size, lw, fill=label_fill)
            vx = x + lw + size * 0.8
        else:
            adv = p.text(x, y, label + ("：" if colon else ""), lf, size, fill=label_fill)
            vx = x + max(lw, adv) + size * 0.5
        p._box(f"_label_{label}", x, y - size * 0.95, vx, y + size * 0.2)   # marks keep off labels too
        if value:
            y = p.para(vx, y, value, vf, vsize, x + col_w - vx, lh, key=key)
        else:
            y += lh
        y += rgap
    return y


def business_license(rng: random.Random, copy: bool):
    """营业执照 2019 national template: 正本 landscape with two columns, 副本 portrait with one."""
    form = rng.choices(["company", "branch", "partnership", "individual"], weights=[6, 1, 1, 2])[0]
    code, reg, short, _ = V.region(rng)
    city = reg[:reg.index("市") + 1].split("省")[-1].split("区")[-1] if "市" in reg else reg
    name = V.company_name(rng, city, form)
    est = V.date_between(rng, dt.date(1998, 1, 1), dt.date(2026, 9, 30))
    addr = V.street_address(rng, reg)
    cc = V.uscc(rng, code, "92" if form == "individual" else "91")
    person = V.person(rng)
    scope = V.business_scope(rng, rng.randint(4, 26) if copy else rng.randint(3, 14))
    if form == "individual":
        etype, rep_label, addr_label = "个体工商户", "经营者", "经营场所"
        cap, term = "", None
        capital_label = None
    else:
        etype = {"company": rng.choice(["有限责任公司(自然人投资或控股)", "有限责任公司（自然人独资）", "其他有限责任公司",
                                         "有限责任公司(外商投资、非独资)", "股份有限公司(非上市、自然人投资或控股)"]),
                 "branch": "有限责任公司分公司(自然人投资或控股)", "partnership": "有限合伙企业"}[form]
        rep_label = {"company": "法定代表人", "branch": "负责人", "partnership": "执行事务合伙人"}[form]
        addr_label = {"company": "住所", "branch": "营业场所", "partnership": "主要经营场所"}[form]
        cap = V.capital(rng) if form == "company" else ""
        capital_label = "注册资本" if form == "company" else None
        r = rng.random()
        term = "长期" if r < 0.35 else (est + dt.timedelta(days=0)).replace(year=est.year + rng.choice([10, 20, 30, 50])) - dt.timedelta(days=1)
    lf, vf = _faces(rng)
    if form == "partnership":
        person = f"{V.company_name(rng, city, 'company')}（委派代表：{V.person(rng)}）" if rng.random() < 0.5 else person
    fields = {"name": name, "credit_code": cc, "entity_type": etype, "legal_representative": person,
              "registered_capital": cap, "established_date": est.isoformat(), "address": addr,
              "business_scope": scope, "valid_to": "" if term is None else ("长期" if term == "长期" else term.isoformat())}
    date_label = "注册日期" if form == "individual" else "成立日期"
    if term is None:
        term_txt = None
    elif term == "长期":
        term_txt = rng.choice(["长期", f"{V.cn_date(est)}至长期", f"{V.cn_date(est)} 至 长期"]) if form != "branch" else "长期"
    else:
        term_txt = f"{V.cn_date(est)}至{V.cn_date(term)}" if rng.random() < 0.7 else f"{V.cn_date(est)} 至 {V.cn_date(term)}"
    head = [("名称", name, "name"), ("类型", etype, "entity_type"), (rep_label, person, "legal_representative")]
    if form == "individual":
        head.append(("组成形式", rng.choice(["个人经营", "家庭经营"]), None))
    tail = []
    if capital_label:
        tail.append((capital_label, cap, "registered_capital"))
    tail.append((date_label, V.cn_date(est), "established_date"))
    if term_txt:
        tail.append(("营业期限", term_txt, "valid_to"))
    tail.append((addr_label, addr, "address"))
    scope_row = [("经营范围", scope, "business_scope")]
    color = rng.choice(["#B8452E", "#A0522D", "#C0392B", "#8E6B3A"])
    for attempt in range(6):
        shrink = 0.9 ** attempt
        if not copy:
            p = Page(2000, 1414)
            border(p, rng, color, 60)
            emblem(p, 1000, 170, 70)
            t = "营业执照"
            ts = 96 * shrink
            p.spread(1000 - 230, 340, t, "uming" if rng.random() < 0.5 else "babelstone", ts, 460, fill=BLACK)
            s = 30 * shrink
            p.text(170, 300, "统一社会信用代码", lf, s)
            p.text(170, 350, cc, rng.choice(["dejavu", "dejavu_mono", vf]), s * 1.05, key="credit_code")
            p.text(170, 200, f"证照编号：{rng.randint(10, 99)}{rng.randint(10**12, 10**13 - 1)}", lf, s * 0.8)
            qr(p, rng, 1660, 170, 170)
            p.para(1600, 380, "扫描市场主体身份码了解更多登记、备案、许可、监管信息，体验更多应用服务。", lf, 15, 290, 20)
            colw = rng.choice([720, 760, 800])
            y = 470
            y1 = rows(p, 170, y, colw, head + scope_row, lf, vf, s, s * rng.choice([1.0, 0.93, 1.07]), s * 1.45, s * 0.9)
            y2 = rows(p, 170 + colw + 110, y, 1830 - (170 + colw + 110), tail, lf, vf, s, s, s * 1.45, s * 0.9)
            if max(y1, y2) > 1150:
                continue
            auth = f"{reg}市场监督管理局".replace("省", "省", 1)
            p.text(1290, 1180, "登记机关", lf, s)
            p.text(1290, 1260, V.cn_date(V.date_between(rng, est, dt.date(2026, 11, 20)), pad=False), vf, s)
            p.seal(1430, 1200, 120, auth.split("省")[-1], "")
            p.text(600, 1300, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", lf, 20)
            p.text(1400, 1320, "市场主体应当于每年1月1日至6月30日通过", lf, 14)
            p.text(1400, 1340, "国家企业信用信息公示系统报送公示年度报告。", lf, 14)
            p.text(900, 1372, "国家市场监督管理总局监制", lf, 14)
            break
        else:
            p = Page(1240, 1754)
            border(p, rng, color, 44)
            emblem(p, 620, 140, 55)
            ts = 66 * shrink
            p.spread(620 - 170, 280, "营业执照", "uming" if rng.random() < 0.5 else "babelstone", ts, 340)
            p.text(560, 330, "（副　本）", lf, 24)
            s = 23 * shrink
            p.text(110, 240, "统一社会信用代码", lf, s)
            p.text(110, 275, cc, rng.choice(["dejavu", "dejavu_mono", vf]), s * 1.05, key="credit_code")
            p.text(110, 175, f"证照编号：{rng.randint(10, 99)}{rng.randint(10**12, 10**13 - 1)}", lf, s * 0.8)
            qr(p, rng, 960, 150, 140)
            lw = rng.choice([780, 860, 930])
            y = rows(p, 150, 420, lw, head + tail, lf, vf, s, s * rng.choice([1.0, 0.92, 1.08]), s * 1.5, s * 0.8)
            y = rows(p, 150, y, 1240 - 150 - 110, scope_row, lf, vf, s, s * rng.choice([1.0, 0.92]), s * 1.4, 0)
            if y > 1480:
                continue
            auth = f"{reg}市场监督管理局"
            p.text(760, 1540, "登记机关", lf, s)
            p.text(760, 1610, V.cn_date(V.date_between(rng, est, dt.date(2026, 11, 20)), pad=False), vf, s)
            p.seal(880, 1555, 100, auth.split("省")[-1], "")
            p.text(330, 1660, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", lf, 16)
            p.text(520, 1688, "国家市场监督管理总局监制", lf, 12)
            break
    else:
        raise OverflowError("licence did not fit")
    variant = f"{'fuben' if copy else 'zhengben'}-{form}"
    return p, fields, variant, [f"label:{lf}", f"value:{vf}"]


def food_license(rng: random.Random, copy: bool):
    """食品经营许可证: 2015 form (社会信用代码（身份证号码）) and the 2023 form; 正本 landscape, 副本 portrait."""
    new = rng.random() < 0.5
    code, reg, short, _ = V.region(rng)
    city = reg.split("省")[-1]
    city = city[:city.index("市") + 1] if "市" in city else city
    bf, items = rng.choice(V.FORMS)
    indiv = rng.random() < 0.25
    name = V.company_name(rng, city, "individual" if indiv else "company")
    cc = V.uscc(rng, code, "92" if indiv else "91")
    person = V.person(rng)
    addr = V.street_address(rng, reg)
    prem = addr if rng.random() < 0.5 else V.street_address(rng, reg, long=rng.random() < 0.3)
    its = "；".join(rng.sample(items, rng.randint(1, len(items))))
    no = f"JY{rng.choice('123')}{code}{rng.randint(0, 9999999):07d}"
    issue = V.date_between(rng, dt.date(2019, 1, 1), dt.date(2026, 10, 1))
    valid = V.add_years(issue, 5) - dt.timedelta(days=1)
    fields = {"license_no": no, "name": name, "credit_code": cc, "legal_representative": person, "address": addr,
              "premises_address": prem, "business_form": bf, "business_items": its, "valid_to": valid.isoformat()}
    lf, vf = _faces(rng)
    cc_label = "统一社会信用代码（身份证号码）" if new and rng.random() < 0.5 else "社会信用代码（身份证号码）"
    left = [("经营者名称", name, "name"), (cc_label, cc, "credit_code"), ("法定代表人（负责人）", person, "legal_representative"),
            ("住所", addr, "address"), ("经营场所", prem, "premises_address"), ("主体业态", bf, "business_form"),
            ("经营项目", its, "business_items")]
    right = [("许可证编号", no, "license_no"), ("日常监督管理机构", f"{reg.split('省')[-1]}市场监督管理局", None),
             ("日常监督管理人员", f"{V.person(rng)}、{V.person(rng)}", None), ("投诉举报电话", "12315", None),
             ("发证机关", f"{reg.split('省')[-1]}市场监督管理局", None), ("签发人", V.person(rng), None),
             ("有效期至", V.cn_date(valid), "valid_to")]
    color = rng.choice(["#2E6B3A", "#1F5E8C", "#B8452E"])
    for attempt in range(6):
        sh = 0.9 ** attempt
        if not copy:
            p = Page(2000, 1414, bg=rng.choice(["#FFFFFF", "#FBF8EE", "#F6FAF4"]))
            border(p, rng, color, 55)
            emblem(p, 1000, 160, 60)
            p.spread(700, 320, "食品经营许可证", "uming" if rng.random() < 0.5 else "babelstone", 80 * sh, 600)
            s = 28 * sh
            lw = F.width(lf, "法定代表人（负责人）", s)
            y1 = rows(p, 150, 450, 1040, left, lf, vf, s, s, s * 1.45, s * 0.8, spread=False, label_w=lw)
            lw2 = F.width(lf, "日常监督管理机构", s * 0.9)
            y2 = rows(p, 1250, 450, 620, right, lf, vf, s * 0.9, s * 0.9, s * 1.4, s * 0.8, spread=False, label_w=lw2)
            if max(y1, y2) > 1200:
                continue
            qr(p, rng, 1650, 1040, 150)
            p.seal(1450, 1180, 110, f"{reg.split('省')[-1]}市场监督管理局")
            p.text(1260, 1320, f"{issue.year}年{issue.month}月{issue.day}日", vf, s)
            break
        else:
            p = Page(1240, 1754, bg=rng.choice(["#FFFFFF", "#FBF8EE"]))
            border(p, rng, color, 40)
            p.spread(370, 230, "食品经营许可证", "uming", 60 * sh, 500)
            p.text(560, 285, "（副本）", lf, 24)
            s = 22 * sh
            lw = F.width(lf, "法定代表人（负责人）", s)
            y = rows(p, 120, 400, 1000, left + right, lf, vf, s, s, s * 1.45, s * 0.7, spread=False, label_w=lw)
            if y > 1500:
                continue
            p.seal(900, 1560, 95, f"{reg.split('省')[-1]}市场监督管理局")
            p.text(780, 1660, f"{issue.year}年{issue.month}月{issue.day}日", vf, s)
            break
    else:
        raise OverflowError("food licence did not fit")
    return p, fields, f"{'fuben' if copy else 'zhengben'}-{'2023' if new else '2015'}", [f"label:{lf}", f"value:{vf}"]


def health_license(rng: random.Random, copy: bool):
    """公共场所卫生许可证 (portrait), number under the title, 有效期限 自…至…."""
    code, reg, short, _ = V.region(rng)
    city = reg.split("省")[-1]
    city = city[:city.index("市") + 1] if "市" in city else city
    name = V.company_name(rng, city, rng.choice(["company", "individual"]))
    name = name.replace("餐饮管理", "酒店管理").replace("面馆", "浴室").replace("小吃店", "美发店")
    year = rng.randint(2019, 2026)
    br = rng.choice([("〔", "〕"), ("（", "）"), ("[", "]")])
    no = f"{short}卫公字{br[0]}{year}{br[1]}第{code}{rng.randint(1, 999999):06d}号"
    start = V.date_between(rng, dt.date(year, 1, 1), dt.date(year, 12, 28))
    end = V.add_years(start, 4) - dt.timedelta(days=1)
    person = V.person(rng)
    addr = V.street_address(rng, reg)
    items = "、".join(rng.sample(V.PH_ITEMS, rng.randint(1, 3)))
    fields = {"license_no": no, "name": name, "legal_representative": person, "address": addr,
              "license_items": items, "valid_from": start.isoformat(), "valid_to": end.isoformat()}
    lf, vf = _faces(rng)
    pad = rng.random() < 0.5
    for attempt in range(5):
        sh = 0.9 ** attempt
        p = Page(1240, 1754, bg=rng.choice(["#FFFFFF", "#FFFDF5", "#F9F4FA"]))
        border(p, rng, rng.choice(["#C0392B", "#2C5AA0"]), 46)
        emblem(p, 620, 160, 58)
        p.spread(620 - 210, 330, "卫生许可证", "uming" if rng.random() < 0.5 else "babelstone", 84 * sh, 420, fill="#B01E1E")
        if copy:
            p.text(570, 385, "（副本）", lf, 24)
        p.text(620 - F.width(vf, no, 26) / 2, 440, no, vf, 26, key="license_no")
        s = 27 * sh
        items_rows = [("单位名称", name, "name"), ("法定代表人（负责人）", person, "legal_representative"),
                      ("地址", addr, "address"), ("许可项目", items, "license_items")]
        lw = F.width(lf, "法定代表人（负责人）", s)
        y = rows(p, 140, 560, 960, items_rows, lf, vf, s, s, s * 1.5, s * 1.0, spread=False, label_w=lw, colon=rng.random() < 0.5)
        p.text(140, y, "有效期限", lf, s)
        vx = 140 + lw + s * 0.5
        adv = p.text(vx, y, "自", lf, s)
        adv += p.text(vx + adv, y, V.cn_date(start, pad), vf, s, key="valid_from")
        adv += p.text(vx + adv, y, "至", lf, s)
        p.text(vx + adv, y, V.cn_date(end, pad), vf, s, key="valid_to")
        if y > 1400:
            continue
        p.text(720, 1520, "发证机关", lf, s)
        auth = f"{city}{rng.choice(['卫生健康委员会', '卫生健康局'])}" if "区" not in reg else f"{reg.split('省')[-1]}卫生健康委员会"
        p.seal(880, 1540, 105, auth.split("市", 1)[-1] if len(auth) > 14 else auth, "")
        p.text(720, 1620, V.cn_date(start, False), vf, s * 0.9)
        break
    return p, fields, "fuben" if copy else "zhengben", [f"label:{lf}", f"value:{vf}"]


def guilloche(p: Page, rng, color):
    for k in range(14):
        a, ph, fr = rng.uniform(8, 30), rng.uniform(0, 6), rng.uniform(0.004, 0.012)
        y0 = p.h * (k + 0.5) / 14
        pts = [(x, y0 + a * math.sin(x * fr + ph)) for x in range(0, p.w + 8, 8)]
        p.polyline(pts, stroke=color, sw=1.0)


def id_front(rng: random.Random):
    code, reg, short, auth = V.region(rng)
    birth = V.date_between(rng, dt.date(1945, 1, 1), dt.date(2016, 12, 31))
    male = rng.random() < 0.5
    name = V.person(rng)
    nation = rng.choice(V.NATIONS)
    idn = V.id_number(rng, code, birth, male)
    addr = V.street_address(rng, reg)
    if rng.random() < 0.3:
        addr = reg + rng.choice(V.TOWNS) + rng.choice(["红星村", "新华村", "前进村"]) + f"{rng.randint(1, 12)}组{rng.randint(1, 99)}号"
    fields = {"name": name, "sex": "男" if male else "女", "nation": nation, "birth_date": birth.isoformat(),
              "address": addr, "id_number": idn}
    p = Page(1070, 675, bg=rng.choice(["#F4F7F3", "#EEF3F5", "#F7F5EE"]))
    guilloche(p, rng, "#D6E3DA")
    p.ellipse(540, 360, 260, 200, stroke="#E3E9E1", sw=3)
    lf = rng.choice(["droid", "zenhei"])
    vf = rng.choice(["droid", "zenhei", "uming", "babelstone"])
    lc = "#2F6EA8"
    s, vs = 26, 31
    p.spread(80, 115, "姓名", lf, s, 64, fill=lc)
    p.text(190, 115, name, vf, vs + 2, key="name", spacing=rng.choice([0, 3]))
    p.spread(80, 190, "性别", lf, s, 64, fill=lc)
    p.text(190, 190, fields["sex"], vf, vs, key="sex")
    p.spread(330, 190, "民族", lf, s, 64, fill=lc)
    p.text(430, 190, nation, vf, vs, key="nation")
    p.spread(80, 265, "出生", lf, s, 64, fill=lc)
    x = 190
    for part, unit in ((str(birth.year), "年"), (str(birth.month), "月"), (str(birth.day), "日")):
        x += p.text(x, 265, part, vf, vs, key="birth_date") + 6
        x += p.text(x, 265, unit, lf, s, fill=lc) + 10
    p.spread(80, 340, "住址", lf, s, 64, fill=lc)
    y = 340
    for ln in p.wrap_lines(addr, vf, vs, 520):
        p.text(190, y, ln, vf, vs, key="address")
        y += 45
    p.text(80, 585, "公民身份号码", lf, s, fill=lc)
    numface = rng.choice(["dejavu_mono", "dejavu", "dejavu_serif"])
    p.text(330, 588, idn, numface, 38, key="id_number", spacing=rng.choice([2, 5, 7]))
    # photo
    p.rect(735, 90, 1000, 430, fill="#DCE4EA", stroke="none")
    p.ellipse(867, 220, 72, 90, fill="#6E6A66")
    p.ellipse(867, 420, 130, 100, fill="#4D5662")
    return p, fields, "front", [f"label:{lf}", f"value:{vf}", f"number:{numface}"]


def id_back(rng: random.Random):
    code, reg, short, auth = V.region(rng)
    birth = V.date_between(rng, dt.date(1945, 1, 1), dt.date(2016, 12, 31))
    start, end = V.id_validity(rng, birth)
    fields = {"issuing_authority": auth, "valid_from": start.isoformat(), "valid_to": end.isoformat() if end else "长期"}
    p = Page(1070, 675, bg=rng.choice(["#F4F7F3", "#EEF3F5", "#F7F5EE"]))
    guilloche(p, rng, "#D9E2EA")
    emblem(p, 160, 160, 95)
    tf = rng.choice(["zenhei", "droid", "uming", "smiley"])
    p.spread(330, 170, "中华人民共和国", tf, 52, 560)
    p.spread(380, 300, "居民身份证", tf, 66, 470)
    lf = rng.choice(["droid", "zenhei"])
    vf = rng.choice(["droid", "zenhei", "uming", "babelstone"])
    p.spread(200, 500, "签发机关", lf, 26, 120, fill="#2F6EA8")
    p.text(360, 500, auth, vf, 30, key="issuing_authority")
    p.spread(200, 580, "有效期限", lf, 26, 120, fill="#2F6EA8")
    sep = rng.choice(["-", "－", "—"])
    x = 360 + p.text(360, 580, f"{start:%Y.%m.%d}", vf, 30, key="valid_from")
    x += p.text(x, 580, sep, vf, 30)
    p.text(x, 580, f"{end:%Y.%m.%d}" if end else "长期", vf, 30, key="valid_to")
    return p, fields, "back", [f"title:{tf}", f"label:{lf}", f"value:{vf}"]


# ----------------------------------------------------------------- negatives
def other(rng: random.Random, which: str):
    lf, vf = _faces(rng)
    code, reg, short, auth = V.region(rng)
    if which == "blank":
        p = Page(1240, 1754, bg=rng.choice(["#FFFFFF", "#F7F3E8", "#EDEDED"]))
        if rng.random() < 0.5:
            p.text(1000, 1700, f"- {rng.randint(1, 9)} -", "dejavu", 18, fill="#888888")
    elif which == "receipt":
        p = Page(640, 1400, bg="#FBFBF7")
        y = 80
        p.text(150, y, f"{rng.choice(V.STREET_NAMES)}便利店", "droid", 36)
        y += 70
        for ln in [f"门店：{reg}{rng.choice(V.ROADS)}店", f"单号：{rng.randint(10**11, 10**12)}", "收银员：007",
                   "--------------------------------"]:
            p.text(40, y, ln, "droid", 24)
            y += 40
        for _ in range(rng.randint(5, 12)):
            p.text(40, y, rng.choice(["矿泉水550ml", "方便面", "纸巾", "牛奶250ml", "面包", "口香糖", "饭团"]), "droid", 24)
            p.text(460, y, f"{rng.randint(1, 30)}.{rng.randint(0, 99):02d}", "droid", 24)
            y += 40
        p.text(40, y + 30, f"合计：{rng.randint(20, 200)}.00   微信支付", "droid", 26)
        p.text(40, y + 90, "统一社会信用代码：" + V.uscc(rng, code), "droid", 20)
    elif which == "bank_card":
        p = Page(1070, 675, bg=rng.choice(["#1F4E8C", "#A31F24", "#2E7D4F", "#C9A227"]))
        bank = rng.choice(["中国工商银行", "中国建设银行", "招商银行", "中国农业银行"])
        p.text(70, 110, bank, "uming", 52, fill="#FFFFFF")
        p.rect(90, 230, 230, 330, fill="#D8B45A", stroke="#8A6D2A", sw=2)
        num = "6222" + "".join(str(rng.randint(0, 9)) for _ in range(15))
        p.text(90, 470, " ".join(num[i:i + 4] for i in range(0, len(num), 4)), "dejavu_mono", 54, fill="#F0F0F0")
        p.text(90, 560, "银联 UnionPay   借记卡", "droid", 32, fill="#FFFFFF")
    elif which == "hukou":
        p = Page(1240, 900, bg="#F3EEDC")
        p.spread(430, 110, "常住人口登记卡", "uming", 48, 380)
        birth = V.date_between(rng, dt.date(1950, 1, 1), dt.date(2015, 1, 1))
        male = rng.random() < 0.5
        items = [("姓名", V.person(rng)), ("户主或与户主关系", rng.choice(["户主", "妻", "长子", "长女", "孙女"])),
                 ("性别", "男" if male else "女"), ("民族", rng.choice(V.NATIONS)), ("出生日期", V.cn_date(birth, False)),
                 ("公民身份号码", V.id_number(rng, code, birth, male)), ("籍贯", reg), ("文化程度", "大学本科"),
                 ("服务处所", V.company_name(rng, "上海市", "company"))]
        y = 200
        for k, v in items:
            p.rect(90, y - 45, 1150, y + 20, stroke="#7A5C3A", sw=1.5)
            p.text(110, y, k, lf, 26, fill="#5A3E22")
            p.text(420, y, v, vf, 28)
            y += 68
    elif which == "letter":
        p = Page(1240, 1754)
        p.spread(480, 200, "情况说明", "uming", 48, 280)
        nm = V.company_name(rng, "杭州市", "company")
        text = (f"{reg}市场监督管理局：我单位{nm}（统一社会信用代码{V.uscc(rng, code)}）因营业执照副本遗失，"
                f"现由法定代表人{V.person(rng)}委托{V.person(rng)}（身份证号码{V.id_number(rng, code, dt.date(1988, 5, 6), True)}）"
                "前来办理补领手续。我单位住所、经营范围、注册资本均未发生变更。特此说明。")
        p.para(150, 330, text, vf, 30, 940, 52)
        p.text(700, 1300, nm, vf, 28)
        p.text(780, 1360, "2026年11月" + str(rng.randint(1, 28)) + "日", vf, 28)
    elif which == "form":
        p = Page(1240, 1754)
        p.spread(300, 180, "公共场所卫生许可申请表", "uming", 44, 640)
        y = 300
        for lab in ["申请单位", "统一社会信用代码", "法定代表人", "联系电话", "单位地址", "经营场所地址", "申请许可项目",
                    "从业人员人数", "集中空调通风系统", "原卫生许可证号", "申请人签字"]:
            p.rect(100, y - 50, 1140, y + 30, stroke="#222222", sw=1.5)
            p.line(420, y - 50, 420, y + 30, sw=1.5)
            p.text(120, y, lab, lf, 26)
            y += 80
        p.text(120, y + 60, "本单位承诺所填内容真实有效。", lf, 26)
    else:  # authorisation letter with a person's data
        p = Page(1240, 1754)
        p.spread(470, 200, "授权委托书", "uming", 48, 300)
        text = (f"委托人：{V.person(rng)}，公民身份号码：{V.id_number(rng, code, dt.date(1975, 3, 9), False)}。"
                f"受托人：{V.person(rng)}，住址：{V.street_address(rng, reg)}。现委托受托人代为办理食品经营许可证延续事宜，"
                "受托人在办理过程中所签署的有关文件，我均予以认可。委托期限：自签字之日起至事项办结之日止。")
        p.para(150, 330, text, vf, 30, 940, 52)
    return p, {}, which, [f"label:{lf}", f"value:{vf}"]
