"""Family W's field values: people, places, companies, numbers with their check characters (GB 11643,
GB 32100, GB 11714), licence numbers and business scopes, drawn from one numpy Generator so a set is
fixed by its seed. Written from knowledge of the real documents, independent of every other family."""

from __future__ import annotations

import datetime as dt

import numpy as np

TODAY = dt.date(2026, 11, 20)  # the set's "today": fixed, so a seed names one set on any day

# (province, city, district, code, licence abbreviation, police bureau of the district)
PLACES = [
    ("上海市", "", "浦东新区", "310115", "沪", "上海市公安局浦东分局"),
    ("上海市", "", "徐汇区", "310104", "沪", "上海市公安局徐汇分局"),
    ("上海市", "", "闵行区", "310112", "沪", "上海市公安局闵行分局"),
    ("北京市", "", "朝阳区", "110105", "京", "北京市公安局朝阳分局"),
    ("北京市", "", "海淀区", "110108", "京", "北京市公安局海淀分局"),
    ("天津市", "", "河西区", "120103", "津", "天津市公安局河西分局"),
    ("重庆市", "", "渝中区", "500103", "渝", "重庆市公安局渝中区分局"),
    ("广东省", "广州市", "天河区", "440106", "粤", "广州市公安局天河区分局"),
    ("广东省", "深圳市", "南山区", "440305", "粤", "深圳市公安局南山分局"),
    ("广东省", "佛山市", "顺德区", "440606", "粤", "佛山市公安局顺德分局"),
    ("浙江省", "杭州市", "西湖区", "330106", "浙", "杭州市公安局西湖分局"),
    ("浙江省", "金华市", "义乌市", "330782", "浙", "义乌市公安局"),
    ("浙江省", "宁波市", "鄞州区", "330212", "浙", "宁波市公安局鄞州分局"),
    ("江苏省", "南京市", "鼓楼区", "320106", "苏", "南京市公安局鼓楼分局"),
    ("江苏省", "苏州市", "昆山市", "320583", "苏", "昆山市公安局"),
    ("江苏省", "徐州市", "沛县", "320322", "苏", "沛县公安局"),
    ("四川省", "成都市", "武侯区", "510107", "川", "成都市公安局武侯区分局"),
    ("四川省", "眉山市", "仁寿县", "511421", "川", "仁寿县公安局"),
    ("湖北省", "武汉市", "洪山区", "420111", "鄂", "武汉市公安局洪山区分局"),
    ("湖南省", "长沙市", "岳麓区", "430104", "湘", "长沙市公安局岳麓分局"),
    ("湖南省", "长沙市", "浏阳市", "430181", "湘", "浏阳市公安局"),
    ("河南省", "郑州市", "金水区", "410105", "豫", "郑州市公安局金水分局"),
    ("河南省", "信阳市", "固始县", "411525", "豫", "固始县公安局"),
    ("山东省", "济南市", "历下区", "370102", "鲁", "济南市公安局历下区分局"),
    ("山东省", "菏泽市", "曹县", "371721", "鲁", "曹县公安局"),
    ("山东省", "青岛市", "市南区", "370202", "鲁", "青岛市公安局市南分局"),
    ("福建省", "厦门市", "思明区", "350203", "闽", "厦门市公安局思明分局"),
    ("福建省", "泉州市", "晋江市", "350582", "闽", "晋江市公安局"),
    ("陕西省", "西安市", "雁塔区", "610113", "陕", "西安市公安局雁塔分局"),
    ("河北省", "石家庄市", "长安区", "130102", "冀", "石家庄市公安局长安分局"),
    ("山西省", "太原市", "小店区", "140105", "晋", "太原市公安局小店分局"),
    ("辽宁省", "沈阳市", "和平区", "210102", "辽", "沈阳市公安局和平分局"),
    ("吉林省", "长春市", "朝阳区", "220104", "吉", "长春市公安局朝阳分局"),
    ("黑龙江省", "哈尔滨市", "南岗区", "230103", "黑", "哈尔滨市公安局南岗分局"),
    ("安徽省", "合肥市", "肥西县", "340123", "皖", "肥西县公安局"),
    ("江西省", "南昌市", "东湖区", "360102", "赣", "南昌市公安局东湖分局"),
    ("广西壮族自治区", "南宁市", "青秀区", "450103", "桂", "南宁市公安局青秀分局"),
    ("云南省", "昆明市", "五华区", "530102", "滇", "昆明市公安局五华分局"),
    ("贵州省", "贵阳市", "南明区", "520102", "黔", "贵阳市公安局南明分局"),
    ("甘肃省", "兰州市", "城关区", "620102", "甘", "兰州市公安局城关分局"),
    ("新疆维吾尔自治区", "乌鲁木齐市", "天山区", "650102", "新", "乌鲁木齐市公安局天山区分局"),
    ("内蒙古自治区", "呼和浩特市", "新城区", "150102", "蒙", "呼和浩特市公安局新城区分局"),
    ("海南省", "海口市", "龙华区", "460106", "琼", "海口市公安局龙华分局"),
    ("宁夏回族自治区", "银川市", "兴庆区", "640104", "宁", "银川市公安局兴庆区分局"),
]
STREETS = ["人民路", "建设路", "解放路", "中山路", "长江路", "和平街", "文化路", "新华路", "胜利路", "幸福路",
           "朝阳路", "东风路", "青年路", "光明街", "学府路", "科技园路", "金桥路", "滨江大道", "迎宾大道", "环城北路",
           "紫荆路", "桂花巷", "振兴街", "育才路", "工业大道", "商业街", "花园路", "锦绣路", "龙华东路", "望江路",
           "丰收路", "永安街", "顺河路", "天府大道", "南京西路", "黄河路", "淮海中路", "北京路", "五一路", "民主路"]
TOWNS = ["城关镇", "新集镇", "三河镇", "柳林镇", "黄桥镇", "石桥镇", "白沙镇", "长兴镇", "龙泉街道", "东城街道", "花桥镇",
         "大营镇", "安乐乡", "古城镇", "青龙镇", "马店镇"]
VILLAGES = ["王庄村", "李家村", "张湾村", "桃园村", "新民村", "红旗村", "前进村", "杨柳村", "大堰村", "高庙村", "双河村",
            "东岗村", "刘楼村", "陈家坝村", "五里墩村", "小河口村"]
ESTATES = ["阳光花园", "锦绣家园", "翠湖小区", "金色港湾", "幸福里", "盛世华庭", "东方明珠苑", "绿地新都会", "和谐家园",
           "书香名邸", "滨江一号", "万科城", "碧桂园", "保利香槟国际", "建业森林半岛", "世纪城"]
BUILDINGS = ["国际商务中心", "创业大厦", "金融广场", "科技大厦", "财富中心", "万达广场", "时代广场", "中心大厦", "电商产业园",
             "总部基地", "商贸城", "创意园"]

SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
                "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
COMPOUND = ["欧阳", "司马", "诸葛", "上官", "慕容", "东方", "皇甫", "令狐", "尉迟", "司徒", "公孙", "夏侯", "长孙", "宇文"]
GIVEN = list("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国玉兰志强文博子涵浩然梓萱雨欣一诺思远嘉怡宇轩"
             "晓东海燕红梅春花立新永红德福振华淑珍桂芝凤英秋菊俊杰婷婷鑫辉佳琪欣怡诗涵梦瑶天佑昊天晨曦若曦钰泽锦程")
NATIONS = ["汉"] * 40 + ["回", "满", "壮", "蒙古", "土家", "苗", "维吾尔", "彝", "藏", "朝鲜", "侗", "瑶", "白", "布依", "哈萨克"]

ZIHAO = ["鑫盛", "华瑞", "恒通", "金鼎", "宏达", "博远", "优品", "星辰", "云帆", "汇丰源", "盛世", "嘉禾", "永辉", "百川", "天成",
         "锦华", "领航", "启明", "佳和", "瑞丰", "德润", "海纳", "新锐", "匠心", "九州", "东升", "万象", "卓越", "蓝海", "绿源",
         "合众", "正道", "聚贤", "尚品", "弘毅", "青禾", "木子", "三只松", "小满", "拾光", "知行", "睿思", "易达", "速通"]
TRADES = [  # (行业 in the name, scope pool key)
    ("贸易", "trade"), ("商贸", "trade"), ("科技", "tech"), ("信息技术", "tech"), ("网络科技", "tech"),
    ("餐饮管理", "food"), ("餐饮", "food"), ("建筑工程", "build"), ("装饰工程", "build"), ("物流", "logistics"),
    ("供应链管理", "logistics"), ("企业管理咨询", "consult"), ("文化传媒", "media"), ("广告", "media"),
    ("健康管理", "health"), ("美容美发", "beauty"), ("食品", "food"), ("机械设备", "machine"), ("电子商务", "trade"),
    ("酒店管理", "hotel"), ("物业管理", "consult"), ("教育科技", "tech"), ("农业科技", "agri"), ("环保科技", "tech"),
]
GENERAL = {
    "trade": ["日用百货销售", "五金产品零售", "五金产品批发", "电子产品销售", "服装服饰零售", "服装服饰批发", "针纺织品销售",
              "化妆品零售", "办公用品销售", "家用电器销售", "建筑材料销售", "金属材料销售", "计算机软硬件及辅助设备零售",
              "互联网销售（除销售需要许可的商品）", "食用农产品零售", "货物进出口", "技术进出口", "国内贸易代理"],
    "tech": ["技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广", "软件开发", "信息系统集成服务", "信息技术咨询服务",
             "数据处理和存储支持服务", "网络技术服务", "人工智能应用软件开发", "计算机系统服务", "物联网技术服务",
             "数字内容制作服务（不含出版发行）", "云计算装备技术服务", "计算机软硬件及辅助设备批发"],
    "food": ["餐饮管理", "食用农产品零售", "日用百货销售", "外卖递送服务", "企业管理咨询", "会议及展览服务",
             "农副产品销售", "厨具卫具及日用杂品零售"],
    "build": ["住宅室内装饰装修", "建筑装饰材料销售", "园林绿化工程施工", "土石方工程施工", "对外承包工程",
              "建筑工程机械与设备租赁", "金属门窗工程施工", "普通机械设备安装服务", "工程管理服务"],
    "logistics": ["普通货物仓储服务（不含危险化学品等需许可审批的项目）", "国内货物运输代理", "供应链管理服务", "装卸搬运",
                  "国际货物运输代理", "包装服务", "信息咨询服务（不含许可类信息咨询服务）", "无船承运业务"],
    "consult": ["企业管理咨询", "信息咨询服务（不含许可类信息咨询服务）", "市场营销策划", "企业形象策划", "会议及展览服务",
                "社会经济咨询服务", "物业管理", "家政服务", "人力资源服务（不含职业中介活动、劳务派遣服务）"],
    "media": ["广告设计、代理", "广告制作", "广告发布", "组织文化艺术交流活动", "电影摄制服务", "图文设计制作",
              "摄像及视频制作服务", "文艺创作", "平面设计", "会议及展览服务"],
    "health": ["健康咨询服务（不含诊疗服务）", "养生保健服务（非医疗）", "中医养生保健服务（非医疗）", "第一类医疗器械销售",
               "第二类医疗器械销售", "保健食品（预包装）销售", "体育健康服务"],
    "beauty": ["美甲服务", "理发服务", "化妆品零售", "养生保健服务（非医疗）", "日用百货销售", "个人卫生用品销售"],
    "machine": ["机械设备销售", "通用设备修理", "专用设备修理", "机械零件、零部件加工", "五金产品批发", "电气设备修理",
                "机械设备租赁", "液压动力机械及元件销售"],
    "hotel": ["酒店管理", "会议及展览服务", "停车场服务", "洗染服务", "日用百货销售", "餐饮管理", "票务代理服务"],
    "agri": ["农业科学研究和试验发展", "蔬菜种植", "水果种植", "农副产品销售", "谷物种植", "花卉种植", "食用农产品初加工",
             "农业机械服务", "智能农业管理"],
}
PERMIT = {
    "trade": ["食品销售", "酒类经营", "烟草制品零售"], "tech": ["第二类增值电信业务", "互联网信息服务"],
    "food": ["餐饮服务", "食品销售", "酒类经营"], "build": ["建设工程施工", "住宅室内装饰装修"],
    "logistics": ["道路货物运输（不含危险货物）", "城市配送运输服务（不含危险货物）"],
    "consult": ["职业中介活动", "劳务派遣服务"], "media": ["广播电视节目制作经营", "网络文化经营", "出版物零售"],
    "health": ["医疗服务", "保健食品销售"], "beauty": ["生活美容服务", "理发服务"], "machine": ["特种设备安装改造修理"],
    "hotel": ["住宿服务", "餐饮服务", "游泳场所经营"], "agri": ["农药零售", "主要农作物种子生产", "食品生产"],
}
GENERAL_TAIL = "（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）"
PERMIT_TAIL = "（依法须经批准的项目，经相关部门批准后方可开展经营活动，具体经营项目以相关部门批准文件或许可证件为准）"

ENTITY_TYPES = [  # (类型, legal label, weight)
    ("有限责任公司（自然人投资或控股）", "法定代表人", 10),
    ("有限责任公司（自然人独资）", "法定代表人", 8),
    ("有限责任公司（非自然人投资或控股的法人独资）", "法定代表人", 3),
    ("其他有限责任公司", "法定代表人", 2),
    ("股份有限公司（非上市、自然人投资或控股）", "法定代表人", 2),
    ("有限责任公司分公司（自然人投资或控股）", "负责人", 3),
    ("有限合伙企业", "执行事务合伙人", 2),
    ("个体工商户", "经营者", 8),
]

DIGITS_UP = "零壹贰叁肆伍陆柒捌玖"


def pick(rng: np.random.Generator, seq):  # noqa: ANN001, ANN201 - any sequence
    return seq[int(rng.integers(len(seq)))]


def person_name(rng: np.random.Generator) -> str:
    """2–4 characters: a surname (compound one time in twelve) and a one- or two-character given name."""
    sur = pick(rng, COMPOUND) if rng.random() < 0.08 else pick(rng, SURNAMES)
    n = 1 if (len(sur) == 2 and rng.random() < 0.5) or rng.random() < 0.3 else 2
    return sur + "".join(pick(rng, GIVEN) for _ in range(n))


def place(rng: np.random.Generator) -> tuple:
    return PLACES[int(rng.integers(len(PLACES)))]


def region_prefix(p: tuple) -> str:
    return p[0] + p[1] + p[2]


def address(rng: np.random.Generator, p: tuple, style: str | None = None) -> str:
    """An address of place `p`: urban with 号楼/单元/室, Shanghai-style 弄, rural 镇/村/组, or a commercial
    building's floor and room."""
    style = style or pick(rng, ["urban", "urban", "lane", "rural", "office"])
    head = region_prefix(p)
    if style == "lane" and p[0] != "上海市":
        style = "urban"
    if style == "rural":
        return f"{head}{pick(rng, TOWNS)}{pick(rng, VILLAGES)}{int(rng.integers(1, 13))}组{int(rng.integers(1, 120))}号"
    if style == "lane":
        return f"{head}{pick(rng, STREETS)}{int(rng.integers(10, 1800))}弄{int(rng.integers(1, 60))}号{int(rng.integers(1, 30))}0{int(rng.integers(1, 6))}室"
    if style == "office":
        bld = pick(rng, BUILDINGS)
        tail = pick(rng, [f"{int(rng.integers(2, 32))}层{int(rng.integers(1, 30)):02d}室", f"{int(rng.integers(1, 9))}幢{int(rng.integers(101, 2600))}室",
                          f"A座{int(rng.integers(3, 28))}{int(rng.integers(1, 20)):02d}室", f"{int(rng.integers(1, 4))}号楼{int(rng.integers(1, 6))}层{int(rng.integers(101, 520))}-{int(rng.integers(1, 9))}"])
        return f"{head}{pick(rng, STREETS)}{int(rng.integers(1, 999))}号{bld}{tail}"
    est = pick(rng, ESTATES)
    return (f"{head}{pick(rng, STREETS)}{int(rng.integers(1, 999))}号{est}{int(rng.integers(1, 40))}号楼"
            f"{int(rng.integers(1, 6))}单元{int(rng.integers(1, 33))}0{int(rng.integers(1, 5))}室")


def date_between(rng: np.random.Generator, a: dt.date, b: dt.date) -> dt.date:
    d = a + dt.timedelta(days=int(rng.integers(0, max(1, (b - a).days))))
    return d if not (d.month == 2 and d.day == 29) else d.replace(day=28)


def add_years(d: dt.date, n: int) -> dt.date:
    try:
        return d.replace(year=d.year + n)
    except ValueError:
        return d.replace(year=d.year + n, day=28)


def id_number(code: str, birth: dt.date, male: bool, rng: np.random.Generator) -> str:
    """GB 11643: region, birth date, sequence (odd for men), check character."""
    seq = int(rng.integers(0, 500)) * 2 + (1 if male else 0)
    body = f"{code}{birth:%Y%m%d}{seq:03d}"
    c = (1 - 2 * int(body, 13)) % 11
    return body + ("X" if c == 10 else str(c))


USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def _org_code(rng: np.random.Generator, new_style: bool) -> str:
    """GB 11714: eight body characters and their check character (digits, or MA… for new registrations)."""
    if new_style:
        body = "MA" + "".join(pick(rng, USCC_CHARS[:10] + "ABCDEFGHJKLMNPQRTUWXY") for _ in range(6))
    else:
        body = "".join(str(int(rng.integers(10))) for _ in range(8))
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    val = [int(ch) if ch.isdigit() else ord(ch) - 55 for ch in body]
    c = 11 - sum(a * b for a, b in zip(w, val, strict=True)) % 11
    chk = "X" if c == 10 else "0" if c == 11 else str(c)
    return body + chk


def uscc(rng: np.random.Generator, kind: str, code: str) -> str:
    """GB 32100: 9 (market regulator) + 1 company / 2 individual business, region, org code, check."""
    body = kind + code + _org_code(rng, kind == "92" or rng.random() < 0.7)
    total = sum(USCC_CHARS.index(ch) * pow(3, i, 31) for i, ch in enumerate(body))
    return body + USCC_CHARS[(31 - total % 31) % 31]


def capital_text(rng: np.random.Generator) -> str:
    """注册资本 as licences print it: 人民币壹佰万元整, 伍拾万元整, 500万元整, 100.000000万人民币 ..."""
    wan = int(pick(rng, [3, 5, 10, 20, 30, 50, 100, 100, 200, 300, 500, 500, 800, 1000, 1000, 2000, 5000, 10000]))
    style = pick(rng, ["upper", "upper_rmb", "digits", "digits", "decimal"])
    if style == "digits":
        return f"{wan}万元整" if rng.random() < 0.6 else f"{wan}万元人民币"
    if style == "decimal":
        return f"{wan}.000000万人民币"
    return ("人民币" if style == "upper_rmb" else "") + upper_amount(wan) + "万元整"


def upper_amount(n: int) -> str:
    """Chinese financial numerals for 1 … 99999 (the 万元 part of a capital)."""
    units = ["", "拾", "佰", "仟", "万"]
    s = str(n)
    out = ""
    zero = False
    for i, ch in enumerate(s):
        pos = len(s) - 1 - i
        if ch == "0":
            zero = True
            continue
        if zero and out:
            out += "零"
        zero = False
        out += DIGITS_UP[int(ch)] + units[pos]
    return out


def company_name(rng: np.random.Generator, p: tuple, etype: str) -> tuple[str, str]:
    """(名称, scope pool) for an entity type."""
    trade, pool = pick(rng, TRADES)
    city = (p[1] or p[0]).removesuffix("市").removesuffix("省")
    zh = pick(rng, ZIHAO)
    if etype == "个体工商户":
        if rng.random() < 0.25:
            return "", pool
        shop = pick(rng, ["便利店", "小吃店", "五金店", "理发店", "水果店", "服装店", "副食店", "餐馆", "面馆", "日用品商行", "汽车修理部"])
        pool = {"便利店": "trade", "小吃店": "food", "餐馆": "food", "面馆": "food", "理发店": "beauty"}.get(shop, "trade")
        return f"{p[2]}{zh}{shop}" if rng.random() < 0.6 else f"{city}市{p[2]}{person_name(rng)}{shop}", pool
    if etype == "有限合伙企业":
        return f"{city}{zh}{pick(rng, ['企业管理咨询', '股权投资', '创业投资', '商务咨询'])}合伙企业（有限合伙）", "consult"
    if etype.startswith("股份"):
        return f"{city}{zh}{trade}股份有限公司", pool
    base = f"{city}{zh}{trade}有限公司" if rng.random() < 0.7 else f"{zh}（{city}）{trade}有限公司"
    if "分公司" in etype:
        return f"{base}{p[2]}分公司", pool
    return base, pool


def business_scope(rng: np.random.Generator, pool: str, old_style: bool = False) -> str:
    """经营范围 in the 2021+ 一般项目/许可项目 form (or the older comma list)."""
    items = list(GENERAL[pool])
    rng.shuffle(items)
    k = int(rng.integers(3, min(len(items), 11)))
    gen = "；".join(items[:k])
    if old_style:
        return gen.replace("；", "、") + "。【依法须经批准的项目，经相关部门批准后方可开展经营活动】"
    text = f"一般项目：{gen}。{GENERAL_TAIL}"
    if rng.random() < 0.6:
        perm = list(PERMIT[pool])
        rng.shuffle(perm)
        text += f"许可项目：{'；'.join(perm[:int(rng.integers(1, len(perm) + 1))])}。{PERMIT_TAIL}"
    return text


HEALTH_ITEMS = ["住宿", "沐浴", "美容", "美发", "美容美发", "游泳场所", "歌舞厅", "游艺厅", "商场（店）", "候车室", "影剧院",
                "足浴", "公共浴室", "宾馆", "展览馆"]


def health_license_no(rng: np.random.Generator, p: tuple, year: int) -> str:
    """公共场所卫生许可证 numbers of several provinces' styles, year in brackets."""
    a = p[4]
    br = pick(rng, ["（）", "〔〕", "[]", "()"])
    y = f"{br[0]}{year}{br[1]}"
    style = int(rng.integers(4))
    if style == 0:
        return f"{a}卫公字{y}第{p[3]}{int(rng.integers(0, 999999)):06d}号"
    if style == 1:
        return f"{a}卫公证字{y}第{p[3][2:]}{int(rng.integers(1, 99999)):05d}号"
    if style == 2:
        return f"{a}{p[2][:2]}卫公字{y}第{int(rng.integers(1, 9999)):04d}号"
    return f"{a}卫公{y}{p[3]}{int(rng.integers(1, 9999)):04d}号"


FOOD_FORMS = ["餐饮服务经营者（小型餐馆）", "餐饮服务经营者（中型餐馆）", "餐饮服务经营者（大型餐馆）", "餐饮服务经营者（小餐饮）",
              "食品销售经营者（超市）", "食品销售经营者（便利店）", "食品销售经营者（食杂店）", "食品销售经营者（网络食品销售商）",
              "单位食堂（学校食堂）", "单位食堂（机关食堂）", "单位食堂（企业食堂）", "餐饮服务经营者（饮品店）",
              "餐饮服务经营者（糕点店）"]
FOOD_ITEMS_SALE = ["预包装食品（含冷藏冷冻食品）销售", "预包装食品（不含冷藏冷冻食品）销售", "散装食品（含冷藏冷冻食品）销售",
                   "散装食品（不含冷藏冷冻食品）销售", "特殊食品销售（保健食品）", "特殊食品销售（婴幼儿配方乳粉）",
                   "散装食品（含散装熟食）销售"]
FOOD_ITEMS_SERVE = ["热食类食品制售", "冷食类食品制售（不含生食类食品）", "生食类食品制售", "糕点类食品制售（不含裱花蛋糕）",
                    "自制饮品制售（不含自酿酒）", "半成品制售"]


def food_items(rng: np.random.Generator, form: str) -> str:
    if form.startswith("食品销售"):
        pool = list(FOOD_ITEMS_SALE)
    else:
        pool = list(FOOD_ITEMS_SERVE) + FOOD_ITEMS_SALE[:2]
    rng.shuffle(pool)
    return "；".join(pool[:int(rng.integers(1, 5))])


def food_license_no(rng: np.random.Generator, p: tuple, catering: bool) -> str:
    """JY + 1 (sale) / 2 (catering) / 3 (canteen) + 6-digit region + 6-digit serial + check digit."""
    body = f"{2 if catering else 1}{p[3]}{int(rng.integers(0, 999999)):06d}"
    c = sum(int(ch) * (i % 7 + 1) for i, ch in enumerate(body)) % 10  # a serial check digit (opaque)
    return f"JY{body}{c}"


def ymd_cn(d: dt.date, pad: bool = True) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日" if pad else f"{d.year}年{d.month}月{d.day}日"
