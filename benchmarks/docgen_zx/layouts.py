"""Family ZX's documents, each laid out in millimetres on a `draw.Doc`: the second-generation ID card (both
sides), 营业执照 正本/副本 (2019 national template, 个体工商户 form), 公共场所卫生许可证, 食品经营许可证
正本/副本, and negatives (户口簿 page, 结婚证 inner page, a receipt, an application form, a notice that names
licence words). Each builder returns (doc, truth fields {key: value}, variant)."""

from __future__ import annotations

import datetime as dt
import random

from benchmarks.docgen_zx import values as V
from benchmarks.docgen_zx.draw import Doc, border, emblem, guilloche, portrait, qr_rows, seal

INK = "#1c1c1c"
BLUE = "#2a4f7a"


def id_front(rng: random.Random, seed: int) -> tuple[Doc, dict, str]:
    d = Doc(85.6, 54.0, "#f4f1ea")
    guilloche(d, 2, 3, 81, 48, "#d9dfe6", seed, 5)
    sex = rng.choice("男女")
    birth = V.date_between(rng, dt.date(1950, 1, 1), dt.date(2006, 12, 31))
    addr, code = V.home_address(rng)
    name = V.person_name(rng)
    nation = rng.choice(V.NATIONS)
    idn = V.id_number(rng, code, birth, sex)
    lc, vf = "#3c6da0", rng.choice(["sans", "sans", "serif"])
    d.text(6.5, 9.5, "姓  名", 2.6, "sans", lc)
    d.text(17, 9.7, name, 3.4, vf, INK, field="name")
    d.text(6.5, 16.5, "性  别", 2.6, "sans", lc)
    d.text(17, 16.6, sex, 3.0, vf, INK, field="sex")
    d.text(28, 16.5, "民  族", 2.6, "sans", lc)
    d.text(38, 16.6, nation, 3.0, vf, INK, field="nation")
    d.text(6.5, 23.5, "出  生", 2.6, "sans", lc)
    d.text(17, 23.6, f"{birth.year}", 3.0, vf, INK, field="birth_date")
    d.text(26.5, 23.5, "年", 2.6, "sans", lc)
    d.text(30.5, 23.6, f"{birth.month}", 3.0, vf, INK, field="birth_date")
    d.text(34.5, 23.5, "月", 2.6, "sans", lc)
    d.text(38.5, 23.6, f"{birth.day}", 3.0, vf, INK, field="birth_date")
    d.text(42.5, 23.5, "日", 2.6, "sans", lc)
    d.text(6.5, 30.5, "住  址", 2.6, "sans", lc)
    d.para(17, 30.6, addr, 36.5, 3.0, vf, lh=1.5, field="address")
    d.text(6.5, 47.5, "公民身份号码", 2.6, "sans", lc)
    d.text(26, 47.8, idn, 3.5, "sans_b", INK, field="id_number", track=0.55)
    portrait(d, 56, 7, 24, 31, "#d8b89a")
    t = {"name": name, "sex": sex, "nation": nation, "birth_date": birth.isoformat(), "address": addr, "id_number": idn}
    return d, t, "card"


def id_back(rng: random.Random, seed: int) -> tuple[Doc, dict, str]:
    d = Doc(85.6, 54.0, "#f1f3ef")
    guilloche(d, 2, 3, 81, 48, "#d6e2d8", seed, 6)
    emblem(d, 14.5, 14.5, 9.5)
    d.text(52, 13, "中华人民共和国", 4.4, "serif_b", INK, align="c", track=0.6)
    d.text(52, 24, "居民身份证", 6.2, "serif_b", INK, align="c", track=1.4)
    prov, city, dist, code, road = V.place(rng)
    auth = (city + dist if city else (prov.removesuffix("市") + "市" + dist)) + "公安分局" if rng.random() < 0.5 else \
        (city or prov) + "公安局" + dist + "分局"
    auth = auth.replace("市市", "市")
    if rng.random() < 0.35:
        auth = (city or prov) + "公安局"
    age = rng.choice([12, 20, 30, 40, 50, 60])
    vf = V.date_between(rng, dt.date(2008, 1, 1), dt.date(2024, 12, 31))
    years = 5 if age < 16 else 10 if age < 26 else 20 if age < 46 else None
    vt = V.add_years(vf, years) if years else None
    d.text(14, 41.5, "签发机关", 2.6, "sans", "#333333")
    d.text(28, 41.7, auth, 3.0, "sans", INK, field="issuing_authority")
    d.text(14, 48.5, "有效期限", 2.6, "sans", "#333333")
    vs = vf.strftime("%Y.%m.%d") + "-" + (vt.strftime("%Y.%m.%d") if vt else "长期")
    d.text(28, 48.7, vs, 3.0, "sans", INK, field="valid_from")
    d.fields["valid_to"] = d.fields["valid_from"][11:]
    d.fields["valid_from"] = d.fields["valid_from"][:10]
    t = {"issuing_authority": auth, "valid_from": vf.isoformat(), "valid_to": vt.isoformat() if vt else "长期"}
    return d, t, "card-long" if not vt else "card"


def _firm(rng: random.Random) -> dict:
    parts = V.place(rng)
    et = rng.choice(V.ENTITY_TYPES)
    name, scope = V.firm(rng, parts)
    if et == "个体工商户":
        name = (parts[2] + rng.choice(V.ZIHAO) + rng.choice(["小吃店", "便利店", "理发店", "五金店", "服装店", "面馆"])) \
            if rng.random() < 0.8 else ""
    elif "分公司" in et:
        name = name + parts[2] + "分公司"
    elif et == "有限合伙企业":
        name = name.replace("股份有限公司", "").replace("有限公司", "") + "企业（有限合伙）"
    long = rng.random() < 0.4
    addr, code = V.address(rng, long=long, parts=parts)
    if rng.random() < 0.5:
        extra = rng.sample(["会议及展览服务", "市场营销策划", "企业管理咨询", "办公用品销售", "日用品批发", "家用电器销售",
                            "信息咨询服务（不含许可类信息咨询服务）", "礼仪服务", "停车场服务"], rng.randint(2, 5))
        scope = scope + "；" + "；".join(extra)
    scope += "。（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）" if rng.random() < 0.7 else ""
    est = V.date_between(rng, dt.date(2003, 1, 1), dt.date(2025, 6, 30))
    kind = "92" if et == "个体工商户" else "91"
    return {"parts": parts, "et": et, "name": name, "scope": scope, "addr": addr, "code": code, "est": est,
            "uscc": V.uscc(rng, code, kind), "rep": V.person_name(rng)}


def _footer_seal(d: Doc, rng: random.Random, x: float, y: float, auth: str, date: dt.date, r: float) -> None:
    d.text(x - 22, y, "登记机关", 4.0 * r / 20, "serif_b", INK)
    d.text(x - 10, y + 9 * r / 20, V.cn_date(date), 4.2 * r / 20, "serif", INK)
    seal(d, x + 8, y + 2, r, auth, "")


def business_license(rng: random.Random, seed: int) -> tuple[Doc, dict, str]:
    f = _firm(rng)
    orig = rng.random() < 0.45  # 正本 landscape / 副本 portrait
    d = Doc(297.0, 210.0, "#fbf8f1") if orig else Doc(210.0, 297.0, "#fbfaf6")
    border(d, 8, "#b98b3e", "#d9b779", seed)
    cx = d.w / 2
    emblem(d, cx, 30, 11)
    d.text(cx, 58, "营 业 执 照", 15 if orig else 13, "serif_b", INK, align="c", track=2)
    if not orig:
        d.text(cx, 67, "（副　本）", 5, "serif", INK, align="c")
        d.text(cx + 45, 67, f"副本编号：{rng.randint(1, 3)}-{rng.randint(1, 3)}", 3.6, "serif", INK)
    d.text(22, 33, "统一社会信用代码", 4.2, "serif_b", INK)
    d.text(22, 40.5, f["uscc"], 4.6, "serif_b", INK, field="credit_code", track=0.2)
    qx = d.w - 52
    d.modules(qx, 18, 0.9, qr_rows(f"http://www.gsxt.gov.cn/{f['uscc']}"))
    d.para(qx - 4, 56, "扫描市场主体身份码了解更多登记、备案、许可、监管信息，体验更多应用服务。", 40, 2.6, "sans", lh=1.3)
    et = f["et"]
    indiv = et == "个体工商户"
    rep_label = "经营者" if indiv else "负责人" if "分公司" in et else "执行事务合伙人" if "合伙" in et else "法定代表人"
    addr_label = "经营场所" if indiv else "营业场所" if "分公司" in et else "主要经营场所" if "合伙" in et else "住所"
    cap = "" if indiv or "分公司" in et or "合伙" in et else (rng.choice(V.CAPITAL_CN) if rng.random() < 0.5 else rng.choice(V.CAPITAL_AR))
    if cap and cap[0] in "壹贰叁伍捌" and rng.random() < 0.5:
        cap = "人民币" + cap
    vt = "长期" if rng.random() < 0.55 else V.add_years(f["est"], rng.choice([10, 20, 30])).isoformat()
    if indiv:
        vt = ""
    sz = 4.3 if orig else 4.0
    rows_l = [("名称", f["name"], "name"), ("类型", et, "entity_type"), (rep_label, f["rep"], "legal_representative")]
    if indiv:
        rows_l.append(("组成形式", rng.choice(["个人经营", "家庭经营"]), None))
    rows_l.append(("经营范围", f["scope"], "business_scope"))
    rows_r = []
    if cap:
        rows_r.append(("注册资本", cap, "registered_capital"))
    rows_r.append(("注册日期" if indiv else "成立日期", V.cn_date(f["est"]), "established_date"))
    if not indiv:
        rows_r.append(("营业期限" if rng.random() < 0.5 else "营业期限", (V.cn_date(f["est"]) + "至" + (V.cn_date(dt.date.fromisoformat(vt)) if vt != "长期" else "长期")), "valid_to"))
    rows_r.append((addr_label, f["addr"], "address"))
    lw = 24 if orig else 26
    if orig:
        cols = [(22, 80, rows_l, 118), (160, 80, rows_r, 110)]
    else:
        cols = [(24, 82, rows_l + rows_r, 162)]
    for x, y, rows, wd in cols:
        for lab, val, key in rows:
            d.spread(x, y, lab, lw * (0.8 if len(lab) <= 4 else 1.15), sz, "serif_b", INK)
            vx = x + max(lw, d.width(lab, sz, "serif_b") + 3)
            if key == "valid_to" and vt != "长期":
                start = V.cn_date(f["est"]) + "至"
                w0 = d.text(vx, y, start, sz, "serif", INK)
                d.text(vx + w0, y, val[len(start):], sz, "serif", INK, field="valid_to")
                y += sz * 1.9
                continue
            if key == "valid_to":
                start = V.cn_date(f["est"]) + "至"
                w0 = d.text(vx, y, start, sz, "serif", INK)
                d.text(vx + w0, y, "长期", sz, "serif", INK, field="valid_to")
                y += sz * 1.9
                continue
            y = d.para(vx, y, val, wd - (vx - x), sz, "serif", lh=1.5, field=key, max_lines=9 if key == "business_scope" else 0)
            y += sz * 0.45
    dist = f["parts"][2]
    auth = (f["parts"][1] or f["parts"][0]) + dist + "市场监督管理局"
    auth = auth.replace("市市", "市")
    issue = V.date_between(rng, f["est"], min(dt.date(2025, 9, 30), f["est"] + dt.timedelta(days=3000)))
    _footer_seal(d, rng, d.w - 62, d.h - 30, auth, issue, 20)
    d.text(cx, d.h - 12.5, "国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", 3.0, "sans", "#444444", align="c")
    d.text(cx, d.h - 17, "市场主体应当于每年1月1日至6月30日通过国家企业信用信息公示系统报送公示年度报告。", 3.0, "sans", "#444444", align="c")
    t = {"name": f["name"], "credit_code": f["uscc"], "entity_type": et, "legal_representative": f["rep"],
         "registered_capital": cap, "established_date": f["est"].isoformat(), "address": f["addr"],
         "business_scope": f["scope"], "valid_to": vt}
    if not f["name"]:
        d.fields["name"] = []
    for k in ("registered_capital", "valid_to"):
        d.fields.setdefault(k, [])
    return d, t, ("orig" if orig else "copy") + ("-indiv" if indiv else "-corp")


def health_license(rng: random.Random, seed: int) -> tuple[Doc, dict, str]:
    parts = V.place(rng)
    name, _ = V.firm(rng, parts)
    if rng.random() < 0.4:
        name = name.replace("有限公司", "") + rng.choice(["宾馆", "浴室", "美发店", "游泳馆", "酒店"])
    addr, code = V.address(rng, long=rng.random() < 0.3, parts=parts)
    item = rng.choice(V.HEALTH_ITEMS)
    vf = V.date_between(rng, dt.date(2019, 1, 1), dt.date(2025, 8, 31))
    vt = V.add_years(vf, 4) - dt.timedelta(days=1)
    abbrev = {"上海市": "沪", "北京市": "京", "广东省": "粤", "浙江省": "浙", "四川省": "川", "湖北省": "鄂", "江苏省": "苏",
              "河南省": "豫", "山东省": "鲁"}[parts[0]]
    no = f"{abbrev}卫公字（{vf.year}）第{code}{rng.randint(0, 999999):06d}号" if rng.random() < 0.6 else \
        f"{abbrev}卫公证字[{vf.year}]第{code}{rng.randint(0, 9999):04d}号"
    rep = V.person_name(rng)
    landscape = rng.random() < 0.3
    d = Doc(260, 185, "#fdfbf5") if landscape else Doc(185, 260, "#fdfbf5")
    border(d, 7, "#3f6f9f", "#8fb0d0", seed)
    cx = d.w / 2
    emblem(d, cx, 28, 10)
    d.text(cx, 55, "卫 生 许 可 证", 12, "serif_b", INK, align="c", track=1.5)
    d.text(cx, 64, "（公共场所）", 4.4, "serif", INK, align="c")
    x, lwid, sz = (40 if landscape else 22), 50, 4.6
    y = 78
    d.text(d.w - 20, 72, no, 4.0, "serif", INK, field="license_no", align="r")
    for lab, val, key in [("单位名称", name, "name"), ("法定代表人（负责人）", rep, "legal_representative"),
                          ("地址", addr, "address"), ("许可项目", item, "license_items")]:
        d.spread(x, y, lab, 26 if len(lab) <= 4 else lwid, sz, "serif_b", INK)
        vx = x + lwid + 2
        y = d.para(vx, y, val, d.w - vx - 22, sz, "serif", lh=1.5, field=key) + sz * 0.9
    d.spread(x, y, "有效期限", 26, sz, "serif_b", INK)
    vx = x + lwid + 2
    vx += d.text(vx, y, "自", sz, "serif", INK)
    vx += d.text(vx, y, V.cn_date(vf), sz, "serif", INK, field="valid_from")
    vx += d.text(vx, y, "至", sz, "serif", INK)
    d.text(vx, y, V.cn_date(vt), sz, "serif", INK, field="valid_to")
    auth = (parts[1] or parts[0]) + parts[2] + "卫生健康委员会"
    auth = auth.replace("市市", "市")
    d.text(d.w - 70, d.h - 36, "发证机关", 4.4, "serif_b", INK)
    d.text(d.w - 70, d.h - 26, V.cn_date(vf - dt.timedelta(days=rng.randint(0, 5))), 4.4, "serif", INK)
    seal(d, d.w - 48, d.h - 36, 19, auth)
    t = {"license_no": no, "name": name, "legal_representative": rep, "address": addr, "license_items": item,
         "valid_from": vf.isoformat(), "valid_to": vt.isoformat()}
    return d, t, "landscape" if landscape else "portrait"


def food_license(rng: random.Random, seed: int) -> tuple[Doc, dict, str]:
    parts = V.place(rng)
    name, _ = V.firm(rng, parts)
    form = rng.choice(V.FOOD_FORMS)
    if form.startswith("餐饮") and rng.random() < 0.5:
        name = name.replace("有限公司", "") + rng.choice(["餐厅", "饭店", "火锅店", "面馆"])
    addr, code = V.address(rng, parts=parts)
    prem = addr if rng.random() < 0.5 else V.address(rng, long=rng.random() < 0.4, parts=parts)[0]
    items = "；".join(rng.sample(V.FOOD_ITEMS, rng.randint(1, 4)))
    credit = V.uscc(rng, code)
    vt = V.add_years(V.date_between(rng, dt.date(2020, 1, 1), dt.date(2025, 8, 31)), 5) - dt.timedelta(days=1)
    no = "JY" + rng.choice("123") + code + f"{rng.randint(0, 9999999):07d}"
    rep = V.person_name(rng)
    orig = rng.random() < 0.5
    d = Doc(280, 198, "#fcfcf7") if orig else Doc(198, 280, "#fcfcf7")
    border(d, 7, "#2f7a4f", "#90c4a6", seed)
    cx = d.w / 2
    emblem(d, cx, 26, 9)
    d.text(cx, 50, "食品经营许可证", 11, "serif_b", INK, align="c", track=1.2)
    d.text(cx, 58, "（正本）" if orig else "（副本）", 4.4, "serif", INK, align="c")
    d.modules(d.w - 44, 16, 0.85, qr_rows(f"https://spjy.samr.gov.cn/{no}"))
    rows = [("经营者名称", name, "name"), ("社会信用代码（身份证号码）", credit, "credit_code"),
            ("法定代表人（负责人）", rep, "legal_representative"), ("住所", addr, "address"),
            ("经营场所", prem, "premises_address"), ("主体业态", form, "business_form"), ("经营项目", items, "business_items")]
    sz = 4.0
    if orig:
        colx = [(18, 70), (146, 70)]
        split = 4
    else:
        colx = [(20, 70)]
        split = 99
    x, y = colx[0]
    for i, (lab, val, key) in enumerate(rows):
        if i == split:
            x, y = colx[1]
        lw = 36 if len(lab) > 6 else 24
        if lab.startswith("法定代表人"):
            d.text(x, y, "法定代表人", sz, "serif_b", INK)
            d.text(x, y + sz * 1.3, "（负责人）", sz * 0.8, "serif_b", INK)
            lab = ""
        if lab.startswith("社会信用代码"):
            d.text(x, y, "社会信用代码", sz, "serif_b", INK)
            d.text(x, y + sz * 1.3, "（身份证号码）", sz * 0.8, "serif_b", INK)
        elif lab:
            d.spread(x, y, lab, lw if len(lab) > 4 else 22, sz, "serif_b", INK)
        vx = x + 38
        wd = (d.w - 18 - vx) if not orig else (122 - 38 if x < 100 else d.w - 18 - vx)
        y = d.para(vx, y, val, wd, sz, "serif", lh=1.5, field=key) + sz * 1.0
    y = max(y, 150 if orig else 200)
    x = colx[-1][0]
    d.spread(x, y, "许可证编号", 22, sz, "serif_b", INK)
    d.text(x + 38, y, no, sz + 0.4, "serif_b", INK, field="license_no", track=0.2)
    y += sz * 2
    d.spread(x, y, "有效期至", 22, sz, "serif_b", INK)
    d.text(x + 38, y, V.cn_date(vt), sz, "serif", INK, field="valid_to")
    y += sz * 2
    d.text(20, d.h - 30, f"日常监督管理机构：{parts[2]}市场监督管理局", 3.4, "serif", INK)
    d.text(20, d.h - 24, f"日常监督管理人员：{V.person_name(rng)}、{V.person_name(rng)}", 3.4, "serif", INK)
    d.text(20, d.h - 18, "投诉举报电话：12315", 3.4, "serif", INK)
    auth = ((parts[1] or parts[0]) + parts[2] + "市场监督管理局").replace("市市", "市")
    d.text(d.w - 70, d.h - 34, "发证机关", 4.0, "serif_b", INK)
    d.text(d.w - 70, d.h - 22, V.cn_date(vt - dt.timedelta(days=365 * 5 - 1)), 4.0, "serif", INK)
    seal(d, d.w - 45, d.h - 34, 18, auth)
    t = {"license_no": no, "name": name, "credit_code": credit, "legal_representative": rep, "address": addr,
         "premises_address": prem, "business_form": form, "business_items": items, "valid_to": vt.isoformat()}
    return d, t, "orig" if orig else "copy"


def other(rng: random.Random, seed: int) -> tuple[Doc, dict, str]:
    v = rng.choice(["hukou", "marriage", "receipt", "form", "notice"])
    if v == "hukou":
        d = Doc(143, 105, "#f6efe3")
        d.text(71.5, 12, "常住人口登记卡", 6.5, "serif_b", INK, align="c", track=1)
        rows = [("姓名", V.person_name(rng)), ("户主或与户主关系", rng.choice(["户主", "妻", "长子", "长女", "孙女"])),
                ("性别", rng.choice("男女")), ("民族", "汉"), ("出生日期", V.cn_date(V.date_between(rng, dt.date(1950, 1, 1), dt.date(2015, 1, 1)))),
                ("公民身份号码", V.id_number(rng, "310115", dt.date(1990, 1, 1), "男")), ("住址", V.home_address(rng)[0][:22])]
        y = 22
        for lab, val in rows:
            d.frame(8, y - 5, 127, 9, 0.25, "#7a5c3e")
            d.text(10, y + 1.3, lab, 3.2, "sans", "#5a3e2a")
            d.text(48, y + 1.3, val, 3.4, "serif", INK)
            y += 9
        seal(d, 112, 92, 10, "户口专用章", "")
    elif v == "marriage":
        d = Doc(180, 125, "#f7e9e4")
        d.text(90, 14, "结婚证", 8, "serif_b", "#9b1b1b", align="c", track=2)
        a, b = V.person_name(rng), V.person_name(rng)
        for i, (lab, val) in enumerate([("持证人", a), ("登记日期", V.cn_date(V.date_between(rng, dt.date(2005, 1, 1), dt.date(2025, 1, 1)))),
                                        ("结婚证字号", f"J310115-20{rng.randint(10, 24)}-00{rng.randint(1000, 9999)}"),
                                        ("姓名", a), ("性别", "男"), ("国籍", "中国"), ("姓名", b), ("性别", "女"), ("国籍", "中国")]):
            d.text(16, 30 + i * 9.5, lab, 3.6, "sans", "#5a2a2a")
            d.text(52, 30 + i * 9.5, val, 3.8, "serif", INK)
        portrait(d, 120, 30, 44, 32, "#d8b89a")
        seal(d, 140, 95, 15, "婚姻登记专用章")
    elif v == "receipt":
        d = Doc(190, 95, "#ffffff")
        d.text(95, 14, "收　款　收　据", 7, "serif_b", "#b22222", align="c")
        d.text(130, 22, f"No.{rng.randint(1000000, 9999999)}", 4, "sans", "#b22222")
        d.text(16, 34, f"今收到：{V.person_name(rng)}", 4.4, "kai", INK, jitter=seed, jamp=0.2, jrot=0.05)
        d.text(16, 46, "交来：" + rng.choice(["会议室租赁费", "资料复印费", "押金", "培训费"]), 4.4, "kai", INK, jitter=seed + 1, jamp=0.2, jrot=0.05)
        d.text(16, 58, f"人民币（大写）{rng.choice(['壹仟贰佰元整', '叁佰伍拾元整', '捌拾元整'])}", 4.4, "kai", INK, jitter=seed + 2, jamp=0.2, jrot=0.05)
        for yy in (37, 49, 61):
            d.line(14, yy, 176, yy, 0.3, "#b22222")
        seal(d, 150, 70, 14, V.firm(rng, V.place(rng))[0][:14], "财务专用章")
    elif v == "form":
        d = Doc(210, 297, "#ffffff")
        d.text(105, 24, rng.choice(["公共场所卫生许可申请表", "个体工商户登记（备案）申请书", "食品经营许可申请书"]), 7, "serif_b", INK, align="c")
        y = 40
        for lab in ["申请单位", "统一社会信用代码", "法定代表人", "联系电话", "单位地址", "经营场所地址", "从业人员人数", "申请项目"]:
            d.frame(20, y, 170, 14, 0.3, "#222222")
            d.line(62, y, 62, y + 14, 0.3, "#222222")
            d.text(23, y + 9, lab, 4, "sans", INK)
            if rng.random() < 0.6:
                d.text(66, y + 9.5, rng.choice([V.person_name(rng), "见附件", "138" + str(rng.randint(10000000, 99999999))]), 4.6, "kai", "#1f3a8a", jitter=seed + y, jamp=0.25, jrot=0.06)
            y += 14
        d.para(22, y + 12, "本单位承诺：所填写内容及提交的材料真实有效，如有虚假，愿承担相应法律责任。", 166, 4, "serif")
        d.text(120, y + 40, "申请人（签章）：", 4, "serif", INK)
    else:
        d = Doc(210, 297, "#ffffff")
        d.text(105, 30, rng.choice(["一次性告知书", "授权委托书", "情况说明"]), 8, "serif_b", INK, align="c")
        who = V.firm(rng, V.place(rng))[0]
        body = (f"{who}：你单位申请办理的事项，需补正以下材料：一、营业执照副本复印件（加盖公章）；二、法定代表人身份证复印件；"
                f"三、食品经营许可证或公共场所卫生许可证原件。请于{rng.randint(3, 10)}个工作日内补齐，逾期视为撤回申请。"
                "统一社会信用代码、名称、住所等信息应与营业执照一致。")
        d.para(24, 50, body, 162, 4.6, "serif", lh=1.8)
        d.text(140, 150, "经办人：", 4.4, "serif", INK)
        d.text(158, 150, V.person_name(rng), 5, "kai", INK, jitter=seed, jamp=0.3, jrot=0.08)
        seal(d, 150, 175, 20, (V.place(rng)[2] + "政务服务中心"), "业务专用章")
    return d, {}, v


BUILDERS = {"id_card_front": id_front, "id_card_back": id_back, "business_license": business_license,
            "public_health_license": health_license, "food_business_license": food_license, "other": other}
