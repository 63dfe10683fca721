"""Values for family ZX's documents: people, places, firms and licence numbers, written for this family
(GB 11643 ID numbers, GB 32100 credit codes with their check characters)."""

from __future__ import annotations

import datetime as dt
import random

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = ("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志强晓东海燕玉兰婷雪梅子涵浩然宇轩欣怡梓萱"
         "俊杰文博思远佳琪雨桐一鸣振华国庆红梅淑珍德胜立新春生秋菊冬梅瑞祥嘉怡天佑慧敏晨曦若溪鹏飞永福")
COMPOUND = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫"]
NATIONS = ["汉"] * 14 + ["回", "满", "蒙古", "壮", "维吾尔", "苗", "土家", "彝", "朝鲜", "藏", "布依", "侗", "瑶", "哈尼", "哈萨克"]

# (province, city, [(district, 6-digit code)], road names)
PLACES = [
    ("上海市", "", [("浦东新区", "310115"), ("徐汇区", "310104"), ("闵行区", "310112"), ("静安区", "310106"), ("宝山区", "310113")],
     ["张杨路", "世纪大道", "漕溪北路", "七莘路", "共和新路", "友谊路", "龙华中路", "沪太路"]),
    ("北京市", "", [("朝阳区", "110105"), ("海淀区", "110108"), ("丰台区", "110106"), ("通州区", "110112")],
     ["建国路", "中关村大街", "丰台北路", "新华南路", "望京西路", "学院路"]),
    ("广东省", "广州市", [("天河区", "440106"), ("越秀区", "440104"), ("番禺区", "440113")],
     ["天河北路", "中山五路", "市桥大道", "黄埔大道西", "环市东路"]),
    ("浙江省", "杭州市", [("西湖区", "330106"), ("余杭区", "330110"), ("滨江区", "330108")],
     ["文三路", "文一西路", "江南大道", "古墩路", "丰潭路"]),
    ("四川省", "成都市", [("武侯区", "510107"), ("锦江区", "510104"), ("成华区", "510108")],
     ["人民南路四段", "红星路三段", "建设路", "科华北路", "一环路南三段"]),
    ("湖北省", "武汉市", [("青山区", "420107"), ("洪山区", "420111"), ("江汉区", "420103")],
     ["和平大道", "珞喻路", "建设大道", "友谊大道", "武珞路"]),
    ("江苏省", "苏州市", [("姑苏区", "320508"), ("吴中区", "320506"), ("相城区", "320507")],
     ["干将西路", "东吴北路", "人民路", "阳澄湖西路", "星湖街"]),
    ("河南省", "郑州市", [("金水区", "410105"), ("二七区", "410103"), ("中原区", "410102")],
     ["花园路", "大学路", "建设西路", "农业路", "嵩山南路"]),
    ("山东省", "济南市", [("历下区", "370102"), ("市中区", "370103"), ("槐荫区", "370104")],
     ["经十路", "泺源大街", "英雄山路", "经四路", "解放路"]),
]
VILLAGES = ["幸福村", "红旗村", "王家庄", "李家湾", "新民村", "胜利村", "东风村"]
ZIHAO = ["恒达", "鑫源", "华美", "博远", "金泰", "嘉禾", "瑞丰", "锦程", "众诚", "天禾", "宏图", "佳味", "福满楼", "悦来",
         "知行", "云帆", "蓝海", "青禾", "盛世", "安康", "百川", "优品", "德润", "汇通", "宜家美", "惠民", "乐享", "晨光"]
INDUSTRY = [("餐饮管理", "餐饮服务；食品销售；餐饮管理；外卖递送服务"),
            ("商贸", "日用百货、五金交电、电子产品、服装鞋帽、针纺织品的销售；食品销售（仅销售预包装食品）"),
            ("信息科技", "技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广；软件开发；信息系统集成服务；计算机系统服务"),
            ("建筑装饰工程", "建设工程施工；住宅室内装饰装修；建筑装饰材料销售；园林绿化工程施工"),
            ("文化传播", "组织文化艺术交流活动；会议及展览服务；广告设计、代理；广告制作；图文设计制作"),
            ("物流", "道路货物运输（不含危险货物）；普通货物仓储服务（不含危险化学品等需许可审批的项目）；国内货物运输代理"),
            ("美容美发", "理发服务；生活美容服务；化妆品零售；个人卫生用品销售"),
            ("酒店管理", "住宿服务；酒店管理；餐饮服务；会议及展览服务；洗染服务"),
            ("健身", "健身休闲活动；体育场地设施经营（不含高危险性体育运动）；游泳馆经营；体育用品及器材零售")]
ENTITY_TYPES = ["有限责任公司(自然人独资)", "有限责任公司(自然人投资或控股)", "其他有限责任公司", "股份有限公司(非上市、自然人投资或控股)",
                "有限责任公司分公司(自然人投资或控股)", "个体工商户", "有限合伙企业"]
CAPITAL_CN = ["壹佰万元整", "伍拾万元整", "贰佰万元整", "叁拾万元整", "壹仟万元整", "伍佰万元整", "捌拾万元整"]
CAPITAL_AR = ["100万元整", "50万元整", "200万元整", "30万元整", "1000万元整", "500万元整", "10万元整"]
HEALTH_ITEMS = ["住宿", "沐浴", "美发", "美容", "游泳场（馆）", "住宿、沐浴", "美容、美发", "文化娱乐场所", "商场（店）、书店", "展览馆、博物馆"]
FOOD_FORMS = ["餐饮服务经营者（中型餐馆）", "餐饮服务经营者（小型餐馆）", "食品销售经营者（超市）", "食品销售经营者（便利店）",
              "单位食堂（学校食堂）", "单位食堂（机关食堂）", "餐饮服务经营者（饮品店）", "食品销售经营者（食杂店）"]
FOOD_ITEMS = ["预包装食品（含冷藏冷冻食品）销售", "散装食品（含冷藏冷冻食品）销售", "热食类食品制售", "冷食类食品制售",
              "自制饮品制售（不含自酿酒）", "糕点类食品制售（含裱花蛋糕）", "特殊食品销售（保健食品）", "生食类食品制售"]

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def id_check(s17: str) -> str:
    c = (1 - 2 * int(s17, 13)) % 11
    return "X" if c == 10 else str(c)


def uscc(rng: random.Random, region: str, kind: str = "91") -> str:
    body = kind + region + "".join(rng.choice(USCC_CHARS[:10] if i < 8 else USCC_CHARS) for i in range(9))
    total = sum(USCC_CHARS.index(ch) * pow(3, i, 31) for i, ch in enumerate(body))
    return body + USCC_CHARS[(31 - total % 31) % 31]


def person_name(rng: random.Random) -> str:
    sur = rng.choice(COMPOUND) if rng.random() < 0.04 else rng.choice(SURNAMES)
    n = 1 if rng.random() < 0.3 else 2
    return sur + "".join(rng.choice(GIVEN) for _ in range(n))


def date_between(rng: random.Random, a: dt.date, b: dt.date) -> dt.date:
    return a + dt.timedelta(days=rng.randrange((b - a).days + 1))


def add_years(d: dt.date, n: int) -> dt.date:
    try:
        return d.replace(year=d.year + n)
    except ValueError:
        return d.replace(year=d.year + n, day=28)


def place(rng: random.Random) -> tuple[str, str, str, str, str]:
    prov, city, dists, roads = rng.choice(PLACES)
    dist, code = rng.choice(dists)
    return prov, city, dist, code, rng.choice(roads)


def address(rng: random.Random, long: bool = False, parts: tuple | None = None) -> tuple[str, str]:
    prov, city, dist, code, road = parts or place(rng)
    no = f"{rng.randint(1, 2999)}号"
    tail = ""
    r = rng.random()
    if r < 0.35:
        tail = f"{rng.randint(1, 30)}幢{rng.randint(1, 28)}{rng.randint(0, 2)}{rng.randint(1, 9)}室"
    elif r < 0.6:
        tail = f"{rng.randint(1, 12)}层{rng.choice('ABCDE')}{rng.randint(1, 40)}室"
    elif r < 0.75:
        tail = f"{rng.randint(1, 9)}号楼{rng.randint(1, 6)}单元{rng.randint(1, 30)}0{rng.randint(1, 4)}"
    s = prov + city + dist + road + no + tail
    if long:
        s += rng.choice(["（集中登记地）", "一层至二层", "东侧商铺", "（自主申报）", "内1号铺位"])
    return s, code


def home_address(rng: random.Random) -> tuple[str, str]:
    prov, city, dist, code, road = place(rng)
    if rng.random() < 0.25:
        s = prov + city + dist + rng.choice(["城关镇", "新华街道", "高桥镇", "花桥镇"]) + rng.choice(VILLAGES) + f"{rng.randint(1, 12)}组{rng.randint(1, 99)}号"
    else:
        s = prov + city + dist + road + f"{rng.randint(1, 999)}弄{rng.randint(1, 60)}号{rng.randint(1, 30)}0{rng.randint(1, 4)}室"
    return s, code


def id_number(rng: random.Random, region: str, birth: dt.date, sex: str) -> str:
    seq = rng.randint(0, 99) * 10 + (rng.choice([1, 3, 5, 7, 9]) if sex == "男" else rng.choice([0, 2, 4, 6, 8]))
    s17 = region + birth.strftime("%Y%m%d") + f"{seq:03d}"
    return s17 + id_check(s17)


def firm(rng: random.Random, parts: tuple) -> tuple[str, str]:
    prov, city, dist, code, road = parts
    ind, scope = rng.choice(INDUSTRY)
    area = (city or prov).removesuffix("市").removesuffix("省")
    return area + rng.choice(ZIHAO) + ind + rng.choice(["有限公司", "有限公司", "股份有限公司"]), scope


def cn_date(d: dt.date) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日"


def cn_date_plain(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"
