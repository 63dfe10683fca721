"""Family Y's values: people, places, companies and the numbers printed on them, written from what real
documents carry (GB 11643 ID numbers, GB 32100 credit codes with a GB 11714 organisation code inside,
public-health numbers with year brackets, food licence numbers JY + 14 digits). Every draw takes the
caller's numpy Generator, so a file's values depend on its own seed only."""

from __future__ import annotations

import datetime as dt

import numpy as np

TODAY = dt.date(2026, 11, 20)

SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
COMPOUND = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "长孙", "宇文", "司徒", "夏侯"]
GIVEN_M = list("伟强磊军洋勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆帅旭宁龙林峰建国志海东亮晨博文彬浩然子轩梓睿")
GIVEN_F = list("芳娜敏静丽艳娟霞秀英玲婷雪慧莹颖琳晶欣怡佳倩梅兰红燕萍琴瑶璐妍涵诗雨思蕊")
NATIONS = ["汉"] * 30 + ["回", "满", "壮", "蒙古", "维吾尔", "藏", "苗", "彝", "土家", "朝鲜", "侗", "瑶", "白", "哈尼", "傣", "黎", "畲"]

# (province, abbreviation, city, district, 6-digit code, police issuer, streets, villages)
PLACES = [
    ("北京市", "京", "", "朝阳区", "110105", "北京市公安局朝阳分局", ["建国路", "朝阳北路", "望京街", "酒仙桥路"], ["崔各庄乡何各庄村"]),
    ("北京市", "京", "", "海淀区", "110108", "北京市公安局海淀分局", ["中关村大街", "学院路", "万泉河路"], ["四季青镇香山村"]),
    ("上海市", "沪", "", "浦东新区", "310115", "上海市公安局浦东分局", ["张杨路", "世纪大道", "川沙路", "锦绣路"], ["惠南镇黄路村"]),
    ("上海市", "沪", "", "徐汇区", "310104", "上海市公安局徐汇分局", ["漕溪北路", "田林路", "龙华中路"], []),
    ("天津市", "津", "", "河西区", "120103", "天津市公安局河西分局", ["友谊路", "围堤道", "解放南路"], []),
    ("重庆市", "渝", "", "渝北区", "500112", "重庆市公安局渝北区分局", ["龙山大道", "金开大道", "新南路"], ["统景镇印盒村"]),
    ("广东省", "粤", "广州市", "天河区", "440106", "广州市公安局天河区分局", ["天河路", "体育西路", "黄埔大道西", "中山大道"], []),
    ("广东省", "粤", "深圳市", "南山区", "440305", "深圳市公安局南山分局", ["科技园南路", "南海大道", "桃园路"], []),
    ("广东省", "粤", "佛山市", "顺德区", "440606", "佛山市公安局顺德分局", ["大良新桂路", "容桂大道"], ["勒流街道众涌村"]),
    ("浙江省", "浙", "杭州市", "西湖区", "330106", "杭州市公安局西湖区分局", ["文三路", "天目山路", "古墩路"], ["双浦镇铜鉴湖村"]),
    ("浙江省", "浙", "温州市", "鹿城区", "330302", "温州市公安局鹿城区分局", ["人民中路", "车站大道"], []),
    ("江苏省", "苏", "南京市", "鼓楼区", "320106", "南京市公安局鼓楼分局", ["中山北路", "湖南路", "江东北路"], []),
    ("江苏省", "苏", "苏州市", "吴中区", "320506", "苏州市公安局吴中分局", ["东吴北路", "宝带西路"], ["临湖镇湖桥村"]),
    ("山东省", "鲁", "济南市", "历下区", "370102", "济南市公安局历下区分局", ["泉城路", "经十路", "解放路"], []),
    ("山东省", "鲁", "临沂市", "兰山区", "371302", "临沂市公安局兰山分局", ["沂蒙路", "通达路"], ["枣园镇前村"]),
    ("河南省", "豫", "郑州市", "金水区", "410105", "郑州市公安局金水分局", ["花园路", "纬五路", "农业路"], []),
    ("河南省", "豫", "周口市", "郸城县", "411625", "郸城县公安局", ["世纪大道"], ["汲冢镇刘庄村", "石槽镇李楼村"]),
    ("四川省", "川", "成都市", "武侯区", "510107", "成都市公安局武侯区分局", ["人民南路四段", "科华北路", "武侯祠大街"], []),
    ("四川省", "川", "南充市", "仪陇县", "511324", "仪陇县公安局", ["新政镇银杏路"], ["马鞍镇琳琅村"]),
    ("湖北省", "鄂", "武汉市", "洪山区", "420111", "武汉市公安局洪山分局", ["珞喻路", "雄楚大道", "关山大道"], []),
    ("湖南省", "湘", "长沙市", "岳麓区", "430104", "长沙市公安局岳麓分局", ["麓山南路", "枫林一路", "岳麓大道"], ["含浦街道学士村"]),
    ("福建省", "闽", "厦门市", "思明区", "350203", "厦门市公安局思明分局", ["湖滨南路", "厦禾路", "嘉禾路"], []),
    ("河北省", "冀", "石家庄市", "长安区", "130102", "石家庄市公安局长安分局", ["中山东路", "建设北大街"], []),
    ("陕西省", "陕", "西安市", "雁塔区", "610113", "西安市公安局雁塔分局", ["小寨东路", "长安南路", "科技路"], []),
    ("辽宁省", "辽", "沈阳市", "和平区", "210102", "沈阳市公安局和平分局", ["南京北街", "中华路"], []),
    ("黑龙江省", "黑", "哈尔滨市", "南岗区", "230103", "哈尔滨市公安局南岗分局", ["西大直街", "红军街"], []),
    ("安徽省", "皖", "合肥市", "蜀山区", "340104", "合肥市公安局蜀山分局", ["长江西路", "黄山路"], ["南岗镇汤店村"]),
    ("江西省", "赣", "南昌市", "东湖区", "360102", "南昌市公安局东湖分局", ["八一大道", "阳明路"], []),
    ("广西壮族自治区", "桂", "南宁市", "青秀区", "450103", "南宁市公安局青秀分局", ["民族大道", "东葛路"], ["伶俐镇伶俐村"]),
    ("云南省", "云", "昆明市", "五华区", "530102", "昆明市公安局五华分局", ["人民中路", "东风西路"], []),
    ("新疆维吾尔自治区", "新", "乌鲁木齐市", "天山区", "650102", "乌鲁木齐市公安局天山区分局", ["解放南路", "新华北路"], []),
    ("贵州省", "黔", "贵阳市", "南明区", "520102", "贵阳市公安局南明分局", ["中华南路", "花果园大街"], []),
    ("山西省", "晋", "太原市", "小店区", "140105", "太原市公安局小店分局", ["长风街", "体育路"], []),
    ("吉林省", "吉", "长春市", "朝阳区", "220104", "长春市公安局朝阳分局", ["人民大街", "工农大路"], []),
]

ZIHAO = ["鑫源", "华兴", "恒达", "宏图", "盛世", "锦程", "同创", "新航", "博远", "汇通", "百川", "德润", "金穗", "瑞丰",
         "启明", "星河", "聚力", "嘉禾", "万象", "顺昌", "鼎盛", "云帆", "蓝海", "青禾", "优品", "睿智", "安泰", "明德",
         "东方红", "小蜜蜂", "老街坊", "好邻居", "甜心", "味之源", "禾木", "悦享", "拾光", "知行", "开元", "君诚"]
TRADES = [("科技", ["技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广", "软件开发", "信息系统集成服务",
                    "计算机系统服务", "数据处理服务", "人工智能应用软件开发", "网络技术服务"]),
          ("贸易", ["日用百货销售", "五金产品批发", "五金产品零售", "电子产品销售", "服装服饰批发", "针纺织品销售",
                    "建筑材料销售", "化工产品销售（不含许可类化工产品）", "货物进出口", "技术进出口"]),
          ("餐饮管理", ["餐饮管理", "食品销售（仅销售预包装食品）", "外卖递送服务", "企业管理咨询", "会议及展览服务"]),
          ("建筑工程", ["园林绿化工程施工", "土石方工程施工", "对外承包工程", "建筑装饰材料销售", "劳务服务（不含劳务派遣）"]),
          ("物业管理", ["物业管理", "停车场服务", "家政服务", "专业保洁、清洗、消毒服务", "城市绿化管理"]),
          ("文化传媒", ["组织文化艺术交流活动", "广告设计、代理", "广告制作", "广告发布", "摄像及视频制作服务", "平面设计"]),
          ("电子商务", ["互联网销售（除销售需要许可的商品）", "供应链管理服务", "国内贸易代理", "包装服务", "普通货物仓储服务（不含危险化学品等需许可审批的项目）"]),
          ("农业发展", ["农业专业及辅助性活动", "谷物种植", "蔬菜种植", "水果种植", "农产品的生产、销售、加工、运输、贮藏及其他相关服务"]),
          ("汽车服务", ["机动车修理和维护", "汽车零配件零售", "洗车服务", "二手车经纪", "小微型客车租赁经营服务"]),
          ("教育咨询", ["教育咨询服务（不含涉许可审批的教育培训活动）", "业务培训（不含教育培训、职业技能培训等需取得许可的培训）", "信息咨询服务（不含许可类信息咨询服务）"])]
LICENSED = {"科技": ["第二类增值电信业务"], "贸易": ["食品销售", "酒类经营"], "餐饮管理": ["餐饮服务", "食品销售"],
            "建筑工程": ["建设工程施工", "住宅室内装饰装修"], "物业管理": ["城市生活垃圾经营性服务"],
            "文化传媒": ["营业性演出", "广播电视节目制作经营"], "电子商务": ["食品销售", "道路货物运输（不含危险货物）"],
            "农业发展": ["农作物种子经营", "食品生产"], "汽车服务": ["机动车检验检测服务"], "教育咨询": ["出版物零售"]}
GEN_TAIL = "（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）"
LIC_TAIL = "（依法须经批准的项目，经相关部门批准后方可开展经营活动，具体经营项目以相关部门批准文件或许可证件为准）"

COMPANY_TYPES = [("有限责任公司（自然人投资或控股）", 10), ("有限责任公司（自然人独资）", 6), ("有限责任公司（法人独资）", 2),
                 ("其他有限责任公司", 2), ("股份有限公司（非上市、自然人投资或控股）", 1),
                 ("有限责任公司分公司（自然人投资或控股）", 2), ("普通合伙企业", 1), ("有限合伙企业", 1), ("个体工商户", 6)]
UPPER = "零壹贰叁肆伍陆柒捌玖"

USCC_CH = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def pick(rng: np.random.Generator, seq):  # noqa: ANN001, ANN201 - any sequence
    return seq[int(rng.integers(len(seq)))]


def weighted(rng: np.random.Generator, pairs):  # noqa: ANN001, ANN201
    w = np.array([p[1] for p in pairs], float)
    return pairs[int(rng.choice(len(pairs), p=w / w.sum()))][0]


def person_name(rng: np.random.Generator, male: bool) -> str:
    """2–4 characters: a single or compound surname and one or two given characters."""
    sur = pick(rng, COMPOUND) if rng.random() < 0.07 else pick(rng, SURNAMES)
    pool = GIVEN_M if male else GIVEN_F
    given = pick(rng, pool) + (pick(rng, pool) if rng.random() < 0.7 else "")
    if len(sur) == 2 and len(given) == 2 and rng.random() < 0.5:
        given = given[0]
    return sur + given


def place(rng: np.random.Generator) -> tuple:
    return pick(rng, PLACES)


def address(rng: np.random.Generator, p: tuple, kind: str = "home") -> str:
    """A street address in place `p`, with the forms real addresses take (号, 号楼, 单元, 室, 弄, 组, 村)."""
    prov, _, city, dist = p[0], p[1], p[2], p[3]
    head = (prov if city == "" else prov + city) + dist
    if kind == "home" and p[7] and rng.random() < 0.3:
        v = pick(rng, p[7])
        return head + v + f"{int(rng.integers(1, 12))}组{int(rng.integers(1, 80))}号"
    street = pick(rng, p[6])
    r = rng.random()
    if prov == "上海市" and r < 0.35:
        return head + street + f"{int(rng.integers(10, 1800))}弄{int(rng.integers(1, 40))}号{int(rng.integers(101, 1903))}室"
    if kind == "home" and r < 0.7:
        return (head + street + f"{int(rng.integers(1, 999))}号{int(rng.integers(1, 30))}号楼"
                f"{int(rng.integers(1, 6))}单元{int(rng.integers(1, 33))}{int(rng.integers(1, 5)):02d}室")
    if kind == "biz" and r < 0.5:
        return head + street + f"{int(rng.integers(1, 999))}号{pick(rng, ['', 'A座', 'B栋', '1幢'])}{int(rng.integers(1, 28))}层{int(rng.integers(1, 30)):02d}号"
    if kind == "biz" and r < 0.75:
        return head + street + f"{int(rng.integers(1, 600))}号{int(rng.integers(1, 4))}楼{int(rng.integers(101, 399))}室"
    return head + street + f"{int(rng.integers(1, 999))}号" + ("" if rng.random() < 0.5 else f"附{int(rng.integers(1, 9))}号")


def date_between(rng: np.random.Generator, a: dt.date, b: dt.date) -> dt.date:
    return a + dt.timedelta(days=int(rng.integers(0, max((b - a).days, 1))))


def id_number(region: str, birth: dt.date, male: bool, rng: np.random.Generator) -> str:
    """GB 11643: region, birth date, sequence (odd for men), check character."""
    seq = int(rng.integers(0, 500)) * 2 + (1 if male else 0)
    body = f"{region}{birth:%Y%m%d}{seq:03d}"
    c = (1 - 2 * int(body, 13)) % 11
    return body + ("X" if c == 10 else str(c))


def org_code(rng: np.random.Generator) -> str:
    """GB 11714 organisation code: 8 characters and its check (weights 3 7 9 10 5 8 4 2, mod 11)."""
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    body = "".join(pick(rng, chars[:10] if rng.random() < 0.7 else chars) for _ in range(8))
    total = sum(int(ch, 36) * w for ch, w in zip(body, (3, 7, 9, 10, 5, 8, 4, 2), strict=True))  # A=10 … Z=35
    c = 11 - total % 11
    return body + ("X" if c == 10 else "0" if c == 11 else str(c))


def uscc(rng: np.random.Generator, head: str, region: str) -> str:
    """GB 32100: registering department + class (91 company, 92 个体工商户, 93 合作社), region, an
    organisation code, check character mod 31."""
    body = head + region + org_code(rng)
    total = sum(USCC_CH.index(ch) * pow(3, i, 31) for i, ch in enumerate(body))
    return body + USCC_CH[(31 - total % 31) % 31]


def food_license_no(rng: np.random.Generator, p: tuple, canteen: bool) -> str:
    """JY + 1 digit business class (1 sales, 2 catering, 3 canteen) + 6-digit region + 6-digit sequence
    + check digit (the 2015 rule's shape)."""
    cls = "3" if canteen else str(int(rng.integers(1, 3)))
    return "JY" + cls + p[4] + f"{int(rng.integers(0, 1000000)):06d}" + str(int(rng.integers(0, 10)))


def id_validity(birth: dt.date, issued: dt.date) -> str | dt.date:
    """The validity a second-generation card gets from the holder's age at issue: under 16 five years,
    16–25 ten, 26–45 twenty, over 45 long-term."""
    age = issued.year - birth.year - ((issued.month, issued.day) < (birth.month, birth.day))
    years = 5 if age < 16 else 10 if age <= 25 else 20 if age <= 45 else 0
    if not years:
        return "长期"
    try:
        return issued.replace(year=issued.year + years)
    except ValueError:  # 29 February
        return issued.replace(year=issued.year + years, day=28)


def capital(rng: np.random.Generator) -> str:
    """注册资本 as licences print it: 伍佰万元整, 人民币壹佰万元整, 100万元人民币, 叁仟万元整 …"""
    wan = int(pick(rng, [1, 3, 5, 10, 20, 30, 50, 100, 200, 300, 500, 800, 1000, 2000, 5000]))
    form = rng.random()
    if form < 0.35:
        return _upper_wan(wan) + "万元整"
    if form < 0.65:
        return "人民币" + _upper_wan(wan) + "万元整"
    if form < 0.85:
        return f"{wan}万元人民币"
    return f"{wan}万元"


def _upper_wan(n: int) -> str:
    """An amount of 万 in upper-case numerals (壹仟伍佰, 叁拾, 伍)."""
    out = ""
    for unit, v in (("仟", 1000), ("佰", 100), ("拾", 10)):
        d = n // v % 10
        if d:
            out += UPPER[d] + unit
        elif out and n % v:
            out += "零" if not out.endswith("零") else ""
    if n % 10:
        out += UPPER[n % 10]
    return out.rstrip("零")


def scope(rng: np.random.Generator, trade: str, items: list[str]) -> str:
    """经营范围 in the current form: 一般项目：…（除依法须经批准的项目外…） and often 许可项目：…（依法须经批准…）."""
    k = int(rng.integers(3, min(len(items), 7) + 1))
    chosen = [items[i] for i in sorted(rng.choice(len(items), k, replace=False))]
    out = "一般项目：" + "；".join(chosen) + "。" + GEN_TAIL
    if rng.random() < 0.55:
        out += "许可项目：" + "；".join(LICENSED[trade][: int(rng.integers(1, len(LICENSED[trade]) + 1))]) + "。" + LIC_TAIL
    return out


def cn_date(d: dt.date, pad: bool = False) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日" if pad else f"{d.year}年{d.month}月{d.day}日"
