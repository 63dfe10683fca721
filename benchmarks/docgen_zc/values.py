"""Values a 综合受理 window sees on family ZC's documents: names, addresses of many provinces, ID
numbers (GB 11643), unified social credit codes (GB 32100 with a GB 11714 organisation code inside),
company names, entity types, capital as licences print it, 经营范围 in the 一般项目/许可项目 form,
public-health and food licence numbers. Written from the standards, for the blind family ZC."""

from __future__ import annotations

import datetime as dt
import random

TODAY = dt.date(2026, 6, 1)
USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY"

SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
COMPOUND = ["欧阳", "司马", "上官", "诸葛", "东方", "慕容", "皇甫", "令狐", "尉迟", "公孙", "司徒", "夏侯"]
GIVEN = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红文辉建国志梅林兰鹏飞斌宇浩凯晨欣怡子涵梓轩雨彤思远嘉诚佳琪婷雪慧俊博昊天瑞泽晓东海燕春雷鑫淑珍德福永宏荣翠")
NATIONS = ["汉"] * 14 + ["回", "满", "壮", "蒙古", "维吾尔", "苗", "彝", "土家", "藏", "朝鲜", "侗", "瑶", "白", "哈尼", "黎", "傣"]

# (province short, province, city, district, 6-digit area code, roads)
PLACES = [
    ("沪", "上海市", "", "浦东新区", "310115", ["张杨路", "世纪大道", "川沙路", "祖冲之路"]),
    ("沪", "上海市", "", "闵行区", "310112", ["莘庄路", "七莘路", "沪闵路"]),
    ("京", "北京市", "", "朝阳区", "110105", ["建国路", "朝阳北路", "望京街"]),
    ("京", "北京市", "", "海淀区", "110108", ["中关村大街", "学院路", "西三环北路"]),
    ("粤", "广东省", "广州市", "天河区", "440106", ["天河北路", "体育西路", "黄埔大道西"]),
    ("粤", "广东省", "深圳市", "南山区", "440305", ["科技南十二路", "南海大道", "深南大道"]),
    ("浙", "浙江省", "杭州市", "西湖区", "330106", ["文三路", "天目山路", "古墩路"]),
    ("浙", "浙江省", "宁波市", "鄞州区", "330212", ["天童南路", "四明中路"]),
    ("苏", "江苏省", "南京市", "鼓楼区", "320106", ["中山北路", "湖南路", "草场门大街"]),
    ("苏", "江苏省", "苏州市", "吴中区", "320506", ["东吴北路", "宝带东路"]),
    ("川", "四川省", "成都市", "武侯区", "510107", ["人民南路四段", "武侯祠大街", "科华北路"]),
    ("鄂", "湖北省", "武汉市", "洪山区", "420111", ["珞喻路", "雄楚大道", "鲁磨路"]),
    ("湘", "湖南省", "长沙市", "岳麓区", "430104", ["麓山南路", "枫林三路"]),
    ("鲁", "山东省", "济南市", "历下区", "370102", ["泉城路", "经十路", "解放路"]),
    ("豫", "河南省", "郑州市", "金水区", "410105", ["花园路", "农业路", "经三路"]),
    ("冀", "河北省", "石家庄市", "长安区", "130102", ["中山东路", "建设北大街"]),
    ("闽", "福建省", "厦门市", "思明区", "350203", ["湖滨南路", "厦禾路"]),
    ("陕", "陕西省", "西安市", "雁塔区", "610113", ["小寨西路", "长安南路", "科技路"]),
    ("渝", "重庆市", "", "渝北区", "500112", ["龙溪街道新南路", "金开大道"]),
    ("皖", "安徽省", "合肥市", "蜀山区", "340104", ["长江西路", "望江西路"]),
    ("辽", "辽宁省", "沈阳市", "和平区", "210102", ["中华路", "南京北街"]),
    ("黑", "黑龙江省", "哈尔滨市", "南岗区", "230103", ["西大直街", "红军街"]),
    ("桂", "广西壮族自治区", "南宁市", "青秀区", "450103", ["民族大道", "东葛路"]),
    ("新", "新疆维吾尔自治区", "乌鲁木齐市", "天山区", "650102", ["解放南路", "新华北路"]),
    ("云", "云南省", "昆明市", "五华区", "530102", ["人民中路", "东风西路"]),
    ("赣", "江西省", "南昌市", "东湖区", "360102", ["八一大道", "阳明路"]),
    ("晋", "山西省", "太原市", "小店区", "140105", ["长风街", "平阳路"]),
    ("吉", "吉林省", "长春市", "朝阳区", "220104", ["人民大街", "西安大路"]),
]
VILLAGES = ["新华", "红旗", "前进", "东升", "李家", "王庄", "大河", "石桥", "杨柳", "双龙"]


def place(rng: random.Random) -> tuple:
    return rng.choice(PLACES)


def name(rng: random.Random) -> str:
    s = rng.choice(COMPOUND) if rng.random() < 0.07 else rng.choice(SURNAMES)
    n = 1 if (len(s) == 2 or rng.random() < 0.3) else 2
    if len(s) == 2 and rng.random() < 0.4:
        n = 2
    return s + "".join(rng.choice(GIVEN) for _ in range(n))


def address(rng: random.Random, p: tuple, person: bool = False) -> str:
    short, prov, city, dist, _code, roads = p
    head = prov + city + dist
    r = rng.random()
    if person and r < 0.2:
        town = rng.choice(["城关镇", "新桥镇", "高新街道", "河西乡", "东关镇"])
        return head + town + rng.choice(VILLAGES) + "村" + f"{rng.randint(1, 12)}组{rng.randint(1, 80)}号"
    road = rng.choice(roads)
    num = f"{rng.randint(1, 1999)}号"
    if r < 0.4:
        return head + road + num + f"{rng.randint(1, 30)}号楼{rng.randint(1, 28)}{rng.randint(1, 4):02d}室"
    if r < 0.55 and short == "沪":
        return head + road + f"{rng.randint(10, 999)}弄{rng.randint(1, 80)}号{rng.randint(101, 1602)}室"
    if r < 0.75:
        return head + road + num + rng.choice(["", "1幢", "A座", "2栋"]) + f"{rng.randint(1, 30)}层{rng.randint(1, 30):02d}室"
    if r < 0.85:
        return head + road + num + rng.choice(["一楼", "底商", "商铺", "B1层"])
    return head + road + num


def id_number(area: str, birth: dt.date, male: bool, rng: random.Random) -> str:
    seq = rng.randint(0, 49) * 2 + (1 if male else 0)
    body = f"{area}{birth:%Y%m%d}{rng.randint(0, 9)}{seq:02d}"
    c = (1 - 2 * int(body, 13)) % 11
    return body + ("X" if c == 10 else str(c))


def org_code(rng: random.Random) -> str:
    """GB 11714: 8 code characters and their check character."""
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    body = [rng.choice("0123456789MA")] + [rng.choice(chars[:10] if rng.random() < 0.6 else chars) for _ in range(7)]
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    val = lambda ch: int(ch) if ch.isdigit() else ord(ch) - 55  # noqa: E731
    c = 11 - sum(val(ch) * wi for ch, wi in zip(body, w, strict=False)) % 11
    return "".join(body) + ("X" if c == 10 else "0" if c == 11 else str(c))


def uscc(rng: random.Random, prefix: str, area: str) -> str:
    s = prefix + area + org_code(rng)
    total = sum(USCC.index(ch) * pow(3, i, 31) for i, ch in enumerate(s))
    return s + USCC[(31 - total % 31) % 31]


def date_between(rng: random.Random, a: dt.date, b: dt.date) -> dt.date:
    return a + dt.timedelta(days=rng.randint(0, (b - a).days))


def add_years(d: dt.date, n: int) -> dt.date:
    try:
        return d.replace(year=d.year + n)
    except ValueError:
        return d.replace(year=d.year + n, day=28)


ZIHAO = ["恒信", "鑫达", "华瑞", "锦程", "博远", "润丰", "嘉禾", "众诚", "宏图", "新辰", "蓝海", "启航", "德润",
         "顺通", "天和", "佳美", "盛源", "金桥", "聚鑫", "汇通", "明泰", "安邦", "星河", "云帆", "睿智", "和煦"]
TRADES = [("科技", "技术开发"), ("信息技术", "软件"), ("贸易", "销售"), ("餐饮管理", "餐饮"), ("建筑工程", "施工"),
          ("文化传媒", "广告"), ("物流", "运输"), ("电子商务", "网络销售"), ("咨询管理", "咨询"), ("食品", "食品销售"),
          ("环保科技", "环保"), ("健康管理", "健康咨询"), ("装饰工程", "装饰"), ("机械设备", "设备销售")]
GENERAL = ["技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广", "软件开发", "信息系统集成服务",
           "会议及展览服务", "广告设计、代理", "市场营销策划", "企业管理咨询", "日用百货销售", "办公用品销售",
           "电子产品销售", "五金产品零售", "建筑材料销售", "食用农产品零售", "货物进出口", "技术进出口",
           "组织文化艺术交流活动", "普通货物仓储服务（不含危险化学品等需许可审批的项目）", "家政服务",
           "专业保洁、清洗、消毒服务", "机械设备租赁", "服装服饰零售", "计算机软硬件及辅助设备零售"]
LICENSED = ["食品销售", "餐饮服务", "建设工程施工", "道路货物运输（不含危险货物）", "第二类增值电信业务",
            "公共场所卫生许可", "酒类经营", "出版物零售"]
ENTITY = [
    ("有限责任公司(自然人投资或控股)", "co"), ("有限责任公司(自然人独资)", "co"), ("其他有限责任公司", "co"),
    ("有限责任公司(非自然人投资或控股的法人独资)", "co"), ("股份有限公司(非上市、自然人投资或控股)", "co"),
    ("有限责任公司分公司(自然人投资或控股)", "branch"), ("普通合伙企业", "partner"), ("有限合伙企业", "partner"),
    ("个体工商户", "indiv"), ("个人独资企业", "sole"),
]
DIGITS = "零壹贰叁肆伍陆柒捌玖"


def capital_upper(n_wan: int) -> str:
    """`n_wan` 万元 written in financial capitals (壹佰万元整)."""
    units = [(10000, "万"), (1000, "仟"), (100, "佰"), (10, "拾"), (1, "")]
    yuan = n_wan  # counts of 万
    out, zero = "", False
    for u, nm in units[1:]:
        d = yuan // u % 10
        if d:
            if zero and out:
                out += "零"
            out += DIGITS[d] + nm
            zero = False
        else:
            zero = True
    return out + "万元整"


def capital(rng: random.Random) -> str:
    n = rng.choice([3, 5, 10, 20, 50, 100, 100, 200, 300, 500, 500, 1000, 1200, 2000, 5000])
    r = rng.random()
    if r < 0.45:
        return f"人民币{capital_upper(n)}"
    if r < 0.75:
        return f"{n}万元整"
    if r < 0.9:
        return f"人民币{n}万元"
    return f"{n}.000000万人民币"


def scope(rng: random.Random, trade: str) -> str:
    g = rng.sample(GENERAL, rng.randint(4, 9))
    txt = "一般项目：" + "；".join(g) + "（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）。"
    if rng.random() < 0.6:
        lic = rng.sample(LICENSED, rng.randint(1, 3))
        txt += "许可项目：" + "；".join(lic) + "（依法须经批准的项目，经相关部门批准后方可开展经营活动，具体经营项目以相关部门批准文件或许可证件为准）。"
    return txt


def company(rng: random.Random, p: tuple, kind: str) -> str:
    short, prov, city, dist, _c, _r = p
    zh = rng.choice(ZIHAO)
    trade = rng.choice(TRADES)[0]
    region = (city or prov).removesuffix("市") if rng.random() < 0.6 else prov.removesuffix("省").removesuffix("市")
    if kind == "indiv":
        return rng.choice(["", f"{dist}{zh}{rng.choice(['便利店', '小吃店', '五金店', '理发店', '水果店'])}",
                           f"{region}市{dist}{zh}{rng.choice(['餐馆', '日用品商行', '服装店'])}"])
    if kind == "partner":
        return f"{region}{zh}{trade}" + rng.choice(["合伙企业（有限合伙）", "咨询中心（普通合伙）", "投资合伙企业（有限合伙）"])
    if kind == "sole":
        return f"{region}{zh}{trade}" + rng.choice(["经营部", "服务中心"])
    base = f"{region}{zh}{trade}" + ("股份有限公司" if rng.random() < 0.1 else "有限公司")
    if kind == "branch":
        return base + f"{dist}分公司"
    return base


PH_ITEMS = ["住宿", "沐浴", "美容美发", "游泳场（馆）", "歌舞厅", "候车室", "商场（店）", "棋牌室", "足浴", "美容", "理发"]
FOOD_FORMS = ["餐饮服务经营者（小型餐馆）", "餐饮服务经营者（中型餐馆）", "餐饮服务经营者（饮品店）",
              "食品销售经营者（超市）", "食品销售经营者（便利店）", "食品销售经营者（食杂店）", "单位食堂（学校食堂）",
              "单位食堂（机关企事业单位食堂）", "餐饮服务经营者（糕点店）", "食品销售经营者（网络食品销售商）"]
FOOD_ITEMS = ["预包装食品（含冷藏冷冻食品）销售", "散装食品（不含冷藏冷冻食品）销售", "热食类食品制售", "冷食类食品制售",
              "生食类食品制售", "糕点类食品（含裱花蛋糕）制售", "自制饮品制售", "保健食品销售", "特殊医学用途配方食品销售",
              "婴幼儿配方乳粉销售", "其他类食品制售"]


def food_license_no(rng: random.Random, p: tuple, catering: bool) -> str:
    body = ("2" if catering else "1") + p[4] + f"{rng.randint(0, 999999):06d}"
    return "JY" + body + str(rng.randint(0, 9))


def ph_license_no(rng: random.Random, p: tuple, year: int) -> str:
    short = p[0]
    r = rng.random()
    if r < 0.4:
        return f"{short}卫公字（{year}）第{p[4]}{rng.randint(0, 999999):06d}号"
    if r < 0.6:
        return f"{short}卫公字〔{year}〕第{rng.randint(1, 9999):04d}号"
    if r < 0.8:
        return f"{p[3]}卫公证字[{year}]第{p[4][2:]}{rng.randint(1, 99999):05d}号"
    return f"{short}卫公字[{year}]{p[4]}-{rng.randint(1, 9999):04d}号"


def authority_police(p: tuple) -> str:
    return (p[2] or "") + p[3] + "公安分局" if p[2] == "" or "区" in p[3] else p[2] + "公安局" + p[3] + "分局"


def market_authority(p: tuple, rng: random.Random) -> str:
    return (p[2] or p[1]) + p[3] + "市场监督管理局"


def cn_date(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def cn_date0(d: dt.date) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日"
