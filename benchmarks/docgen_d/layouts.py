"""Family D layouts: each function draws one document as a vector PDF and returns its truth
(kind, variant, field values per benchmarks/docgen_b/FIELDS.md) and where each value sits.

Layouts follow what the printed documents look like (居民身份证 2004 edition; the 2019 national
营业执照 template, 正本 landscape and 副本 portrait, with its labels justified across the label
column; the 公共场所卫生许可证 and 食品经营许可证 certificates), drawn from this generator's own
reading of those documents, not from any other generator of the project.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from dataclasses import dataclass, field
from pathlib import Path

from . import values as V
from .sheet import Sheet, pick

INK = (0.08, 0.08, 0.1)
BLUE_LABEL = (0.2, 0.42, 0.66)
RED = (0.86, 0.08, 0.1)


@dataclass
class Doc:
    kind: str
    variant: str
    fields: dict[str, str]
    w_mm: float
    h_mm: float
    boxes: dict[str, list[tuple[float, float, float, float]]] = field(default_factory=dict)
    glossy: bool = False          # a laminated card or a framed certificate reflects light
    notes: dict = field(default_factory=dict)


def _finish(s: Sheet, doc: Doc) -> Doc:
    s.save()
    doc.boxes = s.boxes
    return doc


# ---------------------------------------------------------------- ID card


def _guilloche(s: Sheet, rng: random.Random, colors) -> None:
    for k in range(26):
        col = colors[k % len(colors)]
        amp = rng.uniform(1.0, 4.0)
        per = rng.uniform(8, 22)
        y0 = rng.uniform(0, s.h)
        ph = rng.uniform(0, 6.28)
        pts = [(x / 2, y0 + amp * math.sin(x / 2 / per * 6.28 + ph)) for x in range(0, int(s.w * 2) + 2)]
        s.polyline(pts, col, lw=0.08, alpha=0.55)


def _portrait(s: Sheet, rng: random.Random, x: float, y: float, w: float, h: float, sex: str) -> None:
    s.rect(x, y, w, h, fill=(0.93, 0.94, 0.96))
    tone = rng.uniform(0.55, 0.75)
    skin = (tone + 0.15, tone + 0.05, tone - 0.05)
    hair = (0.12, 0.1, 0.1)
    cx = x + w / 2
    s.circle(cx, y + h * 0.36, w * 0.26, fill=hair)
    s.polyline([(cx - w * 0.2, y + h * 0.42), (cx - w * 0.2, y + h * 0.5), (cx, y + h * 0.64),
                (cx + w * 0.2, y + h * 0.5), (cx + w * 0.2, y + h * 0.42), (cx, y + h * 0.2)], skin, lw=0.01,
               close=True, fill=skin)
    if sex == "女":
        s.rect(cx - w * 0.3, y + h * 0.35, w * 0.1, h * 0.3, fill=hair)
        s.rect(cx + w * 0.2, y + h * 0.35, w * 0.1, h * 0.3, fill=hair)
    shirt = rng.choice([(0.15, 0.2, 0.35), (0.9, 0.9, 0.9), (0.3, 0.3, 0.3), (0.55, 0.1, 0.15)])
    s.polyline([(x + w * 0.05, y + h), (x + w * 0.12, y + h * 0.76), (cx, y + h * 0.68),
                (x + w * 0.88, y + h * 0.76), (x + w * 0.95, y + h)], shirt, lw=0.01, close=True, fill=shirt)


def id_front(path: Path, rng: random.Random, p: V.Person) -> Doc:
    s = Sheet(path, 85.6, 54.0)
    s.rect(0, 0, 85.6, 54.0, fill=(0.95, 0.96, 0.94))
    _guilloche(s, rng, [(0.72, 0.82, 0.9), (0.88, 0.8, 0.84), (0.8, 0.88, 0.82)])
    lab = pick(["hei", "mhei"])
    val = pick(rng.choice([["hei", "mhei"], ["hei"], ["song", "hei"]]))
    num = pick(["hei", "mhei"])
    ls, vs = 6.3, rng.uniform(7.6, 8.6)
    x0, xv = 6.5, 16.8
    s.text("姓", x0, 10.5, lab, ls, BLUE_LABEL)
    s.text("名", x0 + 4.2, 10.5, lab, ls, BLUE_LABEL)
    s.text(p.name, xv, 10.8, val, vs + 1.2, INK, field="name", space=0.5 if len(p.name) <= 3 else 0.1)
    s.text("性", x0, 17.5, lab, ls, BLUE_LABEL)
    s.text("别", x0 + 4.2, 17.5, lab, ls, BLUE_LABEL)
    s.text(p.sex, xv, 17.6, val, vs, INK, field="sex")
    s.text("民", 27.5, 17.5, lab, ls, BLUE_LABEL)
    s.text("族", 31.7, 17.5, lab, ls, BLUE_LABEL)
    s.text(p.nation, 37.5, 17.6, val, vs, INK, field="nation")
    s.text("出", x0, 24.3, lab, ls, BLUE_LABEL)
    s.text("生", x0 + 4.2, 24.3, lab, ls, BLUE_LABEL)
    b = p.birth
    xb = s.text(str(b.year), xv, 24.4, val, vs, INK, field="birth_date")
    xb = s.text("年", xb + 1.2, 24.4, lab, ls, BLUE_LABEL)
    xb = s.text(str(b.month), xb + 1.2, 24.4, val, vs, INK, field="birth_date")
    xb = s.text("月", xb + 1.2, 24.4, lab, ls, BLUE_LABEL)
    xb = s.text(str(b.day), xb + 1.2, 24.4, val, vs, INK, field="birth_date")
    s.text("日", xb + 1.2, 24.4, lab, ls, BLUE_LABEL)
    s.text("住", x0, 31.2, lab, ls, BLUE_LABEL)
    s.text("址", x0 + 4.2, 31.2, lab, ls, BLUE_LABEL)
    s.wrap(p.address, xv, 31.3, 34.5, val, vs, 4.3, field="address", max_lines=3)
    s.text("公民身份号码", x0, 48.6, lab, ls, BLUE_LABEL)
    s.text(p.id_number, 29.5, 48.9, num, vs + 1.6, INK, field="id_number", space=0.55)
    _portrait(s, rng, 56.5, 7.0, 24.0, 31.0, p.sex)
    fields = {"name": p.name, "sex": p.sex, "nation": p.nation, "birth_date": p.birth.isoformat(),
              "address": p.address, "id_number": p.id_number}
    return _finish(s, Doc("id_card_front", "2004", fields, 85.6, 54.0, glossy=True))


def id_back(path: Path, rng: random.Random, p: V.Person) -> Doc:
    s = Sheet(path, 85.6, 54.0)
    s.rect(0, 0, 85.6, 54.0, fill=(0.95, 0.95, 0.92))
    _guilloche(s, rng, [(0.86, 0.82, 0.72), (0.78, 0.86, 0.9)])
    s.emblem(14.5, 14.5, 8.8)
    title = pick(["hei", "bsong", "song"])
    s.text("中华人民共和国", 28.5, 14.0, title, 11.5, INK, space=1.4, bold=True)
    s.text("居民身份证", 28.5, 26.0, title, 17.5, INK, space=2.2, bold=True)
    lab = pick(["hei", "mhei"])
    val = pick(rng.choice([["hei"], ["song", "hei"], ["mhei"]]))
    s.text("签发机关", 15.0, 41.5, lab, 6.3, INK)
    s.text(p.region.police, 30.5, 41.7, val, 7.6, INK, field="issuing_authority")
    s.text("有效期限", 15.0, 48.5, lab, 6.3, INK)
    vt = p.valid_to.strftime("%Y.%m.%d") if p.valid_to else "长期"
    s.text(f"{p.valid_from:%Y.%m.%d}-{vt}", 30.5, 48.7, val, 7.6, INK, field="valid_from")
    s.boxes["valid_to"] = list(s.boxes["valid_from"])
    fields = {"issuing_authority": p.region.police, "valid_from": p.valid_from.isoformat(),
              "valid_to": p.valid_to.isoformat() if p.valid_to else "长期"}
    return _finish(s, Doc("id_card_back", "2004" if p.valid_to else "2004-long", fields, 85.6, 54.0, glossy=True))


# ---------------------------------------------------------------- business licence (2019 template)


def _border(s: Sheet, rng: random.Random, inset: float, color) -> None:
    s.rect(inset, inset, s.w - 2 * inset, s.h - 2 * inset, stroke=color, lw=0.9)
    s.rect(inset + 3.5, inset + 3.5, s.w - 2 * inset - 7, s.h - 2 * inset - 7, stroke=color, lw=0.25)
    step = 3.5
    pale = tuple(min(1.0, c + 0.25) for c in color)
    x = inset + 1.75
    while x < s.w - inset - 1:               # a band of small lozenges between the two rules
        for yy in (inset + 1.75, s.h - inset - 1.75):
            s.polyline([(x, yy - 1.1), (x + 1.1, yy), (x, yy + 1.1), (x - 1.1, yy)], pale, lw=0.15, close=True)
        x += step
    y = inset + 1.75 + step
    while y < s.h - inset - 3:
        for xx in (inset + 1.75, s.w - inset - 1.75):
            s.polyline([(xx - 1.1, y), (xx, y + 1.1), (xx + 1.1, y), (xx, y - 1.1)], pale, lw=0.15, close=True)
        y += step


@dataclass
class Entity:
    variant: str            # company / individual / branch
    name: str
    credit_code: str
    entity_type: str
    person: str
    person_label: str
    capital: str
    established: dt.date
    valid_to: str           # "" / 长期 / YYYY-MM-DD
    address: str
    address_label: str
    scope: str
    region: V.Region
    form: str = ""          # 组成形式 of an individual business


def entity(rng: random.Random, variant: str, today: dt.date) -> Entity:
    r = rng.choice(V.REGIONS)
    city = r.prefix.split("省")[-1].split("自治区")[-1]
    city_short = city[:2] if not city.startswith(("上海", "北京")) else city[:2]
    est = V.rand_date(rng, dt.date(2008, 1, 1), today - dt.timedelta(days=20))
    boss = V.person_name(rng, "汉")
    addr = r.prefix + V.street_address(rng, r, business=True)
    if variant == "individual":
        dist = r.prefix[-3:] if r.prefix.endswith(("区", "市", "县")) else ""
        shop = f"{dist}{rng.choice([boss[0] + '记', rng.choice(V.TRADE_NAMES), boss])}{rng.choice(V.SHOPS)}"
        code = V.credit_code(rng, r, kind="2")
        return Entity(variant, shop, code, "个体工商户", boss, "经营者", "", est, "", addr, "经营场所",
                      V.scope_text(rng, modern=rng.random() < 0.6), r, rng.choice(["个人经营", "家庭经营"]))
    trade = rng.choice(V.TRADE_NAMES)
    ind = rng.choice(V.INDUSTRIES)
    suffix = rng.choice(["有限公司", "有限公司", "有限公司", "有限责任公司", "股份有限公司"])
    parent = f"{city_short}{trade}{ind}{suffix}" if rng.random() < 0.8 else f"{trade}{ind}（{city_short}）{suffix}"
    term_end = V.add_years(est, rng.choice([10, 20, 30, 50])) - dt.timedelta(days=1)
    valid = "长期" if rng.random() < 0.55 or term_end < today else term_end.isoformat()
    if variant == "branch":
        br = V.REGIONS[(V.REGIONS.index(r) + rng.randint(1, 5)) % len(V.REGIONS)]
        br_area = br.prefix.split("市")[0][-2:] + br.prefix.split("市")[-1] if "市" in br.prefix else br.prefix[-3:]
        name = f"{parent}{br_area}分公司"
        code = V.credit_code(rng, br, kind="1")
        return Entity(variant, name, code, rng.choice(V.BRANCH_TYPES), boss, "负责人", "", est, valid,
                      br.prefix + V.street_address(rng, br, business=True), "营业场所", V.scope_text(rng), br)
    typ = "股份有限公司（非上市、自然人投资或控股）" if suffix == "股份有限公司" else rng.choice(V.COMPANY_TYPES[:4] + V.COMPANY_TYPES[5:])
    return Entity(variant, parent, V.credit_code(rng, r, kind="1"), typ, boss, "法定代表人", V.capital_text(rng),
                  est, valid, addr, "住所", V.scope_text(rng), r)


def _term_text(e: Entity) -> str:
    start = V.fmt_date_cn(e.established)
    if e.valid_to == "长期":
        return f"{start} 至 长期"
    return f"{start} 至 {V.fmt_date_cn(dt.date.fromisoformat(e.valid_to))}"


def business_license(path: Path, rng: random.Random, e: Entity, copy: str, today: dt.date) -> Doc:
    """copy: 正本 (landscape, two columns) or 副本 (portrait, one column)."""
    landscape = copy == "正本"
    w, h = (420.0, 297.0) if landscape else (210.0, 297.0)
    k = 1.0 if landscape else 0.72            # type scale
    s = Sheet(path, w, h)
    paper = (rng.uniform(0.97, 1.0), rng.uniform(0.96, 0.99), rng.uniform(0.9, 0.96))
    s.rect(0, 0, w, h, fill=paper)
    frame = rng.choice([(0.62, 0.44, 0.2), (0.55, 0.38, 0.25), (0.7, 0.55, 0.3)])
    _border(s, rng, 10 * k, frame)
    lab_font = pick(rng.choice([["hei"], ["song", "hei"], ["bsong", "hei"]]))
    val_font = pick(rng.choice([["song"], ["bsong", "song"], ["kai", "song"], ["hei"], ["mhei", "hei"]]))
    title_font = pick(["bsong", "song", "hei"])
    style = rng.choices(["span5", "span4", "colon"], [6, 3, 1])[0]
    size = (15.5 if landscape else 11.2) * rng.uniform(0.95, 1.05)
    cw = s.width("名", lab_font, size)
    s.emblem(w / 2, 34 * k + 6, 15 * k)
    s.text("营业执照", w / 2, 86 * k + 8, title_font, 50 * k, INK, anchor="center", space=14 * k, bold=True)
    if not landscape:
        s.text("（副　　本）", w / 2, 86 * k + 20, title_font, 14 * k + 2, INK, anchor="center")
        s.text(f"副本编号：1-{rng.randint(1, 3)}", w - 30, 86 * k + 20, val_font, 9, INK, anchor="right")
    # credit code top left, QR code with its caption top right
    tl_y = 62.0 if landscape else 40.0
    s.text("统一社会信用代码", 30 * k + 8, tl_y, lab_font, size * 0.92, INK)
    s.text(e.credit_code, 30 * k + 8, tl_y + size * 0.55, pick(["hei", "mhei"]), size * 0.95, INK,
           field="credit_code", space=0.3)
    if rng.random() < 0.5:
        s.text(f"证照编号：{e.region.code}{rng.randint(10**13, 10**14 - 1)}", 30 * k + 8, tl_y + size * 1.05,
               val_font, size * 0.6, INK)
    qs = 34 * k + 4
    qx, qy = w - 30 * k - 8 - qs, 28 * k + 4
    s.qr(f"http://www.gsxt.gov.cn/index.html?uniscid={e.credit_code}", qx, qy, qs)
    cap = ["扫描市场主体身份码", "了解更多登记、备案、", "许可、监管信息，体", "验更多应用服务。"]
    for i, row in enumerate(cap):
        s.text(row, qx + qs / 2, qy + qs + 4 + i * 3.6 * (k + 0.2), val_font, 7.5 * k + 1.5, INK, anchor="center")
    # labels
    if e.variant == "individual":
        rows = [("名称", "name", e.name), ("类型", "entity_type", e.entity_type), (e.person_label, "legal_representative", e.person),
                ("组成形式", "", e.form), ("注册日期", "established_date", V.fmt_date_cn(e.established)),
                (e.address_label, "address", e.address)]
    else:
        rows = [("名称", "name", e.name), ("类型", "entity_type", e.entity_type),
                (e.person_label, "legal_representative", e.person)]
        if e.capital:
            rows.append(("注册资本", "registered_capital", e.capital))
        rows += [("成立日期", "established_date", V.fmt_date_cn(e.established)),
                 ("营业期限", "valid_to", _term_text(e)), (e.address_label, "address", e.address)]
    scope_row = ("经营范围", "business_scope", e.scope)
    span = {"span5": 5, "span4": 4}.get(style, 0) * cw * 1.12

    def put_label(txt: str, x: float, y: float) -> float:
        if style == "colon":
            return s.text(txt + "：", x, y, lab_font, size, INK) + 0.5
        sp = max(span, s.width(txt, lab_font, size))
        s.justified(txt, x, y, sp, lab_font, size, INK)
        return x + sp + cw * rng.uniform(0.8, 1.6)

    lead = size * 0.352 * 1.45
    pitch = size * 0.352 * (2.3 if landscape else 2.25)
    if landscape:
        colL, colR = 40.0, 222.0
        right_edge_L, right_edge_R = 208.0, 388.0
        left_rows = rows[:3]
        right_rows = rows[3:]
        y = 128.0
        for txt, key, value in left_rows:
            vx = put_label(txt, colL, y)
            y = s.wrap(value, vx, y, right_edge_L - vx, val_font, size, lead, field=key or None) + pitch
        vx = put_label(scope_row[0], colL, y)
        s.wrap(scope_row[2], vx, y, right_edge_L - vx, val_font, size * 0.92, lead * 0.95, field="business_scope")
        y = 128.0
        for txt, key, value in right_rows:
            vx = put_label(txt, colR, y)
            y = s.wrap(value, vx, y, right_edge_R - vx, val_font, size, lead, field=key or None) + pitch
        seal_x, seal_y, date_y = 318.0, 240.0, 252.0
    else:
        y = 128.0 * k + 18
        x = 28.0
        for txt, key, value in rows + [scope_row]:
            vx = put_label(txt, x, y)
            fs = size if key != "business_scope" else size * 0.94
            y = s.wrap(value, vx, y, w - 26 - vx, val_font, fs, lead, field=key or None) + pitch
        seal_x, seal_y, date_y = w - 58, max(y + 14, 250.0), max(y + 26, 262.0)
    # registration authority, its seal partly over the date, the footer
    s.text("登记机关", seal_x - 30 * k, seal_y, lab_font, size, INK)
    s.text(V.fmt_date_cn(V.rand_date(rng, e.established, today), pad=rng.random() < 0.7), seal_x + 2, date_y,
           val_font, size, INK, anchor="center")
    s.seal(seal_x + rng.uniform(-6, 6), seal_y + rng.uniform(-3, 6), 21 * k + 3, e.region.market, pick(["song", "hei"]),
           rot=rng.uniform(-12, 12))
    foot = 8.2 * k + 1
    fy = h - 16 * k - 4
    s.text("国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", 22 * k + 6, fy, val_font, foot, INK)
    s.text("国家市场监督管理总局监制", w - 22 * k - 6, fy, val_font, foot, INK, anchor="right")
    if landscape:
        s.text("市场主体应当于每年1月1日至6月30日通过国家企业信用信息公示系统报送公示年度报告",
               w / 2, fy - 8, val_font, foot, INK, anchor="center")
    fields = {"name": e.name, "credit_code": e.credit_code, "entity_type": e.entity_type,
              "legal_representative": e.person, "registered_capital": e.capital,
              "established_date": e.established.isoformat(), "address": e.address,
              "business_scope": e.scope, "valid_to": e.valid_to}
    if "valid_to" in s.boxes:
        pass
    return _finish(s, Doc("business_license", f"{e.variant}-{copy}-{style}", fields, w, h, glossy=landscape))


# ---------------------------------------------------------------- 公共场所卫生许可证

HEALTH_ITEMS = ("住宿", "沐浴", "美容店", "理发店", "理发店、美容店", "游泳场（馆）", "商场（店）", "歌舞厅",
                "公共浴室", "住宿、沐浴", "美容店、理发店", "候车室", "影剧院")
HEALTH_PLACES = ("宾馆", "酒店", "浴室", "美发店", "美容院", "游泳馆", "歌舞厅", "商场")


def health_license(path: Path, rng: random.Random, today: dt.date) -> Doc:
    r = rng.choice(V.REGIONS)
    w, h = 210.0, 297.0
    s = Sheet(path, w, h)
    s.rect(0, 0, w, h, fill=(1.0, 0.99, 0.96))
    _border(s, rng, 9, rng.choice([(0.2, 0.45, 0.3), (0.62, 0.44, 0.2), (0.25, 0.35, 0.6)]))
    lab_font = pick(rng.choice([["song"], ["hei"], ["bsong", "song"]]))
    val_font = pick(rng.choice([["song"], ["kai", "song"], ["hei"], ["bsong", "song"]]))
    title_font = pick(["bsong", "hei", "song"])
    s.emblem(w / 2, 38, 11)
    s.text("卫生许可证", w / 2, 72, title_font, 34, INK, anchor="center", space=5, bold=True)
    year = rng.randint(2018, today.year)
    seq = f"{r.code}{rng.randint(0, 999999):06d}" if rng.random() < 0.6 else f"{rng.randint(1, 9999):04d}"
    br = rng.choice(["（）", "〔〕", "[]", "（）"])
    lic = f"{r.health_abbr}卫公字{br[0]}{year}{br[1]}第{seq}号"
    s.text(lic, w / 2, 88, val_font, 12.5, INK, anchor="center", field="license_no")
    trade = rng.choice(V.TRADE_NAMES)
    place = rng.choice(HEALTH_PLACES)
    name = (f"{r.prefix.split('省')[-1][:2]}{trade}{place}有限公司" if rng.random() < 0.6
            else f"{r.prefix[-3:]}{trade}{place}")
    rep = V.person_name(rng)
    addr = r.prefix + V.street_address(rng, r, business=True)
    items = rng.choice(HEALTH_ITEMS)
    start = V.rand_date(rng, dt.date(year, 1, 1), min(today, dt.date(year, 12, 31)))
    end = V.add_years(start, 4) - dt.timedelta(days=1)
    size = rng.uniform(12.5, 14)
    colon = rng.random() < 0.7
    rows = [("单位名称", "name", name), ("法定代表人（负责人）", "legal_representative", rep), ("地址", "address", addr),
            ("许可项目", "license_items", items),
            ("有效期限", "valid_from", f"自{V.fmt_date_cn(start)}至{V.fmt_date_cn(end)}")]
    y = 118.0
    underline = rng.random() < 0.5
    for txt, key, value in rows:
        if colon:
            vx = s.text(txt + "：", 26, y, lab_font, size, INK) + 1
        else:
            s.justified(txt, 26, y, max(s.width("单位名称", lab_font, size) * 1.3, s.width(txt, lab_font, size)),
                        lab_font, size, INK)
            vx = 26 + max(s.width("单位名称", lab_font, size) * 1.3, s.width(txt, lab_font, size)) + 6
        yl = s.wrap(value, vx, y, 184 - vx, val_font, size, size * 0.352 * 1.55, field=key)
        if underline:
            for yy in range(int((yl - y) // (size * 0.352 * 1.55)) + 1):
                s.line(vx - 1, y + 1.6 + yy * size * 0.352 * 1.55, 184, y + 1.6 + yy * size * 0.352 * 1.55,
                       (0.4, 0.4, 0.4), 0.15)
        y = yl + size * 0.352 * 2.6
    s.boxes["valid_to"] = list(s.boxes["valid_from"])
    health_org = r.market.replace("市场监督管理局", "卫生健康委员会")
    s.text("发证机关：", 108, 238, lab_font, size, INK)
    s.text(health_org if len(health_org) < 16 else health_org[:-7] + "卫健委", 108, 246, val_font, size * 0.9, INK)
    s.text(V.fmt_date_cn(start), 150, 256, val_font, size, INK, anchor="center")
    s.seal(150 + rng.uniform(-5, 5), 244 + rng.uniform(-4, 4), 20, health_org, pick(["song", "hei"]),
           bottom="行政许可专用章" if rng.random() < 0.5 else "", rot=rng.uniform(-10, 10))
    s.text("中华人民共和国国家卫生健康委员会监制", w / 2, 275, val_font, 8.5, INK, anchor="center")
    fields = {"license_no": lic, "name": name, "legal_representative": rep, "address": addr,
              "license_items": items, "valid_from": start.isoformat(), "valid_to": end.isoformat()}
    return _finish(s, Doc("public_health_license", "colon" if colon else "justified", fields, w, h))


# ---------------------------------------------------------------- 食品经营许可证

FOOD_FORMS = ("餐饮服务经营者（中型餐馆）", "餐饮服务经营者（小型餐馆）", "餐饮服务经营者（小餐饮）",
              "食品销售经营者（超市）", "食品销售经营者（便利店）", "食品销售经营者（食杂店）",
              "单位食堂（学校食堂）", "单位食堂（机关企事业单位食堂）", "餐饮服务经营者（饮品店）")
FOOD_ITEMS = ("预包装食品（含冷藏冷冻食品）销售", "散装食品（不含冷藏冷冻食品）销售", "热食类食品制售",
              "冷食类食品制售", "糕点类食品制售（不含裱花蛋糕）", "自制饮品制售（不含自酿酒）",
              "保健食品销售", "特殊医学用途配方食品销售", "婴幼儿配方乳粉销售", "生食类食品制售")


def food_license(path: Path, rng: random.Random, today: dt.date) -> Doc:
    r = rng.choice(V.REGIONS)
    copy = rng.choice(["正本", "正本", "副本"])
    landscape = copy == "正本"
    w, h = (297.0, 210.0) if landscape else (210.0, 297.0)
    s = Sheet(path, w, h)
    s.rect(0, 0, w, h, fill=(1.0, 1.0, 0.98))
    _border(s, rng, 8, rng.choice([(0.15, 0.45, 0.35), (0.2, 0.3, 0.55)]))
    lab_font = pick(rng.choice([["hei"], ["song"], ["bsong", "song"]]))
    val_font = pick(rng.choice([["song"], ["kai", "song"], ["hei"], ["mhei", "hei"]]))
    title_font = pick(["bsong", "hei", "song"])
    form = rng.choice(FOOD_FORMS)
    kind_digit = "2" if form.startswith("餐饮") else "1" if form.startswith("食品销售") else "3"
    lic = f"JY{kind_digit}{r.code}{rng.randint(0, 99999999):08d}"[:16]
    name = (f"{r.prefix.split('省')[-1][:2]}{rng.choice(V.TRADE_NAMES)}餐饮管理有限公司" if kind_digit == "2" and rng.random() < 0.5
            else f"{r.prefix[-3:]}{V.person_name(rng)[0]}记{rng.choice(['小吃店', '面馆', '便利店', '食品店', '饭店'])}"
            if rng.random() < 0.5 else f"{r.prefix.split('省')[-1][:2]}{rng.choice(V.TRADE_NAMES)}商贸有限公司")
    code = V.credit_code(rng, r, kind="2" if "记" in name else "1")
    rep = V.person_name(rng)
    addr = r.prefix + V.street_address(rng, r, business=True)
    premises = addr if rng.random() < 0.6 else r.prefix + V.street_address(rng, r, business=True)
    items = "；".join(rng.sample(FOOD_ITEMS, rng.randint(1, 4)))
    issued = V.rand_date(rng, today - dt.timedelta(days=4 * 365), today - dt.timedelta(days=10))
    valid_to = V.add_years(issued, 5) - dt.timedelta(days=1)
    s.text("食品经营许可证", w / 2, 34 if landscape else 48, title_font, 32 if landscape else 28, INK, anchor="center",
           space=3, bold=True)
    if not landscape:
        s.text("（副本）", w / 2, 60, title_font, 14, INK, anchor="center")
    size = rng.uniform(11.5, 12.8) if landscape else rng.uniform(10.5, 11.5)
    lead = size * 0.352 * 1.5
    pitch = size * 0.352 * 2.3
    left = [("经营者名称", "name", name), ("社会信用代码（身份证号码）", "credit_code", code),
            ("法定代表人（负责人）", "legal_representative", rep), ("住所", "address", addr),
            ("经营场所", "premises_address", premises), ("主体业态", "business_form", form),
            ("经营项目", "business_items", items)]
    right = [("许可证编号", "license_no", lic), ("日常监督管理机构", "", r.market),
             ("日常监督管理人员", "", V.person_name(rng) + "、" + V.person_name(rng)), ("投诉举报电话", "", "12315")]
    x0 = 22.0
    edge = 160.0 if landscape else 188.0
    y = 60.0 if landscape else 82.0
    for txt, key, value in left + ([] if landscape else right):
        vx = s.text(txt + "：", x0, y, lab_font, size, INK) + 1
        y = s.wrap(value, vx, y, edge - vx, val_font, size, lead, field=key or None) + pitch
    if landscape:
        y2 = 60.0
        for txt, key, value in right:
            vx = s.text(txt + "：", 172, y2, lab_font, size, INK) + 1
            y2 = s.wrap(value, vx, y2, w - 22 - vx, val_font, size, lead, field=key or None) + pitch
        sx, sy = 248.0, 150.0
        qx, qy = 174.0, 132.0
    else:
        sx, sy = 150.0, max(y + 20, 235.0)
        qx, qy = 28.0, max(y + 6, 228.0)
    s.text("发证机关：", sx - 30, sy - 8, lab_font, size, INK)
    s.text(f"签发人：{V.person_name(rng)}", sx - 30, sy + 4, val_font, size * 0.95, INK)
    s.text(V.fmt_date_cn(issued), sx, sy + 14, val_font, size, INK, anchor="center")
    s.seal(sx + rng.uniform(-4, 4), sy + rng.uniform(-2, 4), 18, r.market, pick(["song", "hei"]), rot=rng.uniform(-10, 10))
    vx = s.text("有效期至：", sx - 30, sy + 26, lab_font, size, INK)
    s.text(V.fmt_date_cn(valid_to), vx + 1, sy + 26, val_font, size, INK, field="valid_to")
    s.qr(f"https://spscxkz.samr.gov.cn/?no={lic}", qx, qy, 26)
    s.text("国家市场监督管理总局监制", w / 2, h - 14, val_font, 8.5, INK, anchor="center")
    fields = {"license_no": lic, "name": name, "credit_code": code, "legal_representative": rep, "address": addr,
              "premises_address": premises, "business_form": form, "business_items": items,
              "valid_to": valid_to.isoformat()}
    return _finish(s, Doc("food_business_license", copy, fields, w, h, glossy=landscape))


# ---------------------------------------------------------------- negatives (kind `other`)


def blank_page(path: Path, rng: random.Random) -> Doc:
    s = Sheet(path, 210.0, 297.0)
    s.rect(0, 0, 210, 297, fill=(1.0, 1.0, rng.uniform(0.97, 1.0)))
    if rng.random() < 0.6:      # the back side's print showing through, mirrored and faint
        f = pick(["song"])
        for i in range(rng.randint(6, 18)):
            txt = "".join(rng.choice("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经") for _ in range(rng.randint(18, 34)))
            s.text(txt[::-1], 185, 40 + i * 9, f, 11, (0.92, 0.92, 0.92), anchor="right")
    s.save()
    return Doc("other", "blank", {}, 210, 297)


def notice_letter(path: Path, rng: random.Random, today: dt.date) -> Doc:
    """A 补正材料告知书 or a plain notice that names licences and ID cards in its prose."""
    r = rng.choice(V.REGIONS)
    s = Sheet(path, 210.0, 297.0)
    s.rect(0, 0, 210, 297, fill=(1, 1, 1))
    f = pick(rng.choice([["song"], ["bsong", "song"], ["kai"]]))
    hf = pick(["hei", "bsong"])
    head = rng.choice([f"{r.market}", f"{r.prefix}政务服务中心"])
    s.text(head, 105, 30, hf, 20, RED, anchor="center", space=1.5)
    s.line(20, 36, 190, 36, RED, 0.8)
    title = rng.choice(["补正材料通知书", "关于办理营业执照年报的温馨提示", "申请材料一次性告知单"])
    s.text(title, 105, 52, hf, 18, INK, anchor="center", space=1)
    who = V.person_name(rng)
    body = (f"{who}：您于{V.fmt_date_cn(today - dt.timedelta(days=rng.randint(1, 30)))}提交的公共场所卫生许可申请材料"
            "不齐全。根据规定，请补正以下材料：一、营业执照副本复印件（加盖公章）；二、法定代表人身份证正反面复印件；"
            "三、食品经营许可证复印件（如有）；四、卫生管理制度。补正材料齐全后，我中心将在规定期限内予以办理。"
            "统一社会信用代码、住所、法定代表人等信息应与营业执照一致。如有疑问，请拨打咨询电话12345。")
    y = 72.0
    for para in body.split("。"):
        if para:
            y = s.wrap(para + "。", 26, y, 160, f, 12.5, 7.6, first_x=35) + 11
    s.text(head, 180, y + 16, f, 12.5, INK, anchor="right")
    s.text(V.fmt_date_cn(today), 180, y + 26, f, 12.5, INK, anchor="right")
    s.seal(150, y + 18, 20, head, pick(["song", "hei"]), rot=rng.uniform(-10, 10))
    s.save()
    return Doc("other", "notice", {}, 210, 297)
