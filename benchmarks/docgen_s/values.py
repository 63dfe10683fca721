"""Values for family S (names, places, companies, numbers), drawn from a numpy Generator so a seed
fixes them. Written from knowledge of the real documents (GB 11643 ID numbers, GB 32100 credit codes,
the 2019 register's entity types, 一般项目/许可项目 scopes), independent of any other family."""

from __future__ import annotations

import datetime as dt

import numpy as np

TODAY = dt.date(2026, 11, 20)

# (province, prefecture, county, GB/T 2260 code, short county name for the police sub-bureau)
PLACES = [
    ("上海市", "", "浦东新区", "310115", "浦东"), ("上海市", "", "闵行区", "310112", "闵行"),
    ("北京市", "", "朝阳区", "110105", "朝阳"), ("北京市", "", "海淀区", "110108", "海淀"),
    ("天津市", "", "河西区", "120103", "河西"), ("重庆市", "", "渝北区", "500112", "渝北"),
    ("广东省", "广州市", "天河区", "440106", "天河"), ("广东省", "深圳市", "南山区", "440305", "南山"),
    ("广东省", "佛山市", "顺德区", "440606", "顺德"), ("浙江省", "杭州市", "西湖区", "330106", "西湖"),
    ("浙江省", "金华市", "义乌市", "330782", "义乌"), ("江苏省", "南京市", "鼓楼区", "320106", "鼓楼"),
    ("江苏省", "苏州市", "昆山市", "320583", "昆山"), ("四川省", "成都市", "武侯区", "510107", "武侯"),
    ("四川省", "凉山彝族自治州", "西昌市", "513401", "西昌"), ("湖北省", "武汉市", "洪山区", "420111", "洪山"),
    ("陕西省", "西安市", "雁塔区", "610113", "雁塔"), ("山东省", "济南市", "历下区", "370102", "历下"),
    ("山东省", "临沂市", "兰山区", "371302", "兰山"), ("河南省", "郑州市", "金水区", "410105", "金水"),
    ("河南省", "周口市", "鹿邑县", "411628", "鹿邑"), ("湖南省", "长沙市", "岳麓区", "430104", "岳麓"),
    ("福建省", "厦门市", "思明区", "350203", "思明"), ("福建省", "泉州市", "晋江市", "350582", "晋江"),
    ("辽宁省", "沈阳市", "和平区", "210102", "和平"), ("黑龙江省", "哈尔滨市", "南岗区", "230103", "南岗"),
    ("吉林省", "长春市", "朝阳区", "220104", "朝阳"), ("云南省", "昆明市", "五华区", "530102", "五华"),
    ("新疆维吾尔自治区", "乌鲁木齐市", "天山区", "650102", "天山"),
    ("广西壮族自治区", "南宁市", "青秀区", "450103", "青秀"), ("贵州省", "贵阳市", "南明区", "520102", "南明"),
    ("安徽省", "合肥市", "蜀山区", "340104", "蜀山"), ("江西省", "南昌市", "东湖区", "360102", "东湖"),
    ("河北省", "石家庄市", "长安区", "130102", "长安"), ("山西省", "太原市", "小店区", "140105", "小店"),
    ("内蒙古自治区", "呼和浩特市", "新城区", "150102", "新城"), ("甘肃省", "兰州市", "城关区", "620102", "城关"),
    ("海南省", "海口市", "龙华区", "460106", "龙华"), ("宁夏回族自治区", "银川市", "兴庆区", "640104", "兴庆"),
    ("青海省", "西宁市", "城中区", "630103", "城中"), ("西藏自治区", "拉萨市", "城关区", "540102", "城关"),
]
PROV_SHORT = {"上海市": "沪", "北京市": "京", "天津市": "津", "重庆市": "渝", "广东省": "粤", "浙江省": "浙",
              "江苏省": "苏", "四川省": "川", "湖北省": "鄂", "陕西省": "陕", "山东省": "鲁", "河南省": "豫",
              "湖南省": "湘", "福建省": "闽", "辽宁省": "辽", "黑龙江省": "黑", "吉林省": "吉", "云南省": "滇",
              "新疆维吾尔自治区": "新", "广西壮族自治区": "桂", "贵州省": "黔", "安徽省": "皖", "江西省": "赣",
              "河北省": "冀", "山西省": "晋", "内蒙古自治区": "内", "甘肃省": "甘", "海南省": "琼",
              "宁夏回族自治区": "宁", "青海省": "青", "西藏自治区": "藏"}

SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
COMPOUND = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "慕容", "令狐", "尉迟", "端木", "公孙", "夏侯", "长孙", "宇文"]
GIVEN = list("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂英华玉萍红娥玲芬燕彬鑫浩宇轩涵梓欣怡晨子睿嘉琪思雨博文俊辰佳雪婷瑶凯鹏飞翔志国建新春梅晓东海波云龙斌亮晶慧颖琳倩璐珊莉淑贞蕾薇馨悦诗曼瀚泽铭哲煜旭昊天逸阳")
NATIONS = ["汉"] * 30 + ["回", "满", "壮", "维吾尔", "苗", "彝", "土家", "藏", "蒙古", "朝鲜", "布依", "侗", "瑶", "白", "哈尼", "哈萨克", "傣", "黎", "畲", "仡佬"]
ROADS = list("人民解放建设中山长江黄河和平胜利文化友谊新华光明幸福复兴迎宾滨江金沙青年东风朝阳")
ROAD_SUFFIX = ["路", "路", "街", "大道", "东路", "西路", "南路", "北路", "大街"]
VILLAGES = ["王庄", "李家湾", "红星", "新桥", "柳树屯", "大河", "石门", "前进", "张家坪", "桃园"]
TOWNS = ["城关镇", "新兴镇", "黄土岗镇", "白马乡", "清水镇", "太平镇", "龙泉街道", "东城街道", "沙河街道"]
COMMUNITIES = ["阳光花园", "金色家园", "翠湖苑", "锦绣江南", "世纪新城", "碧桂园", "万科城", "和谐家园", "滨江名苑", "丽景湾"]

ZIHAO = list("华盛鑫隆泰恒达信诚远宏兴佳瑞通源博睿创新智汇鼎晟聚丰嘉禾润德天宇金辉腾飞凯越力拓")
TRADES = ["科技", "信息技术", "餐饮管理", "商贸", "建筑工程", "物流", "文化传媒", "医疗器械", "食品", "环保科技",
          "电子商务", "装饰工程", "教育咨询", "农业发展", "网络科技", "供应链管理", "机械设备", "企业管理咨询", "酒店管理", "健康管理"]
GENERAL = ["技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广", "软件开发", "信息系统集成服务", "企业管理咨询",
           "市场营销策划", "会议及展览服务", "办公用品销售", "日用百货销售", "五金产品零售", "电子产品销售",
           "计算机软硬件及辅助设备零售", "广告设计、代理", "广告制作", "餐饮管理", "食用农产品零售", "家用电器销售",
           "建筑材料销售", "装卸搬运", "国内货物运输代理", "普通货物仓储服务（不含危险化学品等需许可审批的项目）",
           "机械设备租赁", "住房租赁", "物业管理", "家政服务", "组织文化艺术交流活动", "体育用品及器材零售",
           "服装服饰零售", "化妆品零售", "第一类医疗器械销售", "第二类医疗器械销售", "劳务服务（不含劳务派遣）",
           "园林绿化工程施工", "专业设计服务", "数据处理和存储支持服务", "互联网销售（除销售需要许可的商品）"]
LICENSED = ["食品销售", "餐饮服务", "建设工程施工", "道路货物运输（不含危险货物）", "第三类医疗器械经营",
            "出版物零售", "酒类经营", "住宿服务", "公共场所卫生许可", "职业中介活动", "烟草制品零售", "小食杂"]
GENERAL_TAIL = "（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）"
LICENSED_TAIL = "（依法须经批准的项目，经相关部门批准后方可开展经营活动，具体经营项目以相关部门批准文件或许可证件为准）"
OLD_SCOPE_TAIL = "（依法须经批准的项目，经相关部门批准后方可开展经营活动）"

UPPER = "零壹贰叁肆伍陆柒捌玖"


def pick(rng: np.random.Generator, seq):
    return seq[int(rng.integers(len(seq)))]


def place(rng: np.random.Generator) -> tuple[str, str, str, str, str]:
    return pick(rng, PLACES)


def person_name(rng: np.random.Generator) -> str:
    sur = pick(rng, COMPOUND) if rng.random() < 0.08 else pick(rng, SURNAMES)
    n = 1 if rng.random() < 0.3 else 2
    if len(sur) == 2 and rng.random() < 0.5:
        n = 1
    return sur + "".join(pick(rng, GIVEN) for _ in range(n))


def date_between(rng: np.random.Generator, a: dt.date, b: dt.date) -> dt.date:
    return a + dt.timedelta(days=int(rng.integers(0, max(1, (b - a).days))))


def id_number(area: str, birth: dt.date, male: bool, rng: np.random.Generator) -> str:
    seq = int(rng.integers(0, 100)) * 10 + int(rng.integers(0, 5)) * 2 + (1 if male else 0)
    body = f"{area}{birth:%Y%m%d}{seq:03d}"
    c = (1 - 2 * int(body, 13)) % 11
    return body + ("X" if c == 10 else str(c))


USCC_CH = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def _org_code(rng: np.random.Generator) -> str:
    chars = [USCC_CH[int(rng.integers(10))] if rng.random() < 0.85 else USCC_CH[int(rng.integers(10, 31))] for _ in range(8)]
    vals = [int(c) if c.isdigit() else ord(c) - 55 for c in chars]
    s = sum(v * w for v, w in zip(vals, (3, 7, 9, 10, 5, 8, 4, 2), strict=True))
    c = 11 - s % 11
    return "".join(chars) + ("X" if c == 10 else "0" if c == 11 else str(c))


def uscc(rng: np.random.Generator, head: str, area: str) -> str:
    body = head + area + _org_code(rng)
    total = sum(USCC_CH.index(ch) * pow(3, i, 31) for i, ch in enumerate(body))
    return body + USCC_CH[(31 - total % 31) % 31]


def address(rng: np.random.Generator, p: tuple[str, ...], full: bool = True) -> str:
    prov, city, county = p[0], p[1], p[2]
    head = (prov + city + county) if full else (city or prov) + county
    r = rng.random()
    if r < 0.18:
        return head + pick(rng, TOWNS) + pick(rng, VILLAGES) + "村" + f"{int(rng.integers(1, 12))}组{int(rng.integers(1, 99))}号"
    road = pick(rng, ROADS) + pick(rng, ROADS) + pick(rng, ROAD_SUFFIX)
    if prov == "上海市" and rng.random() < 0.6:
        return head + road + f"{int(rng.integers(1, 2000))}弄{int(rng.integers(1, 60))}号{int(rng.integers(1, 30))}{int(rng.integers(1, 4)):02d}室"
    if r < 0.55:
        return head + road + f"{int(rng.integers(1, 999))}号" + pick(rng, COMMUNITIES) + f"{int(rng.integers(1, 30))}号楼{int(rng.integers(1, 6))}单元{int(rng.integers(1, 33))}{int(rng.integers(1, 6)):02d}室"
    if r < 0.8:
        return head + road + f"{int(rng.integers(1, 999))}号{int(rng.integers(1, 20))}层{int(rng.integers(1, 30)):02d}室"
    return head + road + f"{int(rng.integers(1, 999))}号"


def money_upper(n: int) -> str:
    """An amount in 万元 written with capital numerals as licences print it (壹佰万元整 style)."""
    units = [(1000, "仟"), (100, "佰"), (10, "拾"), (1, "")]
    out, zero = "", False
    for u, name in units:
        d = (n // u) % 10
        if d:
            if zero and out:
                out += "零"
            out += UPPER[d] + name
            zero = False
        elif out:
            zero = True
    return out + "万元整"


def capital(rng: np.random.Generator) -> str:
    n = int(pick(rng, [1, 3, 5, 10, 20, 30, 50, 100, 200, 300, 500, 800, 1000, 2000, 5000, 1200, 150, 60]))
    r = rng.random()
    if r < 0.35:
        return f"{n}万元整"
    if r < 0.6:
        return f"人民币{money_upper(n)}"
    if r < 0.8:
        return money_upper(n)
    if r < 0.92:
        return f"{n}万元人民币"
    return f"{n}万美元"


def scope(rng: np.random.Generator, licensed: bool | None = None, old: bool = False) -> str:
    k = int(rng.integers(3, 11))
    idx = rng.choice(len(GENERAL), size=k, replace=False)
    gen = "；".join(GENERAL[int(i)] for i in idx)
    if old:
        return gen.replace("；", "、") + "。" + OLD_SCOPE_TAIL
    out = "一般项目：" + gen + "。" + GENERAL_TAIL
    if licensed if licensed is not None else rng.random() < 0.45:
        lk = rng.choice(len(LICENSED), size=int(rng.integers(1, 4)), replace=False)
        out += "许可项目：" + "；".join(LICENSED[int(i)] for i in lk) + "。" + LICENSED_TAIL
    return out


def zihao(rng: np.random.Generator) -> str:
    return pick(rng, ZIHAO) + pick(rng, ZIHAO)


def cn_date(d: dt.date) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日"


def add_years(d: dt.date, y: int) -> dt.date:
    try:
        return d.replace(year=d.year + y)
    except ValueError:
        return d.replace(year=d.year + y, day=28)
