"""Family T's documents, each drawn on the Tk canvas from its real template as remembered: second-
generation ID card front and back, the national 2019 营业执照 (正本 landscape, 副本 portrait; companies,
分公司, 合伙, 个人独资, 个体工商户), 公共场所卫生许可证 in local variants, 食品经营许可证 (2015 正本/副本 and
the 2023 template) and negatives. Each function draws the page, tags every value's items `v_<key>` (so
captures know where a value lies) and returns the truth plus the overlay (ink put on the page after
printing: seals, signatures, notes), which the generator draws on a second pass and multiplies in."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import numpy as np

from benchmarks.docgen_t import values as V
from benchmarks.docgen_t.render import KAI, MONO, SANS, SERIF, Painter

BLUE = "#27508f"
Doc = dict


def _faces(*fs: str) -> list[str]:
    return sorted(set(fs))


# ---------------------------------------------------------------- ID cards
def id_front(P: Painter, rng: np.random.Generator) -> Doc:
    s = float(rng.choice([10.0, 12.0, 14.0]))          # px per mm
    W, H = int(85.6 * s), int(54 * s)
    P.page(W, H, bg="#f3f1ea")
    P.guilloche(0, 0, W, H, rng, "#d9e3ec", n=18)
    P.c.create_oval(W * 0.25, H * 0.05, W * 0.65, H * 0.95, outline="#e6dcc8", width=2)
    male = rng.random() < 0.5
    nm = V.name(rng)
    nation = V.pick(rng, V.NATIONS)
    birth = V.date_between(rng, dt.date(1945, 1, 1), dt.date(2018, 12, 31))
    if rng.random() < 0.2:
        addr, area = V.rural_address(rng)
    else:
        p = V.place(rng)
        addr, area = V.urban_address(rng, p), p[3]
    idn = V.id_number(area, birth, male, rng)
    lab = V.pick(rng, SANS)
    val = V.pick(rng, SANS if rng.random() < 0.75 else SERIF)
    mono = V.pick(rng, MONO)
    lp, vp = int(3.0 * s / 1.0 * 0.95), int(3.4 * s)
    x0, xv = 6 * s, 15 * s
    P.text(x0, 6 * s, "姓名" if rng.random() < 0.5 else "姓 名", lab, lp, BLUE)
    P.text(xv, 5.6 * s, nm, val, int(4.0 * s), tags="v_name", weight="bold" if rng.random() < 0.3 else "normal")
    P.text(x0, 13 * s, "性别", lab, lp, BLUE)
    P.text(xv, 12.7 * s, "男" if male else "女", val, vp, tags="v_sex")
    P.text(26 * s, 13 * s, "民族", lab, lp, BLUE)
    P.text(34 * s, 12.7 * s, nation, val, vp, tags="v_nation")
    P.text(x0, 19.5 * s, "出生", lab, lp, BLUE)
    P.text(xv, 19.2 * s, f"{birth.year}", val, vp, tags="v_birth_date")
    P.text(26 * s, 19.2 * s, "年", lab, lp, BLUE)
    P.text(31 * s, 19.2 * s, f"{birth.month}", val, vp, tags="v_birth_date")
    P.text(35 * s, 19.2 * s, "月", lab, lp, BLUE)
    P.text(39 * s, 19.2 * s, f"{birth.day}", val, vp, tags="v_birth_date")
    P.text(43 * s, 19.2 * s, "日", lab, lp, BLUE)
    P.text(x0, 26 * s, "住址", lab, lp, BLUE)
    # Tk's own wrapping: a canvas text item with width= (breaks mid-run for unspaced Chinese)
    P.text(xv, 25.7 * s, addr, val, vp, tags="v_address", width=int(33 * s))
    P.text(x0, 44.5 * s, "公民身份号码", lab, lp, BLUE)
    P.text(28 * s, 43.6 * s, idn, mono, int(4.2 * s), tags="v_id_number", weight="bold" if mono == MONO[0] else "normal")
    # photo: a plain background and a head and shoulders
    px0, py0, px1, py1 = 53 * s, 7 * s, 80 * s, 40 * s
    bgc = V.pick(rng, ["#f4f4f4", "#dfe9f5", "#e9e4dc"])
    P.c.create_rectangle(px0, py0, px1, py1, fill=bgc, width=0)
    cx = (px0 + px1) / 2
    P.c.create_arc(cx - 11 * s, py1 - 10 * s, cx + 11 * s, py1 + 10 * s, start=0, extent=180, style="chord", fill=V.pick(rng, ["#303846", "#2b2b2b", "#4d5a6b"]), width=0)
    P.c.create_rectangle(cx - 2.5 * s, py0 + 17 * s, cx + 2.5 * s, py1 - 8 * s, fill="#d9b08c", width=0)
    P.c.create_oval(cx - 6 * s, py0 + 5 * s, cx + 6 * s, py0 + 21 * s, fill=V.pick(rng, ["#e8c6a6", "#d9b08c", "#f0d2b6"]), width=0)
    P.c.create_arc(cx - 6.5 * s, py0 + 3.5 * s, cx + 6.5 * s, py0 + 16 * s, start=0, extent=180, fill="#1d1a18", width=0)
    fields = {"name": nm, "sex": "男" if male else "女", "nation": nation, "birth_date": birth.isoformat(),
              "address": addr, "id_number": idn}
    return {"kind": "id_card_front", "fields": fields, "variant": f"idfront-{int(s)}ppmm",
            "faces": _faces(lab, val, mono), "overlay": [], "age": (V.TODAY - birth).days // 365, "birth": birth}


def id_back(P: Painter, rng: np.random.Generator) -> Doc:
    s = float(rng.choice([10.0, 12.0, 14.0]))
    W, H = int(85.6 * s), int(54 * s)
    P.page(W, H, bg="#f1efe6")
    P.guilloche(0, 0, W, H, rng, "#e4dac6", n=22)
    for k in range(5):                       # a stylised Great Wall band
        y = H * 0.62 + k * 2.2 * s
        xs = np.arange(0, W, 8.0)
        P.c.create_line(*np.column_stack([xs, y + 1.6 * s * np.sin(xs / (9 * s))]).ravel().tolist(), fill="#e0cfb2", width=2)
    ex, ey, er = 14 * s, 13 * s, 8.5 * s                 # the national emblem, simplified
    P.c.create_oval(ex - er, ey - er, ex + er, ey + er, fill="#cf2a27", outline="#e1b245", width=max(2, int(s / 4)))
    P.c.create_rectangle(ex - er * 0.5, ey - er * 0.1, ex + er * 0.5, ey + er * 0.45, fill="#e1b245", width=0)
    for k in range(5):
        a = np.radians(-90 + 72 * k)
        P.c.create_oval(ex + er * 0.55 * np.cos(a) - 3, ey - er * 0.35 + er * 0.2 * np.sin(a) - 3,
                        ex + er * 0.55 * np.cos(a) + 3, ey - er * 0.35 + er * 0.2 * np.sin(a) + 3, fill="#e1b245", width=0)
    tf = V.pick(rng, SANS + SERIF)
    P.text(30 * s, 8 * s, "中华人民共和国", tf, int(5.6 * s), "#222", weight="bold")
    P.spaced(30 * s, 20 * s, "居民身份证", 48 * s, tf, int(7.2 * s), "#222", weight="bold")
    # age at issue decides the term (GB: <16 five years, 16–25 ten, 26–45 twenty, over 45 long-term)
    age = int(rng.integers(3, 80))
    issue = V.date_between(rng, V.TODAY.replace(year=V.TODAY.year - 19), V.TODAY - dt.timedelta(days=20))
    years = 5 if age < 16 else 10 if age < 26 else 20 if age < 46 else 0
    while years and V.add_years(issue, years) < V.TODAY - dt.timedelta(days=200):
        issue = V.add_years(issue, 5)
    end = "长期" if not years else V.add_years(issue, years).isoformat()
    p = V.place(rng)
    if p[1]:
        auth = p[1] + "公安局" + p[2] + "分局" if rng.random() < 0.7 else p[1] + "公安局"
    else:
        auth = p[0].removesuffix("市") + "市公安局" + p[2] + "分局"
    if rng.random() < 0.2:
        c = V.pick(rng, V.COUNTIES)
        auth = c[2] + "公安局"
    lab = V.pick(rng, SANS)
    val = V.pick(rng, SANS + SERIF)
    lp, vp = int(3.0 * s), int(3.4 * s)
    P.text(14 * s, 38 * s, "签发机关", lab, lp, BLUE)
    P.text(30 * s, 37.7 * s, auth, val, vp, tags="v_issuing_authority")
    P.text(14 * s, 45 * s, "有效期限", lab, lp, BLUE)
    vt = f"{issue:%Y.%m.%d}-" + ("长期" if not years else f"{V.add_years(issue, years):%Y.%m.%d}")
    P.text(30 * s, 44.7 * s, vt[:10], val, vp, tags="v_valid_from")
    P.text(30 * s + P.font(val, vp).measure(vt[:10]), 44.7 * s, vt[10:], val, vp, tags="v_valid_to")
    return {"kind": "id_card_back", "fields": {"issuing_authority": auth, "valid_from": issue.isoformat(), "valid_to": end},
            "variant": "idback-" + ("long" if not years else f"{years}y"), "faces": _faces(tf, lab, val), "overlay": []}


# ---------------------------------------------------------------- business licence (2019 template)
ENTITY = [
    ("company", "有限责任公司（自然人独资）", "法定代表人", "住所"),
    ("company", "有限责任公司（自然人投资或控股）", "法定代表人", "住所"),
    ("company", "有限责任公司（非自然人投资或控股的法人独资）", "法定代表人", "住所"),
    ("company", "其他有限责任公司", "法定代表人", "住所"),
    ("company", "股份有限公司（非上市、自然人投资或控股）", "法定代表人", "住所"),
    ("company", "有限责任公司（港澳台法人独资）", "法定代表人", "住所"),
    ("branch", "有限责任公司分公司（自然人投资或控股）", "负责人", "营业场所"),
    ("branch", "其他有限责任公司分公司", "负责人", "营业场所"),
    ("partner", "有限合伙企业", "执行事务合伙人", "主要经营场所"),
    ("partner", "普通合伙企业", "执行事务合伙人", "主要经营场所"),
    ("sole", "个人独资企业", "投资人", "住所"),
    ("indiv", "个体工商户", "经营者", "经营场所"),
    ("indiv", "个体工商户", "经营者", "经营场所"),
]


def _entity(rng: np.random.Generator) -> dict:
    kind_, etype, rep_label, addr_label = ENTITY[int(rng.integers(len(ENTITY)))]
    p = V.place(rng)
    ind = int(rng.integers(len(V.INDUSTRY)))
    trade = V.pick(rng, V.TRADE)
    city = (p[1] or p[0]).removesuffix("市")
    iname = V.INDUSTRY[ind][0]
    rep = V.name(rng)
    if kind_ == "company":
        nm = V.pick(rng, [f"{city}{trade}{iname}有限公司", f"{p[4] if False else city}市{trade}{iname}有限公司",
                          f"{trade}（{city}）{iname}有限公司", f"{city}{trade}{iname}股份有限公司" if "股份" in etype else f"{trade}{iname}（{city}）有限公司"])
        if "股份" in etype and "股份" not in nm:
            nm = f"{city}{trade}{iname}股份有限公司"
    elif kind_ == "branch":
        nm = f"{city}{trade}{iname}有限公司{p[2]}分公司" if rng.random() < 0.5 else f"{trade}{iname}有限公司{city}{p[2]}分公司"
    elif kind_ == "partner":
        nm = f"{city}{trade}{V.pick(rng, ['企业管理咨询', '投资管理', '文化传播', '股权投资'])}合伙企业（{'有限合伙' if '有限' in etype else '普通合伙'}）"
        if rng.random() < 0.5:
            rep = f"{city}{V.pick(rng, V.TRADE)}投资管理有限公司（委派代表：{V.name(rng)}）" if rng.random() < 0.5 else rep
    elif kind_ == "sole":
        nm = f"{city}{p[2]}{trade}{V.pick(rng, ['商行', '食品店', '五金经营部', '信息咨询服务部'])}"
    else:
        nm = V.pick(rng, [f"{city}{p[2]}{trade}{V.pick(rng, ['便利店', '小吃店', '五金店', '服装店', '理发店', '副食店'])}",
                          f"{p[2]}{rep}{V.pick(rng, ['百货店', '餐饮店', '水果店'])}", ""])
    cap = V.capital(rng) if kind_ in ("company",) else (
        V.capital(rng).replace("人民币", "") if kind_ in ("partner", "sole") and rng.random() < 0.0 else "")
    est = V.date_between(rng, dt.date(1998, 1, 1), V.TODAY - dt.timedelta(days=30))
    if kind_ == "indiv":
        vto = ""
    elif rng.random() < 0.55:
        vto = "长期"
    else:
        vto = (V.add_years(est, int(V.pick(rng, [10, 20, 30, 50]))) - dt.timedelta(days=1)).isoformat()
    head = {"indiv": "92", "partner": "91", "sole": "91"}.get(kind_, "91")
    return {"class": kind_, "etype": etype, "rep_label": rep_label, "addr_label": addr_label, "name": nm,
            "uscc": V.uscc(rng, head, p[3]), "rep": rep, "cap": cap, "est": est, "vto": vto,
            "addr": V.urban_address(rng, p, business=True), "scope": V.scope(rng, ind), "place": p}


def business_license(P: Painter, rng: np.random.Generator) -> Doc:
    e = _entity(rng)
    orig = rng.random() < 0.45                 # 正本 landscape; else 副本 portrait
    dpmm = float(rng.choice([5.0, 5.9, 7.0]))
    W, H = (int(420 * dpmm * 0.82), int(297 * dpmm * 0.82)) if orig else (int(210 * dpmm * 1.05), int(297 * dpmm * 1.05))
    u = W / 1000.0
    P.page(W, H, bg=V.pick(rng, ["#fbf8ef", "#fffdf6", "#f8f4e8"]))
    P.guilloche(W * 0.02, H * 0.02, W * 0.98, H * 0.98, rng, V.pick(rng, ["#d7b88a", "#cdb27a", "#c9a06a"]), n=10,
                border=W * 0.035)
    P.c.create_rectangle(W * 0.06, H * 0.06 * (W / H if not orig else 1), W * 0.94, H - H * 0.05, outline="#c8a368", width=2)
    title_face = V.pick(rng, SERIF + SANS)
    lab = V.pick(rng, SERIF + SANS)
    val = V.pick(rng, SERIF + SANS + KAI[:2])
    faces = [title_face, lab, val]
    ex, ey = W / 2, H * (0.1 if orig else 0.085)
    P.c.create_oval(ex - 36 * u, ey - 36 * u, ex + 36 * u, ey + 36 * u, fill="#c9302c", outline="#d9a53c", width=3)
    P.text(W / 2, H * (0.2 if orig else 0.16), "营 业 执 照", title_face, int(75 * u if orig else 78 * u), "#1c1c1c",
           anchor="center", weight="bold")
    if not orig:
        P.text(W / 2, H * 0.2, "（副　本）", lab, int(30 * u), anchor="center")
        if rng.random() < 0.7:
            P.text(W * 0.72, H * 0.2, f"副本编号：{int(rng.integers(1, 4))}-{int(rng.integers(1, 3))}", lab, int(20 * u), anchor="w")
    lp = int((24 if orig else 33) * u)
    vp = lp
    top = H * (0.27 if orig else 0.24)
    P.text(W * 0.08, top - lp * 2.5, "统一社会信用代码", lab, lp)
    mono = V.pick(rng, MONO + SANS[:1])
    faces.append(mono)
    P.text(W * 0.08, top - lp * 1.2, e["uscc"], mono, int(lp * 1.05), tags="v_credit_code", weight="bold")
    qs = 120 * u if orig else 140 * u
    qx, qy = W * 0.92 - qs, H * (0.07 if orig else 0.04)
    P.qr(qx, qy + lp * 0.5, qs, rng)
    cap_txt = "扫描二维码登录“国家企业信用信息公示系统”了解更多登记、备案、许可、监管信息。"
    P.para(qx - qs * 0.35, qy + qs + lp * 0.9, cap_txt, lab, int(lp * 0.45), qs * 1.7, lead=1.25)
    if rng.random() < 0.6:
        P.text(W * 0.08, top - lp * 4, f"证照编号：{int(rng.integers(10**9, 10**10))}{int(rng.integers(10**9, 10**10))}", lab, int(lp * 0.6))
    cls = e["class"]
    rows: list[tuple[str, str, str]] = [("名称", e["name"], "name"), ("类型", e["etype"], "entity_type"),
                                        (e["rep_label"], e["rep"], "legal_representative")]
    if cls in ("company",):
        rows.append(("注册资本", e["cap"], "registered_capital"))
    elif cls in ("partner", "sole") and rng.random() < 0.0:
        pass
    if cls == "indiv":
        rows.append(("组成形式", V.pick(rng, ["个人经营", "家庭经营"]), ""))
        rows.append(("注册日期", V.fmt_date(e["est"]), "established_date"))
    else:
        rows.append(("成立日期", V.fmt_date(e["est"]), "established_date"))
        term_lab = "合伙期限" if cls == "partner" else "营业期限"
        vt = e["vto"]
        tt = (f"{V.fmt_date(e['est'])}至" + ("长期" if vt == "长期" else V.fmt_date(dt.date.fromisoformat(vt))))
        if vt == "长期" and rng.random() < 0.3:
            tt = "长期"
        rows.append((term_lab, tt, "valid_to"))
    rows.append((e["addr_label"], e["addr"], "address"))
    rows.append(("经营范围", e["scope"], "business_scope"))
    span = lp * (6.2 if any(len(r[0]) > 4 for r in rows) else 4.2)
    gap = lp * 1.6
    if orig:
        left = [r for r in rows if r[2] in ("name", "entity_type", "legal_representative", "business_scope", "")]
        right = [r for r in rows if r not in left]
        cols = [(W * 0.08, W * 0.52, left), (W * 0.54, W * 0.93, right)]
    else:
        cols = [(W * 0.1, W * 0.92, rows)]
    for x0, x1, rs in cols:
        y = top + lp * 1.2
        for label, value, key in rs:
            P.spaced(x0, y, label, span, lab, lp)
            vx = x0 + span + lp * 0.8
            tag = f"v_{key}" if key else ""
            if key == "valid_to" and "至" in value:
                a, b = value.split("至")
                P.text(vx, y, a + "至", val, vp)
                P.text(vx + P.font(val, vp).measure(a + "至"), y, b, val, vp, tags=tag)
                y += lp * 1.5 + gap * 0.3
                continue
            sp = vp
            lines = P.wrap(value, val, sp, x1 - vx) if value else [""]
            while key == "business_scope" and len(lines) * sp * 1.45 > H * 0.8 - y and sp > vp * 0.55:
                sp = int(sp * 0.92)              # a long scope is set smaller, as registrars print it
                lines = P.wrap(value, val, sp, x1 - vx)
            for i, ln in enumerate(lines):
                if ln:
                    P.text(vx, y + i * sp * 1.45, ln, val, sp, tags=tag)
            y += max(1, len(lines)) * sp * 1.45 + gap * 0.3
    # bottom: registrar and date (the seal goes over the date in the overlay pass)
    rx, ry = W * (0.72 if orig else 0.62), H * (0.84 if orig else 0.86)
    P.text(rx, ry, "登记机关", lab, lp)
    day = V.date_between(rng, e["est"], V.TODAY)
    P.text(rx - lp, ry + lp * 2.2, V.fmt_date(day, "cn"), val, lp)
    P.text(W / 2, H * 0.955, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", lab, int(lp * 0.55), anchor="center")
    P.text(W * 0.9, H * 0.955, "国家市场监督管理总局监制", lab, int(lp * 0.5), anchor="e")
    reg = (e["place"][1] or e["place"][0]) + e["place"][2] + "市场监督管理局"
    seal_face = V.pick(rng, SERIF + SANS)

    def overlay(P2: Painter) -> None:
        P2.seal(rx + lp * 2.3, ry + lp * 1.2, lp * 3.6, reg, "", seal_face)

    fields = {"name": e["name"], "credit_code": e["uscc"], "entity_type": e["etype"], "legal_representative": e["rep"],
              "registered_capital": e["cap"] if cls == "company" else "", "established_date": e["est"].isoformat(),
              "address": e["addr"], "business_scope": e["scope"], "valid_to": e["vto"]}
    return {"kind": "business_license", "fields": fields, "variant": f"bl-{'zb' if orig else 'fb'}-{cls}",
            "faces": _faces(*faces, seal_face), "overlay": [overlay]}


# ---------------------------------------------------------------- public-health licence
def health_no(rng: np.random.Generator, p: tuple, year: int) -> str:
    ab = p[4]
    br = V.pick(rng, [("〔", "〕"), ("（", "）"), ("[", "]")])
    forms = [f"{ab}卫公字{br[0]}{year}{br[1]}第{p[3]}{int(rng.integers(0, 999999)):06d}号",
             f"{ab}卫公证字{br[0]}{year}{br[1]}第{p[3]}{int(rng.integers(0, 9999)):04d}号",
             f"{ab}{p[2][0]}卫公字{br[0]}{year}{br[1]}第{int(rng.integers(1, 9999)):04d}号",
             f"{ab}卫公证字{br[0]}{year}{br[1]}第{p[3][:4]}{V.pick(rng, 'AB')}{int(rng.integers(0, 99999)):05d}号"]
    return V.pick(rng, forms)


def health_license(P: Painter, rng: np.random.Generator) -> Doc:
    p = V.place(rng)
    city = (p[1] or p[0]).removesuffix("市")
    biz = V.pick(rng, [("宾馆", "住宿"), ("酒店有限公司", "住宿"), ("美容美发店", "美容、美发"), ("理发店", "理发"),
                       ("洗浴中心", "沐浴"), ("足浴店", "沐浴"), ("健身房", "游泳场（馆）"), ("游泳馆", "游泳场（馆）"),
                       ("KTV", "歌舞厅"), ("影城有限公司", "影剧院"), ("商场", "商场（店）"), ("书店", "书店")])
    nm = f"{city}{V.pick(rng, V.TRADE)}{biz[0]}"
    items = biz[1]
    if biz[1] == "住宿" and rng.random() < 0.4:
        items = "住宿、沐浴"
    if biz[1] == "美容、美发" and rng.random() < 0.4:
        items = "美发"
    rep = V.name(rng)
    addr = V.urban_address(rng, p, business=True)
    frm = V.date_between(rng, V.TODAY.replace(year=V.TODAY.year - 4), V.TODAY - dt.timedelta(days=10))
    to = V.add_years(frm, 4) - dt.timedelta(days=1)
    no = health_no(rng, p, frm.year)
    table = rng.random() < 0.5
    dpmm = float(rng.choice([5.0, 6.0, 7.0]))
    W, H = int(210 * dpmm), int(297 * dpmm)
    u = W / 1000
    P.page(W, H, bg=V.pick(rng, ["#fffdf8", "#fdfaf0"]))
    P.guilloche(W * 0.02, H * 0.02, W * 0.98, H * 0.98, rng, V.pick(rng, ["#9ec3dd", "#d9b9a0", "#b8d3b0"]), n=8, border=W * 0.04)
    tf = V.pick(rng, SERIF + SANS)
    lab = V.pick(rng, SERIF + SANS)
    val = V.pick(rng, SERIF + SANS + KAI)
    ex, ey = W / 2, H * 0.11
    P.c.create_oval(ex - 45 * u, ey - 45 * u, ex + 45 * u, ey + 45 * u, fill="#c9302c", outline="#d9a53c", width=3)
    title = V.pick(rng, ["卫生许可证", "公共场所卫生许可证", "卫 生 许 可 证"])
    P.text(W / 2, H * 0.2, title, tf, int((80 if len(title) < 7 else 62) * u), anchor="center", weight="bold")
    lp = int(34 * u)
    nl = V.pick(rng, ["", "许可证号：", "编号："])
    if not nl:
        P.text(W * 0.88, H * 0.26, no, val, lp, anchor="e", tags="v_license_no")
    else:
        wno = P.font(val, lp).measure(no)
        P.text(W * 0.88 - wno - P.font(lab, lp).measure(nl), H * 0.26, nl, lab, lp, anchor="w")
        P.text(W * 0.88 - wno, H * 0.26, no, val, lp, anchor="w", tags="v_license_no")
    rows = [("单位名称", nm, "name"), ("法定代表人（负责人）" if rng.random() < 0.6 else "法定代表人", rep, "legal_representative"),
            (V.pick(rng, ["地址", "地　　址", "经营场所地址"]), addr, "address"), ("许可项目", items, "license_items")]
    x0, x1 = W * 0.1, W * 0.9
    span = lp * (10.5 if len(rows[1][0]) > 6 else 5)
    y = H * 0.32
    for label, value, key in rows:
        label = label.replace("　", "")
        P.spaced(x0, y, label, min(span, lp * len(label) * 1.05) if len(label) > 4 else lp * 4.2, lab, lp)
        vx = x0 + (min(span, lp * len(label) * 1.05) if len(label) > 4 else lp * 4.2) + lp * 0.6
        lines = P.wrap(value, val, lp, x1 - vx)
        for i, ln in enumerate(lines):
            P.text(vx, y + i * lp * 1.5, ln, val, lp, tags=f"v_{key}")
            if not table:
                P.c.create_line(vx, y + i * lp * 1.5 + lp * 1.25, x1, y + i * lp * 1.5 + lp * 1.25, fill="#555")
        hrow = len(lines) * lp * 1.5 + lp * 0.9
        if table:
            P.c.create_rectangle(x0 - lp * 0.4, y - lp * 0.45, x1 + lp * 0.2, y + hrow - lp * 0.45, outline="#444", width=2)
        y += hrow
    y += lp * 0.5
    P.text(x0, y, "有效期限", lab, lp)
    fx = x0 + lp * 4.6
    sfrm, sto = V.fmt_date(frm, "cn_short" if rng.random() < 0.5 else "cn"), V.fmt_date(to, "cn")
    P.text(fx, y, "自", lab, lp)
    P.text(fx + lp * 1.3, y, sfrm, val, lp, tags="v_valid_from")
    fx2 = fx + lp * 1.3 + P.font(val, lp).measure(sfrm) + lp * 0.4
    P.text(fx2, y, "至", lab, lp)
    P.text(fx2 + lp * 1.3, y, sto, val, lp, tags="v_valid_to")
    auth = (p[1] or p[0]) + p[2] + V.pick(rng, ["卫生健康委员会", "卫生局", "市场监督管理局"])
    P.text(W * 0.62, H * 0.8, "发证机关", lab, lp)
    P.text(W * 0.58, H * 0.85, V.fmt_date(frm), val, lp)
    sf = V.pick(rng, SERIF + SANS)

    def overlay(P2: Painter) -> None:
        P2.seal(W * 0.7, H * 0.83, lp * 3.6, auth, "", sf)

    fields = {"license_no": no, "name": nm, "legal_representative": rep, "address": addr, "license_items": items,
              "valid_from": frm.isoformat(), "valid_to": to.isoformat()}
    return {"kind": "public_health_license", "fields": fields, "variant": f"ph-{'table' if table else 'lines'}",
            "faces": _faces(tf, lab, val, sf), "overlay": [overlay]}


# ---------------------------------------------------------------- food business licence
FOOD_FORMS = ["食品销售经营者（商场超市）", "食品销售经营者（便利店）", "食品销售经营者（食杂店）", "餐饮服务经营者（小型餐馆）",
              "餐饮服务经营者（中型餐馆）", "餐饮服务经营者（饮品店）", "餐饮服务经营者（糕点店）", "单位食堂（职工食堂）",
              "单位食堂（学校食堂）", "餐饮服务经营者（小餐饮）"]
FOOD_ITEMS_SALE = ["预包装食品（含冷藏冷冻食品）销售", "散装食品（含冷藏冷冻食品）销售", "散装食品（不含冷藏冷冻食品）销售",
                   "保健食品销售", "特殊医学用途配方食品销售", "婴幼儿配方乳粉销售", "其他婴幼儿配方食品销售"]
FOOD_ITEMS_CATER = ["热食类食品制售", "冷食类食品制售", "生食类食品制售", "糕点类食品（含裱花蛋糕）制售",
                    "糕点类食品（不含裱花蛋糕）制售", "自制饮品制售（不含自酿酒）"]


def food_license(P: Painter, rng: np.random.Generator) -> Doc:
    p = V.place(rng)
    city = (p[1] or p[0]).removesuffix("市")
    form = V.pick(rng, FOOD_FORMS)
    indiv = rng.random() < 0.35
    if "食堂" in form:
        nm = f"{city}{V.pick(rng, V.TRADE)}{V.pick(rng, ['餐饮管理有限公司', '实业有限公司'])}"
    elif indiv:
        nm = f"{city}{p[2]}{V.pick(rng, V.TRADE)}{V.pick(rng, ['小吃店', '便利店', '面馆', '烘焙坊', '茶饮店', '超市'])}"
    else:
        nm = f"{city}{V.pick(rng, V.TRADE)}{V.pick(rng, ['餐饮管理有限公司', '超市有限公司', '商贸有限公司', '食品有限公司'])}"
    items_pool = FOOD_ITEMS_SALE if "销售" in form else FOOD_ITEMS_CATER + FOOD_ITEMS_SALE[:2]
    k = int(rng.integers(1, min(5, len(items_pool)) + 1))
    idx = sorted(rng.choice(len(items_pool), size=k, replace=False).tolist())
    items = "；".join(items_pool[i] for i in idx)
    rep = V.name(rng)
    addr = V.urban_address(rng, p, business=True)
    prem = addr if rng.random() < 0.6 else V.urban_address(rng, p, business=True)
    issue = V.date_between(rng, V.TODAY.replace(year=V.TODAY.year - 4), V.TODAY - dt.timedelta(days=5))
    to = V.add_years(issue, 5) - dt.timedelta(days=1)
    lic = "JY" + str(int(rng.integers(1, 3))) + p[3] + f"{int(rng.integers(0, 10**7)):07d}"
    code = V.uscc(rng, "92" if indiv else "91", p[3])
    tmpl = V.pick(rng, ["old-zb", "old-fb", "new"])
    dpmm = float(rng.choice([5.0, 6.0, 7.0]))
    W, H = (int(297 * dpmm), int(210 * dpmm)) if tmpl == "old-zb" else (int(210 * dpmm), int(297 * dpmm))
    u = W / 1000
    P.page(W, H, bg="#fffdf7")
    P.guilloche(W * 0.02, H * 0.02, W * 0.98, H * 0.98, rng, V.pick(rng, ["#8fb8d8", "#b3cfa8", "#e0b48e"]), n=9, border=W * 0.035)
    tf = V.pick(rng, SERIF + SANS)
    lab = V.pick(rng, SERIF + SANS)
    val = V.pick(rng, SERIF + SANS + KAI)
    P.text(W / 2, H * (0.12 if tmpl == "old-zb" else 0.1), "食品经营许可证", tf, int(70 * u if tmpl == "old-zb" else 72 * u),
           anchor="center", weight="bold")
    if tmpl == "old-fb":
        P.text(W / 2, H * 0.14, "（副本）", lab, int(34 * u), anchor="center")
    lp = int((24 if tmpl == "old-zb" else 32) * u)
    rows = [("经营者名称", nm, "name"), ("社会信用代码（身份证号码）", code, "credit_code"),
            ("法定代表人（负责人）", rep, "legal_representative"), ("住所", addr, "address"),
            ("经营场所", prem, "premises_address"), ("主体业态", form, "business_form"),
            ("经营项目", items, "business_items"), ("有效期至", V.fmt_date(to), "valid_to")]
    if tmpl == "new":
        P.qr(W * 0.8, H * 0.035, W * 0.11, rng)
        rows.insert(0, ("许可证编号", lic, "license_no"))
    x0 = W * 0.08
    x1 = W * (0.6 if tmpl == "old-zb" else 0.92)
    y = H * (0.22 if tmpl == "old-zb" else 0.19)
    labw = lp * 6.2 if tmpl != "old-zb" else lp * 5.2
    for label, value, key in rows:
        ll = P.wrap(label, lab, lp, labw)
        for i, ln in enumerate(ll):
            P.text(x0, y + i * lp * 1.25, ln, lab, lp)
        vl = P.wrap(value, val, lp, x1 - x0 - labw - lp)
        for i, ln in enumerate(vl):
            P.text(x0 + labw + lp * 0.6, y + i * lp * 1.4, ln, val, lp, tags=f"v_{key}")
        y += max(len(ll) * lp * 1.25, len(vl) * lp * 1.4) + lp * 0.8
    if tmpl != "new":
        rx = W * (0.64 if tmpl == "old-zb" else 0.08)
        ry = H * (0.22 if tmpl == "old-zb" else 0.0) + (0 if tmpl == "old-zb" else y + lp)
        P.text(rx, ry, "许可证编号：", lab, lp)
        P.text(rx + P.font(lab, lp).measure("许可证编号："), ry, lic, V.pick(rng, [val] + MONO[:1]), lp, tags="v_license_no")
        ry += lp * 2
        for t in (f"日常监督管理机构：{p[2]}市场监督管理局", f"日常监督管理人员：{V.name(rng)}、{V.name(rng)}", "投诉举报电话：12315"):
            ry = P.para(rx, ry, t, lab, int(lp * 0.85), W * 0.3 if tmpl == "old-zb" else W * 0.84, lead=1.4) + lp * 0.4
    auth = (p[1] or p[0]) + p[2] + "市场监督管理局"
    sx, sy = W * 0.72, H * 0.86
    P.text(sx - lp * 2, sy - lp * 1.2, "发证机关：", lab, lp, anchor="e")
    P.text(sx - lp * 2, sy + lp * 0.4, f"签发人：{V.name(rng)}", lab, int(lp * 0.85), anchor="e")
    P.text(sx, sy + lp * 1.4, V.fmt_date(issue), val, lp, anchor="center")
    sf = V.pick(rng, SERIF + SANS)

    def overlay(P2: Painter) -> None:
        P2.seal(sx, sy, lp * 3.3, auth, "", sf)

    fields = {"license_no": lic, "name": nm, "credit_code": code, "legal_representative": rep, "address": addr,
              "premises_address": prem, "business_form": form, "business_items": items, "valid_to": to.isoformat()}
    return {"kind": "food_business_license", "fields": fields, "variant": f"food-{tmpl}",
            "faces": _faces(tf, lab, val, sf), "overlay": [overlay]}


# ---------------------------------------------------------------- negatives
def other(P: Painter, rng: np.random.Generator) -> Doc:
    sub = V.pick(rng, ["blank", "receipt", "form", "letter", "certificate", "tax"])
    face = V.pick(rng, SERIF + SANS)
    faces = [face]
    W, H = (620, 1500) if sub == "receipt" else (1240, 1754)
    P.page(W, H, bg="white" if sub != "blank" else V.pick(rng, ["#ffffff", "#f7f5ef", "#fbfbfb"]))
    p = V.place(rng)
    city = (p[1] or p[0]).removesuffix("市")
    co = f"{city}{V.pick(rng, V.TRADE)}{V.INDUSTRY[int(rng.integers(len(V.INDUSTRY)))][0]}有限公司"
    overlay: list[Callable] = []
    if sub == "blank":
        if rng.random() < 0.5:      # show-through of a printed back side
            for k in range(int(rng.integers(5, 25))):
                y = 150 + k * 55
                P.c.create_line(120, y, int(rng.integers(400, 1100)), y, fill="#eeeeee", width=18)
    elif sub == "receipt":
        y = 40.0
        for t in [f"{city}{V.pick(rng, V.TRADE)}超市", "销售小票", f"单号：{int(rng.integers(10**11, 10**12))}",
                  f"日期：{V.date_between(rng, dt.date(2025, 1, 1), V.TODAY)} {int(rng.integers(8, 22)):02d}:{int(rng.integers(0, 60)):02d}", "-" * 30]:
            P.text(30, y, t, face, 26)
            y += 40
        tot = 0.0
        for _ in range(int(rng.integers(3, 12))):
            pr = float(rng.integers(150, 5000)) / 100
            tot += pr
            P.text(30, y, V.pick(rng, ["矿泉水550ml", "面包", "牛奶250ml", "纸巾", "方便面", "苹果", "鸡蛋", "酸奶"]), face, 26)
            P.text(590, y, f"{pr:.2f}", face, 26, anchor="ne")
            y += 38
        P.text(30, y + 20, f"合计：{tot:.2f}  支付方式：微信支付", face, 26)
        P.text(30, y + 70, "谢谢惠顾，欢迎再次光临", face, 26)
    elif sub == "form":
        P.text(W / 2, 120, V.pick(rng, ["企业登记（备案）申请书", "食品经营许可申请书", "个体工商户登记申请书", "政务服务事项办理申请表"]),
               face, 44, anchor="center", weight="bold")
        y = 220.0
        for lbl in ["申请人名称", "统一社会信用代码", "联系人", "联系电话", "住所", "申请事项", "申请材料清单", "申请人签字（盖章）"]:
            P.c.create_rectangle(100, y, 1140, y + 110, outline="black", width=2)
            P.c.create_line(420, y, 420, y + 110, fill="black", width=2)
            P.text(120, y + 38, lbl, face, 28)
            y += 110
        P.para(100, y + 40, "注：1.本表用黑色钢笔或签字笔填写；2.提交营业执照复印件、法定代表人身份证复印件各一份。", face, 24, 1040)
    elif sub == "letter":
        P.text(W / 2, 140, V.pick(rng, ["情况说明", "授权委托书", "关于变更经营地址的申请", "承诺书"]), face, 46, anchor="center", weight="bold")
        body = (f"{p[2]}市场监督管理局：\n　　我单位{co}（统一社会信用代码{V.uscc(rng, '91', p[3])}）因经营需要，"
                f"现委托{V.name(rng)}同志前往贵单位办理营业执照变更及食品经营许可证延续手续，"
                "其在办理过程中所签署的有关文件，我单位均予以承认。营业执照副本原件及复印件一并附后。\n　　特此说明。")
        y = 240.0
        for part in body.split("\n"):
            y = P.para(130, y, part, face, 30, 980, lead=1.8)
        P.text(1100, y + 120, co, face, 30, anchor="e")
        P.text(1100, y + 180, V.fmt_date(V.date_between(rng, dt.date(2025, 1, 1), V.TODAY), "cn_short"), face, 30, anchor="e")
        sf = V.pick(rng, SERIF)
        faces.append(sf)
        overlay.append(lambda P2: P2.seal(900, y + 150, 120, co, "", sf))
    elif sub == "certificate":
        P.guilloche(40, 40, W - 40, H - 40, rng, "#d8b26e", n=8, border=60)
        P.text(W / 2, 300, V.pick(rng, ["荣誉证书", "开户许可证", "合格证书", "培训结业证书"]), face, 90, anchor="center", weight="bold")
        P.para(180, 520, f"兹证明{V.name(rng)}同志于{V.date_between(rng, dt.date(2020, 1, 1), V.TODAY).year}年度参加{city}"
               "食品安全管理人员培训，考核合格，特发此证。", face, 38, 880, lead=1.9)
        P.text(900, 1300, V.fmt_date(V.date_between(rng, dt.date(2020, 1, 1), V.TODAY), "cn_short"), face, 34, anchor="center")
        sf = V.pick(rng, SERIF)
        faces.append(sf)
        overlay.append(lambda P2: P2.seal(900, 1250, 140, f"{city}市场监督管理局", "", sf))
    else:
        P.text(W / 2, 160, f"{V.pick(rng, ['增值税普通发票', '完税证明', '社会保险参保证明'])}", face, 52, anchor="center", weight="bold")
        y = 300.0
        for t in [f"纳税人名称：{co}", f"纳税人识别号：{V.uscc(rng, '91', p[3])}", f"开票日期：{V.fmt_date(V.date_between(rng, dt.date(2024, 1, 1), V.TODAY))}",
                  f"金额：{int(rng.integers(100, 99999))}.00", "备注：本证明不作为纳税人记账、抵扣凭证"]:
            P.text(120, y, t, face, 30)
            y += 70
    return {"kind": "other", "fields": {}, "variant": f"other-{sub}", "faces": _faces(*faces), "overlay": overlay}


DRAW = {"id_card_front": id_front, "id_card_back": id_back, "business_license": business_license,
        "public_health_license": health_license, "food_business_license": food_license, "other": other}
