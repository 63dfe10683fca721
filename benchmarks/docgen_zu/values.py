"""Family ZU's own values: people, addresses across provinces, GB 11643 ID numbers matching region and
birth, GB 32100 credit codes, licence numbers and real 经营范围 wording. Everything from a numpy
RandomState, so a file's values depend only on (seed, index)."""

from __future__ import annotations

import datetime as dt

USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY"

SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤") + [
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "夏侯", "端木"]
GIVEN = list("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红建国志斌丹萍鹏宇浩然子涵梓轩欣怡雨桐思远嘉怡一诺晨曦佳琪俊杰博文天佑雅婷梦瑶家豪晓东海燕春梅文静立新卫东永强德华淑珍翠兰凤英")
NATIONS = ["汉"] * 14 + ["回", "满", "蒙古", "壮", "维吾尔", "苗", "彝", "土家", "藏", "朝鲜", "侗", "瑶", "白", "哈尼", "布依", "哈萨克", "傈僳", "畲"]

# (province code, province, city, county code, county, police authority's city prefix, public-health abbreviation)
REGIONS = [
    ("31", "上海市", "", "310115", "浦东新区", "上海市公安局浦东分局", "沪"),
    ("31", "上海市", "", "310104", "徐汇区", "上海市公安局徐汇分局", "沪"),
    ("11", "北京市", "", "110105", "朝阳区", "北京市公安局朝阳分局", "京"),
    ("11", "北京市", "", "110108", "海淀区", "北京市公安局海淀分局", "京"),
    ("44", "广东省", "广州市", "440106", "天河区", "广州市公安局天河分局", "粤"),
    ("44", "广东省", "深圳市", "440305", "南山区", "深圳市公安局南山分局", "粤"),
    ("33", "浙江省", "杭州市", "330106", "西湖区", "杭州市公安局西湖分局", "浙"),
    ("32", "江苏省", "南京市", "320106", "鼓楼区", "南京市公安局鼓楼分局", "苏"),
    ("32", "江苏省", "苏州市", "320505", "虎丘区", "苏州市公安局虎丘分局", "苏"),
    ("51", "四川省", "成都市", "510107", "武侯区", "成都市公安局武侯区分局", "川"),
    ("42", "湖北省", "武汉市", "420106", "武昌区", "武汉市公安局武昌分局", "鄂"),
    ("37", "山东省", "济南市", "370102", "历下区", "济南市公安局历下区分局", "鲁"),
    ("41", "河南省", "郑州市", "410105", "金水区", "郑州市公安局金水分局", "豫"),
    ("43", "湖南省", "长沙市", "430104", "岳麓区", "长沙市公安局岳麓分局", "湘"),
    ("61", "陕西省", "西安市", "610113", "雁塔区", "西安市公安局雁塔分局", "陕"),
    ("50", "重庆市", "", "500103", "渝中区", "重庆市公安局渝中区分局", "渝"),
    ("35", "福建省", "厦门市", "350203", "思明区", "厦门市公安局思明分局", "闽"),
    ("21", "辽宁省", "沈阳市", "210102", "和平区", "沈阳市公安局和平分局", "辽"),
    ("53", "云南省", "昆明市", "530102", "五华区", "昆明市公安局五华分局", "云"),
    ("65", "新疆维吾尔自治区", "乌鲁木齐市", "650102", "天山区", "乌鲁木齐市公安局天山区分局", "新"),
    ("45", "广西壮族自治区", "南宁市", "450103", "青秀区", "南宁市公安局青秀分局", "桂"),
    ("34", "安徽省", "合肥市", "340104", "蜀山区", "合肥市公安局蜀山分局", "皖"),
    ("13", "河北省", "石家庄市", "130102", "长安区", "石家庄市公安局长安分局", "冀"),
    ("36", "江西省", "南昌市", "360102", "东湖区", "南昌市公安局东湖分局", "赣"),
    ("52", "贵州省", "贵阳市", "520102", "南明区", "贵阳市公安局南明分局", "黔"),
    ("23", "黑龙江省", "哈尔滨市", "230102", "道里区", "哈尔滨市公安局道里分局", "黑"),
]
ROADS = ["人民路", "解放路", "中山路", "建设路", "和平路", "新华路", "张江路", "科苑路", "长江路", "黄河路", "文化路",
         "体育西路", "天府大道", "学院路", "滨江大道", "望京街", "花园路", "金水路", "五一路", "友谊路", "南京东路",
         "世纪大道", "沿江北路", "光华路", "凤凰路"]
VILLAGES = ["幸福村", "新庄村", "王家村", "东湖村", "柳树湾村", "石桥村", "杨家坪村"]
COMMUNITIES = ["阳光花园", "锦绣华庭", "翠湖苑", "金色家园", "东方明珠小区", "和谐家园", "紫荆苑", "碧水湾", "星河湾", "春江花月"]
TRADE = {
    "tech": ("科技", ["技术开发、技术咨询、技术服务、技术转让", "计算机软硬件及辅助设备零售", "信息系统集成服务",
                     "软件开发", "数据处理和存储支持服务", "网络技术服务", "人工智能应用软件开发"]),
    "trade": ("贸易", ["日用百货销售", "五金产品批发", "电子产品销售", "服装服饰零售", "家用电器销售",
                      "化妆品零售", "办公用品销售", "货物进出口", "技术进出口"]),
    "food": ("餐饮管理", ["餐饮服务", "食品销售", "餐饮管理", "外卖递送服务", "酒类经营", "食品互联网销售"]),
    "cons": ("建筑工程", ["建设工程施工", "住宅室内装饰装修", "建筑材料销售", "园林绿化工程施工", "市政设施管理"]),
    "consult": ("企业管理咨询", ["企业管理咨询", "市场营销策划", "会议及展览服务", "广告设计、代理", "信息咨询服务（不含许可类信息咨询服务）"]),
    "culture": ("文化传媒", ["组织文化艺术交流活动", "广告制作", "广告发布", "摄影扩印服务", "票务代理服务", "礼仪服务"]),
    "health": ("健康管理", ["健康咨询服务（不含诊疗服务）", "养生保健服务（非医疗）", "美容服务", "理发服务", "洗浴服务", "足浴服务"]),
}
BRANDS = ["华信", "博远", "恒通", "鑫源", "天成", "瑞丰", "嘉禾", "润泽", "中联", "盛世", "云帆", "新锐", "汇智",
          "百川", "金鼎", "宏图", "启明", "鼎盛", "安泰", "优品", "星辰", "青禾", "鸿运", "聚德", "同心", "万和"]


def pick(r, seq):
    return seq[int(r.randint(len(seq)))]


def person_name(r) -> str:
    s = pick(r, SURNAMES)
    n = 1 if r.rand() < 0.35 else 2
    return s + "".join(pick(r, GIVEN) for _ in range(n))


def rdate(r, y0: int, y1: int) -> dt.date:
    a, b = dt.date(y0, 1, 1).toordinal(), dt.date(y1, 12, 31).toordinal()
    return dt.date.fromordinal(int(r.randint(a, b + 1)))


def id_check(s17: str) -> str:
    c = (1 - 2 * int(s17, 13)) % 11
    return "X" if c == 10 else str(c)


def id_number(r, county: str, birth: dt.date, male: bool) -> str:
    seq = int(r.randint(0, 500)) * 2 + (1 if male else 0)
    s17 = f"{county}{birth:%Y%m%d}{seq:03d}"
    return s17 + id_check(s17)


def uscc(r, county: str, dept_kind: str = "91") -> str:
    body = "".join(pick(r, USCC) for _ in range(8))
    s17 = dept_kind + county + body + pick(r, USCC[:10])
    s17 = s17[:17]
    total = sum(USCC.index(ch) * pow(3, i, 31) for i, ch in enumerate(s17))
    return s17 + USCC[(31 - total % 31) % 31]


def region(r):
    return pick(r, REGIONS)


def street_address(r, reg, rural: bool = False) -> str:
    _, prov, city, _, county, _, _ = reg
    head = prov + city + county
    if rural:
        town = pick(r, ["城关镇", "新华镇", "高桥镇", "安亭镇", "龙泉街道", "南湖乡"])
        return head + town + pick(r, VILLAGES) + f"{int(r.randint(1, 12))}组{int(r.randint(1, 99))}号"
    road = pick(r, ROADS)
    no = int(r.randint(1, 2000))
    tail = pick(r, ["号", f"弄{int(r.randint(1, 60))}号", f"号{int(r.randint(1, 30))}幢{int(r.randint(101, 2805))}室",
                    "号{}{}".format(pick(r, COMMUNITIES), f"{int(r.randint(1, 20))}栋{int(r.randint(1, 6))}单元{int(r.randint(101, 3302))}室")])
    return head + road + str(no) + tail


def company_address(r, reg) -> str:
    _, prov, city, _, county, _, _ = reg
    head = prov + city + county
    road = pick(r, ROADS)
    tail = pick(r, [f"{int(r.randint(1, 999))}号{int(r.randint(1, 20))}层{int(r.randint(1, 30)):02d}室",
                    f"{int(r.randint(1, 999))}号{int(r.randint(1, 12))}幢{int(r.randint(101, 1808))}室",
                    f"{int(r.randint(1, 999))}弄{int(r.randint(1, 40))}号{int(r.randint(1, 6))}楼",
                    f"{int(r.randint(1, 999))}号{pick(r, ['A', 'B', 'C'])}座{int(r.randint(101, 2208))}",
                    f"{int(r.randint(1, 999))}号一层{int(r.randint(101, 120))}商铺"])
    return head + road + tail


def cn_capital(n: int) -> str:
    digits = "零壹贰叁肆伍陆柒捌玖"
    units = ["", "拾", "佰", "仟"]
    out = ""
    wan, rest = divmod(n, 10000)
    def four(x):
        s, zero = "", False
        for i in range(3, -1, -1):
            d = (x // 10 ** i) % 10
            if d:
                if zero and s:
                    s += "零"
                s += digits[d] + units[i]
                zero = False
            else:
                zero = True
        return s
    if wan:
        out += four(wan) + "万"
    if rest:
        out += ("零" if wan and rest < 1000 else "") + four(rest)
    return "人民币" + out + "元整"


def capital(r) -> str:
    w = int(pick(r, [10, 30, 50, 100, 200, 300, 500, 1000, 2000, 5000, 120, 800]))
    style = int(r.randint(3))
    if style == 0:
        return f"{w}万元整"
    if style == 1:
        return f"人民币{w}万元整"
    return cn_capital(w * 10000)


def scope(r, trade: str, sole: bool = False) -> str:
    _, items = TRADE[trade]
    k = int(r.randint(2, min(6, len(items)) + 1))
    chosen = [items[int(i)] for i in sorted(r.choice(len(items), k, replace=False))]
    if sole:
        return "；".join(chosen) + "。"
    general = "一般项目：" + "；".join(chosen) + "。（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）"
    if r.rand() < 0.4:
        lic = pick(r, ["食品经营", "第二类增值电信业务", "建设工程施工", "道路货物运输（不含危险货物）", "出版物零售"])
        general = "许可项目：" + lic + "。（依法须经批准的项目，经相关部门批准后方可开展经营活动，具体经营项目以相关部门批准文件或许可证件为准）" + general
    return general


def fmt_cn_date(d: dt.date) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日"


def business(r, variant: str) -> dict:
    reg = region(r)
    _, prov, city, county_code, county, _, _ = reg
    trade = pick(r, list(TRADE))
    word, _ = TRADE[trade]
    brand = pick(r, BRANDS) + (pick(r, BRANDS) if r.rand() < 0.3 else "")
    place = (city or prov).replace("市", "")
    est = rdate(r, 2003, 2025)
    v = {"variant": variant, "region": reg, "established": est}
    if variant == "company":
        et = pick(r, ["有限责任公司(自然人投资或控股)", "有限责任公司(自然人独资)", "其他有限责任公司", "股份有限公司(非上市、自然人投资或控股)",
                      "有限责任公司(法人独资)"])
        name = f"{place}{brand}{word}有限公司" if r.rand() < 0.7 else f"{brand}（{place}）{word}有限公司"
        if "股份" in et:
            name = name.replace("有限公司", "股份有限公司")
        v.update(name=name, entity_type=et, rep_label="法定代表人", cap=capital(r), addr_label="住所",
                 term=("长期" if r.rand() < 0.5 else est.replace(year=est.year + int(pick(r, [10, 20, 30])))), term_label="营业期限")
        v["credit_code"] = uscc(r, county_code, "91")
    elif variant == "branch":
        parent = f"{place}{brand}{word}有限公司"
        v.update(name=parent + pick(r, [county, "第一", "城南", "高新"]) + "分公司", entity_type="有限责任公司分公司(自然人投资或控股)",
                 rep_label="负责人", cap="", addr_label="营业场所", term="长期" if r.rand() < 0.6 else est.replace(year=est.year + 20),
                 term_label="营业期限")
        v["credit_code"] = uscc(r, county_code, "91")
    elif variant == "partnership":
        v.update(name=f"{place}{brand}{word}合伙企业（有限合伙）", entity_type="有限合伙企业", rep_label="执行事务合伙人", cap="",
                 addr_label="主要经营场所", term=est.replace(year=est.year + int(pick(r, [10, 20, 30]))), term_label="合伙期限")
        v["credit_code"] = uscc(r, county_code, "91")
    else:  # 个体工商户
        shop = pick(r, ["便利店", "小吃店", "理发店", "五金店", "水果店", "面馆", "烟酒店", "服装店", "手机维修部", "干洗店"])
        v.update(name=f"{county}{brand}{shop}", entity_type="个体工商户", rep_label="经营者", cap="", addr_label="经营场所",
                 term="", term_label="")
        v["credit_code"] = uscc(r, county_code, "92")
    rep = person_name(r)
    if variant == "partnership" and r.rand() < 0.5:
        rep = f"{place}{pick(r, BRANDS)}投资管理有限公司（委派代表：{person_name(r)}）"
    v["rep"] = rep
    v["address"] = company_address(r, reg) if variant != "sole" or r.rand() < 0.5 else street_address(r, reg)
    v["scope"] = scope(r, trade, sole=variant == "sole")
    v["authority"] = f"{(city or prov)}{county}市场监督管理局"
    v["issue"] = rdate(r, max(est.year, 2019), 2026)
    if v["issue"] < est:
        v["issue"] = est
    return v


def person(r) -> dict:
    reg = region(r)
    male = bool(r.rand() < 0.5)
    birth = rdate(r, 1950, 2008)
    p = {"name": person_name(r), "male": male, "sex": "男" if male else "女", "nation": pick(r, NATIONS), "birth": birth,
         "region": reg, "address": street_address(r, reg, rural=bool(r.rand() < 0.3))}
    p["id_number"] = id_number(r, reg[3], birth, male)
    start = rdate(r, max(birth.year + 16, 2008), 2026)
    if start.month == 2 and start.day == 29:
        start = start.replace(day=28)
    age = (start - birth).days // 365
    years = 5 if age < 16 else 10 if age < 26 else 20 if age < 46 else 0
    p["valid_from"] = start
    p["valid_to"] = "长期" if years == 0 else start.replace(year=start.year + years)
    p["authority"] = reg[5]
    return p


HEALTH_ITEMS = ["住宿", "沐浴", "美容店", "理发店", "游泳场（馆）", "歌舞厅", "游艺厅", "商场（店）", "候车室", "影剧院", "健身房"]
HEALTH_NAMES = {"住宿": ["酒店", "宾馆", "快捷酒店", "民宿"], "沐浴": ["浴场", "洗浴中心", "足浴店"], "美容店": ["美容院", "美容会所"],
                "理发店": ["美发店", "理发店", "造型工作室"], "游泳场（馆）": ["游泳馆"], "歌舞厅": ["KTV"], "游艺厅": ["游艺中心"],
                "商场（店）": ["购物中心"], "候车室": ["汽车客运站"], "影剧院": ["影城"], "健身房": ["健身会所"]}


def health(r) -> dict:
    reg = region(r)
    main = pick(r, HEALTH_ITEMS)
    items = [main]
    if main == "住宿" and r.rand() < 0.5:
        items.append("沐浴")
    if main == "美容店" and r.rand() < 0.5:
        items.append("理发店")
    brand = pick(r, BRANDS)
    city = (reg[2] or reg[1]).replace("市", "")
    name = f"{city}{brand}{pick(r, HEALTH_NAMES[main])}" + pick(r, ["有限公司", "", "（个体工商户）", "管理有限公司"])
    if name.endswith("（个体工商户）") or not name.endswith("公司"):
        name = name.replace("（个体工商户）", "")
    start = rdate(r, 2020, 2026)
    end = start.replace(year=start.year + 4, day=min(start.day, 28)) - dt.timedelta(days=1)
    year = start.year
    no = f"{reg[6]}卫公字（{year}）第{reg[3]}{int(r.randint(0, 999999)):06d}号"
    if r.rand() < 0.3:
        no = f"{reg[6]}卫公证字[{year}]第{reg[3][:4]}{int(r.randint(0, 99999)):05d}号"
    return {"license_no": no, "name": name, "rep": person_name(r), "address": company_address(r, reg),
            "items": "、".join(items), "valid_from": start, "valid_to": end, "region": reg,
            "authority": f"{(reg[2] or reg[1])}{reg[4]}卫生健康委员会" if r.rand() < 0.6 else f"{(reg[2] or reg[1])}{reg[4]}卫生健康局"}


FOOD_FORMS = ["餐饮服务经营者（小型餐馆）", "餐饮服务经营者（中型餐馆）", "餐饮服务经营者（饮品店）", "餐饮服务经营者（糕点店）",
              "食品销售经营者（超市）", "食品销售经营者（便利店）", "食品销售经营者（食杂店）", "单位食堂（学校食堂）", "单位食堂（机关食堂）",
              "餐饮服务经营者（快餐店）"]
FOOD_ITEMS_SALE = ["预包装食品（含冷藏冷冻食品）销售", "预包装食品（不含冷藏冷冻食品）销售", "散装食品（含冷藏冷冻食品）销售",
                   "特殊食品销售（保健食品、婴幼儿配方乳粉）", "散装食品（不含冷藏冷冻食品）销售"]
FOOD_ITEMS_SERVE = ["热食类食品制售", "冷食类食品制售", "生食类食品制售", "糕点类食品制售（不含裱花蛋糕）", "自制饮品制售（不含自酿酒）", "半成品制售"]


def food(r) -> dict:
    reg = region(r)
    form = pick(r, FOOD_FORMS)
    brand = pick(r, BRANDS)
    city = (reg[2] or reg[1]).replace("市", "")
    if "餐" in form or "店）" in form and "销售" not in form:
        name = f"{city}{brand}{pick(r, ['餐饮管理有限公司', '餐饮有限公司', '小吃店', '面馆', '饮品店', '烘焙坊'])}"
        items = sorted({pick(r, FOOD_ITEMS_SERVE) for _ in range(int(r.randint(1, 4)))})
        if r.rand() < 0.5:
            items = [pick(r, FOOD_ITEMS_SALE)] + items
    elif "食堂" in form:
        name = f"{city}{pick(r, ['第一中学', '实验小学', '人民医院', '市政府机关事务管理局', '职业技术学院'])}"
        items = ["热食类食品制售"] + (["冷食类食品制售"] if r.rand() < 0.3 else [])
    else:
        name = f"{city}{brand}{pick(r, ['超市有限公司', '便利店', '商贸有限公司', '食品商行'])}"
        items = sorted({pick(r, FOOD_ITEMS_SALE) for _ in range(int(r.randint(1, 4)))})
    addr = company_address(r, reg)
    prem = addr if r.rand() < 0.6 else company_address(r, reg)
    issue = rdate(r, 2019, 2026)
    valid_to = issue.replace(year=issue.year + 5, day=min(issue.day, 28)) - dt.timedelta(days=1)
    prov_digit = "1"
    lic = "JY" + prov_digit + reg[3] + f"{int(r.randint(0, 9999999)):07d}"
    lic = lic[:16]
    sole = r.rand() < 0.2 and "食堂" not in form
    code = uscc(r, reg[3], "92" if sole else "91")
    return {"license_no": lic, "name": name, "credit_code": code, "rep": person_name(r), "address": addr, "premises": prem,
            "form": form, "items": "；".join(items), "valid_to": valid_to, "issue": issue, "region": reg,
            "authority": f"{(reg[2] or reg[1])}{reg[4]}市场监督管理局", "signer": person_name(r),
            "supervisor": f"{reg[4]}市场监督管理局{pick(r, ['城区', '东城', '开发区', '中心'])}市场监督管理所", "inspector": person_name(r)}
