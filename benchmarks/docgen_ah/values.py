"""Family AH's own value tables: people, places, companies, scopes and numbers, drawn with one
`random.Random` per document. Check characters per GB 11643 (ID) and GB 32100 (USCC)."""

from __future__ import annotations

import datetime as dt
import random

# county codes with a province/city/county address prefix and the issuing police bureau
COUNTIES = [
    ("320506", "江苏省苏州市吴中区", "苏州市公安局吴中分局", "苏", "吴中区"),
    ("330106", "浙江省杭州市西湖区", "杭州市公安局西湖分局", "浙", "西湖区"),
    ("370212", "山东省青岛市崂山区", "青岛市公安局崂山分局", "鲁", "崂山区"),
    ("420111", "湖北省武汉市洪山区", "武汉市公安局洪山分局", "鄂", "洪山区"),
    ("510107", "四川省成都市武侯区", "成都市公安局武侯区分局", "川", "武侯区"),
    ("610113", "陕西省西安市雁塔区", "西安市公安局雁塔分局", "陕", "雁塔区"),
    ("350203", "福建省厦门市思明区", "厦门市公安局思明分局", "闽", "思明区"),
    ("430104", "湖南省长沙市岳麓区", "长沙市公安局岳麓分局", "湘", "岳麓区"),
    ("410105", "河南省郑州市金水区", "郑州市公安局金水分局", "豫", "金水区"),
    ("450103", "广西壮族自治区南宁市青秀区", "南宁市公安局青秀分局", "桂", "青秀区"),
    ("530102", "云南省昆明市五华区", "昆明市公安局五华分局", "滇", "五华区"),
    ("210106", "辽宁省沈阳市铁西区", "沈阳市公安局铁西分局", "辽", "铁西区"),
    ("340104", "安徽省合肥市蜀山区", "合肥市公安局蜀山分局", "皖", "蜀山区"),
    ("360111", "江西省南昌市青山湖区", "南昌市公安局青山湖分局", "赣", "青山湖区"),
    ("130104", "河北省石家庄市桥西区", "石家庄市公安局桥西分局", "冀", "桥西区"),
    ("620102", "甘肃省兰州市城关区", "兰州市公安局城关分局", "甘", "城关区"),
    ("320583", "江苏省昆山市", "昆山市公安局", "苏", "昆山市"),
    ("330782", "浙江省义乌市", "义乌市公安局", "浙", "义乌市"),
]
ROADS = ["长江路", "凤凰街", "桂花巷", "建设大道", "东湖路", "新华路", "人民南路", "清风街", "解放西路", "丰收路",
         "望江路", "民主街", "春熙路", "金桥路", "翠柳街", "红旗路", "银杏大道", "太白南路", "滨河东路", "学府路"]
VILLAGES = ["石桥村", "李家湾村", "下沙社区", "南苑小区", "锦绣花园", "阳光新城", "枫林苑", "梧桐里", "翡翠湾",
            "幸福里小区", "青石村", "柳湖社区", "嘉禾苑", "御景湾"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢傅钟姜崔谭廖范汪陆金石戴贾韦夏邱方侯邹熊孟秦白江阎薛尹段雷黎史龙陶贺顾毛郝龚邵万覃武钱严"
GIVEN_M = ["建国", "志强", "海涛", "子轩", "浩然", "俊杰", "文博", "宇航", "国平", "立新", "明辉", "晓东", "振华", "家豪",
           "鹏", "磊", "伟", "斌", "涛", "勇", "睿", "宸", "铭", "一鸣", "天佑", "承泽", "博文", "德胜", "永刚", "建军"]
GIVEN_F = ["秀英", "丽娟", "雅婷", "欣怡", "梓涵", "婉清", "晓燕", "春梅", "静", "敏", "芳", "颖", "琳", "思雨", "佳怡",
           "诗涵", "红霞", "玉兰", "慧敏", "淑珍", "雨桐", "若曦", "紫萱", "梦洁", "海燕", "美玲", "桂芳", "小红"]
NATIONS = ["汉"] * 14 + ["回", "满", "壮", "蒙古", "土家", "苗", "维吾尔", "彝", "朝鲜", "侗", "白", "哈尼", "布依", "瑶"]

TRADE_WORDS = ["鑫源", "恒达", "博远", "启航", "瑞丰", "锦程", "华曜", "众诚", "汇智", "新禾", "宏图", "嘉信", "佳禾",
               "云帆", "智联", "盛世", "天成", "德润", "明川", "青禾", "安泰", "永兴", "金穗", "卓越", "和顺", "星辰"]
INDUSTRY = [
    ("科技", "技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广；软件开发；信息系统集成服务；计算机软硬件及辅助设备零售"),
    ("贸易", "日用百货销售；五金产品零售；电子产品销售；服装服饰批发；针纺织品销售；办公用品销售；货物进出口；技术进出口"),
    ("餐饮管理", "餐饮管理；食品销售（仅销售预包装食品）；外卖递送服务；会议及展览服务；餐饮服务"),
    ("建筑工程", "建设工程施工；住宅室内装饰装修；建筑材料销售；园林绿化工程施工；土石方工程施工"),
    ("文化传媒", "组织文化艺术交流活动；广告设计、代理；广告制作；图文设计制作；摄影扩印服务；会议及展览服务"),
    ("物流", "普通货物仓储服务（不含危险化学品等需许可审批的项目）；国内货物运输代理；装卸搬运；道路货物运输（不含危险货物）"),
    ("医药", "药品零售；医疗器械销售；保健食品（预包装）销售；化妆品零售；消毒剂销售（不含危险化学品）"),
    ("教育咨询", "教育咨询服务（不含涉许可审批的教育培训活动）；信息咨询服务（不含许可类信息咨询服务）；企业管理咨询"),
    ("农业开发", "谷物种植；蔬菜种植；水果种植；农产品的生产、销售、加工、运输、贮藏及其他相关服务；农业机械服务"),
    ("汽车服务", "汽车零配件零售；机动车修理和维护；洗车服务；汽车装饰用品销售；二手车经纪"),
]
SHOP_TYPES = [
    ("便利店", "日用百货销售；食品销售（仅销售预包装食品）；烟草制品零售"),
    ("小吃店", "餐饮服务；食品小作坊经营"),
    ("理发店", "理发服务；美容服务"),
    ("五金店", "五金产品零售；建筑材料销售；电线、电缆经营"),
    ("水果店", "水果零售；新鲜蔬菜零售；食用农产品零售"),
    ("服装店", "服装服饰零售；鞋帽零售；箱包销售"),
    ("面馆", "餐饮服务；食品销售"),
    ("手机维修店", "通讯设备修理；移动终端设备销售；电子产品销售"),
]
ENTITY_TYPES = ["有限责任公司（自然人独资）", "有限责任公司（自然人投资或控股）", "其他有限责任公司", "股份有限公司（非上市、自然人投资或控股）",
                "有限责任公司（非自然人投资或控股的法人独资）", "有限合伙企业", "个人独资企业"]
DIGITS_UPPER = "零壹贰叁肆伍陆柒捌玖"
HEALTH_ITEMS = ["住宿", "沐浴", "美容美发", "住宿、沐浴", "游泳场所", "健身场所", "美容店", "理发店", "歌舞厅", "住宿、美容美发", "影剧院",
                "商场（店）、书店", "公共浴室", "候车室"]
HEALTH_KINDS = ["宾馆", "酒店", "浴场", "理发店", "美容美发店", "游泳馆", "健身会所", "影城", "商场", "足浴店"]
FOOD_FORMS = [
    ("食品销售经营者（超市）", "预包装食品销售（含冷藏冷冻食品）；散装食品销售（不含冷藏冷冻食品）；特殊食品销售（保健食品、婴幼儿配方乳粉）", "1"),
    ("食品销售经营者（便利店）", "预包装食品销售（含冷藏冷冻食品）；散装食品销售（含熟食）", "1"),
    ("餐饮服务经营者（小型餐馆）", "热食类食品制售；冷食类食品制售（不含冷加工糕点）", "2"),
    ("餐饮服务经营者（中型餐馆）", "热食类食品制售；冷食类食品制售；生食类食品制售（仅限生食类水产品）；自制饮品制售（普通类）", "2"),
    ("餐饮服务经营者（饮品店）", "自制饮品制售（普通类）；预包装食品销售（不含冷藏冷冻食品）", "2"),
    ("单位食堂（学校食堂）", "热食类食品制售；预包装食品销售（不含冷藏冷冻食品）", "3"),
    ("单位食堂（职工食堂）", "热食类食品制售；冷食类食品制售（仅限简单加工）", "3"),
    ("餐饮服务经营者（糕点店）", "糕点类食品制售（含裱花蛋糕）；自制饮品制售（普通类）；预包装食品销售（含冷藏冷冻食品）", "2"),
]
USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def id_check(s17: str) -> str:
    c = (1 - 2 * int(s17, 13)) % 11
    return "X" if c == 10 else str(c)


def uscc_check(s17: str) -> str:
    total = sum(USCC.index(ch) * pow(3, i, 31) for i, ch in enumerate(s17))
    return USCC[(31 - total % 31) % 31]


def org_code(rng: random.Random) -> str:
    body = "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY" if i > 5 else "0123456789") for i in range(8))
    vals = [int(c) if c.isdigit() else ord(c) - 55 for c in body]
    c9 = 11 - sum(v * w for v, w in zip(vals, (3, 7, 9, 10, 5, 8, 4, 2), strict=True)) % 11
    return body + ("X" if c9 == 10 else "0" if c9 == 11 else str(c9))


def uscc(rng: random.Random, county: str, kind: str = "91") -> str:
    s17 = kind + county + org_code(rng)
    return s17 + uscc_check(s17)


def person(rng: random.Random, sex: str | None = None, age: tuple[int, int] = (19, 72), today: dt.date = dt.date(2026, 10, 1)) -> dict:
    sex = sex or rng.choice("男女")
    name = rng.choice(SURNAMES) + rng.choice(GIVEN_M if sex == "男" else GIVEN_F)
    if rng.random() < 0.08:
        name = rng.choice(["欧阳", "司马", "上官", "诸葛"]) + rng.choice(GIVEN_M if sex == "男" else GIVEN_F)[:1]
    born = today - dt.timedelta(days=rng.randint(age[0] * 365, age[1] * 365))
    c = rng.choice(COUNTIES)
    seq = rng.randint(0, 99) * 10 + rng.choice((1, 3, 5, 7, 9) if sex == "男" else (0, 2, 4, 6, 8))
    s17 = f"{c[0]}{born:%Y%m%d}{seq:03d}"
    return {"name": name, "sex": sex, "nation": rng.choice(NATIONS), "born": born, "county": c,
            "id_number": s17 + id_check(s17), "address": street_address(rng, c[1], home=True)}


def street_address(rng: random.Random, prefix: str, home: bool = False) -> str:
    r = rng.random()
    if home and r < 0.3:
        return f"{prefix}{rng.choice(['横塘', '长桥', '城南', '东湖', '北关'])}街道{rng.choice(VILLAGES)}{rng.randint(1, 40)}幢{rng.randint(1, 6)}单元{rng.randint(1, 28)}0{rng.randint(1, 4)}室"
    if home and r < 0.5:
        return f"{prefix}{rng.choice(['甪直', '木渎', '临浦', '新桥', '龙泉'])}镇{rng.choice(VILLAGES)}{rng.randint(1, 12)}组{rng.randint(1, 88)}号"
    return f"{prefix}{rng.choice(ROADS)}{rng.randint(1, 999)}号{rng.choice(['', '', f'{rng.randint(1, 30)}幢', f'{rng.randint(1, 9)}号楼'])}{rng.choice(['', f'{rng.randint(1, 24)}0{rng.randint(1, 9)}室', f'{rng.randint(1, 3)}层'])}"


def cn_date(d: dt.date) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日"


def capital(rng: random.Random) -> str:
    wan = rng.choice([3, 5, 10, 30, 50, 100, 200, 300, 500, 800, 1000, 2000, 5000])
    style = rng.random()
    if style < 0.5:
        return f"{wan}万元整" if rng.random() < 0.6 else f"人民币{wan}万元"
    return "人民币" + upper_amount(wan) + "万元整"


def upper_amount(n: int) -> str:
    units = [(1000, "仟"), (100, "佰"), (10, "拾")]
    out, zero = "", False
    for u, ch in units:
        d = n // u % 10
        if d:
            if zero and out:
                out += "零"
            out += DIGITS_UPPER[d] + ch
            zero = False
        elif out:
            zero = True
    d = n % 10
    if d:
        out += ("零" if zero and out else "") + DIGITS_UPPER[d]
    return out


def id_validity(rng: random.Random, born: dt.date) -> tuple[dt.date, str]:
    """An issue date and the matching end (5/10/20 years or 长期) by the holder's age then."""
    for _ in range(40):
        start = dt.date(2026, 9, 1) - dt.timedelta(days=rng.randint(60, 365 * 18))
        if start > born + dt.timedelta(days=365 * 5):
            break
    age = (start - born).days // 365
    if age >= 46:
        return start, "长期"
    years = 5 if age < 16 else 10 if age < 26 else 20
    try:
        end = start.replace(year=start.year + years)
    except ValueError:
        end = start.replace(year=start.year + years, day=28)
    return start, end.isoformat()


def jy_number(rng: random.Random, county: str, form_digit: str) -> str:
    body = form_digit + county + f"{rng.randint(1, 99999):06d}"
    return "JY" + body + str(sum(int(c) * (i + 1) for i, c in enumerate(body)) % 10)
