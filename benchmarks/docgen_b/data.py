"""Random but valid document content for family B: people, places, companies and numbers with
correct check characters (GB 11643 ID numbers, GB 32100 credit codes, Luhn card numbers).

Written from what real Chinese documents carry, independently of the product and of family A.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

# (GB/T 2260 code, province prefix ("" for municipalities), city, district, province short name)
REGIONS: list[tuple[str, str, str, str, str]] = [
    ("110101", "", "北京市", "东城区", "京"), ("110105", "", "北京市", "朝阳区", "京"),
    ("110108", "", "北京市", "海淀区", "京"), ("120101", "", "天津市", "和平区", "津"),
    ("310101", "", "上海市", "黄浦区", "沪"), ("310104", "", "上海市", "徐汇区", "沪"),
    ("310115", "", "上海市", "浦东新区", "沪"), ("500103", "", "重庆市", "渝中区", "渝"),
    ("320102", "江苏省", "南京市", "玄武区", "苏"), ("320106", "江苏省", "南京市", "鼓楼区", "苏"),
    ("330106", "浙江省", "杭州市", "西湖区", "浙"), ("340104", "安徽省", "合肥市", "蜀山区", "皖"),
    ("350203", "福建省", "厦门市", "思明区", "闽"), ("370102", "山东省", "济南市", "历下区", "鲁"),
    ("370202", "山东省", "青岛市", "市南区", "鲁"), ("410105", "河南省", "郑州市", "金水区", "豫"),
    ("420106", "湖北省", "武汉市", "武昌区", "鄂"), ("430104", "湖南省", "长沙市", "岳麓区", "湘"),
    ("440106", "广东省", "广州市", "天河区", "粤"), ("440305", "广东省", "深圳市", "南山区", "粤"),
    ("450103", "广西壮族自治区", "南宁市", "青秀区", "桂"), ("510107", "四川省", "成都市", "武侯区", "川"),
    ("520102", "贵州省", "贵阳市", "南明区", "黔"), ("530102", "云南省", "昆明市", "五华区", "云"),
    ("610113", "陕西省", "西安市", "雁塔区", "陕"), ("620102", "甘肃省", "兰州市", "城关区", "甘"),
    ("650102", "新疆维吾尔自治区", "乌鲁木齐市", "天山区", "新"), ("210102", "辽宁省", "沈阳市", "和平区", "辽"),
    ("220102", "吉林省", "长春市", "南关区", "吉"), ("230103", "黑龙江省", "哈尔滨市", "南岗区", "黑"),
    ("130102", "河北省", "石家庄市", "长安区", "冀"), ("140105", "山西省", "太原市", "小店区", "晋"),
    ("150102", "内蒙古自治区", "呼和浩特市", "新城区", "蒙"), ("360103", "江西省", "南昌市", "西湖区", "赣"),
    ("640104", "宁夏回族自治区", "银川市", "兴庆区", "宁"), ("460105", "海南省", "海口市", "秀英区", "琼"),
]

SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
            "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "令狐")
GIVEN_M = "伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆帅旭宁龙林阳志峰建国文博睿泽晨轩昊然航"
GIVEN_F = "芳娜敏静丽艳娟霞秀玲桂英华慧巧美娅雪琳晶妍茜婷怡颖倩媛蕾欣悦雯琪璐瑶佳梦涵思萱诗"

NATIONS = ["汉"] * 30 + ["回", "满", "蒙古", "壮", "维吾尔", "藏", "苗", "彝", "土家", "朝鲜", "侗", "瑶",
                        "白", "哈尼", "哈萨克", "傣", "黎", "布依", "畲", "纳西"]

ROADS = ("人民路", "解放路", "中山北路", "建设大道", "和平路", "新华街", "长江路", "黄河路", "科技二路", "学府路",
         "文化路", "东风路", "胜利大街", "朝阳路", "世纪大道", "滨江大道", "青年路", "光明路", "幸福路", "红旗路",
         "张杨路", "金桥路", "迎宾大道", "天府大道", "工农路", "团结路", "振兴街", "淮海中路", "北京西路", "南京东路")
COMMUNITIES = ("阳光花园", "锦绣家园", "绿地小区", "金色港湾", "翠湖苑", "融侨城", "万科城", "幸福里",
               "东方明珠苑", "碧桂园", "和谐家园", "新城国际", "御景湾", "梧桐雅苑", "星河湾")
TOWNS = ("城关镇", "新华街道", "东湖街道", "长安镇", "花桥镇", "石门乡", "金山街道", "龙泉镇")

TRADE_WORDS = ("云帆", "锦程", "华信", "恒达", "瑞丰", "宏图", "鑫源", "嘉禾", "博远", "天成", "盛世", "新航",
               "汇智", "同创", "海纳", "启明", "众合", "远景", "德润", "泰和", "银杏", "青禾", "知行", "美味源")
INDUSTRIES = (("文化传媒", ["组织文化艺术交流活动", "广告设计、代理", "广告制作", "会议及展览服务", "图文设计制作"]),
              ("信息科技", ["软件开发", "信息技术咨询服务", "信息系统集成服务", "数据处理服务", "网络技术服务",
                        "计算机软硬件及辅助设备零售"]),
              ("餐饮管理", ["餐饮服务", "餐饮管理", "食品销售", "外卖递送服务", "食用农产品零售"]),
              ("商贸", ["日用百货销售", "五金产品零售", "服装服饰零售", "家用电器销售", "办公用品销售"]),
              ("酒店管理", ["住宿服务", "酒店管理", "洗浴服务", "会议及展览服务", "停车场服务"]),
              ("建筑装饰工程", ["住宅室内装饰装修", "建筑装饰材料销售", "园林绿化工程施工", "建设工程施工"]),
              ("物业服务", ["物业管理", "家政服务", "专业保洁、清洗、消毒服务", "停车场服务"]))
COMPANY_TYPES = ("有限责任公司（自然人投资或控股）", "有限责任公司（自然人独资）", "有限责任公司（法人独资）",
                 "其他有限责任公司", "股份有限公司（非上市、自然人投资或控股）", "有限责任公司（港澳台法人独资）")
SHOP_WORDS = ("便利店", "小吃店", "面馆", "理发店", "五金店", "水果店", "服装店", "烟酒店", "早餐店", "洗衣店")

CN_DIGITS = "零壹贰叁肆伍陆柒捌玖"


@dataclass
class Person:
    name: str
    sex: str
    nation: str
    birth: dt.date
    address: str
    id_number: str
    region: tuple[str, str, str, str, str]


def name(rnd: random.Random, sex: str | None = None) -> str:
    sex = sex or rnd.choice("男女")
    sur = rnd.choice(COMPOUND_SURNAMES) if rnd.random() < 0.05 else rnd.choice(SURNAMES)
    pool = GIVEN_M if sex == "男" else GIVEN_F
    given = "".join(rnd.choice(pool) for _ in range(1 if rnd.random() < 0.3 else 2))
    return sur + given


def id_check(body17: str) -> str:
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    s = sum(int(c) * w for c, w in zip(body17, weights, strict=False))
    return "10X98765432"[s % 11]


def id_number(rnd: random.Random, region: str, birth: dt.date, sex: str) -> str:
    seq = rnd.randint(0, 99) * 10 + rnd.choice([1, 3, 5, 7, 9] if sex == "男" else [0, 2, 4, 6, 8])
    body = f"{region}{birth:%Y%m%d}{seq:03d}"
    return body + id_check(body)


def uscc(rnd: random.Random, region: str, individual: bool = False) -> str:
    """GB 32100 统一社会信用代码 with a valid check character."""
    alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    head = "92" if individual else "91"
    body = head + region + "".join(rnd.choice(alphabet) for _ in range(9))
    weights = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
    s = sum(alphabet.index(c) * w for c, w in zip(body, weights, strict=False))
    return body + alphabet[(31 - s % 31) % 31]


def luhn_complete(prefix: str, length: int, rnd: random.Random) -> str:
    body = prefix + "".join(str(rnd.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            d -= 9 if d > 9 else 0
        total += d
    return body + str((10 - total % 10) % 10)


def luhn_ok(number: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(number)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            d -= 9 if d > 9 else 0
        total += d
    return total % 10 == 0


def date_between(rnd: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rnd.randint(0, (end - start).days))


def add_years(d: dt.date, years: int) -> dt.date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


def cn_date(d: dt.date) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日"


def cn_date_nopad(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def street_address(rnd: random.Random, region: tuple[str, str, str, str, str], *, long: bool = False,
                   rural: bool = False) -> str:
    _code, prov, city, dist, _short = region
    head = f"{prov}{city}{dist}"
    if rural:
        return f"{head}{rnd.choice(TOWNS)}{rnd.choice('东南西北')}{rnd.choice('山河湖岭桥坪')}村{rnd.randint(1, 12)}组{rnd.randint(1, 99)}号"
    road = rnd.choice(ROADS)
    no = f"{rnd.randint(1, 999)}号"
    if long and rnd.random() < 0.6:
        no += rnd.choice(["综合楼", "商业广场", "科创中心", "创业园", "国际大厦"])
    form = rnd.random()
    if form < 0.3:
        tail = f"{road}{rnd.randint(1, 2999)}弄{rnd.randint(1, 40)}号楼{rnd.randint(1, 32)}{rnd.randint(1, 8):02d}室"
    elif form < 0.6:
        tail = (f"{road}{no}{rnd.choice(COMMUNITIES)}{rnd.randint(1, 30)}栋"
                f"{rnd.randint(1, 6)}单元{rnd.randint(1, 33)}{rnd.randint(1, 6):02d}室")
    elif form < 0.8:
        tail = f"{road}{no}{rnd.randint(1, 20)}幢{rnd.randint(1, 28)}{rnd.randint(1, 9):02d}室"
    else:
        tail = f"{road}{no}{rnd.choice(['一', '二', '三'])}层{rnd.choice('ABCDE')}{rnd.randint(1, 30)}号"
    return head + tail


def region(rnd: random.Random) -> tuple[str, str, str, str, str]:
    return rnd.choice(REGIONS)


def person(rnd: random.Random, *, min_age: int = 18, max_age: int = 80, today: dt.date | None = None) -> Person:
    today = today or dt.date(2026, 11, 1)
    sex = rnd.choice("男女")
    reg = region(rnd)
    birth = date_between(rnd, add_years(today, -max_age), add_years(today, -min_age))
    addr = street_address(rnd, reg, rural=rnd.random() < 0.25)
    return Person(name(rnd, sex), sex, rnd.choice(NATIONS), birth, addr, id_number(rnd, reg[0], birth, sex), reg)


def capital_text(rnd: random.Random) -> str:
    wan = rnd.choice([10, 30, 50, 100, 200, 300, 500, 1000, 2000, 5000])
    style = rnd.random()
    if style < 0.5:
        return f"{_cn_amount(wan)}万元整" if rnd.random() < 0.5 else f"人民币{_cn_amount(wan)}万元整"
    return f"{wan}万元整" if style < 0.8 else f"人民币{wan}.0000万元"


def _cn_amount(n: int) -> str:
    units = [(1000, "仟"), (100, "佰"), (10, "拾")]
    out, zero = "", False
    for value, unit in units:
        d = n // value % 10
        if d:
            if zero and out:
                out += "零"
            out += CN_DIGITS[d] + unit
            zero = False
        elif out:
            zero = True
    d = n % 10
    if d:
        out += ("零" if zero and out else "") + CN_DIGITS[d]
    return out


def company_name(rnd: random.Random, reg: tuple[str, str, str, str, str]) -> tuple[str, list[str]]:
    industry, items = rnd.choice(INDUSTRIES)
    city = reg[2].removesuffix("市")
    suffix = rnd.choice(["有限公司", "有限公司", "有限责任公司", "股份有限公司"])
    head = city if rnd.random() < 0.7 else reg[2]
    return f"{head}{rnd.choice(TRADE_WORDS)}{industry}{suffix}", items


def business_scope(rnd: random.Random, items: list[str], *, new_style: bool) -> str:
    chosen = rnd.sample(items, k=min(len(items), rnd.randint(3, len(items))))
    extra = rnd.sample(["日用百货销售", "技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广",
                        "企业管理咨询", "市场营销策划", "办公设备租赁服务", "货物进出口", "礼仪服务"], k=rnd.randint(1, 3))
    chosen += extra
    if not new_style:
        return "；".join(chosen) + "。（依法须经批准的项目，经相关部门批准后方可开展经营活动）"
    general = "一般项目：" + "；".join(chosen) + "。（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）"
    if rnd.random() < 0.5:
        return general
    permit = rnd.choice(["食品销售", "餐饮服务", "第二类增值电信业务", "出版物零售", "住宿服务"])
    return (general + "许可项目：" + permit + "。（依法须经批准的项目，经相关部门批准后方可开展经营活动，"
            "具体经营项目以相关部门批准文件或许可证件为准）")


def market_authority(reg: tuple[str, str, str, str, str], rnd: random.Random) -> str:
    if rnd.random() < 0.5:
        return f"{reg[2]}{reg[3]}市场监督管理局"
    return f"{reg[2]}市场监督管理局"


def police_authority(reg: tuple[str, str, str, str, str], rnd: random.Random) -> str:
    _c, _p, city, dist, _s = reg
    if city in ("北京市", "上海市", "天津市", "重庆市"):
        return f"{city}公安局{dist.removesuffix('区').removesuffix('新')}分局"
    return f"{city}公安局{dist}分局" if rnd.random() < 0.6 else f"{city}公安局{dist.removesuffix('区')}分局"
