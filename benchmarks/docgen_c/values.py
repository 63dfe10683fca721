"""Realistic, diverse field values for family-C documents (names, companies, addresses, codes).

Written from public knowledge of the documents (GB 11643 ID numbers, GB 32100 credit codes, the
national business-licence template's entity types), never from the extractor. Every function
takes a `random.Random` so the whole family is deterministic by seed.
"""

from __future__ import annotations

import datetime as dt
import random

SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
            "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫")
GIVEN = ("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉兰萍建华红梅鑫宇浩然子涵欣怡梓轩一诺思远"
         "雨桐晨曦俊杰志强海燕文博嘉怡佳琪振国德胜春生秋菊冬梅立新晓东晓燕丽娟凤英永红国庆建军卫东翠花宏伟"
         "诗涵若曦梦琪沐阳天佑锦程昊天雅婷婉清蕾蕊")

# (province, city, district, 6-digit code, street words) -- real 区划 codes
PLACES = (
    ("上海市", "", "徐汇区", "310104", ("漕溪北路", "虹桥路", "龙华中路", "宜山路", "钦州路", "田林东路")),
    ("上海市", "", "浦东新区", "310115", ("张杨路", "世纪大道", "川沙路", "金桥路", "博云路", "秀浦路")),
    ("上海市", "", "静安区", "310106", ("南京西路", "共和新路", "大统路", "万荣路", "江场三路")),
    ("上海市", "", "闵行区", "310112", ("七莘路", "莘庄工业区春东路", "虹梅南路", "都市路", "申北路")),
    ("北京市", "", "朝阳区", "110105", ("建国路", "朝阳北路", "望京街", "酒仙桥路", "东三环北路")),
    ("北京市", "", "海淀区", "110108", ("中关村大街", "学院路", "西三旗路", "上地十街", "苏州街")),
    ("北京市", "", "通州区", "110112", ("新华西街", "梨园路", "九棵树东路", "玉带河东街")),
    ("广东省", "广州市", "天河区", "440106", ("天河北路", "体育西路", "黄埔大道西", "珠江东路", "中山大道")),
    ("广东省", "深圳市", "南山区", "440305", ("科技园路", "深南大道", "南海大道", "学府路", "高新南七道")),
    ("浙江省", "杭州市", "西湖区", "330106", ("文三路", "古墩路", "天目山路", "文一西路", "教工路")),
    ("江苏省", "南京市", "鼓楼区", "320106", ("中山北路", "湖南路", "虎踞路", "草场门大街")),
    ("江苏省", "苏州市", "吴中区", "320506", ("东吴北路", "宝带西路", "苏蠡路", "越溪街道吴中大道")),
    ("四川省", "成都市", "武侯区", "510107", ("人民南路四段", "武侯祠大街", "科华北路", "二环路南四段")),
    ("湖北省", "武汉市", "洪山区", "420111", ("珞喻路", "关山大道", "雄楚大道", "南湖大道")),
    ("山东省", "济南市", "历下区", "370102", ("经十路", "泉城路", "解放路", "山大路")),
    ("河南省", "郑州市", "金水区", "410105", ("花园路", "农业路", "经三路", "文化路")),
    ("陕西省", "西安市", "雁塔区", "610113", ("长安南路", "小寨东路", "科技路", "高新路")),
    ("福建省", "厦门市", "思明区", "350203", ("湖滨南路", "厦禾路", "莲前东路", "鹭江道")),
    ("湖南省", "长沙市", "岳麓区", "430104", ("麓山南路", "枫林一路", "桐梓坡路", "岳麓大道")),
    ("天津市", "", "南开区", "120104", ("鞍山西道", "白堤路", "南京路", "红旗南路")),
    ("重庆市", "", "渝中区", "500103", ("解放碑民族路", "中山三路", "大坪正街", "上清寺路")),
    ("辽宁省", "沈阳市", "和平区", "210102", ("南京北街", "太原北街", "三好街", "青年大街")),
    ("安徽省", "合肥市", "蜀山区", "340104", ("长江西路", "黄山路", "潜山路", "望江西路")),
    ("新疆维吾尔自治区", "乌鲁木齐市", "天山区", "650102", ("解放南路", "新华南路", "和平北路")),
    ("云南省", "昆明市", "五华区", "530102", ("人民中路", "青年路", "东风西路", "滇缅大道")),
)
BIRTH_PLACES = PLACES

TRADE_WORDS = ("云帆", "恒信", "宏达", "嘉禾", "瑞丰", "博远", "锦程", "星辰", "华晟", "鼎盛", "汇通", "远景", "青禾",
               "慧联", "聚源", "腾跃", "森泽", "启明", "润和", "拓新", "合盛", "金穗", "梧桐", "澜庭", "知行", "禾木",
               "百川", "北辰", "宸宇", "卓越", "悦享", "优品", "万象", "新锐", "朗坤", "蓝鲸", "睿思", "晨光", "立方")
INDUSTRIES = (
    ("文化传媒", ("文化艺术交流活动策划", "广告设计、代理", "广告制作", "广告发布", "会议及展览服务", "摄影扩印服务",
                  "组织文化艺术交流活动", "图文设计制作", "数字内容制作服务（不含出版发行）")),
    ("信息科技", ("技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广", "软件开发", "信息系统集成服务",
                  "计算机系统服务", "数据处理服务", "网络技术服务", "信息技术咨询服务", "计算机软硬件及辅助设备零售")),
    ("餐饮管理", ("餐饮管理", "餐饮服务", "食品销售（仅销售预包装食品）", "外卖递送服务", "企业管理咨询", "酒店管理",
                  "食用农产品零售")),
    ("贸易", ("日用百货销售", "五金产品批发", "五金产品零售", "建筑材料销售", "电子产品销售", "服装服饰批发",
              "服装服饰零售", "针纺织品销售", "化妆品零售", "办公用品销售", "货物进出口", "技术进出口")),
    ("建筑工程", ("建设工程施工", "住宅室内装饰装修", "园林绿化工程施工", "建筑装饰材料销售", "普通机械设备安装服务",
                  "工程管理服务", "对外承包工程")),
    ("物业管理", ("物业管理", "停车场服务", "家政服务", "专业保洁、清洗、消毒服务", "城市绿化管理", "非居住房地产租赁")),
    ("健康管理", ("健康咨询服务（不含诊疗服务）", "养生保健服务（非医疗）", "中医养生保健服务（非医疗）", "足浴服务",
                  "美容服务", "理发服务", "洗浴服务", "第二类医疗器械销售")),
    ("教育科技", ("教育咨询服务（不含涉许可审批的教育培训活动）", "业务培训（不含教育培训、职业技能培训等需取得许可的培训）",
                  "文艺创作", "体育健康服务", "人工智能应用软件开发", "票务代理服务")),
    ("物流", ("普通货物仓储服务（不含危险化学品等需许可审批的项目）", "国内货物运输代理", "装卸搬运",
              "道路货物运输（不含危险货物）", "国际货物运输代理", "供应链管理服务")),
)
SCOPE_HEAD = "一般项目："
SCOPE_TAIL = "（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）"
LICENSED_HEAD = "许可项目："
LICENSED_TAIL = "（依法须经批准的项目，经相关部门批准后方可开展经营活动，具体经营项目以相关部门批准文件或许可证件为准）"
LICENSED = ("食品经营", "餐饮服务", "第二类增值电信业务", "建设工程施工", "道路货物运输（不含危险货物）", "酒类经营",
            "出版物零售", "公共场所卫生许可经营项目")

ENTITY_TYPES = (
    ("有限责任公司(自然人投资或控股)", "有限公司"), ("有限责任公司(自然人独资)", "有限公司"),
    ("其他有限责任公司", "有限公司"), ("有限责任公司(外商投资、非独资)", "有限公司"),
    ("股份有限公司(非上市、自然人投资或控股)", "股份有限公司"), ("有限责任公司（港澳台法人独资）", "有限公司"),
    ("有限责任公司(国有控股)", "有限公司"),
)
BRANCH_TYPE = "有限责任公司分公司(自然人投资或控股)"
SHOP_KINDS = ("小吃店", "便利店", "理发店", "五金店", "水果店", "面馆", "烟酒店", "服装店", "干洗店", "烘焙坊", "茶叶店",
              "花店", "快餐店", "修车铺", "眼镜店")

NATIONS = ("汉",) * 14 + ("回", "满", "壮", "维吾尔", "蒙古", "苗", "土家", "朝鲜", "藏", "彝", "哈萨克", "布依")


def person_name(r: random.Random) -> str:
    sur = r.choice(COMPOUND_SURNAMES) if r.random() < 0.04 else r.choice(SURNAMES)
    n = 1 if r.random() < 0.35 else 2
    return sur + "".join(r.choice(GIVEN) for _ in range(n))


def place(r: random.Random) -> tuple:
    return r.choice(PLACES)


def street_address(r: random.Random, p: tuple | None = None, long: bool = False, with_province: bool = False) -> str:
    """A house address; `long` gives the 号楼/室 forms that wrap in the middle of a number."""
    p = p or place(r)
    prov, city, dist, _, streets = p
    head = (prov if with_province or r.random() < 0.3 else ("" if prov.endswith("市") else prov)) + city + dist
    if head.startswith(prov) and prov.endswith("市"):
        head = prov + dist
    s = head + r.choice(streets)
    num = r.randint(1, 2999)
    if r.random() < 0.25:
        s += f"{num}弄{r.randint(1, 60)}号"
    else:
        s += f"{num}号"
    if long or r.random() < 0.5:
        kind = r.random()
        if kind < 0.4:
            s += f"{r.randint(1, 30)}号楼{r.randint(1, 28)}{r.randint(1, 30):02d}室"
        elif kind < 0.6:
            s += f"{r.choice('ABCDEF')}座{r.randint(1, 28)}层{r.randint(1, 40):02d}室"
        elif kind < 0.8:
            s += f"{r.randint(1, 9)}幢{r.randint(1, 25)}层{r.choice(('', 'A', 'B'))}{r.randint(1, 30)}室"
        else:
            s += f"{r.randint(1, 6)}层{r.choice(('', 'J', 'X'))}{r.randint(100, 999)}室"
    return s


def resident_address(r: random.Random, p: tuple | None = None) -> str:
    """An ID-card / 户口 address: province..village style, 15–34 characters."""
    p = p or place(r)
    prov, city, dist, _, streets = p
    s = prov + city + dist + r.choice(streets)
    if r.random() < 0.5:
        s += f"{r.randint(1, 999)}弄{r.randint(1, 99)}号{r.randint(101, 2604)}室"
    else:
        s += f"{r.randint(1, 999)}号{r.randint(1, 30)}栋{r.randint(1, 4)}单元{r.randint(101, 3202)}"
    return s


ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def id_check(s17: str) -> str:
    return "10X98765432"[sum(int(c) * w for c, w in zip(s17, ID_WEIGHTS, strict=True)) % 11]


def id_number(r: random.Random, region: str, birth: dt.date, sex: str) -> str:
    seq = r.randint(0, 99) * 10 + r.choice((1, 3, 5, 7, 9) if sex == "男" else (0, 2, 4, 6, 8))
    s17 = f"{region}{birth:%Y%m%d}{seq:03d}"
    return s17 + id_check(s17)


USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def uscc(r: random.Random, region: str, category: str = "91") -> str:
    body = "".join(r.choice("0123456789ABCDEFGHJKLMNPQRTUWXY" if i > 1 else "0123456789") for i in range(9))
    s17 = category + region + body
    total = sum(USCC_ALPHABET.index(c) * w for c, w in zip(s17, USCC_WEIGHTS, strict=True))
    return s17 + USCC_ALPHABET[(31 - total % 31) % 31]


def luhn_complete(prefix_and_body: str) -> str:
    digits = [int(c) for c in prefix_and_body]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            d -= 9 if d > 9 else 0
        total += d
    return prefix_and_body + str((10 - total % 10) % 10)


def date_between(r: random.Random, a: dt.date, b: dt.date) -> dt.date:
    return a + dt.timedelta(days=r.randint(0, (b - a).days))


def add_years(d: dt.date, n: int) -> dt.date:
    try:
        return d.replace(year=d.year + n)
    except ValueError:
        return d.replace(year=d.year + n, day=28)


def cn_date(d: dt.date, pad: bool = True) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日" if pad else f"{d.year}年{d.month}月{d.day}日"


DIGITS_CAP = "零壹贰叁肆伍陆柒捌玖"


def capital_words(wan: int) -> str:
    """人民币壹佰万元整 for 100 (万元); handles up to 9999万."""
    units = ((1000, "仟"), (100, "佰"), (10, "拾"), (1, ""))
    out, zero = "", False
    for u, name in units:
        d = wan // u % 10
        if d:
            if zero and out:
                out += "零"
            out += DIGITS_CAP[d] + name
            zero = False
        else:
            zero = True
    return out + "万元整"


def business_scope(r: random.Random, industry: tuple, rows_hint: int) -> str:
    items = list(industry[1])
    r.shuffle(items)
    k = max(2, min(len(items), rows_hint))
    general = "；".join(items[:k])
    if r.random() < 0.35:
        lic = "；".join(r.sample(LICENSED, r.randint(1, 2)))
        return f"{LICENSED_HEAD}{lic}。{LICENSED_TAIL}{SCOPE_HEAD}{general}。{SCOPE_TAIL}"
    if r.random() < 0.75:
        return f"{SCOPE_HEAD}{general}。{SCOPE_TAIL}"
    return general + "。【依法须经批准的项目，经相关部门批准后方可开展经营活动】"


def authority(dist: str, prov: str, city: str) -> str:
    return (prov if prov.endswith("市") else city) + dist + "市场监督管理局"
