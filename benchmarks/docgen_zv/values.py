"""Family ZV's values: people, firms, numbers with valid check characters, addresses, scopes, dates.
Everything drawn from one `random.Random` per document, so a document is the same whatever else is made."""

from __future__ import annotations

import datetime as dt
import random

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史黎贺顾毛郝龚邵万钱覃武戴孔汤庞樊兰殷施陶洪翟安颜倪严牛温芦季俞章鲁葛伍申尤毕聂焦向柳邢骆岳齐沿梅莫庄辛管祝左涂谷祁时舒耿牟卜詹关苗凌费纪靳盛童欧甄项曲成游阳裴席卫查屈鲍位覃霍翁隋植甘景薄单包司柏宁柯阮桂闵欧阳"
GIVEN = ["伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀兰", "霞", "平", "刚", "桂英", "建华", "志强", "晓东", "海燕", "国庆", "玉兰", "春梅", "子涵", "浩然", "梓萱", "一诺", "欣怡", "宇轩", "雨桐", "思远", "嘉怡", "俊杰", "文博", "婉婷", "振宇", "晨曦", "佳琪", "明哲", "鑫", "淼", "焱", "昊天", "语嫣", "瑾瑜", "德福", "永红", "建国", "卫东", "秋菊", "冬梅", "翠花", "金凤", "宝山", "长江", "红梅", "丽华", "慧敏", "婷婷", "雪", "琳", "颖", "鹏", "飞", "斌", "浩", "亮", "辉", "健", "峰"]
NATIONS = ["汉"] * 30 + ["回", "满", "蒙古", "壮", "维吾尔", "苗", "彝", "土家", "藏", "朝鲜", "侗", "瑶", "白", "哈尼", "傣", "畲", "布依"]

# (province, city, districts, 6-digit region code prefix for ID numbers, short name for licence numbers)
REGIONS = [
    ("上海市", "", ["浦东新区", "徐汇区", "闵行区", "静安区", "杨浦区"], "3101", "沪"),
    ("北京市", "", ["朝阳区", "海淀区", "丰台区", "东城区", "通州区"], "1101", "京"),
    ("广东省", "广州市", ["天河区", "越秀区", "海珠区", "白云区", "番禺区"], "4401", "粤"),
    ("浙江省", "杭州市", ["西湖区", "拱墅区", "滨江区", "萧山区", "余杭区"], "3301", "浙"),
    ("江苏省", "南京市", ["鼓楼区", "玄武区", "秦淮区", "江宁区", "建邺区"], "3201", "苏"),
    ("四川省", "成都市", ["武侯区", "锦江区", "青羊区", "金牛区", "成华区"], "5101", "川"),
    ("湖北省", "武汉市", ["江汉区", "武昌区", "洪山区", "青山区", "汉阳区"], "4201", "鄂"),
    ("山东省", "青岛市", ["市南区", "市北区", "崂山区", "李沧区", "黄岛区"], "3702", "鲁"),
    ("河南省", "郑州市", ["金水区", "二七区", "中原区", "管城回族区", "惠济区"], "4101", "豫"),
    ("陕西省", "西安市", ["雁塔区", "碑林区", "莲湖区", "未央区", "灞桥区"], "6101", "陕"),
]
ROADS = ["人民路", "解放路", "中山路", "建设路", "和平路", "新华路", "胜利路", "青年路", "长江路", "黄河路", "文化路", "学院路", "科技路", "创业大道", "滨江大道", "世纪大道", "光明路", "幸福路", "东风路", "朝阳路", "金桥路", "南京路", "北京路", "延安路", "复兴路", "丰收路", "兴业街", "春晖路", "锦绣路", "桂花巷", "梧桐街", "翠湖路", "望江路", "银杏路"]
VILLAGES = ["阳光", "金色", "锦绣", "幸福", "翠苑", "名都", "花园", "华庭", "嘉园", "新村", "雅居", "丽景", "时代", "东方"]
SHOPS = ["鑫源", "恒达", "宏图", "瑞丰", "嘉禾", "华信", "博远", "同创", "安泰", "永盛", "富民", "天润", "汇通", "明辉", "信诚", "金穗", "康宁", "佳和", "润泽", "百川", "盛世", "蓝海", "星河", "聚福", "德馨", "万家", "和顺", "悦来", "御膳", "香满楼", "老街坊", "一品", "味道", "小渔村", "云岭"]
TRADES = [("科技", "技术开发、技术咨询、技术服务、技术转让；软件开发；信息系统集成服务；计算机系统服务；数据处理服务；"
                   "网络技术服务；人工智能应用软件开发"),
          ("贸易", "日用百货销售；五金产品零售；建筑材料销售；服装服饰批发；电子产品销售；办公用品销售；"
                   "家用电器销售；货物进出口；技术进出口"),
          ("餐饮管理", "餐饮服务；食品销售；餐饮管理；酒店管理；外卖递送服务；食品互联网销售（仅销售预包装食品）"),
          ("建筑工程", "建设工程施工；住宅室内装饰装修；建筑劳务分包；园林绿化工程施工；土石方工程施工；"
                       "建筑装饰材料销售；机械设备租赁"),
          ("文化传媒", "组织文化艺术交流活动；广告设计、代理；广告制作；会议及展览服务；摄影扩印服务；"
                       "图文设计制作；企业形象策划"),
          ("物业管理", "物业管理；停车场服务；家政服务；城市绿化管理；专业保洁、清洗、消毒服务；房地产经纪"),
          ("医药", "药品零售；第二类医疗器械销售；保健食品（预包装）销售；消毒剂销售（不含危险化学品）；"
                   "日用口罩（非医用）销售"),
          ("美容美发", "理发服务；生活美容服务；化妆品零售；个人卫生用品销售；养生保健服务（非医疗）")]
ENTITY_TYPES = [("有限责任公司（自然人投资或控股）", "有限公司"), ("有限责任公司（自然人独资）", "有限公司"),
                ("其他有限责任公司", "有限公司"), ("股份有限公司（非上市、自然人投资或控股）", "股份有限公司"),
                ("有限责任公司分公司（自然人投资或控股）", "有限公司{d}分公司"),
                ("个人独资企业", "经营部"), ("普通合伙企业", "商行（普通合伙）"), ("个体工商户", "")]
CAPITAL_CN = ["壹佰万元整", "伍拾万元整", "贰佰万元整", "叁拾万元整", "伍佰万元整", "壹仟万元整", "拾万元整", "捌拾捌万元整"]
CAPITAL_NUM = ["100万元", "50万元", "200万元", "30万元", "500万元", "1000万元", "10万元", "88万元"]
DIGITS = "零壹贰叁肆伍陆柒捌玖"

USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def uscc(rng: random.Random, region: str, kind: str = "91") -> str:
    body = kind + region + "".join(rng.choice("0123456789") for _ in range(8)) + rng.choice(USCC)
    total = sum(USCC.index(ch) * pow(3, i, 31) for i, ch in enumerate(body))
    return body + USCC[(31 - total % 31) % 31]


def id_number(rng: random.Random, region: str, birth: dt.date, male: bool) -> str:
    seq = rng.randrange(0, 100) * 10 + rng.choice([1, 3, 5, 7, 9] if male else [0, 2, 4, 6, 8])
    s17 = f"{region}{rng.randrange(1, 30):02d}{birth:%Y%m%d}{seq:03d}"
    c = (1 - 2 * int(s17, 13)) % 11
    return s17 + ("X" if c == 10 else str(c))


def name(rng: random.Random) -> str:
    s = rng.choice(SURNAMES)
    if rng.random() < 0.04:
        s = rng.choice(["欧阳", "司马", "诸葛", "上官"])
    return s + rng.choice(GIVEN)


def date_between(rng: random.Random, a: dt.date, b: dt.date) -> dt.date:
    return a + dt.timedelta(days=rng.randrange((b - a).days))


def address(rng: random.Random, reg=None, long: bool = False) -> tuple[str, tuple]:
    reg = reg or rng.choice(REGIONS)
    prov, city, dists, _, _ = reg
    d = rng.choice(dists)
    road = rng.choice(ROADS)
    a = f"{prov}{city}{d}{road}{rng.randrange(1, 2000)}号"
    r = rng.random()
    if long or r < 0.4:
        a += f"{rng.randrange(1, 30)}幢{rng.randrange(1, 3)}单元{rng.randrange(1, 30)}{rng.randrange(1, 20):02d}室"
    elif r < 0.7:
        a += f"{rng.choice(VILLAGES)}{rng.choice(['大厦', '广场', '中心', '商务楼'])}{rng.randrange(1, 28)}层{rng.randrange(1, 40):02d}室"
    elif r < 0.85:
        a += f"{rng.randrange(1, 6)}楼"
    if long and rng.random() < 0.5:
        a += "（集中登记地）"
    return a, reg


def home_address(rng: random.Random, reg) -> str:
    prov, city, dists, _, _ = reg
    vill = rng.choice(VILLAGES) + rng.choice(["小区", "新村", "花园"])
    return f"{prov}{city}{rng.choice(dists)}{rng.choice(ROADS)}{rng.randrange(1, 800)}弄{vill}{rng.randrange(1, 40)}号{rng.randrange(1, 30)}{rng.randrange(1, 6):02d}室"


def cn_date(d: dt.date) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日"


def cn_date_nopad(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def add_years(d: dt.date, n: int) -> dt.date:
    try:
        return d.replace(year=d.year + n)
    except ValueError:
        return d.replace(year=d.year + n, day=28)


def person(rng: random.Random) -> dict:
    male = rng.random() < 0.5
    reg = rng.choice(REGIONS)
    birth = date_between(rng, dt.date(1950, 1, 1), dt.date(2006, 12, 31))
    return {"name": name(rng), "sex": "男" if male else "女", "nation": rng.choice(NATIONS),
            "birth": birth, "address": home_address(rng, reg),
            "id_number": id_number(rng, reg[3], birth, male), "reg": reg}


def id_validity(rng: random.Random, birth: dt.date) -> tuple[dt.date, dt.date | None]:
    start = date_between(rng, max(birth + dt.timedelta(days=365 * 16 + 4), dt.date(2008, 1, 1)), dt.date(2026, 6, 1))
    age = (start - birth).days // 365
    if age >= 46:
        return start, None
    n = 10 if age < 26 else 20
    return start, add_years(start, n)


def firm(rng: random.Random) -> dict:
    addr, reg = address(rng, long=rng.random() < 0.35)
    prov, city, dists, code, short = reg
    trade, scope = rng.choice(TRADES)
    etype, suffix = rng.choice(ENTITY_TYPES)
    place = (city or prov).rstrip("市省")
    shop = rng.choice(SHOPS)
    if etype == "个体工商户":
        nm = f"{rng.choice(dists).rstrip('区')}区{shop}{rng.choice(['便利店', '小吃店', '理发店', '面馆', '五金店', '副食店'])}"
        if rng.random() < 0.25:
            nm = ""  # a 个体工商户 with no 字号 prints its 经营者 only; keep a name (the 名称 line reads '（空白）' otherwise)
        kind = "92"
    else:
        nm = f"{place}{shop}{trade}{suffix.format(d=rng.choice(dists))}"
        kind = "91"
    if not nm:
        nm = f"{place}市{rng.choice(dists)}{shop}商店"
    items = [s for s in scope.split("；")]
    rng.shuffle(items)
    scope_txt = "；".join(items[: rng.randrange(3, len(items) + 1)])
    if rng.random() < 0.5:
        scope_txt = "一般项目：" + scope_txt + "（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）"
        if rng.random() < 0.4:
            scope_txt += "许可项目：食品经营；道路货物运输（不含危险货物）。（依法须经批准的项目，经相关部门批准后方可开展经营活动，具体经营项目以相关部门批准文件或许可证件为准）"
    est = date_between(rng, dt.date(1998, 1, 1), dt.date(2026, 10, 1))
    ci = rng.randrange(len(CAPITAL_CN))
    no_cap = etype in ("个体工商户", "个人独资企业") or "分公司" in etype
    cap = "" if no_cap else (rng.choice([CAPITAL_CN[ci] if rng.random() < 0.5 else "人民币" + CAPITAL_CN[ci], CAPITAL_NUM[ci] + "整" if rng.random() < 0.3 else CAPITAL_NUM[ci]]))
    if etype == "个体工商户":
        valid_to = ""
    else:
        valid_to = "长期" if rng.random() < 0.55 else add_years(est, rng.choice([10, 20, 30])).isoformat()
    rep_label = {"个体工商户": "经营者", "普通合伙企业": "执行事务合伙人", "个人独资企业": "投资人"}.get(etype, "法定代表人")
    if "分公司" in etype:
        rep_label = "负责人"
    addr_label = {"个体工商户": "经营场所"}.get(etype, "营业场所" if "分公司" in etype else ("主要经营场所" if "合伙" in etype else "住所"))
    return {"name": nm, "credit_code": uscc(rng, code + "".join(rng.choice("0123456789") for _ in range(2)), kind),
            "entity_type": etype, "legal_representative": name(rng), "registered_capital": cap,
            "established_date": est, "address": addr, "business_scope": scope_txt, "valid_to": valid_to,
            "reg": reg, "rep_label": rep_label, "addr_label": addr_label, "trade": trade}


PH_ITEMS = ["住宿", "沐浴", "美发", "美容", "游泳", "歌舞厅", "游艺厅", "商场（店）", "书店", "候诊室", "展览馆",
            "咖啡馆", "酒吧", "茶座", "公共浴室", "足浴", "影剧院"]
FOOD_FORMS = ["餐饮服务经营者（中型餐馆）", "餐饮服务经营者（小型餐馆）", "餐饮服务经营者（大型餐馆）", "食品销售经营者（超市）",
              "食品销售经营者（便利店）", "食品销售经营者（食杂店）", "单位食堂（学校食堂）", "单位食堂（职工食堂）", "餐饮服务经营者（饮品店）",
              "餐饮服务经营者（糕点店）"]
FOOD_ITEMS = ["预包装食品（含冷藏冷冻食品）销售", "散装食品（含冷藏冷冻食品）销售", "特殊食品销售（保健食品）", "热食类食品制售",
              "冷食类食品制售", "生食类食品制售", "自制饮品制售", "糕点类食品制售（含裱花蛋糕）", "散装食品（不含冷藏冷冻食品）销售",
              "特殊食品销售（婴幼儿配方乳粉）", "半成品制售"]
