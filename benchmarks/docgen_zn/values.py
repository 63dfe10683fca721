"""Family ZN's values: people, places, companies and the numbers on their papers (GB 11643 ID numbers,
GB 32100 credit codes, JY food licence numbers), drawn from a numpy Generator so a seed fixes them."""

from __future__ import annotations

import datetime as dt

import numpy as np

TODAY = dt.date(2026, 11, 20)

# (province short, province, city, district, 6-digit code, issuing police bureau)
PLACES = [
    ("沪", "上海市", "", "浦东新区", "310115", "上海市公安局浦东分局"),
    ("沪", "上海市", "", "闵行区", "310112", "上海市公安局闵行分局"),
    ("京", "北京市", "", "朝阳区", "110105", "北京市公安局朝阳分局"),
    ("京", "北京市", "", "海淀区", "110108", "北京市公安局海淀分局"),
    ("粤", "广东省", "广州市", "天河区", "440106", "广州市公安局天河区分局"),
    ("粤", "广东省", "深圳市", "南山区", "440305", "深圳市公安局南山分局"),
    ("浙", "浙江省", "杭州市", "西湖区", "330106", "杭州市公安局西湖区分局"),
    ("浙", "浙江省", "温州市", "瑞安市", "330381", "瑞安市公安局"),
    ("苏", "江苏省", "南京市", "鼓楼区", "320106", "南京市公安局鼓楼分局"),
    ("苏", "江苏省", "苏州市", "昆山市", "320583", "昆山市公安局"),
    ("川", "四川省", "成都市", "武侯区", "510107", "成都市公安局武侯区分局"),
    ("鄂", "湖北省", "武汉市", "洪山区", "420111", "武汉市公安局洪山区分局"),
    ("鲁", "山东省", "青岛市", "黄岛区", "370211", "青岛市公安局黄岛分局"),
    ("豫", "河南省", "郑州市", "金水区", "410105", "郑州市公安局金水分局"),
    ("湘", "湖南省", "长沙市", "岳麓区", "430104", "长沙市公安局岳麓分局"),
    ("闽", "福建省", "厦门市", "思明区", "350203", "厦门市公安局思明分局"),
    ("陕", "陕西省", "西安市", "雁塔区", "610113", "西安市公安局雁塔分局"),
    ("黑", "黑龙江省", "哈尔滨市", "南岗区", "230103", "哈尔滨市公安局南岗分局"),
    ("新", "新疆维吾尔自治区", "乌鲁木齐市", "天山区", "650102", "乌鲁木齐市公安局天山区分局"),
    ("桂", "广西壮族自治区", "南宁市", "青秀区", "450103", "南宁市公安局青秀分局"),
    ("皖", "安徽省", "合肥市", "蜀山区", "340104", "合肥市公安局蜀山分局"),
    ("赣", "江西省", "赣州市", "于都县", "360731", "于都县公安局"),
]
TOWNS = ["城关镇", "新桥镇", "河西镇", "白马镇", "梅林镇", "青山镇", "马桥镇", "金桥镇"]
VILLAGES = ["东风村", "前进村", "张家湾村", "柳树屯村", "王庄村", "红星村", "石桥村"]
ROADS = ["人民路", "解放路", "建设大道", "中山北路", "东方路", "和平街", "学府路", "长江路", "文化路",
         "科技园路", "世纪大道", "滨江路", "新华西路", "望江路", "春晖路", "锦绣路", "光明街", "银杏路"]
ESTATES = ["阳光花园", "锦绣华庭", "绿地新都会", "金色家园", "碧桂园", "滨江苑", "翠湖小区", "幸福里"]

SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
COMPOUND = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "司徒", "夏侯"]
GIVEN = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志文辉鹏飞宇浩然子涵梓轩雨欣思琪佳怡一诺欣怡梦瑶俊杰晓东海燕春梅秋菊德福永清立新振华")
NATIONS = ["汉"] * 14 + ["回", "满", "壮", "维吾尔", "苗", "土家", "蒙古", "朝鲜", "彝", "藏"]
UYGHUR = ["买买提·艾力", "阿依古丽·吐尔逊", "古丽娜尔·买买提", "艾尔肯·阿不都"]

WORDS = ["华信", "鼎盛", "恒通", "瑞丰", "金诚", "宏远", "博雅", "新源", "聚贤", "天宇", "众合", "嘉禾",
         "长青", "益康", "润泽", "启明", "海纳", "锦程", "云帆", "德润", "同创", "万象", "佳和", "鑫达"]
TRADES = [("科技", ["技术开发、技术咨询、技术交流、技术转让、技术推广", "软件开发", "信息系统集成服务",
                    "计算机软硬件及辅助设备零售", "数据处理和存储支持服务", "物联网技术服务"]),
          ("贸易", ["日用百货销售", "五金产品批发", "服装服饰零售", "电子产品销售", "建筑材料销售",
                    "货物进出口", "技术进出口", "针纺织品销售"]),
          ("餐饮管理", ["餐饮服务", "餐饮管理", "食品销售", "酒类经营", "外卖递送服务", "企业管理咨询"]),
          ("物业服务", ["物业管理", "停车场服务", "家政服务", "园林绿化工程施工", "专业保洁、清洗、消毒服务"]),
          ("文化传媒", ["组织文化艺术交流活动", "广告设计、代理", "广告制作", "会议及展览服务",
                        "摄像及视频制作服务", "图文设计制作"]),
          ("建筑工程", ["建设工程施工", "住宅室内装饰装修", "工程管理服务", "土石方工程施工", "劳务服务（不含劳务派遣）"])]
CAPITAL_CN = ["壹", "贰", "叁", "伍", "捌"]


def pick(rng: np.random.Generator, seq):  # noqa: ANN001, ANN201
    return seq[int(rng.integers(len(seq)))]


def date_between(rng: np.random.Generator, a: dt.date, b: dt.date) -> dt.date:
    return a + dt.timedelta(days=int(rng.integers(0, max(1, (b - a).days))))


def iso(d: dt.date) -> str:
    return d.isoformat()


def cn_date(d: dt.date) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日"


def person_name(rng: np.random.Generator, nation: str = "汉") -> str:
    if nation == "维吾尔" and rng.random() < 0.7:
        return pick(rng, UYGHUR)
    sur = pick(rng, COMPOUND) if rng.random() < 0.12 else pick(rng, SURNAMES)
    n = 1 if rng.random() < 0.3 else 2
    return sur + "".join(pick(rng, GIVEN) for _ in range(n))


def place(rng: np.random.Generator) -> tuple:
    return PLACES[int(rng.integers(len(PLACES)))]


def address(rng: np.random.Generator, p: tuple, home: bool = True) -> str:
    head = p[1] + p[2] + p[3]
    r = rng.random()
    if r < 0.2:  # countryside
        s = f"{pick(rng, TOWNS)}{pick(rng, VILLAGES)}{int(rng.integers(1, 12))}组{int(rng.integers(1, 99))}号"
    elif r < 0.35 and p[0] == "沪":
        s = f"{pick(rng, ROADS)}{int(rng.integers(10, 999))}弄{int(rng.integers(1, 60))}号{int(rng.integers(1, 18))}0{int(rng.integers(1, 5))}室"
    elif home:
        s = (f"{pick(rng, ROADS)}{int(rng.integers(1, 999))}号{pick(rng, ESTATES)}{int(rng.integers(1, 30))}号楼"
             f"{int(rng.integers(1, 6))}单元{int(rng.integers(1, 30))}0{int(rng.integers(1, 5))}室")
    else:
        s = f"{pick(rng, ROADS)}{int(rng.integers(1, 2000))}号" + (
            f"{int(rng.integers(1, 25))}层{int(rng.integers(1, 30)):02d}室" if rng.random() < 0.6 else
            f"{int(rng.integers(1, 9))}幢{int(rng.integers(101, 999))}室")
    return head + s


def id_number(code6: str, birth: dt.date, male: bool, rng: np.random.Generator) -> str:
    seq = int(rng.integers(0, 99)) * 10 + (int(rng.integers(0, 5)) * 2 + (1 if male else 0))
    body = f"{code6}{birth:%Y%m%d}{seq:03d}"
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    c = (12 - sum(int(a) * b for a, b in zip(body, w, strict=True)) % 11) % 11
    return body + ("X" if c == 10 else str(c))


USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def uscc(rng: np.random.Generator, head: str, code6: str) -> str:
    org = "".join(pick(rng, USCC[:10] if i < 2 else USCC) for i in range(9))
    body = head + code6 + org
    total = sum(USCC.index(ch) * pow(3, i, 31) for i, ch in enumerate(body))
    return body + USCC[(31 - total % 31) % 31]


def food_license_no(rng: np.random.Generator, p: tuple, catering: bool) -> str:
    return "JY" + ("2" if catering else "1") + p[4] + "".join(str(int(rng.integers(10))) for _ in range(7))


# 居民身份证法 第5条: a card's term by the holder's age on its start — under 16: 5 years, 16–25: 10, 26–45: 20,
# 46 and over: 长期 (0 here). The two sides of one 复印件 sheet are one card: its back's term must be its holder's
_TERMS = ((16, 5), (26, 10), (46, 20), (200, 0))


def lawful_term(birth: dt.date, start: dt.date) -> int:
    age = start.year - birth.year - ((start.month, start.day) < (birth.month, birth.day))
    return next(y for limit, y in _TERMS if age < limit)


def _birth_for(rng: np.random.Generator, start: dt.date, years: int) -> dt.date:
    """A birth date at which a card starting on `start` gets a term of `years` (0: 长期)."""
    hi_age, lo_age = next((limit, prev) for (limit, y), prev in zip(_TERMS, (0, 16, 26, 46), strict=True) if y == years)
    lo = max(dt.date(1930, 1, 1), start.replace(year=start.year - min(hi_age, 90), day=min(start.day, 28)) + dt.timedelta(days=1))
    hi = start.replace(year=start.year - lo_age, day=min(start.day, 28)) - dt.timedelta(days=1)
    return date_between(rng, lo, max(lo + dt.timedelta(days=1), hi))


def id_front(rng: np.random.Generator, back: dict | None = None) -> dict:
    """A front; with `back` (the card's other side) one whose holder's age gives that side's term."""
    p = place(rng)
    nation = pick(rng, NATIONS)
    if p[0] == "新" and rng.random() < 0.6:
        nation = "维吾尔"
    male = bool(rng.random() < 0.5)
    if back is None:
        birth = date_between(rng, dt.date(1948, 1, 1), dt.date(2008, 12, 31))
    else:
        start = dt.date.fromisoformat(back["valid_from"])
        years = 0 if back["valid_to"] == "长期" else dt.date.fromisoformat(back["valid_to"]).year - start.year
        birth = _birth_for(rng, start, years)
    return {"name": person_name(rng, nation), "sex": "男" if male else "女", "nation": nation,
            "birth_date": iso(birth), "address": address(rng, p), "id_number": id_number(p[4], birth, male, rng)}


def id_back(rng: np.random.Generator, front: dict | None = None) -> dict:
    """A back; with `front` (the card's other side) one whose term is the law's for that holder."""
    p = place(rng)
    if front is None:
        start = date_between(rng, dt.date(2008, 1, 1), dt.date(2026, 10, 1))
        years = pick(rng, [5, 10, 20, 20, 0])
    else:
        birth = dt.date.fromisoformat(front["birth_date"])
        start = date_between(rng, max(dt.date(2008, 1, 1), birth + dt.timedelta(days=60)), dt.date(2026, 10, 1))
        years = lawful_term(birth, start)
    end = "长期" if years == 0 else iso(start.replace(year=start.year + years, day=min(start.day, 28)))
    return {"issuing_authority": p[5], "valid_from": iso(start), "valid_to": end}


def capital(rng: np.random.Generator) -> str:
    r = rng.random()
    if r < 0.5:
        return f"{pick(rng, [10, 50, 100, 200, 300, 500, 1000, 3000])}万元整"
    if r < 0.8:
        return f"人民币{pick(rng, CAPITAL_CN)}{pick(rng, ['拾', '佰', '仟'])}万元整"
    return f"{int(rng.integers(1, 99)) * 10}万元人民币"


def scope(rng: np.random.Generator, trade: tuple, long: bool) -> str:
    items = list(trade[1])
    rng.shuffle(items)
    k = len(items) if long else int(rng.integers(2, 4))
    s = "一般项目：" + "；".join(items[:k]) + "。"
    s += "（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）"
    if long:
        s += "许可项目：" + pick(rng, ["食品经营", "第二类增值电信业务", "建设工程设计", "道路货物运输（不含危险货物）"]) + \
            "。（依法须经批准的项目，经相关部门批准后方可开展经营活动，具体经营项目以相关部门批准文件或许可证件为准）"
    return s


def business_license(rng: np.random.Generator, form: str) -> dict:
    """form: company, branch, partnership, individual."""
    p = place(rng)
    trade = pick(rng, TRADES)
    city = (p[2] or p[1]).rstrip("市省")
    word = pick(rng, WORDS)
    est = date_between(rng, dt.date(2003, 1, 1), dt.date(2026, 10, 1))
    boss = person_name(rng)
    if form == "company":
        name = f"{city}{word}{trade[0]}有限公司"
        etype = pick(rng, ["有限责任公司(自然人投资或控股)", "有限责任公司(自然人独资)", "其他有限责任公司",
                           "股份有限公司(非上市、自然人投资或控股)"])
        cap = capital(rng)
        valid = "长期" if rng.random() < 0.55 else iso(est.replace(year=est.year + pick(rng, [10, 20, 30]), day=min(est.day, 28)) - dt.timedelta(days=1))
        code = uscc(rng, "91", p[4])
    elif form == "branch":
        name = f"{city}{word}{trade[0]}有限公司{p[3]}分公司"
        etype = "有限责任公司分公司(自然人投资或控股)"
        cap = ""
        valid = "长期" if rng.random() < 0.6 else iso(est.replace(year=est.year + 20, day=min(est.day, 28)) - dt.timedelta(days=1))
        code = uscc(rng, "91", p[4])
    elif form == "partnership":
        name = f"{city}{word}{trade[0]}合伙企业(有限合伙)"
        etype = pick(rng, ["有限合伙企业", "普通合伙企业"])
        cap = f"{pick(rng, [100, 500, 1000])}万元"
        valid = "长期" if rng.random() < 0.5 else iso(est.replace(year=est.year + 15, day=min(est.day, 28)) - dt.timedelta(days=1))
        code = uscc(rng, "91", p[4])
        boss = f"{city}{pick(rng, WORDS)}投资管理有限公司(委派代表:{person_name(rng)})" if rng.random() < 0.4 else boss
    else:
        name = f"{p[3]}{boss[0]}{pick(rng, ['记', '氏', '家'])}{pick(rng, ['小吃店', '便利店', '五金店', '理发店', '副食店', '快餐店'])}"
        if rng.random() < 0.3:
            name = f"{p[3]}{pick(rng, WORDS)}{pick(rng, ['日用品店', '服装店', '烟酒商行'])}（个体工商户）"
        etype = "个体工商户"
        cap = ""
        valid = ""
        code = uscc(rng, "92", p[4])
    return {"name": name, "credit_code": code, "entity_type": etype, "legal_representative": boss,
            "registered_capital": cap, "established_date": iso(est), "address": address(rng, p, home=form == "individual"),
            "business_scope": scope(rng, trade, form != "individual" and rng.random() < 0.7), "valid_to": valid,
            "_place": p, "_form": form}


HEALTH_ITEMS = ["住宿", "沐浴", "美发", "美容", "游泳场（馆）", "歌舞厅", "商场（店）", "书店", "候车室", "展览馆"]
HEALTH_NAMES = ["宾馆", "酒店", "浴场", "美发店", "美容美发店", "游泳馆", "KTV", "超市"]


def public_health(rng: np.random.Generator) -> dict:
    p = place(rng)
    city = (p[2] or p[1]).rstrip("市省")
    start = date_between(rng, dt.date(2021, 1, 1), dt.date(2026, 10, 1))
    end = start.replace(year=start.year + 4) - dt.timedelta(days=1)
    items = list(rng.choice(HEALTH_ITEMS, size=int(rng.integers(1, 4)), replace=False))
    return {"license_no": f"{p[0]}卫公字（{start.year}）第{p[4]}{int(rng.integers(0, 999999)):06d}号",
            "name": f"{city}{pick(rng, WORDS)}{pick(rng, HEALTH_NAMES)}" + ("有限公司" if rng.random() < 0.5 else ""),
            "legal_representative": person_name(rng), "address": address(rng, p, home=False),
            "license_items": "、".join(str(x) for x in items), "valid_from": iso(start), "valid_to": iso(end), "_place": p}


FORMS = ["餐饮服务经营者（小型餐馆）", "餐饮服务经营者（中型餐馆）", "餐饮服务经营者（饮品店）", "食品销售经营者（超市）",
         "食品销售经营者（便利店）", "单位食堂（学校食堂）", "单位食堂（机关企事业单位食堂）"]
FOOD_ITEMS = ["预包装食品（含冷藏冷冻食品）销售", "散装食品（含冷藏冷冻食品）销售", "热食类食品制售", "冷食类食品制售",
              "生食类食品制售", "糕点类食品制售（不含裱花蛋糕）", "自制饮品制售", "特殊食品销售（保健食品）"]


def food(rng: np.random.Generator) -> dict:
    p = place(rng)
    city = (p[2] or p[1]).rstrip("市省")
    form = pick(rng, FORMS)
    catering = not form.startswith("食品销售")
    items = list(rng.choice(FOOD_ITEMS, size=int(rng.integers(1, 5)), replace=False))
    addr = address(rng, p, home=False)
    same = rng.random() < 0.6
    return {"license_no": food_license_no(rng, p, catering),
            "name": f"{city}{pick(rng, WORDS)}{pick(rng, ['餐饮管理有限公司', '商贸有限公司', '食品有限公司', '饭店'])}",
            "credit_code": uscc(rng, "91", p[4]), "legal_representative": person_name(rng),
            "address": addr, "premises_address": addr if same else address(rng, p, home=False),
            "business_form": form, "business_items": "；".join(str(x) for x in items),
            "valid_to": iso(date_between(rng, dt.date(2026, 12, 1), dt.date(2031, 12, 1))), "_place": p}
