"""Family G's document layouts, drawn from the real forms' structure (not from any other family):
居民身份证 front/back, 营业执照 (2019+ national 正本 landscape and 副本 portrait, the 2015–2018
three-in-one form; company, 分公司, 个体工商户, 农民专业合作社, 合伙企业), 公共场所卫生许可证 (two
provincial templates), 食品经营许可证 (2023 form and the 2015 form) and realistic negatives.

Each builder returns a `Doc`: the page, the truth values, and per field the page boxes of its
drawn value (used to mark a field unreadable when a capture covers it)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import numpy as np

from benchmarks.docgen_g import render as R
from benchmarks.docgen_g.values import (
    INDUSTRY,
    Vocab,
    add_years,
    cn_amount,
    cn_date,
)

INK = (0.07, 0.07, 0.09)
COOP_ITEMS = ["组织采购、供应成员所需的生产资料", "组织收购、销售成员生产的农产品", "开展成员所需的运输、贮藏、加工、包装等服务",
              "引进新技术、新品种，开展技术培训、技术交流和信息咨询服务", "蔬菜种植", "茶叶种植", "牲畜饲养", "农业机械服务"]
LABEL_BLUE = (0.18, 0.42, 0.62)
RED = (0.82, 0.1, 0.12)


@dataclass
class Doc:
    kind: str
    page: R.Page
    fields: dict[str, str]
    variant: str = ""
    faces: list[str] = field(default_factory=list)
    boxes: dict[str, list[tuple[int, int, int, int]]] = field(default_factory=dict)
    card: bool = False


def _val(doc: Doc, key: str, bbox) -> None:
    doc.boxes.setdefault(key, []).append(bbox)


def _rows(page: R.Page, doc: Doc, key: str, x: float, base: float, text: str, face: str, px: int,
          max_w: float, pitch: float, rng, mono: bool = False, first_w: float | None = None,
          color=INK) -> float:
    """Draw a (possibly wrapped) value, continuation rows aligned under the value; returns the
    baseline after the last row."""
    rows = R.wrap(text, face, px, max_w, first_w=first_w) if text else []
    for r in rows:
        _val(doc, key, page.text(x, base, r, face, px, color, tag=key, mono=mono))
        base += pitch
    return base


# ------------------------------------------------------------------------------------------
# 居民身份证
# ------------------------------------------------------------------------------------------
def _age(b: dt.date, at: dt.date) -> int:
    return at.year - b.year - ((at.month, at.day) < (b.month, b.day))


def id_person(v: Vocab):
    name, sex, nation = v.person()
    from benchmarks.docgen_g.values import NATION_PLACES
    code = v.pick(NATION_PLACES[nation]) if nation in NATION_PLACES and v.rng.random() < 0.8 else None
    p = v.place(code)
    birth = v.birth()
    return dict(name=name, sex=sex, nation=nation, place=p, birth=birth,
                id_number=v.id_number(p[3], birth, sex), address=v.home_address(p))


def id_front(v: Vocab, rng) -> Doc:
    w, h = 1284, 810
    page = R.Page(w, h, paper=(0.96, 0.97, 0.95))
    person = id_person(v)
    R.guilloche(page, 0, 0, w, h, rng, [(0.75, 0.86, 0.93), (0.93, 0.82, 0.85)])
    # faint printed pattern of the card (a large pale emblem-like rosette at the centre-right)
    page.stroke(lambda m: __import__("cv2").circle(m, (int(w * 0.55), int(h * 0.45)), int(h * 0.3), 1.0, 3),
                (0.85, 0.9, 0.95))
    vface = v.pick(["droid", "sharp", "mono", "serif"])
    lface = v.pick(["sharp", "droid", "mono"])
    doc = Doc("id_card_front", page, {}, faces=[f"value:{vface}", f"label:{lface}"], card=True)
    lp, vp = int(h * 0.040), int(h * 0.048)
    lx, vx = int(w * 0.07), int(w * 0.19)
    page.text(lx, h * 0.18, "姓名", lface, lp, LABEL_BLUE, spacing=lp * 0.6)
    _val(doc, "name", page.text(vx, h * 0.18, person["name"], vface, vp + 2, INK, tag="name"))
    page.text(lx, h * 0.305, "性别", lface, lp, LABEL_BLUE, spacing=lp * 0.6)
    _val(doc, "sex", page.text(vx, h * 0.305, person["sex"], vface, vp, INK, tag="sex"))
    page.text(w * 0.33, h * 0.305, "民族", lface, lp, LABEL_BLUE, spacing=lp * 0.6)
    _val(doc, "nation", page.text(w * 0.45, h * 0.305, person["nation"], vface, vp, INK, tag="nation"))
    b = person["birth"]
    page.text(lx, h * 0.43, "出生", lface, lp, LABEL_BLUE, spacing=lp * 0.6)
    x = vx
    for part, unit in ((str(b.year), "年"), (str(b.month), "月"), (str(b.day), "日")):
        bb = page.text(x, h * 0.43, part, vface, vp, INK, tag="birth_date")
        _val(doc, "birth_date", bb)
        x = bb[2] + vp * 0.25
        bb = page.text(x, h * 0.43, unit, lface, lp, LABEL_BLUE)
        x = bb[2] + vp * 0.45
    page.text(lx, h * 0.555, "住址", lface, lp, LABEL_BLUE, spacing=lp * 0.6)
    _rows(page, doc, "address", vx, h * 0.555, person["address"], vface, vp, w * 0.40, vp * 1.32, rng)
    page.text(lx, h * 0.895, "公民身份号码", lface, lp, LABEL_BLUE, spacing=lp * 0.15)
    _val(doc, "id_number", page.text(w * 0.34, h * 0.9, person["id_number"], "mono", int(vp * 1.05), INK,
                                     spacing=vp * 0.12, tag="id_number"))
    # photo
    x0, y0, x1, y1 = int(w * 0.63), int(h * 0.12), int(w * 0.92), int(h * 0.78)
    page.fill(x0, y0, x1, y1, (0.86, 0.9, 0.95))
    import cv2
    page.stroke(lambda m: cv2.ellipse(m, ((x0 + x1) // 2, int(y0 + (y1 - y0) * 0.38)),
                                      (int((x1 - x0) * 0.22), int((y1 - y0) * 0.26)), 0, 0, 360, 1.0, -1), (0.55, 0.45, 0.4))
    page.stroke(lambda m: cv2.ellipse(m, ((x0 + x1) // 2, y1), (int((x1 - x0) * 0.45), int((y1 - y0) * 0.33)),
                                      0, 180, 360, 1.0, -1), (0.25, 0.27, 0.33))
    doc.fields = {"name": person["name"], "sex": person["sex"], "nation": person["nation"],
                  "birth_date": b.isoformat(), "address": person["address"], "id_number": person["id_number"]}
    doc.variant = "front"
    return doc


def issuing_authority(v: Vocab, p) -> str:
    prov, city, dist = p[0], p[1], p[2]
    if not city:                                    # municipality: 上海市公安局浦东分局
        return f"{prov}公安局{dist.removesuffix('新区').removesuffix('区')}分局"
    if dist.endswith("市") or dist.endswith("县"):
        return f"{dist}公安局"
    return v.pick([f"{city}公安局{dist.removesuffix('区')}分局", f"{city}公安局{dist}分局"])


def id_back(v: Vocab, rng) -> Doc:
    w, h = 1284, 810
    page = R.Page(w, h, paper=(0.96, 0.97, 0.95))
    R.guilloche(page, 0, 0, w, h, rng, [(0.80, 0.88, 0.93), (0.95, 0.88, 0.80)])
    person = id_person(v)
    R.emblem(page, w * 0.15, h * 0.26, h * 0.15)
    tface = v.pick(["serif_bold", "mono_bold"])
    page.text(w * 0.38, h * 0.24, "中华人民共和国", tface, int(h * 0.06), INK, spacing=h * 0.03)
    page.text(w * 0.36, h * 0.43, "居民身份证", tface, int(h * 0.1), INK, spacing=h * 0.035)
    vface = v.pick(["droid", "sharp", "mono", "serif"])
    lface = v.pick(["sharp", "droid"])
    doc = Doc("id_card_back", page, {}, faces=[f"value:{vface}", f"label:{lface}"], card=True)
    lp, vp = int(h * 0.040), int(h * 0.046)
    auth = issuing_authority(v, person["place"])
    page.text(w * 0.2, h * 0.74, "签发机关", lface, lp, LABEL_BLUE, spacing=lp * 0.2)
    _val(doc, "issuing_authority", page.text(w * 0.39, h * 0.74, auth, vface, vp, INK, tag="issuing_authority"))
    b = person["birth"]
    today = dt.date(2026, 11, 1)
    # the card now in hand: issued at some date after age 5, still valid
    for _ in range(50):
        frm = v.date_between(max(b.year + 5, 2008), 2026)
        if frm > today:
            continue
        a = _age(b, frm)
        years = 5 if a < 16 else 10 if a < 26 else 20 if a < 46 else None
        to = add_years(frm, years) if years else None
        if to is None or to >= today:
            break
    sep = v.pick(["-", "-", "—"])
    to_s = f"{to:%Y.%m.%d}" if to else "长期"
    page.text(w * 0.2, h * 0.87, "有效期限", lface, lp, LABEL_BLUE, spacing=lp * 0.2)
    bb1 = page.text(w * 0.39, h * 0.87, f"{frm:%Y.%m.%d}", vface, vp, INK, tag="valid_from")
    _val(doc, "valid_from", bb1)
    bb2 = page.text(bb1[2] + 4, h * 0.87, sep, vface, vp, INK)
    _val(doc, "valid_to", page.text(bb2[2] + 4, h * 0.87, to_s, vface, vp, INK, tag="valid_to"))
    doc.fields = {"issuing_authority": auth, "valid_from": frm.isoformat(), "valid_to": to.isoformat() if to else "长期"}
    doc.variant = "back"
    return doc


# ------------------------------------------------------------------------------------------
# 营业执照
# ------------------------------------------------------------------------------------------
ENTITY_TYPES = {
    "company": ["有限责任公司（自然人投资或控股）", "有限责任公司（自然人独资）", "其他有限责任公司",
                "有限责任公司（非自然人投资或控股的法人独资）", "股份有限公司（非上市、自然人投资或控股）",
                "有限责任公司(自然人投资或控股)", "有限责任公司（港澳台法人独资）"],
    "branch": ["有限责任公司分公司（自然人投资或控股）", "其他有限责任公司分公司", "股份有限公司分公司（非上市、自然人投资或控股）"],
    "individual": ["个体工商户"],
    "coop": ["农民专业合作社"],
    "partner": ["有限合伙企业", "普通合伙企业"],
}


def _frame(page: R.Page, rng, color=(0.62, 0.5, 0.3)) -> None:
    import cv2
    w, h = page.w, page.h
    m1, m2 = int(min(w, h) * 0.035), int(min(w, h) * 0.055)
    page.rect(m1, m1, w - m1, h - m1, color, 5)
    page.rect(m2, m2, w - m2, h - m2, color, 2)

    def band(m: np.ndarray) -> None:
        step = int((m2 - m1) * 0.9) or 8
        c = (m1 + m2) // 2
        for x in range(m2, w - m2, step):
            for y in (c, h - c):
                cv2.circle(m, (x, y), step // 3, 1.0, 1, cv2.LINE_AA)
        for y in range(m2, h - m2, step):
            for x in (c, w - c):
                cv2.circle(m, (x, y), step // 3, 1.0, 1, cv2.LINE_AA)
    page.stroke(band, color, alpha=0.7)


def licence_subject(v: Vocab, ent: str):
    p = v.place()
    ind, items = v.pick(INDUSTRY)
    if ent == "coop":
        items = COOP_ITEMS
    name = v.company(p, ind, ent)
    if ent == "branch":
        parent_city = v.place()
        name = v.company(parent_city, ind, "company") + f"{(p[1] or p[0]).removesuffix('市')}分公司"
    rep = v.person()[0] if v.rng.random() < 0.9 else v.han_name()
    if ent == "partner" and v.rng.random() < 0.35:
        rep = v.company(v.place(), v.pick(["投资管理", "企业管理咨询"]), "company")
    est = v.date_between(2008, 2025)
    return p, items, name, rep, est


def business_licence(v: Vocab, rng, layout: str, ent: str) -> Doc:
    """layout: zhengben (2019 landscape), fuben (2019 portrait), old2016 (three-in-one portrait)."""
    land = layout == "zhengben"
    w, h = (2480, 1754) if land else (1754, 2480)
    page = R.Page(w, h, paper=(0.985, 0.975, 0.95))
    _frame(page, rng)
    p, items, name, rep, est = licence_subject(v, ent)
    if layout == "old2016":                        # that form was issued 2015–2018
        est = v.date_between(2005, 2018)
    dept_cat = {"company": ("9", "1"), "branch": ("9", "1"), "individual": ("9", "2"), "coop": ("9", "3"),
                "partner": ("9", "1")}[ent]
    code = v.uscc(p[3], *dept_cat)
    etype = v.pick(ENTITY_TYPES[ent])
    new_scope = layout != "old2016" and v.rng.random() < 0.8
    scope = v.scope(items, new_scope)
    capital = ""
    if ent == "company":
        amt = int(v.pick([10, 30, 50, 100, 200, 300, 500, 1000, 1200, 2000, 5000]))
        capital = v.pick([f"人民币{cn_amount(amt)}万元整", f"{cn_amount(amt)}万元整", f"{amt}万元人民币", f"{amt}万元"])
    elif ent == "coop":
        amt = int(v.pick([5, 12, 30, 56, 100, 210]))
        capital = v.pick([f"{amt}万元", f"人民币{cn_amount(amt)}万元"])
    term_kind = v.rng.random()
    valid_to = ""
    if ent == "individual":
        term = None
    elif term_kind < 0.55:
        term, valid_to = f"{cn_date(est)} 至 长期", "长期"
    elif term_kind < 0.7:
        term, valid_to = "长期", "长期"
    else:
        end = add_years(est, int(v.pick([10, 20, 30, 50]))) - dt.timedelta(days=1)
        term, valid_to = f"{cn_date(est)} 至 {cn_date(end)}", end.isoformat()
    addr = v.biz_address(p)
    if v.rng.random() < 0.12:                      # some registrars' systems print full-width digits
        addr = addr.translate({ord(c): 0xFF10 + int(c) for c in "0123456789"})
    rows: list[tuple[str, str, str]] = []           # (label, field key or "", value)
    rep_label = {"company": "法定代表人", "branch": "负责人", "individual": "经营者", "coop": "法定代表人",
                 "partner": "执行事务合伙人"}[ent]
    addr_label = {"company": "住所", "branch": "营业场所", "individual": "经营场所", "coop": "住所",
                  "partner": "主要经营场所"}[ent]
    date_label = "注册日期" if ent == "individual" else "成立日期"
    term_label = "合伙期限" if ent == "partner" else "营业期限"
    cap_label = "成员出资总额" if ent == "coop" else "注册资本"
    scope_label = "业务范围" if ent == "coop" else "经营范围"
    rows.append(("名称", "name", name))
    rows.append(("类型", "entity_type", etype))
    rows.append((rep_label, "legal_representative", rep))
    if ent == "individual":
        rows.append(("组成形式", "", v.pick(["个人经营", "家庭经营"])))
    if capital:
        rows.append((cap_label, "registered_capital", capital))
    rows.append((date_label, "established_date", cn_date(est, pad=v.rng.random() < 0.8)))
    if term:
        rows.append((term_label, "valid_to", term))
    rows.append((addr_label, "address", addr))
    rows.append((scope_label, "business_scope", scope))

    vface = v.pick(["droid", "sung", "serif", "mono", "sharp"])
    lface = v.pick(["serif_bold", "mono_bold", "droid"])
    mono_render = v.rng.random() < 0.25
    faces = [f"value:{vface}", f"label:{lface}"] + (["1bit"] if mono_render else [])
    doc = Doc("business_license", page, {}, faces=faces)
    label_style = v.pick(["justified", "justified", "fullwidth_spaces", "colon"])
    doc.variant = f"{layout}-{ent}-{label_style}"

    # header
    R.emblem(page, w / 2, h * (0.1 if land else 0.075), h * (0.052 if land else 0.036))
    tpx = int(h * (0.075 if land else 0.055))
    title = "营业执照"
    tw = R.advance("serif_bold", tpx, title, tpx * 0.9)
    page.text(w / 2 - tw / 2, h * (0.25 if land else 0.17), title, "serif_bold", tpx, INK, spacing=tpx * 0.9, bold=2)
    if layout == "fuben":
        spx = int(tpx * 0.4)
        s = "（副　本）"
        page.text(w / 2 - R.advance("serif_bold", spx, s) / 2, h * 0.205, s, "serif_bold", spx, INK)
    cpx = int(h * (0.022 if land else 0.016))
    mx = int(w * 0.1)
    code_y = (0.17, 0.205) if land else (0.215, 0.24)
    if layout == "old2016":
        page.text(w * 0.42, h * 0.245, "统一社会信用代码", lface, cpx, INK)
        _val(doc, "credit_code", page.text(w * 0.42 + R.advance(lface, cpx, "统一社会信用代码") + cpx, h * 0.245, code,
                                           "mono", int(cpx * 1.1), INK, tag="credit_code"))
    else:
        page.text(mx, h * code_y[0], "统一社会信用代码", lface, cpx, INK)
        _val(doc, "credit_code", page.text(mx, h * code_y[1], code, "mono", int(cpx * 1.15), INK,
                                           tag="credit_code"))
        if layout == "fuben":
            page.text(mx, h * 0.265, f"副本编号：{v.pick(['1-1', '1-2', '2-1', '1-3'])}", lface, int(cpx * 0.9), INK)
    qsz = int(h * (0.13 if land else 0.085))
    qx = int(w * 0.78) if layout != "old2016" else int(w * 0.1)
    qy = int(h * 0.09) if layout != "old2016" else int(h * 0.78)
    R.qr(page, qx, qy, qsz, f"http://www.gsxt.gov.cn/{code}")
    cap_px = int(cpx * 0.6)
    caption = v.pick([["扫描市场主体身份码", "了解更多登记、备案、", "许可、监管信息，体验", "更多应用服务。"],
                      ["扫描二维码登录‘国家", "企业信用信息公示系统’", "了解更多登记、备案、", "许可、监管信息"]])
    for i, line in enumerate(caption):
        page.text(qx - cap_px * 0.5, qy + qsz + cap_px * (1.5 + 1.3 * i), line, "droid", cap_px, INK)

    # fields
    lpx = int(h * (0.021 if land else 0.0155))
    vpx = int(lpx * v.pick([1.0, 1.05, 1.1]))
    pitch = vpx * 1.55
    lab_w = lpx * 5 if label_style != "colon" else None

    def draw_row(x: float, base: float, label: str, key: str, value: str, right: float) -> float:
        if label_style == "justified":
            page.text(x, base, label, lface, lpx, INK, width=lab_w if len(label) <= 5 else None)
            vx = x + max(lab_w, R.advance(lface, lpx, label)) + lpx * 1.2
        elif label_style == "fullwidth_spaces":
            lab = {2: label[0] + "　　　" + label[1], 3: "　".join(label)}.get(len(label), label)
            page.text(x, base, lab, lface, lpx, INK)
            vx = x + max(lab_w, R.advance(lface, lpx, lab)) + lpx * 1.2
        else:
            bb = page.text(x, base, label + "：", lface, lpx, INK)
            vx = bb[2] + lpx * 0.2
        if not key:
            page.text(vx, base, value, vface, vpx, INK, mono=mono_render)
            return base + pitch
        return _rows(page, doc, key, vx, base, value, vface, vpx, right - vx, pitch, rng, mono=mono_render)

    if land:
        left = [r for r in rows if r[1] in ("name", "entity_type", "legal_representative", "business_scope") or r[0] == "组成形式"]
        right = [r for r in rows if r not in left]
        base = h * 0.36
        for lab, key, val in left:
            base = draw_row(w * 0.1, base, lab, key, val, w * 0.52) + pitch * 0.35
        base = h * 0.36
        for lab, key, val in right:
            base = draw_row(w * 0.56, base, lab, key, val, w * 0.92) + pitch * 0.35
        seal_c = (w * 0.8, h * 0.8)
    else:
        order = ["name", "entity_type", "legal_representative", "", "registered_capital", "established_date",
                 "valid_to", "address", "business_scope"] if layout == "fuben" else \
                ["name", "entity_type", "address", "legal_representative", "", "registered_capital",
                 "established_date", "valid_to", "business_scope"]
        rows.sort(key=lambda r: order.index(r[1]))
        base = h * 0.32
        for lab, key, val in rows:
            base = draw_row(w * 0.12, base, lab, key, val, w * 0.88) + pitch * 0.75
        seal_c = (w * 0.7, h * 0.84)
    # registration authority, seal partly over the date
    auth = f"{(p[1] or p[0])}{p[2]}市场监督管理局" if p[1] else f"{p[0]}{p[2]}市场监督管理局"
    auth = auth.replace("市市", "市")
    page.text(seal_c[0] - lpx * 7, seal_c[1] - lpx * 0.5, "登记机关", lface, lpx, INK, spacing=lpx * 0.3)
    issue = (v.date_between(max(est.year, 2015), 2018) if layout == "old2016"
             else v.date_between(max(est.year, 2019), 2026))
    page.text(seal_c[0] - lpx * 3, seal_c[1] + lpx * 2.6, cn_date(issue), vface, vpx, INK)
    R.seal(page, seal_c[0] + lpx * 0.5, seal_c[1] + lpx * 1.2, lpx * 4.3, auth, rng=rng)
    small = int(lpx * 0.62)
    page.text(w * 0.1, h * 0.955, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", "droid", small, INK)
    s = "国家市场监督管理总局监制"
    page.text(w / 2 - R.advance("droid", small, s) / 2, h * 0.975, s, "droid", small, INK)
    if layout != "old2016":
        s = "市场主体应当于每年1月1日至6月30日通过国家企业信用信息公示系统报送公示年度报告。"
        page.text(w * 0.1, h * 0.935, s, "droid", small, INK)
    doc.fields = {"name": name, "credit_code": code, "entity_type": etype, "legal_representative": rep,
                  "registered_capital": capital, "established_date": est.isoformat(), "address": addr,
                  "business_scope": scope, "valid_to": valid_to}
    return doc
