"""Family I's values: names, places, scopes and numbers from its own vocabularies, with the check
characters real documents carry (GB 11643 ID numbers, GB 32100 credit codes). Written blind: the
lists are this family's own, drawn from what real licences and cards print."""

from __future__ import annotations

import datetime as dt
import random

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"

SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱覃武戴孔汤庞樊兰殷施陶洪翟安颜倪严牛温芦季俞章鲁葛伍申尤毕聂焦向柳邢骆岳齐")
COMPOUND_SURNAMES = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐"]
GIVEN = list("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂英华玉萍红娥玲芬燕彬鹏辉晨曦宇轩浩然子涵欣怡梓萱思远嘉怡俊杰建国建华志强永红海燕春梅秋菊德胜宏伟晓东雪梅立新学军")
UYGHUR_FEMALE = {"古丽娜尔·买买提", "热依拉·艾合买提", "迪丽努尔·吾斯曼", "帕提古丽·阿西木", "阿依古丽·托合提"}
UYGHUR = ["买买提·艾力", "阿不都热合曼·吐尔逊", "古丽娜尔·买买提", "艾尔肯·阿布都拉", "热依拉·艾合买提",
          "迪丽努尔·吾斯曼", "努尔艾力·库尔班", "帕提古丽·阿西木", "阿依古丽·托合提", "吐尔洪·买合木提"]
NATIONS = ["汉"] * 14 + ["回", "满", "壮", "苗", "土家", "彝", "蒙古", "藏", "布依", "侗", "瑶", "白", "哈尼", "黎",
                         "傈僳", "畲", "仡佬", "纳西", "羌", "土", "锡伯", "达斡尔"]

# province prefix, region code, city, districts (region codes real at the time of issue)
REGIONS = [
    ("四川省", "510104", "成都市", "锦江区", ["东大街", "红星路三段", "春熙路", "总府路", "水碾河路"]),
    ("四川省", "510107", "成都市", "武侯区", ["人民南路四段", "玉林北路", "科华北路", "武侯祠大街"]),
    ("湖北省", "420106", "武汉市", "武昌区", ["中南路", "中北路", "和平大道", "徐东大街"]),
    ("湖北省", "420107", "武汉市", "青山区", ["和平大道", "建设二路", "冶金大道", "友谊大道"]),
    ("江苏省", "320106", "南京市", "鼓楼区", ["中山北路", "湖南路", "北京西路", "汉中门大街"]),
    ("江苏省", "320505", "苏州市", "虎丘区", ["长江路", "狮山路", "滨河路", "玉山路"]),
    ("浙江省", "330106", "杭州市", "西湖区", ["文三路", "天目山路", "古墩路", "教工路"]),
    ("浙江省", "330212", "宁波市", "鄞州区", ["天童南路", "四明中路", "钱湖北路", "首南西路"]),
    ("广东省", "440106", "广州市", "天河区", ["天河北路", "体育西路", "中山大道西", "黄埔大道西"]),
    ("广东省", "440304", "深圳市", "福田区", ["深南大道", "福华三路", "彩田路", "华强北路"]),
    ("山东省", "370102", "济南市", "历下区", ["经十路", "泉城路", "解放路", "山大路"]),
    ("山东省", "370202", "青岛市", "市南区", ["香港中路", "东海西路", "山东路", "燕儿岛路"]),
    ("河南省", "410105", "郑州市", "金水区", ["花园路", "农业路", "纬五路", "经三路"]),
    ("湖南省", "430103", "长沙市", "天心区", ["芙蓉中路", "劳动西路", "书院路", "湘府中路"]),
    ("福建省", "350102", "福州市", "鼓楼区", ["五四路", "杨桥中路", "湖东路", "六一北路"]),
    ("陕西省", "610113", "西安市", "雁塔区", ["长安南路", "小寨东路", "高新路", "科技路"]),
    ("云南省", "530102", "昆明市", "五华区", ["人民中路", "青年路", "东风西路", "学府路"]),
    ("新疆维吾尔自治区", "650102", "乌鲁木齐市", "天山区", ["解放南路", "新华南路", "中山路", "和平南路"]),
    ("广西壮族自治区", "450103", "南宁市", "青秀区", ["民族大道", "金湖路", "东葛路", "竹溪大道"]),
    ("北京市", "110105", "", "朝阳区", ["朝阳门外大街", "建国路", "东三环中路", "望京街"]),
    ("上海市", "310115", "", "浦东新区", ["世纪大道", "张杨路", "浦东南路", "陆家嘴环路"]),
    ("重庆市", "500103", "", "渝中区", ["解放碑民族路", "中山三路", "大坪正街", "上清寺路"]),
]
VILLAGE_BITS = ["镇", "街道"]
BUILD = ["小区", "花园", "公寓", "大厦", "苑", "新村", "广场"]
BUILD_NAMES = ["锦绣", "翠湖", "金桂", "阳光", "和平", "滨江", "紫荆", "春华", "银杏", "望江", "东湖", "长青"]


def _given(rng: random.Random) -> str:
    return "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2, 2))))


def person_name(rng: random.Random, style: str = "any") -> str:
    """A holder's name: two or three characters mostly, some compound surnames (4 characters) and
    Uyghur names with the middle dot (printed as on cards, 买买提·艾力)."""
    r = rng.random()
    if style == "long" or (style == "any" and r < 0.12):
        return rng.choice(UYGHUR) if rng.random() < 0.6 else rng.choice(COMPOUND_SURNAMES) + _given(rng) + rng.choice(GIVEN)
    return rng.choice(SURNAMES) + _given(rng)


def region(rng: random.Random) -> tuple[str, str, str, str, list[str]]:
    return rng.choice(REGIONS)


def street_address(rng: random.Random, reg=None, long: bool = False) -> str:
    """A full address as printed on cards and licences (province, city, district, road, number, and
    for homes the building/unit/room)."""
    prov, _code, city, dist, roads = reg or region(rng)
    no = rng.randint(1, 999)
    parts = [prov, city, dist, rng.choice(roads), f"{no}号"]
    if long:
        parts += [rng.choice(BUILD_NAMES) + rng.choice(BUILD), f"{rng.randint(1, 32)}栋",
                  f"{rng.randint(1, 6)}单元", f"{rng.randint(1, 33)}{rng.randint(1, 4):02d}室"]
    elif rng.random() < 0.5:
        parts.append(f"{rng.randint(1, 30)}{rng.randint(1, 12):02d}室")
    return "".join(parts)


def business_address(rng: random.Random, reg=None) -> str:
    prov, _code, city, dist, roads = reg or region(rng)
    tail = rng.choice([f"{rng.randint(1, 28)}层{rng.randint(1, 30):02d}号", f"{rng.randint(1, 5)}号楼{rng.randint(101, 1208)}室",
                       f"附{rng.randint(1, 9)}号", f"{rng.randint(1, 3)}楼商铺", ""])
    return f"{prov}{city}{dist}{rng.choice(roads)}{rng.randint(1, 888)}号{tail}"


def date_between(rng: random.Random, a: dt.date, b: dt.date) -> dt.date:
    return a + dt.timedelta(days=rng.randint(0, (b - a).days))


def id_check(s17: str) -> str:
    c = (1 - 2 * int(s17, 13)) % 11
    return "X" if c == 10 else str(c)


def id_number(rng: random.Random, code: str, birth: dt.date, male: bool) -> str:
    seq = rng.randint(0, 99) * 10 + rng.choice((1, 3, 5, 7, 9) if male else (0, 2, 4, 6, 8))
    s17 = f"{code}{birth:%Y%m%d}{seq:03d}"
    return s17 + id_check(s17)


def uscc(rng: random.Random, dept_kind: str, code: str) -> str:
    """GB 32100: [1] 登记管理部门, [2] 机构类别, [3-8] 区划, [9-17] 主体标识码, [18] check."""
    body = "".join(rng.choice(USCC_CHARS[:10] if i < 1 else USCC_CHARS) for i in range(9))
    s17 = dept_kind + code + body
    total = sum(USCC_CHARS.index(ch) * pow(3, i, 31) for i, ch in enumerate(s17))
    return s17 + USCC_CHARS[(31 - total % 31) % 31]


def add_years(d: dt.date, n: int) -> dt.date:
    try:
        return d.replace(year=d.year + n)
    except ValueError:  # 29 February
        return d.replace(year=d.year + n, day=28)


def id_validity(rng: random.Random, birth: dt.date, today: dt.date) -> tuple[dt.date, str]:
    """居民身份证法 第5条: under 16 → 5 years, 16–25 → 10, 26–45 → 20, 46 and over → 长期; a
    card still valid (or just renewed) at the window."""
    for _ in range(200):
        start = date_between(rng, max(birth + dt.timedelta(days=365 * 16), dt.date(2006, 1, 1)), today - dt.timedelta(days=30))
        age = start.year - birth.year - ((start.month, start.day) < (birth.month, birth.day))
        n = 5 if age < 16 else 10 if age <= 25 else 20 if age <= 45 else 0
        if n == 0:
            return start, "长期"
        end = add_years(start, n)
        if end > today:
            return start, end.isoformat()
    return start, "长期"


SHOP_WORDS = ["鑫源", "恒达", "汇丰源", "金穗", "瑞祥", "德润", "盛世", "宏远", "祥和", "聚福", "益民", "新锐", "博雅", "蓝海",
              "正泰", "永和", "华信", "同心", "天成", "润泽", "嘉禾", "百川", "兴隆", "众诚", "卓越", "晨光", "明珠"]
TRADES = [("科技", "技术开发、技术咨询、技术服务、技术转让；软件开发；信息系统集成服务；计算机系统服务"),
          ("商贸", "日用百货销售；五金产品零售；文具用品零售；服装服饰零售；家用电器销售；化妆品零售"),
          ("餐饮管理", "餐饮服务；餐饮管理；食品销售；外卖递送服务；会议及展览服务"),
          ("建筑工程", "建设工程施工；住宅室内装饰装修；建筑材料销售；园林绿化工程施工；土石方工程施工"),
          ("物流", "普通货物仓储服务（不含危险化学品等需许可审批的项目）；国内货物运输代理；装卸搬运"),
          ("文化传媒", "组织文化艺术交流活动；广告设计、代理；广告制作；图文设计制作；会议及展览服务"),
          ("农业开发", "谷物种植；蔬菜种植；水果种植；农产品的生产、销售、加工、运输、贮藏及其他相关服务"),
          ("医药", "药品零售；医疗器械销售；保健食品（预包装）销售；消毒剂销售（不含危险化学品）"),
          ("机械制造", "通用设备制造（不含特种设备制造）；机械零件、零部件加工；金属结构制造；机械设备销售")]
SCOPE_TAIL = "（依法须经批准的项目，经相关部门批准后方可开展经营活动）"

SHOPS_IND = [("小吃店", "餐饮服务；食品销售"), ("便利店", "食品销售；日用百货销售；烟草制品零售"),
             ("理发店", "理发服务；美容服务"), ("五金店", "五金产品零售；建筑材料销售"),
             ("水果店", "新鲜水果零售；食品销售"), ("手机维修部", "通讯设备修理；电子产品销售"),
             ("服装店", "服装服饰零售；鞋帽零售"), ("面馆", "餐饮服务")]
CAPITAL_CN = ["壹", "贰", "叁", "伍", "捌", "壹拾", "贰拾", "伍拾", "壹佰", "贰佰", "伍佰", "壹仟"]


def capital(rng: random.Random) -> str:
    """注册资本 as licences print it: 人民币壹佰万元整, 500万元整, 1200万元人民币, 3.6亿元."""
    r = rng.random()
    if r < 0.35:
        return f"{rng.choice((10, 50, 100, 200, 300, 500, 800, 1000, 2000, 5000))}万元整"
    if r < 0.6:
        return f"人民币{rng.choice(CAPITAL_CN)}万元整"
    if r < 0.8:
        return f"{rng.choice((100, 500, 1200, 3000))}万元人民币"
    return f"{rng.randint(101, 2999)}.{rng.randint(1, 99):02d}万元"


def date_cn(d: dt.date, pad: bool = True) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日" if pad else f"{d.year}年{d.month}月{d.day}日"
