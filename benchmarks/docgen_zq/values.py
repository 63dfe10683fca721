"""Values printed on family ZQ's documents: people, places across provinces, GB 11643 ID numbers,
GB 32100 credit codes, licence numbers, dates, long 经营范围. Everything drawn from a numpy Generator."""

from __future__ import annotations

import datetime as dt

TODAY = dt.date(2026, 6, 1)

SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
COMPOUND = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "司徒", "夏侯"]
GIVEN = list("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂兰志鹏飞华红建国文辉玲晓东海波宇浩然子涵欣怡梓萱雨轩思远佳琪一诺俊熙博文天佑嘉怡若曦晨阳")
NATIONS = ["汉"] * 14 + ["回", "满", "壮", "维吾尔", "苗", "彝", "土家", "藏", "蒙古", "朝鲜", "侗", "瑶", "白", "哈尼"]

# (province, city, district, 6-digit area code, 简称, district short for the 卫公字 numbers)
PLACES = [
    ("上海市", "", "浦东新区", "310115", "沪"), ("上海市", "", "徐汇区", "310104", "沪"),
    ("北京市", "", "朝阳区", "110105", "京"), ("北京市", "", "海淀区", "110108", "京"),
    ("浙江省", "杭州市", "西湖区", "330106", "浙"), ("浙江省", "宁波市", "鄞州区", "330212", "浙"),
    ("江苏省", "南京市", "鼓楼区", "320106", "苏"), ("江苏省", "苏州市", "吴中区", "320506", "苏"),
    ("广东省", "广州市", "天河区", "440106", "粤"), ("广东省", "深圳市", "南山区", "440305", "粤"),
    ("四川省", "成都市", "武侯区", "510107", "川"), ("湖北省", "武汉市", "洪山区", "420111", "鄂"),
    ("山东省", "济南市", "历下区", "370102", "鲁"), ("河南省", "郑州市", "金水区", "410105", "豫"),
    ("湖南省", "长沙市", "岳麓区", "430104", "湘"), ("福建省", "厦门市", "思明区", "350203", "闽"),
    ("陕西省", "西安市", "雁塔区", "610113", "陕"), ("安徽省", "合肥市", "蜀山区", "340104", "皖"),
    ("河北省", "石家庄市", "长安区", "130102", "冀"), ("辽宁省", "沈阳市", "和平区", "210102", "辽"),
    ("云南省", "昆明市", "五华区", "530102", "滇"), ("广西壮族自治区", "南宁市", "青秀区", "450103", "桂"),
    ("重庆市", "", "渝中区", "500103", "渝"), ("江西省", "南昌市", "东湖区", "360102", "赣"),
    ("贵州省", "贵阳市", "南明区", "520102", "黔"), ("山西省", "太原市", "小店区", "140105", "晋"),
    ("黑龙江省", "哈尔滨市", "南岗区", "230103", "黑"), ("吉林省", "长春市", "朝阳区", "220104", "吉"),
]
ROADS = ["人民路", "解放路", "建设大道", "中山北路", "长江路", "和平街", "文化路", "科技园路", "滨江大道",
         "新华东路", "环城西路", "光明路", "学院路", "金融街", "春申路", "张江路", "迎宾大道", "东风路"]
ESTATES = ["阳光花园", "锦绣家园", "翠湖苑", "金色港湾", "滨江名邸", "幸福里", "绿地世纪城", "华府天地", "书香门第"]
TOWNS = [("城关镇", "东风村", "三组"), ("新桥镇", "王家村", "五组"), ("柳林镇", "张庄村", "二组"),
         ("石桥镇", "河口村", "七组"), ("黄桥镇", "杨柳村", "一组")]
COMPANY_WORDS = ["华信", "恒通", "瑞丰", "鼎盛", "博远", "汇智", "启航", "锦程", "星辰", "宏图", "优品", "云帆",
                 "德润", "安泰", "睿达", "青禾", "泰和", "中科", "蓝海", "金穗", "百川", "明远", "卓越", "嘉禾"]
TRADES = ["科技", "贸易", "餐饮管理", "信息技术", "文化传媒", "建筑工程", "电子商务", "物业管理", "医疗器械",
          "教育咨询", "供应链管理", "新材料", "环保工程", "食品"]
SCOPES = ["技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广", "软件开发", "信息系统集成服务",
          "计算机软硬件及辅助设备零售", "日用百货销售", "办公用品销售", "企业管理咨询", "市场营销策划",
          "会议及展览服务", "广告设计、代理", "专业设计服务", "五金产品批发", "电子产品销售", "家用电器销售",
          "服装服饰零售", "食品销售（仅销售预包装食品）", "餐饮管理", "物业管理", "住房租赁", "建筑材料销售",
          "货物进出口", "技术进出口", "机械设备租赁", "数据处理和存储支持服务", "组织文化艺术交流活动",
          "摄影扩印服务", "家政服务", "停车场服务", "体育用品及器材零售", "化妆品零售", "第二类医疗器械销售",
          "园林绿化工程施工", "普通货物仓储服务（不含危险化学品等需许可审批的项目）", "国内货物运输代理"]
LICENSED = ["食品经营", "建设工程施工", "道路货物运输（不含危险货物）", "第三类医疗器械经营", "出版物零售",
            "餐饮服务", "酒类经营"]


def pick(rng, seq):
    return seq[int(rng.integers(len(seq)))]


def person_name(rng) -> str:
    sur = pick(rng, COMPOUND) if rng.random() < 0.08 else pick(rng, SURNAMES)
    n = 1 if rng.random() < 0.3 else 2
    return sur + "".join(pick(rng, GIVEN) for _ in range(n))


def date_between(rng, a: dt.date, b: dt.date) -> dt.date:
    return a + dt.timedelta(days=int(rng.integers(0, max(1, (b - a).days))))


def place(rng):
    return PLACES[int(rng.integers(len(PLACES)))]


def address(rng, p, rural: bool | None = None) -> str:
    prov, city, dist, _, _ = p
    head = prov + city + dist if prov != city else prov + dist
    if rural is None:
        rural = rng.random() < 0.2
    if rural:
        town, vil, grp = TOWNS[int(rng.integers(len(TOWNS)))]
        return f"{head}{town}{vil}{grp}{int(rng.integers(1, 99))}号"
    road = pick(rng, ROADS)
    r = rng.random()
    if r < 0.35:
        return (f"{head}{road}{int(rng.integers(1, 2000))}号{pick(rng, ESTATES)}{int(rng.integers(1, 30))}号楼"
                f"{int(rng.integers(1, 6))}单元{int(rng.integers(1, 33))}{int(rng.integers(1, 5)):02d}室")
    if r < 0.55:
        return f"{head}{road}{int(rng.integers(1, 900))}弄{int(rng.integers(1, 60))}号{int(rng.integers(101, 2504))}室"
    if r < 0.8:
        return f"{head}{road}{int(rng.integers(1, 2000))}号{int(rng.integers(1, 30))}层{int(rng.integers(1, 40)):02d}室"
    return f"{head}{road}{int(rng.integers(1, 2000))}号"


def id_number(area: str, birth: dt.date, male: bool, rng) -> str:
    seq = int(rng.integers(0, 50)) * 2 + (1 if male else 0)
    body = f"{area}{birth:%Y%m%d}{int(rng.integers(0, 10))}{seq:02d}"[:17]
    c = (1 - 2 * int(body, 13)) % 11
    return body + ("X" if c == 10 else str(c))


USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def uscc(rng, prefix: str, area: str) -> str:
    body = prefix + area + "".join(pick(rng, USCC) for _ in range(9))
    total = sum(USCC.index(ch) * pow(3, i, 31) for i, ch in enumerate(body))
    return body + USCC[(31 - total % 31) % 31]


def food_license_no(rng, p, single: bool) -> str:
    return "JY" + ("1" if single else "2") + p[3] + "".join(str(int(rng.integers(10))) for _ in range(7))


def cn_money(n: int) -> str:
    d = "零壹贰叁肆伍陆柒捌玖"
    units = [(10000, "万"), (1000, "仟"), (100, "佰"), (10, "拾"), (1, "")]
    wan, rest = divmod(n, 10000)

    def four(x):
        s, zero = "", False
        for u, name in units[1:]:
            q, x = divmod(x, u)
            if q:
                if zero and s:
                    s += "零"
                s += d[q] + name
                zero = False
            else:
                zero = True
        return s
    out = (four(wan) + "万" if wan else "") + (("零" if wan and rest and rest < 1000 else "") + four(rest) if rest else "")
    return out


def capital(rng) -> str:
    wan = int(pick(rng, [10, 30, 50, 100, 200, 300, 500, 1000, 2000, 5000, 120, 88]))
    r = rng.random()
    if r < 0.45:
        return f"{wan}万元整" if rng.random() < 0.5 else f"人民币{wan}万元整"
    if r < 0.8:
        return f"人民币{cn_money(wan)}万元整"
    return f"{wan}.000000万人民币"


def scope(rng, licensed: bool = True) -> str:
    k = int(rng.integers(4, 14))
    idx = rng.choice(len(SCOPES), size=k, replace=False)
    general = "；".join(SCOPES[i] for i in idx)
    text = "一般项目：" + general + "（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）"
    if licensed and rng.random() < 0.6:
        lic = "，".join(LICENSED[i] for i in rng.choice(len(LICENSED), size=int(rng.integers(1, 3)), replace=False))
        text += "许可项目：" + lic + "（依法须经批准的项目，经相关部门批准后方可开展经营活动，具体经营项目以相关部门批准文件或许可证件为准）"
    return text + "。"


def company_name(rng, p, form: str) -> str:
    city = (p[1] or p[0]).rstrip("市省")
    word = pick(rng, COMPANY_WORDS) + pick(rng, COMPANY_WORDS)[0]
    trade = pick(rng, TRADES)
    if form == "branch":
        return f"{city}{word}{trade}有限公司{p[2]}分公司"
    if form == "partnership":
        return f"{city}{word}{pick(rng, ['投资管理', '企业管理咨询', '股权投资'])}合伙企业（有限合伙）"
    if form == "individual":
        return f"{p[2]}{word}{pick(rng, ['便利店', '小吃店', '五金店', '理发店', '水果店', '服装店'])}"
    return f"{city}{word}{trade}{pick(rng, ['有限公司', '有限责任公司', '股份有限公司'])}"


ENTITY_TYPES = {
    "company": ["有限责任公司（自然人独资）", "有限责任公司（自然人投资或控股）", "其他有限责任公司",
                "股份有限公司（非上市、自然人投资或控股）", "有限责任公司（外商投资、非独资）"],
    "branch": ["有限责任公司分公司（自然人投资或控股）", "其他有限责任公司分公司"],
    "partnership": ["有限合伙企业", "普通合伙企业"],
    "individual": ["个体工商户"],
}


def ymd(d: dt.date) -> str:
    return d.strftime("%Y-%m-%d")


def cn_date(d: dt.date, pad: bool = True) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日" if pad else f"{d.year}年{d.month}月{d.day}日"


def business_license(rng, form: str) -> dict:
    p = place(rng)
    est = date_between(rng, dt.date(1998, 1, 1), TODAY - dt.timedelta(days=30))
    r = rng.random()
    valid_to = "长期" if r < 0.45 else ymd(est.replace(year=est.year + int(pick(rng, [10, 20, 30, 50]))) if not (est.month == 2 and est.day == 29) else est.replace(year=est.year + 20, day=28))
    prefix = {"company": "91", "branch": "91", "partnership": "91", "individual": "92"}[form]
    v = {
        "name": company_name(rng, p, form), "credit_code": uscc(rng, prefix, p[3]),
        "entity_type": pick(rng, ENTITY_TYPES[form]), "legal_representative": person_name(rng),
        "registered_capital": capital(rng) if form in ("company", "partnership") else "",
        "established_date": ymd(est), "address": address(rng, p, rural=form == "individual" and rng.random() < 0.5),
        "business_scope": scope(rng, form != "partnership"), "valid_to": valid_to if form != "individual" else "",
    }
    if form == "partnership" and v["valid_to"] == "长期":
        v["valid_to"] = ymd(est.replace(year=est.year + 20, day=min(est.day, 28)))
    extra = {"form": form, "place": p, "est": est,
             "authority": f"{p[1] or p[0]}{p[2]}市场监督管理局" if p[1] else f"{p[0]}{p[2]}市场监督管理局",
             "issue": date_between(rng, est, TODAY), "start_text": cn_date(est),
             "org_form": pick(rng, ["个人经营", "家庭经营"])}
    return {"fields": v, "extra": extra}


def id_front(rng) -> dict:
    p = place(rng)
    male = rng.random() < 0.5
    birth = date_between(rng, dt.date(1950, 1, 1), dt.date(2006, 12, 31))
    v = {"name": person_name(rng), "sex": "男" if male else "女", "nation": pick(rng, NATIONS),
         "birth_date": ymd(birth), "address": address(rng, p), "id_number": id_number(p[3], birth, male, rng)}
    return {"fields": v, "extra": {"place": p, "birth": birth}}


def id_back(rng) -> dict:
    p = place(rng)
    start = date_between(rng, dt.date(2008, 1, 1), TODAY - dt.timedelta(days=10))
    years = int(pick(rng, [5, 10, 20, 20, 0]))
    end = "长期" if years == 0 else ymd(start.replace(year=start.year + years, day=min(start.day, 28)) if start.month == 2 else start.replace(year=start.year + years))
    dist = p[2]
    auth = f"{p[1]}公安局{dist}分局" if p[1] else f"{p[0]}公安局{dist}分局"
    if rng.random() < 0.2 and p[1]:
        auth = f"{p[1]}公安局"
    return {"fields": {"issuing_authority": auth, "valid_from": ymd(start), "valid_to": end}, "extra": {}}


HEALTH_ITEMS = ["住宿", "沐浴", "美容美发", "游泳场所", "商场（超市）", "歌舞厅", "候车室", "展览馆", "理发", "美容"]


def health_license(rng) -> dict:
    p = place(rng)
    start = date_between(rng, dt.date(2019, 1, 1), TODAY - dt.timedelta(days=20))
    end = start.replace(year=start.year + 4, day=min(start.day, 28)) - dt.timedelta(days=1)
    k = int(rng.integers(1, 3))
    items = "、".join(HEALTH_ITEMS[i] for i in sorted(rng.choice(len(HEALTH_ITEMS), size=k, replace=False)))
    word = pick(rng, COMPANY_WORDS) + pick(rng, COMPANY_WORDS)[0]
    kind = pick(rng, ["酒店管理有限公司", "美容美发店", "宾馆", "浴室", "游泳馆有限公司", "商贸有限公司"])
    no = f"{p[4]}卫公字（{start.year}）第{p[3]}{int(rng.integers(0, 999999)):06d}号"
    v = {"license_no": no, "name": f"{(p[1] or p[0]).rstrip('市')}{word}{kind}", "legal_representative": person_name(rng),
         "address": address(rng, p, rural=False), "license_items": items, "valid_from": ymd(start), "valid_to": ymd(end)}
    return {"fields": v, "extra": {"place": p, "authority": f"{p[1] or p[0]}{p[2]}卫生健康委员会"}}


FOOD_FORMS = ["餐饮服务经营者（中型餐馆）", "餐饮服务经营者（小型餐馆）", "食品销售经营者（超市）",
              "食品销售经营者（便利店）", "单位食堂（学校食堂）", "单位食堂（机关食堂）", "餐饮服务经营者（饮品店）"]
FOOD_ITEMS = ["预包装食品（含冷藏冷冻食品）销售", "散装食品（不含冷藏冷冻食品）销售", "热食类食品制售",
              "冷食类食品制售", "自制饮品制售", "糕点类食品制售（不含裱花蛋糕）", "特殊食品销售（保健食品）",
              "生食类食品制售", "婴幼儿配方乳粉销售"]


def food_license(rng) -> dict:
    p = place(rng)
    base = business_license(rng, pick(rng, ["company", "individual"]))
    f = base["fields"]
    k = int(rng.integers(1, 5))
    items = "；".join(FOOD_ITEMS[i] for i in sorted(rng.choice(len(FOOD_ITEMS), size=k, replace=False)))
    issue = date_between(rng, dt.date(2019, 1, 1), TODAY - dt.timedelta(days=5))
    addr = address(rng, p, rural=False)
    v = {"license_no": food_license_no(rng, p, rng.random() < 0.5), "name": f["name"], "credit_code": f["credit_code"],
         "legal_representative": f["legal_representative"], "address": addr,
         "premises_address": addr if rng.random() < 0.5 else address(rng, p, rural=False),
         "business_form": pick(rng, FOOD_FORMS), "business_items": items,
         "valid_to": ymd(issue.replace(year=issue.year + 5, day=min(issue.day, 28)) - dt.timedelta(days=1))}
    return {"fields": v, "extra": {"place": p, "issue": issue,
                                   "authority": f"{p[1] or p[0]}{p[2]}市场监督管理局"}}
