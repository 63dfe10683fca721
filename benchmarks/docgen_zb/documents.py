"""Family ZB's documents: what each page prints, where, in which face, and the truth it carries. Layouts
follow the real templates from memory: the 2019 national 营业执照 (正本 landscape, 副本 portrait,
justified label column, QR code and caption, registrar's seal over the date, guilloche frame), the
个体工商户 and 分公司/合伙 forms of it, 食品经营许可证 (2015 and 2023 templates), local 公共场所卫生许可证
variants, second-generation ID card fronts and backs, and negatives."""

from __future__ import annotations

import datetime as dt

import numpy as np

from . import values as V
from .mupdf_pages import (
    CJK_FACES,
    MONO_FACES,
    TITLE_FACES,
    Page,
    covers,
    emblem,
    esc,
    guilloche,
    portrait,
    qr_block,
    seal,
    spaced_label,
    wave_border,
)


def cn_date(d: dt.date, pad: bool) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日" if pad else f"{d.year}年{d.month}月{d.day}日"


def choose_face(rng: np.random.Generator, pool: tuple, text: str) -> str:
    ok = [f for f in pool if covers(f, text)]
    if not ok:
        raise RuntimeError(f"family ZB: no face covers {text!r}")
    return V.pick(rng, ok)


def registrar(p: tuple) -> str:
    prov, city, dist = p[0], p[1], p[2]
    return (city or prov) + dist + "市场监督管理局"


# ------------------------------------------------------------------------------------------ ID card

def id_front(rng: np.random.Generator) -> dict:
    p = V.place(rng)
    male = bool(rng.random() < 0.5)
    birth = V.date_between(rng, dt.date(1945, 1, 1), dt.date(2012, 12, 31))
    name = V.person_name(rng)
    nation = V.pick(rng, V.NATIONS)
    addr = V.address(rng, p)
    idn = V.id_number(p[3], birth, male, rng)
    fields = {"name": name, "sex": "男" if male else "女", "nation": nation, "birth_date": birth.isoformat(),
              "address": addr, "id_number": idn}
    text = name + nation + addr + "姓名性别民族出生年月日住址公民身份号码男女0123456789"
    vface = choose_face(rng, CJK_FACES, text)
    lface = choose_face(rng, ("AR PL SungtiL GB", "WenQuanYi Micro Hei"), "姓名性别民族出生年月日住址公民身份号码")
    nface = V.pick(rng, MONO_FACES) if rng.random() < 0.8 else vface
    pg = Page(85.6, 54.0)
    pg.under.append(guilloche(2, 2, 83.6, 52, (0.75, 0.85, 0.92), rng, loops=4, width=0.3))
    pg.under.append(guilloche(40, 5, 84, 50, (0.93, 0.82, 0.82), rng, loops=2, width=0.25))
    pg.under.append(portrait(56, 6.5, 25, 31, rng))
    lab = "color:#3b6e9a"
    vs = float(rng.uniform(8.6, 9.6))
    pg.box(6, 6.5, 12, 5, f'<p style="{lab}">姓　名</p>' if rng.random() < 0.5 else f'<p style="{lab}">姓名</p>', lface, 7)
    pg.box(17, 6.0, 38, 6, f"<p>{esc(name)}</p>", vface, vs + 0.6)
    pg.box(6, 13.5, 12, 5, f'<p style="{lab}">性　别</p>', lface, 7)
    pg.box(17, 13.0, 8, 6, f"<p>{fields['sex']}</p>", vface, vs)
    pg.box(26, 13.5, 10, 5, f'<p style="{lab}">民　族</p>', lface, 7)
    pg.box(36, 13.0, 20, 6, f"<p>{esc(nation)}</p>", vface, vs)
    pg.box(6, 20.5, 12, 5, f'<p style="{lab}">出　生</p>', lface, 7)
    dt_html = (f'<p>{birth.year}<span style="{lab};font-size:7pt"> 年 </span>{birth.month}'
               f'<span style="{lab};font-size:7pt"> 月 </span>{birth.day}<span style="{lab};font-size:7pt"> 日</span></p>')
    pg.box(17, 20.0, 38, 6, dt_html, vface, vs, text=dt_html + "年月日")
    pg.texts.append((lface, "年月日"))
    pg.box(6, 27.5, 12, 5, f'<p style="{lab}">住　址</p>', lface, 7)
    pg.box(17, 27.0, 36, 16, f"<p>{esc(addr)}</p>", vface, vs)
    pg.box(6, 44.8, 22, 5, f'<p style="{lab}">公民身份号码</p>', lface, 7)
    pg.box(28, 43.8, 56, 7, f"<p>{idn}</p>", nface, 11.5 if nface in MONO_FACES else 10.5)
    return {"kind": "id_card_front", "page": pg, "fields": fields, "variant": "id-front",
            "faces": sorted(pg.faces), "dpi": 600, "p": p}


def id_back(rng: np.random.Generator) -> dict:
    p = V.place(rng)
    birth = V.date_between(rng, dt.date(1945, 1, 1), dt.date(2012, 12, 31))
    lo = max(birth + dt.timedelta(days=365 * 5), dt.date(2005, 1, 1))
    issue = V.date_between(rng, lo, V.TODAY) if lo < V.TODAY else V.TODAY - dt.timedelta(days=30)
    vf, vt = V.validity(issue, birth)
    auth = V.police_office(p)
    fields = {"issuing_authority": auth, "valid_from": vf, "valid_to": vt}
    face = choose_face(rng, CJK_FACES, auth + "签发机关有效期限长期")
    tface = choose_face(rng, TITLE_FACES, "中华人民共和国居民身份证")
    pg = Page(85.6, 54.0)
    pg.under.append(guilloche(1, 1, 84.6, 53, (0.78, 0.86, 0.95), rng, loops=5, width=0.3))
    pg.under.append(emblem(15, 15, 9.5))
    pg.box(28, 7, 55, 9, '<p style="letter-spacing:0.3em">中华人民共和国</p>', tface, 14)
    pg.box(22, 18, 60, 12, "<p>居民身份证</p>", tface, 22)
    lab = "color:#3b6e9a"
    sep = "." if rng.random() < 0.85 else "-"
    def fmt(s: str) -> str:
        return s if s == "长期" else s.replace("-", ".")
    validity_txt = f"{fmt(vf)}{sep if sep == '-' else '-'}{fmt(vt)}"
    pg.box(14, 37.5, 16, 5, f'<p style="{lab}">签发机关</p>', face, 7)
    pg.box(31, 36.8, 52, 6, f"<p>{esc(auth)}</p>", face, 9)
    pg.box(14, 44.5, 16, 5, f'<p style="{lab}">有效期限</p>', face, 7)
    nface = face if rng.random() < 0.6 else V.pick(rng, MONO_FACES) if covers(V.pick(rng, MONO_FACES), validity_txt) and vt != "长期" else face
    pg.box(31, 43.8, 52, 6, f"<p>{validity_txt}</p>", nface, 9)
    return {"kind": "id_card_back", "page": pg, "fields": fields, "variant": "id-back",
            "faces": sorted(pg.faces), "dpi": 600, "p": p}


# ------------------------------------------------------------------------------- business licence

def _company(rng: np.random.Generator, p: tuple) -> dict:
    trade, base = V.pick(rng, V.TRADES)
    zh = V.pick(rng, V.ZIHAO)
    city = (p[1] or p[0]).removesuffix("市").removesuffix("省")
    form = rng.random()
    rep = V.person_name(rng)
    est = V.date_between(rng, dt.date(2003, 1, 1), V.TODAY - dt.timedelta(days=20))
    if form < 0.55:
        name = f"{city}{zh}{trade}有限公司" if rng.random() < 0.7 else f"{zh}（{city}）{trade}有限公司"
        etype = V.pick(rng, V.ENTITY_LLC)
        if etype.startswith("股份"):
            name = name.replace("有限公司", "股份有限公司")
        return dict(sub="llc", name=name, etype=etype, rep_label="法定代表人", rep=rep, cap=V.capital(rng),
                    cap_label="注册资本", est=est, est_label="成立日期", term_label="营业期限",
                    to=("长期" if rng.random() < 0.6 else (est.replace(year=est.year + int(V.pick(rng, (10, 20, 30))))).isoformat()),
                    addr_label="住所", trade=trade, base=base)
    if form < 0.7:
        parent = f"{city}{zh}{trade}有限公司"
        return dict(sub="branch", name=parent + f"{p[2]}分公司", etype="有限责任公司分公司（自然人投资或控股）",
                    rep_label="负责人", rep=rep, cap="", cap_label=None, est=est, est_label="成立日期", term_label="营业期限",
                    to="长期", addr_label="营业场所", trade=trade, base=base)
    if form < 0.78:
        return dict(sub="partnership", name=f"{city}{zh}{trade}合伙企业（有限合伙）", etype="有限合伙企业",
                    rep_label="执行事务合伙人", rep=rep if rng.random() < 0.5 else f"{city}{zh}投资管理有限公司（委派代表：{rep}）",
                    cap=f"{int(V.pick(rng, (100, 300, 1000)))}万元", cap_label="出资额", est=est, est_label="成立日期",
                    term_label="合伙期限", to=(est.replace(year=est.year + 20)).isoformat() if rng.random() < 0.5 else "长期",
                    addr_label="主要经营场所", trade=trade, base=base)
    shop = V.pick(rng, ("小吃店", "便利店", "理发店", "五金店", "水果店", "服装店", "早餐店", "修理部"))
    nm = "" if rng.random() < 0.25 else f"{p[2]}{V.pick(rng, V.ZIHAO)}{shop}" if rng.random() < 0.5 else f"{city}市{p[2]}{V.person_name(rng)[:1]}记{shop}"
    return dict(sub="individual", name=nm, etype="个体工商户", rep_label="经营者", rep=rep, cap="", cap_label=None,
                est=est, est_label="注册日期", term_label=None, to="", addr_label="经营场所", trade=trade, base=base,
                comp=V.pick(rng, ("个人经营", "家庭经营")))


def business_license(rng: np.random.Generator) -> dict:
    p = V.place(rng)
    c = _company(rng, p)
    orient = "zhengben" if rng.random() < 0.5 else "fuben"
    scope = V.business_scope(rng, c["trade"], c["base"])
    if c["sub"] == "individual" and rng.random() < 0.6:
        scope = scope.split("。")[0].replace("一般项目：", "") + "。" if "许可项目" not in scope else scope
    addr = V.address(rng, p, rural=False)
    head = "92" if c["sub"] == "individual" else "91"
    code = V.uscc(rng, head, p[3])
    pad = rng.random() < 0.8
    fields = {"name": c["name"], "credit_code": code, "entity_type": c["etype"], "legal_representative": c["rep"],
              "registered_capital": c["cap"], "established_date": c["est"].isoformat(), "address": addr,
              "business_scope": scope, "valid_to": c["to"]}
    alltext = "".join(fields.values()) + "营业执照副本统一社会信用代码名称类型法定代表人负责人经营者执行事务合伙人组成形式个人家庭经营范围注册资本出资额成立注册日期营业期限合伙至长期住所主要营业场所登记机关年月日国家企业信用信息公示系统网址市场监督管理总局监制扫描二维码登录了解更多备案许可监管（）0123456789：．“”、。；"
    vface = choose_face(rng, CJK_FACES, alltext)
    lface = choose_face(rng, ("AR PL SungtiL GB", "WenQuanYi Micro Hei", "AR PL KaitiM GB"), alltext)
    tface = choose_face(rng, TITLE_FACES, "营业执照副本")
    lmode = V.pick(rng, ("ideo", "ideo", "cells", "plain"))
    W, H = (297.0, 210.0) if orient == "zhengben" else (210.0, 297.0)
    pg = Page(W, H)
    pg.under.append(wave_border(W, H, 7, (0.8, 0.62, 0.35), rng))
    pg.under.append(emblem(W / 2, 30 if orient == "zhengben" else 34, 11))
    title_y = 44 if orient == "zhengben" else 50
    pg.box(W / 2 - 60, title_y, 120, 20, '<p style="text-align:center">营业执照</p>', tface, 38)
    if orient == "fuben":
        pg.box(W / 2 - 30, title_y + 17, 60, 8, '<p style="text-align:center">（副　本）</p>', tface, 14)
    # credit code top left, QR top right
    pg.box(22, 24, 70, 6, "<p>统一社会信用代码</p>", lface, 10)
    pg.box(22, 30, 80, 7, f"<p>{code}</p>", vface, 12)
    if rng.random() < 0.6:
        pg.box(22, 37, 80, 6, f"<p>证照编号：{int(rng.integers(10**13, 10**14 - 1))}{int(rng.integers(1000, 9999))}</p>", lface, 8)
    qx = W - 52
    pg.under.append(qr_block(qx, 20, 26, code + c["name"]))
    pg.box(qx - 8, 47, 42, 14, '<p style="text-align:center">扫描二维码登录“国家企业信用信息公示系统”了解更多登记、备案、许可、监管信息。</p>',
           lface, 6)
    rows = [("名称", c["name"]), ("类型", c["etype"])]
    if c["sub"] == "individual":
        rows += [("经营者", c["rep"]), ("组成形式", c["comp"]), (c["est_label"], cn_date(c["est"], pad))]
    else:
        rows.append((c["rep_label"], c["rep"]))
    rows_right = []
    if c["cap_label"]:
        rows_right.append((c["cap_label"], c["cap"]))
    if c["sub"] != "individual":
        rows_right.append((c["est_label"], cn_date(c["est"], pad)))
        to_txt = "长期" if c["to"] == "长期" else cn_date(dt.date.fromisoformat(c["to"]), pad)
        rows_right.append((c["term_label"], f"{cn_date(c['est'], pad)} 至 {to_txt}"))
    rows_right.append((c["addr_label"], addr))
    lw = max(4, max(len(r[0]) for r in rows + rows_right))
    size = float(rng.uniform(10.5, 12.0)) if orient == "zhengben" else float(rng.uniform(10.0, 11.5))

    def table(rs: list, scope_row: bool, tail: tuple = ()) -> str:
        trs = []
        for lbl, val in rs:
            trs.append(f'<tr><td class="l">{spaced_label(lbl, 4, lmode)}</td><td class="v">{esc(val)}</td></tr>')
        if scope_row:
            trs.append(f'<tr><td class="l">{spaced_label("经营范围", 4, lmode)}</td><td class="v s">{esc(scope)}</td></tr>')
        for lbl, val in tail:
            trs.append(f'<tr><td class="l">{spaced_label(lbl, 4, lmode)}</td><td class="v">{esc(val)}</td></tr>')
        return f'<table>{"".join(trs)}</table>'
    lab_w = (lw + 0.5) * size
    css = (f"table{{border-collapse:collapse;width:100%}} td{{vertical-align:top;padding:0 0 {size * 0.55:.1f}pt 0}}"
           f" td.l{{width:{lab_w:.0f}pt;font-family:{_cn(lface)};padding-right:{size:.0f}pt}} td.v{{text-align:justify}}"
           f" td.s{{font-size:{size * 0.92:.1f}pt;line-height:1.35}}")
    if orient == "zhengben":
        pg.box(24, 72, 130, 110, table(rows, True), vface, size, css, text=alltext)
        pg.box(160, 72, 118, 90, table(rows_right, False), vface, size, css, text=alltext)
    else:
        pg.box(24, 82, 165, 170, table(rows, True, tuple(rows_right)), vface, size, css, text=alltext)
    issue = V.date_between(rng, c["est"], V.TODAY)
    sy = 172 if orient == "zhengben" else 258
    sx = W - 70
    pg.box(sx, sy, 22, 7, "<p>登记机关</p>" if lmode != "ideo" else "<p>登记机关</p>", lface, 12)
    pg.box(sx + 2, sy + 10, 50, 7, f"<p>{cn_date(issue, pad)}</p>", vface, 11.5)
    pg.over.append(seal(sx + 34, sy + 5, 19, registrar(p), vface if covers(vface, registrar(p)) else "AR PL SungtiL GB"))
    pg.faces.add(vface if covers(vface, registrar(p)) else "AR PL SungtiL GB")
    pg.box(20, H - 16, W - 40, 6, '<p style="text-align:center">国家企业信用信息公示系统网址：http://www.gsxt.gov.cn</p>', lface, 8)
    pg.box(W - 70, H - 10.5, 60, 5, '<p style="text-align:right">国家市场监督管理总局监制</p>', lface, 7)
    return {"kind": "business_license", "page": pg, "fields": fields,
            "variant": f"{orient}-{c['sub']}-{lmode}", "faces": sorted(pg.faces), "dpi": 150 if orient == "zhengben" else 160, "p": p}


def _cn(face: str) -> str:
    from .mupdf_pages import css_name
    return css_name(face)


# ---------------------------------------------------------------------------- 公共场所卫生许可证

def public_health(rng: np.random.Generator) -> dict:
    p = V.place(rng)
    trade = V.pick(rng, ("宾馆", "酒店", "美发店", "美容会所", "洗浴中心", "足浴店", "游泳馆", "健身中心", "商场", "KTV"))
    zh = V.pick(rng, V.ZIHAO)
    city = (p[1] or p[0]).removesuffix("市")
    name = f"{city}{zh}{trade}有限公司" if rng.random() < 0.6 else f"{p[2]}{zh}{trade}"
    rep = V.person_name(rng)
    addr = V.address(rng, p, rural=False)
    items = "、".join(rng.choice(V.PH_ITEMS, size=int(rng.integers(1, 4)), replace=False))
    frm = V.date_between(rng, dt.date(2020, 1, 1), V.TODAY - dt.timedelta(days=10))
    to = frm.replace(year=frm.year + 4) - dt.timedelta(days=1)
    yr = frm.year
    br = V.pick(rng, ("（）", "〔〕", "[]", "()"))
    style = V.pick(rng, ("A", "B", "C"))
    no = f"{p[4]}卫公字{br[0]}{yr}{br[1]}第{p[3]}{int(rng.integers(0, 10**6)):06d}号" if style != "C" else \
        f"{p[4]}卫公证字{br[0]}{yr}{br[1]}第{int(rng.integers(100, 99999)):05d}号"
    fields = {"license_no": no, "name": name, "legal_representative": rep, "address": addr, "license_items": items,
              "valid_from": frm.isoformat(), "valid_to": to.isoformat()}
    pad = rng.random() < 0.7
    labels = {"name": V.pick(rng, ("单位名称", "单位名称")), "rep": "法定代表人（负责人）" if style != "B" else "法定代表人",
              "addr": "地址" if style == "A" else "经营场所地址" if style == "B" else "地　　址",
              "items": "许可项目", "valid": "有效期限"}
    alltext = "".join(fields.values()) + "".join(labels.values()) + "公共场所卫生许可证自至年月日发证机关卫生健康委员会局监督所编号：0123456789（）"
    vface = choose_face(rng, CJK_FACES, alltext)
    tface = choose_face(rng, TITLE_FACES, "公共场所卫生许可证")
    W, H = 210.0, 297.0
    pg = Page(W, H)
    pg.under.append(wave_border(W, H, 8, (0.55, 0.7, 0.85), rng))
    pg.under.append(emblem(W / 2, 38, 12))
    pg.box(20, 56, W - 40, 18, '<p style="text-align:center">公共场所卫生许可证</p>', tface, 28)
    pg.box(100 if style != "C" else 30, 78, 95, 8, f'<p style="text-align:{"right" if style != "C" else "left"}">{"许可证号：" if style == "C" else ""}{esc(no)}</p>', vface, 12)
    valid = f"自{cn_date(frm, pad)}至{cn_date(to, pad)}"
    rows = [(labels["name"], name), (labels["rep"], rep), (labels["addr"], addr), (labels["items"], items), (labels["valid"], valid)]
    size = float(rng.uniform(12, 14))
    if style == "B":
        trs = "".join(f'<tr><td style="width:30%;border:1px solid #444;padding:6pt">{esc(a)}</td>'
                      f'<td style="border:1px solid #444;padding:6pt">{esc(b)}</td></tr>' for a, b in rows)
        html = f'<table style="border-collapse:collapse;width:100%">{trs}</table>'
    else:
        html = "".join(f'<p style="margin:0 0 {size * 0.9:.0f}pt 0">{esc(a)}：{esc(b)}</p>' for a, b in rows)
    pg.box(30, 96, W - 60, 120, html, vface, size, text=alltext)
    office = (p[1] or p[0]) + p[2] + V.pick(rng, ("卫生健康委员会", "卫生健康局", "行政审批局"))
    pg.box(W - 95, 232, 30, 8, "<p>发证机关：</p>", vface, 12)
    issue = frm
    pg.box(W - 85, 250, 60, 8, f"<p>{cn_date(issue, pad)}</p>", vface, 12)
    pg.over.append(seal(W - 55, 240, 19, office, vface))
    return {"kind": "public_health_license", "page": pg, "fields": fields, "variant": f"health-{style}",
            "faces": sorted(pg.faces), "dpi": 150, "p": p}


# ------------------------------------------------------------------------------ 食品经营许可证

def food(rng: np.random.Generator) -> dict:
    p = V.place(rng)
    new = bool(rng.random() < 0.4)
    orient = "zhengben" if rng.random() < 0.5 else "fuben"
    form = V.pick(rng, V.FOOD_FORMS)
    zh = V.pick(rng, V.ZIHAO)
    city = (p[1] or p[0]).removesuffix("市")
    kindword = "餐饮管理有限公司" if form.startswith("餐饮") else "超市有限公司" if "超市" in form else "商贸有限公司"
    name = f"{city}{zh}{kindword}" if rng.random() < 0.7 else f"{p[2]}{zh}{V.pick(rng, ('便利店', '餐厅', '面馆', '食堂'))}"
    code = V.uscc(rng, "91" if "有限公司" in name else "92", p[3])
    rep = V.person_name(rng)
    addr = V.address(rng, p, rural=False)
    prem = addr if rng.random() < 0.6 else V.address(rng, p, rural=False)
    items = "；".join(rng.choice(V.FOOD_ITEMS, size=int(rng.integers(1, 4)), replace=False))
    no = V.food_license_no(rng, p, new)
    issue = V.date_between(rng, dt.date(2019, 1, 1), V.TODAY - dt.timedelta(days=10))
    to = issue.replace(year=issue.year + 5) - dt.timedelta(days=1)
    fields = {"license_no": no, "name": name, "credit_code": code, "legal_representative": rep, "address": addr,
              "premises_address": prem, "business_form": form, "business_items": items, "valid_to": to.isoformat()}
    pad = rng.random() < 0.8
    code_label = "统一社会信用代码" if new else "社会信用代码（身份证号码）"
    left = [("经营者名称", name), (code_label, code), ("法定代表人（负责人）", rep), ("住所", addr),
            ("经营场所", prem), ("主体业态", form), ("经营项目", items)]
    right = [("许可证编号", no), ("日常监督管理机构", (p[1] or p[0]) + p[2] + "市场监督管理局"),
             ("日常监督管理人员", V.person_name(rng) + "、" + V.person_name(rng)), ("投诉举报电话", "12315" if new else "12331"),
             ("发证机关", (p[1] or p[0]) + p[2] + "市场监督管理局"), ("签发人", V.person_name(rng)),
             ("有效期至", cn_date(to, pad))]
    if new:
        right = [r for r in right if r[0] not in ("日常监督管理人员", "签发人")]
    alltext = "".join(fields.values()) + "".join(a + b for a, b in left + right) + "食品经营许可证正本副本年月日0123456789：（）扫码查询"
    vface = choose_face(rng, CJK_FACES, alltext)
    tface = choose_face(rng, TITLE_FACES, "食品经营许可证（副本）")
    W, H = (297.0, 210.0) if orient == "zhengben" else (210.0, 297.0)
    pg = Page(W, H)
    pg.under.append(wave_border(W, H, 7, (0.35, 0.6, 0.45) if not new else (0.75, 0.55, 0.3), rng))
    pg.box(20, 22, W - 40, 16, '<p style="text-align:center">食品经营许可证</p>', tface, 30)
    if orient == "fuben":
        pg.box(W / 2 - 25, 38, 50, 8, '<p style="text-align:center">（副本）</p>', tface, 14)
    size = float(rng.uniform(10.5, 12))
    lmode = V.pick(rng, ("ideo", "plain"))
    css = (f"table{{border-collapse:collapse;width:100%}} td{{vertical-align:top;padding:0 0 {size * 0.6:.1f}pt 0}}"
           f" td.l{{width:{size * 12.5:.0f}pt}}")

    def table(rs: list) -> str:
        return "<table>" + "".join(f'<tr><td class="l">{spaced_label(a, 4, lmode) if len(a) <= 4 else esc(a)}：</td>'
                                   f'<td>{esc(b)}</td></tr>' for a, b in rs) + "</table>"
    if orient == "zhengben":
        pg.box(22, 50, 150, 140, table(left), vface, size, css, text=alltext)
        pg.box(180, 50, 100, 140, table(right), vface, size * 0.95, css.replace(f"{size * 12.5:.0f}pt", f"{size * 9.5:.0f}pt"), text=alltext)
        sx, sy = W - 60, 170
    else:
        pg.box(22, 52, 166, 200, table(left + right), vface, size, css, text=alltext)
        sx, sy = W - 60, 255
    if new:
        pg.under.append(qr_block(W - 45, 14, 22, no))
    pg.box(sx - 10, sy + 8, 55, 7, f"<p>{cn_date(issue, pad)}</p>", vface, 11)
    office = (p[1] or p[0]) + p[2] + "市场监督管理局"
    pg.over.append(seal(sx + 10, sy + 6, 18, office, vface))
    return {"kind": "food_business_license", "page": pg, "fields": fields,
            "variant": f"food-{'2023' if new else '2015'}-{orient}", "faces": sorted(pg.faces), "dpi": 150, "p": p}


# ---------------------------------------------------------------------------------------- others

def other(rng: np.random.Generator) -> dict:
    sub = V.pick(rng, ("blank", "receipt", "form", "letter", "certificate", "notice"))
    p = V.place(rng)
    vface = choose_face(rng, CJK_FACES, "营业执照")
    pg = Page(210.0, 297.0) if sub != "receipt" else Page(80.0, 180.0)
    name = V.person_name(rng)
    comp = f"{(p[1] or p[0]).removesuffix('市')}{V.pick(rng, V.ZIHAO)}{V.pick(rng, V.TRADES)[0]}有限公司"
    if sub == "blank":
        if rng.random() < 0.5:
            pg.box(150, 280, 40, 6, f'<p style="color:#bbb">第 {int(rng.integers(1, 9))} 页</p>', vface, 8)
        else:
            pg.box(20, 10, 60, 6, '<p style="color:#ddd">.</p>', vface, 6)
    elif sub == "receipt":
        lines = [comp, "收　款　收　据", f"日期：{V.date_between(rng, dt.date(2024, 1, 1), V.TODAY)}", f"交款人：{name}",
                 f"项目：{V.pick(rng, ('办公用品', '材料费', '服务费', '押金'))}", f"金额：{rng.uniform(10, 5000):.2f} 元",
                 f"大写：{V.capital_upper(int(rng.integers(1, 99))).replace('万元整', '元整')}", "收款人：" + V.person_name(rng), "谢谢惠顾"]
        pg.box(5, 8, 70, 165, "".join(f"<p>{esc(s)}</p>" for s in lines), vface, 9)
    elif sub == "form":
        rows = ["申请人姓名", "身份证号码", "联系电话", "企业名称", "统一社会信用代码", "住所", "经营范围", "申请事项"]
        trs = "".join(f'<tr><td style="border:1px solid #000;padding:8pt;width:30%">{r}</td><td style="border:1px solid #000"></td></tr>' for r in rows)
        pg.box(20, 20, 170, 14, '<p style="text-align:center">企业登记（备案）申请书</p>', vface, 18)
        pg.box(20, 40, 170, 200, f'<table style="border-collapse:collapse;width:100%">{trs}</table>'
                                 '<p>注：请附营业执照复印件及法定代表人身份证复印件。</p>', vface, 11)
    elif sub == "letter":
        body = (f"<p>{esc(comp)}：</p><p>　　因我单位营业执照正本遗失，现申请补领。我单位统一社会信用代码、住所、经营范围等登记事项均未发生变化。"
                f"特此说明，请予办理为盼。</p><p>　　联系人：{esc(name)}</p><p style='text-align:right'>{cn_date(V.date_between(rng, dt.date(2024, 1, 1), V.TODAY), True)}</p>")
        pg.box(20, 20, 170, 14, '<p style="text-align:center">情况说明</p>', vface, 18)
        pg.box(25, 45, 160, 200, body, vface, 13)
    elif sub == "certificate":
        pg.under.append(wave_border(210, 297, 8, (0.8, 0.2, 0.2), rng))
        pg.box(20, 60, 170, 20, '<p style="text-align:center">荣誉证书</p>', vface, 36)
        pg.box(35, 110, 140, 80, f"<p>{esc(comp)}：</p><p>　　在{int(rng.integers(2018, 2026))}年度诚信经营示范活动中表现突出，被评为“守合同重信用企业”。特发此证，以资鼓励。</p>", vface, 15)
        pg.over.append(seal(150, 230, 20, (p[1] or p[0]) + "个体私营经济协会", vface))
    else:
        pg.box(20, 20, 170, 14, '<p style="text-align:center">办事指南</p>', vface, 18)
        pg.box(25, 45, 160, 220, "<p>一、办理营业执照变更登记需提交：1. 变更登记申请书；2. 股东会决议；3. 章程修正案；4. 营业执照正、副本原件。</p>"
               "<p>二、办理时限：材料齐全当场办结。</p><p>三、咨询电话：12345</p>", vface, 12)
    return {"kind": "other", "page": pg, "fields": {}, "variant": f"other-{sub}", "faces": sorted(pg.faces), "dpi": 110, "p": p}


BUILDERS = {"id_card_front": id_front, "id_card_back": id_back, "business_license": business_license,
            "public_health_license": public_health, "food_business_license": food, "other": other}
