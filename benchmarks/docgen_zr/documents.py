"""Family ZR's documents laid out in our own code on PDFKit pages: second-generation ID cards (front,
back), 营业执照 2019 template (正本 A3 landscape, 副本 A4 portrait; company, 分公司, 合伙企业,
个体工商户), 公共场所卫生许可证, 食品经营许可证 (正本/副本) and unrelated pages (blank, receipts,
forms, letters that mention licence words, certificates). Each returns (page, fields, variant) where
fields maps a truth key to its value; the page records the ink boxes of every value."""

from __future__ import annotations

import datetime as dt

import numpy as np

from benchmarks.docgen_zr import faces as F
from benchmarks.docgen_zr import values as V
from benchmarks.docgen_zr.draw import MM, Page
from benchmarks.docgen_zr.nodepdf import Node

VALUE_FACES = ["serif", "ming", "song_gb", "sans", "wqy", "kai"]
LABEL_FACES = ["sans_bold", "serif_bold", "sans", "wqy"]


def _faces(rng: np.random.Generator, texts: list[str]) -> tuple[str, str]:
    joined = "".join(texts)
    start = int(rng.integers(len(VALUE_FACES)))
    order = VALUE_FACES[start:] + VALUE_FACES[:start]
    value = F.first_covering(order, joined)
    label = LABEL_FACES[int(rng.integers(len(LABEL_FACES)))]
    return value, label


# ---------------------------------------------------------------------------------------------- ID card
def id_front(node: Node, rng: np.random.Generator) -> tuple[Page, dict, str]:
    p = V.place(rng)
    male = rng.random() < 0.5
    birth = V.date_between(rng, dt.date(1945, 1, 1), dt.date(2008, 12, 31))
    name = V.person_name(rng)
    nation = V.pick(rng, V.NATIONS)
    addr = V.address(rng, p)
    idn = V.id_number(p[3], birth, male, rng)
    pg = Page(node, 85.6, 54)
    pg.rect(0, 0, pg.w, pg.h, fill="#f3f1ea")
    pg.waves(0, 0, pg.w, pg.h, "#c9d8e6", rng)
    pg.circle(pg.w * 0.55, pg.h * 0.45, pg.h * 0.35, stroke="#d6dde8", lw=0.4)
    vf = F.first_covering(["sans", "wqy", "serif"] if rng.random() < 0.7 else ["wqy", "sans"], name + nation + addr)
    lab, lc = "sans", "#1d5ea8"
    s, vs = 2.6 * MM, 3.2 * MM
    x0, xv = 6 * MM, 17 * MM
    y = 10.5 * MM
    pg.spread(lab, s, x0, y, "姓名", 8 * MM, lc)
    pg.text(vf, vs, xv, y, name, key="name")
    y += 6.5 * MM
    pg.spread(lab, s, x0, y, "性别", 8 * MM, lc)
    pg.text(vf, vs, xv, y, "男" if male else "女", key="sex")
    pg.text(lab, s, xv + 11 * MM, y, "民族", lc)
    pg.text(vf, vs, xv + 19 * MM, y, nation, key="nation")
    y += 6.5 * MM
    pg.spread(lab, s, x0, y, "出生", 8 * MM, lc)
    x = xv
    for val, unit in ((str(birth.year), "年"), (str(birth.month), "月"), (str(birth.day), "日")):
        x += pg.text(vf, vs, x, y, val, key="birth_date") + 1.2 * MM
        x += pg.text(lab, s, x, y, unit, lc) + 1.6 * MM
    y += 6.5 * MM
    pg.spread(lab, s, x0, y, "住址", 8 * MM, lc)
    pg.para(vf, vs, xv, y, addr, 36 * MM, 4.6 * MM, key="address")
    pg.text(lab, s, x0, 47.5 * MM, "公民身份号码", lc)
    pg.text("mono" if rng.random() < 0.6 else "sans", 3.6 * MM, 28 * MM, 47.8 * MM, idn, key="id_number", cs=0.9)
    pg.bust(56 * MM, 8 * MM, 25 * MM, 31 * MM, rng)
    fields = {"name": name, "sex": "男" if male else "女", "nation": nation, "birth_date": birth.isoformat(),
              "address": addr, "id_number": idn}
    return pg, fields, "id-front"


def id_back(node: Node, rng: np.random.Generator) -> tuple[Page, dict, str]:
    p = V.place(rng)
    city = p[1] or p[0]
    auth = f"{city}公安局{p[2]}分局" if rng.random() < 0.75 else f"{p[2]}公安分局"
    if p[1] == "":
        auth = f"{p[0]}公安局{p[2]}分局"
    start = V.date_between(rng, dt.date(2008, 1, 1), dt.date(2026, 10, 1))
    yrs = V.pick(rng, [5, 10, 10, 20, 20, 0])
    end = "长期" if yrs == 0 else start.replace(year=start.year + yrs).isoformat()
    pg = Page(node, 85.6, 54)
    pg.rect(0, 0, pg.w, pg.h, fill="#f1efe6")
    pg.waves(0, 0, pg.w, pg.h, "#d7cfb6", rng, 22)
    pg.emblem(13 * MM, 13 * MM, 8.5 * MM)
    tf = "serif_bold" if rng.random() < 0.6 else "sans_bold"
    pg.text(tf, 5.2 * MM, 28 * MM, 12 * MM, "中华人民共和国", "#111111", cs=1.5)
    pg.text(tf, 6.4 * MM, 29 * MM, 22 * MM, "居民身份证", "#111111", cs=4.0)
    lab, lc = "sans", "#1d5ea8"
    vf = F.first_covering(["sans", "wqy", "serif"], auth)
    pg.text(lab, 2.6 * MM, 14 * MM, 40 * MM, "签发机关", lc)
    pg.text(vf, 3.0 * MM, 28 * MM, 40 * MM, auth, key="issuing_authority")
    pg.text(lab, 2.6 * MM, 14 * MM, 47 * MM, "有效期限", lc)
    x = 28 * MM
    x += pg.text(vf, 3.0 * MM, x, 47 * MM, start.strftime("%Y.%m.%d"), key="valid_from")
    x += pg.text(vf, 3.0 * MM, x, 47 * MM, "-")
    pg.text(vf, 3.0 * MM, x, 47 * MM, "长期" if end == "长期" else end.replace("-", "."), key="valid_to")
    return pg, {"issuing_authority": auth, "valid_from": start.isoformat(), "valid_to": end}, "id-back"


# ---------------------------------------------------------------------------------------------- licences
def _issue_block(pg: Page, rng: np.random.Generator, x: float, y: float, auth: str, date: dt.date, lf: str, scale: float,
                 label: str = "登记机关") -> None:
    pg.spread(lf, 13 * scale, x, y, label, 62 * scale)
    pg.seal(x + 110 * scale, y - 4 * scale, 56 * scale, auth, "", face="serif_bold", rng=rng)
    pg.text("serif", 13 * scale, x + 75 * scale, y + 40 * scale, V.date_cn(date))


def business_license(node: Node, rng: np.random.Generator, form: str, copy: bool) -> tuple[Page, dict, str]:
    p = V.place(rng)
    name = V.company_name(rng, p, form)
    rep = V.person_name(rng)
    est = V.date_between(rng, dt.date(2000, 1, 1), dt.date(2026, 9, 1))
    addr = V.address(rng, p)
    scope = V.scope_text(rng, rng.random() < 0.55)
    head = {"company": "91", "branch": "91", "partnership": "91", "individual": "92"}[form]
    code = V.uscc(rng, head, p[3])
    if form == "company":
        etype = V.pick(rng, ["有限责任公司（自然人投资或控股）", "有限责任公司（自然人独资）", "其他有限责任公司",
                             "股份有限公司（非上市、自然人投资或控股）", "有限责任公司（港澳台法人独资）"])
        cap = V.capital_text(rng)
        rows = [("名称", name, "name"), ("类型", etype, "entity_type"), ("法定代表人", rep, "legal_representative"),
                ("经营范围", scope, "business_scope"), ("注册资本", cap, "registered_capital"),
                ("成立日期", V.date_cn(est), "established_date"), ("营业期限", None, "valid_to"), ("住所", addr, "address")]
    elif form == "branch":
        etype = V.pick(rng, ["有限责任公司分公司（自然人投资或控股）", "其他有限责任公司分公司", "有限责任公司分公司（自然人独资）"])
        cap = ""
        rows = [("名称", name, "name"), ("类型", etype, "entity_type"), ("负责人", rep, "legal_representative"),
                ("经营范围", scope, "business_scope"), ("成立日期", V.date_cn(est), "established_date"),
                ("营业期限", None, "valid_to"), ("营业场所", addr, "address")]
    elif form == "partnership":
        etype = V.pick(rng, ["有限合伙企业", "普通合伙企业"])
        cap = ""
        partner = rep if rng.random() < 0.5 else V.company_name(rng, p, "company") + "（委派代表：" + rep + "）"
        rep = partner
        rows = [("名称", name, "name"), ("类型", etype, "entity_type"), ("执行事务合伙人", rep, "legal_representative"),
                ("经营范围", scope, "business_scope"), ("成立日期", V.date_cn(est), "established_date"),
                ("合伙期限", None, "valid_to"), ("主要经营场所", addr, "address")]
    else:
        etype = "个体工商户"
        cap = ""
        scope = V.scope_text(rng, False)
        rows = [("名称", name, "name"), ("类型", etype, "entity_type"), ("经营者", rep, "legal_representative"),
                ("组成形式", "个人经营", None), ("经营范围", scope, "business_scope"),
                ("注册日期", V.date_cn(est), "established_date"), ("经营场所", addr, "address")]
    if form == "individual":
        valid_to = ""
    elif rng.random() < 0.45:
        valid_to = "长期"
    else:
        valid_to = est.replace(year=est.year + int(V.pick(rng, [10, 20, 30, 50]))).isoformat()
    term = f"{V.date_cn(est)}至{'长期' if valid_to == '长期' else V.date_cn(dt.date.fromisoformat(valid_to)) if valid_to else ''}"
    vf, lf = _faces(rng, [name, etype, rep, scope, addr, cap])
    auth_city = p[1] or p[0]
    auth = f"{auth_city}{p[2]}{V.AUTHORITIES_SUFFIX}"
    issue = V.date_between(rng, est, V.TODAY)
    if copy:
        pg = Page(node, 210, 297)
        sc = 0.78
    else:
        pg = Page(node, 420, 297)
        sc = 1.0
    border = "#b88a3a" if rng.random() < 0.6 else "#8a6a2a"
    pg.rect(0, 0, pg.w, pg.h, fill="#fffdf7")
    pg.guilloche(9 * MM, 9 * MM, pg.w - 18 * MM, pg.h - 18 * MM, border, rng, 9 * MM * sc + 3)
    cx = pg.w / 2
    pg.emblem(cx, 34 * MM * (0.8 if copy else 1), 15 * MM * sc)
    tsize = 44 * sc
    title = "营业执照"
    tw = node.width("serif_bold", tsize, title, 14 * sc)
    ty = 70 * MM * (0.75 if copy else 0.95)
    pg.text("serif_bold", tsize, cx - tw / 2, ty, title, cs=14 * sc)
    if copy:
        sub = "（副　本）"
        sw = node.width("serif", 16 * sc, sub)
        pg.text("serif", 16 * sc, cx - sw / 2, ty + 22 * sc, sub)
    # credit code and 编号 above the table
    lx = 30 * MM * (0.7 if copy else 1)
    cy = ty + (44 if copy else 10) * sc
    pg.text(lf, 12 * sc, lx, cy - 30 * sc, "统一社会信用代码", "#222222")
    pg.text("serif" if rng.random() < 0.5 else "sans", 14 * sc, lx, cy - 10 * sc, code, key="credit_code", cs=0.5)
    pg.text(lf, 10 * sc, pg.w - lx - 150 * sc, cy - 30 * sc, "（" + ("副本" if copy else "") + "编号：" +
            "".join(str(int(rng.integers(10))) for _ in range(10)) + "）" if rng.random() < 0.3 else f"编号：{int(rng.integers(1, 9))}-{int(rng.integers(1, 9))}", "#333333")
    qs = 70 * sc
    pg.qr(pg.w - lx - qs, cy - 10 * sc, qs, rng)
    # the field table
    fields = {"name": name, "credit_code": code, "entity_type": etype, "legal_representative": rep,
              "registered_capital": cap, "established_date": est.isoformat(), "address": addr, "business_scope": scope,
              "valid_to": valid_to}
    fs = 15 * sc * (1.0 if copy else 1.35)
    ls = fs
    lead = fs * (1.5 if copy else 1.75)
    labw = 5.2 * fs
    if copy:
        cols = [(lx, pg.w - 2 * lx - 10, rows)]
        ystart = cy + 40 * sc
    else:
        left = [r for r in rows if r[2] in ("name", "entity_type", "legal_representative", "business_scope") or r[0] == "组成形式"]
        right = [r for r in rows if r not in left]
        cols = [(lx, pg.w / 2 - lx - 30, left), (pg.w / 2 + 10, pg.w / 2 - lx - 90, right)]
        ystart = cy + 40 * sc
    for x, width, rs in cols:
        y = ystart
        for label, val, key in rs:
            pg.spread(lf, ls, x, y, label if len(label) <= 5 else label, labw if len(label) <= 4 else labw * 1.45)
            vx = x + (labw if len(label) <= 4 else labw * 1.45) + 12 * sc
            if val is None:
                val = term
            if key == "business_scope":
                y = pg.para(vf, fs, vx, y, val, width - (vx - x), lead, key=key)
                y += lead * 0.6
            elif key in ("address", "name", "legal_representative"):
                y = pg.para(vf, fs, vx, y, val, width - (vx - x), lead, key=key) + lead * 0.6
            else:
                pg.text(vf, fs, vx, y, val, key=key if key in fields else None)
                y += lead * 1.6
    _issue_block(pg, rng, pg.w - (150 if copy else 240) * sc - lx, pg.h - 95 * sc, auth, issue, lf, sc)
    foot = 9 * sc
    pg.text("sans", foot, lx, pg.h - 30 * sc, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", "#333333")
    pg.text("sans", foot, pg.w - lx - 120 * sc, pg.h - 30 * sc, "国家市场监督管理总局监制", "#333333")
    pg.text("sans", foot * 0.9, pg.w - lx - qs - 20 * sc, cy + qs + 2 * sc, "扫描二维码登录“国家企业信用", "#333333")
    pg.text("sans", foot * 0.9, pg.w - lx - qs - 20 * sc, cy + qs + 12 * sc, "信息公示系统”了解更多登记、", "#333333")
    pg.text("sans", foot * 0.9, pg.w - lx - qs - 20 * sc, cy + qs + 22 * sc, "备案、许可、监管信息。", "#333333")
    if valid_to == "" and form != "individual":
        raise AssertionError("valid_to missing")
    return pg, fields, f"bl-{'copy' if copy else 'orig'}-{form}"


def health_license(node: Node, rng: np.random.Generator) -> tuple[Page, dict, str]:
    p = V.place(rng)
    name = V.company_name(rng, p, V.pick(rng, ["company", "individual", "branch"]))
    rep = V.person_name(rng)
    addr = V.address(rng, p)
    k = int(rng.integers(1, 4))
    items = "、".join(V.HEALTH_ITEMS[int(i)] for i in sorted(rng.choice(len(V.HEALTH_ITEMS), k, replace=False)))
    start = V.date_between(rng, dt.date(2021, 1, 1), dt.date(2026, 10, 1))
    end = start.replace(year=start.year + 4) - dt.timedelta(days=1)
    year = start.year
    no = f"{p[4]}卫公字（{year}）第{p[3]}{int(rng.integers(0, 999999)):06d}号"
    if rng.random() < 0.3:
        no = f"{p[4]}卫公字〔{year}〕第{int(rng.integers(100, 99999))}号"
    vf, lf = _faces(rng, [name, rep, addr, items, no])
    landscape = rng.random() < 0.5
    pg = Page(node, 297, 210) if landscape else Page(node, 210, 297)
    sc = 0.8
    pg.rect(0, 0, pg.w, pg.h, fill="#fbfbf6")
    pg.guilloche(8 * MM, 8 * MM, pg.w - 16 * MM, pg.h - 16 * MM, "#3a7a4a" if rng.random() < 0.5 else "#2f5f9a", rng, 8 * MM)
    cx = pg.w / 2
    pg.emblem(cx, 30 * MM, 11 * MM)
    title = "卫生许可证"
    tw = node.width("serif_bold", 40 * sc, title, 10)
    pg.text("serif_bold", 40 * sc, cx - tw / 2, 58 * MM, title, cs=10)
    sub = "（公共场所）"
    pg.text("serif", 14 * sc, cx - node.width("serif", 14 * sc, sub) / 2, 66 * MM, sub)
    x0 = 32 * MM
    y = 80 * MM
    nw = pg.text(lf, 13 * sc, pg.w - x0 - 10 - node.width(vf, 13 * sc, no) - node.width(lf, 13 * sc, "编号："), y - 16, "编号：")
    pg.text(vf, 13 * sc, pg.w - x0 - 10 - node.width(vf, 13 * sc, no), y - 16, no, key="license_no")
    del nw
    labw = 120 * sc
    fs = 15 * sc
    lead = fs * 1.6
    width = pg.w - 2 * x0
    for label, val, key in (("单位名称", name, "name"), ("法定代表人（负责人）", rep, "legal_representative"),
                            ("地址", addr, "address"), ("许可项目", items, "license_items")):
        y += lead * 0.8
        if len(label) > 4:
            pg.text(lf, 13 * sc, x0, y, label)
            lw = node.width(lf, 13 * sc, label) + 8
        else:
            pg.spread(lf, 14 * sc, x0, y, label, labw * 0.6)
            lw = labw * 0.6 + 8
        y = pg.para(vf, fs, x0 + lw, y, val, width - lw, lead, key=key)
        pg.line(x0 + lw, y - lead + 4, x0 + width, y - lead + 4, "#888888", 0.3)
    y += lead * 0.8
    pg.spread(lf, 14 * sc, x0, y, "有效期限", labw * 0.6)
    x = x0 + labw * 0.6 + 8
    x += pg.text(vf, fs, x, y, "自")
    x += pg.text(vf, fs, x, y, V.date_cn(start), key="valid_from")
    x += pg.text(vf, fs, x, y, "至")
    pg.text(vf, fs, x, y, V.date_cn(end), key="valid_to")
    auth = f"{(p[1] or p[0])}{p[2]}卫生健康委员会" if rng.random() < 0.6 else f"{p[2]}卫生健康委员会"
    _issue_block(pg, rng, pg.w - x0 - 190 * sc, pg.h - 55 * MM, auth, start - dt.timedelta(days=int(rng.integers(1, 20))), lf, sc, "发证机关")
    fields = {"license_no": no, "name": name, "legal_representative": rep, "address": addr, "license_items": items,
              "valid_from": start.isoformat(), "valid_to": end.isoformat()}
    return pg, fields, "phl-" + ("land" if landscape else "port")


def food_license(node: Node, rng: np.random.Generator, copy: bool) -> tuple[Page, dict, str]:
    p = V.place(rng)
    form = V.pick(rng, ["company", "company", "individual", "branch"])
    name = V.company_name(rng, p, form)
    rep = V.person_name(rng)
    addr = V.address(rng, p)
    prem = addr if rng.random() < 0.5 else V.address(rng, p)
    bform = V.pick(rng, V.FOOD_FORMS)
    k = int(rng.integers(1, 5))
    items = "；".join(V.FOOD_ITEMS[int(i)] for i in sorted(rng.choice(len(V.FOOD_ITEMS), k, replace=False)))
    catering = bform.startswith("餐饮") or bform.startswith("单位")
    no = V.food_license_no(rng, p, catering)
    code = V.uscc(rng, "92" if form == "individual" else "91", p[3])
    issue = V.date_between(rng, dt.date(2019, 1, 1), dt.date(2026, 10, 1))
    until = issue.replace(year=issue.year + 5) - dt.timedelta(days=1)
    vf, lf = _faces(rng, [name, rep, addr, prem, bform, items])
    pg = Page(node, 210, 297) if copy else Page(node, 297, 210)
    sc = 0.78
    pg.rect(0, 0, pg.w, pg.h, fill="#fffef9")
    pg.guilloche(8 * MM, 8 * MM, pg.w - 16 * MM, pg.h - 16 * MM, "#2c6e9e" if rng.random() < 0.5 else "#3c8a5a", rng, 7 * MM)
    cx = pg.w / 2
    pg.emblem(cx, 28 * MM, 10 * MM)
    title = "食品经营许可证"
    tw = node.width("serif_bold", 34 * sc, title, 6)
    pg.text("serif_bold", 34 * sc, cx - tw / 2, 52 * MM, title, cs=6)
    if copy:
        pg.text("serif", 13 * sc, cx - node.width("serif", 13 * sc, "（副本）") / 2, 59 * MM, "（副本）")
    x0 = 26 * MM
    y = 70 * MM
    fs = 14 * sc
    lead = fs * 1.55
    labw = 150 * sc
    width = (pg.w - 2 * x0) if copy else (pg.w * 0.62 - x0)
    rows = [("经营者名称", name, "name"), ("社会信用代码（身份证号码）", code, "credit_code"),
            ("法定代表人（负责人）", rep, "legal_representative"), ("住所", addr, "address"), ("经营场所", prem, "premises_address"),
            ("主体业态", bform, "business_form"), ("经营项目", items, "business_items")]
    for label, val, key in rows:
        if len(label) > 5:
            pg.text(lf, 11 * sc, x0, y, label)
        else:
            pg.spread(lf, 13 * sc, x0, y, label, labw * 0.55)
        y = pg.para(vf, fs, x0 + labw + 6, y, val, width - labw - 6, lead, key=key) + lead * 0.45
    rx = x0 if copy else pg.w * 0.64
    ry = y + 10 if copy else 70 * MM
    pg.spread(lf, 13 * sc, rx, ry, "许可证编号", labw * 0.55)
    pg.text("sans" if rng.random() < 0.5 else vf, 15 * sc, rx + labw * 0.62, ry, no, key="license_no")
    ry += lead * 1.4
    for label, val in (("日常监督管理机构", f"{p[2]}市场监督管理局{V.pick(rng, ['第一', '第二', '中心', ''])}市场监督管理所"),
                       ("日常监督管理人员", V.person_name(rng) + "、" + V.person_name(rng)), ("投诉举报电话", "12315")):
        pg.text(lf, 11 * sc, rx, ry, label)
        pg.text(vf, 12 * sc, rx + labw * 0.75, ry, val)
        ry += lead * 1.2
    pg.spread(lf, 13 * sc, rx, ry, "有效期至", labw * 0.55)
    pg.text(vf, fs, rx + labw * 0.62, ry, V.date_cn(until), key="valid_to")
    ry += lead * 1.3
    pg.qr(rx + (0 if copy else 20), ry + 10, 64 * sc, rng)
    auth = f"{(p[1] or p[0])}{p[2]}市场监督管理局"
    _issue_block(pg, rng, pg.w - x0 - 200 * sc, pg.h - 48 * MM, auth, issue, lf, sc, "发证机关")
    pg.text(lf, 11 * sc, pg.w - x0 - 200 * sc, pg.h - 48 * MM + 60 * sc, "签发人：" + V.person_name(rng))
    pg.text("sans", 9 * sc, cx - 80, pg.h - 14 * MM, "国家市场监督管理总局监制", "#444444")
    fields = {"license_no": no, "name": name, "credit_code": code, "legal_representative": rep, "address": addr,
              "premises_address": prem, "business_form": bform, "business_items": items, "valid_to": until.isoformat()}
    return pg, fields, "fbl-" + ("copy" if copy else "orig")


# ---------------------------------------------------------------------------------------------- negatives
def other(node: Node, rng: np.random.Generator, what: str) -> tuple[Page, dict, str]:
    p = V.place(rng)
    if what == "blank":
        pg = Page(node, 210, 297)
        pg.rect(0, 0, pg.w, pg.h, fill="#fdfdfb")
        return pg, {}, "other-blank"
    if what == "receipt":
        pg = Page(node, 80, 190)
        pg.rect(0, 0, pg.w, pg.h, fill="#fbfbf8")
        y = 14 * MM
        shop = V.company_name(rng, p, "individual")
        f = F.first_covering(["mono", "sans", "wqy"], shop)
        pg.text("sans_bold", 12, 8 * MM, y, shop[:12])
        y += 18
        for line in (f"单号：{int(rng.integers(10**9, 10**10))}", f"日期：{V.date_between(rng, dt.date(2025, 1, 1), V.TODAY)} 14:{int(rng.integers(10, 59))}",
                     "-" * 26):
            pg.text(f, 8.5, 6 * MM, y, line)
            y += 13
        tot = 0.0
        for _ in range(int(rng.integers(4, 12))):
            it = V.pick(rng, ["矿泉水", "面包", "牛奶", "洗衣液", "纸巾", "苹果", "大米5kg", "酱油", "鸡蛋", "食用油"])
            pr = round(float(rng.uniform(2, 80)), 2)
            tot += pr
            pg.text(f, 8.5, 6 * MM, y, it)
            pg.text(f, 8.5, 52 * MM, y, f"{pr:.2f}")
            y += 13
        pg.text(f, 8.5, 6 * MM, y, "-" * 26)
        pg.text("sans_bold", 10, 6 * MM, y + 16, f"合计：{tot:.2f}元")
        pg.text(f, 8, 6 * MM, y + 34, "谢谢惠顾，欢迎再次光临")
        return pg, {}, "other-receipt"
    pg = Page(node, 210, 297)
    pg.rect(0, 0, pg.w, pg.h, fill="#fdfdfb")
    vf = V.pick(rng, ["serif", "ming", "sans", "song_gb"])
    x0 = 25 * MM
    if what == "letter":
        co = V.company_name(rng, p, "company")
        title = V.pick(rng, ["关于办理营业执照变更登记的说明", "关于补办食品经营许可证的申请", "委托书", "关于卫生许可证延续的情况说明"])
        pg.text("serif_bold", 18, pg.w / 2 - node.width("serif_bold", 18, title) / 2, 35 * MM, title)
        body = (f"{V.pick(rng, ['市场监督管理局', '卫生健康委员会', '政务服务中心'])}：\n"
                f"我单位{co}（统一社会信用代码见营业执照副本）因经营需要，拟办理营业执照、食品经营许可证及公共场所卫生许可证相关变更手续。"
                f"现委托{V.person_name(rng)}同志（身份证号码详见附件）前往贵单位办理，所提交的法定代表人身份证复印件、营业执照复印件均与原件一致。"
                f"住所：{V.address(rng, p)}。特此说明，请予办理为盼。")
        y = 55 * MM
        for parai in body.split("\n"):
            y = pg.para(F.first_covering([vf, "serif", "sans"], parai), 12, x0, y, parai, pg.w - 2 * x0, 22, first_x=x0 + (0 if y == 55 * MM else 24))
            y += 8
        pg.text(vf if F.covers(vf, co) else "serif", 12, pg.w - x0 - node.width("serif", 12, co), y + 40, co)
        pg.text("serif", 12, pg.w - x0 - 110, y + 62, V.date_cn(V.date_between(rng, dt.date(2025, 1, 1), V.TODAY)))
        pg.seal(pg.w - x0 - 70, y + 40, 42, co, "", face="serif")
        return pg, {}, "other-letter"
    if what == "form":
        title = V.pick(rng, ["个体工商户登记（备案）申请书", "食品经营许可申请书", "公共场所卫生许可申请表", "政务服务事项办理登记表"])
        pg.text("serif_bold", 17, pg.w / 2 - node.width("serif_bold", 17, title) / 2, 30 * MM, title)
        y = 42 * MM
        for lab in ("申请人名称", "统一社会信用代码", "法定代表人", "身份证件号码", "联系电话", "住所", "经营场所", "申请事项", "备注"):
            pg.rect(x0, y, pg.w - 2 * x0, 14 * MM, stroke="#222222", lw=0.6)
            pg.line(x0 + 42 * MM, y, x0 + 42 * MM, y + 14 * MM)
            pg.text("sans", 11, x0 + 3 * MM, y + 8.5 * MM, lab)
            y += 14 * MM
        pg.text("sans", 10, x0, y + 10 * MM, "申请人签字：                    日期：    年   月   日")
        return pg, {}, "other-form"
    # certificate
    pg.guilloche(10 * MM, 10 * MM, pg.w - 20 * MM, pg.h - 20 * MM, "#b8862e", rng, 8 * MM)
    title = V.pick(rng, ["荣誉证书", "结业证书", "培训合格证书"])
    pg.text("serif_bold", 40, pg.w / 2 - node.width("serif_bold", 40, title, 8) / 2, 70 * MM, title, "#a01818", cs=8)
    who = V.person_name(rng)
    body = f"{who}同志：在{V.pick(rng, ['2025年度', '2024年度', '食品安全管理员培训', '窗口服务技能竞赛'])}中表现突出，成绩优异，特发此证，以资鼓励。"
    pg.para(F.first_covering([vf, "serif"], body), 16, 30 * MM, 110 * MM, body, pg.w - 60 * MM, 30, first_x=30 * MM + 32)
    org = f"{(p[1] or p[0])}{p[2]}{V.pick(rng, ['人力资源和社会保障局', '总工会', '行政审批局'])}"
    pg.seal(pg.w - 60 * MM, 220 * MM, 48, org, "", face="serif")
    pg.text("serif", 14, pg.w - 85 * MM, 222 * MM, org)
    return pg, {}, "other-certificate"
