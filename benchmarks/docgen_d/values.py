"""Family D: the values printed on the documents — people, places, companies, scopes — and the
check characters that make them valid (GB 11643 ID numbers, GB 32100 credit codes).

Word lists are this generator's own (written blind, not shared with any other family). All
characters stay inside GB 2312 so every font of the machine can print them.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from stdnum.cn import ric  # its table of county codes says which existed in a birth year

# ---------------------------------------------------------------- check characters

ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK = "10X98765432"
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)


def id_check(body17: str) -> str:
    return ID_CHECK[sum(int(c) * w for c, w in zip(body17, ID_WEIGHTS, strict=True)) % 11]


def id_valid(number: str) -> bool:
    if len(number) != 18 or not number[:17].isdigit():
        return False
    try:
        dt.date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return False
    return number[17] == id_check(number[:17])


def org_check(body8: str) -> str:
    """GB 11714 check character of the 9-character organisation code inside a USCC."""
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(body8, ORG_WEIGHTS, strict=True))
    c = 11 - s % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)


def uscc_check(body17: str) -> str:
    c = 31 - sum(USCC_CHARS.index(ch) * w for ch, w in zip(body17, USCC_WEIGHTS, strict=True)) % 31
    return USCC_CHARS[0 if c == 31 else c]


def uscc_valid(code: str) -> bool:
    return (len(code) == 18 and all(c in USCC_CHARS for c in code)
            and code[17] == uscc_check(code[:17]))


# ---------------------------------------------------------------- places

@dataclass(frozen=True)
class Region:
    code: str           # GB/T 2260 county-level code
    prefix: str         # province + city + district as written in an address
    police: str         # 签发机关 on the back of an ID card
    market: str         # 登记机关 (市场监督管理局)
    health_abbr: str    # province abbreviation on a 卫生许可证 number
    towns: tuple[str, ...]
    roads: tuple[str, ...]


REGIONS: tuple[Region, ...] = (
    Region("310115", "上海市浦东新区", "上海市公安局浦东分局", "上海市浦东新区市场监督管理局", "沪",
           ("张江镇", "川沙新镇", "北蔡镇", "三林镇"), ("张杨路", "浦建路", "锦绣路", "金科路", "杨高南路", "川沙路")),
    Region("310104", "上海市徐汇区", "上海市公安局徐汇分局", "上海市徐汇区市场监督管理局", "沪",
           ("华泾镇",), ("漕溪北路", "宜山路", "龙华中路", "天钥桥路", "虹漕路")),
    Region("110105", "北京市朝阳区", "北京市公安局朝阳分局", "北京市朝阳区市场监督管理局", "京",
           ("孙河乡", "金盏乡"), ("建国路", "朝阳北路", "酒仙桥路", "望京西路", "东三环中路")),
    Region("110108", "北京市海淀区", "北京市公安局海淀分局", "北京市海淀区市场监督管理局", "京",
           ("温泉镇", "西北旺镇"), ("中关村大街", "学院路", "知春路", "上地信息路")),
    Region("440305", "广东省深圳市南山区", "深圳市公安局南山分局", "深圳市南山区市场监督管理局", "粤",
           ("西丽街道", "粤海街道"), ("科技园路", "南海大道", "沙河西路", "桃园路")),
    Region("440106", "广东省广州市天河区", "广州市公安局天河区分局", "广州市天河区市场监督管理局", "粤",
           ("石牌街道", "员村街道"), ("天河路", "黄埔大道西", "中山大道", "体育西路")),
    Region("330106", "浙江省杭州市西湖区", "杭州市公安局西湖区分局", "杭州市西湖区市场监督管理局", "浙",
           ("转塘街道", "三墩镇"), ("文三路", "天目山路", "古墩路", "教工路")),
    Region("330782", "浙江省义乌市", "义乌市公安局", "义乌市市场监督管理局", "浙",
           ("佛堂镇", "苏溪镇", "上溪镇"), ("稠州北路", "工人西路", "宾王路")),
    Region("320106", "江苏省南京市鼓楼区", "南京市公安局鼓楼分局", "南京市鼓楼区市场监督管理局", "苏",
           ("宁海路街道",), ("中山北路", "北京西路", "广州路", "汉中路")),
    Region("320583", "江苏省昆山市", "昆山市公安局", "昆山市市场监督管理局", "苏",
           ("周庄镇", "千灯镇", "花桥镇"), ("前进西路", "柏庐南路", "黄河中路")),
    Region("510107", "四川省成都市武侯区", "成都市公安局武侯区分局", "成都市武侯区市场监督管理局", "川",
           ("簇桥街道",), ("人民南路四段", "武侯大道", "科华北路", "佳灵路")),
    Region("420106", "湖北省武汉市武昌区", "武汉市公安局武昌分局", "武汉市武昌区市场监督管理局", "鄂",
           ("白沙洲街道",), ("中北路", "武珞路", "徐东大街", "中山路")),
    Region("370202", "山东省青岛市市南区", "青岛市公安局市南分局", "青岛市市南区市场监督管理局", "鲁",
           ("八大湖街道",), ("香港中路", "山东路", "闽江路", "东海西路")),
    Region("610113", "陕西省西安市雁塔区", "西安市公安局雁塔分局", "西安市雁塔区市场监督管理局", "陕",
           ("鱼化寨街道",), ("长安南路", "科技路", "小寨西路", "雁塔北路")),
    Region("350203", "福建省厦门市思明区", "厦门市公安局思明分局", "厦门市思明区市场监督管理局", "闽",
           ("鹭江街道",), ("湖滨南路", "厦禾路", "莲前西路", "嘉禾路")),
    Region("430104", "湖南省长沙市岳麓区", "长沙市公安局岳麓分局", "长沙市岳麓区市场监督管理局", "湘",
           ("含浦街道",), ("麓山南路", "枫林三路", "岳麓大道", "桐梓坡路")),
    Region("410181", "河南省巩义市", "巩义市公安局", "巩义市市场监督管理局", "豫",
           ("米河镇", "回郭镇", "小关镇"), ("杜甫路", "永安路", "紫荆路")),
    Region("130984", "河北省河间市", "河间市公安局", "河间市市场监督管理局", "冀",
           ("米各庄镇", "沙河桥镇"), ("瀛州路", "新华路", "古洋路")),
    Region("522422", "贵州省大方县", "大方县公安局", "大方县市场监督管理局", "黔",
           ("羊场镇", "黄泥塘镇"), ("慕俄格大道", "奢香路")),
    Region("652901", "新疆阿克苏市", "阿克苏市公安局", "阿克苏市市场监督管理局", "新",
           ("依干其乡",), ("西大街", "东大街", "英巴扎路")),
    Region("450102", "广西南宁市兴宁区", "南宁市公安局兴宁分局", "南宁市兴宁区市场监督管理局", "桂",
           ("三塘镇",), ("民族大道", "朝阳路", "昆仑大道")),
    Region("210202", "辽宁省大连市中山区", "大连市公安局中山分局", "大连市中山区市场监督管理局", "辽",
           ("桃源街道",), ("人民路", "长江路", "鲁迅路", "港湾街")),
    Region("150102", "内蒙古自治区呼和浩特市新城区", "呼和浩特市公安局新城区分局", "呼和浩特市新城区市场监督管理局", "蒙",
           ("保合少镇",), ("新华大街", "兴安北路", "海拉尔东路")),
    Region("340103", "安徽省合肥市庐阳区", "合肥市公安局庐阳分局", "合肥市庐阳区市场监督管理局", "皖",
           ("三十岗乡",), ("长江中路", "阜阳路", "蒙城路", "濉溪路")),
)

VILLAGES = ("东庄村", "半个店村", "刘家沟村", "前进村", "李家庄村", "新河村", "杨树湾村", "石桥村", "红星村")
ESTATES = ("阳光花园", "锦绣苑", "金桥新村", "翠湖小区", "东方明珠苑", "和平里", "春晖家园", "怡景园",
           "幸福里小区", "滨江雅苑", "丽都花园", "紫金公寓")
BUILDINGS = ("科技大厦", "国际广场", "创业中心", "商务楼", "金融中心", "万达广场", "产业园", "创新港")


def street_address(rng: random.Random, r: Region, *, business: bool = False) -> str:
    """An address below the district: 路 + 号 (+ 弄/栋/室), a village, or a building and room."""
    road = rng.choice(r.roads)
    form = rng.random()
    if form < 0.18 and not business:
        return f"{rng.choice(r.towns)}{rng.choice(VILLAGES)}{rng.randint(1, 12)}组{rng.randint(1, 99)}号"
    if form < 0.5:
        lane = f"{rng.randint(10, 2999)}弄" if rng.random() < 0.5 else ""
        return f"{road}{lane}{rng.randint(1, 999)}号{rng.randint(1, 28)}0{rng.randint(1, 9)}室"
    if form < 0.75:
        return (f"{road}{rng.randint(1, 1888)}号{rng.choice(ESTATES)}{rng.randint(1, 32)}栋"
                f"{rng.randint(1, 4)}单元{rng.randint(1, 33)}0{rng.randint(1, 6)}")
    if business:
        return (f"{road}{rng.randint(1, 1888)}号{rng.randint(1, 30)}号楼"
                f"{rng.randint(1, 24)}{rng.randint(1, 9):02d}{rng.choice(('室', '室', '', '号'))}")
    return f"{road}{rng.randint(1, 1888)}号"


# ---------------------------------------------------------------- people

SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏"
            "魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱")
DOUBLE_SURNAMES = ("欧阳", "司马", "诸葛", "上官", "皇甫", "慕容")
GIVEN = ("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥建国文辉志强海燕欣怡子涵"
         "浩然宇轩梓萱一诺思远晨曦佳琪俊杰雨桐嘉怡博文晓东春梅立新永红卫东淑珍凤霞德明振华丹丹")
MINORITY_NAMES = {"维吾尔": ("阿依古丽·买买提", "艾力·吐尔逊", "热依拉·阿不都", "买合木提·艾买提"),
                  "藏": ("扎西顿珠", "卓玛", "次仁拉姆", "格桑"),
                  "蒙古": ("巴特尔", "乌云其其格", "那日苏", "苏日娜")}
NATIONS = (("汉", 80), ("回", 3), ("满", 3), ("壮", 3), ("蒙古", 2), ("维吾尔", 2), ("土家", 2), ("苗", 2),
           ("朝鲜", 1), ("彝", 1), ("藏", 1))


def person_name(rng: random.Random, nation: str = "汉") -> str:
    if nation in MINORITY_NAMES and rng.random() < 0.6:
        return rng.choice(MINORITY_NAMES[nation])
    sur = rng.choice(DOUBLE_SURNAMES) if rng.random() < 0.03 else rng.choice(SURNAMES)
    given = "".join(rng.choice(GIVEN) for _ in range(1 if rng.random() < 0.3 else 2))
    return sur + given


def nation(rng: random.Random) -> str:
    return rng.choices([n for n, _ in NATIONS], [w for _, w in NATIONS])[0]


@dataclass
class Person:
    name: str
    sex: str
    nation: str
    birth: dt.date
    region: Region
    address: str
    id_number: str
    valid_from: dt.date
    valid_to: dt.date | None      # None = 长期


def add_years(d: dt.date, years: int) -> dt.date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:              # 29 February
        return d.replace(year=d.year + years, day=28)


def person(rng: random.Random, today: dt.date) -> Person:
    nat = nation(rng)
    age_days = rng.randint(17 * 365, 78 * 365)
    birth = today - dt.timedelta(days=age_days)
    sex = rng.choice("男女")
    seq = rng.randint(0, 499) * 2 + (1 if sex == "男" else 0)
    for _ in range(50):
        r = rng.choice(REGIONS)
        body = f"{r.code}{birth:%Y%m%d}{seq:03d}"
        number = body + id_check(body)
        if ric.is_valid(number):
            break
    # the card in hand was issued some years ago and is still valid (or 长期)
    while True:
        issued = today - dt.timedelta(days=rng.randint(30, 19 * 365))
        age = (issued - birth).days // 365
        if age < 16:
            continue
        years = 10 if age < 26 else 20 if age < 46 else 0
        valid_to = add_years(issued, years) if years else None
        if valid_to is None or valid_to > today:
            break
    addr = r.prefix + street_address(rng, r)
    return Person(person_name(rng, nat), sex, nat, birth, r, addr, number, issued, valid_to)


# ---------------------------------------------------------------- enterprises

TRADE_NAMES = ("云帆", "鼎盛", "华章", "沐阳", "启航", "青禾", "泽润", "恒信", "嘉木", "拾光", "瑞丰", "合盛",
               "星河", "远景", "和煦", "聚贤", "万象", "蓝海", "臻品", "优谷", "安泰", "明德", "锦程", "知行",
               "森邦", "汇通", "晨光", "睿智", "银杏", "朗润")
INDUSTRIES = ("文化传媒", "餐饮管理", "网络科技", "商贸", "建筑装饰工程", "食品", "信息技术", "物业管理",
              "健康咨询", "酒店管理", "美容美发", "供应链管理", "教育科技", "环保科技", "电子商务", "广告")
SHOPS = ("便利店", "小吃店", "面馆", "水果店", "理发店", "五金店", "烟酒店", "服装店", "早餐店", "茶叶店")
COMPANY_TYPES = ("有限责任公司（自然人独资）", "有限责任公司（自然人投资或控股）", "其他有限责任公司",
                 "有限责任公司（非自然人投资或控股的法人独资）", "股份有限公司（非上市、自然人投资或控股）",
                 "有限责任公司（港澳台法人独资）")
BRANCH_TYPES = ("有限责任公司分公司（自然人投资或控股）", "其他有限责任公司分公司",
                "有限责任公司分公司（自然人独资）")
CAPITAL_DIGITS = "零壹贰叁肆伍陆柒捌玖"

GENERAL_SCOPE = ("技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广", "软件开发", "信息咨询服务（不含许可类信息咨询服务）",
                 "组织文化艺术交流活动", "广告设计、代理", "广告制作", "会议及展览服务", "市场营销策划",
                 "企业管理咨询", "日用百货销售", "办公用品销售", "电子产品销售", "服装服饰零售",
                 "家用电器销售", "餐饮管理", "物业管理", "专业保洁、清洗、消毒服务", "礼仪服务",
                 "图文设计制作", "计算机系统服务", "数据处理服务", "食用农产品零售", "五金产品零售",
                 "美发饰品销售", "化妆品零售", "建筑材料销售", "住房租赁", "工艺美术品及收藏品零售（象牙及其制品除外）")
LICENSED_SCOPE = ("食品经营", "餐饮服务", "小食杂", "建设工程施工", "第二类增值电信业务", "生活美容服务",
                  "理发服务", "住宿服务", "出版物零售", "酒类经营", "烟草制品零售", "道路货物运输（不含危险货物）")


def capital_text(rng: random.Random) -> str:
    wan = rng.choice((3, 5, 10, 50, 100, 200, 300, 500, 1000, 2000, 5000))
    style = rng.random()
    if style < 0.45:
        return f"人民币{chinese_amount(wan)}万元整"
    if style < 0.75:
        return f"{wan}万元整"
    if style < 0.9:
        return f"{chinese_amount(wan)}万元整"
    return f"{wan}万元人民币"


def chinese_amount(n: int) -> str:
    """Capital-form digits for 1..9999 (壹仟伍佰, 伍拾, 壹佰零伍)."""
    units = ((1000, "仟"), (100, "佰"), (10, "拾"), (1, ""))
    out, zero = "", False
    for u, name in units:
        d = n // u % 10
        if d:
            if zero and out:
                out += "零"
            out += CAPITAL_DIGITS[d] + name
            zero = False
        else:
            zero = True
    return out


def scope_text(rng: random.Random, *, modern: bool = True) -> str:
    general = rng.sample(GENERAL_SCOPE, rng.randint(3, 9))
    if not modern:
        return "；".join(general) + "。【依法须经批准的项目，经相关部门批准后方可开展经营活动】"
    text = "一般项目：" + "；".join(general) + "。（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）"
    if rng.random() < 0.5:
        lic = rng.sample(LICENSED_SCOPE, rng.randint(1, 3))
        text += ("许可项目：" + "；".join(lic) + "。（依法须经批准的项目，经相关部门批准后方可开展经营活动，"
                 "具体经营项目以相关部门批准文件或许可证件为准）")
    return text


def credit_code(rng: random.Random, region: Region, kind: str = "1", authority: str = "9") -> str:
    if rng.random() < 0.7:   # codes issued since 2015 carry an MA-prefixed organisation code
        org = "MA" + "".join(rng.choice(USCC_CHARS[:10] + "ABCDEFGHJKLMNPQRTUWXY") for _ in range(6))
    else:
        org = "".join(rng.choice("0123456789") for _ in range(8))
    org += org_check(org)
    body = authority + kind + region.code + org
    return body + uscc_check(body)


def fmt_date_cn(d: dt.date, pad: bool = True) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日" if pad else f"{d.year}年{d.month}月{d.day}日"


def rand_date(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randint(0, max(0, (end - start).days)))
