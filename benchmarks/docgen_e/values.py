"""Plausible, valid values for family E documents (names, addresses, GB 11643 ID numbers,
GB 32100 credit codes, licence numbers, scopes), so a wrong read cannot hide behind a value that
no real document would carry.

County codes come from python-stdnum's GB/T 2260 history (`stdnum/cn/loc.dat`): a birthplace code
is one that existed in the birth year, a current address uses a code still in force. Nothing here
knows anything about the extractor.
"""

from __future__ import annotations

import datetime as dt
import os
import random
from dataclasses import dataclass
from functools import lru_cache

import stdnum
from stdnum.cn import ric, uscc

# ---------------------------------------------------------------------------- regions


@dataclass(frozen=True)
class County:
    code: str          # 6 digits
    province: str
    prefecture: str    # "" for 直辖市 districts and 省直辖 counties
    name: str
    start: int         # first year the code was in force (0 = always)
    end: int           # last year (9999 = still in force)


@lru_cache(maxsize=1)
def counties() -> tuple[County, ...]:
    path = os.path.join(os.path.dirname(stdnum.__file__), "cn", "loc.dat")
    provinces: dict[str, str] = {}
    names: dict[str, list[tuple[str, int, int]]] = {}
    prov = ""
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            if not line.startswith(" "):
                code, rest = line.split(" ", 1)
                prov = code
                provinces[code] = rest.split('"')[1]
                continue
            code, rest = line.strip().split(" ", 1)
            value = rest.split('"')[1]
            spans = []
            for part in value.split(","):
                start, end = 0, 9999
                if part.startswith("["):
                    rng, part = part[1:].split("]")
                    a, b = rng.split("-")
                    start = int(a) if a else 0
                    end = int(b) if b else 9999
                spans.append((part, start, end))
            names[prov + code] = spans
    out = []
    for code, spans in names.items():
        if code.endswith("00") or code[4:6] in ("01",) and spans[0][0] == "市辖区":
            continue
        prefix = code[:4] + "00"
        pref_spans = names.get(prefix, [])
        pref = pref_spans[-1][0] if pref_spans else ""
        if pref in ("市辖区", "县") or "直辖" in pref:
            pref = ""
        for name, start, end in spans:
            if name in ("市辖区", "县") or name.endswith("直辖县级行政区划"):
                continue
            out.append(County(code, provinces[code[:2]], pref, name, start, end))
    return tuple(c for c in out if c.code[:2] not in ("71", "81", "82"))


def birth_county(rng: random.Random, year: int, province: str | None = None) -> County:
    pool = [c for c in counties() if c.start <= year <= c.end and (province is None or c.code[:2] == province)]
    if not pool:      # a province founded after the birth year (海南 1988, 重庆 1997)
        pool = [c for c in counties() if c.start <= year <= c.end]
    return rng.choice(pool)


def current_county(rng: random.Random, province: str | None = None) -> County:
    pool = [c for c in counties() if c.end == 9999 and c.start <= 2020 and (province is None or c.code[:2] == province)]
    return rng.choice(pool)


MUNICIPALITIES = ("11", "12", "31", "50")
# provinces weighted roughly by population/business activity
PROVINCE_WEIGHTS = {"11": 4, "12": 2, "13": 5, "14": 3, "15": 2, "21": 3, "22": 2, "23": 2, "31": 5, "32": 7,
                    "33": 7, "34": 5, "35": 4, "36": 4, "37": 7, "41": 7, "42": 5, "43": 5, "44": 9, "45": 4,
                    "46": 1, "50": 3, "51": 6, "52": 3, "53": 3, "54": 1, "61": 3, "62": 2, "63": 1, "64": 1,
                    "65": 2}


def pick_province(rng: random.Random) -> str:
    keys = list(PROVINCE_WEIGHTS)
    return rng.choices(keys, weights=[PROVINCE_WEIGHTS[k] for k in keys])[0]


def region_prefix(c: County, with_province: bool = True) -> str:
    """`浙江省杭州市西湖区`, `上海市浦东新区`, `新疆维吾尔自治区和田地区和田县`."""
    parts = []
    if with_province:
        parts.append(c.province)
    if c.prefecture and c.prefecture != c.province:
        parts.append(c.prefecture)
    if c.name != c.prefecture:
        parts.append(c.name)
    return "".join(parts)


def city_short(c: County) -> str:
    """The city a company name starts with: `杭州`, `上海`, or the county for 省直辖 ones."""
    if c.code[:2] in MUNICIPALITIES:
        return c.province.removesuffix("市")
    base = c.prefecture or c.name
    for suf in ("市", "地区", "盟", "自治州", "林区"):
        if base.endswith(suf) and len(base) > len(suf) + 1:
            base = base[: -len(suf)]
            break
    if "族" in base or base.endswith("自治"):          # 甘南藏族自治州 -> 甘南
        base = base[:2]
    return base[:4]


# ---------------------------------------------------------------------------- people

SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
            "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐")
GIVEN = ("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彬斌建国志宏海波鹏飞晨宇浩然"
         "子涵梓轩欣怡思远俊杰雨萱一诺嘉琪博文佳怡宇航晓东晓燕丽华凤英春梅冬梅秋菊永红立新卫东爱民德胜"
         "锦程鑫淼森垚磊焱瑶琳璐瑾瑜珊琦璇蕾蓉薇菲莹婷婧颖馨悦晗昕昊晟煜炜烨翔鸿鹤鹏鸣")

UYGHUR_MALE = ("阿卜杜拉", "艾合买提", "买买提", "吐尔逊", "艾力", "依明", "阿不都热依木", "努尔麦麦提", "热合曼", "库尔班")
UYGHUR_FEMALE = ("古丽娜尔", "热依拉", "阿依古丽", "帕提古丽", "努尔古丽", "米热古丽", "再努尔", "阿丽米热")
TIBETAN = ("扎西次仁", "央金卓玛", "次仁多吉", "格桑梅朵", "索朗旺堆", "德吉卓嘎", "平措", "拉巴次仁", "达瓦", "尼玛顿珠")
MONGOLIAN = ("巴特尔", "其木格", "乌云其其格", "苏日娜", "额尔敦", "那仁图雅", "巴雅尔", "斯琴高娃")
YI = ("阿苏拉则", "吉克石布", "沙马阿果", "曲比阿呷", "阿西木呷", "俄的拉莫")

HAN_MINORITIES = ("回", "满", "壮", "苗", "土家", "侗", "瑶", "白", "朝鲜", "布依", "畲", "黎", "蒙古")


def person(rng: random.Random, birth_year: int) -> dict:
    """name, sex, nation and a birthplace county consistent with each other."""
    r = rng.random()
    sex = rng.choice("男女")
    if r < 0.05:
        prov = "65"
        first = rng.choice(UYGHUR_MALE if sex == "男" else UYGHUR_FEMALE)
        last = rng.choice(UYGHUR_MALE)
        name, nation = f"{first}·{last}", "维吾尔"
        if len(name) > 10:
            name = f"{first[:3]}·{last[:3]}"
    elif r < 0.08:
        prov, name, nation = "54", rng.choice(TIBETAN), "藏"
    elif r < 0.10:
        prov, name, nation = "15", rng.choice(MONGOLIAN), "蒙古"
    elif r < 0.115:
        prov, name, nation = "51", rng.choice(YI), "彝"
    else:
        prov = pick_province(rng)
        if rng.random() < 0.04:
            sur = rng.choice(COMPOUND_SURNAMES)
        else:
            sur = rng.choice(SURNAMES)
        n_given = 1 if rng.random() < 0.3 else 2
        given = "".join(rng.choice(GIVEN) for _ in range(n_given))
        name = sur + given
        nation = "汉" if rng.random() < 0.88 else rng.choice(HAN_MINORITIES)
    return {"name": name, "sex": sex, "nation": nation, "province": prov}


def id_number(rng: random.Random, county: County, birth: dt.date, sex: str) -> str:
    seq = rng.randrange(0, 100) * 10 + (rng.choice((1, 3, 5, 7, 9)) if sex == "男" else rng.choice((0, 2, 4, 6, 8)))
    body = f"{county.code}{birth:%Y%m%d}{seq:03d}"
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)       # GB 11643 ISO 7064 MOD 11-2
    num = body + "10X98765432"[sum(int(c) * w for c, w in zip(body, weights, strict=True)) % 11]
    assert ric.calc_check_digit(num) == num[17], num          # stdnum wants the number with its check digit
    return num


def random_date(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randrange(0, max(1, (end - start).days)))


def add_years(d: dt.date, n: int) -> dt.date:
    try:
        return d.replace(year=d.year + n)
    except ValueError:            # 29 February
        return d.replace(year=d.year + n, day=28)


# ---------------------------------------------------------------------------- addresses

ROADS = ("人民", "解放", "中山", "建设", "文化", "胜利", "和平", "新华", "长江", "黄河", "朝阳", "光明", "迎宾", "滨江",
         "学院", "青年", "工业", "科技", "金桥", "银河", "东风", "幸福", "健康", "团结", "振兴", "通江", "望江", "龙腾",
         "凤凰", "紫荆", "丁香", "海棠", "翠柏", "锦绣", "环城", "体育", "车站", "纺织", "江南", "湖滨", "碧波", "云栖")
ROAD_SUFFIX = ("路", "路", "路", "街", "大道", "大街", "巷", "东路", "西路", "南路", "北路", "中路")
COMPOUNDS = ("花园", "小区", "家园", "公寓", "新村", "苑", "华庭", "名苑", "雅居", "城", "广场", "大厦", "中心", "府")
TOWN_SUFFIX = ("镇", "乡", "街道")
VILLAGE_WORDS = ("王庄", "李家", "张湾", "河口", "新丰", "石桥", "大坪", "柳树", "杨柳", "红旗", "东岗", "前进", "双河",
                 "马鞍", "黄土", "清水", "白沙", "青山", "桃园", "枣林", "高家", "上坝", "下坝", "龙泉", "凤鸣")


def street(rng: random.Random) -> str:
    return rng.choice(ROADS) + rng.choice(ROAD_SUFFIX)


def house_detail(rng: random.Random) -> str:
    n = rng.randrange(1, 1999)
    r = rng.random()
    if r < 0.35:
        return f"{n}号{rng.randrange(1, 30)}幢{rng.randrange(1, 4)}单元{rng.randrange(1, 33)}{rng.randrange(1, 8):02d}室"
    if r < 0.6:
        comp = rng.choice(ROADS[:20]) + rng.choice(COMPOUNDS)
        return f"{n}号{comp}{rng.randrange(1, 40)}号楼{rng.randrange(1, 30)}{rng.randrange(1, 12):02d}"
    if r < 0.8:
        return f"{n}号{rng.choice('ABCDE')}座{rng.randrange(2, 40)}{rng.randrange(1, 20):02d}室"
    return f"{n}弄{rng.randrange(1, 120)}号{rng.randrange(101, 2504)}室"


def home_address(rng: random.Random, c: County) -> str:
    """An ID-card 住址: urban (street, number, building, room) or rural (town, village, 组, number)."""
    prefix = region_prefix(c)
    if rng.random() < 0.35 and c.code[:2] not in MUNICIPALITIES:
        town = rng.choice(VILLAGE_WORDS) + rng.choice(TOWN_SUFFIX)
        village = rng.choice(VILLAGE_WORDS) + "村"
        tail = rng.choice((f"{rng.randrange(1, 12)}组{rng.randrange(1, 200)}号", f"{rng.randrange(1, 300)}号",
                           f"{rng.choice(VILLAGE_WORDS)}屯{rng.randrange(1, 90)}号", f"{rng.randrange(1, 9)}社"))
        return prefix + town + village + tail
    return prefix + street(rng) + house_detail(rng)


def business_address(rng: random.Random, c: County, with_province: bool) -> str:
    prefix = region_prefix(c, with_province)
    n = rng.randrange(1, 2999)
    r = rng.random()
    if r < 0.3:
        tail = f"{n}号{rng.randrange(1, 30)}幢{rng.randrange(1, 25)}层{rng.randrange(1, 30):02d}室"
    elif r < 0.5:
        tail = f"{n}号{rng.randrange(1, 40)}号楼{rng.randrange(1, 25)}{rng.randrange(1, 30):02d}"
    elif r < 0.65:
        tail = f"{n}号{rng.choice(ROADS)}{rng.choice(('大厦', '广场', '中心', '商务楼'))}{rng.choice('ABCD')}座{rng.randrange(2, 30)}{rng.randrange(1, 20):02d}室"
    elif r < 0.8:
        tail = f"{n}号一层{rng.randrange(101, 130)}商铺"
    elif r < 0.9:
        tail = f"{n}弄{rng.randrange(1, 60)}号{rng.randrange(1, 9)}层"
    else:
        tail = f"{n}号（{rng.choice(ROADS)}{rng.choice(('产业园', '创业园', '工业园'))}内{rng.randrange(1, 20)}号厂房）"
    town = ""
    if rng.random() < 0.25:
        town = rng.choice(VILLAGE_WORDS) + rng.choice(("镇", "街道"))
    return prefix + town + street(rng) + tail


# ---------------------------------------------------------------------------- organisations

_ALPH = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def org_code(rng: random.Random) -> str:
    """A GB 11714 主体标识码 (8 body characters + check), `MA…` as issued since 2015 or all digits."""
    if rng.random() < 0.7:
        body = "MA" + "".join(rng.choice(_ALPH) for _ in range(6))
    else:
        body = "".join(rng.choice("0123456789") for _ in range(8))
    weights = (3, 7, 9, 10, 5, 8, 4, 2)
    val = lambda ch: int(ch) if ch.isdigit() else ord(ch) - 55  # noqa: E731
    c = 11 - sum(val(ch) * w for ch, w in zip(body, weights, strict=True)) % 11
    return body + ("X" if c == 10 else "0" if c == 11 else str(c))


def credit_code(rng: random.Random, county: County, category: str = "1") -> str:
    body = "9" + category + county.code + org_code(rng)
    code = body + uscc.calc_check_digit(body)
    assert uscc.is_valid(code), code
    return code


TRADE_NAMES = ("云帆", "鼎盛", "恒通", "华信", "锦程", "博远", "天元", "金禾", "新川", "瑞丰", "汇智", "启航", "星辰",
               "宏达", "安泰", "万象", "众诚", "蓝鲸", "青禾", "长风", "明德", "嘉禾", "弘毅", "聚源", "昊天", "晨曦",
               "卓越", "祥和", "同舟", "润泽", "海纳", "远景", "九州", "永信", "德美", "金诺", "盛世", "百川", "东昇",
               "栖霞", "沐光", "知行", "拓维", "澜海", "墨韵", "晟泰", "麦田", "禾木", "川流", "峻峰")
INDUSTRIES = (
    ("科技", "技术开发、技术咨询、技术服务、技术转让；软件开发；信息系统集成服务；计算机软硬件及辅助设备零售"),
    ("信息技术", "信息技术咨询服务；软件开发；数据处理和存储支持服务；网络技术服务；信息系统运行维护服务"),
    ("文化传媒", "组织文化艺术交流活动；广告设计、代理；广告制作；会议及展览服务；摄影扩印服务；文艺创作"),
    ("餐饮管理", "餐饮管理；餐饮服务（不产生油烟、异味、废气）；食品销售（仅销售预包装食品）；外卖递送服务"),
    ("贸易", "日用百货销售；五金产品批发；服装服饰批发；针纺织品销售；化妆品批发；办公用品销售；货物进出口"),
    ("建筑工程", "建设工程施工；住宅室内装饰装修；建筑材料销售；园林绿化工程施工；土石方工程施工"),
    ("物流", "普通货物仓储服务（不含危险化学品等需许可审批的项目）；国内货物运输代理；装卸搬运；道路货物运输站经营"),
    ("商贸", "食用农产品批发；食用农产品零售；水产品批发；新鲜水果零售；新鲜蔬菜零售；食品经营"),
    ("酒店管理", "酒店管理；物业管理；会议及展览服务；停车场服务；洗染服务；住宿服务"),
    ("健康咨询", "健康咨询服务（不含诊疗服务）；养生保健服务（非医疗）；美容服务；理发服务；足浴服务"),
    ("教育咨询", "教育咨询服务（不含涉许可审批的教育培训活动）；组织文化艺术交流活动；体育竞赛组织；业务培训"),
    ("机械设备", "通用设备制造（不含特种设备制造）；机械设备销售；机械零件、零部件加工；五金产品零售；金属材料销售"),
    ("供应链管理", "供应链管理服务；国内贸易代理；销售代理；包装服务；互联网销售（除销售需要许可的商品）"),
    ("环保科技", "环保咨询服务；污水处理及其再生利用；固体废物治理；大气污染治理；环境保护专用设备销售"),
    ("电子商务", "互联网销售（除销售需要许可的商品）；电子产品销售；家用电器销售；日用品销售；品牌管理"),
)
ENTITY_TYPES_LTD = ("有限责任公司（自然人投资或控股）", "有限责任公司（自然人独资）", "有限责任公司（法人独资）",
                    "有限责任公司（非自然人投资或控股的法人独资）", "其他有限责任公司",
                    "有限责任公司（港澳台法人独资）", "有限责任公司（外商投资、非独资）", "有限责任公司（国有控股）")
ENTITY_TYPES_JSC = ("股份有限公司（非上市、自然人投资或控股）", "股份有限公司（非上市）", "其他股份有限公司（非上市）")
BRANCH_TYPES = ("有限责任公司分公司（自然人投资或控股）", "有限责任公司分公司（自然人独资）",
                "其他有限责任公司分公司", "股份有限公司分公司（非上市、自然人投资或控股）")

LICENSED_TAILS = (
    "许可项目：{lic}（依法须经批准的项目，经相关部门批准后方可开展经营活动，具体经营项目以相关部门批准文件或许可证件为准）",
)
LICENSED = ("食品销售", "餐饮服务", "道路货物运输（不含危险货物）", "建设工程施工", "住宿服务", "出版物零售",
            "第二类增值电信业务", "酒类经营", "烟草制品零售", "公共场所卫生许可")
EXTRA_SCOPE = ("企业管理咨询", "市场营销策划", "会议及展览服务", "信息咨询服务（不含许可类信息咨询服务）", "票务代理服务",
               "平面设计", "翻译服务", "家政服务", "专业保洁、清洗、消毒服务", "办公设备租赁服务", "计算机系统服务",
               "人工智能应用软件开发", "物联网技术服务", "工艺美术品及收藏品零售（象牙及其制品除外）", "礼品花卉销售",
               "劳务服务（不含劳务派遣）", "停车场服务", "广告发布", "企业形象策划", "日用口罩（非医用）销售")

CN_DIGITS = "零壹贰叁肆伍陆柒捌玖"


def capital_upper(n_wan: int) -> str:
    """500 -> 伍佰万, 1000 -> 壹仟万, 50 -> 伍拾万, 1200 -> 壹仟贰佰万 (amount in 万元)."""
    units = [(1000, "仟"), (100, "佰"), (10, "拾"), (1, "")]
    out, zero = [], False
    for u, name in units:
        d = n_wan // u % 10
        if d:
            if zero and out:
                out.append("零")
            out.append(CN_DIGITS[d] + name)
            zero = False
        else:
            zero = True
    if n_wan >= 10000:
        raise ValueError(n_wan)
    return "".join(out) + "万"


def capital_text(rng: random.Random) -> str:
    n = rng.choice((3, 5, 10, 20, 30, 50, 100, 100, 200, 300, 500, 500, 800, 1000, 1000, 1200, 2000, 3000, 5000))
    form = rng.random()
    if form < 0.35:
        return f"人民币{capital_upper(n)}元整"
    if form < 0.65:
        return f"{n}万元整"
    if form < 0.8:
        return f"{n}万元人民币"
    if form < 0.9:
        return f"{capital_upper(n)}元整"
    return f"人民币{n}万元"


def scope_text(rng: random.Random, industry_scope: str, style: str) -> str:
    """经营范围 as printed. style 'new' = 一般项目/许可项目 (2021+), 'old' = a list with the single tail."""
    items = industry_scope.split("；")
    extra = rng.sample(EXTRA_SCOPE, rng.randrange(1, 7))
    general = "；".join(items + extra)
    if style == "new":
        text = f"一般项目：{general}（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）"
        if rng.random() < 0.6:
            text += LICENSED_TAILS[0].format(lic="；".join(rng.sample(LICENSED, rng.randrange(1, 3))))
        return text
    return general + "。（依法须经批准的项目，经相关部门批准后方可开展经营活动）"


def shop_scope(rng: random.Random) -> str:
    base = rng.choice((
        "餐饮服务；食品销售（仅销售预包装食品）",
        "理发服务；美容服务（不含医疗美容）",
        "日用百货、五金交电、服装鞋帽零售",
        "家用电器维修；手机维修；电子产品销售",
        "食用农产品零售；新鲜水果零售；新鲜蔬菜零售",
        "洗染服务；家政服务；缝纫修补服务",
    ))
    if rng.random() < 0.5:
        return f"许可项目：{base.split('；')[0]}（依法须经批准的项目，经相关部门批准后方可开展经营活动，具体经营项目以相关部门批准文件或许可证件为准）"
    return base + "。（依法须经批准的项目，经相关部门批准后方可开展经营活动）"


def company(rng: random.Random, c: County, kind: str) -> dict:
    """A business-licence subject: kind company / branch / individual."""
    ind, ind_scope = rng.choice(INDUSTRIES)
    trade = rng.choice(TRADE_NAMES)
    if rng.random() < 0.3:
        trade += rng.choice(TRADE_NAMES)[0]
    city = city_short(c)
    if kind == "individual":
        shop = rng.choice(("面馆", "小吃店", "理发店", "便利店", "水果店", "五金店", "干洗店", "手机维修部", "服装店", "烧烤店"))
        pre = rng.choice((c.name, city + "市" + c.name if c.prefecture else c.name, ""))
        name = f"{pre}{trade}{shop}"
        if rng.random() < 0.4:
            name += "（个体工商户）"
        return {"name": name, "entity_type": "个体工商户", "scope": shop_scope(rng), "capital": "",
                "credit_code": credit_code(rng, c, "2"), "industry": "shop"}
    jsc = rng.random() < 0.12
    suffix = "股份有限公司" if jsc else "有限公司"
    if rng.random() < 0.12:
        suffix = "（集团）" + suffix
    mid = ind
    if rng.random() < 0.3:
        mid = rng.choice(("数字", "智慧", "国际", "实业", "产业发展", "品牌", "供应链")) + ind
    if rng.random() < 0.2:
        mid += rng.choice(("与技术服务", "管理服务", "发展"))
    cityname = city + ("市" if rng.random() < 0.25 else "")
    name = f"{cityname}{trade}{mid}{suffix}"
    etype = rng.choice(ENTITY_TYPES_JSC if jsc else ENTITY_TYPES_LTD)
    scope = scope_text(rng, ind_scope, rng.choice(("new", "new", "old")))
    out = {"name": name, "entity_type": etype, "scope": scope, "capital": capital_text(rng),
           "credit_code": credit_code(rng, c), "industry": ind}
    if kind == "branch":
        out["name"] = name + c.name + rng.choice(("分公司", "第一分公司", "营业部", "分公司"))
        out["entity_type"] = rng.choice(BRANCH_TYPES[3:] if jsc else BRANCH_TYPES[:3])
        out["capital"] = ""
    return out


def authority_market(c: County) -> str:
    """登记机关 of a business licence."""
    if c.code[:2] in MUNICIPALITIES:
        return f"{c.province}{c.name}市场监督管理局"
    return f"{c.prefecture}{c.name}市场监督管理局" if c.prefecture and c.prefecture != c.name else f"{c.name}市场监督管理局"


def authority_police(c: County) -> str:
    """签发机关 on the ID card back."""
    if c.code[:2] in MUNICIPALITIES:
        return f"{c.province}公安局{c.name.removesuffix('区').removesuffix('新')}分局" if c.name.endswith("区") else f"{c.name}公安局"
    if c.name.endswith("区") and c.prefecture:
        return f"{c.prefecture}公安局{c.name.removesuffix('区')}分局"
    return f"{c.name}公安局"


PROVINCE_ABBR = {"11": "京", "12": "津", "13": "冀", "14": "晋", "15": "蒙", "21": "辽", "22": "吉", "23": "黑", "31": "沪",
                 "32": "苏", "33": "浙", "34": "皖", "35": "闽", "36": "赣", "37": "鲁", "41": "豫", "42": "鄂", "43": "湘",
                 "44": "粤", "45": "桂", "46": "琼", "50": "渝", "51": "川", "52": "黔", "53": "滇", "54": "藏", "61": "陕",
                 "62": "甘", "63": "青", "64": "宁", "65": "新"}


def health_license_no(rng: random.Random, c: County, year: int) -> str:
    br = rng.choice((("（", "）"), ("〔", "〕"), ("[", "]"), ("(", ")")))
    mid = rng.choice(("卫公字", "卫公字", "卫公证字"))
    serial = rng.choice((f"{c.code}{rng.randrange(0, 999999):06d}", f"{rng.randrange(1, 99999):05d}",
                         f"{c.code[2:]}{rng.randrange(0, 9999):04d}"))
    return f"{PROVINCE_ABBR[c.code[:2]]}{mid}{br[0]}{year}{br[1]}第{serial}号"


HEALTH_ITEMS = ("住宿", "宾馆", "沐浴", "美发", "美容", "美容、美发", "游泳场（馆）", "歌舞厅", "游艺厅", "商场（店）",
                "书店", "展览馆", "影剧院", "候车室", "酒吧", "茶座", "足浴", "公共浴室")


def health_items(rng: random.Random) -> str:
    k = rng.choice((1, 1, 2, 2, 3))
    return "、".join(dict.fromkeys(rng.sample(HEALTH_ITEMS, k)))


def food_license_no(rng: random.Random, c: County) -> str:
    first = rng.choice("1123")    # 1 预包装/散装 sale, 2 餐饮, 3 单位食堂 (first digit after JY)
    return f"JY{first}{c.code}{rng.randrange(0, 10 ** 7):07d}"


FOOD_FORMS = ("餐饮服务经营者（小型餐馆）", "餐饮服务经营者（中型餐馆）", "餐饮服务经营者（大型餐馆）",
              "餐饮服务经营者（饮品店）", "餐饮服务经营者（糕点店）", "餐饮服务经营者（小餐饮）",
              "食品销售经营者（超市）", "食品销售经营者（便利店）", "食品销售经营者（食杂店）",
              "食品销售经营者（网络食品销售商）", "单位食堂（学校食堂）", "单位食堂（职工食堂）", "单位食堂（托幼机构食堂）")
FOOD_ITEMS_SALE = ("预包装食品（含冷藏冷冻食品）销售", "预包装食品（不含冷藏冷冻食品）销售", "散装食品（含冷藏冷冻食品）销售",
                   "散装食品（不含冷藏冷冻食品）销售", "特殊食品销售（保健食品）", "特殊食品销售（婴幼儿配方乳粉）",
                   "散装食品（含熟食）销售")
FOOD_ITEMS_SERVICE = ("热食类食品制售", "冷食类食品制售", "生食类食品制售", "糕点类食品制售（不含裱花蛋糕）",
                      "自制饮品制售（不含自酿酒）", "半成品制售")


def food_items(rng: random.Random, form: str) -> str:
    if form.startswith("食品销售"):
        items = rng.sample(FOOD_ITEMS_SALE, rng.randrange(1, 5))
    else:
        items = rng.sample(FOOD_ITEMS_SERVICE, rng.randrange(1, 4))
        if rng.random() < 0.5:
            items = [rng.choice(FOOD_ITEMS_SALE[:2])] + items
    return "；".join(items)
