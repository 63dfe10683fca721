"""Family H's own vocabularies and value makers: people, places, companies, scopes, numbers with
their check characters (GB 11643 for ID numbers, GB 32100 for credit codes) and the date rules of
real documents. Written for H only (blind), from the standards and from what real documents print."""

from __future__ import annotations

import datetime as dt
import random

# (province, city, district-or-county, area code, is_county, city-level police name)
PLACES = [
    ("广东省", "广州市", "天河区", "440106", False), ("广东省", "深圳市", "南山区", "440305", False),
    ("广东省", "佛山市", "顺德区", "440606", False), ("上海市", "", "浦东新区", "310115", False),
    ("上海市", "", "闵行区", "310112", False), ("北京市", "", "朝阳区", "110105", False),
    ("北京市", "", "海淀区", "110108", False), ("浙江省", "杭州市", "西湖区", "330106", False),
    ("浙江省", "温州市", "永嘉县", "330324", True), ("江苏省", "南京市", "玄武区", "320102", False),
    ("江苏省", "苏州市", "昆山市", "320583", True), ("四川省", "成都市", "武侯区", "510107", False),
    ("四川省", "凉山彝族自治州", "西昌市", "513401", True), ("吉林省", "延边朝鲜族自治州", "延吉市", "222401", True),
    ("湖北省", "武汉市", "武昌区", "420106", False), ("山东省", "青岛市", "市南区", "370202", False),
    ("山东省", "临沂市", "沂南县", "371321", True), ("陕西省", "西安市", "雁塔区", "610113", False),
    ("湖南省", "长沙市", "岳麓区", "430104", False), ("福建省", "厦门市", "思明区", "350203", False),
    ("内蒙古自治区", "呼和浩特市", "新城区", "150102", False), ("云南省", "昆明市", "五华区", "530102", False),
    ("广西壮族自治区", "南宁市", "青秀区", "450103", False), ("河南省", "周口市", "淮阳区", "411603", False),
    ("河南省", "郑州市", "金水区", "410105", False), ("辽宁省", "沈阳市", "和平区", "210102", False),
    ("河北省", "石家庄市", "桥西区", "130104", False), ("安徽省", "合肥市", "蜀山区", "340104", False),
    ("江西省", "南昌市", "东湖区", "360102", False), ("重庆市", "", "渝北区", "500112", False),
    ("天津市", "", "和平区", "120101", False), ("新疆维吾尔自治区", "乌鲁木齐市", "沙依巴克区", "650103", False),
    ("贵州省", "黔东南苗族侗族自治州", "凯里市", "522601", True), ("甘肃省", "兰州市", "城关区", "620102", False),
]
PROV_SHORT = {"广东省": "粤", "上海市": "沪", "北京市": "京", "浙江省": "浙", "江苏省": "苏", "四川省": "川",
              "吉林省": "吉", "湖北省": "鄂", "山东省": "鲁", "陕西省": "陕", "湖南省": "湘", "福建省": "闽",
              "内蒙古自治区": "蒙", "云南省": "云", "广西壮族自治区": "桂", "河南省": "豫", "辽宁省": "辽",
              "河北省": "冀", "安徽省": "皖", "江西省": "赣", "重庆市": "渝", "天津市": "津",
              "新疆维吾尔自治区": "新", "贵州省": "黔", "甘肃省": "甘"}

SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史黎贺顾毛郝龚邵万钱覃武戴孔") + ["欧阳", "司马", "上官", "诸葛"]
GIVEN = list("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂兰玉萍红梅建华志国庆文斌鹏辉宇浩然思雨欣怡子涵梓轩一诺晨曦俊凯嘉豪婷琳雪莹佳颖宏斌晓东立新春燕海燕永红德胜")
NATIONS = ["汉"] * 14 + ["蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家", "哈萨克", "傣"]
UYGHUR_NAMES = {True: ["买买提·艾力", "艾尔肯·阿不都热依木", "努尔买买提·吾斯曼", "阿不都拉·吐尔洪"],
                False: ["阿依古丽·吐尔逊", "热依拉·买合木提", "古丽娜尔·艾买提", "帕提古丽·阿布都"]}
YI_NAMES = ["阿苦日哈", "吉克阿依", "沙马拉毅", "海来木呷", "阿的尔布"]
KOREAN = {"金": "김", "朴": "박", "李": "리", "崔": "최", "郑": "정", "姜": "강", "全": "전", "尹": "윤"}
KOREAN_GIVEN = {True: [("英哲", "영철"), ("成浩", "성호"), ("光日", "광일")], False: [("美花", "미화"), ("顺姬", "순희"), ("春子", "춘자")]}

ROADS = ["人民路", "解放路", "中山大道", "建设路", "友谊大街", "体育西路", "科技园南路", "滨江东路", "文化路",
         "新华街", "长江路", "黄河北路", "金湖二路", "望江路", "青年大街", "迎宾大道", "学院路", "工业园三路",
         "凤凰北路", "松山湖大道", "环城西路", "胜利街"]
VILLAGES = ["大朱庄村", "白马村", "李家沟村", "新河村", "东坡村", "柳树屯村", "上营村"]
TOWNS = ["白楼乡", "城关镇", "新安镇", "桥头镇", "大王庄乡", "柳河镇"]
BUILDINGS = ["国际商务中心", "科技大厦", "时代广场", "创新产业园", "金融中心", "万达广场", "星河湾花园", "锦绣家园", "阳光新城"]

BRANDS = ["云帆", "恒瑞达", "鑫盛源", "博远", "华泰丰", "青禾", "锦程", "同泽", "启明星", "汇鑫", "乐享", "森宇", "聚力",
          "德润", "宏图伟业", "瑞丰", "海纳百川", "一禾", "嘉和", "新视野", "创联", "佰川", "众诚", "天成"]
TRADES = [("文化传媒", "culture"), ("信息技术", "it"), ("餐饮管理", "food"), ("建筑工程", "build"), ("贸易", "trade"),
          ("电子科技", "it"), ("物业管理", "service"), ("商贸", "trade"), ("环保科技", "it"), ("医疗器械", "trade"),
          ("教育咨询", "service"), ("供应链管理", "trade"), ("酒店管理", "service"), ("健身服务", "service")]
SCOPES = {
    "culture": ["组织文化艺术交流活动", "广告设计、代理", "广告制作", "广告发布", "电影摄制服务", "会议及展览服务",
                "图文设计制作", "摄影扩印服务", "数字内容制作服务（不含出版发行）", "礼仪服务", "市场营销策划"],
    "it": ["技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广", "软件开发", "信息系统集成服务",
           "计算机系统服务", "数据处理和存储支持服务", "电子产品销售", "计算机软硬件及辅助设备零售",
           "网络技术服务", "人工智能应用软件开发", "物联网技术服务", "信息技术咨询服务"],
    "food": ["餐饮管理", "餐饮服务（不产生油烟、异味、废气）", "食品销售（仅销售预包装食品）", "外卖递送服务",
             "食用农产品零售", "农副产品销售", "酒店管理", "日用百货销售"],
    "build": ["建设工程施工", "住宅室内装饰装修", "建筑材料销售", "园林绿化工程施工", "土石方工程施工",
              "五金产品批发", "机械设备租赁", "建筑装饰材料销售", "工程管理服务"],
    "trade": ["货物进出口", "技术进出口", "日用百货销售", "服装服饰批发", "五金产品零售", "化妆品零售",
              "第一类医疗器械销售", "第二类医疗器械销售", "办公用品销售", "家用电器销售", "针纺织品销售", "国内贸易代理"],
    "service": ["物业管理", "家政服务", "停车场服务", "教育咨询服务（不含涉许可审批的教育培训活动）", "健身休闲活动",
                "企业管理咨询", "信息咨询服务（不含许可类信息咨询服务）", "住房租赁", "专业保洁、清洗、消毒服务"],
}
SCOPE_HEAD = "一般项目："
SCOPE_TAIL = "（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）"
SCOPE_OLD_TAIL = "（依法须经批准的项目，经相关部门批准后方可开展经营活动）"
SHOP_NAMES = ["{b}便利店", "{s}小吃店", "{b}理发店", "{s}五金店", "{b}水果店", "{s}烟酒商行", "{b}手机维修部", "{s}面馆"]
COOP_GOODS = ["果蔬", "茶叶", "养殖", "粮食种植", "中药材", "蜜蜂养殖", "食用菌"]

CN_DIG = "零壹贰叁肆伍陆柒捌玖"


def person(rng: random.Random) -> str:
    s = rng.choice(SURNAMES)
    return s + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2, 2))))


def id_check(s17: str) -> str:
    c = (1 - 2 * int(s17, 13)) % 11
    return "X" if c == 10 else str(c)


def id_number(area: str, birth: dt.date, male: bool, rng: random.Random) -> str:
    seq = rng.randrange(0, 100) * 10 + rng.choice([1, 3, 5, 7, 9] if male else [0, 2, 4, 6, 8])
    s17 = f"{area}{birth:%Y%m%d}{seq:03d}"
    return s17 + id_check(s17)


USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def uscc(area: str, rng: random.Random, org: str = "91") -> str:
    body = org + area + "".join(rng.choice(USCC[:10] if i < 3 else USCC) for i in range(9))
    total = sum(USCC.index(ch) * pow(3, i, 31) for i, ch in enumerate(body))
    return body + USCC[(31 - total % 31) % 31]


def rand_date(rng: random.Random, a: dt.date, b: dt.date) -> dt.date:
    return a + dt.timedelta(days=rng.randrange((b - a).days + 1))


def add_years(d: dt.date, n: int) -> dt.date:
    try:
        return d.replace(year=d.year + n)
    except ValueError:  # 29 February
        return d.replace(year=d.year + n, day=28)


def id_validity(birth: dt.date, issue: dt.date) -> str | dt.date:
    """居民身份证法 第5条: under 16 → 5 years, 16–25 → 10, 26–45 → 20, 46 and older → 长期."""
    age = issue.year - birth.year - ((issue.month, issue.day) < (birth.month, birth.day))
    if age >= 46:
        return "长期"
    return add_years(issue, 5 if age < 16 else 10 if age < 26 else 20)


def iso(d: dt.date | str) -> str:
    return d if isinstance(d, str) else d.isoformat()


def cn_date(d: dt.date, pad: bool = True) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日" if pad else f"{d.year}年{d.month}月{d.day}日"


def street_address(rng: random.Random, place: tuple, full: bool = True, rural_ok: bool = True) -> str:
    prov, city, dist = place[0], place[1], place[2]
    if prov in ("上海市", "北京市", "重庆市", "天津市"):
        head = (prov if full or rng.random() < 0.5 else "") + dist
    else:
        head = (prov if full else "") + city + dist
    if place[4] and rural_ok and rng.random() < 0.45:
        return head + f"{rng.choice(TOWNS)}{rng.choice(VILLAGES)}{rng.randint(1, 9)}组{rng.randint(1, 120):03d}号"
    road = rng.choice(ROADS)
    n = rng.randint(1, 999)
    r = rng.random()
    if r < 0.35:
        return head + f"{road}{n}号{rng.choice(BUILDINGS)}{rng.randint(1, 30)}号楼{rng.randint(1, 6)}单元{rng.randint(1, 33)}{rng.randint(1, 8):02d}室"
    if r < 0.6:
        return head + f"{road}{n}号{rng.randint(1, 25)}栋{rng.randint(1, 28)}{rng.randint(1, 12):02d}房"
    if r < 0.8:
        return head + f"{road}{n}弄{rng.randint(1, 60)}号{rng.randint(1, 6)}0{rng.randint(1, 4)}室"
    return head + f"{road}{n}号"


def biz_address(rng: random.Random, place: tuple) -> str:
    """A licence's 住所: often with mixed half/full-width brackets and digits as printers do."""
    a = street_address(rng, place, full=rng.random() < 0.7, rural_ok=False)
    r = rng.random()
    if r < 0.2:
        a += rng.choice(["（自主申报）", "(自主申报)", "（一照多址）"])
    elif r < 0.35:
        a += f"{rng.randint(1, 9)}层{rng.choice(['A', 'B', 'C'])}{rng.randint(1, 30):02d}"
    elif r < 0.45:
        a = a.replace("号", "号（" + rng.choice(["集群注册", "办公用房"]) + "）", 1) if "号" in a else a
    return a


def _upper(n: int) -> str:
    """0 < n < 10000 in the upper-case figures (壹仟零伍拾)."""
    out, zero = "", False
    for u, name in ((1000, "仟"), (100, "佰"), (10, "拾"), (1, "")):
        d = n // u % 10
        if d:
            if zero and out:
                out += "零"
            out += CN_DIG[d] + name
            zero = False
        else:
            zero = bool(out)
    return out


def capital_words(wan: int) -> str:
    """伍佰万元整 / 壹仟贰佰万元整 / 壹亿伍仟捌佰万元整: the upper-case figures licences print."""
    if wan >= 10000:
        rest = wan % 10000
        return _upper(wan // 10000) + "亿" + (("零" if rest < 1000 else "") + _upper(rest) + "万" if rest else "") + "元整"
    return _upper(wan) + "万元整"


def scope_text(rng: random.Random, trade: str, new_style: bool, long: bool = False) -> str:
    pool = list(SCOPES[trade])
    rng.shuffle(pool)
    k = rng.randint(7, len(pool)) if long else rng.randint(3, 6)
    items = pool[:k]
    if long:  # large companies print items from other trades too
        extra = [x for t in SCOPES if t != trade for x in SCOPES[t]]
        rng.shuffle(extra)
        items += extra[: rng.randint(6, 12)]
    if new_style:
        txt = SCOPE_HEAD + "；".join(items) + "。" + SCOPE_TAIL
        if rng.random() < 0.4:
            txt += "许可项目：" + rng.choice(["食品经营", "建设工程施工", "第三类医疗器械经营", "出版物零售", "道路货物运输（不含危险货物）"]) + \
                   "（依法须经批准的项目，经相关部门批准后方可开展经营活动，具体经营项目以相关部门批准文件或许可证件为准）"
        return txt
    return "、".join(items) + "。" + SCOPE_OLD_TAIL


def authority_police(place: tuple) -> str:
    prov, city, dist, _code, county = place
    if prov in ("上海市", "北京市", "重庆市", "天津市"):
        return f"{prov}公安局{dist}分局"
    if county:
        return f"{dist}公安局"
    return f"{city}公安局{dist}分局"


def amr(place: tuple) -> str:
    """The registration authority that prints on a licence: 市场监督管理局 of the district."""
    prov, city, dist = place[0], place[1], place[2]
    if prov in ("上海市", "北京市", "重庆市", "天津市"):
        return f"{prov}{dist}市场监督管理局"
    return f"{city}{dist}市场监督管理局" if not place[4] else f"{dist}市场监督管理局"
