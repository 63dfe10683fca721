"""Family AD's values: names, ID numbers (GB 11643), USCCs (GB 32100), addresses, scopes, dates, licence
numbers, all drawn from one `random.Random` per file so a file is reproducible on its own."""

from __future__ import annotations

import datetime as dt
import random

USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红玉梅文辉鑫宇浩然子轩梓涵欣怡雨萱晨阳思远嘉怡俊杰佳琪婷雪峰海燕春林德明淑珍永华立新振宇晓东丹丹一鸣昊天"
NATIONS = ["汉"] * 14 + ["回", "满", "壮", "蒙古", "维吾尔", "土家", "苗", "朝鲜", "彝", "藏"]
REGIONS = [  # (6-digit code, province, city, district, short)
    ("310115", "上海市", "", "浦东新区", "沪"), ("310104", "上海市", "", "徐汇区", "沪"),
    ("110105", "北京市", "", "朝阳区", "京"), ("110108", "北京市", "", "海淀区", "京"),
    ("320506", "江苏省", "苏州市", "吴中区", "苏"), ("330106", "浙江省", "杭州市", "西湖区", "浙"),
    ("440305", "广东省", "深圳市", "南山区", "粤"), ("420107", "湖北省", "武汉市", "青山区", "鄂"),
    ("510107", "四川省", "成都市", "武侯区", "川"), ("370202", "山东省", "青岛市", "市南区", "鲁"),
    ("610113", "陕西省", "西安市", "雁塔区", "陕"), ("220802", "吉林省", "白城市", "洮北区", "吉"),
    ("360403", "江西省", "九江市", "浔阳区", "赣"), ("430104", "湖南省", "长沙市", "岳麓区", "湘"),
]
ROADS = ["人民路", "建设大道", "中山北路", "解放东路", "和平街", "长江路", "文化路", "新华路", "科技园南路",
         "滨江大道", "青年路", "工业园区星湖街", "世纪大道", "友谊路", "胜利西路", "金桥路", "学院路"]
BUILDINGS = ["", "", "", "金地大厦", "新城广场", "华润中心", "创业园", "置地广场", "万达广场"]
TRADE = [("科技", "信息技术"), ("商贸", "商贸"), ("餐饮管理", "餐饮"), ("建筑工程", "建筑"), ("文化传媒", "文化"),
         ("物流", "物流"), ("酒店管理", "住宿"), ("健身服务", "体育"), ("美容美发", "美容"), ("食品", "食品")]
BRANDS = "华信宏达鑫源恒通锦程瑞丰博远佳禾明远盛世天成金鼎德润启航晨光海纳中和永安嘉业汇丰凯越"
SCOPES = {
    "信息技术": ["技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广", "软件开发", "信息系统集成服务",
             "计算机系统服务", "数据处理和存储支持服务", "网络技术服务", "电子产品销售"],
    "商贸": ["日用百货销售", "五金产品零售", "办公用品销售", "服装服饰批发", "化妆品零售", "家用电器销售", "货物进出口"],
    "餐饮": ["餐饮服务", "食品销售", "餐饮管理", "外卖递送服务", "酒类经营"],
    "建筑": ["建设工程施工", "住宅室内装饰装修", "建筑材料销售", "园林绿化工程施工", "土石方工程施工"],
    "文化": ["组织文化艺术交流活动", "广告设计、代理", "会议及展览服务", "图文设计制作", "摄影扩印服务"],
    "物流": ["道路货物运输（不含危险货物）", "国内货物运输代理", "普通货物仓储服务", "装卸搬运"],
    "住宿": ["住宿服务", "酒店管理", "餐饮服务", "洗染服务", "停车场服务"],
    "体育": ["健身休闲活动", "体育场地设施经营（不含高危险性体育运动）", "游泳馆经营", "体育用品及器材零售"],
    "美容": ["理发服务", "生活美容服务", "化妆品零售", "养生保健服务（非医疗）"],
    "食品": ["食品销售", "食品互联网销售", "农副产品销售", "保健食品（预包装）销售"],
}
ENTITY = ["有限责任公司（自然人独资）", "有限责任公司（自然人投资或控股）", "其他有限责任公司", "股份有限公司（非上市、自然人投资或控股）",
          "有限责任公司（非自然人投资或控股的法人独资）", "个体工商户", "有限责任公司分公司（自然人投资或控股）", "普通合伙企业"]
HEALTH_ITEMS = ["住宿", "沐浴", "美容店、理发店", "游泳场（馆）", "商场（店）", "歌舞厅", "展览馆", "候车室", "公共浴室", "美容店"]
FOOD_FORMS = ["餐饮服务经营者（中型餐馆）", "餐饮服务经营者（小型餐馆）", "食品销售经营者（超市）", "食品销售经营者（便利店）",
              "单位食堂（学校食堂）", "单位食堂（职工食堂）", "餐饮服务经营者（饮品店）", "食品销售经营者（食杂店）"]
FOOD_ITEMS = ["预包装食品（含冷藏冷冻食品）销售", "散装食品（不含冷藏冷冻食品）销售", "热食类食品制售", "冷食类食品制售",
              "生食类食品制售", "糕点类食品制售（含裱花蛋糕）", "自制饮品制售（不含自酿酒）", "特殊食品销售（保健食品）",
              "散装食品（含熟食）销售", "婴幼儿配方乳粉销售"]
AUTHORITY_SUFFIX = "公安局"


def name(r: random.Random) -> str:
    s = r.choice(SURNAMES)
    return s + "".join(r.choice(GIVEN) for _ in range(r.choice((1, 2, 2))))


def id_check(s17: str) -> str:
    c = (1 - 2 * int(s17, 13)) % 11
    return "X" if c == 10 else str(c)


def uscc(r: random.Random, region: str, dept: str = "9", cls: str = "1") -> str:
    body = dept + cls + region + "".join(r.choice(USCC) for _ in range(9))
    total = sum(USCC.index(ch) * pow(3, i, 31) for i, ch in enumerate(body))
    return body + USCC[(31 - total % 31) % 31]


def date_between(r: random.Random, a: dt.date, b: dt.date) -> dt.date:
    return a + dt.timedelta(days=r.randrange((b - a).days))


def address(r: random.Random, reg: tuple, long: bool = False) -> str:
    code, prov, city, dist, _ = reg
    a = prov + city + dist + r.choice(ROADS) + f"{r.randint(1, 2999)}号"
    b = r.choice(BUILDINGS)
    if b or long:
        a += (b or "综合楼") + f"{r.randint(1, 28)}层{r.randint(1, 30):02d}室"
    if long and r.random() < 0.6:
        a += f"（{r.choice(['集中登记地', '自主申报', '实际经营场所'])}）"
    return a


def person(r: random.Random) -> dict:
    reg = r.choice(REGIONS)
    birth = date_between(r, dt.date(1950, 1, 1), dt.date(2006, 12, 31))
    seq = r.randint(1, 999)
    sex = "男" if seq % 2 else "女"
    s17 = reg[0] + birth.strftime("%Y%m%d") + f"{seq:03d}"
    nat = r.choice(NATIONS)
    code, prov, city, dist, _ = reg
    addr = prov + city + dist + r.choice(ROADS) + f"{r.randint(1, 399)}弄{r.randint(1, 80)}号{r.randint(101, 2402)}室"
    if r.random() < 0.3:
        addr = prov + city + dist + r.choice(["城关镇", "新华街道", "东风村", "长安镇"]) + r.choice(["幸福村三组", "团结路", "光明社区"]) + f"{r.randint(1, 199)}号"
    return {"name": name(r), "sex": sex, "nation": nat, "birth": birth, "address": addr,
            "id_number": s17 + id_check(s17), "region": reg}


def id_validity(r: random.Random, birth: dt.date) -> tuple[dt.date, str]:
    start = date_between(r, max(birth + dt.timedelta(days=365 * 16), dt.date(2006, 1, 1)), dt.date(2026, 6, 1))
    age = (start - birth).days // 365
    years = 5 if age < 16 else 10 if age < 26 else 20 if age < 46 else 0
    if years == 0:
        return start, "长期"
    try:
        end = start.replace(year=start.year + years)
    except ValueError:
        end = start.replace(year=start.year + years, day=28)
    return start, end.isoformat()


def company(r: random.Random, reg: tuple, kind_hint: str | None = None) -> dict:
    trade, sector = r.choice(TRADE) if kind_hint is None else next(t for t in TRADE if t[1] == kind_hint)
    brand = "".join(r.sample(BRANDS, 2))
    city = (reg[2] or reg[1]).rstrip("市省")
    ent = r.choice(ENTITY)
    if ent == "个体工商户":
        nm = city + reg[3].rstrip("区县") + brand + r.choice(["小吃店", "便利店", "理发店", "百货商行", "烟酒店", "饮品店"])
    elif "分公司" in ent:
        nm = city + brand + trade + "有限公司" + reg[3] + "分公司"
    elif "合伙" in ent:
        nm = city + brand + trade + "中心（普通合伙）"
    else:
        nm = city + brand + trade + ("股份有限公司" if "股份" in ent else "有限公司")
    return {"name": nm, "entity_type": ent, "sector": sector, "brand": brand}
