"""Values printed on family Q's documents: people, places, companies, numbers with valid check
characters (GB 11643, GB 32100), dates, licence numbers. Drawn from a numpy Generator."""

from __future__ import annotations

import datetime as dt

TODAY = dt.date(2026, 12, 4)
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史黎贺顾毛郝龚邵万钱覃武戴孔汤庞樊兰殷施陶洪翟安颜倪严牛温芦季俞章鲁葛伍申尤毕聂柴焦向柳邢岳齐"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红建文辉鹏飞俊峰宇浩然梓涵子轩欣怡雨婷思远嘉琪晨曦志国海燕春梅秋菊冬雪振宏德胜永福瑞祥佳慧雅琴博文昊天一鸣若彤诗涵晓东旭阳立新卫东淑珍桂兰凤英丹丹亮晶家豪梦瑶宏伟"
NATIONS = ["汉"] * 30 + ["回", "满", "蒙古", "壮", "维吾尔", "苗", "土家", "彝", "藏", "朝鲜", "布依", "侗", "瑶", "白", "哈尼"]
# (province, city, district, area code, short, 公安局 name)
PLACES = [
    ("上海市", "", "浦东新区", "310115", "沪"), ("上海市", "", "闵行区", "310112", "沪"),
    ("北京市", "", "朝阳区", "110105", "京"), ("北京市", "", "海淀区", "110108", "京"),
    ("广东省", "广州市", "天河区", "440106", "粤"), ("广东省", "深圳市", "南山区", "440305", "粤"),
    ("浙江省", "杭州市", "西湖区", "330106", "浙"), ("浙江省", "宁波市", "鄞州区", "330212", "浙"),
    ("江苏省", "南京市", "鼓楼区", "320106", "苏"), ("江苏省", "苏州市", "吴中区", "320506", "苏"),
    ("四川省", "成都市", "武侯区", "510107", "川"), ("湖北省", "武汉市", "青山区", "420107", "鄂"),
    ("山东省", "青岛市", "市南区", "370202", "鲁"), ("河南省", "郑州市", "金水区", "410105", "豫"),
    ("湖南省", "长沙市", "岳麓区", "430104", "湘"), ("福建省", "厦门市", "思明区", "350203", "闽"),
    ("陕西省", "西安市", "雁塔区", "610113", "陕"), ("重庆市", "", "渝中区", "500103", "渝"),
    ("安徽省", "合肥市", "蜀山区", "340104", "皖"), ("吉林省", "白城市", "洮北区", "220802", "吉"),
]
ROADS = ["人民路", "解放路", "中山路", "建设大道", "和平街", "长江路", "黄河路", "新华路", "学府路", "东风路",
         "光明路", "南京西路", "张杨路", "科技园路", "工业大道", "滨江路", "文化路", "育才路", "青年路", "幸福街"]
VILLAGES = ["花园小区", "阳光新村", "锦绣苑", "翠湖湾", "金桂园", "东方公寓", "丽景苑", "幸福里"]
TRADE_WORDS = "鑫源恒泰华盛德润嘉禾宏图金辉瑞丰博远永兴天成鼎新汇通安捷万达佳和信诚弘毅青禾"
INDUSTRIES = [("科技", "技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广；软件开发；信息系统集成服务；计算机系统服务"),
              ("贸易", "日用百货销售；五金产品批发；电子产品销售；服装服饰批发；针纺织品销售；化妆品零售；办公用品销售"),
              ("餐饮管理", "餐饮服务；食品销售；餐饮管理；外卖递送服务；日用品销售"),
              ("建筑工程", "建设工程施工；建筑劳务分包；住宅室内装饰装修；建筑材料销售；园林绿化工程施工"),
              ("文化传媒", "组织文化艺术交流活动；广告设计、代理；广告制作；会议及展览服务；摄影扩印服务"),
              ("物流", "普通货物仓储服务（不含危险化学品等需许可审批的项目）；国内货物运输代理；装卸搬运"),
              ("健身", "体育健康服务；健身休闲活动；体育用品及器材零售；体育场地设施经营（不含高危险性体育运动）"),
              ("酒店管理", "酒店管理；住宿服务；餐饮服务；停车场服务；洗烫服务；会议及展览服务")]
ENTITY_TYPES = ["有限责任公司（自然人独资）", "有限责任公司（自然人投资或控股）", "其他有限责任公司",
                "股份有限公司（非上市、自然人投资或控股）", "有限责任公司（外商投资、非独资）",
                "有限合伙企业", "有限责任公司分公司（自然人投资或控股）"]
CAPITAL_DIGITS = "零壹贰叁肆伍陆柒捌玖"
FOOD_FORMS = ["餐饮服务经营者（小型餐馆）", "餐饮服务经营者（中型餐馆）", "餐饮服务经营者（饮品店）",
              "食品销售经营者（便利店）", "食品销售经营者（超市）", "食品销售经营者（食杂店）", "单位食堂（学校食堂）",
              "单位食堂（职工食堂）", "餐饮服务经营者（糕点店）"]
FOOD_ITEMS = ["预包装食品（含冷藏冷冻食品）销售", "散装食品（含冷藏冷冻食品）销售", "热食类食品制售", "冷食类食品制售",
              "自制饮品制售", "特殊食品销售（保健食品、婴幼儿配方乳粉）", "糕点类食品制售（不含裱花蛋糕）", "生食类食品制售"]
HEALTH_ITEMS = ["住宿", "沐浴", "美发", "美容", "游泳场（馆）", "歌舞厅", "游艺厅", "影剧院", "商场（店）", "展览馆",
                "候车（机、船）室", "公共浴室", "书店"]
HEALTH_SUFFIX = {"住宿": "酒店", "沐浴": "浴场", "美发": "美发店", "美容": "美容院", "游泳场（馆）": "游泳馆",
                 "歌舞厅": "娱乐会所", "商场（店）": "商场", "影剧院": "影城"}
USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def ch(rng, seq):
    return seq[int(rng.integers(len(seq)))]


def person(rng) -> str:
    n = 2 if rng.random() < 0.7 else 1
    return ch(rng, SURNAMES) + "".join(ch(rng, GIVEN) for _ in range(n))


def id_number(area: str, birth: dt.date, male: bool, rng) -> str:
    seq = int(rng.integers(0, 500)) * 2 + (1 if male else 0)
    body = f"{area}{birth:%Y%m%d}{seq:03d}"
    c = (1 - 2 * int(body, 13)) % 11
    return body + ("X" if c == 10 else str(c))


def uscc(rng, kind: str = "91", area: str = "310115") -> str:
    body = kind + area + "".join(ch(rng, USCC) for _ in range(9))
    total = sum(USCC.index(c) * pow(3, i, 31) for i, c in enumerate(body))
    return body + USCC[(31 - total % 31) % 31]


def date_between(rng, a: dt.date, b: dt.date) -> dt.date:
    return a + dt.timedelta(days=int(rng.integers(0, (b - a).days + 1)))


def add_years(d: dt.date, n: int) -> dt.date:
    try:
        return d.replace(year=d.year + n)
    except ValueError:
        return d.replace(year=d.year + n, day=28)


def cn_date(d: dt.date, pad: bool = True) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日" if pad else f"{d.year}年{d.month}月{d.day}日"


def place(rng):
    return PLACES[int(rng.integers(len(PLACES)))]


def address(rng, p, long: bool = False) -> str:
    prov, city, dist, *_ = p
    head = prov + city + dist if rng.random() < 0.6 or long else (city or prov) + dist
    road = ch(rng, ROADS) + f"{int(rng.integers(1, 2000))}号"
    if rng.random() < 0.5:
        road += f"{int(rng.integers(1, 30))}幢{int(rng.integers(1, 30))}0{int(rng.integers(1, 9))}室"
    elif rng.random() < 0.5:
        road = ch(rng, ROADS) + f"{int(rng.integers(1, 999))}弄{int(rng.integers(1, 80))}号{int(rng.integers(1, 6))}层"
    return head + road


def home_address(rng, p) -> str:
    prov, city, dist, *_ = p
    tail = ch(rng, VILLAGES) + f"{int(rng.integers(1, 40))}栋{int(rng.integers(1, 6))}单元{int(rng.integers(1, 30))}0{int(rng.integers(1, 5))}号"
    mid = ch(rng, ROADS) + f"{int(rng.integers(1, 900))}号" if rng.random() < 0.6 else f"{ch(rng, '东南西北')}关街道{ch(rng, ROADS)}"
    return prov + city + dist + mid + tail


def company(rng, p, industry: str, kind: str = "company") -> str:
    prov, city, dist, *_ = p
    trade = ch(rng, TRADE_WORDS) + ch(rng, TRADE_WORDS)
    region = (city or prov).removesuffix("市").removesuffix("省")
    if kind == "individual":
        return f"{dist}{trade}{ch(rng, ['便利店', '小吃店', '美发店', '五金店', '面馆', '水果店'])}"
    if kind == "branch":
        return f"{region}{trade}{industry}有限公司{dist}分公司"
    if kind == "partnership":
        return f"{region}{trade}{industry}合伙企业（有限合伙）"
    if rng.random() < 0.3:
        return f"{trade}（{region}）{industry}有限公司"
    return f"{region}{trade}{industry}{ch(rng, ['有限公司', '有限公司', '股份有限公司'])}"


def capital(rng, foreign: bool = False) -> str:
    wan = int(ch(rng, [10, 50, 100, 200, 300, 500, 1000, 3000, 5000]))
    style = int(rng.integers(3))
    unit = "万美元" if foreign else "万元"
    if style == 0:
        return f"{wan}{unit}" + ("整" if rng.random() < 0.5 else "")
    words = {10: "壹拾", 50: "伍拾", 100: "壹佰", 200: "贰佰", 300: "叁佰", 500: "伍佰", 1000: "壹仟", 3000: "叁仟", 5000: "伍仟"}[wan]
    return ("人民币" if style == 1 and not foreign else "") + words + unit + "整"
