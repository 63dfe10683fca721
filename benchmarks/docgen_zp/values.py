"""Family ZP's values: people, places, numbers with valid check characters (GB 11643 ID numbers,
GB 32100 credit codes), company names, 经营范围, licence numbers and dates. Drawn from a numpy Generator
so a seed fixes every value."""

from __future__ import annotations

import datetime as dt

TODAY = dt.date(2026, 11, 20)

SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
COMPOUND = ["欧阳", "司马", "诸葛", "上官", "慕容", "皇甫", "令狐", "东方", "夏侯", "公孙", "司徒", "端木", "尉迟", "长孙", "宇文"]
GIVEN = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国红玉兰志文斌鹏飞宇浩然欣怡子涵梓萱晨曦雨婷俊杰思远佳琪嘉欣雅琴德胜海燕春梅秋菊冬雪振东晓光永福金凤立新卫东凯丹宏博瑞")
NATIONS = ["汉"] * 14 + ["回", "满", "壮", "维吾尔", "苗", "彝", "土家", "藏", "蒙古", "朝鲜", "侗", "瑶", "白", "布依"]

# (province, city, district/county, 6-digit code, short name, urban?)
PLACES = [
    ("上海市", "", "浦东新区", "310115", "沪", True), ("上海市", "", "徐汇区", "310104", "沪", True),
    ("北京市", "", "朝阳区", "110105", "京", True), ("北京市", "", "海淀区", "110108", "京", True),
    ("天津市", "", "河西区", "120103", "津", True), ("重庆市", "", "渝北区", "500112", "渝", True),
    ("广东省", "广州市", "天河区", "440106", "粤", True), ("广东省", "深圳市", "南山区", "440305", "粤", True),
    ("浙江省", "杭州市", "西湖区", "330106", "浙", True), ("浙江省", "湖州市", "长兴县", "330522", "浙", False),
    ("江苏省", "南京市", "鼓楼区", "320106", "苏", True), ("江苏省", "苏州市", "昆山市", "320583", "苏", False),
    ("四川省", "成都市", "武侯区", "510107", "川", True), ("四川省", "眉山市", "仁寿县", "511421", "川", False),
    ("湖北省", "武汉市", "洪山区", "420111", "鄂", True), ("山东省", "济南市", "历下区", "370102", "鲁", True),
    ("山东省", "临沂市", "沂南县", "371321", "鲁", False), ("河南省", "郑州市", "金水区", "410105", "豫", True),
    ("河南省", "周口市", "鹿邑县", "411628", "豫", False), ("福建省", "厦门市", "思明区", "350203", "闽", True),
    ("陕西省", "西安市", "雁塔区", "610113", "陕", True), ("湖南省", "长沙市", "岳麓区", "430104", "湘", True),
    ("湖南省", "娄底市", "新化县", "431322", "湘", False), ("辽宁省", "沈阳市", "和平区", "210102", "辽", True),
    ("云南省", "昆明市", "五华区", "530102", "云", True), ("安徽省", "合肥市", "蜀山区", "340104", "皖", True),
    ("安徽省", "阜阳市", "临泉县", "341221", "皖", False), ("河北省", "石家庄市", "长安区", "130102", "冀", True),
    ("江西省", "南昌市", "东湖区", "360102", "赣", True), ("广西壮族自治区", "南宁市", "青秀区", "450103", "桂", True),
    ("贵州省", "贵阳市", "南明区", "520102", "黔", True), ("黑龙江省", "哈尔滨市", "南岗区", "230103", "黑", True),
    ("新疆维吾尔自治区", "乌鲁木齐市", "天山区", "650102", "新", True), ("吉林省", "长春市", "朝阳区", "220104", "吉", True),
    ("山西省", "太原市", "小店区", "140105", "晋", True), ("甘肃省", "兰州市", "城关区", "620102", "甘", True),
]
ROADS = ["人民路", "解放路", "建设路", "中山路", "和平路", "长江路", "黄河路", "新华路", "胜利路", "文化路", "花园路",
         "滨江大道", "科技路", "学府路", "东风路", "青年路", "光明路", "幸福路", "世纪大道", "创业路", "工业园路", "跃进路",
         "延安西路", "淮海中路", "金桥路", "张江路", "丰和路", "望江路"]
ESTATES = ["阳光花园", "锦绣华庭", "翠湖苑", "金色家园", "御景湾", "和平里", "东方明珠苑", "碧水蓝天", "时代广场",
           "万科城", "保利香槟", "绿地世纪城", "紫荆小区", "梧桐苑"]
TOWNS = ["城关", "雉城", "和平", "新桥", "白沙", "石桥", "青山", "大坪", "龙潭", "李集", "马庄", "高庙", "杨湖"]
VILLAGES = ["画溪", "红星", "前进", "向阳", "新民", "东风", "胜利", "五里", "桃园", "柳河", "王庄", "陈楼", "石门"]
WORDS = ["鑫", "瑞", "恒", "达", "华", "盛", "泰", "丰", "宏", "源", "兴", "隆", "嘉", "诚", "信", "博", "创", "远", "宇",
         "辰", "卓", "越", "汇", "通", "德", "润", "安", "康", "美", "佳", "乐", "新", "百", "锦", "优", "品"]
TRADES = [("科技", ["技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广", "软件开发", "信息系统集成服务",
                    "计算机系统服务", "数据处理和存储支持服务", "网络技术服务", "人工智能应用软件开发", "电子产品销售"]),
          ("餐饮管理", ["餐饮服务", "餐饮管理", "食品销售", "外卖递送服务", "酒店管理", "会议及展览服务", "日用百货销售"]),
          ("商贸", ["日用百货销售", "五金产品零售", "服装服饰零售", "化妆品零售", "家用电器销售", "办公用品销售",
                    "建筑材料销售", "农副产品销售", "互联网销售（除销售需要许可的商品）"]),
          ("建筑工程", ["建设工程施工", "住宅室内装饰装修", "建筑劳务分包", "园林绿化工程施工", "土石方工程施工",
                        "建筑装饰材料销售", "机械设备租赁"]),
          ("文化传媒", ["组织文化艺术交流活动", "广告设计、代理", "广告制作", "广告发布", "企业形象策划",
                        "会议及展览服务", "摄影扩印服务", "平面设计"]),
          ("物流", ["普通货物仓储服务（不含危险化学品等需许可审批的项目）", "国内货物运输代理", "装卸搬运",
                    "道路货物运输（不含危险货物）", "供应链管理服务", "包装服务"])]
SCOPE_HEAD = "一般项目："
SCOPE_TAIL = "（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）"
HEALTH_ITEMS = ["住宿", "沐浴", "美发", "美容", "游泳场（馆）", "歌舞厅", "商场（店）", "书店", "候车室", "影剧院", "展览馆"]
HEALTH_NAMES = ["宾馆", "酒店", "美容美发店", "浴室", "游泳馆", "KTV", "理发店", "商场", "书店", "足浴店"]
FOOD_FORMS = ["餐饮服务经营者（中型餐馆）", "餐饮服务经营者（小型餐馆）", "餐饮服务经营者（饮品店）",
              "食品销售经营者（超市）", "食品销售经营者（便利店）", "单位食堂（学校食堂）", "单位食堂（机关食堂）",
              "食品销售经营者（食杂店）", "餐饮服务经营者（糕点店）"]
FOOD_ITEMS = ["预包装食品（含冷藏冷冻食品）销售", "散装食品（不含冷藏冷冻食品）销售", "热食类食品制售",
              "冷食类食品制售", "糕点类食品制售（不含裱花蛋糕）", "自制饮品制售（不含自酿酒）", "保健食品销售",
              "特殊医学用途配方食品销售", "生食类食品制售", "散装食品（含熟食）销售"]

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def pick(rng, seq):  # noqa: ANN001
    return seq[int(rng.integers(len(seq)))]


def person_name(rng) -> str:  # noqa: ANN001
    sur = pick(rng, COMPOUND) if rng.random() < 0.12 else pick(rng, SURNAMES)
    n = 1 if rng.random() < 0.35 else 2
    return sur + "".join(pick(rng, GIVEN) for _ in range(n))


def place(rng):  # noqa: ANN001
    return pick(rng, PLACES)


def address(rng, p, with_province: bool = True) -> str:  # noqa: ANN001
    prov, city, dist, _code, _s, urban = p
    head = (prov if with_province else "") + (city if city and prov != city else "") + dist
    if not urban:
        town = pick(rng, TOWNS) + "镇"
        r = rng.random()
        if r < 0.6:
            return f"{head}{town}{pick(rng, VILLAGES)}村{int(rng.integers(1, 15))}组{int(rng.integers(1, 80))}号"
        return f"{head}{town}{pick(rng, ROADS)}{int(rng.integers(1, 300))}号"
    r = rng.random()
    road = pick(rng, ROADS)
    if r < 0.35:
        return f"{head}{road}{int(rng.integers(1, 999))}号{int(rng.integers(1, 30))}号楼{int(rng.integers(1, 6))}单元{int(rng.integers(1, 33))}0{int(rng.integers(1, 5))}室"
    if r < 0.6:
        return f"{head}{road}{int(rng.integers(1, 1500))}弄{int(rng.integers(1, 90))}号{int(rng.integers(1, 20))}0{int(rng.integers(1, 4))}室"
    if r < 0.8:
        return f"{head}{road}{int(rng.integers(1, 800))}号{pick(rng, ESTATES)}{int(rng.integers(1, 20))}幢{int(rng.integers(1, 28))}0{int(rng.integers(1, 6))}室"
    return f"{head}{road}{int(rng.integers(1, 999))}号{int(rng.integers(1, 12))}楼{int(rng.integers(101, 1299))}室"


def date_between(rng, a: dt.date, b: dt.date) -> dt.date:  # noqa: ANN001
    return a + dt.timedelta(days=int(rng.integers(0, max(1, (b - a).days))))


def id_check(s17: str) -> str:
    c = (1 - 2 * int(s17, 13)) % 11
    return "X" if c == 10 else str(c)


def id_number(code6: str, birth: dt.date, male: bool, rng) -> str:  # noqa: ANN001
    seq = int(rng.integers(0, 100)) * 10 + int(rng.integers(0, 5)) * 2 + (1 if male else 0)
    s17 = f"{code6}{birth:%Y%m%d}{seq:03d}"
    return s17 + id_check(s17)


def uscc(rng, kind: str, code6: str) -> str:  # noqa: ANN001
    body = kind + code6 + "".join(pick(rng, USCC_CHARS) for _ in range(9))
    total = sum(USCC_CHARS.index(ch) * pow(3, i, 31) for i, ch in enumerate(body))
    return body + USCC_CHARS[(31 - total % 31) % 31]


def food_license_no(rng, p) -> str:  # noqa: ANN001
    kind = pick(rng, "12")
    return "JY" + kind + p[3] + "".join(str(int(rng.integers(10))) for _ in range(7))


def cn_date(d: dt.date, pad: bool = True) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日" if pad else f"{d.year}年{d.month}月{d.day}日"


def cap_words(n: int) -> str:
    """100 -> 壹佰 (万元) for the 注册资本 in capitals."""
    digits = "零壹贰叁肆伍陆柒捌玖"
    units = ["", "拾", "佰", "仟"]
    s = str(n)
    out = ""
    zero = False
    for i, ch in enumerate(s):
        u = units[len(s) - 1 - i]
        if ch == "0":
            zero = True
            continue
        if zero and out:
            out += "零"
        zero = False
        out += digits[int(ch)] + u
    return out


def company(rng, p, form: str) -> dict:  # noqa: ANN001
    """A business licence's values; form in company, branch, partnership, individual."""
    prov, city, dist = p[0], p[1], p[2]
    trade, scope_items = pick(rng, TRADES)
    brand = "".join(pick(rng, WORDS) for _ in range(2 + int(rng.random() < 0.3)))
    cityname = (city or prov).removesuffix("市").removesuffix("省")
    items = list(rng.choice(scope_items, size=min(len(scope_items), int(rng.integers(3, len(scope_items) + 1))), replace=False))
    scope = SCOPE_HEAD + "；".join(items) + "。" + SCOPE_TAIL
    if rng.random() < 0.3:
        scope += "许可项目：" + pick(rng, ["食品经营", "道路货物运输（不含危险货物）", "建设工程施工", "第二类增值电信业务"]) + \
                 "（依法须经批准的项目，经相关部门批准后方可开展经营活动，具体经营项目以相关部门批准文件或许可证件为准）"
    est = date_between(rng, dt.date(2001, 1, 1), TODAY - dt.timedelta(days=20))
    person = person_name(rng)
    v = {"legal_representative": person, "established_date": est.isoformat(), "business_scope": scope}
    if form == "company":
        suffix = pick(rng, ["有限公司", "有限责任公司", "股份有限公司"]) if rng.random() < 0.9 else "有限公司"
        v["name"] = f"{cityname}{brand}{trade}{suffix}"
        v["entity_type"] = "股份有限公司(非上市、自然人投资或控股)" if suffix == "股份有限公司" else pick(rng, [
            "有限责任公司(自然人独资)", "有限责任公司(自然人投资或控股)", "其他有限责任公司",
            "有限责任公司(非自然人投资或控股的法人独资)"])
        cap = int(pick(rng, [10, 50, 100, 200, 300, 500, 1000, 2000, 5000]))
        v["registered_capital"] = f"人民币{cap_words(cap)}万元整" if rng.random() < 0.5 else f"{cap}万元整"
        v["valid_to"] = "长期" if rng.random() < 0.6 else (est.replace(year=est.year + 20) if not (est.month == 2 and est.day == 29) else est.replace(year=est.year + 20, day=28)).isoformat()
        v["label_rep"], v["label_addr"], v["label_cap"], v["label_est"], v["label_term"] = "法定代表人", "住所", "注册资本", "成立日期", "营业期限"
        v["code_kind"] = "91"
    elif form == "branch":
        v["name"] = f"{cityname}{brand}{trade}有限公司{dist.removesuffix('区').removesuffix('县').removesuffix('市')}分公司"
        v["entity_type"] = pick(rng, ["有限责任公司分公司(自然人投资或控股)", "其他有限责任公司分公司", "有限责任公司分公司(自然人独资)"])
        v["registered_capital"] = ""
        v["valid_to"] = "长期"
        v["label_rep"], v["label_addr"], v["label_cap"], v["label_est"], v["label_term"] = "负责人", "营业场所", "", "成立日期", "营业期限"
        v["code_kind"] = "91"
    elif form == "partnership":
        v["name"] = f"{cityname}{brand}{trade}" + pick(rng, ["合伙企业(有限合伙)", "中心(有限合伙)", "合伙企业(普通合伙)"])
        v["entity_type"] = "有限合伙企业" if "有限合伙" in v["name"] else "普通合伙企业"
        cap = int(pick(rng, [50, 100, 300, 1000]))
        v["registered_capital"] = f"人民币{cap_words(cap)}万元"
        v["valid_to"] = "长期" if rng.random() < 0.5 else est.replace(year=est.year + 30, day=min(est.day, 28)).isoformat()
        v["label_rep"], v["label_addr"], v["label_cap"], v["label_est"], v["label_term"] = "执行事务合伙人", "主要经营场所", "出资额", "成立日期", "合伙期限"
        v["code_kind"] = "91"
    else:
        shop = pick(rng, ["便利店", "小吃店", "五金店", "理发店", "水果店", "服装店", "面馆", "烟酒店", "电器维修部"])
        v["name"] = f"{cityname}{dist}{brand}{shop}" if rng.random() < 0.7 else f"{dist}{person}{shop}"
        v["entity_type"] = "个体工商户"
        v["registered_capital"] = ""
        v["valid_to"] = ""
        v["label_rep"], v["label_addr"], v["label_cap"], v["label_est"], v["label_term"] = "经营者", "经营场所", "", "注册日期", ""
        v["business_scope"] = "一般项目：" + "；".join(items[:3]) + "。（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）"
        v["code_kind"] = "92"
        v["form"] = "个人经营"
    v["address"] = address(rng, p)
    v["credit_code"] = uscc(rng, v["code_kind"], p[3])
    v["authority"] = f"{(city or prov)}{dist}市场监督管理局" if city else f"{prov}{dist}市场监督管理局"
    v["issue_date"] = date_between(rng, est, TODAY).isoformat()
    return v


def id_front(rng) -> dict:  # noqa: ANN001
    p = place(rng)
    male = rng.random() < 0.5
    birth = date_between(rng, dt.date(1948, 1, 1), dt.date(2008, 12, 31))
    name = person_name(rng)
    return {"name": name, "sex": "男" if male else "女", "nation": pick(rng, NATIONS), "birth_date": birth.isoformat(),
            "address": address(rng, p), "id_number": id_number(p[3], birth, male, rng)}


def id_back(rng) -> dict:  # noqa: ANN001
    p = place(rng)
    age = int(rng.integers(16, 75))
    start = date_between(rng, dt.date(2008, 1, 1), TODAY - dt.timedelta(days=30))
    years = 5 if age < 16 else 10 if age < 26 else 20 if age < 46 else 0
    to = "长期" if years == 0 else start.replace(year=start.year + years, day=min(start.day, 28)).isoformat()
    city, dist = p[1], p[2]
    auth = f"{city or p[0]}公安局{dist}分局" if rng.random() < 0.75 or not city else f"{dist}公安局"
    return {"issuing_authority": auth, "valid_from": start.isoformat(), "valid_to": to}


def health(rng) -> dict:  # noqa: ANN001
    p = place(rng)
    brand = "".join(pick(rng, WORDS) for _ in range(2))
    kind = pick(rng, HEALTH_NAMES)
    name = f"{(p[1] or p[0]).removesuffix('市')}{brand}{kind}" + ("有限公司" if rng.random() < 0.5 else "")
    items = list(rng.choice(HEALTH_ITEMS, size=int(rng.integers(1, 4)), replace=False))
    start = date_between(rng, dt.date(2019, 1, 1), TODAY - dt.timedelta(days=10))
    year = start.year
    no = f"{p[4]}卫公字（{year}）第{p[3]}{int(rng.integers(0, 999999)):06d}号" if rng.random() < 0.7 else \
        f"{p[4]}卫公字[{year}]第{int(rng.integers(100, 99999))}号"
    end = start.replace(year=start.year + 4, day=min(start.day, 28)) - dt.timedelta(days=1)
    return {"license_no": no, "name": name, "legal_representative": person_name(rng), "address": address(rng, p),
            "license_items": "、".join(items), "valid_from": start.isoformat(), "valid_to": end.isoformat(),
            "authority": f"{(p[1] or p[0])}{p[2]}卫生健康委员会" if p[1] else f"{p[0]}{p[2]}卫生健康委员会",
            "issue_date": start.isoformat()}


def food(rng) -> dict:  # noqa: ANN001
    p = place(rng)
    brand = "".join(pick(rng, WORDS) for _ in range(2))
    form = pick(rng, FOOD_FORMS)
    tail = {"餐": "餐饮店", "饮": "茶饮店", "超": "超市有限公司", "便": "便利店", "学": "餐饮管理有限公司",
            "机": "餐饮管理有限公司", "食": "食品商行", "糕": "烘焙坊"}
    key = form[form.index("（") + 1]
    name = f"{(p[1] or p[0]).removesuffix('市')}{brand}{tail.get(key, '餐饮店')}"
    items = list(rng.choice(FOOD_ITEMS, size=int(rng.integers(1, 5)), replace=False))
    addr = address(rng, p)
    start = date_between(rng, dt.date(2019, 1, 1), TODAY - dt.timedelta(days=10))
    to = start.replace(year=start.year + 5, day=min(start.day, 28)) - dt.timedelta(days=1)
    return {"license_no": food_license_no(rng, p), "name": name, "credit_code": uscc(rng, pick(rng, ["91", "92"]), p[3]),
            "legal_representative": person_name(rng), "address": addr,
            "premises_address": addr if rng.random() < 0.6 else address(rng, p),
            "business_form": form, "business_items": "；".join(items), "valid_to": to.isoformat(),
            "supervisor": f"{p[2]}市场监督管理局{pick(rng, TOWNS)}市场监督管理所", "inspector": person_name(rng),
            "signer": person_name(rng), "authority": f"{(p[1] or p[0])}{p[2]}市场监督管理局" if p[1] else f"{p[0]}{p[2]}市场监督管理局",
            "issue_date": start.isoformat()}


LETTER_TITLES = ["关于办理营业执照变更登记的说明", "委托书", "情况说明", "关于补办食品经营许可证的申请",
                 "关于公共场所卫生许可证延续的函", "承诺书"]


def other(rng, kind: str) -> dict:  # noqa: ANN001
    p = place(rng)
    org = f"{(p[1] or p[0]).removesuffix('市')}{pick(rng, WORDS)}{pick(rng, WORDS)}" + pick(rng, ["科技有限公司", "商贸有限公司", "餐饮管理有限公司"])
    date = cn_date(date_between(rng, dt.date(2022, 1, 1), TODAY))
    v: dict = {"other": kind, "org": org, "date": date}
    if kind == "receipt":
        goods = ["矿泉水", "方便面", "纸巾", "牛奶", "面包", "洗衣液", "苹果", "酸奶", "火腿肠", "饼干", "食用油"]
        v.update(shop=f"{pick(rng, WORDS)}{pick(rng, WORDS)}便利店", serial=str(int(rng.integers(10**9, 10**10))),
                 items=[(pick(rng, goods), float(rng.integers(150, 6000)) / 100) for _ in range(int(rng.integers(3, 8)))])
    elif kind == "certificate":
        v.update(person=person_name(rng), body=f"在{date[:5]}度工作中表现突出，成绩显著，被评为“优秀员工”。特发此证，以资鼓励。")
    elif kind == "form":
        v.update(title=pick(rng, ["公共场所卫生许可证申请表", "食品经营许可申请书", "企业登记申请表", "个体工商户登记申请书"]),
                 labels=["申请单位", "统一社会信用代码", "法定代表人", "联系电话", "单位地址", "经营场所地址", "申请许可项目",
                         "从业人员人数", "备注"])
    elif kind == "letter":
        title = pick(rng, LETTER_TITLES)
        person = person_name(rng)
        v.update(title=title, to=f"{p[2]}市场监督管理局：", sealed=rng.random() < 0.6, paras=[
            f"我单位{org}（统一社会信用代码{uscc(rng, '91', p[3])}）因经营需要，现委托{person}前来办理营业执照、食品经营许可证相关事项。",
            f"营业执照正本、副本原件及法定代表人身份证复印件已随附。住所位于{address(rng, p)}，经营范围不变。",
            "特此说明，请予办理。"])
    return v
