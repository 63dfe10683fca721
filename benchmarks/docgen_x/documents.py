"""Family X's documents: the content (values and truth) and the page (`pages.Page`) of each kind.
Every builder takes a seeded `random.Random` and returns (page, fields, variant); `fields` maps each
contract key (tests/benchmarks/truth_keys.py) to its true value as FIELDS.md spells it."""

from __future__ import annotations

import datetime as dt
import random

from benchmarks.docgen_x import values as V
from benchmarks.docgen_x.pages import (
    DIGITS,
    HAND,
    HEI,
    KAI,
    SONG,
    Page,
    emblem,
    guilloche_border,
    guilloche_field,
    portrait,
    qr,
    seal,
)

LABEL_BLUE = "#2f6ea8"


def _person(r: random.Random, min_age: int = 18, max_age: int = 70):
    p = V.region(r)
    birth = V.date_between(r, V.add_years(V.TODAY, -max_age), V.add_years(V.TODAY, -min_age))
    male = r.random() < 0.52
    return p, birth, male


# --- ID card ---------------------------------------------------------------------------------------

def id_front(r: random.Random) -> tuple[Page, dict, str]:
    p, birth, male = _person(r, 1, 85)
    name = V.person_name(r)
    nation = r.choice(V.NATIONS)
    addr = V.address(r, p)
    idn = V.id_number(p[0], birth, male, r)
    pg = Page(856, 540, bg="#f4f6f2")
    pg.svg(0, 0, 856, 540, guilloche_field(856, 540, r, r.choice(["#b9cfe0", "#c9d8c4", "#d6cbb8"]), 18))
    lab, val = r.choice(HEI), r.choice(HEI[:2] + SONG[:1])
    ls = 26
    pg.label(70, 62, "姓名", ls, lab, 2, LABEL_BLUE)
    pg.text(168, 55, name, 36, val, key="name", bold=r.random() < 0.4)
    pg.label(70, 132, "性别", ls, lab, 2, LABEL_BLUE)
    pg.text(168, 126, "男" if male else "女", 32, val, key="sex")
    pg.label(280, 132, "民族", ls, lab, 2, LABEL_BLUE)
    pg.text(378, 126, nation, 32, val, key="nation")
    pg.label(70, 200, "出生", ls, lab, 2, LABEL_BLUE)
    pg.text(168, 194, f"{birth.year}", 32, val)
    pg.label(262, 200, "年", ls, lab, 1, LABEL_BLUE)
    pg.text(310, 194, f"{birth.month}", 32, val)
    pg.label(360, 200, "月", ls, lab, 1, LABEL_BLUE)
    pg.text(408, 194, f"{birth.day}", 32, val)
    pg.label(458, 200, "日", ls, lab, 1, LABEL_BLUE)
    pg.boxes["birth_date"] = (168, 194, 458, 236)
    pg.label(70, 268, "住址", ls, lab, 2, LABEL_BLUE)
    pg.text(168, 262, addr, 30, val, w=11 * 31 + 8, lh=1.45, ls=1, key="address")
    pg.label(70, 452, "公民身份号码", ls, lab, 6, LABEL_BLUE)
    pg.text(290, 444, idn, 36, r.choice(DIGITS), ls=r.choice([2, 4, 6]), key="id_number", bold=r.random() < 0.5)
    pg.svg(560, 60, 250, 310, portrait(250, 310, r, not male))
    f = {"name": name, "sex": "男" if male else "女", "nation": nation, "birth_date": birth.isoformat(),
         "address": addr, "id_number": idn}
    return pg, f, "front"


def id_back(r: random.Random) -> tuple[Page, dict, str]:
    p, birth, _ = _person(r, 5, 85)
    issue = V.date_between(r, max(V.add_years(birth, 16), dt.date(2005, 1, 1)), V.TODAY)
    if issue > V.TODAY:
        issue = V.TODAY - dt.timedelta(days=30)
    age = (issue - birth).days // 365
    years = 5 if age < 16 else 10 if age < 26 else 20 if age < 46 else None
    to = "长期" if years is None else V.add_years(issue, years).isoformat()
    _code, prov, city, dist = p[0], p[1], p[2], p[3]
    if city and dist and not dist.endswith("市"):
        auth = f"{city}公安局{dist}分局"
    elif city:
        auth = f"{dist or city}公安局"
    else:
        auth = f"{prov}公安局{dist}分局"
    pg = Page(856, 540, bg="#f2f4f1")
    pg.svg(0, 0, 856, 540, guilloche_field(856, 540, r, r.choice(["#b9cfe0", "#cbd9c6"]), 20))
    pg.svg(60, 50, 150, 150, emblem(150))
    t = r.choice(SONG + HEI)
    pg.text(290, 80, "中华人民共和国", 50, t, "#222", ls=10, bold=True)
    pg.text(290, 170, "居民身份证", 66, t, "#222", ls=22, bold=True)
    lab, val = r.choice(HEI), r.choice(HEI[:2] + SONG[:1])
    pg.label(150, 390, "签发机关", 26, lab, 4, LABEL_BLUE)
    pg.text(300, 384, auth, 30, val, key="issuing_authority")
    pg.label(150, 455, "有效期限", 26, lab, 4, LABEL_BLUE)
    sep = r.choice(["-", "-", "—"])
    end = "长期" if to == "长期" else to.replace("-", ".")
    pg.text(300, 449, f"{issue:%Y.%m.%d}{sep}{end}", 30, val, ls=1)
    pg.boxes["valid_from"] = (300, 449, 470, 490)
    pg.boxes["valid_to"] = (470, 449, 640, 490)
    return pg, {"issuing_authority": auth, "valid_from": issue.isoformat(), "valid_to": to}, "back"


# --- 营业执照 -----------------------------------------------------------------------------------------

ENTITY = [  # (weight, type label, rep label, capital label or None, date label, term label or None, address label, uscc prefix)
    (10, "有限责任公司（自然人投资或控股）", "法定代表人", "注册资本", "成立日期", "营业期限", "住所", "91"),
    (7, "有限责任公司（自然人独资）", "法定代表人", "注册资本", "成立日期", "营业期限", "住所", "91"),
    (2, "有限责任公司（非自然人投资或控股的法人独资）", "法定代表人", "注册资本", "成立日期", "营业期限", "住所", "91"),
    (1, "其他有限责任公司", "法定代表人", "注册资本", "成立日期", "营业期限", "住所", "91"),
    (2, "股份有限公司（非上市、自然人投资或控股）", "法定代表人", "注册资本", "成立日期", "营业期限", "住所", "91"),
    (3, "有限责任公司分公司（自然人投资或控股）", "负责人", None, "成立日期", "营业期限", "营业场所", "91"),
    (2, "有限合伙企业", "执行事务合伙人", "出资额", "成立日期", "合伙期限", "主要经营场所", "91"),
    (1, "个人独资企业", "投资人", None, "成立日期", None, "住所", "91"),
    (8, "个体工商户", "经营者", None, "注册日期", None, "经营场所", "92"),
]


def business_license(r: random.Random) -> tuple[Page, dict, str]:
    ent = r.choices(ENTITY, weights=[e[0] for e in ENTITY])[0]
    _, etype, rep_l, cap_l, date_l, term_l, addr_l, pre = ent
    p = V.region(r)
    sector_name, sector = r.choice(V.TRADES)
    zh = r.choice(V.ZIHAO)
    city_short = (p[2] or p[1]).rstrip("市省")
    if etype == "个体工商户":
        name = "" if r.random() < 0.3 else r.choice([f"{p[3] or p[2]}{zh}{r.choice(['便利店', '小吃店', '五金店', '理发店', '服装店', '水果店'])}",
                                                     f"{city_short}市{p[3]}{zh}{sector_name}经营部".replace("市市", "市"),
                                                     f"{p[3] or p[2]}{V.person_name(r)}{r.choice(['面馆', '烟酒店', '家电维修部'])}"])
        sector = r.choice(["贸易", "餐饮", "美容", "食品"])
    elif "分公司" in etype:
        name = f"{city_short}{zh}{sector_name}有限公司{p[3] or p[2]}分公司"
    elif "合伙" in etype:
        name = f"{city_short}{zh}{r.choice(['股权投资', '企业管理咨询', '创业投资'])}合伙企业（有限合伙）"
        sector = "文化"
    elif "独资企业" in etype and "有限" not in etype:
        name = f"{city_short}{p[3]}{zh}{sector_name}部".replace("市市", "市")
    elif "股份" in etype:
        name = f"{r.choice([city_short, ''])}{zh}{sector_name}股份有限公司"
    else:
        name = f"{r.choice([city_short, city_short + '市', ''])}{zh}{sector_name}{r.choice(['有限公司', '有限公司', '有限责任公司'])}".replace("市市", "市")
    rep = V.person_name(r)
    if "合伙" in etype and r.random() < 0.5:
        rep = f"{city_short}{r.choice(V.ZIHAO)}投资管理有限公司（委派代表：{V.person_name(r)}）"
    cap = V.capital(r, "gufen" if "股份" in etype else "x") if cap_l else ""
    est = V.date_between(r, dt.date(1998, 1, 1), V.TODAY - dt.timedelta(days=20))
    if term_l:
        to = "长期" if r.random() < 0.6 else V.add_years(est, r.choice([10, 20, 30, 50])) - dt.timedelta(days=1)
        term = f"{V.cn_date(est)}至{'长期' if to == '长期' else V.cn_date(to)}"
        valid_to = "长期" if to == "长期" else to.isoformat()
    else:
        term, valid_to = None, ""
    issue = V.date_between(r, est, V.TODAY)
    layout = r.choices(["zheng", "fu", "fu1", "old"], weights=[5, 4, 2, 2])[0]
    new_scope = layout != "old" and est.year >= 2021 or r.random() < 0.5
    scope = V.business_scope(r, sector, new_scope)
    addr = V.address(r, p, rural=etype == "个体工商户" and r.random() < 0.3)
    credit = V.uscc(r, pre, p[0])
    reg = f"{p[1] if not p[2] else p[2]}{p[3]}市场监督管理局" if p[3] else f"{p[2]}市场监督管理局"
    rows_l = [("名称", name, "name"), ("类型", etype, "entity_type"), (rep_l, rep, "legal_representative")]
    if etype == "个体工商户":
        rows_l.append(("组成形式", r.choice(["个人经营", "家庭经营"]), None))
    rows_r = []
    if cap_l:
        rows_r.append((cap_l, cap, "registered_capital"))
    rows_r.append((date_l, V.cn_date(est), "established_date"))
    if term_l:
        rows_r.append((term_l, term, "valid_to"))
    rows_r.append((addr_l, addr, "address"))
    song, hei, _kai = r.choice(SONG), r.choice(HEI), r.choice(KAI)
    valf = r.choice([song, hei, song])
    labf = r.choice([song, hei])
    border = r.choice(["#b9914b", "#c49a52", "#9a7a3c", "#7d9cb8"])
    if layout in ("zheng",):
        pg = Page(1500, 1060, bg=r.choice(["#fffdf7", "#fbf6ea", "#ffffff"]))
    else:
        pg = Page(1060, 1500, bg=r.choice(["#fffdf7", "#fbf6ea", "#ffffff"]))
    pg.svg(0, 0, pg.w, pg.h, guilloche_border(pg.w, pg.h, r, border))
    W, H = pg.w, pg.h
    pg.svg(W / 2 - 55, 96, 110, 110, emblem(110))
    title_y = 220
    pg.text(W / 2 - 220, title_y, "营业执照", 80, r.choice([song, hei]), "#1b1b1b", ls=40, bold=True)
    if layout != "zheng":
        pg.text(W / 2 - 60, title_y + 108, "（副　本）", 30, song, "#222")
        if r.random() < 0.6:
            pg.text(W / 2 - 90, title_y + 150, f"副本编号：{r.randint(1, 3)}-{r.randint(1, 3)}", 20, song, "#222")
    # credit code block, top left
    pg.text(110, 160, "统一社会信用代码", 22, hei, "#222")
    pg.text(110, 192, credit, 26, r.choice(DIGITS[:3] + [hei]), "#111", ls=1, key="credit_code")
    if layout == "old":
        pg.text(110, 230, f"注册号 {p[0]}{r.randint(100000000, 999999999)}", 18, song, "#333") if r.random() < 0.2 else None
    qs = 150 if layout == "zheng" else 125
    qx = W - 100 - qs
    pg.svg(qx, 110, qs, qs, qr(qs, r))
    pg.text(qx - 30, 120 + qs, "扫描二维码登录“国家企业信用信息公示系统”了解更多登记、备案、许可、监管信息。" if layout == "old" or r.random() < 0.5 else
            "扫描市场主体身份码了解更多登记、备案、许可、监管信息，体验更多应用服务。", 12, song, "#333", w=230, lh=1.3)
    fs = r.choice([24, 25, 26]) if layout == "zheng" else r.choice([23, 24, 25])
    lh = 1.5
    y0 = 370 if layout == "zheng" else 430
    lw = 5 if any(len(rr[0]) > 4 for rr in rows_l + rows_r) else 4
    if layout == "zheng":
        cols = [(130, 130 + (lw + 1) * fs, 690, rows_l + [("经营范围", scope, "business_scope")]),
                (820, 820 + (lw + 1) * fs, W - 130, rows_r)]
    elif layout == "fu":
        cols = [(100, 100 + (lw + 1) * fs, 560, rows_l + [("经营范围", scope, "business_scope")]),
                (590, 590 + (lw + 1) * fs, W - 100, rows_r)]
    else:  # single column, older ordering
        order = rows_l[:2] + [rr for rr in rows_r if rr[2] == "address"] + rows_l[2:] + [rr for rr in rows_r if rr[2] != "address"]
        cols = [(120, 120 + (lw + 1) * fs, W - 120, order + [("经营范围", scope, "business_scope")])]
    for lx, vx, right, rows in cols:
        y = y0
        for lab, val, key in rows:
            if layout == "old":
                pg.label(lx, y, lab, fs, labf, lw)
                pg.text(vx - fs * 0.9, y, "：", fs, labf)
            else:
                pg.label(lx, y, lab, fs, labf, lw)
            h = pg.text(vx, y, val, fs, valf, w=right - vx, lh=lh, key=key) if val else fs * lh
            y += max(h, fs * lh) + fs * (0.9 if layout == "zheng" else 0.7)
    # registrar, seal over the date
    by = H - (250 if layout == "zheng" else 300)
    bx = W - (560 if layout == "zheng" else 460)
    pg.text(bx, by, "登记机关", 26, labf, "#111", ls=8)
    pg.text(bx + 20, by + 80, V.cn_date(issue), 26, valf, "#111")
    pg.svg(bx + 30, by - 70, 210, 210, seal(210, reg, r.choice(SONG + HEI[:1]), bottom=r.choice(["", "登记专用章"]) if r.random() < 0.3 else ""), 2)
    foot = H - 110 if layout == "zheng" else H - 130
    pg.text(120, foot, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", 15, song, "#333")
    if layout != "old":
        pg.text(120, foot + 24, "市场主体应当于每年1月1日至6月30日通过国家企业信用信息公示系统报送公示年度报告。", 15, song, "#333")
    pg.text(W / 2 - 90, foot + 52, "国家市场监督管理总局监制" if layout != "old" else "国家工商行政管理总局监制", 15, song, "#555")
    fields = {"name": name, "credit_code": credit, "entity_type": etype, "legal_representative": rep,
              "registered_capital": cap, "established_date": est.isoformat(), "address": addr,
              "business_scope": scope, "valid_to": valid_to}
    form = "geti" if etype == "个体工商户" else "branch" if "分公司" in etype else "partner" if "合伙" in etype else "company"
    return pg, fields, f"{layout}-{form}"


# --- 公共场所卫生许可证 -----------------------------------------------------------------------------------

def health_license(r: random.Random) -> tuple[Page, dict, str]:
    p = V.region(r)
    code, abbr = p[0], p[5]
    issue = V.date_between(r, V.add_years(V.TODAY, -4), V.TODAY)
    y = issue.year
    style = r.randrange(4)
    if style == 0:
        no = f"{abbr}卫公字（{y}）第{code}{r.randint(1, 999999):06d}号"
    elif style == 1:
        no = f"{abbr}卫公证字[{y}]第{code[2:]}{r.choice('ABCDE')}{r.randint(1, 99999):05d}号"
    elif style == 2:
        no = f"{abbr}卫公字〔{y}〕第{code}-{r.randint(1, 9999):04d}号"
    else:
        no = f"{(p[2] or p[1])[:1]}{p[3][:1] if p[3] else ''}卫公字（{y}）第{r.randint(1, 99999):05d}号"
    items = "、".join(r.sample(V.HEALTH_ITEMS, r.randint(1, 3)))
    zh = r.choice(V.ZIHAO)
    name = r.choice([f"{(p[2] or p[1]).rstrip('市省')}{zh}酒店管理有限公司", f"{p[3] or p[2]}{zh}美容美发店", f"{zh}{r.choice(['洗浴', '健身', '宾馆', '商贸'])}有限公司",
                     f"{(p[2] or p[1]).rstrip('市省')}{zh}{r.choice(['连锁酒店有限公司', '游泳馆', '足浴店'])}"])
    rep = V.person_name(r)
    addr = V.address(r, p, rural=False)
    vf = issue
    vt = V.add_years(issue, 4) - dt.timedelta(days=1)
    auth = f"{p[2] or p[1]}{p[3]}卫生健康委员会" if r.random() < 0.6 else f"{p[2] or p[1]}{p[3]}卫生健康局"
    song, hei = r.choice(SONG), r.choice(HEI)
    valf = r.choice([song, hei, r.choice(KAI)])
    pg = Page(1060, 1500, bg=r.choice(["#fffef9", "#f7f9fc", "#fdf8f0"]))
    layout = r.choice(["lines", "table", "lines"])
    pg.svg(0, 0, pg.w, pg.h, guilloche_border(pg.w, pg.h, r, r.choice(["#3c78b4", "#c0392b", "#2e8b57"]), band=26))
    pg.svg(480, 110, 100, 100, emblem(100))
    title = r.choice(["卫生许可证", "公共场所卫生许可证"])
    pg.text(530 - len(title) * 33, 240, title, 60, r.choice([song, hei]), "#111", ls=6, bold=True)
    pg.text(180 if r.random() < 0.5 else 420, 345, no, 26, valf, "#111", key="license_no")
    addr_l = r.choice(["地址", "经营场所地址", "地址"])
    rows = [("单位名称", name, "name"), ("法定代表人（负责人）", rep, "legal_representative"), (addr_l, addr, "address"),
            ("许可项目", items, "license_items")]
    fs = 27
    yy = 430
    if layout == "table":
        pg.raw(f'<div style="position:absolute;left:120px;top:{yy - 16}px;width:820px;height:600px;border:2px solid #333"></div>')
    for lab, val, key in rows:
        if layout == "table":
            lw = len(lab) * fs + 10 if len(lab) <= 6 else 5.4 * 30
            pg.text(140, yy, lab, fs if len(lab) <= 6 else 20, hei, w=lw, lh=1.3)
            h = pg.text(340, yy, val, fs, valf, w=580, lh=1.45, key=key)
            h = max(h, 70)
            pg.raw(f'<div style="position:absolute;left:120px;top:{yy + h:.0f}px;width:820px;border-top:1.5px solid #333"></div>')
            yy += h + 22
        else:
            pg.text(140, yy, lab + "：", fs, song)
            vx = 140 + (len(lab) + 1) * fs + 6
            h = pg.text(vx, yy, val, fs, valf, w=940 - vx, lh=1.5, key=key)
            pg.raw(f'<div style="position:absolute;left:{vx}px;top:{yy + fs * 1.35:.0f}px;width:{940 - vx}px;border-top:1px solid #666"></div>')
            yy += max(h, fs * 1.5) + 34
    yy += 20
    if r.random() < 0.5:
        txt = f"有效期限：自{V.cn_date(vf)}至{V.cn_date(vt)}"
    else:
        txt = f"有效期限：{V.cn_date(vf, False)} 至 {V.cn_date(vt, False)}"
    pg.text(140, yy, txt, fs, valf)
    pg.boxes["valid_from"] = (140 + 6 * fs, yy, 140 + 17 * fs, yy + fs * 1.4)
    pg.boxes["valid_to"] = (140 + 17 * fs, yy, 140 + 29 * fs, yy + fs * 1.4)
    by = 1180
    pg.text(560, by, "发证机关（盖章）", 24, song)
    pg.text(600, by + 80, V.cn_date(issue, r.random() < 0.5), 24, valf)
    pg.svg(580, by - 60, 200, 200, seal(200, auth, r.choice(SONG)), 2)
    fields = {"license_no": no, "name": name, "legal_representative": rep, "address": addr, "license_items": items,
              "valid_from": vf.isoformat(), "valid_to": vt.isoformat()}
    return pg, fields, f"{layout}-{style}"


# --- 食品经营许可证 -----------------------------------------------------------------------------------

def food_license(r: random.Random) -> tuple[Page, dict, str]:
    p = V.region(r)
    form_code, form = r.choice(V.FOOD_FORMS)
    items = "；".join(r.sample(V.FOOD_ITEMS[form_code], r.randint(1, min(4, len(V.FOOD_ITEMS[form_code])))))
    zh = r.choice(V.ZIHAO)
    geti = r.random() < 0.35 and form_code != "3"
    if form_code == "3":
        name = f"{(p[2] or p[1]).rstrip('市省')}{r.choice(['第一中学', '实验小学', '中心幼儿园', zh + '科技有限公司'])}"
    elif geti:
        name = f"{p[3] or p[2]}{zh}{r.choice(['小吃店', '面馆', '便利店', '奶茶店', '烧烤店'])}"
    else:
        name = f"{(p[2] or p[1]).rstrip('市省')}{zh}{r.choice(['餐饮管理有限公司', '商贸有限公司', '超市有限公司', '食品有限公司'])}"
    credit = V.uscc(r, "92" if geti else ("12" if form_code == "3" and "有限公司" not in name else "91"), p[0])
    rep = V.person_name(r)
    addr = V.address(r, p, rural=False)
    prem = addr if r.random() < 0.5 else V.address(r, p, rural=False)
    issue = V.date_between(r, V.add_years(V.TODAY, -5), V.TODAY)
    vt = V.add_years(issue, 5) - dt.timedelta(days=1)
    no = V.food_license_no(r, p, form_code)
    new = r.random() < 0.45
    auth = f"{p[2] or p[1]}{p[3]}市场监督管理局"
    song, hei = r.choice(SONG), r.choice(HEI)
    valf = r.choice([song, hei])
    land = r.random() < 0.4
    pg = Page(1500, 1060, bg="#fffdf8") if land else Page(1060, 1500, bg="#fffdf8")
    W, H = pg.w, pg.h
    pg.svg(0, 0, W, H, guilloche_border(W, H, r, r.choice(["#2e7d4f", "#1f6aa5", "#b0893a"]), band=28))
    pg.svg(W / 2 - 50, 90, 100, 100, emblem(100))
    pg.text(W / 2 - 7 * 34, 205, "食品经营许可证", 64, r.choice([song, hei]), "#111", ls=4, bold=True)
    if not land:
        pg.text(W / 2 - 45, 290, "（副本）" if r.random() < 0.5 else "（正本）", 26, song)
    if new:
        pg.svg(W - 250, 100, 130, 130, qr(130, r))
    rows = [("经营者名称", name, "name"), ("社会信用代码（身份证号码）", credit, "credit_code"),
            ("法定代表人（负责人）", rep, "legal_representative"), ("住所", addr, "address"),
            ("经营场所", prem, "premises_address"), ("主体业态", form, "business_form"), ("经营项目", items, "business_items")]
    right = [("许可证编号", no, "license_no"), ("日常监督管理机构", f"{p[3] or p[2]}市场监督管理局{r.choice(['', '城关', '东城', '新区'])}市场监督管理所".replace("局市场", "局"), None),
             ("日常监督管理人员", V.person_name(r) + "、" + V.person_name(r), None), ("投诉举报电话", "12315", None),
             ("发证机关", auth, None), ("签发人", V.person_name(r), None), ("有效期至", V.cn_date(vt), "valid_to")]
    fs = 23 if land else 24
    if land:
        cols = [(110, 660, rows), (780, W - 110, right)]
        y0 = 330
    else:
        cols = [(100, W - 100, rows + right)]
        y0 = 350
    for lx, rx, rr in cols:
        y = y0
        for lab, val, key in rr:
            lw = max(len(lab), 5) * fs * (0.78 if len(lab) > 6 else 1)
            # a long label wraps inside the label column (社会信用代码 / （身份证号码）), as the printed form
            # does; drawn on one line it ran over the first characters of its value
            hl = pg.text(lx, y, lab, fs * (0.78 if len(lab) > 6 else 1), hei, w=min(lw, 5.5 * fs) + 4, lh=1.3)
            vx = lx + min(lw, 5.5 * fs) + 18
            h = pg.text(vx, y, val, fs, valf, w=rx - vx, lh=1.45, key=key)
            y += max(h, hl, fs * 1.45) + 16
    yb = H - 200
    pg.text(W - 420, yb, V.cn_date(issue), 24, valf)
    pg.svg(W - 420, yb - 110, 200, 200, seal(200, auth, r.choice(SONG)), 2)
    pg.text(W / 2 - 100, H - 90, "国家市场监督管理总局监制" if new else "国家食品药品监督管理总局监制", 15, song, "#555")
    fields = {"license_no": no, "name": name, "credit_code": credit, "legal_representative": rep, "address": addr,
              "premises_address": prem, "business_form": form, "business_items": items, "valid_to": vt.isoformat()}
    return pg, fields, f"{'new' if new else 'old'}-{'land' if land else 'port'}"


# --- negatives -----------------------------------------------------------------------------------------

def other(r: random.Random) -> tuple[Page, dict, str]:
    kind = r.choice(["blank", "receipt", "form", "letter", "certificate", "bank_slip", "notice"])
    song, hei, kai = r.choice(SONG), r.choice(HEI), r.choice(KAI)
    if kind == "receipt":
        pg = Page(560, 1300, bg="#fbfbf8")
        shop = f"{r.choice(V.ZIHAO)}{r.choice(['便利店', '超市', '药房'])}"
        y = pg.text(60, 40, shop, 34, hei, bold=True) + 60
        pg.text(60, y, f"单号：{r.randint(10**11, 10**12)}", 20, r.choice(DIGITS))
        y += 40
        pg.text(60, y, f"日期：{V.date_between(r, dt.date(2024, 1, 1), V.TODAY)} {r.randint(8, 21):02d}:{r.randint(0, 59):02d}", 20, hei)
        y += 50
        tot = 0.0
        for _ in range(r.randint(4, 12)):
            price = round(r.uniform(1, 60), 2)
            tot += price
            pg.text(60, y, r.choice(["矿泉水", "纸巾", "面包", "牛奶", "口罩", "洗衣液", "电池", "酸奶", "方便面", "苹果"]), 22, hei)
            pg.text(360, y, f"{price:8.2f}", 22, r.choice(DIGITS))
            y += 36
        pg.text(60, y + 20, f"合计：{tot:.2f}   微信支付", 24, hei, bold=True)
        pg.text(60, y + 80, "谢谢惠顾，欢迎再次光临", 20, hei)
    elif kind == "blank":
        pg = Page(1060, 1500, bg=r.choice(["#ffffff", "#f8f6f0", "#eeeeee"]))
        if r.random() < 0.5:
            pg.text(480, 1420, f"- {r.randint(1, 9)} -", 18, song, "#888")
    elif kind == "form":
        pg = Page(1060, 1500)
        pg.text(200, 100, r.choice(["市场主体登记（备案）申请书", "企业名称自主申报告知书", "公共场所卫生许可申请表"]), 40, hei, bold=True)
        y = 220
        for lab in r.sample(["申请人", "联系电话", "身份证件号码", "通信地址", "申请事项", "经办人", "邮政编码", "电子邮箱", "申请日期", "备注"], 7):
            pg.raw(f'<div style="position:absolute;left:100px;top:{y}px;width:860px;height:70px;border:1.5px solid #222"></div>')
            pg.text(120, y + 20, lab, 24, song)
            y += 70
        pg.text(100, y + 60, "申请人承诺：所提交材料真实有效，如有虚假，愿承担相应法律责任。", 22, song, w=860)
        pg.text(600, y + 160, "申请人签字：", 22, song)
    elif kind == "letter":
        pg = Page(1060, 1500)
        comp = f"{r.choice(V.ZIHAO)}{r.choice(V.TRADES)[0]}有限公司"
        pg.text(420, 120, "情况说明", 44, hei, bold=True, ls=8)
        body = (f"{r.choice(['市场监督管理局', '政务服务中心', '行政审批局'])}：\n"
                f"　　我单位{comp}因{r.choice(['营业执照遗失', '营业执照正本破损', '住所变更', '经营范围调整'])}，"
                f"现申请{r.choice(['补领营业执照', '换发营业执照', '办理变更登记'])}。原营业执照副本及食品经营许可证复印件附后，"
                "特此说明，请予办理。\n　　本单位承诺上述情况属实，如有不实，愿承担一切法律责任。")
        pg.text(110, 240, body, 26, r.choice([song, kai]), w=840, lh=1.9, extra="white-space:pre-wrap;")
        pg.text(600, 900, comp, 24, song)
        pg.text(640, 950, V.cn_date(V.date_between(r, dt.date(2024, 1, 1), V.TODAY)), 24, song)
        pg.svg(620, 830, 190, 190, seal(190, comp, song), 2)
    elif kind == "certificate":
        pg = Page(1500, 1060, bg="#fff8ea")
        pg.svg(0, 0, 1500, 1060, guilloche_border(1500, 1060, r, "#c8a03c"))
        t = r.choice(["荣誉证书", "开户许可证", "健康证明", "培训合格证书", "税务登记证"])
        pg.text(750 - len(t) * 40, 200, t, 76, r.choice([song, kai]), "#b22222", ls=8, bold=True)
        pg.text(250, 400, f"{V.person_name(r)}同志：", 32, kai)
        pg.text(300, 480, r.choice(["在2024年度工作中表现突出，成绩显著，特发此证，以资鼓励。", "经审核，准予开立基本存款账户。",
                                    "经健康检查，符合从业人员健康要求。", "参加窗口服务规范化培训，考核合格。"]), 32, kai, w=900, lh=1.8)
        pg.svg(1000, 700, 220, 220, seal(220, f"{r.choice(V.ZIHAO)}{r.choice(['协会', '银行股份有限公司', '疾病预防控制中心'])}", song), 2)
    elif kind == "bank_slip":
        pg = Page(1400, 700, bg="#f3f8f3")
        pg.text(500, 40, "个人业务受理回单", 38, hei, bold=True)
        for i, (a, b) in enumerate([("户名", V.person_name(r)), ("账号", "6222 **** **** " + str(r.randint(1000, 9999))), ("金额", f"{r.randint(100, 99999)}.00"),
                                    ("业务类型", "转账汇款"), ("交易时间", f"{V.TODAY} 10:2{r.randint(0, 9)}")]):
            pg.text(120, 140 + 70 * i, f"{a}：{b}", 26, hei)
        pg.svg(1050, 350, 200, 200, seal(200, "银行业务受理专用章", song, oval=True), 2)
    else:
        pg = Page(1060, 1500)
        pg.text(300, 120, "办事指南（窗口告知单）", 40, hei, bold=True)
        pg.text(110, 240, "办理营业执照变更登记需提交：1.变更登记申请书；2.营业执照正副本原件；3.法定代表人身份证复印件；"
                "4.住所使用证明；5.章程修正案。食品经营许可证、卫生许可证信息同步变更的，请一并提交。", 26, song, w=840, lh=1.9)
    return pg, {}, kind


BUILDERS = {"id_card_front": id_front, "id_card_back": id_back, "business_license": business_license,
            "public_health_license": health_license, "food_business_license": food_license, "other": other}
HANDF = HAND
