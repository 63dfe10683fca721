"""Family AI's documents: each builder draws one page (ps.Page, millimetres) from its own values and
returns (page, fields, variant, faces). Labels and values sit where the real templates put them;
the fonts are the machine's Arphic / WenQuanYi / LXGW faces, chosen per document."""

from __future__ import annotations

import random

from . import values as V
from .ps import Page, wrap

BLACK = (0.05, 0.05, 0.07)
LABEL_BLUE = (0.1, 0.25, 0.5)
RED = (0.82, 0.12, 0.12)


def _spaced(label: str, n: int) -> str:
    """A label spread to n character cells with full-width spaces (名　　称)."""
    if len(label) >= n or len(label) < 2:
        return label
    gaps = n - len(label)
    per = gaps // (len(label) - 1)
    return ("　" * per).join(label)


# ---------------------------------------------------------------- ID card
def id_person(r: random.Random) -> dict:
    p = V.place(r)
    sex = r.choice("男女")
    birth = V.date(r, 1950, 2008)
    return {"place": p, "name": V.name(r), "sex": sex, "nation": r.choice(V.NATIONS), "birth_date": birth,
            "address": V.home_addr(r, p), "id_number": V.id_number(r, p, birth, sex)}


def id_front(r: random.Random, person: dict | None = None):
    P = person or id_person(r)
    pg = Page(85.6, 54.0)
    vf = r.choice(["Ming", "Hei", "Wen", "MHei"])
    lf = r.choice(["Hei", "MHei"])
    pg.into("bg")
    pg.color(0.96, 0.95, 0.9)
    pg.box(0, 0, 85.6, 54, fill=True)
    pg.guilloche(0, 0, 85.6, 54, (0.78, 0.86, 0.9), 14, r.randint(0, 999))
    pg.into("main")
    pg.color(0.85, 0.85, 0.85)
    pg.box(55.5, 5.5, 25, 31, fill=True)      # portrait area
    pg.color(0.55, 0.55, 0.58)
    pg.raw(f"newpath {68:.2f} {54 - 16:.2f} 6 0 360 arc fill newpath 68 {54 - 37:.2f} 11 0 180 arc fill")
    ls, vs = 2.9, 3.5
    pg.color(*LABEL_BLUE)
    pg.text(6, 10, ls, "姓  名", lf)
    pg.text(6, 16.5, ls, "性  别", lf)
    pg.text(26, 16.5, ls, "民  族", lf)
    pg.text(6, 23, ls, "出  生", lf)
    pg.text(6, 29.5, ls, "住  址", lf)
    pg.text(6, 47.5, ls, "公民身份号码", lf)
    pg.color(*BLACK)
    pg.text(15.5, 10, vs + 0.3, P["name"], vf, key="name")
    pg.text(15.5, 16.5, vs, P["sex"], vf, key="sex")
    pg.text(35.5, 16.5, vs, P["nation"], vf, key="nation")
    y, m, d = P["birth_date"].split("-")
    x = 15.5
    x += pg.text(x, 23, vs, y, vf, key="birth_date") + 1.5
    pg.color(*LABEL_BLUE)
    x += pg.text(x, 23, ls, "年", lf) + 1.5
    pg.color(*BLACK)
    x += pg.text(x, 23, vs, str(int(m)), vf, key="birth_date") + 1.5
    pg.color(*LABEL_BLUE)
    x += pg.text(x, 23, ls, "月", lf) + 1.5
    pg.color(*BLACK)
    x += pg.text(x, 23, vs, str(int(d)), vf, key="birth_date") + 1.5
    pg.color(*LABEL_BLUE)
    pg.text(x, 23, ls, "日", lf)
    pg.color(*BLACK)
    for i, row in enumerate(wrap(P["address"], vs * 0.92, 37.5)[:3]):
        pg.text(15.5, 29.5 + i * 4.6, vs * 0.92, row, vf, key="address")
    pg.text(27.5, 47.7, 3.9, P["id_number"], r.choice(["Hei", "MHei"]), track=0.35, key="id_number")
    fields = {k: P[k] for k in ("name", "sex", "nation", "birth_date", "address", "id_number")}
    return pg, fields, "id-front", [vf, lf]


def id_back(r: random.Random, person: dict | None = None):
    P = person or id_person(r)
    p = P["place"]
    pg = Page(85.6, 54.0)
    vf = r.choice(["Ming", "Hei", "Wen"])
    pg.into("bg")
    pg.color(0.95, 0.96, 0.93)
    pg.box(0, 0, 85.6, 54, fill=True)
    pg.guilloche(0, 0, 85.6, 54, (0.86, 0.84, 0.74), 16, r.randint(0, 999))
    pg.into("main")
    pg.color(*RED)
    pg.raw(f"0.6 setlinewidth 16 {54 - 15:.2f} 9 0 360 arc stroke")
    pg.raw(f"16 {54 - 15:.2f} 4.2 STAR")
    pg.color(*BLACK)
    pg.text(52, 15, 5.0, "中华人民共和国", "Hei", align="c", track=0.6)
    pg.text(52, 27, 7.0, "居民身份证", "Hei", align="c", track=1.5)
    age = 2024 - int(P["birth_date"][:4])
    y0 = r.randint(max(2006, int(P["birth_date"][:4]) + 1), 2024)
    vfrom = f"{y0}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"
    age_then = age - (2024 - y0)
    span = 5 if age_then < 16 else 10 if age_then < 26 else 20 if age_then < 46 else None
    vto = "长期" if span is None else f"{y0 + span}{vfrom[4:]}"
    auth = r.choice([f"{p[2]}公安局{p[3]}分局", f"{p[2]}公安局{p[3]}分局", f"{p[2]}公安局"])
    pg.color(*LABEL_BLUE)
    pg.text(14, 40.5, 2.9, "签发机关", "Hei")
    pg.text(14, 47.5, 2.9, "有效期限", "Hei")
    pg.color(*BLACK)
    pg.text(29, 40.6, 3.3, auth, vf, key="issuing_authority")
    shown = vfrom.replace("-", ".") + "-" + (vto if vto == "长期" else vto.replace("-", "."))
    pg.text(29, 47.6, 3.3, shown, vf, key="valid_from")
    pg.boxes["valid_to"] = pg.boxes["valid_from"]
    return pg, {"issuing_authority": auth, "valid_from": vfrom, "valid_to": vto}, "id-back", [vf]


# ---------------------------------------------------------------- business licence
def _firm(r: random.Random, individual: bool) -> dict:
    p = V.place(r)
    city = p[2][:-1]
    if individual:
        shop, scope = r.choice(V.SHOP_KINDS)
        who = V.name(r)
        nm = r.choice([f"{p[3]}{who[0]}记{shop}", f"{city}市{p[3]}{r.choice(V.FIRM_WORDS)}{shop}", f"{who}{shop}（个体工商户）"])
        return {"place": p, "name": nm, "credit_code": V.uscc(r, p, True), "entity_type": "个体工商户",
                "legal_representative": who, "registered_capital": "", "established_date": V.date(r, 2008, 2023),
                "address": V.street_addr(r, p), "business_scope": scope + "。（依法须经批准的项目，经相关部门批准后方可开展经营活动）",
                "valid_to": ""}
    trade, scope = r.choice(V.TRADES)
    nm = f"{city}{r.choice(V.FIRM_WORDS)}{trade}有限公司"
    ctype = r.choice(V.CO_TYPES)
    if ctype.startswith("股份"):
        nm = nm.replace("有限公司", "股份有限公司")
    est = V.date(r, 2003, 2023)
    vt = r.choice(["长期", "长期", f"{int(est[:4]) + r.choice((20, 30, 50))}{est[4:8]}{int(est[8:]) - 1 or 1:02d}"])
    extra = "许可项目：" + r.choice(["食品经营", "道路货物运输（不含危险货物）", "第三类医疗器械经营", "建设工程施工"]) + \
        "（依法须经批准的项目，经相关部门批准后方可开展经营活动，具体经营项目以相关部门批准文件或许可证件为准）"
    full = "一般项目：" + scope + "（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）" + ("。" + extra if r.random() < 0.5 else "")
    return {"place": p, "name": nm, "credit_code": V.uscc(r, p, False), "entity_type": ctype,
            "legal_representative": V.name(r), "registered_capital": V.capital(r), "established_date": est,
            "address": V.street_addr(r, p), "business_scope": full, "valid_to": vt}


def _frame(pg: Page, r: random.Random, color) -> None:
    pg.color(*color)
    pg.box(6, 6, pg.w - 12, pg.h - 12, lw=1.2)
    pg.box(8, 8, pg.w - 16, pg.h - 16, lw=0.3)
    for x, y in ((8, 8), (pg.w - 8, 8), (8, pg.h - 8), (pg.w - 8, pg.h - 8)):
        pg.raw(f"0.4 setlinewidth {x:.1f} {pg.h - y:.1f} 4 0 360 arc stroke")


def _emblem(pg: Page, cx: float, cy: float, r: float) -> None:
    pg.color(*RED)
    pg.raw(f"{r * 0.08:.2f} setlinewidth {cx:.2f} {pg.h - cy:.2f} {r:.2f} 0 360 arc stroke")
    pg.color(0.85, 0.65, 0.1)
    pg.raw(f"{cx:.2f} {pg.h - cy:.2f} {r * 0.8:.2f} 0 360 arc fill")
    pg.color(*RED)
    pg.raw(f"{cx:.2f} {pg.h - cy + r * 0.25:.2f} {r * 0.35:.2f} STAR")
    for k in (-1, 1):
        pg.raw(f"{cx + k * r * 0.5:.2f} {pg.h - cy + r * 0.45:.2f} {r * 0.13:.2f} STAR")
    pg.raw(f"{cx - r * 0.5:.2f} {pg.h - cy - r * 0.35:.2f} {r:.2f} {r * 0.2:.2f} FBOX")


def business_license(r: random.Random):
    individual = r.random() < 0.35
    F = _firm(r, individual)
    p = F["place"]
    landscape = r.random() < 0.5
    pg = Page(297, 210) if landscape else Page(210, 297)
    lf = r.choice(["Hei", "Ming", "WenB"])
    vf = r.choice(["Ming", "Kai", "Wen", "MHei"])
    pg.into("bg")
    pg.color(1, 1, 1)
    pg.box(0, 0, pg.w, pg.h, fill=True)
    pg.guilloche(10, 10, pg.w - 20, pg.h - 20, (0.93, 0.88, 0.8), 30, r.randint(0, 999))
    _frame(pg, r, (0.7, 0.45, 0.2))
    pg.into("main")
    _emblem(pg, pg.w / 2, 30 if landscape else 34, 11)
    pg.color(*BLACK)
    ty = 58 if landscape else 66
    pg.text(pg.w / 2, ty, 16, "营业执照", lf, align="c", track=6)
    if not landscape:
        pg.text(pg.w / 2, ty + 10, 5.5, "（副　　本）", lf, align="c")
    fields = {k: F[k] for k in ("name", "credit_code", "entity_type", "legal_representative", "registered_capital",
                                 "established_date", "address", "business_scope", "valid_to")}
    rep_label = "经营者" if individual else r.choice(["法定代表人", "法定代表人", "负责人"]) if not individual else ""
    addr_label = "经营场所" if individual else r.choice(["住所", "住所", "主要经营场所"])
    date_label = "注册日期" if individual else "成立日期"
    cc_x, cc_y = (22, 26) if landscape else (18, 26)
    pg.text(cc_x, cc_y, 4.2, "统一社会信用代码", lf)
    pg.text(cc_x, cc_y + 7, 4.6, F["credit_code"], "MHei", track=0.25, key="credit_code")
    pg.qr(pg.w - 52 if landscape else pg.w - 45, 16, 30 if landscape else 26, r.randint(0, 9999))
    pg.text(pg.w - 37 if landscape else pg.w - 32, 52 if landscape else 48, 2.6, "扫描二维码登录", lf, align="c")
    ls, vs = (5.0, 4.8) if landscape else (4.6, 4.4)
    rows_l = [("名称", "name"), ("类型", "entity_type"), (rep_label, "legal_representative")]
    if individual:
        rows_l.append(("组成形式", None))
    rows_l.append(("经营范围", "business_scope"))
    rows_r = []
    if not individual:
        rows_r.append(("注册资本", "registered_capital"))
    rows_r.append((date_label, "established_date"))
    if not individual:
        rows_r.append(("营业期限", "valid_to"))
    rows_r.append((addr_label, "address"))

    def val_text(key):
        if key is None:
            return "个人经营"
        v = F[key]
        if key == "established_date":
            return V.cn_date(v)
        if key == "valid_to":
            return V.cn_date(F["established_date"]) + "至" + (v if v == "长期" else V.cn_date(v))
        return v

    def col(rows, x, y, vx, width, bottom):
        for lab, key in rows:
            pg.color(*BLACK)
            pg.text(x, y, ls, _spaced(lab, 4), lf)
            vrows = wrap(val_text(key), vs, width)
            for i, row in enumerate(vrows):
                if y + i * vs * 1.55 > bottom:
                    break
                pg.text(vx, y + i * vs * 1.55, vs, row, vf, key=key if key not in ("established_date",) else key)
            if key == "valid_to":
                pg.boxes["established_date"] = pg.boxes.get("established_date") or pg.boxes["valid_to"]
            y += max(1, len(vrows)) * vs * 1.55 + vs * 0.9
        return y

    if landscape:
        yl = col(rows_l, 30, 82, 56, 88, 170)
        col(rows_r, 160, 82, 186, 82, 140)
        seal_c = (222, 168)
        if yl < 168:
            pg.free = (24, max(yl, 160), 100, 190 - max(yl, 160))
    else:
        yl = col(rows_l + rows_r, 22, 92, 50, 138, 238)
        seal_c = (150, 262)
        pg.free = (22, max(yl, 232), 95, 280 - max(yl, 232))
    auth = f"{p[2]}{p[3]}市场监督管理局"
    idate = V.date(r, max(int(F["established_date"][:4]), 2019), 2024)
    pg.into("under")
    pg.seal(seal_c[0], seal_c[1] - 2, 20, auth, "", rot=r.uniform(-12, 12))
    pg.into("main")
    pg.color(*BLACK)
    pg.text(seal_c[0] - 26, seal_c[1] - 10, ls, "登记机关", lf)
    pg.text(seal_c[0], seal_c[1] + 4, vs, V.cn_date(idate), vf, align="c")
    pg.color(0.3, 0.3, 0.3)
    fy = pg.h - 14
    pg.text(pg.w / 2, fy, 2.8, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", lf, align="c")
    pg.text(pg.w / 2, fy + 4.2, 2.6, "市场主体应当于每年1月1日至6月30日通过国家企业信用信息公示系统报送公示年度报告", lf, align="c")
    pg.boxes.pop(None, None)
    variant = f"{'individual' if individual else 'company'}-{'zhengben' if landscape else 'fuben'}"
    return pg, fields, variant, [lf, vf]


# ---------------------------------------------------------------- public health licence
HEALTH_ITEMS = ["住宿", "沐浴", "美容美发", "理发", "游泳场所", "公共浴室", "商场（店）", "歌舞厅", "候车室", "美容"]


def public_health_license(r: random.Random):
    p = V.place(r)
    pg = Page(210, 297)
    lf = r.choice(["Hei", "Ming"])
    vf = r.choice(["Kai", "Ming", "Wen", "GKai"])
    year = r.randint(2019, 2024)
    lb, rb = r.choice(["（）", "〔〕", "[]"])
    no = f"{p[0]}卫{r.choice(['公', '公证'])}字{lb}{year}{rb}第{p[4]}{r.randint(0, 999999):06d}号"
    kind = r.choice(["宾馆", "酒店", "美发店", "浴室", "游泳馆", "美容院"])
    nm = f"{p[2][:-1]}{r.choice(V.FIRM_WORDS)}{kind}" + r.choice(["有限公司", "", "（个体工商户）"])
    items = "、".join(r.sample(HEALTH_ITEMS, r.randint(1, 3)))
    vfrom = f"{year}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"
    vto = f"{year + 4}{vfrom[4:8]}{max(1, int(vfrom[8:]) - 1):02d}"
    fields = {"license_no": no, "name": nm, "legal_representative": V.name(r), "address": V.street_addr(r, p),
              "license_items": items, "valid_from": vfrom, "valid_to": vto}
    pg.into("bg")
    pg.color(1, 0.99, 0.97)
    pg.box(0, 0, 210, 297, fill=True)
    _frame(pg, r, (0.2, 0.45, 0.35))
    pg.into("main")
    _emblem(pg, 105, 40, 12)
    pg.color(*BLACK)
    pg.text(105, 78, 14, "卫生许可证", lf, align="c", track=4)
    pg.text(105, 92, 4.6, fields["license_no"], vf, align="c", key="license_no")
    y = 118
    for lab, key in (("单位名称", "name"), ("法定代表人（负责人）", "legal_representative"), ("地址", "address"),
                     ("许可项目", "license_items")):
        pg.text(28, y, 5, lab + "：", lf)
        lw = len(lab) * 5 + 6
        rows = wrap(fields[key], 5, 182 - 28 - lw)
        for i, row in enumerate(rows):
            pg.text(28 + lw, y + i * 8, 5, row, vf, key=key)
        y += 8 * len(rows) + 8
    pg.text(28, y, 5, "有效期限：自", lf)
    x = 28 + 33
    x += pg.text(x, y, 5, V.cn_date(vfrom), vf, key="valid_from") + 2
    x += pg.text(x, y, 5, "至", lf) + 2
    pg.text(x, y, 5, V.cn_date(vto), vf, key="valid_to")
    pg.free = (25, max(y + 10, 226), 85, 270 - max(y + 10, 226))
    auth = f"{p[2]}{p[3]}卫生健康委员会"
    pg.into("under")
    pg.seal(150, 236, 21, auth, "", rot=r.uniform(-15, 15))
    pg.into("main")
    pg.text(150, 232, 5, "发证机关", lf, align="c")
    pg.text(150, 246, 4.6, V.cn_date(vfrom), vf, align="c")
    pg.color(0.3, 0.3, 0.3)
    pg.text(105, 276, 3, "本证应悬挂于经营场所醒目位置，不得涂改、转让", lf, align="c")
    return pg, fields, "health-portrait", [lf, vf]


# ---------------------------------------------------------------- food business licence
FORMS = ["餐饮服务经营者（小型餐馆）", "餐饮服务经营者（中型餐馆）", "餐饮服务经营者（饮品店）", "食品销售经营者（便利店）",
         "食品销售经营者（超市）", "单位食堂（学校食堂）", "单位食堂（机关食堂）", "餐饮服务经营者（糕点店）"]
ITEMS = ["预包装食品（含冷藏冷冻食品）销售", "散装食品（不含冷藏冷冻食品）销售", "热食类食品制售", "冷食类食品制售",
         "自制饮品制售（不含自酿酒）", "糕点类食品制售（不含裱花蛋糕）", "保健食品销售", "特殊医学用途配方食品销售"]


def food_business_license(r: random.Random):
    p = V.place(r)
    individual = r.random() < 0.3
    trade = r.choice(["餐饮管理有限公司", "食品有限公司", "商贸有限公司", "超市有限公司"])
    nm = f"{p[3]}{V.name(r)[:1]}记小吃店" if individual else f"{p[2][:-1]}{r.choice(V.FIRM_WORDS)}{trade}"
    who = V.name(r)
    cc = V.uscc(r, p, individual)
    form = r.choice(FORMS)
    items = "；".join(r.sample(ITEMS, r.randint(1, 4)))
    addr = V.street_addr(r, p)
    prem = addr if r.random() < 0.5 else V.street_addr(r, p)
    jy = "JY" + r.choice("123") + p[4] + f"{r.randint(0, 999999):06d}" + str(r.randint(0, 9))
    vto = V.date(r, 2025, 2029)
    fields = {"license_no": jy, "name": nm, "credit_code": cc, "legal_representative": who, "address": addr,
              "premises_address": prem, "business_form": form, "business_items": items, "valid_to": vto}
    landscape = r.random() < 0.5
    pg = Page(297, 210) if landscape else Page(210, 297)
    lf = r.choice(["Hei", "MHei", "Ming"])
    vf = r.choice(["Ming", "Kai", "Wen", "Hei"])
    pg.into("bg")
    pg.color(1, 1, 1)
    pg.box(0, 0, pg.w, pg.h, fill=True)
    pg.guilloche(10, 10, pg.w - 20, pg.h - 20, (0.85, 0.9, 0.95), 26, r.randint(0, 999))
    _frame(pg, r, (0.15, 0.35, 0.6))
    pg.into("main")
    _emblem(pg, pg.w / 2, 30, 10)
    pg.color(*BLACK)
    pg.text(pg.w / 2, 56, 12, "食品经营许可证", lf, align="c", track=3)
    if not landscape:
        pg.text(pg.w / 2, 66, 5, "（副本）", lf, align="c")
    left = [("经营者名称", "name"), ("社会信用代码\n（身份证号码）", "credit_code"), ("法定代表人\n（负责人）", "legal_representative"),
            ("住　　所", "address"), ("经营场所", "premises_address"), ("主体业态", "business_form"), ("经营项目", "business_items")]
    ls, vs = 4.2, 4.4
    if landscape:
        x0, vx, width, y = 18, 58, 100, 78
    else:
        x0, vx, width, y = 20, 64, 124, 80
    for lab, key in left:
        labs = lab.split("\n")
        for i, part in enumerate(labs):
            pg.text(x0, y + i * 5.5, ls if i == 0 else ls * 0.85, part, lf)
        rows = wrap(fields[key], vs, width)
        for i, row in enumerate(rows):
            pg.text(vx, y + i * 6.8, vs, row, vf, key=key)
        y += max(len(rows) * 6.8, len(labs) * 5.5) + 5.5
    auth = f"{p[2]}{p[3]}市场监督管理局"
    if landscape and y < 178:
        pg.free = (x0, y, 110, 196 - y)
    if landscape:
        rx, ry = 176, 78
    else:
        rx, ry = 20, y + 4
    rv = rx + 40
    for lab, val, key in (("许可证编号", jy, "license_no"), ("日常监督管理机构", f"{p[3]}市场监督管理局", None),
                          ("日常监督管理人员", V.name(r) + "、" + V.name(r), None), ("投诉举报电话", "12315", None),
                          ("有效期至", V.cn_date(vto), "valid_to")):
        pg.text(rx, ry, ls, lab, lf)
        for i, row in enumerate(wrap(val, vs, (pg.w - 20 - rv))):
            pg.text(rv, ry + i * 6.5, vs, row, vf if key != "license_no" else "MHei", key=key)
        ry += 6.5 * len(wrap(val, vs, (pg.w - 20 - rv))) + 5
    if not landscape and ry < 250:
        pg.free = (rx, max(ry, 240), 80, 282 - max(ry, 240))
    sx, sy = (pg.w - 60, pg.h - 36)
    pg.into("under")
    pg.seal(sx, sy, 19, auth, "", rot=r.uniform(-15, 15))
    pg.into("main")
    pg.text(sx - 30, sy - 6, ls, "发证机关", lf)
    pg.text(sx - 30, sy + 3, ls, "签 发 人", lf)
    pg.text(sx - 8, sy + 3, vs, V.name(r), vf)
    pg.text(sx, sy + 12, vs, V.cn_date(V.date(r, 2020, 2024)), vf, align="c")
    return pg, fields, f"food-{'zhengben' if landscape else 'fuben'}", [lf, vf]


# ---------------------------------------------------------------- other
def other(r: random.Random):
    what = r.choice(["hukou", "receipt", "letter", "form", "marriage", "notice"])
    pg = Page(210, 297) if what not in ("receipt", "marriage") else Page(210, 140) if what == "receipt" else Page(180, 125)
    f = r.choice(["Ming", "Kai", "Hei", "Wen"])
    pg.into("bg")
    pg.color(1, 1, 1)
    pg.box(0, 0, pg.w, pg.h, fill=True)
    pg.into("main")
    pg.color(*BLACK)
    p = V.place(r)
    if what == "hukou":
        P = id_person(r)
        pg.text(105, 30, 8, "常住人口登记卡", "Hei", align="c", track=2)
        rows = [("姓名", P["name"], "户主或与户主关系", r.choice(["户主", "妻", "长子", "长女", "次子"])),
                ("曾用名", "", "性别", P["sex"]), ("出生地", f"{p[1]}{p[2]}", "民族", P["nation"]),
                ("籍贯", f"{p[1]}{p[2]}", "出生日期", V.cn_date(P["birth_date"])),
                ("本市（县）其他住址", "", "宗教信仰", ""), ("公民身份号码", P["id_number"], "身高", f"{r.randint(150, 188)}"),
                ("文化程度", r.choice(["大学本科", "高中", "初中", "研究生"]), "婚姻状况", r.choice(["已婚", "未婚"])),
                ("服务处所", "", "职业", r.choice(["职员", "个体", "教师", "无"]))]
        y = 45
        for a, b, c, d in rows:
            pg.box(20, y, 170, 14)
            pg.line(55, y, 55, y + 14)
            pg.line(110, y, 110, y + 14)
            pg.line(145, y, 145, y + 14)
            pg.text(22, y + 9, 3.6, a, "Hei")
            pg.text(57, y + 9, 4.2, b, f)
            pg.text(112, y + 9, 3.6, c, "Hei")
            pg.text(147, y + 9, 4.2, d, f)
            y += 14
        pg.into("under")
        pg.seal(150, 240, 18, f"{p[2]}公安局{p[3]}分局", "户口专用章")
        pg.into("main")
        pg.text(30, 240, 4, f"承办人签章：{V.name(r)}", f)
        pg.text(30, 250, 4, f"登记日期：{V.cn_date(V.date(r, 2000, 2023))}", f)
    elif what == "receipt":
        pg.text(105, 20, 8, "收　　据", "Hei", align="c")
        pg.text(150, 30, 3.5, f"NO.{r.randint(1000000, 9999999)}", "MHei")
        pg.box(15, 38, 180, 60)
        for i, (a, b) in enumerate((("交款单位", f"{p[2][:-1]}{r.choice(V.FIRM_WORDS)}商贸有限公司"), ("收款事由", "复印、打印费"),
                                    ("人民币（大写）", f"{V.CNNUM[r.randint(1, 9)]}拾元整"), ("￥", f"{r.randint(10, 99)}.00"))):
            pg.text(20, 50 + i * 13, 4.2, a + "：", "Hei")
            pg.text(60, 50 + i * 13, 4.5, b, "Kai")
        pg.text(20, 112, 3.8, f"收款人：{V.name(r)}　　　{V.cn_date(V.date(r, 2022, 2024))}", f)
        pg.into("under")
        pg.seal(160, 110, 15, f"{p[2][:-1]}{r.choice(V.FIRM_WORDS)}图文有限公司", "财务专用章")
        pg.into("main")
    elif what == "letter":
        pg.text(105, 35, 7, "情况说明", "Hei", align="c", track=2)
        body = (f"{p[2]}{p[3]}市场监督管理局：我单位{p[2][:-1]}{r.choice(V.FIRM_WORDS)}商贸有限公司因经营需要，拟申请变更营业执照"
                f"登记事项及食品经营许可证载明的经营场所。原营业执照正本已于{V.cn_date(V.date(r, 2021, 2024))}遗失，已在报纸登报声明作废。"
                "特此说明，请予办理。本说明所述内容真实有效，如有虚假，愿承担相应法律责任。")
        for i, row in enumerate(wrap(body, 5, 160)):
            pg.text(25, 55 + i * 9, 5, row, f)
        pg.text(185, 200, 5, "（单位盖章）", f, align="r")
        pg.text(185, 212, 5, V.cn_date(V.date(r, 2022, 2024)), f, align="r")
    elif what == "form":
        pg.text(105, 30, 7, "个体工商户登记（备案）申请书", "Hei", align="c")
        labs = ["名称", "经营者姓名", "身份证件号码", "经营场所", "联系电话", "组成形式", "经营范围", "从业人数"]
        for i, lab in enumerate(labs):
            y = 48 + i * 18
            pg.box(20, y, 170, 18)
            pg.line(60, y, 60, y + 18)
            pg.text(24, y + 11, 4.2, lab, "Hei")
        pg.text(20, 215, 4, "本人承诺所提交的材料真实有效。", f)
        pg.text(120, 240, 4, "经营者签字：", f)
    elif what == "marriage":
        pg.color(0.98, 0.95, 0.92)
        pg.box(0, 0, pg.w, pg.h, fill=True)
        pg.color(*BLACK)
        a, b = id_person(r), id_person(r)
        pg.text(12, 15, 4, f"持证人　{a['name']}", f)
        pg.text(12, 24, 4, f"登记日期　{V.cn_date(V.date(r, 2005, 2023))}", f)
        pg.text(12, 33, 4, f"结婚证字号　J{p[4]}-{r.randint(2005, 2023)}-{r.randint(1, 9999):06d}", f)
        for k, q in enumerate((a, b)):
            y = 48 + k * 32
            pg.text(12, y, 3.6, f"姓名　{q['name']}　　性别　{q['sex']}　　国籍　中国", f)
            pg.text(12, y + 8, 3.6, f"出生日期　{V.cn_date(q['birth_date'])}", f)
            pg.text(12, y + 16, 3.6, f"身份证件号　{q['id_number']}", f)
        pg.color(0.85, 0.85, 0.85)
        pg.box(125, 45, 45, 32, fill=True)
    else:
        pg.text(105, 40, 7, "办事指南", "Hei", align="c")
        body = ("办理营业执照变更登记需提交：变更登记申请书；法定代表人签署的文件；营业执照正副本原件；身份证复印件。"
                "办理食品经营许可证延续的，应当在有效期届满三十个工作日前提出申请。窗口办理时间：工作日上午九时至下午五时。")
        for i, row in enumerate(wrap(body, 4.6, 165)):
            pg.text(22, 60 + i * 8.5, 4.6, row, f)
    pg.free = (20, pg.h - 40, 80, 28) if pg.h > 200 else None
    return pg, {}, f"other-{what}", [f]


BUILDERS = {"id_card_front": id_front, "id_card_back": id_back, "business_license": business_license,
            "public_health_license": public_health_license, "food_business_license": food_business_license,
            "other": other}
