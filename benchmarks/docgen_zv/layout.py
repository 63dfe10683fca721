"""Family ZV's page layouts as display lists in millimetres, drawn by go/zvpages.go.

Each builder takes the document's `random.Random` and values and returns (w_mm, h_mm, items, truth
fields, extra), with `key` on the text items that print a field's value so the Go drawer reports
where each value landed (the captures decide from those boxes what a thumb, glare or the frame hid).
Text items: x, y (top of the first line), size (em in mm), face (a chain name: song/kai/hei/fang),
w (wrap width, 0 = one line), sp (letter spacing), anchor l/c/r."""

from __future__ import annotations

import datetime as dt
import random

from . import values as V

RED = [200, 30, 30]
SEAL = [215, 35, 40, 0.78]
INK = [25, 25, 30]
BLUE_INK = [30, 50, 140, 0.9]
GOLD = [190, 140, 40]


def T(x, y, s, size, face="song", key="", **kw) -> dict:
    d = {"t": "text", "x": x, "y": y, "s": s, "size": size, "face": face, "color": kw.pop("color", INK)}
    if key:
        d["key"] = key
    d.update(kw)
    return d


def spread(label: str, width_chars: int) -> str:
    """A label spread over `width_chars` character cells as on the forms (名　　称)."""
    if len(label) >= width_chars or len(label) < 2:
        return label
    gaps = len(label) - 1
    pad = width_chars - len(label)
    out = ""
    for i, ch in enumerate(label):
        out += ch
        if i < gaps:
            out += "　" * (pad // gaps + (1 if i < pad % gaps else 0))
    return out


def emblem(cx, cy, r) -> list[dict]:
    """The national emblem, simplified: red disc, gold rim, the big star and four small ones, gate, ears of grain."""
    it = [{"t": "circle", "x": cx, "y": cy, "r": r, "fill": [205, 30, 35], "color": GOLD, "lw": r * 0.08},
          {"t": "star", "x": cx, "y": cy - r * 0.45, "r": r * 0.22, "color": [245, 200, 60]}]
    for k, (dx, dy) in enumerate([(-0.38, -0.62), (-0.24, -0.32), (0.24, -0.32), (0.38, -0.62)]):
        it.append({"t": "star", "x": cx + dx * r, "y": cy + dy * r + r * 0.15, "r": r * 0.07, "rot": (k - 1.5) * 12,
                   "color": [245, 200, 60]})
    it.append({"t": "rect", "x": cx - r * 0.42, "y": cy + r * 0.05, "w": r * 0.84, "h": r * 0.32, "fill": [245, 200, 60]})
    it.append({"t": "rect", "x": cx - r * 0.5, "y": cy - r * 0.02, "w": r * 1.0, "h": r * 0.09, "fill": [245, 200, 60]})
    for sx in (-1, 1):
        it.append({"t": "poly", "fill": [235, 185, 55], "pts": [[cx + sx * r * 0.95, cy], [cx + sx * r * 0.7, cy + r * 0.72],
                                                                   [cx + sx * r * 0.3, cy + r * 0.92], [cx + sx * r * 0.62, cy + r * 0.55]]})
    return it


def border(w, h, m, col, lw=0.6) -> list[dict]:
    return [{"t": "rect", "x": m, "y": m, "w": w - 2 * m, "h": h - 2 * m, "color": col, "lw": lw * 2.2},
            {"t": "rect", "x": m + 2.2, "y": m + 2.2, "w": w - 2 * m - 4.4, "h": h - 2 * m - 4.4, "color": col, "lw": lw}]


def seal(cx, cy, r, text, bottom="", face="song") -> list[dict]:
    it = [{"t": "seal", "x": cx, "y": cy, "r": r, "s": text, "size": r * 0.36, "face": face, "color": SEAL}]
    if bottom:
        it.append(T(cx, cy + r * 0.42, bottom, r * 0.22, face, anchor="c", color=SEAL))
    return it


def F(value: str, unreadable: bool = False) -> dict:
    return {"value": value, "unreadable": unreadable}


# ---------------- business licence ----------------
def business_license(rng: random.Random, face: str, variant: str) -> tuple:
    fm = V.firm(rng)
    copy = variant == "copy"  # 副本: portrait A4; 正本: landscape
    W, H = (210.0, 297.0) if copy else (297.0, 210.0)
    it = [{"t": "guilloche", "x": 12, "y": H * 0.3, "w": W - 24, "h": H * 0.5, "color": [236, 226, 206], "lw": 0.25,
           "seed": rng.randrange(1 << 30)}]
    it += border(W, H, 7, [170, 120, 60])
    cx = W / 2
    it += emblem(cx, 30, 13)
    it.append(T(cx, 47, "营业执照", 15 if copy else 17, "song", anchor="c", sp=8, color=[30, 20, 20]))
    if copy:
        it.append(T(cx, 66, "（副　　本）", 6, "song", anchor="c"))
    code_y = 26
    it.append(T(16, code_y, "统一社会信用代码", 4.2, face))
    it.append(T(16, code_y + 6, fm["credit_code"], 4.6, "hei", key="credit_code"))
    serial = "".join(rng.choice("0123456789") for _ in range(20))
    it.append(T(W - 16, code_y - 8, "证照编号：" + serial, 2.8, "hei", anchor="r"))
    qx = W - 46
    it.append({"t": "qr", "x": qx, "y": code_y, "w": 24, "seed": rng.randrange(1 << 30)})
    it.append(T(qx - 8, code_y + 26, "扫描二维码登录\u201c国家企业信用信息公示系统\u201d了解更多登记、备案、许可、监管信息。", 2.4, face, w=40, lh=1.3))
    rows_l = [("名称", "name", fm["name"]), ("类型", "entity_type", fm["entity_type"]),
              (fm["rep_label"], "legal_representative", fm["legal_representative"])]
    cap_label = "注册资本" if fm["registered_capital"] or fm["entity_type"] != "个体工商户" else "组成形式"
    rows_r = [(cap_label, "registered_capital", fm["registered_capital"] if cap_label == "注册资本" else "个人经营"),
              ("成立日期", "established_date", V.cn_date(fm["established_date"])),
              ("营业期限", "valid_to", "" if fm["valid_to"] == "" else
               V.cn_date(fm["established_date"]) + "至" + ("长期" if fm["valid_to"] == "长期" else V.cn_date(dt.date.fromisoformat(fm["valid_to"])))),
              (fm["addr_label"], "address", fm["address"])]
    fs = 4.3
    if copy:
        x0, y0, vw, gap = 24, 84, 150, 11
        rows = rows_l + rows_r + [("经营范围", "business_scope", fm["business_scope"])]
        cols = [(x0, rows)]
    else:
        y0, gap = 78, 10.5
        cols = [(24, rows_l + [("经营范围", "business_scope", fm["business_scope"])]), (160, rows_r)]
        vw = 100
    for x, rows in cols:
        y = y0
        for label, key, val in rows:
            if key == "registered_capital" and cap_label != "注册资本":
                key = ""
            if key == "valid_to" and val == "":
                continue
            it.append(T(x, y, spread(label, 4), fs, face, color=[30, 30, 30]))
            w = vw if copy else ((152 if x < 100 else W - 20) - x - 26)
            it.append(T(x + 26, y, val, fs if key != "business_scope" else 3.7, face, key=key, w=w, lh=1.5))
            n_lines = max(1, int(len(val) * (fs if key != "business_scope" else 3.7) / max(w, 1)) + 1)
            y += gap + (n_lines - 1) * fs * 1.45
    # 登记机关, date and seal
    reg = fm["reg"]
    authority = f"{reg[1] or reg[0]}{rng.choice(reg[2])}市场监督管理局"
    issue = V.date_between(rng, max(fm["established_date"], dt.date(2019, 1, 1)), dt.date(2026, 11, 1))
    sx, sy = W - 60, H - 42
    it.append(T(sx - 40, sy - 8, "登记机关", 4.2, face))
    it.append(T(sx + 8, sy + 8, V.cn_date_nopad(issue), 4.2, face, anchor="c"))
    it += seal(sx + 8, sy, 19, authority, "", face="song")
    it.append(T(cx, H - 20, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", 2.6, face, anchor="c"))
    it.append(T(cx, H - 16, "市场主体应当于每年1月1日至6月30日通过国家企业信用信息公示系统报送公示年度报告。", 2.6, face, anchor="c"))
    it.append(T(cx, H - 11.5, "国家市场监督管理总局监制", 2.4, face, anchor="c"))
    fields = {"name": F(fm["name"]), "credit_code": F(fm["credit_code"]), "entity_type": F(fm["entity_type"]),
              "legal_representative": F(fm["legal_representative"]), "registered_capital": F(fm["registered_capital"]),
              "established_date": F(fm["established_date"].isoformat()), "address": F(fm["address"]),
              "business_scope": F(fm["business_scope"]), "valid_to": F(fm["valid_to"])}
    return W, H, it, fields, {"authority": authority}


# ---------------- ID card ----------------
def id_front(rng: random.Random, face: str) -> tuple:
    p = V.person(rng)
    W, H = 85.6, 54.0
    it = [{"t": "rect", "x": 0, "y": 0, "w": W, "h": H, "fill": [232, 238, 240]},
          {"t": "guilloche", "x": 2, "y": 6, "w": W - 4, "h": 40, "color": [205, 220, 228], "lw": 0.12, "seed": rng.randrange(1 << 30)},
          {"t": "circle", "x": 60, "y": 26, "r": 16, "color": [215, 225, 232], "lw": 0.2}]
    lab = [60, 120, 170]
    fs = 3.0
    it += [T(6, 6.5, "姓　名", 2.6, "hei", color=lab), T(16, 6.0, p["name"], fs + 0.4, face, key="name"),
           T(6, 13.0, "性　别", 2.6, "hei", color=lab), T(16, 12.6, p["sex"], fs, face, key="sex"),
           T(27, 13.0, "民　族", 2.6, "hei", color=lab), T(37, 12.6, p["nation"], fs, face, key="nation"),
           T(6, 19.5, "出　生", 2.6, "hei", color=lab),
           T(16, 19.1, f"{p['birth'].year}", fs, face, key="birth_date"), T(26.5, 19.5, "年", 2.6, "hei", color=lab),
           T(30.5, 19.1, f"{p['birth'].month}", fs, face, key="birth_date"), T(35, 19.5, "月", 2.6, "hei", color=lab),
           T(39, 19.1, f"{p['birth'].day}", fs, face, key="birth_date"), T(43.5, 19.5, "日", 2.6, "hei", color=lab),
           T(6, 26.0, "住　址", 2.6, "hei", color=lab), T(16, 25.6, p["address"], fs, face, key="address", w=40, lh=1.45),
           T(6, 45.5, "公民身份号码", 2.6, "hei", color=lab), T(26, 45.0, p["id_number"], 3.4, "hei", key="id_number", sp=0.35)]
    # the portrait: head and shoulders on a pale ground
    px, py = 60, 8
    it.append({"t": "rect", "x": px, "y": py, "w": 21, "h": 27, "fill": [238, 240, 242]})
    tone = rng.choice([[225, 190, 165], [205, 165, 135], [235, 200, 175]])
    it.append({"t": "poly", "fill": [40 + rng.randrange(40)] * 3, "pts": [[px + 1.5, py + 27], [px + 4, py + 20], [px + 10.5, py + 18], [px + 17, py + 20], [px + 19.5, py + 27]]})
    it.append({"t": "circle", "x": px + 10.5, "y": py + 11.5, "r": 5.2, "fill": tone})
    it.append({"t": "poly", "fill": [25, 20, 20], "pts": [[px + 5.2, py + 11], [px + 6, py + 6], [px + 10.5, py + 4.5], [px + 15, py + 6], [px + 15.8, py + 11], [px + 13, py + 7.5], [px + 8, py + 7.5]]})
    fields = {"name": F(p["name"]), "sex": F(p["sex"]), "nation": F(p["nation"]), "birth_date": F(p["birth"].isoformat()),
              "address": F(p["address"]), "id_number": F(p["id_number"])}
    return W, H, it, fields, {}


def id_back(rng: random.Random, face: str) -> tuple:
    p = V.person(rng)
    W, H = 85.6, 54.0
    start, end = V.id_validity(rng, p["birth"])
    reg = p["reg"]
    auth = f"{reg[1] or reg[0]}公安局{rng.choice(reg[2])}分局" if rng.random() < 0.7 else f"{reg[1] or reg[0]}公安局"
    it = [{"t": "rect", "x": 0, "y": 0, "w": W, "h": H, "fill": [236, 238, 230]},
          {"t": "guilloche", "x": 2, "y": 4, "w": W - 4, "h": 46, "color": [215, 222, 200], "lw": 0.12, "seed": rng.randrange(1 << 30)}]
    it += emblem(15, 14, 9)
    it.append(T(30, 7, "中华人民共和国", 4.4, "hei", sp=0.9, color=[30, 30, 30]))
    it.append(T(30, 16, "居民身份证", 6.2, "hei", sp=1.6, color=[30, 30, 30]))
    lab = [60, 60, 60]
    it.append(T(14, 38, "签发机关", 2.7, "hei", color=lab))
    it.append(T(28, 37.6, auth, 3.0, face, key="issuing_authority", w=52))
    it.append(T(14, 45, "有效期限", 2.7, "hei", color=lab))
    tail = "长期" if end is None else end.strftime("%Y.%m.%d")
    it.append(T(28, 44.6, start.strftime("%Y.%m.%d") + "-" + tail, 3.0, face, key="valid_from"))
    fields = {"issuing_authority": F(auth), "valid_from": F(start.isoformat()),
              "valid_to": F("长期" if end is None else end.isoformat())}
    return W, H, it, fields, {"valid_to_same_box": True}


# ---------------- 公共场所卫生许可证 ----------------
def public_health(rng: random.Random, face: str, variant: str) -> tuple:
    fm = V.firm(rng)
    reg = fm["reg"]
    land = variant == "landscape"
    W, H = (297.0, 210.0) if land else (210.0, 297.0)
    year = rng.randrange(2018, 2027)
    start = V.date_between(rng, dt.date(year, 1, 1), dt.date(year, 12, 28))
    end = V.add_years(start, 4) - dt.timedelta(days=1)
    dist_code = reg[3] + f"{rng.randrange(1, 20):02d}"
    no = f"{reg[4]}卫公字（{year}）第{dist_code}{rng.randrange(0, 1000000):06d}号"
    if rng.random() < 0.3:
        no = f"{reg[4]}卫公证字[{year}]第{rng.randrange(100, 99999)}号".replace("[", "〔").replace("]", "〕")
    items_ = "、".join(rng.sample(V.PH_ITEMS, rng.randrange(1, 4)))
    name_ = fm["name"].replace("有限公司", rng.choice(["酒店有限公司", "宾馆有限公司", "美容美发有限公司", "浴场有限公司"])) if rng.random() < 0.6 else fm["name"]
    it = border(W, H, 8, [150, 40, 40], 0.5)
    cx = W / 2
    it += emblem(cx, 30, 11)
    it.append(T(cx, 46, "公共场所卫生许可证", 11, "song", anchor="c", sp=2.5, color=[170, 20, 20]))
    it.append(T(cx, 63, no, 4.6, face, key="license_no", anchor="c"))
    rows = [("单位名称", "name", name_), ("法定代表人（负责人）", "legal_representative", fm["legal_representative"]),
            ("地　　址", "address", fm["address"]), ("许可项目", "license_items", items_)]
    x, y = (40, 80) if land else (26, 82)
    lw = 50
    vw = (W - x - lw - 30)
    for label, key, val in rows:
        it.append(T(x, y, label, 4.6, face))
        it.append(T(x + lw, y, val, 4.8, face, key=key, w=vw, lh=1.45))
        y += 15 + (len(val) * 4.8 // vw) * 7
    it.append(T(x, y, "有效期限", 4.6, face))
    it.append(T(x + lw, y, f"自{V.cn_date(start)}至{V.cn_date(end)}", 4.8, face, key="valid_from"))
    auth = f"{reg[1] or reg[0]}{rng.choice(reg[2])}卫生健康委员会"
    issue = start
    sx, sy = W - 62, H - 48
    it.append(T(sx - 50, sy - 4, "发证机关", 4.6, face))
    it += seal(sx + 10, sy, 19, auth, "", face="song")
    it.append(T(sx + 10, sy + 10, V.cn_date_nopad(issue), 4.4, face, anchor="c"))
    it.append(T(cx, H - 18, "中华人民共和国国家卫生健康委员会监制", 2.8, face, anchor="c"))
    fields = {"license_no": F(no), "name": F(name_), "legal_representative": F(fm["legal_representative"]),
              "address": F(fm["address"]), "license_items": F(items_), "valid_from": F(start.isoformat()),
              "valid_to": F(end.isoformat())}
    return W, H, it, fields, {"valid_to_same_box": True}


# ---------------- 食品经营许可证 ----------------
def food(rng: random.Random, face: str, variant: str) -> tuple:
    fm = V.firm(rng)
    while fm["entity_type"] == "个体工商户" and rng.random() < 0.5:
        fm = V.firm(rng)
    reg = fm["reg"]
    copy = variant == "copy"
    W, H = (210.0, 297.0) if copy else (297.0, 210.0)
    lic = "JY" + rng.choice("123") + reg[3] + f"{rng.randrange(1, 20):02d}" + "".join(rng.choice("0123456789") for _ in range(7))
    premises = fm["address"] if rng.random() < 0.5 else V.address(rng, reg)[0]
    form = rng.choice(V.FOOD_FORMS)
    items_ = "；".join(rng.sample(V.FOOD_ITEMS, rng.randrange(1, 4)))
    until = V.date_between(rng, dt.date(2024, 1, 1), dt.date(2031, 12, 1))
    it = border(W, H, 8, [40, 110, 70], 0.5)
    cx = W / 2
    it += emblem(cx, 28, 10)
    it.append(T(cx, 42, "食品经营许可证", 12, "song", anchor="c", sp=3, color=[20, 20, 20]))
    if copy:
        it.append(T(cx, 58, "（副本）", 5, "song", anchor="c"))
    rows = [("经营者名称", "name", fm["name"]), ("社会信用代码（身份证号码）", "credit_code", fm["credit_code"]),
            ("法定代表人（负责人）", "legal_representative", fm["legal_representative"]), ("住　　所", "address", fm["address"]),
            ("经营场所", "premises_address", premises), ("主体业态", "business_form", form), ("经营项目", "business_items", items_)]
    x, y = (20, 70) if copy else (18, 62)
    lw = 52 if not copy else 56
    vw = (W - x - lw - 16) if copy else 112
    fs = 4.0
    for label, key, val in rows:
        it.append(T(x, y, label, 3.4 if len(label) > 8 else fs, face))
        it.append(T(x + lw, y, val, fs, face, key=key, w=vw, lh=1.45))
        y += 11 + (len(val) * fs // vw) * fs * 1.45
    rx = x if copy else 200
    ry = y + 4 if copy else 62
    it.append(T(rx, ry, "许可证编号：", fs, face))
    it.append(T(rx + 24, ry, lic, fs + 0.3, "hei", key="license_no"))
    it.append(T(rx, ry + 11, "日常监督管理机构：" + f"{rng.choice(reg[2])}市场监督管理所", 3.4, face, w=80))
    it.append(T(rx, ry + 20, "日常监督管理人员：" + V.name(rng) + "、" + V.name(rng), 3.4, face))
    it.append(T(rx, ry + 29, "投诉举报电话：12315", 3.4, face))
    it.append(T(rx, ry + 40, "有效期至", fs, face))
    it.append(T(rx + 20, ry + 40, V.cn_date(until), fs, face, key="valid_to"))
    qx, qy = (W - 50, 20) if copy else (rx + 40, ry + 52)
    it.append({"t": "qr", "x": qx, "y": qy, "w": 22, "seed": rng.randrange(1 << 30)})
    auth = f"{reg[1] or reg[0]}{rng.choice(reg[2])}市场监督管理局"
    sx, sy = W - 55, H - 40
    it.append(T(sx - 40, sy - 12, "发证机关：", 3.8, face))
    it.append(T(sx - 40, sy - 4, "签发人：" + V.name(rng), 3.6, face))
    it += seal(sx + 8, sy, 18, auth, "", face="song")
    it.append(T(sx + 8, sy + 10, V.cn_date_nopad(V.date_between(rng, dt.date(2019, 1, 1), dt.date(2026, 11, 1))), 4, face, anchor="c"))
    it.append(T(cx, H - 16, "国家市场监督管理总局监制", 2.8, face, anchor="c"))
    fields = {"license_no": F(lic), "name": F(fm["name"]), "credit_code": F(fm["credit_code"]),
              "legal_representative": F(fm["legal_representative"]), "address": F(fm["address"]),
              "premises_address": F(premises), "business_form": F(form), "business_items": F(items_),
              "valid_to": F(until.isoformat())}
    return W, H, it, fields, {}


# ---------------- other documents ----------------
def other(rng: random.Random, face: str, variant: str) -> tuple:
    W, H = 210.0, 297.0
    it: list[dict] = []
    if variant == "hukou":
        W, H = 143.0, 105.0
        p = V.person(rng)
        it += [{"t": "rect", "x": 4, "y": 4, "w": W - 8, "h": H - 8, "color": [120, 80, 60], "lw": 0.5},
               T(W / 2, 8, "常住人口登记卡", 6, "song", anchor="c", sp=1.5)]
        rows = [("姓名", p["name"]), ("户主或与户主关系", rng.choice(["户主", "妻", "长子", "长女", "孙女"])), ("性别", p["sex"]),
                ("民族", p["nation"] + "族"), ("出生日期", V.cn_date(p["birth"])), ("公民身份号码", p["id_number"]),
                ("籍贯", p["reg"][0]), ("住址", p["address"])]
        y = 20
        for lab, v in rows:
            it.append({"t": "rect", "x": 8, "y": y - 2, "w": W - 16, "h": 9, "color": [140, 100, 80], "lw": 0.2})
            it += [T(10, y, lab, 3.2, face), T(48, y, v, 3.4, face, w=W - 60)]
            y += 9
        it += seal(W - 30, H - 20, 13, f"{p['reg'][1] or p['reg'][0]}公安局户口专用章")
    elif variant == "marriage":
        W, H = 180.0, 127.0
        a, b = V.person(rng), V.person(rng)
        it += [{"t": "rect", "x": 0, "y": 0, "w": W, "h": H, "fill": [250, 236, 232]},
               T(W / 2, 8, "结婚证", 8, "song", anchor="c", color=[180, 20, 20], sp=3),
               T(12, 24, "持证人　" + a["name"], 4, face), T(12, 32, "登记日期　" + V.cn_date(V.date_between(rng, dt.date(2005, 1, 1), dt.date(2026, 9, 1))), 4, face),
               T(12, 40, f"结婚证字号　J{a['reg'][3]}15-{rng.randrange(2005, 2026)}-{rng.randrange(1, 9999):06d}", 4, face)]
        y = 54
        for q in (a, b):
            it += [T(12, y, f"姓名　{q['name']}　　性别　{q['sex']}　　国籍　中国", 3.8, face),
                   T(12, y + 8, f"出生日期　{V.cn_date(q['birth'])}", 3.8, face), T(12, y + 16, f"身份证件号　{q['id_number']}", 3.8, face)]
            y += 30
        it += seal(W - 35, 40, 16, f"{a['reg'][1] or a['reg'][0]}民政局婚姻登记专用章")
    elif variant == "receipt":
        W, H = 190.0, 110.0
        amt = rng.randrange(50, 20000)
        it += [T(W / 2, 8, "收　款　收　据", 7, "song", anchor="c", sp=1),
               T(12, 22, f"今收到　{V.firm(rng)['name']}", 4, face), T(12, 32, "交　来　办公用品款", 4, face),
               T(12, 42, f"人民币（大写）　{'　'.join(V.DIGITS[int(c)] for c in str(amt))}元整　　¥{amt}.00", 4, face),
               T(12, 56, "收款单位（盖章）　　　　　　　收款人　" + V.name(rng), 3.6, face),
               T(W - 14, 68, V.cn_date(V.date_between(rng, dt.date(2022, 1, 1), dt.date(2026, 11, 1))), 3.6, face, anchor="r"),
               {"t": "rect", "x": 8, "y": 18, "w": W - 16, "h": 50, "color": [180, 60, 60], "lw": 0.3}]
        it += seal(W - 50, 62, 14, V.firm(rng)["name"][:16], "财务专用章")
    elif variant == "form":
        it += [T(W / 2, 18, "公共场所卫生许可申请表", 7, "song", anchor="c")]
        labels = ["申请单位", "统一社会信用代码", "法定代表人", "联系电话", "单位地址", "经营场所地址", "从业人员数", "集中空调通风系统",
                  "申请许可项目", "申请人签字"]
        y = 34
        for lab in labels:
            it += [{"t": "rect", "x": 18, "y": y, "w": 174, "h": 14, "color": INK, "lw": 0.3},
                   {"t": "line", "x": 62, "y": y, "x2": 62, "y2": y + 14, "color": INK, "lw": 0.3}, T(21, y + 4.5, lab, 3.6, face)]
            y += 14
        it.append(T(66, 38.5, V.firm(rng)["name"], 4.2, "kai", color=BLUE_INK, jit=1.0, seed=rng.randrange(1 << 30)))
        it.append(T(W / 2, y + 10, "本表一式两份，申请人对所填内容的真实性负责。", 3.4, face, anchor="c"))
    else:  # a letter that mentions licences
        f = V.firm(rng)
        it += [T(W / 2, 24, "情况说明", 7, "song", anchor="c", sp=2)]
        body = (f"　　我单位{f['name']}因经营需要，拟于近期办理营业执照变更及食品经营许可证延续手续。"
                f"原公共场所卫生许可证已于{V.cn_date(V.date_between(rng, dt.date(2022, 1, 1), dt.date(2026, 6, 1)))}到期，"
                "现将有关情况说明如下：经营场所、法定代表人均未发生变化，卫生管理制度持续有效，从业人员均持有效健康证明。"
                "特此说明，请予办理。")
        it.append(T(24, 44, body, 4.4, face, w=162, lh=1.8))
        it.append(T(W - 28, 120, f["name"], 4.2, face, anchor="r"))
        it.append(T(W - 28, 130, V.cn_date(V.date_between(rng, dt.date(2024, 1, 1), dt.date(2026, 11, 1))), 4.2, face, anchor="r"))
        it += seal(W - 55, 124, 18, f["name"][:18])
    return W, H, it, {}, {}
