"""Family-C personal documents: ID card front/back, 户口簿 常住人口登记卡, 结婚证 inner spread,
不动产权证书 register page and bank cards, laid out like the originals (mm on the real card/page).
"""

from __future__ import annotations

import datetime as dt
import random

from benchmarks.docgen_c import values as V
from benchmarks.docgen_c.fonts import face, pick_faces
from benchmarks.docgen_c.licences import PROV_ABBR, Sheet
from benchmarks.docgen_c.render import Page, emblem, guilloche, paper, photo_box, seal, wrap_lines

INK = (18, 18, 22)
LABEL_BLUE = (40, 90, 150)

POLICE = ("{city}公安局{dist}分局", "{city}公安局{dist}分局", "{city}公安局")


def _person(r: random.Random, lo: int = 1950, hi: int = 2008) -> dict:
    p = V.place(r)
    sex = r.choice("男女")
    birth = V.date_between(r, dt.date(lo, 1, 1), dt.date(hi, 12, 28))
    return {"name": V.person_name(r), "sex": sex, "birth": birth, "place": p, "nation": r.choice(V.NATIONS),
            "id": V.id_number(r, p[3], birth, sex)}


def id_front(r: random.Random) -> Page:
    who = _person(r)
    addr = V.resident_address(r, who["place"])
    if r.random() < 0.35:  # three-line addresses: long village/group style
        addr = addr + r.choice(("（集体户）", f"{r.randint(1, 9)}组", "东侧", f"附{r.randint(1, 9)}号"))
    ppm = r.uniform(11, 14)
    img = paper(int(85.6 * ppm), int(54 * ppm), r, tint=r.choice(((244, 246, 244), (240, 244, 248), (247, 244, 238))), noise=2)
    page = Page(img, "id_card_front")
    S = Sheet(page, ppm)
    faces = pick_faces(r)
    guilloche(img, r, color=(214, 226, 236), n=r.randint(14, 26))
    guilloche(img, r, color=(236, 222, 214), n=r.randint(6, 12))
    lab = S.font("hei", 2.55, faces["hei"])
    vs = r.choice(("hei", "hei", "song"))
    val = S.font(vs, 3.1, faces[vs])
    x_l, x_v = S.px(5.5), S.px(r.uniform(15.5, 17))
    y = S.px(r.uniform(5, 6.5))
    page.text(x_l, y + S.px(0.3), "姓　名" if r.random() < 0.5 else "姓名", lab, LABEL_BLUE)
    page.text(x_v, y, who["name"], S.font(vs, 3.5, faces[vs]), INK, key="name")
    y += S.px(7.2)
    page.text(x_l, y + S.px(0.3), "性　别" if r.random() < 0.5 else "性别", lab, LABEL_BLUE)
    page.text(x_v, y, who["sex"], val, INK, key="sex")
    page.text(S.px(27), y + S.px(0.3), "民　族" if r.random() < 0.5 else "民族", lab, LABEL_BLUE)
    page.text(S.px(36.5), y, who["nation"], val, INK, key="nation")
    y += S.px(6.6)
    b = who["birth"]
    page.text(x_l, y + S.px(0.3), "出　生" if r.random() < 0.5 else "出生", lab, LABEL_BLUE)
    xx = x_v
    for part, unit in ((str(b.year), "年"), (str(b.month), "月"), (str(b.day), "日")):
        bx = page.text(xx, y, part, val, INK, key="birth_date")
        page.text(bx[2] + S.px(1.0), y + S.px(0.3), unit, lab, LABEL_BLUE)
        xx = bx[2] + S.px(1.0) + lab.getlength(unit) + S.px(1.6)
    y += S.px(6.8)
    page.text(x_l, y + S.px(0.3), "住　址" if r.random() < 0.5 else "住址", lab, LABEL_BLUE)
    page.wrapped(x_v, y, addr, val, S.px(r.uniform(34, 37)), S.px(4.6), INK, key="address")
    idf = face("mono", S.px(3.6))
    page.text(x_l, S.px(46.2), "公民身份号码", lab, LABEL_BLUE)
    page.text(S.px(r.uniform(24, 26)), S.px(45.6), who["id"], idf, INK, key="id_number", tracking=S.px(r.uniform(0.4, 0.8)))
    photo_box(img, (S.px(56), S.px(6), S.px(81), S.px(38)), r, bg=(238, 242, 246))
    page.truth = {"name": who["name"], "sex": who["sex"], "nation": who["nation"], "birth_date": b.isoformat(),
                  "address": addr, "id_number": who["id"]}
    return page


def id_back(r: random.Random) -> Page:
    who = _person(r)
    p = who["place"]
    prov, city, dist = p[0], p[1], p[2]
    cname = prov if prov.endswith("市") else city
    police = r.choice(POLICE).format(city=cname, dist=dist[:-1] if dist.endswith("区") and len(dist) > 2 and r.random() < 0.6 else dist)
    frm = V.date_between(r, max(who["birth"] + dt.timedelta(days=365 * 16 + 4), dt.date(2006, 1, 1)), dt.date(2026, 10, 1)) \
        if who["birth"].year < 2009 else dt.date(2020, 5, 1)
    age = (frm - who["birth"]).days // 365
    n = 5 if age < 16 else 10 if age < 26 else 20 if age < 46 else None
    to = V.add_years(frm, n).isoformat() if n else "长期"
    to_printed = f"{V.add_years(frm, n):%Y.%m.%d}" if n else "长期"
    ppm = r.uniform(11, 14)
    img = paper(int(85.6 * ppm), int(54 * ppm), r, tint=r.choice(((244, 246, 244), (240, 244, 248), (247, 244, 238))), noise=2)
    page = Page(img, "id_card_back")
    S = Sheet(page, ppm)
    guilloche(img, r, color=(214, 226, 236), n=r.randint(14, 26))
    emblem(img, S.px(15), S.px(15), S.px(9))
    t1 = S.font("song_bold", 4.0)
    page.text(S.px(30), S.px(7), "中华人民共和国", t1, INK, tracking=S.px(1.5))
    t2 = S.font("hei_bold", 6.5)
    page.text(S.px(29), S.px(16), "居民身份证", t2, INK, tracking=S.px(2.2))
    lab = S.font("hei", 2.6)
    val = S.font(r.choice(("hei", "song")), 3.0)
    page.text(S.px(14), S.px(36.5), "签发机关", lab, LABEL_BLUE)
    page.text(S.px(r.uniform(27, 29)), S.px(36.2), police, val, INK, key="issuing_authority")
    page.text(S.px(14), S.px(44.5), "有效期限", lab, LABEL_BLUE)
    vt = f"{frm:%Y.%m.%d}-{to_printed}"
    bx = page.text(S.px(r.uniform(27, 29)), S.px(44.2), vt, val, INK)
    page.record("valid_from", bx)
    page.record("valid_to", bx)
    page.truth = {"issuing_authority": police, "valid_from": frm.isoformat(), "valid_to": to}
    return page


RELATIONS = ("妻", "夫", "长子", "次子", "长女", "次女", "子", "女", "孙子", "孙女", "母亲", "父亲", "儿媳", "外孙女")
EDU = ("大学本科", "研究生", "高中", "初中", "大学专科", "小学", "中等专科")
JOBS = ("职员", "教师", "工程师", "个体经营者", "医生", "学生", "退休人员", "公务员", "会计")


def household(r: random.Random) -> Page:
    """常住人口登记卡: a ruled table; some editions print 户号 and 住址 above it."""
    head = r.random() < 0.3
    who = _person(r, 1940 if head else 1960, 2012)
    rel = "户主" if head else r.choice(RELATIONS)
    p = who["place"]
    prov, city, dist = p[0], p[1], p[2]
    hh_mode = r.choices(("both", "number", "none"), (0.45, 0.25, 0.3))[0]
    hno = f"{r.randint(10**8, 10**9 - 1)}" if hh_mode != "none" else ""
    addr = V.resident_address(r, p) if hh_mode == "both" else ""
    old = r.random() < 0.25
    ppm = r.uniform(8.0, 9.5)
    img = paper(int(128 * ppm), int(182 * ppm), r, tint=r.choice(((250, 247, 240), (246, 244, 250))))
    page = Page(img, "household_register", variant=hh_mode)
    S = Sheet(page, ppm)
    faces = pick_faces(r)
    guilloche(img, r, color=(225, 225, 238), n=r.randint(8, 16))
    tf = S.font("song_bold", 6.5)
    page.text(img.width / 2 - tf.getlength("常住人口登记卡") / 2, S.px(8), "常住人口登记卡", tf, INK)
    lf = S.font("song", 3.0, faces["song"])
    vs = r.choice(("kai", "song", "hei"))
    vf = S.font(vs, 3.4, faces[vs])
    x0, x1 = S.px(8), img.width - S.px(8)
    y = S.px(20)
    if hno:
        b = page.text(x0, y, "户号", lf, INK)
        page.text(b[2] + S.px(3), y - S.px(0.3), hno, vf, INK, key="household_number")
        page.text(x0 + S.px(45), y, "户别  家庭户", lf, INK)
        y += S.px(6)
    if addr:
        b = page.text(x0, y, "住址", lf, INK)
        y = page.wrapped(b[2] + S.px(3), y - S.px(0.3), addr, vf, x1 - b[2] - S.px(5), S.px(5), INK, key="address")
        y += S.px(1)
    d = page.draw
    row_h = S.px(r.uniform(10, 12))
    birth_p = V.place(r)
    cols = (0, 0.17, 0.47, 0.65, 1.0)
    W = x1 - x0
    id_label = "公民身份证件编号" if old else "公民身份号码"
    rows = [("姓名", who["name"], "户主或与户主关系", rel, "name", "relationship"),
            ("曾用名", "", "性别", who["sex"], None, "sex"),
            ("出生地", birth_p[0] + birth_p[1] + birth_p[2], "民族", who["nation"], None, "nation"),
            ("籍贯", (birth_p[0] + birth_p[1]) if r.random() < 0.7 else birth_p[0], "出生日期",
             V.cn_date(who["birth"], pad=r.random() < 0.5), None, "birth_date"),
            ("宗教信仰", "", id_label, who["id"], None, "id_number"),
            ("身高", f"{r.randint(150, 188)}厘米", "血型", r.choice(("A", "B", "O", "AB", "")), None, None),
            ("文化程度", r.choice(EDU), "婚姻状况", r.choice(("已婚", "未婚", "")), None, None),
            ("服务处所", r.choice(("", "本市某公司", f"{city or prov}第一人民医院")), "职业", r.choice(JOBS), None, None)]
    top = y + S.px(2)
    for i, (l1, v1, l2, v2, k1, k2) in enumerate(rows):
        yy = top + i * row_h
        d.rectangle((x0, yy, x1, yy + row_h), outline=(70, 60, 60), width=2)
        for c in cols[1:-1]:
            d.line((x0 + W * c, yy, x0 + W * c, yy + row_h), fill=(70, 60, 60), width=2)
        for ci, (txt, is_label, key) in enumerate(((l1, True, None), (v1, False, k1), (l2, True, None), (v2, False, k2))):
            cx0, cx1 = x0 + W * cols[ci], x0 + W * cols[ci + 1]
            font = lf if is_label else vf
            if is_label and font.getlength(txt) > cx1 - cx0 - S.px(2):
                lines = wrap_lines(txt, font, cx1 - cx0 - S.px(2))
                for j, ln in enumerate(lines):
                    page.text(cx0 + S.px(1), yy + S.px(1) + j * font.size * 1.15, ln, font, INK)
                continue
            if not txt:
                continue
            f2 = font
            while f2.getlength(txt) > cx1 - cx0 - S.px(2):
                f2 = face(vs, int(f2.size * 0.9), faces[vs])
            page.text(cx0 + S.px(1.5), yy + (row_h - f2.size) / 2, txt, f2, INK, key=key)
    yy = top + len(rows) * row_h
    for label in ("何时由何地迁来本市（县）", "何时由何地迁来本址"):
        d.rectangle((x0, yy, x1, yy + row_h), outline=(70, 60, 60), width=2)
        page.text(x0 + S.px(1.5), yy + (row_h - lf.size) / 2, label, lf, INK)
        yy += row_h
    page.text(x0, yy + S.px(6), "承办人签章", lf, INK)
    page.text(x1 - S.px(50), yy + S.px(6), "登记日期  " + V.cn_date(V.date_between(r, dt.date(2000, 1, 1), dt.date(2025, 1, 1))), lf, INK)
    seal(img, x1 - S.px(r.uniform(25, 40)), yy + S.px(r.uniform(6, 14)), S.px(13), f"{(prov if prov.endswith('市') else city)}公安局{dist}分局", r,
         bottom="户口专用章")
    page.truth = {"name": who["name"], "relationship": rel, "sex": who["sex"], "nation": who["nation"],
                  "birth_date": who["birth"].isoformat(), "id_number": who["id"], "household_number": hno, "address": addr}
    return page


def marriage(r: random.Random) -> Page:
    """结婚证 inner spread: 持证人/登记日期/字号 on the left page, both parties on the right page."""
    a = _person(r, 1960, 2000)
    b = _person(r, 1960, 2000)
    a["sex"], b["sex"] = "男", "女"
    a["id"] = V.id_number(r, a["place"][3], a["birth"], "男")
    b["id"] = V.id_number(r, b["place"][3], b["birth"], "女")
    reg = V.date_between(r, max(a["birth"], b["birth"]) + dt.timedelta(days=365 * 23), dt.date(2026, 10, 1))
    p = V.place(r)
    holder = r.choice((a, b))["name"]
    cno = f"J{p[3]}-{reg.year}-{r.randint(1, 19999):06d}"
    ppm = r.uniform(8.5, 10.5)
    img = paper(int(2 * 128 * ppm), int(92 * ppm), r, tint=(250, 238, 236), noise=2.5)
    page = Page(img, "marriage_certificate")
    S = Sheet(page, ppm)
    guilloche(img, r, color=(240, 205, 205), n=r.randint(14, 24))
    d = page.draw
    d.line((img.width / 2, 0, img.width / 2, img.height), fill=(200, 170, 170), width=3)
    lf = S.font("hei", 3.2)
    vs = r.choice(("song", "hei", "kai"))
    vf = S.font(vs, 3.6)
    x = S.px(14)
    for i, (label, value, key) in enumerate((("持证人", holder, "holder"), ("登记日期", V.cn_date(reg), "registration_date"),
                                             ("结婚证字号", cno, "certificate_no"), ("备注", "", None))):
        y = S.px(16 + i * 11)
        page.text(x, y, label, lf, (150, 40, 40))
        if value:
            page.text(x + S.px(24), y - S.px(0.3), value, vf, INK, key=key)
    seal(img, S.px(82), S.px(70), S.px(15), f"{p[0] if p[0].endswith('市') else p[1]}{p[2]}民政局", r, bottom="婚姻登记专用章")
    page.text(S.px(14), S.px(72), "登记机关", lf, (150, 40, 40))
    X = img.width / 2 + S.px(10)
    photo_box(img, (X + S.px(30), S.px(6), X + S.px(80), S.px(38)), r, bg=(200, 40, 40))
    for j, (who, pre) in enumerate(((a, "party1"), (b, "party2"))):
        y0 = S.px(44 + j * 23)
        items = ((0, "姓名", who["name"], "name"), (1, "性别", who["sex"], "sex"),
                 (2, "国籍", "中国", "nationality"), (3, "出生日期", V.cn_date(who["birth"]), "birth_date"),
                 (4, "身份证件号", who["id"], "id_number"))
        for k, label, value, key in items:
            col, row = (k % 2, k // 2) if k < 4 else (0, 2)
            lx = X + col * S.px(56)
            ly = y0 + row * S.px(6.5)
            bx = page.text(lx, ly, label, lf, (150, 40, 40))
            page.text(bx[2] + S.px(3), ly - S.px(0.3), value, vf if key != "id_number" else face("mono", vf.size), INK,
                      key=f"{pre}_{key}")
    page.truth = {"holder": holder, "registration_date": reg.isoformat(), "certificate_no": cno}
    for who, pre in ((a, "party1"), (b, "party2")):
        page.truth.update({f"{pre}_name": who["name"], f"{pre}_sex": who["sex"], f"{pre}_nationality": "中国",
                           f"{pre}_birth_date": who["birth"].isoformat(), f"{pre}_id_number": who["id"]})
    return page


RIGHT_TYPES = (("国有建设用地使用权/房屋所有权", "出让/市场化商品房", "城镇住宅用地/住宅"),
               ("国有建设用地使用权/房屋所有权", "出让/存量房", "城镇住宅用地/成套住宅"),
               ("国有建设用地使用权/房屋（构筑物）所有权", "出让/自建房", "商服用地/商业服务"),
               ("国有建设用地使用权/房屋所有权", "划拨/房改房", "城镇住宅用地/住宅"))


def real_estate(r: random.Random) -> Page:
    p = V.place(r)
    prov, city, dist, code, _ = p
    owners = [V.person_name(r) for _ in range(r.choice((1, 1, 2, 2, 3)))]
    co = "单独所有" if len(owners) == 1 else r.choice(("共同共有", "按份共有"))
    year = r.randint(2016, 2026)
    cno = f"{PROV_ABBR.get(prov, '沪')}（{year}）{dist if prov.endswith('市') else city[:-1] + '市'}不动产权第{r.randint(1, 9999999):07d}号"
    loc = V.street_address(r, p, long=True)
    unit = f"{code}{r.randint(1, 999):03d}{r.randint(1, 999):03d}{r.choice(('GB', 'GA', 'JC'))}{r.randint(1, 99999):05d}F{r.randint(1, 99999999):08d}"
    rt, rn, us = r.choice(RIGHT_TYPES)
    area = f"{r.randint(35, 260)}.{r.randint(0, 99):02d}"
    land = f"{r.randint(2000, 60000)}.{r.randint(0, 9)}"
    start = dt.date(r.randint(1995, 2020), r.randint(1, 12), r.randint(1, 28))
    term = f"{V.cn_date(start)}起{V.cn_date(V.add_years(start, 70) - dt.timedelta(days=1))}止"
    ppm = r.uniform(7.5, 9.0)
    img = paper(int(190 * ppm), int(265 * ppm), r, tint=(250, 250, 245))
    page = Page(img, "real_estate_certificate")
    S = Sheet(page, ppm)
    faces = pick_faces(r)
    guilloche(img, r, color=(225, 236, 225), n=r.randint(6, 14))
    nf = S.font("song", 4.2, faces["song"])
    page.text(img.width - S.px(14) - nf.getlength(cno), S.px(14), cno, nf, INK, key="certificate_no")
    lf = S.font("song", 3.8, faces["song"])
    vs = r.choice(("song", "hei", "kai"))
    vf = S.font(vs, 3.7, faces[vs])
    x0, x1 = S.px(14), img.width - S.px(14)
    xl = x0 + S.px(34)
    unit_printed = " ".join((unit[:6], unit[6:12], unit[12:19], unit[19:])) if r.random() < 0.6 else unit
    area_printed = r.choice((f"共有宗地面积{land}㎡/房屋建筑面积{area}㎡", f"宗地面积：{land}㎡/房屋建筑面积：{area}㎡"))
    rows = [("权利人", "、".join(owners), "holder"), ("共有情况", co, "co_ownership"), ("坐落", loc, "location"),
            ("不动产单元号", unit_printed, "unit_number"), ("权利类型", rt, "right_type"), ("权利性质", rn, "right_nature"),
            ("用途", us, "usage"), ("面积", area_printed, "area"), ("使用期限", term, "term"),
            ("权利其他状况", f"专有建筑面积：{float(area) * 0.88:.2f}㎡，分摊建筑面积：{float(area) * 0.12:.2f}㎡\n"
                            f"房屋结构：钢筋混凝土结构\n房屋总层数：{r.randint(6, 33)}层，房屋所在层：{r.randint(1, 6)}层", None)]
    y = S.px(24)
    d = page.draw
    for label, text, key in rows:
        parts = text.split("\n")
        lines = [ln for part in parts for ln in wrap_lines(part, vf, x1 - xl - S.px(4))]
        h = max(S.px(14), len(lines) * vf.size * 1.5 + S.px(6))
        d.rectangle((x0, y, x1, y + h), outline=(40, 40, 40), width=2)
        d.line((xl, y, xl, y + h), fill=(40, 40, 40), width=2)
        page.justified(x0 + S.px(3), y + (h - lf.size) / 2, label, lf, min(S.px(28), lf.getlength(label) * 1.6)
                       if len(label) < 5 else lf.getlength(label))
        vy = y + (h - len(lines) * vf.size * 1.5) / 2 + vf.size * 0.2
        for ln in lines:
            page.text(xl + S.px(2.5), vy, ln, vf, INK, key=key)
            vy += vf.size * 1.5
        y += h
    if r.random() < 0.5:
        seal(img, x1 - S.px(40), y + S.px(20), S.px(20), f"{prov if prov.endswith('市') else city}{dist}不动产登记局", r)
    page.truth = {"certificate_no": cno, "holder": "、".join(owners), "co_ownership": co, "location": loc,
                  "unit_number": unit, "right_type": rt, "right_nature": rn, "usage": us, "area": area, "term": term}
    return page


BANKS = (("中国工商银行", "INDUSTRIAL AND COMMERCIAL BANK OF CHINA", "622202", 19, (200, 30, 40)),
         ("中国建设银行", "CHINA CONSTRUCTION BANK", "621700", 19, (20, 70, 150)),
         ("中国农业银行", "AGRICULTURAL BANK OF CHINA", "622848", 19, (0, 130, 110)),
         ("中国银行", "BANK OF CHINA", "621661", 19, (170, 20, 40)),
         ("招商银行", "CHINA MERCHANTS BANK", "621483", 16, (190, 30, 40)),
         ("交通银行", "BANK OF COMMUNICATIONS", "622260", 19, (20, 50, 120)),
         ("中国邮政储蓄银行", "POSTAL SAVINGS BANK OF CHINA", "621799", 19, (0, 110, 60)),
         ("上海浦东发展银行", "SHANGHAI PUDONG DEVELOPMENT BANK", "622521", 16, (20, 40, 110)),
         ("兴业银行", "INDUSTRIAL BANK CO.,LTD.", "622909", 18, (10, 50, 130)))


def bank_card(r: random.Random) -> Page:
    bank, en, bin_, length, color = r.choice(BANKS)
    number = V.luhn_complete(bin_ + "".join(str(r.randint(0, 9)) for _ in range(length - len(bin_) - 1)))
    holder_mode = r.choices(("none", "zh", "pinyin"), (0.5, 0.25, 0.25))[0]
    who = V.person_name(r)
    ppm = r.uniform(11, 13)
    W, H = int(85.6 * ppm), int(54 * ppm)
    import numpy as np
    from PIL import Image
    c1 = np.array(color, np.float32)
    c2 = np.clip(c1 * r.uniform(0.4, 0.8) + r.uniform(0, 60), 0, 255)
    t = np.linspace(0, 1, W)[None, :, None] * 0.7 + np.linspace(0, 1, H)[:, None, None] * 0.3
    arr = (c1 * (1 - t) + c2 * t).astype(np.uint8)
    img = Image.fromarray(arr)
    page = Page(img, "bank_card")
    S = Sheet(page, ppm)
    guilloche(img, r, color=tuple(int(min(255, v * 1.25 + 20)) for v in color), n=r.randint(6, 14))
    white = (250, 250, 250)
    bf = S.font("hei_bold", 4.4)
    page.text(S.px(6), S.px(5), bank, bf, white, key="bank_name")
    page.text(S.px(6), S.px(11), en, face("latin", S.px(1.8)), white)
    d = page.draw
    d.rounded_rectangle((S.px(9), S.px(19), S.px(19), S.px(27)), radius=S.px(1.2), fill=(212, 180, 90), outline=(150, 120, 50))
    grouped = " ".join(number[i:i + 4] for i in range(0, len(number), 4)) if r.random() < 0.8 or length != 19 else \
        number[:6] + " " + number[6:]
    nf = face("mono", S.px(4.3 if length == 19 else 4.8))
    x, y = S.px(6), S.px(32)
    page.text(x + 2, y + 2, grouped, nf, (40, 40, 40))
    page.text(x, y, grouped, nf, (245, 240, 220), key="card_number")
    page.text(S.px(36), S.px(40), f"VALID THRU {r.randint(1, 12):02d}/{r.randint(26, 35)}", face("mono", S.px(2.2)), white)
    if holder_mode == "zh":
        page.text(S.px(6), S.px(46), who, S.font("hei", 3.3), white, key="name")
    elif holder_mode == "pinyin":
        page.text(S.px(6), S.px(46), "ZHANG SAN" if r.random() < 0.1 else "CARDHOLDER NAME".replace("CARDHOLDER NAME", _pinyinish(r)),
                  face("mono", S.px(2.8)), white)
    d.rectangle((S.px(64), S.px(40), S.px(81), S.px(51)), fill=(250, 250, 250))
    d.rectangle((S.px(64), S.px(40), S.px(72.5), S.px(51)), fill=(220, 30, 40))
    page.text(S.px(65), S.px(41), "银联", S.font("hei_bold", 3.0), (250, 250, 250))
    page.text(S.px(64.5), S.px(46.5), "UnionPay", face("latin", S.px(1.9)), (20, 60, 120))
    if r.random() < 0.5:
        page.text(S.px(60), S.px(6), r.choice(("借记卡", "信用卡", "DEBIT", "金穗借记卡", "储蓄卡")), S.font("hei", 2.6), white)
    page.truth = {"card_number": number, "bank_name": bank, "name": who if holder_mode == "zh" else ""}
    return page


def _pinyinish(r: random.Random) -> str:
    syl = ("WANG", "LI", "ZHANG", "LIU", "CHEN", "YANG", "HUANG", "ZHAO", "WU", "ZHOU", "XU", "SUN", "MA", "ZHU", "HU")
    giv = ("WEI", "FANG", "NA", "XIU YING", "MIN", "JING", "QIANG", "LEI", "JUN", "YANG", "YONG", "JIE", "TAO", "MING", "CHAO")
    return f"{r.choice(syl)} {r.choice(giv)}"


__all__ = ["id_front", "id_back", "household", "marriage", "real_estate", "bank_card", "pick_faces"]
