"""Family ZG's values: people, places, entities, numbers (GB 11643 ID numbers, GB 32100 credit codes with
their GB 11714 organisation codes, JY food licence numbers), dates and business scopes. All drawn from a
numpy Generator so a seed gives the same values."""

from __future__ import annotations

import datetime as dt

TODAY = dt.date(2026, 11, 20)

SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史黎贺顾毛郝龚邵万钱覃武戴孔汤庞樊兰殷施陶洪翟安颜倪严牛温芦季俞章鲁葛伍申尤毕聂柴焦向柳邢岳齐")
COMPOUND = ["欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "令狐", "慕容", "尉迟", "夏侯", "长孙", "公孙", "端木", "司徒"]
GIVEN = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红建文辉力国鹏宇浩然子轩梓涵欣怡晨阳思远雨婷佳琪俊杰志强海燕晓东婉清嘉怡一鸣诗雨博文雅琴德胜永福春梅淑珍立新卫东亚楠瑞雪家豪梦瑶皓轩铭泽")
NATIONS = ["汉"] * 16 + ["回", "满", "壮", "维吾尔", "蒙古", "藏", "苗", "土家", "朝鲜", "彝", "布依", "侗", "瑶", "白", "哈萨克"]

# (province, city, district/county, 6-digit code, police authority, county-level town areas?)
PLACES = [
    ("上海市", "", "浦东新区", "310115", "上海市公安局浦东分局", False),
    ("上海市", "", "闵行区", "310112", "上海市公安局闵行分局", False),
    ("北京市", "", "朝阳区", "110105", "北京市公安局朝阳分局", False),
    ("北京市", "", "海淀区", "110108", "北京市公安局海淀分局", False),
    ("天津市", "", "河西区", "120103", "天津市公安局河西分局", False),
    ("重庆市", "", "渝中区", "500103", "重庆市公安局渝中区分局", False),
    ("广东省", "深圳市", "南山区", "440305", "深圳市公安局南山分局", False),
    ("广东省", "广州市", "天河区", "440106", "广州市公安局天河区分局", False),
    ("广东省", "梅州市", "兴宁市", "441481", "兴宁市公安局", True),
    ("浙江省", "杭州市", "西湖区", "330106", "杭州市公安局西湖区分局", False),
    ("浙江省", "金华市", "义乌市", "330782", "义乌市公安局", True),
    ("江苏省", "南京市", "鼓楼区", "320106", "南京市公安局鼓楼分局", False),
    ("江苏省", "苏州市", "昆山市", "320583", "昆山市公安局", True),
    ("四川省", "成都市", "武侯区", "510107", "成都市公安局武侯区分局", False),
    ("四川省", "南充市", "阆中市", "511381", "阆中市公安局", True),
    ("湖北省", "武汉市", "青山区", "420107", "武汉市公安局青山区分局", False),
    ("山东省", "济南市", "历下区", "370102", "济南市公安局历下区分局", False),
    ("山东省", "潍坊市", "寿光市", "370783", "寿光市公安局", True),
    ("河南省", "郑州市", "金水区", "410105", "郑州市公安局金水区分局", False),
    ("河南省", "周口市", "项城市", "411681", "项城市公安局", True),
    ("陕西省", "西安市", "雁塔区", "610113", "西安市公安局雁塔分局", False),
    ("福建省", "厦门市", "思明区", "350203", "厦门市公安局思明分局", False),
    ("湖南省", "长沙市", "岳麓区", "430104", "长沙市公安局岳麓分局", False),
    ("湖南省", "邵阳市", "邵东市", "430582", "邵东市公安局", True),
    ("辽宁省", "沈阳市", "和平区", "210102", "沈阳市公安局和平分局", False),
    ("安徽省", "合肥市", "蜀山区", "340104", "合肥市公安局蜀山分局", False),
    ("江西省", "九江市", "浔阳区", "360403", "九江市公安局浔阳分局", False),
    ("吉林省", "白城市", "洮北区", "220802", "白城市公安局洮北分局", False),
    ("广西壮族自治区", "南宁市", "青秀区", "450103", "南宁市公安局青秀分局", False),
    ("云南省", "昆明市", "五华区", "530102", "昆明市公安局五华分局", False),
    ("新疆维吾尔自治区", "乌鲁木齐市", "天山区", "650102", "乌鲁木齐市公安局天山区分局", False),
    ("河北省", "石家庄市", "长安区", "130102", "石家庄市公安局长安分局", False),
    ("山西省", "太原市", "小店区", "140105", "太原市公安局小店分局", False),
    ("黑龙江省", "哈尔滨市", "南岗区", "230103", "哈尔滨市公安局南岗分局", False),
    ("贵州省", "贵阳市", "南明区", "520102", "贵阳市公安局南明分局", False),
    ("甘肃省", "兰州市", "城关区", "620102", "兰州市公安局城关分局", False),
    ("内蒙古自治区", "呼和浩特市", "新城区", "150102", "呼和浩特市公安局新城区分局", False),
    ("海南省", "海口市", "龙华区", "460106", "海口市公安局龙华分局", False),
    ("宁夏回族自治区", "银川市", "兴庆区", "640104", "银川市公安局兴庆区分局", False),
]
PROV_ABBR = {"上海市": "沪", "北京市": "京", "天津市": "津", "重庆市": "渝", "广东省": "粤", "浙江省": "浙", "江苏省": "苏",
             "四川省": "川", "湖北省": "鄂", "山东省": "鲁", "河南省": "豫", "陕西省": "陕", "福建省": "闽", "湖南省": "湘",
             "辽宁省": "辽", "安徽省": "皖", "江西省": "赣", "吉林省": "吉", "广西壮族自治区": "桂", "云南省": "云",
             "新疆维吾尔自治区": "新", "河北省": "冀", "山西省": "晋", "黑龙江省": "黑", "贵州省": "黔", "甘肃省": "甘",
             "内蒙古自治区": "蒙", "海南省": "琼", "宁夏回族自治区": "宁"}
ROADS = ["人民路", "解放路", "中山路", "建设大道", "和平街", "长江路", "文化路", "新华街", "光明路", "学院路", "胜利街",
         "东风路", "青年路", "朝阳路", "滨江大道", "锦绣路", "龙华路", "迎宾大道", "府前街", "兴业路", "金桥路", "科技二路",
         "沿河西路", "工农路", "幸福南街", "团结巷", "民主北路", "红旗大街", "望江路", "翠微路"]
TOWNS = ["城关", "大桥", "石门", "新塘", "黄土岭", "柳溪", "白沙", "三河", "高桥", "古城", "青龙", "长乐"]
VILLAGES = ["张家", "李庄", "红星", "向阳", "桃园", "新建", "河东", "杨柳", "沙坪", "前进", "团山", "联合"]
ESTATES = ["阳光", "锦绣", "翠湖", "金色", "碧水", "龙湖", "华府", "幸福", "丽景", "东方"]
TRADE_NAMES = ["鑫源", "华腾", "锦程", "恒达", "瑞丰", "博雅", "天韵", "新禾", "蓝海", "德润", "众诚", "和泰", "嘉禾",
               "盛世", "明远", "汇通", "禾田", "青禾", "永信", "九州", "启航", "乐享", "云帆", "拓维", "正阳", "百川",
               "凯睿", "同心", "万象", "知行", "晟泰", "麦田", "朗程", "星河", "悦然", "匠心"]
INDUSTRIES = [("科技", "技术开发"), ("贸易", "贸易"), ("餐饮管理", "餐饮"), ("商贸", "贸易"), ("信息技术", "技术开发"),
              ("建筑工程", "建筑"), ("文化传媒", "文化"), ("物业管理", "物业"), ("酒店管理", "住宿"),
              ("电子商务", "贸易"), ("食品", "食品"), ("健身服务", "体育"), ("美容美发", "美容"), ("教育咨询", "教育"),
              ("物流", "物流")]
SCOPES = {
    "技术开发": ["技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广", "软件开发", "信息系统集成服务",
              "计算机系统服务", "数据处理服务", "网络技术服务", "人工智能应用软件开发", "计算机软硬件及辅助设备零售"],
    "贸易": ["日用百货销售", "五金产品批发", "电子产品销售", "服装服饰批发", "化妆品零售", "办公用品销售",
           "家用电器销售", "针纺织品销售", "货物进出口", "技术进出口", "国内贸易代理"],
    "餐饮": ["餐饮服务", "餐饮管理", "食品销售", "外卖递送服务", "小餐饮、小食杂、食品小作坊经营"],
    "建筑": ["建设工程施工", "住宅室内装饰装修", "园林绿化工程施工", "建筑材料销售", "土石方工程施工", "工程管理服务"],
    "文化": ["组织文化艺术交流活动", "广告设计、代理", "广告制作", "会议及展览服务", "摄像及视频制作服务", "企业形象策划"],
    "物业": ["物业管理", "停车场服务", "家政服务", "城市绿化管理", "专业保洁、清洗、消毒服务"],
    "住宿": ["住宿服务", "酒店管理", "餐饮服务", "洗浴服务", "会议及展览服务", "停车场服务"],
    "食品": ["食品生产", "食品销售", "保健食品（预包装）销售", "农副产品销售", "食用农产品零售"],
    "体育": ["体育健康服务", "健身休闲活动", "体育用品及器材零售", "游泳场所经营", "体育竞赛组织"],
    "美容": ["生活美容服务", "理发服务", "化妆品零售", "美甲服务", "洗浴服务"],
    "教育": ["教育咨询服务（不含涉许可审批的教育培训活动）", "业务培训（不含教育培训、职业技能培训等需取得许可的培训）",
           "信息咨询服务（不含许可类信息咨询服务）", "组织文化艺术交流活动"],
    "物流": ["道路货物运输（不含危险货物）", "国内货物运输代理", "普通货物仓储服务（不含危险化学品等需许可审批的项目）",
           "装卸搬运", "供应链管理服务"],
}
LICENSED = ["食品经营", "道路货物运输（不含危险货物）", "第二类增值电信业务", "建设工程施工", "公共场所卫生许可经营"]
SCOPE_TAIL = "（依法须经批准的项目，经相关部门批准后方可开展经营活动）"
SCOPE_TAIL2 = "（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）"
USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CN_DIGITS = "零壹贰叁肆伍陆柒捌玖"


def pick(rng, seq):
    return seq[int(rng.integers(len(seq)))]


def person_name(rng) -> str:
    sur = pick(rng, COMPOUND) if rng.random() < 0.1 else pick(rng, SURNAMES)
    n = 1 if rng.random() < 0.3 else 2
    return sur + "".join(pick(rng, GIVEN) for _ in range(n))


def place(rng):
    return PLACES[int(rng.integers(len(PLACES)))]


def region_text(p) -> str:
    return p[0] + p[1] + p[2]


def street_address(rng, p, style: str | None = None) -> str:
    """A full address in place `p`: 号楼/单元/室, 弄, 镇/村/组, 小区/栋, 幢."""
    styles = ["building", "lane", "estate", "block"] + (["village"] * 3 if p[5] else [])
    style = style or pick(rng, styles)
    road = pick(rng, ROADS)
    num = int(rng.integers(1, 999))
    if p[0] == "上海市" and style == "building" and rng.random() < 0.6:
        style = "lane"
    if style == "lane":
        tail = f"{road}{num}弄{int(rng.integers(1, 60))}号{int(rng.integers(101, 2602))}室"
    elif style == "estate":
        tail = f"{road}{num}号{pick(rng, ESTATES)}小区{int(rng.integers(1, 40))}栋{int(rng.integers(1, 6))}单元{int(rng.integers(101, 3302))}"
    elif style == "block":
        tail = f"{road}{num}号{int(rng.integers(1, 20))}幢{int(rng.integers(101, 1802))}室"
    elif style == "village":
        tail = f"{pick(rng, TOWNS)}镇{pick(rng, VILLAGES)}村{int(rng.integers(1, 13))}组{int(rng.integers(1, 120))}号"
    else:
        tail = f"{road}{num}号{int(rng.integers(1, 30))}号楼{int(rng.integers(1, 6))}单元{int(rng.integers(101, 2802))}室"
    return region_text(p) + tail


def date_between(rng, a: dt.date, b: dt.date) -> dt.date:
    return a + dt.timedelta(days=int(rng.integers(0, max((b - a).days, 1))))


def id_check(s17: str) -> str:
    c = (1 - 2 * int(s17, 13)) % 11
    return "X" if c == 10 else str(c)


def id_number(code: str, birth: dt.date, male: bool, rng) -> str:
    seq = int(rng.integers(0, 100)) * 10 + int(rng.integers(0, 5)) * 2 + (1 if male else 0)
    s17 = f"{code}{birth:%Y%m%d}{seq:03d}"
    return s17 + id_check(s17)


def org_code(rng) -> str:
    """GB 11714: 8 code characters and their check character."""
    chars = "0123456789" * 3 + "ABCDEFGHJKLMNPQRTUWXY"
    body = "".join(pick(rng, chars) for _ in range(8))
    vals = [int(c) if c.isdigit() else ord(c) - 55 for c in body]
    c = 11 - sum(v * w for v, w in zip(vals, (3, 7, 9, 10, 5, 8, 4, 2), strict=True)) % 11
    return body + ("X" if c == 10 else "0" if c == 11 else str(c))


def uscc(rng, head: str, code: str) -> str:
    s17 = head + code + org_code(rng)
    total = sum(USCC.index(ch) * pow(3, i, 31) for i, ch in enumerate(s17))
    return s17 + USCC[(31 - total % 31) % 31]


def food_license_no(rng, p, catering: bool) -> str:
    body = ("2" if catering else pick(rng, "13")) + p[3] + f"{int(rng.integers(0, 10**6)):06d}"
    return "JY" + body + str(sum(int(c) * (i + 1) for i, c in enumerate(body)) % 10)


def capital_text(rng) -> str:
    wan = int(pick(rng, [3, 5, 10, 20, 30, 50, 100, 200, 300, 500, 1000, 1200, 2000, 5000]))
    style = int(rng.integers(4))
    if style == 0:
        return f"{wan}万元整"
    if style == 1:
        return f"人民币{cn_amount(wan)}万元整"
    if style == 2:
        return f"{wan}万元人民币"
    return f"{cn_amount(wan)}万元整"


def cn_amount(n: int) -> str:
    units = [(1000, "仟"), (100, "佰"), (10, "拾")]
    out, zero = "", False
    for u, name in units:
        d = n // u
        n %= u
        if d:
            if zero and out:
                out += "零"
            out += CN_DIGITS[d] + name
            zero = False
        elif out:
            zero = True
    if n:
        if zero and out:
            out += "零"
        out += CN_DIGITS[n]
    return out


def scope_text(rng, sector: str) -> str:
    items = list(SCOPES[sector])
    rng.shuffle(items)
    k = int(rng.integers(3, len(items) + 1))
    general = "、".join(items[:k]) if rng.random() < 0.4 else "；".join(items[:k])
    if rng.random() < 0.55:
        lic = pick(rng, LICENSED)
        extra = "；".join(pick(rng, SCOPES[pick(rng, list(SCOPES))]) for _ in range(int(rng.integers(1, 4))))
        return (f"一般项目：{general}；{extra}{SCOPE_TAIL2}。许可项目：{lic}{SCOPE_TAIL}"
                f"（具体经营项目以相关部门批准文件或许可证件为准）")
    return general + "。" + SCOPE_TAIL


def cn_date(d: dt.date, pad: bool = True) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日" if pad else f"{d.year}年{d.month}月{d.day}日"


def id_validity(rng, birth: dt.date) -> tuple[dt.date, dt.date | None]:
    start = date_between(rng, max(birth.replace(year=birth.year + 16), TODAY.replace(year=TODAY.year - 19)),
                         TODAY - dt.timedelta(days=30))
    age = start.year - birth.year - ((start.month, start.day) < (birth.month, birth.day))
    years = 10 if age < 26 else 20 if age < 46 else None
    if years is None:
        return start, None
    try:
        end = start.replace(year=start.year + years)
    except ValueError:
        end = start.replace(year=start.year + years, day=28)
    return start, end
