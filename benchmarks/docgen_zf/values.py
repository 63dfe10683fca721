"""Family ZF's values: people, places, numbers and licence texts, drawn from a numpy Generator.

Everything here is plain data and arithmetic (no rendering): names with compound surnames, addresses
across provinces (号楼/单元/室, 弄, 镇/村/组), GB 11643 ID numbers, GB 32100 credit codes with a GB 11714
organisation body, 营业执照 / 公共场所卫生许可证 / 食品经营许可证 texts and their dates."""

from __future__ import annotations

import datetime as dt

import numpy as np

TODAY = dt.date(2026, 11, 20)

SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
COMPOUND = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "夏侯", "司徒", "端木", "长孙", "宇文"]
GIVEN = list("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彬宇浩凯晨瑶婷雪琳博文睿子涵欣怡梓轩雨泽佳琪思远建国志刚海燕春梅晓东宏亮俊峰嘉豪诗琪若曦天佑一鸣可馨舒然")
NATIONS = ["汉"] * 30 + ["回", "满", "壮", "维吾尔", "苗", "彝", "土家", "藏", "蒙古", "朝鲜", "布依", "侗", "瑶", "白",
                         "哈尼", "哈萨克", "傣", "黎", "畲", "土家"]

# (province, city, district, GB/T 2260 code, 卫生许可 abbreviation, rural?)
PLACES = [
    ("上海市", "", "浦东新区", "310115", "沪", False), ("上海市", "", "徐汇区", "310104", "沪", False),
    ("上海市", "", "闵行区", "310112", "沪", False), ("北京市", "", "朝阳区", "110105", "京", False),
    ("北京市", "", "海淀区", "110108", "京", False), ("天津市", "", "和平区", "120101", "津", False),
    ("重庆市", "", "渝中区", "500103", "渝", False), ("广东省", "广州市", "天河区", "440106", "粤", False),
    ("广东省", "深圳市", "南山区", "440305", "粤", False), ("浙江省", "杭州市", "西湖区", "330106", "浙", False),
    ("浙江省", "宁波市", "鄞州区", "330212", "浙", False), ("江苏省", "南京市", "鼓楼区", "320106", "苏", False),
    ("江苏省", "苏州市", "吴中区", "320506", "苏", False), ("四川省", "成都市", "武侯区", "510107", "川", False),
    ("湖北省", "武汉市", "洪山区", "420111", "鄂", False), ("山东省", "济南市", "历下区", "370102", "鲁", False),
    ("山东省", "青岛市", "市南区", "370202", "鲁", False), ("河南省", "郑州市", "金水区", "410105", "豫", False),
    ("湖南省", "长沙市", "岳麓区", "430104", "湘", False), ("陕西省", "西安市", "雁塔区", "610113", "陕", False),
    ("福建省", "厦门市", "思明区", "350203", "闽", False), ("辽宁省", "沈阳市", "和平区", "210102", "辽", False),
    ("云南省", "昆明市", "五华区", "530102", "云", False), ("新疆维吾尔自治区", "乌鲁木齐市", "天山区", "650102", "新", False),
    ("安徽省", "合肥市", "蜀山区", "340104", "皖", False), ("江西省", "南昌市", "东湖区", "360102", "赣", False),
    ("河北省", "石家庄市", "长安区", "130102", "冀", False), ("黑龙江省", "哈尔滨市", "南岗区", "230103", "黑", False),
    ("广西壮族自治区", "南宁市", "青秀区", "450103", "桂", False), ("贵州省", "贵阳市", "云岩区", "520103", "黔", False),
    ("浙江省", "金华市", "义乌市", "330782", "浙", True), ("江苏省", "宿迁市", "沭阳县", "321322", "苏", True),
    ("河南省", "周口市", "郸城县", "411625", "豫", True), ("四川省", "南充市", "仪陇县", "511324", "川", True),
    ("湖南省", "邵阳市", "隆回县", "430524", "湘", True), ("山东省", "临沂市", "兰陵县", "371324", "鲁", True),
    ("安徽省", "阜阳市", "临泉县", "341221", "皖", True), ("广东省", "梅州市", "兴宁市", "441481", "粤", True),
]
ROADS = ["人民", "解放", "建设", "中山", "和平", "新华", "光明", "长江", "黄河", "文化", "幸福", "胜利", "东风", "朝阳",
         "青年", "花园", "滨江", "科技", "学府", "丰收", "振兴", "金桥", "望江", "龙华", "锦绣", "银杏", "紫薇", "枫林"]
ROAD_KIND = ["路", "大道", "街", "东路", "西路", "南路", "北路", "中路", "巷"]
TOWNS = ["城关", "新集", "龙泉", "马坊", "白沙", "石桥", "青龙", "双河", "黄田", "柳林", "大王", "三里"]
VILLAGES = ["王庄", "李家", "张湾", "刘营", "陈岗", "前进", "红星", "新庄", "后楼", "杨柳", "桃园", "东湖"]
ESTATES = ["阳光花园", "锦绣华庭", "翠湖小区", "金色家园", "幸福里", "东方名苑", "和美新村", "绿地世纪城", "春天花园",
           "碧桂园", "万科城", "滨江公寓", "工人新村", "师范大学宿舍"]
BIZ_PLACES = ["大厦", "广场", "商务中心", "科技园", "工业园", "创业园", "商业街"]

TRADE_WORDS = ["瑞丰", "恒信", "华创", "鼎盛", "嘉禾", "同益", "博远", "新航", "汇通", "天润", "永祥", "德润", "金鹏",
               "开元", "佳美", "众诚", "盛世", "宏达", "立信", "启明", "云帆", "合众", "青禾", "禾丰", "美邦", "康达",
               "卓越", "中盈", "浩宇", "百川", "一品", "福满", "乐购", "悦享", "知味", "小鲜"]
INDUSTRY = [("科技", ["技术开发、技术咨询、技术交流、技术转让、技术推广", "软件开发", "信息系统集成服务", "计算机系统服务",
                      "数据处理和存储支持服务", "人工智能应用软件开发", "网络技术服务", "电子产品销售"]),
            ("贸易", ["日用百货销售", "五金产品批发", "建筑材料销售", "服装服饰批发", "针纺织品销售", "化妆品零售",
                      "货物进出口", "技术进出口", "家用电器销售"]),
            ("餐饮管理", ["餐饮服务", "餐饮管理", "食品销售", "外卖递送服务", "酒类经营", "供应链管理服务", "会议及展览服务"]),
            ("建筑工程", ["建设工程施工", "住宅室内装饰装修", "建筑装饰材料销售", "园林绿化工程施工", "土石方工程施工",
                          "普通机械设备安装服务"]),
            ("文化传媒", ["组织文化艺术交流活动", "广告设计、代理", "广告制作", "图文设计制作", "企业形象策划", "摄像及视频制作服务",
                          "会议及展览服务"]),
            ("物业管理", ["物业管理", "停车场服务", "家政服务", "专业保洁、清洗、消毒服务", "住房租赁", "非居住房地产租赁"]),
            ("酒店管理", ["住宿服务", "酒店管理", "餐饮服务", "洗染服务", "健身休闲活动", "棋牌室服务"]),
            ("医疗器械", ["第一类医疗器械销售", "第二类医疗器械销售", "医护人员防护用品批发", "消毒剂销售（不含危险化学品）",
                          "保健食品（预包装）销售"])]
SHOP_KIND = [("餐饮店", ["餐饮服务", "食品销售"]), ("便利店", ["食品销售", "日用百货销售", "烟草制品零售"]),
             ("理发店", ["理发服务", "生活美容服务"]), ("服装店", ["服装服饰零售", "鞋帽零售"]),
             ("五金店", ["五金产品零售", "电线、电缆经营"]), ("水果店", ["食用农产品零售", "新鲜水果零售"]),
             ("面馆", ["餐饮服务", "小餐饮"]), ("副食店", ["食品销售", "食用农产品零售", "日用杂品销售"])]
LICENSED_TAIL = ("（依法须经批准的项目，经相关部门批准后方可开展经营活动，具体经营项目以相关部门批准文件或许可证件为准）")
GENERAL_HEAD = "一般项目："

CN_DIGITS = "零壹贰叁肆伍陆柒捌玖"


def pick(rng: np.random.Generator, seq):
    return seq[int(rng.integers(len(seq)))]


def person_name(rng: np.random.Generator) -> str:
    sur = pick(rng, COMPOUND) if rng.random() < 0.12 else pick(rng, SURNAMES)
    n = 1 if rng.random() < 0.3 else 2
    return sur + "".join(pick(rng, GIVEN) for _ in range(n))


def place(rng: np.random.Generator, rural: bool | None = None):
    pool = [p for p in PLACES if rural is None or p[5] == rural]
    return pool[int(rng.integers(len(pool)))]


def admin_prefix(p) -> str:
    return p[0] + p[1] + p[2]


def street_address(rng: np.random.Generator, p, home: bool) -> str:
    """An address below the district: a road and number, then a flat (号楼/单元/室, 弄) or a unit;
    in rural counties a 镇/村/组 address."""
    if p[5] and rng.random() < 0.7:
        town = pick(rng, TOWNS) + ("镇" if rng.random() < 0.8 else "乡")
        vill = pick(rng, VILLAGES) + "村"
        tail = f"{int(rng.integers(1, 12))}组{int(rng.integers(1, 80))}号" if rng.random() < 0.7 else f"{int(rng.integers(1, 300))}号"
        return town + vill + tail
    road = pick(rng, ROADS) + pick(rng, ROAD_KIND)
    no = int(rng.integers(1, 1800))
    r = rng.random()
    if p[0] == "上海市" and r < 0.45:
        return f"{road}{no}弄{int(rng.integers(1, 40))}号{int(rng.integers(1, 30))}0{int(rng.integers(1, 6))}室"
    if home:
        if r < 0.6:
            return (f"{road}{no}号{pick(rng, ESTATES)}{int(rng.integers(1, 30))}号楼{int(rng.integers(1, 6))}单元"
                    f"{int(rng.integers(1, 33))}0{int(rng.integers(1, 5))}室")
        return f"{road}{no}号{int(rng.integers(1, 20))}栋{int(rng.integers(1, 28))}0{int(rng.integers(1, 8))}"
    if r < 0.4:
        return f"{road}{no}号{pick(rng, TRADE_WORDS)}{pick(rng, BIZ_PLACES)}{int(rng.integers(1, 30))}层{int(rng.integers(1, 40)):02d}室"
    if r < 0.7:
        return f"{road}{no}号{int(rng.integers(1, 12))}幢{int(rng.integers(1, 6))}{int(rng.integers(1, 30)):02d}室"
    return f"{road}{no}号{'一二三'[int(rng.integers(3))]}楼"


def address(rng: np.random.Generator, p, home: bool) -> str:
    return admin_prefix(p) + street_address(rng, p, home)


def date_between(rng: np.random.Generator, a: dt.date, b: dt.date) -> dt.date:
    return a + dt.timedelta(days=int(rng.integers(0, max(1, (b - a).days))))


def iso(d: dt.date) -> str:
    return d.isoformat()


def cn_date(d: dt.date, pad: bool = True) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日" if pad else f"{d.year}年{d.month}月{d.day}日"


def add_years(d: dt.date, n: int) -> dt.date:
    try:
        return d.replace(year=d.year + n)
    except ValueError:  # 29 February
        return d.replace(year=d.year + n, day=28)


def id_number(area: str, birth: dt.date, male: bool, rng: np.random.Generator) -> str:
    seq = int(rng.integers(0, 500)) * 2 + (1 if male else 0)
    body = f"{area}{birth:%Y%m%d}{seq:03d}"
    c = (1 - 2 * int(body, 13)) % 11
    return body + ("X" if c == 10 else str(c))


USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def org_code(rng: np.random.Generator, new_style: bool) -> str:
    """A GB 11714 body of 8 characters and its check character (new registrations start 'MA')."""
    alpha = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    if new_style:
        body = "MA" + "".join(pick(rng, alpha) for _ in range(6))
    else:
        body = "".join(pick(rng, "0123456789") for _ in range(8))
    val = [int(c) if c.isdigit() else ord(c) - 55 for c in body]
    c9 = 11 - sum(v * w for v, w in zip(val, (3, 7, 9, 10, 5, 8, 4, 2), strict=True)) % 11
    return body + ("X" if c9 == 10 else "0" if c9 == 11 else str(c9))


def uscc(rng: np.random.Generator, head: str, area: str) -> str:
    body = head + area + org_code(rng, rng.random() < 0.7)
    total = sum(USCC_CHARS.index(ch) * pow(3, i, 31) for i, ch in enumerate(body))
    return body + USCC_CHARS[(31 - total % 31) % 31]


def cn_amount(n: int) -> str:
    """An amount of 万 in financial capitals: 50 -> 伍拾, 1000 -> 壹仟, 120 -> 壹佰贰拾."""
    units = ["", "拾", "佰", "仟"]
    s, digits = "", str(n)
    zero = False
    for i, ch in enumerate(digits):
        d = int(ch)
        pos = len(digits) - 1 - i
        if d == 0:
            zero = True
            continue
        if zero and s:
            s += "零"
        zero = False
        s += CN_DIGITS[d] + units[pos]
    return s


def capital(rng: np.random.Generator) -> str:
    n = int(pick(rng, [10, 30, 50, 100, 100, 200, 300, 500, 500, 800, 1000, 2000, 5000, 120, 150, 3000]))
    style = int(rng.integers(4))
    if style == 0:
        return f"人民币{cn_amount(n)}万元整"
    if style == 1:
        return f"{n}万元整"
    if style == 2:
        return f"{cn_amount(n)}万元整"
    return f"人民币{n}万元"


def scope_text(rng: np.random.Generator, items: list[str], licensed: list[str]) -> str:
    k = int(rng.integers(max(2, len(items) // 2), len(items) + 1))
    idx = rng.permutation(len(items))[:k]
    chosen = [items[i] for i in sorted(idx)]
    if licensed and rng.random() < 0.6:
        return ("许可项目：" + "；".join(licensed) + "。" + LICENSED_TAIL + GENERAL_HEAD + "；".join(chosen)
                + "（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）。")
    if rng.random() < 0.5:
        return GENERAL_HEAD + "；".join(chosen) + "（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）。"
    return "、".join(chosen) + "。【依法须经批准的项目，经相关部门批准后方可开展经营活动】"


ENTITY_FORMS = [
    ("company", "有限责任公司（自然人独资）", "有限公司"), ("company", "有限责任公司（自然人投资或控股）", "有限公司"),
    ("company", "有限责任公司（非自然人投资或控股的法人独资）", "有限公司"),
    ("company", "股份有限公司（非上市、自然人投资或控股）", "股份有限公司"),
    ("branch", "有限责任公司分公司（自然人投资或控股）", "有限公司"),
    ("branch", "其他有限责任公司分公司", "有限公司"),
    ("partnership", "有限合伙企业", "（有限合伙）"), ("partnership", "普通合伙企业", "（普通合伙）"),
    ("individual", "个体工商户", ""),
]


def business_license(rng: np.random.Generator, form: str | None = None) -> dict:
    """The values of one 营业执照 and what it prints: a company, 分公司, 合伙企业 or 个体工商户."""
    forms = [f for f in ENTITY_FORMS if form is None or f[0] == form]
    cls, etype, suffix = forms[int(rng.integers(len(forms)))]
    p = place(rng, rural=None if cls == "individual" else (rng.random() < 0.15))
    city = (p[1] or p[0]).rstrip("市省")
    trade = pick(rng, TRADE_WORDS)
    ind, items = INDUSTRY[int(rng.integers(len(INDUSTRY)))]
    licensed = [x for x in ("食品经营", "道路货物运输（不含危险货物）", "第三类医疗器械经营", "住宿服务", "建设工程施工")
                if rng.random() < 0.15]
    est = date_between(rng, dt.date(2003, 1, 1), TODAY - dt.timedelta(days=40))
    v: dict = {"class": cls, "entity_type": etype}
    if cls == "individual":
        shop, sitems = SHOP_KIND[int(rng.integers(len(SHOP_KIND)))]
        area = p[2].rstrip("区县市")
        v["name"] = pick(rng, [f"{city}{area}{trade}{shop}", f"{area}{person_name(rng)[:1]}记{shop}", f"{trade}{shop}（个体工商户）"])
        v["credit_code"] = uscc(rng, "92", p[3])
        v["legal_representative"] = person_name(rng)
        v["registered_capital"] = ""
        v["address"] = address(rng, p, False) + ("（商铺）" if rng.random() < 0.1 else "")
        v["business_scope"] = scope_text(rng, sitems + ["日用百货销售"], [])
        v["composition"] = pick(rng, ["个人经营", "家庭经营"])
        v["valid_to"] = ""
        v["term_text"] = ""
    else:
        base = f"{city}{trade}{ind}"
        if cls == "partnership":
            v["name"] = pick(rng, [f"{city}{trade}企业管理咨询合伙企业{suffix}", f"{city}{trade}投资管理中心{suffix}",
                                   f"{city}{trade}{ind}合伙企业{suffix}"])
            v["legal_representative"] = person_name(rng) if rng.random() < 0.6 else f"{city}{pick(rng, TRADE_WORDS)}投资管理有限公司（委派代表：{person_name(rng)}）"
            v["registered_capital"] = ""
        elif cls == "branch":
            v["name"] = f"{base}有限公司{p[2].rstrip('区县市')}分公司"
            v["legal_representative"] = person_name(rng)
            v["registered_capital"] = ""
        else:
            v["name"] = base + suffix
            v["legal_representative"] = person_name(rng)
            v["registered_capital"] = capital(rng)
        v["credit_code"] = uscc(rng, "91", p[3])
        v["address"] = address(rng, p, False)
        v["business_scope"] = scope_text(rng, items, licensed)
        if rng.random() < 0.45:
            v["valid_to"] = "长期"
            v["term_text"] = f"{cn_date(est)}至长期" if rng.random() < 0.7 else "长期"
        else:
            end = add_years(est, int(pick(rng, [10, 20, 20, 30, 50]))) - dt.timedelta(days=1)
            v["valid_to"] = iso(end)
            v["term_text"] = f"{cn_date(est)}至{cn_date(end)}"
    v["established_date"] = iso(est)
    v["established_text"] = cn_date(est)
    v["authority"] = f"{(p[1] or p[0])}{p[2]}市场监督管理局" if p[1] else f"{p[0]}{p[2]}市场监督管理局"
    issue = date_between(rng, est, min(TODAY, est + dt.timedelta(days=3000)))
    v["issue_text"] = cn_date(issue, pad=False)
    v["place"] = p
    v["licence_no"] = f"{int(rng.integers(10**17, 10**18))}"[:18]
    return v


HEALTH_ITEMS = ["住宿", "沐浴", "美容", "美发", "美容美发", "游泳场（馆）", "歌舞厅", "商场（店）", "书店", "候车室",
                "展览馆", "公共浴室", "足浴", "游艺厅", "影剧院", "健身房", "茶座"]


def health_license(rng: np.random.Generator) -> dict:
    p = place(rng)
    kind = pick(rng, [("酒店", ["住宿"]), ("宾馆", ["住宿", "沐浴"]), ("美容美发店", ["美容", "美发"]),
                      ("理发店", ["美发"]), ("洗浴中心", ["沐浴", "足浴"]), ("健身会所", ["健身房", "游泳场（馆）"]),
                      ("KTV", ["歌舞厅"]), ("超市", ["商场（店）"]), ("书店", ["书店"]), ("美容院", ["美容"])])
    city = (p[1] or p[0]).rstrip("市省")
    trade = pick(rng, TRADE_WORDS)
    name = pick(rng, [f"{city}{trade}{kind[0]}有限公司", f"{city}{p[2].rstrip('区县市')}{trade}{kind[0]}",
                      f"{trade}{kind[0]}（{city}）有限公司"])
    vf = date_between(rng, TODAY - dt.timedelta(days=1400), TODAY)
    vt = add_years(vf, 4) - dt.timedelta(days=1)
    year = vf.year
    n = int(rng.integers(1, 9999))
    style = int(rng.integers(4))
    if style == 0:
        no = f"{p[4]}卫公字（{year}）第{p[3]}{n:06d}号"
    elif style == 1:
        no = f"{p[4]}卫公证字〔{year}〕第{n:05d}号"
    elif style == 2:
        no = f"{city}卫公字[{year}]第{p[3][2:]}{n:04d}号"
    else:
        no = f"{p[4]}卫公字（{year}）{p[3]}-{n:04d}号"
    items = "、".join(kind[1])
    rep = person_name(rng)
    return {"license_no": no, "name": name, "legal_representative": rep, "address": address(rng, p, False),
            "license_items": items, "valid_from": iso(vf), "valid_to": iso(vt), "vf_text": cn_date(vf),
            "vt_text": cn_date(vt), "authority": f"{(p[1] or p[0])}{p[2]}卫生健康委员会" if p[1] else f"{p[0]}{p[2]}卫生健康委员会",
            "issue_text": cn_date(vf, pad=False), "place": p}


FOOD_FORMS = [("餐饮服务经营者（小型餐馆）", "2", ["热食类食品制售", "冷食类食品制售"]),
              ("餐饮服务经营者（中型餐馆）", "2", ["热食类食品制售", "冷食类食品制售", "生食类食品制售"]),
              ("餐饮服务经营者（饮品店）", "2", ["自制饮品制售", "糕点类食品制售（不含裱花蛋糕）"]),
              ("食品销售经营者（超市）", "1", ["预包装食品（含冷藏冷冻食品）销售", "散装食品（不含冷藏冷冻食品）销售",
                                        "保健食品销售", "特殊医学用途配方食品销售"]),
              ("食品销售经营者（便利店）", "1", ["预包装食品（含冷藏冷冻食品）销售", "散装食品（含冷藏冷冻食品）销售"]),
              ("单位食堂（学校食堂）", "3", ["热食类食品制售", "冷食类食品制售"]),
              ("单位食堂（职工食堂）", "3", ["热食类食品制售"])]


def food_license(rng: np.random.Generator) -> dict:
    p = place(rng)
    form, digit, items = FOOD_FORMS[int(rng.integers(len(FOOD_FORMS)))]
    city = (p[1] or p[0]).rstrip("市省")
    trade = pick(rng, TRADE_WORDS)
    if digit == "3":
        name = pick(rng, [f"{city}第{int(rng.integers(1, 40))}中学", f"{city}{trade}科技有限公司", f"{city}市{p[2]}实验小学"])
    elif digit == "2":
        name = pick(rng, [f"{city}{trade}餐饮管理有限公司", f"{p[2].rstrip('区县市')}{trade}饭店", f"{city}{trade}{pick(rng, ['面馆', '小吃店', '茶饮店', '酒家'])}"])
    else:
        name = pick(rng, [f"{city}{trade}超市有限公司", f"{trade}便利店（{city}）有限公司", f"{p[2].rstrip('区县市')}{trade}副食超市"])
    k = int(rng.integers(1, len(items) + 1))
    chosen = items[:k]
    if rng.random() < 0.3 and digit != "3":
        chosen = [*chosen, "预包装食品（不含冷藏冷冻食品）销售"] if digit == "2" else chosen
    addr = address(rng, p, False)
    prem = addr if rng.random() < 0.6 else address(rng, p, False)
    vt = add_years(date_between(rng, TODAY - dt.timedelta(days=1700), TODAY), 5) - dt.timedelta(days=1)
    no = "JY" + digit + p[3] + f"{int(rng.integers(0, 10**7)):07d}"
    return {"license_no": no, "name": name, "credit_code": uscc(rng, "91" if rng.random() < 0.8 else "92", p[3]),
            "legal_representative": person_name(rng), "address": addr, "premises_address": prem,
            "business_form": form, "business_items": "；".join(chosen), "items_list": chosen, "valid_to": iso(vt),
            "vt_text": cn_date(vt), "authority": f"{(p[1] or p[0])}{p[2]}市场监督管理局" if p[1] else f"{p[0]}{p[2]}市场监督管理局",
            "issue_text": cn_date(add_years(vt, -5) + dt.timedelta(days=1), pad=False), "place": p,
            "supervisor": person_name(rng) + "、" + person_name(rng)}


def id_card(rng: np.random.Generator) -> dict:
    p = place(rng)
    birth = date_between(rng, dt.date(1946, 1, 1), dt.date(2012, 12, 31))
    male = bool(rng.random() < 0.5)
    nation = pick(rng, NATIONS)
    name = person_name(rng)
    addr = address(rng, p, True)
    idn = id_number(p[3], birth, male, rng)
    # validity: the last issue between the 16th birthday (or 5th) and today
    lo = max(add_years(birth, 5), dt.date(2006, 1, 1))
    vf = date_between(rng, lo, TODAY - dt.timedelta(days=10)) if lo < TODAY - dt.timedelta(days=20) else TODAY - dt.timedelta(days=15)
    age = vf.year - birth.year - ((vf.month, vf.day) < (birth.month, birth.day))
    term = 5 if age < 16 else 10 if age < 26 else 20 if age < 46 else 0
    vt = "长期" if term == 0 else iso(add_years(vf, term))
    auth = (f"{p[1]}公安局{p[2]}分局" if p[1] and p[2].endswith("区") else f"{p[2]}公安局") if p[1] else f"{p[0]}公安局{p[2]}分局"
    return {"name": name, "sex": "男" if male else "女", "nation": nation, "birth_date": iso(birth), "address": addr,
            "id_number": idn, "birth": birth, "issuing_authority": auth, "valid_from": iso(vf), "valid_to": vt,
            "vf": vf, "place": p}
