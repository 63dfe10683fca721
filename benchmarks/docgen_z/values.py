"""Values for family Z's documents: people, places, companies and the numbers printed on them, drawn
from a numpy Generator so a seed makes the same set. Check characters follow the standards (GB 11643
ID numbers, GB 11714 organisation codes inside GB 32100 credit codes); place codes are real county
level codes so numbers and issuing authorities agree with the address."""

from __future__ import annotations

import datetime as dt

import numpy as np

TODAY = dt.date(2026, 11, 20)

# province, short name, city, county/district, 6-digit code, streets, is_rural_county
PLACES = [
    ("上海市", "沪", "", "浦东新区", "310115", ["张杨路", "世纪大道", "川沙路", "浦东南路", "锦绣路"], False),
    ("上海市", "沪", "", "闵行区", "310112", ["七莘路", "虹梅南路", "莘庄镇莘松路", "沪闵路"], False),
    ("北京市", "京", "", "朝阳区", "110105", ["建国路", "朝阳北路", "酒仙桥路", "望京西路"], False),
    ("北京市", "京", "", "海淀区", "110108", ["中关村大街", "学院路", "西三环北路", "万泉河路"], False),
    ("广东省", "粤", "广州市", "天河区", "440106", ["天河路", "体育西路", "黄埔大道西", "中山大道"], False),
    ("广东省", "粤", "深圳市", "南山区", "440305", ["科技园南路", "南海大道", "后海大道", "桃园路"], False),
    ("浙江省", "浙", "杭州市", "西湖区", "330106", ["文三路", "天目山路", "古墩路", "教工路"], False),
    ("浙江省", "浙", "金华市", "义乌市", "330782", ["稠州北路", "宾王路", "工人西路"], True),
    ("江苏省", "苏", "南京市", "鼓楼区", "320106", ["中山北路", "湖南路", "云南路", "汉中门大街"], False),
    ("江苏省", "苏", "苏州市", "昆山市", "320583", ["前进中路", "马鞍山路", "人民南路"], True),
    ("四川省", "川", "成都市", "武侯区", "510107", ["人民南路四段", "武侯祠大街", "科华北路", "二环路南四段"], False),
    ("四川省", "川", "南充市", "阆中市", "511381", ["七里大道", "张飞南路"], True),
    ("湖北省", "鄂", "武汉市", "洪山区", "420111", ["珞喻路", "雄楚大道", "书城路", "关山大道"], False),
    ("山东省", "鲁", "济南市", "历下区", "370102", ["泉城路", "经十路", "解放路", "历山路"], False),
    ("山东省", "鲁", "潍坊市", "寿光市", "370783", ["农圣街", "渤海路", "银海路"], True),
    ("河南省", "豫", "郑州市", "金水区", "410105", ["花园路", "农业路", "经三路", "文化路"], False),
    ("河南省", "豫", "周口市", "项城市", "411681", ["莲花大道", "团结路"], True),
    ("陕西省", "陕", "西安市", "雁塔区", "610113", ["小寨西路", "长安南路", "科技路", "雁塔北路"], False),
    ("湖南省", "湘", "长沙市", "岳麓区", "430104", ["麓山南路", "枫林一路", "金星中路"], False),
    ("湖南省", "湘", "邵阳市", "邵东市", "430582", ["金龙大道", "宋家塘路"], True),
    ("福建省", "闽", "福州市", "鼓楼区", "350102", ["五四路", "杨桥中路", "湖东路"], False),
    ("辽宁省", "辽", "沈阳市", "和平区", "210102", ["南京北街", "太原街", "三好街"], False),
    ("云南省", "云", "昆明市", "五华区", "530102", ["东风西路", "人民中路", "青年路"], False),
    ("安徽省", "皖", "合肥市", "蜀山区", "340104", ["长江西路", "黄山路", "潜山路"], False),
    ("河北省", "冀", "石家庄市", "长安区", "130102", ["中山东路", "建设北大街", "谈固南大街"], False),
    ("重庆市", "渝", "", "渝中区", "500103", ["解放碑民族路", "中山三路", "大坪正街"], False),
    ("新疆维吾尔自治区", "新", "乌鲁木齐市", "天山区", "650102", ["解放南路", "中山路", "新华南路"], False),
    ("广西壮族自治区", "桂", "南宁市", "青秀区", "450103", ["民族大道", "金湖路", "东葛路"], False),
    ("黑龙江省", "黑", "哈尔滨市", "南岗区", "230103", ["西大直街", "学府路", "红军街"], False),
    ("江西省", "赣", "赣州市", "瑞金市", "360781", ["红都大道", "象湖路"], True),
]
TOWNS = ["城关镇", "新华镇", "太平镇", "石桥镇", "马家镇", "清水乡", "龙泉镇", "黄土岗镇"]
VILLAGES = ["王庄村", "李家湾村", "石门村", "大柳树村", "新河村", "前进村", "杨家坝村", "东岗村"]
ESTATES = ["阳光花园", "锦绣华庭", "翠湖苑", "金色家园", "世纪新城", "和平里小区", "东方明珠苑", "万科城市花园"]

SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
COMPOUND = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "令狐", "慕容", "尉迟", "司徒", "夏侯", "端木"]
GIVEN = list("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红梅建国志强海燕晓东婷雪琳子涵浩宇欣怡思远梓轩雨桐佳豪一鸣文博嘉怡俊杰晨曦淑珍德胜凤兰永福")
NATIONS = ["汉"] * 30 + ["回", "满", "壮", "维吾尔", "苗", "彝", "土家", "蒙古", "藏", "朝鲜", "侗", "瑶", "白", "哈尼", "哈萨克", "傣", "黎"]

BRANDS = ["鑫源", "恒泰", "华瑞", "新禾", "启航", "锦程", "宏达", "众诚", "博远", "嘉禾", "瑞丰", "同福", "德顺", "佳美", "云帆",
          "百川", "汇丰源", "金穗", "绿野", "星河", "蓝湾", "和煦", "合力", "晨光", "盛世华章", "知行", "聚益", "品优", "禾木", "安澜"]
TRADES = [("科技", "信息技术"), ("商贸", "商贸"), ("餐饮管理", "餐饮"), ("建筑工程", "建筑"), ("文化传媒", "文化"),
          ("物流", "物流"), ("食品", "食品"), ("美容美发", "美容"), ("酒店管理", "住宿"), ("环保科技", "环保"),
          ("教育咨询", "教育"), ("医疗器械", "医疗器械"), ("农业开发", "农业"), ("电子商务", "电商")]

GENERAL = {
    "信息技术": ["技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广", "软件开发", "信息系统集成服务", "计算机系统服务",
             "数据处理和存储支持服务", "计算机软硬件及辅助设备零售", "网络技术服务", "人工智能应用软件开发"],
    "商贸": ["日用百货销售", "五金产品零售", "服装服饰零售", "家用电器销售", "化妆品零售", "办公用品销售", "建筑材料销售",
           "针纺织品销售", "国内贸易代理", "货物进出口"],
    "餐饮": ["餐饮管理", "外卖递送服务", "食用农产品零售", "日用品销售", "会议及展览服务"],
    "建筑": ["住宅室内装饰装修", "园林绿化工程施工", "土石方工程施工", "建筑材料销售", "金属门窗工程施工", "普通机械设备安装服务"],
    "文化": ["组织文化艺术交流活动", "广告设计、代理", "广告制作", "广告发布", "会议及展览服务", "摄像及视频制作服务", "平面设计"],
    "物流": ["普通货物仓储服务（不含危险化学品等需许可审批的项目）", "国内货物运输代理", "装卸搬运", "供应链管理服务", "包装服务"],
    "食品": ["食品销售（仅销售预包装食品）", "食用农产品批发", "食用农产品零售", "农副产品销售", "初级农产品收购"],
    "美容": ["美发饰品销售", "化妆品零售", "养生保健服务（非医疗）", "洗烫服务", "足浴服务"],
    "住宿": ["酒店管理", "物业管理", "停车场服务", "会议及展览服务", "洗染服务"],
    "环保": ["环保咨询服务", "固体废物治理", "水污染治理", "大气污染治理", "环境保护专用设备销售", "技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广"],
    "教育": ["教育咨询服务（不含涉许可审批的教育培训活动）", "信息咨询服务（不含许可类信息咨询服务）", "组织文化艺术交流活动", "体育竞赛组织"],
    "医疗器械": ["第一类医疗器械销售", "第二类医疗器械销售", "消毒剂销售（不含危险化学品）", "卫生用品和一次性使用医疗用品销售"],
    "农业": ["谷物种植", "蔬菜种植", "水果种植", "农业机械服务", "农产品的生产、销售、加工、运输、贮藏及其他相关服务"],
    "电商": ["互联网销售（除销售需要许可的商品）", "日用百货销售", "电子产品销售", "供应链管理服务", "信息技术咨询服务"],
}
LICENSED = {
    "信息技术": ["第一类增值电信业务", "第二类增值电信业务"], "商贸": ["食品销售", "酒类经营"], "餐饮": ["餐饮服务", "食品销售"],
    "建筑": ["建设工程施工", "住宅室内装饰装修"], "文化": ["网络文化经营", "演出经纪"], "物流": ["道路货物运输（不含危险货物）"],
    "食品": ["食品销售", "食品互联网销售"], "美容": ["生活美容服务"], "住宿": ["住宿服务", "餐饮服务"], "环保": ["危险废物经营"],
    "教育": [], "医疗器械": ["第三类医疗器械经营"], "农业": ["农作物种子经营"], "电商": ["食品销售"],
}
GEN_TAIL = "（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）"
LIC_TAIL = "（依法须经批准的项目，经相关部门批准后方可开展经营活动，具体经营项目以相关部门批准文件或许可证件为准）"

DIGITS_CN = "零壹贰叁肆伍陆柒捌玖"


def pick(rng: np.random.Generator, seq):  # noqa: ANN001, ANN201 - any sequence
    return seq[int(rng.integers(len(seq)))]


def place(rng: np.random.Generator) -> tuple:
    return pick(rng, PLACES)


def person_name(rng: np.random.Generator) -> str:
    sur = pick(rng, COMPOUND) if rng.random() < 0.07 else pick(rng, SURNAMES)
    n_given = 1 if rng.random() < 0.3 else 2
    if len(sur) == 2 and rng.random() < 0.5:
        n_given = 1
    return sur + "".join(pick(rng, GIVEN) for _ in range(n_given))


def address(rng: np.random.Generator, p: tuple, long: bool = False) -> str:
    prov, _, city, county, _, streets, rural = p
    head = prov + city + county if prov != city else prov + county
    if prov in ("上海市", "北京市", "重庆市"):
        head = prov + county
    r = rng.random()
    if rural and r < 0.45:
        tail = f"{pick(rng, TOWNS)}{pick(rng, VILLAGES)}{int(rng.integers(1, 12))}组{int(rng.integers(1, 80))}号"
    elif prov == "上海市" and r < 0.6:
        tail = f"{pick(rng, streets)}{int(rng.integers(10, 2000))}弄{int(rng.integers(1, 60))}号{int(rng.integers(101, 2402))}室"
    elif r < 0.8:
        tail = (f"{pick(rng, streets)}{int(rng.integers(1, 900))}号{pick(rng, ESTATES)}"
                f"{int(rng.integers(1, 30))}号楼{int(rng.integers(1, 6))}单元{int(rng.integers(1, 33))}{int(rng.integers(1, 5)):02d}室")
    else:
        tail = f"{pick(rng, streets)}{int(rng.integers(1, 900))}号"
        if long or rng.random() < 0.5:
            tail += pick(rng, ["A座", "B座", "1幢", "3栋", "综合楼"]) + f"{int(rng.integers(2, 28))}层{int(rng.integers(1, 30)):02d}号"
    return head + tail


def date_between(rng: np.random.Generator, a: dt.date, b: dt.date) -> dt.date:
    return a + dt.timedelta(days=int(rng.integers(0, max((b - a).days, 1))))


def add_years(d: dt.date, n: int) -> dt.date:
    try:
        return d.replace(year=d.year + n)
    except ValueError:  # 29 February
        return d.replace(year=d.year + n, day=28)


def id_check(body17: str) -> str:
    c = (1 - 2 * int(body17, 13)) % 11
    return "X" if c == 10 else str(c)


def id_number(code: str, birth: dt.date, male: bool, rng: np.random.Generator) -> str:
    seq = int(rng.integers(0, 500)) * 2 + (1 if male else 0)
    body = f"{code}{birth:%Y%m%d}{seq:03d}"
    return body + id_check(body)


USCC_CH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
ORG_CH = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def _org_code(rng: np.random.Generator) -> str:
    body = "".join(pick(rng, "0123456789" * 3 + "ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(ch, 36) * wi for ch, wi in zip(body, w, strict=False))
    c = 11 - s % 11
    return body + ("X" if c == 10 else "0" if c == 11 else str(c))


def uscc(rng: np.random.Generator, prefix: str, code: str) -> str:
    body = prefix + code + _org_code(rng)
    total = sum(USCC_CH.index(ch) * pow(3, i, 31) for i, ch in enumerate(body))
    return body + USCC_CH[(31 - total % 31) % 31]


def food_license_no(rng: np.random.Generator, p: tuple, catering: bool) -> str:
    head = ("2" if catering else "1") + p[4] + f"{int(rng.integers(0, 10**6)):06d}"
    s = sum(int(c) * (i + 1) for i, c in enumerate(head))
    return "JY" + head + str(s % 10)


def cn_amount(n: int) -> str:
    """An integer (≤ 99,999,999) in the capital characters a licence prints: 壹仟伍佰万."""
    units = ["", "拾", "佰", "仟"]
    def four(x: int) -> str:
        out, zero = "", False
        for i in range(3, -1, -1):
            d = x // 10**i % 10
            if d == 0:
                zero = bool(out)
            else:
                if zero:
                    out += "零"
                    zero = False
                out += DIGITS_CN[d] + units[i]
        return out
    hi, lo = divmod(n, 10000)
    s = (four(hi) + "万") if hi else ""
    if lo:
        s += ("零" if hi and lo < 1000 else "") + four(lo)
    return s


def capital(rng: np.random.Generator) -> str:
    wan = int(pick(rng, [3, 5, 10, 20, 30, 50, 100, 100, 200, 300, 500, 500, 1000, 1200, 2000, 5000]))
    style = rng.random()
    if style < 0.4:
        return f"{cn_amount(wan * 10000)}元整"
    if style < 0.6:
        return f"人民币{cn_amount(wan * 10000)}元整"
    if style < 0.85:
        return f"{wan}万元整"
    return f"{wan}万元人民币"


ENTITY = [
    ("有限责任公司（自然人独资）", "91", "法定代表人", "有限公司"),
    ("有限责任公司（自然人投资或控股）", "91", "法定代表人", "有限公司"),
    ("有限责任公司（非自然人投资或控股的法人独资）", "91", "法定代表人", "有限公司"),
    ("其他有限责任公司", "91", "法定代表人", "有限公司"),
    ("股份有限公司（非上市、自然人投资或控股）", "91", "法定代表人", "股份有限公司"),
    ("有限责任公司分公司（自然人投资或控股）", "91", "负责人", "分公司"),
    ("普通合伙企业", "91", "执行事务合伙人", "合伙"),
    ("个人独资企业", "91", "投资人", "独资"),
    ("个体工商户", "92", "经营者", "个体"),
]


def company(rng: np.random.Generator, p: tuple, form: str) -> tuple[str, str]:
    """(name, trade key) for an entity form."""
    brand = pick(rng, BRANDS)
    trade, key = pick(rng, TRADES)
    city = (p[2] or p[0]).removesuffix("市")
    if form == "有限公司":
        return (f"{city}{brand}{trade}有限公司" if rng.random() < 0.6 else f"{brand}（{city}）{trade}有限公司"), key
    if form == "股份有限公司":
        return f"{city}{brand}{trade}股份有限公司", key
    if form == "分公司":
        return f"{city}{brand}{trade}有限公司{p[3]}分公司", key
    if form == "合伙":
        return f"{city}{brand}{trade}合伙企业（普通合伙）", key
    if form == "独资":
        return f"{p[3]}{brand}{trade}经营部", key
    # 个体工商户: a shop name, sometimes none
    shop = pick(rng, ["小吃店", "便利店", "理发店", "五金店", "水果店", "面馆", "服装店", "副食店", "烧烤店"])
    if rng.random() < 0.12:
        return "", key
    return f"{p[3]}{brand}{shop}", key


def scope(rng: np.random.Generator, key: str, short: bool = False) -> str:
    gen = list(GENERAL[key])
    rng.shuffle(gen)
    k = int(rng.integers(2, 4)) if short else int(rng.integers(4, len(gen) + 1))
    s = "一般项目：" + "；".join(gen[:k]) + "。" + GEN_TAIL
    lic = LICENSED[key]
    if lic and rng.random() < 0.6:
        s += "许可项目：" + "；".join(lic[: int(rng.integers(1, len(lic) + 1))]) + "。" + LIC_TAIL
    return s


def scope_individual(rng: np.random.Generator, key: str) -> str:
    gen = list(GENERAL[key])
    rng.shuffle(gen)
    if rng.random() < 0.5:
        return "；".join(gen[:3]) + "。"
    return "一般项目：" + "；".join(gen[:2]) + "。" + GEN_TAIL


PH_ITEMS = ["住宿", "沐浴", "美容", "美发", "游泳场所", "歌厅", "舞厅", "商场", "候车室", "公共浴室", "影剧院", "健身房"]
FOOD_FORMS_SALE = ["食品销售经营者（超市）", "食品销售经营者（便利店）", "食品销售经营者（食杂店）", "食品销售经营者（网络食品销售商）"]
FOOD_FORMS_CATER = ["餐饮服务经营者（小型餐馆）", "餐饮服务经营者（中型餐馆）", "餐饮服务经营者（大型餐馆）",
                    "餐饮服务经营者（饮品店）", "餐饮服务经营者（糕点店）", "单位食堂（学校食堂）", "单位食堂（机关食堂）", "单位食堂（职工食堂）"]
FOOD_ITEMS_SALE = ["预包装食品（含冷藏冷冻食品）销售", "预包装食品（不含冷藏冷冻食品）销售", "散装食品（含冷藏冷冻食品）销售",
                   "散装食品（含熟食）销售", "特殊食品销售（保健食品）", "特殊食品销售（婴幼儿配方乳粉）", "其他类食品销售"]
FOOD_ITEMS_CATER = ["热食类食品制售", "冷食类食品制售", "生食类食品制售", "糕点类食品（含裱花蛋糕）制售", "自制饮品制售",
                    "预包装食品（含冷藏冷冻食品）销售"]
