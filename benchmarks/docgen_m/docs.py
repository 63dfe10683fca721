"""Family M's documents as hand-written SVG pages: the ID card's two sides, the 2019 营业执照 (正本
landscape and 副本 portrait, both with the form's two columns of fields), a county template's
卫生许可证 (`永卫公证字[2024]第0012号`), the 食品经营许可证 (正本 and a ruled 副本, numbered 经营项目
one per row) and negatives. Each builder returns the page and the truth of what it printed (rows
joined without separators), with the box of every value so a capture can cover one."""

from __future__ import annotations

import datetime as dt
import math
import random
from dataclasses import dataclass, field

from benchmarks.docgen_m import values as V
from benchmarks.docgen_m.svg import Svg, wrap

TODAY = dt.date(2026, 11, 20)


@dataclass
class Doc:
    kind: str
    variant: str
    svg: Svg
    fields: dict[str, str]
    marks: list[str] = field(default_factory=list)


def _guilloche(s: Svg, colour: str, step: float, amp: float, opacity: float = 0.35) -> None:
    """Fine wavy security lines across the page (a `<pattern>` tile repeated by the renderer)."""
    pid = f"g{len(s.defs)}"
    tw = step * 8
    d = " ".join(f"M0 {y:.1f} " + " ".join(
        f"Q{tw * (k + 0.25):.1f} {y - amp:.1f} {tw * (k + 0.5):.1f} {y:.1f} T{tw * (k + 1):.1f} {y:.1f}" for k in range(1))
        for y in [step * i for i in range(9)])
    s.defs.append(f'<pattern id="{pid}" width="{tw:.1f}" height="{step * 8:.1f}" patternUnits="userSpaceOnUse">'
                  f'<path d="{d}" fill="none" stroke="{colour}" stroke-width="0.8" opacity="{opacity}"/></pattern>')
    s.add(f'<rect width="{s.w}" height="{s.h}" fill="url(#{pid})"/>')


def _emblem(s: Svg, cx: float, cy: float, r: float) -> None:
    """The national emblem as a red disc with five gold stars (a stand-in: shape, not detail)."""
    s.add(f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="{r:.1f}" fill="#c8102e"/>')
    s.add(f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="{r * 0.86:.1f}" fill="none" stroke="#f2c230" stroke-width="{r * 0.06:.1f}"/>')
    for _i, (dx, dy, rr) in enumerate(((0, -0.3, 0.28), (-0.42, -0.05, 0.1), (-0.3, 0.2, 0.1), (0.3, 0.2, 0.1), (0.42, -0.05, 0.1))):
        pts = []
        for k in range(10):
            a = math.radians(-90 + 36 * k)
            rad = r * rr * (1 if k % 2 == 0 else 0.4)
            pts.append(f"{cx + dx * r + rad * math.cos(a):.1f},{cy + dy * r + rad * math.sin(a):.1f}")
        s.add(f'<polygon points="{" ".join(pts)}" fill="#f2c230"/>')


def _qr(s: Svg, x: float, y: float, size: float, rng: random.Random) -> None:
    n = 25
    c = size / n
    cells = []
    for i in range(n):
        for j in range(n):
            finder = any(i0 <= i < i0 + 7 and j0 <= j < j0 + 7 for i0, j0 in ((0, 0), (0, n - 7), (n - 7, 0)))
            on = (finder and (i % 6 == 0 or j % 6 == 0 or (2 <= i % 18 <= 4 and 2 <= j % 18 <= 4))) if finder else rng.random() < 0.5
            if on:
                cells.append(f"M{x + j * c:.1f} {y + i * c:.1f}h{c:.1f}v{c:.1f}h{-c:.1f}z")
    s.add(f'<path d="{"".join(cells)}" fill="#111"/>')


# ---- ID card ------------------------------------------------------------------------------------
def _person(rng: random.Random) -> dict:
    code, region, police = rng.choice(V.REGIONS)
    if rng.random() < 0.35 and ("新疆" in region or "鄂温克" in region or "锡林" in region):
        name, sex, nation = rng.choice([m for m in V.MINORITY_NAMES if ("新疆" in region) == (m[2] in ("维吾尔", "哈萨克"))]
                                       or V.MINORITY_NAMES)
    elif rng.random() < 0.25:
        name, sex, nation = rng.choice(V.MINORITY_NAMES)
    else:
        name, sex = V.person_name(rng), rng.choice("男女")
        nation = rng.choice(V.NATIONS_HAN_AREA)
    birth = V.rand_date(rng, 1950, 2008)
    return {"name": name, "sex": sex, "nation": nation, "birth": birth, "code": code, "region": region,
            "police": police, "id": V.id_number(code, birth, sex, rng), "address": V.address(rng, region)}


def id_front(rng: random.Random) -> Doc:
    p = _person(rng)
    s = Svg(1012, 638)
    _guilloche(s, "#5aa3c8", 14, 5, 0.3)
    marks = []
    vface = rng.choice(("microhei", "sans-black"))
    lab = "#2a5f9e"
    condensed = 0.9 if rng.random() < 0.3 else 1.0
    if condensed != 1.0:
        marks.append("values_condensed_90")
    if "·" in p["name"]:
        marks.append("middle_dot_name")
    if p["nation"] != "汉":
        marks.append("minority_nation")
    s.spread(64, 112, "姓名", "microhei", 25, 80, lab)
    s.text(176, 114, p["name"], vface, 38 if len(p["name"]) < 6 else 32, key="name", condensed=condensed)
    s.spread(64, 186, "性别", "microhei", 25, 80, lab)
    s.text(176, 188, p["sex"], vface, 33, key="sex")
    s.spread(296, 186, "民族", "microhei", 25, 80, lab)
    s.text(406, 188, p["nation"], vface, 33, key="nation")
    s.spread(64, 258, "出生", "microhei", 25, 80, lab)
    b = p["birth"]
    x = 176
    for part, unit in ((str(b.year), "年"), (str(b.month), "月"), (str(b.day), "日")):
        x += s.text(x, 260, part, vface, 33, key="birth_date") + 10
        x += s.text(x, 258, unit, "microhei", 25, lab) + 16
    s.spread(64, 330, "住址", "microhei", 25, 80, lab)
    rows = wrap(vface, p["address"], 31, 470, condensed)
    if len(rows) > 3:
        rows = wrap(vface, p["address"], 28, 480, 0.9)
        condensed = 0.9
    s.rows(176, 332, rows, vface, 31 if len(rows) <= 3 and condensed == 1.0 else 28, 48, "address", condensed=condensed)
    if "-" in p["address"] or "单元" in p["address"] or "组" in p["address"] or "嘎查" in p["address"] or "屯" in p["address"]:
        marks.append("address_" + next(k for k in ("-", "单元", "组", "嘎查", "屯", "队") if k in p["address"]).replace("-", "hyphen"))
    s.text(64, 560, "公民身份号码", "microhei", 25, lab)
    num = p["id"]
    x = 300
    for ch in num:                          # the number's digits evenly spaced, each at its own x
        s.text(x, 562, ch, vface, 38, key="id_number")
        x += 31
    # photo
    s.rect(700, 70, 250, 320, fill="#e9eef2", stroke="none")
    s.add('<ellipse cx="825" cy="190" rx="70" ry="88" fill="#9aa6ad"/>'
          '<path d="M715 390 Q825 250 935 390 Z" fill="#9aa6ad"/>')
    fields = {"name": p["name"], "sex": p["sex"], "nation": p["nation"], "birth_date": b.isoformat(),
              "address": "".join(rows), "id_number": num}
    return Doc("id_card_front", f"front-{vface}", s, fields, marks)


def id_back(rng: random.Random) -> Doc:
    p = _person(rng)
    s = Svg(1012, 638)
    _guilloche(s, "#7fb08f", 12, 4, 0.35)
    _emblem(s, 150, 150, 95)
    s.text(300, 125, "中华人民共和国", "serif-black", 48, "#222")
    s.spread(300, 228, "居民身份证", "serif-black", 64, 560, "#222")
    vface = rng.choice(("microhei", "sans-black"))
    lab = "#2a5f9e"
    s.text(200, 460, "签发机关", "microhei", 27, lab)
    police = p["police"]
    marks = []
    rows = wrap(vface, police, 32, 520)
    s.rows(360, 462, rows, vface, 32, 44, "issuing_authority")
    age_from = V.rand_date(rng, 2006, 2025)
    age = (age_from - p["birth"]).days // 365
    if age < 0:
        age_from = V.add_years(p["birth"], 17)
        age = 17
    years = 5 if age < 16 else 10 if age < 26 else 20 if age < 46 else None
    vt = V.add_years(age_from, years).isoformat() if years else "长期"
    y = 462 + 44 * len(rows) + 40
    s.text(200, y, "有效期限", "microhei", 27, lab)
    to_txt = f"{V.add_years(age_from, years):%Y.%m.%d}" if years else "长期"
    x = 360 + s.text(360, y + 2, f"{age_from:%Y.%m.%d}", vface, 32, key="valid_from")
    x += s.text(x, y + 2, "-", vface, 32)               # three runs: a thumb on one date hides only it
    s.text(x, y + 2, to_txt, vface, 32, key="valid_to")
    if vt == "长期":
        marks.append("valid_long_term")
    fields = {"issuing_authority": "".join(rows), "valid_from": age_from.isoformat(), "valid_to": vt}
    return Doc("id_card_back", f"back-{vface}", s, fields, marks)


# ---- 营业执照 2019 -----------------------------------------------------------------------------
ENTITIES = ["company", "company", "foreign", "partnership", "individual", "branch", "joint_stock"]


def _licence_values(rng: random.Random, ent: str) -> dict:
    code, region, _ = rng.choice(V.REGIONS)
    city = region.split("省")[-1].split("自治区")[-1]
    city = city[:city.find("市") + 1] if "市" in city else city[:4]
    trade, ind = rng.choice(V.TRADE_NAMES), rng.choice(V.INDUSTRIES)
    est = V.rand_date(rng, 2005, 2025)
    long_scope = rng.random() < 0.6
    v = {"address": V.business_address(rng, region), "established": est, "scope": V.business_scope(rng, long_scope),
         "rep": rng.choice([m[0] for m in V.MINORITY_NAMES]) if rng.random() < 0.12 else V.person_name(rng)}
    end = V.add_years(est, rng.choice((10, 20, 30, 50))) - dt.timedelta(days=1)
    v["valid_to"] = "长期" if rng.random() < 0.5 else end.isoformat()
    v["term"] = f"{V.cn_date(est)}至" + ("长期" if v["valid_to"] == "长期" else V.cn_date(end))
    if ent in ("company", "joint_stock", "foreign"):
        v["name"] = f"{city}{trade}{ind}{'股份' if ent == 'joint_stock' else ''}有限公司"
        v["type"] = {"company": rng.choice(["有限责任公司（自然人投资或控股）", "有限责任公司（自然人独资）", "其他有限责任公司"]),
                     "joint_stock": "股份有限公司（非上市、自然人投资或控股）",
                     "foreign": rng.choice(["有限责任公司（外国法人独资）", "有限责任公司（台港澳法人独资）",
                                            "有限责任公司（中外合资）"])}[ent]
        if ent == "foreign":
            cur = "万港元" if "台港澳" in v["type"] else "万美元"
            v["capital"] = f"{rng.choice((50, 120, 300, 1500, 2000))}{cur}"
        else:
            v["capital"] = rng.choice(["人民币" + rng.choice(V.CAPITAL_CN), f"{rng.choice((10, 50, 100, 300, 1000))}万元"])
        v["uscc"] = V.uscc(code, "91", rng)
        v["labels"] = (("名称", "name"), ("类型", "type"), ("法定代表人", "rep"), ("经营范围", "scope"),
                       ("注册资本", "capital"), ("成立日期", "est"), ("营业期限", "term"), ("住所", "address"))
    elif ent == "partnership":
        v["name"] = f"{city}{trade}{ind}{'中心' if rng.random() < 0.5 else '合伙企业'}（{rng.choice(['有限合伙', '普通合伙'])}）"
        v["type"] = "有限合伙企业" if "有限合伙" in v["name"] else "普通合伙企业"
        if rng.random() < 0.5:
            v["rep"] = f"{city}{rng.choice(V.TRADE_NAMES)}投资管理有限公司"
        v["capital"] = f"{rng.choice((100, 500, 1000, 3000))}万元"
        v["uscc"] = V.uscc(code, "91", rng)
        v["labels"] = (("名称", "name"), ("类型", "type"), ("执行事务合伙人", "rep"), ("经营范围", "scope"),
                       ("出资额", "capital"), ("成立日期", "est"), ("合伙期限", "term"), ("主要经营场所", "address"))
    elif ent == "individual":
        kind = rng.choice(["餐馆", "超市", "五金店", "理发店", "农资店"])
        v["name"] = f"{city[:-1] if city.endswith('市') else city}{trade}{kind}"
        v["type"] = "个体工商户"
        v["capital"] = ""
        v["valid_to"] = ""
        v["uscc"] = V.uscc(code, "92", rng)
        v["scope"] = V.business_scope(rng, False)
        v["labels"] = (("名称", "name"), ("类型", "type"), ("经营者", "rep"), ("经营范围", "scope"),
                       ("组成形式", "form"), ("注册日期", "est"), ("经营场所", "address"))
        v["form"] = rng.choice(["个人经营", "家庭经营"])
    else:  # branch
        v["name"] = f"{city}{trade}{ind}有限公司{rng.choice(V.TRADE_NAMES)}分公司"
        v["type"] = "有限责任公司分公司（自然人投资或控股）"
        v["capital"] = ""
        v["uscc"] = V.uscc(code, "91", rng)
        v["labels"] = (("名称", "name"), ("类型", "type"), ("负责人", "rep"), ("经营范围", "scope"),
                       ("成立日期", "est"), ("营业期限", "term"), ("营业场所", "address"))
    v["authority"] = f"{city}市场监督管理局" if not city.endswith("市") else f"{city}市场监督管理局"
    return v


KEY_OF = {"name": "name", "type": "entity_type", "rep": "legal_representative", "scope": "business_scope",
          "capital": "registered_capital", "est": "established_date", "term": "valid_to", "address": "address"}


def business_licence(rng: random.Random) -> Doc:
    ent = rng.choice(ENTITIES)
    v = _licence_values(rng, ent)
    form = rng.choice(("正本", "副本", "副本"))
    W, H = (2000, 1414) if form == "正本" else (1414, 2000)
    s = Svg(W, H)
    marks = [f"entity_{ent}"]
    # border: a double rule in the licence's ochre/brown
    s.rect(30, 30, W - 60, H - 60, stroke="#9a6a2f", sw=10)
    s.rect(52, 52, W - 104, H - 104, stroke="#9a6a2f", sw=2)
    _guilloche(s, "#d8b27a", 22, 7, 0.25)
    _emblem(s, W / 2, 170, 85)
    s.spread(W / 2 - 330, 380 if form == "副本" else 360, "营业执照", "serif-black", 120 if form == "正本" else 110, 660, "#1a1a1a")
    if form == "副本":
        s.text(W / 2, 450, "（副　　本）", "microhei", 34, anchor="middle")
    lface = rng.choice(("sans-black", "microhei", "sans-thin"))
    vface = rng.choice(("serif-xlight", "serif-xlight", "kaiti"))
    cond = 0.9 if rng.random() < 0.35 else 1.0
    bold = vface == "serif-xlight" and rng.random() < 0.4
    if cond != 1.0:
        marks.append("values_condensed_90")
    if bold:
        marks.append("values_faux_bold")
    # credit code top-left, QR top-right
    cy = 300 if form == "正本" else 540
    s.text(110, cy, "统一社会信用代码", lface, 30)
    s.text(110, cy + 48, v["uscc"], vface if vface != "kaiti" else "serif-xlight", 36, key="credit_code", bold=True)
    qy = cy - 120 if form == "正本" else 395          # 副本: above the fields, beside the title
    _qr(s, W - 330, qy, 200, rng)
    s.boxes["_qr"] = (W - 330, qy, W - 130, qy + 200)
    size = 34 if form == "正本" else 31
    lead = size * 1.5
    labels = v["labels"]
    col_left = [lab for lab in labels[:4]]
    col_right = [lab for lab in labels[4:]]
    lab_w = max(5, max(len(lab) for lab, _ in labels)) * size * 1.0
    top = 520 if form == "正本" else 660
    if form == "正本":
        colx = [110, W / 2 + 40]
        colw = [W / 2 - 110 - lab_w - 60, W / 2 - 150 - lab_w - 40]
    else:
        colx = [100, W / 2 + 20]
        colw = [W / 2 - 100 - lab_w - 40, W / 2 - 120 - lab_w - 30]
    def value_text(k: str) -> str:
        return {"est": V.cn_date(v["established"])}.get(k, v.get(k, ""))
    truth = {"name": "", "credit_code": v["uscc"], "entity_type": "", "legal_representative": "",
             "registered_capital": v.get("capital", ""), "established_date": v["established"].isoformat(),
             "address": "", "business_scope": "", "valid_to": v["valid_to"]}
    for ci, col in enumerate((col_left, col_right)):
        y = top
        for lab, k in col:
            sp = lab_w if len(lab) > 1 else size
            if len(lab) >= 6:
                s.text(colx[ci], y, lab, lface, size * (5 / len(lab)) * 1.15, condensed=1.0)
            else:
                s.spread(colx[ci], y, lab, lface, size, sp if len(lab) > 2 else sp * 0.8)
            txt = value_text(k)
            rows = wrap(vface, txt, size, colw[ci], cond) if txt else [""]
            key = KEY_OF.get(k)
            if k == "est":
                key = "established_date"
            if txt:
                s.rows(colx[ci] + lab_w + 30, y, rows, vface, size, lead, key or f"x_{k}", condensed=cond, bold=bold)
            if key in truth and k not in ("est", "term"):
                truth[key] = "".join(rows)
            y += lead * max(1, len(rows)) + size * 0.7
    if ent == "individual":
        truth["valid_to"] = ""
        truth["registered_capital"] = ""
    if ent == "branch":
        truth["registered_capital"] = ""
    if len(truth["business_scope"]) > 120:
        marks.append("long_scope")
    # 登记机关 and date with the seal over them
    by = H - 260
    s.text(W - 760, by, "登记机关", lface, 34)
    issue = V.rand_date(rng, max(v["established"].year, 2019), 2026)
    s.text(W - 520, by + 110, V.cn_date(issue), "serif-xlight", 40)
    s.seal(W - 420, by + 10, 120, v["authority"])
    s.text(110, H - 110, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", "microhei", 22, "#555")
    return Doc("business_license", f"{form}-2019-{ent}", s, truth, marks)


# ---- 公共场所卫生许可证 (county template) ---------------------------------------------------------
def health_licence(rng: random.Random) -> Doc:
    code, region, abbr, county = rng.choice(V.COUNTIES)
    year = rng.randint(2019, 2026)
    opening, closing = rng.choice((("[", "]"), ("〔", "〕"), ("（", "）")))
    no = f"{abbr}卫公证字{opening}{year}{closing}第{rng.randint(1, 999):04d}号"
    trade = rng.choice(V.TRADE_NAMES)
    items = rng.sample(V.HEALTH_ITEMS, rng.randint(1, 3))
    name = f"{county}{trade}{rng.choice(['宾馆', '大酒店', '洗浴中心', '美发店', '游泳馆', '歌舞厅', '购物广场'])}"
    if rng.random() < 0.3:
        name = f"{county}{trade}{rng.choice(['宾馆', '美容美发店'])}（个体工商户）"
    rep = rng.choice([m[0] for m in V.MINORITY_NAMES]) if rng.random() < 0.15 else V.person_name(rng)
    addr = V.address(rng, region)
    vf = V.rand_date(rng, year, year) if year < 2026 else V.rand_date(rng, 2026, 2026)
    vt = V.add_years(vf, 4) - dt.timedelta(days=1)
    landscape = rng.random() < 0.4
    W, H = (2000, 1414) if landscape else (1414, 2000)
    s = Svg(W, H)
    s.rect(40, 40, W - 80, H - 80, stroke="#2f6b3a", sw=6)
    _guilloche(s, "#8cc49a", 18, 6, 0.25)
    s.spread(W / 2 - 320, 230, "卫生许可证", "serif-black", 110, 640, "#1d1d1d")
    lface = rng.choice(("sans-black", "microhei"))
    vface = rng.choice(("serif-xlight", "kaiti", "wenkai-mono"))
    size = 36
    s.text(W - 120, 330, no, vface, size, anchor="end", key="license_no")
    lab_w = size * 9.4
    x0, x1 = 140, 140 + lab_w + 20
    maxw = W - x1 - 150
    y = 470
    truth = {"license_no": no}
    for lab, key, txt in (("单位名称", "name", name), ("法定代表人（负责人）", "legal_representative", rep),
                          ("地址", "address", addr), ("许可项目", "license_items", "、".join(items))):
        if len(lab) > 4:
            s.text(x0, y, lab + "：", lface, size)
        else:
            s.spread(x0, y, lab, lface, size, size * 9)
            s.text(x0 + size * 9, y, "：", lface, size)
        rows = wrap(vface, txt, size, maxw)
        s.rows(x1, y, rows, vface, size, size * 1.6, key)
        for i in range(len(rows)):
            s.line(x1 - 6, y + i * size * 1.6 + 12, W - 140, y + i * size * 1.6 + 12, "#444", 1.2)
        truth[key] = "".join(rows)
        y += size * 1.6 * len(rows) + size * 1.2
    s.spread(x0, y, "有效期限", lface, size, size * 9)
    s.text(x0 + size * 9, y, "：", lface, size)
    x = x1
    x += s.text(x, y, "自", lface, size) + 12
    x += s.text(x, y, V.cn_date(vf), vface, size, key="valid_from") + 12
    x += s.text(x, y, "至", lface, size) + 12
    s.text(x, y, V.cn_date(vt), vface, size, key="valid_to")
    truth["valid_from"], truth["valid_to"] = vf.isoformat(), vt.isoformat()
    auth = f"{county}卫生健康局"
    s.text(W - 700, H - 300, "发证机关：", lface, size)
    s.text(W - 520, H - 300, auth, vface, size)
    s.text(W - 520, H - 230, V.cn_date(vf), vface, size)
    s.seal(W - 380, H - 290, 120, auth)
    truth = {k: truth[k] for k in ("license_no", "name", "legal_representative", "address", "license_items",
                                   "valid_from", "valid_to")}
    marks = ["county_number"] + (["brackets_ascii"] if "[" in no else [])
    return Doc("public_health_license", f"{'landscape' if landscape else 'portrait'}-county", s, truth, marks)


# ---- 食品经营许可证 ------------------------------------------------------------------------------
def food_licence(rng: random.Random) -> Doc:
    code, region, _ = rng.choice(V.REGIONS)
    form_ = rng.choice(V.FOOD_FORMS)
    cater = form_.startswith("餐饮") or form_.startswith("单位食堂")
    city = region.split("省")[-1].split("自治区")[-1]
    city = city[:city.find("市") + 1] if "市" in city else city[:4]
    trade = rng.choice(V.TRADE_NAMES)
    individual = rng.random() < 0.3
    if form_.startswith("单位食堂"):
        unit = rng.choice(["第二中学", "实验小学"] if "学校" in form_ else ["税务局", "人民政府", "自然资源局"])
        name = f"{city}{unit}食堂"
    else:
        name = f"{city}{trade}{rng.choice(V.SHOP_SUFFIX['餐饮' if cater else '销售'])}"
        if not individual:
            name = f"{city}{trade}{'餐饮管理' if cater else '商贸'}有限公司"
    p = _person(rng)
    credit = p["id"] if individual and rng.random() < 0.3 else V.uscc(code, "92" if individual else "91", rng)
    rep = p["name"]
    addr = V.business_address(rng, region)
    premises = addr if rng.random() < 0.5 else V.business_address(rng, region)
    pool = V.FOOD_ITEMS_SALES[:2] + (V.FOOD_ITEMS_CATER if cater else V.FOOD_ITEMS_SALES[2:])
    items = rng.sample(pool, rng.randint(2, 4))
    numbered = rng.random() < 0.7
    item_rows = [f"{i + 1}.{t}" if numbered else t + ("；" if i < len(items) - 1 else "") for i, t in enumerate(items)]
    lic = f"JY{'2' if cater else '1'}{code}{rng.randint(0, 9999999):07d}"
    vt = V.rand_date(rng, 2027, 2031)
    form = rng.choice(("正本", "副本"))
    W, H = (2000, 1414) if form == "正本" else (1414, 2000)
    s = Svg(W, H)
    s.rect(36, 36, W - 72, H - 72, stroke="#1f4e8c", sw=8)
    _guilloche(s, "#9bb7dc", 16, 5, 0.22)
    s.spread(W / 2 - 420, 200, "食品经营许可证", "serif-black", 96, 840, "#111")
    if form == "副本":
        s.text(W / 2, 270, "（副本）", "microhei", 34, anchor="middle")
    lface = rng.choice(("sans-black", "microhei", "sans-thin"))
    vface = rng.choice(("serif-xlight", "kaiti"))
    cond = 0.9 if rng.random() < 0.3 else 1.0
    size = 32
    lead = size * 1.5
    marks = ["numbered_items"] if numbered else []
    if credit == p["id"]:
        marks.append("id_number_as_credit")
    if cond != 1.0:
        marks.append("values_condensed_90")
    truth = {}
    rows_spec = [("经营者名称", "name", name), ("社会信用代码（身份证号码）", "credit_code", credit),
                 ("法定代表人（负责人）", "legal_representative", rep), ("住所", "address", addr),
                 ("经营场所", "premises_address", premises), ("主体业态", "business_form", form_),
                 ("经营项目", "business_items", None)]
    if form == "正本":
        xl, xv, right = 110, 110 + size * 8.6, W / 2 + 140
        maxw = right - xv - 60
        y = 360
        for lab, key, txt in rows_spec:
            if len(lab) > 6:
                s.text(xl, y, lab, lface, min(size, size * 7.8 / len(lab)))   # shrunk to the label column
            else:
                s.spread(xl, y, lab, lface, size, size * 6)
            if txt is None:
                rows = item_rows
                s.rows(xv, y, rows, vface, size, lead, key, condensed=cond)
            else:
                rows = wrap(vface, txt, size, maxw, cond)
                s.rows(xv, y, rows, vface, size, lead, key, condensed=cond)
            truth[key] = "".join(rows)
            y += lead * len(rows) + size * 0.5
        rx = right + 40
        s.text(rx, 400, "许可证编号：", lface, size)
        s.text(rx + size * 6, 400, lic, vface if vface != "kaiti" else "serif-xlight", size, key="license_no", bold=True)
        s.text(rx, 470, "有效期至：", lface, size)
        s.text(rx + size * 6, 470, V.cn_date(vt), vface, size, key="valid_to")
        s.text(rx, 560, "日常监督管理机构：", lface, size * 0.8)
        s.text(rx, 610, f"{city}市场监督管理局", vface, size * 0.9)
        s.text(rx, 680, "投诉举报电话：12315", lface, size * 0.8)
        sy = H - 260
    else:
        # ruled table: label cells left, value cells right
        x0, xm, x1 = 110, 110 + size * 9, W - 110
        y = 360
        s.text(x0, y - 20, f"许可证编号：{lic}", "serif-xlight", size, key="license_no")
        s.line(x0, y, x1, y, "#222", 2)
        for lab, key, txt in rows_spec:
            rows = item_rows if txt is None else wrap(vface, txt, size, x1 - xm - 40, cond)
            hgt = lead * len(rows) + size * 0.8
            if len(lab) > 8:
                head, tail = lab.split("（", 1)          # break before the bracket, as the form does
                s.text(x0 + 10, y + size * 1.2, head, lface, size * 0.8)
                s.text(x0 + 10, y + size * 2.2, "（" + tail, lface, size * 0.8)
                hgt = max(hgt, size * 2.8)
            else:
                s.spread(x0 + 14, y + size * 1.3, lab, lface, size, size * 7.4)
            s.rows(xm + 20, y + size * 1.3, rows, vface, size, lead, key, condensed=cond)
            truth[key] = "".join(rows)
            y += hgt
            s.line(x0, y, x1, y, "#222", 1.5)
        s.line(x0, 360, x0, y, "#222", 2)
        s.line(xm, 360, xm, y, "#222", 1.5)
        s.line(x1, 360, x1, y, "#222", 2)
        s.text(x0, y + 70, "有效期至：", lface, size)
        s.text(x0 + size * 5.5, y + 70, V.cn_date(vt), vface, size, key="valid_to")
        s.text(x0, y + 130, f"日常监督管理机构：{city}市场监督管理局", lface, size * 0.8)
        sy = H - 240
    auth = f"{city}市场监督管理局"
    s.text(W - 700, sy, "发证机关：", lface, size)
    s.text(W - 540, sy, auth, vface, size)
    s.text(W - 540, sy + 70, V.cn_date(V.add_years(vt, -5)), vface, size)
    s.seal(W - 380, sy, 115, auth)
    truth["license_no"], truth["valid_to"] = lic, vt.isoformat()
    truth = {k: truth[k] for k in ("license_no", "name", "credit_code", "legal_representative", "address",
                                   "premises_address", "business_form", "business_items", "valid_to")}
    return Doc("food_business_license", f"{form}-2015", s, truth, marks)


# ---- negatives -----------------------------------------------------------------------------------
def other(rng: random.Random) -> Doc:
    code, region, _ = rng.choice(V.REGIONS)
    city = region.split("省")[-1].split("自治区")[-1][:4]
    company = f"{city}{rng.choice(V.TRADE_NAMES)}{rng.choice(V.INDUSTRIES)}有限公司"
    who = V.person_name(rng)
    kind = rng.choice(("委托书", "受理通知书", "租赁合同", "收据", "检测报告", "承诺书"))
    W, H = 1414, 2000
    s = Svg(W, H)
    face = rng.choice(("serif-xlight", "wenkai-mono", "kaiti"))
    title = {"委托书": "授权委托书", "受理通知书": "受理通知书", "租赁合同": "房屋租赁合同", "收据": "收款收据",
             "检测报告": "公共场所卫生检测报告", "承诺书": "告知承诺书"}[kind]
    s.spread(W / 2 - 60 * len(title) / 2 - 40, 220, title, "serif-black", 60, 60 * len(title) + 80)
    body = {
        "委托书": f"委托人{company}现委托{who}（身份证号码{V.id_number(code, V.rand_date(rng, 1970, 2000), '男', rng)}）"
                 f"为我单位代理人，代为办理营业执照变更登记及公共场所卫生许可证延续手续。代理人在办理上述事项过程中所签署的"
                 f"有关文件，我单位均予以承认。委托期限自{V.cn_date(V.rand_date(rng, 2025, 2026))}起三十日内有效。",
        "受理通知书": f"{company}：你单位提交的食品经营许可申请材料齐全、符合法定形式，本机关决定予以受理。"
                   f"请于二十个工作日后凭本通知书领取决定文书。受理编号：SL{rng.randint(10**9, 10**10 - 1)}。",
        "租赁合同": f"出租方（甲方）：{who}　承租方（乙方）：{company}。甲方将位于{V.business_address(rng, region)}的房屋"
                 f"出租给乙方作为经营场所使用，租赁期限为三年，年租金人民币{rng.randint(3, 30)}万元整，按季度支付。",
        "收据": f"今收到{company}交来办证服务费人民币{rng.randint(100, 900)}元整（大写：{rng.choice(['伍佰', '叁佰', '贰佰'])}元整）。"
               f"收款单位：{city}政务服务中心综合窗口　经手人：{who}",
        "检测报告": f"受检单位：{company}　检测类别：委托检测　检测项目：室内空气（甲醛、二氧化碳）、公共用品用具微生物。"
                 f"检测结论：所检项目符合GB37488-2019《公共场所卫生指标及限值要求》。",
        "承诺书": f"本人{who}作为{company}的负责人，承诺所提交的营业执照、卫生许可证等材料真实有效，"
               f"如有虚假，愿承担相应法律责任，并同意撤销依本承诺作出的许可决定。",
    }[kind]
    rows = wrap(face, body, 36, W - 260)
    s.rows(130, 380, rows, face, 36, 64, "body")
    s.text(W - 180, 380 + 64 * len(rows) + 160, V.cn_date(V.rand_date(rng, 2024, 2026)), face, 36, anchor="end")
    if rng.random() < 0.5:
        s.seal(W - 360, 380 + 64 * len(rows) + 120, 110, company[:12])
    return Doc("other", f"negative-{kind}", s, {}, [])


BUILDERS = {"id_card_front": id_front, "id_card_back": id_back, "business_license": business_licence,
            "public_health_license": health_licence, "food_business_license": food_licence, "other": other}
