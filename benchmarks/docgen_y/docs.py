"""Family Y's documents, each drawn as a PostScript page (ps.Page): second-generation ID card fronts and
backs, the national 2019 营业执照 (正本 landscape, 副本 portrait; companies, 分公司, 合伙企业, 个体工商户),
公共场所卫生许可证 in two local styles, 食品经营许可证 (2015 template 正本/副本 and the 2023 one), and
negatives. Each builder returns the page, the truth values and a variant name."""

from __future__ import annotations

import datetime as dt

import numpy as np

from benchmarks.docgen_y import values as V
from benchmarks.docgen_y.ps import Page

RED = (0.85, 0.1, 0.1)
SONG = ["SungtiL", "UMing", "BabelStone"]
HEI = ["ZenHei", "MicroHei", "DroidFallback"]
KAI = ["KaitiM", "UKai"]


def _faces(rng: np.random.Generator) -> tuple[str, str]:
    """(label face, value face) for a printed licence."""
    label = V.pick(rng, SONG + HEI[:2])
    value = V.pick(rng, SONG + SONG + HEI[:2] + KAI)
    return label, value


def emblem(p: Page, cx: float, cy: float, r: float) -> None:
    """The national emblem, simplified: red disc, golden ring of stars and a gate silhouette."""
    p.ellipse(cx, cy, r, r, fill=RED)
    p.ellipse(cx, cy, r * 0.8, r * 0.8, stroke=(0.95, 0.78, 0.2), lw=r * 0.08)
    p.rect(cx - r * 0.45, cy + r * 0.05, r * 0.9, r * 0.3, fill=(0.95, 0.78, 0.2))
    p.ellipse(cx, cy - r * 0.35, r * 0.16, r * 0.16, fill=(0.95, 0.78, 0.2))


# ------------------------------------------------------------------------------------------------
# ID card
def person(rng: np.random.Generator) -> dict:
    p = V.place(rng)
    male = bool(rng.random() < 0.5)
    birth = V.date_between(rng, dt.date(1942, 1, 1), dt.date(2012, 12, 31))
    return {"place": p, "male": male, "birth": birth, "name": V.person_name(rng, male),
            "nation": V.pick(rng, V.NATIONS), "address": V.address(rng, p),
            "id": V.id_number(p[4], birth, male, rng)}


def id_front(rng: np.random.Generator) -> tuple[Page, dict, str]:
    h = person(rng)
    pg = Page(85.6, 54.0, bg=(0.97, 0.96, 0.93))
    pg.guilloche(0.5, 0.5, 84.6, 53.0, rng, (0.86, 0.88, 0.9), n=2)
    lab_c = (0.2, 0.45, 0.7)
    lab = V.pick(rng, HEI[:2])
    val = V.pick(rng, HEI[:2] + SONG[:1])
    num_face = V.pick(rng, ["NimbusMonoPS-Bold", "NimbusMonoPS-Regular", "NimbusMonoPS-Bold"])
    s = 3.2
    pg.justified(6, 11, "姓名", 7.2, lab, 2.7, lab_c)
    pg.text(16, 11, h["name"], val, 3.9, 0, key="name")
    pg.justified(6, 18, "性别", 7.2, lab, 2.7, lab_c)
    pg.text(16, 18, "男" if h["male"] else "女", val, s, 0, key="sex")
    pg.justified(27, 18, "民族", 7.2, lab, 2.7, lab_c)
    pg.text(37, 18, h["nation"], val, s, 0, key="nation")
    b = h["birth"]
    pg.justified(6, 25, "出生", 7.2, lab, 2.7, lab_c)
    x = 16
    for part, unit in ((str(b.year), "年"), (str(b.month), "月"), (str(b.day), "日")):
        x += pg.text(x, 25, part, val, s, 0, key="birth_date") + 0.6
        x += pg.text(x, 25, unit, lab, 2.7, lab_c) + 0.8
    pg.justified(6, 32, "住址", 7.2, lab, 2.7, lab_c)
    pg.para(16, 32, h["address"], val, s, 35.5, 4.4, 0, key="address")
    pg.text(6, 47.5, "公民身份号码", lab, 2.7, lab_c)
    pg.text(27, 47.7, h["id"], num_face, 3.7, 0, key="id_number", spacing=0.35)
    pg.photo(56, 6, 25, 32, rng)
    fields = {"name": h["name"], "sex": "男" if h["male"] else "女", "nation": h["nation"],
              "birth_date": f"{b:%Y-%m-%d}", "address": h["address"], "id_number": h["id"]}
    return pg, fields, "id-front"


def id_back(rng: np.random.Generator) -> tuple[Page, dict, str]:
    h = person(rng)
    p = h["place"]
    lo = max(h["birth"] + dt.timedelta(days=365 * 5), V.TODAY.replace(year=V.TODAY.year - 22))
    issued = V.date_between(rng, min(lo, V.TODAY - dt.timedelta(days=30)), V.TODAY - dt.timedelta(days=10))
    until = V.id_validity(h["birth"], issued)
    pg = Page(85.6, 54.0, bg=(0.96, 0.95, 0.92))
    pg.guilloche(0.5, 0.5, 84.6, 53.0, rng, (0.88, 0.86, 0.82), n=3)
    emblem(pg, 14, 14, 9)
    title = V.pick(rng, HEI[:2] + SONG[:1])
    pg.text(30, 15, "中华人民共和国", title, 4.6, 0, spacing=1.0)
    pg.text(28, 28, "居民身份证", title, 7.0, 0, spacing=1.5)
    lab = V.pick(rng, HEI[:2])
    val = V.pick(rng, HEI[:2] + SONG[:1])
    lab_c = (0.2, 0.45, 0.7)
    pg.justified(15, 41.5, "签发机关", 11, lab, 2.7, lab_c)
    issuer = p[5]
    pg.text(29, 41.5, issuer, val, 3.1 if len(issuer) < 13 else 2.8, 0, key="issuing_authority")
    pg.justified(15, 48, "有效期限", 11, lab, 2.7, lab_c)
    end = "长期" if until == "长期" else f"{until:%Y.%m.%d}"
    w = pg.text(29, 48, f"{issued:%Y.%m.%d}", val, 3.1, 0, key="valid_from")
    w += pg.text(29 + w, 48, "-", val, 3.1, 0)
    pg.text(29 + w, 48, end, val, 3.1, 0, key="valid_to")
    fields = {"issuing_authority": issuer, "valid_from": f"{issued:%Y-%m-%d}",
              "valid_to": "长期" if until == "长期" else f"{until:%Y-%m-%d}"}
    return pg, fields, "id-back" + ("-long" if until == "长期" else "")


# ------------------------------------------------------------------------------------------------
# 营业执照 (2019 national template)
def company(rng: np.random.Generator) -> dict:
    p = V.place(rng)
    etype = V.weighted(rng, V.COMPANY_TYPES)
    trade, items = V.pick(rng, V.TRADES)
    zh = V.pick(rng, V.ZIHAO)
    city = (p[2] or p[0]).removesuffix("市").removesuffix("省")
    male = bool(rng.random() < 0.6)
    rep = V.person_name(rng, male)
    est = V.date_between(rng, dt.date(2003, 1, 1), V.TODAY - dt.timedelta(days=20))
    c: dict = {"place": p, "type": etype, "trade": trade, "rep": rep, "established": est,
               "scope": V.scope(rng, trade, items), "capital": V.capital(rng), "address": V.address(rng, p, "biz")}
    if etype == "个体工商户":
        r = rng.random()
        c["name"] = "" if r < 0.3 else (p[3] + zh + V.pick(rng, ["便利店", "小吃店", "五金店", "服装店", "理发店", "水果店", "烟酒商行", "家电维修部"])
                                        if r < 0.8 else V.pick(rng, [p[3], ""]) + zh + V.pick(rng, ["餐馆", "超市", "图文广告部"]) + "（个体工商户）")
        c["rep_label"], c["addr_label"], c["capital"], c["valid_to"] = "经营者", "经营场所", "", ""
        c["code"] = V.uscc(rng, "92", p[4])
        c["scope"] = c["scope"] if rng.random() < 0.5 else "一般项目：" + "；".join(items[:int(rng.integers(2, 4))]) + "。" + V.GEN_TAIL
    else:
        base = f"{city}{zh}{trade}"
        if "分公司" in etype:
            c["name"] = f"{base}有限公司{p[3]}分公司" if rng.random() < 0.5 else f"{zh}{trade}（{city}）有限公司{p[3]}分公司"
            c["rep_label"], c["addr_label"], c["capital"] = "负责人", "营业场所", ""
        elif "合伙" in etype:
            c["name"] = f"{city}{zh}{V.pick(rng, ['企业管理咨询', '投资管理', '商务服务'])}合伙企业（{etype[:2]}合伙）"
            c["rep_label"], c["addr_label"], c["capital"] = "执行事务合伙人", "主要经营场所", ""
        elif etype.startswith("股份"):
            c["name"] = f"{city}{zh}{trade}股份有限公司"
            c["rep_label"], c["addr_label"] = "法定代表人", "住所"
        else:
            c["name"] = f"{city}{zh}{trade}有限公司" if rng.random() < 0.75 else f"{zh}{trade}（{city}）有限公司"
            c["rep_label"], c["addr_label"] = "法定代表人", "住所"
        c["code"] = V.uscc(rng, "91", p[4])
        if rng.random() < 0.55:
            c["valid_to"] = "长期"
        else:
            try:
                c["valid_to"] = (est.replace(year=est.year + int(V.pick(rng, [10, 20, 30, 50]))) - dt.timedelta(days=1)).isoformat()
            except ValueError:
                c["valid_to"] = (est.replace(year=est.year + 20, day=28) - dt.timedelta(days=1)).isoformat()
    c["registrar"] = ((p[2] or p[0]) if "区" in p[3] else "") + p[3] + "市场监督管理局"
    c["issued"] = V.date_between(rng, max(est, V.TODAY - dt.timedelta(days=2000)), V.TODAY)
    return c


def _rows(c: dict) -> list[tuple[str, str, str]]:
    """(label, value, truth key) rows of a licence in the template's order."""
    ind = c["type"] == "个体工商户"
    partner = "合伙" in c["type"]
    rows = [("名称", c["name"], "name"), ("类型", c["type"], "entity_type"), (c["rep_label"], c["rep"], "legal_representative")]
    if ind:
        rows += [("组成形式", "个人经营", ""), ("注册日期", V.cn_date(c["established"], True), "established_date")]
    else:
        if c["capital"]:
            rows.append(("注册资本", c["capital"], "registered_capital"))
        rows.append(("成立日期", V.cn_date(c["established"], True), "established_date"))
        end = c["valid_to"] if c["valid_to"] == "长期" else V.cn_date(dt.date.fromisoformat(c["valid_to"]), True)
        rows.append(("合伙期限" if partner else "营业期限", f"{V.cn_date(c['established'], True)} 至 {end}", "valid_to"))
    rows.append((c["addr_label"], c["address"], "address"))
    rows.append(("经营范围", c["scope"], "business_scope"))
    return rows


def _licence_fields(c: dict) -> dict:
    return {"name": c["name"], "credit_code": c["code"], "entity_type": c["type"], "legal_representative": c["rep"],
            "registered_capital": c["capital"], "established_date": c["established"].isoformat(),
            "address": c["address"], "business_scope": c["scope"], "valid_to": c["valid_to"]}


def _value_row(pg: Page, x: float, y: float, label: str, value: str, key: str, lf: str, vf: str, size: float,
               span: float, width: float, lead: float) -> float:
    """A label justified over `span` and its value (wrapped to `width`); returns the next row's y."""
    pg.justified(x, y, label, span, lf, size)
    vx = x + span + size * 1.2
    if key == "valid_to" and "至" in value:
        a, b = value.split(" 至 ")
        w = pg.text(vx, y, a, vf, size, 0, key="established_date_again")
        w += pg.text(vx + w + size * 0.5, y, "至", vf, size, 0)
        pg.text(vx + w + size, y, b, vf, size, 0, key="valid_to")
        return y + lead
    last = pg.para(vx, y, value, vf, size, width, size * 1.55, 0, key=key or None)
    return last + lead


def business_licence(rng: np.random.Generator) -> tuple[Page, dict, str]:
    c = company(rng)
    lf, vf = _faces(rng)
    copy = bool(rng.random() < 0.5)  # 副本 portrait, else 正本 landscape
    title_face = V.pick(rng, ["SungtiL", "ZenHei", "UMing"])
    rows = _rows(c)
    if copy:
        pg = Page(210, 297, bg=(1, 0.995, 0.97))
        pg.guilloche(6, 6, 198, 285, rng, (0.85, 0.72, 0.45), n=3)
        emblem(pg, 105, 30, 11)
        pg.text(105, 62, "营业执照", title_face, 13, 0, spacing=6, anchor="c")
        pg.text(105, 72, "（副　本）", lf, 5, 0, anchor="c")
        pg.text(183, 22, f"证照编号：{c['code'][2:8]}{int(rng.integers(10**13, 10**14))}", lf, 2.6, 0, anchor="r")
        pg.text(22, 50, "统一社会信用代码", lf, 3.6, 0)
        pg.text(22, 57, c["code"], vf, 4.0, 0, key="credit_code")
        pg.qr(155, 38, 26, rng)
        pg.para(150, 69, "扫描二维码登录“国家企业信用信息公示系统”了解更多登记、备案、许可、监管信息。", lf, 2.0, 38, 2.9)
        size = 3.8 if len(c["scope"]) < 260 else 3.4
        y = 92.0
        for label, value, key in rows:
            y = _value_row(pg, 22, y, label, value, key, lf, vf, size, size * 5, 130, size * 2.6)
        date_y = 262
        reg_x = 150
    else:
        pg = Page(400, 280, bg=(1, 0.995, 0.97))
        pg.guilloche(7, 7, 386, 266, rng, (0.85, 0.72, 0.45), n=3)
        emblem(pg, 200, 32, 13)
        pg.text(200, 72, "营业执照", title_face, 17, 0, spacing=10, anchor="c")
        pg.text(38, 52, "统一社会信用代码", lf, 4.6, 0)
        pg.text(38, 61, c["code"], vf, 5.2, 0, key="credit_code")
        pg.qr(318, 30, 36, rng)
        pg.para(306, 76, "扫描二维码登录“国家企业信用信息公示系统”了解更多登记、备案、许可、监管信息。", lf, 2.6, 60, 3.8)
        left = [r for r in rows if r[2] in ("name", "entity_type", "legal_representative", "business_scope", "")]
        right = [r for r in rows if r not in left]
        size = 4.6 if len(c["scope"]) < 200 else 4.0 if len(c["scope"]) < 320 else 3.6
        y = 100.0
        for label, value, key in left:
            y = _value_row(pg, 38, y, label, value, key, lf, vf, size, size * 5, 128, size * 2.5)
        y = 100.0
        for label, value, key in right:
            y = _value_row(pg, 218, y, label, value, key, lf, vf, size, size * 5, 120, size * 2.5)
        date_y = 246
        reg_x = 290
    # registrar, date and the red seal over the date (drawn first: ink lies under the black text)
    d = c["issued"]
    r = 19 if not copy else 16
    pg.seal(reg_x + (30 if copy else 38), date_y - 8, r, c["registrar"], V.pick(rng, SONG[:2]), rot=float(rng.normal(0, 4)))
    pg.text(reg_x, date_y - 12, "登记机关", lf, 4.0 if not copy else 3.4, 0)
    pg.text(reg_x + (14 if copy else 18), date_y, V.cn_date(d, False), vf, 4.0 if not copy else 3.4, 0)
    fy = pg.h - 14
    pg.text(pg.w / 2, fy - 5, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", lf, 2.6, 0, anchor="c")
    pg.text(pg.w / 2, fy, "国家市场监督管理总局监制", lf, 2.6, 0, anchor="c")
    pg.boxes.pop("established_date_again", None)
    kind = "ind" if c["type"] == "个体工商户" else "branch" if "分公司" in c["type"] else "partner" if "合伙" in c["type"] else "company"
    return pg, _licence_fields(c), f"bl2019-{'copy' if copy else 'orig'}-{kind}"


# ------------------------------------------------------------------------------------------------
# 公共场所卫生许可证
PH_ITEMS = ["住宿", "沐浴", "美容店", "理发店", "游泳场（馆）", "歌舞厅", "公共浴室", "商场（店）", "足浴", "健身房", "候诊室", "展览馆"]
PH_NAMES = ["酒店", "宾馆", "美发店", "美容美发工作室", "游泳馆", "足浴养生馆", "洗浴中心", "KTV", "商场", "健身中心"]


def health_licence(rng: np.random.Generator) -> tuple[Page, dict, str]:
    p = V.place(rng)
    city = (p[2] or p[0]).removesuffix("市").removesuffix("省")
    year = int(rng.integers(2019, 2027))
    start = V.date_between(rng, dt.date(year, 1, 1), min(dt.date(year, 12, 28), V.TODAY))
    end = start.replace(year=start.year + 4) - dt.timedelta(days=1)
    city_short = city[:1]
    brk = V.pick(rng, [("（", "）"), ("〔", "〕"), ("[", "]"), ("(", ")")])
    number = int(rng.integers(1, 10**6))
    form = rng.random()
    if form < 0.35:
        no = f"{p[1]}卫公字{brk[0]}{year}{brk[1]}第{p[4]}{number:06d}号"
    elif form < 0.7:
        no = f"{p[1]}{city_short}卫公证字{brk[0]}{year}{brk[1]}第{number % 10000:04d}号"
    else:
        no = f"{p[1]}{p[3][:1]}卫公字{brk[0]}{year}{brk[1]}第{number % 100000:05d}号"
    kind_name = V.pick(rng, PH_NAMES)
    name = f"{city}{V.pick(rng, V.ZIHAO)}{kind_name}" + V.pick(rng, ["有限公司", "", "（个体工商户）", "有限公司" + p[3] + "分公司"])
    items = "、".join(V.pick(rng, [["住宿"], ["住宿", "沐浴"], ["美容店", "理发店"], ["理发店"], ["游泳场（馆）"],
                                  ["公共浴室"], ["歌舞厅"], ["商场（店）"], ["足浴"], ["美容店"]]))
    rep = V.person_name(rng, bool(rng.random() < 0.5))
    addr = V.address(rng, p, "biz")
    authority = ((p[2] or p[0]) if "区" in p[3] else "") + p[3] + V.pick(rng, ["卫生健康委员会", "卫生健康局", "行政审批局"])
    lf, vf = _faces(rng)
    landscape = bool(rng.random() < 0.4)
    pg = Page(297, 210, bg=(1, 1, 0.985)) if landscape else Page(210, 297, bg=(1, 1, 0.985))
    pg.guilloche(6, 6, pg.w - 12, pg.h - 12, rng, (0.35, 0.6, 0.4) if rng.random() < 0.5 else (0.8, 0.3, 0.3), n=2)
    tx = pg.w / 2
    pg.text(tx, 38, "卫生许可证", V.pick(rng, ["SungtiL", "ZenHei", "KaitiM"]), 14 if not landscape else 12, RED if rng.random() < 0.5 else 0,
            spacing=6, anchor="c")
    pg.text(pg.w - 24, 54, no, vf, 3.8, 0, key="license_no", anchor="r")
    rows = [("单位名称", name, "name"), ("法定代表人（负责人）", rep, "legal_representative"), ("地址", addr, "address"),
            ("许可项目", items, "license_items")]
    x0 = 28
    size = 4.3
    span = 24 if landscape else 22
    width = pg.w - x0 - span - 40
    y = 74.0
    table = rng.random() < 0.5
    for label, value, key in rows:
        if "（" in label:
            pg.text(x0, y, "法定代表人", lf, size * 0.9, 0)
            pg.text(x0, y + size * 1.2, "（负责人）", lf, size * 0.8, 0)
        else:
            pg.justified(x0, y, label, span, lf, size)
        last = pg.para(x0 + span + 6, y, value, vf, size, width, size * 1.5, 0, key=key)
        if table:
            pg.line(x0 - 3, last + size * 1.2, pg.w - 24, last + size * 1.2, 0.3, 0.2)
        y = last + size * (3.2 if landscape else 3.6)
    pg.justified(x0, y, "有效期限", span, lf, size)
    w = pg.text(x0 + span + 6, y, "自", vf, size, 0)
    w += pg.text(x0 + span + 7 + w, y, V.cn_date(start, True), vf, size, 0, key="valid_from") + 1
    w += pg.text(x0 + span + 7 + w, y, "至", vf, size, 0) + 1
    pg.text(x0 + span + 8 + w, y, V.cn_date(end, True), vf, size, 0, key="valid_to")
    sy = pg.h - 38
    issued = start - dt.timedelta(days=int(rng.integers(0, 5)))
    pg.seal(pg.w - 62, sy - 6, 17, authority, V.pick(rng, SONG[:2]), rot=float(rng.normal(0, 6)))
    pg.text(pg.w - 90, sy - 10, "发证机关（印章）", lf, 3.6, 0)
    pg.text(pg.w - 88, sy, V.cn_date(issued, False), vf, 3.8, 0)
    if rng.random() < 0.5:
        pg.text(28, pg.h - 20, "本证应悬挂于经营场所醒目位置", lf, 3.0, 0.3)
    fields = {"license_no": no, "name": name, "legal_representative": rep, "address": addr, "license_items": items,
              "valid_from": start.isoformat(), "valid_to": end.isoformat()}
    return pg, fields, f"phl-{'land' if landscape else 'port'}{'-table' if table else ''}"


# ------------------------------------------------------------------------------------------------
# 食品经营许可证
FORMS = ["餐饮服务经营者（小型餐馆）", "餐饮服务经营者（中型餐馆）", "餐饮服务经营者（饮品店）", "餐饮服务经营者（糕点店）",
         "餐饮服务经营者（小餐饮）", "食品销售经营者（超市）", "食品销售经营者（便利店）", "食品销售经营者（食杂店）",
         "食品销售经营者（网络食品销售商）", "单位食堂（学校食堂）", "单位食堂（职工食堂）"]
ITEMS = ["预包装食品（含冷藏冷冻食品）销售", "散装食品（含冷藏冷冻食品）销售", "散装食品（不含冷藏冷冻食品）销售",
         "特殊食品销售（保健食品）", "特殊食品销售（婴幼儿配方乳粉）", "热食类食品制售", "冷食类食品制售",
         "生食类食品制售", "糕点类食品（含裱花蛋糕）制售", "自制饮品制售", "半成品制售"]


def food_licence(rng: np.random.Generator) -> tuple[Page, dict, str]:
    c = company(rng)
    while c["type"] in ("普通合伙企业", "有限合伙企业"):
        c = company(rng)
    form = V.pick(rng, FORMS)
    canteen = form.startswith("单位食堂")
    if canteen:
        c["name"] = V.pick(rng, [f"{c['place'][3]}第{int(rng.integers(1, 40))}中学", f"{c['name'].removesuffix('有限公司')}有限公司职工食堂"])
    if c["name"] == "":
        c["name"] = c["place"][3] + V.pick(rng, V.ZIHAO) + "小吃店"
    sales = form.startswith("食品销售")
    pool = ITEMS[:5] if sales else ITEMS[:1] + ITEMS[5:]
    k = int(rng.integers(1, min(4, len(pool)) + 1))
    items = "；".join(pool[i] for i in sorted(rng.choice(len(pool), k, replace=False)))
    no = V.food_license_no(rng, c["place"], canteen)
    valid_to = (V.date_between(rng, V.TODAY - dt.timedelta(days=200), V.TODAY + dt.timedelta(days=1700)))
    premises = c["address"] if rng.random() < 0.6 else V.address(rng, c["place"], "biz")
    authority = ((c["place"][2] or c["place"][0]) if "区" in c["place"][3] else "") + c["place"][3] + "市场监督管理局"
    lf, vf = _faces(rng)
    template = V.pick(rng, ["2015-orig", "2015-copy", "2023"])
    code_label = "社会信用代码（身份证号码）" if template != "2023" else "统一社会信用代码（身份证号码）"
    rows = [("经营者名称", c["name"], "name"), (code_label, c["code"], "credit_code"),
            ("法定代表人（负责人）", c["rep"], "legal_representative"), ("住所", c["address"], "address"),
            ("经营场所", premises, "premises_address"), ("主体业态", form, "business_form"), ("经营项目", items, "business_items")]
    land = template == "2015-orig"
    pg = Page(297, 210, bg=(1, 1, 0.98)) if land else Page(210, 297, bg=(1, 1, 0.98))
    border = (0.2, 0.45, 0.3) if template == "2023" else (0.3, 0.5, 0.75)
    pg.guilloche(6, 6, pg.w - 12, pg.h - 12, rng, border, n=2)
    title = V.pick(rng, ["SungtiL", "ZenHei", "UMing"])
    pg.text(pg.w / 2, 32, "食品经营许可证", title, 11 if land else 10, 0, spacing=3, anchor="c")
    if template == "2015-copy":
        pg.text(pg.w / 2, 42, "（副本）", lf, 5, 0, anchor="c")
    size = 3.9 if land else 3.7
    lab_w = 30 if land else 34
    x0 = 20
    width = (150 if land else pg.w - x0 - lab_w - 26)
    y = 56.0 if template != "2023" else 60.0
    if template == "2023":
        pg.text(x0, 48, "许可证编号：", lf, size, 0)
        pg.text(x0 + size * 6, 48, no, vf, size, 0, key="license_no")
    for label, value, key in rows:
        lsz = size if len(label) <= 6 else size * 0.82
        lines = pg.wrap(label, lf, lsz, lab_w)
        for i, ln in enumerate(lines):
            pg.text(x0, y + i * lsz * 1.3, ln, lf, lsz, 0)
        last = pg.para(x0 + lab_w + 3, y, value, vf, size, width, size * 1.5, 0, key=key)
        y = max(last, y + (len(lines) - 1) * lsz * 1.3) + size * 2.6
    rx = 200 if land else x0
    ry = 56.0 if land else y + 4
    right = []
    if template != "2023":
        right.append(("许可证编号", no, "license_no"))
    right += [("日常监督管理机构", f"{c['place'][3]}市场监督管理局{V.pick(rng, ['城关', '第一', '第二', '开发区', '中心'])}{V.pick(rng, ['市场监督管理所', '监管所'])}", ""),
              ("日常监督管理人员", f"{V.person_name(rng, True)}、{V.person_name(rng, False)}", ""), ("投诉举报电话", "12315", "")]
    for label, value, key in right:
        pg.text(rx, ry, label, lf, size * 0.9, 0)
        ry = pg.para(rx + (32 if land else lab_w + 3), ry, value, vf, size * (1 if key else 0.9), 52 if land else width, size * 1.4, 0, key=key or None) + size * 2.4
    vy = ry + 2
    pg.text(rx, vy, "有效期至", lf, size, 0)
    vd = pg.text(rx + (32 if land else lab_w + 3), vy, V.cn_date(valid_to, True), vf, size, 0, key="valid_to")
    del vd
    sx, sy = (pg.w - 60, pg.h - 40) if not land else (245, 170)
    pg.seal(sx, sy, 16, authority, V.pick(rng, SONG[:2]), rot=float(rng.normal(0, 5)))
    pg.text(sx - 30, sy - 4, "发证机关：", lf, size * 0.9, 0)
    pg.text(sx - 20, sy + 8, V.cn_date(V.date_between(rng, valid_to - dt.timedelta(days=1826), valid_to - dt.timedelta(days=1700)), False), vf, size * 0.9, 0)
    pg.text(sx - 30, sy + 16, f"签发人：{V.person_name(rng, True)}", lf, size * 0.9, 0)
    if template == "2023" or rng.random() < 0.4:
        pg.qr(x0, pg.h - 52, 24, rng)
    fields = {"license_no": no, "name": c["name"], "credit_code": c["code"], "legal_representative": c["rep"],
              "address": c["address"], "premises_address": premises, "business_form": form, "business_items": items,
              "valid_to": valid_to.isoformat()}
    return pg, fields, f"food-{template}"


# ------------------------------------------------------------------------------------------------
# negatives
def other(rng: np.random.Generator) -> tuple[Page, dict, str]:
    what = V.pick(rng, ["blank", "receipt", "form", "letter", "certificate", "bank-permit"])
    f = V.pick(rng, SONG + HEI[:2])
    if what == "blank":
        g = 0.9 + 0.09 * rng.random()
        pg = Page(210, 297, bg=(g, g, g * 0.98))
        if rng.random() < 0.5:
            pg.text(190, 285, str(int(rng.integers(1, 30))), f, 3, 0.5)
        return pg, {}, "other-blank"
    if what == "receipt":
        pg = Page(80, 190, bg=(0.99, 0.99, 0.97))
        shop = V.pick(rng, V.ZIHAO) + V.pick(rng, ["便利店", "超市", "文具店"])
        pg.text(40, 12, shop, f, 4.5, 0, anchor="c")
        y = 22.0
        w = pg.text(5, y, "单号：", f, 2.8)
        pg.text(5 + w, y, str(int(rng.integers(10**9, 10**10))), "NimbusMonoPS-Regular", 2.8)
        for _ in range(int(rng.integers(4, 10))):
            y += 6
            pg.text(5, y, V.pick(rng, ["矿泉水", "A4复印纸", "签字笔", "文件袋", "面包", "纸巾", "牛奶", "档案盒"]), f, 3.2)
            pg.text(75, y, f"{rng.random() * 40 + 1:.2f}", "NimbusMonoPS-Regular", 3.0, anchor="r")
        pg.text(5, y + 10, "合计", f, 3.6)
        pg.text(5, y + 18, "谢谢惠顾，欢迎再次光临", f, 3.0)
        return pg, {}, "other-receipt"
    pg = Page(210, 297)
    if what == "form":
        pg.text(105, 28, V.pick(rng, ["企业变更登记申请书", "个体工商户开业登记申请表", "办事指南", "委托书"]), f, 7, 0, anchor="c")
        y = 50.0
        for lab in ["申请人名称", "统一社会信用代码", "住所", "法定代表人", "联系电话", "申请事项", "营业执照副本份数", "备注"]:
            pg.rect(20, y - 7, 170, 12, stroke=0, lw=0.25)
            pg.text(23, y, lab, f, 4)
            y += 12
        pg.text(120, y + 20, "申请人签字：", f, 4)
        return pg, {}, "other-form"
    if what == "letter":
        pg.text(105, 30, "情况说明", f, 7, 0, anchor="c", spacing=2)
        text = (f"{V.place(rng)[3]}市场监督管理局：我单位因经营需要，拟办理营业执照变更登记，现将有关情况说明如下。"
                "原营业执照正本已于近日遗失，副本尚在，现申请补领营业执照正本，并对所提交材料的真实性负责。"
                "如有不实之处，愿承担相应法律责任。特此说明。")
        y = pg.para(20, 50, "　　" + text, f, 4.6, 170, 8)
        pg.text(130, y + 25, "（公章）", f, 4.6)
        pg.text(125, y + 35, V.cn_date(V.date_between(rng, dt.date(2024, 1, 1), V.TODAY)), f, 4.6)
        return pg, {}, "other-letter"
    if what == "certificate":
        pg = Page(297, 210, bg=(1, 0.98, 0.93))
        pg.guilloche(8, 8, 281, 194, rng, (0.8, 0.6, 0.2), n=3)
        pg.text(148, 50, "荣誉证书", V.pick(rng, ["SungtiL", "KaitiM"]), 16, RED, spacing=8, anchor="c")
        pg.para(40, 90, f"{V.person_name(rng, True)}同志：在{V.TODAY.year - 1}年度工作中表现突出，成绩显著，被评为先进工作者。特发此证，以资鼓励。",
                V.pick(rng, KAI), 7, 220, 12)
        pg.seal(220, 170, 18, V.place(rng)[3] + "人民政府办公室", "SungtiL")
        return pg, {}, "other-certificate"
    pg.text(105, 36, "开户许可证", f, 9, 0, anchor="c", spacing=4)
    pg.text(40, 60, f"核准号：J{int(rng.integers(10**12, 10**13))}", f, 4.4)
    pg.text(40, 72, f"编号：{int(rng.integers(10**12, 10**13))}", f, 4.4)
    pg.text(40, 90, "经审核，符合开户条件，准予开立基本存款账户。", f, 4.4)
    pg.text(40, 104, f"开户银行：{V.pick(rng, ['中国工商银行', '中国建设银行', '招商银行'])}{V.place(rng)[3]}支行", f, 4.4)
    return pg, {}, "other-bank-permit"


BUILDERS = {"id_card_front": id_front, "id_card_back": id_back, "business_license": business_licence,
            "public_health_license": health_licence, "food_business_license": food_licence, "other": other}
