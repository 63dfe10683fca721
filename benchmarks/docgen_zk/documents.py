"""Family ZK's documents laid out on matplotlib pages (page.Page): the resident ID card (front and
back, 85.6×54 mm), the 2019 营业执照 (正本 A3 landscape, 副本 A4 portrait; company, 分公司, 合伙企业,
个体工商户), the 公共场所卫生许可证, the 食品经营许可证 (正本 landscape, 副本 portrait) and unrelated
pages (blank, receipt, application form, letter, certificate, guide). Each builder draws its values
from the generator it is given and returns the page, the truth values (FIELDS.md conventions) and a
variant name."""

from __future__ import annotations

import datetime as dt
import math

import numpy as np

from . import faces as F
from . import values as V
from .page import Page

BLUE_LABEL = "#2a5ea8"
INK = "#141414"


TRUETYPE_ONLY = [False]  # set while a page is built for the PDF backend (e-licences embed TrueType faces)


def _face(rng: np.random.Generator, keys: list[str], text: str) -> str:
    order = [keys[int(i)] for i in rng.permutation(len(keys))]
    if TRUETYPE_ONLY[0]:
        order = [k for k in order if k in F.TRUETYPE] + ["zenhei", "uming"]
    return F.first_covering(order, text)


# ------------------------------------------------------------------------------------------------
# ID card
# ------------------------------------------------------------------------------------------------

def _card_waves(rng: np.random.Generator, w: int, h: int, back: bool) -> np.ndarray:
    y, x = np.mgrid[0:h, 0:w] / max(w, h)
    base = np.array([0.93, 0.95, 0.97]) if not back else np.array([0.95, 0.95, 0.93])
    img = np.ones((h, w, 3)) * base
    for _ in range(3):
        f, ph, a = rng.uniform(20, 60), rng.uniform(0, 6.3), rng.uniform(0.01, 0.03)
        wave = np.sin(f * (x + 0.15 * np.sin(7 * y + ph)) + 9 * y)
        img -= a * (wave[..., None] > 0.92) * np.array([0.6, 0.3, 0.0])
    # soft pink/blue gradient of the real card
    img[..., 0] += 0.03 * np.sin(3 * x + 1)
    img[..., 2] += 0.02 * np.cos(4 * y)
    if back:
        cx, cy = 0.75, 0.35
        r = np.hypot(x - cx, y - cy)
        img -= 0.04 * (np.sin(r * 160) > 0.7)[..., None] * np.array([0.1, 0.3, 0.5])
    return np.clip(img, 0, 1)


def _portrait(rng: np.random.Generator, male: bool) -> np.ndarray:
    h, w = 160, 128
    y, x = np.mgrid[0:h, 0:w].astype(float)
    img = np.ones((h, w, 3)) * np.array([0.97, 0.98, 1.0])
    skin = np.array([0.86, 0.72, 0.62]) * rng.uniform(0.85, 1.05)
    hair = np.array([0.08, 0.07, 0.07]) * rng.uniform(0.8, 1.6)
    cloth = rng.choice([[0.15, 0.18, 0.25], [0.9, 0.9, 0.9], [0.25, 0.25, 0.25], [0.4, 0.2, 0.2]])
    cx = w / 2 + rng.uniform(-4, 4)
    shoulders = (y > 118 + 0.004 * (x - cx) ** 2)
    img[shoulders] = cloth
    neck = (np.abs(x - cx) < 14) & (y > 95) & ~shoulders
    img[neck] = skin * 0.92
    face = ((x - cx) / 27) ** 2 + ((y - 72) / 36) ** 2 < 1
    img[face] = skin
    hair_m = (((x - cx) / 31) ** 2 + ((y - 60) / 38) ** 2 < 1) & ~face | (((x - cx) / 28) ** 2 + ((y - 50) / 26) ** 2 < 1) & (y < 52)
    if not male:
        hair_m |= (np.abs(x - cx) < 38) & (y > 55) & (y < 125) & ~face & ~neck & (np.abs(x - cx) > 20)
    img[hair_m] = hair
    for ex in (-10, 10):
        img[((x - cx - ex) / 4.5) ** 2 + ((y - 70) / 2.2) ** 2 < 1] = [0.1, 0.08, 0.08]
    img[((x - cx) / 7) ** 2 + ((y - 92) / 1.6) ** 2 < 1] = [0.6, 0.35, 0.35]
    shade = 1 - 0.08 * ((x - cx) / w)
    return np.clip(img * shade[..., None], 0, 1)


def id_front(rng: np.random.Generator, dpi: float) -> tuple[Page, dict, str]:
    p = V.place(rng)
    male = rng.random() < 0.5
    birth = V.date_between(rng, dt.date(1945, 1, 1), dt.date(2008, 12, 31))
    name = V.person_name(rng)
    nation = V.pick(rng, V.NATIONS)
    addr = V.address(rng, p, long=rng.random() < 0.4)
    idn = V.id_number(p[3], birth, male, rng)
    pg = Page(85.6, 54.0, dpi, bg=(0.95, 0.96, 0.97))
    pg.image(_card_waves(rng, 342, 216, False), 0, 0, 85.6, 54.0, z=0.2)
    lab = _face(rng, ["zenhei", "microhei", "notosans", "fandol_hei"], "姓名性别民族出生住址公民身份号码")
    val = _face(rng, ["zenhei", "notosans", "fandol_hei", "microhei", "fandol_song"], name + nation + addr + "男女年月日")
    num = _face(rng, F.DIGITS, idn)
    ls, vs = 2.55, 3.2
    pg.text(6.2, 10.5, "姓　名", lab, ls, BLUE_LABEL)
    pg.text(16.8, 10.7, name, val, vs * 1.12, INK, key="name")
    pg.text(6.2, 17.0, "性　别", lab, ls, BLUE_LABEL)
    pg.text(16.8, 17.0, "男" if male else "女", val, vs, INK, key="sex")
    pg.text(29.5, 17.0, "民　族", lab, ls, BLUE_LABEL)
    pg.text(40.0, 17.0, nation, val, vs, INK, key="nation")
    pg.text(6.2, 23.5, "出　生", lab, ls, BLUE_LABEL)
    pg.text(16.8, 23.5, f"{birth.year}", val, vs, INK, key="birth_date")
    pg.text(26.4, 23.5, "年", lab, ls, BLUE_LABEL)
    pg.text(31.0, 23.5, f"{birth.month}", val, vs, INK, key="birth_date")
    pg.text(35.6, 23.5, "月", lab, ls, BLUE_LABEL)
    pg.text(40.0, 23.5, f"{birth.day}", val, vs, INK, key="birth_date")
    pg.text(44.6, 23.5, "日", lab, ls, BLUE_LABEL)
    pg.text(6.2, 30.0, "住　址", lab, ls, BLUE_LABEL)
    pg.block(16.8, 30.0, addr, 35.5, val, vs, 4.6, key="address", max_lines=3)
    pg.text(6.2, 47.8, "公民身份号码", lab, ls, BLUE_LABEL)
    pg.text(29.0, 48.0, idn, num, 3.6, INK, key="id_number")
    pg.image(_portrait(rng, male), 55.5, 6.5, 25.5, 32.0, z=0.6)
    truth = {"name": name, "sex": "男" if male else "女", "nation": nation, "birth_date": V.iso(birth),
             "address": addr, "id_number": idn}
    return pg, truth, "id-front"


def _issuer(p: tuple) -> str:
    d = p[2]
    if d.endswith("市"):
        return f"{d}公安局"
    short = d.removesuffix("新区").removesuffix("区") if len(d) > 2 else d
    return f"{p[1] or p[0]}公安局{short}分局"


def id_back(rng: np.random.Generator, dpi: float) -> tuple[Page, dict, str]:
    p = V.place(rng)
    start = V.date_between(rng, dt.date(2006, 1, 1), dt.date(2026, 10, 1))
    age = int(rng.integers(10, 80))
    years = 5 if age < 16 else 10 if age < 26 else 20 if age < 46 else 0
    end = V.add_years(start, years) if years else None
    auth = _issuer(p)
    pg = Page(85.6, 54.0, dpi, bg=(0.96, 0.96, 0.95))
    pg.image(_card_waves(rng, 342, 216, True), 0, 0, 85.6, 54.0, z=0.2)
    pg.emblem(14.5, 14.5, 9.5)
    title = _face(rng, ["notoserif_b", "fandol_song_b", "uming", "gbsn"], "中华人民共和国居民身份证")
    pg.text(28.5, 14.5, "中华人民共和国", title, 4.6, INK)
    x = 27.0
    for ch in "居民身份证":
        pg.text(x, 27.5, ch, title, 6.4, INK)
        x += 9.6
    lab = _face(rng, ["zenhei", "notosans", "microhei", "fandol_hei"], "签发机关有效期限")
    val = _face(rng, ["zenhei", "notosans", "fandol_hei", "microhei"], auth + "长期0123456789.-")
    pg.text(17.0, 43.5, "签发机关", lab, 2.6, BLUE_LABEL)
    pg.text(30.0, 43.5, auth, val, 3.1, INK, key="issuing_authority")
    pg.text(17.0, 49.8, "有效期限", lab, 2.6, BLUE_LABEL)
    sep = "-" if rng.random() < 0.8 else "—"
    val2 = F.first_covering([val, "zenhei"], sep)
    pg.text(30.0, 49.8, f"{start:%Y.%m.%d}", val2, 3.1, INK, key="valid_from")
    w = pg.width(f"{start:%Y.%m.%d}", val2, 3.1)
    pg.text(30.0 + w, 49.8, sep, val2, 3.1, INK)
    w2 = pg.width(sep, val2, 3.1)
    pg.text(30.0 + w + w2, 49.8, f"{end:%Y.%m.%d}" if end else "长期", val2, 3.1, INK, key="valid_to")
    truth = {"issuing_authority": auth, "valid_from": V.iso(start), "valid_to": V.iso(end) if end else "长期"}
    return pg, truth, "id-back" + ("-longterm" if not end else "")


# ------------------------------------------------------------------------------------------------
# 营业执照 (2019 template)
# ------------------------------------------------------------------------------------------------

def _licence_values(rng: np.random.Generator, form: str) -> dict:
    p = V.place(rng)
    trade, scope = V.TRADES[int(rng.integers(len(V.TRADES)))]
    est = V.date_between(rng, dt.date(2003, 1, 1), dt.date(2026, 9, 30))
    person = V.person_name(rng)
    d: dict = {"place": p, "est": est, "person": person}
    long_scope = rng.random() < 0.5
    if form == "company":
        d["name"] = V.company_name(rng, p, trade) + V.pick(rng, ["有限公司", "有限责任公司", "股份有限公司"])
        d["type"] = ("股份有限公司(非上市、自然人投资或控股)" if d["name"].endswith("股份有限公司")
                     else V.pick(rng, ["有限责任公司(自然人投资或控股)", "有限责任公司(自然人独资)", "有限责任公司(非自然人投资或控股的法人独资)"]))
        d["rep_label"], d["addr_label"], d["cap_label"], d["date_label"], d["term_label"] = "法定代表人", "住所", "注册资本", "成立日期", "营业期限"
        d["capital"] = ("人民币" if rng.random() < 0.3 else "") + (V.pick(rng, V.CAPITAL_CN) if rng.random() < 0.5 else V.pick(rng, V.CAPITAL_AR))
        d["prefix"] = "91"
    elif form == "branch":
        parent = V.company_name(rng, p, trade) + "有限公司"
        d["name"] = parent + p[2].removesuffix("区").removesuffix("新区") + "分公司"
        d["type"] = V.pick(rng, ["有限责任公司分公司(自然人投资或控股)", "其他有限责任公司分公司", "有限责任公司分公司(自然人独资)"])
        d["rep_label"], d["addr_label"], d["cap_label"], d["date_label"], d["term_label"] = "负责人", "营业场所", "", "成立日期", "营业期限"
        d["capital"] = ""
        d["prefix"] = "91"
    elif form == "partnership":
        d["name"] = V.company_name(rng, p, V.pick(rng, ["投资", "企业管理", "咨询", "创业投资"])) + V.pick(rng, ["合伙企业(有限合伙)", "企业管理中心(有限合伙)", "咨询中心(普通合伙)"])
        d["type"] = "普通合伙企业" if "普通" in d["name"] else "有限合伙企业"
        d["rep_label"], d["addr_label"], d["cap_label"], d["date_label"], d["term_label"] = "执行事务合伙人", "主要经营场所", "出资额", "成立日期", "合伙期限"
        d["capital"] = V.pick(rng, V.CAPITAL_AR)
        d["prefix"] = "91"
        scope = "企业管理咨询；商务信息咨询（不含投资类咨询）；以私募基金从事股权投资、投资管理、资产管理等活动（须在中国证券投资基金业协会完成登记备案后方可从事经营活动）"
    else:  # individual
        city = (p[1] or p[0]).removesuffix("市")
        kind = V.pick(rng, V.SHOP_KIND)
        d["name"] = f"{city}{p[2][:-1] if len(p[2]) > 2 else p[2]}{V.pick(rng, V.BRANDS)}{kind}" if rng.random() < 0.8 else f"{p[2]}{person}{kind}"
        d["type"] = "个体工商户"
        d["rep_label"], d["addr_label"], d["cap_label"], d["date_label"], d["term_label"] = "经营者", "经营场所", "", "注册日期", ""
        d["capital"] = ""
        d["prefix"] = "92"
        scope = V.pick(rng, ["食品销售（仅销售预包装食品）；日用百货销售；烟草制品零售", "理发服务；生活美容服务",
                             "五金产品零售；电线、电缆经营；家用电器销售", "小餐饮；餐饮服务；食品小作坊经营", "水果零售；新鲜蔬菜零售；食用农产品零售"])
        scope = scope + "。" + V.TAILS[0]
    if form != "individual" and form != "partnership":
        scope = V.business_scope(rng, scope, long_scope)
    elif form == "partnership":
        scope = "一般项目：" + scope + "。" + V.TAILS[1]
    d["scope"] = scope
    d["address"] = V.address(rng, p, long=rng.random() < 0.5)
    d["code"] = V.uscc(rng, d["prefix"], p[3])
    if form == "individual":
        d["term_end"] = ""
    elif rng.random() < 0.55:
        d["term_end"] = "长期"
    else:
        d["term_end"] = V.iso(V.add_years(est, int(rng.choice([10, 20, 30, 50]))) - dt.timedelta(days=1))
    d["authority"] = f"{(p[1] or p[0])}{p[2]}市场监督管理局" if p[1] else f"{p[0]}{p[2]}市场监督管理局"
    d["issue"] = V.date_between(rng, est, min(V.add_years(est, 6), V.TODAY))
    d["licence_no"] = p[3] + "".join(str(int(rng.integers(10))) for _ in range(14))
    return d


def _term_text(d: dict) -> str:
    if not d["term_label"]:
        return ""
    s = V.cn_date(d["est"]) + " 至 "
    return s + ("长期" if d["term_end"] == "长期" else V.cn_date(dt.date.fromisoformat(d["term_end"])))


def business_license(rng: np.random.Generator, dpi: float, form: str, copy: bool) -> tuple[Page, dict, str]:
    d = _licence_values(rng, form)
    body = _face(rng, F.SERIF + ["notosans", "zenhei"], d["name"] + d["type"] + d["scope"] + d["address"] + d["person"] + d["capital"] + "年月日至长期0123456789")
    label = _face(rng, ["notoserif_b", "fandol_song_b", "notosans_b", "zenhei", "uming"], "名称类型法定代表人执行事务合伙人负责人经营者注册资本出资额成立日期营业期限合伙期限住所主要经营场所营业场所经营范围组成形式个人经营统一社会信用代码登记机关")
    title = _face(rng, ["notoserif_b", "fandol_song_b", "uming", "gbsn"], "营业执照副本")
    code_face = _face(rng, ["notosans", "zenhei", "dejavu_sans", "fandol_hei"], d["code"])
    seal_face = _face(rng, ["notosans_b", "fandol_hei", "zenhei", "fandol_song_b"], d["authority"])
    red = "#b8242a"
    if not copy:  # 正本: A3 landscape, two columns
        pg = Page(420, 297, dpi, bg=(0.995, 0.99, 0.975))
        pg.guilloche_frame(12, 12, 396, 273, 9, "#c8a35a", rng, n=6)
        pg.rect(24, 24, 372, 249, ec="#b98e3c", lw_mm=0.6, z=0.9)
        pg.emblem(210, 52, 18)
        x = 210 - 2 * 30
        for ch in "营业执照":
            pg.text(x, 103, ch, title, 24, red if rng.random() < 0.0 else INK, ha="center")
            x += 40
        pg.text(40, 58, "统一社会信用代码", label, 5.2, INK)
        pg.text(40, 68, d["code"], code_face, 6.2, INK, key="credit_code")
        pg.text(40, 76, f"证照编号：{d['licence_no']}", body, 3.4, INK)
        pg.qr(338, 34, 40, rng)
        pg.text(358, 80, "扫描二维码登录“国家企业信用", body, 2.6, INK, ha="center")
        pg.text(358, 84, "信息公示系统”了解更多登记、", body, 2.6, INK, ha="center")
        pg.text(358, 88, "备案、许可、监管信息", body, 2.6, INK, ha="center")
        ls, vs, lead = 5.6, 5.6, 8.6
        left = [("名称", "name", d["name"]), ("类型", "entity_type", d["type"]), (d["rep_label"], "legal_representative", d["person"])]
        if form == "individual":
            left.append(("组成形式", None, "个人经营"))
        left.append(("经营范围", "business_scope", d["scope"]))
        right = []
        if d["cap_label"]:
            right.append((d["cap_label"], "registered_capital", d["capital"]))
        right.append((d["date_label"], "established_date", V.cn_date(d["est"])))
        if d["term_label"]:
            right.append((d["term_label"], "valid_to", _term_text(d)))
        right.append((d["addr_label"], "address", d["address"]))
        for col, rows in ((0, left), (1, right)):
            lx0 = 40 if col == 0 else 226
            lx1 = lx0 + 34
            vx = lx1 + 6
            vw = 128 if col == 0 else 124
            y = 126
            for lab, key, val in rows:
                pg.spread(lx0, lx1, y, lab, label, ls, INK)
                last = pg.block(vx, y, val, vw, body, vs, lead, key=key, max_lines=9 if key == "business_scope" else 3)
                y = last + (14 if key != "business_scope" else 14)
        pg.text(268, 238, "登 记 机 关", label, 5.6, INK)
        pg.text(340, 262, V.cn_date(d["issue"]), body, 5.0, INK, ha="center")
        pg.seal(340, 246, 21, d["authority"], seal_face, rng, bottom="", color="#d42a2f")
        pg.text(210, 268, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", body, 3.0, INK, ha="center")
        pg.text(40, 268, "市场主体应当于每年1月1日至6月30日通过", body, 2.6, INK)
        pg.text(40, 271.5, "国家企业信用信息公示系统报送公示年度报告。", body, 2.6, INK)
        pg.text(385, 271, "国家市场监督管理总局监制", body, 2.6, INK, ha="right")
    else:  # 副本: A4 portrait, one column
        pg = Page(210, 297, dpi, bg=(0.995, 0.99, 0.975))
        pg.guilloche_frame(8, 8, 194, 281, 6, "#c8a35a", rng, n=5)
        pg.rect(16, 16, 178, 265, ec="#b98e3c", lw_mm=0.4, z=0.9)
        pg.emblem(105, 34, 11)
        x = 105 - 1.5 * 17
        for ch in "营业执照":
            pg.text(x, 64, ch, title, 12.5, INK, ha="center")
            x += 17
        pg.text(105, 74, "（副　本）", title, 5, INK, ha="center")
        pg.text(24, 30, "统一社会信用代码", label, 3.4, INK)
        pg.text(24, 37, d["code"], code_face, 4.0, INK, key="credit_code")
        pg.text(24, 42.5, f"证照编号：{d['licence_no']}", body, 2.5, INK)
        pg.text(24, 47, f"副本编号：1-{int(rng.integers(1, 4))}", body, 2.5, INK)
        pg.qr(160, 22, 24, rng)
        pg.text(172, 50, "扫描二维码登录“国家企业", body, 1.8, INK, ha="center")
        pg.text(172, 52.6, "信用信息公示系统”了解更多", body, 1.8, INK, ha="center")
        ls, vs, lead = 3.9, 3.9, 6.0
        rows = [("名称", "name", d["name"]), ("类型", "entity_type", d["type"]), (d["rep_label"], "legal_representative", d["person"])]
        if form == "individual":
            rows.append(("组成形式", None, "个人经营"))
        if d["cap_label"]:
            rows.append((d["cap_label"], "registered_capital", d["capital"]))
        rows.append((d["date_label"], "established_date", V.cn_date(d["est"])))
        if d["term_label"]:
            rows.append((d["term_label"], "valid_to", _term_text(d)))
        rows.append((d["addr_label"], "address", d["address"]))
        rows.append(("经营范围", "business_scope", d["scope"]))
        y = 92
        for lab, key, val in rows:
            pg.spread(26, 52, y, lab, label, ls, INK)
            last = pg.block(58, y, val, 124, body, vs, lead, key=key, max_lines=12 if key == "business_scope" else 3)
            y = last + 10.5
        pg.text(112, 250, "登 记 机 关", label, 4.2, INK)
        pg.text(155, 266, V.cn_date(d["issue"]), body, 3.6, INK, ha="center")
        pg.seal(155, 252, 16, d["authority"], seal_face, rng, color="#d42a2f")
        pg.text(105, 276, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", body, 2.3, INK, ha="center")
        pg.text(190, 281, "国家市场监督管理总局监制", body, 2.0, INK, ha="right")
    truth = {"name": d["name"], "credit_code": d["code"], "entity_type": d["type"], "legal_representative": d["person"],
             "registered_capital": d["capital"], "established_date": V.iso(d["est"]), "address": d["address"],
             "business_scope": d["scope"], "valid_to": d["term_end"]}
    return pg, truth, f"licence-{'copy' if copy else 'original'}-{form}"


# ------------------------------------------------------------------------------------------------
# 公共场所卫生许可证
# ------------------------------------------------------------------------------------------------

def health_license(rng: np.random.Generator, dpi: float) -> tuple[Page, dict, str]:
    p = V.place(rng)
    venue, items = V.HEALTH_VENUES[int(rng.integers(len(V.HEALTH_VENUES)))]
    trade = V.pick(rng, V.BRANDS) + V.pick(rng, V.BRANDS)
    city = (p[1] or p[0]).removesuffix("市")
    name = f"{city}{trade}{venue}" + V.pick(rng, ["有限公司", "", "有限责任公司", ""])
    if name.endswith(venue):
        name = f"{city}{p[2]}{trade}{venue}"
    person = V.person_name(rng)
    addr = V.address(rng, p, long=rng.random() < 0.3)
    start = V.date_between(rng, dt.date(2020, 1, 1), dt.date(2026, 10, 30))
    end = V.add_years(start, 4) - dt.timedelta(days=1)
    year = start.year
    br = ("（", "）") if rng.random() < 0.6 else ("〔", "〕") if rng.random() < 0.5 else ("[", "]")
    no = f"{p[4]}卫公字{br[0]}{year}{br[1]}第{p[3]}{int(rng.integers(0, 999999)):06d}号"
    items_s = "、".join(items)
    landscape = rng.random() < 0.35
    W, H = (297, 210) if landscape else (210, 297)
    pg = Page(W, H, dpi, bg=(0.99, 0.985, 0.97))
    pg.guilloche_frame(8, 8, W - 16, H - 16, 6, "#6f9fc8", rng, n=5)
    pg.rosette(W / 2, H / 2 + 10, min(W, H) * 0.3, "#9fc0dc", rng, alpha=0.25)
    title = _face(rng, ["notoserif_b", "fandol_song_b", "notosans_b", "uming"], "公共场所卫生许可证")
    body = _face(rng, F.SERIF + F.SANS, name + person + addr + items_s + no + "单位名称法定代表人（负责人）地址许可项目有效期限自至年月日发证机关")
    auth = f"{(p[1] or p[0])}{p[2]}卫生健康委员会" if p[1] else f"{p[0]}{p[2]}卫生健康委员会"
    top = 40 if landscape else 48
    pg.text(W / 2, top, "公共场所卫生许可证", title, 11 if landscape else 10, "#1c3f7a", ha="center")
    pg.text(W - 22, top + 14, no, body, 4.2, INK, ha="right", key="license_no")
    size, lead = 4.8, 7.2
    rows = [("单位名称", "name", name), ("法定代表人（负责人）", "legal_representative", person), ("地　　址", "address", addr),
            ("许可项目", "license_items", items_s)]
    y = top + 34
    x0 = 28 if not landscape else 36
    vw = W - x0 - 30
    for lab, key, val in rows:
        pg.text(x0, y, lab + "：", body, size, INK)
        lw = pg.width(lab + "：", body, size)
        last = pg.block(x0 + lw + 2, y, val, vw - lw - 2, body, size, lead, key=key, max_lines=3)
        y = last + 13
    pg.text(x0, y, "有效期限：自", body, size, INK)
    xx = x0 + pg.width("有效期限：自", body, size) + 2
    s1 = V.cn_date_loose(start) if rng.random() < 0.5 else V.cn_date(start)
    pg.text(xx, y, s1, body, size, INK, key="valid_from")
    xx += pg.width(s1, body, size) + 2
    pg.text(xx, y, "至", body, size, INK)
    xx += pg.width("至", body, size) + 2
    s2 = V.cn_date_loose(end) if s1 != V.cn_date(start) else V.cn_date(end)
    pg.text(xx, y, s2, body, size, INK, key="valid_to")
    sx, sy = W - 60, H - 45
    pg.text(sx - 38, sy, "发证机关（章）", body, 4.2, INK)
    pg.text(sx, sy + 14, V.cn_date(start), body, 4.2, INK, ha="center")
    pg.seal(sx, sy, 17, auth, _face(rng, ["notosans_b", "fandol_hei", "zenhei"], auth), rng)
    truth = {"license_no": no, "name": name, "legal_representative": person, "address": addr,
             "license_items": items_s, "valid_from": V.iso(start), "valid_to": V.iso(end)}
    return pg, truth, "health-" + ("landscape" if landscape else "portrait")


# ------------------------------------------------------------------------------------------------
# 食品经营许可证 (2015 template)
# ------------------------------------------------------------------------------------------------

def food_license(rng: np.random.Generator, dpi: float, copy: bool) -> tuple[Page, dict, str]:
    p = V.place(rng)
    form, items = V.FOOD_FORMS[int(rng.integers(len(V.FOOD_FORMS)))]
    catering = not form.startswith("食品销售")
    city = (p[1] or p[0]).removesuffix("市")
    brand = V.pick(rng, V.BRANDS)
    if form.startswith("单位食堂"):
        name = f"{city}{V.pick(rng, ['第一中学', '实验小学', '职业技术学院', '人民医院', '机械厂'])}" if "学校" in form or rng.random() < 0.5 else f"{city}{brand}科技有限公司"
    elif catering:
        name = f"{city}{brand}{V.pick(rng, ['餐饮管理有限公司', '餐饮店', '饮品店', '食品有限公司', '小吃店'])}"
    else:
        name = f"{city}{brand}{V.pick(rng, ['超市有限公司', '便利店', '商贸有限公司', '生鲜超市'])}"
    code = V.uscc(rng, V.pick(rng, ["91", "92", "12"]), p[3])
    person = V.person_name(rng)
    addr = V.address(rng, p)
    prem = addr if rng.random() < 0.5 else V.address(rng, p)
    items_s = "；".join(items)
    no = V.food_license_no(rng, p, catering)
    issue = V.date_between(rng, dt.date(2019, 1, 1), dt.date(2026, 10, 1))
    valid = V.add_years(issue, 5) - dt.timedelta(days=1)
    auth = f"{(p[1] or p[0])}{p[2]}市场监督管理局" if p[1] else f"{p[0]}{p[2]}市场监督管理局"
    body = _face(rng, F.SERIF + F.SANS, name + person + addr + prem + items_s + form + auth + "经营者名称社会信用代码（身份证号码）法定代表人（负责人）住所经营场所主体业态经营项目许可证编号日常监督管理机构人员投诉举报电话发证机关签发人有效期至年月日")
    title = _face(rng, ["notoserif_b", "fandol_song_b", "notosans_b"], "食品经营许可证正副本")
    W, H = (297, 210) if not copy else (210, 297)
    pg = Page(W, H, dpi, bg=(0.99, 0.99, 0.985))
    pg.guilloche_frame(7, 7, W - 14, H - 14, 6, "#5f9f6f", rng, n=5)
    pg.rosette(W / 2, H / 2, min(W, H) * 0.28, "#a8d0b0", rng, alpha=0.22)
    pg.emblem(W / 2, 28, 9)
    pg.text(W / 2, 52, "食品经营许可证", title, 10, INK, ha="center")
    pg.text(W / 2, 60, "（副本）" if copy else "（正本）", title, 4.5, INK, ha="center")
    size, lead = 3.9, 5.8
    if not copy:
        left = [("经营者名称", "name", name), ("社会信用代码\n（身份证号码）", "credit_code", code), ("法定代表人\n（负责人）", "legal_representative", person),
                ("住　　所", "address", addr), ("经营场所", "premises_address", prem), ("主体业态", "business_form", form),
                ("经营项目", "business_items", items_s)]
        right = [("许可证编号", "license_no", no), ("日常监督管理机构", None, f"{p[2]}市场监督管理局"),
                 ("日常监督管理人员", None, f"{V.person_name(rng)}、{V.person_name(rng)}"), ("投诉举报电话", None, "12315"),
                 ("发证机关", None, ""), ("签　发　人", None, V.person_name(rng))]
        cols = [(22, 50, 54, 96, left), (170, 206, 210, 68, right)]
    else:
        rows = [("经营者名称", "name", name), ("社会信用代码\n（身份证号码）", "credit_code", code), ("法定代表人\n（负责人）", "legal_representative", person),
                ("住　　所", "address", addr), ("经营场所", "premises_address", prem), ("主体业态", "business_form", form),
                ("经营项目", "business_items", items_s), ("许可证编号", "license_no", no),
                ("日常监督管理机构", None, f"{p[2]}市场监督管理局"), ("投诉举报电话", None, "12315")]
        cols = [(22, 62, 66, 118, rows)]
    for lx0, lx1, vx, vw, rows in cols:
        y = 76
        for lab, key, val in rows:
            parts = lab.split("\n")
            for j, part in enumerate(parts):
                if len(part.strip("（）")) <= 4 and "（" not in part:
                    pg.spread(lx0, lx1, y + j * lead, part, body, size, INK)
                else:
                    pg.text(lx0, y + j * lead, part, body, size * (0.85 if len(part) > 7 else 1), INK)
            if val:
                last = pg.block(vx, y, val, vw, body, size, lead, key=key, max_lines=4)
            else:
                last = y
            y = max(last, y + (len(parts) - 1) * lead) + 9
    vx, vy = (W - 60, H - 22) if not copy else (W - 60, H - 24)
    pg.text(vx - 40, vy - 8, "有效期至", body, size, INK)
    pg.text(vx - 40 + pg.width("有效期至", body, size) + 3, vy - 8, V.cn_date(valid), body, size, INK, key="valid_to")
    pg.text(vx, vy + 4, V.cn_date(issue), body, size, INK, ha="center")
    pg.seal(vx + 8, vy - 14, 15, auth, _face(rng, ["notosans_b", "fandol_hei", "zenhei"], auth), rng)
    pg.qr(W - 46 if copy else 26, 14 if copy else H - 44, 24, rng)
    truth = {"license_no": no, "name": name, "credit_code": code, "legal_representative": person, "address": addr,
             "premises_address": prem, "business_form": form, "business_items": items_s, "valid_to": V.iso(valid)}
    return pg, truth, "food-" + ("copy" if copy else "original")


# ------------------------------------------------------------------------------------------------
# Negatives
# ------------------------------------------------------------------------------------------------

def other(rng: np.random.Generator, dpi: float, which: str) -> tuple[Page, dict, str]:
    body = _face(rng, F.SERIF + F.SANS + F.KAI, "的一是了我不人在他有这个上们来到时大地为子中你说生国年着就那和要营业执照许可证身份证")
    if which == "blank":
        pg = Page(210, 297, dpi, bg=(0.985, 0.985, 0.98))
        if rng.random() < 0.5:
            pg.text(105, 285, "— 1 —", body, 3.5, "#555555", ha="center")
        return pg, {}, "other-blank"
    if which == "receipt":
        pg = Page(80, 190, dpi, bg=(0.99, 0.99, 0.98))
        shop = f"{V.pick(rng, V.BRANDS)}{V.pick(rng, ['超市', '便利店', '药房', '文具店'])}"
        mono = _face(rng, ["zenhei", "microhei", "notosans", "fandol_hei"], shop + "收款机流水号商品名称数量金额合计实收找零谢谢惠顾欢迎再次光临")
        y = 14
        pg.text(40, y, shop, mono, 5, INK, ha="center")
        y += 9
        pg.text(6, y, f"流水号：{int(rng.integers(10**7, 10**8))}", mono, 3, INK)
        y += 5
        pg.text(6, y, f"日期：2026-{int(rng.integers(1, 12)):02d}-{int(rng.integers(1, 28)):02d} {int(rng.integers(8, 22)):02d}:{int(rng.integers(0, 60)):02d}", mono, 3, INK)
        y += 4
        pg.line([5, 75], [y, y], lw_mm=0.2)
        y += 6
        total = 0.0
        goods = ["矿泉水", "面包", "牛奶", "纸巾", "签字笔", "口罩", "电池", "洗衣液", "苹果", "饼干", "酸奶", "方便面"]
        for _ in range(int(rng.integers(4, 10))):
            g = V.pick(rng, goods)
            q, pr = int(rng.integers(1, 4)), float(rng.integers(150, 3000)) / 100
            total += q * pr
            pg.text(6, y, g, mono, 3.2, INK)
            pg.text(46, y, f"x{q}", mono, 3.2, INK)
            pg.text(74, y, f"{q * pr:.2f}", mono, 3.2, INK, ha="right")
            y += 5.5
        pg.line([5, 75], [y, y], lw_mm=0.2)
        y += 6
        pg.text(6, y, "合计", mono, 3.6, INK)
        pg.text(74, y, f"{total:.2f}", mono, 3.6, INK, ha="right")
        y += 10
        pg.text(40, y, "谢谢惠顾  欢迎再次光临", mono, 3.2, INK, ha="center")
        return pg, {}, "other-receipt"
    pg = Page(210, 297, dpi, bg=(0.99, 0.99, 0.985))
    if which == "form":
        t = "公共场所卫生许可证申请表" if rng.random() < 0.5 else "食品经营许可申请书"
        pg.text(105, 30, t, body, 7, INK, ha="center")
        rows = ["申请单位", "统一社会信用代码", "法定代表人", "联系电话", "单位地址", "经营场所", "从业人员数", "申请项目", "备注"]
        y = 48
        for r in rows:
            pg.rect(20, y, 170, 16, lw_mm=0.25)
            pg.line([62, 62], [y, y + 16], lw_mm=0.25)
            pg.text(24, y + 10, r, body, 4, INK)
            y += 16
        pg.text(24, y + 14, "申请人承诺：以上填写内容及所附材料真实有效。", body, 3.8, INK)
        pg.text(120, y + 30, "申请人（签章）：", body, 3.8, INK)
        pg.text(120, y + 42, "年　　月　　日", body, 3.8, INK)
        return pg, {}, "other-form"
    if which == "letter":
        who = V.person_name(rng)
        pg.text(105, 32, "情况说明", body, 7, INK, ha="center")
        txt = (f"市场监督管理局：我单位因经营场所搬迁，原营业执照副本及食品经营许可证正本于搬迁过程中遗失，"
               f"现申请补领。遗失期间如有他人冒用上述证照从事经营活动，由此产生的一切法律责任由我单位承担。"
               f"联系人：{who}，身份证原件及复印件已附后，请予办理为盼。特此说明。")
        pg.block(24, 52, txt, 162, body, 4.6, 8.5, max_lines=20)
        pg.text(150, 150, "说明人：" + who, body, 4.4, INK)
        pg.text(150, 160, f"2026年{int(rng.integers(1, 12))}月{int(rng.integers(1, 28))}日", body, 4.4, INK)
        return pg, {}, "other-letter"
    if which == "certificate":
        pg.guilloche_frame(10, 10, 190, 277, 8, "#c0392b", rng, n=4)
        pg.text(105, 70, "荣誉证书", _face(rng, ["notoserif_b", "fandol_song_b", "uming"], "荣誉证书"), 16, "#b8242a", ha="center")
        who = V.person_name(rng)
        pg.block(30, 110, f"{who}同志：在2026年度政务服务窗口工作中表现突出，被评为“服务标兵”，特发此证，以资鼓励。", 150, body, 6, 11)
        org = f"{V.place(rng)[1] or '本市'}政务服务中心"
        pg.seal(140, 220, 20, org, _face(rng, ["notosans_b", "fandol_hei", "zenhei"], org), rng)
        pg.text(140, 240, "二〇二六年十二月", _face(rng, F.SERIF + F.KAI, "二〇二六年十二月"), 5, INK, ha="center")
        return pg, {}, "other-certificate"
    # guide: a 办事指南 page that names licences and ID cards
    pg.text(105, 28, "办事指南", body, 7, INK, ha="center")
    lines = ["一、事项名称：公共场所卫生许可（新办）", "二、申请材料：", "1. 公共场所卫生许可申请表；", "2. 营业执照复印件（加盖公章）；",
             "3. 法定代表人或负责人身份证复印件；", "4. 卫生检测或评价报告；", "5. 卫生管理制度。", "三、办理时限：承诺时限17个工作日。",
             "四、收费标准：不收费。", "五、咨询电话：12345"]
    for i, ln in enumerate(lines):
        pg.text(24, 48 + i * 10, ln, body, 4.6, INK)
    return pg, {}, "other-guide"


OTHER_KINDS = ["blank", "receipt", "form", "letter", "certificate", "guide"]


def build(kind: str, variant: str, rng: np.random.Generator, dpi: float) -> tuple[Page, dict, str]:
    if kind == "id_card_front":
        return id_front(rng, dpi)
    if kind == "id_card_back":
        return id_back(rng, dpi)
    if kind == "business_license":
        form, copy = variant.split("/")
        return business_license(rng, dpi, form, copy == "copy")
    if kind == "public_health_license":
        return health_license(rng, dpi)
    if kind == "food_business_license":
        return food_license(rng, dpi, variant == "copy")
    return other(rng, dpi, variant)


def page_size(kind: str, variant: str) -> tuple[float, float]:
    """The page's size in mm before it is built (the capture picks a dpi from it)."""
    if kind.startswith("id_card"):
        return 85.6, 54.0
    if kind == "business_license":
        return (420.0, 297.0) if variant.endswith("original") else (210.0, 297.0)
    if kind == "food_business_license":
        return (297.0, 210.0) if variant == "original" else (210.0, 297.0)
    if kind == "public_health_license":
        return 297.0, 297.0  # portrait or landscape, chosen while building
    if variant == "receipt":
        return 80.0, 190.0
    return 210.0, 297.0


def add_marks(pg: Page, rng: np.random.Generator, marks: list[str]) -> None:
    """Marks a window clerk sees on copies: a 仅供…使用 watermark, 复印件与原件一致 with a signature,
    a holder's seal stamped over the text."""
    W, H = pg.w, pg.h
    if "watermark" in marks:
        purpose = V.pick(rng, ["办理营业执照变更", "办理卫生许可", "本次业务办理", "银行开户", "办理食品经营许可"])
        txt = f"仅供{purpose}使用，他用无效"
        face = _face(rng, F.SANS + F.KAI, txt)
        col = V.pick(rng, ["#7a7a7a", "#c03030", "#3050a0"])
        size = max(W, H) / 22
        ang = float(rng.uniform(18, 35))
        for k in range(-2, 3):
            pg.text(W / 2 + k * size * 1.2 * math.sin(math.radians(ang)) * 3, H / 2 + k * size * 3.2, txt, face, size,
                    col, ha="center", va="center", rotation=ang, alpha=0.33, z=10)
    if "copy_note" in marks:
        face = _face(rng, F.KAI, "复印件与原件一致")
        ink = V.pick(rng, ["#1b2a80", "#111111", "#20305a"])
        size = min(W, H) / 14
        x, y = W * rng.uniform(0.45, 0.6), H * rng.uniform(0.82, 0.9)
        ang = float(rng.uniform(-8, 8))
        pg.text(x, y, "复印件与原件一致", face, size, ink, ha="center", rotation=ang, alpha=0.95, z=10)
        # a signature: a quick looping stroke
        t = np.linspace(0, 1, 120)
        sx = x - size * 2 + t * size * 4
        sy = y + size * 1.4 + np.sin(t * 23 + rng.uniform(0, 6)) * size * 0.35 * (1 - t) + np.cos(t * 9) * size * 0.15
        pg.path(np.column_stack([sx, sy]), color=ink, lw_mm=max(W, H) / 700, z=10)
        pg.text(x + size * 2.6, y + size * 1.6, f"2026.{int(rng.integers(1, 12))}.{int(rng.integers(1, 28))}", face, size * 0.6, ink, z=10)
    if "seal" in marks:
        org = f"{V.pick(rng, V.BRANDS)}{V.pick(rng, V.BRANDS)}{V.pick(rng, ['科技有限公司', '商贸有限公司', '餐饮管理有限公司'])}"
        r = min(W, H) * rng.uniform(0.11, 0.16)
        pg.seal(W * rng.uniform(0.35, 0.7), H * rng.uniform(0.35, 0.7), r, org, _face(rng, ["notosans_b", "fandol_hei", "zenhei"], org),
                rng, color="#e0262b", alpha=0.62)
