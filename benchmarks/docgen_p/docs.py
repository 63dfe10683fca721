"""Family P's documents, each drawn by ReportLab onto a canvas page: values first (the truth), then the
page. Coordinates are PDF points, origin bottom left."""

from __future__ import annotations

import datetime as dt
import random

from benchmarks.docgen_p import render as R
from benchmarks.docgen_p import values as V

A4 = (595.0, 842.0)
A3L = (1191.0, 842.0)
CARD = (242.6, 153.0)
BLACK = (0.05, 0.05, 0.05)


def ymd(d: dt.date, pad: bool = True) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日" if pad else f"{d.year}年{d.month}月{d.day}日"


# ---------------------------------------------------------------- values

def id_values(r: random.Random) -> dict:
    region = r.choice(V.REGIONS)
    male = r.random() < 0.5
    birth = V.rand_date(r, 1948, 2012)
    issued = V.rand_date(r, max(birth.year + 1, 2008), 2026)
    issued = min(issued, dt.date(2026, 11, 30))
    valid_to = V.id_validity(birth, issued)
    if valid_to != "长期" and valid_to < dt.date(2026, 12, 4) and r.random() < 0.8:
        # most cards a window sees are current: re-issue the card in its last renewal
        while valid_to != "长期" and valid_to < dt.date(2026, 12, 4):
            issued = valid_to
            valid_to = V.id_validity(birth, issued)
    return {"region": region, "name": V.person(r), "sex": "男" if male else "女", "nation": r.choice(V.NATIONS),
            "birth": birth, "address": V.home_address(r, region), "id_number": V.id_number(r, region[1], birth, male),
            "issued": issued, "valid_to": valid_to, "authority": region[3]}


def id_front_truth(v: dict) -> dict:
    return {"name": v["name"], "sex": v["sex"], "nation": v["nation"], "birth_date": v["birth"].isoformat(),
            "address": v["address"], "id_number": v["id_number"]}


def id_back_truth(v: dict) -> dict:
    vt = v["valid_to"]
    return {"issuing_authority": v["authority"], "valid_from": v["issued"].isoformat(),
            "valid_to": vt if vt == "长期" else vt.isoformat()}


ENTITY = {
    "company": ["有限责任公司（自然人投资或控股）", "有限责任公司（自然人独资）", "有限责任公司（法人独资）",
                "股份有限公司（非上市、自然人投资或控股）", "有限责任公司（港澳台法人独资）", "其他有限责任公司"],
    "branch": ["有限责任公司分公司（自然人投资或控股）", "其他有限责任公司分公司", "股份有限公司分公司（非上市、自然人投资或控股）"],
    "partnership": ["有限合伙企业", "普通合伙企业"],
    "individual": ["个体工商户"],
}


def licence_values(r: random.Random, etype: str) -> dict:
    region = r.choice(V.REGIONS)
    est = V.rand_date(r, 1999, 2026)
    est = min(est, dt.date(2026, 11, 20))
    typ = r.choice(ENTITY[etype])
    suffix = {"company": "股份有限公司" if typ.startswith("股份") else "有限公司", "branch": "有限公司",
              "partnership": "（有限合伙）" if typ.startswith("有限") else "（普通合伙）"}.get(etype, "")
    if etype == "individual":
        name = region[0].replace("市", "")[:2] + region[0].split("市")[-1][:-1] + "".join(r.sample(V.BRAND, 2)) + r.choice(
            ["便利店", "小吃店", "理发店", "五金店", "水果店", "面馆", "服装店", "烟酒店", "美甲店"])
        if r.random() < 0.1:
            name = V.person(r) + r.choice(["便利店", "早餐店"])
    elif etype == "branch":
        name = V.company_name(r, region, "有限公司") + region[0].split("市")[-1][:-1] + "分公司"
    elif etype == "partnership":
        name = V.company_name(r, region, suffix, r.choice(["股权投资中心", "企业管理中心", "创业投资中心", "咨询服务中心"]))
    else:
        name = V.company_name(r, region, suffix)
    rep = V.person(r)
    if etype == "partnership" and r.random() < 0.35:
        rep = V.company_name(r, region, "有限公司", "投资管理") + f"（委派代表：{V.person(r)}）"
    cap = "" if etype in ("individual", "branch", "partnership") else V.capital(r)
    if etype == "partnership" and r.random() < 0.5:
        cap_print = f"{r.choice([100, 500, 1000, 3000])}万元"      # 出资额 printed, not a 注册资本 field
    else:
        cap_print = ""
    if etype == "individual":
        term, vt = "", ""
    elif r.random() < 0.45:
        term, vt = f"{ymd(est)}至长期", "长期"
    else:
        end = V.add_years(est, r.choice([10, 20, 30, 50])) - dt.timedelta(days=1)
        term, vt = f"{ymd(est)}至{ymd(end)}", end.isoformat()
        if r.random() < 0.2:
            term = f"{ymd(est)} 至 {ymd(end)}"
    addr = V.street_address(r, region, long=r.random() < 0.4)
    cat = {"individual": "92", "partnership": "91", "branch": "91", "company": "91"}[etype]
    issued = V.rand_date(r, max(est.year, 2019), 2026)
    issued = max(min(issued, dt.date(2026, 11, 28)), est)
    return {"region": region, "etype": etype, "name": name, "credit_code": V.uscc(r, region[1], cat), "type": typ,
            "rep": rep, "capital": cap, "capital_print": cap_print, "established": est, "term": term, "valid_to": vt,
            "address": addr, "scope": V.scope(r, long=r.random() < 0.6), "authority": region[4], "issued": issued,
            "form": r.choice(["个人经营", "家庭经营"]) if etype == "individual" else ""}


def licence_truth(v: dict) -> dict:
    return {"name": v["name"], "credit_code": v["credit_code"], "entity_type": v["type"],
            "legal_representative": v["rep"], "registered_capital": v["capital"],
            "established_date": v["established"].isoformat(), "address": v["address"],
            "business_scope": v["scope"], "valid_to": v["valid_to"]}


def licence_rows(v: dict) -> list[tuple[str, str]]:
    e = v["etype"]
    rep_label = {"company": "法定代表人", "branch": "负责人", "partnership": "执行事务合伙人", "individual": "经营者"}[e]
    addr_label = {"company": "住所", "branch": "营业场所", "partnership": "主要经营场所", "individual": "经营场所"}[e]
    rows = [("名称", v["name"]), ("类型", v["type"]), (rep_label, v["rep"])]
    if e == "company":
        rows.append(("注册资本", v["capital"]))
    if e == "partnership" and v["capital_print"]:
        rows.append(("出资额", v["capital_print"]))
    if e == "individual":
        rows.append(("组成形式", v["form"]))
    rows.append(("注册日期" if e == "individual" else "成立日期", ymd(v["established"])))
    if v["term"]:
        rows.append(("合伙期限" if e == "partnership" else "营业期限", v["term"]))
    rows.append((addr_label, v["address"]))
    rows.append(("经营范围", v["scope"]))
    return rows


HEALTH_ITEMS = ["住宿", "沐浴", "美容、美发", "理发店、美容店", "住宿、沐浴", "游泳场（馆）", "商场（店）", "书店",
                "歌舞厅", "足浴", "候车（机、船）室", "展览馆", "住宿业（宾馆）"]


def health_values(r: random.Random) -> dict:
    region = r.choice(V.REGIONS)
    kind = r.choice(["hotel", "salon", "bath", "shop", "pool"])
    trade = {"hotel": "酒店管理", "salon": "美容美发", "bath": "休闲服务", "shop": "商贸", "pool": "体育发展"}[kind]
    name = V.company_name(r, region, "有限公司", trade)
    if r.random() < 0.3:
        name += region[0].split("市")[-1][:-1] + "分店"
    frm = min(V.rand_date(r, 2019, 2026), dt.date(2026, 11, 25))
    to = V.add_years(frm, 4) - dt.timedelta(days=1)
    year = frm.year
    seq = f"{region[1]}{r.randint(0, 999999):06d}"
    style = r.random()
    if style < 0.5:
        no = f"{region[2]}卫公字（{year}）第{seq}号"
    elif style < 0.75:
        no = f"{region[2]}卫公证字〔{year}〕第{seq}号"
    else:
        no = f"{region[2]}卫公字[{year}]第{seq[:6]}-{seq[6:]}号"
    items = r.choice(HEALTH_ITEMS)
    return {"region": region, "license_no": no, "name": name, "rep": V.person(r), "address": V.street_address(r, region),
            "items": items, "from": frm, "to": to,
            "authority": region[0].split("市")[0] + "市" + region[0].split("市")[-1] + "卫生健康委员会"}


def health_truth(v: dict) -> dict:
    return {"license_no": v["license_no"], "name": v["name"], "legal_representative": v["rep"], "address": v["address"],
            "license_items": v["items"], "valid_from": v["from"].isoformat(), "valid_to": v["to"].isoformat()}


FOOD_FORMS = ["餐饮服务经营者（小型餐馆）", "餐饮服务经营者（中型餐馆）", "餐饮服务经营者（饮品店）", "餐饮服务经营者（糕点店）",
              "食品销售经营者（便利店）", "食品销售经营者（超市）", "食品销售经营者（食杂店）", "单位食堂（学校食堂）",
              "单位食堂（职工食堂）", "食品销售经营者（网络食品销售商）"]
FOOD_ITEMS = ["预包装食品（含冷藏冷冻食品）销售", "散装食品（含冷藏冷冻食品）销售", "散装食品（不含冷藏冷冻食品）销售",
              "热食类食品制售", "冷食类食品制售", "自制饮品制售", "糕点类食品（含裱花蛋糕）制售",
              "特殊食品销售（保健食品）", "特殊食品销售（婴幼儿配方乳粉）", "生食类食品制售"]


def food_values(r: random.Random, form2023: bool) -> dict:
    region = r.choice(V.REGIONS)
    bform = r.choice(FOOD_FORMS)
    t = "2" if bform.startswith("餐饮") else "3" if bform.startswith("单位") else "1"
    individual = r.random() < 0.25
    name = (V.company_name(r, region, "有限公司", r.choice(["餐饮管理", "食品", "商贸", "超市"])) if not individual else
            region[0].split("市")[-1][:-1] + "".join(r.sample(V.BRAND, 2)) + r.choice(["小吃店", "便利店", "面馆", "奶茶店"]))
    body = f"{t}{region[1]}{r.randint(0, 999999):06d}"
    no = "JY" + body + str(sum(int(ch) * (i + 1) for i, ch in enumerate(body)) % 10)
    addr = V.street_address(r, region)
    prem = addr if r.random() < 0.5 else V.street_address(r, region, long=True)
    items = r.sample(FOOD_ITEMS, r.randint(1, 4))
    sep = r.choice(["；", "，", "、"])
    issued = min(V.rand_date(r, 2021 if form2023 else 2016, 2026), dt.date(2026, 11, 20))
    if form2023 and issued < dt.date(2023, 12, 1):
        issued = dt.date(2024, 1, 1) + dt.timedelta(days=r.randint(0, 900))
    return {"region": region, "license_no": no, "name": name,
            "credit_code": V.uscc(r, region[1], "92" if individual else "91"),
            "rep": V.person(r), "address": addr, "premises": prem, "form": bform, "items": sep.join(items),
            "valid_to": V.add_years(issued, 5) - dt.timedelta(days=1), "issued": issued,
            "authority": region[4], "supervisor": region[0].split("市")[-1] + r.choice(["花木", "张江", "城关", "新城", "东湖"]) + "市场监督管理所",
            "officers": f"{V.person(r)}、{V.person(r)}", "signer": V.person(r), "form2023": form2023}


def food_truth(v: dict) -> dict:
    return {"license_no": v["license_no"], "name": v["name"], "credit_code": v["credit_code"],
            "legal_representative": v["rep"], "address": v["address"], "premises_address": v["premises"],
            "business_form": v["form"], "business_items": v["items"], "valid_to": v["valid_to"].isoformat()}


# ---------------------------------------------------------------- pages

def _faces(r: random.Random, label_style: str, value_style: str, texts: list[str]) -> tuple[str, str]:
    lab = R.pick(r, label_style, ["名称类型法定代表人注册资本成立日期营业期限住所经营范围统一社会信用代码执照登记机关副本"
                                  "卫生许可证单位负责人地址项目有效至食品者主体业态编号日常监督管理构员投诉举报电话发签"
                                  "合伙期限执行事务人出资额组成形式营业场所主要经营场所负责人（）身份证号码"
                                  "国家企业信息公示系统网址市场应当于每年月日至通过报送度告总局制扫描二维码登录了解更多备案"])
    val = R.pick(r, value_style, texts + ["0123456789年月日至长期（）、；，。：【】〔〕[]-"])
    return lab, val


def _fit(value: str, face: str, size: float, maxw: float, max_lines: int) -> tuple[float, list[str]]:
    """The value's rows at `size`, or at a smaller size when it would take more than `max_lines` rows
    (a long 经营范围 is printed smaller, never cut)."""
    if not value:
        return size, [""]
    s = size
    lines = R.wrap(value, face, s, maxw)
    while len(lines) > max_lines and s > 7:
        s -= 0.5
        lines = R.wrap(value, face, s, maxw)
    assert "".join(lines) == value
    return s, lines


def draw_licence(c, r: random.Random, v: dict, portrait: bool, faces: list[str], marks: list[str],
                 W: float, H: float, ox: float = 0.0, oy: float = 0.0, scale: float = 1.0) -> None:
    """营业执照 in the 2019 national template, 正本 (landscape) or 副本 (portrait)."""
    rows = licence_rows(v)
    lab, val = _faces(r, r.choice(["song", "hei", "song"]), r.choice(["song", "song", "kai", "hei"]),
                      [t for _, t in rows])
    faces += [lab, val]
    c.saveState()
    c.translate(ox, oy)
    c.scale(scale, scale)
    c.setFillColorRGB(*r.choice([(1, 1, 1), (0.995, 0.985, 0.955), (0.99, 0.975, 0.94)]))
    c.rect(0, 0, W, H, stroke=0, fill=1)
    R.waves(c, r, W, H, (0.95, 0.8, 0.72), n=40, alpha=0.35)
    frame = r.choice([(0.75, 0.35, 0.2), (0.8, 0.2, 0.2), (0.7, 0.5, 0.25)])
    R.guilloche_frame(c, r, W, H, 26 if portrait else 34, frame, band=12 if portrait else 16)
    title_face = R.pick(r, "hei", ["营业执照副本（）"]) if r.random() < 0.5 else lab
    if portrait:
        R.emblem(c, W / 2, H - 105, 34)
        R.text(c, W / 2, H - 190, "营业执照", title_face, 36, BLACK, space=14, anchor="c")
        R.text(c, W / 2, H - 218, "（副　本）", lab, 13, BLACK, anchor="c")
        R.text(c, W - 70, H - 75, f"副本编号：1-{r.randint(1, 3)}", lab, 8, BLACK, anchor="r")
        R.text(c, 62, H - 120, "统一社会信用代码", lab, 9.5, BLACK)
        R.text(c, 62, H - 136, v["credit_code"], val, 11, BLACK, space=0.6)
        R.qr(c, r, W - 132, H - 210, 68)
        R.text(c, W - 98, H - 222, "扫描二维码登录", lab, 5.5, BLACK, anchor="c")
        x_lab, x_val, y, maxw, size = 66, 152, H - 268, W - 152 - 62, 11.0
        for label, value in rows:
            R.spread(c, x_lab, y, label, lab, size, 66 if len(label) <= 5 else 78)
            vs, lines = _fit(value, val, size, maxw, 9)
            for ln in lines:
                R.text(c, x_val, y, ln, val, vs, BLACK)
                y -= vs * 1.65
            y -= 10
        lbl_y = 150
        seal_x, seal_y = W - 150, 128
    else:
        R.emblem(c, W / 2, H - 110, 42)
        R.text(c, W / 2, H - 215, "营业执照", title_face, 58, BLACK, space=32, anchor="c")
        R.text(c, 96, H - 110, "统一社会信用代码", lab, 13, BLACK)
        R.text(c, 96, H - 132, v["credit_code"], val, 16, BLACK, space=1.0)
        R.qr(c, r, W - 200, H - 230, 100)
        R.text(c, W - 150, H - 246, "扫描二维码登录“国家企业信用信息公示系统”", lab, 6, BLACK, anchor="c")
        R.text(c, W - 150, H - 256, "了解更多登记、备案、许可、监管信息", lab, 6, BLACK, anchor="c")
        left = [rw for rw in rows if rw[0] in ("名称", "类型", "法定代表人", "负责人", "执行事务合伙人", "经营者", "组成形式", "经营范围")]
        right = [rw for rw in rows if rw not in left]
        size = 13.0
        for col, x_lab, x_val, maxw in ((left, 100, 205, 390), (right, 640, 760, 360)):
            y = H - 300
            for label, value in col:
                R.spread(c, x_lab, y, label, lab, size, 70 if len(label) <= 5 else 92)
                vs, lines = _fit(value, val, size, maxw, 11)
                for ln in lines:
                    R.text(c, x_val, y, ln, val, vs, BLACK)
                    y -= vs * 1.6
                y -= 12
        lbl_y = 170
        seal_x, seal_y = W - 230, 150
    R.spread(c, seal_x - 75, lbl_y, "登记机关", lab, 13 if not portrait else 11, 70 if not portrait else 56)
    R.text(c, seal_x - 60, lbl_y - 48, ymd(v["issued"]), val, 12 if not portrait else 10, BLACK)
    seal_face = R.pick(r, "song", [v["authority"]])
    R.seal(c, r, seal_x, seal_y, 62 if not portrait else 48, v["authority"], seal_face, alpha=r.uniform(0.6, 0.85))
    marks.append("seal")
    R.text(c, W / 2, 62 if not portrait else 48, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", lab, 8, BLACK, anchor="c")
    R.text(c, W / 2, 50 if not portrait else 38, "市场主体应当于每年1月1日至6月30日通过国家企业信用信息公示系统报送公示年度报告",
           lab, 7, BLACK, anchor="c")
    R.text(c, W - 60, 40 if not portrait else 30, "国家市场监督管理总局监制", lab, 6, BLACK, anchor="r")
    c.restoreState()


def draw_health(c, r: random.Random, v: dict, portrait: bool, faces: list[str], marks: list[str], W: float, H: float) -> None:
    lab, val = _faces(r, r.choice(["song", "hei", "kai"]), r.choice(["song", "kai", "hei"]),
                      [v["license_no"], v["name"], v["rep"], v["address"], v["items"], v["authority"]])
    faces += [lab, val]
    c.setFillColorRGB(0.99, 0.985, 0.96)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    R.waves(c, r, W, H, (0.7, 0.85, 0.95), n=36, alpha=0.4)
    R.guilloche_frame(c, r, W, H, 24, (0.2, 0.45, 0.7), band=10)
    R.emblem(c, W / 2, H - 100, 30)
    R.text(c, W / 2, H - 175, "卫生许可证", R.pick(r, "hei", ["卫生许可证"]), 34, BLACK, space=10, anchor="c")
    R.text(c, W / 2, H - 210, v["license_no"], val, 12, BLACK, anchor="c")
    rows = [("单位名称", v["name"]), ("法定代表人（负责人）", v["rep"]), ("地址", v["address"]), ("许可项目", v["items"]),
            ("有效期限", f"自{ymd(v['from'])}至{ymd(v['to'])}")]
    y, size = H - 270, 12.5
    x_lab = 60 if portrait else 120
    x_val = x_lab + 135
    maxw = W - x_val - (60 if portrait else 120)
    for label, value in rows:
        if len(label) <= 4:
            R.spread(c, x_lab, y, label, lab, size, 4 * size + 20)
        else:
            R.text(c, x_lab, y, label, lab, size * 0.85, BLACK)
        for ln in R.wrap(value, val, size, maxw):
            R.text(c, x_val, y, ln, val, size, BLACK)
            y -= size * 1.7
        y -= 14
    R.text(c, W - 200, 150, "发证机关：", lab, 11, BLACK)
    R.text(c, W - 200, 130, v["authority"], val, 10, BLACK)
    R.text(c, W - 200, 110, ymd(v["from"]), val, 11, BLACK)
    R.seal(c, r, W - 140, 130, 48, v["authority"], R.pick(r, "song", [v["authority"]]), alpha=r.uniform(0.6, 0.85))
    marks.append("seal")
    R.text(c, W / 2, 50, "中华人民共和国国家卫生健康委员会监制", lab, 7, BLACK, anchor="c")


def draw_food(c, r: random.Random, v: dict, portrait: bool, faces: list[str], marks: list[str], W: float, H: float) -> None:
    texts = [v["license_no"], v["name"], v["credit_code"], v["rep"], v["address"], v["premises"], v["form"], v["items"],
             v["authority"], v["supervisor"], v["officers"], v["signer"]]
    lab, val = _faces(r, r.choice(["song", "hei"]), r.choice(["song", "kai", "hei"]), texts)
    faces += [lab, val]
    c.setFillColorRGB(0.995, 0.99, 0.97)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    R.waves(c, r, W, H, (0.75, 0.9, 0.75), n=40, alpha=0.4)
    R.guilloche_frame(c, r, W, H, 26, (0.2, 0.55, 0.35) if not v["form2023"] else (0.15, 0.35, 0.65), band=12)
    R.emblem(c, W / 2, H - 95, 30)
    R.text(c, W / 2, H - 170, "食品经营许可证", R.pick(r, "hei", ["食品经营许可证"]), 30 if portrait else 40, BLACK,
           space=6, anchor="c")
    if portrait:
        R.text(c, W / 2, H - 196, "（副　本）", lab, 12, BLACK, anchor="c")
    code_label = "统一社会信用代码" if v["form2023"] else "社会信用代码（身份证号码）"
    main = [("经营者名称", v["name"]), (code_label, v["credit_code"]), ("法定代表人（负责人）", v["rep"]),
            ("住所", v["address"]), ("经营场所", v["premises"]), ("主体业态", v["form"]), ("经营项目", v["items"])]
    side = [("许可证编号", v["license_no"]), ("日常监督管理机构", v["supervisor"]), ("日常监督管理人员", v["officers"]),
            ("投诉举报电话", "12315"), ("发证机关", v["authority"]), ("签发人", v["signer"]), ("有效期至", ymd(v["valid_to"]))]
    size = 11.0 if portrait else 12.5
    if portrait:
        cols = [(main + side, 50, 190, W - 190 - 50)]
    else:
        cols = [(main, 80, 230, 360), (side, 640, 770, 340)]
    for rows, x_lab, x_val, maxw in cols:
        y = H - 240
        for label, value in rows:
            R.text(c, x_lab, y, label, lab, size * (0.85 if len(label) > 6 else 1.0), BLACK)
            for ln in R.wrap(value, val, size, maxw):
                R.text(c, x_val, y, ln, val, size, BLACK)
                y -= size * 1.6
            y -= 10
    R.qr(c, r, 60 if not portrait else W - 120, 70 if not portrait else H - 150, 60)
    R.seal(c, r, W - 170, 115, 50, v["authority"], R.pick(r, "song", [v["authority"]]), alpha=r.uniform(0.55, 0.8))
    marks.append("seal")
    R.text(c, W - 230, 60, ymd(v["issued"]), val, 11, BLACK)
    R.text(c, W / 2, 36, "国家市场监督管理总局监制", lab, 7, BLACK, anchor="c")


def draw_id_front(c, r: random.Random, v: dict, faces: list[str], ox: float = 0, oy: float = 0, s: float = 1.0) -> None:
    W, H = CARD
    lab = R.pick(r, "hei", ["姓名性别民族出生年月日住址公民身份号码"])
    val = R.pick(r, "hei", [v["name"], v["nation"], v["address"], "男女0123456789"])
    num = r.choice(["dejavu_mono", "dejavu_mono_bold", "dejavu_cond"])
    faces += [lab, val, num]
    c.saveState()
    c.translate(ox, oy)
    c.scale(s, s)
    p = c.beginPath()
    p.roundRect(0, 0, W, H, 9)
    c.setFillColorRGB(0.955, 0.965, 0.975)
    c.drawPath(p, stroke=0, fill=1)
    c.clipPath(p, stroke=0)
    R.waves(c, r, W, H, (0.6, 0.75, 0.9), n=24, alpha=0.35, lw=0.25)
    R.waves(c, r, W, H, (0.9, 0.7, 0.75), n=12, alpha=0.25, lw=0.25)
    blue = (0.2, 0.4, 0.62)
    R.text(c, 16, 124, "姓名", lab, 7, blue, space=3)
    R.text(c, 44, 123, v["name"], val, 10.5, BLACK, space=1.0)
    R.text(c, 16, 106, "性别", lab, 7, blue, space=3)
    R.text(c, 44, 106, v["sex"], val, 8.5, BLACK)
    R.text(c, 72, 106, "民族", lab, 7, blue, space=3)
    R.text(c, 98, 106, v["nation"], val, 8.5, BLACK)
    R.text(c, 16, 89, "出生", lab, 7, blue, space=3)
    b = v["birth"]
    x = 44
    for part, unit in ((str(b.year), "年"), (str(b.month), "月"), (str(b.day), "日")):
        x += R.text(c, x, 89, part, val, 8.5, BLACK) + 2
        x += R.text(c, x, 89, unit, lab, 7, blue) + 4
    R.text(c, 16, 72, "住址", lab, 7, blue, space=3)
    y = 72
    for ln in R.wrap(v["address"], val, 8.5, 108):
        R.text(c, 44, y, ln, val, 8.5, BLACK)
        y -= 12
    R.text(c, 16, 20, "公民身份号码", lab, 7, blue, space=1.5)
    R.text(c, 84, 19, v["id_number"], num, 10.5, BLACK, space=1.4)
    # photo
    c.setFillColorRGB(0.88, 0.9, 0.93)
    c.rect(160, 38, 66, 88, stroke=0, fill=1)
    c.setFillColorRGB(0.35, 0.37, 0.42)
    c.ellipse(178, 70, 208, 112, stroke=0, fill=1)
    c.ellipse(166, 30, 220, 78, stroke=0, fill=1)
    c.restoreState()


def draw_id_back(c, r: random.Random, v: dict, faces: list[str], ox: float = 0, oy: float = 0, s: float = 1.0) -> None:
    W, H = CARD
    vt = v["valid_to"]
    period = f"{v['issued']:%Y.%m.%d}-" + ("长期" if vt == "长期" else f"{vt:%Y.%m.%d}")
    lab = R.pick(r, "hei", ["中华人民共和国居民身份证签发机关有效期限"])
    val = R.pick(r, "hei", [v["authority"], period])
    faces += [lab, val]
    c.saveState()
    c.translate(ox, oy)
    c.scale(s, s)
    p = c.beginPath()
    p.roundRect(0, 0, W, H, 9)
    c.setFillColorRGB(0.96, 0.965, 0.955)
    c.drawPath(p, stroke=0, fill=1)
    c.clipPath(p, stroke=0)
    R.waves(c, r, W, H, (0.55, 0.75, 0.85), n=30, alpha=0.35, lw=0.25)
    R.emblem(c, 38, 112, 22)
    R.text(c, 76, 116, "中华人民共和国", lab, 11, BLACK, space=3.5)
    R.text(c, 80, 86, "居民身份证", lab, 17, BLACK, space=5)
    R.text(c, 40, 38, "签发机关", lab, 7, BLACK, space=1.5)
    R.text(c, 86, 37.5, v["authority"], val, 8.5, BLACK)
    R.text(c, 40, 20, "有效期限", lab, 7, BLACK, space=1.5)
    R.text(c, 86, 19.5, period, val, 8.5, BLACK)
    c.restoreState()


# ---------------------------------------------------------------- negatives ("other")

def draw_other(c, r: random.Random, what: str, faces: list[str], marks: list[str], W: float, H: float) -> None:
    song = R.pick(r, "song", ["收款收据说明情况营业执照统一社会信用代码"])
    hei = R.pick(r, "hei", ["常住人口登记卡"])
    faces += [song, hei]
    c.setFillColorRGB(1, 1, 1)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    if what == "blank":
        # the back of a printed page: its text shows through, mirrored and faint
        c.saveState()
        c.translate(W, 0)
        c.scale(-1, 1)
        y = H - 120
        for _ in range(r.randint(8, 20)):
            R.text(c, 70, y, V.scope(r, False)[:32], song, 12, (0.5, 0.5, 0.5), alpha=0.12)
            y -= 26
        c.restoreState()
        marks.append("show_through")
    elif what == "receipt":
        y = H - 40
        R.text(c, W / 2, y, r.choice(["联华超市", "全家便利店", "永辉超市", "好又多"]) + "（" + r.choice(V.REGIONS)[0][:2] + "店）", hei, 11, BLACK, anchor="c")
        y -= 18
        R.text(c, 12, y, "纳税人识别号：" + V.uscc(r, r.choice(V.REGIONS)[1]), song, 7.5, BLACK)
        y -= 14
        R.text(c, 12, y, f"单号：{r.randint(10**11, 10**12 - 1)}  收银员：{r.randint(1000, 9999)}", song, 7.5, BLACK)
        y -= 16
        total = 0.0
        for _ in range(r.randint(4, 12)):
            item = r.choice(["矿泉水550ml", "方便面", "纸巾", "牛奶250ml", "面包", "苹果", "酸奶", "口香糖", "电池", "洗洁精"])
            price = r.randint(150, 3990) / 100
            total += price
            R.text(c, 12, y, item, song, 8, BLACK)
            R.text(c, W - 12, y, f"{price:.2f}", song, 8, BLACK, anchor="r")
            y -= 13
        R.text(c, 12, y - 6, "合计", hei, 9, BLACK)
        R.text(c, W - 12, y - 6, f"{total:.2f}", hei, 9, BLACK, anchor="r")
        R.text(c, W / 2, y - 30, "谢谢惠顾 欢迎再次光临", song, 8, BLACK, anchor="c")
    elif what == "form":
        R.text(c, W / 2, H - 80, "公共场所卫生许可证申请表", hei, 18, BLACK, anchor="c")
        y = H - 130
        c.setStrokeColorRGB(0, 0, 0)
        for label in ("申请单位", "统一社会信用代码", "法定代表人", "联系电话", "单位地址（注册）", "经营场所地址",
                      "从业人员人数", "申请许可项目", "原卫生许可证号", "集中空调通风系统"):
            c.rect(60, y - 8, W - 120, 28, stroke=1, fill=0)
            c.line(200, y - 8, 200, y + 20)
            R.text(c, 68, y, label, song, 10, BLACK)
            y -= 28
        R.text(c, 60, y - 30, "本单位保证以上填写内容真实有效。", song, 10, BLACK)
        R.text(c, W - 220, y - 70, "申请单位（盖章）：", song, 10, BLACK)
        R.text(c, W - 220, y - 95, "年　　月　　日", song, 10, BLACK)
    elif what == "letter":
        region = r.choice(V.REGIONS)
        comp = V.company_name(r, region, "有限公司")
        R.text(c, W / 2, H - 100, "情况说明", hei, 20, BLACK, anchor="c", space=6)
        R.text(c, 70, H - 150, region[4] + "：", song, 12, BLACK)
        body = (f"我单位{comp}因经营需要，拟申请办理营业执照变更登记，现将有关情况说明如下：我单位原营业执照"
                f"统一社会信用代码不变，住所由原地址迁至新址，法定代表人不变。特此说明，请予办理。")
        y = H - 180
        for ln in R.wrap(body, song, 12, W - 160):
            R.text(c, 95 if y == H - 180 else 70, y, ln, song, 12, BLACK)
            y -= 24
        R.text(c, W - 90, y - 60, comp, song, 12, BLACK, anchor="r")
        R.text(c, W - 90, y - 85, f"2026年{r.randint(1, 11)}月{r.randint(1, 28)}日", song, 12, BLACK, anchor="r")
        R.seal(c, r, W - 160, y - 70, 46, comp, R.pick(r, "song", [comp]), alpha=0.7)
        marks.append("seal")
    elif what == "hukou":
        v = id_values(r)
        R.text(c, W / 2, H - 70, "常住人口登记卡", hei, 18, BLACK, anchor="c", space=4)
        c.setStrokeColorRGB(0.3, 0.2, 0.1)
        y = H - 110
        for row in (("姓名", v["name"], "户主或与户主关系", "户主"), ("曾用名", "", "性别", v["sex"]),
                    ("出生地", v["region"][0], "民族", v["nation"]), ("籍贯", v["region"][0][:3], "出生日期", ymd(v["birth"], False)),
                    ("本市（县）其他住址", "", "宗教信仰", ""), ("公民身份号码", v["id_number"], "身高", f"{r.randint(150, 190)}"),
                    ("文化程度", r.choice(["大学本科", "高中", "初中", "硕士研究生"]), "婚姻状况", r.choice(["已婚", "未婚"])),
                    ("服务处所", "", "职业", "")):
            c.rect(40, y - 10, W - 80, 30, stroke=1, fill=0)
            R.text(c, 46, y, row[0], song, 9, BLACK)
            R.text(c, 140, y, row[1], song, 10, BLACK)
            R.text(c, 330, y, row[2], song, 9, BLACK)
            R.text(c, 440, y, row[3], song, 10, BLACK)
            y -= 30
        R.seal(c, r, W - 130, y - 50, 44, v["authority"].replace("分局", "户口专用章")[:14], R.pick(r, "song", [v["authority"] + "户口专用章"]), alpha=0.65)
        marks.append("seal")
    elif what == "invoice":
        region = r.choice(V.REGIONS)
        R.text(c, W / 2, H - 60, "电子发票（普通发票）", hei, 18, (0.55, 0.2, 0.1), anchor="c")
        R.text(c, W - 60, H - 90, f"发票号码：{r.randint(10**19, 10**20 - 1)}", song, 9, BLACK, anchor="r")
        R.text(c, W - 60, H - 105, f"开票日期：2026年{r.randint(1, 11):02d}月{r.randint(1, 28):02d}日", song, 9, BLACK, anchor="r")
        for who, y in (("购买方", H - 150), ("销售方", H - 220)):
            R.text(c, 50, y, who + "信息", hei, 10, (0.55, 0.2, 0.1))
            R.text(c, 120, y, "名称：" + V.company_name(r, region, "有限公司"), song, 10, BLACK)
            R.text(c, 120, y - 20, "统一社会信用代码/纳税人识别号：" + V.uscc(r, region[1]), song, 10, BLACK)
        R.text(c, 50, H - 290, "项目名称　　　　规格型号　单位　数量　单价　金额　税率/征收率　税额", song, 9, BLACK)
        R.text(c, 50, H - 310, f"*信息技术服务*技术服务费　　　次　1　{r.randint(100, 9000)}.00　6%", song, 9, BLACK)
        R.text(c, 50, H - 360, "价税合计（大写）　" + V.cn_upper_wan(r.randint(1, 9))[:-1] + "仟元整", song, 10, BLACK)
    elif what == "bank_card":
        pass                                             # drawn on its own card page


BANKS = [("中国工商银行", "6222"), ("中国建设银行", "6217"), ("招商银行", "6225"), ("中国农业银行", "6228"), ("交通银行", "6222")]


def draw_bank_card(c, r: random.Random, faces: list[str]) -> None:
    W, H = CARD
    bank, bin4 = r.choice(BANKS)
    digits = [int(ch) for ch in bin4] + [r.randint(0, 9) for _ in range(11)]
    tot = 0
    for i, d in enumerate(reversed(digits)):          # Luhn check digit
        d = d * 2 if i % 2 == 0 else d
        tot += d - 9 if d > 9 else d
    digits.append((10 - tot % 10) % 10)
    number = "".join(map(str, digits))
    hei = R.pick(r, "hei", [bank + "借记卡"])
    faces += [hei, "dejavu_mono_bold"]
    p = c.beginPath()
    p.roundRect(0, 0, W, H, 10)
    col = r.choice([(0.75, 0.1, 0.12), (0.1, 0.25, 0.55), (0.1, 0.45, 0.35), (0.2, 0.2, 0.25)])
    c.setFillColorRGB(*col)
    c.drawPath(p, stroke=0, fill=1)
    R.text(c, 18, 125, bank, hei, 13, (1, 1, 1))
    R.text(c, 18, 108, "借记卡", hei, 8, (1, 1, 1))
    c.setFillColorRGB(0.85, 0.75, 0.4)
    c.roundRect(24, 66, 34, 26, 4, stroke=0, fill=1)
    R.text(c, 18, 38, " ".join(number[i:i + 4] for i in range(0, 16, 4)), "dejavu_mono_bold", 13, (0.95, 0.95, 0.95), space=0.8)
    R.text(c, 150, 20, f"VALID THRU {r.randint(1, 12):02d}/{r.randint(27, 35)}", "dejavu_mono", 6, (1, 1, 1))
