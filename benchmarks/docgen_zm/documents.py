"""The documents of family ZM laid out as SVG pages (millimetres): the second-generation ID card's two
faces (85.6×54 mm), the 2019 营业执照 正本 (A3 landscape) and 副本 (A4 portrait) for companies, branches,
partnerships and 个体工商户, the 公共场所卫生许可证, the 食品经营许可证 and unrelated pages (negatives).
Each builder returns the page, the truth values and a variant name; the page records where every
value's ink lies."""

from __future__ import annotations

import datetime as dt

from benchmarks.docgen_zm import art, fonts
from benchmarks.docgen_zm import values as V
from benchmarks.docgen_zm.svg import Page

INK = "#161616"


def _face(rng, group: list[str], texts: list[str]) -> str:
    """A face from `group` (seeded choice) covering every string; the next one in order if not."""
    start = int(rng.integers(len(group)))
    for i in range(len(group)):
        f = group[(start + i) % len(group)]
        if fonts.FC_ONLY and f.startswith("f") and f != "fhei_never":
            f = {"fsong": "uming", "fsongb": "notoserifb", "fhei": "wqymicro", "fheib": "notosansb", "fkai": "ukai",
                 "ffang": "notoserif"}[f]
        if all(fonts.covers(f, t) for t in texts):
            return f
    raise KeyError(f"no face of {group} covers {texts}")


# ---------------------------------------------------------------- ID card
def id_front(rng):
    p = V.place(rng)
    male = rng.random() < 0.5
    birth = V.date_between(rng, dt.date(1950, 1, 1), dt.date(2008, 12, 31))
    name = V.person_name(rng)
    nation = V.pick(rng, V.NATIONS)
    addr = V.address(rng, p)
    idn = V.id_number(p[3], birth, male, rng)
    pg = Page(85.6, 54.0, bg="#f3f5f2", prefix="c")
    art.waves(pg, "#7fa3c8", rng, n=46, amp=1.4)
    art.rosette(pg, 30, 30, 18, "#c7a36a", k=9, opacity=0.25)
    lab = "#2f5f9a"
    lf = _face(rng, fonts.HEI, ["姓名性别民族出生年月日住址公民身份号码"])
    vf = _face(rng, fonts.HEI + ["notosans"], [name, nation, addr, "男女"])
    numf = "wenkaimono" if rng.random() < 0.3 else "fhei"
    pg.text(5.5, 10.5, "姓名", lf, 2.3, fill=lab, spacing=1.2)
    pg.text(14.5, 10.6, name, vf, 3.4, fill=INK, key="name", spacing=0.3)
    pg.text(5.5, 17.5, "性别", lf, 2.3, fill=lab, spacing=1.2)
    pg.text(14.5, 17.5, "男" if male else "女", vf, 2.9, fill=INK, key="sex")
    pg.text(24.0, 17.5, "民族", lf, 2.3, fill=lab, spacing=1.2)
    pg.text(32.5, 17.5, nation, vf, 2.9, fill=INK, key="nation")
    pg.text(5.5, 24.0, "出生", lf, 2.3, fill=lab, spacing=1.2)
    pg.text(14.5, 24.0, f"{birth.year}", vf, 2.9, fill=INK, key="birth_date")
    pg.text(23.5, 24.0, "年", lf, 2.3, fill=lab)
    pg.text(27.5, 24.0, f"{birth.month}", vf, 2.9, fill=INK, key="birth_date")
    pg.text(31.0, 24.0, "月", lf, 2.3, fill=lab)
    pg.text(35.0, 24.0, f"{birth.day}", vf, 2.9, fill=INK, key="birth_date")
    pg.text(39.0, 24.0, "日", lf, 2.3, fill=lab)
    pg.text(5.5, 30.5, "住址", lf, 2.3, fill=lab, spacing=1.2)
    pg.para(14.5, 30.5, addr, vf, 2.9, 38.0, lead=1.45, key="address", fill=INK)
    pg.text(5.5, 47.5, "公民身份号码", lf, 2.3, fill=lab, spacing=0.6)
    pg.text(25.5, 47.6, idn, numf, 3.5, fill=INK, key="id_number", spacing=0.55)
    art.id_photo(pg, 56.0, 7.0, 25.0, 32.0, rng)
    fields = {"name": name, "sex": "男" if male else "女", "nation": nation, "birth_date": birth.isoformat(),
              "address": addr, "id_number": idn}
    return pg, fields, "card-front"


def id_back(rng):
    p = V.place(rng)
    prov, city, county = p[0], p[1], p[2]
    auth = f"{city or prov}公安局{county}分局" if rng.random() < 0.75 else f"{city or prov}公安局"
    age = int(rng.integers(8, 70))
    start = V.date_between(rng, dt.date(2008, 1, 1), V.TODAY)
    years = 5 if age < 16 else 10 if age < 26 else 20 if age < 46 else 0
    end = "长期" if years == 0 else V.add_years(start, years).isoformat()
    pg = Page(85.6, 54.0, bg="#f4f3ee", prefix="c")
    art.waves(pg, "#c9a56a", rng, n=40, amp=1.6)
    art.rosette(pg, 60, 30, 20, "#5b8fc4", k=11, opacity=0.22)
    art.emblem(pg, 14.0, 13.5, 8.5)
    tf = _face(rng, ["fsongb", "notoserifb", "uming"], ["中华人民共和国居民身份证"])
    pg.text(52.0, 12.0, "中华人民共和国", tf, 4.2, fill=INK, anchor="middle", weight="bold", spacing=1.2)
    pg.text(52.0, 24.0, "居民身份证", tf, 6.5, fill=INK, anchor="middle", weight="bold", spacing=2.2)
    lf = _face(rng, fonts.HEI, ["签发机关有效期限"])
    vf = _face(rng, fonts.HEI, [auth, "长期"])
    pg.text(17.0, 40.5, "签发机关", lf, 2.4, fill=INK, spacing=0.6)
    pg.text(32.0, 40.5, auth, vf, 2.8, fill=INK, key="issuing_authority")
    pg.text(17.0, 47.0, "有效期限", lf, 2.4, fill=INK, spacing=0.6)
    s = f"{start:%Y.%m.%d}"
    e = "长期" if end == "长期" else end.replace("-", ".")
    x = 32.0
    w1 = pg.text(x, 47.0, s, vf, 2.8, fill=INK, key="valid_from")
    w2 = pg.text(x + w1 + 0.3, 47.0, "-", vf, 2.8, fill=INK)
    pg.text(x + w1 + w2 + 0.6, 47.0, e, vf, 2.8, fill=INK, key="valid_to")
    return pg, {"issuing_authority": auth, "valid_from": start.isoformat(), "valid_to": end}, "card-back"


# ---------------------------------------------------------------- 营业执照
def _business(rng, entity: str):
    p = V.place(rng)
    trade, scope = TRADES_PICK(rng)
    city_short = (p[1] or p[0]).replace("市", "").replace("省", "")[:2]
    word = V.pick(rng, V.FIRM_WORDS) + (V.pick(rng, V.FIRM_WORDS) if rng.random() < 0.25 else "")
    est = V.date_between(rng, dt.date(2003, 1, 1), V.TODAY - dt.timedelta(days=20))
    person = V.person_name(rng)
    extra_scope = ("（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）" if rng.random() < 0.7 else "")
    scope_full = scope + "。" + extra_scope if extra_scope else scope
    if rng.random() < 0.35:
        scope_full = "许可项目：" + V.pick(rng, ["食品经营", "道路货物运输（不含危险货物）", "建设工程施工", "住宿服务"]) + \
            "。（依法须经批准的项目，经相关部门批准后方可开展经营活动，具体经营项目以相关部门批准文件或许可证件为准）一般项目：" + scope_full
    if entity == "company":
        et = V.pick(rng, ["有限责任公司（自然人独资）", "有限责任公司（自然人投资或控股）", "其他有限责任公司",
                          "股份有限公司（非上市、自然人投资或控股）", "有限责任公司（非自然人投资或控股的法人独资）"])
        name = f"{city_short}{word}{trade}{'有限公司' if '有限责任' in et or '其他' in et else '股份有限公司'}"
        if rng.random() < 0.4:
            name = f"{p[1] or p[0]}{word}{trade}{'有限公司' if '有限责任' in et or '其他' in et else '股份有限公司'}"
        head, cap_label, person_label, addr_label = "91", "注册资本", "法定代表人", "住所"
        capital = V.capital(rng)
        valid_to = "长期" if rng.random() < 0.6 else V.add_years(est, int(V.pick(rng, [10, 20, 30]))) - dt.timedelta(days=1)
    elif entity == "branch":
        et = V.pick(rng, ["有限责任公司分公司（自然人投资或控股）", "其他有限责任公司分公司", "股份有限公司分公司（非上市、自然人投资或控股）"])
        name = f"{city_short}{word}{trade}有限公司{p[2]}分公司"
        head, cap_label, person_label, addr_label = "91", None, "负责人", "营业场所"
        capital = ""
        valid_to = "长期" if rng.random() < 0.7 else V.add_years(est, 20) - dt.timedelta(days=1)
    elif entity == "partnership":
        et = V.pick(rng, ["普通合伙企业", "有限合伙企业"])
        name = f"{p[1] or p[0]}{word}{trade}{'合伙企业（有限合伙）' if et == '有限合伙企业' else '合伙企业（普通合伙）'}"
        head, cap_label, person_label, addr_label = "91", "出资额", "执行事务合伙人", "主要经营场所"
        capital = V.capital(rng)
        valid_to = "长期" if rng.random() < 0.5 else V.add_years(est, 20) - dt.timedelta(days=1)
    else:
        shop, _ = V.pick(rng, V.SHOPS)
        et = "个体工商户"
        name = f"{p[2]}{person[:1]}{V.pick(rng, ['记', '氏', '家', ''])}{shop}" if rng.random() < 0.85 else f"{city_short}市{p[2]}{word}{shop}"
        head, cap_label, person_label, addr_label = "92", None, "经营者", "经营场所"
        capital = ""
        valid_to = ""
        scope_full = V.pick(rng, ["餐饮服务；食品销售（仅销售预包装食品）。（依法须经批准的项目，经相关部门批准后方可开展经营活动）",
                                   "理发服务；生活美容服务。", "日用百货、五金交电、水果、蔬菜零售。",
                                   "家用电器修理；通讯设备修理；电子产品销售。", "服装服饰零售；鞋帽零售；箱包销售。"])
    if isinstance(valid_to, dt.date):
        valid_to = valid_to.isoformat()
    addr = V.address(rng, p, V.pick(rng, ["road", "room", "estate", "lane", "village"]))
    code = V.uscc(rng, head, p[3])
    fields = {"name": name, "credit_code": code, "entity_type": et, "legal_representative": person,
              "registered_capital": capital, "established_date": est.isoformat(), "address": addr,
              "business_scope": scope_full, "valid_to": valid_to}
    auth = f"{p[1] or p[0]}{p[2]}市场监督管理局"
    issued = V.date_between(rng, est, V.TODAY)
    return fields, dict(cap_label=cap_label, person_label=person_label, addr_label=addr_label, auth=auth,
                        issued=issued, est=est, place=p, form="个人经营" if entity == "sole" else None)


def TRADES_PICK(rng):  # noqa: N802 - a table lookup
    return V.TRADES[int(rng.integers(len(V.TRADES)))]


def _period(fields, meta) -> str | None:
    if fields["valid_to"] == "":
        return None
    end = "长期" if fields["valid_to"] == "长期" else V.cn_date(dt.date.fromisoformat(fields["valid_to"]))
    return f"{V.cn_date(meta['est'])}至{end}"


def business_license(rng, entity: str, original: bool):
    fields, meta = _business(rng, entity)
    landscape = original
    w, h = (420.0, 297.0) if landscape else (210.0, 297.0)
    pg = Page(w, h, bg="#fffdf8")
    frame = "#c9a64a" if rng.random() < 0.7 else "#b58f3c"
    art.guilloche_frame(pg, 10 if landscape else 7, frame, rng, band=11 if landscape else 8)
    art.rosette(pg, w / 2, h * 0.55, min(w, h) * 0.33, "#e3cf9a", k=13, opacity=0.3)
    s = 1.0 if landscape else 0.62
    title_f = _face(rng, ["fsongb", "notoserifb", "uming"], ["营业执照副本"])
    lab_f = _face(rng, fonts.SONG + ["fhei"], ["名称类型法定代表人经营范围注册资本成立日期营业期限住所登记机关执行事务合伙人出资额主要经营场所负责人营业场所经营者组成形式注册日期统一社会信用代码"])
    val_f = _face(rng, fonts.SONG + fonts.KAI[:1] + ["fhei", "ffang"], [v for v in fields.values()] + [meta["auth"]])
    art.emblem(pg, w / 2, 44 * s + (8 if landscape else 6), 17 * s)
    ty = 92 * s + (6 if landscape else 10)
    pg.text(w / 2, ty, "营 业 执 照", title_f, 24 * s * 1.3, fill="#1a1a1a", anchor="middle", weight="bold", spacing=2 * s)
    if not original:
        pg.text(w / 2, ty + 12 * s * 1.5, "（副　本）", title_f, 7.5, fill="#1a1a1a", anchor="middle")
        pg.text(w / 2 + 38, ty + 12 * s * 1.5, f"副本编号：{int(rng.integers(1, 4))}-{int(rng.integers(1, 3))}", val_f, 3.2, fill=INK)
    # credit code and QR block
    cx0 = 30 if landscape else 20
    cy0 = 48 if landscape else 40
    pg.text(cx0, cy0, "统一社会信用代码", lab_f, 5 if landscape else 3.8, fill=INK)
    pg.text(cx0, cy0 + (9 if landscape else 7), fields["credit_code"], val_f if fonts.covers(val_f, "0123456789") else "fhei",
            6 if landscape else 4.6, fill=INK, key="credit_code", spacing=0.6)
    qx = w - (75 if landscape else 46)
    qs = 34 if landscape else 22
    qy = cy0 - 10 if landscape else 19
    fs = 2.6 if landscape else 2.0
    art.qr_block(pg, qx, qy, qs, rng)
    pg.text(qx + qs / 2, qy + qs + 2 * fs, "扫描二维码登录“国家企业信用", lab_f, fs, fill=INK, anchor="middle")
    pg.text(qx + qs / 2, qy + qs + 3.4 * fs, "信息公示系统”了解更多登记、", lab_f, fs, fill=INK, anchor="middle")
    pg.text(qx + qs / 2, qy + qs + 4.8 * fs, "备案、许可、监管信息。", lab_f, fs, fill=INK, anchor="middle")
    # rows
    size = 5.2 if landscape else 4.0
    lead = 1.55
    labw = 28 if landscape else 24
    name_row = ("名称", fields["name"], "name")
    type_row = ("类型", fields["entity_type"], "entity_type")
    person_row = (meta["person_label"], fields["legal_representative"], "legal_representative")
    scope_row = ("经营范围", fields["business_scope"], "business_scope")
    right = []
    if meta["form"]:
        right.append(("组成形式", meta["form"], None))
    if meta["cap_label"]:
        right.append((meta["cap_label"], fields["registered_capital"], "registered_capital"))
    right.append(("注册日期" if entity == "sole" else "成立日期", V.cn_date(meta["est"]), "established_date"))
    per = _period(fields, meta)
    if per:
        right.append(("营业期限", per, "valid_to"))
    right.append((meta["addr_label"], fields["address"], "address"))
    left = [name_row, type_row, person_row, scope_row]
    if landscape:
        cols = [(42, left, 150), (232, right, 140)]
        y0 = 142
    else:
        cols = [(26, left[:3] + right + [scope_row], 125)]
        y0 = 112
    for x, rows, vw in cols:
        y = y0
        for lab, val, key in rows:
            pg.label(x, y, lab, lab_f, size, labw, fill=INK)
            if key == "valid_to":
                # the period row: start date is established_date's twin, the end is valid_to
                a, b = val.split("至")
                wa = pg.text(x + labw + 8, y, a + "至", val_f, size, fill=INK)
                pg.text(x + labw + 8 + wa, y, b, val_f, size, fill=INK, key="valid_to")
                y += size * lead * 1.5
                continue
            y = pg.para(x + labw + 8, y, val, val_f, size, vw - labw - 8, lead=lead, key=key, fill=INK)
            y += size * (0.55 if landscape else 0.45)
    # registration authority + seal
    ax = w - (120 if landscape else 84)
    ay = h - (62 if landscape else 50)
    pg.text(ax, ay, "登 记 机 关", lab_f, size * 1.1, fill=INK)
    iss = V.cn_date_loose(meta["issued"])
    pg.text(ax + 10, ay + 22 * s * 1.3, iss, val_f, size, fill=INK)
    seal_f = _face(rng, fonts.SONG, [meta["auth"]])
    art.seal(pg, ax + 40, ay + 2, 21 * (1 if landscape else 0.8), meta["auth"], seal_f, bottom="", rng=rng)
    foot = "市场主体应当于每年1月1日至6月30日通过国家企业信用信息公示系统报送公示年度报告。"
    pg.text(w / 2, h - (22 if landscape else 21), foot, lab_f, 3.0 if landscape else 2.3, fill=INK, anchor="middle")
    pg.text(w / 2, h - (17 if landscape else 17.5), "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", lab_f,
            3.0 if landscape else 2.3, fill=INK, anchor="middle")
    pg.text(w / 2, h - (12.5 if landscape else 18.5 - 4.5 + 0.3), "国家市场监督管理总局监制", lab_f, 2.6 if landscape else 2.0, fill=INK, anchor="middle")
    variant = f"licence-{'original' if original else 'copy'}-{entity}"
    return pg, fields, variant, meta


# ---------------------------------------------------------------- 公共场所卫生许可证
ITEMS = ["住宿", "沐浴", "美容", "美发", "游泳场（馆）", "歌舞厅", "影剧院", "商场（店）", "书店", "候车室", "展览馆",
         "健身房", "足浴", "棋牌室"]


def health_license(rng):
    p = V.place(rng)
    year = int(rng.integers(2019, 2027))
    no = f"{p[4]}卫公字（{year}）第{p[3]}{int(rng.integers(0, 10**6)):06d}号"
    kind = V.pick(rng, [("酒店", ["住宿"]), ("宾馆", ["住宿", "沐浴"]), ("美发店", ["美发"]), ("美容美发店", ["美容", "美发"]),
                        ("浴室", ["沐浴", "足浴"]), ("健身中心", ["健身房", "游泳场（馆）"]), ("超市", ["商场（店）"]),
                        ("书店", ["书店"]), ("KTV", ["歌舞厅"])])
    word = V.pick(rng, V.FIRM_WORDS)
    if rng.random() < 0.5:
        name = f"{(p[1] or p[0])[:-1]}{word}{kind[0]}有限公司"
    else:
        name = f"{p[2]}{word}{kind[0]}"
    person = V.person_name(rng)
    addr = V.address(rng, p, V.pick(rng, ["road", "room", "lane"]))
    items = "、".join(kind[1])
    start = dt.date(year, int(rng.integers(1, 13)), int(rng.integers(1, 29)))
    end = V.add_years(start, 4) - dt.timedelta(days=1)
    landscape = rng.random() < 0.4
    w, h = (297.0, 210.0) if landscape else (210.0, 297.0)
    pg = Page(w, h, bg="#fffef9")
    art.guilloche_frame(pg, 8, "#4f86b8" if rng.random() < 0.6 else "#c29a3d", rng, band=7)
    art.rosette(pg, w / 2, h / 2, min(w, h) * 0.32, "#b9d0e6", k=9, opacity=0.35)
    tf = _face(rng, ["fsongb", "notoserifb", "fheib"], ["卫生许可证"])
    lf = _face(rng, fonts.SONG + fonts.HEI[:1], ["单位名称法定代表人（负责人）地址许可项目有效期限自至发证机关年月日"])
    vf = _face(rng, fonts.SONG + fonts.KAI + fonts.HEI, [name, person, addr, items, no])
    art.emblem(pg, w / 2, 36, 12)
    pg.text(w / 2, 68, "卫 生 许 可 证", tf, 15, fill="#b01e18" if rng.random() < 0.5 else INK, anchor="middle", weight="bold")
    pg.text(w / 2, 82, no, vf, 5.0, fill=INK, anchor="middle", key="license_no")
    x = 40 if landscape else 28
    labw = 62
    size = 5.4 if not landscape else 5.0
    y = 102 if not landscape else 96
    vw = w - x * 2 - labw
    for lab, val, key in (("单位名称", name, "name"), ("法定代表人（负责人）", person, "legal_representative"),
                          ("地址", addr, "address"), ("许可项目", items, "license_items")):
        pg.label(x, y, lab, lf, size, labw - 6 if len(lab) < 6 else labw - 4)
        y = pg.para(x + labw, y, val, vf, size, vw, key=key) + size * 1.1
    pg.label(x, y, "有效期限", lf, size, labw - 6)
    xx = x + labw
    xx += pg.text(xx, y, "自", lf, size)
    xx += pg.text(xx + 1, y, V.cn_date(start), vf, size, key="valid_from") + 2
    xx += pg.text(xx, y, "至", lf, size)
    pg.text(xx + 1, y, V.cn_date(end), vf, size, key="valid_to")
    auth = f"{p[1] or p[0]}{p[2]}卫生健康委员会" if rng.random() < 0.6 else f"{p[1] or p[0]}{p[2]}市场监督管理局"
    ay = h - 42
    pg.text(w - x - 70, ay, "发证机关", lf, size)
    pg.text(w - x - 62, ay + 14, V.cn_date(start), vf, size * 0.9)
    art.seal(pg, w - x - 40, ay - 2, 19, auth, _face(rng, fonts.SONG, [auth]))
    fields = {"license_no": no, "name": name, "legal_representative": person, "address": addr, "license_items": items,
              "valid_from": start.isoformat(), "valid_to": end.isoformat()}
    return pg, fields, "health-landscape" if landscape else "health-portrait"


# ---------------------------------------------------------------- 食品经营许可证
FORMS = ["餐饮服务经营者（中型餐馆）", "餐饮服务经营者（小型餐馆）", "餐饮服务经营者（小吃店）", "食品销售经营者（超市）",
         "食品销售经营者（便利店）", "食品销售经营者（食杂店）", "单位食堂（学校食堂）", "单位食堂（机关企事业单位食堂）",
         "餐饮服务经营者（饮品店）"]
ITEMS_F = ["预包装食品（含冷藏冷冻食品）销售", "散装食品（含冷藏冷冻食品）销售", "特殊食品销售（保健食品、婴幼儿配方乳粉）",
           "热食类食品制售", "冷食类食品制售", "生食类食品制售", "糕点类食品制售（含裱花蛋糕）", "自制饮品制售（不含自酿酒）",
           "散装食品（含熟食）销售"]


def food_license(rng):
    p = V.place(rng)
    form = V.pick(rng, FORMS)
    canteen = form.startswith("单位食堂")
    word = V.pick(rng, V.FIRM_WORDS)
    if canteen:
        name = V.pick(rng, [f"{p[2]}第{V.cn_upper(int(rng.integers(1, 9)))}中学", f"{(p[1] or p[0])[:-1]}{word}电子有限公司",
                            f"{p[2]}人民医院"])
        name = name.replace("壹", "一").replace("贰", "二").replace("叁", "三").replace("肆", "四").replace("伍", "五") \
            .replace("陆", "六").replace("柒", "七").replace("捌", "八")
    elif "销售" in form:
        name = f"{(p[1] or p[0])[:-1]}{word}{V.pick(rng, ['超市有限公司', '便利店', '商行', '食品店'])}"
    else:
        name = f"{p[2]}{V.person_name(rng)[:1]}{V.pick(rng, ['记', '家', ''])}{V.pick(rng, ['面馆', '餐厅', '小吃店', '饭店', '茶饮店'])}"
    sole = not canteen and rng.random() < 0.35
    person = V.person_name(rng)
    code = V.uscc(rng, "92" if sole else ("12" if canteen and "中学" in name else "91"), p[3])
    addr = V.address(rng, p, V.pick(rng, ["road", "room", "estate"]))
    prem = addr if rng.random() < 0.6 else V.address(rng, p, V.pick(rng, ["road", "room", "lane"]))
    n_items = int(rng.integers(1, 4))
    sel = []
    for it in ITEMS_F:
        if len(sel) < n_items and (("制售" in it) != ("销售" in form) or rng.random() < 0.2) and rng.random() < 0.6:
            sel.append(it)
    if not sel:
        sel = [ITEMS_F[0]]
    items = "；".join(sel)
    no = V.food_license_no(rng, p, canteen)
    issued = V.date_between(rng, V.TODAY - dt.timedelta(days=5 * 365 - 40), V.TODAY)
    vto = V.add_years(issued, 5) - dt.timedelta(days=1)
    original = rng.random() < 0.6
    w, h = (297.0, 210.0) if original else (210.0, 297.0)
    pg = Page(w, h, bg="#fbfdf6")
    art.guilloche_frame(pg, 8, "#3f8f5a" if rng.random() < 0.6 else "#b78a2e", rng, band=7)
    art.rosette(pg, w / 2, h / 2, min(w, h) * 0.3, "#bfe0c4", k=8, opacity=0.35)
    tf = _face(rng, ["fsongb", "notoserifb", "fheib"], ["食品经营许可证副本"])
    lf = _face(rng, fonts.SONG + fonts.HEI, ["经营者名称社会信用代码（身份证号码）法定代表人（负责人）住所经营场所主体业态经营项目有效期至许可证编号日常监督管理机构人员投诉举报电话发证机关签发人年月日"])
    vf = _face(rng, fonts.SONG + fonts.HEI + fonts.KAI, [name, person, addr, prem, form, items, code, no])
    pg.text(w / 2, 30, "食品经营许可证" + ("" if original else "（副本）"), tf, 13 if original else 10, fill=INK, anchor="middle",
            weight="bold", spacing=1.5)
    size = 4.3 if original else 4.0
    labw = 44 if original else 46
    x = 22 if original else 20
    vw = (150 if original else w - 2 * x) - labw - 2
    y = 50
    rows = [("经营者名称", name, "name"), ("社会信用代码（身份证号码）", code, "credit_code"),
            ("法定代表人（负责人）", person, "legal_representative"), ("住所", addr, "address"),
            ("经营场所", prem, "premises_address"), ("主体业态", form, "business_form"), ("经营项目", items, "business_items")]
    if not original:
        rows = [("许可证编号", no, "license_no")] + rows
    for lab, val, key in rows:
        if len(lab) > 8:
            pg.text(x, y, lab[:lab.index("（")], lf, size)
            pg.text(x, y + size * 1.3, lab[lab.index("（"):], lf, size * 0.85)
        else:
            pg.label(x, y, lab, lf, size, labw - 8)
        end = pg.para(x + labw, y, val, vf, size, vw, key=key)
        y = max(end, y + size * 2.7 if len(lab) > 8 else end) + size * 0.9
    pg.label(x, y, "有效期至", lf, size, labw - 8)
    pg.text(x + labw, y, V.cn_date(vto), vf, size, key="valid_to")
    rx = 180 if original else x
    ry = 52 if original else y + 16
    if original:
        pg.text(rx, ry, "许可证编号：", lf, size)
        pg.text(rx + fonts.advance(lf, "许可证编号：", size), ry, no, vf, size, key="license_no")
        ry += 12
    auth = f"{p[1] or p[0]}{p[2]}市场监督管理局"
    for lab, val in (("日常监督管理机构：", f"{p[2]}{V.pick(rng, p[5])}市场监督管理所"),
                     ("日常监督管理人员：", V.person_name(rng) + "、" + V.person_name(rng)),
                     ("投诉举报电话：", "12315")):
        pg.text(rx, ry, lab + val, lf if fonts.covers(lf, val) else vf, size * 0.85)
        ry += 9
    art.qr_block(pg, w - 60 if original else w - 50, ry - 2 if original else h - 80, 28 if original else 24, rng)
    ay = h - 38
    pg.text(w - 110 if original else 100, ay, "发证机关：", lf, size)
    pg.text(w - 110 if original else 100, ay + 9, f"签发人：{V.person_name(rng)}", vf, size * 0.85)
    pg.text(w - 100 if original else 110, ay + 18, V.cn_date(issued), vf, size)
    art.seal(pg, w - 75 if original else 140, ay + 2, 18, auth, _face(rng, fonts.SONG, [auth]))
    pg.text(w / 2, h - 13, "国家市场监督管理总局监制", lf, 2.8, fill=INK, anchor="middle")
    fields = {"license_no": no, "name": name, "credit_code": code, "legal_representative": person, "address": addr,
              "premises_address": prem, "business_form": form, "business_items": items, "valid_to": vto.isoformat()}
    return pg, fields, "food-original" if original else "food-copy"


# ---------------------------------------------------------------- negatives
def other(rng):
    kind = V.pick(rng, ["blank", "receipt", "letter", "form", "certificate", "notice"])
    f = _face(rng, fonts.SONG + fonts.HEI, ["办理营业执照卫生许可证申请表收据证书通知"])
    p = V.place(rng)
    if kind == "receipt":
        pg = Page(80.0, 160.0, bg="#fbfbf7")
        y = 12
        pg.text(40, y, f"{V.pick(rng, V.FIRM_WORDS)}便利超市", f, 5, anchor="middle")
        y += 8
        pg.text(6, y, f"收银员：{int(rng.integers(1000, 9999))}  单号：{int(rng.integers(10**8, 10**9))}", f, 2.8)
        y += 6
        pg.line(4, y, 76, y, sw=0.2)
        total = 0.0
        for _ in range(int(rng.integers(5, 12))):
            y += 6
            item = V.pick(rng, ["矿泉水550ml", "面包", "牛奶250ml", "纸巾", "方便面", "苹果", "酸奶", "口香糖", "电池5号", "饼干"])
            price = round(float(rng.uniform(1.5, 30)), 2)
            total += price
            pg.text(6, y, item, f, 3.2)
            pg.text(74, y, f"{price:.2f}", f, 3.2, anchor="end")
        y += 8
        pg.line(4, y, 76, y, sw=0.2)
        pg.text(6, y + 7, "合计", f, 3.6)
        pg.text(74, y + 7, f"{total:.2f}", f, 3.6, anchor="end")
        pg.text(40, y + 18, "谢谢惠顾 欢迎再次光临", f, 3.2, anchor="middle")
        pg.text(40, y + 24, V.cn_date(V.date_between(rng, dt.date(2024, 1, 1), V.TODAY)), f, 3.0, anchor="middle")
        return pg, {}, "other-receipt"
    pg = Page(210.0, 297.0, bg="#ffffff")
    if kind == "blank":
        return pg, {}, "other-blank"
    if kind == "letter":
        who = V.person_name(rng)
        pg.text(105, 40, "关于补办营业执照有关事项的说明", f, 8, anchor="middle", weight="bold")
        body = (f"{p[2]}市场监督管理局：我单位原营业执照正本于{V.cn_date(V.date_between(rng, dt.date(2024, 1, 1), V.TODAY))}"
                "在搬迁过程中遗失，现已在国家企业信用信息公示系统发布遗失声明。根据有关规定，特申请补领营业执照正本一份，"
                "同时一并申请办理公共场所卫生许可证和食品经营许可证的地址变更手续。申请材料包括：营业执照副本复印件、法定代表人身份证复印件、"
                "经营场所租赁合同等。请予办理为盼。")
        y = pg.para(30, 60, body, f, 5, 150, lead=1.8)
        pg.text(180, y + 20, f"联系人：{who}", f, 5, anchor="end")
        pg.text(180, y + 32, V.cn_date(V.TODAY), f, 5, anchor="end")
        return pg, {}, "other-letter"
    if kind == "form":
        pg.text(105, 30, "政务服务事项申请表", f, 9, anchor="middle", weight="bold")
        rows = ["申请事项", "申请人（单位）", "统一社会信用代码", "法定代表人", "联系电话", "通讯地址", "申请材料清单", "受理意见",
                "承诺时限", "经办人签字"]
        y = 45
        for r in rows:
            pg.rect(20, y, 170, 18, stroke="#000", sw=0.3)
            pg.line(70, y, 70, y + 18)
            pg.text(24, y + 11, r, f, 4.5)
            y += 18
        return pg, {}, "other-form"
    if kind == "certificate":
        pg = Page(297.0, 210.0, bg="#fffaf0")
        art.guilloche_frame(pg, 10, "#c8102e", rng, band=8)
        pg.text(148, 60, "荣 誉 证 书", f, 18, anchor="middle", fill="#c8102e", weight="bold")
        pg.para(45, 95, f"{V.person_name(rng)}同志：在{V.TODAY.year - 1}年度政务服务“好差评”工作中表现突出，被评为“服务之星”，特发此证，以资鼓励。",
                f, 7, 210, lead=1.8)
        art.seal(pg, 220, 165, 20, f"{p[1] or p[0]}政务服务中心", _face(rng, fonts.SONG, [f"{p[1] or p[0]}政务服务中心"]))
        return pg, {}, "other-certificate"
    pg.text(105, 35, "办事须知", f, 9, anchor="middle", weight="bold")
    body = ("一、办理营业执照、食品经营许可证、公共场所卫生许可证等事项，请携带身份证原件及复印件。"
            "二、委托他人办理的，需提交授权委托书及受托人身份证件。三、材料不全的，窗口将一次性告知需补正的全部内容。"
            "四、本中心实行“一窗受理、集成服务”，咨询电话12345。")
    pg.para(25, 55, body, f, 5.5, 160, lead=1.9)
    return pg, {}, "other-notice"
