"""Values family ZS prints: people, places across provinces, ID numbers (GB 11643 check digit), credit
codes (GB 32100 check character), company names, 经营范围, licence numbers and dates. Every draw takes
the generator's numpy Generator, so a file's values follow from its seed alone."""

from __future__ import annotations

import datetime as dt

TODAY = dt.date(2026, 11, 20)
USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY"

SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
COMPOUND = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "司徒", "夏侯", "端木", "长孙"]
GIVEN_M = list("伟强磊军勇杰涛明超刚平辉鹏华飞斌波宇浩凯健俊帆晨阳林峰建国志文博宏海亮成栋龙义德兴")
GIVEN_F = list("芳娜敏静丽艳娟霞秀英华慧巧美玲婷雪琳晶颖倩雯洁佳怡欣悦萍红燕兰琴凤梅瑶璐蕾露")
NATIONS = ["汉"] * 24 + ["回", "满", "壮", "蒙古", "维吾尔", "苗", "土家", "彝", "藏", "朝鲜", "侗", "白", "瑶", "哈尼", "布依", "畲"]

# province, city, district, 6-digit region code, street names, 公安 issuing authority, short form, 市监 name
PLACES = [
    ("上海市", "", "浦东新区", "310115", ["张杨路", "世纪大道", "川沙路", "金桥路"], "上海市公安局浦东分局", "沪"),
    ("上海市", "", "徐汇区", "310104", ["漕溪北路", "虹桥路", "龙华中路"], "上海市公安局徐汇分局", "沪"),
    ("北京市", "", "朝阳区", "110105", ["建国路", "望京街", "朝阳北路"], "北京市公安局朝阳分局", "京"),
    ("北京市", "", "海淀区", "110108", ["中关村大街", "学院路", "苏州街"], "北京市公安局海淀分局", "京"),
    ("广东省", "广州市", "天河区", "440106", ["天河路", "体育西路", "中山大道西"], "广州市公安局天河区分局", "粤"),
    ("广东省", "深圳市", "南山区", "440305", ["科技园南路", "南海大道", "蛇口望海路"], "深圳市公安局南山分局", "粤"),
    ("浙江省", "杭州市", "西湖区", "330106", ["文三路", "古墩路", "天目山路"], "杭州市公安局西湖分局", "浙"),
    ("浙江省", "宁波市", "鄞州区", "330212", ["天童南路", "宁南北路", "钱湖北路"], "宁波市公安局鄞州分局", "浙"),
    ("江苏省", "南京市", "鼓楼区", "320106", ["中山北路", "湖南路", "北京西路"], "南京市公安局鼓楼分局", "苏"),
    ("江苏省", "苏州市", "吴中区", "320506", ["东吴北路", "宝带西路", "越溪路"], "苏州市公安局吴中分局", "苏"),
    ("四川省", "成都市", "武侯区", "510107", ["人民南路四段", "科华北路", "武侯祠大街"], "成都市公安局武侯区分局", "川"),
    ("湖北省", "武汉市", "洪山区", "420111", ["珞喻路", "雄楚大道", "关山大道"], "武汉市公安局洪山区分局", "鄂"),
    ("山东省", "济南市", "历下区", "370102", ["泉城路", "经十路", "文化东路"], "济南市公安局历下区分局", "鲁"),
    ("河南省", "郑州市", "金水区", "410105", ["花园路", "农业路", "经三路"], "郑州市公安局金水区分局", "豫"),
    ("陕西省", "西安市", "雁塔区", "610113", ["小寨东路", "长安南路", "科技路"], "西安市公安局雁塔分局", "陕"),
    ("湖南省", "长沙市", "岳麓区", "430104", ["麓山南路", "桐梓坡路", "岳麓大道"], "长沙市公安局岳麓分局", "湘"),
    ("福建省", "厦门市", "思明区", "350203", ["湖滨南路", "厦禾路", "莲前西路"], "厦门市公安局思明分局", "闽"),
    ("辽宁省", "沈阳市", "和平区", "210102", ["南京北街", "太原街", "三好街"], "沈阳市公安局和平分局", "辽"),
    ("安徽省", "合肥市", "蜀山区", "340104", ["长江西路", "黄山路", "潜山路"], "合肥市公安局蜀山分局", "皖"),
    ("河北省", "石家庄市", "长安区", "130102", ["中山东路", "建设北大街", "和平东路"], "石家庄市公安局长安分局", "冀"),
    ("云南省", "昆明市", "五华区", "530102", ["人民中路", "青年路", "东风西路"], "昆明市公安局五华分局", "云"),
    ("江西省", "南昌市", "东湖区", "360102", ["八一大道", "阳明路", "胜利路"], "南昌市公安局东湖分局", "赣"),
]
# rural places: county, town, villages (镇/村/组 addresses)
RURAL = [
    ("河南省", "周口市", "太康县", "411627", "常营镇", ["王庄村", "李楼村", "赵集村"], "太康县公安局", "豫"),
    ("山东省", "临沂市", "沂南县", "371321", "界湖镇", ["东关村", "南村", "杨家坡村"], "沂南县公安局", "鲁"),
    ("四川省", "南充市", "仪陇县", "511324", "新政镇", ["白鹤村", "青龙村", "石佛村"], "仪陇县公安局", "川"),
    ("安徽省", "阜阳市", "临泉县", "341221", "城关镇", ["刘营村", "邢塘村", "三里桥村"], "临泉县公安局", "皖"),
    ("湖南省", "邵阳市", "邵东县", "430521", "廉桥镇", ["太平村", "新塘村", "龙溪村"], "邵东县公安局", "湘"),
    ("江西省", "赣州市", "于都县", "360731", "贡江镇", ["长征村", "城南村", "上欧村"], "于都县公安局", "赣"),
]
ROAD_TAIL = ["", "", "", "东段", "西段"]
COMMUNITY = ["阳光", "锦绣", "金色", "翠苑", "华庭", "幸福", "和平", "东方", "绿洲", "紫荆", "明珠", "新城"]
COMM_TAIL = ["花园", "小区", "家园", "公寓", "新村", "苑"]
BRAND = ["鑫源", "恒达", "华信", "宏图", "嘉禾", "瑞丰", "博远", "天成", "盛华", "润泽", "德信", "正和", "汇通", "远航",
         "锦程", "晨曦", "明德", "海纳", "佳美", "永新", "聚丰", "安和", "弘毅", "启航", "致远", "同创"]
TRADE = [("科技", "软件开发；信息技术咨询服务；技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广；计算机系统服务；数据处理服务"),
         ("贸易", "日用百货销售；五金产品批发；五金产品零售；电子产品销售；服装服饰批发；办公用品销售；货物进出口；技术进出口"),
         ("餐饮管理", "餐饮服务；食品销售；餐饮管理；外卖递送服务；食品互联网销售（仅销售预包装食品）"),
         ("建筑工程", "建设工程施工；住宅室内装饰装修；建筑材料销售；园林绿化工程施工；土石方工程施工；劳务服务（不含劳务派遣）"),
         ("文化传媒", "组织文化艺术交流活动；广告设计、代理；广告制作；会议及展览服务；企业形象策划；摄影扩印服务"),
         ("物流", "道路货物运输（不含危险货物）；普通货物仓储服务（不含危险化学品等需许可审批的项目）；国内货物运输代理；装卸搬运"),
         ("健康咨询", "健康咨询服务（不含诊疗服务）；养生保健服务（非医疗）；美容服务；足浴服务；洗浴服务；化妆品零售"),
         ("教育咨询", "教育咨询服务（不含涉许可审批的教育培训活动）；软件开发；会议及展览服务；家政服务；组织文化艺术交流活动")]
SCOPE_TAIL = "（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）"
SCOPE_PERMIT = "许可项目：{x}（依法须经批准的项目，经相关部门批准后方可开展经营活动，具体经营项目以相关部门批准文件或许可证件为准）"
PERMIT_ITEMS = ["食品经营", "第二类增值电信业务", "建设工程施工", "道路货物运输（不含危险货物）", "餐饮服务", "生活美容服务"]

SHOP_KIND = [("餐厅", "餐饮服务经营者（小型餐馆）", "热食类食品制售；冷食类食品制售"),
             ("饭店", "餐饮服务经营者（中型餐馆）", "热食类食品制售；冷食类食品制售；生食类食品制售"),
             ("超市", "食品销售经营者（超市）", "预包装食品（含冷藏冷冻食品）销售；散装食品（含冷藏冷冻食品）销售；特殊食品销售（保健食品、婴幼儿配方乳粉）"),
             ("便利店", "食品销售经营者（便利店）", "预包装食品（含冷藏冷冻食品）销售；散装食品（不含冷藏冷冻食品）销售"),
             ("食堂", "单位食堂（学校食堂）", "热食类食品制售；冷食类食品制售"),
             ("茶饮店", "餐饮服务经营者（饮品店）", "自制饮品制售；预包装食品（不含冷藏冷冻食品）销售"),
             ("面包坊", "餐饮服务经营者（糕点店）", "糕点类食品制售（不含裱花蛋糕）；预包装食品（含冷藏冷冻食品）销售")]
HEALTH = [("宾馆", "住宿"), ("酒店", "住宿、游泳"), ("浴室", "沐浴"), ("美发店", "美发"), ("美容院", "美容"),
          ("足浴店", "沐浴"), ("游泳馆", "游泳场（馆）"), ("KTV", "歌舞厅"), ("商场", "商场（店）"), ("书店", "书店"),
          ("理发店", "理发、美发")]
CAP_CN = ["壹", "贰", "叁", "伍", "捌"]


def pick(rng, seq):
    return seq[int(rng.integers(len(seq)))]


def person_name(rng, sex: str) -> str:
    sur = pick(rng, COMPOUND) if rng.random() < 0.10 else pick(rng, SURNAMES)
    pool = GIVEN_M if sex == "男" else GIVEN_F
    given = pick(rng, pool) + (pick(rng, pool) if rng.random() < 0.7 else "")
    return sur + given


def date_between(rng, a: dt.date, b: dt.date) -> dt.date:
    return a + dt.timedelta(days=int(rng.integers(0, max((b - a).days, 1))))


def place(rng):
    return pick(rng, PLACES) if rng.random() < 0.8 else pick(rng, RURAL)


def address(rng, p, detail: str = "home") -> str:
    """A street or village address in place `p` (号楼/单元/室, 弄, 镇/村/组)."""
    if len(p) == 8:  # rural
        prov, city, county, _, town, villages, _, _ = p
        v = pick(rng, villages)
        if rng.random() < 0.6:
            return f"{prov}{city}{county}{town}{v}{int(rng.integers(1, 12))}组{int(rng.integers(1, 99))}号"
        return f"{prov}{county}{town}{v}{int(rng.integers(1, 300))}号"
    prov, city, dist, _, streets, _, _ = p
    head = prov + city + dist if prov != city else prov + dist
    st = pick(rng, streets) + pick(rng, ROAD_TAIL)
    r = rng.random()
    if detail == "biz":
        no = f"{int(rng.integers(1, 1999))}号"
        if r < 0.4:
            return f"{head}{st}{no}{int(rng.integers(1, 30))}层{int(rng.integers(1, 40)):02d}室"
        if r < 0.7:
            return f"{head}{st}{no}{int(rng.integers(1, 12))}幢{int(rng.integers(101, 1999))}室"
        return f"{head}{st}{no}"
    if prov == "上海市" and r < 0.35:
        return f"{head}{st}{int(rng.integers(1, 999))}弄{int(rng.integers(1, 80))}号{int(rng.integers(101, 2402))}室"
    comm = pick(rng, COMMUNITY) + pick(rng, COMM_TAIL)
    if r < 0.75:
        return (f"{head}{st}{int(rng.integers(1, 999))}号{comm}{int(rng.integers(1, 30))}号楼"
                f"{int(rng.integers(1, 6))}单元{int(rng.integers(1, 33))}{int(rng.integers(1, 5)):02d}室")
    return f"{head}{st}{int(rng.integers(1, 999))}号{int(rng.integers(1, 20))}栋{int(rng.integers(101, 2802))}室"


def region(p) -> str:
    return p[3]


def authority(p) -> str:
    return p[6] if len(p) == 8 else p[5]


def short(p) -> str:
    return p[-1]


def city_name(p) -> str:
    """The city (or county) a licence's 登记机关 belongs to."""
    if len(p) == 8:
        return p[2]
    return p[1] or p[0]


def district(p) -> str:
    return p[2]


def id_check(s17: str) -> str:
    c = (1 - 2 * int(s17, 13)) % 11
    return "X" if c == 10 else str(c)


def id_number(region6: str, birth: dt.date, male: bool, rng) -> str:
    seq = int(rng.integers(0, 100)) * 10 + int(rng.integers(0, 5)) * 2 + (1 if male else 0)
    s17 = f"{region6}{birth:%Y%m%d}{seq:03d}"
    return s17 + id_check(s17)


def uscc(rng, head: str, region6: str) -> str:
    body = head + region6 + "".join(pick(rng, USCC[:10] if i < 2 else USCC) for i in range(9))
    total = sum(USCC.index(ch) * pow(3, i, 31) for i, ch in enumerate(body))
    return body + USCC[(31 - total % 31) % 31]


def food_license_no(rng, p, sales: bool) -> str:
    return "JY" + ("1" if sales else "2") + p[3] + f"{int(rng.integers(0, 10**7)):07d}"


def cn_date(d: dt.date) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日"


def cn_date_short(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def dot_date(d: dt.date) -> str:
    return f"{d:%Y.%m.%d}"


def add_years(d: dt.date, n: int) -> dt.date:
    try:
        return d.replace(year=d.year + n)
    except ValueError:
        return d.replace(year=d.year + n, day=28)


def capital(rng) -> str:
    r = rng.random()
    wan = int(pick(rng, [10, 50, 100, 200, 300, 500, 1000, 2000, 3000, 5000]))
    if r < 0.5:
        return f"人民币{_cn_num(wan)}万元整"
    if r < 0.8:
        return f"{wan}万元整"
    return f"{wan}万元人民币"


def _cn_num(n: int) -> str:
    digits = "零壹贰叁肆伍陆柒捌玖"
    units = [(1000, "仟"), (100, "佰"), (10, "拾"), (1, "")]
    out, zero = "", False
    for u, name in units:
        d = n // u % 10
        if d:
            if zero and out:
                out += "零"
            out += digits[d] + name
            zero = False
        elif out:
            zero = True
    return out


def scope(rng, trade: str, general: str, long: bool) -> str:
    items = general.split("；")
    k = len(items) if long else max(2, int(rng.integers(2, len(items) + 1)))
    txt = "一般项目：" + "；".join(items[:k]) + "。" + SCOPE_TAIL
    if long or rng.random() < 0.3:
        txt = txt + SCOPE_PERMIT.format(x=pick(rng, PERMIT_ITEMS)) + "。"
    if not long and rng.random() < 0.3:
        txt = "；".join(items[:k]) + "。" + SCOPE_TAIL
    return txt


def company_name(rng, p, trade: str, form: str) -> str:
    city = city_name(p).removesuffix("市").removesuffix("县")
    return f"{city}{pick(rng, BRAND)}{trade}{form}"
