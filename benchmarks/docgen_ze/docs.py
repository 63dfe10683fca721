"""Family ZE's documents, each laid out as one Gnumeric worksheet: ID card fronts and backs (at card
size, cropped from the page), the 2019 营业执照 (正本 landscape A3, 副本 portrait A4, 个体工商户,
分公司, 合伙), 公共场所卫生许可证 (two local layouts), 食品经营许可证 (2015 landscape and a later
portrait one) and negatives. Each returns the sheet, the truth fields and the page boxes (points)
of each value, so a capture that hides one can say so."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from benchmarks.docgen_ze import art
from benchmarks.docgen_ze import values as V
from benchmarks.docgen_ze.sheet import PT_PER_MM, Sheet, spread


def spaced(title: str) -> str:
    """A title with one full-width space between its characters (营　业　执　照)."""
    return "　".join(title)

SONG = ["AR PL SungtiL GB", "AR PL UMing CN", "Noto Serif CJK SC", "BabelStone Han"]
HEI = ["Noto Sans CJK SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Droid Sans Fallback"]
KAI = ["AR PL UKai CN", "AR PL KaitiM GB", "LXGW WenKai"]
DIGITS = ["DejaVu Sans Mono", "Liberation Mono", "Nimbus Mono PS"]


@dataclass
class Doc:
    kind: str
    variant: str
    sheet: Sheet
    fields: dict[str, str]
    crop: tuple[float, float, float, float] | None = None  # page rectangle to rasterise (ID cards)
    card: bool = False
    extra: dict = field(default_factory=dict)


def _face(r: random.Random, pool: list[str], text: str) -> str:
    """A face from the pool that has every character of `text` (the first one otherwise raises later)."""
    from benchmarks.docgen_ze.sheet import covers
    text += "0123456789.-:：（）()、；，。"
    cands = [f for f in pool if covers(f, text)]
    return r.choice(cands) if cands else pool[0]


def _wrap_rows(text: str, per_row: int) -> list[str]:
    return [text[i:i + per_row] for i in range(0, len(text), per_row)] or [""]


# ---------------------------------------------------------------- ID cards (85.6 × 54 mm)

def id_front(r: random.Random) -> Doc:
    p = V.place(r)
    male = r.random() < 0.5
    birth = V.date_between(r, dt.date(1945, 1, 1), dt.date(2010, 12, 31))
    idn = V.id_number(p[3], birth, male, r)
    name = V.person_name(r)
    nation = V.pick(r, V.NATIONS)
    addr = V.address(r, p)
    lab_face = _face(r, HEI[:2], "姓名性别民族出生年月日住址公民身份号码")
    val_face = _face(r, HEI + SONG[:1], name + addr + nation + "男女")
    num_face = r.choice(DIGITS)
    mm = PT_PER_MM
    cols = [3.5 * mm, 11 * mm, 10 * mm, 9 * mm, 15 * mm, 4 * mm, 31.1 * mm, 2 * mm]  # 85.6
    rows = [4.5 * mm, 6 * mm, 5.5 * mm, 5.5 * mm, 4.6 * mm, 4.6 * mm, 4.6 * mm, 4.6 * mm, 4.1 * mm, 8 * mm, 2 * mm]  # 54
    s = Sheet("身份证正面", cols, rows, top=120, left=150)
    blue = "#1f5f9a"
    lab = 7.2
    val = 8.6
    s.cell(1, 1, spread("姓名", 3) if r.random() < 0.5 else "姓　名", lab_face, lab, h="dist", color=blue)
    s.cell(1, 2, name, val_face, val + 0.8, c1=4, key="name")
    s.cell(2, 1, spread("性别", 3) if r.random() < 0.5 else "性　别", lab_face, lab, h="dist", color=blue)
    s.cell(2, 2, "男" if male else "女", val_face, val, key="sex")
    s.cell(2, 3, "民族", lab_face, lab, c1=3, color=blue, h="right")
    s.cell(2, 4, nation, val_face, val, key="nation", indent=1)
    s.cell(3, 1, spread("出生", 3) if r.random() < 0.5 else "出　生", lab_face, lab, h="dist", color=blue)
    s.cell(3, 2, f"{birth.year}　年　{birth.month}　月　{birth.day}　日".replace("　", " ") if r.random() < 0.3
           else f"{birth.year} 年 {birth.month} 月 {birth.day} 日", val_face, val, c1=4, key="birth_date")
    s.cell(4, 1, spread("住址", 3) if r.random() < 0.5 else "住　址", lab_face, lab, h="dist", v="top", color=blue)
    rows_addr = _wrap_rows(addr, 11)
    if len(rows_addr) > 4:
        rows_addr = _wrap_rows(addr, 12)
    if r.random() < 0.5 or len(rows_addr) > 4:
        s.cell(4, 2, addr, val_face, val, r1=7, c1=4, wrap=True, v="top", key="address")
    else:
        for i, t in enumerate(rows_addr[:4]):
            s.cell(4 + i, 2, t, val_face, val, c1=4, v="top", key=f"address{i}")
        s.boxes["address"] = (s.boxes["address0"][0], s.boxes["address0"][1], s.boxes["address0"][2], s.boxes[f"address{len(rows_addr[:4]) - 1}"][3])
    s.cell(9, 1, "公民身份号码", lab_face, lab, c1=3, color=blue)
    s.cell(9, 4, idn, num_face, 11, c1=6, key="id_number", bold=r.random() < 0.5)
    ph = art.photo(r, female=not male)
    s.image(art.png(ph), s.origin()[0] + 56 * mm, s.origin()[1] + 6 * mm, 26 * mm, 32 * mm)
    crop = s.rect(0, 0, len(rows) - 1, len(cols) - 1)
    fields = {"name": name, "sex": "男" if male else "女", "nation": nation, "birth_date": birth.isoformat(),
              "address": addr, "id_number": idn}
    return Doc("id_card_front", "id-front", s, fields, crop=crop, card=True)


def id_back(r: random.Random) -> Doc:
    p = V.place(r)
    birth = V.date_between(r, dt.date(1945, 1, 1), dt.date(2010, 12, 31))
    issue, end = V.id_validity(r, birth)
    auth = p[5]
    mm = PT_PER_MM
    cols = [4 * mm, 20 * mm, 4 * mm, 17 * mm, 38.6 * mm, 2 * mm]
    rows = [4 * mm, 9 * mm, 9 * mm, 9 * mm, 6 * mm, 6.5 * mm, 6.5 * mm, 4 * mm]
    s = Sheet("身份证背面", cols, rows, top=120, left=150)
    title_face = _face(r, HEI + SONG, "中华人民共和国居民身份证")
    lab_face = _face(r, HEI[:2], "签发机关有效期限")
    val_face = _face(r, HEI + SONG[:1], auth + "长期")
    s.cell(1, 3, "中华人民共和国", title_face, 12, c1=4, h="dist" if r.random() < 0.5 else "center", bold=True)
    s.cell(2, 3, "居民身份证", title_face, 18, c1=4, r1=3, h="dist", bold=True)
    s.cell(5, 1, spread("签发机关", 4), lab_face, 7.2, c1=2, h="dist")
    s.cell(5, 3, auth, val_face, 8.4, c1=4, key="issuing_authority")
    s.cell(6, 1, spread("有效期限", 4), lab_face, 7.2, c1=2, h="dist")
    end_txt = "长期" if end == "长期" else end.replace("-", ".")
    s.cell(6, 3, f"{issue:%Y.%m.%d}-{end_txt}", val_face, 8.4, c1=4, key="valid")
    s.boxes["valid_from"] = s.boxes["valid_to"] = s.boxes.pop("valid")
    ox, oy = s.origin()
    s.image(art.png(art.emblem(240)), ox + 6 * mm, oy + 5 * mm, 17 * mm, 17 * mm)
    crop = s.rect(0, 0, len(rows) - 1, len(cols) - 1)
    fields = {"issuing_authority": auth, "valid_from": issue.isoformat(), "valid_to": end}
    return Doc("id_card_back", "id-back", s, fields, crop=crop, card=True)


# ---------------------------------------------------------------- 营业执照 (2019 template)

def business_license(r: random.Random) -> Doc:
    p = V.place(r)
    co = V.company(r, p)
    form = co["form"]
    original = r.random() < 0.4  # 正本 landscape; 副本 portrait
    lab_face = _face(r, HEI + SONG, "名称类型法定代表人注册资本成立日期营业期限住所经营范围负责人执行事务合伙人经营者组成形式注册日期经营场所营业场所合伙期限")
    val_text = co["name"] + co["entity_type"] + co["rep"] + co["capital"] + co["address"] + co["scope"] + "年月日至长期个人经营家庭经营"
    val_face = _face(r, SONG + KAI + HEI[:1], val_text)
    title_face = _face(r, SONG[:3] + HEI[:1], "营业执照副本")
    est = co["established"]
    date_txt = V.cn_date(est, zero_pad=r.random() < 0.7)
    if form == "individual":
        labels = [("名称", co["name"], "name"), ("类型", co["entity_type"], "entity_type"), ("经营者", co["rep"], "legal_representative"),
                  ("组成形式", r.choice(["个人经营", "家庭经营"]), None), ("注册日期", date_txt, "established_date"),
                  ("经营场所", co["address"], "address")]
    else:
        addr_label = {"branch": "营业场所", "partnership": "主要经营场所"}.get(form, "住所")
        term_label = "合伙期限" if form == "partnership" else "营业期限"
        vt = co["valid_to"]
        if vt == "长期":
            term = f"{date_txt}至长期" if r.random() < 0.6 else "长期"
        else:
            term = f"{date_txt}至{V.cn_date(dt.date.fromisoformat(vt), zero_pad='月0' in date_txt or r.random() < 0.5)}"
        labels = [("名称", co["name"], "name"), ("类型", co["entity_type"], "entity_type"), (co["rep_label"], co["rep"], "legal_representative")]
        if form == "company":
            labels.append(("注册资本", co["capital"], "registered_capital"))
        labels += [("成立日期", date_txt, "established_date"), (term_label, term, "valid_to"), (addr_label, co["address"], "address")]
    scope = co["scope"]
    W = 5 if any(len(lb) > 4 for lb, _, _ in labels) else 4
    lab_pt, val_pt = (11.5, 11.5) if original else (10.5, 10.5)
    if original:
        cols = [60, 78, 12, 300, 40, 78, 12, 300, 60]
        s = Sheet("营业执照正本", cols, [], paper="iso_a3", landscape=True, top=60)
    else:
        cols = [46, 82, 10, 370, 46]
        s = Sheet("营业执照副本", cols, [], paper="iso_a4", top=36)
    rows = s.rows
    rows += [40, 18, 22, 58, 26, 12]  # frame, code label, code, title, (副本), gap
    last_col = len(cols) - 2
    code_face = _face(r, HEI + SONG, "统一社会信用代码副本编号")
    s.cell(1, 1, "统一社会信用代码", code_face, 9.5, c1=3, h="left")
    s.cell(2, 1, co["credit_code"], r.choice(DIGITS + HEI[:1]), 11, c1=3, key="credit_code")
    serial = f"{r.randint(1, 9)}-{r.randint(1, 3)}"
    s.cell(1, last_col, f"副本编号：{serial}" if not original else "（1-1）", code_face, 9, h="right")
    title = "营业执照"
    s.cell(3, 1, spaced(title) if r.random() < 0.6 else title, title_face, 30 if not original else 40,
           c1=last_col, h="center", bold=True)
    if not original:
        s.cell(4, 1, "（副　本）", title_face, 14, c1=last_col, h="center")
    # the field grid
    r0 = len(rows)
    text_w_chars = int(cols[3] / val_pt)
    if original:
        left_fields, right_fields = labels[:3], labels[3:]
        n_left = len(left_fields)
        grid = max(n_left, len(right_fields))
        for _ in range(grid):
            rows.append(30)
        for i, (lb, v, key) in enumerate(left_fields):
            s.cell(r0 + i, 1, spread(lb, W), lab_face, lab_pt, h="dist")
            s.cell(r0 + i, 3, v, val_face, val_pt, key=key, wrap=len(v) > text_w_chars)
        for i, (lb, v, key) in enumerate(right_fields):
            s.cell(r0 + i, 5, spread(lb, W), lab_face, lab_pt, h="dist", v="top" if key == "address" else "center")
            s.cell(r0 + i, 7, v, val_face, val_pt, key=key, wrap=True, v="top" if key == "address" else "center")
            if key == "address" and len(v) > text_w_chars:
                rows[r0 + i] = 46
        # 经营范围 under the left column
        rs = r0 + n_left
        nlines = len(scope) // text_w_chars + 1
        while len(rows) < rs + 1:
            rows.append(30)
        rows[rs] = max(rows[rs], nlines * val_pt * 1.45 + 8)
        s.cell(rs, 1, spread("经营范围", W), lab_face, lab_pt, h="dist", v="top")
        s.cell(rs, 3, scope, val_face, val_pt, wrap=True, v="top", key="business_scope", h="justify" if r.random() < 0.5 else "left")
        tail = rs + 1
    else:
        for lb, v, key in labels:
            lines = len(v) // text_w_chars + 1
            rows.append(max(26, lines * val_pt * 1.45 + 8))
            i = len(rows) - 1
            s.cell(i, 1, spread(lb, W), lab_face, lab_pt, h="dist", v="top" if lines > 1 else "center")
            s.cell(i, 3, v, val_face, val_pt, key=key, wrap=lines > 1, v="top" if lines > 1 else "center")
        nlines = len(scope) // text_w_chars + 1
        rows.append(nlines * val_pt * 1.45 + 10)
        i = len(rows) - 1
        s.cell(i, 1, spread("经营范围", W), lab_face, lab_pt, h="dist", v="top")
        s.cell(i, 3, scope, val_face, val_pt, wrap=True, v="top", key="business_scope", h="justify" if r.random() < 0.5 else "left")
        tail = i + 1
    # registrar, date, seal, QR and the small print
    rows += [20, 26, 26, 22, 22, 26]
    reg_face = _face(r, SONG + HEI[:1], "登记机关国家企业信用信息公示系统网址市场主体应当于每年月日至日通过报送公示年度报告监制总局〇一二三四五六七八九十")
    reg_col = len(cols) - 2 if not original else 7
    s.cell(tail + 1, reg_col, "登记机关", reg_face, 12, h="center" if not original else "right")
    issue = V.date_between(r, max(co["established"], dt.date(2019, 3, 1)), V.TODAY)
    s.cell(tail + 2, reg_col, V.cn_upper_date(issue) if r.random() < 0.3 else V.cn_date(issue), reg_face, 11, h="right")
    small = "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn"
    s.cell(tail + 4, 1, small, reg_face, 8, c1=3, h="left")
    s.cell(tail + 5, 1, "市场主体应当于每年1月1日至6月30日通过国家企业信用信息公示系统报送公示年度报告。", reg_face, 8, c1=len(cols) - 2, h="left")
    x0, y0, x1, y1 = s.rect(tail + 1, reg_col, tail + 2, reg_col)
    ring = V.registrar(p)
    seal_pt = 110 if original else 96
    s.image(art.png(art.seal(r, ring, "", alpha=r.choice([150, 190, 220]))), x1 - seal_pt - 10, y0 - seal_pt * 0.45, seal_pt, seal_pt)
    qx0, qy0, _, _ = s.rect(tail + 1, 1, tail + 1, 1)
    qs = 70 if not original else 84
    s.image(art.png(art.qr(r)), qx0, qy0 - 6, qs, qs)
    ox, oy = s.origin()
    if r.random() < 0.85:
        pw, ph = sum(cols), sum(rows)
        band = 26 if original else 20
        fr = art.guilloche_frame(r, int(pw * 2), int(ph * 2), int(band * 2))
        s.image(art.png(fr), ox, oy, pw, ph)
    em = 56 if not original else 70
    s.image(art.png(art.emblem(200)), ox + sum(cols) / 2 - em / 2, oy + 6, em, em)
    fields = {"name": co["name"], "credit_code": co["credit_code"], "entity_type": co["entity_type"],
              "legal_representative": co["rep"], "registered_capital": co["capital"], "established_date": est.isoformat(),
              "address": co["address"], "business_scope": scope, "valid_to": co["valid_to"]}
    variant = f"bl-{'original' if original else 'copy'}-{form}"
    return Doc("business_license", variant, s, fields)


# ---------------------------------------------------------------- 公共场所卫生许可证

def health_license(r: random.Random) -> Doc:
    p = V.place(r, rural_ok=False)
    co = V.company(r, p)
    while co["form"] == "branch" and r.random() < 0.7:
        co = V.company(r, p)
    name = co["name"] or f"{p[2]}{V.pick(r, V.TRADE)}足浴店"
    items = r.sample(V.HEALTH_ITEMS, r.randint(1, 3))
    sep = "、" if r.random() < 0.8 else "，"
    item_txt = sep.join(items)
    vf = V.date_between(r, dt.date(2019, 1, 1), V.TODAY)
    vt = vf.replace(year=vf.year + 4) - dt.timedelta(days=1)
    no = V.health_license_no(r, p, vf.year)
    local = r.choice(["a", "b"])
    lab_face = _face(r, SONG + HEI, "单位名称法定代表人负责人地址经营场所许可项目有效期限自至")
    val_face = _face(r, SONG + KAI + HEI[:1], name + co["rep"] + co["address"] + item_txt + "年月日自至")
    title_face = _face(r, SONG[:3] + HEI[:1], "公共场所卫生许可证")
    cols = [50, 110, 14, 330, 50]
    rows = [40, 50, 28, 24, 20]
    s = Sheet("卫生许可证", cols, rows, top=50)
    s.cell(1, 1, "公共场所卫生许可证" if local == "a" else spaced("卫生许可证"), title_face, 26, c1=3, h="center", bold=True)
    s.cell(2, 1, no, val_face if r.random() < 0.5 else lab_face, 11, c1=3, h="center", key="license_no")
    addr_label = "地　　址" if local == "a" else "经营场所地址"
    rep_label = "法定代表人（负责人）" if r.random() < 0.6 else "法定代表人"
    fld = [("单位名称", name, "name"), (rep_label, co["rep"], "legal_representative"), (addr_label, co["address"], "address"),
           ("许可项目", item_txt, "license_items")]
    lab_pt, val_pt = 12, 12
    if len(rep_label) > 6:
        cols[1] = 130
        cols[3] = 310
    per = int(cols[3] / val_pt)
    for lb, v, key in fld:
        lines = len(v) // per + 1
        rows.append(max(34, lines * val_pt * 1.5 + 12))
        i = len(rows) - 1
        s.cell(i, 1, spread(lb.replace("　", ""), 4) if len(lb.replace("　", "")) <= 4 else lb, lab_face, lab_pt if len(lb) <= 6 else 10,
               h="dist", c1=2)
        s.cell(i, 3, v, val_face, val_pt, key=key, wrap=lines > 1)
    rows.append(34)
    i = len(rows) - 1
    s.cell(i, 1, "有效期限", lab_face, lab_pt, h="dist", c1=2)
    zp = r.random() < 0.5
    s.cell(i, 3, f"自{V.cn_date(vf, zp)}至{V.cn_date(vt, zp)}", val_face, val_pt, key="valid")
    s.boxes["valid_from"] = s.boxes["valid_to"] = s.boxes.pop("valid")
    if local == "b":
        s.border(5, 1, i, 3, "medium", inner=True)
    rows += [40, 26, 26, 40]
    issuer = f"{(p[1] or p[0])}{p[2]}卫生健康委员会" if r.random() < 0.6 else f"{p[2]}卫生和计划生育委员会"
    s.cell(i + 2, 3, f"发证机关：{issuer}" if r.random() < 0.5 else issuer, lab_face, 11, h="right")
    iss = vf - dt.timedelta(days=r.randint(0, 10))
    s.cell(i + 3, 3, V.cn_date(iss), lab_face, 11, h="right")
    x0, y0, x1, y1 = s.rect(i + 2, 3, i + 3, 3)
    s.image(art.png(art.seal(r, issuer, "", alpha=190)), x1 - 120, y0 - 30, 96, 96)
    ox, oy = s.origin()
    if r.random() < 0.7:
        fr = art.guilloche_frame(r, int(sum(cols) * 2), int(sum(rows) * 2), 36, color=r.choice([(60, 120, 180), (190, 150, 70)]))
        s.image(art.png(fr), ox, oy, sum(cols), sum(rows))
    fields = {"license_no": no, "name": name, "legal_representative": co["rep"], "address": co["address"],
              "license_items": item_txt, "valid_from": vf.isoformat(), "valid_to": vt.isoformat()}
    return Doc("public_health_license", f"ph-{local}", s, fields)


# ---------------------------------------------------------------- 食品经营许可证

def food_license(r: random.Random) -> Doc:
    p = V.place(r)
    co = V.company(r, p)
    form_name, items, catering = V.pick(r, V.FOOD_FORMS)
    name = co["name"] or f"{p[2]}{V.pick(r, V.TRADE)}{'餐馆' if catering else '便利店'}"
    code = co["credit_code"]  # a 个体工商户's licence prints its `92` credit code too
    no = V.food_license_no(r, p, catering)
    its = r.sample(items, r.randint(1, len(items)))
    item_txt = "；".join(its) if r.random() < 0.7 else "，".join(its)
    premises = co["address"] if r.random() < 0.6 else V.address(r, p, business=True)
    vt = V.date_between(r, V.TODAY - dt.timedelta(days=200), V.TODAY + dt.timedelta(days=365 * 5))
    new = r.random() < 0.45
    lab_face = _face(r, SONG + HEI, "经营者名称社会信用代码身份证号码法定代表人负责人住所经营场所主体业态经营项目有效期至许可证编号日常监督管理机构人员投诉举报电话发证机关签发人")
    val_face = _face(r, SONG + KAI + HEI[:1], name + co["rep"] + co["address"] + premises + form_name + item_txt + "年月日")
    title_face = _face(r, SONG[:3] + HEI[:1], "食品经营许可证副本")
    fld = [("经营者名称", name, "name"), ("社会信用代码（身份证号码）", code, "credit_code"), ("法定代表人（负责人）", co["rep"], "legal_representative"),
           ("住所", co["address"], "address"), ("经营场所", premises, "premises_address"), ("主体业态", form_name, "business_form"),
           ("经营项目", item_txt, "business_items"), ("有效期至", V.cn_date(vt, r.random() < 0.5), "valid_to")]
    authority = f"{(p[1] or p[0])}{p[2]}市场监督管理局" if p[1] else V.registrar(p)
    if not new:  # 2015 正本: landscape, fields left, number and office right
        cols = [30, 124, 6, 300, 24, 110, 6, 160, 30]
        s = Sheet("食品经营许可证", cols, [40, 56, 24], paper="iso_a4", landscape=True, top=20)
        s.cell(1, 1, spaced("食品经营许可证"), title_face, 28, c1=7, h="center", bold=True)
        lab_pt = 10
        per = int(cols[3] / 11)
        r0 = 3
        for k, (lb, v, key) in enumerate(fld):
            lines = len(v) // per + 1
            s.rows.append(max(26, lines * 16 + 8))
            i = r0 + k
            s.cell(i, 1, spread(lb, 5) if len(lb) <= 5 else lb, lab_face, lab_pt if len(lb) <= 6 else 8.5, h="dist")
            s.cell(i, 3, v, val_face, 11, key=key, wrap=lines > 1)
        right = [("许可证编号", no, "license_no"), ("日常监督管理机构", f"{p[2]}市场监督管理所", None), ("日常监督管理人员", V.person_name(r) + "、" + V.person_name(r), None),
                 ("投诉举报电话", "12315", None), ("发证机关", authority, None), ("签发人", V.person_name(r), None)]
        for k, (lb, v, key) in enumerate(right):
            s.cell(r0 + k, 5, lb, lab_face, 8.5, h="dist")
            s.cell(r0 + k, 7, v, val_face if key is None else r.choice(DIGITS + [val_face]), 10 if key else 9, key=key, wrap=len(v) > 14)
        s.rows += [20, 30]
        last = len(s.rows) - 1
        iss = vt.replace(year=vt.year - 5) if vt.month != 2 or vt.day != 29 else vt.replace(year=vt.year - 5, day=28)
        s.cell(last, 7, V.cn_date(iss), lab_face, 11, h="center")
        x0, y0, x1, y1 = s.rect(last, 7, last, 7)
        s.image(art.png(art.seal(r, authority, "", alpha=190)), x0 + 30, y0 - 70, 96, 96)
        qx, qy, _, _ = s.rect(r0 + 6, 5, r0 + 6, 5)
        s.image(art.png(art.qr(r)), qx + 10, qy, 70, 70)
        variant = "food-2015"
    else:  # later layout: portrait, number on top, a ruled table
        cols = [40, 150, 340, 40]
        s = Sheet("食品经营许可证副本", cols, [30, 50, 26, 26], paper="iso_a4", top=40)
        s.cell(1, 1, "食品经营许可证", title_face, 26, c1=2, h="center", bold=True)
        s.cell(2, 1, "（副本）" if r.random() < 0.5 else "", title_face, 13, c1=2, h="center")
        s.cell(3, 1, f"许可证编号：{no}", lab_face, 11, c1=2, h="right", key="license_no")
        per = int(cols[2] / 11.5)
        r0 = 4
        for k, (lb, v, key) in enumerate(fld):
            lines = len(v) // per + 1
            s.rows.append(max(30, lines * 16 + 10))
            s.cell(r0 + k, 1, lb, lab_face, 10.5 if len(lb) <= 8 else 8.5, h="dist")
            s.cell(r0 + k, 2, v, val_face, 11, key=key, wrap=lines > 1, indent=1)
        s.rows += [30, 40, 24, 24]
        last = len(s.rows) - 1
        s.cell(r0 + len(fld), 1, "备注", lab_face, 10.5, h="dist")
        s.border(r0, 1, r0 + len(fld), 2, "medium", inner=True)
        s.cell(last - 1, 2, f"发证机关：{authority}", lab_face, 11, h="right")
        iss = V.date_between(r, V.TODAY - dt.timedelta(days=900), V.TODAY)
        s.cell(last, 2, V.cn_date(iss), lab_face, 11, h="right")
        x0, y0, x1, y1 = s.rect(last - 1, 2, last, 2)
        s.image(art.png(art.seal(r, authority, "", alpha=190)), x1 - 130, y0 - 40, 96, 96)
        qx, qy, _, _ = s.rect(last - 1, 1, last - 1, 1)
        s.image(art.png(art.qr(r)), qx, qy - 10, 64, 64)
        variant = "food-new"
    ox, oy = s.origin()
    if r.random() < 0.7:
        fr = art.guilloche_frame(r, int(sum(s.cols) * 2), int(sum(s.rows) * 2), 30, color=r.choice([(60, 140, 90), (190, 150, 70)]))
        s.image(art.png(fr), ox, oy, sum(s.cols), sum(s.rows))
    fields = {"license_no": no, "name": name, "credit_code": code, "legal_representative": co["rep"], "address": co["address"],
              "premises_address": premises, "business_form": form_name, "business_items": item_txt, "valid_to": vt.isoformat()}
    return Doc("food_business_license", variant, s, fields)


# ---------------------------------------------------------------- negatives

def other(r: random.Random) -> Doc:
    kind = r.choice(["receipt", "form", "letter", "honour", "blank", "proxy"])
    p = V.place(r)
    face = _face(r, SONG + HEI, "收据情况说明")
    s = Sheet(kind, [50, 120, 300, 50], [40], top=50)
    add = s.rows.append
    if kind == "blank":
        add(20)
        s.cell(1, 1, "", face, 10)
    elif kind == "receipt":
        add(40)
        s.cell(1, 1, "收　款　收　据", face, 22, c1=2, h="center", bold=True)
        for lb, v in [("交款单位", V.company(r, p)["name"] or V.person_name(r)), ("收款事由", r.choice(["房屋租金", "物业管理费", "押金", "办公用品"])),
                      ("金额（大写）", V.capital_upper(r.choice([1, 2, 3, 5])).replace("万", "仟")), ("金额（小写）", f"￥{r.randint(500, 50000)}.00"),
                      ("收款单位", V.company(r, p)["name"] or "个人"), ("日期", V.cn_date(V.date_between(r, dt.date(2024, 1, 1), V.TODAY)))]:
            add(30)
            s.cell(len(s.rows) - 1, 1, lb, face, 11, h="dist")
            s.cell(len(s.rows) - 1, 2, v, face, 11)
        s.border(2, 1, len(s.rows) - 1, 2, "thin", inner=True)
    elif kind == "form":
        add(40)
        s.cell(1, 1, "政务服务综合受理申请表", face, 18, c1=2, h="center", bold=True)
        for lb in ["申请人", "证件类型", "证件号码", "联系电话", "申请事项", "申请材料", "受理人员", "受理日期"]:
            add(34)
            s.cell(len(s.rows) - 1, 1, spread(lb, 4), face, 11, h="dist")
        s.border(2, 1, len(s.rows) - 1, 2, "thin", inner=True)
    elif kind == "letter":
        add(40)
        s.cell(1, 1, "情况说明", face, 20, c1=2, h="center", bold=True)
        co = V.company(r, p)
        body = (f"兹有我单位{co['name'] or V.person_name(r)}，因办公场所搬迁，原营业执照正本、副本需办理住所变更登记。"
                f"特此说明，我单位承诺所提交的营业执照复印件及其他材料真实有效，如有虚假，愿承担相应法律责任。")
        add(140)
        s.cell(2, 1, "市场监督管理局：", face, 12, c1=2)
        s.cell(3, 1, body, face, 12, c1=2, wrap=True, v="top")
        add(30)
        add(30)
        s.cell(5, 2, f"{V.person_name(r)}（签字）", face, 12, h="right")
        add(30)
        s.cell(6, 2, V.cn_date(V.date_between(r, dt.date(2024, 1, 1), V.TODAY)), face, 12, h="right")
    elif kind == "honour":
        add(70)
        s.cell(1, 1, "荣　誉　证　书", face, 28, c1=2, h="center", bold=True, color="#b01010")
        add(120)
        s.cell(2, 1, f"{V.person_name(r)}同志：在{r.randint(2019, 2025)}年度工作中表现突出，被评为“优秀员工”，特发此证，以资鼓励。", face, 14, c1=2, wrap=True)
        add(40)
        s.cell(3, 2, V.cn_date(V.date_between(r, dt.date(2020, 1, 1), V.TODAY)), face, 12, h="right")
    else:
        add(40)
        s.cell(1, 1, "授权委托书", face, 20, c1=2, h="center", bold=True)
        add(160)
        s.cell(2, 1, f"委托人：{V.person_name(r)}\n受托人：{V.person_name(r)}\n现委托受托人代为办理相关业务的申请、领取等手续，"
                     f"受托人在办理上述事项过程中所签署的有关文件，我均予以承认。委托期限：自签字之日起三十日内。", face, 12, c1=2, wrap=True, v="top")
        add(30)
        s.cell(3, 2, "委托人（签字）：", face, 12, h="right")
    return Doc("other", f"other-{kind}", s, {})
