"""Family ZI's values: people, places, ID numbers (GB 11643), unified social credit codes (GB 32100),
licence numbers, business scopes, issuing authorities. Everything drawn from a numpy Generator."""

from __future__ import annotations

import datetime as dt

TODAY = dt.date(2026, 12, 6)

SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
COMPOUND = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "司徒", "夏侯", "长孙", "宇文", "端木"]
GIVEN = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建国志文斌宇浩凯晨婷雪琳瑶欣怡梓涵子轩一诺思远嘉豪俊熙佳琪雨桐若曦铭睿博文泽宏亮春梅海燕德胜永福金凤秋菊振兴")
NATIONS = ["汉"] * 14 + ["回", "满", "壮", "苗", "维吾尔", "土家", "彝", "蒙古", "藏", "朝鲜", "侗", "瑶", "白", "哈尼", "布依"]

# (province, prefecture city, district/county, 6-digit admin code, short name for licence numbers)
PLACES = [
    ("上海市", "", "浦东新区", "310115", "沪"), ("上海市", "", "闵行区", "310112", "沪"),
    ("北京市", "", "朝阳区", "110105", "京"), ("北京市", "", "海淀区", "110108", "京"),
    ("天津市", "", "南开区", "120104", "津"), ("重庆市", "", "渝中区", "500103", "渝"),
    ("广东省", "广州市", "天河区", "440106", "粤"), ("广东省", "深圳市", "南山区", "440305", "粤"),
    ("浙江省", "杭州市", "西湖区", "330106", "浙"), ("浙江省", "宁波市", "鄞州区", "330212", "浙"),
    ("江苏省", "南京市", "鼓楼区", "320106", "苏"), ("江苏省", "苏州市", "吴中区", "320506", "苏"),
    ("四川省", "成都市", "武侯区", "510107", "川"), ("湖北省", "武汉市", "青山区", "420107", "鄂"),
    ("湖南省", "长沙市", "岳麓区", "430104", "湘"), ("山东省", "潍坊市", "奎文区", "370705", "鲁"),
    ("河南省", "郑州市", "金水区", "410105", "豫"), ("吉林省", "白城市", "洮北区", "220802", "吉"),
    ("陕西省", "西安市", "雁塔区", "610113", "陕"), ("福建省", "厦门市", "思明区", "350203", "闽"),
    ("云南省", "昆明市", "五华区", "530102", "滇"), ("安徽省", "合肥市", "蜀山区", "340104", "皖"),
    ("河北省", "石家庄市", "长安区", "130102", "冀"), ("江西省", "赣州市", "于都县", "360731", "赣"),
    ("广西壮族自治区", "桂林市", "阳朔县", "450321", "桂"), ("新疆维吾尔自治区", "乌鲁木齐市", "天山区", "650102", "新"),
    ("黑龙江省", "哈尔滨市", "南岗区", "230103", "黑"), ("贵州省", "遵义市", "湄潭县", "520328", "黔"),
]
ROADS = ["人民路", "解放路", "中山路", "建设路", "长江路", "和平街", "文化路", "新华街", "光明路", "朝阳北路", "科技园路",
         "滨江大道", "东方路", "张杨路", "迎宾大道", "幸福巷", "工农路", "环城西路", "春申路", "金桥路"]
TOWNS = ["城关镇", "新桥镇", "白鹤镇", "马桥镇", "青山镇", "龙泉镇", "柳河乡", "石门乡"]
VILLAGES = ["李家村", "新民村", "红旗村", "东风村", "王庄村", "石桥村", "永安村"]
ESTATES = ["阳光花园", "锦绣小区", "翠湖苑", "金色家园", "和平里", "学府名苑", "滨江花城", "幸福新村"]
BUILDINGS = ["国贸大厦", "科技大厦", "时代广场", "金融中心", "创业园", "商务楼"]


def pick(rng, seq):
    return seq[int(rng.integers(len(seq)))]


def person_name(rng) -> str:
    s = pick(rng, COMPOUND) if rng.random() < 0.12 else pick(rng, SURNAMES)
    return s + "".join(pick(rng, GIVEN) for _ in range(1 if rng.random() < 0.35 else 2))


def place(rng):
    return pick(rng, PLACES)


def _prefix(p) -> str:
    return p[0] + p[1] + p[2]


def address(rng, p, style: str | None = None) -> str:
    """A street address in place `p`: 号楼/单元/室, 弄, 镇/村/组 or an office building."""
    style = style or pick(rng, ["estate", "lane", "village", "office", "street"])
    n = int(rng.integers(1, 999))
    if style == "estate":
        return (f"{_prefix(p)}{pick(rng, ROADS)}{n}号{pick(rng, ESTATES)}{int(rng.integers(1, 30))}号楼"
                f"{int(rng.integers(1, 6))}单元{int(rng.integers(1, 30))}0{int(rng.integers(1, 5))}室")
    if style == "lane":
        return f"{_prefix(p)}{pick(rng, ROADS)}{n}弄{int(rng.integers(1, 60))}号{int(rng.integers(1, 7))}0{int(rng.integers(1, 4))}室"
    if style == "village":
        return f"{_prefix(p)}{pick(rng, TOWNS)}{pick(rng, VILLAGES)}{int(rng.integers(1, 12))}组{int(rng.integers(1, 90))}号"
    if style == "office":
        return f"{_prefix(p)}{pick(rng, ROADS)}{n}号{pick(rng, BUILDINGS)}{int(rng.integers(2, 30))}层{int(rng.integers(1, 30)):02d}室"
    return f"{_prefix(p)}{pick(rng, ROADS)}{n}号"


def add_years(d: dt.date, n: int) -> dt.date:
    try:
        return d.replace(year=d.year + n)
    except ValueError:  # 29 February
        return d.replace(year=d.year + n, day=28)


def date_between(rng, a: dt.date, b: dt.date) -> dt.date:
    return a + dt.timedelta(days=int(rng.integers(0, max(1, (b - a).days))))


def id_number(code6: str, birth: dt.date, male: bool, rng) -> str:
    body = f"{code6}{birth:%Y%m%d}{int(rng.integers(0, 100)):02d}{int(rng.integers(0, 5)) * 2 + (1 if male else 0)}"
    w = [pow(2, 17 - i, 11) for i in range(17)]
    c = (12 - sum(int(a) * b for a, b in zip(body, w, strict=True)) % 11) % 11
    return body + ("X" if c == 10 else str(c))


USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def uscc(rng, head: str, code6: str) -> str:
    body = head + code6 + "".join(pick(rng, USCC[:10] if i < 2 else USCC) for i in range(9))
    total = sum(USCC.index(ch) * pow(3, i, 31) for i, ch in enumerate(body))
    return body + USCC[(31 - total % 31) % 31]


def food_license_no(rng, p, food_sale: bool) -> str:
    return f"JY{1 if food_sale else 2}{p[3]}{int(rng.integers(0, 10**7)):07d}"


def health_license_no(rng, p, year: int) -> str:
    br = pick(rng, [("（", "）"), ("〔", "〕"), ("(", ")")])
    return f"{p[4]}卫公字{br[0]}{year}{br[1]}第{p[3]}{int(rng.integers(0, 10**6)):06d}号"


def money_cn(n: int) -> str:
    d = "零壹贰叁肆伍陆柒捌玖"
    units = [(10000, "万"), (1000, "仟"), (100, "佰"), (10, "拾"), (1, "")]
    out, zero = "", False
    for u, name in units:
        q = n // u % 10 if u < 10000 else n // 10000
        if u == 10000:
            if q:
                out += money_cn(q).removesuffix("元整") + "万"
            continue
        if q:
            if zero and out:
                out += "零"
            out += d[q] + name
            zero = False
        else:
            zero = True
    return out + "元整"


def capital(rng) -> str:
    wan = int(pick(rng, [3, 5, 10, 20, 50, 100, 200, 300, 500, 1000, 1200, 5000]))
    r = rng.random()
    if r < 0.45:
        return f"人民币{money_cn(wan * 10000)}"
    if r < 0.8:
        return f"{wan}万元整"
    return f"人民币{wan}万元"


TRADES = [("科技", "技术开发、技术咨询、技术服务、技术转让；软件开发；信息系统集成服务；计算机系统服务；数据处理服务；网络技术服务"),
          ("餐饮管理", "餐饮服务；食品销售；餐饮管理；外卖递送服务；食用农产品零售；日用百货销售"),
          ("贸易", "日用百货、五金交电、服装鞋帽、针纺织品、文具用品、体育用品、电子产品的销售；货物进出口；技术进出口"),
          ("建筑装饰工程", "建设工程施工；住宅室内装饰装修；建筑材料销售；园林绿化工程施工；土石方工程施工"),
          ("文化传媒", "组织文化艺术交流活动；会议及展览服务；广告设计、代理；广告制作；平面设计；摄影扩印服务"),
          ("物流", "道路货物运输（不含危险货物）；普通货物仓储服务；装卸搬运；国内货物运输代理；供应链管理服务"),
          ("酒店管理", "住宿服务；酒店管理；餐饮服务；会议及展览服务；洗染服务；停车场服务"),
          ("健康咨询", "健康咨询服务（不含诊疗服务）；养生保健服务（非医疗）；足浴服务；美容服务；理发服务")]
NAME_HEADS = ["宏达", "鑫源", "华信", "锦程", "瑞丰", "博远", "启航", "嘉禾", "恒通", "新世纪", "中天", "盛世", "金穗", "安泰", "云帆", "青禾"]
CO_TYPES = ["有限责任公司（自然人独资）", "有限责任公司（自然人投资或控股）", "其他有限责任公司", "股份有限公司（非上市、自然人投资或控股）",
            "有限责任公司（非自然人投资或控股的法人独资）"]


def scope(rng, trade: str, base: str) -> str:
    extra = ["（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）"]
    if rng.random() < 0.5:
        extra.insert(0, "；许可项目：" + pick(rng, ["食品经营", "第二类增值电信业务", "道路货物运输", "建设工程设计", "住宿服务"]) +
                     "（依法须经批准的项目，经相关部门批准后方可开展经营活动，具体经营项目以相关部门批准文件或许可证件为准）")
    return "一般项目：" + base + "".join(extra) if rng.random() < 0.6 else base + "。" + extra[-1]


def business(rng):
    """A business licence's values and its form: company, branch, partnership, individual."""
    p = place(rng)
    form = pick(rng, ["company", "company", "branch", "partnership", "individual"])
    trade, base = pick(rng, TRADES)
    city = (p[1] or p[0]).removesuffix("市").removesuffix("省")
    head = pick(rng, NAME_HEADS)
    est = date_between(rng, dt.date(2003, 1, 1), dt.date(2026, 10, 1))
    person = person_name(rng)
    v = {"established_date": est.isoformat(), "legal_representative": person,
         "business_scope": scope(rng, trade, base), "address": address(rng, p, pick(rng, ["office", "estate", "street", "lane"]))}
    if form == "company":
        v.update(name=f"{city}{head}{trade}有限公司", entity_type=pick(rng, CO_TYPES), registered_capital=capital(rng),
                 credit_code=uscc(rng, "91", p[3]))
        v["valid_to"] = "长期" if rng.random() < 0.6 else add_years(est, 20).isoformat()
        labels = ("法定代表人", "住所", "注册资本", "成立日期", "营业期限")
    elif form == "branch":
        v.update(name=f"{city}{head}{trade}有限公司{pick(rng, ['第一', '浦江', '城东', '高新'])}分公司",
                 entity_type="有限责任公司分公司（自然人投资或控股）", registered_capital="", credit_code=uscc(rng, "91", p[3]))
        v["valid_to"] = "长期" if rng.random() < 0.7 else add_years(est, 30).isoformat()
        labels = ("负责人", "营业场所", "", "成立日期", "营业期限")
    elif form == "partnership":
        v.update(name=f"{city}{head}{pick(rng, ['投资管理', '企业管理咨询', '文化发展'])}合伙企业（有限合伙）",
                 entity_type=pick(rng, ["有限合伙企业", "普通合伙企业"]), registered_capital="",
                 credit_code=uscc(rng, "91", p[3]))
        v["legal_representative"] = f"{city}{pick(rng, NAME_HEADS)}投资有限公司（委派代表：{person}）" if rng.random() < 0.4 else person
        v["valid_to"] = add_years(est, 10 + int(rng.integers(0, 20))).isoformat() if rng.random() < 0.6 else "长期"
        labels = ("执行事务合伙人", "主要经营场所", "出资额", "成立日期", "合伙期限")
        v["registered_capital"] = f"人民币{int(pick(rng, [100, 300, 1000]))}万元" if rng.random() < 0.5 else ""
    else:
        v.update(name=f"{p[2]}{pick(rng, ['老王', '阿芳', '美味', '顺心', '惠民', '鑫鑫'])}{pick(rng, ['小吃店', '便利店', '理发店', '五金店', '水果店'])}",
                 entity_type="个体工商户", registered_capital="", credit_code=uscc(rng, "92", p[3]), valid_to="")
        v["business_scope"] = pick(rng, ["许可项目：小餐饮；食品销售。一般项目：食用农产品零售", "日用百货、五金交电零售",
                                         "理发服务；美容服务（不含医疗美容）", "水果、蔬菜、预包装食品零售"])
        v["address"] = address(rng, p, pick(rng, ["street", "village", "lane"]))
        labels = ("经营者", "经营场所", "", "注册日期", "")
    v["form"] = form
    v["labels"] = labels
    v["place"] = p
    v["authority"] = f"{p[1] or p[0]}{p[2]}市场监督管理局"
    v["issue_date"] = date_between(rng, est, TODAY)
    return v


def id_front(rng):
    p = place(rng)
    male = bool(rng.random() < 0.5)
    birth = date_between(rng, dt.date(1950, 1, 1), dt.date(2008, 12, 31))
    style = pick(rng, ["estate", "lane", "village", "street"])
    return {"name": person_name(rng), "sex": "男" if male else "女", "nation": pick(rng, NATIONS),
            "birth_date": birth.isoformat(), "address": address(rng, p, style),
            "id_number": id_number(p[3], birth, male, rng)}


def id_back(rng):
    p = place(rng)
    start = date_between(rng, dt.date(2007, 1, 1), TODAY)
    years = pick(rng, [5, 10, 20, 20, 0])
    auth = f"{p[1] or p[0]}公安局{p[2]}分局" if p[1] or rng.random() < 0.5 else f"{p[0]}公安局{p[2]}分局"
    end = "长期" if years == 0 else add_years(start, years).isoformat()
    return {"issuing_authority": auth, "valid_from": start.isoformat(), "valid_to": end}


HEALTH_ITEMS = ["住宿", "沐浴", "美容", "理发", "游泳场（馆）", "歌舞厅", "候车（机、船）室", "商场（店）", "书店", "展览馆"]


def health(rng):
    p = place(rng)
    start = date_between(rng, dt.date(2019, 1, 1), TODAY)
    n_items = int(rng.integers(1, 4))
    idx = sorted(rng.choice(len(HEALTH_ITEMS), n_items, replace=False).tolist())
    kind = pick(rng, ["宾馆", "酒店", "足浴店", "美容美发店", "游泳馆", "商场"])
    return {"license_no": health_license_no(rng, p, start.year),
            "name": f"{(p[1] or p[0]).removesuffix('市')}{pick(rng, NAME_HEADS)}{kind}" + ("有限公司" if rng.random() < 0.5 else ""),
            "legal_representative": person_name(rng), "address": address(rng, p, pick(rng, ["street", "office", "lane"])),
            "license_items": "、".join(HEALTH_ITEMS[i] for i in idx), "valid_from": start.isoformat(),
            "valid_to": (add_years(start, 4) - dt.timedelta(days=1)).isoformat(),
            "place": p, "authority": f"{p[1] or p[0]}{p[2]}卫生健康委员会"}


FOOD_FORMS = ["餐饮服务经营者（中型餐馆）", "餐饮服务经营者（小型餐馆）", "食品销售经营者（超市）", "食品销售经营者（便利店）",
              "单位食堂（学校食堂）", "单位食堂（机关食堂）", "餐饮服务经营者（饮品店）"]
FOOD_ITEMS = ["预包装食品（含冷藏冷冻食品）销售", "散装食品（不含冷藏冷冻食品）销售", "热食类食品制售", "冷食类食品制售",
              "糕点类食品（含裱花蛋糕）制售", "自制饮品制售", "特殊食品销售（保健食品）", "生食类食品制售"]


def food(rng):
    p = place(rng)
    form = pick(rng, FOOD_FORMS)
    sale = form.startswith("食品销售")
    n_items = int(rng.integers(1, 5))
    idx = sorted(rng.choice(len(FOOD_ITEMS), n_items, replace=False).tolist())
    addr = address(rng, p, pick(rng, ["street", "office", "lane", "estate"]))
    trade = "餐饮管理有限公司" if not sale else "商贸有限公司"
    if form.startswith("单位食堂"):
        trade = pick(rng, ["第一中学", "实验小学", "人民医院"])
    valid = date_between(rng, dt.date(2026, 1, 1), dt.date(2031, 12, 31))
    return {"license_no": food_license_no(rng, p, sale),
            "name": f"{(p[1] or p[0]).removesuffix('市')}{pick(rng, NAME_HEADS)}{trade}",
            "credit_code": uscc(rng, pick(rng, ["91", "92", "12"]), p[3]), "legal_representative": person_name(rng),
            "address": addr, "premises_address": addr if rng.random() < 0.6 else address(rng, p, "street"),
            "business_form": form, "business_items": "；".join(FOOD_ITEMS[i] for i in idx),
            "valid_to": valid.isoformat(), "place": p, "authority": f"{p[1] or p[0]}{p[2]}市场监督管理局",
            "issue_date": add_years(valid, -5)}
