"""Family M's values: names, regions, addresses, numbers and scopes, from vocabularies written for M
(minority names with the middle dot, 组/队/屯/嘎查 addresses, `12-3号`, `3栋2单元501室`), with the check
characters the standards define (GB 11643 for ID numbers, GB 32100 for credit codes), so every number
a clerk's validator sees is one a real document could print."""

from __future__ import annotations

import datetime as dt
import random

USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"

# (6-digit code, province+city+county as an address prints it, 签发机关 of the county's police)
REGIONS = [
    ("650104", "新疆维吾尔自治区乌鲁木齐市新市区", "乌鲁木齐市公安局新市区分局"),
    ("654002", "新疆维吾尔自治区伊宁市", "伊宁市公安局"),
    ("433127", "湖南省永顺县", "永顺县公安局"),
    ("522301", "贵州省兴义市", "兴义市公安局"),
    ("150724", "内蒙古自治区呼伦贝尔市鄂温克族自治旗", "鄂温克族自治旗公安局"),
    ("152502", "内蒙古自治区锡林浩特市", "锡林浩特市公安局"),
    ("220581", "吉林省梅河口市", "梅河口市公安局"),
    ("230103", "黑龙江省哈尔滨市南岗区", "哈尔滨市公安局南岗分局"),
    ("410105", "河南省郑州市金水区", "郑州市公安局金水分局"),
    ("320583", "江苏省昆山市", "昆山市公安局"),
    ("440306", "广东省深圳市宝安区", "深圳市公安局宝安分局"),
    ("510107", "四川省成都市武侯区", "成都市公安局武侯区分局"),
    ("370203", "山东省青岛市市北区", "青岛市公安局市北分局"),
    ("350203", "福建省厦门市思明区", "厦门市公安局思明分局"),
    ("420106", "湖北省武汉市武昌区", "武汉市公安局武昌分局"),
    ("610113", "陕西省西安市雁塔区", "西安市公安局雁塔分局"),
    ("330106", "浙江省杭州市西湖区", "杭州市公安局西湖区分局"),
    ("130104", "河北省石家庄市桥西区", "石家庄市公安局桥西分局"),
]
# county-level places with a 卫生/市场监管 abbreviation for the county template's numbers
COUNTIES = [("433127", "湖南省永顺县", "永", "永顺县"), ("522301", "贵州省兴义市", "兴", "兴义市"),
            ("220581", "吉林省梅河口市", "梅", "梅河口市"), ("320583", "江苏省昆山市", "昆", "昆山市"),
            ("654002", "新疆维吾尔自治区伊宁市", "伊", "伊宁市"), ("152502", "内蒙古自治区锡林浩特市", "锡", "锡林浩特市")]

SURNAMES = "冉覃龙田向彭舒麻滕粟谭杨吴罗莫韦岑蒙黄陆邓潘卢甘农陈马包白金石苏何邹熊欧阳"
GIVEN = "秀梅春燕建国志强海峰丽娟玉兰德福永红桂芳晓东文斌俊杰雪莲红霞金花小龙宏伟美玲家豪慧敏立新晨曦"
MINORITY_NAMES = [
    ("阿依古丽·买买提", "女", "维吾尔"), ("努尔兰·叶尔肯", "男", "哈萨克"), ("古丽娜尔·吐尔逊", "女", "维吾尔"),
    ("巴特尔·乌力吉", "男", "蒙古"), ("阿不都热合曼·托合提", "男", "维吾尔"), ("哈丽达·努尔别克", "女", "哈萨克"),
    ("其其格·敖登", "女", "鄂温克"), ("塔拉·杜拉尔", "男", "鄂温克"),
]
NATIONS_HAN_AREA = ["汉"] * 5 + ["土家", "苗", "布依", "满", "回", "朝鲜", "侗", "白"]


def person_name(rng: random.Random) -> str:
    n = rng.choice((1, 2, 2))
    s = rng.choice(SURNAMES[:-2]) if rng.random() < 0.97 else "欧阳"
    return s + "".join(rng.choice(GIVEN) for _ in range(n))


def id_check(s17: str) -> str:
    c = (1 - 2 * int(s17, 13)) % 11
    return "X" if c == 10 else str(c)


def id_number(code: str, birth: dt.date, sex: str, rng: random.Random) -> str:
    seq = rng.randrange(0, 50) * 2 + (1 if sex == "男" else 0)
    s17 = f"{code}{birth:%Y%m%d}{rng.randrange(0, 10)}{seq:02d}"
    return s17 + id_check(s17)


def org_code(rng: random.Random) -> str:
    """GB 11714: 8 code characters and its own check (weights 3 7 9 10 5 8 4 2, mod 11)."""
    body = [rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY" if i < 2 and rng.random() < 0.3 else "0123456789")
            for i in range(8)]
    vals = [int(c) if c.isdigit() else ord(c) - 55 for c in body]
    c = 11 - sum(v * w for v, w in zip(vals, (3, 7, 9, 10, 5, 8, 4, 2), strict=False)) % 11
    return "".join(body) + ("X" if c == 10 else "0" if c == 11 else str(c))


def uscc(code: str, dept: str, rng: random.Random) -> str:
    s17 = dept + code + org_code(rng)
    total = sum(USCC_ALPHABET.index(ch) * pow(3, i, 31) for i, ch in enumerate(s17))
    return s17 + USCC_ALPHABET[(31 - total % 31) % 31]


def cn_date(d: dt.date) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日"


def cn_date_short(d: dt.date) -> str:
    """ID cards print 出生 without padding (1987 年 3 月 9 日)."""
    return f"{d.year}年{d.month}月{d.day}日"


def rand_date(rng: random.Random, y0: int, y1: int) -> dt.date:
    a, b = dt.date(y0, 1, 1).toordinal(), dt.date(y1, 12, 28).toordinal()
    return dt.date.fromordinal(rng.randint(a, b))


def add_years(d: dt.date, n: int) -> dt.date:
    try:
        return d.replace(year=d.year + n)
    except ValueError:
        return d.replace(year=d.year + n, day=28)


# ---- addresses ------------------------------------------------------------------------------
ROADS = ["建设路", "人民路", "新华街", "解放北路", "团结路", "胜利街", "光明路", "迎宾大道", "文化路", "友谊南路"]
COMMUNITIES = ["阳光花园", "锦绣苑", "翠湖小区", "金桂园", "幸福里", "和谐家园", "紫荆城"]
TOWNS = ["石堤镇", "灵溪镇", "泽雅乡", "红星乡", "新农镇", "团结乡"]
VILLAGES = ["双河村", "大坝村", "长岭村", "青山村", "龙潭村", "茶园村"]
GROUP_NUM = "一二三四五六七八九"
GACHA = [("巴彦宝力格苏木", "阿拉坦嘎查"), ("伊敏苏木", "吉登嘎查"), ("宝力根苏木", "呼格吉勒图嘎查")]
TUN = ["靠山屯", "王家屯", "榆树屯"]


def street_part(rng: random.Random, region: str) -> str:
    """A street, estate or village part; villages (组/队/屯/嘎查) only in counties, county-level
    cities and banners, not in a city's urban district."""
    k = rng.randrange(6)
    if region.endswith("区") and k in (2, 3, 4):
        k = rng.choice((0, 1, 5))
    if k == 0:
        return f"{rng.choice(ROADS)}{rng.randint(2, 98)}-{rng.randint(1, 9)}号"
    if k == 1:
        return f"{rng.choice(ROADS)}{rng.randint(1, 300)}号{rng.choice(COMMUNITIES)}{rng.randint(1, 18)}栋{rng.randint(1, 4)}单元{rng.randint(1, 18)}0{rng.randint(1, 4)}室"
    if k == 2:
        return f"{rng.choice(TOWNS)}{rng.choice(VILLAGES)}{rng.choice(GROUP_NUM)}组{rng.randint(1, 60)}号"
    if k == 3:
        return f"{rng.choice(TOWNS)}{rng.choice(VILLAGES)}{rng.choice(GROUP_NUM)}队"
    if k == 4:
        if "内蒙古" in region:
            a, b = rng.choice(GACHA)
            return f"{a}{b}{rng.randint(1, 40)}号"
        return f"{rng.choice(TOWNS)}{rng.choice(TUN)}{rng.randint(1, 80)}号"
    return f"{rng.choice(ROADS)}{rng.randint(1, 500)}号{rng.randint(1, 9)}幢{rng.randint(1, 6)}0{rng.randint(1, 9)}室"


def address(rng: random.Random, region: str) -> str:
    return region + street_part(rng, region)


def business_address(rng: random.Random, region: str) -> str:
    k = rng.randrange(3)
    if k == 0:
        return f"{region}{rng.choice(ROADS)}{rng.randint(1, 400)}号{rng.randint(1, 12)}楼{rng.randint(1, 30):02d}{rng.randint(1, 9)}室"
    if k == 1:
        return f"{region}{rng.choice(ROADS)}{rng.randint(2, 99)}-{rng.randint(1, 20)}号"
    return f"{region}{rng.choice(COMMUNITIES)}商业街{rng.randint(1, 9)}栋{rng.randint(101, 130)}号商铺"


# ---- business licence ------------------------------------------------------------------------
TRADE_NAMES = ["鼎盛", "恒泰", "瑞丰", "嘉和", "凯达", "华邦", "润禾", "启明", "博远", "丰源", "聚鑫", "森澜",
               "德馨", "汇通", "晟辉", "禾苗", "云帆", "天骄", "骏驰", "蓝湾"]
INDUSTRIES = ["建筑劳务", "农业科技", "餐饮管理", "物流", "电子科技", "商贸", "装饰工程", "信息技术", "酒店管理",
              "文化传媒", "医药", "畜牧养殖"]
CAPITAL_CN = ["壹佰万元整", "伍拾万元整", "叁佰万元整", "壹仟万元整", "贰佰万元整", "伍佰万元整"]

SCOPE_GENERAL = ["技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广", "建筑材料销售", "五金产品零售",
                 "日用百货销售", "农产品的生产、销售、加工、运输、贮藏及其他相关服务", "信息系统集成服务",
                 "会议及展览服务", "普通货物仓储服务（不含危险化学品等需许可审批的项目）", "家政服务",
                 "办公用品销售", "广告设计、代理", "园林绿化工程施工", "畜牧渔业饲料销售", "服装服饰零售"]
SCOPE_PERMIT = ["建设工程施工", "道路货物运输（不含危险货物）", "食品销售", "餐饮服务", "住宿服务", "第二类增值电信业务",
                "药品零售", "酒类经营"]
NOTE_GENERAL = "（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）"
NOTE_PERMIT = "（依法须经批准的项目，经相关部门批准后方可开展经营活动，具体经营项目以相关部门批准文件或许可证件为准）"


def business_scope(rng: random.Random, long: bool) -> str:
    g = rng.sample(SCOPE_GENERAL, rng.randint(4, 7) if long else rng.randint(2, 3))
    s = "一般项目：" + "；".join(g) + "。" + NOTE_GENERAL
    if long or rng.random() < 0.5:
        p = rng.sample(SCOPE_PERMIT, rng.randint(1, 3))
        s += "许可项目：" + "；".join(p) + "。" + NOTE_PERMIT
    return s


# ---- 卫生 / 食品 ------------------------------------------------------------------------------
HEALTH_ITEMS = ["住宿", "沐浴", "美发", "美容", "游泳场（馆）", "歌舞厅", "游艺厅", "商场（店）", "候车室", "展览馆"]
FOOD_FORMS = ["餐饮服务经营者（中型餐馆）", "餐饮服务经营者（小型餐馆）", "餐饮服务经营者（小餐饮）",
              "食品销售经营者（超市）", "食品销售经营者（便利店）", "单位食堂（学校食堂）", "单位食堂（机关食堂）",
              "食品销售经营者（食杂店）"]
FOOD_ITEMS_SALES = ["预包装食品销售（含冷藏冷冻食品）", "散装食品销售（不含冷藏冷冻食品）", "特殊食品销售（保健食品）",
                    "特殊食品销售（婴幼儿配方乳粉）", "散装食品销售（含散装熟食）"]
FOOD_ITEMS_CATER = ["热食类食品制售", "冷食类食品制售（不含烧卤熟肉）", "生食类食品制售（仅生食水产品）",
                    "糕点类食品制售（不含裱花蛋糕）", "自制饮品制售（普通类饮品）"]
SHOP_SUFFIX = {"餐饮": ["餐厅", "饭店", "小吃店", "火锅店"], "销售": ["超市", "便利店", "商行", "食品店"]}
