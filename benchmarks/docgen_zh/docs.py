"""Family ZH's documents as XSL-FO pages (fo.Page) from drawn values: ID card front and back, the 2019
营业执照 正本 (A3 landscape) and 副本 (A4 portrait) for companies, 分公司, 合伙企业 and 个体工商户,
公共场所卫生许可证, 食品经营许可证 (正本 landscape / 副本 portrait), and negatives (blank page, receipt,
letter, application form, honour certificate, fee notice). Each builder returns (page, truth values,
variant)."""

from __future__ import annotations

import datetime as dt

import numpy as np

from benchmarks.docgen_zh import art
from benchmarks.docgen_zh import values as V
from benchmarks.docgen_zh.fo import Page
from benchmarks.docgen_zh.fop import CJK, KAI, MONO, SANS, SERIF

INK = "#1a1a1a"
RED = "#d8232a"


def _face(rng: np.random.Generator, faces: list[str]) -> str:
    return V.pick(rng, faces)


# ---------------------------------------------------------------- ID card
def id_front(rng: np.random.Generator) -> tuple[Page, dict, str]:
    p = V.place(rng)
    male = rng.random() < 0.5
    if rng.random() < 0.08:
        nation, name = V.pick(rng, V.MINORITY_NAMES)
    else:
        nation, name = V.pick(rng, V.NATIONS), V.person_name(rng)
    birth = V.date_between(rng, dt.date(1950, 1, 1), dt.date(2008, 12, 31))
    idn = V.id_number(p[0], birth, male, rng)
    addr = V.address(rng, p)
    pg = Page("card")
    pg.svg(0, 0, pg.w, pg.h, art.card_background(pg.w, pg.h, rng, True))
    lab = "#3d6fa0"
    vf = _face(rng, SANS)
    lf = _face(rng, SERIF + SANS)
    nf = _face(rng, MONO)
    ls = 5.6
    pg.text(5.5, 6.0, "姓名", lf, ls, lab, spread=6.2)
    pg.text(16.0, 5.4, name, vf, 9.5 if len(name) < 8 else 7.5, INK, "name")
    pg.text(5.5, 13.0, "性别", lf, ls, lab, spread=6.2)
    pg.text(16.0, 12.5, "男" if male else "女", vf, 8.2, INK, "sex")
    pg.text(25.5, 13.0, "民族", lf, ls, lab, spread=6.2)
    pg.text(35.0, 12.5, nation, vf, 8.2, INK, "nation")
    pg.text(5.5, 20.0, "出生", lf, ls, lab, spread=6.2)
    x = 16.0
    for val, unit, gap in ((f"{birth.year}", "年", 1.0), (f"{birth.month}", "月", 1.0), (f"{birth.day}", "日", 0)):
        x += pg.text(x, 19.5, val, vf, 8.2, INK, "birth_date") + 0.6
        x += pg.text(x, 20.0, unit, lf, ls, lab) + 1.8 + gap
    pg.text(5.5, 27.0, "住址", lf, ls, lab, spread=6.2)
    pg.para(16.0, 26.5, 32.0, addr, vf, 8.2, 1.42, INK, "address")
    pg.text(5.5, 43.6, "公民身份号码", lf, ls, lab, spread=17.5)
    pg.text(27.0, 42.8, idn, nf, 10.5, INK, "id_number")
    pg.svg(55.0, 7.0, 26.0, 32.5, art.photo(rng, not male))
    f = {"name": name, "sex": "男" if male else "女", "nation": nation, "birth_date": birth.isoformat(),
         "address": addr, "id_number": idn}
    return pg, f, f"front-{vf}"


def id_back(rng: np.random.Generator) -> tuple[Page, dict, str]:
    p = V.place(rng)
    auth = V.authority(p, "公安局")
    age = int(rng.integers(12, 70))
    start = V.date_between(rng, dt.date(2008, 1, 1), V.TODAY)
    years = 5 if age < 16 else 10 if age < 26 else 20 if age < 46 else 0
    end = "长期" if years == 0 else V.add_years(start, years).isoformat()
    pg = Page("card")
    pg.svg(0, 0, pg.w, pg.h, art.card_background(pg.w, pg.h, rng, False))
    pg.svg(6.0, 5.0, 16.0, 16.0, art.emblem())
    tf = _face(rng, SERIF + SANS)
    pg.text(29.0, 7.5, "中华人民共和国", tf, 10.0, INK, spread=38.0, bold=True)
    pg.text(27.0, 15.0, "居民身份证", tf, 17.0, INK, spread=46.0, bold=True)
    lab = "#2b2b2b"
    vf = _face(rng, SANS + SERIF)
    pg.text(12.0, 38.8, "签发机关", vf, 5.8, lab, spread=11.0)
    pg.text(26.0, 38.2, auth, vf, 7.6 if len(auth) < 16 else 6.6, INK, "issuing_authority")
    pg.text(12.0, 45.3, "有效期限", vf, 5.8, lab, spread=11.0)
    to = "长期" if end == "长期" else end.replace("-", ".")
    pg.text(26.0, 44.7, f"{start:%Y.%m.%d}-{to}", (_face(rng, SANS + MONO) if end != "长期" else _face(rng, SANS)) if rng.random() < 0.5 else vf, 7.6, INK, "valid_from")
    # valid_from and valid_to share one printed run: its first 10 characters are the start, the rest the end
    run = pg.boxes.pop("valid_from")[0]
    x0, y0, w, h, s = run
    cw = w / len(s)
    pg.boxes["valid_from"] = [(x0, y0, cw * 10, h, s[:10])]
    pg.boxes["valid_to"] = [(x0 + cw * 11, y0, cw * (len(s) - 11), h, s[11:])]
    return pg, {"issuing_authority": auth, "valid_from": start.isoformat(), "valid_to": end}, f"back-{vf}"


# ---------------------------------------------------------------- business licence
def _company(rng: np.random.Generator, form: str) -> dict:
    p = V.place(rng)
    city = (p[2] or p[1]).rstrip("市省")
    brand = V.pick(rng, V.BRANDS) + (V.pick(rng, V.BRANDS) if rng.random() < 0.25 else "")
    trade, scope = V.pick(rng, V.TRADES)
    est = V.date_between(rng, dt.date(2003, 1, 1), V.TODAY)
    scope = scope + ("（依法须经批准的项目，经相关部门批准后方可开展经营活动，具体经营项目以相关部门批准文件或许可证件为准）" if rng.random() < 0.6 else "")
    if form == "个体":
        shop, sc = V.pick(rng, V.SHOP_TRADES)
        owner = V.person_name(rng)
        name = f"{p[3]}{brand}{shop}" if rng.random() < 0.7 else f"{city}市{p[3]}{owner}{shop}"
        return {"p": p, "name": name, "type": "个体工商户", "rep": owner, "rep_label": "经营者", "capital": "",
                "cap_label": "", "est": est, "est_label": "注册日期", "term": None, "addr": V.address(rng, p, True),
                "addr_label": "经营场所", "scope": sc + "（依法须经批准的项目，经相关部门批准后方可开展经营活动）",
                "head": "92", "form_row": ("组成形式", "个人经营")}
    end = "长期" if rng.random() < 0.55 else V.add_years(est, int(V.pick(rng, [10, 20, 30, 50]))) - dt.timedelta(days=1)
    if form == "分公司":
        parent = f"{city}{brand}{trade}有限公司"
        bp = V.place(rng)
        return {"p": bp, "name": f"{parent}{(bp[2] or bp[1]).rstrip('市')}{V.pick(rng, ['', '第一', p[3][:2]])}分公司",
                "type": V.pick(rng, V.BRANCH_TYPES), "rep": V.person_name(rng), "rep_label": "负责人", "capital": "",
                "cap_label": "", "est": est, "est_label": "成立日期", "term": end, "term_label": "营业期限",
                "addr": V.address(rng, bp, True), "addr_label": "营业场所", "scope": scope, "head": "91", "form_row": None}
    if form == "合伙":
        ptype = V.pick(rng, V.PARTNER_TYPES)
        gp = V.person_name(rng) if rng.random() < 0.5 else f"{city}{V.pick(rng, V.BRANDS)}投资管理有限公司（委派代表：{V.person_name(rng)}）"
        return {"p": p, "name": f"{city}{brand}{V.pick(rng, ['股权投资', '企业管理咨询', '创业投资', '科技'])}合伙企业（{'有限合伙' if ptype == '有限合伙企业' else '普通合伙'}）",
                "type": ptype, "rep": gp, "rep_label": "执行事务合伙人", "capital": V.capital(rng), "cap_label": "出资额",
                "est": est, "est_label": "成立日期", "term": end, "term_label": "合伙期限", "addr": V.address(rng, p, True),
                "addr_label": "主要经营场所", "scope": scope, "head": "91", "form_row": None}
    return {"p": p, "name": f"{city}{brand}{trade}{'股份' if rng.random() < 0.1 else ''}有限公司", "type": V.pick(rng, V.CO_TYPES),
            "rep": V.person_name(rng), "rep_label": "法定代表人", "capital": V.capital(rng), "cap_label": "注册资本",
            "est": est, "est_label": "成立日期", "term": end, "term_label": "营业期限", "addr": V.address(rng, p, True),
            "addr_label": "住所", "scope": scope, "head": "91", "form_row": None}


def _term_text(c: dict) -> str:
    t = c["term"]
    return f"{V.cn_date(c['est'])}至{'长期' if t == '长期' else V.cn_date(t)}"


def business_license(rng: np.random.Generator) -> tuple[Page, dict, str]:
    form = V.pick(rng, ["公司", "公司", "公司", "分公司", "合伙", "个体", "个体"])
    c = _company(rng, form)
    code = V.uscc(rng, c["head"], c["p"][0])
    copy = rng.random() < 0.45  # 副本
    pg = Page("a4p" if copy else "a3l")
    k = 1.0 if not copy else 0.62
    lf = _face(rng, SERIF + KAI)
    vf = _face(rng, SERIF + SANS)
    tf = _face(rng, SERIF)
    pg.svg(0, 0, pg.w, pg.h, art.guilloche(pg.w, pg.h, rng, V.pick(rng, ["#c9a86a", "#b89858", "#cfa050"]), 9.0 * k + 3))
    pg.svg(pg.w / 2 - 14 * k, 18 * k + 4, 28 * k, 28 * k, art.emblem())
    title_y = 50 * k + 8
    pg.text(pg.w / 2, title_y, "营业执照", tf, 52 * k, INK, spread=120 * k, align="center", box_w=160 * k, bold=True)
    if copy:
        pg.text(pg.w / 2, title_y + 22, "（副　本）", tf, 14, INK, align="center", box_w=60)
        pg.text(pg.w - 58, title_y + 26, f"副本编号：1-{int(rng.integers(1, 4))}", vf, 9, INK)
    codef = _face(rng, SERIF + SANS)
    pg.text(30 * k + 4, 26 * k + 6, "统一社会信用代码", codef, 13 * k + 2, INK)
    pg.text(30 * k + 4, 34 * k + 9, code, _face(rng, MONO + SERIF), 15 * k + 2.5, INK, "credit_code")
    pg.svg(pg.w - 70 * k - 8, 22 * k + 4, 32 * k + 4, 32 * k + 4, art.qr(rng))
    pg.para(pg.w - 76 * k - 10, 56 * k + 10, 46 * k + 6, "扫描二维码登录“国家企业信用信息公示系统”了解更多登记、备案、许可、监管信息。",
            vf, 6.5 * k + 1.5, 1.3)
    ls, vs = 14 * k + 2.2, 13 * k + 2
    lw = 30 * k + 4
    rows = [("名称", c["name"], "name"), ("类型", c["type"], "entity_type"), (c["rep_label"], c["rep"], "legal_representative")]
    if c["form_row"]:
        rows.append((c["form_row"][0], c["form_row"][1], None))
    right = []
    if c["cap_label"]:
        right.append((c["cap_label"], c["capital"], "registered_capital"))
    right.append((c["est_label"], V.cn_date(c["est"]), "established_date"))
    if c["term"] is not None:
        right.append((c["term_label"], _term_text(c), "valid_to"))
    right.append((c["addr_label"], c["addr"], "address"))

    def row(x: float, y: float, w: float, label: str, val: str, field: str | None) -> float:
        pg.text(x, y, label, lf, ls, INK, spread=lw if len(label) < 5 else None)
        n = pg.para(x + lw + 6 * k + 2, y + 0.2, w - lw - 6 * k - 2, val, vf, vs, 1.4, INK, field)
        return y + max(n, 1) * vs * 0.3528 * 1.4 + 7 * k + 2

    if copy:
        x, y, w = 24, 96, 165
        for lab_, val, fld in rows + right:
            y = row(x, y, w, lab_, val, fld)
        y = row(x, y, w, "经营范围", c["scope"], "business_scope")
        seal_x, seal_y = 128, 228
    else:
        x, y, w = 48, 112, 175
        for lab_, val, fld in rows:
            y = row(x, y, w, lab_, val, fld)
        row(x, y, w, "经营范围", c["scope"], "business_scope")
        y2 = 112
        for lab_, val, fld in right:
            y2 = row(236, y2, 150, lab_, val, fld)
        seal_x, seal_y = 300, 212
    auth = V.authority(c["p"], "市场监督管理局")
    issue = V.date_between(rng, c["est"], V.TODAY)
    pg.text(seal_x - 10 * k, seal_y + 6 * k, "登记机关", lf, ls, INK, spread=lw)
    pg.text(seal_x + 2, seal_y + 30 * k + 6, V.cn_date(issue), vf, vs, INK)
    pg.svg(seal_x + 6 * k, seal_y - 8 * k, 44 * k + 4, 44 * k + 4, art.seal(auth, _face(rng, CJK), "", RED, float(rng.uniform(0.7, 0.9)), 0.6, rng))
    foot = 8 * k + 5
    pg.text(pg.w / 2, pg.h - 22 * k - 8, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", vf, 7 * k + 2.5, INK, align="center", box_w=200)
    pg.text(pg.w / 2, pg.h - 16 * k - 7, "市场主体应当于每年1月1日至6月30日通过国家企业信用信息公示系统报送公示年度报告。", vf, 7 * k + 2.5, INK,
            align="center", box_w=260 * k + 40)
    pg.text(pg.w / 2, pg.h - foot - 4, "国家市场监督管理总局监制", vf, 6 * k + 2, INK, align="center", box_w=100)
    term = c["term"]
    f = {"name": c["name"], "credit_code": code, "entity_type": c["type"], "legal_representative": c["rep"],
         "registered_capital": c["capital"], "established_date": c["est"].isoformat(), "address": c["addr"],
         "business_scope": c["scope"], "valid_to": "" if term is None else ("长期" if term == "长期" else term.isoformat())}
    return pg, f, f"{'copy' if copy else 'original'}-{form}-{vf}"


# ---------------------------------------------------------------- public health licence
def health_license(rng: np.random.Generator) -> tuple[Page, dict, str]:
    p = V.place(rng)
    items = V.pick(rng, [["住宿"], ["住宿", "沐浴"], ["美容美发"], ["理发店"], ["美容店"], ["游泳场（馆）"], ["商场（店）"],
                         ["沐浴", "美容美发"], ["歌舞厅"], ["影剧院"], ["住宿", "游泳场（馆）"], ["茶座"]])
    items_s = "、".join(items)
    city = (p[2] or p[1]).rstrip("市")
    kind = {"住宿": "酒店", "沐浴": "浴场", "美容美发": "美容美发店", "理发店": "理发店", "美容店": "美容工作室", "游泳场（馆）": "游泳馆",
            "商场（店）": "商贸有限公司", "歌舞厅": "娱乐有限公司", "影剧院": "影城", "茶座": "茶社"}[items[0]]
    name = f"{city}{V.pick(rng, V.BRANDS)}{kind}" + ("有限公司" if "公司" not in kind and rng.random() < 0.5 else "")
    rep = V.person_name(rng)
    addr = V.address(rng, p, True)
    start = V.date_between(rng, dt.date(2019, 1, 1), V.TODAY)
    end = V.add_years(start, 4) - dt.timedelta(days=1)
    no = V.health_license_no(rng, p, start.year)
    landscape = rng.random() < 0.4
    pg = Page("a4l" if landscape else "a4p")
    tf, lf, vf = _face(rng, SERIF + SANS), _face(rng, SERIF + KAI), _face(rng, SERIF + SANS)
    pg.svg(0, 0, pg.w, pg.h, art.guilloche(pg.w, pg.h, rng, V.pick(rng, ["#6a9ac9", "#58a0b8", "#7a8fc0"]), 10, 5))
    pg.svg(pg.w / 2 - 12, 18, 24, 24, art.emblem())
    pg.text(pg.w / 2, 46, "卫生许可证", tf, 34, INK, spread=110, align="center", box_w=140, bold=True)
    pg.text(pg.w / 2, 66, no, vf, 12, INK, "license_no", align="center", box_w=170)
    x = 30 if not landscape else 40
    lw, ls, vs = 44, 13, 13
    y = 84 if not landscape else 80
    vw = pg.w - x - lw - 30
    for lab_, val, fld in (("单位名称", name, "name"), ("法定代表人（负责人）", rep, "legal_representative"), ("地址", addr, "address"),
                           ("许可项目", items_s, "license_items")):
        pg.text(x, y, lab_, lf, ls if len(lab_) < 6 else 10.5, INK, spread=lw)
        n = pg.para(x + lw + 5, y, vw, val, vf, vs, 1.4, INK, fld)
        y += n * vs * 0.3528 * 1.4 + 8
    pg.text(x, y, "有效期限", lf, ls, INK, spread=lw)
    xx = x + lw + 5
    xx += pg.text(xx, y, "自", vf, vs, INK) + 1
    xx += pg.text(xx, y, V.cn_date(start), vf, vs, INK, "valid_from") + 1
    xx += pg.text(xx, y, "至", vf, vs, INK) + 1
    pg.text(xx, y, V.cn_date(end), vf, vs, INK, "valid_to")
    auth = V.authority(p, "卫生健康委员会") if rng.random() < 0.7 else V.authority(p, "卫生健康局")
    sy = pg.h - 72
    pg.text(pg.w - 40, sy + 16, "发证机关", lf, 12, INK, align="end", box_w=80)
    pg.svg(pg.w - 84, sy - 4, 44, 44, art.seal(auth, _face(rng, CJK), "", RED, float(rng.uniform(0.7, 0.9)), 0.5, rng))
    pg.text(pg.w - 40, sy + 30, V.cn_date(start), vf, 12, INK, align="end", box_w=80)
    pg.text(pg.w / 2, pg.h - 24, "中华人民共和国国家卫生健康委员会监制", vf, 8, INK, align="center", box_w=120)
    f = {"license_no": no, "name": name, "legal_representative": rep, "address": addr, "license_items": items_s,
         "valid_from": start.isoformat(), "valid_to": end.isoformat()}
    return pg, f, f"{'landscape' if landscape else 'portrait'}-{vf}"


# ---------------------------------------------------------------- food business licence
def food_license(rng: np.random.Generator) -> tuple[Page, dict, str]:
    p = V.place(rng)
    form = V.pick(rng, V.FOOD_FORMS)
    catering = not form.startswith("食品销售")
    n_items = int(rng.integers(1, 4))
    items = list(dict.fromkeys(V.pick(rng, V.FOOD_ITEMS) for _ in range(n_items)))
    items_s = "；".join(items)
    city = (p[2] or p[1]).rstrip("市")
    ind = rng.random() < 0.25
    rep = V.person_name(rng)
    if ind:
        name = f"{p[3]}{rep}{V.pick(rng, ['小吃店', '饭店', '便利店', '食杂店', '奶茶店'])}"
        code = V.uscc(rng, "92", p[0])
    else:
        name = f"{city}{V.pick(rng, V.BRANDS)}{V.pick(rng, ['餐饮管理有限公司', '商贸有限公司', '超市有限公司', '食品有限公司', '酒店管理有限公司'])}"
        code = V.uscc(rng, "91", p[0])
    addr = V.address(rng, p, True)
    prem = addr if rng.random() < 0.6 else V.address(rng, p, True)
    issue = V.date_between(rng, dt.date(2021, 12, 1), V.TODAY)
    end = V.add_years(issue, 5) - dt.timedelta(days=1)
    no = V.food_license_no(rng, p, catering)
    copy = rng.random() < 0.4
    pg = Page("a4p" if copy else "a4l")
    tf, lf, vf = _face(rng, SERIF + SANS), _face(rng, SERIF + KAI + SANS), _face(rng, SERIF + SANS)
    pg.svg(0, 0, pg.w, pg.h, art.guilloche(pg.w, pg.h, rng, V.pick(rng, ["#4f9a6a", "#5a9a8a", "#3f8a5a"]), 8, 5))
    pg.svg(pg.w / 2 - 10, 14, 20, 20, art.emblem())
    pg.text(pg.w / 2, 36, "食品经营许可证", tf, 30, INK, spread=130, align="center", box_w=160, bold=True)
    if copy:
        pg.text(pg.w / 2, 52, "（副本）", tf, 13, INK, align="center", box_w=40)
    pg.svg(pg.w - 44, 14, 26, 26, art.qr(rng, 21))
    ls, vs, lw = 11, 11, 46
    rows = [("经营者名称", name, "name"), ("社会信用代码（身份证号码）", code, "credit_code"), ("法定代表人（负责人）", rep, "legal_representative"),
            ("住所", addr, "address"), ("经营场所", prem, "premises_address"), ("主体业态", form, "business_form"),
            ("经营项目", items_s, "business_items")]
    right = [("许可证编号", no, "license_no"), ("日常监督管理机构", V.authority(p, "市场监督管理局") + V.pick(rng, ["", "某某市场监督管理所"]).replace("某某", p[3][:2]), None),
             ("日常监督管理人员", V.person_name(rng) + "、" + V.person_name(rng), None), ("投诉举报电话", "12315", None),
             ("有效期至", V.cn_date(end), "valid_to")]
    lf_small = 8.5

    def row(x: float, y: float, w: float, lab_: str, val: str, fld: str | None) -> float:
        pg.text(x, y, lab_, lf, ls if len(lab_) <= 6 else lf_small, INK, spread=lw if len(lab_) <= 6 else None)
        n = pg.para(x + lw + 4, y, w - lw - 4, val, vf, vs, 1.4, INK, fld)
        return y + n * vs * 0.3528 * 1.4 + 6

    if copy:
        y = 64
        for r in rows + right:
            y = row(22, y, 170, *r)
        sx, sy = 120, 236
    else:
        y = 58
        for r in rows:
            y = row(22, y, 150, *r)
        y2 = 58
        for r in right:
            y2 = row(178, y2, 110, *r)
        sx, sy = 200, 150
    auth = V.authority(p, "市场监督管理局")
    pg.text(sx, sy, "发证机关", lf, ls, INK, spread=28)
    pg.svg(sx + 22, sy - 14, 38, 38, art.seal(auth, _face(rng, CJK), "", RED, float(rng.uniform(0.7, 0.9)), 0.5, rng))
    pg.text(sx, sy + 9, f"签发人：{V.person_name(rng)}", vf, 10, INK)
    pg.text(sx + 20, sy + 18, V.cn_date(issue), vf, 10, INK)
    pg.text(pg.w / 2, pg.h - 18, "国家市场监督管理总局监制", vf, 8, INK, align="center", box_w=100)
    f = {"license_no": no, "name": name, "credit_code": code, "legal_representative": rep, "address": addr,
         "premises_address": prem, "business_form": form, "business_items": items_s, "valid_to": end.isoformat()}
    return pg, f, f"{'copy' if copy else 'original'}-{vf}"


# ---------------------------------------------------------------- negatives
def other(rng: np.random.Generator) -> tuple[Page, dict, str]:
    what = V.pick(rng, ["blank", "receipt", "letter", "form", "certificate", "notice"])
    p = V.place(rng)
    vf, tf = _face(rng, SERIF + SANS), _face(rng, SERIF + SANS + KAI)
    if what == "blank":
        pg = Page("a4p", V.pick(rng, ["#ffffff", "#fbfaf5", "#f6f4ee"]))
        if rng.random() < 0.5:
            pg.text(105, 280, "- 1 -", vf, 9, "#555555", align="center", box_w=20)
        return pg, {}, "blank"
    if what == "receipt":
        pg = Page("rcpt")
        y = 8.0
        shop = f"{(p[2] or p[1]).rstrip('市')}{V.pick(rng, V.BRANDS)}超市"
        pg.text(40, y, shop, tf, 11, INK, align="center", box_w=76)
        y += 8
        for line in (f"单号：{int(rng.integers(10**9, 10**10))}", f"日期：{V.date_between(rng, dt.date(2024, 1, 1), V.TODAY)} {int(rng.integers(8, 22)):02d}:{int(rng.integers(60)):02d}",
                     "--------------------------------"):
            pg.text(5, y, line, vf, 7.5, INK)
            y += 4.5
        total = 0.0
        for _ in range(int(rng.integers(4, 12))):
            item = V.pick(rng, ["矿泉水", "面包", "牛奶", "洗衣液", "纸巾", "苹果", "鸡蛋", "大米5kg", "酱油", "方便面", "饼干"])
            pr = float(rng.integers(150, 5000)) / 100
            total += pr
            pg.text(5, y, item, vf, 7.5, INK)
            pg.text(75, y, f"{pr:.2f}", vf, 7.5, INK, align="end", box_w=20)
            y += 4.5
        pg.text(5, y + 2, f"合计：{total:.2f}元", vf, 8.5, INK)
        pg.text(5, y + 9, "谢谢惠顾，欢迎再次光临", vf, 7.5, INK)
        return pg, {}, "receipt"
    if what == "letter":
        pg = Page("a4p")
        co = f"{(p[2] or p[1]).rstrip('市')}{V.pick(rng, V.BRANDS)}{V.pick(rng, V.TRADES)[0]}有限公司"
        pg.text(105, 30, "情况说明", tf, 20, INK, align="center", box_w=80, bold=True)
        pg.text(25, 50, f"{V.authority(p, '市场监督管理局')}：", vf, 12, INK)
        body = (f"我公司{co}因经营需要，拟申请办理营业执照变更登记及食品经营许可证延续手续。原营业执照正本、副本及统一社会信用代码"
                "证明材料已于近日提交，法定代表人因出差无法到场，现委托我公司员工代为办理相关事项，由此产生的法律责任由我公司承担。"
                "公共场所卫生许可证的复核材料将另行报送。特此说明。")
        n = pg.para(25, 62, 160, body, vf, 12, 1.8, INK, first_indent=8.5)
        pg.text(185, 62 + n * 7.6 + 20, co, vf, 12, INK, align="end", box_w=150)
        pg.text(185, 62 + n * 7.6 + 30, V.cn_date(V.date_between(rng, dt.date(2025, 1, 1), V.TODAY)), vf, 12, INK, align="end", box_w=80)
        pg.svg(130, 62 + n * 7.6 + 8, 40, 40, art.seal(co, _face(rng, CJK), "", RED, 0.75))
        return pg, {}, "letter"
    if what == "form":
        pg = Page("a4p")
        pg.text(105, 22, "个体工商户登记（备案）申请书", tf, 17, INK, align="center", box_w=170, bold=True)
        y = 40.0
        for lab_ in ("名称", "经营者姓名", "身份证件类型", "身份证件号码", "经营场所", "经营范围", "组成形式", "从业人数", "联系电话",
                     "资金数额（万元）", "申请人签字", "日期"):
            pg.rule(20, y, 170, 14)
            pg.rule(20, y, 45, 14)
            pg.text(23, y + 4, lab_, vf, 10.5, INK)
            y += 14
        pg.para(20, y + 6, 170, "注：1.本申请书适用于个体工商户申请设立、变更登记及备案。2.请用黑色钢笔或签字笔填写，字迹工整。"
                "3.营业执照领取方式：窗口领取或邮寄送达。", vf, 9, 1.5, INK)
        return pg, {}, "form"
    if what == "certificate":
        pg = Page("a4l", "#fffdf6")
        pg.svg(0, 0, pg.w, pg.h, art.guilloche(pg.w, pg.h, rng, "#c89b3c", 14, 7))
        pg.text(148.5, 40, "荣誉证书", tf, 40, "#b8262a", spread=120, align="center", box_w=160, bold=True)
        name = V.person_name(rng)
        pg.para(50, 80, 200, f"{name}同志：在{V.date_between(rng, dt.date(2018, 1, 1), V.TODAY).year}年度政务服务窗口工作中表现突出，"
                "被评为“优质服务标兵”，特发此证，以资鼓励。", _face(rng, KAI), 18, 1.8, INK, first_indent=12)
        co = V.authority(p, "政务服务中心").replace("政务服务中心", "政务服务中心")
        pg.text(240, 150, co, vf, 14, INK, align="end", box_w=160)
        pg.svg(200, 130, 42, 42, art.seal(co, _face(rng, CJK), "", RED, 0.8))
        return pg, {}, "certificate"
    pg = Page("a4p")
    pg.text(105, 24, "缴费通知单", tf, 20, INK, align="center", box_w=80, bold=True)
    nm = V.person_name(rng)
    for k, line in enumerate((f"缴费人：{nm}", f"项目：{V.pick(rng, ['物业管理费', '城乡居民医疗保险', '供暖费', '有线电视费'])}",
                              f"金额：{int(rng.integers(100, 5000))}.00元", f"截止日期：{V.cn_date(V.date_between(rng, dt.date(2026, 1, 1), dt.date(2027, 6, 1)))}",
                              "缴费方式：银行代收、微信或支付宝扫码缴费", "如有疑问请咨询服务窗口，咨询电话：12345")):
        pg.text(30, 45 + k * 11, line, vf, 12.5, INK)
    pg.svg(140, 110, 36, 36, art.qr(rng, 21))
    return pg, {}, "notice"


BUILDERS = {"id_card_front": id_front, "id_card_back": id_back, "business_license": business_license,
            "public_health_license": health_license, "food_business_license": food_license, "other": other}
