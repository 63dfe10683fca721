"""Family G's own vocabularies and identifiers: people (Han and minority names, with ·), places with
their 区划 codes, company names in the registrars' patterns, 经营范围 wording, licence numbers, and
the check characters (GB 11643 for 公民身份号码, GB 32100 for 统一社会信用代码). Written for G
from the reference notes (shared/reference/domain.md) and the real documents' conventions."""

from __future__ import annotations

import datetime as dt

import numpy as np

ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
USCC_ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def id_check(s17: str) -> str:
    return "10X98765432"[sum(int(a) * w for a, w in zip(s17, ID_W, strict=True)) % 11]


def uscc_check(s17: str) -> str:
    return USCC_ALPHA[(31 - sum(USCC_ALPHA.index(c) * w for c, w in zip(s17, USCC_W, strict=True)) % 31) % 31]


# (province, city, district, 区划 code, 省简称, 公安 issuing authority pattern)
PLACES = [
    ("北京市", "", "朝阳区", "110105", "京"), ("北京市", "", "海淀区", "110108", "京"),
    ("上海市", "", "浦东新区", "310115", "沪"), ("上海市", "", "闵行区", "310112", "沪"),
    ("天津市", "", "南开区", "120104", "津"), ("重庆市", "", "渝北区", "500112", "渝"),
    ("广东省", "广州市", "天河区", "440106", "粤"), ("广东省", "深圳市", "南山区", "440305", "粤"),
    ("广东省", "佛山市", "顺德区", "440606", "粤"), ("浙江省", "杭州市", "西湖区", "330106", "浙"),
    ("浙江省", "宁波市", "鄞州区", "330212", "浙"), ("浙江省", "温州市", "鹿城区", "330302", "浙"),
    ("江苏省", "南京市", "鼓楼区", "320106", "苏"), ("江苏省", "苏州市", "吴中区", "320506", "苏"),
    ("四川省", "成都市", "武侯区", "510107", "川"), ("四川省", "绵阳市", "涪城区", "510703", "川"),
    ("湖北省", "武汉市", "洪山区", "420111", "鄂"), ("湖北省", "宜昌市", "西陵区", "420502", "鄂"),
    ("河南省", "郑州市", "金水区", "410105", "豫"), ("河南省", "洛阳市", "涧西区", "410305", "豫"),
    ("山东省", "济南市", "历下区", "370102", "鲁"), ("山东省", "青岛市", "崂山区", "370212", "鲁"),
    ("山东省", "潍坊市", "奎文区", "370705", "鲁"), ("湖南省", "长沙市", "岳麓区", "430104", "湘"),
    ("福建省", "厦门市", "思明区", "350203", "闽"), ("陕西省", "西安市", "雁塔区", "610113", "陕"),
    ("河北省", "保定市", "莲池区", "130606", "冀"), ("安徽省", "合肥市", "蜀山区", "340104", "皖"),
    ("江西省", "南昌市", "东湖区", "360102", "赣"), ("辽宁省", "大连市", "甘井子区", "210211", "辽"),
    ("黑龙江省", "哈尔滨市", "南岗区", "230103", "黑"), ("山西省", "太原市", "小店区", "140105", "晋"),
    ("吉林省", "延边朝鲜族自治州", "延吉市", "222401", "吉"), ("云南省", "大理白族自治州", "大理市", "532901", "云"),
    ("云南省", "昆明市", "五华区", "530102", "云"), ("贵州省", "黔东南苗族侗族自治州", "凯里市", "522601", "黔"),
    ("广西壮族自治区", "南宁市", "青秀区", "450103", "桂"), ("新疆维吾尔自治区", "乌鲁木齐市", "天山区", "650102", "新"),
    ("新疆维吾尔自治区", "喀什地区", "喀什市", "653101", "新"), ("西藏自治区", "拉萨市", "城关区", "540102", "藏"),
    ("内蒙古自治区", "呼和浩特市", "赛罕区", "150105", "蒙"), ("宁夏回族自治区", "银川市", "兴庆区", "640104", "宁"),
    ("甘肃省", "兰州市", "城关区", "620102", "甘"), ("青海省", "西宁市", "城东区", "630102", "青"),
    ("海南省", "海口市", "龙华区", "460106", "琼"),
]
# minority-heavy places by nation
NATION_PLACES = {"维吾尔": ("650102", "653101"), "藏": ("540102",), "蒙古": ("150105",), "朝鲜": ("222401",),
                 "白": ("532901",), "苗": ("522601",), "侗": ("522601",), "壮": ("450103",), "回": ("640104",),
                 "彝": ("530102",), "哈萨克": ("650102",), "满": ("210211", "230103"), "土家": ("420502",)}

SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
                "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔"
                "向汤") + ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫"]
GIVEN = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建文辉力鹏飞斌宇浩凯健俊帆子轩梓涵欣怡雨晨思远"
             "嘉懿泽宁瑞雪晓东海波国庆志刚春梅秋菊冬梅振华德胜永福金凤美玲婷婷亚楠佳琪一鸣天佑若曦诗雨")
UYGHUR_M = ["阿不都热合曼", "艾力", "买买提", "吐尔逊", "阿迪力", "依明", "努尔艾合买提", "热合曼"]
UYGHUR_F = ["古丽米热", "阿依努尔", "帕提古丽", "热娜古丽", "迪丽努尔", "阿孜古丽"]
UYGHUR_FATHER = ["艾买提", "买买提", "吐尔洪", "阿不来提", "司马义", "库尔班", "努尔买买提", "热西提"]
TIBETAN = ["扎西次仁", "格桑卓玛", "次旦多吉", "央金拉姆", "尼玛顿珠", "德吉卓嘎", "旺堆", "索朗曲珍"]
MONGOL = ["巴特尔", "乌云其木格", "哈斯朝鲁", "其其格", "额尔敦巴雅尔", "萨仁高娃", "孟和"]
KAZAKH_M = ["叶尔兰", "努尔兰", "别克"]
KAZAKH_FATHER = ["哈力木", "吐尔逊别克", "阿合买提"]

ROADS = ["人民路", "解放路", "中山路", "建设大道", "新华街", "文化路", "科技南十二路", "滨江大道", "长江路", "黄河路",
         "迎宾大道", "学府路", "工业大道", "幸福路", "朝阳北路", "虹梅南路", "文三路", "天河北路", "高新四路", "金水东路",
         "香港中路", "五一大道", "北京西路", "延安东路", "胜利街", "团结巷", "光明路", "和平里三街"]
TOWNS = ["大良街道", "平乐镇", "石牌街道", "粤海街道", "城关镇", "新华街道", "龙华镇", "东湖街道", "古城镇", "长安镇"]
VILLAGES = ["平乐村", "新庄村", "李家湾村", "红旗村", "东风村", "后河村", "上坪村"]
COMMUNITIES = ["和平", "幸福", "友谊", "团结", "育才", "文昌", "光华", "东升"]
ESTATES = ["幸福家园小区", "阳光花园", "锦绣华庭", "翠湖苑", "金色家园", "碧水蓝天小区", "书香门第小区"]
BUILDINGS = ["中信广场", "金蝶软件园", "东部软件园", "创新大厦", "国贸中心", "万达广场", "华润大厦", "科技园",
             "数字经济产业园", "青年创业园", "滨江商务中心"]

TRADE = ["云帆", "青禾", "锦瑞", "恒泰", "鼎盛", "华启", "星辰", "拓远", "嘉诚", "博睿", "晨曦", "汇通", "优品", "瀚海",
         "宏图", "聚力", "德润", "安澜", "禾丰", "远航", "铭扬", "若水", "知行", "蓝鲸", "百川", "金桥", "新程", "川流"]
INDUSTRY = [("文化传媒", ["组织文化艺术交流活动", "广告设计、代理", "广告制作", "会议及展览服务", "摄影扩印服务", "文艺创作"]),
            ("信息科技", ["技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广", "软件开发", "信息系统集成服务",
                      "计算机系统服务", "数据处理和存储支持服务", "信息技术咨询服务"]),
            ("餐饮管理", ["餐饮管理", "食品销售（仅销售预包装食品）", "外卖递送服务", "日用百货销售", "农副产品销售"]),
            ("五金制品", ["五金产品制造", "五金产品批发", "五金产品零售", "金属制品销售", "机械设备租赁"]),
            ("商贸", ["日用百货销售", "服装服饰批发", "针纺织品销售", "化妆品零售", "办公用品销售", "家用电器销售"]),
            ("供应链管理", ["供应链管理服务", "国内货物运输代理", "普通货物仓储服务（不含危险化学品等需许可审批的项目）",
                       "装卸搬运", "货物进出口", "技术进出口"]),
            ("企业管理咨询", ["企业管理咨询", "市场营销策划", "信息咨询服务（不含许可类信息咨询服务）", "财务咨询",
                        "人力资源服务（不含职业中介活动、劳务派遣服务）"]),
            ("建筑工程", ["住宅室内装饰装修", "园林绿化工程施工", "建筑材料销售", "对外承包工程"]),
            ("美容美发", ["美发饰品销售", "化妆品零售", "养生保健服务（非医疗）", "理发服务", "生活美容服务"])]
LICENSED = ["第二类增值电信业务", "餐饮服务", "食品经营", "道路货物运输（不含危险货物）", "建设工程施工",
            "出版物零售", "酒类经营", "理发服务", "生活美容服务", "住宿服务"]
GENERAL_TAIL = "（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）"
LICENSED_TAIL = "（依法须经批准的项目，经相关部门批准后方可开展经营活动，具体经营项目以相关部门批准文件或许可证件为准）"
OLD_TAIL = "（依法须经批准的项目，经相关部门批准后方可开展经营活动）"

DIGITS_CN = "零壹贰叁肆伍陆柒捌玖"


def cn_amount(n: int) -> str:
    """1..9999 in financial numerals: 1200 -> 壹仟贰佰, 50 -> 伍拾, 105 -> 壹佰零伍."""
    units = ["仟", "佰", "拾", ""]
    s = f"{n:04d}"
    out, zero = "", False
    started = False
    for d, u in zip(s, units, strict=True):
        if d == "0":
            zero = started
            continue
        if zero:
            out += "零"
            zero = False
        out += DIGITS_CN[int(d)] + u
        started = True
    return out


class Vocab:
    def __init__(self, rng: np.random.Generator) -> None:
        self.rng = rng

    def pick(self, seq):
        return seq[int(self.rng.integers(len(seq)))]

    def place(self, code: str | None = None):
        if code:
            for p in PLACES:
                if p[3] == code:
                    return p
        return self.pick(PLACES)

    def han_name(self) -> str:
        s = self.pick(SURNAMES)
        n = 1 if self.rng.random() < 0.35 else 2
        return s + "".join(self.pick(GIVEN) for _ in range(n))

    def person(self) -> tuple[str, str, str]:
        """(name, sex, nation)."""
        r = self.rng.random()
        sex = "男" if self.rng.random() < 0.5 else "女"
        if r < 0.70:
            return self.han_name(), sex, "汉"
        if r < 0.78:
            first = self.pick(UYGHUR_M if sex == "男" else UYGHUR_F)
            return f"{first}·{self.pick(UYGHUR_FATHER)}", sex, "维吾尔"
        if r < 0.82:
            return f"{self.pick(KAZAKH_M)}·{self.pick(KAZAKH_FATHER)}", "男", "哈萨克"
        if r < 0.86:
            return self.pick(TIBETAN), sex, "藏"
        if r < 0.89:
            return self.pick(MONGOL), sex, "蒙古"
        nation = self.pick(["回", "满", "壮", "苗", "朝鲜", "白", "侗", "土家", "彝"])
        return self.han_name(), sex, nation

    def birth(self, lo: int = 1948, hi: int = 2008) -> dt.date:
        y = int(self.rng.integers(lo, hi + 1))
        return dt.date(y, 1, 1) + dt.timedelta(days=int(self.rng.integers(0, 365)))

    def id_number(self, code6: str, birth: dt.date, sex: str) -> str:
        seq = int(self.rng.integers(0, 500)) * 2 + (1 if sex == "男" else 0)
        s17 = f"{code6}{birth:%Y%m%d}{seq:03d}"
        return s17 + id_check(s17)

    def uscc(self, code6: str, dept: str = "9", cat: str = "1") -> str:
        body = "".join(self.pick(USCC_ALPHA) for _ in range(9))
        s17 = dept + cat + code6 + body
        return s17 + uscc_check(s17)

    def home_address(self, p) -> str:
        prov, city, dist = p[0], p[1], p[2]
        head = prov + city + dist if prov != city else prov + dist
        r = self.rng.random()
        if r < 0.2:                                        # long: 4 rows on the card
            return (f"{head}{self.pick(TOWNS)}{self.pick(COMMUNITIES)}社区{self.pick(ESTATES)}"
                    f"{int(self.rng.integers(1, 40))}栋{int(self.rng.integers(1, 6))}单元{int(self.rng.integers(1, 33))}"
                    f"{int(self.rng.integers(1, 6)):02d}室")
        if r < 0.45:
            return (f"{head}{self.pick(TOWNS)}{self.pick(VILLAGES)}{self.pick(['一', '二', '三', '五', '七'])}组"
                    f"{int(self.rng.integers(1, 120))}号")
        if r < 0.75:
            return (f"{head}{self.pick(ROADS)}{int(self.rng.integers(1, 999))}号{int(self.rng.integers(1, 30))}"
                    f"栋{int(self.rng.integers(1, 6))}单元{int(self.rng.integers(1, 33))}{int(self.rng.integers(1, 8)):02d}室")
        return (f"{head}{self.pick(TOWNS)}{self.pick(ROADS)}{int(self.rng.integers(1, 400))}号院"
                f"{int(self.rng.integers(1, 40))}号楼{int(self.rng.integers(1, 28))}{int(self.rng.integers(1, 9)):02d}号")

    def biz_address(self, p, short: bool = False) -> str:
        prov, city, dist = p[0], p[1], p[2]
        head = (city + dist) if (city and self.rng.random() < 0.4) else (prov + city + dist)
        r = self.rng.random()
        n = int(self.rng.integers(1, 3000))
        if r < 0.3:
            s = f"{head}{self.pick(ROADS)}{n}号{int(self.rng.integers(1, 40))}号楼{int(self.rng.integers(1, 30))}{int(self.rng.integers(1, 20)):02d}号"
        elif r < 0.55:
            s = f"{head}{self.pick(ROADS)}{n}号{self.pick(BUILDINGS)}{self.pick('ABCDE')}栋{int(self.rng.integers(2, 30))}层{int(self.rng.integers(1, 30)):02d}室"
        elif r < 0.75:
            s = f"{head}{self.pick(TOWNS)}{self.pick(ROADS)}{n}号{int(self.rng.integers(1, 12))}幢{int(self.rng.integers(1, 9))}层{int(self.rng.integers(101, 999))}室"
        else:
            s = f"{head}{self.pick(ROADS)}{n}号{int(self.rng.integers(1, 4))}楼{self.pick(['东侧', '西侧', '南侧', ''])}商铺"
        if not short and self.rng.random() < 0.2:
            s += self.pick(["（仅限办公）", "（自主申报）", "(集群注册)"])
        return s

    def company(self, p, industry: str, kind: str) -> str:
        city = (p[1] or p[0]).removesuffix("市") if self.rng.random() < 0.6 else (p[1] or p[0])
        trade = self.pick(TRADE)
        if kind == "coop":
            return f"{p[2]}{self.pick(VILLAGES).removesuffix('村')}{self.pick(['牡丹种植', '蔬菜', '生猪养殖', '茶叶', '果品', '农机服务'])}专业合作社"
        if kind == "partner":
            return f"{city}{trade}{self.pick(['股权投资', '企业管理咨询', '创业投资', '商务信息咨询'])}合伙企业（{self.pick(['有限合伙', '普通合伙'])}）"
        if kind == "individual":
            return f"{p[2]}{self.pick(['阿芳', '老王', '张记', '小林', '顺心', '好再来', '福满'])}{self.pick(['小吃店', '便利店', '理发店', '五金店', '水果店', '面馆'])}"
        base = f"{city}{trade}{industry}{self.pick(['有限公司', '有限公司', '有限责任公司', '股份有限公司'])}"
        return base

    def scope(self, items: list[str], new_style: bool) -> str:
        k = int(self.rng.integers(2, min(6, len(items)) + 1))
        idx = self.rng.choice(len(items), size=k, replace=False)
        gen = "；".join(items[i] for i in sorted(idx))
        if not new_style:
            return gen.replace("；", "、") + "。" + (OLD_TAIL if self.rng.random() < 0.5 else "")
        s = "一般项目：" + gen + "。" + GENERAL_TAIL
        if self.rng.random() < 0.5:
            lic = "；".join(self.pick(LICENSED) for _ in range(int(self.rng.integers(1, 3))))
            s += "许可项目：" + lic + "。" + LICENSED_TAIL
        return s

    def date_between(self, y0: int, y1: int) -> dt.date:
        return dt.date(y0, 1, 1) + dt.timedelta(days=int(self.rng.integers(0, (dt.date(y1, 12, 31) - dt.date(y0, 1, 1)).days)))


def add_years(d: dt.date, n: int) -> dt.date:
    try:
        return d.replace(year=d.year + n)
    except ValueError:
        return d.replace(year=d.year + n, day=28)


def cn_date(d: dt.date, pad: bool = True) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日" if pad else f"{d.year}年{d.month}月{d.day}日"
