"""Family L's values: people, companies, permits, drawn from word lists written for this family
(not copied from any other generator), with check characters computed from the standards
(GB 11643 for ID numbers, GB 32100 for credit codes) so a validator in the product can pass them."""

from __future__ import annotations

import datetime as dt
import random

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]

# (region code, province short name, city, district, 公安局 seat)
REGIONS = [
    ("320583", "苏", "苏州市", "昆山市", "昆山市公安局"),
    ("330782", "浙", "金华市", "义乌市", "义乌市公安局"),
    ("370211", "鲁", "青岛市", "黄岛区", "青岛市公安局黄岛分局"),
    ("420106", "鄂", "武汉市", "武昌区", "武汉市公安局武昌分局"),
    ("430104", "湘", "长沙市", "岳麓区", "长沙市公安局岳麓分局"),
    ("510107", "川", "成都市", "武侯区", "成都市公安局武侯区分局"),
    ("350203", "闽", "厦门市", "思明区", "厦门市公安局思明分局"),
    ("610113", "陕", "西安市", "雁塔区", "西安市公安局雁塔分局"),
    ("450103", "桂", "南宁市", "青秀区", "南宁市公安局青秀分局"),
    ("130104", "冀", "石家庄市", "桥西区", "石家庄市公安局桥西分局"),
    ("410105", "豫", "郑州市", "金水区", "郑州市公安局金水分局"),
    ("360102", "赣", "南昌市", "东湖区", "南昌市公安局东湖分局"),
    ("520102", "黔", "贵阳市", "南明区", "贵阳市公安局南明分局"),
    ("340104", "皖", "合肥市", "蜀山区", "合肥市公安局蜀山分局"),
    ("220102", "吉", "长春市", "南关区", "长春市公安局南关分局"),
    ("140105", "晋", "太原市", "小店区", "太原市公安局小店分局"),
]
PROVINCE = {"32": "江苏省", "33": "浙江省", "37": "山东省", "42": "湖北省", "43": "湖南省", "51": "四川省",
            "35": "福建省", "61": "陕西省", "45": "广西壮族自治区", "13": "河北省", "41": "河南省", "36": "江西省",
            "52": "贵州省", "34": "安徽省", "22": "吉林省", "14": "山西省"}

SURNAMES = ["严", "俞", "顾", "蒋", "沈", "韦", "葛", "范", "彭", "鲁", "邱", "董", "潘", "龚", "覃", "滕", "焦", "郝", "邹", "闫", "缪", "柯", "谭", "翁", "骆", "钟", "阎", "雷", "康", "戴"]
GIVEN = ["嘉", "睿", "翠", "梅", "晓", "岚", "永", "康", "国", "栋", "秀", "英", "志", "远", "海", "燕", "立", "新", "建", "华", "春", "生", "玉", "兰", "德", "胜", "文", "静", "雨", "萱", "子", "涵", "浩", "宇", "思", "源", "桂", "芳", "明", "辉", "金", "凤", "家", "豪", "婉", "婷", "振", "宁", "雅", "琴", "少", "锋", "维", "娜", "慧", "敏", "学", "军", "红", "霞", "宏", "伟"]
NATIONS = ["汉"] * 12 + ["回", "壮", "满", "苗", "土家", "彝", "布依", "侗", "瑶", "白"]

STREETS = ["青年路", "人民南路", "解放东路", "长江中路", "建设大道", "滨江西路", "工农路", "文化街", "朝阳北路",
           "光明巷", "新华路", "和平里", "复兴大街", "民主路", "环城东路", "幸福路", "前进街", "学府路"]
VILLAGES = ["陈家村", "马岗村", "后塘村", "枫林村", "石桥村", "龙湾村"]
TOWNS = ["城关镇", "花桥镇", "东城街道", "高新区", "经济开发区", "白鹭街道"]

BRAND = ["恒瑞", "泽丰", "禾润", "锦程", "佳沃", "鼎信", "嘉禾", "瑞祥", "汇源达", "聚力", "远航", "新迈",
         "百川", "翰林", "沐阳", "鑫泰", "丰泽园", "云帆", "晨光", "旭日", "博雅", "立德", "和谐", "宏图"]
TRADE = [("科技", "技术开发、技术咨询、技术服务；计算机软硬件及辅助设备零售；信息系统集成服务"),
         ("贸易", "日用百货销售；五金产品批发；建筑材料销售；针纺织品销售；化妆品零售"),
         ("餐饮管理", "餐饮服务；餐饮管理；食品销售（仅销售预包装食品）；外卖递送服务"),
         ("物业管理", "物业管理；家政服务；停车场服务；园林绿化工程施工；专业保洁、清洗、消毒服务"),
         ("建筑工程", "建设工程施工；住宅室内装饰装修；建筑劳务分包；机械设备租赁"),
         ("文化传媒", "组织文化艺术交流活动；广告设计、代理；广告制作；会议及展览服务；摄影扩印服务"),
         ("农业开发", "谷物种植；蔬菜种植；水果种植；农产品的生产、销售、加工、运输、贮藏及其他相关服务"),
         ("汽车服务", "机动车修理和维护；汽车零配件零售；洗车服务；二手车经纪"),
         ("教育咨询", "教育咨询服务（不含涉许可审批的教育培训活动）；业务培训（不含教育培训、职业技能培训等需取得许可的培训）"),
         ("健康管理", "健康咨询服务（不含诊疗服务）；养生保健服务（非医疗）；足浴服务；美容服务")]
COMPANY_TYPES = ["有限责任公司（自然人投资或控股）", "有限责任公司（自然人独资）", "其他有限责任公司",
                 "股份有限公司（非上市、自然人投资或控股）", "有限责任公司（非自然人投资或控股的法人独资）"]
CAPITAL_CN = ["壹佰万元整", "伍拾万元整", "叁佰万元整", "贰仟万元整", "壹仟万元整", "捌拾万元整", "伍佰万元整"]
CAPITAL_NUM = ["100万元整", "50万元整", "300万元整", "2000万元整", "1000万元整", "10万元整"]

GETI_SCOPE = ["小餐饮服务；食品销售（仅销售预包装食品）", "理发服务；美容服务", "日用百货销售；文具用品零售；烟草制品零售",
              "家用电器维修；通讯设备修理", "水果零售；蔬菜零售；鲜肉零售", "洗染服务；缝纫修补服务"]
GETI_WORDS = ["小吃店", "理发店", "便利店", "家电维修部", "水果店", "干洗店", "面馆", "烟酒店"]

HEALTH_ITEMS = ["住宿", "沐浴", "美发", "美容", "游泳场所", "歌舞厅", "游艺厅", "候车室", "商场", "书店",
                "影剧院", "展览馆", "足浴"]
HEALTH_VENUES = [("宾馆", ["住宿"]), ("酒店管理有限公司", ["住宿"]), ("美容美发店", ["美发", "美容"]),
                 ("浴场", ["沐浴", "足浴"]), ("KTV", ["歌舞厅"]), ("游泳馆", ["游泳场所"]), ("百货商场", ["商场"]),
                 ("影城", ["影剧院"]), ("书城", ["书店"])]

FOOD_FORMS = ["食品销售经营者（便利店）", "食品销售经营者（超市）", "餐饮服务经营者（小型餐馆）",
              "餐饮服务经营者（中型餐馆）", "单位食堂（学校食堂）", "单位食堂（机关企事业单位食堂）",
              "餐饮服务经营者（饮品店）", "食品销售经营者（网络食品销售商）"]
FOOD_ITEMS = ["预包装食品（含冷藏冷冻食品）销售", "散装食品（不含冷藏冷冻食品）销售", "热食类食品制售",
              "冷食类食品制售", "自制饮品制售", "糕点类食品（含裱花蛋糕）制售", "保健食品销售",
              "特殊医学用途配方食品销售", "婴幼儿配方乳粉销售", "生食类食品制售", "其他类食品制售（半成品）"]


def uscc(rng: random.Random, first: str = "9", second: str = "1", region: str = "320583") -> str:
    """GB 32100 code: the 主体标识码 is either an old 组织机构代码 body (digits) or, for subjects registered
    since 2015, `MA` + 7 characters (as most new licences print)."""
    if rng.random() < 0.6:
        ident = "MA" + "".join(rng.choice(USCC_CHARS) for _ in range(7))
    else:
        ident = "".join(rng.choice(USCC_CHARS[:10]) for _ in range(9))
    body = first + second + region + ident
    total = sum(USCC_CHARS.index(c) * w for c, w in zip(body, USCC_W, strict=True))
    return body + USCC_CHARS[(31 - total % 31) % 31]


def id_number(rng: random.Random, region: str, birth: dt.date, male: bool) -> str:
    seq = rng.randrange(0, 100) * 10 + rng.choice([1, 3, 5, 7, 9] if male else [0, 2, 4, 6, 8])
    body = f"{region}{birth:%Y%m%d}{seq:03d}"
    return body + "10X98765432"[sum(int(c) * w for c, w in zip(body, ID_W, strict=True)) % 11]


def person(rng: random.Random) -> str:
    n = rng.choice([1, 2, 2, 2])
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(n))


def address(rng: random.Random, reg: tuple, home: bool) -> str:
    code, _, city, dist, _ = reg
    prov = PROVINCE[code[:2]]
    if home and rng.random() < 0.3:
        return f"{prov}{city}{dist}{rng.choice(TOWNS)}{rng.choice(VILLAGES)}{rng.randint(1, 12)}组{rng.randint(1, 99)}号"
    s = f"{prov}{city}{dist}{rng.choice(STREETS)}{rng.randint(1, 399)}号"
    if home:
        s += f"{rng.randint(1, 30)}栋{rng.randint(1, 4)}单元{rng.randint(1, 28)}{rng.randint(1, 4):02d}室"
    elif rng.random() < 0.5:
        s += f"{rng.randint(1, 22)}楼{rng.randint(1, 30):02d}室"
    return s


def add_years(d: dt.date, n: int) -> dt.date:
    try:
        return d.replace(year=d.year + n)
    except ValueError:          # 29 February
        return d.replace(year=d.year + n, day=28)


def rand_date(rng: random.Random, a: dt.date, b: dt.date) -> dt.date:
    return a + dt.timedelta(days=rng.randrange((b - a).days))


def id_front(rng: random.Random) -> dict:
    reg = rng.choice(REGIONS)
    birth = rand_date(rng, dt.date(1950, 1, 1), dt.date(2006, 12, 31))
    male = rng.random() < 0.5
    return {"name": person(rng), "sex": "男" if male else "女", "nation": rng.choice(NATIONS),
            "birth_date": birth.isoformat(), "address": address(rng, reg, True),
            "id_number": id_number(rng, reg[0], birth, male)}


def id_back(rng: random.Random) -> dict:
    reg = rng.choice(REGIONS)
    birth = rand_date(rng, dt.date(1950, 1, 1), dt.date(2006, 12, 31))
    minor = rng.random() < 0.12          # a child's card: 5 years
    lo = add_years(birth, 6 if minor else 16)
    hi = min(add_years(birth, 15), dt.date(2026, 6, 30)) if minor else dt.date(2026, 6, 30)
    if lo >= hi:
        lo, hi = add_years(birth, 16), dt.date(2026, 6, 30)
    frm = rand_date(rng, max(lo, dt.date(2008, 1, 1)), max(hi, dt.date(2008, 1, 2)))
    age = frm.year - birth.year - ((frm.month, frm.day) < (birth.month, birth.day))
    years = 5 if age < 16 else 10 if age <= 25 else 20 if age <= 45 else None
    return {"issuing_authority": reg[4], "valid_from": frm.isoformat(),
            "valid_to": "长期" if years is None else add_years(frm, years).isoformat()}


def cn_date(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{y}年{m}月{d}日"
