"""Family R's values: people, places, companies and numbers as a 综合受理 window sees them, written for
this family (no other generator's lists). Check characters follow GB 11643 (ID numbers) and GB 32100
(USCC); dates are consistent with each other (an ID card's validity with the holder's age at issue, a
licence's issue date after its establishment)."""

from __future__ import annotations

import datetime as dt

import numpy as np

TODAY = dt.date(2026, 11, 20)

SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝")
COMPOUND = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "令狐", "慕容", "司徒", "夏侯", "长孙", "宇文", "端木", "西门"]
GIVEN_M = list("伟强磊军洋勇杰涛明超辉刚鹏华飞斌宇浩凯健俊帆帅旭宁龙林波峰建平志国文东海亮成博晨阳振晓家宏子瑞昊泽睿轩熙铭一航天佳鑫")
GIVEN_F = list("芳娜敏静丽艳娟霞秀玲桂英燕萍红梅琳雪倩婷颖慧莉琴云洁欣怡佳璐瑶悦蕾彤馨雨晴萱涵诗梦思月兰凤琪嘉")
NATIONS = ["汉"] * 30 + ["回", "满", "壮", "苗", "维吾尔", "土家", "彝", "蒙古", "藏", "布依", "侗", "瑶", "朝鲜", "白",
                         "哈尼", "哈萨克", "黎", "傣", "畲", "傈僳", "仡佬", "东乡", "拉祜", "水", "佤", "纳西", "羌", "土", "仫佬", "锡伯"]

# (province, city, districts with their 6-digit codes, 简称, 公安 issuing-authority prefix)
PLACES = [
    ("北京市", "", [("朝阳区", "110105"), ("海淀区", "110108"), ("丰台区", "110106"), ("通州区", "110112")], "京"),
    ("上海市", "", [("浦东新区", "310115"), ("徐汇区", "310104"), ("闵行区", "310112"), ("杨浦区", "310110")], "沪"),
    ("天津市", "", [("南开区", "120104"), ("河西区", "120103"), ("滨海新区", "120116")], "津"),
    ("重庆市", "", [("渝中区", "500103"), ("江北区", "500105"), ("万州区", "500101")], "渝"),
    ("河北省", "石家庄市", [("长安区", "130102"), ("桥西区", "130104"), ("正定县", "130123")], "冀"),
    ("山西省", "太原市", [("小店区", "140105"), ("迎泽区", "140106")], "晋"),
    ("辽宁省", "沈阳市", [("和平区", "210102"), ("沈河区", "210103"), ("皇姑区", "210105")], "辽"),
    ("吉林省", "长春市", [("南关区", "220102"), ("朝阳区", "220104")], "吉"),
    ("黑龙江省", "哈尔滨市", [("道里区", "230102"), ("南岗区", "230103")], "黑"),
    ("江苏省", "南京市", [("玄武区", "320102"), ("秦淮区", "320104"), ("江宁区", "320115")], "苏"),
    ("江苏省", "苏州市", [("姑苏区", "320508"), ("吴中区", "320506"), ("昆山市", "320583")], "苏"),
    ("浙江省", "杭州市", [("上城区", "330102"), ("西湖区", "330106"), ("余杭区", "330110")], "浙"),
    ("浙江省", "温州市", [("鹿城区", "330302"), ("瑞安市", "330381")], "浙"),
    ("安徽省", "合肥市", [("蜀山区", "340104"), ("包河区", "340111")], "皖"),
    ("福建省", "福州市", [("鼓楼区", "350102"), ("仓山区", "350104")], "闽"),
    ("福建省", "厦门市", [("思明区", "350203"), ("湖里区", "350206")], "闽"),
    ("江西省", "南昌市", [("东湖区", "360102"), ("青山湖区", "360111")], "赣"),
    ("山东省", "济南市", [("历下区", "370102"), ("槐荫区", "370104")], "鲁"),
    ("山东省", "青岛市", [("市南区", "370202"), ("黄岛区", "370211"), ("即墨区", "370215")], "鲁"),
    ("河南省", "郑州市", [("金水区", "410105"), ("二七区", "410103"), ("中原区", "410102")], "豫"),
    ("湖北省", "武汉市", [("江岸区", "420102"), ("武昌区", "420106"), ("洪山区", "420111")], "鄂"),
    ("湖南省", "长沙市", [("芙蓉区", "430102"), ("岳麓区", "430104"), ("雨花区", "430111")], "湘"),
    ("广东省", "广州市", [("天河区", "440106"), ("越秀区", "440104"), ("番禺区", "440113"), ("白云区", "440111")], "粤"),
    ("广东省", "深圳市", [("福田区", "440304"), ("南山区", "440305"), ("宝安区", "440306"), ("龙岗区", "440307")], "粤"),
    ("广东省", "东莞市", [("东城街道", "441900")], "粤"),
    ("广西壮族自治区", "南宁市", [("青秀区", "450103"), ("西乡塘区", "450107")], "桂"),
    ("海南省", "海口市", [("美兰区", "460108"), ("龙华区", "460106")], "琼"),
    ("四川省", "成都市", [("锦江区", "510104"), ("武侯区", "510107"), ("郫都区", "510117")], "川"),
    ("贵州省", "贵阳市", [("南明区", "520102"), ("云岩区", "520103")], "黔"),
    ("云南省", "昆明市", [("五华区", "530102"), ("盘龙区", "530103")], "云"),
    ("陕西省", "西安市", [("雁塔区", "610113"), ("碑林区", "610103"), ("未央区", "610112")], "陕"),
    ("甘肃省", "兰州市", [("城关区", "620102"), ("七里河区", "620103")], "甘"),
    ("新疆维吾尔自治区", "乌鲁木齐市", [("天山区", "650102"), ("沙依巴克区", "650103")], "新"),
    ("内蒙古自治区", "呼和浩特市", [("新城区", "150102"), ("赛罕区", "150105")], "蒙"),
    ("宁夏回族自治区", "银川市", [("兴庆区", "640104"), ("金凤区", "640106")], "宁"),
]
ROADS = list(["人民", "解放", "中山", "建设", "胜利", "和平", "文化", "新华", "光明", "长江", "黄河", "延安", "复兴", "朝阳", "青年", "东风", "幸福", "团结", "科技", "创业", "迎宾", "滨江", "望江", "学府", "金桥", "高新", "航天", "春晖", "桃源", "银河", "紫荆", "锦绣", "凤凰", "龙腾", "香樟", "梧桐", "丰收", "兴业"])
SUFFIX_ROAD = ["路", "路", "大道", "街", "大街", "东路", "西路", "南路", "北路", "中路"]
VILLAGES = ["大王庄", "李家湾", "杨柳", "石桥", "新民", "红星", "前进", "张家堡", "后营", "枣林"]
TOWNS = ["城关镇", "新华镇", "柳河镇", "长安镇", "石门乡", "桥头镇", "永丰街道", "东湖街道", "湖滨街道", "龙泉街道"]
ESTATES = ["阳光花园", "锦绣华庭", "金色家园", "翠湖苑", "滨江一品", "世纪城", "碧水湾", "明珠小区", "建设新村",
           "幸福里", "和谐家园", "东方名苑", "青年公寓", "丽景湾", "绿地新都会"]


def place(rng: np.random.Generator) -> tuple[str, str, str, str, str]:
    """(province, city, district, district code, 简称) of one region."""
    p = PLACES[int(rng.integers(len(PLACES)))]
    dname, code = p[2][int(rng.integers(len(p[2])))]
    return p[0], p[1], dname, code, p[3]


def pick(rng: np.random.Generator, seq):
    return seq[int(rng.integers(len(seq)))]


def person_name(rng: np.random.Generator, female: bool) -> str:
    sur = pick(rng, COMPOUND) if rng.random() < 0.05 else pick(rng, SURNAMES)
    pool = GIVEN_F if female else GIVEN_M
    k = 1 if rng.random() < 0.3 else 2
    if len(sur) == 2 and rng.random() < 0.5:
        k = 1
    return sur + "".join(pick(rng, pool) for _ in range(k))


def street_address(rng: np.random.Generator, pl, *, home: bool) -> str:
    """A 住址 / 住所 in the given region: road and number, or estate building and room, or a village group."""
    prov, city, dist = pl[0], pl[1], pl[2]
    head = prov + city + dist
    r = rng.random()
    road = pick(rng, ROADS) + pick(rng, SUFFIX_ROAD)
    if r < 0.25 and city:
        return head + pick(rng, TOWNS) + pick(rng, VILLAGES) + "村" + str(int(rng.integers(1, 12))) + "组" + str(int(rng.integers(1, 90))) + "号"
    if r < 0.45 and prov == "上海市":
        return head + road + str(int(rng.integers(10, 2000))) + "弄" + str(int(rng.integers(1, 60))) + "号" + str(int(rng.integers(101, 1802))) + "室"
    if r < 0.7:
        s = head + road + str(int(rng.integers(1, 999))) + "号" + pick(rng, ESTATES)
        s += str(int(rng.integers(1, 30))) + ("号楼" if rng.random() < 0.6 else "栋")
        if rng.random() < 0.5:
            s += str(int(rng.integers(1, 6))) + "单元"
        return s + str(int(rng.integers(1, 33))) + f"{int(rng.integers(1, 9)):02d}" + ("室" if home or rng.random() < 0.5 else "号")
    s = head + road + str(int(rng.integers(1, 1500))) + "号"
    if not home and rng.random() < 0.6:
        s += pick(rng, ["", "A座", "B座", "1幢", "2号楼"]) + str(int(rng.integers(1, 28))) + "层" + (
            str(int(rng.integers(1, 30))) + "室" if rng.random() < 0.5 else "")
    elif home:
        s += str(int(rng.integers(1, 12))) + "-" + str(int(rng.integers(1, 6))) + "-" + str(int(rng.integers(101, 2602)))
    return s


def date_between(rng: np.random.Generator, a: dt.date, b: dt.date) -> dt.date:
    return a + dt.timedelta(days=int(rng.integers(0, max(1, (b - a).days))))


def add_years(d: dt.date, n: int) -> dt.date:
    try:
        return d.replace(year=d.year + n)
    except ValueError:   # 29 February
        return d.replace(year=d.year + n, day=28)


def id_number(code: str, birth: dt.date, female: bool, rng: np.random.Generator) -> str:
    seq = int(rng.integers(0, 100)) * 10 + int(rng.integers(0, 5)) * 2 + (0 if female else 1)
    body = f"{code}{birth:%Y%m%d}{seq:03d}"
    c = (1 - 2 * int(body, 13)) % 11
    return body + ("X" if c == 10 else str(c))


USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def uscc(rng: np.random.Generator, head: str, area: str) -> str:
    """GB 32100: 登记管理部门 + 机构类别 (head), 6-digit area code, 9-character body (GB 11714-like), check."""
    body9 = "".join(USCC_CHARS[int(rng.integers(0, 31 if i else 10))] for i in range(8))
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    vals = [int(c, 36) if c.isdigit() else ord(c) - 55 for c in body9]
    c9 = 11 - sum(a * b for a, b in zip(vals, w, strict=True)) % 11
    body9 += {10: "X", 11: "0"}.get(c9, str(c9))
    s = head + area + body9
    total = sum(USCC_CHARS.index(ch) * pow(3, i, 31) for i, ch in enumerate(s))
    return s + USCC_CHARS[(31 - total % 31) % 31]


ZIHAO = ["鼎盛", "华信", "恒通", "金鹏", "瑞丰", "盛世", "宏达", "汇智", "博远", "启航", "新纪元", "嘉禾", "致远", "明德",
         "锦程", "天泽", "安和", "星辰", "蓝海", "绿源", "众诚", "同创", "永利", "德润", "华宇", "鑫源", "聚力", "优品",
         "百川", "云帆", "晨曦", "长青", "和煦", "立信", "中科", "亿家", "美添", "润物", "山海", "麦田"]
TRADES = [("科技", "软件开发；信息技术咨询服务；技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广；计算机系统服务；数据处理服务"),
          ("商贸", "日用百货销售；五金产品零售；家用电器销售；服装服饰零售；化妆品零售；办公用品销售；互联网销售（除销售需要许可的商品）"),
          ("餐饮管理", "餐饮管理；食品销售（仅销售预包装食品）；外卖递送服务；农副产品销售；餐厨垃圾处理"),
          ("建筑工程", "园林绿化工程施工；建筑材料销售；土石方工程施工；住宅水电安装维护服务；金属门窗工程施工"),
          ("物流", "普通货物仓储服务（不含危险化学品等需许可审批的项目）；国内货物运输代理；装卸搬运；供应链管理服务"),
          ("文化传媒", "组织文化艺术交流活动；广告设计、代理；广告制作；会议及展览服务；图文设计制作；摄影扩印服务"),
          ("健康管理", "健康咨询服务（不含诊疗服务）；养生保健服务（非医疗）；中医养生保健服务（非医疗）；远程健康管理服务"),
          ("机械设备", "通用设备制造（不含特种设备制造）；机械设备销售；机械零件、零部件加工；五金产品批发；金属材料销售"),
          ("教育咨询", "教育咨询服务（不含涉许可审批的教育培训活动）；业务培训（不含教育培训、职业技能培训等需取得许可的培训）；文艺创作"),
          ("农业发展", "谷物种植；蔬菜种植；水果种植；农业机械服务；农副产品销售；休闲观光活动；农业专业及辅助性活动"),
          ("美容美发", "理发服务；美甲服务；化妆品零售；养生保健服务（非医疗）；个人卫生用品销售"),
          ("电子商务", "互联网销售（除销售需要许可的商品）；供应链管理服务；信息咨询服务（不含许可类信息咨询服务）；市场营销策划")]
LICENSED = ["食品经营", "建设工程施工", "道路货物运输（不含危险货物）", "第二类增值电信业务", "出版物零售", "酒类经营",
            "理发服务", "餐饮服务", "公共场所经营"]
ENTITY_TYPES = [("有限责任公司（自然人独资）", "法定代表人", "住所", "注册资本"),
                ("有限责任公司（自然人投资或控股）", "法定代表人", "住所", "注册资本"),
                ("其他有限责任公司", "法定代表人", "住所", "注册资本"),
                ("有限责任公司（非自然人投资或控股的法人独资）", "法定代表人", "住所", "注册资本"),
                ("股份有限公司（非上市、自然人投资或控股）", "法定代表人", "住所", "注册资本"),
                ("有限责任公司分公司（自然人投资或控股）", "负责人", "营业场所", ""),
                ("普通合伙企业", "执行事务合伙人", "主要经营场所", ""),
                ("有限合伙企业", "执行事务合伙人", "主要经营场所", ""),
                ("个人独资企业", "投资人", "住所", ""),
                ("个体工商户", "经营者", "经营场所", "")]
SHOPS = [("便利店", "日用百货销售；食品销售（仅销售预包装食品）；烟草制品零售；文具用品零售"),
         ("小吃店", "小餐饮；食品销售（仅销售预包装食品）；外卖递送服务"),
         ("理发店", "理发服务；美甲服务；化妆品零售"),
         ("五金店", "五金产品零售；建筑材料销售；电线、电缆经营；日用杂品销售"),
         ("面馆", "小餐饮、小食杂、食品小作坊经营；外卖递送服务"),
         ("水果店", "水果零售；新鲜蔬菜零售；食用农产品零售"),
         ("服装店", "服装服饰零售；鞋帽零售；针纺织品销售"),
         ("修车铺", "机动车修理和维护；汽车零配件零售；洗车服务"),
         ("茶叶店", "食品销售（仅销售预包装食品）；茶具销售；农副产品销售"),
         ("打印店", "打字复印；图文设计制作；办公用品销售")]
DIGITS_CN = "零壹贰叁肆伍陆柒捌玖"


def capital_cn(wan: int) -> str:
    """万元 amount in 大写, as licences print 人民币壹佰万元整."""
    units = [(10000, "亿"), (1000, "仟"), (100, "佰"), (10, "拾"), (1, "")]
    out, zero = "", False
    rest = wan
    for u, name in units:
        q, rest = divmod(rest, u)
        if u == 10000 and q:
            out += capital_cn(q)[:-3] + "亿"
            continue
        if q:
            if zero and out:
                out += "零"
            out += DIGITS_CN[q] + name
            zero = False
        elif out:
            zero = True
    return out + "万元整"


def capital(rng: np.random.Generator) -> str:
    wan = int(pick(rng, [10, 30, 50, 100, 100, 200, 300, 500, 500, 800, 1000, 1200, 2000, 3000, 5000, 10000, 15, 68, 120]))
    r = rng.random()
    if r < 0.45:
        return f"{wan}万元整" if rng.random() < 0.5 else f"人民币{wan}万元整" if rng.random() < 0.5 else f"{wan}万元"
    if r < 0.85:
        return ("人民币" if rng.random() < 0.7 else "") + capital_cn(wan)
    return f"{wan:,}.000000万人民币".replace(",", "") if rng.random() < 0.5 else f"{wan}.00万元"


def company(rng: np.random.Generator, pl, etype: str) -> tuple[str, str]:
    """(name, business scope) for an entity type."""
    zh = pick(rng, ZIHAO)
    trade, scope = TRADES[int(rng.integers(len(TRADES)))]
    city = (pl[1] or pl[0]).removesuffix("市").removesuffix("省")
    if etype == "个体工商户":
        r = rng.random()
        shop, scope = pick(rng, SHOPS)
        if r < 0.15:
            return "", scope.split("；")[0] + "；" + scope.split("；")[1]
        if r < 0.6:
            return pl[2] + zh + shop, scope
        return f"{city}市{pl[2]}{zh}{shop}（个体工商户）" if pl[1] else f"{pl[0]}{pl[2]}{zh}{shop}（个体工商户）", scope
    if "合伙" in etype:
        return f"{city}{zh}{pick(rng, ['企业管理咨询', '股权投资', '会计师事务所'])}{'合伙企业（有限合伙）' if '有限' in etype else '（普通合伙）'}", scope
    if etype == "个人独资企业":
        return f"{city}市{zh}{trade}经营部" if pl[1] else f"{city}{zh}{trade}经营部", scope
    suffix = "股份有限公司" if "股份" in etype else "有限公司"
    name = f"{city}{zh}{trade}{suffix}" if rng.random() < 0.6 else f"{zh}（{city}）{trade}{suffix}"
    if "分公司" in etype:
        name = f"{city}{zh}{trade}有限公司{pl[2]}分公司"
    return name, scope


def scope_text(rng: np.random.Generator, scope: str) -> str:
    """经营范围 in the current 一般项目/许可项目 form, long and varied."""
    parts = scope.split("；")
    rng.shuffle(parts)
    k = int(rng.integers(min(3, len(parts)), len(parts) + 1))
    general = "；".join(parts[:k])
    s = "一般项目：" + general + "（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）。"
    if rng.random() < 0.55:
        lic = "；".join(sorted({pick(rng, LICENSED) for _ in range(int(rng.integers(1, 3)))}))
        s += "许可项目：" + lic + "（依法须经批准的项目，经相关部门批准后方可开展经营活动，具体经营项目以相关部门批准文件或许可证件为准）。"
    elif rng.random() < 0.3:
        s = general + "。（依法须经批准的项目，经相关部门批准后方可开展经营活动）"
    return s


def fmt_cn_date(d: dt.date) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日" if d.month < 10 and d.day % 2 else f"{d.year}年{d.month}月{d.day}日"


SMALL = "〇一二三四五六七八九"


def cn_upper_date(d: dt.date) -> str:
    """二〇二三年五月十二日, as a registrar prints the date under the seal."""
    def num(n: int) -> str:
        if n < 10:
            return SMALL[n]
        return ("" if n < 20 else SMALL[n // 10]) + "十" + (SMALL[n % 10] if n % 10 else "")
    return "".join(SMALL[int(c)] for c in str(d.year)) + "年" + num(d.month) + "月" + num(d.day) + "日"
