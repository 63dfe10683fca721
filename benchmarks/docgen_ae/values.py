"""Family AE's values: people, companies, codes with their check characters (GB 11643 ID numbers,
GB 32100 credit codes over a GB 11714 organisation code, JY food licence numbers), addresses long
enough to wrap, business scopes, licence numbers, dates. Written for this family from the standards."""

from __future__ import annotations

import datetime as dt
import random

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉兰萍建华红梅鑫宇浩然子涵欣怡梓轩一诺雨泽思远俊杰晓东海燕立新国庆春生志强丹丹佳琪博文嘉怡宏伟振国淑珍德胜文静世杰晨曦亦菲"
COMPOUND = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫"]
NATIONS = ["汉"] * 14 + ["回", "满", "蒙古", "壮", "维吾尔", "土家", "苗", "朝鲜", "藏", "彝"]

# (code, province, city, district) — real county-level divisions
REGIONS = [
    ("310115", "上海市", "", "浦东新区"), ("310104", "上海市", "", "徐汇区"), ("310110", "上海市", "", "杨浦区"),
    ("110105", "北京市", "", "朝阳区"), ("110108", "北京市", "", "海淀区"), ("120101", "天津市", "", "和平区"),
    ("320102", "江苏省", "南京市", "玄武区"), ("320505", "江苏省", "苏州市", "虎丘区"), ("330106", "浙江省", "杭州市", "西湖区"),
    ("330212", "浙江省", "宁波市", "鄞州区"), ("340104", "安徽省", "合肥市", "蜀山区"), ("350203", "福建省", "厦门市", "思明区"),
    ("370102", "山东省", "济南市", "历下区"), ("370212", "山东省", "青岛市", "崂山区"), ("410105", "河南省", "郑州市", "金水区"),
    ("420106", "湖北省", "武汉市", "武昌区"), ("430104", "湖南省", "长沙市", "岳麓区"), ("440106", "广东省", "广州市", "天河区"),
    ("440305", "广东省", "深圳市", "南山区"), ("450103", "广西壮族自治区", "南宁市", "青秀区"), ("510107", "四川省", "成都市", "武侯区"),
    ("500103", "重庆市", "", "渝中区"), ("530102", "云南省", "昆明市", "五华区"), ("610113", "陕西省", "西安市", "雁塔区"),
    ("620102", "甘肃省", "兰州市", "城关区"), ("650102", "新疆维吾尔自治区", "乌鲁木齐市", "天山区"), ("210203", "辽宁省", "大连市", "西岗区"),
    ("220104", "吉林省", "长春市", "朝阳区"), ("230103", "黑龙江省", "哈尔滨市", "南岗区"), ("360102", "江西省", "南昌市", "东湖区"),
    ("130102", "河北省", "石家庄市", "长安区"), ("140105", "山西省", "太原市", "小店区"), ("520102", "贵州省", "贵阳市", "南明区"),
]
ROADS = ["人民路", "解放路", "中山路", "建设路", "长江路", "和平路", "新华路", "文化路", "胜利路", "青年路", "张江路", "科苑路",
         "金桥路", "学院路", "滨江大道", "世纪大道", "东风路", "黄河路", "朝阳北路", "高新大道", "光明街", "幸福里", "迎宾路"]
VILLAGES = ["花园", "新村", "小区", "公寓", "苑", "家园", "大厦"]
ZIHAO = ["恒信", "瑞丰", "博远", "嘉禾", "鼎盛", "华锐", "天成", "佳美", "宏图", "金穗", "永安", "汇通", "盛泰", "优品", "禾木",
         "云帆", "同创", "锦程", "德润", "启明", "乐源", "昊天", "晨光", "和悦", "聚鑫", "星辰", "蓝海", "川味", "老街", "一品"]
INDUSTRY = [("科技", ["技术开发、技术咨询、技术服务、技术转让", "软件开发", "信息系统集成服务", "计算机软硬件及辅助设备零售",
                    "数据处理和存储支持服务", "网络技术服务"]),
            ("贸易", ["日用百货销售", "五金产品批发", "电子产品销售", "服装服饰批发", "货物进出口", "技术进出口",
                    "化工产品销售（不含许可类化工产品）"]),
            ("餐饮管理", ["餐饮服务", "食品经营", "餐饮管理", "酒店管理", "外卖递送服务", "食用农产品零售"]),
            ("建筑工程", ["建设工程施工", "住宅室内装饰装修", "园林绿化工程施工", "建筑材料销售", "工程管理服务"]),
            ("文化传媒", ["组织文化艺术交流活动", "广告设计、代理", "广告制作", "会议及展览服务", "摄影扩印服务", "图文设计制作"]),
            ("物流", ["普通货物仓储服务（不含危险化学品等需许可审批的项目）", "国内货物运输代理", "装卸搬运", "道路货物运输（不含危险货物）"]),
            ("医疗器械", ["第一类医疗器械销售", "第二类医疗器械销售", "卫生用品和一次性使用医疗用品销售", "消毒剂销售（不含危险化学品）"])]
SCOPE_TAIL = "（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）"
PERMIT_TAIL = "许可项目：{}。（依法须经批准的项目，经相关部门批准后方可开展经营活动，具体经营项目以相关部门批准文件或许可证件为准）"

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
ORG_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def id_number(rng: random.Random, region: str, birth: dt.date, sex: str) -> str:
    seq = rng.randrange(0, 100) * 10 + rng.choice([1, 3, 5, 7, 9] if sex == "男" else [0, 2, 4, 6, 8])
    body = f"{region}{birth:%Y%m%d}{seq:03d}"
    c = (1 - 2 * int(body, 13)) % 11
    return body + ("X" if c == 10 else str(c))


def org_code(rng: random.Random) -> str:
    body = "".join(rng.choice("0123456789" if k else "0123456789MA") for k in range(8))
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    c = 11 - sum(ORG_CHARS.index(ch) * wi for ch, wi in zip(body, w, strict=False)) % 11
    return body + ("X" if c == 10 else "0" if c == 11 else str(c))


def uscc(rng: random.Random, region: str, kind: str = "91") -> str:
    body = kind + region + org_code(rng)
    total = sum(USCC_CHARS.index(ch) * pow(3, i, 31) for i, ch in enumerate(body))
    return body + USCC_CHARS[(31 - total % 31) % 31]


def person(rng: random.Random) -> str:
    if rng.random() < 0.04:
        return rng.choice(COMPOUND) + rng.choice(GIVEN)
    n = rng.choice([1, 2, 2, 2])
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(n))


def date_between(rng: random.Random, a: dt.date, b: dt.date) -> dt.date:
    return a + dt.timedelta(days=rng.randrange((b - a).days))


def add_years(d: dt.date, y: int) -> dt.date:
    try:
        return d.replace(year=d.year + y)
    except ValueError:
        return d.replace(year=d.year + y, day=28)


def region(rng: random.Random) -> tuple[str, str, str, str]:
    return rng.choice(REGIONS)


def address(rng: random.Random, reg: tuple[str, str, str, str], long: bool = False, home: bool = False) -> str:
    _, prov, city, dist = reg
    s = prov + city + dist
    if home and rng.random() < 0.4:
        s += rng.choice(["城关镇", "新城街道", "南湖街道", "长安镇"]) + rng.choice(["东村", "河西村", "王家庄"]) + f"{rng.randrange(1, 40)}组{rng.randrange(1, 99)}号"
        return s
    s += rng.choice(ROADS) + f"{rng.randrange(1, 2000)}号"
    if long or rng.random() < 0.5:
        s += rng.choice(ZIHAO[:12]) + rng.choice(VILLAGES) + f"{rng.randrange(1, 30)}幢"
    s += f"{rng.randrange(1, 3)}{rng.randrange(0, 3)}{rng.randrange(1, 9)}室" if rng.random() < 0.8 else f"{rng.randrange(1, 20)}层"
    if long and rng.random() < 0.5:
        s += rng.choice(["（集中登记地）", "（自主申报）", f"-{rng.randrange(1, 60)}"])
    return s


def company(rng: random.Random, reg) -> tuple[str, list[str], str]:
    ind, scopes = rng.choice(INDUSTRY)
    place = (reg[2] or reg[1]).rstrip("市省")
    name = place + rng.choice(ZIHAO) + rng.choice(["", ""]) + ind + rng.choice(["有限公司", "有限公司", "有限责任公司", "股份有限公司"])
    return name, scopes, ind


def scope_text(rng: random.Random, scopes: list[str], long: bool) -> str:
    k = min(len(scopes), rng.randint(3, 6) if long else rng.randint(2, 4))
    items = rng.sample(scopes, k)
    s = "一般项目：" + "；".join(items) + "。" + SCOPE_TAIL
    if long and rng.random() < 0.6:
        s += PERMIT_TAIL.format(rng.choice(["食品经营", "第三类医疗器械经营", "建设工程设计", "出版物零售", "道路货物运输（不含危险货物）"]))
    return s


def capital(rng: random.Random) -> str:
    v = rng.choice([10, 50, 100, 200, 300, 500, 1000, 2000, 5000])
    if rng.random() < 0.3:
        cn = {10: "拾", 50: "伍拾", 100: "壹佰", 200: "贰佰", 300: "叁佰", 500: "伍佰", 1000: "壹仟", 2000: "贰仟", 5000: "伍仟"}[v]
        return f"人民币{cn}万元整"
    return f"{v}万元整" if rng.random() < 0.7 else f"人民币{v}万元"


def qr_bits(rng: random.Random, n: int = 25) -> str:
    g = [[rng.random() < 0.5 for _ in range(n)] for _ in range(n)]
    for oy, ox in ((0, 0), (0, n - 7), (n - 7, 0)):
        for y in range(7):
            for x in range(7):
                ring = max(abs(x - 3), abs(y - 3))
                g[oy + y][ox + x] = ring != 2
        for k in range(8):  # quiet separators
            for yy, xx in ((oy + 7 if oy == 0 else oy - 1, ox + k if ox == 0 else ox - 1 + k),
                           (oy + k if oy == 0 else oy - 1 + k, ox + 7 if ox == 0 else ox - 1)):
                if 0 <= yy < n and 0 <= xx < n:
                    g[yy][xx] = False
    return "".join("1" if v else "0" for row in g for v in row)


def health_license_no(rng: random.Random, reg, year: int) -> str:
    short = {"上海市": "沪", "北京市": "京", "天津市": "津", "重庆市": "渝", "江苏省": "苏", "浙江省": "浙", "广东省": "粤",
             "山东省": "鲁", "四川省": "川", "湖北省": "鄂", "湖南省": "湘", "福建省": "闽", "河南省": "豫", "安徽省": "皖"}.get(reg[1], "卫")
    br = rng.choice([("（", "）"), ("〔", "〕"), ("[", "]")])
    return f"{short}卫公字{br[0]}{year}{br[1]}第{reg[0]}{rng.randrange(0, 999999):06d}号"


def food_license_no(rng: random.Random, reg, form_code: int) -> str:
    body = f"{form_code}{reg[0]}{rng.randrange(0, 999999):06d}"
    return "JY" + body + str(sum(int(c) * (i + 1) for i, c in enumerate(body)) % 10)


FOOD_FORMS = [(1, "食品销售经营者（超市）", ["预包装食品（含冷藏冷冻食品）销售", "散装食品（含冷藏冷冻食品）销售", "保健食品销售", "特殊医学用途配方食品销售"]),
              (1, "食品销售经营者（便利店）", ["预包装食品（不含冷藏冷冻食品）销售", "散装食品（不含冷藏冷冻食品）销售", "婴幼儿配方乳粉销售"]),
              (2, "餐饮服务经营者（中型餐馆）", ["热食类食品制售", "冷食类食品制售", "生食类食品制售", "自制饮品制售", "预包装食品（含冷藏冷冻食品）销售"]),
              (2, "餐饮服务经营者（小型餐馆）", ["热食类食品制售", "冷食类食品制售", "糕点类食品（不含裱花蛋糕）制售"]),
              (2, "餐饮服务经营者（饮品店）", ["自制饮品制售（不含自酿酒）", "冷食类食品制售", "预包装食品（不含冷藏冷冻食品）销售"]),
              (3, "单位食堂（学校食堂）", ["热食类食品制售", "冷食类食品制售（仅限简单制售）"]),
              (3, "单位食堂（机关企事业单位食堂）", ["热食类食品制售", "自制饮品制售"])]
HEALTH_ITEMS = ["住宿", "沐浴", "美容", "美发", "游泳场所", "歌舞厅", "商场（店）", "候车室", "公共浴室", "健身房", "理发"]
