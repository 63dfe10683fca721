"""Family ZK's values: people, places, numbers with their check characters (GB 11643 ID numbers,
GB 32100 unified social credit codes), companies, business scopes, licence numbers and dates. Every
draw takes a numpy Generator, so a seed fixes every value."""

from __future__ import annotations

import datetime as dt

import numpy as np

TODAY = dt.date(2026, 11, 20)

SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
COMPOUND = ["欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "慕容", "令狐", "尉迟", "夏侯", "公孙", "端木"]
GIVEN = list("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂兰玉萍红辉鹏华飞鑫波宇浩凯健俊帆帅旭宁龙林婷雪慧琳晨曦瑶欣怡梓涵子轩雨泽思远嘉诚博文一鸣佳琪晓东海燕振国建平春梅秋菊志刚德胜永福淑珍")
NATIONS = ["汉"] * 14 + ["回", "满", "壮", "蒙古", "维吾尔", "藏", "苗", "土家", "彝", "朝鲜", "侗", "瑶", "白", "哈尼"]

# (province, prefecture-level city, county/district, 6-digit division code, short name for licence numbers)
PLACES = [
    ("北京市", "", "朝阳区", "110105", "京"), ("北京市", "", "海淀区", "110108", "京"),
    ("上海市", "", "浦东新区", "310115", "沪"), ("上海市", "", "徐汇区", "310104", "沪"),
    ("天津市", "", "南开区", "120104", "津"), ("重庆市", "", "渝北区", "500112", "渝"),
    ("河北省", "石家庄市", "长安区", "130102", "冀"), ("山西省", "太原市", "小店区", "140105", "晋"),
    ("辽宁省", "沈阳市", "和平区", "210102", "辽"), ("吉林省", "长春市", "朝阳区", "220104", "吉"),
    ("黑龙江省", "哈尔滨市", "南岗区", "230103", "黑"), ("江苏省", "南京市", "鼓楼区", "320106", "苏"),
    ("江苏省", "苏州市", "吴中区", "320506", "苏"), ("浙江省", "杭州市", "西湖区", "330106", "浙"),
    ("浙江省", "宁波市", "鄞州区", "330212", "浙"), ("安徽省", "合肥市", "蜀山区", "340104", "皖"),
    ("福建省", "厦门市", "思明区", "350203", "闽"), ("江西省", "南昌市", "青山湖区", "360111", "赣"),
    ("山东省", "青岛市", "市南区", "370202", "鲁"), ("山东省", "济南市", "历下区", "370102", "鲁"),
    ("河南省", "郑州市", "金水区", "410105", "豫"), ("湖北省", "武汉市", "洪山区", "420111", "鄂"),
    ("湖南省", "长沙市", "岳麓区", "430104", "湘"), ("广东省", "广州市", "天河区", "440106", "粤"),
    ("广东省", "深圳市", "南山区", "440305", "粤"), ("广西壮族自治区", "南宁市", "青秀区", "450103", "桂"),
    ("海南省", "海口市", "龙华区", "460106", "琼"), ("四川省", "成都市", "武侯区", "510107", "川"),
    ("贵州省", "贵阳市", "云岩区", "520103", "黔"), ("云南省", "昆明市", "五华区", "530102", "滇"),
    ("陕西省", "西安市", "雁塔区", "610113", "陕"), ("甘肃省", "兰州市", "城关区", "620102", "甘"),
    ("新疆维吾尔自治区", "乌鲁木齐市", "天山区", "650102", "新"), ("内蒙古自治区", "呼和浩特市", "新城区", "150102", "蒙"),
    ("湖北省", "宜昌市", "夷陵区", "420506", "鄂"), ("四川省", "绵阳市", "涪城区", "510703", "川"),
    ("浙江省", "温州市", "瑞安市", "330381", "浙"), ("江苏省", "无锡市", "江阴市", "320281", "苏"),
]
ROADS = ["人民", "解放", "中山", "建设", "和平", "新华", "胜利", "友谊", "长江", "黄河", "光明", "朝阳", "文化",
         "青年", "东风", "幸福", "迎宾", "花园", "学府", "科技", "滨江", "望江", "金桥", "银杏", "桂花", "丰收"]
ROAD_KIND = ["路", "大道", "街", "东路", "西路", "南路", "北路", "中路", "巷"]
TOWNS = ["城关", "新塘", "石桥", "白沙", "清溪", "龙泉", "马桥", "桃源", "长乐", "永兴", "太平", "双河"]
VILLAGES = ["张家", "李庄", "王岗", "柳树", "杨湾", "东岭", "河口", "高坡", "大王", "前进", "红星", "上林"]
ESTATES = ["阳光花园", "锦绣家园", "翠湖苑", "金色港湾", "紫荆城", "世纪新城", "碧桂园", "万科城", "滨江一号", "书香门第"]


def pick(rng: np.random.Generator, seq):  # noqa: ANN001, ANN201
    return seq[int(rng.integers(len(seq)))]


def person_name(rng: np.random.Generator) -> str:
    sur = pick(rng, COMPOUND) if rng.random() < 0.08 else pick(rng, SURNAMES)
    n = 1 if rng.random() < 0.3 else 2
    return sur + "".join(pick(rng, GIVEN) for _ in range(n))


def place(rng: np.random.Generator) -> tuple:
    return PLACES[int(rng.integers(len(PLACES)))]


def address(rng: np.random.Generator, p: tuple | None = None, long: bool = False) -> str:
    """An address across provinces: 号楼/单元/室, 弄, or 镇/村/组 forms."""
    p = p or place(rng)
    head = p[0] + p[1] + p[2]
    r = rng.random()
    if r < 0.2:
        tail = f"{pick(rng, TOWNS)}镇{pick(rng, VILLAGES)}村{int(rng.integers(1, 13))}组{int(rng.integers(1, 90))}号"
    elif r < 0.4 and p[0] == "上海市" or r < 0.3:
        tail = f"{pick(rng, ROADS)}{pick(rng, ROAD_KIND)}{int(rng.integers(10, 1200))}弄{int(rng.integers(1, 60))}号{int(rng.integers(101, 1802))}室"
    elif r < 0.75:
        tail = (f"{pick(rng, ROADS)}{pick(rng, ROAD_KIND)}{int(rng.integers(1, 999))}号{pick(rng, ESTATES)}"
                f"{int(rng.integers(1, 30))}号楼{int(rng.integers(1, 6))}单元{int(rng.integers(1, 33))}{int(rng.integers(1, 5)):02d}室")
    else:
        tail = f"{pick(rng, ROADS)}{pick(rng, ROAD_KIND)}{int(rng.integers(1, 2000))}号"
        if long or rng.random() < 0.5:
            tail += f"{int(rng.integers(1, 28))}层{int(rng.integers(1, 40)):02d}室"
    return head + tail


def date_between(rng: np.random.Generator, a: dt.date, b: dt.date) -> dt.date:
    return a + dt.timedelta(days=int(rng.integers(0, max((b - a).days, 1))))


def id_check(s17: str) -> str:
    c = (1 - 2 * int(s17, 13)) % 11
    return "X" if c == 10 else str(c)


def id_number(code: str, birth: dt.date, male: bool, rng: np.random.Generator) -> str:
    seq = int(rng.integers(0, 50)) * 2 + (1 if male else 0)
    s17 = f"{code}{birth:%Y%m%d}{int(rng.integers(0, 10))}{seq:02d}"
    return s17 + id_check(s17)


USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def uscc(rng: np.random.Generator, prefix: str, code: str) -> str:
    body = prefix + code + "".join(pick(rng, USCC) for _ in range(9))
    total = sum(USCC.index(ch) * pow(3, i, 31) for i, ch in enumerate(body))
    return body + USCC[(31 - total % 31) % 31]


def food_license_no(rng: np.random.Generator, p: tuple, catering: bool) -> str:
    return "JY" + ("2" if catering else "1") + p[3] + "".join(str(int(rng.integers(10))) for _ in range(7))


def cn_date(d: dt.date) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日"


def cn_date_loose(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def iso(d: dt.date) -> str:
    return d.isoformat()


def add_years(d: dt.date, n: int) -> dt.date:
    try:
        return d.replace(year=d.year + n)
    except ValueError:
        return d.replace(year=d.year + n, day=28)


BRANDS = ["恒信", "瑞丰", "华腾", "鼎盛", "佳禾", "润泽", "博远", "星辰", "宏图", "金禾", "聚力", "嘉联", "思源", "睿智",
          "云帆", "天成", "远航", "新锐", "同创", "汇通", "晨光", "启明", "和美", "益民", "安泰", "鑫源", "乐享", "百川"]
TRADES = [("科技", "技术开发、技术咨询、技术服务、技术转让；软件开发；信息系统集成服务；计算机软硬件及辅助设备零售；网络技术服务"),
          ("贸易", "日用百货销售；五金产品批发；建筑材料销售；针纺织品销售；电子产品销售；货物进出口；技术进出口"),
          ("餐饮管理", "餐饮服务；食品销售；餐饮管理；外卖递送服务；食品互联网销售（仅销售预包装食品）"),
          ("建筑工程", "房屋建筑和市政基础设施项目工程总承包；建设工程施工；住宅室内装饰装修；园林绿化工程施工"),
          ("文化传媒", "组织文化艺术交流活动；广告设计、代理；广告制作；会议及展览服务；图文设计制作；摄影扩印服务"),
          ("物业管理", "物业管理；停车场服务；家政服务；专业保洁、清洗、消毒服务；城市绿化管理；住房租赁"),
          ("医疗器械", "第一类医疗器械销售；第二类医疗器械销售；卫生用品和一次性使用医疗用品销售；健康咨询服务（不含诊疗服务）"),
          ("酒店管理", "住宿服务；酒店管理；餐饮服务；会议及展览服务；洗染服务；票务代理服务"),
          ("物流", "普通货物仓储服务（不含危险化学品等需许可审批的项目）；国内货物运输代理；装卸搬运；道路货物运输（不含危险货物）"),
          ("教育咨询", "教育咨询服务（不含涉许可审批的教育培训活动）；业务培训（不含教育培训、职业技能培训等需取得许可的培训）；软件开发")]
TAILS = ["（依法须经批准的项目，经相关部门批准后方可开展经营活动，具体经营项目以相关部门批准文件或许可证件为准）",
         "（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）"]
SHOP_KIND = ["便利店", "小吃店", "理发店", "五金店", "水果店", "面馆", "烟酒店", "服装店", "家电维修部", "超市", "茶庄", "烧烤店"]
CAPITAL_CN = ["壹佰万元整", "伍拾万元整", "贰佰万元整", "叁佰万元整", "伍佰万元整", "壹仟万元整", "壹拾万元整", "捌拾万元整"]
CAPITAL_AR = ["100万元整", "50万元整", "200万元整", "500万元整", "1000万元整", "30万元整", "3000万元整"]


def company_name(rng: np.random.Generator, p: tuple, trade: str) -> str:
    city = (p[1] or p[0]).rstrip("市省")
    city = city.replace("壮族自治区", "").replace("维吾尔自治区", "").replace("自治区", "")
    brand = pick(rng, BRANDS) + (pick(rng, BRANDS)[0] if rng.random() < 0.3 else "")
    return f"{city}{brand}{trade}"


def business_scope(rng: np.random.Generator, trade_scope: str, long: bool) -> str:
    parts = trade_scope.split("；")
    if long:
        other = pick(rng, TRADES)[1].split("；")
        parts = parts + [x for x in other if x not in parts][: int(rng.integers(2, 6))]
    s = "一般项目：" + "；".join(parts) + "。" if rng.random() < 0.6 else "；".join(parts) + "。"
    return s + pick(rng, TAILS)


HEALTH_ITEMS = ["住宿", "沐浴", "美发", "美容", "游泳场（馆）", "歌舞厅", "商场（店）", "游艺厅", "候车室", "展览馆"]
HEALTH_VENUES = [("宾馆", ["住宿"]), ("酒店", ["住宿"]), ("洗浴中心", ["沐浴"]), ("美发店", ["美发"]),
                 ("美容美发店", ["美发", "美容"]), ("游泳馆", ["游泳场（馆）"]), ("KTV", ["歌舞厅"]),
                 ("商场", ["商场（店）"]), ("足浴店", ["沐浴"]), ("酒店", ["住宿", "沐浴"])]
FOOD_FORMS = [("餐饮服务经营者（中型餐馆）", ["热食类食品制售", "冷食类食品制售"]),
              ("餐饮服务经营者（小型餐馆）", ["热食类食品制售"]),
              ("餐饮服务经营者（饮品店）", ["自制饮品制售", "预包装食品（不含冷藏冷冻食品）销售"]),
              ("食品销售经营者（超市）", ["预包装食品（含冷藏冷冻食品）销售", "散装食品（含冷藏冷冻食品）销售", "保健食品销售"]),
              ("食品销售经营者（便利店）", ["预包装食品（含冷藏冷冻食品）销售", "散装食品（不含冷藏冷冻食品）销售"]),
              ("单位食堂（学校食堂）", ["热食类食品制售", "冷食类食品制售"]),
              ("单位食堂（职工食堂）", ["热食类食品制售"]),
              ("餐饮服务经营者（糕点店）", ["糕点类食品制售（不含裱花蛋糕）", "预包装食品（不含冷藏冷冻食品）销售"])]
ISSUERS = ["公安局", "公安分局"]
