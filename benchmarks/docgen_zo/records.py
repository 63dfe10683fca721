"""One record per document: the truth fields (FIELDS.md conventions) plus what the page prints beyond
them (登记机关, 组成形式, the seal's organisation, the licence's serial …)."""

from __future__ import annotations

import datetime as dt

from benchmarks.docgen_zo import values as V
from benchmarks.docgen_zo.values import pick

ENTITY = {
    "company": ["有限责任公司（自然人投资或控股）", "有限责任公司（自然人独资）", "股份有限公司（非上市、自然人投资或控股）",
                "有限责任公司（法人独资）", "其他有限责任公司"],
    "branch": ["有限责任公司分公司（自然人投资或控股）", "其他有限责任公司分公司"],
    "partnership": ["普通合伙企业", "有限合伙企业"],
    "individual": ["个体工商户"],
}


def id_front(rng) -> dict:
    p = V.place(rng)
    male = rng.random() < 0.5
    birth = V.date_between(rng, dt.date(1950, 1, 1), dt.date(2008, 12, 31))
    f = {"name": V.person_name(rng), "sex": "男" if male else "女", "nation": pick(rng, V.NATIONS),
         "birth_date": birth.isoformat(), "address": "", "id_number": V.id_number(p[4], birth, male, rng)}
    f["address"] = V.address(rng, p)
    return {"fields": f, "extra": {"birth": birth}}


def id_back(rng) -> dict:
    p = V.place(rng)
    frm = V.date_between(rng, dt.date(2008, 1, 1), dt.date(2026, 10, 1))
    age = int(rng.integers(10, 70))
    n = 5 if age < 16 else 10 if age < 26 else 20 if age < 46 else 0
    to = "长期" if n == 0 else V.add_years(frm, n).isoformat()
    auth = f"{p[2] or p[1]}公安局{p[3]}分局" if rng.random() < 0.7 else f"{p[2] or p[1]}公安局"
    return {"fields": {"issuing_authority": auth, "valid_from": frm.isoformat(), "valid_to": to}, "extra": {}}


def business(rng, form: str) -> dict:
    p = V.place(rng)
    ind, base = pick(rng, V.INDUSTRY)
    trade = pick(rng, V.TRADE) + (pick(rng, V.TRADE)[0] if rng.random() < 0.3 else "")
    city = (p[2] or p[1]).rstrip("市省")
    est = V.date_between(rng, dt.date(2003, 1, 1), dt.date(2026, 9, 1))
    if form == "individual":
        name = f"{p[3]}{trade}{pick(rng, ['便利店', '小吃店', '五金店', '理发店', '服装店', '水果店'])}" if rng.random() < 0.8 else ""
        code = V.uscc(rng, "92", p[4])
        scope = pick(rng, ["预包装食品销售；日用百货零售；烟草制品零售", "理发服务；美容服务（不含医疗美容）",
                           "小餐饮（热食类食品制售）", "五金产品零售；建材零售；家具安装和维修服务", "服装服饰零售；鞋帽零售"])
        f = {"name": name, "credit_code": code, "entity_type": "个体工商户", "legal_representative": V.person_name(rng),
             "registered_capital": "", "established_date": est.isoformat(), "address": V.address(rng, p, "shop"),
             "business_scope": scope, "valid_to": ""}
        return {"fields": f, "extra": {"form": "个人经营" if rng.random() < 0.8 else "家庭经营", "place": p}}
    suffix = {"company": "有限公司", "branch": "有限公司", "partnership": "（有限合伙）"}[form]
    name = f"{city}{trade}{ind}{suffix}"
    if form == "branch":
        name += f"{p[3]}分公司"
    if form == "partnership":
        name = f"{city}{trade}{pick(rng, ['投资管理', '企业管理咨询', '股权投资'])}合伙企业{pick(rng, ['（有限合伙）', '（普通合伙）'])}"
    et = pick(rng, ENTITY[form])
    if form == "partnership":
        et = "有限合伙企业" if "有限" in name else "普通合伙企业"
    r = rng.random()
    valid_to = "长期" if r < 0.55 else V.add_years(est, int(pick(rng, [10, 20, 30, 50]))) .isoformat()
    if valid_to != "长期":
        valid_to = (dt.date.fromisoformat(valid_to) - dt.timedelta(days=1)).isoformat()
    f = {"name": name, "credit_code": V.uscc(rng, "91", p[4]), "entity_type": et,
         "legal_representative": V.person_name(rng), "registered_capital": "" if form in ("branch",) else V.capital(rng),
         "established_date": est.isoformat(), "address": V.address(rng, p), "business_scope": V.scope(rng, ind, base),
         "valid_to": valid_to}
    if form == "partnership":
        f["registered_capital"] = f["registered_capital"].replace("注册", "")
    return {"fields": f, "extra": {"place": p, "est": est}}


ITEMS = ["住宿", "沐浴", "美发", "美容", "游泳场（馆）", "商场（店）", "歌舞厅", "游艺厅", "候车（机、船）室", "展览馆"]


def health(rng) -> dict:
    p = V.place(rng)
    frm = V.date_between(rng, dt.date(2022, 1, 1), dt.date(2026, 11, 1))
    k = int(rng.integers(1, 3))
    items = "、".join(sorted(rng.choice(ITEMS, k, replace=False).tolist(), key=ITEMS.index))
    kind = pick(rng, ["宾馆", "酒店", "浴室", "美发店", "游泳馆", "商场", "KTV"])
    name = f"{(p[2] or p[1]).rstrip('市')}{pick(rng, V.TRADE)}{kind}" + ("有限公司" if rng.random() < 0.5 else "")
    no = f"{p[0]}卫公字（{frm.year}）第{p[4]}{int(rng.integers(0, 10**6)):06d}号"
    f = {"license_no": no, "name": name, "legal_representative": V.person_name(rng), "address": V.address(rng, p),
         "license_items": items, "valid_from": frm.isoformat(), "valid_to": (V.add_years(frm, 4) - dt.timedelta(days=1)).isoformat()}
    return {"fields": f, "extra": {"place": p}}


FORMS = [("餐饮服务经营者", ["小型餐馆", "中型餐馆", "大型餐馆", "饮品店", "糕点店"]),
         ("食品销售经营者", ["超市", "便利店", "食杂店", "网络食品销售商"]),
         ("单位食堂", ["学校食堂", "机关企事业单位食堂", "养老机构食堂"])]
FOOD_ITEMS = ["预包装食品（含冷藏冷冻食品）销售", "散装食品（不含冷藏冷冻食品）销售", "热食类食品制售", "冷食类食品制售",
              "自制饮品制售", "糕点类食品（含裱花蛋糕）制售", "特殊食品销售（保健食品）", "生食类食品制售"]


def food(rng) -> dict:
    p = V.place(rng)
    bf, subs = FORMS[int(rng.integers(len(FORMS)))]
    form = f"{bf}（{pick(rng, subs)}）"
    k = int(rng.integers(1, 4))
    items = "；".join(sorted(rng.choice(FOOD_ITEMS, k, replace=False).tolist(), key=FOOD_ITEMS.index))
    name = f"{(p[2] or p[1]).rstrip('市')}{pick(rng, V.TRADE)}{pick(rng, ['餐饮管理有限公司', '商贸有限公司', '食品店', '超市有限公司'])}"
    addr = V.address(rng, p)
    prem = addr if rng.random() < 0.5 else V.address(rng, p)
    issued = V.date_between(rng, dt.date(2021, 1, 1), dt.date(2026, 11, 1))
    f = {"license_no": V.food_license_no(rng, p, bf != "食品销售经营者"), "name": name,
         "credit_code": V.uscc(rng, "91", p[4]), "legal_representative": V.person_name(rng), "address": addr,
         "premises_address": prem, "business_form": form, "business_items": items,
         "valid_to": (V.add_years(issued, 5) - dt.timedelta(days=1)).isoformat()}
    return {"fields": f, "extra": {"place": p, "issued": issued}}
