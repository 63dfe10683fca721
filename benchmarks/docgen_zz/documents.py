"""Family ZZ's documents laid out as pages (layout.Page): ID card front/back, 营业执照 正本/副本 (2019
template), 公共场所卫生许可证, 食品经营许可证 正本/副本, and negatives (户口簿 page, 结婚证, receipt, a
letter that names licences, an application form). Each returns (page, truth fields, variant)."""

from __future__ import annotations

import math
import random

from benchmarks.docgen_zz import values as V
from benchmarks.docgen_zz.layout import RED, Page

BLUE_LABEL = [40, 90, 150]


def _guilloche(pg: Page, x, y, w, h, color, rng: random.Random, n=3):
    """A wave border as on licences: several phase-shifted sine lines along each edge."""
    for k in range(n):
        ph = rng.uniform(0, 6.28)
        for (ax, ay) in ((x, y), (x, y + h)):
            pts = [(ax + t, ay + 1.6 * math.sin(t / 3.1 + ph + k)) for t in [i * 1.5 for i in range(int(w / 1.5) + 1)]]
            pg.polyline(pts, lw=0.25, color=color, alpha=0.8)
        for (ax, ay) in ((x, y), (x + w, y)):
            pts = [(ax + 1.6 * math.sin(t / 3.1 + ph + k), ay + t) for t in [i * 1.5 for i in range(int(h / 1.5) + 1)]]
            pg.polyline(pts, lw=0.25, color=color, alpha=0.8)


def id_front(rng: random.Random):
    p = V.person(rng)
    pg = Page(85.6, 54.0, rng, bg=(238, 240, 236))
    for k in range(9):  # the card's fine background waves
        ph = rng.uniform(0, 6.28)
        pts = [(t, 6 + k * 5.5 + 1.2 * math.sin(t / 4 + ph)) for t in [i * 1.0 for i in range(87)]]
        pg.polyline(pts, lw=0.12, color=(180, 200, 215), alpha=0.7)
    pg.rect(0.3, 0.3, 85.0, 53.4, lw=0.25, color=(200, 205, 210))
    ls, vs = 2.4, 3.1
    pg.text(6, 10, ls, "姓名", "hei", BLUE_LABEL, ls=1.2)
    pg.text(17, 10, vs + 0.3, p["name"], "hei", key="name", bold=0.03)
    pg.text(6, 17, ls, "性别", "hei", BLUE_LABEL, ls=1.2)
    pg.text(17, 17, vs, p["sex"], "hei", key="sex")
    pg.text(29, 17, ls, "民族", "hei", BLUE_LABEL, ls=1.2)
    pg.text(40, 17, vs, p["nation"], "hei", key="nation")
    b = p["birth"]
    pg.text(6, 24, ls, "出生", "hei", BLUE_LABEL, ls=1.2)
    x = 17 + pg.text(17, 24, vs, str(b.year), "hei", key="birth_date")
    x += pg.text(x + 0.8, 24, ls, "年", "hei", BLUE_LABEL) + 1.6
    x += pg.text(x, 24, vs, str(b.month), "hei", key="birth_date")
    x += pg.text(x + 0.8, 24, ls, "月", "hei", BLUE_LABEL) + 1.6
    x += pg.text(x, 24, vs, str(b.day), "hei", key="birth_date")
    pg.text(x + 0.8, 24, ls, "日", "hei", BLUE_LABEL)
    pg.text(6, 31, ls, "住址", "hei", BLUE_LABEL, ls=1.2)
    pg.para(17, 31, vs, p["address"], 34.5, "hei", lead=1.42, key="address")
    pg.text(6, 48, ls, "公民身份号码", "hei", BLUE_LABEL, ls=0.3)
    pg.text(27, 48.2, 3.5, p["id_number"], "mono", ls=0.55, key="id_number", bold=0.02)
    # photo: a head and shoulders in grey over a pale ground
    pg.rect(56, 8, 24, 30, fill=True, color=(225, 228, 232))
    pg.circle(68, 18, 5.2, fill=True, color=(95, 90, 88))
    pg.poly([(58, 38), (60, 29), (68, 26), (76, 29), (78, 38)], color=(60, 62, 75))
    truth = {"name": p["name"], "sex": p["sex"], "nation": p["nation"], "birth_date": b.isoformat(), "address": p["address"],
             "id_number": p["id_number"]}
    return pg, truth, "id-front"


def id_back(rng: random.Random):
    p = V.person(rng)
    bk = V.id_back(rng, p)
    pg = Page(85.6, 54.0, rng, bg=(236, 238, 232))
    for k in range(12):
        ph = rng.uniform(0, 6.28)
        pts = [(t, 3 + k * 4.5 + 1.0 * math.sin(t / 3 + ph)) for t in [i * 1.0 for i in range(87)]]
        pg.polyline(pts, lw=0.1, color=(200, 190, 170), alpha=0.6)
    pg.rect(0.3, 0.3, 85.0, 53.4, lw=0.25, color=(200, 205, 210))
    pg.emblem(14, 14, 8.5)
    pg.text(30, 13, 4.2, "中华人民共和国", "bold", ls=0.7)
    pg.text(30, 25, 6.2, "居民身份证", "bold", ls=1.6)
    pg.text(14, 41, 2.4, "签发机关", "hei", ls=0.4)
    pg.text(30, 41, 3.0, bk["issuing_authority"], "hei", key="issuing_authority")
    pg.text(14, 48, 2.4, "有效期限", "hei", ls=0.4)
    end = bk["valid_to"] if bk["valid_to"] == "长期" else bk["valid_to"].replace("-", ".")
    pg.text(30, 48, 3.0, bk["valid_from"].replace("-", ".") + "-" + end, "hei", key="valid_from")
    pg.boxes["valid_to"] = pg.boxes["valid_from"]
    return pg, dict(bk), "id-back"


def _licence_frame(pg: Page, rng):
    col = rng.choice([(190, 150, 70), (170, 130, 60), (200, 80, 60)])
    pg.rect(8, 8, pg.w - 16, pg.h - 16, lw=1.2, color=col)
    pg.rect(11, 11, pg.w - 22, pg.h - 22, lw=0.3, color=col)
    _guilloche(pg, 13, 13, pg.w - 26, pg.h - 26, col, rng, n=2)


def business(rng: random.Random):
    c = V.company(rng)
    et = c["entity_type"]
    if et in ("个人独资企业", "普通合伙企业"):
        c["registered_capital"] = ""
    form = rng.choice(["zb", "fb", "zb"])  # 正本 landscape / 副本 portrait
    pg = Page(297.0, 210.0, rng) if form == "zb" else Page(210.0, 297.0, rng)
    _licence_frame(pg, rng)
    W = pg.w
    rep_label = {"个体工商户": "经营者", "普通合伙企业": "执行事务合伙人", "个人独资企业": "投资人"}.get(et, "负责人" if "分公司" in et else "法定代表人")
    addr_label = {"个体工商户": "经营场所", "普通合伙企业": "主要经营场所", "个人独资企业": "住所"}.get(et, "营业场所" if "分公司" in et else "住所")
    est_label = "注册日期" if et == "个体工商户" else "成立日期"
    pg.text(24, 30, 3.6, "统一社会信用代码", "song")
    pg.text(24, 37, 4.0, c["credit_code"], "mono", key="credit_code", bold=0.04)
    if form == "fb":
        pg.text(24, 44, 3.0, f"证照编号：{rng.randint(10**13, 10**14 - 1)}", "song")
    pg.emblem(W / 2, 30, 13)
    pg.text(W / 2, 64, 15.0, "营业执照", "bold", ls=9.0, align="c", color=(20, 20, 20))
    if form == "fb":
        pg.text(W / 2, 74, 5.0, "（副　　本）", "song", align="c")
        pg.text(W / 2, 81, 3.2, f"（{rng.randint(1, 3)}-{rng.randint(1, 3)}）", "song", align="c")
    qx = W - 24 - 26
    pg.qr(qx, 20, 24, f"http://www.gsxt.gov.cn/index?uniscid={c['credit_code']}&t={rng.randint(1000, 9999)}")
    for i, ln in enumerate(["扫描二维码登录“国家", "企业信用信息公示系", "统”了解更多登记、", "备案、许可、监管信息。"]):
        pg.text(qx - 2, 49 + i * 3.1, 2.3, ln, "song")
    rows = [("名称", c["name"], "name"), ("类型", et, "entity_type"), (rep_label, c["legal_representative"], "legal_representative")]
    if et == "个体工商户":
        rows.append(("组成形式", rng.choice(["个人经营", "家庭经营"]), None))
    if c["registered_capital"]:
        rows.append(("注册资本", c["registered_capital"], "registered_capital"))
    rows.append((est_label, V.cn_date(c["established_date"]), "established_date"))
    if c["valid_to"]:
        vt = "长期" if c["valid_to"] == "长期" else V.cn_date(c["valid_to"])
        rows.append(("营业期限", f"{V.cn_date(c['established_date'])}至{vt}", "valid_to"))
    rows.append((addr_label, c["address"], "address"))
    scope = ("经营范围", c["business_scope"], "business_scope")
    vs = rng.choice([4.0, 4.2, 3.8])
    lab_w = vs * 5.2
    boxes_sets = []
    if form == "zb":
        left = [r for r in rows if r[2] in ("name", "entity_type", "legal_representative")] + [scope]
        right = [r for r in rows if r not in left]
        colx = [(30, 30 + lab_w + 6, 118), (160, 160 + lab_w + 6, 108)]
        for (lx, vx, vw), group in zip(colx, (left, right), strict=True):
            y = 94
            for lab, val, key in group:
                pg.spread(lx, y, vs, lab, lab_w)
                y = pg.para(vx, y, vs, val, vw - (vx - lx), lead=1.5, key=key) + vs * 0.9
                if key == "business_scope":
                    boxes_sets.append(y)
    else:
        y = 98
        lx, vx = 26, 26 + lab_w + 7
        for lab, val, key in rows + [scope]:
            pg.spread(lx, y, vs, lab, lab_w)
            y = pg.para(vx, y, vs, val, W - 26 - vx, lead=1.55, key=key) + vs * 1.0
    if not c["name"]:
        pg.boxes.pop("name", None)
    # 登记机关, date, seal over the date
    by = pg.h - 42
    auth = f"{c['city']}{c['dist']}市场监督管理局"
    pg.spread(W - 112, by, 4.0, "登记机关", 20)
    d = V.cn_date_nopad(V.date_between(rng, max(c["est"].year, 2019), 2026).isoformat())
    pg.text(W - 60, by + 14, 4.2, d, "song")
    pg.seal(W - 48, by + 5, 20, auth, alpha=rng.uniform(0.7, 0.9), rot=rng.uniform(-8, 8))
    pg.text(W / 2, pg.h - 18, 2.6, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", "song", align="c")
    pg.text(W / 2, pg.h - 14.5, 2.4, "国家市场监督管理总局监制", "song", align="c")
    truth = {k: c[k] for k in ("name", "credit_code", "entity_type", "legal_representative", "registered_capital",
                               "established_date", "address", "business_scope", "valid_to")}
    kind = {"个体工商户": "getihu", "普通合伙企业": "hehuo", "个人独资企业": "duzi"}.get(et, "fengongsi" if "分公司" in et else "company")
    return pg, truth, f"{form}-{kind}"


def health(rng: random.Random):
    h = V.health(rng)
    pg = Page(210.0, 297.0, rng, bg=(252, 250, 244))
    _licence_frame(pg, rng)
    pg.emblem(105, 42, 12)
    pg.text(105, 78, 13.0, "卫生许可证", "bold", ls=7.0, align="c", color=(30, 30, 30))
    pg.text(105, 92, 4.2, h["license_no"], "song", key="license_no", align="c")
    rows = [("单位名称", h["name"], "name"), ("法定代表人（负责人）", h["legal_representative"], "legal_representative"),
            ("地址", h["address"], "address"), ("许可项目", h["license_items"], "license_items")]
    y, lx = 116, 30
    vs = 4.6
    for lab, val, key in rows:
        lw_ = pg.text(lx, y, vs, lab + "：", "song") if len(lab) > 4 else (pg.spread(lx, y, vs, lab, vs * 4.6) or vs * 4.6 + pg.text(lx + vs * 4.6, y, vs, "：", "song"))
        vx = lx + lw_ + 2
        yy = y
        for i, ln in enumerate(pg.wrap("kai", vs, val, 180 - vx, 180 - vx)):
            pg.text(vx if i == 0 else lx + 8, yy, vs, ln, "kai", key=key)
            pg.line(vx if i == 0 else lx + 8, yy + 1.4, 182, yy + 1.4, lw=0.2)
            yy += vs * 1.9
        y = yy + 4
    pg.text(lx, y, vs, "有效期限：自", "song")
    x = lx + pg.width("song", vs, "有效期限：自") + 2
    x += pg.text(x, y, vs, V.cn_date_nopad(h["valid_from"]), "kai", key="valid_from") + 2
    x += pg.text(x, y, vs, "至", "song") + 2
    pg.text(x, y, vs, V.cn_date_nopad(h["valid_to"]), "kai", key="valid_to")
    auth = f"{h['city']}{h['dist']}卫生健康委员会" if rng.random() < 0.6 else f"{h['city']}{h['dist']}市场监督管理局"
    pg.text(125, 252, 4.4, "发证机关", "song")
    pg.text(125, 262, 4.4, V.cn_date_nopad(h["valid_from"]), "song")
    pg.seal(148, 252, 19, auth, alpha=rng.uniform(0.7, 0.9), rot=rng.uniform(-10, 10))
    pg.text(105, 282, 2.8, "中华人民共和国国家卫生健康委员会监制", "song", align="c")
    truth = {k: h[k] for k in ("license_no", "name", "legal_representative", "address", "license_items", "valid_from", "valid_to")}
    return pg, truth, "portrait"


def food(rng: random.Random):
    f = V.food(rng)
    form = rng.choice(["zb", "fb"])
    pg = Page(297.0, 210.0, rng) if form == "zb" else Page(210.0, 297.0, rng)
    _licence_frame(pg, rng)
    W = pg.w
    pg.emblem(W / 2, 30, 11)
    pg.text(W / 2, 58, 11.0, "食品经营许可证", "bold", ls=4.0, align="c", color=(25, 25, 25))
    if form == "fb":
        pg.text(W / 2, 67, 4.5, "（副本）", "song", align="c")
    rows = [("经营者名称", f["name"], "name"), ("社会信用代码（身份证号码）", f["credit_code"], "credit_code"),
            ("法定代表人（负责人）", f["legal_representative"], "legal_representative"), ("住所", f["address"], "address"),
            ("经营场所", f["premises_address"], "premises_address"), ("主体业态", f["business_form"], "business_form"),
            ("经营项目", f["business_items"], "business_items")]
    side = [("许可证编号", f["license_no"], "license_no"), ("日常监督管理机构", f"{f['dist']}市场监督管理局", None),
            ("日常监督管理人员", V.name(rng) + "、" + V.name(rng), None), ("投诉举报电话", "12315", None),
            ("有效期至", V.cn_date(f["valid_to"]), "valid_to")]
    vs = 3.9
    if form == "zb":
        y = 80
        for lab, val, key in rows:
            pg.text(24, y, vs, lab, "song")
            y = pg.para(24 + pg.width("song", vs, lab) + 4, y, vs, val, 160 - 24 - pg.width("song", vs, lab) - 4, "kai", key=key,
                        lead=1.5) + 2.5
        y = 80
        for lab, val, key in side:
            pg.text(172, y, vs, lab, "song")
            y = pg.para(172 + pg.width("song", vs, lab) + 3, y, vs, val, 270 - 172 - pg.width("song", vs, lab) - 3, "kai", key=key) + 3
        sx, sy = 232, 170
        pg.qr(180, y + 2, 22, f"https://spjy.samr.gov.cn/q?no={f['license_no']}")
    else:
        y = 84
        for lab, val, key in side[:1] + rows + side[1:]:
            pg.text(24, y, vs, lab, "song")
            lw_ = pg.width("song", vs, lab) + 4
            y = pg.para(24 + lw_, y, vs, val, W - 28 - 24 - lw_, "kai", key=key, lead=1.5) + 3.5
        sx, sy = 150, 255
        pg.qr(24, 246, 22, f"https://spjy.samr.gov.cn/q?no={f['license_no']}")
    pg.text(sx - 22, sy - 4, vs, "发证机关：", "song")
    pg.text(sx - 22, sy + 6, vs, "签发人：" + V.name(rng), "song")
    pg.text(sx - 14, sy + 15, vs, V.cn_date_nopad(f["valid_from"]), "song")
    pg.seal(sx + 8, sy + 4, 17, f"{f['city']}{f['dist']}市场监督管理局", alpha=rng.uniform(0.7, 0.9), rot=rng.uniform(-10, 10))
    pg.text(W / 2, pg.h - 15, 2.5, "国家市场监督管理总局监制", "song", align="c")
    truth = {k: f[k] for k in ("license_no", "name", "credit_code", "legal_representative", "address", "premises_address",
                               "business_form", "business_items", "valid_to")}
    return pg, truth, form


def other(rng: random.Random):
    which = rng.choice(["hukou", "marriage", "receipt", "letter", "form"])
    if which == "hukou":
        pg = Page(143.0, 105.0, rng, bg=(246, 240, 225))
        pg.text(71.5, 12, 5.0, "常住人口登记卡", "bold", ls=1.5, align="c")
        p = V.person(rng)
        grid = [("姓名", p["name"], "户主或与户主关系", rng.choice(["户主", "妻", "长子", "次女"])),
                ("曾用名", "", "性别", p["sex"]), ("出生地", p["city"] + p["dist"], "民族", p["nation"]),
                ("籍贯", p["prov"], "出生日期", V.cn_date(p["birth"].isoformat())),
                ("本市（县）其他住址", "", "宗教信仰", ""), ("公民身份号码", p["id_number"], "身高", f"{rng.randint(150, 190)}"),
                ("文化程度", rng.choice(["大学本科", "高中", "初中"]), "婚姻状况", rng.choice(["已婚", "未婚"])),
                ("服务处所", rng.choice(["", "个体"]), "职业", "")]
        y = 20
        for a, av, b, bv in grid:
            pg.rect(8, y, 127, 9, lw=0.25)
            pg.line(36, y, 36, y + 9, lw=0.25)
            pg.line(72, y, 72, y + 9, lw=0.25)
            pg.line(100, y, 100, y + 9, lw=0.25)
            pg.text(9, y + 6, 2.6, a, "song")
            pg.text(37, y + 6, 3.0, av, "kai")
            pg.text(73, y + 6, 2.6, b, "song")
            pg.text(101, y + 6, 3.0, bv, "kai")
            y += 9
        pg.seal(110, 92, 11, f"{p['city']}公安局{p['dist']}分局户口专用章", alpha=0.75)
    elif which == "marriage":
        pg = Page(180.0, 125.0, rng, bg=(250, 235, 232))
        pg.text(90, 14, 6.0, "结婚证", "bold", ls=3.0, align="c", color=RED)
        a, b = V.person(rng), V.person(rng)
        y = 28
        pg.text(14, y, 3.2, "持证人　" + a["name"], "song")
        pg.text(14, y + 7, 3.2, "登记日期　" + V.cn_date(V.date_between(rng, 2005, 2025).isoformat()), "song")
        pg.text(14, y + 14, 3.2, f"结婚证字号　J{a['id_number'][:6]}-{rng.randint(2005, 2025)}-{rng.randint(1, 9999):06d}", "song")
        for k, pp in enumerate((a, b)):
            yy = y + 28 + k * 30
            pg.text(14, yy, 3.0, f"姓名 {pp['name']}　性别 {pp['sex']}　国籍 中国", "song")
            pg.text(14, yy + 7, 3.0, f"出生日期 {V.cn_date(pp['birth'].isoformat())}", "song")
            pg.text(14, yy + 14, 3.0, f"身份证件号 {pp['id_number']}", "song")
            pg.rect(135, yy - 6, 30, 24, fill=True, color=(200, 60, 60))
        pg.seal(110, 40, 14, f"{a['city']}{a['dist']}民政局婚姻登记专用章", alpha=0.8)
    elif which == "receipt":
        pg = Page(190.0, 100.0, rng, bg=(255, 255, 255))
        pg.text(95, 14, 6.0, "收　款　收　据", "bold", align="c", color=(160, 30, 30))
        pg.text(140, 22, 3.0, f"NO.{rng.randint(1000000, 9999999)}", "mono", color=(200, 30, 30))
        pg.text(14, 30, 3.4, "今收到 " + V.company(rng)["name"], "song")
        pg.text(14, 42, 3.4, "交来 " + rng.choice(["房租", "物业管理费", "押金", "培训费"]), "song")
        pg.text(14, 54, 3.4, f"人民币（大写）{rng.choice(['壹仟贰佰元整', '叁佰伍拾元整', '捌仟元整'])}　¥{rng.randint(100, 9000)}.00", "song")
        pg.text(14, 66, 3.2, "收款单位（盖章）　　　　经手人 " + V.name(rng), "song")
        for yy in (32, 44, 56):
            pg.line(28, yy, 176, yy, lw=0.2, color=(160, 30, 30))
        pg.seal(60, 70, 14, V.company(rng)["name"][:14] + "财务专用章", alpha=0.8)
    elif which == "letter":
        pg = Page(210.0, 297.0, rng, bg=(255, 255, 255))
        c = V.company(rng)
        pg.text(105, 30, 6.0, "情况说明", "bold", align="c")
        body = (f"{c['dist']}市场监督管理局：我单位{c['name']}因经营需要，拟申请办理营业执照变更及食品经营许可证延续，"
                f"现将有关情况说明如下：原营业执照住所为{c['address']}，现已迁至新址，卫生许可证相关手续正在办理中。"
                "特此说明，请予以办理。")
        pg.para(24, 50, 4.2, body, 162, "song", lead=1.8)
        pg.text(186, 160, 4.2, c["name"], "song", align="r")
        pg.text(186, 170, 4.2, V.cn_date_nopad(V.date_between(rng, 2023, 2026).isoformat()), "song", align="r")
        pg.seal(160, 160, 18, c["name"][:16], alpha=0.8)
    else:
        pg = Page(210.0, 297.0, rng, bg=(255, 255, 255))
        pg.text(105, 28, 5.5, "公共场所卫生许可申请表", "bold", align="c")
        labs = ["申请单位", "统一社会信用代码", "法人代表", "联系电话", "单位地址（注册）", "经营场所地址", "从业职工人数", "已体检人数",
                "场所建筑面积", "集中空调通风系统"]
        y = 44
        for lab in labs:
            pg.rect(20, y, 170, 12, lw=0.3)
            pg.line(70, y, 70, y + 12, lw=0.3)
            pg.text(23, y + 8, 3.4, lab, "song")
            y += 12
        pg.text(20, y + 14, 3.4, "申请许可项目：□住宿 □沐浴 □美发美容 □文娱 □游泳 □展览 □商场书店 □候车", "song")
    return pg, {}, f"other-{which}"


BUILDERS = {"id_card_front": id_front, "id_card_back": id_back, "business_license": business,
            "public_health_license": health, "food_business_license": food, "other": other}
