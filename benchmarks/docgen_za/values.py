"""Values printed on family ZA's documents: names, places, addresses, companies, numbers with valid
check characters (GB 11643 ID numbers, GB 32100 USCCs, JY food licence numbers), capital as licences
write it, 经营范围 in the current 一般项目/许可项目 form. Written from general knowledge of the real
documents; every choice is drawn from a `random.Random` so a seed fixes the set."""

from __future__ import annotations

import datetime as dt
import random

TODAY = dt.date(2026, 11, 20)

SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
COMPOUND = ("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "慕容", "令狐", "夏侯", "公孙", "司徒")
GIVEN = ("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂兰玉萍燕华红建国志文斌辉鹏宇浩然子轩梓涵欣怡"
         "思远俊峰晓东海燕雪梅春生秋菊冬梅德华永福金凤淑珍立新振宇嘉琪佳慧雨桐一鸣博文晨曦诗琪梦瑶天佑"
         "国庆卫东红霞建军晓红丹丹婷婷亮晶瑞祥福林小龙紫薇昊天锦程若曦")

NATIONS = ["汉"] * 40 + ["壮", "回", "满", "维吾尔", "苗", "彝", "土家", "藏", "蒙古", "侗", "布依", "瑶", "白", "朝鲜",
                         "哈尼", "黎", "哈萨克", "傣", "畲", "傈僳", "仡佬", "东乡", "纳西", "土", "羌"]

# (province, short, city, district, region code, police, street list, admin authority style)
PLACES = [
    ("上海市", "沪", "", "浦东新区", "310115", ["张杨路", "世纪大道", "川沙路", "杨高南路", "锦绣路"]),
    ("上海市", "沪", "", "徐汇区", "310104", ["漕溪北路", "肇嘉浜路", "天钥桥路", "龙华中路"]),
    ("北京市", "京", "", "海淀区", "110108", ["中关村大街", "学院路", "西三环北路", "知春路"]),
    ("北京市", "京", "", "朝阳区", "110105", ["建国路", "朝阳北路", "望京西路", "东三环中路"]),
    ("广东省", "粤", "广州市", "天河区", "440106", ["天河路", "体育西路", "黄埔大道西", "中山大道"]),
    ("广东省", "粤", "深圳市", "南山区", "440305", ["科技南十二路", "南海大道", "桃园路", "创业路"]),
    ("浙江省", "浙", "杭州市", "西湖区", "330106", ["文三路", "天目山路", "教工路", "古墩路"]),
    ("浙江省", "浙", "宁波市", "鄞州区", "330212", ["天童南路", "宁南北路", "钱湖北路"]),
    ("江苏省", "苏", "南京市", "鼓楼区", "320106", ["中山北路", "湖南路", "广州路", "汉中门大街"]),
    ("江苏省", "苏", "苏州市", "吴中区", "320506", ["东吴北路", "宝带西路", "越溪大道"]),
    ("四川省", "川", "成都市", "武侯区", "510107", ["人民南路四段", "武侯大道", "科华北路", "玉林北路"]),
    ("湖北省", "鄂", "武汉市", "洪山区", "420111", ["珞喻路", "雄楚大道", "民族大道"]),
    ("湖南省", "湘", "长沙市", "岳麓区", "430104", ["麓山南路", "枫林三路", "桐梓坡路"]),
    ("河南省", "豫", "郑州市", "金水区", "410105", ["花园路", "经三路", "农业路", "文化路"]),
    ("山东省", "鲁", "济南市", "历下区", "370102", ["经十路", "泉城路", "解放路", "山大路"]),
    ("陕西省", "陕", "西安市", "雁塔区", "610113", ["小寨东路", "长安南路", "科技路", "高新路"]),
    ("福建省", "闽", "厦门市", "思明区", "350203", ["湖滨南路", "厦禾路", "莲前西路"]),
    ("云南省", "滇", "昆明市", "五华区", "530102", ["东风西路", "人民中路", "北京路"]),
    ("黑龙江省", "黑", "哈尔滨市", "南岗区", "230103", ["西大直街", "红军街", "学府路"]),
    ("新疆维吾尔自治区", "新", "乌鲁木齐市", "天山区", "650102", ["解放南路", "新华北路", "中山路"]),
    ("广西壮族自治区", "桂", "南宁市", "青秀区", "450103", ["民族大道", "金湖路", "东葛路"]),
    ("安徽省", "皖", "合肥市", "蜀山区", "340104", ["长江西路", "黄山路", "望江西路"]),
    ("河北省", "冀", "石家庄市", "长安区", "130102", ["中山东路", "建设北大街", "和平东路"]),
    ("江西省", "赣", "南昌市", "东湖区", "360102", ["八一大道", "阳明路", "胜利路"]),
    ("贵州省", "黔", "贵阳市", "云岩区", "520103", ["中华北路", "北京路", "宝山北路"]),
    ("甘肃省", "甘", "兰州市", "城关区", "620102", ["东岗西路", "庆阳路", "天水北路"]),
    ("重庆市", "渝", "", "渝中区", "500103", ["解放碑民族路", "中山三路", "大坪正街"]),
    ("天津市", "津", "", "南开区", "120104", ["鞍山西道", "卫津路", "南马路"]),
    ("山西省", "晋", "太原市", "小店区", "140105", ["长风街", "亲贤北街", "平阳路"]),
    ("吉林省", "吉", "长春市", "朝阳区", "220104", ["人民大街", "西安大路", "红旗街"]),
]
RURAL = [("浙江省", "浙", "湖州市", "安吉县", "330523", "递铺街道", "鲁家村"),
         ("河南省", "豫", "周口市", "鹿邑县", "411628", "涡北镇", "后王庄村"),
         ("四川省", "川", "眉山市", "仁寿县", "511421", "文林镇", "新店村"),
         ("山东省", "鲁", "临沂市", "沂南县", "371321", "界湖街道", "北寨村"),
         ("湖南省", "湘", "邵阳市", "隆回县", "430524", "桃洪镇", "石门村"),
         ("江西省", "赣", "赣州市", "于都县", "360731", "贡江镇", "长征村"),
         ("河北省", "冀", "保定市", "清苑区", "130608", "清苑镇", "东王庄村"),
         ("甘肃省", "甘", "天水市", "秦安县", "620522", "兴国镇", "西关村")]


def place(r: random.Random) -> tuple:
    return r.choice(PLACES)


def _city(p: tuple) -> str:
    return p[0] + (p[2] or "")


def street_address(r: random.Random, p: tuple, for_company: bool = False) -> str:
    """A street address of place `p`: 号, 号楼, 室, 弄, 层, 幢 in the forms each city uses."""
    base = _city(p) + p[3] + r.choice(p[5])
    no = r.randint(1, 1688)
    style = r.randrange(7 if for_company else 6)
    if style == 0:
        return f"{base}{no}号"
    if style == 1:
        return f"{base}{no}号{r.randint(1, 28)}号楼{r.randint(1, 30)}{r.randint(1, 4):02d}室"
    if style == 2 and p[1] == "沪":
        return f"{base}{r.randint(1, 999)}弄{r.randint(1, 60)}号{r.randint(1, 18)}0{r.randint(1, 6)}室"
    if style == 2:
        return f"{base}{no}号{r.choice('ABCDE')}座{r.randint(3, 32)}层{r.randint(1, 20):02d}"
    if style == 3:
        return f"{base}{no}号{r.randint(1, 12)}幢{r.randint(1, 3)}单元{r.randint(1, 30)}0{r.randint(1, 4)}室"
    if style == 4:
        return f"{base}{no}号{r.choice(['金融大厦', '科技园', '创业中心', '商务广场', '国际大厦'])}{r.randint(2, 28)}楼{r.randint(201, 2899)}室"
    if style == 5:
        return f"{base}{no}号院{r.randint(1, 9)}号楼{r.randint(1, 6)}层{r.randint(101, 699)}"
    return f"{base}{no}号{r.randint(1, 5)}层{r.choice(['东侧', '西侧', '南区', '北区'])}{r.randint(1, 60)}号铺位"


def rural_address(r: random.Random) -> tuple[str, str, str]:
    """(address, region code, county): a village address down to 组 and 号."""
    q = r.choice(RURAL)
    return q[0] + q[2] + q[3] + q[5] + q[6] + f"{r.randint(1, 12)}组{r.randint(1, 98)}号", q[4], q[3]


def person_name(r: random.Random) -> str:
    s = r.choice(COMPOUND) if r.random() < 0.06 else r.choice(SURNAMES)
    n = 1 if (len(s) == 2 and r.random() < 0.5) or r.random() < 0.3 else 2
    g = "".join(r.choice(GIVEN) for _ in range(n))
    return s + g


def check_id(s17: str) -> str:
    c = (1 - 2 * int(s17, 13)) % 11
    return s17 + ("X" if c == 10 else str(c))


def id_number(region: str, birth: dt.date, male: bool, r: random.Random) -> str:
    seq = r.randint(0, 99) * 10 + r.choice([1, 3, 5, 7, 9] if male else [0, 2, 4, 6, 8])
    return check_id(f"{region}{birth:%Y%m%d}{seq:03d}")


USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def uscc(r: random.Random, prefix: str, region: str) -> str:
    body = prefix + region + "".join(r.choice(USCC_CHARS) for _ in range(9))
    if r.random() < 0.6 and prefix[0] == "9":  # codes issued since 2017 mostly start MA
        body = prefix + region + "MA" + "".join(r.choice(USCC_CHARS) for _ in range(7))
    total = sum(USCC_CHARS.index(ch) * pow(3, i, 31) for i, ch in enumerate(body))
    return body + USCC_CHARS[(31 - total % 31) % 31]


def date_between(r: random.Random, a: dt.date, b: dt.date) -> dt.date:
    return a + dt.timedelta(days=r.randint(0, max((b - a).days, 0)))


def add_years(d: dt.date, n: int) -> dt.date:
    try:
        return d.replace(year=d.year + n)
    except ValueError:
        return d.replace(year=d.year + n, day=28)


def cn_date(d: dt.date, pad: bool = True) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日" if pad else f"{d.year}年{d.month}月{d.day}日"


DIG = "零壹贰叁肆伍陆柒捌玖"


def capital_upper(wan: int) -> str:
    """万元 amount in 大写 (壹佰万, 伍仟万, 叁拾万)."""
    units = [(10000, "亿"), (1000, "仟"), (100, "佰"), (10, "拾"), (1, "")]
    out, zero = "", False
    for v, u in units:
        d = wan // v % (10 if v != 10000 else 100000)
        if v == 10000:
            d = wan // 10000
            if d:
                out += capital_upper(d)[:-2] + "亿"
            continue
        if d:
            if zero and out:
                out += "零"
            out += DIG[d] + u
            zero = False
        elif out:
            zero = True
    return out + "万元"


def registered_capital(r: random.Random) -> str:
    wan = r.choice([3, 5, 10, 20, 30, 50, 100, 100, 200, 300, 500, 500, 800, 1000, 1200, 2000, 5000, 10000, 15])
    style = r.randrange(5)
    if style == 0:
        return f"人民币{capital_upper(wan)}整"
    if style == 1:
        return f"{capital_upper(wan)}整"
    if style == 2:
        return f"{wan}万元整"
    if style == 3:
        return f"{wan}万元人民币"
    return f"人民币{wan}.0000万元"


TRADE = ["华信", "鼎盛", "恒通", "瑞丰", "金桥", "汇智", "星辰", "锦程", "凯达", "宏远", "新禾", "嘉禾", "众邦", "同创",
         "博雅", "天润", "盛世", "蓝海", "海纳", "正泰", "青藤", "明源", "德馨", "云帆", "拓维", "安泰", "启航", "九州",
         "卓越", "聚源", "丰泽", "翔宇", "禾木", "远景", "知行", "山水", "百川", "稻香", "福满楼", "老味道", "小四川"]
INDUSTRY = [("信息科技", "tech"), ("网络科技", "tech"), ("电子商务", "trade"), ("商贸", "trade"), ("建筑工程", "build"),
            ("餐饮管理", "food"), ("餐饮", "food"), ("食品", "food"), ("物业管理", "service"), ("文化传媒", "media"),
            ("广告", "media"), ("企业管理咨询", "service"), ("供应链管理", "trade"), ("装饰工程", "build"),
            ("生物科技", "tech"), ("医疗器械", "trade"), ("酒店管理", "hotel"), ("健身服务", "gym"), ("美容美发", "beauty")]

SCOPE_GENERAL = {
    "tech": ["技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广", "软件开发", "信息系统集成服务", "计算机系统服务",
             "数据处理和存储支持服务", "网络技术服务", "人工智能应用软件开发", "信息技术咨询服务", "计算机软硬件及辅助设备零售"],
    "trade": ["日用百货销售", "五金产品批发", "电子产品销售", "服装服饰零售", "化妆品零售", "办公用品销售", "互联网销售（除销售需要许可的商品）",
              "食用农产品批发", "供应链管理服务", "国内贸易代理", "第一类医疗器械销售", "第二类医疗器械销售"],
    "build": ["住宅室内装饰装修", "园林绿化工程施工", "建筑材料销售", "工程管理服务", "土石方工程施工", "对外承包工程"],
    "food": ["餐饮管理", "食品销售（仅销售预包装食品）", "外卖递送服务", "农副产品销售", "企业管理"],
    "service": ["物业管理", "企业管理咨询", "信息咨询服务（不含许可类信息咨询服务）", "市场营销策划", "会议及展览服务", "家政服务", "停车场服务"],
    "media": ["广告设计、代理", "广告制作", "广告发布", "组织文化艺术交流活动", "摄像及视频制作服务", "平面设计", "图文设计制作"],
    "hotel": ["酒店管理", "会议及展览服务", "洗染服务", "餐饮管理", "停车场服务"],
    "gym": ["健身休闲活动", "体育用品及器材零售", "体育健康服务", "体育竞赛组织"],
    "beauty": ["理发服务", "生活美容服务", "化妆品零售", "养生保健服务（非医疗）"],
}
SCOPE_LICENSED = {
    "tech": ["第二类增值电信业务", "互联网信息服务"], "trade": ["食品销售", "第三类医疗器械经营"],
    "build": ["建设工程施工", "建设工程设计"], "food": ["餐饮服务", "食品销售", "食品生产"],
    "service": ["城市生活垃圾经营性服务"], "media": ["广播电视节目制作经营", "出版物零售"],
    "hotel": ["住宿服务", "餐饮服务", "高危险性体育运动（游泳）"], "gym": ["高危险性体育运动（游泳）"],
    "beauty": ["生活美容服务", "公共场所卫生许可"],
}


def business_scope(r: random.Random, sector: str, old_style: bool = False) -> str:
    g = r.sample(SCOPE_GENERAL[sector], k=min(len(SCOPE_GENERAL[sector]), r.randint(3, 8)))
    if old_style:  # licences before 2021: one list ending with the 依法须经批准 clause
        return "、".join(g) + "。（依法须经批准的项目，经相关部门批准后方可开展经营活动）"
    s = "一般项目：" + "；".join(g) + "（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）"
    if r.random() < 0.55:
        lic = r.sample(SCOPE_LICENSED[sector], k=1 if len(SCOPE_LICENSED[sector]) < 2 else r.randint(1, 2))
        s = ("许可项目：" + "；".join(lic) + "（依法须经批准的项目，经相关部门批准后方可开展经营活动，具体经营项目以相关部门批准文件或许可证件为准）" + s)
    return s + "。"


def trade_name(r: random.Random) -> str:
    return r.choice(TRADE)


def company(r: random.Random, p: tuple) -> tuple[str, str]:
    """(名称, sector). 上海华信网络科技有限公司 / 华信（上海）… / 城市+区县 prefixes."""
    ind, sector = r.choice(INDUSTRY)
    t = trade_name(r)
    city = (p[2] or p[0]).rstrip("市省")
    form = r.randrange(4)
    if form == 0:
        return f"{city}{t}{ind}有限公司", sector
    if form == 1:
        return f"{t}（{city}）{ind}有限公司", sector
    if form == 2:
        return f"{city}市{t}{ind}有限公司" if not p[2] else f"{p[2]}{t}{ind}有限公司", sector
    return f"{p[3]}{t}{ind}有限公司" if r.random() < 0.5 else f"{city}{t}{ind}股份有限公司", sector


def authority(p: tuple) -> str:
    """登记机关 (market regulation bureau) of a district."""
    return (p[2] or p[0]) + p[3] + "市场监督管理局"


def food_license_no(r: random.Random, region: str, form_code: int) -> str:
    body = f"{form_code}{region}{r.randint(0, 999999):06d}"
    ck = sum(int(c) * (i % 7 + 1) for i, c in enumerate(body)) % 10
    return "JY" + body + str(ck)
