"""Realistic values for family ZZ: names, ID numbers (GB 11643), USCCs (GB 32100), addresses, scopes, dates.
Everything from one `random.Random` per document, so a document is the same made alone or in a set."""

from __future__ import annotations

import datetime as dt
import random

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志强红梅海燕玉兰文博子轩雨涵浩然欣怡梓涵一鸣思远佳琪俊杰晓东丽萍春生德胜淑珍宏伟振华建平金凤"
NATIONS = ["汉"] * 14 + ["回", "满", "壮", "蒙古", "维吾尔", "土家", "苗", "朝鲜", "彝"]

# (province, 区划 code prefix, city, districts with codes, 公安 authority style)
REGIONS = [
    ("上海市", "上海市", [("310115", "浦东新区"), ("310104", "徐汇区"), ("310112", "闵行区"), ("310107", "普陀区")], "沪"),
    ("浙江省", "杭州市", [("330106", "西湖区"), ("330108", "滨江区"), ("330110", "余杭区")], "浙"),
    ("江苏省", "南京市", [("320104", "秦淮区"), ("320106", "鼓楼区"), ("320115", "江宁区")], "苏"),
    ("广东省", "深圳市", [("440305", "南山区"), ("440304", "福田区"), ("440306", "宝安区")], "粤"),
    ("四川省", "成都市", [("510104", "锦江区"), ("510107", "武侯区"), ("510116", "双流区")], "川"),
    ("湖北省", "武汉市", [("420107", "青山区"), ("420106", "武昌区"), ("420111", "洪山区")], "鄂"),
    ("山东省", "济南市", [("370102", "历下区"), ("370112", "历城区")], "鲁"),
    ("河南省", "郑州市", [("410105", "金水区"), ("410102", "中原区")], "豫"),
]
ROADS = ["人民路", "解放路", "建设大道", "中山北路", "长江路", "科技园南路", "文化西路", "胜利街", "青年路", "和平大街",
         "世纪大道", "东方路", "高新四路", "滨河东路", "迎宾大道", "学府路", "光明街", "新华路", "金桥路", "丰收南路"]
VILLAGES = ["幸福里小区", "阳光花园", "锦绣家园", "东湖新村", "翠苑一区", "金色港湾", "梧桐苑", "滨江名都"]
TRADE_WORDS = ["鑫盛", "宏达", "恒通", "瑞丰", "嘉禾", "华信", "金诺", "顺益", "德润", "汇川", "新锐", "博远", "和美", "聚源", "万象", "天禧"]
INDUSTRIES = [("科技", "软件开发；信息技术咨询服务；技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广；计算机系统服务；数据处理服务"),
              ("贸易", "日用百货销售；五金产品零售；服装服饰批发；针纺织品销售；办公用品销售；电子产品销售；货物进出口；技术进出口"),
              ("餐饮管理", "餐饮服务；食品销售；餐饮管理；酒店管理；外卖递送服务；食品互联网销售（仅销售预包装食品）"),
              ("建筑工程", "建设工程施工；住宅室内装饰装修；建筑材料销售；园林绿化工程施工；市政设施管理；土石方工程施工"),
              ("商务咨询", "企业管理咨询；市场营销策划；会议及展览服务；广告设计、代理；组织文化艺术交流活动；礼仪服务"),
              ("物流", "道路货物运输（不含危险货物）；普通货物仓储服务（不含危险化学品等需许可审批的项目）；国内货物运输代理；装卸搬运"),
              ("健康管理", "健康咨询服务（不含诊疗服务）；养生保健服务（非医疗）；足浴服务；美容服务；理发服务；洗浴服务")]
ENTITY_TYPES = ["有限责任公司（自然人独资）", "有限责任公司（自然人投资或控股）", "其他有限责任公司", "股份有限公司（非上市、自然人投资或控股）",
                "有限责任公司分公司（自然人投资或控股）", "个体工商户", "个人独资企业", "普通合伙企业"]
CAPITALS = ["壹佰万元整", "伍佰万元整", "人民币贰佰万元整", "叁拾万元整", "1000万元整", "50万元整", "人民币壹仟万元整", "捌拾万元整"]
HEALTH_ITEMS = ["住宿", "沐浴", "美发", "美容", "游泳场（馆）", "歌舞厅", "商场", "候车室", "住宿、沐浴", "美容、美发", "棋牌室", "游艺厅"]
FOOD_FORMS = ["餐饮服务经营者（小型餐馆）", "餐饮服务经营者（中型餐馆）", "食品销售经营者（超市）", "食品销售经营者（便利店）",
              "单位食堂（学校食堂）", "单位食堂（机关食堂）", "餐饮服务经营者（饮品店）"]
FOOD_ITEMS = ["预包装食品（含冷藏冷冻食品）销售", "散装食品（不含冷藏冷冻食品）销售", "热食类食品制售", "冷食类食品制售",
              "自制饮品制售", "糕点类食品（含裱花蛋糕）制售", "特殊食品销售（保健食品）", "生食类食品制售"]


def id_check(s17: str) -> str:
    c = (1 - 2 * int(s17, 13)) % 11
    return "X" if c == 10 else str(c)


def uscc(rng: random.Random, region: str, kind: str = "91") -> str:
    body = kind + region + "".join(rng.choice(USCC_CHARS) for _ in range(9))
    total = sum(USCC_CHARS.index(ch) * pow(3, i, 31) for i, ch in enumerate(body))
    return body + USCC_CHARS[(31 - total % 31) % 31]


def name(rng: random.Random) -> str:
    s = rng.choice(SURNAMES)
    if rng.random() < 0.05:
        s += rng.choice("欧阳司马诸葛"[0:2])
    n = 1 if rng.random() < 0.3 else 2
    return s + "".join(rng.choice(GIVEN) for _ in range(n))


def date_between(rng: random.Random, y0: int, y1: int) -> dt.date:
    a, b = dt.date(y0, 1, 1).toordinal(), dt.date(y1, 12, 28).toordinal()
    return dt.date.fromordinal(rng.randint(a, b))


def add_years(d: dt.date, n: int) -> dt.date:
    try:
        return d.replace(year=d.year + n)
    except ValueError:
        return d.replace(year=d.year + n, day=28)


def region(rng: random.Random):
    prov, city, dists, abbr = rng.choice(REGIONS)
    code, dist = rng.choice(dists)
    return prov, city, code, dist, abbr


def street_address(rng: random.Random, prov: str, city: str, dist: str, long: bool = False) -> str:
    head = ("" if prov == city else prov) + city + dist
    a = f"{head}{rng.choice(ROADS)}{rng.randint(1, 2999)}号"
    if long or rng.random() < 0.5:
        a += rng.choice([f"{rng.randint(1, 30)}幢{rng.randint(1, 28)}{rng.randint(1, 9):02d}室", f"{rng.randint(1, 12)}层{rng.randint(1, 30):02d}室",
                         f"{rng.choice(VILLAGES)}{rng.randint(1, 40)}栋{rng.randint(1, 4)}单元{rng.randint(1, 33)}0{rng.randint(1, 4)}室",
                         f"{rng.randint(1, 5)}号楼{rng.randint(101, 2310)}室（集中登记地）"])
    return a


def person(rng: random.Random) -> dict:
    prov, city, code, dist, _ = region(rng)
    birth = date_between(rng, 1950, 2006)
    sex = rng.choice("男女")
    seq = rng.randint(0, 99) * 10 + (rng.choice([1, 3, 5, 7, 9]) if sex == "男" else rng.choice([0, 2, 4, 6, 8]))
    s17 = code + birth.strftime("%Y%m%d") + f"{seq:03d}"
    addr = head_addr = (("" if prov == city else prov) + city + dist)
    addr = head_addr + rng.choice([f"{rng.choice(ROADS)}{rng.randint(1, 999)}弄{rng.randint(1, 90)}号{rng.randint(101, 1808)}室",
                                   f"{rng.choice(ROADS)}{rng.randint(1, 999)}号{rng.choice(VILLAGES)}{rng.randint(1, 30)}栋{rng.randint(1, 3)}单元{rng.randint(1, 30)}0{rng.randint(1, 4)}号",
                                   f"{rng.choice('东西南北')}{rng.choice(['街道', '镇'])}{rng.choice(['新民村', '红星村', '前进村', '和平社区'])}{rng.randint(1, 12)}组{rng.randint(1, 99)}号"])
    return {"name": name(rng), "sex": sex, "nation": rng.choice(NATIONS), "birth": birth, "address": addr,
            "id_number": s17 + id_check(s17), "city": city, "dist": dist, "prov": prov}


def id_back(rng: random.Random, p: dict) -> dict:
    age = rng.randint(5, 70)
    start = add_years(p["birth"], age) + dt.timedelta(days=rng.randint(0, 300))
    if start > dt.date(2026, 10, 1):
        start = date_between(rng, 2016, 2025)
    age = start.year - p["birth"].year
    yrs = 5 if age < 16 else 10 if age < 26 else 20 if age < 46 else None
    end = "长期" if yrs is None else add_years(start, yrs).isoformat()
    return {"issuing_authority": f"{p['city'] if p['prov'] != p['city'] else p['prov']}公安局{p['dist']}分局",
            "valid_from": start.isoformat(), "valid_to": end}


def company(rng: random.Random, ent_type: str | None = None) -> dict:
    prov, city, code, dist, abbr = region(rng)
    ind, scope = rng.choice(INDUSTRIES)
    et = ent_type or rng.choice(ENTITY_TYPES)
    short = dist[:-1] if dist.endswith("区") and len(dist) > 2 else dist
    word = rng.choice(TRADE_WORDS)
    if et == "个体工商户":
        nm = f"{short}{word}{rng.choice(['便利店', '小吃店', '五金店', '理发店', '服装店', '副食店'])}"
        if rng.random() < 0.2:
            nm = ""
    elif "分公司" in et:
        nm = f"{city[:-1]}{word}{ind}有限公司{dist}分公司"
    elif et == "个人独资企业":
        nm = f"{city[:-1]}{short}{word}{ind}服务部"
    elif et == "普通合伙企业":
        nm = f"{city[:-1]}{word}{ind}合伙企业（普通合伙）"
    elif et.startswith("股份"):
        nm = f"{prov[:-1]}{word}{ind}股份有限公司"
    else:
        nm = f"{city[:-1]}{word}{ind}有限公司"
    est = date_between(rng, 2003, 2025)
    if et in ("个体工商户",) or "分公司" in et:
        cap = ""
    else:
        cap = rng.choice(CAPITALS)
    if et == "个体工商户":
        valid_to = ""
    else:
        valid_to = "长期" if rng.random() < 0.55 else add_years(est, rng.choice([10, 20, 30])).isoformat()
    scope_full = scope
    if rng.random() < 0.5:
        scope_full += "（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）"
    if rng.random() < 0.35:
        scope_full += "许可项目：" + rng.choice(["食品销售", "第二类增值电信业务", "道路货物运输（不含危险货物）", "餐饮服务"]) + \
            "（依法须经批准的项目，经相关部门批准后方可开展经营活动，具体经营项目以相关部门批准文件或许可证件为准）"
    kind = "92" if et == "个体工商户" else "91"
    return {"name": nm, "credit_code": uscc(rng, code, kind), "entity_type": et, "legal_representative": name(rng),
            "registered_capital": cap, "established_date": est.isoformat(), "address": street_address(rng, prov, city, dist),
            "business_scope": scope_full, "valid_to": valid_to, "city": city, "dist": dist, "prov": prov, "abbr": abbr,
            "code": code, "est": est}


def health(rng: random.Random) -> dict:
    c = company(rng, rng.choice(["有限责任公司（自然人独资）", "个体工商户", "其他有限责任公司"]))
    if not c["name"]:
        c["name"] = c["dist"][:-1] + rng.choice(TRADE_WORDS) + rng.choice(["宾馆", "浴室", "美发店", "足浴店"])
    year = rng.randint(2019, 2025)
    start = date_between(rng, year, year)
    no = f"{c['abbr']}卫公字（{year}）第{c['code']}{rng.randint(100000, 999999)}号"
    if rng.random() < 0.3:
        no = f"{c['abbr']}{c['dist'][:2]}卫公证字〔{year}〕第{rng.randint(1, 9999):04d}号"
    return {"license_no": no, "name": c["name"], "legal_representative": c["legal_representative"],
            "address": street_address(rng, c["prov"], c["city"], c["dist"]), "license_items": rng.choice(HEALTH_ITEMS),
            "valid_from": start.isoformat(), "valid_to": (add_years(start, 4) - dt.timedelta(days=1)).isoformat(), "city": c["city"],
            "dist": c["dist"]}


def food(rng: random.Random) -> dict:
    c = company(rng, rng.choice(["有限责任公司（自然人独资）", "个体工商户", "其他有限责任公司", "有限责任公司分公司（自然人投资或控股）"]))
    if not c["name"]:
        c["name"] = c["dist"][:-1] + rng.choice(TRADE_WORDS) + rng.choice(["餐馆", "小吃店", "便利店", "面馆"])
    form = rng.choice(FOOD_FORMS)
    items = rng.sample(FOOD_ITEMS, rng.randint(1, 4))
    start = date_between(rng, 2019, 2025)
    prem = c["address"] if rng.random() < 0.5 else street_address(rng, c["prov"], c["city"], c["dist"], long=True)
    return {"license_no": "JY" + str(rng.choice([1, 2, 3])) + c["code"] + f"{rng.randint(0, 9999999):07d}", "name": c["name"],
            "credit_code": c["credit_code"], "legal_representative": c["legal_representative"], "address": c["address"],
            "premises_address": prem, "business_form": form, "business_items": "；".join(items),
            "valid_to": (add_years(start, 5) - dt.timedelta(days=1)).isoformat(), "valid_from": start.isoformat(),
            "city": c["city"], "dist": c["dist"]}


def cn_date(iso: str) -> str:
    if iso in ("", "长期"):
        return iso
    y, m, d = iso.split("-")
    return f"{int(y)}年{int(m):02d}月{int(d):02d}日"


def cn_date_nopad(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{int(y)}年{int(m)}月{int(d)}日"
