"""Family ZE's values: people, places, companies, numbers and dates as a 综合受理 window sees them.

Written from the standards and from how real documents read (GB 11643 ID numbers, GB 32100 credit
codes, JY + 14-digit food licences, 卫公字 numbers with year brackets), independent of every other
family's values. Everything is drawn from one `random.Random` so a set is deterministic for a seed.
"""

from __future__ import annotations

import datetime as dt
import random

TODAY = dt.date(2026, 11, 20)

# (province, city, district, 6-digit division code, 卫 abbreviation, public-security name of the district)
PLACES = [
    ("北京市", "", "朝阳区", "110105", "京", "北京市公安局朝阳分局"),
    ("北京市", "", "海淀区", "110108", "京", "北京市公安局海淀分局"),
    ("上海市", "", "浦东新区", "310115", "沪", "上海市公安局浦东分局"),
    ("上海市", "", "闵行区", "310112", "沪", "上海市公安局闵行分局"),
    ("天津市", "", "南开区", "120104", "津", "天津市公安局南开分局"),
    ("重庆市", "", "渝北区", "500112", "渝", "重庆市公安局渝北区分局"),
    ("广东省", "广州市", "天河区", "440106", "粤", "广州市公安局天河区分局"),
    ("广东省", "深圳市", "南山区", "440305", "粤", "深圳市公安局南山分局"),
    ("广东省", "佛山市", "顺德区", "440606", "粤", "佛山市公安局顺德分局"),
    ("浙江省", "杭州市", "西湖区", "330106", "浙", "杭州市公安局西湖分局"),
    ("浙江省", "温州市", "鹿城区", "330302", "浙", "温州市公安局鹿城分局"),
    ("江苏省", "南京市", "鼓楼区", "320106", "苏", "南京市公安局鼓楼分局"),
    ("江苏省", "苏州市", "吴中区", "320506", "苏", "苏州市公安局吴中分局"),
    ("山东省", "青岛市", "市南区", "370202", "鲁", "青岛市公安局市南分局"),
    ("山东省", "济南市", "历下区", "370102", "鲁", "济南市公安局历下分局"),
    ("河南省", "郑州市", "金水区", "410105", "豫", "郑州市公安局金水分局"),
    ("湖北省", "武汉市", "洪山区", "420111", "鄂", "武汉市公安局洪山区分局"),
    ("湖南省", "长沙市", "岳麓区", "430104", "湘", "长沙市公安局岳麓分局"),
    ("四川省", "成都市", "武侯区", "510107", "川", "成都市公安局武侯区分局"),
    ("四川省", "绵阳市", "涪城区", "510703", "川", "绵阳市公安局涪城区分局"),
    ("陕西省", "西安市", "雁塔区", "610113", "陕", "西安市公安局雁塔分局"),
    ("福建省", "厦门市", "思明区", "350203", "闽", "厦门市公安局思明分局"),
    ("河北省", "石家庄市", "长安区", "130102", "冀", "石家庄市公安局长安分局"),
    ("安徽省", "合肥市", "蜀山区", "340104", "皖", "合肥市公安局蜀山分局"),
    ("江西省", "南昌市", "西湖区", "360103", "赣", "南昌市公安局西湖分局"),
    ("辽宁省", "沈阳市", "和平区", "210102", "辽", "沈阳市公安局和平分局"),
    ("黑龙江省", "哈尔滨市", "南岗区", "230103", "黑", "哈尔滨市公安局南岗分局"),
    ("云南省", "昆明市", "五华区", "530102", "云", "昆明市公安局五华分局"),
    ("广西壮族自治区", "南宁市", "青秀区", "450103", "桂", "南宁市公安局青秀分局"),
    ("新疆维吾尔自治区", "乌鲁木齐市", "天山区", "650102", "新", "乌鲁木齐市公安局天山区分局"),
    ("贵州省", "贵阳市", "南明区", "520102", "黔", "贵阳市公安局南明分局"),
    ("山西省", "太原市", "小店区", "140105", "晋", "太原市公安局小店分局"),
    ("甘肃省", "兰州市", "城关区", "620102", "甘", "兰州市公安局城关分局"),
    ("吉林省", "长春市", "朝阳区", "220104", "吉", "长春市公安局朝阳分局"),
]
# a county where rural addresses (镇/村/组) are written
COUNTIES = [
    ("河南省", "周口市", "郸城县", "411625", "豫", "郸城县公安局"),
    ("四川省", "南充市", "仪陇县", "511324", "川", "仪陇县公安局"),
    ("湖南省", "邵阳市", "隆回县", "430524", "湘", "隆回县公安局"),
    ("安徽省", "阜阳市", "临泉县", "341221", "皖", "临泉县公安局"),
    ("江西省", "赣州市", "于都县", "360731", "赣", "于都县公安局"),
    ("山东省", "临沂市", "沂南县", "371321", "鲁", "沂南县公安局"),
    ("广西壮族自治区", "玉林市", "博白县", "450923", "桂", "博白县公安局"),
    ("贵州省", "毕节市", "大方县", "520521", "黔", "大方县公安局"),
]

SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史黎贺顾毛郝龚邵万钱覃武戴孔汤庞樊兰殷施陶洪翟安颜倪严牛温芦季俞章鲁葛伍申尤毕聂柴焦向柳邢骆岳齐沿梅莫庄辛管祝左涂谷祁时舒耿牟卜詹关苗凌费纪靳盛童欧甄项曲成游阳裴席卫查屈鲍位覃霍翁隋植甘景薄单包司柏宁柯阮桂闵欧解强")
COMPOUND = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "令狐", "夏侯", "澹台", "宇文"]
GIVEN = list("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志强文斌海燕玉兰红梅晓东春梅丹玲鹏飞浩然子涵欣怡梓萱宇轩思远俊杰雨桐嘉怡一鸣佳琪子墨诗涵皓轩若曦泽宇晨阳振华永红德明淑珍卫东建军秀珍爱华丽娟翠花金凤立新海峰")
NATIONS = ["汉"] * 30 + ["回", "满", "壮", "蒙古", "维吾尔", "苗", "彝", "土家", "藏", "朝鲜", "侗", "瑶", "白", "哈萨克", "黎", "布依"]

ROADS = ["人民路", "解放路", "中山路", "建设路", "和平路", "新华路", "文化路", "学府路", "光明街", "长江路", "黄河路",
         "滨江大道", "世纪大道", "科技园路", "工业大道", "沿河东路", "青年路", "东风路", "胜利街", "迎宾大道", "朝阳路",
         "育才路", "振兴路", "金桥路", "锦绣路", "花园街", "幸福路", "府前街", "望江路", "紫荆路"]
TOWNS = ["城关镇", "新集镇", "李庄镇", "石桥镇", "白马镇", "柳林乡", "龙泉镇", "双河乡", "高坪镇", "黄土岭乡"]
VILLAGES = ["张庄村", "大王村", "前进村", "新民村", "红旗村", "石门村", "杨柳村", "东湖村", "胜利村", "三合村"]
COMMUNITIES = ["阳光花园", "锦绣家园", "幸福里小区", "翠苑", "金色家园", "滨江花城", "华府名苑", "绿洲新村", "碧水湾", "东方明珠苑"]
BUILDINGS = ["商务大厦", "科技大厦", "国际广场", "创业园", "商贸中心", "金融中心", "汇智大厦", "时代广场"]


def pick(r: random.Random, seq):
    return seq[r.randrange(len(seq))]


def place(r: random.Random, rural_ok: bool = True) -> tuple:
    if rural_ok and r.random() < 0.25:
        return pick(r, COUNTIES)
    return pick(r, PLACES)


def person_name(r: random.Random) -> str:
    sur = pick(r, COMPOUND) if r.random() < 0.06 else pick(r, SURNAMES)
    n = 1 if r.random() < 0.3 else 2
    if len(sur) == 2 and r.random() < 0.5:
        n = 1
    return sur + "".join(pick(r, GIVEN) for _ in range(n))


def region_prefix(p: tuple) -> str:
    prov, city, dist = p[0], p[1], p[2]
    return prov + city + dist


def address(r: random.Random, p: tuple, business: bool = False) -> str:
    """A street or rural address as printed on an ID card or a licence, with 号/号楼/室/弄/组/村."""
    pre = region_prefix(p)
    if p in COUNTIES:
        if business and r.random() < 0.6:
            return pre + pick(r, TOWNS) + pick(r, ROADS) + f"{r.randint(1, 300)}号"
        s = pre + pick(r, TOWNS) + pick(r, VILLAGES)
        if r.random() < 0.7:
            s += f"{pick(r, '一二三四五六七八九')}组"
        return s + f"{r.randint(1, 120)}号"
    road = pick(r, ROADS)
    k = r.random()
    if p[0] == "上海市" and k < 0.3:
        return pre + road + f"{r.randint(10, 2999)}弄{r.randint(1, 80)}号{r.randint(101, 2402)}室"
    if business:
        if k < 0.4:
            return pre + road + f"{r.randint(1, 999)}号{pick(r, BUILDINGS)}{r.randint(2, 28)}层{r.randint(1, 30):02d}室"
        if k < 0.7:
            return pre + road + f"{r.randint(1, 999)}号{r.randint(1, 12)}幢{r.randint(1, 3)}层"
        return pre + road + f"{r.randint(1, 999)}号"
    if k < 0.6:
        return pre + road + f"{r.randint(1, 999)}号{pick(r, COMMUNITIES)}{r.randint(1, 30)}号楼{r.randint(1, 6)}单元{r.randint(1, 33)}{r.randint(1, 4):02d}室"
    return pre + road + f"{r.randint(1, 999)}号{r.randint(1, 20)}栋{r.randint(101, 1802)}室"


def date_between(r: random.Random, a: dt.date, b: dt.date) -> dt.date:
    return a + dt.timedelta(days=r.randrange(max((b - a).days, 1)))


def id_number(code6: str, birth: dt.date, male: bool, r: random.Random) -> str:
    seq = r.randint(0, 99) * 10 + r.randint(0, 9)
    seq = seq - seq % 2 + (1 if male else 0)
    body = f"{code6}{birth:%Y%m%d}{seq % 1000:03d}"
    c = (1 - 2 * int(body, 13)) % 11
    return body + ("X" if c == 10 else str(c))


USCC_CH = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def uscc(r: random.Random, kind: str, code6: str) -> str:
    """GB 32100: 登记管理部门+机构类别 (`91` company, `92` 个体工商户, `93` 农民专业合作社), division code,
    9-character organisation code, check character."""
    org = "".join(pick(r, USCC_CH) for _ in range(8))
    org += pick(r, USCC_CH) if r.random() < 0.4 else str(r.randint(0, 9))
    body = kind + code6 + org
    total = sum(USCC_CH.index(ch) * pow(3, i, 31) for i, ch in enumerate(body))
    return body + USCC_CH[(31 - total % 31) % 31]


def food_license_no(r: random.Random, p: tuple, catering: bool) -> str:
    """JY + 主体业态 digit (1 销售, 2 餐饮, 3 单位食堂) + 6-digit division + 6-digit serial + check digit."""
    d = "2" if catering else r.choice("13")
    return "JY" + d + p[3] + f"{r.randint(1, 99999):06d}" + str(r.randint(0, 9))


TRADE = ["鑫源", "华盛", "恒通", "瑞丰", "金鼎", "宏达", "博远", "嘉禾", "汇川", "晟泰", "明辉", "盛世", "联创", "中科",
         "天成", "永安", "福满", "锦程", "德润", "新宇", "川味坊", "老街坊", "悦来", "一品", "小蜜蜂", "绿源", "星河",
         "凯旋", "安康", "百佳", "佳和", "海纳", "启航", "致远", "云杉", "青禾", "禾木", "壹号", "味道", "巧手"]
INDUSTRY = [("餐饮管理", "catering"), ("商贸", "trade"), ("科技", "tech"), ("信息技术", "tech"), ("建筑工程", "build"),
            ("物业管理", "service"), ("文化传媒", "media"), ("食品", "food"), ("电子商务", "trade"), ("物流", "logistics"),
            ("装饰工程", "build"), ("健康管理", "service"), ("酒店管理", "hotel"), ("农业发展", "agri"), ("教育咨询", "service")]

SCOPE = {
    "catering": ["餐饮管理", "餐饮服务（不产生油烟、异味、废气）", "食品销售（仅销售预包装食品）", "外卖递送服务", "日用百货销售", "食用农产品零售", "企业管理咨询"],
    "trade": ["日用百货销售", "五金产品批发", "五金产品零售", "电子产品销售", "服装服饰批发", "针纺织品销售", "化妆品零售", "办公用品销售", "家用电器销售", "建筑材料销售"],
    "tech": ["技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广", "软件开发", "信息系统集成服务", "计算机系统服务", "数据处理服务", "网络技术服务", "信息咨询服务（不含许可类信息咨询服务）"],
    "build": ["住宅室内装饰装修", "园林绿化工程施工", "土石方工程施工", "建筑材料销售", "金属门窗工程施工", "工程管理服务"],
    "service": ["物业管理", "家政服务", "健康咨询服务（不含诊疗服务）", "企业管理咨询", "会议及展览服务", "停车场服务", "专业保洁、清洗、消毒服务"],
    "media": ["组织文化艺术交流活动", "广告设计、代理", "广告制作", "图文设计制作", "会议及展览服务", "摄影扩印服务"],
    "food": ["食品销售（仅销售预包装食品）", "食用农产品批发", "食用农产品零售", "保健食品（预包装）销售", "婴幼儿配方乳粉及其他婴幼儿配方食品销售"],
    "logistics": ["普通货物仓储服务（不含危险化学品等需许可审批的项目）", "国内货物运输代理", "装卸搬运", "供应链管理服务", "包装服务"],
    "hotel": ["酒店管理", "餐饮管理", "会议及展览服务", "洗染服务", "停车场服务"],
    "agri": ["谷物种植", "蔬菜种植", "农业机械服务", "农产品的生产、销售、加工、运输、贮藏及其他相关服务", "农业专业及辅助性活动"],
}
PERMIT = {
    "catering": ["餐饮服务", "食品经营"], "trade": ["第二类增值电信业务"], "tech": ["第二类增值电信业务"],
    "build": ["建设工程施工", "住宅室内装饰装修"], "service": ["城市生活垃圾经营性服务"], "media": ["出版物零售"],
    "food": ["食品销售", "酒类经营"], "logistics": ["道路货物运输（不含危险货物）"], "hotel": ["住宿服务", "餐饮服务"],
    "agri": ["农作物种子经营", "农药零售"],
}
TAIL_G = "（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）"
TAIL_P = "（依法须经批准的项目，经相关部门批准后方可开展经营活动，具体经营项目以相关部门批准文件或许可证件为准）"


def business_scope(r: random.Random, ind: str) -> str:
    items = list(SCOPE[ind])
    r.shuffle(items)
    extra = [x for k in SCOPE for x in SCOPE[k] if k != ind]
    r.shuffle(extra)
    g = items[: r.randint(3, len(items))] + extra[: r.randint(0, 4)]
    s = "一般项目：" + "；".join(g) + "。" + TAIL_G
    if r.random() < 0.5:
        s += "许可项目：" + "；".join(PERMIT[ind]) + "。" + TAIL_P
    if r.random() < 0.15:  # an older licence: the pre-2021 free form
        s = "、".join(g) + "。【依法须经批准的项目，经相关部门批准后方可开展经营活动】"
    return s


CN_DIGITS = "零壹贰叁肆伍陆柒捌玖"


def capital_upper(wan: int) -> str:
    """人民币 in capital numerals for whole 万元 amounts (壹佰万元整, 伍仟万元整, 叁拾伍万元整)."""
    def four(n: int) -> str:
        out, zero = "", False
        for unit, v in (("仟", 1000), ("佰", 100), ("拾", 10), ("", 1)):
            d = n // v % 10
            if d:
                if zero:
                    out += "零"
                out += CN_DIGITS[d] + unit
                zero = False
            elif out:
                zero = True
        return out
    if wan >= 10000:
        yi, rest = divmod(wan, 10000)
        s = four(yi) + "亿"
        if rest:
            s += ("零" if rest < 1000 else "") + four(rest) + "万"
        return s + "元整"
    return four(wan) + "万元整"


def capital(r: random.Random) -> str:
    wan = pick(r, [3, 5, 10, 30, 50, 100, 200, 300, 500, 800, 1000, 2000, 5000, 12000, 35])
    k = r.random()
    if k < 0.45:
        return f"{wan}万元整" if r.random() < 0.8 else f"{wan}万元"
    if k < 0.75:
        return "人民币" + capital_upper(wan)
    if k < 0.9:
        return capital_upper(wan)
    return f"人民币{wan}.0000万元"


# 个体工商户: what each kind of shop registers (一般项目 and, where it needs one, 许可项目)
SHOP_SCOPE = {
    "小吃店": (["食用农产品零售", "日用百货销售"], ["餐饮服务", "食品小作坊经营"]),
    "餐馆": (["餐饮管理", "外卖递送服务"], ["餐饮服务", "食品销售"]),
    "面馆": (["食用农产品零售"], ["餐饮服务"]),
    "便利店": (["日用百货销售", "食用农产品零售", "文具用品零售", "日用品销售"], ["食品销售", "烟草制品零售", "酒类经营"]),
    "水果店": (["水果种植", "食用农产品零售", "新鲜水果零售"], []),
    "烟酒店": (["日用百货销售", "礼品花卉销售"], ["烟草制品零售", "酒类经营", "食品销售"]),
    "理发店": (["理发服务", "美容服务（不含医疗美容）", "日用化学产品销售"], []),
    "五金店": (["五金产品零售", "建筑材料销售", "电线、电缆经营", "卫生洁具销售"], []),
    "服装店": (["服装服饰零售", "鞋帽零售", "针纺织品销售"], []),
    "修理部": (["家用电器安装服务", "日用电器修理", "自行车修理", "通讯设备修理"], []),
}


def shop_scope(r: random.Random, shop: str) -> str:
    general, permit = SHOP_SCOPE[shop]
    g = r.sample(general, r.randint(1, len(general)))
    s = "一般项目：" + "；".join(g) + "。" + TAIL_G
    if permit and r.random() < 0.8:
        s += "许可项目：" + "；".join(r.sample(permit, r.randint(1, len(permit)))) + "。" + TAIL_P
    if r.random() < 0.2:
        s = "、".join(g) + "。"
    return s


ENTITY_TYPES = ["有限责任公司（自然人投资或控股）", "有限责任公司（自然人独资）", "有限责任公司（非自然人投资或控股的法人独资）",
                "其他有限责任公司", "股份有限公司（非上市、自然人投资或控股）", "有限责任公司（港澳台法人独资）",
                "有限责任公司分公司（自然人投资或控股）"]


def company(r: random.Random, p: tuple) -> dict:
    """One register entry: name, type, who signs, capital, dates, address and scope."""
    trade = pick(r, TRADE)
    ind_name, ind = pick(r, INDUSTRY)
    city = (p[1] or p[0]).removesuffix("市").removesuffix("省")
    k = r.random()
    if k < 0.62:
        name = f"{city}{trade}{ind_name}有限公司" if r.random() < 0.7 else f"{trade}（{city}）{ind_name}有限公司"
        etype = pick(r, ENTITY_TYPES[:6])
        rep_label, cap, form = "法定代表人", capital(r), "company"
    elif k < 0.74:
        name = f"{city}{trade}{ind_name}有限公司{p[2].removesuffix('区').removesuffix('县')}分公司"
        etype, rep_label, cap, form = ENTITY_TYPES[6], "负责人", "", "branch"
    elif k < 0.82:
        name = f"{city}{trade}{ind_name}合伙企业（有限合伙）" if r.random() < 0.5 else f"{city}{trade}{ind_name}中心（普通合伙）"
        etype = "有限合伙企业" if "有限合伙" in name else "普通合伙企业"
        rep_label, cap, form = "执行事务合伙人", "", "partnership"
    else:
        shop = pick(r, list(SHOP_SCOPE))
        name = f"{p[2]}{trade}{shop}" if r.random() < 0.8 else ""
        etype, rep_label, cap, form = "个体工商户", "经营者", "", "individual"
    if form != "individual":
        shop = ""
    rep = person_name(r)
    if form == "partnership" and r.random() < 0.4:
        rep = f"{city}{pick(r, TRADE)}投资管理有限公司（委派代表：{person_name(r)}）"
    est = date_between(r, dt.date(1998, 1, 1), TODAY - dt.timedelta(days=20))
    if form == "individual":
        valid_to = ""
    elif r.random() < 0.55:
        valid_to = "长期"
    else:
        valid_to = est.replace(year=est.year + r.choice([10, 20, 30, 50])) - dt.timedelta(days=1)
        valid_to = valid_to.isoformat()
    kind = {"company": "91", "branch": "91", "partnership": "91", "individual": "92"}[form]
    return {"name": name, "entity_type": etype, "rep_label": rep_label, "rep": rep, "capital": cap,
            "established": est, "valid_to": valid_to, "address": address(r, p, business=True),
            "scope": shop_scope(r, shop) if form == "individual" else business_scope(r, ind), "credit_code": uscc(r, kind, p[3]), "form": form, "industry": ind,
            "place": p}


def registrar(p: tuple) -> str:
    if p in COUNTIES:
        return f"{p[2]}市场监督管理局"
    return f"{(p[1] or p[0])}{p[2]}市场监督管理局" if p[1] else f"{p[0]}{p[2]}市场监督管理局"


def cn_date(d: dt.date, zero_pad: bool = False) -> str:
    if zero_pad:
        return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    return f"{d.year}年{d.month}月{d.day}日"


def cn_upper_date(d: dt.date) -> str:
    """The registrar's date under the seal in Chinese numerals (二〇二三年五月十二日)."""
    dg = "〇一二三四五六七八九"
    y = "".join(dg[int(c)] for c in str(d.year))

    def n(v: int) -> str:
        if v < 10:
            return dg[v]
        if v == 10:
            return "十"
        if v < 20:
            return "十" + dg[v - 10]
        return dg[v // 10] + "十" + (dg[v % 10] if v % 10 else "")
    return f"{y}年{n(d.month)}月{n(d.day)}日"


def id_validity(r: random.Random, birth: dt.date) -> tuple[dt.date, str]:
    """Issue date and end by age at issue: <16 five years, 16–25 ten, 26–45 twenty, 46+ 长期."""
    lo = max(birth + dt.timedelta(days=365 * 5), dt.date(2005, 1, 1))
    issue = date_between(r, lo, TODAY - dt.timedelta(days=10))
    age = issue.year - birth.year - ((issue.month, issue.day) < (birth.month, birth.day))
    years = 5 if age < 16 else 10 if age < 26 else 20 if age < 46 else 0
    if not years:
        return issue, "长期"
    try:
        end = issue.replace(year=issue.year + years)
    except ValueError:
        end = issue.replace(year=issue.year + years, day=28)
    return issue, end.isoformat()


HEALTH_ITEMS = ["住宿", "沐浴", "美容美发", "美容", "理发", "游泳场（馆）", "商场（店）", "歌舞厅", "影剧院", "候车（机、船）室",
                "展览馆", "公共浴室", "足浴", "书店", "健身房", "酒吧"]


def health_license_no(r: random.Random, p: tuple, year: int) -> str:
    ab = p[4]
    style = r.random()
    br = ("（", "）") if style < 0.5 else ("〔", "〕") if style < 0.85 else ("[", "]")
    if r.random() < 0.7:
        return f"{ab}卫公字{br[0]}{year}{br[1]}第{p[3]}{r.randint(1, 999999):06d}号"
    return f"{p[2]}卫公证字{br[0]}{year}{br[1]}第{r.randint(1, 9999):04d}号"


FOOD_FORMS = [
    ("餐饮服务经营者（小型餐馆）", ["热食类食品制售", "冷食类食品制售", "预包装食品（含冷藏冷冻食品）销售", "自制饮品制售"], True),
    ("餐饮服务经营者（中型餐馆）", ["热食类食品制售", "冷食类食品制售", "生食类食品制售", "糕点类食品（含裱花蛋糕）制售"], True),
    ("餐饮服务经营者（饮品店）", ["自制饮品制售", "预包装食品（不含冷藏冷冻食品）销售"], True),
    ("单位食堂（学校食堂）", ["热食类食品制售", "冷食类食品制售"], True),
    ("单位食堂（机关企事业单位食堂）", ["热食类食品制售"], True),
    ("食品销售经营者（超市）", ["预包装食品（含冷藏冷冻食品）销售", "散装食品（含冷藏冷冻食品）销售", "保健食品销售", "特殊医学用途配方食品销售", "婴幼儿配方乳粉销售"], False),
    ("食品销售经营者（便利店）", ["预包装食品（含冷藏冷冻食品）销售", "散装食品（不含冷藏冷冻食品）销售", "热食类食品制售"], False),
    ("食品销售经营者（食杂店）", ["预包装食品（不含冷藏冷冻食品）销售", "散装食品（不含冷藏冷冻食品）销售"], False),
    ("食品销售经营者（网络食品销售商）", ["预包装食品（含冷藏冷冻食品）销售", "保健食品销售"], False),
]
