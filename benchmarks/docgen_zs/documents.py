"""Family ZS's documents laid out in our own code as PDFBox drawing commands: the ID card's two sides
(85.6×54 mm), 营业执照 2019 template (正本 A3 landscape, 副本 A4 portrait; company, 分公司, 合伙企业,
个体工商户), 公共场所卫生许可证, 食品经营许可证 (正本/副本) and unrelated pages. Each field's value is
drawn inside FIELD/ENDF so PDFBox answers with the ink box of every line it drew."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PIL import Image

from . import ornaments as O
from . import values as V
from .pdfbox import Page

MM = 72 / 25.4
BROWN = (160, 110, 60)


@dataclass
class Doc:
    kind: str
    variant: str
    page: Page
    truth: dict[str, str]
    faces: list[str] = field(default_factory=list)
    card: bool = False


def _y(pg: Page, top_mm: float) -> float:
    return pg.h - top_mm * MM


def _face_set(rng, options: list[tuple[str, str]]) -> tuple[str, str]:
    return options[int(rng.integers(len(options)))]


def _fits(keys, *texts) -> bool:
    from .faces import covers
    return all(covers(k, t) for k in keys for t in texts if t)


# ---------------------------------------------------------------- ID card
def _portrait(rng, path: Path, male: bool) -> Path:
    """The ID photo: a head and shoulders drawn as seeded ellipses on a white/blue ground (numpy)."""
    h, w = 390, 312
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    bg = np.array([250, 250, 252] if rng.random() < 0.7 else [235, 242, 250], np.float32)
    img = np.ones((h, w, 3), np.float32) * bg
    skin = np.array([226, 190, 160], np.float32) * (0.85 + 0.2 * rng.random())
    cloth = np.array([30, 30, 40], np.float32) + rng.integers(0, 60, 3)
    cx = w / 2 + rng.normal(0, 6)
    sh = ((xx - cx) / (w * 0.55)) ** 2 + ((yy - h * 1.05) / (h * 0.38)) ** 2 < 1
    img[sh] = cloth
    neck = (np.abs(xx - cx) < w * 0.1) & (yy > h * 0.55) & (yy < h * 0.75)
    img[neck] = skin * 0.9
    hr = h * (0.24 if male else 0.26)
    head = ((xx - cx) / (w * 0.2)) ** 2 + ((yy - h * 0.42) / hr) ** 2 < 1
    img[head] = skin
    hair = (((xx - cx) / (w * 0.22)) ** 2 + ((yy - h * 0.33) / (h * 0.2)) ** 2 < 1) & (yy < h * (0.3 if male else 0.36))
    if not male:
        hair |= (((xx - cx) / (w * 0.26)) ** 2 + ((yy - h * 0.5) / (h * 0.3)) ** 2 < 1) & ~head & (yy < h * 0.72)
    img[hair] = np.array([25, 20, 18], np.float32)
    for ex in (-0.075, 0.075):
        eye = ((xx - cx - ex * w) / 7) ** 2 + ((yy - h * 0.41) / 3.5) ** 2 < 1
        img[eye] = (40, 30, 30)
    mouth = ((xx - cx) / 16) ** 2 + ((yy - h * 0.53) / 3) ** 2 < 1
    img[mouth] = (170, 90, 90)
    Image.fromarray(np.clip(img, 0, 255).astype(np.uint8)).save(path)
    return path


def id_person(rng) -> dict:
    male = rng.random() < 0.5
    sex = "男" if male else "女"
    p = V.place(rng)
    birth = V.date_between(rng, dt.date(1948, 1, 1), dt.date(2008, 12, 31))
    return {"male": male, "sex": sex, "place": p, "birth": birth, "name": V.person_name(rng, sex),
            "nation": V.pick(rng, V.NATIONS), "address": V.address(rng, p),
            "id": V.id_number(V.region(p), birth, male, rng)}


def id_front(rng, work: Path) -> Doc:
    per = id_person(rng)
    pg = Page(85.6 * MM, 54 * MM)
    lab, val = _face_set(rng, [("zenhei", "microhei"), ("microhei", "zenhei"), ("zenhei", "microhei"), ("zenhei", "zenhei")])
    pg.rgb(247, 246, 240)
    pg.rect(0, 0, pg.w, pg.h, "f")
    O.waves(pg, 0, 0, pg.w, pg.h, (225, 230, 215), rng, 18)
    pg.rgb(235, 215, 215)
    pg.poly(O.circle(pg.w * 0.38, pg.h * 0.45, 14 * MM), "c")
    photo = _portrait(rng, work / f"photo_{rng.integers(1 << 30)}.png", per["male"])
    pg.image(photo, 55.5 * MM, pg.h - 40 * MM, 25.5 * MM, 32 * MM)
    L, B = (0, 118, 190), (10, 10, 10)
    ls, vs = 2.9 * MM, 3.45 * MM
    x0, xv = 6.5 * MM, 17 * MM

    def label(s, x, top):
        pg.rgb(*L)
        pg.text(lab, ls, x, _y(pg, top), s)

    def value(key, s, x, top, size=vs, face=val):
        pg.rgb(*B)
        pg.field(key)
        pg.text(face, size, x, _y(pg, top), s)
        pg.field(None)

    label("姓　名", x0, 10.5)
    value("name", per["name"], xv, 10.6, 4.1 * MM)
    label("性　别", x0, 17.3)
    value("sex", per["sex"], xv, 17.3)
    label("民　族", 29 * MM, 17.3)
    value("nation", per["nation"], 39.5 * MM, 17.3)
    label("出　生", x0, 24.1)
    b = per["birth"]
    pg.field("birth_date")
    pg.rgb(*B)
    pg.text(val, vs, xv, _y(pg, 24.1), str(b.year))
    pg.text(val, vs, 29.8 * MM, _y(pg, 24.1), str(b.month))
    pg.text(val, vs, 37 * MM, _y(pg, 24.1), str(b.day))
    pg.field(None)
    label("年", 26 * MM, 24.1)
    label("月", 33.5 * MM, 24.1)
    label("日", 40.7 * MM, 24.1)
    label("住　址", x0, 31)
    pg.rgb(*B)
    pg.field("address")
    pg.wrap(val, vs, xv, _y(pg, 31), 36.5 * MM, 4.6 * MM, 4, per["address"])
    pg.field(None)
    label("公民身份号码", x0, 47.8)
    pg.rgb(*B)
    pg.field("id_number")
    pg.spread("mono", 4.0 * MM, 28.5 * MM, _y(pg, 48.0), 50 * MM, per["id"])
    pg.field(None)
    truth = {"name": per["name"], "sex": per["sex"], "nation": per["nation"],
             "birth_date": per["birth"].isoformat(), "address": per["address"], "id_number": per["id"]}
    return Doc("id_card_front", "card", pg, truth, [lab, val, "mono"], card=True)


def id_back(rng, work: Path) -> Doc:
    per = id_person(rng)
    pg = Page(85.6 * MM, 54 * MM)
    lab, val = _face_set(rng, [("zenhei", "microhei"), ("microhei", "zenhei"), ("zenhei", "microhei")])
    pg.rgb(246, 245, 238)
    pg.rect(0, 0, pg.w, pg.h, "f")
    O.waves(pg, 0, 0, pg.w, pg.h, (222, 226, 232), rng, 16)
    O.emblem(pg, 15.5 * MM, pg.h - 15 * MM, 8.6 * MM)
    pg.rgb(10, 10, 10)
    pg.spread("zenhei", 4.1 * MM, 30 * MM, _y(pg, 14), 48 * MM, "中华人民共和国")
    pg.spread("zenhei", 6.6 * MM, 26 * MM, _y(pg, 28), 54 * MM, "居民身份证")
    age = (V.TODAY - per["birth"]).days // 365
    issue = V.date_between(rng, max(per["birth"].replace(year=per["birth"].year + 16), dt.date(2005, 1, 1)),
                           V.TODAY - dt.timedelta(days=30)) if age >= 17 else V.date_between(rng, V.TODAY - dt.timedelta(days=1500), V.TODAY)
    age_at = (issue - per["birth"]).days // 365
    years = 5 if age_at < 16 else 10 if age_at < 26 else 20 if age_at < 46 else 0
    to = "长期" if years == 0 else V.add_years(issue, years).isoformat()
    auth = V.authority(per["place"])
    pg.rgb(0, 0, 0)
    pg.text(lab, 2.9 * MM, 13 * MM, _y(pg, 41.6), "签发机关")
    pg.text(lab, 2.9 * MM, 13 * MM, _y(pg, 48.4), "有效期限")
    pg.field("issuing_authority")
    pg.text(val, 3.3 * MM, 29 * MM, _y(pg, 41.6), auth)
    pg.field(None)
    pg.field("valid_from")
    pg.text(val, 3.3 * MM, 29 * MM, _y(pg, 48.4), V.dot_date(issue))
    pg.field("valid_to")
    pg.text(val, 3.3 * MM, 29 * MM + 3.3 * MM * 5.6, _y(pg, 48.4), "-" + (to if to == "长期" else V.dot_date(dt.date.fromisoformat(to))))
    pg.field(None)
    truth = {"issuing_authority": auth, "valid_from": issue.isoformat(), "valid_to": to}
    return Doc("id_card_back", "card", pg, truth, [lab, val, "zenhei"], card=True)


# ---------------------------------------------------------------- 营业执照
def _licence_values(rng, form: str) -> dict:
    p = V.place(rng)
    trade, general = V.pick(rng, V.TRADE)
    est = V.date_between(rng, dt.date(2001, 1, 1), V.TODAY - dt.timedelta(days=20))
    issue = V.date_between(rng, est, min(est + dt.timedelta(days=3000), V.TODAY))
    male = rng.random() < 0.6
    boss = V.person_name(rng, "男" if male else "女")
    long_scope = rng.random() < 0.45
    v = {"place": p, "est": est, "issue": issue, "boss": boss}
    if form == "company":
        sub = V.pick(rng, ["有限公司", "有限公司", "有限责任公司", "股份有限公司"])
        v["name"] = V.company_name(rng, p, trade, sub)
        v["type"] = ("股份有限公司（非上市、自然人投资或控股）" if sub == "股份有限公司" else
                     V.pick(rng, ["有限责任公司（自然人投资或控股）", "有限责任公司（自然人独资）", "其他有限责任公司",
                                  "有限责任公司（非自然人投资或控股的法人独资）"]))
        v["rep_label"], v["cap_label"], v["addr_label"], v["term_label"] = "法定代表人", "注册资本", "住所", "营业期限"
        v["capital"] = V.capital(rng)
        v["code_head"] = "91"
    elif form == "branch":
        v["name"] = V.company_name(rng, p, trade, "有限公司") + V.district(p).removesuffix("新区").removesuffix("区").removesuffix("县") + "分公司"
        v["type"] = V.pick(rng, ["有限责任公司分公司（自然人投资或控股）", "其他有限责任公司分公司", "有限责任公司分公司（自然人独资）"])
        v["rep_label"], v["cap_label"], v["addr_label"], v["term_label"] = "负责人", "", "营业场所", "营业期限"
        v["capital"] = ""
        v["code_head"] = "91"
    elif form == "partnership":
        v["name"] = f"{V.city_name(p).removesuffix('市').removesuffix('县')}{V.pick(rng, V.BRAND)}{V.pick(rng, ['企业管理咨询', '投资管理', '商务咨询', '科技'])}合伙企业（{V.pick(rng, ['有限合伙', '普通合伙'])}）"
        v["type"] = "有限合伙企业" if "有限合伙" in v["name"] else "普通合伙企业"
        v["rep_label"], v["cap_label"], v["addr_label"], v["term_label"] = "执行事务合伙人", "出资额", "主要经营场所", "合伙期限"
        v["capital"] = V.capital(rng)
        v["code_head"] = "91"
    else:  # individual
        shop = V.pick(rng, ["便利店", "小吃店", "五金店", "理发店", "服装店", "水果店", "烟酒店", "面馆"])
        v["name"] = f"{V.district(p)}{V.pick(rng, V.BRAND)}{shop}" if rng.random() < 0.85 else ""
        v["type"] = "个体工商户"
        v["rep_label"], v["cap_label"], v["addr_label"], v["term_label"] = "经营者", "", "经营场所", ""
        v["capital"] = ""
        v["code_head"] = "92"
        general = V.pick(rng, ["日用百货销售；食品销售（仅销售预包装食品）；烟草制品零售",
                               "理发服务；生活美容服务", "五金产品零售；建筑材料销售；电线、电缆经营",
                               "餐饮服务；小餐饮、小食杂、食品小作坊经营", "服装服饰零售；鞋帽零售；箱包销售",
                               "新鲜水果零售；食用农产品零售；礼品花卉销售"])
        long_scope = False
    v["credit"] = V.uscc(rng, v["code_head"], V.region(p))
    v["address"] = V.address(rng, p, "biz")
    v["scope"] = V.scope(rng, trade, general, long_scope)
    if form == "individual":
        v["scope"] = general if rng.random() < 0.5 else "一般项目：" + general + "。" + V.SCOPE_TAIL
    if form == "individual":
        v["term"], v["valid_to"] = "", ""
    elif rng.random() < 0.55:
        v["term"], v["valid_to"] = f"{V.cn_date(est)}至长期", "长期"
    else:
        end = V.add_years(est, int(V.pick(rng, [10, 20, 30, 50]))) - dt.timedelta(days=1)
        v["term"], v["valid_to"] = f"{V.cn_date(est)}至{V.cn_date(end)}", end.isoformat()
    v["authority"] = f"{V.city_name(p) if len(p) == 8 else (p[0] if not p[1] else p[1]) + V.district(p)}市场监督管理局"
    if len(p) == 8:
        v["authority"] = f"{V.city_name(p)}市场监督管理局"
    v["form"] = form
    return v


def _truth_bl(v: dict) -> dict:
    return {"name": v["name"], "credit_code": v["credit"], "entity_type": v["type"], "legal_representative": v["boss"],
            "registered_capital": v["capital"], "established_date": v["est"].isoformat(), "address": v["address"],
            "business_scope": v["scope"], "valid_to": v["valid_to"]}


def business_license(rng, work: Path, form: str, copy: bool) -> Doc:
    v = _licence_values(rng, form)
    lab, val = _face_set(rng, [("songgb", "song"), ("song", "song"), ("zenhei", "song"), ("songgb", "kai"), ("microhei", "zenhei")])
    if not _fits([val], v["name"], v["address"], v["scope"], v["boss"], v["type"]):
        val = "song"
    pg = Page(210 * MM, 297 * MM) if copy else Page(420 * MM, 297 * MM)
    pg.rgb(255, 253, 247)
    pg.rect(0, 0, pg.w, pg.h, "f")
    big = not copy
    O.guilloche_frame(pg, (12 if big else 8) * MM, (9 if big else 6) * MM, BROWN, rng, 4)
    cx = pg.w / 2
    O.emblem(pg, cx, _y(pg, 40 if big else 27), (15 if big else 10) * MM)
    pg.rgb(20, 20, 20)
    pg.spread("songgb", (21 if big else 13) * MM, cx - (70 if big else 44) * MM, _y(pg, 85 if big else 56),
              (140 if big else 88) * MM, "营业执照")
    if copy:
        pg.ctext("songgb", 5 * MM, cx, _y(pg, 66), "（副　本）")
    # credit code block (top left) and licence serial
    cs = (5.2 if big else 3.8) * MM
    xL = (40 if big else 22) * MM
    pg.rgb(20, 20, 20)
    pg.text(lab, cs * 0.9, xL, _y(pg, 58 if big else 40), "统一社会信用代码")
    pg.field("credit_code")
    pg.text("sansb" if rng.random() < 0.5 else "sans", cs, xL, _y(pg, 66 if big else 46), v["credit"])
    pg.field(None)
    serial = f"{V.region(v['place'])}{v['issue']:%Y%m%d}{int(rng.integers(1000, 9999))}"
    pg.text(lab, cs * 0.6, xL, _y(pg, 74 if big else 52), "证照编号：")
    pg.text("sans", cs * 0.6, xL + cs * 3.2, _y(pg, 74 if big else 52), serial)
    qs = (30 if big else 22) * MM
    qx = pg.w - (80 if big else 48) * MM
    O.qr_block(pg, qx, _y(pg, (40 if big else 30)) - qs, qs, rng)
    pg.rgb(30, 30, 30)
    small = (2.6 if big else 1.9) * MM
    for k, t in enumerate(["扫描二维码登录‘国家", "企业信用信息公示系统’", "了解更多登记、备案、", "许可、监管信息"]):
        pg.text(lab, small, qx + qs + 3 * MM, _y(pg, (44 if big else 33) + 4.5 * k * (1 if big else 0.8)) + qs, t)
    rows = [("名称", "name", v["name"]), ("类型", "entity_type", v["type"]), (v["rep_label"], "legal_representative", v["boss"])]
    if form == "individual":
        rows.append(("组成形式", None, "个人经营"))
    right = []
    if v["cap_label"]:
        right.append((v["cap_label"], "registered_capital", v["capital"]))
    right.append(("注册日期" if form == "individual" else "成立日期", "established_date", V.cn_date(v["est"])))
    if v["term_label"]:
        right.append((v["term_label"], "valid_to", v["term"]))
    right.append((v["addr_label"], "address", v["address"]))
    ls = (5.3 if big else 4.0) * MM
    vs = (4.9 if big else 3.7) * MM
    lw = max(5, *(len(r[0]) for r in rows + right)) * ls  # the label column fits the longest label

    def put(label, key, text, x, top, width, lines):
        pg.rgb(20, 20, 20)
        if len(label) > 1:
            pg.spread(lab, ls, x, _y(pg, top), lw, label)
        else:
            pg.text(lab, ls, x, _y(pg, top), label)
        pg.rgb(0, 0, 0)
        if key:
            pg.field(key)
        if lines > 1:
            pg.wrap(val, vs, x + lw + ls * 0.8, _y(pg, top), width - lw - ls * 0.8, vs * 1.55, lines, text)
        else:
            pg.text(val, vs, x + lw + ls * 0.8, _y(pg, top), text)
        if key:
            pg.field(None)

    if big:
        top = 120
        for label, key, text in rows:
            lines = 2 if key == "name" else 1
            put(label, key, text, 45 * MM, top, 185 * MM, lines)
            top += 15 if lines == 1 or len(text) < 24 else 22
        put("经营范围", "business_scope", v["scope"], 45 * MM, top, 185 * MM, 12)
        top = 120
        for label, key, text in right:
            put(label, key, text, 240 * MM, top, 140 * MM, 3 if key == "address" else 1)
            top += 15
        ax, ay = 290 * MM, 238
        sealc = (ax + 30 * MM, _y(pg, ay + 8))
        date_y = ay + 20
    else:
        top = 84
        for label, key, text in rows + right:
            lines = 3 if key in ("address", "name") else 1
            put(label, key, text, 22 * MM, top, 168 * MM, lines)
            n_lines = 1 if len(text) * vs < (168 * MM - lw - ls) else 2
            top += 10.5 * (n_lines if lines > 1 else 1) + (1.5 if n_lines > 1 else 0)
        put("经营范围", "business_scope", v["scope"], 22 * MM, top, 168 * MM, 12)
        ax, ay = 110 * MM, 252
        sealc = (ax + 40 * MM, _y(pg, ay + 8))
        date_y = ay + 16
    pg.rgb(20, 20, 20)
    pg.text(lab, ls, ax, _y(pg, ay), "登记机关")
    pg.text(val, vs, ax + ls * 5, _y(pg, date_y), V.cn_date(v["issue"]))
    O.seal(pg, sealc[0], sealc[1], (21 if big else 19) * MM, v["authority"], "登记专用章" if rng.random() < 0.4 else "",
           rng, "song" if _fits(["song"], v["authority"]) else "zenhei")
    pg.rgb(40, 40, 40)
    fy = 275 if big else 284
    fs = (2.6 if big else 2.0) * MM
    pg.ctext(lab, fs, cx, _y(pg, fy), "国家企业信用信息公示系统网址：")
    pg.text("sans", fs, cx + fs * 7.6, _y(pg, fy), "http://www.gsxt.gov.cn")
    pg.ctext(lab, fs, cx, _y(pg, fy + 5), "市场主体应当于每年1月1日至6月30日通过国家企业信用信息公示系统报送公示年度报告。")
    pg.ctext(lab, fs * 0.9, cx, _y(pg, fy + 10 if big else fy + 8.5), "国家市场监督管理总局监制")
    variant = f"{'copy' if copy else 'original'}-{form}"
    return Doc("business_license", variant, pg, _truth_bl(v), sorted({lab, val, "songgb", "sans"}))


# ---------------------------------------------------------------- 公共场所卫生许可证
def health_license(rng, work: Path) -> Doc:
    p = V.place(rng)
    what, items = V.pick(rng, V.HEALTH)
    name = f"{V.city_name(p).removesuffix('市').removesuffix('县')}{V.pick(rng, V.BRAND)}{what}" + (
        "有限公司" if rng.random() < 0.5 else "")
    boss = V.person_name(rng, "男" if rng.random() < 0.5 else "女")
    addr = V.address(rng, p, "biz")
    y0 = V.date_between(rng, dt.date(2019, 1, 1), V.TODAY - dt.timedelta(days=10))
    y1 = V.add_years(y0, 4) - dt.timedelta(days=1)
    no = f"{V.short(p)}卫公字（{y0.year}）第{V.region(p)}{int(rng.integers(0, 10**6)):06d}号"
    if rng.random() < 0.3:
        no = f"{V.short(p)}卫公证字〔{y0.year}〕第{int(rng.integers(100, 99999))}号"
    land = rng.random() < 0.6
    pg = Page(297 * MM, 210 * MM) if land else Page(210 * MM, 297 * MM)
    lab, val = _face_set(rng, [("song", "song"), ("songgb", "kai"), ("zenhei", "song"), ("kai", "kai")])
    if not _fits([val, lab], name, addr, boss, no):
        lab = val = "song"
    pg.rgb(252, 255, 250)
    pg.rect(0, 0, pg.w, pg.h, "f")
    O.guilloche_frame(pg, 9 * MM, 6 * MM, (40, 130, 90), rng, 3)
    cx = pg.w / 2
    O.emblem(pg, cx, _y(pg, 28), 10 * MM)
    pg.rgb(200, 20, 20)
    pg.spread("songgb", 12 * MM, cx - 40 * MM, _y(pg, 55), 80 * MM, "卫生许可证")
    pg.rgb(0, 0, 0)
    pg.field("license_no")
    pg.rtext(val, 4 * MM, pg.w - 25 * MM, _y(pg, 66), no)
    pg.field(None)
    ls, vs = 5.0 * MM, 4.6 * MM
    x = (45 if land else 25) * MM
    width = pg.w - x - 25 * MM
    lw = ls * 10.6
    top = 82 if land else 88
    pg.field(None)
    for label, key, text, lines in [("单位名称", "name", name, 2), ("法定代表人（负责人）", "legal_representative", boss, 1),
                                    ("地　　址", "address", addr, 2), ("许可项目", "license_items", items, 2)]:
        pg.rgb(0, 0, 0)
        if len(label) <= 4:
            pg.spread(lab, ls, x, _y(pg, top), ls * 4.6, label.replace("　", ""))
            vx = x + ls * 5.4
        else:
            pg.text(lab, ls, x, _y(pg, top), label)
            vx = x + ls * (len(label) + 0.6)
        pg.field(key)
        pg.wrap(val, vs, max(vx, x + ls * 5.4), _y(pg, top), width - (max(vx, x + ls * 5.4) - x), vs * 1.5, lines, text)
        pg.field(None)
        top += 14 if len(text) * vs < width - lw else 20
    pg.text(lab, ls, x, _y(pg, top), "有效期限")
    vx = x + ls * 5.4
    pg.text(val, vs, vx, _y(pg, top), "自")
    pg.field("valid_from")
    pg.text(val, vs, vx + vs * 1.3, _y(pg, top), V.cn_date(y0))
    pg.field(None)
    pg.text(val, vs, vx + vs * 7.6, _y(pg, top), "至")
    pg.field("valid_to")
    pg.text(val, vs, vx + vs * 8.9, _y(pg, top), V.cn_date(y1))
    pg.field(None)
    auth = f"{(p[0] if not p[1] else p[1]) if len(p) == 7 else p[1]}{V.district(p)}卫生健康委员会"
    ax = pg.w - 95 * MM
    ay = top + 22
    pg.text(lab, ls, ax, _y(pg, ay), "发证机关")
    pg.text(val, vs, ax, _y(pg, ay + 8), auth)
    pg.text(val, vs, ax + 10 * MM, _y(pg, ay + 16), V.cn_date(y0))
    O.seal(pg, ax + 40 * MM, _y(pg, ay + 6), 18 * MM, auth, "", rng, "song" if _fits(["song"], auth) else "zenhei")
    pg.rgb(60, 60, 60)
    pg.ctext(lab, 3 * MM, cx, 14 * MM, "中华人民共和国国家卫生健康委员会监制")
    truth = {"license_no": no, "name": name, "legal_representative": boss, "address": addr, "license_items": items,
             "valid_from": y0.isoformat(), "valid_to": y1.isoformat()}
    return Doc("public_health_license", "landscape" if land else "portrait", pg, truth, sorted({lab, val, "songgb"}))


# ---------------------------------------------------------------- 食品经营许可证
def food_license(rng, work: Path) -> Doc:
    p = V.place(rng)
    shop, form, items = V.pick(rng, V.SHOP_KIND)
    name = f"{V.city_name(p).removesuffix('市').removesuffix('县')}{V.pick(rng, V.BRAND)}{shop}" + (
        "有限公司" if rng.random() < 0.6 else "")
    boss = V.person_name(rng, "男" if rng.random() < 0.5 else "女")
    credit = V.uscc(rng, "91" if "公司" in name else "92", V.region(p))
    addr = V.address(rng, p, "biz")
    prem = addr if rng.random() < 0.6 else V.address(rng, p, "biz")
    no = V.food_license_no(rng, p, "销售" in form)
    issue = V.date_between(rng, dt.date(2019, 1, 1), V.TODAY - dt.timedelta(days=10))
    to = V.add_years(issue, 5) - dt.timedelta(days=1)
    copy = rng.random() < 0.4
    pg = Page(210 * MM, 297 * MM) if copy else Page(297 * MM, 210 * MM)
    lab, val = _face_set(rng, [("song", "song"), ("songgb", "song"), ("zenhei", "microhei"), ("kai", "song")])
    if not _fits([val, lab], name, addr, prem, boss, items, form):
        lab = val = "song"
    pg.rgb(255, 254, 250)
    pg.rect(0, 0, pg.w, pg.h, "f")
    O.guilloche_frame(pg, 8 * MM, 6 * MM, (30, 90, 160), rng, 3)
    cx = pg.w / 2
    pg.rgb(10, 10, 10)
    pg.spread("songgb", 10 * MM, cx - 55 * MM, _y(pg, 36), 110 * MM, "食品经营许可证")
    if copy:
        pg.ctext("songgb", 5 * MM, cx, _y(pg, 46), "（副本）")
    ls, vs = 4.2 * MM, 4.0 * MM
    auth = f"{V.city_name(p) if len(p) == 8 else (p[1] or p[0]) + V.district(p)}市场监督管理局"
    rows = [("经营者名称", "name", name, 2), ("社会信用代码（身份证号码）", "credit_code", credit, 1),
            ("法定代表人（负责人）", "legal_representative", boss, 1), ("住　　所", "address", addr, 2),
            ("经营场所", "premises_address", prem, 2), ("主体业态", "business_form", form, 1),
            ("经营项目", "business_items", items, 4)]
    right = [("许可证编号", "license_no", no), ("日常监督管理机构", None, f"{V.district(p)}市场监督管理所"),
             ("日常监督管理人员", None, V.person_name(rng, "男") + "、" + V.person_name(rng, "女")),
             ("投诉举报电话", None, "12315")]
    x = 20 * MM
    if copy:
        rows = [right[0][:2] + (right[0][2], 1)] + rows
        colw = pg.w - 40 * MM
    else:
        colw = 165 * MM
    top = 62 if copy else 58
    for label, key, text, lines in rows:
        pg.rgb(0, 0, 0)
        if len(label) > 6:
            pg.text(lab, ls * 0.82, x, _y(pg, top), label)
            vx = x + ls * 0.82 * (len(label) + 0.5)
        else:
            pg.spread(lab, ls, x, _y(pg, top), ls * 5, label.replace("　", ""))
            vx = x + ls * 6
        pg.field(key)
        if key == "credit_code" or key == "license_no":
            pg.text("sans", vs, vx, _y(pg, top), text)
        else:
            pg.wrap(val, vs, vx, _y(pg, top), colw - (vx - x), vs * 1.45, lines, text)
        pg.field(None)
        est = max(1, int(np.ceil(len(text) * vs / max(colw - (vx - x), 1))))
        top += 9.5 + 6.2 * (min(est, lines) - 1)
    if not copy:
        rx, rtop = 200 * MM, 58
        for label, key, text in right:
            pg.rgb(0, 0, 0)
            pg.text(lab, ls * 0.9, rx, _y(pg, rtop), label + "：")
            if key:
                pg.field(key)
            pg.text("sans" if key else val, vs, rx, _y(pg, rtop + 7), text)
            if key:
                pg.field(None)
            rtop += 17
        ax, atop = rx, rtop + 2
    else:
        ax, atop = 110 * MM, top + 8
    pg.text(lab, ls * 0.9, ax, _y(pg, atop), "发证机关：")
    pg.text(val, vs * 0.9, ax, _y(pg, atop + 7), auth)
    pg.text(lab, ls * 0.9, ax, _y(pg, atop + 15), "签发人：" + V.person_name(rng, "男"))
    pg.text(val, vs * 0.9, ax, _y(pg, atop + 23), V.cn_date(issue))
    O.seal(pg, ax + 38 * MM, _y(pg, atop + 10), 17 * MM, auth, "", rng, "song" if _fits(["song"], auth) else "zenhei")
    yv = 185 if not copy else 272
    pg.rgb(0, 0, 0)
    pg.text(lab, ls, x, _y(pg, yv), "有效期至")
    pg.field("valid_to")
    pg.text(val, vs, x + ls * 5, _y(pg, yv), V.cn_date(to))
    pg.field(None)
    pg.rgb(60, 60, 60)
    pg.ctext(lab, 2.6 * MM, cx, 11.5 * MM, "国家市场监督管理总局监制")
    truth = {"license_no": no, "name": name, "credit_code": credit, "legal_representative": boss, "address": addr,
             "premises_address": prem, "business_form": form, "business_items": items, "valid_to": to.isoformat()}
    return Doc("food_business_license", "copy" if copy else "original", pg, truth, sorted({lab, val, "songgb", "sans"}))


# ---------------------------------------------------------------- negatives
def other_page(rng, work: Path) -> Doc:
    what = V.pick(rng, ["blank", "receipt", "form", "letter", "certificate", "notice", "letter"])
    p = V.place(rng)
    face = V.pick(rng, ["song", "kai", "zenhei", "songgb"])
    if what == "receipt":
        pg = Page(80 * MM, 190 * MM)
    elif what == "certificate":
        pg = Page(297 * MM, 210 * MM)
    else:
        pg = Page(210 * MM, 297 * MM)
    pg.rgb(255, 255, 255)
    pg.rect(0, 0, pg.w, pg.h, "f")
    pg.rgb(10, 10, 10)
    cx = pg.w / 2
    if what == "blank":
        pg.rgb(250, 250, 250)
        pg.rect(0, 0, pg.w, pg.h, "f")
    elif what == "receipt":
        shop = f"{V.pick(rng, V.BRAND)}{V.pick(rng, ['超市', '便利店', '药房', '餐厅'])}"
        pg.ctext(face, 5 * MM, cx, _y(pg, 12), shop)
        pg.ctext(face, 3 * MM, cx, _y(pg, 19), "购物小票")
        top = 28
        pg.text(face, 2.6 * MM, 5 * MM, _y(pg, top), f"单号：{int(rng.integers(10**9, 10**10))}")
        top += 6
        pg.text(face, 2.6 * MM, 5 * MM, _y(pg, top), f"时间：{V.date_between(rng, dt.date(2025, 1, 1), V.TODAY)} {int(rng.integers(8, 22)):02d}:{int(rng.integers(0, 60)):02d}")
        top += 8
        total = 0.0
        for _ in range(int(rng.integers(4, 11))):
            item = V.pick(rng, ["矿泉水", "牛奶", "面包", "洗衣液", "纸巾", "苹果", "鸡蛋", "大米", "酸奶", "饼干", "食用油"])
            price = round(float(rng.uniform(1.5, 60)), 2)
            total += price
            pg.text(face, 2.8 * MM, 5 * MM, _y(pg, top), item)
            pg.rtext("sans", 2.8 * MM, pg.w - 5 * MM, _y(pg, top), f"{price:.2f}")
            top += 6
        pg.line(5 * MM, _y(pg, top - 3), pg.w - 5 * MM, _y(pg, top - 3))
        pg.text(face, 3.2 * MM, 5 * MM, _y(pg, top + 3), "合计")
        pg.rtext("sans", 3.2 * MM, pg.w - 5 * MM, _y(pg, top + 3), f"{total:.2f}")
        pg.ctext(face, 2.6 * MM, cx, _y(pg, top + 14), "谢谢惠顾，欢迎再次光临")
    elif what == "form":
        title = V.pick(rng, ["公共场所卫生许可证申请表", "个体工商户登记（备案）申请书", "食品经营许可申请书", "营业执照遗失补领申请表"])
        pg.ctext(face, 7 * MM, cx, _y(pg, 30), title)
        top = 48
        pg.lw(0.8)
        labels = ["申请单位", "统一社会信用代码", "法定代表人", "联系电话", "单位地址", "经营场所", "申请项目", "从业人员数", "备注"]
        for lbl in labels:
            pg.rect(20 * MM, _y(pg, top + 12), 170 * MM, 12 * MM)
            pg.line(62 * MM, _y(pg, top), 62 * MM, _y(pg, top + 12))
            pg.text(face, 4 * MM, 23 * MM, _y(pg, top + 8), lbl)
            top += 12
        pg.text(face, 4 * MM, 20 * MM, _y(pg, top + 15), "申请人（签字）：　　　　　　　日期：　　年　　月　　日")
    elif what in ("letter", "notice"):
        corp = V.company_name(rng, p, V.pick(rng, V.TRADE)[0], "有限公司")
        if what == "letter":
            title = V.pick(rng, ["情况说明", "关于办理营业执照变更登记的说明", "授权委托书", "承诺书"])
            body = (f"{V.district(p)}市场监督管理局：我单位{corp}因经营需要，拟办理营业执照变更登记及食品经营许可证、"
                    f"卫生许可证相关事项。现委托{V.person_name(rng, '男')}同志前往贵局办理，"
                    "委托期限自签署之日起三十日内有效。我单位承诺所提交的材料真实有效，如有虚假，愿承担相应法律责任。"
                    "特此说明。")
        else:
            title = "遗失声明"
            body = (f"{corp}不慎遗失营业执照正本、副本各一份，统一社会信用代码{V.uscc(rng, '91', V.region(p))}，"
                    "声明作废。另遗失公章一枚，特此声明。")
        pg.ctext(face, 7 * MM, cx, _y(pg, 35), title)
        pg.wrap(face, 4.4 * MM, 25 * MM, _y(pg, 55), 160 * MM, 8 * MM, 14, "　　" + body)
        pg.rtext(face, 4.4 * MM, 185 * MM, _y(pg, 190), corp)
        pg.rtext(face, 4.4 * MM, 185 * MM, _y(pg, 200), V.cn_date(V.date_between(rng, dt.date(2024, 1, 1), V.TODAY)))
        if rng.random() < 0.6:
            O.seal(pg, 160 * MM, _y(pg, 192), 19 * MM, corp, "", rng, face if _fits([face], corp) else "song")
    else:  # certificate
        O.guilloche_frame(pg, 10 * MM, 7 * MM, (190, 150, 40), rng, 3)
        pg.rgb(200, 30, 30)
        pg.spread("songgb", 14 * MM, cx - 45 * MM, _y(pg, 55), 90 * MM, "荣誉证书")
        pg.rgb(10, 10, 10)
        nm = V.person_name(rng, "女")
        pg.wrap(face, 6 * MM, 45 * MM, _y(pg, 90), 210 * MM, 11 * MM, 5,
                f"　　{nm}同志在{V.date_between(rng, dt.date(2020, 1, 1), V.TODAY).year}年度政务服务工作中表现突出，"
                "被评为“优秀窗口工作人员”，特发此证，以资鼓励。")
        org = f"{V.district(p)}政务服务中心"
        pg.rtext(face, 5 * MM, 250 * MM, _y(pg, 160), org)
        O.seal(pg, 225 * MM, _y(pg, 158), 20 * MM, org, "", rng, face if _fits([face], org) else "song")
    return Doc("other", what, pg, {}, [face])


def build(kind: str, variant: str, rng, work: Path) -> Doc:
    if kind == "id_card_front":
        return id_front(rng, work)
    if kind == "id_card_back":
        return id_back(rng, work)
    if kind == "business_license":
        copy, form = variant.split("-")
        return business_license(rng, work, form, copy == "copy")
    if kind == "public_health_license":
        return health_license(rng, work)
    if kind == "food_business_license":
        return food_license(rng, work)
    return other_page(rng, work)
