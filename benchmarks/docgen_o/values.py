"""Values of family O: people, places, companies, numbers (GB 11643 ID numbers, GB 32100 credit codes
with their GB 11714 organisation-code check), licence numbers and dates. Written from the standards."""

from __future__ import annotations

import datetime as dt
import random

USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY"

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红梅鹏辉玲宇浩然子轩欣怡梓涵一诺雨彤晨曦思远嘉怡俊杰文博佳琪鑫淑珍德胜玉兰永福海燕春生秋菊冬梅立新卫东红旗晓东瑞雪"
COMPOUND = ["欧阳", "司马", "诸葛", "上官", "慕容"]
NATIONS = ["汉"] * 14 + ["回", "满", "壮", "维吾尔", "蒙古", "土家", "苗", "朝鲜", "藏", "彝", "布依", "哈尼"]

# (6-digit division code, province+city+district as printed, short province for licence numbers, 公安 authority)
REGIONS = [
    ("310115", "上海市浦东新区", "沪", "上海市公安局浦东分局"),
    ("310104", "上海市徐汇区", "沪", "上海市公安局徐汇分局"),
    ("110105", "北京市朝阳区", "京", "北京市公安局朝阳分局"),
    ("110108", "北京市海淀区", "京", "北京市公安局海淀分局"),
    ("440305", "广东省深圳市南山区", "粤", "深圳市公安局南山分局"),
    ("440106", "广东省广州市天河区", "粤", "广州市公安局天河区分局"),
    ("330106", "浙江省杭州市西湖区", "浙", "杭州市公安局西湖分局"),
    ("510107", "四川省成都市武侯区", "川", "成都市公安局武侯区分局"),
    ("420106", "湖北省武汉市武昌区", "鄂", "武汉市公安局武昌区分局"),
    ("320102", "江苏省南京市玄武区", "苏", "南京市公安局玄武分局"),
    ("370202", "山东省青岛市市南区", "鲁", "青岛市公安局市南分局"),
    ("610113", "陕西省西安市雁塔区", "陕", "西安市公安局雁塔分局"),
    ("430104", "湖南省长沙市岳麓区", "湘", "长沙市公安局岳麓分局"),
    ("350203", "福建省厦门市思明区", "闽", "厦门市公安局思明分局"),
    ("500103", "重庆市渝中区", "渝", "重庆市公安局渝中区分局"),
    ("230103", "黑龙江省哈尔滨市南岗区", "黑", "哈尔滨市公安局南岗分局"),
    ("650102", "新疆维吾尔自治区乌鲁木齐市天山区", "新", "乌鲁木齐市公安局天山区分局"),
    ("140105", "山西省太原市小店区", "晋", "太原市公安局小店分局"),
]
ROADS = ["张杨路", "世纪大道", "漕溪北路", "建国路", "中关村大街", "科技园南路", "天河北路", "文三路", "人民南路四段",
         "中北路", "珠江路", "香港中路", "小寨东路", "麓山南路", "湖滨南路", "解放碑步行街", "西大直街", "新华北路", "长风街",
         "金科路", "龙阳路", "枫林路", "望京西路", "学院南路", "沙河西路", "黄埔大道西", "古墩路", "一环路南三段"]
VILLAGES = ["锦绣花园", "阳光新城", "翠湖苑", "金桥新村", "康桥半岛", "绿地世纪城", "万科城市花园", "碧桂园", "和平里",
            "幸福小区", "华润置地广场", "东方明珠公寓"]
TOWNS = ["张江镇", "川沙新镇", "北蔡镇", "花木街道", "望京街道", "粤海街道", "北山街道", "中南路街道", "湖滨街道", "东风乡"]
STREET_NAMES = ["金钥匙", "百味", "鼎盛", "恒信", "蓝海", "巧手", "向阳", "鸿运", "绿源", "新航道", "益民", "嘉禾", "天润",
                "同福", "瑞丰", "聚贤", "知行", "云帆", "鑫诚", "德馨", "顺意", "安和", "晨光", "明远"]
TRADES = ["餐饮管理", "信息技术", "商贸", "建筑装饰工程", "文化传媒", "医疗器械", "食品", "物业管理", "教育科技", "电子商务",
          "供应链管理", "酒店管理", "健身服务", "美容美发", "洗浴服务", "农业发展", "环保科技", "物流"]


def person(rng: random.Random) -> str:
    if rng.random() < 0.04:
        return rng.choice(COMPOUND) + rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.5 else "")
    n = 1 if rng.random() < 0.3 else 2
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(n))


def region(rng: random.Random) -> tuple[str, str, str, str]:
    return rng.choice(REGIONS)


def street_address(rng: random.Random, reg: str, *, long: bool = False) -> str:
    """An address as printed: road + number, with 弄/号楼/栋/单元/层/室 and parenthesised parts."""
    road = rng.choice(ROADS)
    r = rng.random()
    if r < 0.25:
        s = f"{road}{rng.randint(1, 2999)}号"
    elif r < 0.45:
        s = f"{road}{rng.randint(1, 1999)}弄{rng.randint(1, 88)}号{rng.randint(1, 30)}{rng.randint(1, 9):02d}室"
    elif r < 0.6:
        s = f"{road}{rng.randint(1, 999)}号{rng.randint(1, 12)}号楼{rng.randint(1, 28)}层{rng.randint(1, 30)}{rng.randint(1, 9):02d}室"
    elif r < 0.75:
        s = f"{rng.choice(VILLAGES)}{rng.randint(1, 40)}栋{rng.randint(1, 6)}单元{rng.randint(1, 30)}{rng.randint(1, 9):02d}室"
    elif r < 0.87:
        s = f"{rng.choice(TOWNS)}{road}{rng.randint(1, 999)}号{rng.choice('ABCDE')}座{rng.randint(2, 20)}层"
    else:
        s = f"{road}{rng.randint(1, 999)}号{rng.randint(1, 5)}幢{rng.randint(1, 3)}层{rng.choice(['东侧', '西侧', '北区', 'B区'])}{rng.randint(101, 120)}"
    if long or rng.random() < 0.15:
        s += rng.choice(["（集中登记地）", "（自主申报）", "（一址多照）", "(实际经营场所)", "（临）"])
    return reg + s


def gb11643_check(s17: str) -> str:
    c = (1 - 2 * int(s17, 13)) % 11
    return "X" if c == 10 else str(c)


def id_number(rng: random.Random, code: str, birth: dt.date, male: bool) -> str:
    seq = rng.randint(0, 99) * 10 + rng.choice([1, 3, 5, 7, 9] if male else [0, 2, 4, 6, 8])
    s17 = f"{code}{birth:%Y%m%d}{seq:03d}"
    return s17 + gb11643_check(s17)


def org_check(code8: str) -> str:
    """GB 11714: the check character of an 8-character organisation code."""
    w = (3, 7, 9, 10, 5, 8, 4, 2)
    val = lambda ch: int(ch) if ch.isdigit() else ord(ch) - 55  # noqa: E731
    c = 11 - sum(val(ch) * wi for ch, wi in zip(code8, w, strict=False)) % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)


def uscc(rng: random.Random, code: str, kind: str = "91") -> str:
    """GB 32100: registration authority + type + division + organisation code + check character."""
    while True:
        if rng.random() < 0.7:
            body = "MA" + "".join(rng.choice(USCC[:-1] if i else "0123456789ABCDEFGH") for i in range(6))
        else:
            body = "".join(rng.choice("0123456789") for _ in range(8))
        oc = org_check(body)
        if oc in USCC:
            break
    s17 = kind + code + body + oc
    total = sum(USCC.index(ch) * pow(3, i, 31) for i, ch in enumerate(s17))
    return s17 + USCC[(31 - total % 31) % 31]


def date_between(rng: random.Random, a: dt.date, b: dt.date) -> dt.date:
    d = a + dt.timedelta(days=rng.randint(0, (b - a).days))
    return d.replace(day=min(d.day, 28))


def add_years(d: dt.date, n: int) -> dt.date:
    return d.replace(year=d.year + n)


def id_validity(rng: random.Random, birth: dt.date) -> tuple[dt.date, dt.date | None]:
    """居民身份证法 第5条: <16 → 5 years, 16–25 → 10, 26–45 → 20, ≥46 → 长期 (None)."""
    today = dt.date(2026, 11, 1)
    lo = max(birth.replace(year=birth.year + 1), dt.date(2005, 1, 1))
    while True:
        start = date_between(rng, lo, today)
        age = start.year - birth.year - ((start.month, start.day) < (birth.month, birth.day))
        years = 5 if age < 16 else 10 if age <= 25 else 20 if age <= 45 else None
        end = add_years(start, years) if years else None
        if end is None or end >= dt.date(2026, 12, 4) or rng.random() < 0.1:
            return start, end


def company_name(rng: random.Random, city: str, form: str) -> str:
    trade = rng.choice(TRADES)
    zh = rng.choice(STREET_NAMES)
    if form == "individual":
        return rng.choice(["", f"{city}{rng.choice(['浦东新区', '朝阳区', '南山区', '西湖区', '武侯区', '武昌区'])}"]) + \
            f"{zh}{rng.choice(['小吃店', '便利店', '美发店', '五金店', '面馆', '足浴店', '水果店', '茶叶行'])}"
    if form == "branch":
        return f"{city}{zh}{trade}有限公司{rng.choice(['浦东', '第一', '城西', '高新', '滨江'])}分公司"
    if form == "partnership":
        return f"{city}{zh}{rng.choice(['投资管理', '企业管理咨询', '创业投资'])}合伙企业（有限合伙）"
    if rng.random() < 0.25:
        return f"{zh}{rng.choice(['（' + city + '）', ''])}{trade}{rng.choice(['股份有限公司', '有限公司', '集团有限公司'])}"
    return f"{city}{zh}{trade}有限公司"


SCOPE_GENERAL = ["技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广", "软件开发", "信息系统集成服务", "会议及展览服务",
                 "企业管理咨询", "市场营销策划", "日用百货销售", "五金产品零售", "办公用品销售", "家用电器销售",
                 "计算机软硬件及辅助设备零售", "广告设计、代理", "广告制作", "组织文化艺术交流活动", "礼仪服务",
                 "专业保洁、清洗、消毒服务", "物业管理", "停车场服务", "食用农产品零售", "礼品花卉销售",
                 "服装服饰零售", "家政服务", "健身休闲活动", "体育用品及器材零售", "货物进出口", "技术进出口",
                 "普通货物仓储服务（不含危险化学品等需许可审批的项目）", "国内货物运输代理", "装卸搬运",
                 "建筑装饰材料销售", "住宅室内装饰装修", "园林绿化工程施工", "电子产品销售", "通讯设备销售",
                 "第一类医疗器械销售", "第二类医疗器械销售", "化妆品零售", "美甲服务", "餐饮管理", "酒店管理"]
SCOPE_LICENSED = ["食品经营", "餐饮服务", "第三类医疗器械经营", "住宿服务", "生活美容服务", "理发服务", "洗浴服务",
                  "建设工程施工", "道路货物运输（不含危险货物）", "出版物零售", "酒类经营", "烟草制品零售"]
APPROVAL = "（依法须经批准的项目，经相关部门批准后方可开展经营活动）"


def business_scope(rng: random.Random, n_items: int) -> str:
    style = rng.random()
    gen = rng.sample(SCOPE_GENERAL, min(n_items, len(SCOPE_GENERAL)))
    if style < 0.45:
        lic = rng.sample(SCOPE_LICENSED, rng.randint(1, 3))
        return ("许可项目：" + "；".join(lic) + "。（依法须经批准的项目，经相关部门批准后方可开展经营活动，具体经营项目以相关部门批准文件或许可证件为准）"
                "一般项目：" + "；".join(gen) + "。（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）")
    s = "，".join(gen) + "。"
    if style < 0.8:
        s += APPROVAL
    return s


def capital(rng: random.Random) -> str:
    r = rng.random()
    n = rng.choice([10, 50, 100, 200, 300, 500, 1000, 2000, 5000])
    if r < 0.35:
        return f"{n}万元整" if rng.random() < 0.5 else f"人民币{n}万元整"
    if r < 0.55:
        return f"{n}.0000万人民币" if rng.random() < 0.5 else f"{n}万元人民币"
    if r < 0.7:
        return f"{rng.choice([10, 50, 100, 150, 300])}万美元"
    cn = {10: "壹拾", 50: "伍拾", 100: "壹佰", 200: "贰佰", 300: "叁佰", 500: "伍佰", 1000: "壹仟", 2000: "贰仟", 5000: "伍仟"}
    return f"人民币{cn[n]}万元整"


def cn_date(d: dt.date, pad: bool = True) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日" if pad else f"{d.year}年{d.month}月{d.day}日"


FORMS = [("餐饮服务经营者（小型餐馆）", ["热食类食品制售", "冷食类食品制售", "生食类食品制售", "自制饮品制售"]),
         ("餐饮服务经营者（中型餐馆）", ["热食类食品制售", "冷食类食品制售", "糕点类食品（含裱花蛋糕）制售", "自制饮品制售"]),
         ("食品销售经营者（超市）", ["预包装食品（含冷藏冷冻食品）销售", "散装食品（含冷藏冷冻食品）销售", "保健食品销售",
                           "特殊医学用途配方食品销售", "婴幼儿配方乳粉销售", "其他婴幼儿配方食品销售"]),
         ("食品销售经营者（便利店）", ["预包装食品（不含冷藏冷冻食品）销售", "散装食品（含熟食）销售", "热食类食品制售"]),
         ("单位食堂（学校食堂）", ["热食类食品制售", "冷食类食品制售"]),
         ("单位食堂（机关企事业单位食堂）", ["热食类食品制售"]),
         ("餐饮服务经营者（饮品店）", ["自制饮品制售", "预包装食品（不含冷藏冷冻食品）销售"])]

PH_ITEMS = ["住宿", "沐浴", "美发", "美容", "游泳场（馆）", "歌舞厅", "游艺厅", "商场（店）", "书店", "候车室", "展览馆", "宾馆"]
