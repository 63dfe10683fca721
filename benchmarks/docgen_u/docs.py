"""Family U's documents, each drawn on a pygame Surface: second-generation ID card fronts and backs,
the national 2019 营业执照 (正本 landscape, 副本 portrait; companies, 分公司, 合伙, 个体工商户), 公共场所卫生许可证
(local variants), 食品经营许可证 (2015 and 2023 templates) and negatives. Each returns the surface, the
truth values, and the rectangles the values were drawn in (so a capture that covers or cuts a value can
say so)."""

from __future__ import annotations

import datetime as dt
import math

import numpy as np
import pygame
import pygame.gfxdraw

from benchmarks.docgen_u import values as V
from benchmarks.docgen_u.render import Pen, guilloche, qr_block, seal

SONGS = ["song_gb", "song_noto", "song_babel", "song_uming"]
HEIS = ["hei_wqy", "hei_noto", "hei_zen"]
KAIS = ["kai_gb", "kai_lxgw"]
INK = (25, 25, 28)


class Doc:
    """A page being drawn: the surface, the values, their rectangles, faces used."""

    def __init__(self, w: int, h: int, bg=(252, 251, 247)):
        self.s = pygame.Surface((w, h))
        self.s.fill(bg)
        self.fields: dict[str, str] = {}
        self.boxes: dict[str, list[pygame.Rect]] = {}
        self.faces: set[str] = set()

    def pen(self, key, size, engine="ft", **kw) -> Pen:
        self.faces.add(key)
        return Pen(key, size, engine, **kw)

    def put(self, key: str, value: str, rects) -> None:
        self.fields[key] = value
        self.boxes.setdefault(key, []).extend([r for r in (rects if isinstance(rects, list) else [rects]) if r is not None])


def ymd(d: dt.date, pad: bool = True) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日" if pad else f"{d.year}年{d.month}月{d.day}日"


def style(rng):
    eng = "ttf" if rng.random() < 0.5 else "ft"
    return {"engine": eng, "aa": rng.random() < 0.9, "label": V.pick(rng, SONGS + ["hei_noto", "kai_gb"]), "value": V.pick(rng, SONGS + HEIS)}


def emblem(s, cx, cy, r, color=(200, 30, 30)):
    """A simplified national emblem: ring, five stars and a gate silhouette (not the real artwork)."""
    pygame.draw.circle(s, (225, 170, 40), (cx, cy), r)
    pygame.draw.circle(s, color, (cx, cy), int(r * 0.8))
    for k, (dx, dy, rr) in enumerate([(0, -0.35, 0.22), (-0.32, -0.5, 0.08), (-0.16, -0.62, 0.08), (0.16, -0.62, 0.08), (0.32, -0.5, 0.08)]):
        pts = []
        for i in range(10):
            a = math.radians(-90 + 36 * i + k * 7)
            q = rr * r * (1 if i % 2 == 0 else 0.4)
            pts.append((cx + dx * r + q * math.cos(a), cy + dy * r + q * math.sin(a)))
        pygame.draw.polygon(s, (240, 200, 60), pts)
    pygame.draw.rect(s, (240, 200, 60), (cx - r * 0.45, cy + r * 0.05, r * 0.9, r * 0.35))


# ---------------------------------------------------------------- ID cards
def id_front(rng) -> Doc:
    W, H = 1012, 638
    d = Doc(W, H, (238, 242, 240))
    for k in range(0, W, 6):  # pale anti-counterfeit pattern
        y = H / 2 + 120 * math.sin(k / 90 + rng.random() * 0.05)
        pygame.gfxdraw.pixel(d.s, k, int(y), (205, 218, 226))
    for r in range(60, 500, 14):
        pygame.gfxdraw.arc(d.s, W // 2, H + 120, r, 200, 340, (214, 226, 232))
    male = rng.random() < 0.5
    birth = V.date_between(rng, dt.date(1945, 1, 1), dt.date(2012, 12, 31))
    addr, code = V.address(rng)
    name = V.person_name(rng)
    nation = V.pick(rng, V.NATIONS)
    idn = V.id_number(code, birth, male, rng)
    lab = d.pen(V.pick(rng, ["hei_noto", "hei_wqy", "hei_zen"]), 26, V.pick(rng, ["ttf", "ft"]), color=(40, 110, 170))
    valk = V.pick(rng, ["hei_noto", "hei_wqy", "song_noto", "hei_zen"])
    val = d.pen(valk, 32, V.pick(rng, ["ttf", "ft"]), color=INK)
    x0, xv = 70, 170
    lab.spaced(d.s, "姓名", x0, 72, 60)
    d.put("name", name, val.draw(d.s, name, xv, 68))
    lab.spaced(d.s, "性别", x0, 142, 60)
    d.put("sex", "男" if male else "女", val.draw(d.s, "男" if male else "女", xv, 138))
    lab.spaced(d.s, "民族", 300, 142, 60)
    d.put("nation", nation, val.draw(d.s, nation, 390, 138))
    lab.spaced(d.s, "出生", x0, 212, 60)
    rs = [val.draw(d.s, str(birth.year), xv, 208), val.draw(d.s, str(birth.month), xv + 130, 208), val.draw(d.s, str(birth.day), xv + 215, 208)]
    lab.draw(d.s, "年", xv + 90, 212)
    lab.draw(d.s, "月", xv + 175, 212)
    lab.draw(d.s, "日", xv + 262, 212)
    d.put("birth_date", birth.isoformat(), rs)
    lab.spaced(d.s, "住址", x0, 282, 60)
    rects, _ = val.para(d.s, addr, xv, 278, 11.2 * 32, 44)
    d.put("address", addr, rects)
    lab.draw(d.s, "公民身份号码", x0, 520)
    num = d.pen(V.pick(rng, ["mono_dejavu", "mono_nimbus"]), 38, V.pick(rng, ["ttf", "ft"]), color=INK)
    xs, rs = 330, []
    for ch in idn:  # fixed-pitch, letter-spaced like the card's OCR-B digits
        rs.append(num.draw(d.s, ch, xs, 512))
        xs += 30
    d.put("id_number", idn, rs)
    # photo: a grey head-and-shoulders silhouette
    px, py = 700, 70
    pygame.draw.rect(d.s, (228, 232, 236), (px, py, 250, 310))
    tone = int(rng.integers(70, 140))
    pygame.draw.ellipse(d.s, (tone, tone - 10, tone - 20), (px + 70, py + 55, 110, 140))
    pygame.draw.ellipse(d.s, (tone - 40, tone - 45, tone - 50), (px + 20, py + 200, 210, 200))
    pygame.draw.ellipse(d.s, (30, 30, 35), (px + 62, py + 40, 126, 70))
    d.s.set_clip(None)
    pygame.draw.rect(d.s, (238, 242, 240), (px - 5, py + 310, 270, 100))
    d.variant = "front"
    d.birth = birth
    return d


def id_back(rng) -> Doc:
    W, H = 1012, 638
    d = Doc(W, H, (240, 240, 232))
    for r in range(40, 700, 10):
        pygame.gfxdraw.arc(d.s, -100, H // 2, r, -70, 70, (226, 222, 210))
    emblem(d.s, 150, 150, 80)
    t1 = d.pen(V.pick(rng, ["hei_noto_bold", "song_noto_bold", "hei_zen"]), 44, "ft", color=INK)
    t1.spaced(d.s, "中华人民共和国", 300, 90, 560)
    t2 = d.pen(V.pick(rng, ["hei_noto_bold", "song_noto_bold", "hei_zen"]), 76, "ft", color=INK)
    t2.spaced(d.s, "居民身份证", 300, 170, 560)
    p = V.place(rng)
    prov, _, city, dist, _, _ = p
    birth = V.date_between(rng, dt.date(1945, 1, 1), dt.date(2012, 12, 31))
    issue = V.date_between(rng, max(birth + dt.timedelta(days=365 * 5), dt.date(2006, 1, 1)), V.TODAY)
    age = (issue - birth).days / 365.25
    years = 5 if age < 16 else 10 if age < 26 else 20 if age < 46 else 0
    to = "长期" if years == 0 else V.add_years(issue, years).isoformat()
    if city:
        auth = f"{city}公安局{dist}分局" if rng.random() < 0.8 else f"{city[:-1]}市公安局"
    else:
        auth = f"{prov[:-1]}市公安局{dist}分局"
    if rng.random() < 0.2:
        auth = auth.replace(auth[: auth.index("公安局")], dist if "区" in dist else auth[: auth.index("公安局")], 1)
    lab = d.pen(V.pick(rng, ["hei_noto", "hei_wqy"]), 26, V.pick(rng, ["ttf", "ft"]), color=(40, 40, 40))
    val = d.pen(V.pick(rng, ["hei_noto", "hei_wqy", "song_noto"]), 30, V.pick(rng, ["ttf", "ft"]), color=INK)
    lab.spaced(d.s, "签发机关", 230, 455, 120)
    d.put("issuing_authority", auth, val.draw(d.s, auth, 390, 451))
    lab.spaced(d.s, "有效期限", 230, 530, 120)
    txt = f"{issue:%Y.%m.%d}-" + ("长期" if years == 0 else f"{V.add_years(issue, years):%Y.%m.%d}")
    r = val.draw(d.s, txt, 390, 526)
    d.put("valid_from", issue.isoformat(), r)
    d.put("valid_to", to, r)
    d.variant = "back"
    return d


# ---------------------------------------------------------------- 营业执照
def company(rng):
    """(kind of subject, name, entity type, legal-rep label, rep, address label, capital or '', period end or '')"""
    p = V.place(rng)
    ind = V.pick(rng, V.INDUSTRY)
    city = (p[2] or p[0])[:-1]
    zh = V.pick(rng, V.ZIHAO)
    r = rng.random()
    addr, code = V.address(rng, p, rural=rng.random() < 0.1)
    if r < 0.55:
        name = V.pick(rng, [f"{city}{zh}{ind[0]}有限公司", f"{zh}（{city}）{ind[0]}有限公司", f"{city}{zh}{ind[0]}股份有限公司"])
        etype = ("股份有限公司（非上市、自然人投资或控股）" if "股份" in name else
                 V.pick(rng, ["有限责任公司（自然人独资）", "有限责任公司（自然人投资或控股）", "其他有限责任公司", "有限责任公司（非自然人投资或控股的法人独资）"]))
        sub, replab, addlab, cap = "co", "法定代表人", "住所", V.capital(rng)
        pref = "91"
    elif r < 0.68:
        name = f"{city}{zh}{ind[0]}有限公司{p[3]}分公司"
        etype = V.pick(rng, ["有限责任公司分公司（自然人投资或控股）", "有限责任公司分公司（自然人独资）", "其他有限责任公司分公司"])
        sub, replab, addlab, cap, pref = "branch", "负责人", "营业场所", "", "91"
    elif r < 0.78:
        name = f"{city}{zh}{ind[0]}合伙企业（有限合伙）" if rng.random() < 0.6 else f"{city}{zh}{V.pick(rng, ['会计师事务所', '企业管理咨询中心'])}（普通合伙）"
        etype = "有限合伙企业" if "有限合伙" in name else "普通合伙企业"
        sub, replab, addlab, cap, pref = "partnership", "执行事务合伙人", "主要经营场所", "", "91"
    else:
        shop = V.pick(rng, ["小吃店", "便利店", "理发店", "五金店", "水果店", "服装店", "维修部", "餐馆", "烟酒商行"])
        name = V.pick(rng, [f"{p[3]}{zh}{shop}", f"{city}市{p[3]}{zh}{shop}", ""]) if rng.random() < 0.85 else ""
        etype, sub, replab, addlab, cap, pref = "个体工商户", "individual", "经营者", "经营场所", "", "92"
    est = V.date_between(rng, dt.date(2008, 1, 1), V.TODAY)
    if sub == "individual":
        to = ""
    elif rng.random() < 0.55:
        to = "长期"
    else:
        to = (V.add_years(est, int(V.pick(rng, [10, 20, 30, 50]))) - dt.timedelta(days=1)).isoformat()
    rep = V.person_name(rng)
    scope = V.business_scope(rng, ind) if est.year >= 2021 or rng.random() < 0.5 else V.old_scope(rng, ind)
    if sub == "individual" and rng.random() < 0.5:
        scope = V.pick(rng, ["小吃服务", "日用百货零售", "理发服务", "家电维修", "水果零售", "服装零售"]) + ("。（依法须经批准的项目，经相关部门批准后方可开展经营活动）" if rng.random() < 0.5 else "")
    return dict(sub=sub, name=name, etype=etype, replab=replab, rep=rep, addlab=addlab, addr=addr, cap=cap,
                est=est, to=to, scope=scope, uscc=V.uscc(rng, pref, code), p=p)


def business_license(rng) -> Doc:
    c = company(rng)
    landscape = rng.random() < 0.5
    W, H = (1754, 1240) if landscape else (1240, 1754)
    d = Doc(W, H, (250, 249, 244))
    st = style(rng)
    g = rng.random()
    gcol = (196, 168, 120) if g < 0.5 else (170, 190, 206) if g < 0.8 else (215, 170, 160)
    guilloche(d.s, pygame.Rect(30, 30, W - 60, H - 60), gcol, rng, band=40)
    emblem(d.s, W // 2, 150, 62)
    tf = d.pen(V.pick(rng, ["song_noto_bold", "song_gb", "hei_noto_bold"]), 96 if landscape else 84, "ft", color=(30, 30, 30))
    tw = 520 if landscape else 460
    tf.spaced(d.s, "营业执照", W // 2 - tw // 2, 230, tw)
    if not landscape:
        d.pen("song_noto", 40, "ft").draw(d.s, "（副  本）", W // 2 - 95, 350)
    ls = 26 if landscape else 28
    lab = d.pen(st["label"], ls, st["engine"], aa=st["aa"], bold=rng.random() < 0.3)
    val = d.pen(st["value"], ls, st["engine"], aa=st["aa"])
    small = d.pen(st["label"], 22, st["engine"])
    small.draw(d.s, "统一社会信用代码", 110, 260 if landscape else 280)
    code_pen = d.pen(V.pick(rng, ["song_noto", "hei_noto", "mono_dejavu", "sans_dejavu"]), 30, st["engine"])
    d.put("credit_code", c["uscc"], code_pen.draw(d.s, c["uscc"], 110, 295 if landscape else 315))
    qs = 170
    qx, qy = (W - 320, 200) if landscape else (W - 300, 230)
    qr_block(d.s, qx, qy, qs, rng)
    cap = d.pen(V.pick(rng, HEIS), 15, "ttf")
    for i, row in enumerate(["扫描市场主体身份码", "了解更多登记、备案、", "许可、监管信息"]):
        cap.draw(d.s, row, qx - 10, qy + qs + 12 + i * 20)
    labw = 4 * ls + 18
    individual = c["sub"] == "individual"
    rows = [("名称", "name", c["name"]), ("类型", "entity_type", c["etype"]), (c["replab"], "legal_representative", c["rep"])]
    if individual:
        rows.append(("组成形式", None, V.pick(rng, ["个人经营", "家庭经营"])))
    if c["cap"]:
        rows.append(("出资额" if c["sub"] == "partnership" else "注册资本", "registered_capital", c["cap"]))
    rows.append(("注册日期" if individual else "成立日期", "established_date", ymd(c["est"])))
    if not individual:
        per = "合伙期限" if c["sub"] == "partnership" else "营业期限"
        end = "长期" if c["to"] == "长期" else ymd(dt.date.fromisoformat(c["to"]))
        rows.append((per, "valid_to", f"{ymd(c['est'])} 至 {end}"))
    rows.append((c["addlab"], "address", c["addr"]))
    rows.append(("经营范围", "business_scope", c["scope"]))
    truth = {"name": c["name"], "entity_type": c["etype"], "legal_representative": c["rep"],
             "registered_capital": c["cap"], "established_date": c["est"].isoformat(), "address": c["addr"],
             "business_scope": c["scope"], "valid_to": c["to"]}
    lead = int(ls * 1.45)
    if landscape:
        cols = [(150, 470, 840), (930, 470, W - 150)]
        left = [r for r in rows if r[1] in ("name", "entity_type", "legal_representative", None, "business_scope")]
        right = [r for r in rows if r not in left]
        plan = [(cols[0], left), (cols[1], right)]
    else:
        plan = [((150, 480, W - 140), rows)]
    for (x, y, xr), items in plan:
        for label, key, text in items:
            lw = max(labw, lab.width(label) + 6)  # 执行事务合伙人 runs wider than the column
            lab.spaced(d.s, label, x, y, lw)
            vx = x + lw + 30
            rects, y2 = val.para(d.s, text, vx, y, xr - vx, lead)
            if key:
                d.put(key, truth[key], rects)
            y = y2 + int(ls * 0.7)
    if not c["cap"]:
        d.fields["registered_capital"] = ""
        d.boxes.setdefault("registered_capital", [])
    if individual:
        d.fields["valid_to"] = ""
        d.boxes.setdefault("valid_to", [])
    # registrar and date, seal over the date
    issue = V.date_between(rng, c["est"], V.TODAY)
    bx, by = W - 560, H - 300
    lab.spaced(d.s, "登记机关", bx, by, labw)
    dist = c["p"][3]
    reg = f"{(c['p'][2] or c['p'][0])}{dist}市场监督管理局"
    seal(d.s, bx + 320, by + 40, 105, reg, "", V.pick(rng, ["song_gb", "song_noto", "hei_noto"]), alpha=int(rng.integers(140, 225)))
    val.draw(d.s, ymd(issue), bx + 130, by + 85)
    foot = d.pen(V.pick(rng, HEIS), 18, "ttf", color=(60, 60, 60))
    foot.draw(d.s, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", 110, H - 130)
    foot.draw(d.s, "市场主体应当于每年1月1日至6月30日通过国家企业信用信息公示系统报送公示年度报告。", 110, H - 100)
    foot.draw(d.s, "国家市场监督管理总局监制", W - 390, H - 100)
    d.variant = ("landscape-" if landscape else "portrait-") + c["sub"]
    return d


# ---------------------------------------------------------------- 公共场所卫生许可证
def health_license(rng) -> Doc:
    p = V.place(rng)
    prov, short, city, dist, code, _ = p
    year = int(rng.integers(2019, 2027))
    r = rng.random()
    br = V.pick(rng, ["〔〕", "（）", "[]"])
    if r < 0.5:
        no = f"{short}卫公字{br[0]}{year}{br[1]}第{code}{int(rng.integers(1, 999999)):06d}号"
    elif r < 0.8:
        no = f"{(city or prov)[:-1]}卫公证字{br[0]}{year}{br[1]}第{int(rng.integers(1, 9999)):04d}号"
    else:
        no = f"{dist}卫公{br[0]}{year}{br[1]}{int(rng.integers(1, 99999)):05d}号"
    item = V.pick(rng, [["住宿"], ["沐浴"], ["美容", "美发"], ["理发"], ["游泳"], ["住宿", "沐浴"], ["歌舞厅"], ["候车室"], ["健身房"], ["商场（店）"]])
    items = "、".join(item)
    trade = {"住宿": "宾馆", "沐浴": "浴室", "美容": "美容美发店", "美发": "美发店", "理发": "理发店", "游泳": "游泳馆", "歌舞厅": "娱乐有限公司", "候车室": "客运站", "健身房": "健身有限公司", "商场（店）": "商贸有限公司"}[item[0]]
    name = f"{(city or prov)[:-1]}{V.pick(rng, V.ZIHAO)}{trade}" + (f"{dist}店" if rng.random() < 0.3 else "")
    rep = V.person_name(rng)
    addr, _ = V.address(rng, p, rural=False)
    frm = dt.date(year, int(rng.integers(1, 13)), int(rng.integers(1, 29)))
    to = V.add_years(frm, 4) - dt.timedelta(days=1)
    landscape = rng.random() < 0.4
    W, H = (1754, 1240) if landscape else (1240, 1754)
    d = Doc(W, H, (253, 252, 248))
    st = style(rng)
    frame = V.pick(rng, [(190, 40, 40), (40, 90, 160), (170, 140, 70)])
    guilloche(d.s, pygame.Rect(36, 36, W - 72, H - 72), frame, rng, band=30)
    tf = d.pen(V.pick(rng, ["song_noto_bold", "hei_noto_bold", "kai_gb"]), 78, "ft", color=(185, 30, 30) if rng.random() < 0.6 else INK)
    tf.spaced(d.s, "卫生许可证", W // 2 - 260, 170, 520)
    d.pen(st["label"], 30, st["engine"]).draw(d.s, "公共场所", W // 2 - 60, 120)
    ls = 30
    lab = d.pen(st["label"], ls, st["engine"], aa=st["aa"])
    val = d.pen(st["value"], ls, st["engine"], aa=st["aa"])
    lab.draw(d.s, "编号：" if rng.random() < 0.5 else "许可证号：", W - 720 if landscape else 150, 310)
    d.put("license_no", no, val.draw(d.s, no, (W - 720 if landscape else 150) + (100 if landscape else 160), 310))
    grid = rng.random() < 0.5
    x, y, xr = 180, 400, W - 180
    labw = 5 * ls
    rows = [("单位名称", "name", name), ("法定代表人（负责人）" if rng.random() < 0.6 else "法定代表人", "legal_representative", rep),
            ("地址" if rng.random() < 0.5 else "经营场所地址", "address", addr), ("许可项目", "license_items", items)]
    for label, key, text in rows:
        if len(label) > 5:
            lab.draw(d.s, label, x, y)
            vx = x + lab.width(label) + 30
        else:
            lab.spaced(d.s, label, x, y, labw)
            vx = x + labw + 40
        rects, y2 = val.para(d.s, text, vx, y, xr - vx, 46)
        if grid:
            pygame.draw.line(d.s, (90, 90, 90), (x - 20, y2 + 6), (xr, y2 + 6), 2)
        d.put(key, text, rects)
        y = y2 + 30
    lab.spaced(d.s, "有效期限", x, y, labw)
    pad = rng.random() < 0.5
    r1 = val.draw(d.s, "自" + ymd(frm, pad), x + labw + 40, y)
    r2 = val.draw(d.s, "至" + ymd(to, pad), x + labw + 40 + val.width("自" + ymd(frm, pad)) + 20, y)
    d.put("valid_from", frm.isoformat(), r1)
    d.put("valid_to", to.isoformat(), r2)
    auth = f"{(city or prov)}{dist}卫生健康委员会" if rng.random() < 0.7 else f"{(city or prov)}{dist}卫生健康局"
    lab.draw(d.s, "发证机关：", W - 760, H - 330)
    seal(d.s, W - 400, H - 300, 110, auth, "", V.pick(rng, ["song_gb", "hei_noto"]), alpha=int(rng.integers(150, 225)))
    val.draw(d.s, ymd(frm, pad), W - 560, H - 230)
    d.variant = "health-" + ("grid" if grid else "plain") + ("-landscape" if landscape else "-portrait")
    return d


# ---------------------------------------------------------------- 食品经营许可证
FORMS = ["餐饮服务经营者（小型餐馆）", "餐饮服务经营者（中型餐馆）", "餐饮服务经营者（小吃店）", "餐饮服务经营者（饮品店）",
         "食品销售经营者（超市）", "食品销售经营者（便利店）", "食品销售经营者（网络食品销售商）", "单位食堂（学校食堂）", "单位食堂（职工食堂）"]
ITEMS = ["预包装食品（含冷藏冷冻食品）销售", "散装食品（不含冷藏冷冻食品）销售", "热食类食品制售", "冷食类食品制售",
         "生食类食品制售", "糕点类食品制售（不含裱花蛋糕）", "自制饮品制售（不含自酿酒）", "特殊食品销售（保健食品）", "婴幼儿配方乳粉销售"]


def food_license(rng) -> Doc:
    c = company(rng)
    if c["sub"] == "partnership":
        c["sub"] = "co"
    new = rng.random() < 0.45
    form = V.pick(rng, FORMS)
    items = "；".join(list(rng.permutation(ITEMS))[: int(rng.integers(1, 5))])
    code = c["uscc"][2:8]
    no = f"JY{int(rng.integers(1, 4))}{code}{int(rng.integers(0, 999999)):06d}{int(rng.integers(0, 10))}"
    prem = c["addr"] if rng.random() < 0.6 else V.address(rng, c["p"], rural=False)[0]
    issue = V.date_between(rng, dt.date(2019, 1, 1), V.TODAY)
    to = V.add_years(issue, 5) - dt.timedelta(days=1)
    landscape = rng.random() < 0.5
    W, H = (1754, 1240) if landscape else (1240, 1754)
    d = Doc(W, H, (252, 250, 246))
    st = style(rng)
    guilloche(d.s, pygame.Rect(32, 32, W - 64, H - 64), V.pick(rng, [(60, 130, 90), (70, 110, 170), (180, 140, 60)]), rng, band=34)
    emblem(d.s, W // 2, 140, 55)
    tf = d.pen(V.pick(rng, ["song_noto_bold", "hei_noto_bold", "song_gb"]), 80, "ft", color=INK)
    tf.spaced(d.s, "食品经营许可证", W // 2 - 380, 220, 760)
    if rng.random() < 0.5:
        d.pen("song_noto", 36, "ft").draw(d.s, "（副本）" if not landscape else "（正本）", W // 2 - 70, 325)
    ls = 27
    lab = d.pen(st["label"], ls, st["engine"], aa=st["aa"])
    val = d.pen(st["value"], ls, st["engine"], aa=st["aa"])
    codelab = "统一社会信用代码" if new else "社会信用代码（身份证号码）"
    rows = [("经营者名称", "name", c["name"] or f"{c['rep']}"), (codelab, "credit_code", c["uscc"]),
            ("法定代表人（负责人）", "legal_representative", c["rep"]), ("住所", "address", c["addr"]),
            ("经营场所", "premises_address", prem), ("主体业态", "business_form", form), ("经营项目", "business_items", items)]
    if new:
        rows.append(("许可证编号", "license_no", no))
        rows.append(("有效期至", "valid_to", ymd(to)))
    truth = {"name": rows[0][2], "credit_code": c["uscc"], "legal_representative": c["rep"], "address": c["addr"],
             "premises_address": prem, "business_form": form, "business_items": items, "license_no": no, "valid_to": to.isoformat()}
    if landscape:
        x, y, xr = 140, 420, W - 700
    else:
        x, y, xr = 140, 420, W - 130
    labw = max(lab.width(r[0]) for r in rows if len(r[0]) <= 6) + 10
    for label, key, text in rows:
        if len(label) > 6:
            lab.draw(d.s, label, x, y)
            vx = x + lab.width(label) + 20
        else:
            lab.spaced(d.s, label, x, y, labw)
            vx = x + labw + 30
        rects, y2 = val.para(d.s, text, vx, y, xr - vx, int(ls * 1.5))
        d.put(key, truth[key], rects)
        y = y2 + 22
    if not new:  # old template: the right-hand column
        if landscape:
            rx, ry = W - 640, 420
        else:
            rx, ry = 140, y + 40
        for label, key, text in [("许可证编号", "license_no", no), ("日常监督管理机构", None, f"{c['p'][3]}市场监督管理局"),
                                 ("日常监督管理人员", None, V.person_name(rng) + "、" + V.person_name(rng)),
                                 ("投诉举报电话", None, "12315"), ("有效期至", "valid_to", ymd(to))]:
            lab.draw(d.s, label + "：", rx, ry)
            r = val.draw(d.s, text, rx + lab.width(label + "：") + 6, ry)
            if key:
                d.put(key, truth[key], r)
            ry += int(ls * 1.9)
    else:
        qr_block(d.s, W - 330, 150, 160, rng)
    auth = f"{(c['p'][2] or c['p'][0])}{c['p'][3]}市场监督管理局"
    lab.draw(d.s, "发证机关：", W - 720, H - 300)
    seal(d.s, W - 380, H - 270, 105, auth, "", V.pick(rng, ["song_gb", "hei_noto", "song_noto"]), alpha=int(rng.integers(150, 225)))
    lab.draw(d.s, "签发人：" + V.person_name(rng), W - 720, H - 240)
    val.draw(d.s, ymd(issue), W - 520, H - 190)
    d.variant = ("food-2023" if new else "food-2015") + ("-landscape" if landscape else "-portrait")
    return d


# ---------------------------------------------------------------- negatives
def other(rng) -> Doc:
    kind = V.pick(rng, ["blank", "receipt", "letter", "certificate", "form", "blank"])
    if kind == "receipt":
        W, H = 620, 1500
    else:
        W, H = 1240, 1754
    d = Doc(W, H, (252, 252, 250))
    k = V.pick(rng, ["song_noto", "hei_wqy", "song_gb", "kai_lxgw"])
    pen = d.pen(k, 28, V.pick(rng, ["ttf", "ft"]))
    big = d.pen(V.pick(rng, ["hei_noto_bold", "song_noto_bold"]), 60, "ft")
    if kind == "blank":
        if rng.random() < 0.5:
            pen.draw(d.s, "第" + str(int(rng.integers(2, 9))) + "页", W // 2 - 30, H - 100)
    elif kind == "receipt":
        pen2 = d.pen(k, 24, "ttf")
        y = 60
        pen2.draw(d.s, f"{V.pick(rng, V.ZIHAO)}超市 购物小票", 120, y)
        y += 60
        tot = 0.0
        for _ in range(int(rng.integers(6, 18))):
            item = V.pick(rng, ["矿泉水", "方便面", "抽纸", "酸奶", "苹果", "大米5kg", "食用油", "牙膏", "洗衣液", "面包"])
            pr = float(rng.integers(150, 9000)) / 100
            tot += pr
            pen2.draw(d.s, item, 40, y)
            pen2.draw(d.s, f"{pr:.2f}", 470, y)
            y += 44
        pen2.draw(d.s, f"合计：{tot:.2f}", 40, y + 20)
        pen2.draw(d.s, f"收银员：{int(rng.integers(1, 99)):03d}  {V.TODAY:%Y-%m-%d}", 40, y + 70)
    elif kind == "letter":
        big.draw(d.s, "情况说明", W // 2 - 120, 140)
        name = f"{V.pick(rng, V.ZIHAO)}{V.pick(rng, V.INDUSTRY)[0]}有限公司"
        body = (f"　　我单位{name}因经营地址变更，原营业执照及食品经营许可证正在办理变更登记手续，"
                f"现将相关材料复印件一并提交，请予受理。我单位承诺所提交材料真实有效，如有虚假，愿承担相应法律责任。"
                f"　　特此说明。")
        pen.para(d.s, body, 140, 320, W - 280, 52)
        pen.draw(d.s, name + "（盖章）", W - 640, 1100)
        pen.draw(d.s, ymd(V.TODAY), W - 480, 1160)
    elif kind == "certificate":
        guilloche(d.s, pygame.Rect(40, 40, W - 80, H - 80), (190, 150, 60), rng)
        t = V.pick(rng, ["荣誉证书", "结业证书", "开户许可证", "消防安全检查合格证"])
        big.spaced(d.s, t, W // 2 - 240, 300, 480)
        pen.para(d.s, f"{V.person_name(rng)}同志在{V.TODAY.year - 1}年度工作中表现突出，成绩显著，特发此证，以资鼓励。", 180, 600, W - 360, 56)
        seal(d.s, W - 380, 1300, 110, f"{V.pick(rng, V.PLACES)[3]}人民政府办公室", "", "song_gb")
    else:
        big.draw(d.s, "企业登记申请表", W // 2 - 240, 140)
        y = 320
        for lb in ["企业名称", "住所", "联系电话", "法定代表人", "注册资本（万元）", "经营范围", "申请人签字"]:
            pen.draw(d.s, lb, 150, y)
            pygame.draw.line(d.s, INK, (450, y + 38), (W - 150, y + 38), 2)
            y += 110
    d.variant = "other-" + kind
    return d


def all_faces_used(d: Doc) -> list[str]:
    return sorted(d.faces)


def arr(d: Doc) -> np.ndarray:
    from benchmarks.docgen_u.render import to_array
    return to_array(d.s)
