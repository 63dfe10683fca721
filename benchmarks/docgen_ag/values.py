"""Family AG's own value tables and the valid numbers drawn from them (GB 11643 ID numbers, GB 32100 credit
codes with GB 11714 organisation codes, JY food licence numbers). Everything is drawn from a `random.Random`."""

from __future__ import annotations

import datetime as dt
import random

# (region code, province short, city, district, street pool, public-security bureau, market regulator)
REGIONS = [
    ("320583", "苏", "江苏省昆山市", "", ["前进西路", "柏庐南路", "黄河中路", "萧林路"], "昆山市公安局", "昆山市市场监督管理局"),
    ("350203", "闽", "福建省厦门市", "思明区", ["湖滨北路", "莲前西路", "嘉禾路", "厦禾路"], "厦门市公安局思明分局", "厦门市思明区市场监督管理局"),
    ("430104", "湘", "湖南省长沙市", "岳麓区", ["麓山南路", "枫林三路", "桐梓坡路", "银盆南路"], "长沙市公安局岳麓分局", "长沙市岳麓区市场监督管理局"),
    ("610113", "陕", "陕西省西安市", "雁塔区", ["小寨东路", "科技路", "长安南路", "电子二路"], "西安市公安局雁塔分局", "西安市雁塔区市场监督管理局"),
    ("450105", "豫", "河南省郑州市", "金水区", ["农业路", "花园路", "经三路", "红专路"], "郑州市公安局金水分局", "郑州市金水区市场监督管理局"),
    ("210202", "辽", "辽宁省大连市", "中山区", ["人民路", "解放路", "五五路", "长江路"], "大连市公安局中山分局", "大连市中山区市场监督管理局"),
    ("530102", "滇", "云南省昆明市", "五华区", ["东风西路", "青年路", "人民中路", "翠湖南路"], "昆明市公安局五华分局", "昆明市五华区市场监督管理局"),
    ("340104", "皖", "安徽省合肥市", "蜀山区", ["长江西路", "黄山路", "潜山路", "望江西路"], "合肥市公安局蜀山分局", "合肥市蜀山区市场监督管理局"),
    ("360102", "赣", "江西省南昌市", "东湖区", ["八一大道", "阳明路", "中山路", "豫章路"], "南昌市公安局东湖分局", "南昌市东湖区市场监督管理局"),
    ("130104", "冀", "河北省石家庄市", "桥西区", ["中华南大街", "裕华西路", "自强路", "新石中路"], "石家庄市公安局桥西分局", "石家庄市桥西区市场监督管理局"),
    ("520102", "黔", "贵州省贵阳市", "南明区", ["遵义路", "花果园大街", "市府路", "解放路"], "贵阳市公安局南明分局", "贵阳市南明区市场监督管理局"),
    ("440106", "粤", "广东省广州市", "天河区", ["体育西路", "天河北路", "龙口西路", "员村二横路"], "广州市公安局天河区分局", "广州市天河区市场监督管理局"),
]
SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤")
GIVEN = list("志明建华秀英国强海燕晓东丽娟文杰俊豪婷婷佳怡子涵浩然欣悦宇轩梓萱雨桐思远振宇春梅桂兰德胜玉珍永红凤霞伟东淑芬立新雪松晨曦一鸣嘉懿若溪书瑶锦程天佑慧敏")
NATIONS = ["汉"] * 14 + ["回", "满", "壮", "土家", "苗", "彝", "蒙古", "朝鲜", "维吾尔", "布依"]
SHOP_WORDS = ["聚福", "鑫源", "和顺", "禾丰", "嘉禾", "同兴", "瑞丰", "恒通", "悦来", "鼎盛", "锦绣", "佳美", "新语", "德润",
              "万象", "青禾", "云帆", "知味", "晨光", "百川", "金穗", "春晓", "乐享", "汇川"]
INDUSTRIES = [
    ("科技", "技术开发、技术咨询、技术服务、技术转让；软件开发；信息系统集成服务；计算机软硬件及辅助设备零售"),
    ("餐饮管理", "餐饮服务；食品销售；餐饮管理；食品互联网销售（仅销售预包装食品）；外卖递送服务"),
    ("贸易", "日用百货销售；五金产品批发；针纺织品销售；化妆品零售；电子产品销售；货物进出口；技术进出口"),
    ("建筑工程", "建设工程施工；住宅室内装饰装修；建筑材料销售；园林绿化工程施工；市政设施管理"),
    ("文化传媒", "组织文化艺术交流活动；广告设计、代理；广告制作；会议及展览服务；摄影扩印服务；图文设计制作"),
    ("物流", "普通货物仓储服务（不含危险化学品等需许可审批的项目）；国内货物运输代理；装卸搬运；道路货物运输（不含危险货物）"),
    ("健康管理", "健康咨询服务（不含诊疗服务）；养生保健服务（非医疗）；美容服务；理发服务；足浴服务"),
    ("酒店管理", "住宿服务；酒店管理；餐饮服务；洗染服务；停车场服务；会议及展览服务"),
]
SOLE_SCOPES = ["餐饮服务；小餐饮", "日用百货、文具用品、五金交电零售", "理发服务；美容服务", "水果、蔬菜、预包装食品零售",
               "家用电器维修；手机维修", "服装鞋帽零售；针纺织品零售", "烟酒零售；预包装食品（含冷藏冷冻食品）销售"]
COMPANY_TYPES = ["有限责任公司(自然人投资或控股)", "有限责任公司(自然人独资)", "其他有限责任公司", "股份有限公司(非上市、自然人投资或控股)",
                 "有限责任公司(法人独资)"]
CAPITAL = ["壹佰万元整", "伍拾万元整", "叁佰万元整", "贰仟万元整", "伍佰万元整", "壹仟万元整", "贰佰万元整"]
CAPITAL_DIGITS = ["100万元整", "50万元整", "300万元整", "2000万元整", "500万元整", "1000万元整", "200万元整"]
HEALTH_ITEMS = ["住宿", "沐浴", "美容、美发", "游泳场所", "商场（店）", "歌舞厅", "住宿、沐浴", "理发、美容", "候车室", "影剧院"]
FOOD_FORMS = [("2", "餐饮服务经营者（小型餐馆）"), ("2", "餐饮服务经营者（中型餐馆）"), ("2", "餐饮服务经营者（饮品店）"),
              ("1", "食品销售经营者（超市）"), ("1", "食品销售经营者（便利店）"), ("1", "食品销售经营者（食杂店）"),
              ("3", "单位食堂（职工食堂）"), ("3", "单位食堂（学校食堂）")]
FOOD_ITEMS = {"1": ["预包装食品（含冷藏冷冻食品）销售", "散装食品（不含冷藏冷冻食品）销售", "特殊食品销售（保健食品）",
                    "散装食品（含熟食）销售"],
              "2": ["热食类食品制售", "冷食类食品制售", "自制饮品制售（不含自制生鲜乳饮品）", "糕点类食品制售（不含裱花蛋糕）"],
              "3": ["热食类食品制售", "冷食类食品制售（不含生食类食品）"]}
SUFFIX = ["号", "号", "号", "号附1号", "号101室", "号2栋3单元502室", "号1层", "号B座1205室"]
USCC_CH = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def id_check(s17: str) -> str:
    c = (1 - 2 * int(s17, 13)) % 11
    return "X" if c == 10 else str(c)


def org_code(rng: random.Random) -> str:
    """GB 11714 organisation code: 8 code characters and their check character."""
    body = "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum((int(ch) if ch.isdigit() else ord(ch) - 55) * wi for ch, wi in zip(body, w, strict=True))
    c = 11 - s % 11
    return body + ("X" if c == 10 else "0" if c == 11 else str(c))


def uscc(rng: random.Random, region: str, sole: bool) -> str:
    head = ("92" if sole else "91") + region + org_code(rng)
    total = sum(USCC_CH.index(ch) * pow(3, i, 31) for i, ch in enumerate(head))
    return head + USCC_CH[(31 - total % 31) % 31]


def person_name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2, 2))))


def date_between(rng: random.Random, a: dt.date, b: dt.date) -> dt.date:
    return a + dt.timedelta(days=rng.randrange((b - a).days))


def street_address(rng: random.Random, reg) -> str:
    return reg[2] + reg[3] + rng.choice(reg[4]) + str(rng.randint(1, 688)) + rng.choice(SUFFIX)


def id_front(rng: random.Random) -> dict:
    reg = rng.choice(REGIONS)
    sex = rng.choice("男女")
    born = date_between(rng, dt.date(1952, 1, 1), dt.date(2006, 12, 31))
    seq = rng.randrange(0, 99) * 10 + rng.choice((1, 3, 5, 7, 9) if sex == "男" else (0, 2, 4, 6, 8))
    s17 = reg[0] + born.strftime("%Y%m%d") + f"{seq:03d}"
    village = rng.choice(["", "", rng.choice(["幸福", "光明", "建设", "和平", "向阳"]) + "社区"])
    addr = reg[2] + reg[3] + rng.choice(reg[4]) + str(rng.randint(1, 300)) + "号" + village + \
        rng.choice(["", f"{rng.randint(1, 30)}栋{rng.randint(1, 4)}单元{rng.randint(1, 32)}0{rng.randint(1, 4)}室",
                    f"{rng.randint(1, 12)}幢{rng.randint(1, 28)}0{rng.randint(1, 6)}室"])
    return {"name": person_name(rng), "sex": sex, "nation": rng.choice(NATIONS), "birth_date": born.isoformat(),
            "address": addr, "id_number": s17 + id_check(s17)}


def id_back(rng: random.Random) -> dict:
    reg = rng.choice(REGIONS)
    frm = date_between(rng, dt.date(2008, 1, 1), dt.date(2025, 12, 31))
    span = rng.choice((5, 10, 20, 20, 0))
    to = "长期" if span == 0 else frm.replace(year=frm.year + span).isoformat() if not (frm.month == 2 and frm.day == 29) \
        else dt.date(frm.year + span, 3, 1).isoformat()
    return {"issuing_authority": reg[5], "valid_from": frm.isoformat(), "valid_to": to}


def company(rng: random.Random, sole: bool, trade: str = "") -> dict:
    reg = rng.choice(REGIONS)
    city = reg[2].split("省")[-1].removesuffix("市")
    word = rng.choice(SHOP_WORDS) + rng.choice(SHOP_WORDS)
    est = date_between(rng, dt.date(2003, 1, 1), dt.date(2025, 10, 31))
    if sole:
        kind = rng.choice({"food": ["小吃店", "便利店", "面馆", "水果店", "奶茶店", "食杂店", "快餐店"],
                           "health": ["理发店", "美容店", "旅馆", "浴室", "美发工作室"]}.get(
            trade, ["小吃店", "便利店", "理发店", "水果店", "日用品店", "手机维修部", "服装店"]))
        name = (reg[3] or reg[2][3:]) + word[:2] + kind
        if rng.random() < 0.4:
            name = name[:-len(kind)] + "（个体工商户）"
        return {"name": name, "credit_code": uscc(rng, reg[0], True), "entity_type": "个体工商户",
                "legal_representative": person_name(rng), "registered_capital": "", "established_date": est.isoformat(),
                "address": street_address(rng, reg), "business_scope": rng.choice(SOLE_SCOPES), "valid_to": "",
                "_reg": reg, "_sole": True}
    ind, scope = rng.choice({"food": [INDUSTRIES[1], INDUSTRIES[2], INDUSTRIES[7]], "health": [INDUSTRIES[6], INDUSTRIES[7]]}.get(trade, INDUSTRIES))
    name = city + word + ind + rng.choice(["有限公司", "有限公司", "有限责任公司", "股份有限公司"])
    etype = "股份有限公司(非上市、自然人投资或控股)" if name.endswith("股份有限公司") else rng.choice(COMPANY_TYPES[:3] + COMPANY_TYPES[4:])
    ci = rng.randrange(len(CAPITAL))
    cap = rng.choice(["人民币" + CAPITAL[ci], CAPITAL_DIGITS[ci], "人民币" + CAPITAL[ci]])
    term = rng.random()
    valid_to = "长期" if term < 0.6 else est.replace(year=est.year + rng.choice((20, 30)), day=min(est.day, 28)).isoformat()
    return {"name": name, "credit_code": uscc(rng, reg[0], False), "entity_type": etype,
            "legal_representative": person_name(rng), "registered_capital": cap, "established_date": est.isoformat(),
            "address": street_address(rng, reg), "business_scope": scope + "（依法须经批准的项目，经相关部门批准后方可开展经营活动）",
            "valid_to": valid_to, "_reg": reg, "_sole": False}


def health(rng: random.Random) -> dict:
    c = company(rng, rng.random() < 0.3, "health")
    reg = c["_reg"]
    frm = date_between(rng, dt.date(2020, 1, 1), dt.date(2025, 11, 30))
    to = dt.date(frm.year + 4, frm.month, min(frm.day, 28)) - dt.timedelta(days=1)
    style = rng.randrange(3)
    if style == 0:
        no = f"{reg[1]}卫公字（{frm.year}）第{reg[0]}{rng.randint(1, 99999):06d}号"
    elif style == 1:
        no = f"{reg[1]}卫公证字〔{frm.year}〕第{reg[0][2:]}{rng.randint(1, 9999):04d}号"
    else:
        no = f"{reg[1]}卫公字[{frm.year}]第{rng.randint(100000, 999999)}号"
    nm = c["name"]
    items = ("美容、美发" if "美" in nm or "理发" in nm else "住宿" if "旅馆" in nm or "酒店" in nm else "沐浴" if "浴" in nm
             else rng.choice(HEALTH_ITEMS))
    return {"license_no": no, "name": c["name"], "legal_representative": c["legal_representative"],
            "address": c["address"], "license_items": items, "valid_from": frm.isoformat(),
            "valid_to": to.isoformat(), "_reg": reg}


def food(rng: random.Random) -> dict:
    sole = rng.random() < 0.35
    c = company(rng, sole, "food")
    reg = c["_reg"]
    code, form = rng.choice([f for f in FOOD_FORMS if f[0] != "3"] if sole else FOOD_FORMS)
    serial = f"{rng.randint(1, 999999):06d}"
    body = code + reg[0] + serial
    no = "JY" + body + str(sum(int(d) * (i + 1) for i, d in enumerate(body)) % 10)
    items = rng.sample(FOOD_ITEMS[code], rng.choice((1, 2, 2, 3)) if len(FOOD_ITEMS[code]) > 2 else rng.choice((1, 2)))
    issued = date_between(rng, dt.date(2020, 1, 1), dt.date(2025, 11, 30))
    to = dt.date(issued.year + 5, issued.month, min(issued.day, 28)) - dt.timedelta(days=1)
    premises = c["address"] if rng.random() < 0.6 else street_address(rng, reg)
    return {"license_no": no, "name": c["name"], "credit_code": c["credit_code"],
            "legal_representative": c["legal_representative"], "address": c["address"], "premises_address": premises,
            "business_form": form, "business_items": "；".join(items), "valid_to": to.isoformat(),
            "_reg": reg, "_issued": issued.isoformat()}
