"""Family ZY's documents: values (values.py) laid out as Pages (layout.py) with their ground truth."""

from __future__ import annotations

import datetime as dt
import random

from . import faces as FA
from . import values as V
from .layout import BLACK, GOLD, INK_BLUE, RED, Page, label_row

PROV_ABBR = {"上海市": "沪", "北京市": "京", "广东省": "粤", "浙江省": "浙", "江苏省": "苏", "四川省": "川", "湖北省": "鄂",
             "山东省": "鲁", "吉林省": "吉", "江西省": "赣", "新疆维吾尔自治区": "新"}
LABEL = (45, 95, 160)


def _d(d: dt.date) -> str:
    return d.isoformat()


def id_front(r: random.Random, face: int):
    p = Page(85.6, 54.0)
    per = V.person(r)
    if r.random() < 0.3:
        per["address"] = V.address(r, long=True)
    p.col((236, 242, 246))
    p.rect(0, 0, 85.6, 54.0, 0.1, fill=True, stroke=False)
    if p.card:
        p.col((150, 150, 150))
        p.rect(0, 0, 85.6, 54.0, 0.25)
    p.col((200, 215, 228))
    p.wave(2, 38, 82, 14, 4, 1.5, 22, 0.12)
    p.mark_at = len(p.ops)
    p.col((170, 170, 175))
    p.rect(56, 6, 25, 31, 0.1, fill=True, stroke=False)
    p.col((95, 95, 100))
    p.ellipse(68.5, 17, 6, 7.5, 0.1, fill=True)
    p.poly([(58, 37), (60, 27), (68.5, 25.5), (77, 27), (79, 37)], 0.1, True, True)
    lf = FA.HEI
    p.col(LABEL)
    p.t(lf, 6, 5, 9, "姓名")
    p.t(lf, 6, 5, 16, "性别")
    p.t(lf, 6, 25, 16, "民族")
    p.t(lf, 6, 5, 23, "出生")
    p.t(lf, 6, 5, 30, "住址")
    p.t(lf, 6, 5, 47.5, "公民身份号码")
    p.col(BLACK)
    p.t(face, 10, 14, 9.3, per["name"], tag="name")
    p.t(face, 8, 14, 16, per["sex"], tag="sex")
    p.t(face, 8, 33, 16, per["nation"], tag="nation")
    b = per["birth"]
    p.t(face, 8, 14, 23, str(b.year), tag="birth_date")
    p.t(lf, 6, 22.5, 23, "年")
    p.t(face, 8, 26, 23, str(b.month), tag="birth_date")
    p.t(lf, 6, 30, 23, "月")
    p.t(face, 8, 33.5, 23, str(b.day), tag="birth_date")
    p.t(lf, 6, 37.5, 23, "日")
    p.wrap(face, 8, 14, 30, 39, 4.3, 3, per["address"], tag="address")
    p.sp(FA.HEI, 10, 25, 47.8, 52, per["id"], tag="id_number")
    fields = {"name": per["name"], "sex": per["sex"], "nation": per["nation"], "birth_date": _d(b),
              "address": per["address"], "id_number": per["id"]}
    return p, fields, "card-front", per["name"]


def id_back(r: random.Random, face: int):
    p = Page(85.6, 54.0)
    code, prov, city, county = V.region(r)
    auth = f"{city or prov}公安局{county}分局" if r.random() < 0.7 else f"{(city or prov)}公安局"
    start = V.date_between(r, dt.date(2008, 1, 1), dt.date(2025, 10, 1))
    n = r.choice([5, 10, 10, 20, 20, 0])
    end = "长期" if n == 0 else _d(V.plus_years(start, n))
    p.col((238, 243, 240))
    p.rect(0, 0, 85.6, 54.0, 0.1, fill=True, stroke=False)
    if p.card:
        p.col((150, 150, 150))
        p.rect(0, 0, 85.6, 54.0, 0.25)
    p.col((205, 222, 210))
    p.wave(1, 3, 84, 30, 5, 2, 28, 0.12)
    p.mark_at = len(p.ops)
    p.emblem(14, 15, 9)
    p.col(BLACK)
    p.sp(FA.SONG, 12, 30, 13, 48, "中华人民共和国")
    p.sp(FA.HEI, 16, 30, 26, 48, "居民身份证")
    p.col(LABEL)
    p.t(FA.HEI, 6, 14, 41, "签发机关")
    p.t(FA.HEI, 6, 14, 48, "有效期限")
    p.col(BLACK)
    p.t(face, 8, 30, 41, auth, tag="issuing_authority")
    to = "长期" if end == "长期" else end.replace("-", ".")
    p.t(face, 8, 30, 48, f"{start:%Y.%m.%d}-", tag="valid_from")
    p.t(face, 8, 30 + 19.0, 48, to, tag="valid_to")
    return p, {"issuing_authority": auth, "valid_from": _d(start), "valid_to": end}, "card-back", V.name(r)


def _period(c: dict) -> str:
    if c["valid_to"] in ("", "长期"):
        return f"{V.cn_date(c['established'])}至长期" if c["valid_to"] == "长期" else ""
    return f"{V.cn_date(c['established'])}至{V.cn_date(dt.date.fromisoformat(c['valid_to']) - dt.timedelta(days=1))}"


def business_license(r: random.Random, face: int):
    c = V.company(r)
    if c["valid_to"] not in ("", "长期"):  # the printed end is the day before the anniversary
        c["valid_to"] = _d(dt.date.fromisoformat(c["valid_to"]) - dt.timedelta(days=1))
        period = f"{V.cn_date(c['established'])}至{V.cn_date(dt.date.fromisoformat(c['valid_to']))}"
    elif c["valid_to"] == "长期":
        period = f"{V.cn_date(c['established'])}至长期"
    else:
        period = ""
    indiv = c["entity_type"] == "个体工商户"
    branch = "分公司" in c["entity_type"]
    addr_label = "经营场所" if indiv else ("营业场所" if branch else "住所")
    est_label = "注册日期" if indiv else "成立日期"
    authority = f"{c['city'] if c['city'].endswith('市') else c['prov']}{c['county']}市场监督管理局"
    issue = V.date_between(r, c["established"], dt.date(2026, 10, 30))
    portrait = r.random() < 0.45
    if portrait:
        p = Page(210, 297)
        variant = "license-copy"
    else:
        p = Page(297, 210)
        variant = "license-original"
    W, H = p.w, p.h
    p.col(GOLD)
    p.rect(7, 7, W - 14, H - 14, 1.2)
    p.rect(10, 10, W - 20, H - 20, 0.3)
    p.col((222, 196, 140))
    p.wave(12, 12, W - 24, 7, 6, 1.2, 26, 0.12)
    p.wave(12, H - 19, W - 24, 7, 6, 1.2, 26, 0.12)
    p.mark_at = len(p.ops)
    cx = W / 2
    p.emblem(cx, 30 if portrait else 27, 13 if portrait else 12)
    p.col(BLACK)
    title_face = r.choice([FA.SONG, FA.HEI])
    p.c(title_face, 34 if portrait else 38, 0, 63 if portrait else 58, W, "营业执照")
    if portrait:
        p.c(FA.SONG, 14, 0, 74, W, "（副　本）")
    p.col(BLACK)
    p.t(FA.HEI, 9, 22, 44 if portrait else 40, "统一社会信用代码")
    p.t(FA.HEI, 12, 22, 51 if portrait else 47, c["credit_code"], tag="credit_code")
    if r.random() < 0.6:
        p.t(FA.HEI, 8, 22, 57 if portrait else 53, f"证照编号：{r.randint(10**13, 10**14 - 1)}{r.randint(100, 999)}")
    qx = W - 50
    p.qr(qx, 24 if portrait else 20, 24, f"http://www.gsxt.gov.cn/index.html?uniscid={c['credit_code']}")
    p.col(BLACK)
    p.wrap(FA.HEI, 6, qx - 4, 52 if portrait else 48, 33, 2.6, 3, "扫描二维码登录“国家企业信用信息公示系统”了解更多登记、备案、许可、监管信息。")
    lf = r.choice([FA.SONG, FA.HEI])
    vs = 11
    rep_label = c["rep_label"]
    rows = [("名称", c["name"], "name", 2), ("类型", c["entity_type"], "entity_type", 1),
            (rep_label, c["rep"], "legal_representative", 1)]
    right = []
    if not indiv and not branch:
        right.append(("注册资本", c["capital"], "registered_capital", 1))
    if indiv:
        rows.append(("组成形式", r.choice(["个人经营", "家庭经营"]), "-", 1))
    right.append((est_label, V.cn_date(c["established"]), "established_date", 1))
    if period:
        right.append(("营业期限", period, "valid_to", 2))
    right.append((addr_label, c["address"], "address", 3))
    if portrait:
        y = 92
        for lab, val, key, ml in rows + right:
            label_row(p, lf, vs, vs, 25, 22, 52, y, lab, val, key, vw=135, lh=5.6, maxl=ml)
            y += 11 if ml == 1 else 11 + 5.6 * (ml - 1) * 0.7
        label_row(p, lf, vs, vs, 25, 22, 52, y, "经营范围", c["scope"], "business_scope", vw=135, lh=5.8, maxl=10)
        seal_c, date_xy = (150, 258), (123, 272)
    else:
        y = 78
        for lab, val, key, ml in rows:
            label_row(p, lf, vs, vs, 26, 22, 54, y, lab, val, key, vw=92, lh=5.6, maxl=ml)
            y += 11 if ml == 1 else 11 + 5.6 * (ml - 1) * 0.7
        label_row(p, lf, vs, vs, 26, 22, 54, y, "经营范围", c["scope"], "business_scope", vw=92, lh=5.8, maxl=9)
        y = 78
        for lab, val, key, ml in right:
            label_row(p, lf, vs, vs, 160, 22, 188, y, lab, val, key, vw=88, lh=5.6, maxl=ml)
            y += 11 if ml == 1 else 11 + 5.6 * (ml - 1) * 0.7
        seal_c, date_xy = (238, 172), (210, 186)
    p.col(BLACK)
    p.t(lf, 12, date_xy[0] - 12, date_xy[1] - 16, "登记机关")
    p.t(lf, 11, date_xy[0], date_xy[1], V.cn_date(issue))
    p.seal(seal_c[0] + r.uniform(-3, 3), seal_c[1] + r.uniform(-3, 3), 20, authority)
    p.col(BLACK)
    p.t(FA.HEI, 7, 18, H - 22, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn")
    p.t(FA.HEI, 7, W - 60, H - 22, "国家市场监督管理总局监制")
    form = "individual" if indiv else ("branch" if branch else "company")
    fields = {"name": c["name"], "credit_code": c["credit_code"], "entity_type": c["entity_type"],
              "legal_representative": c["rep"], "registered_capital": c["capital"],
              "established_date": _d(c["established"]), "address": c["address"], "business_scope": c["scope"],
              "valid_to": c["valid_to"]}
    return p, fields, f"{variant}-{form}", c["rep"]


def health_license(r: random.Random, face: int):
    c = V.company(r)
    abbr = PROV_ABBR.get(c["prov"], "沪")
    start = V.date_between(r, dt.date(2021, 1, 1), dt.date(2026, 9, 1))
    end = V.plus_years(start, 4) - dt.timedelta(days=1)
    code = c["credit_code"][2:8]
    if r.random() < 0.6:
        no = f"{abbr}卫公字（{start.year}）第{code}{r.randint(0, 999999):06d}号"
    else:
        no = f"{abbr}卫公证字〔{start.year}〕第{code}-{r.randint(1, 9999):04d}号"
    items = r.choice(V.HEALTH_ITEMS)
    name = c["name"]
    if r.random() < 0.5:
        name = name.replace("科技", "酒店管理").replace("建筑工程", "洗浴服务").replace("物流", "美容美发")
    p = Page(297, 210)
    p.col((120, 90, 50))
    p.rect(8, 8, 281, 194, 1.0)
    p.rect(11, 11, 275, 188, 0.3)
    p.col((215, 195, 160))
    p.wave(13, 13, 271, 6, 5, 1, 24, 0.12)
    p.mark_at = len(p.ops)
    p.col(RED if r.random() < 0.5 else BLACK)
    p.c(FA.SONG, 30, 0, 44, 297, "公共场所卫生许可证")
    p.col(BLACK)
    p.t(face, 12, 170, 60, no, tag="license_no")
    lf = r.choice([FA.SONG, FA.HEI])
    rows = [("单位名称", name, "name", 2), ("法定代表人（负责人）", c["rep"], "legal_representative", 1),
            ("地址", c["address"], "address", 2), ("许可项目", items, "license_items", 1)]
    y = 80
    for lab, val, key, ml in rows:
        label_row(p, lf, 12, 12, 35, 48, 92, y, lab, val, key, vw=170, lh=6.2, maxl=ml)
        y += 15 if ml == 1 else 19
    p.col(BLACK)
    p.sp(lf, 12, 35, y, 48, "有效期限")
    p.t(face, 12, 92, y, f"自{V.cn_date(start)}", tag="valid_from")
    p.t(face, 12, 140, y, f"至{V.cn_date(end)}", tag="valid_to")
    auth = f"{c['city'] if c['city'].endswith('市') else c['prov']}{c['county']}卫生健康委员会"
    p.t(lf, 12, 188, 178, "发证机关（盖章）")
    p.t(lf, 12, 200, 192, V.cn_date(start))
    p.seal(235 + r.uniform(-4, 4), 178 + r.uniform(-3, 3), 19, auth)
    fields = {"license_no": no, "name": name, "legal_representative": c["rep"], "address": c["address"],
              "license_items": items, "valid_from": _d(start), "valid_to": _d(end)}
    return p, fields, "health-landscape", c["rep"]


FORMS = [("餐饮服务经营者（小型餐馆）", ["热食类食品制售", "冷食类食品制售", "预包装食品（含冷藏冷冻食品）销售"]),
         ("餐饮服务经营者（中型餐馆）", ["热食类食品制售", "冷食类食品制售", "生食类食品制售", "自制饮品制售"]),
         ("食品销售经营者（超市）", ["预包装食品（含冷藏冷冻食品）销售", "散装食品（含冷藏冷冻食品）销售", "特殊食品销售（保健食品、婴幼儿配方乳粉）"]),
         ("食品销售经营者（便利店）", ["预包装食品（不含冷藏冷冻食品）销售", "散装食品（不含冷藏冷冻食品）销售"]),
         ("单位食堂（学校食堂）", ["热食类食品制售", "冷食类食品制售"]),
         ("单位食堂（机关企事业单位食堂）", ["热食类食品制售"]),
         ("餐饮服务经营者（饮品店）", ["自制饮品制售", "糕点类食品（不含裱花蛋糕）制售"])]


def food_license(r: random.Random, face: int):
    c = V.company(r)
    form, items = r.choice(FORMS)
    k = r.randint(1, len(items))
    its = "；".join(items[:k])
    no = f"JY{r.randint(1, 3)}{c['code']}{r.randint(0, 9999999):07d}"
    start = V.date_between(r, dt.date(2021, 1, 1), dt.date(2026, 9, 1))
    end = V.plus_years(start, 5) - dt.timedelta(days=1)
    prem = c["address"] if r.random() < 0.5 else V.address(r, long=True)
    portrait = r.random() < 0.4
    p = Page(210, 297) if portrait else Page(297, 210)
    W, H = p.w, p.h
    p.col((40, 110, 80))
    p.rect(8, 8, W - 16, H - 16, 1.0)
    p.col((180, 215, 195))
    p.wave(11, 11, W - 22, 6, 5, 1, 24, 0.12)
    p.mark_at = len(p.ops)
    p.emblem(W / 2, 25, 10)
    p.col(BLACK)
    p.c(FA.SONG, 30, 0, 50, W, "食品经营许可证")
    if portrait:
        p.c(FA.SONG, 13, 0, 59, W, "（副本）")
    lf = r.choice([FA.SONG, FA.HEI])
    left = [("经营者名称", c["name"], "name", 2), ("社会信用代码（身份证号码）", c["credit_code"], "credit_code", 1),
            ("法定代表人（负责人）", c["rep"], "legal_representative", 1), ("住所", c["address"], "address", 2),
            ("经营场所", prem, "premises_address", 2)]
    right = [("主体业态", form, "business_form", 1), ("经营项目", its, "business_items", 3),
             ("许可证编号", no, "license_no", 1), ("有效期至", V.cn_date(end), "valid_to", 1)]
    if portrait:
        y = 75
        for lab, val, key, ml in left + right:
            label_row(p, lf, 10, 11, 20, 52, 76, y, lab, val, key, vw=118, lh=5.4, maxl=ml)
            y += 10 if ml == 1 else 10 + 5.4 * (ml - 1)
        seal_c = (150, 255)
    else:
        y = 70
        for lab, val, key, ml in left:
            label_row(p, lf, 10, 11, 18, 50, 70, y, lab, val, key, vw=78, lh=5.4, maxl=ml)
            y += 10 if ml == 1 else 10 + 5.4 * (ml - 1)
        y = 70
        for lab, val, key, ml in right:
            label_row(p, lf, 10, 11, 155, 24, 182, y, lab, val, key, vw=98, lh=5.4, maxl=ml)
            y += 10 if ml == 1 else 10 + 5.4 * (ml - 1)
        seal_c = (235, 170)
    p.col(BLACK)
    yb = H - 48
    p.t(lf, 9, 20, yb, f"日常监督管理机构：{c['county']}市场监督管理局")
    p.t(lf, 9, 20, yb + 6, f"日常监督管理人员：{V.name(r)}、{V.name(r)}")
    p.t(lf, 9, 20, yb + 12, "投诉举报电话：12315")
    p.t(lf, 10, seal_c[0] - 30, seal_c[1] - 4, "发证机关：")
    p.t(lf, 10, seal_c[0] - 30, seal_c[1] + 6, f"签发人：{V.name(r)}")
    p.t(lf, 10, seal_c[0] - 22, seal_c[1] + 16, V.cn_date(start))
    p.seal(seal_c[0] + r.uniform(-3, 3), seal_c[1], 18, f"{c['county']}市场监督管理局")
    p.qr(W - 42, 16, 22, f"https://spscxkz.samr.gov.cn/?no={no}")
    p.col(BLACK)
    p.t(FA.HEI, 7, 18, H - 15, "国家市场监督管理总局监制")
    fields = {"license_no": no, "name": c["name"], "credit_code": c["credit_code"], "legal_representative": c["rep"],
              "address": c["address"], "premises_address": prem, "business_form": form, "business_items": its,
              "valid_to": _d(end)}
    return p, fields, "food-portrait" if portrait else "food-landscape", c["rep"]


def other(r: random.Random, face: int):
    sub = r.choice(["household", "marriage", "receipt", "form", "letter", "notice"])
    if sub == "household":
        p = Page(143, 105)
        per = V.person(r)
        p.col(BLACK)
        p.c(FA.SONG, 14, 0, 12, 143, "常住人口登记卡")
        p.col((60, 60, 60))
        p.rect(8, 16, 127, 82, 0.4)
        rows = [("姓名", per["name"], "户主或与户主关系", r.choice(["户主", "妻", "长子", "长女", "孙女"])),
                ("曾用名", "", "性别", per["sex"]), ("出生地", V.region(r)[1], "民族", per["nation"] + "族"),
                ("籍贯", V.region(r)[1], "出生日期", V.cn_date(per["birth"])),
                ("本市（县）其他住址", "", "宗教信仰", ""), ("公民身份号码", per["id"], "身高", f"{r.randint(150, 190)}"),
                ("文化程度", r.choice(["大学本科", "高中", "初中"]), "婚姻状况", r.choice(["已婚", "未婚"])),
                ("服务处所", "", "职业", "")]
        for k, (a, av, b, bv) in enumerate(rows):
            y = 16 + k * 10.25
            p.col((60, 60, 60))
            p.line(8, y, 135, y, 0.3)
            p.line(34, y, 34, y + 10.25, 0.3)
            p.line(72, y, 72, y + 10.25, 0.3)
            p.line(98, y, 98, y + 10.25, 0.3)
            p.col(BLACK)
            p.wrap(FA.SONG, 7, 9, y + 6, 24, 3, 2, a)
            p.t(face, 8, 35, y + 6.5, av)
            p.wrap(FA.SONG, 7, 73, y + 6, 24, 3, 2, b)
            p.t(face, 8, 99, y + 6.5, bv)
        return p, "other-household"
    if sub == "marriage":
        p = Page(125, 88)
        a, b = V.person(r), V.person(r)
        reg = V.date_between(r, dt.date(2005, 1, 1), dt.date(2026, 6, 1))
        p.col((240, 228, 222))
        p.rect(0, 0, 125, 88, 0.1, fill=True, stroke=False)
        p.col(BLACK)
        lines = [f"持证人　{a['name']}", f"登记日期　{V.cn_date(reg)}", f"结婚证字号　J{a['id'][:6]}-{reg.year}-{r.randint(1, 9999):06d}",
                 "备注", f"姓名　{a['name']}　性别　{a['sex']}", f"国籍　中国　出生日期　{_d(a['birth'])}",
                 f"身份证件号　{a['id']}", f"姓名　{b['name']}　性别　{b['sex']}", f"国籍　中国　出生日期　{_d(b['birth'])}",
                 f"身份证件号　{b['id']}"]
        for k, s in enumerate(lines):
            p.t(face, 8, 8, 10 + k * 7.6, s)
        p.seal(95, 30, 15, f"{V.region(r)[3]}民政局", "婚姻登记专用章")
        return p, "other-marriage"
    if sub == "receipt":
        p = Page(190, 95)
        p.col((160, 40, 40))
        p.c(FA.SONG, 18, 0, 15, 190, "收　　据")
        p.rect(10, 22, 170, 60, 0.4)
        p.col(BLACK)
        amt = r.randint(50, 9000)
        p.t(face, 11, 14, 32, f"今收到　{V.company(r)['name']}")
        p.t(face, 11, 14, 44, f"交来　{r.choice(['租金', '押金', '服务费', '资料费'])}")
        p.t(face, 11, 14, 56, f"人民币（大写）{V.DIG[amt // 1000 % 10]}仟{V.DIG[amt // 100 % 10]}佰{V.DIG[amt // 10 % 10]}拾{V.DIG[amt % 10]}元整　¥{amt}.00")
        p.t(face, 10, 14, 72, f"收款单位（盖章）　　　经手人　{V.name(r)}　　{V.cn_date(V.date_between(r, dt.date(2024, 1, 1), dt.date(2026, 11, 1)))}")
        p.seal(140, 66, 13, V.company(r)["name"][:12], "财务专用章")
        return p, "other-receipt"
    p = Page(210, 297)
    p.col(BLACK)
    c = V.company(r)
    if sub == "form":
        p.c(FA.SONG, 18, 0, 28, 210, "公共场所卫生许可证申请表")
        labels = ["申请单位", "统一社会信用代码", "法人代表", "联系电话", "单位地址", "经营场所地址", "从业职工人数",
                  "已体检人数", "场所建筑面积", "集中空调通风系统", "申请许可项目", "申请类型"]
        vals = [c["name"], "", c["rep"], f"1{r.randint(3, 9)}{r.randint(0, 10**9 - 1):09d}", "", "", str(r.randint(3, 60)),
                "", "", r.choice(["有", "无"]), "", "□办证　□延续　□变更　□补证"]
        for k, (lab, v) in enumerate(zip(labels, vals, strict=True)):
            y = 45 + k * 14
            p.rect(20, y, 170, 14, 0.3)
            p.line(65, y, 65, y + 14, 0.3)
            p.t(FA.SONG, 10, 23, y + 9, lab)
            if v:
                p.col(INK_BLUE)
                p.hand(FA.KAI, 12, 70, y + 10, r.getrandbits(31), v)
                p.col(BLACK)
        p.wrap(FA.SONG, 10, 20, 225, 170, 6, 4, "保证书：本单位承诺所提交的材料真实有效，并对其真实性负责。如有虚假，愿承担相应法律责任。")
        p.t(FA.SONG, 10, 120, 260, "申请人（签字/盖章）：")
        return p, "other-form"
    if sub == "letter":
        p.c(FA.SONG, 16, 0, 30, 210, "关于营业执照变更登记的告知书")
        body = (f"{c['name']}：贵单位提交的营业执照变更登记申请材料已收悉。经审查，需补正以下材料：1.法定代表人身份证复印件；"
                f"2.公共场所卫生许可证及食品经营许可证副本；3.住所使用证明。请于收到本告知书之日起十五个工作日内补正。")
        p.wrap(face, 12, 25, 50, 160, 8, 12, body)
        p.t(face, 12, 120, 160, f"{c['county']}政务服务中心")
        p.t(face, 12, 125, 170, V.cn_date(V.date_between(r, dt.date(2025, 1, 1), dt.date(2026, 11, 1))))
        p.seal(145, 160, 20, f"{c['county']}行政审批局", "业务专用章")
        return p, "other-letter"
    p.c(FA.HEI, 16, 0, 30, 210, "办事指南：公共场所卫生许可（变更）")
    text = ("一、申请条件：单位名称、法定代表人或地址名称发生变化的，应先办理营业执照变更。二、申请材料：卫生许可证申请表；"
            "营业执照复印件；原卫生许可证正副本。三、办理时限：承诺时限17个工作日，法定时限20个工作日。四、收费标准：不收费。")
    p.wrap(face, 11, 20, 50, 170, 7, 14, text)
    return p, "other-guide"


BUILDERS = {"id_card_front": id_front, "id_card_back": id_back, "business_license": business_license,
            "public_health_license": health_license, "food_business_license": food_license}
