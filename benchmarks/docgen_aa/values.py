"""Family AA's values: people, firms, regions, numbers with valid check characters, dates, scopes.
Written from the standards (GB 11643, GB 32100, GB 11714) and the real documents' conventions."""

from __future__ import annotations

import datetime as dt
import random

USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY"

# (province, city, district, 6-digit code, short name, street list)
REGIONS = [
    ("上海市", "", "浦东新区", "310115", "沪", ["张杨路", "世纪大道", "川沙路", "锦绣路", "东方路", "花木路"]),
    ("上海市", "", "闵行区", "310112", "沪", ["七莘路", "莘庄镇莘建路", "虹井路", "都市路"]),
    ("北京市", "", "朝阳区", "110105", "京", ["建国路", "朝阳北路", "望京街", "酒仙桥路"]),
    ("北京市", "", "海淀区", "110108", "京", ["中关村大街", "学院路", "西三环北路", "万泉河路"]),
    ("广东省", "广州市", "天河区", "440106", "粤", ["天河路", "体育西路", "黄埔大道西", "中山大道"]),
    ("广东省", "深圳市", "南山区", "440305", "粤", ["科技园南路", "南海大道", "桃园路", "深南大道"]),
    ("浙江省", "杭州市", "西湖区", "330106", "浙", ["文三路", "古墩路", "天目山路", "紫金港路"]),
    ("江苏省", "南京市", "鼓楼区", "320106", "苏", ["中山北路", "湖南路", "广州路", "虎踞路"]),
    ("四川省", "成都市", "武侯区", "510107", "川", ["科华北路", "武侯祠大街", "高升桥路", "佳灵路"]),
    ("湖北省", "武汉市", "青山区", "420107", "鄂", ["和平大道", "建设一路", "友谊大道", "冶金大道"]),
    ("山东省", "济南市", "历下区", "370102", "鲁", ["泉城路", "解放路", "经十路", "文化东路"]),
    ("河南省", "郑州市", "金水区", "410105", "豫", ["花园路", "农业路", "经三路", "金水路"]),
    ("吉林省", "白城市", "洮北区", "220802", "吉", ["长庆街", "中兴西大路", "海明路", "新华路"]),
    ("新疆维吾尔自治区", "乌鲁木齐市", "天山区", "650102", "新", ["解放南路", "新华北路", "中山路"]),
]

SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
            "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
COMPOUND = ["欧阳", "司马", "上官", "诸葛", "慕容"]
GIVEN = ("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红梅玉兰文辉晓东海燕春雪琳嘉怡子轩浩然"
         "梓涵雨欣宇航思远佳颖俊杰一鸣诗琪晨曦乐瑶博文昊天欣怡泽宇若曦宏伟立新德胜淑珍凤琴永刚建华丽娟")
NATIONS = ["汉"] * 14 + ["回", "满", "壮", "蒙古", "维吾尔", "土家", "苗", "朝鲜", "藏", "彝"]
ZIHAO = ["锦程", "华信", "鼎盛", "恒源", "佳禾", "瑞丰", "宏达", "新亿", "启明", "安泰", "德润", "金桥", "青禾", "蓝湾",
         "星辰", "和合", "卓越", "丰泽", "嘉禾", "同心", "聚贤", "博远", "润泽", "鑫隆", "美佳", "盛世", "永和", "天悦"]
TRADES = [("餐饮管理", "餐饮服务；食品销售；餐饮管理；外卖递送服务"),
          ("信息科技", "技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广；软件开发；信息系统集成服务；计算机系统服务"),
          ("商贸", "日用百货销售；五金产品批发；电子产品销售；针纺织品销售；化妆品零售；办公用品销售"),
          ("文化传播", "组织文化艺术交流活动；会议及展览服务；广告设计、代理；广告制作；图文设计制作"),
          ("建筑装饰工程", "住宅室内装饰装修；建筑装饰材料销售；园林绿化工程施工；土石方工程施工"),
          ("酒店管理", "住宿服务；酒店管理；餐饮服务；停车场服务；洗染服务"),
          ("美容美发", "理发服务；生活美容服务；化妆品零售；日用品销售"),
          ("物流", "普通货物仓储服务；国内货物运输代理；道路货物运输（不含危险货物）；装卸搬运"),
          ("健康咨询", "健康咨询服务（不含诊疗服务）；养生保健服务（非医疗）；体育健康服务"),
          ("食品", "食品销售；食品互联网销售；保健食品（预包装）销售；农副产品销售")]
ENTITY_TYPES = ["有限责任公司（自然人投资或控股）", "有限责任公司（自然人独资）", "其他有限责任公司",
                "有限责任公司（非自然人投资或控股的法人独资）", "股份有限公司（非上市、自然人投资或控股）",
                "有限合伙企业", "个人独资企业"]
CN_NUM = "零壹贰叁肆伍陆柒捌玖"


def name(r: random.Random) -> str:
    s = r.choice(COMPOUND) if r.random() < 0.03 else r.choice(SURNAMES)
    n = 1 if r.random() < 0.3 else 2
    return s + "".join(r.choice(GIVEN) for _ in range(n))


def region(r: random.Random) -> tuple:
    return r.choice(REGIONS)


def address(r: random.Random, reg: tuple, long: bool = False) -> str:
    prov, city, dist, _, _, streets = reg
    head = (prov if prov.endswith("市") else prov + city) + dist
    s = head + r.choice(streets) + f"{r.randint(1, 2999)}号"
    if r.random() < 0.5:
        s += f"{r.randint(1, 30)}幢" if r.random() < 0.5 else f"{r.randint(1, 12)}号楼"
    if r.random() < 0.6:
        s += f"{r.randint(1, 28)}{r.randint(0, 3)}{r.randint(1, 9)}室"
    if long:
        s += r.choice(["（集中登记地）", "一层东侧商铺", "B1层101-3单元", "（自主申报）"])
    return s


def id_check(s17: str) -> str:
    c = (1 - 2 * int(s17, 13)) % 11
    return "X" if c == 10 else str(c)


def id_number(r: random.Random, reg: tuple, birth: dt.date, sex: str) -> str:
    seq = r.randint(0, 99) * 10 + r.choice([1, 3, 5, 7, 9] if sex == "男" else [0, 2, 4, 6, 8])
    s17 = reg[3] + birth.strftime("%Y%m%d") + f"{seq:03d}"
    return s17 + id_check(s17)


def org_code(r: random.Random) -> str:
    """GB 11714 9-character organisation code with its check character."""
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    body = "".join(r.choice(chars[:10] if i < 2 else chars) for i in range(8))
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    val = [int(c) if c.isdigit() else ord(c) - 55 for c in body]
    c9 = 11 - sum(a * b for a, b in zip(val, w, strict=True)) % 11
    return body + ("X" if c9 == 10 else "0" if c9 == 11 else str(c9))


def uscc(r: random.Random, reg: tuple, kind: str = "91") -> str:
    s17 = kind + reg[3] + org_code(r)
    s17 = "".join(ch if ch in USCC else "0" for ch in s17)
    total = sum(USCC.index(ch) * pow(3, i, 31) for i, ch in enumerate(s17))
    return s17 + USCC[(31 - total % 31) % 31]


def date_between(r: random.Random, a: dt.date, b: dt.date) -> dt.date:
    return a + dt.timedelta(days=r.randint(0, (b - a).days))


def add_years(d: dt.date, n: int) -> dt.date:
    try:
        return d.replace(year=d.year + n)
    except ValueError:
        return d.replace(year=d.year + n, day=28)


def cn_date(d: dt.date) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日"


def cn_date_nopad(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def capital_cn(wan: int) -> str:
    """人民币 capital in 大写, e.g. 壹佰万元整 for wan=100 (万元)."""
    units = [(1000, "仟"), (100, "佰"), (10, "拾"), (1, "")]
    out, zero = "", False
    for u, nm in units:
        d = wan // u % 10
        if d:
            if zero and out:
                out += "零"
            out += CN_NUM[d] + nm
            zero = False
        else:
            zero = True
    return out + "万元整"


def firm(r: random.Random, reg: tuple) -> dict:
    zh = r.choice(ZIHAO) + (r.choice(ZIHAO)[0] if r.random() < 0.2 else "")
    trade, scope = r.choice(TRADES)
    city = reg[1].rstrip("市") if reg[1] else reg[0].rstrip("市")
    et = r.choice(ENTITY_TYPES)
    suffix = "有限公司" if "有限责任" in et else "股份有限公司" if "股份" in et else "（有限合伙）" if "合伙" in et else ""
    if suffix == "":
        nm = city + zh + trade + "中心"
    elif suffix == "（有限合伙）":
        nm = city + zh + trade + "合伙企业（有限合伙）"
    else:
        nm = city + zh + trade + suffix
    if r.random() < 0.12:
        nm = nm.replace("有限公司", "有限公司" + reg[2] + "分公司") if suffix == "有限公司" else nm
    extra = "；".join(r.sample(["信息咨询服务（不含许可类信息咨询服务）", "企业管理咨询", "市场营销策划", "家政服务",
                               "专业保洁、清洗、消毒服务", "会议及展览服务", "礼仪服务", "摄影扩印服务", "票务代理服务",
                               "二手日用百货销售", "工艺美术品及礼仪用品销售（象牙及其制品除外）"], r.randint(1, 5)))
    sc = "一般项目：" + scope + "；" + extra + "。（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）"
    if r.random() < 0.4:
        sc = sc + "许可项目：" + r.choice(["食品经营", "酒类经营", "第二类增值电信业务", "建设工程施工", "公共场所（住宿）"]) + \
            "。（依法须经批准的项目，经相关部门批准后方可开展经营活动，具体经营项目以相关部门批准文件或许可证件为准）"
    return {"name": nm, "scope": sc, "entity_type": et, "trade": trade}
