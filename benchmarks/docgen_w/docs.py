"""Family W's documents as SVG pages: second-generation ID card fronts and backs, the 2019 national 营业执照
(正本 landscape, 副本 portrait, 个体工商户) and the older 2016 副本, 公共场所卫生许可证 in local variants,
食品经营许可证 (2015 and 2023 templates), and negatives. Each builder returns (Page, fields, variant)."""

from __future__ import annotations

import datetime as dt

import numpy as np

from benchmarks.docgen_w import faces as F
from benchmarks.docgen_w import values as V
from benchmarks.docgen_w.svg import Page, break_lines, text_w

pick = V.pick


def _fv(v: str) -> dict:
    return {"value": v, "unreadable": False}


def _paper(rng: np.random.Generator) -> str:
    return pick(rng, ["#fffdf6", "#fbf7ea", "#ffffff", "#f8f4e6", "#fdfaf0"])


# ---------------------------------------------------------------------------------- ID cards
def id_front(rng: np.random.Generator) -> tuple[Page, dict, str]:
    p = V.place(rng)
    male = rng.random() < 0.5
    birth = V.date_between(rng, dt.date(1945, 1, 1), dt.date(2010, 12, 31))
    name = V.person_name(rng)
    nation = pick(rng, V.NATIONS)
    addr = V.address(rng, p, pick(rng, ["urban", "urban", "rural", "rural", "lane"]))
    idn = V.id_number(p[3], birth, male, rng)
    pg = Page(85.6, 54.0, float(rng.uniform(11, 16)), bg="#eef3f4")
    for k in range(3):
        pg.rosette(28 + k * 12, 30, 16 + k * 3, pick(rng, ["#8fb6c9", "#c7a9c4", "#a8c7a0"]), n=12 + 4 * k, opacity=0.35)
    label_c = pick(rng, ["#2f6a9a", "#3d7fb0", "#2a5d8a"])
    lf = pick(rng, F.HEI)
    vf = pick(rng, F.HEI + ["Noto Serif CJK SC"])
    nf = pick(rng, F.MONO)
    s = 3.0
    pg.justified(6, 10, "姓名", 7, lf, 2.6, label_c)
    pg.text(16, 10, name, vf, s, key="name", role=F.HEI)
    pg.justified(6, 17, "性别", 7, lf, 2.6, label_c)
    pg.text(16, 17, "男" if male else "女", vf, s, key="sex", role=F.HEI)
    pg.justified(25, 17, "民族", 7, lf, 2.6, label_c)
    pg.text(35, 17, nation, vf, s, key="nation", role=F.HEI)
    pg.justified(6, 24, "出生", 7, lf, 2.6, label_c)
    pg.text(16, 24, f"{birth.year}", vf, s, key="birth_date", role=F.HEI)
    pg.text(27, 24, "年", lf, 2.6, label_c)
    pg.text(31, 24, f"{birth.month}", vf, s, key="birth_date", role=F.HEI)
    pg.text(35.5, 24, "月", lf, 2.6, label_c)
    pg.text(39.5, 24, f"{birth.day}", vf, s, key="birth_date", role=F.HEI)
    pg.text(44, 24, "日", lf, 2.6, label_c)
    pg.justified(6, 31, "住址", 7, lf, 2.6, label_c)
    pg.para(16, 31, 36, addr, vf, s, lead=1.5, key="address", role=F.HEI)
    pg.text(6, 48.5, "公民身份号码", lf, 2.6, label_c)
    pg.text(27, 48.8, idn, nf, 3.4, spacing=0.45, key="id_number", role=F.MONO)
    # photo
    px, py, pw, ph = 55, 7, 26, 33
    pg.rect(px, py, pw, ph, fill=pick(rng, ["#f4f6f8", "#eef2f6", "#f6f4f2"]))
    skin = pick(rng, ["#d9b59a", "#c99d7e", "#e2c2a6"])
    pg.raw(f'<ellipse cx="{px + pw / 2:.1f}" cy="{py + 13:.1f}" rx="6.3" ry="8" fill="{skin}"/>'
           f'<path d="M{px + 3:.1f},{py + ph:.1f} Q{px + pw / 2:.1f},{py + 16:.1f} {px + pw - 3:.1f},{py + ph:.1f}Z" fill="#2d2f36"/>'
           f'<path d="M{px + 6.5:.1f},{py + 11:.1f} Q{px + pw / 2:.1f},{py + 1:.1f} {px + pw - 6.5:.1f},{py + 11:.1f}" fill="#1b1b1b"/>')
    fields = {"name": _fv(name), "sex": _fv("男" if male else "女"), "nation": _fv(nation),
              "birth_date": _fv(birth.isoformat()), "address": _fv(addr), "id_number": _fv(idn)}
    return pg, fields, "card-front"


def id_back(rng: np.random.Generator) -> tuple[Page, dict, str]:
    p = V.place(rng)
    birth = V.date_between(rng, dt.date(1945, 1, 1), dt.date(2012, 12, 31))
    issue = V.date_between(rng, max(birth + dt.timedelta(days=365 * 5), dt.date(2006, 1, 1)), V.TODAY)
    age = (issue - birth).days // 365
    years = 5 if age < 16 else 10 if age < 26 else 20 if age < 46 else 0
    to = V.add_years(issue, years).isoformat() if years else "长期"
    auth = p[5]
    pg = Page(85.6, 54.0, float(rng.uniform(11, 16)), bg="#f1f4ee")
    for k in range(4):
        pg.rosette(42.8, 27, 14 + k * 5, pick(rng, ["#b9cf9c", "#c9b6d6", "#9cc3cf"]), n=10 + 3 * k, opacity=0.3)
    pg.emblem(14, 14, 8.5)
    tf = pick(rng, F.HEI)
    pg.text(50, 13, "中华人民共和国", tf, 4.2, fill="#222", anchor="middle", spacing=0.9)
    pg.text(50, 25, "居民身份证", pick(rng, ["Noto Serif CJK SC", "Noto Sans CJK SC"]), 7.0, fill="#111", anchor="middle", spacing=1.6, weight=700)
    lf = pick(rng, F.HEI)
    vf = pick(rng, F.HEI)
    pg.text(17, 40, "签发机关", lf, 2.7, fill="#333")
    pg.text(31, 40, auth, vf, 3.0, key="issuing_authority", role=F.HEI)
    pg.text(17, 47, "有效期限", lf, 2.7, fill="#333")
    vt = f"{issue:%Y.%m.%d}-" + (V.add_years(issue, years).strftime("%Y.%m.%d") if years else "长期")
    pg.text(31, 47, vt, vf, 3.0, key="valid_from", role=F.HEI)
    pg.boxes["valid_to"] = list(pg.boxes["valid_from"])
    fields = {"issuing_authority": _fv(auth), "valid_from": _fv(issue.isoformat()), "valid_to": _fv(to)}
    return pg, fields, "card-back-" + ("long" if not years else f"{years}y")


# ---------------------------------------------------------------------------- business licence
def _licence_values(rng: np.random.Generator) -> dict:
    p = V.place(rng)
    types = V.ENTITY_TYPES
    w = np.array([t[2] for t in types], float)
    etype, legal_label, _ = types[int(rng.choice(len(types), p=w / w.sum()))]
    name, pool = V.company_name(rng, p, etype)
    indiv = etype == "个体工商户"
    est = V.date_between(rng, dt.date(2003, 1, 1), V.TODAY - dt.timedelta(days=20))
    long_term = rng.random() < 0.6
    if indiv:
        valid_to, term = "", ""
    elif long_term:
        valid_to, term = "长期", f"{V.ymd_cn(est)}至长期"
    else:
        end = V.add_years(est, int(pick(rng, [10, 20, 20, 30, 50]))) - dt.timedelta(days=1)
        valid_to, term = end.isoformat(), f"{V.ymd_cn(est)}至{V.ymd_cn(end)}"
    cap = "" if indiv or "分公司" in etype else V.capital_text(rng)
    return {
        "p": p, "etype": etype, "legal_label": legal_label, "name": name, "indiv": indiv,
        "code": V.uscc(rng, "92" if indiv else "91", p[3]),
        "legal": V.person_name(rng) if etype != "有限合伙企业" or rng.random() < 0.5 else f"{V.pick(rng, V.ZIHAO)}投资管理有限公司（委派代表：{V.person_name(rng)}）",
        "capital": cap, "cap_label": "出资额" if "合伙" in etype else "注册资本",
        "est": est, "term": term, "valid_to": valid_to,
        "addr": V.address(rng, p, pick(rng, ["office", "office", "urban", "rural", "lane"])),
        "scope": V.business_scope(rng, pool, old_style=rng.random() < 0.15),
        "addr_label": "经营场所" if indiv else "营业场所" if "分公司" in etype else "主要经营场所" if "合伙" in etype else "住所",
        "date_label": "注册日期" if indiv else "成立日期",
        "authority": f"{p[2] if p[1] else p[0]}市场监督管理局",
        "issued": V.date_between(rng, est, V.TODAY),
    }


def _licence_fields(d: dict) -> dict:
    return {"name": _fv(d["name"]), "credit_code": _fv(d["code"]), "entity_type": _fv(d["etype"]),
            "legal_representative": _fv(d["legal"]), "registered_capital": _fv(d["capital"]),
            "established_date": _fv(d["est"].isoformat()), "address": _fv(d["addr"]),
            "business_scope": _fv(d["scope"]), "valid_to": _fv(d["valid_to"])}


def _label_row(pg: Page, x: float, y: float, label: str, lw: float, lf: str, ls: float, value: str, vf: str, vs: float,
               key: str, width: float, role: list[str], flow: bool = False) -> float:
    pg.justified(x, y, label, lw, lf, ls)
    if not value:
        return y + vs * 2.2
    vx = x + lw + ls * 1.2
    if text_w(value, vs) <= width - (vx - x):
        pg.text(vx, y, value, vf, vs, key=key, role=role)
        return y + vs * 2.2
    if flow:
        return pg.flow(vx, y, width - (vx - x), value, vf, vs, key=key, role=role) + vs * 0.7
    return pg.para(vx, y, width - (vx - x), value, vf, vs, key=key, role=role) + vs * 0.7


def business_licence(rng: np.random.Generator) -> tuple[Page, dict, str]:
    d = _licence_values(rng)
    edition = pick(rng, ["zhengben", "zhengben", "fuben", "fuben", "fuben2016"])
    if d["indiv"] and edition == "fuben2016":
        edition = "fuben"
    paper = _paper(rng)
    border = pick(rng, ["#b8925a", "#a8884e", "#c29a62", "#9a7b48"])
    lf = pick(rng, F.SONG)
    vf = pick(rng, F.KAI + F.SONG[:2] + ["Noto Sans CJK SC"])
    vrole = F.KAI if vf in F.KAI else F.SONG
    flow = rng.random() < 0.4
    if edition == "zhengben":
        pg = Page(297, 210, float(rng.uniform(5.6, 8.0)), bg=paper)
        pg.guilloche(8, 8, 281, 194, border, 6.5, seed=float(rng.uniform(0, 6)))
        pg.emblem(148.5, 30, 9)
        pg.text(148.5, 58, "营业执照", pick(rng, F.TITLE), 17, anchor="middle", spacing=9, weight=900, fill="#1a1a1a")
        pg.justified(24, 42, "统一社会信用代码", 36, lf, 4.0)
        pg.text(24, 50, d["code"], pick(rng, F.MONO + [vf]), 4.6, key="credit_code", role=F.MONO, spacing=0.2)
        pg.qr(246, 24, 26, "http://www.gsxt.gov.cn/" + d["code"])
        pg.para(238, 55, 42, "扫描二维码登录'国家企业信用信息公示系统'了解更多登记、备案、许可、监管信息。", lf, 2.2, lead=1.3)
        ls, vs, lw = 4.2, 4.0, 22
        y = 80
        y = _label_row(pg, 24, y, "名称", lw, lf, ls, d["name"], vf, vs, "name", 125, vrole)
        y = _label_row(pg, 24, y, "类型", lw, lf, ls, d["etype"], vf, vs, "entity_type", 125, vrole)
        y = _label_row(pg, 24, y, d["legal_label"], lw, lf, ls, d["legal"], vf, vs, "legal_representative", 125, vrole)
        if d["indiv"]:
            y = _label_row(pg, 24, y, "组成形式", lw, lf, ls, pick(rng, ["个人经营", "家庭经营"]), vf, vs, "_form", 125, vrole)
        pg.justified(24, y, "经营范围", lw, lf, ls)
        size = 3.6
        while y + len(break_lines(d["scope"], 125 - lw - 5, size)) * size * 1.45 > 180 and size > 2.3:
            size -= 0.2
        (pg.flow if flow else pg.para)(24 + lw + 5, y, 125 - lw - 5, d["scope"], vf, size, key="business_scope", role=vrole)
        y2 = 80
        rx = 160
        if not d["indiv"] and "分公司" not in d["etype"]:
            y2 = _label_row(pg, rx, y2, d["cap_label"], lw, lf, ls, d["capital"], vf, vs, "registered_capital", 115, vrole)
        y2 = _label_row(pg, rx, y2, d["date_label"], lw, lf, ls, V.ymd_cn(d["est"]), vf, vs, "established_date", 115, vrole)
        if not d["indiv"]:
            y2 = _label_row(pg, rx, y2, "营业期限", lw, lf, ls, d["term"], vf, vs, "valid_to", 115, vrole)
        y2 = _label_row(pg, rx, y2, d["addr_label"], lw, lf, ls, d["addr"], vf, vs, "address", 115, vrole)
        _registrar(pg, rng, 230, 178, d, lf)
        pg.text(24, 196, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", lf, 2.4, fill="#333")
        pg.text(148.5, 199.5, "国家市场监督管理总局监制", lf, 2.2, anchor="middle", fill="#333")
        pg.text(280, 196, "市场主体应当于每年1月1日至6月30日通过国家企业信用信息公示系统报送公示年度报告。", lf, 2.2, anchor="end", fill="#333")
    else:
        pg = Page(210, 297, float(rng.uniform(5.6, 8.0)), bg=paper)
        pg.guilloche(7, 7, 196, 283, border, 6.0, seed=float(rng.uniform(0, 6)))
        pg.emblem(105, 28, 8.5)
        pg.text(105, 54, "营业执照", pick(rng, F.TITLE), 15, anchor="middle", spacing=7, weight=900, fill="#1a1a1a")
        pg.text(105, 64, "（副　本）", lf, 5, anchor="middle")
        pg.text(186, 64, f"副本编号：{int(rng.integers(1, 4))}-{int(rng.integers(1, 4))}", lf, 2.8, anchor="end")
        pg.justified(20, 76, "统一社会信用代码", 34, lf, 3.6)
        pg.text(58, 76, d["code"], pick(rng, F.MONO + [vf]), 4.2, key="credit_code", role=F.MONO, spacing=0.2)
        pg.qr(160, 80, 24, "http://www.gsxt.gov.cn/" + d["code"])
        ls, vs, lw = 3.9, 3.7, 21
        y = 90
        rows: list[tuple[str, str, str]] = [("名称", d["name"], "name"), ("类型", d["etype"], "entity_type")]
        if edition == "fuben2016":
            rows += [(d["addr_label"], d["addr"], "address"), (d["legal_label"], d["legal"], "legal_representative")]
            if d["capital"]:
                rows.append((d["cap_label"], d["capital"], "registered_capital"))
            rows += [(d["date_label"], V.ymd_cn(d["est"]), "established_date"), ("营业期限", d["term"], "valid_to")]
        else:
            rows.append((d["legal_label"], d["legal"], "legal_representative"))
            if d["indiv"]:
                rows.append(("组成形式", pick(rng, ["个人经营", "家庭经营"]), "_form"))
            elif d["capital"]:
                rows.append((d["cap_label"], d["capital"], "registered_capital"))
            rows.append((d["date_label"], V.ymd_cn(d["est"]), "established_date"))
            if not d["indiv"]:
                rows.append(("营业期限", d["term"], "valid_to"))
            rows.append((d["addr_label"], d["addr"], "address"))
        for lab, val, key in rows:
            y = _label_row(pg, 20, y, lab, lw, lf, ls, val, vf, vs, key, 135 if y < 108 else 170, vrole)
        pg.justified(20, y, "经营范围", lw, lf, ls)
        size = 3.4
        while len(break_lines(d["scope"], 170 - lw - 5, size)) * size * 1.45 + y > 245 and size > 2.2:
            size -= 0.2
        (pg.flow if flow else pg.para)(20 + lw + 5, y, 168 - lw - 5, d["scope"], vf, size, key="business_scope", role=vrole)
        _registrar(pg, rng, 150, 266, d, lf)
        pg.text(20, 282, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", lf, 2.3, fill="#333")
        pg.text(190, 286, "国家市场监督管理总局监制", lf, 2.1, anchor="end", fill="#333")
    fields = _licence_fields(d)
    kind = "individual" if d["indiv"] else "branch" if "分公司" in d["etype"] else "partnership" if "合伙" in d["etype"] else "company"
    return pg, fields, f"{edition}-{'flow' if flow else 'own'}-{kind}"


def _registrar(pg: Page, rng: np.random.Generator, x: float, y: float, d: dict, lf: str) -> None:
    pg.text(x - 28, y - 14, "登记机关", lf, 4.0)
    pg.text(x, y, V.ymd_cn(d["issued"]), lf, 4.0, anchor="middle")
    pg.seal(x + float(rng.uniform(-4, 4)), y - 10 + float(rng.uniform(-3, 3)), 17, d["authority"], "", pick(rng, F.SONG),
            rot=float(rng.uniform(-12, 12)), opacity=float(rng.uniform(0.65, 0.9)))


# ------------------------------------------------------------------------- public health licence
def health_licence(rng: np.random.Generator) -> tuple[Page, dict, str]:
    p = V.place(rng)
    year = int(rng.integers(2017, 2027))
    frm = V.date_between(rng, dt.date(year, 1, 1), min(dt.date(year, 12, 28), V.TODAY))
    to = V.add_years(frm, 4) - dt.timedelta(days=1)
    no = V.health_license_no(rng, p, year)
    venue, pool = pick(rng, [  # a venue that needs the licence, and the items it is licensed for
        ("酒店", ["住宿", "住宿、游泳场所", "住宿、沐浴"]), ("宾馆", ["住宿", "宾馆"]), ("快捷酒店", ["住宿"]),
        ("洗浴中心", ["沐浴", "沐浴、足浴", "公共浴室"]), ("足浴店", ["足浴", "沐浴"]), ("美容美发店", ["美容、美发", "美容美发"]),
        ("理发店", ["美发", "理发"]), ("美容院", ["美容"]), ("游泳馆", ["游泳场所"]), ("KTV", ["歌舞厅"]),
        ("电影城", ["影剧院"]), ("商场", ["商场（店）"])])
    zh = pick(rng, V.ZIHAO)
    city = (p[1] or p[0]).removesuffix("市").removesuffix("省")
    name = pick(rng, [f"{p[2]}{zh}{venue}", f"{city}{zh}{venue}管理有限公司", f"{city}市{p[2]}{V.person_name(rng)}{venue}",
                      f"{city}{zh}{venue}有限公司{p[2]}分店" if venue in ("酒店", "快捷酒店", "KTV", "电影城") else f"{p[2]}{zh}{venue}"])
    items = pick(rng, pool)
    legal = V.person_name(rng)
    addr = V.address(rng, p, pick(rng, ["office", "urban", "lane", "rural"]))
    variant = pick(rng, ["portrait-table", "landscape-plain", "portrait-plain"])
    land = variant.startswith("landscape")
    pg = Page(297 if land else 210, 210 if land else 297, float(rng.uniform(5.0, 7.0)), bg=_paper(rng))
    col = pick(rng, ["#2c6e9b", "#3a7d44", "#9b2c2c", "#6a5a2c"])
    pg.guilloche(8, 8, pg.w - 16, pg.h - 16, col, 5.0, seed=float(rng.uniform(0, 6)))
    lf = pick(rng, F.SONG)
    vf = pick(rng, F.KAI + F.SONG[:2])
    vrole = F.KAI if vf in F.KAI else F.SONG
    cx = pg.w / 2
    y = 40 if land else 50
    pg.text(cx, y, "公共场所卫生许可证", pick(rng, F.TITLE), 12 if land else 11, anchor="middle", spacing=3, weight=800)
    y += 14
    pg.text(cx, y, no, vf, 4.2, anchor="middle", key="license_no", role=vrole)
    rows = [("单位名称", name, "name"), ("法定代表人（负责人）", legal, "legal_representative"),
            ("地址" if rng.random() < 0.5 else "经营场所地址", addr, "address"), ("许可项目", items, "license_items")]
    x0 = 30 if land else 22
    lw = 44 if rng.random() < 0.5 else 38
    width = pg.w - 2 * x0
    y += 16
    for lab, val, key in rows:
        if variant == "portrait-table":
            pg.rect(x0 - 3, y - 7, width + 6, 12, stroke=col, sw=0.3)
        pg.text(x0, y, lab + ("：" if variant != "portrait-table" else ""), lf, 3.8)
        vx = x0 + lw
        if text_w(val, 4.0) < width - lw:
            pg.text(vx, y, val, vf, 4.0, key=key, role=vrole)
            y += 12 if variant == "portrait-table" else 11
        else:
            y = pg.para(vx, y, width - lw, val, vf, 4.0, key=key, role=vrole) + 5
    y += 4
    pg.text(x0, y, "有效期限：", lf, 3.8)
    pg.text(x0 + lw, y, f"自{V.ymd_cn(frm, rng.random() < 0.5)}至{V.ymd_cn(to, rng.random() < 0.5)}", vf, 4.0, key="valid_from", role=vrole)
    pg.boxes["valid_to"] = list(pg.boxes["valid_from"])
    auth = f"{p[2] if p[1] else p[0]}卫生健康委员会" if rng.random() < 0.6 else f"{p[2]}卫生健康局"
    pg.text(pg.w - 40, pg.h - 34, "发证机关（章）", lf, 3.6, anchor="middle")
    pg.text(pg.w - 40, pg.h - 24, V.ymd_cn(frm), lf, 3.6, anchor="middle")
    pg.seal(pg.w - 40, pg.h - 32, 15, auth, "", pick(rng, F.SONG), rot=float(rng.uniform(-15, 15)))
    pg.text(x0, pg.h - 18, "中华人民共和国国家卫生健康委员会制", lf, 2.6, fill="#444")
    fields = {"license_no": _fv(no), "name": _fv(name), "legal_representative": _fv(legal), "address": _fv(addr),
              "license_items": _fv(items), "valid_from": _fv(frm.isoformat()), "valid_to": _fv(to.isoformat())}
    return pg, fields, f"health-{variant}"


# ---------------------------------------------------------------------------- food licence
def food_licence(rng: np.random.Generator) -> tuple[Page, dict, str]:
    p = V.place(rng)
    form = pick(rng, V.FOOD_FORMS)
    catering = not form.startswith("食品销售")
    etype = pick(rng, ["有限责任公司（自然人投资或控股）", "个体工商户", "个体工商户", "有限责任公司分公司（自然人投资或控股）"])
    name, _ = V.company_name(rng, p, etype)
    if not name:
        name = f"{p[2]}{V.person_name(rng)}{pick(rng, ['小吃店', '餐馆', '便利店', '烧烤店'])}"
    indiv = etype == "个体工商户"
    code = V.uscc(rng, "92" if indiv else "91", p[3])
    legal = V.person_name(rng)
    addr = V.address(rng, p, pick(rng, ["office", "urban", "lane", "rural"]))
    prem = addr if rng.random() < 0.55 else V.address(rng, p, pick(rng, ["office", "urban"]))
    items = V.food_items(rng, form)
    no = V.food_license_no(rng, p, catering)
    issued = V.date_between(rng, dt.date(2017, 1, 1) if rng.random() < 0.15 else V.TODAY - dt.timedelta(days=365 * 5 - 30), V.TODAY - dt.timedelta(days=5))
    to = V.add_years(issued, 5) - dt.timedelta(days=1)
    edition = pick(rng, ["2015", "2015", "2023"])
    copy = pick(rng, ["zhengben", "fuben"])
    land = copy == "zhengben"
    pg = Page(297 if land else 210, 210 if land else 297, float(rng.uniform(5.0, 7.0)), bg=_paper(rng))
    col = pick(rng, ["#3f8f5a", "#2f7f6f", "#4a7fa8"]) if edition == "2015" else pick(rng, ["#1f5fa0", "#b08a3e"])
    pg.guilloche(8, 8, pg.w - 16, pg.h - 16, col, 5.5, seed=float(rng.uniform(0, 6)))
    lf = pick(rng, F.SONG + F.HEI[:1])
    vf = pick(rng, F.KAI + F.SONG[:2] + F.HEI[:2])
    vrole = F.KAI if vf in F.KAI else F.HEI if vf in F.HEI else F.SONG
    cx = pg.w / 2
    pg.text(cx, 34, "食品经营许可证", pick(rng, F.TITLE), 13, anchor="middle", spacing=4, weight=800)
    pg.text(cx, 44, "（正本）" if land else "（副本）", lf, 4.5, anchor="middle")
    labels = [("经营者名称", name, "name"),
              ("社会信用代码（身份证号码）" if edition == "2015" else "统一社会信用代码（身份证号码）", code, "credit_code"),
              ("法定代表人（负责人）", legal, "legal_representative"), ("住所", addr, "address"),
              ("经营场所", prem, "premises_address"), ("主体业态", form, "business_form"), ("经营项目", items, "business_items")]
    x0 = 24 if land else 20
    lw = 58 if edition == "2023" else 52
    colw = (pg.w - 2 * x0) * (0.62 if land else 1.0)
    y = 58
    ls, vs = 3.5, 3.7
    for lab, val, key in labels:
        pg.text(x0, y, lab, lf, ls)
        if text_w(val, vs) < colw - lw:
            pg.text(x0 + lw, y, val, vf, vs, key=key, role=vrole if key != "credit_code" else F.MONO + vrole)
            y += 10
        else:
            y = pg.para(x0 + lw, y, colw - lw, val, vf, vs, key=key, role=vrole) + 4.5
    rx = x0 + colw + 8 if land else x0
    ry = 62 if land else y + 6
    pg.text(rx, ry, "许可证编号：", lf, ls)
    pg.text(rx + 22, ry, no, pick(rng, F.MONO + [vf]), 3.9, key="license_no", role=F.MONO)
    pg.text(rx, ry + 10, "日常监督管理机构：", lf, ls)
    pg.text(rx + 32, ry + 10, f"{p[2]}市场监督管理局", vf, 3.5, role=vrole)
    pg.text(rx, ry + 20, "投诉举报电话：12315", lf, ls)
    pg.text(rx, ry + 30, "有效期至", lf, ls)
    pg.text(rx + 18, ry + 30, V.ymd_cn(to), vf, 3.7, key="valid_to", role=vrole)
    if land:
        pg.qr(rx + 10, ry + 40, 26, f"https://spscxkz.samr.gov.cn/{no}")
    else:
        pg.qr(pg.w - 50, ry - 4, 24, f"https://spscxkz.samr.gov.cn/{no}")
    auth = f"{p[2] if p[1] else p[0]}市场监督管理局"
    pg.text(pg.w - 55, pg.h - 36, "发证机关：", lf, 3.4)
    pg.text(pg.w - 55, pg.h - 26, V.ymd_cn(issued), lf, 3.4)
    pg.seal(pg.w - 40, pg.h - 34, 15, auth, "", pick(rng, F.SONG), rot=float(rng.uniform(-15, 15)))
    pg.text(x0, pg.h - 22, "签发人：" + V.person_name(rng), lf, 3.2)
    pg.text(cx, pg.h - 13, "国家市场监督管理总局监制", lf, 2.4, anchor="middle", fill="#444")
    fields = {"license_no": _fv(no), "name": _fv(name), "credit_code": _fv(code), "legal_representative": _fv(legal),
              "address": _fv(addr), "premises_address": _fv(prem), "business_form": _fv(form),
              "business_items": _fv(items), "valid_to": _fv(to.isoformat())}
    return pg, fields, f"food-{edition}-{copy}"


# ---------------------------------------------------------------------------------- negatives
def negative(rng: np.random.Generator) -> tuple[Page, dict, str]:
    sort = pick(rng, ["blank", "receipt", "form", "letter", "letter", "certificate", "certificate"])
    p = V.place(rng)
    lf = pick(rng, F.SONG)
    bf = pick(rng, F.SONG + F.HEI)
    if sort == "receipt":
        pg = Page(80, float(rng.uniform(140, 200)), float(rng.uniform(7, 10)), bg="#fbfbf8")
        f = pick(rng, F.HEI + F.MONO[2:])
        shop, _ = V.company_name(rng, p, "有限责任公司（自然人独资）")
        y = pg.para(6, 12, 68, shop, f, 4.0) + 2
        pg.text(6, y, f"单号：{int(rng.integers(10**9, 10**10))}", f, 3.0)
        y += 6
        pg.text(6, y, f"日期：{V.date_between(rng, dt.date(2024, 1, 1), V.TODAY)} {int(rng.integers(8, 22)):02d}:{int(rng.integers(60)):02d}", f, 3.0)
        y += 8
        tot = 0.0
        for _ in range(int(rng.integers(3, 10))):
            item = pick(rng, ["矿泉水", "打印纸A4", "签字笔", "文件袋", "复印费", "快递费", "工本费", "档案盒", "面包", "咖啡"])
            amt = round(float(rng.uniform(1, 60)), 2)
            tot += amt
            pg.text(6, y, item, f, 3.2)
            pg.text(74, y, f"{amt:.2f}", f, 3.2, anchor="end")
            y += 5.5
        pg.text(6, y + 4, "合计", f, 3.6)
        pg.text(74, y + 4, f"{tot:.2f}", f, 3.6, anchor="end")
        pg.text(40, y + 16, "谢谢惠顾，欢迎再次光临", f, 3.0, anchor="middle")
        return pg, {}, "neg-receipt"
    pg = Page(210, 297, float(rng.uniform(4.5, 6.5)), bg=_paper(rng))
    if sort == "blank":
        if rng.random() < 0.5:
            pg.text(105, 285, f"第 {int(rng.integers(1, 9))} 页", lf, 3.0, anchor="middle", fill="#777")
        return pg, {}, "neg-blank"
    if sort == "form":
        pg.text(105, 30, pick(rng, ["企业登记（备案）申请书", "政务服务事项申请表", "个体工商户登记申请书", "委托书"]), pick(rng, F.TITLE), 8, anchor="middle", weight=700)
        y = 50
        for lab in ["申请人姓名", "联系电话", "证件类型", "证件号码", "办理事项", "申请日期", "经办人签字"]:
            pg.rect(20, y - 7, 170, 12, stroke="#222", sw=0.3)
            pg.path(f"M62,{y - 7} V{y + 5}", sw=0.3)
            pg.text(24, y, lab, lf, 3.8)
            y += 12
        pg.para(20, y + 12, 170, "本人承诺所提交材料真实有效，如有虚假，愿承担相应法律责任。注：请附营业执照复印件及身份证复印件各一份。", bf, 3.6)
        return pg, {}, "neg-form"
    if sort == "certificate":
        title, body = pick(rng, [
            ("荣誉证书", f"授予{V.company_name(rng, p, '其他有限责任公司')[0]}{V.TODAY.year - 1}年度“诚信经营示范单位”称号。特发此证，以资鼓励。"),
            ("开户许可证", f"核准号：J{int(rng.integers(10**12, 10**13))}  存款人：{V.company_name(rng, p, '其他有限责任公司')[0]}  开户银行：中国工商银行股份有限公司{p[2]}支行"),
            ("道路运输经营许可证", f"{p[4]}交运管许可字{int(rng.integers(10**11, 10**12))}号  业户名称：{V.company_name(rng, p, '其他有限责任公司')[0]}  经营范围：普通货运"),
            ("第二类医疗器械经营备案凭证", f"备案编号：{p[4]}{p[2][:2]}食药监械经营备{V.TODAY.year - 2}{int(rng.integers(1000, 9999))}号  企业名称：{V.company_name(rng, p, '其他有限责任公司')[0]}"),
            ("排污登记回执", f"登记编号：{V.uscc(rng, '91', p[3])}001Y  排污单位名称：{V.company_name(rng, p, '其他有限责任公司')[0]}"),
        ])
        pg.guilloche(10, 10, 190, 277, pick(rng, ["#b8925a", "#8a2020", "#2c5e8a"]), 6)
        pg.text(105, 60, title, pick(rng, F.TITLE), 13, anchor="middle", spacing=4, weight=800)
        pg.para(30, 100, 150, body, bf, 4.6, lead=1.8)
        pg.seal(150, 240, 18, f"{p[2]}{pick(rng, ['人民政府', '工商业联合会', '交通运输局', '生态环境局'])}", "", lf)
        pg.text(150, 250, V.ymd_cn(V.date_between(rng, dt.date(2018, 1, 1), V.TODAY)), lf, 4, anchor="middle")
        return pg, {}, "neg-certificate"
    # letter mentioning the licence
    co, _ = V.company_name(rng, p, "其他有限责任公司")
    pg.text(105, 30, pick(rng, ["情况说明", "证明", "关于补办营业执照的申请", "授权委托书"]), pick(rng, F.TITLE), 8, anchor="middle", weight=700)
    body = (f"{p[2]}市场监督管理局：\n　　我单位{co}（统一社会信用代码：{V.uscc(rng, '91', p[3])}）因经营需要，现委托{V.person_name(rng)}"
            f"（身份证号：{V.id_number(p[3], V.date_between(rng, dt.date(1960, 1, 1), dt.date(2000, 1, 1)), True, rng)}）前来办理营业执照变更登记及食品经营许可证延续事宜，"
            f"原营业执照正本、副本及公共场所卫生许可证已随附复印件。由此产生的一切法律责任由我单位承担。\n　　特此说明。")
    y = 48
    for ptxt in body.split("\n"):
        y = pg.para(22, y, 166, ptxt, bf, 4.2, lead=1.7) + 2
    pg.text(150, y + 20, co, bf, 4.2, anchor="middle")
    pg.text(150, y + 30, V.ymd_cn(V.date_between(rng, dt.date(2024, 1, 1), V.TODAY)), bf, 4.2, anchor="middle")
    pg.seal(150, y + 20, 17, co, "", lf)
    return pg, {}, "neg-letter"


BUILDERS = {"id_card_front": id_front, "id_card_back": id_back, "business_license": business_licence,
            "public_health_license": health_licence, "food_business_license": food_licence, "other": negative}
