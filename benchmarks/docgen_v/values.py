"""Family V's values: people, places, companies and the numbers printed on them, written from the
standards (GB 11643 ID numbers, GB 32100 USCCs with their GB 11714 organisation code, JY food-licence
numbers) and from what real documents at a 综合受理 window carry. Everything is drawn from a
`random.Random` the caller seeds, so a file's values depend on (seed, index) only."""

from __future__ import annotations

import datetime as dt
import random

TODAY = dt.date(2026, 11, 20)

# surname pool: common single surnames weighted by repetition, and compound ones
SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
            "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
COMPOUND = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "夏侯", "端木", "西门", "长孙")
GIVEN = ("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彩春菊兰凤洁梅琳素云莲真环雪荣爱妹"
         "霞香月莺媛艳瑞凡佳嘉琼勤珍贞莉桂娣叶璧璐娅琦晶妍茜秋珊莎锦黛青倩婷姣婉娴瑾颖露瑶怡婵雁蓓纨仪荷丹蓉眉君琴"
         "蕊薇菁梦岚苑婕馨瑗琰韵融园艺咏卿聪澜纯毓悦昭冰爽琬茗羽希宁欣飘育滢馥筠柔竹霭凝晓欢霄枫芸菲寒伊亚宜可姬舒影"
         "荔枝思丽国建文志海宏斌浩鹏辉波鑫俊宇晨博昊天泽轩子涵梓睿一诺雨萱思远家豪鸿振东兴德福贵生林金山")
NATIONS = ("汉",) * 30 + ("回", "满", "壮", "苗", "维吾尔", "土家", "彝", "蒙古", "藏", "布依", "侗", "瑶", "朝鲜", "白",
                         "哈尼", "黎", "哈萨克", "傣", "畲", "傈僳")

# (province, city or "", district/county, 6-digit code, 卫生 short name, city short for public-health numbers)
PLACES = (
    ("上海市", "", "浦东新区", "310115", "沪"), ("上海市", "", "徐汇区", "310104", "沪"),
    ("上海市", "", "闵行区", "310112", "沪"), ("北京市", "", "朝阳区", "110105", "京"),
    ("北京市", "", "海淀区", "110108", "京"), ("天津市", "", "南开区", "120104", "津"),
    ("重庆市", "", "渝中区", "500103", "渝"), ("广东省", "广州市", "天河区", "440106", "粤"),
    ("广东省", "深圳市", "南山区", "440305", "粤"), ("广东省", "佛山市", "南海区", "440605", "粤"),
    ("浙江省", "杭州市", "西湖区", "330106", "浙"), ("浙江省", "金华市", "义乌市", "330782", "浙"),
    ("江苏省", "南京市", "鼓楼区", "320106", "苏"), ("江苏省", "苏州市", "昆山市", "320583", "苏"),
    ("四川省", "成都市", "武侯区", "510107", "川"), ("四川省", "眉山市", "仁寿县", "511421", "川"),
    ("湖北省", "武汉市", "洪山区", "420111", "鄂"), ("山东省", "济南市", "历下区", "370102", "鲁"),
    ("山东省", "青岛市", "市南区", "370202", "鲁"), ("河南省", "郑州市", "金水区", "410105", "豫"),
    ("陕西省", "西安市", "雁塔区", "610113", "陕"), ("福建省", "厦门市", "思明区", "350203", "闽"),
    ("湖南省", "长沙市", "岳麓区", "430104", "湘"), ("湖南省", "长沙市", "长沙县", "430121", "湘"),
    ("河北省", "石家庄市", "长安区", "130102", "冀"), ("辽宁省", "沈阳市", "和平区", "210102", "辽"),
    ("云南省", "昆明市", "五华区", "530102", "云"), ("安徽省", "合肥市", "蜀山区", "340104", "皖"),
    ("广西壮族自治区", "南宁市", "青秀区", "450103", "桂"), ("新疆维吾尔自治区", "乌鲁木齐市", "天山区", "650102", "新"),
    ("江西省", "南昌市", "东湖区", "360102", "赣"), ("贵州省", "贵阳市", "南明区", "520102", "黔"),
    ("黑龙江省", "哈尔滨市", "南岗区", "230103", "黑"), ("山西省", "太原市", "小店区", "140105", "晋"),
    ("甘肃省", "兰州市", "城关区", "620102", "甘"), ("内蒙古自治区", "呼和浩特市", "赛罕区", "150105", "蒙"),
    ("吉林省", "长春市", "朝阳区", "220104", "吉"), ("海南省", "海口市", "美兰区", "460108", "琼"),
)
ROADS = ("人民", "解放", "中山", "建设", "长江", "黄河", "和平", "文化", "新华", "胜利", "光明", "青年", "东风", "滨江",
         "科技", "学院", "凤凰", "金桥", "锦绣", "望江", "平安", "园区", "工业", "迎宾", "紫荆", "丹桂", "银杏", "明珠")
ROAD_KIND = ("路", "路", "路", "街", "大道", "东路", "西路", "南路", "北路", "中路")
TOWNS = ("城关", "新市", "高桥", "石桥", "龙泉", "永丰", "清水", "白沙", "柳林", "双河", "黄桥", "大坪")
VILLAGES = ("红星", "前进", "新民", "和平", "长青", "东升", "杨家", "李家庄", "上坪", "水口", "团结", "光辉")
ESTATES = ("阳光花园", "锦绣家园", "金色港湾", "翠湖天地", "东方明珠苑", "世纪城", "幸福里", "丽景湾", "绿地中心",
           "万科城", "碧桂园", "保利花园", "滨江一号", "中央公园")
TOWERS = ("时代广场", "国际大厦", "科技园", "创业大厦", "商务中心", "财富中心", "金融港", "产业园")

SHOP_WORDS = ("鑫源", "恒通", "华宇", "盛世", "金鼎", "众诚", "瑞丰", "创新", "宏达", "佳禾", "同心", "德信", "汇丰源",
              "博雅", "弘毅", "聚贤", "新航", "远景", "嘉和", "启明", "海纳", "青禾", "锦程", "万象", "天成", "泽润", "优品")
INDUSTRIES = (
    ("科技", ("技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广", "软件开发", "信息系统集成服务",
             "计算机系统服务", "数据处理服务", "人工智能应用软件开发")),
    ("信息技术", ("信息技术咨询服务", "网络技术服务", "软件开发", "信息系统运行维护服务", "物联网技术服务")),
    ("餐饮管理", ("餐饮管理", "食品销售（仅销售预包装食品）", "外卖递送服务", "厨具卫具及日用杂品零售")),
    ("商贸", ("日用百货销售", "五金产品零售", "电子产品销售", "服装服饰零售", "家用电器销售", "办公用品销售")),
    ("建筑工程", ("土石方工程施工", "园林绿化工程施工", "建筑材料销售", "住宅水电安装维护服务", "普通机械设备安装服务")),
    ("文化传媒", ("组织文化艺术交流活动", "广告设计、代理", "广告制作", "会议及展览服务", "摄像及视频制作服务")),
    ("物流", ("普通货物仓储服务（不含危险化学品等需许可审批的项目）", "国内货物运输代理", "装卸搬运", "包装服务")),
    ("医疗器械", ("第一类医疗器械销售", "第二类医疗器械销售", "卫生用品和一次性使用医疗用品销售", "消毒剂销售（不含危险化学品）")),
    ("酒店管理", ("酒店管理", "物业管理", "停车场服务", "洗染服务", "会议及展览服务")),
    ("美容美发", ("理发服务", "美甲服务", "生活美容服务", "化妆品零售", "个人卫生用品销售")),
    ("农业发展", ("谷物种植", "蔬菜种植", "水果种植", "农产品的生产、销售、加工、运输、贮藏及其他相关服务", "农业机械服务")),
    ("环保科技", ("环保咨询服务", "固体废物治理", "水污染治理", "大气污染治理", "资源再生利用技术研发")),
)
PERMIT_ITEMS = ("食品销售", "餐饮服务", "建设工程施工", "道路货物运输（不含危险货物）", "第三类医疗器械经营",
                "住宿服务", "生活美容服务", "酒类经营", "烟草制品零售", "第二类增值电信业务", "出版物零售")
GENERAL_TAIL = "（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）"
PERMIT_TAIL = "（依法须经批准的项目，经相关部门批准后方可开展经营活动，具体经营项目以相关部门批准文件或许可证件为准）"

DIGITS_UP = "零壹贰叁肆伍陆柒捌玖"


def person_name(r: random.Random) -> str:
    """2–4 characters: a compound surname now and then, one- or two-character given names."""
    sur = r.choice(COMPOUND) if r.random() < 0.08 else r.choice(SURNAMES)
    n = 1 if r.random() < 0.3 else 2
    if len(sur) == 2 and r.random() < 0.5:
        n = 1
    return sur + "".join(r.choice(GIVEN) for _ in range(n))


def place(r: random.Random) -> tuple:
    return r.choice(PLACES)


def region_text(p: tuple) -> str:
    return p[0] + p[1] + p[2]


def street_address(r: random.Random, p: tuple, *, with_region: bool = True, home: bool = True) -> str:
    """An address in one of the shapes documents print: 路+号+号楼+室, 弄+号+室 (Shanghai),
    镇+村+组+号 (rural), or a business tower's 层/室."""
    head = region_text(p) if with_region else ""
    road = r.choice(ROADS) + r.choice(ROAD_KIND)
    k = r.random()
    if p[0] == "上海市" and k < 0.5:
        return f"{head}{road}{r.randint(10, 2999)}弄{r.randint(1, 120)}号{r.randint(1, 22)}0{r.randint(1, 6)}室"
    if k < 0.22 and not p[2].endswith("区"):
        return f"{head}{r.choice(TOWNS)}镇{r.choice(VILLAGES)}村{r.randint(1, 15)}组{r.randint(1, 99)}号"
    if k < 0.3:
        return f"{head}{r.choice(TOWNS)}街道{r.choice(VILLAGES)}社区{road}{r.randint(1, 300)}号"
    if home and k < 0.75:
        return (f"{head}{road}{r.randint(1, 999)}号{r.choice(ESTATES)}{r.randint(1, 32)}号楼"
                f"{r.randint(1, 6)}单元{r.randint(1, 33)}0{r.randint(1, 4)}室")
    if not home and k < 0.75:
        return f"{head}{road}{r.randint(1, 1999)}号{r.choice(TOWERS)}{r.choice('ABCD')}座{r.randint(2, 28)}层{r.randint(1, 30):02d}室"
    return f"{head}{road}{r.randint(1, 888)}号{r.choice(('', '1幢', '2幢', '附1号', '一层', '101室'))}"


def date_between(r: random.Random, a: dt.date, b: dt.date) -> dt.date:
    return a + dt.timedelta(days=r.randint(0, (b - a).days))


def add_years(d: dt.date, n: int) -> dt.date:
    try:
        return d.replace(year=d.year + n)
    except ValueError:  # 29 February
        return d.replace(year=d.year + n, day=28)


def id_number(area: str, birth: dt.date, male: bool, r: random.Random) -> str:
    """GB 11643: area code, birth date, a sequence whose last digit is odd for men, check character."""
    seq = r.randint(0, 49) * 2 + (1 if male else 0)
    body = f"{area}{birth:%Y%m%d}{r.randint(0, 9)}{seq:02d}"
    c = (1 - 2 * int(body, 13)) % 11
    return body + ("X" if c == 10 else str(c))


USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def _org_code(r: random.Random) -> str:
    """GB 11714 organisation code: 8 body characters and a check character (weights 3 7 9 10 5 8 4 2)."""
    body = "".join(r.choice("0123456789" if i < 2 or r.random() < 0.8 else "ABCDEFGHJKLMNPQRTUWY") for i in range(8))
    vals = [int(c) if c.isdigit() else ord(c) - 55 for c in body]
    c = 11 - sum(v * w for v, w in zip(vals, (3, 7, 9, 10, 5, 8, 4, 2), strict=True)) % 11
    return body + ("X" if c == 10 else "0" if c == 11 else str(c))


def uscc(r: random.Random, head: str, area: str) -> str:
    """GB 32100: registering-authority and entity-type characters, area, organisation code, check."""
    body = head + area + _org_code(r)
    total = sum(USCC_CHARS.index(ch) * pow(3, i, 31) for i, ch in enumerate(body))
    return body + USCC_CHARS[(31 - total % 31) % 31]


def upper_number(n: int) -> str:
    """An integer below 10^8 in 大写 (壹仟贰佰, 伍拾, 壹亿 not needed), the way licences write capital."""
    units = ("", "拾", "佰", "仟")
    def four(x: int) -> str:
        s, zero = "", False
        for i in range(3, -1, -1):
            d = x // 10 ** i % 10
            if d == 0:
                zero = bool(s)
            else:
                s += ("零" if zero else "") + DIGITS_UP[d] + units[i]
                zero = False
        return s
    hi, lo = divmod(n, 10000)
    if hi:
        return four(hi) + "万" + (("零" if lo < 1000 else "") + four(lo) if lo else "")
    return four(lo)


def capital(r: random.Random) -> str:
    """注册资本 as licences print it: 大写 万元 with 人民币 or not, or figures 万元整 (some 元整 in full)."""
    wan = r.choice((3, 5, 10, 10, 20, 30, 50, 50, 100, 100, 100, 200, 300, 500, 500, 800, 1000, 1200, 2000, 5000, 8000))
    k = r.random()
    if k < 0.4:
        return f"人民币{upper_number(wan)}万元整"
    if k < 0.7:
        return f"{upper_number(wan)}万元整"
    if k < 0.9:
        return f"{wan}万元整"
    return f"{wan}万元人民币"


def scope(r: random.Random, industry: tuple, *, style: str) -> str:
    """经营范围 in the current 一般项目/许可项目 form (style "new") or the older run-on form."""
    items = list(industry[1])
    r.shuffle(items)
    extra = [x for ind in INDUSTRIES for x in ind[1] if x not in items]
    items = items[: r.randint(2, len(items))] + r.sample(extra, r.randint(1, 6))
    if style == "old":
        return "、".join(items) + "。（依法须经批准的项目，经相关部门批准后方可开展经营活动）"
    s = "一般项目：" + "；".join(items) + "。" + GENERAL_TAIL
    if r.random() < 0.55:
        s += "许可项目：" + "；".join(r.sample(PERMIT_ITEMS, r.randint(1, 3))) + "。" + PERMIT_TAIL
    return s


ENTITY = (  # (weight, 类型, name pattern, legal-rep label, address label, has capital, has term)
    (22, "有限责任公司（自然人投资或控股）", "co", "法定代表人", "住所", True, True),
    (16, "有限责任公司（自然人独资）", "co", "法定代表人", "住所", True, True),
    (5, "有限责任公司（法人独资）", "co", "法定代表人", "住所", True, True),
    (4, "其他有限责任公司", "co", "法定代表人", "住所", True, True),
    (3, "股份有限公司（非上市、自然人投资或控股）", "sh", "法定代表人", "住所", True, True),
    (5, "有限责任公司分公司（自然人投资或控股）", "br", "负责人", "营业场所", False, True),
    (3, "有限合伙企业", "lp", "执行事务合伙人", "主要经营场所", True, True),
    (2, "普通合伙企业", "gp", "执行事务合伙人", "主要经营场所", True, True),
    (16, "个体工商户", "ih", "经营者", "经营场所", False, False),
    (2, "农民专业合作社", "cp", "法定代表人", "住所", True, True),
)


def company(r: random.Random, p: tuple) -> dict:
    """A business licence's values: 名称 by entity type, USCC, 类型, representative, capital, dates, scope."""
    ent = r.choices(ENTITY, weights=[e[0] for e in ENTITY])[0]
    _, etype, pat, rep_label, addr_label, has_cap, has_term = ent
    ind = r.choice(INDUSTRIES)
    word = r.choice(SHOP_WORDS)
    city = (p[1] or p[0]).removesuffix("市").removesuffix("省")
    prefix = r.choice((city, city, p[2].removesuffix("区").removesuffix("县").removesuffix("市"), ""))
    if pat == "co":
        name = f"{prefix}{word}{ind[0]}有限公司" if prefix else f"{word}（{city}）{ind[0]}有限公司"
    elif pat == "sh":
        name = f"{city}{word}{ind[0]}股份有限公司"
    elif pat == "br":
        name = f"{r.choice(SHOP_WORDS)}{ind[0]}有限公司{p[2].removesuffix('区').removesuffix('县') if p[2].endswith(('区', '县')) else city}分公司"
    elif pat == "lp":
        name = f"{city}{word}企业管理咨询合伙企业（有限合伙）"
    elif pat == "gp":
        name = f"{city}{word}{r.choice(('会计师事务所', '设计工作室', '咨询服务中心'))}（普通合伙）"
    elif pat == "cp":
        name = f"{p[2]}{r.choice(VILLAGES)}{r.choice(('果蔬', '茶叶', '水稻', '养殖', '中药材'))}专业合作社"
    else:
        shop = r.choice(("面馆", "便利店", "小吃店", "理发店", "五金店", "水果店", "汽车修理部", "服装店", "烟酒店", "快餐店"))
        k = r.random()
        if k < 0.12:
            name = ""  # 个体工商户 without a 字号: the 名称 row is printed empty
        elif k < 0.55:
            name = f"{p[2]}{person_name(r)[:1]}记{shop}"
        else:
            name = f"{city}市{p[2]}{word}{shop}" if p[1] else f"{p[2]}{word}{shop}"
    est = date_between(r, dt.date(2001, 1, 1), TODAY - dt.timedelta(days=20))
    if has_term:
        valid_to = "长期" if r.random() < 0.45 else (add_years(est, r.choice((10, 20, 30, 50))) - dt.timedelta(days=1)).isoformat()
    else:
        valid_to = ""
    cap = capital(r) if has_cap else ""
    if pat in ("lp", "gp") and cap:
        cap = f"{r.choice((100, 300, 500, 1000, 3000))}万元"
    rep = person_name(r)
    if pat == "lp" and r.random() < 0.5:
        rep = f"{city}{r.choice(SHOP_WORDS)}投资管理有限公司（委派代表：{person_name(r)}）"
    return {
        "name": name, "credit_code": uscc(r, "92" if pat == "ih" else "93" if pat == "cp" else "91", p[3]),
        "entity_type": etype, "legal_representative": rep, "registered_capital": cap,
        "established_date": est.isoformat(), "address": street_address(r, p, home=pat == "ih" and r.random() < 0.4),
        "business_scope": scope(r, ind, style="old" if est.year < 2019 and r.random() < 0.4 else "new"),
        "valid_to": valid_to, "_pat": pat, "_rep_label": rep_label, "_addr_label": addr_label,
        "_registrar": f"{p[1] or p[0]}{p[2]}市场监督管理局" if p[1] or r.random() < 0.7 else f"{p[0]}市场监督管理局",
        "_issued": date_between(r, est, TODAY).isoformat(),
    }


def id_card(r: random.Random, p: tuple) -> dict:
    """Front and back values of one second-generation card; validity from the age at issue (under 16:
    5 years, 16–25: 10, 26–45: 20, over 45: 长期)."""
    birth = date_between(r, dt.date(1950, 1, 1), dt.date(2016, 12, 31))
    male = r.random() < 0.5
    issue_min = max(birth + dt.timedelta(days=365 * 3), dt.date(2006, 1, 1))
    issue = date_between(r, issue_min, TODAY) if issue_min < TODAY else TODAY
    age = issue.year - birth.year - ((issue.month, issue.day) < (birth.month, birth.day))
    years = 5 if age < 16 else 10 if age < 26 else 20 if age < 46 else 0
    vt = "长期" if years == 0 else add_years(issue, years).isoformat()
    area_place = p
    auth = (f"{p[1] or p[0]}公安局{p[2]}分局" if p[2].endswith("区") else f"{p[2]}公安局")
    return {
        "name": person_name(r), "sex": "男" if male else "女", "nation": r.choice(NATIONS),
        "birth_date": birth.isoformat(), "address": street_address(r, area_place),
        "id_number": id_number(p[3], birth, male, r),
        "issuing_authority": auth, "valid_from": issue.isoformat(), "valid_to": vt,
    }


PH_ITEMS = ("住宿", "沐浴", "美容", "理发", "游泳场所", "歌舞厅", "公共浴室", "商场（店）", "候车室", "足浴",
            "健身房", "影剧院", "美容店", "理发店", "宾馆", "旅店", "茶座", "网吧")


def public_health(r: random.Random, p: tuple) -> dict:
    """公共场所卫生许可证: local number shapes with year brackets, 4-year validity."""
    frm = date_between(r, TODAY.replace(year=TODAY.year - 5), TODAY - dt.timedelta(days=10))
    to = add_years(frm, 4) - dt.timedelta(days=1)
    yr = frm.year
    ab = p[4]
    shape = r.randrange(5)
    if shape == 0:
        no = f"{ab}卫公字（{yr}）第{p[3]}{r.randint(1, 999999):06d}号"
    elif shape == 1:
        no = f"{ab}卫公证字〔{yr}〕第{p[3][2:]}-{r.randint(1, 99999):05d}号"
    elif shape == 2:
        no = f"{ab}{p[2][:1]}卫公字[{yr}]第{r.randint(1, 9999):04d}号"
    elif shape == 3:
        no = f"{ab}卫公许字（{yr}）{p[3]}第{r.randint(1, 9999):04d}号"
    else:
        no = f"{p[2]}卫公字（{yr}）第{r.randint(100, 9999)}号"
    kind = r.random()
    if kind < 0.3:
        items, name_tail = ["住宿"] + r.sample(("沐浴", "游泳场所", "健身房", "茶座"), r.randint(0, 2)), r.choice(("酒店", "宾馆", "商务酒店", "快捷酒店"))
    elif kind < 0.6:
        items, name_tail = r.sample(("美容", "理发", "美容店", "理发店"), 1) + r.sample(("足浴", "沐浴"), r.randint(0, 1)), r.choice(("美容美发店", "发型设计工作室", "美容院"))
    elif kind < 0.8:
        items, name_tail = ["公共浴室"] + r.sample(("足浴", "茶座"), r.randint(0, 1)), r.choice(("浴室", "洗浴中心", "足浴店"))
    else:
        items, name_tail = r.sample(("游泳场所", "健身房", "歌舞厅", "影剧院", "商场（店）"), r.randint(1, 2)), r.choice(("健身俱乐部", "文化娱乐有限公司", "游泳馆", "商贸有限公司"))
    city = (p[1] or p[0]).removesuffix("市")
    name = f"{city}{r.choice(SHOP_WORDS)}{name_tail}" + ("" if name_tail.endswith("公司") or r.random() < 0.6 else "有限公司")
    return {"license_no": no, "name": name, "legal_representative": person_name(r),
            "address": street_address(r, p, home=False), "license_items": "、".join(items),
            "valid_from": frm.isoformat(), "valid_to": to.isoformat(),
            "_issuer": f"{p[1] or p[0]}{p[2]}卫生健康委员会" if r.random() < 0.6 else f"{p[2]}卫生健康局"}


FOOD_FORMS = (
    ("食品销售经营者（便利店）", ("预包装食品（含冷藏冷冻食品）销售", "散装食品（不含冷藏冷冻食品）销售", "保健食品销售")),
    ("食品销售经营者（超市）", ("预包装食品（含冷藏冷冻食品）销售", "散装食品（含冷藏冷冻食品）销售", "特殊医学用途配方食品销售", "婴幼儿配方乳粉销售", "其他婴幼儿配方食品销售")),
    ("食品销售经营者（食杂店）", ("预包装食品（不含冷藏冷冻食品）销售", "散装食品（不含冷藏冷冻食品）销售")),
    ("餐饮服务经营者（小型餐馆）", ("热食类食品制售", "冷食类食品制售", "自制饮品制售（不含自酿酒）")),
    ("餐饮服务经营者（中型餐馆）", ("热食类食品制售", "冷食类食品制售", "生食类食品制售", "糕点类食品制售（含裱花蛋糕）")),
    ("餐饮服务经营者（饮品店）", ("自制饮品制售（不含自酿酒）", "糕点类食品制售（不含裱花蛋糕）", "预包装食品（不含冷藏冷冻食品）销售")),
    ("单位食堂（学校食堂）", ("热食类食品制售", "冷食类食品制售")),
    ("单位食堂（职工食堂）", ("热食类食品制售",)),
)


def food(r: random.Random, p: tuple) -> dict:
    """食品经营许可证: JY + 主体业态 digit + 6-digit area + 6-digit serial + check digit (14 digits)."""
    form, items = r.choice(FOOD_FORMS)
    digit = "1" if form.startswith("食品销售") else "2" if form.startswith("餐饮") else "3"
    body = f"{digit}{p[3]}{r.randint(1, 999999):06d}"
    no = "JY" + body + str(sum(int(c) * (i % 3 + 1) for i, c in enumerate(body)) % 10)
    chosen = [x for x in items if r.random() < 0.7] or [items[0]]
    ind = r.choice(SHOP_WORDS)
    city = (p[1] or p[0]).removesuffix("市")
    if digit == "3":
        name = f"{city}{r.choice(('第一中学', '实验小学', '职业技术学院', '人民医院', '机械制造有限公司'))}"
    elif form.endswith("（超市）"):
        name = f"{city}{ind}超市有限公司"
    elif digit == "1":
        name = f"{p[2]}{ind}便利店" if r.random() < 0.5 else f"{city}{ind}商贸有限公司"
    else:
        name = f"{city}{ind}{r.choice(('餐饮管理有限公司', '餐厅', '小吃店', '茶饮店', '饭店'))}"
    addr = street_address(r, p, home=False)
    prem = addr if r.random() < 0.55 else street_address(r, p, home=False)
    return {"license_no": no, "name": name, "credit_code": uscc(r, "92" if "店" in name[-3:] else "91", p[3]),
            "legal_representative": person_name(r), "address": addr, "premises_address": prem,
            "business_form": form, "business_items": "；".join(chosen),
            "valid_to": add_years(date_between(r, TODAY.replace(year=TODAY.year - 4), TODAY), 5).isoformat(),
            "_issuer": f"{p[1] or p[0]}{p[2]}市场监督管理局"}
