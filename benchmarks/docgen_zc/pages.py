"""Family ZC's documents as AbiWord pages (abw.Doc): the 2019 营业执照 (正本 landscape with the
经营范围 cell merged down the left half, 副本 portrait), 个体工商户, 分公司 and 合伙 licences,
公共场所卫生许可证 in local variants, 食品经营许可证 (2015 and 2023 templates), second-generation ID
card fronts and backs, and negatives. Each builder returns the Doc and the truth fields; labels are
justified as a word-processor user does it (ideographic spaces, a right tab stop, spaces)."""

from __future__ import annotations

import datetime as dt
import random

from benchmarks.docgen_zc import values as V
from benchmarks.docgen_zc.abw import Doc

SONG = ["Noto Serif CJK SC", "AR PL SungtiL GB", "AR PL UMing CN"]
KAI = ["AR PL KaitiM GB", "LXGW WenKai", "AR PL UKai CN"]
HEI = ["Noto Sans CJK SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei"]
MONO = ["Noto Sans Mono CJK SC", "WenQuanYi Micro Hei Mono"]
BOLDABLE = {"Noto Serif CJK SC", "Noto Sans CJK SC", "LXGW WenKai"}


def F(v: str) -> dict:
    return {"value": v, "unreadable": False}


def label(d: Doc, text: str, how: str, face: str, pt: float, width_mm: float, colour: str = "000000") -> str:
    """A label justified across its column: ideographic spaces, a right tab stop at the column's edge,
    ASCII spaces, or as typed."""
    if how == "tab" and len(text) == 2:
        return d.p(d.r(text[0] + "\t" + text[1], face, pt, colour), extra=f"tabstops:{width_mm - 3:.1f}mm/R0", into=[])
    if how == "tab":
        how = "ideo"
    if how == "ideo":
        gap = {2: "　　", 3: "　", 4: ""}.get(len(text), "")
        return d.p(d.r(gap.join(text) if gap else text, face, pt, colour), into=[])
    if how == "space":
        gap = {2: "    ", 3: "  ", 4: " "}.get(len(text), "")
        return d.p(d.r(gap.join(text) if gap else text, face, pt, colour), into=[])
    return d.p(d.r(text, face, pt, colour), into=[])


def _cells(d: Doc, rows: list[tuple[str, str]], how: str, lf: str, vf: str, pt: float, lw: float, col0: int = 0,
           row0: int = 0, colon: bool = False) -> list:
    out = []
    for i, (lab, val) in enumerate(rows):
        lp = label(d, lab, how, lf, pt, lw)
        if colon:
            lp = lp.replace("</c></p>", "：</c></p>", 1)
        vp = d.p(d.r(val, vf, pt), "justify" if len(val) > 30 else "left", extra="line-height:1.15", into=[])
        out.append((col0, col0 + 1, row0 + i, row0 + i + 1, [lp], ""))
        out.append((col0 + 1, col0 + 2, row0 + i, row0 + i + 1, [vp], ""))
    return out


def business_license(rng: random.Random, img) -> tuple[Doc, dict, str, list]:
    p = V.place(rng)
    etype, ek = rng.choice(V.ENTITY[:5] * 3 + V.ENTITY[5:])
    name = V.company(rng, p, ek)
    person = V.name(rng)
    prefix = {"indiv": "92", "partner": "91", "sole": "91"}.get(ek, "91")
    code = V.uscc(rng, prefix, p[4])
    est = V.date_between(rng, dt.date(1998, 1, 1), V.TODAY - dt.timedelta(days=30))
    issue = V.date_between(rng, est, V.TODAY)
    cap = V.capital(rng) if ek in ("co",) else ""
    trade = rng.choice(V.TRADES)[1]
    scope = V.scope(rng, trade) if ek != "indiv" else rng.choice(["一般项目：", ""]) + "；".join(rng.sample(V.GENERAL, rng.randint(2, 5))) + "。"
    addr = V.address(rng, p)
    if ek in ("indiv",):
        valid_to = ""
    elif rng.random() < 0.55:
        valid_to = "长期"
    else:
        valid_to = V.add_years(est, rng.choice([10, 20, 30, 50])) - dt.timedelta(days=1)
        valid_to = valid_to.isoformat()
    rep_label = {"co": "法定代表人", "branch": "负责人", "partner": "执行事务合伙人", "indiv": "经营者", "sole": "投资人"}[ek]
    addr_label = {"co": "住所", "branch": "营业场所", "partner": "主要经营场所", "indiv": "经营场所", "sole": "住所"}[ek]
    date_label = "注册日期" if ek == "indiv" else "成立日期"
    term_label = {"partner": "合伙期限", "branch": "营业期限"}.get(ek, "营业期限")
    form = rng.choice(["zheng", "fu"])
    how = rng.choice(["ideo", "tab", "space", "ideo"])
    lf = rng.choice(SONG + KAI + HEI[:1])
    vf = rng.choice(SONG + KAI + HEI)
    faces = [lf, vf]
    pt = rng.choice([10.5, 11, 12]) if form == "zheng" else rng.choice([10, 10.5, 11])
    if form == "zheng":
        W, H = rng.choice([(297, 210), (380, 268)])
    else:
        W, H = rng.choice([(210, 297), (190, 268)])
    sc = W / 297 if form == "zheng" else W / 210
    d = Doc(W, H, (30 * sc, 24 * sc, 20 * sc, 24 * sc), vf, pt)
    d.image("g", img("guilloche", int(W * 4.2), int(H * 4.2)), 0, 0, W, H, above=False)
    d.image("e", img("emblem", 300, 300), W / 2 - 12 * sc, 7 * sc, 24 * sc, 24 * sc)
    qrs = 26 * sc
    d.image("q", img("qr", 0, 0), W - 24 * sc - qrs, 30 * sc, qrs, qrs)
    tf = rng.choice(["Noto Serif CJK SC", "Noto Sans CJK SC"])
    faces.append(tf)
    d.p(d.r(" ", pt=8), extra="line-height:1.0")
    d.p(d.r("营 业 执 照" if rng.random() < 0.6 else "营业执照", tf, 30 * sc if form == "zheng" else 30, "000000", True), "center")
    d.p(d.r("（副　　本）" if form == "fu" else "", tf, 12), "center")
    cf = rng.choice(MONO + SONG[:1])
    faces.append(cf)
    line = [d.r("统一社会信用代码", lf, pt), d.r("  " + code, cf, pt + 1)]
    d.p(line, extra="margin-top:6pt")
    if rng.random() < 0.6:
        d.p([d.r("证照编号：", lf, pt - 1.5), d.r(f"{rng.randint(10**13, 10**14 - 1)}", cf, pt - 1.5)])
    d.p(d.r("扫描二维码登录'国家企业信用信息公示系统'了解更多登记、备案、许可、监管信息。", lf, 6.5 * sc), "right",
        extra="margin-top:2pt")
    if valid_to == "长期":
        term = f"{V.cn_date0(est)} 至 长期"
    elif valid_to:
        term = f"{V.cn_date0(est)} 至 {V.cn_date0(dt.date.fromisoformat(valid_to))}"
    else:
        term = ""
    rows_a = [("名称", name), ("类型", etype), (rep_label, person)]
    rows_b = []
    if ek == "co":
        rows_b.append(("注册资本", cap))
    if ek == "indiv":
        rows_b.append(("组成形式", rng.choice(["个人经营", "家庭经营"])))
    rows_b.append((date_label, V.cn_date0(est)))
    if term:
        rows_b.append((term_label, term))
    rows_b.append((addr_label, addr))
    lw = max(len(x[0]) for x in rows_a + rows_b) * pt * 0.3528 + 4
    if form == "fu":
        rows = rows_a[:3] + rows_b + [("经营范围", scope)]
        cells = _cells(d, rows, how, lf, vf, pt, lw, colon=rng.random() < 0.3)
        d.table([lw, W - 48 * sc - lw], cells, border=False, extra="margin-top:8pt")
    else:
        half = (W - 48 * sc) / 2
        cells = _cells(d, rows_a, how, lf, vf, pt, lw)
        cells += _cells(d, rows_b, how, lf, vf, pt, lw, col0=2)
        last = max(len(rows_b), len(rows_a)) + 2
        sp = d.p(d.r(scope, vf, pt - 0.5), "justify", extra="line-height:1.15", into=[])
        cells.append((0, 1, len(rows_a), last, [label(d, "经营范围", how, lf, pt, lw)], ""))
        cells.append((1, 2, len(rows_a), last, [sp], ""))
        cells.append((2, 4, len(rows_b), last, [d.p(d.r(" ", vf, pt), into=[])], ""))
        d.table([lw, half - lw, lw, half - lw], cells, border=False)
    auth = V.market_authority(p, rng)
    d.textbox([d.p(d.r("登记机关", lf, pt + 1), "center", into=[]),
               d.p(d.r(V.cn_date(issue) if rng.random() < 0.5 else V.cn_date0(issue), vf, pt + 1), "center", into=[])],
              W - 95 * sc, H - 50 * sc, 60 * sc, 16 * sc)
    d.image("s", img("seal", auth), W - 83 * sc, H - 70 * sc, 38 * sc, 38 * sc)
    d.p(d.r("国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", lf, 7), "left", extra="margin-top:10pt")
    d.p(d.r("市场主体应当于每年1月1日至6月30日通过国家企业信用信息公示系统报送公示年度报告。", lf, 7), "left")
    fields = {"name": F(name), "credit_code": F(code), "entity_type": F(etype), "legal_representative": F(person),
              "registered_capital": F(cap), "established_date": F(est.isoformat()), "address": F(addr),
              "business_scope": F(scope), "valid_to": F(valid_to)}
    return d, fields, f"{form}-{ek}-{how}", sorted({f for f, _ in d.runs}), {"seal": name or auth}


def health_license(rng: random.Random, img) -> tuple:
    p = V.place(rng)
    year = rng.randint(2019, 2026)
    no = V.ph_license_no(rng, p, year)
    vf_d = V.date_between(rng, dt.date(year, 1, 1), min(dt.date(year, 12, 28), V.TODAY))
    vt = V.add_years(vf_d, 4) - dt.timedelta(days=1)
    name = V.company(rng, p, "co") if rng.random() < 0.6 else p[3] + rng.choice(V.ZIHAO) + rng.choice(["宾馆", "浴室", "美发店", "游泳馆", "酒店"])
    rep = V.name(rng)
    addr = V.address(rng, p)
    items = "、".join(rng.sample(V.PH_ITEMS, rng.randint(1, 3)))
    how = rng.choice(["ideo", "tab", "plain"])
    lf, vf = rng.choice(SONG + KAI), rng.choice(SONG + KAI + HEI)
    pt = rng.choice([12, 13, 14])
    variant = rng.choice(["table", "lines", "local"])
    d = Doc(210, 297, (32, 25, 25, 25), vf, pt)
    if rng.random() < 0.6:
        d.image("g", img("guilloche", 840, 1188), 0, 0, 210, 297, above=False)
    d.image("e", img("emblem", 300, 300), 93, 18, 24, 24)
    d.p(d.r(" ", pt=30))
    d.p(d.r("公共场所卫生许可证", "Noto Serif CJK SC", 26, "000000", True), "center", extra="margin-top:10pt")
    d.p(d.r(no, vf, pt), "center", extra="margin-top:8pt; margin-bottom:12pt")
    addr_l = "经营场所地址" if variant == "local" else "地址"
    rows = [("单位名称", name), ("法定代表人（负责人）" if variant != "lines" else "法定代表人", rep), (addr_l, addr),
            ("许可项目", items), ("有效期限", f"自{V.cn_date(vf_d)}至{V.cn_date(vt)}")]
    lw = 34 if variant != "lines" else 28
    cells = _cells(d, rows, how, lf, vf, pt, lw, colon=variant == "lines")
    d.table([lw, 160 - lw], cells, border=variant == "table", extra="margin-top:6pt")
    auth = (p[2] or p[1]) + p[3] + "卫生健康委员会"
    d.textbox([d.p(d.r("发证机关（盖章）", lf, pt), "center", into=[]), d.p(d.r(V.cn_date(vf_d), vf, pt), "center", into=[])],
              110, 225, 70, 20)
    d.image("s", img("seal", auth), 122, 205, 42, 42)
    faces = sorted({f for f, _ in d.runs})
    fields = {"license_no": F(no), "name": F(name), "legal_representative": F(rep), "address": F(addr),
              "license_items": F(items), "valid_from": F(vf_d.isoformat()), "valid_to": F(vt.isoformat())}
    return d, fields, f"{variant}-{how}", faces, {"seal": name}


def food_license(rng: random.Random, img) -> tuple:
    p = V.place(rng)
    form = rng.choice(V.FOOD_FORMS)
    catering = not form.startswith("食品销售")
    no = V.food_license_no(rng, p, catering)
    name = V.company(rng, p, rng.choice(["co", "co", "indiv", "branch"])) or (p[3] + rng.choice(V.ZIHAO) + "餐馆")
    code = V.uscc(rng, "92" if "店" in name[-3:] else "91", p[4])
    rep = V.name(rng)
    addr = V.address(rng, p)
    prem = addr if rng.random() < 0.5 else V.address(rng, p)
    items = "；".join(rng.sample(V.FOOD_ITEMS[:2] if not catering else V.FOOD_ITEMS, rng.randint(1, 2 if not catering else 4)))
    issue = V.date_between(rng, dt.date(2017, 1, 1), V.TODAY)
    vt = V.add_years(issue, 5) - dt.timedelta(days=1)
    tpl = rng.choice(["2015", "2023"])
    how = rng.choice(["ideo", "tab", "plain"])
    lf, vf = rng.choice(SONG + KAI + HEI[:1]), rng.choice(SONG + KAI + HEI)
    pt = rng.choice([10.5, 11, 12])
    W, H = (297, 210) if rng.random() < 0.6 else (210, 297)
    d = Doc(W, H, (26, 22, 20, 22), vf, pt)
    d.image("g", img("guilloche", W * 4, H * 4), 0, 0, W, H, above=False)
    d.image("q", img("qr", 0, 0), W - 52, 22, 26, 26)
    d.p(d.r("食品经营许可证", "Noto Serif CJK SC", 26, "000000", True), "center", extra="margin-top:8pt")
    d.p(d.r("（正　本）" if rng.random() < 0.6 else "（副　本）", vf, 12), "center", extra="margin-bottom:8pt")
    credit_l = "社会信用代码（身份证号码）" if tpl == "2015" else "统一社会信用代码（身份证号码）"
    rows = [("经营者名称", name), (credit_l, code), ("法定代表人（负责人）", rep), ("住所", addr), ("经营场所", prem),
            ("主体业态", form), ("经营项目", items), ("有效期至", V.cn_date(vt))]
    if tpl == "2015":
        rows.insert(0, ("许可证编号", no))
    lw = 58 if tpl == "2015" else 62
    cells = _cells(d, rows, how, lf, vf, pt, lw, colon=rng.random() < 0.5)
    d.table([lw, W - 44 - lw - (30 if W > H else 0)], cells, border=tpl == "2023" and rng.random() < 0.5)
    if tpl == "2023":
        d.p([d.r("许可证编号：", lf, pt), d.r(no, rng.choice(MONO), pt)], extra="margin-top:6pt")
    d.p([d.r("日常监督管理机构：", lf, pt - 1), d.r((p[2] or p[1]) + p[3] + "市场监督管理局" + rng.choice(["", "第二市场监督管理所"]), vf, pt - 1)],
        extra="margin-top:6pt")
    d.p([d.r("投诉举报电话：12315", lf, pt - 1)])
    auth = (p[2] or p[1]) + p[3] + "市场监督管理局"
    d.textbox([d.p(d.r("发证机关：", lf, pt), "left", into=[]), d.p(d.r("签发人：" + V.name(rng), lf, pt), "left", into=[]),
               d.p(d.r(V.cn_date(issue), vf, pt), "center", into=[])], W - 95, H - 48, 65, 22)
    d.image("s", img("seal", auth), W - 85, H - 60, 38, 38)
    faces = sorted({f for f, _ in d.runs})
    fields = {"license_no": F(no), "name": F(name), "credit_code": F(code), "legal_representative": F(rep),
              "address": F(addr), "premises_address": F(prem), "business_form": F(form), "business_items": F(items),
              "valid_to": F(vt.isoformat())}
    return d, fields, f"{tpl}-{'landscape' if W > H else 'portrait'}-{how}", faces, {"seal": name}


def _person(rng: random.Random):
    p = V.place(rng)
    male = rng.random() < 0.5
    birth = V.date_between(rng, dt.date(1945, 1, 1), dt.date(2012, 12, 31))
    return p, male, birth, V.id_number(p[4], birth, male, rng)


def id_front(rng: random.Random, img) -> tuple:
    p, male, birth, idn = _person(rng)
    name = V.name(rng)
    nation = rng.choice(V.NATIONS)
    addr = V.address(rng, p, person=True)
    lc = rng.choice(["2f6db5", "3a78c0", "4a7fb0"])
    vf = rng.choice(HEI[:2] + ["Noto Serif CJK SC"])
    lf = rng.choice(HEI[:2])
    nf = rng.choice(MONO)
    d = Doc(85.6, 54, (3.5, 3, 1, 5), vf, 8.5)
    d.image("g", img("cardbg", 856, 540), 0, 0, 85.6, 54, above=False)
    d.image("ph", img("photo", 240, 300), 58, 5, 23, 29)
    L = lambda t: d.r(t, lf, 7, lc)  # noqa: E731
    rows = [
        (0, 1, 0, 1, [d.p(L("姓　名") if rng.random() < 0.5 else L("姓名"), into=[])], ""),
        (1, 3, 0, 1, [d.p(d.r(name, vf, 10.5), into=[])], ""),
        (0, 1, 1, 2, [d.p(L("性　别") if rng.random() < 0.5 else L("性别"), into=[])], ""),
        (1, 3, 1, 2, [d.p([d.r("男" if male else "女", vf, 9), d.r("     ", vf, 9), L("民族"), d.r("  " + nation, vf, 9)], into=[])], ""),
        (0, 1, 2, 3, [d.p(L("出　生") if rng.random() < 0.5 else L("出生"), into=[])], ""),
        (1, 3, 2, 3, [d.p([d.r(f"{birth.year}", vf, 9), L(" 年 "), d.r(f"{birth.month}", vf, 9), L(" 月 "), d.r(f"{birth.day}", vf, 9), L(" 日")], into=[])], ""),
        (0, 1, 3, 4, [d.p(L("住　址") if rng.random() < 0.5 else L("住址"), into=[])], ""),
        (1, 3, 3, 4, [d.p(d.r(addr, vf, 8.5), extra="line-height:1.1", into=[])], ""),
    ]
    d.table([9, 20, 20], rows, border=False, extra="margin-top:2pt")
    d.p([L("公民身份号码"), d.r("\t" + idn, nf, 10, "000000")], extra="tabstops:17mm/L0; margin-top:2pt")
    faces = sorted({f for f, _ in d.runs})
    fields = {"name": F(name), "sex": F("男" if male else "女"), "nation": F(nation), "birth_date": F(birth.isoformat()),
              "address": F(addr), "id_number": F(idn)}
    return d, fields, f"front-{vf.split()[0]}", faces, {}


def id_back(rng: random.Random, img) -> tuple:
    p, male, birth, idn = _person(rng)
    issue = V.date_between(rng, max(V.add_years(birth, 10), dt.date(2005, 1, 1)), V.TODAY)
    age = issue.year - birth.year - ((issue.month, issue.day) < (birth.month, birth.day))
    yrs = 5 if age < 16 else 10 if age < 26 else 20 if age < 46 else 0
    vt = "长期" if yrs == 0 else V.add_years(issue, yrs).isoformat()
    auth = V.authority_police(p)
    vf = rng.choice(HEI[:2] + ["Noto Serif CJK SC"])
    d = Doc(85.6, 54, (4, 3, 2, 4), vf, 9)
    d.image("g", img("cardbg", 856, 540), 0, 0, 85.6, 54, above=False)
    d.image("e", img("emblem", 240, 240), 6, 5, 17, 17)
    d.p(d.r(" ", pt=4))
    d.p(d.r("中华人民共和国", "Noto Sans CJK SC", 13, "000000", True), "left", extra="margin-left:22mm")
    d.p(d.r("居 民 身 份 证", "Noto Serif CJK SC", 17, "000000", True), "left", extra="margin-left:24mm; margin-top:3pt")
    sep = rng.choice([".", "."])
    vto = "长期" if vt == "长期" else vt.replace("-", sep)
    d.p([d.r("签发机关", vf, 7.5), d.r("\t" + auth, vf, 9)], extra="tabstops:32mm/L0; margin-top:14pt; margin-left:14mm")
    d.p([d.r("有效期限", vf, 7.5), d.r("\t" + issue.isoformat().replace("-", sep) + "-" + vto, vf, 9)],
        extra="tabstops:32mm/L0; margin-top:4pt; margin-left:14mm")
    faces = sorted({f for f, _ in d.runs})
    fields = {"issuing_authority": F(auth), "valid_from": F(issue.isoformat()), "valid_to": F(vt)}
    return d, fields, f"back-{'long' if vt == '长期' else str(yrs) + 'y'}", faces, {}


def other(rng: random.Random, img) -> tuple:
    what = rng.choice(["blank", "receipt", "letter", "proxy", "certificate", "form"])
    p = V.place(rng)
    f = rng.choice(SONG + KAI + HEI)
    d = Doc(210, 297, (25, 25, 25, 25), f, 12)
    co = V.company(rng, p, "co")
    if what == "blank":
        d.p(d.r(" ", f, 12))
    elif what == "receipt":
        d.p(d.r("收　据", "Noto Serif CJK SC", 22, "000000", True), "center")
        d.p(d.r(f"No. {rng.randint(1000000, 9999999)}", f, 11), "right")
        d.p(d.r("今收到 " + V.name(rng) + " 交来办证服务费", f, 12), extra="margin-top:12pt")
        for it in rng.sample(["复印费", "工本费", "快递费", "代办服务费", "刻章费"], 3):
            d.p(d.r(f"{it}\t{rng.randint(5, 300)}.00", f, 12), extra="tabstops:140mm/R1; margin-top:4pt")
        d.p(d.r(f"合计（大写）\t人民币{rng.choice(['壹佰', '贰佰伍拾', '叁佰'])}元整", f, 12), extra="tabstops:140mm/R3; margin-top:8pt")
        d.p(d.r("收款单位：" + co, f, 12), extra="margin-top:16pt")
    elif what == "letter":
        d.p(d.r("情况说明", "Noto Serif CJK SC", 20, "000000", True), "center")
        d.p(d.r(f"{p[3]}政务服务中心：", f, 13), extra="margin-top:14pt")
        d.p(d.r(f"　　我单位{co}因经营需要，拟办理营业执照住所变更及食品经营许可证延续手续。原营业执照副本于搬迁中遗失，"
                "现已在国家企业信用信息公示系统公告作废，特此说明，请予办理。法定代表人身份证复印件附后。", f, 13),
            "justify", extra="line-height:1.6; margin-top:8pt")
        d.p(d.r(co, f, 13), "right", extra="margin-top:30pt")
        d.p(d.r(V.cn_date(V.date_between(rng, dt.date(2024, 1, 1), V.TODAY)), f, 13), "right")
    elif what == "proxy":
        d.p(d.r("授 权 委 托 书", "Noto Serif CJK SC", 20, "000000", True), "center")
        for lab in ["委托人", "受托人", "委托事项", "委托期限"]:
            d.p(d.r(f"{lab}：\t", f, 13), extra="tabstops:150mm/L3; margin-top:14pt")
        d.p(d.r("　　兹委托上述受托人代为办理营业执照变更登记、公共场所卫生许可证申领等相关事宜，受托人在办理上述事项过程中所签署的有关文件，我单位均予以认可。", f, 13),
            "justify", extra="line-height:1.6; margin-top:14pt")
    elif what == "certificate":
        d = Doc(297, 210, (35, 30, 25, 30), f, 14)
        d.image("g", img("guilloche", 1188, 840), 0, 0, 297, 210, above=False)
        d.p(d.r("荣 誉 证 书", "Noto Serif CJK SC", 36, "b01010", True), "center", extra="margin-top:20pt")
        d.p(d.r(f"　　{co}：在{rng.randint(2019, 2025)}年度{p[3]}优化营商环境工作中表现突出，被评为“诚信经营示范单位”。特发此证，以资鼓励。", f, 16),
            "justify", extra="line-height:1.8; margin-top:24pt")
    else:
        d.p(d.r("政务服务“好差评”评价表", "Noto Serif CJK SC", 18, "000000", True), "center")
        cells = []
        for i, lab in enumerate(["办理事项", "办事人", "联系电话", "评价", "意见建议"]):
            cells.append((0, 1, i, i + 1, [d.p(d.r(lab, f, 12), into=[])], ""))
            cells.append((1, 3, i, i + 1, [d.p(d.r(" ", f, 12), into=[])], ""))
        d.table([35, 60, 65], cells, border=True, extra="margin-top:12pt")
    faces = sorted({x for x, _ in d.runs})
    return d, {}, what, faces, {"seal": co} if what != "blank" else {}


BUILDERS = {"id_card_front": id_front, "id_card_back": id_back, "business_license": business_license,
            "public_health_license": health_license, "food_business_license": food_license, "other": other}
