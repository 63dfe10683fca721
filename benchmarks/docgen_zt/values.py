"""Family ZT's values, written for this family: people (compound surnames too), addresses across
provinces, GB 11643 ID numbers matching region and birth, GB 32100 credit codes, licence numbers and
the wording of 经营范围 / 许可项目 / 主体业态 as real licences print them."""

from __future__ import annotations

import datetime as dt
import random

# province → (prefix words, a few (city, district, county code) triples, 简称, public-security phrasing)
REGIONS = [
    ("北京市", "", [("北京市", "朝阳区", "110105"), ("北京市", "海淀区", "110108"), ("北京市", "丰台区", "110106"),
                   ("北京市", "通州区", "110112")], "京"),
    ("上海市", "", [("上海市", "浦东新区", "310115"), ("上海市", "徐汇区", "310104"), ("上海市", "闵行区", "310112"),
                   ("上海市", "静安区", "310106")], "沪"),
    ("天津市", "", [("天津市", "南开区", "120104"), ("天津市", "滨海新区", "120116")], "津"),
    ("重庆市", "", [("重庆市", "渝中区", "500103"), ("重庆市", "江北区", "500105"), ("重庆市", "九龙坡区", "500107")], "渝"),
    ("广东省", "广东省", [("广州市", "天河区", "440106"), ("广州市", "越秀区", "440104"), ("深圳市", "南山区", "440305"),
                       ("深圳市", "福田区", "440304"), ("佛山市", "南海区", "440605"), ("东莞市", "", "441900")], "粤"),
    ("浙江省", "浙江省", [("杭州市", "西湖区", "330106"), ("杭州市", "余杭区", "330110"), ("宁波市", "鄞州区", "330212"),
                       ("温州市", "鹿城区", "330302"), ("金华市", "义乌市", "330782")], "浙"),
    ("江苏省", "江苏省", [("南京市", "鼓楼区", "320106"), ("苏州市", "姑苏区", "320508"), ("无锡市", "梁溪区", "320213"),
                       ("徐州市", "云龙区", "320303")], "苏"),
    ("山东省", "山东省", [("济南市", "历下区", "370102"), ("青岛市", "市南区", "370202"), ("临沂市", "兰山区", "371302")], "鲁"),
    ("四川省", "四川省", [("成都市", "武侯区", "510107"), ("成都市", "锦江区", "510104"), ("绵阳市", "涪城区", "510703")], "川"),
    ("湖北省", "湖北省", [("武汉市", "洪山区", "420111"), ("武汉市", "江汉区", "420103"), ("宜昌市", "西陵区", "420502")], "鄂"),
    ("湖南省", "湖南省", [("长沙市", "岳麓区", "430104"), ("长沙市", "芙蓉区", "430102"), ("株洲市", "天元区", "430211")], "湘"),
    ("河南省", "河南省", [("郑州市", "金水区", "410105"), ("洛阳市", "西工区", "410303")], "豫"),
    ("河北省", "河北省", [("石家庄市", "长安区", "130102"), ("保定市", "竞秀区", "130602")], "冀"),
    ("陕西省", "陕西省", [("西安市", "雁塔区", "610113"), ("西安市", "碑林区", "610103")], "陕"),
    ("福建省", "福建省", [("福州市", "鼓楼区", "350102"), ("厦门市", "思明区", "350203"), ("泉州市", "晋江市", "350582")], "闽"),
    ("辽宁省", "辽宁省", [("沈阳市", "和平区", "210102"), ("大连市", "中山区", "210202")], "辽"),
    ("黑龙江省", "黑龙江省", [("哈尔滨市", "南岗区", "230103"), ("齐齐哈尔市", "龙沙区", "230202")], "黑"),
    ("云南省", "云南省", [("昆明市", "五华区", "530102"), ("大理白族自治州", "大理市", "532901")], "滇"),
    ("广西壮族自治区", "广西壮族自治区", [("南宁市", "青秀区", "450103"), ("桂林市", "七星区", "450305")], "桂"),
    ("新疆维吾尔自治区", "新疆维吾尔自治区", [("乌鲁木齐市", "天山区", "650102"), ("喀什地区", "喀什市", "653101")], "新"),
    ("内蒙古自治区", "内蒙古自治区", [("呼和浩特市", "新城区", "150102"), ("包头市", "昆都仑区", "150203")], "蒙"),
    ("贵州省", "贵州省", [("贵阳市", "南明区", "520102"), ("遵义市", "红花岗区", "520302")], "黔"),
    ("安徽省", "安徽省", [("合肥市", "蜀山区", "340104"), ("芜湖市", "镜湖区", "340202")], "皖"),
    ("江西省", "江西省", [("南昌市", "东湖区", "360102"), ("赣州市", "章贡区", "360702")], "赣"),
]

SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
            "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
COMPOUND = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "长孙", "宇文", "司徒", "夏侯"]
GIVEN = ("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂兰华红玉萍建国志晓春海燕文辉鹏飞俊峰宇浩然子涵梓轩欣怡"
         "诗琪雨桐思远嘉怡博文一鸣晨曦婷婷佳琪家豪宏伟淑珍凤英德华立新永红丽娟国庆建华秋菊冬梅瑞雪金凤亚楠")
UYGHUR = ["阿依古丽·买买提", "艾尔肯·吐尔逊", "古丽米热·阿不都", "买买提江·艾力"]
NATIONS = ["汉"] * 30 + ["回", "满", "壮", "苗", "维吾尔", "土家", "彝", "蒙古", "藏", "布依", "侗", "瑶", "朝鲜", "白", "哈尼",
                        "黎", "哈萨克", "傣", "畲", "纳西"]

ROADS = ["人民路", "解放路", "中山路", "建设大道", "南京路", "长江路", "黄河路", "和平街", "文化路", "学府路", "科技园路",
         "新华街", "滨江大道", "青年路", "东风路", "光明路", "银杏路", "花园路", "朝阳北路", "金桥路", "张江路",
         "天府大道", "华夏路", "府前街", "振兴路", "友谊路", "迎宾大道", "工业园路", "翠柳巷", "梧桐街"]
VILLAGES = ["新村", "花园", "小区", "家园", "苑", "公寓", "大厦", "广场", "中心", "商务楼"]
ESTATE = ["金色", "阳光", "锦绣", "翠湖", "凤凰", "碧桂", "御景", "幸福", "和谐", "紫荆", "华府", "蓝湾", "星河", "东方"]
TOWNS = ["镇", "街道", "乡"]


def _name_given(r: random.Random) -> str:
    return "".join(r.choice(GIVEN) for _ in range(r.choice((1, 2, 2, 2))))


def person(r: random.Random, nation: str = "汉") -> str:
    if nation == "维吾尔" and r.random() < 0.7:
        return r.choice(UYGHUR)
    sur = r.choice(COMPOUND) if r.random() < 0.12 else r.choice(SURNAMES)
    return sur + _name_given(r)


def region(r: random.Random) -> tuple[str, str, str, str, str, str]:
    """(province as printed, city, district, county code, 简称, province name)."""
    prov, pre, places, short = r.choice(REGIONS)
    city, dist, code = r.choice(places)
    return pre, city, dist, code, short, prov


def street_address(r: random.Random, reg=None, long: bool = False) -> tuple[str, tuple]:
    reg = reg or region(r)
    pre, city, dist, code, short, prov = reg
    parts = [pre if pre else "", city, dist]
    if r.random() < 0.4:
        parts.append(r.choice(["城关", "新城", "东湖", "西山", "南湖", "北苑", "长安", "龙华"]) + r.choice(TOWNS))
    road = r.choice(ROADS)
    num = f"{r.randint(1, 1288)}号"
    tail = ""
    k = r.random()
    if k < 0.35:
        tail = f"{r.choice(ESTATE)}{r.choice(VILLAGES)}{r.randint(1, 32)}幢{r.randint(1, 6)}单元{r.randint(1, 28)}{r.randint(1, 9):02d}室"
    elif k < 0.6:
        tail = f"{r.randint(1, 30)}楼{r.randint(1, 30):02d}室" if r.random() < 0.5 else f"{r.randint(1, 9)}层{r.choice('ABCDEF')}{r.randint(1, 20)}室"
    elif k < 0.75:
        tail = f"{r.choice(ESTATE)}{r.choice(VILLAGES)}{r.randint(1, 15)}栋{r.randint(101, 2808)}"
    elif k < 0.85:
        tail = f"{r.randint(1, 6)}号楼{r.randint(1, 3)}层{r.randint(101, 399)}"
    if long and r.random() < 0.5:
        tail += r.choice(["（集中登记地）", "（自主申报）", "内", "（仅限办公）"])
    addr = "".join(parts) + road + num + tail
    return addr, reg


def id_number(r: random.Random, county: str, birth: dt.date, sex: str) -> str:
    seq = r.randint(0, 499) * 2 + (1 if sex == "男" else 0)
    s17 = f"{county}{birth:%Y%m%d}{seq:03d}"
    c = (1 - 2 * int(s17, 13)) % 11
    return s17 + ("X" if c == 10 else str(c))


USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def uscc(r: random.Random, county: str, kind: str = "company") -> str:
    head = {"company": "91", "individual": "92", "coop": "93", "social": "52"}[kind]
    org8 = "".join(r.choice(USCC[:10] if i < 2 or r.random() < 0.7 else USCC) for i in range(8))
    # GB 11714 organisation code: 8 characters and their check (weights 3 7 9 10 5 8 4 2, mod 11)
    val = [int(c) if c.isdigit() else ord(c) - 55 for c in org8]
    c9 = 11 - sum(v * w for v, w in zip(val, (3, 7, 9, 10, 5, 8, 4, 2), strict=True)) % 11
    body = head + county + org8 + ("X" if c9 == 10 else "0" if c9 == 11 else str(c9))
    total = sum(USCC.index(ch) * pow(3, i, 31) for i, ch in enumerate(body))
    return body + USCC[(31 - total % 31) % 31]


DIG = "零壹贰叁肆伍陆柒捌玖"


def capital_upper(wan: int) -> str:
    """An amount in 万元 in financial characters (壹佰万元整, 伍仟零捌拾万元整)."""
    units = [(1000, "仟"), (100, "佰"), (10, "拾"), (1, "")]
    out, zero = "", False
    for u, name in units:
        d = (wan // u) % 10
        if d:
            if zero and out:
                out += "零"
            out += DIG[d] + name
            zero = False
        else:
            zero = True
    return out + "万元整"


def date_cn(d: dt.date, pad: bool = True) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日" if pad else f"{d.year}年{d.month}月{d.day}日"


def rand_date(r: random.Random, y0: int, y1: int) -> dt.date:
    a, b = dt.date(y0, 1, 1).toordinal(), dt.date(y1, 12, 28).toordinal()
    return dt.date.fromordinal(r.randint(a, b))


def add_years(d: dt.date, n: int) -> dt.date:
    try:
        return d.replace(year=d.year + n)
    except ValueError:
        return d.replace(year=d.year + n, day=28)


SHOP_WORDS = ["鑫源", "华宇", "恒通", "瑞丰", "锦程", "宏达", "天成", "佳禾", "顺意", "嘉禾", "聚福", "新视界", "云帆", "青禾",
              "知行", "德润", "盛世", "百川", "金桥", "汇众", "启明", "优品", "乐活", "禾丰", "安泰", "博远", "悦享", "味道"]
TRADES = [("科技", "技术开发、技术咨询、技术服务、技术转让；软件开发；信息系统集成服务；计算机软硬件及辅助设备零售；数据处理和存储支持服务"),
          ("商贸", "日用百货销售；五金产品零售；服装服饰零售；针纺织品销售；文具用品零售；家用电器销售；化妆品零售"),
          ("餐饮管理", "餐饮服务；食品销售；餐饮管理；外卖递送服务；食品互联网销售（仅销售预包装食品）"),
          ("建筑工程", "建设工程施工；建筑劳务分包；住宅室内装饰装修；建筑材料销售；园林绿化工程施工；土石方工程施工"),
          ("文化传媒", "组织文化艺术交流活动；广告设计、代理；广告制作；会议及展览服务；摄像及视频制作服务；图文设计制作"),
          ("物流", "普通货物仓储服务（不含危险化学品等需许可审批的项目）；国内货物运输代理；装卸搬运；道路货物运输（不含危险货物）"),
          ("健康咨询", "健康咨询服务（不含诊疗服务）；养生保健服务（非医疗）；美容服务；足浴服务；保健食品（预包装）销售"),
          ("教育科技", "教育咨询服务（不含涉许可审批的教育培训活动）；人工智能应用软件开发；组织文化艺术交流活动；体育用品及器材零售"),
          ("农业发展", "谷物种植；蔬菜种植；水果种植；农产品的生产、销售、加工、运输、贮藏及其他相关服务；农业机械服务"),
          ("汽车服务", "汽车零配件零售；机动车修理和维护；洗车服务；汽车装饰用品销售；二手车经纪"),
          ("物业管理", "物业管理；停车场服务；家政服务；专业保洁、清洗、消毒服务；城市绿化管理")]
LICENSED_NOTE = "（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）"
PERMIT_NOTE = "许可项目：{p}（依法须经批准的项目，经相关部门批准后方可开展经营活动，具体经营项目以相关部门批准文件或许可证件为准）"
PERMITS = ["食品经营", "道路货物运输（不含危险货物）", "建设工程施工", "出版物零售", "第二类增值电信业务", "餐饮服务"]


def business_scope(r: random.Random, trade_scope: str) -> str:
    items = trade_scope.split("；")
    k = r.randint(3, len(items))
    s = "一般项目：" + "；".join(items[:k]) + "。" + LICENSED_NOTE if r.random() < 0.7 else "；".join(items[:k]) + "。"
    if r.random() < 0.35:
        s += PERMIT_NOTE.format(p=r.choice(PERMITS))
    return s


FOOD_FORMS = ["餐饮服务经营者（小型餐馆）", "餐饮服务经营者（中型餐馆）", "餐饮服务经营者（饮品店）", "餐饮服务经营者（糕点店）",
              "食品销售经营者（超市）", "食品销售经营者（便利店）", "食品销售经营者（食杂店）", "单位食堂（学校食堂）",
              "单位食堂（机关企事业单位食堂）", "食品销售经营者（网络食品销售商）"]
FOOD_ITEMS = ["预包装食品（含冷藏冷冻食品）销售", "散装食品（不含冷藏冷冻食品）销售", "热食类食品制售", "冷食类食品制售",
              "生食类食品制售", "糕点类食品制售（不含裱花蛋糕）", "自制饮品制售（不含自酿酒）", "特殊食品销售（保健食品）",
              "特殊食品销售（婴幼儿配方乳粉）", "半成品制售"]
HEALTH_ITEMS = ["住宿", "沐浴", "美容", "理发", "游泳场（馆）", "公共浴室", "歌舞厅", "商场（店）", "候车（机、船）室", "美容、美发"]
HEALTH_PLACES = ["宾馆", "酒店", "快捷酒店", "美发店", "美容院", "浴室", "游泳馆", "足浴店", "商场", "理发店"]
ID_SUFFIX_AUTH = ["公安局", "公安局{d}分局"]
