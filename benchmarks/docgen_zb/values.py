"""Family ZB's values: people, places, companies and numbers as the documents a 综合受理 window
receives print them. Check characters follow GB 11643 (ID numbers) and GB 32100 (USCCs); validity
periods on ID backs follow the age at issue (5/10/20 years, 长期 from 46)."""

from __future__ import annotations

import datetime as dt

import numpy as np

TODAY = dt.date(2026, 6, 1)

SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金", "石", "廖", "贾", "夏", "韦", "付", "方", "白", "邹", "孟", "熊", "秦", "邱", "江", "尹", "薛", "闫", "段", "雷", "侯", "龙", "史", "陶", "黎", "贺", "顾", "毛", "郝", "龚", "邵", "万", "钱", "严", "覃", "武", "戴", "莫", "孔", "向", "汤", "常", "温", "康", "施", "文", "牛", "樊", "葛", "邢", "安", "齐", "易", "乔", "伍", "庞", "颜", "倪", "庄", "聂", "章", "鲁", "岳", "翟", "殷", "詹", "申", "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "万俟", "司徒"]  # noqa: SIM905
GIVEN = ["伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀兰", "霞", "平", "刚", "桂英", "建华", "文", "华", "金凤", "玉兰", "子涵", "浩然", "欣怡", "梓萱", "宇轩", "思远", "雨桐", "俊杰", "嘉怡", "志强", "海燕", "晓东", "春梅", "国庆", "建国", "红梅", "立新", "德明", "淑珍", "凤英", "永刚", "卫东", "一鸣", "若曦", "诗涵", "梓豪", "博文", "天佑", "晨曦", "佳琪", "雅婷", "铭", "睿", "彤", "琳", "昊", "鑫", "婷", "颖", "晶", "辉", "斌", "鹏", "宁", "凯", "健", "瑶", "蕾", "振华", "光明", "秋菊", "冬梅", "长江", "海波", "金龙", "玉梅", "桂芳", "学军", "爱民", "少华", "家豪", "泽宇", "依诺", "可馨", "子墨", "沐阳", "安琪"]  # noqa: SIM905

NATIONS = ("汉",) * 30 + ("壮", "回", "满", "维吾尔", "苗", "彝", "土家", "藏", "蒙古", "侗", "布依", "瑶", "白",
                          "朝鲜", "哈尼", "黎", "哈萨克", "傣", "畲", "傈僳")

# (province, city, district, 6-digit code, 简称, street pool)
PLACES = (
    ("上海市", "", "浦东新区", "310115", "沪", ("张杨路", "世纪大道", "川沙路", "锦绣路", "浦建路")),
    ("上海市", "", "徐汇区", "310104", "沪", ("漕溪北路", "天钥桥路", "宜山路", "龙华中路")),
    ("北京市", "", "朝阳区", "110105", "京", ("建国路", "朝阳北路", "望京街", "酒仙桥路")),
    ("北京市", "", "海淀区", "110108", "京", ("中关村大街", "学院路", "西三环北路")),
    ("广东省", "广州市", "天河区", "440106", "粤", ("天河路", "黄埔大道西", "体育东路", "中山大道")),
    ("广东省", "深圳市", "南山区", "440305", "粤", ("科技园路", "南海大道", "桃园路", "前海路")),
    ("浙江省", "杭州市", "西湖区", "330106", "浙", ("文三路", "天目山路", "古墩路", "西溪路")),
    ("浙江省", "温州市", "鹿城区", "330302", "浙", ("人民路", "府前街", "车站大道")),
    ("江苏省", "南京市", "鼓楼区", "320106", "苏", ("中山北路", "湖南路", "汉中门大街")),
    ("江苏省", "苏州市", "吴中区", "320506", "苏", ("东吴北路", "宝带西路", "木渎镇中山东路")),
    ("四川省", "成都市", "武侯区", "510107", "川", ("人民南路四段", "武侯祠大街", "科华北路")),
    ("湖北省", "武汉市", "洪山区", "420111", "鄂", ("珞喻路", "雄楚大道", "关山大道")),
    ("湖南省", "长沙市", "岳麓区", "430104", "湘", ("麓山南路", "桐梓坡路", "枫林一路")),
    ("山东省", "青岛市", "市南区", "370202", "鲁", ("香港中路", "东海西路", "中山路")),
    ("河南省", "郑州市", "金水区", "410105", "豫", ("花园路", "经三路", "农业路")),
    ("陕西省", "西安市", "雁塔区", "610113", "陕", ("小寨东路", "长安南路", "科技路")),
    ("福建省", "厦门市", "思明区", "350203", "闽", ("厦禾路", "湖滨南路", "嘉禾路")),
    ("辽宁省", "沈阳市", "和平区", "210102", "辽", ("中华路", "南京北街", "三好街")),
    ("云南省", "昆明市", "五华区", "530102", "云", ("东风西路", "青年路", "人民中路")),
    ("黑龙江省", "哈尔滨市", "南岗区", "230103", "黑", ("红军街", "西大直街", "学府路")),
    ("广西壮族自治区", "南宁市", "青秀区", "450103", "桂", ("民族大道", "东葛路", "金湖路")),
    ("新疆维吾尔自治区", "乌鲁木齐市", "天山区", "650102", "新", ("解放南路", "新华北路", "中山路")),
    ("安徽省", "合肥市", "蜀山区", "340104", "皖", ("长江西路", "黄山路", "望江西路")),
    ("河北省", "石家庄市", "长安区", "130102", "冀", ("中山东路", "建设北大街", "胜利北街")),
    ("重庆市", "", "渝中区", "500103", "渝", ("解放碑民族路", "中山三路", "较场口")),
    ("甘肃省", "兰州市", "城关区", "620102", "甘", ("庆阳路", "张掖路", "东岗西路")),
)
VILLAGES = ("李家村", "新民村", "红星村", "王庄村", "石桥村", "大湾村", "柳树村", "前进村")
TOWNS = ("城关镇", "新华镇", "花桥镇", "东风乡", "龙泉镇", "太平镇")


def pick(rng: np.random.Generator, seq):  # noqa: ANN001, ANN201 - any sequence
    return seq[int(rng.integers(len(seq)))]


def place(rng: np.random.Generator) -> tuple:
    return pick(rng, PLACES)


def person_name(rng: np.random.Generator) -> str:
    s = pick(rng, SURNAMES)
    g = pick(rng, GIVEN)
    if len(s) == 1 and len(g) == 1 and rng.random() < 0.3:
        g += pick(rng, [x for x in GIVEN if len(x) == 1])
    return s + g


def address(rng: np.random.Generator, p: tuple, rural: bool | None = None) -> str:
    prov, city, dist, _, _, streets = p
    head = prov + city + dist if prov != city else prov + dist
    if rural is None:
        rural = rng.random() < 0.2
    if rural:
        return head + pick(rng, TOWNS) + pick(rng, VILLAGES) + f"{int(rng.integers(1, 12))}组{int(rng.integers(1, 80))}号"
    street = pick(rng, streets)
    r = rng.random()
    if r < 0.3:
        return head + street + f"{int(rng.integers(1, 2000))}号"
    if r < 0.55:
        return head + street + f"{int(rng.integers(1, 900))}弄{int(rng.integers(1, 60))}号{int(rng.integers(101, 2503))}室"
    if r < 0.8:
        return head + street + f"{int(rng.integers(1, 600))}号{int(rng.integers(1, 30))}号楼{int(rng.integers(1, 6))}单元{int(rng.integers(101, 2804))}室"
    return head + street + f"{int(rng.integers(1, 400))}号{pick(rng, ('A座', 'B座', '1幢', '2栋'))}{int(rng.integers(2, 30))}层{int(rng.integers(1, 20)):02d}室"


def date_between(rng: np.random.Generator, a: dt.date, b: dt.date) -> dt.date:
    return a + dt.timedelta(days=int(rng.integers(0, max((b - a).days, 1))))


def id_number(code6: str, birth: dt.date, male: bool, rng: np.random.Generator) -> str:
    seq = int(rng.integers(0, 50)) * 2 + (1 if male else 0)
    body = f"{code6}{birth:%Y%m%d}{int(rng.integers(0, 10))}{seq:02d}"
    c = (1 - 2 * int(body, 13)) % 11
    return body + ("X" if c == 10 else str(c))


USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def uscc(rng: np.random.Generator, head: str, code6: str) -> str:
    org = "".join(pick(rng, USCC) for _ in range(9))
    body = head + code6 + org
    total = sum(USCC.index(ch) * pow(3, i, 31) for i, ch in enumerate(body))
    return body + USCC[(31 - total % 31) % 31]


def food_license_no(rng: np.random.Generator, p: tuple, new: bool) -> str:
    cat = pick(rng, "123")  # 1 食品销售, 2 餐饮服务, 3 单位食堂
    return f"JY{cat}{p[3]}{int(rng.integers(0, 10**7)):07d}"


def validity(issue: dt.date, birth: dt.date) -> tuple[str, str]:
    age = issue.year - birth.year - ((issue.month, issue.day) < (birth.month, birth.day))
    if age >= 46:
        return issue.isoformat(), "长期"
    years = 5 if age < 16 else 10 if age < 26 else 20
    try:
        end = issue.replace(year=issue.year + years)
    except ValueError:
        end = issue.replace(year=issue.year + years, day=28)
    return issue.isoformat(), end.isoformat()


ZIHAO = ("恒达", "鑫源", "华泰", "瑞丰", "金桥", "宏图", "博远", "佳禾", "锦程", "天润", "聚力", "和信", "星辰", "盛世",
         "云帆", "益康", "优品", "新锐", "同创", "汇通", "青禾", "晨光", "立信", "百川", "远航", "美好", "万家", "众诚")
TRADES = (("科技", "技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广；软件开发；信息系统集成服务；计算机系统服务；数据处理服务；网络技术服务"),
          ("贸易", "日用百货销售；五金产品批发；五金产品零售；服装服饰批发；服装服饰零售；化妆品零售；电子产品销售；办公用品销售"),
          ("餐饮管理", "餐饮管理；食品销售（仅销售预包装食品）；外卖递送服务；会议及展览服务"),
          ("建筑工程", "园林绿化工程施工；建筑材料销售；建筑装饰材料销售；住宅水电安装维护服务；土石方工程施工"),
          ("文化传媒", "组织文化艺术交流活动；广告设计、代理；广告制作；平面设计；摄影扩印服务；会议及展览服务"),
          ("物流", "普通货物仓储服务（不含危险化学品等需许可审批的项目）；国内货物运输代理；装卸搬运；信息咨询服务（不含许可类信息咨询服务）"),
          ("健康咨询", "健康咨询服务（不含诊疗服务）；养生保健服务（非医疗）；中医养生保健服务（非医疗）；美甲服务"),
          ("教育咨询", "教育咨询服务（不含涉许可审批的教育培训活动）；业务培训（不含教育培训、职业技能培训等需取得许可的培训）；软件开发"),
          ("农业开发", "谷物种植；蔬菜种植；水果种植；农副产品销售；休闲观光活动；农业专业及辅助性活动"))
PERMITS = ("食品经营", "道路货物运输（不含危险货物）", "建设工程施工", "第二类增值电信业务", "出版物零售", "餐饮服务",
           "酒类经营", "住宿服务", "生活美容服务")
SCOPE_TAIL = "（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）"
PERMIT_TAIL = "（依法须经批准的项目，经相关部门批准后方可开展经营活动，具体经营项目以相关部门批准文件或许可证件为准）"


def business_scope(rng: np.random.Generator, trade: str, base: str) -> str:
    items = base.split("；")
    extra = [t[1] for t in TRADES if t[0] != trade]
    more = pick(rng, extra).split("；")
    k = int(rng.integers(0, 4))
    items = items + list(rng.choice(more, size=min(k, len(more)), replace=False))
    s = "一般项目：" + "；".join(items) + "。" + SCOPE_TAIL
    if rng.random() < 0.45:
        perms = list(rng.choice(PERMITS, size=int(rng.integers(1, 3)), replace=False))
        s = "许可项目：" + "；".join(perms) + "。" + PERMIT_TAIL + s
    return s


CN_DIGITS = "零壹贰叁肆伍陆柒捌玖"


def capital_upper(wan: int) -> str:
    """An amount in 万元 written in financial numerals as licences print it (壹佰万元整)."""
    units = ((1000, "仟"), (100, "佰"), (10, "拾"))
    out, zero = "", False
    rest = wan
    for u, name in units:
        d = rest // u
        rest %= u
        if d:
            if zero and out:
                out += "零"
            out += CN_DIGITS[d] + name
            zero = False
        elif out:
            zero = True
    if rest:
        if zero and out:
            out += "零"
        out += CN_DIGITS[rest]
    return out + "万元整"


def capital(rng: np.random.Generator) -> str:
    wan = int(pick(rng, (3, 5, 10, 30, 50, 100, 100, 200, 500, 500, 1000, 1200, 3000, 5050)))
    r = rng.random()
    if r < 0.4:
        return f"人民币{capital_upper(wan)}"
    if r < 0.7:
        return f"{wan}万元整"
    if r < 0.85:
        return f"{wan}万元"
    return f"{wan}.000000万人民币"


ENTITY_LLC = ("有限责任公司（自然人投资或控股）", "有限责任公司（自然人独资）", "有限责任公司（非自然人投资或控股的法人独资）",
              "其他有限责任公司", "股份有限公司（非上市、自然人投资或控股）", "有限责任公司（港澳台法人独资）")

ISSUERS = ("市场监督管理局",)


def police_office(p: tuple) -> str:
    prov, city, dist = p[0], p[1], p[2]
    if not city:
        return f"{prov[:-1] if prov.endswith('市') else prov}公安局{dist}分局"
    return f"{city}公安局{dist}分局" if dist.endswith("区") else f"{dist}公安局"


PH_ITEMS = ("住宿", "沐浴", "美容店", "理发店", "游泳场（馆）", "歌舞厅", "商场（店）", "候车室", "茶座", "公共浴室",
            "美容美发", "足浴", "宾馆", "健身房")

FOOD_FORMS = ("食品销售经营者（超市）", "食品销售经营者（便利店）", "食品销售经营者（食杂店）", "食品销售经营者（网络食品销售商）",
              "餐饮服务经营者（小型餐馆）", "餐饮服务经营者（中型餐馆）", "餐饮服务经营者（饮品店）", "餐饮服务经营者（糕点店）",
              "单位食堂（学校食堂）", "单位食堂（机关企事业单位食堂）", "餐饮服务经营者（中央厨房）")
FOOD_ITEMS = ("预包装食品（含冷藏冷冻食品）销售", "散装食品（不含冷藏冷冻食品）销售", "热食类食品制售", "冷食类食品制售",
              "自制饮品制售（不含使用压力容器制作饮品）", "糕点类食品制售（含裱花蛋糕）", "特殊食品销售（保健食品）",
              "生食类食品制售", "散装食品（含熟食）销售", "保健食品销售")
