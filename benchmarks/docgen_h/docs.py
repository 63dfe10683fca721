"""Family H's documents: each maker draws one page with render.Page and returns it with the truth
fields (values exactly as printed, rows joined) and the file's descriptive keys. Layouts are H's
own reading of the real documents: the 2019 national 营业执照 正本/副本 and its 电子营业执照 print-out,
second-generation ID cards (also 朝鲜文 bilingual cards), 卫生许可证 and 食品经营许可证 templates of
several provinces, and hard negatives that carry the same labels."""

from __future__ import annotations

import datetime as dt
import random

from benchmarks.docgen_h import values as V
from benchmarks.docgen_h.render import INK, RED, Page

LABEL_FACES = ["serif_semibold", "sans_medium", "serif_black", "sans_black", "serif_medium"]
VALUE_FACES = ["serif_light", "sans_light", "sans_demilight", "serif_medium", "sans_medium"]
TODAY = dt.date(2026, 11, 20)


def F(v: str, unreadable: bool = False) -> dict:
    return {"value": v, "unreadable": unreadable}


# ---------------------------------------------------------------- ID cards
def id_front(rng: random.Random) -> tuple[Page, dict, dict]:
    bilingual = rng.random() < 0.16
    place = rng.choice([p for p in V.PLACES if p[3].startswith("2224")]) if bilingual else rng.choice(V.PLACES)
    male = rng.random() < 0.5
    nation = "朝鲜" if bilingual else rng.choice(V.NATIONS)
    if bilingual:
        sur = rng.choice(list(V.KOREAN))
        g_cn, g_ko = rng.choice(V.KOREAN_GIVEN[male])
        name, name_ko = sur + g_cn, V.KOREAN[sur] + g_ko
    elif nation == "维吾尔":
        name = rng.choice(V.UYGHUR_NAMES[male])
    elif nation == "彝":
        name = rng.choice(V.YI_NAMES)
    else:
        name = V.person(rng)
    birth = V.rand_date(rng, dt.date(1950, 1, 1), dt.date(2008, 12, 31))
    idn = V.id_number(place[3], birth, male, rng)
    addr = V.street_address(rng, place)
    W, H = 1420, 896
    pg = Page(W, H, bg=(rng.randint(236, 246), rng.randint(240, 248), rng.randint(244, 252)))
    pg.fine_pattern(0, 0, W, H, (120, 150, 190), rng, alpha=rng.randint(25, 45), step=rng.uniform(7, 12))
    pg.rrect(2, 2, W - 2, H - 2, 40, (200, 205, 215), stroke=3)
    lab_face = rng.choice(["sans_medium", "sans_demilight", "sans_light"])
    val_face = rng.choice(["sans_medium", "serif_medium", "sans_demilight", "serif_semibold"])
    lab_c = (40, 110, 170) if rng.random() < 0.8 else (60, 90, 120)
    ls, vs = 33, rng.choice([40, 42, 44])
    x0 = rng.uniform(80, 105)
    xv = x0 + ls * 2.9
    jit = (rng.uniform(-4, 4), rng.uniform(-3, 3))
    ko = {"姓名": "성명", "性别": "성별", "民族": "민족", "出生": "출생", "住址": "주소", "公民身份号码": "공민신분번호"}
    y = 150
    if bilingual:
        pg.text(x0, y - 38, ko["姓名"], "korean", 22, lab_c)
        pg.text(xv, y - 44, name_ko, "korean", vs * 0.8)
    pg.justified(x0, y, "姓名", ls * 2.2, lab_face, ls, color=lab_c)
    pg.value("name", xv, y, name, val_face, vs, 560, vs, jitter=jit)
    y += 100
    if bilingual:
        pg.text(x0, y - 36, ko["性别"], "korean", 22, lab_c)
        pg.text(x0 + 280, y - 36, ko["民族"], "korean", 22, lab_c)
    pg.justified(x0, y, "性别", ls * 2.2, lab_face, ls, color=lab_c)
    pg.value("sex", xv, y, "男" if male else "女", val_face, vs, 100, vs, jitter=jit)
    pg.justified(x0 + 280, y, "民族", ls * 2.2, lab_face, ls, color=lab_c)
    pg.value("nation", x0 + 280 + ls * 2.9, y, nation, val_face, vs, 300, vs, jitter=jit)
    y += 100
    if bilingual:
        pg.text(x0, y - 36, ko["出生"], "korean", 22, lab_c)
    pg.justified(x0, y, "出生", ls * 2.2, lab_face, ls, color=lab_c)
    bx = xv + jit[0]
    parts = []
    for val, unit, gap in ((str(birth.year), "年", 18), (str(birth.month), "月", 14), (str(birth.day), "日", 14)):
        adv = pg.text(bx, y + jit[1], val, val_face, vs)
        parts.append(val)
        bx += adv + gap
        pg.text(bx, y, unit, lab_face, ls, lab_c)
        bx += ls + gap + 10
    pg.record("birth_date", parts, (xv, y - vs, bx, y + 8), vs)
    y += 100
    if bilingual:
        pg.text(x0, y - 36, ko["住址"], "korean", 22, lab_c)
    pg.justified(x0, y, "住址", ls * 2.2, lab_face, ls, color=lab_c)
    pg.value("address", xv, y, addr, val_face, vs, 11.3 * vs, vs * 1.32, jitter=jit)
    y = H - 110
    if bilingual:
        pg.text(x0, y - 40, ko["公民身份号码"], "korean", 22, lab_c)
    pg.text(x0, y, "公民身份号码", lab_face, ls, lab_c, spacing=2)
    pg.value("id_number", x0 + ls * 6.9, y + 2, idn, "digits_mono", 50, 900, 50, bold=rng.random() < 0.5,
             jitter=(jit[0], 0))
    pg.portrait(W - 430, 110, W - 80, 600, rng)
    fields = {"name": F(name), "sex": F("男" if male else "女"), "nation": F(nation), "birth_date": F(birth.isoformat()),
              "address": F(addr), "id_number": F(idn)}
    meta = {"variant": "bilingual-korean" if bilingual else "standard", "faces": [val_face]}
    pg.drawn["birth_date"] = [birth.isoformat()]  # drawn as separate numbers; truth is the ISO date
    return pg, fields, meta


def id_back(rng: random.Random) -> tuple[Page, dict, dict]:
    place = rng.choice(V.PLACES)
    birth = V.rand_date(rng, dt.date(1945, 1, 1), dt.date(2009, 12, 31))
    issue = V.rand_date(rng, max(V.add_years(birth, 5), dt.date(2004, 1, 1)), dt.date(2026, 10, 31))
    vt = V.id_validity(birth, issue)
    if vt != "长期" and vt < TODAY and rng.random() < 0.7:   # most cards handed over are still valid
        issue = V.rand_date(rng, dt.date(2018, 1, 1), dt.date(2026, 10, 31))
        vt = V.id_validity(birth, issue)
    auth = V.authority_police(place)
    W, H = 1420, 896
    pg = Page(W, H, bg=(rng.randint(236, 246), rng.randint(240, 248), rng.randint(244, 252)))
    pg.fine_pattern(0, 0, W, H, (120, 150, 190), rng, alpha=rng.randint(25, 45), step=rng.uniform(7, 12))
    pg.rrect(2, 2, W - 2, H - 2, 40, (200, 205, 215), stroke=3)
    pg.emblem(220, 230, 130)
    tf = rng.choice(["serif_black", "sans_black"])
    pg.text(460, 230, "中华人民共和国", tf, 62, INK, spacing=14)
    pg.text(460, 360, "居民身份证", tf, 96, INK, spacing=30)
    lab_face = rng.choice(["sans_medium", "sans_demilight"])
    val_face = rng.choice(["sans_medium", "serif_medium", "sans_demilight", "serif_semibold"])
    lab_c = (40, 110, 170)
    x0, xv, y = 240, 240 + 33 * 5.2, H - 220
    pg.justified(x0, y, "签发机关", 33 * 4.4, lab_face, 33, color=lab_c)
    narrow = rng.random() < 0.25 or len(auth) > 12
    pg.value("issuing_authority", xv, y, auth, val_face, 42, 42 * (9.5 if narrow else 20), 52)
    y = H - 110
    pg.justified(x0, y, "有效期限", 33 * 4.4, lab_face, 33, color=lab_c)
    vt_s = vt if isinstance(vt, str) else f"{vt:%Y.%m.%d}"
    pg.value("valid", xv, y, f"{issue:%Y.%m.%d}-{vt_s}", val_face, 42, 900, 42)
    pg.drawn["valid_from"], pg.drawn["valid_to"] = [f"{issue:%Y.%m.%d}"], [vt_s]
    fields = {"issuing_authority": F(auth), "valid_from": F(issue.isoformat()), "valid_to": F(V.iso(vt))}
    meta = {"variant": "before-2013" if issue.year < 2013 else "standard", "faces": [val_face],
            "marks": ["two-row-authority"] if len(pg.drawn["issuing_authority"]) > 1 else []}
    return pg, fields, meta


# ---------------------------------------------------------------- 营业执照
ENTITY_WEIGHTS = [("company", 14), ("foreign", 4), ("branch", 6), ("individual", 8), ("coop", 5),
                  ("partnership", 5), ("sole", 4), ("coop_branch", 2)]


def _entity(rng: random.Random, ent: str, place: tuple) -> dict:
    brand = rng.choice(V.BRANDS)
    trade, tk = rng.choice(V.TRADES)
    city = (place[1] or place[0]).removesuffix("市").removesuffix("省")
    short_city = city if len(city) <= 3 else place[2].removesuffix("区").removesuffix("县").removesuffix("市")
    est = V.rand_date(rng, dt.date(2003, 1, 1), dt.date(2026, 9, 30))
    rep = V.person(rng)
    new_style = est.year >= 2021 or rng.random() < 0.4
    long_scope = rng.random() < 0.22
    d = {"rep_label": "法定代表人", "rep": rep, "cap_label": "注册资本", "cap": "", "date_label": "成立日期",
         "term_label": "营业期限", "addr_label": "住所", "scope_label": "经营范围", "est": est, "term": "",
         "extra": []}
    owned = rng.choice(["自然人投资或控股", "自然人独资", "非自然人投资或控股的法人独资", "国有控股"])
    if ent in ("company", "foreign"):
        if ent == "company":
            d["name"] = f"{short_city}{brand}{trade}{rng.choice(['有限公司', '有限公司', '有限责任公司', '股份有限公司'])}"
            d["type"] = "股份有限公司(非上市、自然人投资或控股)" if d["name"].endswith("股份有限公司") else f"有限责任公司（{owned}）"
            wan = rng.choice([10, 30, 50, 100, 200, 300, 500, 1000, 1200, 2000, 5000, 10000, 15800])
            d["cap"] = rng.choice([f"人民币{V.capital_words(wan)}", f"{wan}万元人民币", f"{wan}万元", V.capital_words(wan)])
        else:
            d["name"] = f"{short_city}{brand}{trade}有限公司" if rng.random() < 0.6 else f"{brand}（{short_city}）{trade}有限公司"
            d["type"] = rng.choice(["有限责任公司（外国法人独资）", "有限责任公司（台港澳法人独资）", "有限责任公司（中外合资）",
                                    "有限责任公司(港澳台投资、非独资)"])
            wan = rng.choice([50, 100, 200, 300, 800, 1500])
            d["cap"] = rng.choice([f"美元{V.capital_words(wan)}", f"{wan}万美元", f"港币{V.capital_words(wan)}"])
        if rng.random() < 0.75:
            d["term"] = "长期" if rng.random() < 0.55 else V.add_years(est, rng.choice([10, 20, 30, 50])) - dt.timedelta(days=1)
        else:
            d["term"] = "长期"
        d["address"] = V.biz_address(rng, place)
    elif ent == "branch":
        parent = f"{short_city}{brand}{trade}有限公司"
        d["name"] = f"{parent}{rng.choice([place[2], rng.choice(V.ROADS)])}分公司"
        d["type"] = f"有限责任公司分公司（{owned}）" if rng.random() < 0.8 else "其他股份有限公司分公司(非上市)"
        d.update(rep_label="负责人", addr_label="营业场所", term="长期" if rng.random() < 0.7 else "")
        d["address"] = V.biz_address(rng, place)
    elif ent == "individual":
        d["name"] = rng.choice(V.SHOP_NAMES).format(b=place[2].removesuffix("区").removesuffix("县") + rng.choice(V.BRANDS),
                                                   s=rng.choice(V.SURNAMES) + rng.choice(["记", "氏", "家", "姐", "哥"]))
        if rng.random() < 0.5:
            d["name"] = f"{place[2]}{d['name']}"
        if rng.random() < 0.25:
            d["name"] = f"{place[2]}{d['name']}（个体工商户）"
        d["type"] = "个体工商户"
        d.update(rep_label="经营者", date_label="注册日期", addr_label="经营场所", term="")
        d["extra"] = [("组成形式", rng.choice(["个人经营", "家庭经营"]))]
        d["address"] = V.street_address(rng, place, full=rng.random() < 0.5)
        tk = rng.choice(["food", "trade", "service"])
    elif ent in ("coop", "coop_branch"):
        goods = rng.choice(V.COOP_GOODS)
        vil = rng.choice(V.VILLAGES).removesuffix("村")
        base = f"{place[2].removesuffix('县').removesuffix('区').removesuffix('市')}{vil}{goods}专业合作社"
        d["name"] = base if ent == "coop" else f"{base}{rng.choice(['第一', '城区', '销售'])}分社"
        d["type"] = "农民专业合作社" if ent == "coop" else "农民专业合作社分支机构"
        if ent == "coop":
            wan = rng.choice([10, 50, 100, 120, 300])
            d.update(cap_label="成员出资总额", cap=rng.choice([f"{wan}万元", f"人民币{V.capital_words(wan)}"]))
            d["address"] = f"{place[0] if rng.random() < 0.5 else ''}{place[2]}{rng.choice(V.TOWNS)}{vil}村{rng.randint(1, 12)}组"
        else:
            d["rep_label"] = "负责人"
            d["address"] = V.street_address(rng, place, full=False)
        d.update(scope_label="业务范围", term="长期" if rng.random() < 0.5 else "")
        d["scope"] = f"组织收购、销售成员种植的{goods}；引进新技术、新品种，开展技术培训、技术交流和咨询服务；" \
                     f"组织采购、供应成员所需的生产资料。{V.SCOPE_OLD_TAIL}"
    elif ent == "partnership":
        d["name"] = f"{short_city}{brand}{rng.choice(['创业投资', '股权投资', '企业管理咨询', '投资管理'])}合伙企业（{rng.choice(['有限合伙', '普通合伙'])}）"
        d["type"] = "有限合伙企业" if "有限合伙" in d["name"] else "普通合伙企业"
        gp = f"{short_city}{rng.choice(V.BRANDS)}投资管理有限公司"
        d["rep"] = rng.choice([gp, f"{gp}（委派代表：{rep}）", rep])
        d.update(rep_label="执行事务合伙人", term_label="合伙期限", addr_label="主要经营场所", cap_label="出资额")
        wan = rng.choice([100, 500, 1000, 3000, 10000])
        d["cap"] = rng.choice([f"人民币{V.capital_words(wan)}", f"{wan}万元"]) if rng.random() < 0.7 else ""
        d["term"] = rng.choice(["长期", V.add_years(est, rng.choice([7, 10, 20])) - dt.timedelta(days=1)])
        d["address"] = V.biz_address(rng, place)
        tk = "service"
    elif ent == "sole":
        d["name"] = f"{short_city}{brand}{trade}{rng.choice(['经营部', '商行', '工作室', '服务部'])}（个人独资）"
        d["type"] = "个人独资企业"
        d.update(rep_label="投资人", cap_label="出资额", term="")
        d["cap"] = f"{rng.choice([5, 10, 20, 50])}万元" if rng.random() < 0.6 else ""
        d["address"] = V.street_address(rng, place, full=rng.random() < 0.6)
    if "scope" not in d:
        d["scope"] = V.scope_text(rng, tk, new_style, long_scope)
    d["long_scope"] = long_scope
    d["code"] = V.uscc(place[3], rng, {"individual": "92", "coop": "93", "coop_branch": "93"}.get(ent, "91"))
    d["authority"] = V.amr(place)
    d["issued"] = V.rand_date(rng, est, min(TODAY, est + dt.timedelta(days=rng.choice([5, 30, 900, 2500]))))
    return d


def _term_text(d: dict, rng: random.Random) -> tuple[str, str]:
    """The printed 营业期限 and the truth's valid_to."""
    t = d["term"]
    if t == "":
        return "", ""
    if t == "长期":
        if rng.random() < 0.3:
            return "长期", "长期"
        return f"{V.cn_date(d['est'])} 至 长期", "长期"
    return f"{V.cn_date(d['est'])} 至 {V.cn_date(t)}", t.isoformat()


def business_license(rng: random.Random) -> tuple[Page, dict, dict]:
    ents, ws = zip(*ENTITY_WEIGHTS, strict=True)
    ent = rng.choices(ents, ws)[0]
    form = rng.choices(["zheng", "fu", "eprint"], [5, 4, 1.3])[0]
    place = rng.choice(V.PLACES)
    d = _entity(rng, ent, place)
    term_txt, valid_to = _term_text(d, rng)
    lab_face, val_face = rng.choice(LABEL_FACES), rng.choice(VALUE_FACES)
    if form == "eprint":
        pg = _licence_eprint(rng, d, term_txt, val_face)
    else:
        pg = _licence_paper(rng, d, term_txt, form, lab_face, val_face)
    fields = {"name": F(d["name"]), "credit_code": F(d["code"]), "entity_type": F(d["type"]),
              "legal_representative": F(d["rep"]), "registered_capital": F(d["cap"]),
              "established_date": F(d["est"].isoformat()), "address": F(d["address"]),
              "business_scope": F(d["scope"]), "valid_to": F(valid_to)}
    pg.drawn["established_date"] = [d["est"].isoformat()]
    pg.drawn["valid_to"] = [valid_to]
    marks = (["long-scope"] if d["long_scope"] else []) + d.get("marks", [])
    if any(c in d["name"] + d["address"] for c in "()"):
        marks.append("halfwidth-brackets")
    meta = {"variant": f"{form}-{ent}", "faces": [lab_face, val_face], "marks": marks}
    return pg, fields, meta


def _fit_rows(pg: Page, s: str, face: str, size: float, maxw: float, max_rows: int) -> float:
    while size > 18 and len(pg.wrap(s, face, size, maxw)) > max_rows:
        size -= 1.5
    return size


def _licence_paper(rng, d, term_txt, form, lab_face, val_face) -> Page:
    land = form == "zheng"
    W, H = (2300, 1620) if land else (1560, 2200)
    pg = Page(W, H, bg=(rng.randint(246, 252), rng.randint(242, 248), rng.randint(230, 240)))
    band = 64 if land else 56
    pg.guilloche(30, 30, W - 30, H - 30, band, (176, 118, 62), rng, alpha=rng.randint(90, 140))
    pg.rect(30 + band, 30 + band, W - 30 - band, H - 30 - band, (176, 118, 62), stroke=2, alpha=120)
    pg.fine_pattern(100, 100, W - 100, H - 100, (220, 190, 150), rng, alpha=22, step=14)
    pg.emblem(W / 2, 250, 92)
    tface = rng.choice(["serif_black", "sans_black", "serif_semibold"])
    tw = pg.width("营业执照", tface, 120, spacing=60)
    pg.text(W / 2 - tw / 2, 480, "营业执照", tface, 120, INK, spacing=60)
    if form == "fu":
        sw = pg.width("（副　本）", lab_face, 40)
        pg.text(W / 2 - sw / 2, 550, "（副　本）", lab_face, 40)
        pg.text(W / 2 + sw / 2 + 10, 550, f"（{rng.randint(1, 2)}-1）", lab_face, 30)
    pg.text(150, 250, "统一社会信用代码", lab_face, 34, spacing=2)
    pg.value("credit_code", 150, 305, d["code"], rng.choice(["digits_mono", val_face]), 42, 600, 42)
    pg.text(150, 355, f"证照编号：{rng.randint(10, 99)}{rng.randint(10 ** 12, 10 ** 13 - 1)}", val_face, 26)
    qs = 210
    pg.qr(W - 150 - qs, 170, qs, rng)
    cap_lines = ["扫描二维码登录", "'国家企业信用", "信息公示系统'", "了解更多登记、", "备案、许可、监", "管信息。"]
    for i, cl in enumerate(cap_lines[:6]):
        pg.text(W - 150 - qs - 210, 190 + i * 32, cl, val_face, 24, (80, 80, 80))
    ls = rng.choice([34, 36, 38])
    vs = ls + rng.choice([-2, 0, 2])
    span = ls * 4.6
    rowh = vs * 2.3
    just = rng.random() < 0.8
    jit = (rng.uniform(-6, 10), rng.uniform(-6, 4))   # values printed in a second pass on pre-printed stock

    def label(x, y, t):
        if just and len(t) <= 4:
            pg.justified(x, y, t, span, lab_face, ls)
        else:
            pg.text(x, y, t, lab_face, ls, scale_x=min(1.0, span / pg.width(t, lab_face, ls)) if len(t) > 4 else 1.0)

    rows_left = [("name", "名称", d["name"]), ("entity_type", "类型", d["type"]), ("legal_representative", d["rep_label"], d["rep"])]
    rows_right = []
    if d["cap"]:
        rows_right.append(("registered_capital", d["cap_label"], d["cap"]))
    for lab, val in d["extra"]:
        rows_right.append(("extra", lab, val))
    rows_right.append(("est", d["date_label"], V.cn_date(d["est"])))
    if term_txt:
        rows_right.append(("term", d["term_label"], term_txt))
    rows_right.append(("address", d["addr_label"], d["address"]))
    if land:
        colx = [150, W / 2 + 60]
        colw = W / 2 - 150 - span - 120
        y0 = 660
        ys = [y0, y0]
        seq = [(0, r) for r in rows_left] + [(1, r) for r in rows_right]
    else:
        colx = [150]
        colw = W - 300 - span - 40
        ys = [690]
        seq = [(0, r) for r in rows_left + rows_right]
    for c, (key, lab, val) in seq:
        x, y = colx[c], ys[c]
        label(x, y, lab)
        vx = x + span + 36
        last = pg.value(key, vx, y, val, val_face, vs, colw, vs * 1.35, jitter=jit)
        ys[c] = last + rowh
    # scope: the left column's remainder (正本) or the rest of the page (副本)
    if land:
        sx, sy = colx[0], ys[0]
        bottom = H - 330
    else:
        sx, sy = colx[0], ys[0]
        bottom = H - 430
    label(sx, sy, d["scope_label"])
    svx = sx + span + 36
    sw = colw
    max_rows = max(3, int((bottom - sy) / (vs * 1.3)))
    ssize = _fit_rows(pg, d["scope"], val_face, vs, sw, max_rows)
    pg.value("business_scope", svx, sy, d["scope"], val_face, ssize, sw, ssize * 1.32, jitter=jit)
    # registration authority, date and seal
    ax, ay = (W - 760, H - 300) if land else (W - 700, H - 330)
    pg.justified(ax, ay, "登记机关", ls * 4.6, lab_face, ls)
    issued = d["issued"]
    pg.text(ax + 90, ay + 110, f"{issued.year}  年  {issued.month:02d}  月  {issued.day:02d}  日", val_face, vs)
    scope_box = pg.boxes["business_scope"]
    if form == "fu" and rng.random() < 0.4 and scope_box[3] > ay - 420:
        # the seal placed high, over the last rows of a long scope (the text shows through the red)
        pg.seal(scope_box[2] - 180, scope_box[3] - 30, 150, d["authority"], rng)
        d["marks"] = ["seal-over-scope"]
    else:
        pg.seal(ax + 330 + rng.uniform(-40, 40), ay + rng.uniform(-20, 40), 150, d["authority"], rng)
    foot_y = H - 130
    foot = "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn"
    pg.text(150, foot_y, foot, val_face, 24, (60, 60, 60))
    pg.text(150, foot_y + 34, "市场主体应当于每年1月1日至6月30日通过国家企业信用信息公示系统报送公示年度报告。", val_face, 22, (60, 60, 60))
    pg.text(W - 460, foot_y + 34, "国家市场监督管理总局监制", val_face, 22, (60, 60, 60))
    return pg


def _licence_eprint(rng, d, term_txt, val_face) -> Page:
    """The 电子营业执照 printed from the app on an office printer: white A4, a red header band with
    the emblem, colon labels and values in one column."""
    W, H = 1500, 2120
    pg = Page(W, H, bg=(252, 252, 252))
    pg.rect(90, 90, W - 90, 420, (196, 32, 38))
    pg.emblem(W / 2, 200, 70)
    tw = pg.width("营业执照", "sans_black", 86, spacing=24)
    pg.text(W / 2 - tw / 2, 360, "营业执照", "sans_black", 86, (255, 240, 200), spacing=24)
    fs = rng.choice([30, 32, 34])
    y = 520
    lab_face = rng.choice(["sans_medium", "sans_demilight"])
    items = [("credit_code", "统一社会信用代码", d["code"]), ("name", "名称", d["name"]), ("entity_type", "类型", d["type"]),
             ("legal_representative", d["rep_label"], d["rep"])]
    if d["cap"]:
        items.append(("registered_capital", d["cap_label"], d["cap"]))
    for lab, val in d["extra"]:
        items.append(("extra", lab, val))
    items.append(("est", d["date_label"], V.cn_date(d["est"])))
    if term_txt:
        items.append(("term", d["term_label"], term_txt))
    items += [("address", d["addr_label"], d["address"]), ("business_scope", d["scope_label"], d["scope"])]
    lw = fs * 8.6
    for key, lab, val in items:
        pg.text(130, y, lab + "：", lab_face, fs, (90, 90, 90))
        size = fs if key != "business_scope" else _fit_rows(pg, val, val_face, fs, W - 260 - lw, 16)
        last = pg.value(key, 130 + lw, y, val, val_face, size, W - 260 - lw, size * 1.45)
        y = last + fs * 2.1
    pg.text(130, y + 20, "登记机关：" + d["authority"], lab_face, fs, (90, 90, 90))
    pg.seal(W - 420, y + 10, 130, d["authority"], rng, bottom="电子营业执照专用", alpha=200)
    pg.text(130, H - 120, "本页由电子营业执照系统生成，可通过国家企业信用信息公示系统查询核验。", val_face, 24, (110, 110, 110))
    return pg


# ---------------------------------------------------------------- 卫生许可证
HEALTH_ITEMS = ["住宿", "美容店", "理发店", "游泳场（馆）", "沐浴场所", "宾馆", "酒吧、茶座", "商场（店）、书店", "体育场（馆）",
                "展览馆", "候车（机、船）室", "足浴"]


def health_license(rng: random.Random) -> tuple[Page, dict, dict]:
    place = rng.choice(V.PLACES)
    tmpl = rng.choice(["grid", "plain", "plain_unpadded"])
    year = rng.randint(2019, 2026)
    short = V.PROV_SHORT.get(place[0], "粤")
    body = rng.choice(["卫公证字", "卫公字", "卫公证字"])
    no = f"{short}{body}〔{year}〕第{place[3]}{rng.randint(0, 999999):06d}号"
    if rng.random() < 0.25:
        no = no.replace("〔", "（").replace("〕", "）")
    name = f"{place[2]}{rng.choice(V.BRANDS)}{rng.choice(['宾馆', '美发店', '理发店', '足浴店', '酒店有限公司', '游泳馆', '美容美体店', '健身中心'])}"
    if rng.random() < 0.3:
        name = f"{(place[1] or place[0]).removesuffix('市')}{rng.choice(V.BRANDS)}{rng.choice(['酒店管理有限公司', '健康管理有限公司'])}{place[2]}分公司"
    rep = V.person(rng)
    addr = V.street_address(rng, place, full=rng.random() < 0.5)
    items = "、".join(rng.sample(HEALTH_ITEMS, rng.randint(1, 3)))
    vf = dt.date(year, rng.randint(1, 12), rng.randint(1, 28))
    vt = V.add_years(vf, 4) - dt.timedelta(days=1)
    auth = f"{place[1] if place[1] and not place[4] else ''}{place[2]}卫生健康局"
    W, H = 1560, 2200
    pg = Page(W, H, bg=(252, 251, 246))
    pg.guilloche(40, 40, W - 40, H - 40, 50, (60, 120, 170), rng, alpha=110)
    lab_face, val_face = rng.choice(LABEL_FACES), rng.choice(VALUE_FACES)
    tface = rng.choice(["serif_black", "sans_black"])
    tw = pg.width("卫生许可证", tface, 112, spacing=36)
    pg.text(W / 2 - tw / 2, 380, "卫生许可证", tface, 112, (170, 20, 30) if rng.random() < 0.5 else INK, spacing=36)
    nw = pg.width(no, val_face, 38)
    pg.value("license_no", W / 2 - nw / 2, 500, no, val_face, 38, W, 38)
    ls, vs = 38, rng.choice([36, 38, 40])
    vf_s = V.cn_date(vf, pad=tmpl != "plain_unpadded")
    vt_s = V.cn_date(vt, pad=tmpl != "plain_unpadded")
    rows = [("name", "单位名称", name), ("legal_representative", "法定代表人（负责人）" if tmpl != "grid" else "法定代表人",
                                         rep), ("address", "地址" if tmpl != "grid" else "经营地址", addr),
            ("license_items", "许可项目", items), ("valid", "有效期限", f"自{vf_s}至{vt_s}")]
    y = 680
    x0 = 170
    lw = ls * 5.2 if tmpl == "grid" else ls * 8.4
    for key, lab, val in rows:
        if tmpl == "grid":
            pg.justified(x0 + 20, y, lab, ls * 4.4, lab_face, ls)
        else:
            pg.text(x0, y, lab + "：", lab_face, ls * (0.9 if len(lab) > 6 else 1), scale_x=0.95)
        last = pg.value(key, x0 + lw + 30, y, val, val_face, vs, W - 2 * x0 - lw - 60, vs * 1.4)
        if tmpl == "grid":
            pg.line(x0, y - ls - 22, W - x0, y - ls - 22, (80, 80, 80), 2)
            pg.line(x0 + lw + 10, y - ls - 22, x0 + lw + 10, last + 40, (80, 80, 80), 2)
        y = last + vs * 2.6
    if tmpl == "grid":
        pg.line(x0, y - ls - 22, W - x0, y - ls - 22, (80, 80, 80), 2)
        pg.rect(x0, 680 - ls - 22, W - x0, y - ls - 22, (80, 80, 80), stroke=2)
    pg.drawn["valid_from"], pg.drawn["valid_to"] = [vf.isoformat()], [vt.isoformat()]
    issued = vf
    pg.text(W - 760, H - 420, "发证机关：", lab_face, ls)
    pg.text(W - 760, H - 330, f"{issued.year}年{issued.month}月{issued.day}日", val_face, vs)
    pg.seal(W - 480, H - 420, 150, auth + "行政许可专用章" if rng.random() < 0.4 else auth, rng)
    pg.text(170, H - 160, "本证有效期四年，应当在有效期届满前30日向原发证机关提出延续申请。", val_face, 26, (70, 70, 70))
    fields = {"license_no": F(no), "name": F(name), "legal_representative": F(rep), "address": F(addr),
              "license_items": F(items), "valid_from": F(vf.isoformat()), "valid_to": F(vt.isoformat())}
    return pg, fields, {"variant": f"{tmpl}-{short}", "faces": [lab_face, val_face]}


# ---------------------------------------------------------------- 食品经营许可证
FOOD_FORMS = ["餐饮服务经营者（小型餐馆）", "食品销售经营者（便利店）", "餐饮服务经营者（饮品店）", "单位食堂（学校食堂）",
              "食品销售经营者（超市）", "餐饮服务经营者（中型餐馆）", "餐饮服务经营者（糕点店）"]
FOOD_ITEMS = ["预包装食品（含冷藏冷冻食品）销售", "散装食品（不含冷藏冷冻食品）销售", "热食类食品制售", "冷食类食品制售",
              "自制饮品制售", "糕点类食品（含裱花类）制售", "特殊食品销售（保健食品）", "生食类食品制售（限寿司）",
              "散装食品（含冷藏冷冻食品、熟食）销售"]
OLD_FOOD_FORMS = ["餐饮服务", "食品销售经营者", "单位食堂", "餐饮服务经营者"]


def food_license(rng: random.Random) -> tuple[Page, dict, dict]:
    place = rng.choice(V.PLACES)
    form = rng.choice(["new", "new", "old_zheng", "old_fu"])
    no = f"JY{rng.choice('123')}{place[3]}{rng.randint(0, 10 ** 7 - 1):07d}"
    shop = rng.choice(V.BRANDS)
    name = rng.choice([f"{place[2]}{shop}{rng.choice(['餐饮店', '便利店', '饮品店', '面馆', '烘焙坊'])}",
                       f"{(place[1] or place[0]).removesuffix('市')}{shop}餐饮管理有限公司",
                       f"{(place[1] or place[0]).removesuffix('市')}{shop}餐饮管理有限公司{place[2]}分店"])
    code = V.uscc(place[3], rng, "92" if "店" in name[-3:] or name.endswith("坊") or name.endswith("馆") else "91")
    rep = V.person(rng)
    addr = V.street_address(rng, place, full=rng.random() < 0.6)
    prem = addr if rng.random() < 0.5 else V.street_address(rng, place, full=rng.random() < 0.6)
    bf = rng.choice(FOOD_FORMS) if form == "new" else rng.choice(OLD_FOOD_FORMS)
    items = "，".join(rng.sample(FOOD_ITEMS, rng.randint(1, 4)))
    issued = V.rand_date(rng, dt.date(2016, 1, 1) if form != "new" else dt.date(2023, 12, 1), dt.date(2026, 10, 1))
    vt = V.add_years(issued, 5) - dt.timedelta(days=1)
    auth = V.amr(place)
    land = form == "old_zheng"
    W, H = (2300, 1620) if land else (1560, 2200)
    pg = Page(W, H, bg=(251, 250, 244))
    pg.guilloche(36, 36, W - 36, H - 36, 54, (40, 130, 90) if form == "new" else (60, 100, 160), rng, alpha=110)
    pg.emblem(W / 2, 230, 80)
    lab_face, val_face = rng.choice(LABEL_FACES), rng.choice(VALUE_FACES)
    title = "食品经营许可证"
    tface = rng.choice(["serif_black", "sans_black"])
    tw = pg.width(title, tface, 100, spacing=20)
    pg.text(W / 2 - tw / 2, 440, title, tface, 100, INK, spacing=20)
    if form == "old_fu":
        pg.text(W / 2 - 60, 510, "（副本）", lab_face, 40)
    ls, vs = 34, rng.choice([32, 34, 36])
    lw = ls * 8.6
    rows = [("name", "经营者名称", name),
            ("credit_code", "统一社会信用代码（身份证号码）" if form == "new" else "社会信用代码（身份证号码）", code),
            ("legal_representative", "法定代表人（负责人）", rep), ("address", "住所", addr),
            ("premises_address", "经营场所", prem), ("business_form", "主体业态", bf), ("business_items", "经营项目", items)]
    right = [("license_no", "许可证编号", no)]
    if form == "new":
        right += [("supervisor", "日常监督管理机构", f"{place[2]}市场监督管理局{rng.choice(['城关', '东城', '中心', '新城'])}市场监督管理所"),
                  ("phone", "投诉举报电话", "12315")]
    right.append(("valid_to_txt", "有效期至", V.cn_date(vt)))
    if land:
        cols = [(150, 640, W / 2 - 150 - lw - 60, rows), (W / 2 + 80, 640, W / 2 - 230 - lw + 60, right)]
    else:
        cols = [(150, 640, W - 300 - lw, rows + right)]
    for x, y, cw, rr in cols:
        for key, lab, val in rr:
            fsz = ls if pg.width(lab, lab_face, ls) <= lw else ls * lw / pg.width(lab, lab_face, ls)
            pg.text(x, y, lab, lab_face, fsz)
            size = _fit_rows(pg, val, val_face, vs, cw, 4) if key == "business_items" else vs
            last = pg.value(key, x + lw + 20, y, val, val_face, size, cw, size * 1.4)
            y = last + vs * 2.3
    pg.drawn["valid_to"] = [vt.isoformat()]
    ax, ay = (W - 720, H - 300) if land else (W - 720, H - 330)
    pg.text(ax, ay, "发证机关：", lab_face, ls)
    pg.text(ax, ay + 160, f"签发人：{V.person(rng)}", val_face, vs * 0.9)
    pg.text(ax + 40, ay + 90, f"{issued.year}年{issued.month:02d}月{issued.day:02d}日", val_face, vs)
    pg.seal(ax + 300, ay + 20, 140, auth, rng)
    if form == "new":
        pg.qr(150, H - 360, 200, rng)
    fields = {"license_no": F(no), "name": F(name), "credit_code": F(code), "legal_representative": F(rep),
              "address": F(addr), "premises_address": F(prem), "business_form": F(bf), "business_items": F(items),
              "valid_to": F(vt.isoformat())}
    return pg, fields, {"variant": form, "faces": [lab_face, val_face]}


# ---------------------------------------------------------------- negatives
OTHER_KINDS = ["application_form", "invoice", "lease", "authorization", "letterhead", "blank", "desk",
               "food_production", "tobacco", "bank_account_permit", "notice", "org_code", "drug"]


def other(rng: random.Random) -> tuple[Page, dict, dict]:
    sub = rng.choice(OTHER_KINDS)
    place = rng.choice(V.PLACES)
    W, H = 1560, 2200
    if sub in ("food_production", "tobacco", "org_code", "drug"):
        W, H = 2300, 1620
    pg = Page(W, H, bg=(252, 252, 250) if sub != "desk" else (120, 92, 64))
    lab_face, val_face = rng.choice(LABEL_FACES), rng.choice(VALUE_FACES)
    company = f"{(place[1] or place[0]).removesuffix('市')}{rng.choice(V.BRANDS)}{rng.choice(V.TRADES)[0]}有限公司"
    person = V.person(rng)
    addr = V.biz_address(rng, place)

    def title(t: str, y: float = 260, size: float = 80) -> None:
        tw = pg.width(t, lab_face, size, spacing=10)
        pg.text(W / 2 - tw / 2, y, t, lab_face, size, spacing=10)

    if sub == "application_form":
        title(rng.choice(["公司设立登记申请书", "个体工商户开业登记申请书", "公共场所卫生许可申请表"]), size=62)
        y = 420
        for lab in ["名称", "住所", "法定代表人", "注册资本", "类型", "经营范围", "联系电话"]:
            pg.rect(150, y - 60, W - 150, y + 40, (40, 40, 40), stroke=2)
            pg.text(170, y, lab, lab_face, 34)
            if rng.random() < 0.6:
                pg.handwriting(520, y, {"名称": company, "住所": addr[:18], "法定代表人": person}.get(lab, "见附页"), 40, rng)
            y += 100
    elif sub == "invoice":
        pg = Page(2000, 1200, bg=(250, 252, 248))
        W, H = 2000, 1200
        pg.text(700, 120, "电子发票（增值税专用发票）", lab_face, 52, (150, 80, 40))
        for i, (lab, val) in enumerate([("名称：", company), ("统一社会信用代码/纳税人识别号：", V.uscc(place[3], rng))]):
            pg.text(100, 260 + i * 60, lab, lab_face, 30, (150, 80, 40))
            pg.text(100 + pg.width(lab, lab_face, 30), 260 + i * 60, val, val_face, 30)
        for i in range(5):
            pg.line(80, 420 + i * 110, W - 80, 420 + i * 110, (150, 80, 40), 2)
        pg.text(120, 500, f"*现代服务*服务费    1    {rng.randint(100, 9999)}.00    6%", val_face, 30)
        pg.text(120, 860, f"价税合计（大写）  {V.capital_words(rng.randint(1, 9)).replace('万元整', '仟元整')}", val_face, 30)
        pg.seal(W - 300, 1000, 100, company, rng, bottom="发票专用章")
    elif sub == "lease":
        title("房屋租赁合同")
        txt = (f"出租方（甲方）：{person}  承租方（乙方）：{company}  甲方将位于{addr}的房屋出租给乙方作为经营场所使用，"
               f"租赁期限自{V.cn_date(V.rand_date(rng, dt.date(2022, 1, 1), dt.date(2026, 1, 1)))}起共三年，月租金人民币{rng.randint(3, 90)}000元。"
               "乙方不得擅自改变房屋用途。租赁期间发生争议，双方协商解决。")
        y = 420
        for r in pg.wrap(txt * 2, val_face, 34, W - 300):
            pg.text(150, y, r, val_face, 34)
            y += 56
    elif sub == "authorization":
        title("授权委托书")
        txt = (f"委托人：{company}  法定代表人：{person}  受托人：{V.person(rng)}  身份证号码：{V.id_number(place[3], dt.date(1990, 5, 17), True, rng)}"
               f"  兹委托受托人代表我单位办理营业执照变更登记相关事宜，受托人在办理过程中所签署的文件我单位均予以承认。委托期限：自签字之日起至事项办结止。")
        y = 420
        for r in pg.wrap(txt, val_face, 36, W - 300):
            pg.text(150, y, r, val_face, 36)
            y += 60
        pg.handwriting(W - 600, y + 200, person, 54, rng)
        pg.seal(W - 420, y + 150, 150, company, rng)
    elif sub == "letterhead":
        pg.text(150, 180, company, lab_face, 54, (170, 20, 30))
        pg.line(150, 220, W - 150, 220, (170, 20, 30), 5)
        title("关于办理公共场所卫生许可延续的说明", 380, 46)
        txt = f"{place[2]}卫生健康局：我单位住所位于{addr}，法定代表人{person}。因经营需要，现申请办理卫生许可证延续，特此说明。"
        y = 500
        for r in pg.wrap(txt, val_face, 36, W - 300):
            pg.text(150, y, r, val_face, 36)
            y += 62
        pg.seal(W - 450, y + 250, 160, company, rng)
    elif sub == "blank":
        pg.fine_pattern(0, 0, W, H, (200, 200, 200), rng, alpha=10, step=40)
    elif sub == "desk":
        pg.fine_pattern(0, 0, W, H, (90, 60, 40), rng, alpha=60, step=6)
        pg.rect(300, 500, 900, 1300, (235, 235, 230))
        pg.rect(1000, 1500, 1400, 1700, (30, 30, 30))
    elif sub in ("food_production", "tobacco", "org_code", "drug"):
        pg.guilloche(30, 30, W - 30, H - 30, 60, (60, 110, 170), rng)
        t = {"food_production": "食品生产许可证", "tobacco": "烟草专卖零售许可证", "org_code": "中华人民共和国组织机构代码证",
             "drug": "药品经营许可证"}[sub]
        title(t, 330, 84)
        rows = {"food_production": [("生产者名称", company), ("社会信用代码", V.uscc(place[3], rng)), ("法定代表人（负责人）", person),
                                    ("住所", addr), ("生产地址", addr), ("食品类别", "糕点；饮料"),
                                    ("许可证编号", f"SC{rng.randint(10 ** 13, 10 ** 14 - 1)}"), ("有效期至", V.cn_date(dt.date(2029, 3, 1)))],
                "tobacco": [("企业名称", company), ("负责人", person), ("经营场所", addr), ("许可范围", "卷烟、雪茄烟零售"),
                            ("许可证号", f"{place[3]}{rng.randint(10 ** 5, 10 ** 6 - 1)}"), ("有效期限", "自2024年1月1日至2028年12月31日")],
                "drug": [("企业名称", company.replace(company[-4:], "大药房有限公司")), ("统一社会信用代码", V.uscc(place[3], rng)),
                         ("法定代表人", person), ("企业负责人", V.person(rng)), ("注册地址", addr), ("经营方式", "零售（连锁）"),
                         ("经营范围", "处方药、甲类非处方药、乙类非处方药：中成药、化学药、生物制品"),
                         ("证号", f"{V.PROV_SHORT.get(place[0], '粤')}DA{rng.randint(10 ** 7, 10 ** 8 - 1)}"),
                         ("有效期至", V.cn_date(dt.date(2029, rng.randint(1, 12), rng.randint(1, 28))))],
                "org_code": [("机构名称", company), ("机构类型", "企业法人"), ("法定代表人", person), ("地址", addr),
                             ("代码", f"{rng.randint(10 ** 7, 10 ** 8 - 1)}-{rng.randint(0, 9)}"), ("有效期", "自2012年3月1日至2016年2月28日")]}[sub]
        y = 560
        for lab, val in rows:
            pg.text(200, y, lab, lab_face, 36)
            pg.text(640, y, val, val_face, 36)
            y += 100
        pg.seal(W - 500, H - 350, 150, V.amr(place), rng)
    elif sub == "bank_account_permit":
        pg.guilloche(30, 30, W - 30, H - 30, 50, (200, 100, 60), rng)
        title("开户许可证", 300, 90)
        y = 520
        for lab, val in [("核准号", f"J{rng.randint(10 ** 12, 10 ** 13 - 1)}"), ("编号", str(rng.randint(10 ** 12, 10 ** 13 - 1))),
                         ("法定代表人（单位负责人）", person), ("开户银行", f"中国建设银行股份有限公司{place[2]}支行"),
                         ("账号", str(rng.randint(10 ** 19, 10 ** 20 - 1)))]:
            pg.text(160, y, f"{lab}：{val}", val_face, 34)
            y += 90
        pg.text(160, 420, f"经审核，{company}符合开户条件，准予开立基本存款账户。", val_face, 34)
        pg.seal(W - 450, H - 400, 150, "中国人民银行" + place[2] + "支行", rng)
    elif sub == "notice":
        title(rng.choice(["一次性告知书", "受理通知书"]), 260, 70)
        txt = (f"{company}：你单位于{V.cn_date(dt.date(2026, rng.randint(1, 10), rng.randint(1, 28)))}提交的公共场所卫生许可（新办）申请，"
               f"经审查，申请材料不齐全，请补正以下材料：1.营业执照复印件；2.法定代表人{person}身份证明；3.卫生检测报告。经营地址：{addr}。")
        y = 420
        for r in pg.wrap(txt, val_face, 36, W - 300):
            pg.text(150, y, r, val_face, 36)
            y += 62
        pg.seal(W - 450, y + 220, 150, f"{place[2]}政务服务中心", rng)
    return pg, {}, {"variant": sub, "faces": [val_face]}


MAKERS = {"id_card_front": id_front, "id_card_back": id_back, "business_license": business_license,
          "public_health_license": health_license, "food_business_license": food_license, "other": other}
_ = RED
