"""Family AD's documents: values for each kind, the printed variant, the truth fields and the page."""

from __future__ import annotations

import datetime as dt
import random

from benchmarks.docgen_ad import layout as L
from benchmarks.docgen_ad import values as V

CN_DIGITS = "零壹贰叁肆伍陆柒捌玖"


def make(kind: str, r: random.Random) -> dict:
    """{'size': (w, h) mm, 'draw': callable(Page), 'fields': {key: value}, 'variant': str}"""
    reg = r.choice(V.REGIONS)
    if kind == "id_card_front":
        pp = V.person(r)
        v = {"name": pp["name"], "sex": pp["sex"], "nation": pp["nation"], "birth_date": pp["birth"].isoformat(),
             "address": pp["address"], "id_number": pp["id_number"]}
        return {"size": (85.6, 54.0), "draw": lambda p, rr: L.id_front(p, v, rr), "fields": v,
                "variant": "front-long-address" if len(v["address"]) > 22 else "front"}
    if kind == "id_card_back":
        pp = V.person(r)
        vf, vt = V.id_validity(r, pp["birth"])
        code, prov, city, dist, _ = pp["region"]
        auth = (city or prov) + dist + "分局" if r.random() < 0.5 and city else (city or prov) + "公安局" + dist + "分局"
        if r.random() < 0.3:
            auth = (city or prov).replace("市", "") + "市公安局" if city else prov + "公安局" + dist + "分局"
        v = {"issuing_authority": auth, "valid_from": vf.isoformat(), "valid_to": vt}
        return {"size": (85.6, 54.0), "draw": lambda p, rr: L.id_back(p, v, rr), "fields": v,
                "variant": "back-longterm" if vt == "长期" else "back"}
    if kind == "business_license":
        c = V.company(r, reg)
        ent = c["entity_type"]
        rep = V.name(r)
        est = V.date_between(r, dt.date(2000, 1, 1), dt.date(2026, 10, 1))
        labels = {"name": "名　　称", "rep": "法定代表人", "est": "成立日期", "addr": "住　　所"}
        capital = r.choice(["500万元整", "人民币壹佰万元整", "100万元整", "人民币50万元整", "3000万元整", "人民币贰佰万元整", "10万元整"])
        period = ""
        valid_to = "长期" if r.random() < 0.6 else est.replace(year=est.year + r.choice((20, 30, 50)), day=min(est.day, 28)).isoformat()
        if ent == "个体工商户":
            labels = {"name": "名　　称", "rep": "经 营 者", "est": "注册日期", "addr": "经营场所"}
            capital, valid_to = "", ""
        elif "分公司" in ent:
            labels = {"name": "名　　称", "rep": "负 责 人", "est": "成立日期", "addr": "营业场所"}
            capital = ""
        elif "合伙" in ent:
            labels = {"name": "名　　称", "rep": "执行事务合伙人", "est": "成立日期", "addr": "主要经营场所"}
            capital = ""
        if valid_to:
            period = zh_range(est, valid_to)
        scope_items = V.SCOPES[c["sector"]][:]
        r.shuffle(scope_items)
        k = r.randint(2, len(scope_items))
        general = "、".join(scope_items[:k])
        scope = "一般项目：" + general + "（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）"
        if r.random() < 0.5:
            scope += "许可项目：" + r.choice(["食品经营", "第二类增值电信业务", "道路货物运输（不含危险货物）", "餐饮服务"]) + \
                     "（依法须经批准的项目，经相关部门批准后方可开展经营活动，具体经营项目以相关部门批准文件或许可证件为准）"
        if r.random() < 0.25:
            scope = "、".join(scope_items[:k]) + "。【依法须经批准的项目，经相关部门批准后方可开展经营活动】"
        cls = "2" if ent == "个体工商户" else "1"
        v = {"name": c["name"], "credit_code": V.uscc(r, reg[0], "9", cls), "entity_type": ent, "legal_representative": rep,
             "registered_capital": capital, "established_date": est.isoformat(), "address": V.address(r, reg, r.random() < 0.4),
             "business_scope": scope, "valid_to": valid_to}
        copy = r.random() < 0.45
        dist = reg[3]
        draw_v = {**v, "labels": labels, "period": period, "form": "个人经营",
                  "serial": "".join(str(r.randint(0, 9)) for _ in range(15)),
                  "issue_date": V.date_between(r, est, dt.date(2026, 11, 1)).isoformat(),
                  "authority": (reg[2] or reg[1]) + dist + "市场监督管理局"}
        size = (210.0, 297.0) if copy else (297.0, 210.0)
        return {"size": size, "draw": lambda p, rr: L.business_license(p, draw_v, rr, copy), "fields": v,
                "variant": f"{'copy' if copy else 'original'}-{'individual' if ent == '个体工商户' else 'branch' if '分公司' in ent else 'partnership' if '合伙' in ent else 'company'}"}
    if kind == "public_health_license":
        c = V.company(r, reg, r.choice(["住宿", "体育", "美容", "商贸"]))
        vf = V.date_between(r, dt.date(2019, 1, 1), dt.date(2026, 10, 1))
        vt = vf.replace(year=vf.year + 4, day=min(vf.day, 28)) - dt.timedelta(days=1)
        short = reg[4]
        n = r.choice(["a", "b", "c"])
        num = f"{reg[0]}{r.randint(0, 999999):06d}"
        lic = {"a": f"{short}卫公字（{vf.year}）第{num}号", "b": f"{short}卫公证字〔{vf.year}〕第{r.randint(1, 9999):04d}号",
               "c": f"卫公证字[{vf.year}]第{num}号"}[n]
        k = r.randint(1, 3)
        items = "、".join(r.sample(V.HEALTH_ITEMS, k))
        v = {"license_no": lic, "name": c["name"], "legal_representative": V.name(r),
             "address": V.address(r, reg, r.random() < 0.4), "license_items": items,
             "valid_from": vf.isoformat(), "valid_to": vt.isoformat()}
        dv = {**v, "title": r.choice(["公共场所卫生许可证", "卫生许可证"]), "addr_label": r.choice(["地　　址", "经营场所地址"]),
              "issue_date": vf.isoformat(), "authority": (reg[2] or reg[1]) + reg[3] + "卫生健康委员会"}
        return {"size": (210.0, 297.0), "draw": lambda p, rr: L.health_license(p, dv, rr), "fields": v, "variant": f"health-{n}"}
    if kind == "food_business_license":
        c = V.company(r, reg, r.choice(["餐饮", "食品", "商贸"]))
        form = r.choice(V.FOOD_FORMS)
        items = "；".join(r.sample(V.FOOD_ITEMS, r.randint(1, 4)))
        prov_digit = reg[0][0]
        lic = "JY" + prov_digit + reg[0][1:6] + "".join(str(r.randint(0, 9)) for _ in range(8))
        lic = lic[:16]
        issue = V.date_between(r, dt.date(2018, 1, 1), dt.date(2026, 10, 1))
        vt = issue.replace(year=issue.year + 5, day=min(issue.day, 28)) - dt.timedelta(days=1)
        addr = V.address(r, reg)
        prem = addr if r.random() < 0.5 else V.address(r, reg, True)
        v = {"license_no": lic, "name": c["name"], "credit_code": V.uscc(r, reg[0]), "legal_representative": V.name(r),
             "address": addr, "premises_address": prem, "business_form": form, "business_items": items, "valid_to": vt.isoformat()}
        copy = r.random() < 0.4
        dv = {**v, "authority": (reg[2] or reg[1]) + reg[3] + "市场监督管理局", "inspector": V.name(r) + "、" + V.name(r),
              "signer": V.name(r), "issue_date": issue.isoformat(), "seal": (reg[2] or reg[1]) + reg[3] + "市场监督管理局"}
        size = (210.0, 297.0) if copy else (297.0, 210.0)
        return {"size": size, "draw": lambda p, rr: L.food_license(p, dv, rr, copy), "fields": v,
                "variant": "food-copy" if copy else "food-original"}
    # other
    sub = r.choice(["household", "marriage", "receipt", "form", "notice"])
    pp = V.person(r)
    city = reg[2] or reg[1]
    if sub == "household":
        v = {"sub": sub, "name": pp["name"], "rel": r.choice(["户主", "妻", "长子", "长女", "孙女"]), "sex": pp["sex"], "nation": pp["nation"],
             "birth": pp["birth"].isoformat(), "id_number": pp["id_number"], "native": pp["region"][1] + pp["region"][2],
             "work": r.choice(["", "个体", V.company(r, reg)["name"]]), "moved": zh_range_one(r), "seal": city + "公安局" + reg[3] + "派出所"}
        size = (143.0, 105.0)
    elif sub == "marriage":
        q = V.person(r)
        v = {"sub": sub, "name": pp["name"], "date": V.date_between(r, dt.date(2005, 1, 1), dt.date(2026, 10, 1)).isoformat(),
             "no": f"J{reg[0]}-{r.randint(2005, 2026)}-{r.randint(1, 9999):06d}", "p1": {**pp, "birth": pp["birth"].isoformat()},
             "p2": {**q, "birth": q["birth"].isoformat()}, "seal": city + reg[3] + "民政局"}
        size = (126.0, 178.0)
    elif sub == "receipt":
        amt = r.randint(50, 99999)
        v = {"sub": sub, "payer": V.company(r, reg)["name"], "item": r.choice(["房屋租金", "物业管理费", "押金", "培训费"]),
             "amount_cn": num_cn(amt), "amount": f"{amt:,}.00", "name": V.name(r),
             "no": f"{r.randint(0, 9999999):07d}", "seal": V.company(r, reg)["name"]}
        size = (190.0, 90.0)
    elif sub == "form":
        rows = ["申请单位", "统一社会信用代码", "法定代表人", "联系电话", "经营场所地址", "从业人员人数", "申请许可项目", "集中空调通风系统"]
        v = {"sub": sub, "title": r.choice(["公共场所卫生许可申请表", "食品经营许可申请书", "个体工商户登记（备案）申请书"]), "rows": rows,
             "filler": {"申请单位": V.company(r, reg)["name"], "法定代表人": pp["name"], "联系电话": f"13{r.randint(100000000, 999999999)}",
                        "从业人员人数": str(r.randint(3, 60)), "集中空调通风系统": r.choice(["有", "无"])}}
        size = (210.0, 297.0)
    else:
        co = V.company(r, reg)["name"]
        v = {"sub": sub, "title": r.choice(["遗失声明", "情况说明", "授权委托书"]),
             "body": f"兹有{co}（统一社会信用代码{V.uscc(r, reg[0])}）不慎遗失营业执照副本一份、食品经营许可证正本一份，现声明作废。"
                     f"特委托{pp['name']}（身份证号{pp['id_number']}）前往办理补领手续，请予以协助。",
             "signer": co, "date": V.date_between(r, dt.date(2020, 1, 1), dt.date(2026, 11, 1)).isoformat(), "seal": co}
        size = (210.0, 297.0)
    return {"size": size, "draw": lambda p, rr: L.other_page(p, v, rr), "fields": {}, "variant": f"other-{sub}"}


def zh_range(est: dt.date, valid_to: str) -> str:
    start = L.zh_date(est.isoformat())
    return f"{start}至长期" if valid_to == "长期" else f"{start}至{L.zh_date(valid_to)}"


def zh_range_one(r: random.Random) -> str:
    return f"{r.randint(1990, 2024)}年{r.randint(1, 12)}月由{r.choice(V.REGIONS)[1]}迁来"


def num_cn(n: int) -> str:
    out = ""
    for u, k in (("万", 10000), ("仟", 1000), ("佰", 100), ("拾", 10), ("", 1)):
        q, n = divmod(n, k)
        if q:
            out += CN_DIGITS[q] + u
    return out + "元整"
