"""Family F's own vocabularies and value makers: people, places, companies, scopes, licence numbers,
with valid check characters (GB 11643 ID numbers, GB 32100 credit codes) and consistent dates
(ID birth date = digits 7-14, 5/10/20-year or 长期 validity by age, licence spans).

Written for family F from the reference notes and knowledge of real documents; it shares no word
list with the other generators (which this family's author has not read)."""

from __future__ import annotations

import datetime as dt
import random

# (province, short, city, district, 6-digit code, county-level? , road names)
REGIONS: list[tuple[str, str, str, str, str, bool, tuple[str, ...]]] = [
    ("广东省", "粤", "广州市", "天河区", "440106", False, ("天河北路", "黄埔大道西", "体育东路", "龙口西路", "五山路")),
    ("广东省", "粤", "深圳市", "南山区", "440305", False, ("科技南十二路", "南海大道", "桃园路", "后海大道", "高新中一道")),
    ("广东省", "粤", "佛山市", "顺德区", "440606", False, ("大良新城路", "容桂大道中", "伦教三洲路")),
    ("浙江省", "浙", "杭州市", "西湖区", "330106", False, ("文三路", "天目山路", "古墩路", "教工路", "学院路")),
    ("浙江省", "浙", "宁波市", "鄞州区", "330212", False, ("天童南路", "首南中路", "宁南北路", "钱湖北路")),
    ("浙江省", "浙", "温州市", "瑞安市", "330381", True, ("安阳路", "万松东路", "罗阳大道")),
    ("江苏省", "苏", "南京市", "鼓楼区", "320106", False, ("中山北路", "汉中门大街", "湖南路", "草场门大街")),
    ("江苏省", "苏", "苏州市", "吴中区", "320506", False, ("东吴北路", "宝带西路", "越溪苏街")),
    ("江苏省", "苏", "徐州市", "沛县", "320322", True, ("汉源大道", "歌风路", "汉兴路")),
    ("四川省", "川", "成都市", "武侯区", "510107", False, ("人民南路四段", "科华北路", "武侯祠大街", "玉林南路")),
    ("四川省", "川", "绵阳市", "三台县", "510722", True, ("北坝镇东街", "梓州大道", "潼川路")),
    ("湖北省", "鄂", "武汉市", "青山区", "420107", False, ("和平大道", "建设二路", "冶金大道", "钢都花园路")),
    ("湖北省", "鄂", "宜昌市", "夷陵区", "420506", False, ("夷兴大道", "东湖大道", "平湖大道")),
    ("河南省", "豫", "郑州市", "金水区", "410105", False, ("花园路", "经三路", "农业路", "东风路")),
    ("河南省", "豫", "洛阳市", "偃师区", "410307", False, ("槐庙路", "商都路", "华夏路")),
    ("山东省", "鲁", "潍坊市", "奎文区", "370705", False, ("胜利东街", "东风东街", "北海路", "新华路")),
    ("山东省", "鲁", "临沂市", "沂南县", "371321", True, ("澳柯玛大道", "历山路", "振兴路")),
    ("吉林省", "吉", "白城市", "洮北区", "220802", False, ("长庆南街", "海明路", "中兴西大路")),
    ("上海市", "沪", "上海市", "杨浦区", "310110", False, ("国定路", "淞沪路", "控江路", "大连路", "黄兴路")),
    ("北京市", "京", "北京市", "朝阳区", "110105", False, ("建国路", "东三环中路", "朝阳北路", "望京街")),
    ("重庆市", "渝", "重庆市", "渝北区", "500112", False, ("金开大道", "新南路", "龙溪路")),
    ("新疆维吾尔自治区", "新", "乌鲁木齐市", "天山区", "650102", False, ("解放南路", "新华南路", "延安路")),
    ("内蒙古自治区", "蒙", "呼和浩特市", "赛罕区", "150105", False, ("大学东街", "昭乌达路", "金桥开发区腾飞路")),
    ("云南省", "滇", "大理白族自治州", "大理市", "532901", True, ("人民路", "苍山路", "洱河南路")),
    ("陕西省", "陕", "西安市", "雁塔区", "610113", False, ("小寨西路", "科技路", "长安南路", "雁塔北路")),
]
TOWNS = ("街道", "镇")
TOWN_NAMES = ("东风", "新华", "和平", "城关", "长安", "桃源", "滨江", "龙华", "清河", "永兴", "文昌", "石桥", "兴隆", "白鹭")
VILLAGES = ("上屯", "王家庄", "李家湾", "河西", "柳林", "杨树坪", "前进", "团结", "沙河", "新村")
ESTATES = ("阳光花园", "锦绣华庭", "翠湖苑", "金地名郡", "保利天悦", "滨江花城", "东方明珠小区", "科苑新村",
           "水岸华府", "世纪城", "万科城市花园", "紫荆公寓", "福星惠誉国际城")

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
DOUBLE_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "慕容")
GIVEN = ("伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超",
         "秀兰", "霞", "平", "刚", "桂英", "建华", "文博", "子涵", "欣怡", "浩然", "宇轩", "梓萱", "思远", "雨桐",
         "国庆", "建国", "志强", "海燕", "晓东", "春梅", "立新", "俊杰", "嘉怡", "一鸣", "天佑", "若溪", "铁柱",
         "淑珍", "玉兰", "德华", "振宇", "婷婷", "晨曦", "梦瑶", "思琪", "博文", "昊天", "佳琪", "诗涵")
UYGHUR = ("阿卜杜热合曼", "买买提", "艾尔肯", "古丽娜扎尔", "热依拉", "迪丽努尔", "阿依古丽", "吐尔逊", "努尔买买提", "帕提古丽")
MONGOL = ("巴特尔", "其其格", "乌兰", "斯琴高娃", "朝鲁", "额尔敦", "苏日娜", "那顺")
TIBETAN = ("扎西", "卓玛", "次仁", "央金", "格桑", "德吉")
NATIONS = (("汉", 70), ("回", 4), ("满", 3), ("壮", 3), ("蒙古", 3), ("维吾尔", 3), ("藏", 2), ("土家", 2),
           ("苗", 2), ("彝", 1), ("朝鲜", 1), ("白", 1), ("哈萨克", 1), ("布依", 1))

SHOP_WORDS = ("云帆", "青禾", "汇丰泰", "锦程", "星瀚", "恒信达", "瑞丰", "嘉禾", "天工", "百川", "鼎盛", "明源", "启航",
              "凯越", "华创", "新澜", "万象", "博远", "聚力", "优品", "乐享", "至诚", "盛世", "蓝海", "金穗", "润泽",
              "海纳", "同舟", "知行", "悦来", "宏图", "睿智", "创联", "御膳坊", "禾木", "九州通达", "长风")
INDUSTRIES = (("文化传媒", "culture"), ("信息技术", "it"), ("网络科技", "it"), ("餐饮管理", "food"), ("商贸", "trade"),
              ("建筑工程", "build"), ("医疗器械", "med"), ("环保科技", "env"), ("物业服务", "prop"), ("供应链管理", "trade"),
              ("教育咨询", "edu"), ("电子科技", "it"), ("农业发展", "agri"), ("酒店管理", "hotel"), ("健康管理", "beauty"))
SCOPES: dict[str, list[str]] = {
    "culture": ["组织文化艺术交流活动", "广告设计、代理", "广告制作", "广告发布", "会议及展览服务", "摄像及视频制作服务",
                "文艺创作", "图文设计制作", "市场营销策划", "企业形象策划", "礼仪服务", "数字内容制作服务（不含出版发行）"],
    "it": ["技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广", "软件开发", "信息系统集成服务", "信息技术咨询服务",
           "数据处理和存储支持服务", "计算机系统服务", "网络技术服务", "人工智能应用软件开发", "计算机软硬件及辅助设备零售",
           "物联网技术服务", "互联网数据服务"],
    "food": ["餐饮管理", "食品销售（仅销售预包装食品）", "外卖递送服务", "酒店管理", "日用百货销售", "农副产品销售",
             "餐饮器具集中消毒服务", "食用农产品零售"],
    "trade": ["日用百货销售", "五金产品批发", "五金产品零售", "电子产品销售", "服装服饰批发", "化妆品零售",
              "办公用品销售", "针纺织品销售", "建筑材料销售", "金属材料销售", "货物进出口", "技术进出口", "供应链管理服务",
              "国内贸易代理"],
    "build": ["建筑劳务分包", "园林绿化工程施工", "住宅室内装饰装修", "土石方工程施工", "金属门窗工程施工",
              "建筑装饰材料销售", "工程管理服务", "对外承包工程"],
    "med": ["第一类医疗器械销售", "第二类医疗器械销售", "医护人员防护用品零售", "消毒剂销售（不含危险化学品）",
            "日用口罩（非医用）销售", "健康咨询服务（不含诊疗服务）"],
    "env": ["环保咨询服务", "水污染治理", "大气污染治理", "固体废物治理", "土壤污染治理与修复服务", "节能管理服务",
            "资源再生利用技术研发", "环境保护专用设备销售"],
    "prop": ["物业管理", "停车场服务", "家政服务", "专业保洁、清洗、消毒服务", "城市绿化管理", "房地产经纪",
             "住房租赁", "非居住房地产租赁"],
    "edu": ["教育咨询服务（不含涉许可审批的教育培训活动）", "业务培训（不含教育培训、职业技能培训等需取得许可的培训）",
            "信息咨询服务（不含许可类信息咨询服务）", "组织文化艺术交流活动", "体育竞赛组织"],
    "agri": ["谷物种植", "蔬菜种植", "水果种植", "农产品的生产、销售、加工、运输、贮藏及其他相关服务", "农业机械服务",
             "农作物病虫害防治服务", "农业专业及辅助性活动", "食用农产品初加工"],
    "hotel": ["酒店管理", "住宿服务", "餐饮服务", "洗染服务", "停车场服务", "会议及展览服务", "棋牌室服务"],
    "beauty": ["美容服务", "理发服务", "养生保健服务（非医疗）", "足浴服务", "化妆品零售", "个人卫生用品销售"],
}
LICENSED = {"culture": ["网络文化经营", "营业性演出"], "it": ["第二类增值电信业务", "互联网信息服务"],
            "food": ["食品经营", "餐饮服务"], "trade": ["食品经营", "酒类经营"], "build": ["建设工程施工", "住宅室内装饰装修"],
            "med": ["第三类医疗器械经营"], "env": ["危险废物经营"], "prop": ["城市生活垃圾经营性服务"],
            "edu": ["营利性民办职业技能培训机构"], "agri": ["农作物种子经营", "农药零售"],
            "hotel": ["住宿服务", "食品经营", "歌舞娱乐活动"], "beauty": ["生活美容服务", "公共场所卫生许可"]}
GENERAL_TAIL = "（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）"
LICENSED_TAIL = "（依法须经批准的项目，经相关部门批准后方可开展经营活动，具体经营项目以相关部门批准文件或许可证件为准）"
OLD_TAIL = "（依法须经批准的项目，经相关部门批准后方可开展经营活动）"

COMPANY_TYPES = ("有限责任公司（自然人投资或控股）", "有限责任公司（自然人独资）", "有限责任公司（法人独资）",
                 "其他有限责任公司", "股份有限公司（非上市、自然人投资或控股）", "有限责任公司（非自然人投资或控股的法人独资）")
BRANCH_TYPES = ("有限责任公司分公司（自然人投资或控股）", "其他有限责任公司分公司", "股份有限公司分公司（非上市、自然人投资或控股）")
CAPITAL_WAN = {10: "壹拾", 30: "叁拾", 50: "伍拾", 100: "壹佰", 200: "贰佰", 300: "叁佰", 500: "伍佰", 800: "捌佰",
               1000: "壹仟", 2000: "贰仟", 5000: "伍仟"}
SHOP_KINDS = ("便利店", "小吃店", "面馆", "五金店", "理发店", "水果店", "服装店", "烟酒商行", "粮油店", "快餐店", "美容店",
              "手机维修部", "干洗店", "烧烤店")

USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
ORG_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def id_check(s17: str) -> str:
    return "10X98765432"[sum(int(c) * w for c, w in zip(s17, ID_WEIGHTS, strict=True)) % 11]


def org_check(body8: str) -> str:
    total = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(body8, (3, 7, 9, 10, 5, 8, 4, 2), strict=True))
    c9 = 11 - total % 11
    return "X" if c9 == 10 else "0" if c9 == 11 else str(c9)


def uscc_check(s17: str) -> str:
    total = sum(USCC_ALPHABET.index(c) * w for c, w in zip(s17, USCC_WEIGHTS, strict=True))
    return USCC_ALPHABET[(31 - total % 31) % 31]


def add_years(d: dt.date, n: int) -> dt.date:
    try:
        return d.replace(year=d.year + n)
    except ValueError:           # 29 Feb
        return d.replace(year=d.year + n, day=28)


def rand_date(rng: random.Random, lo: dt.date, hi: dt.date) -> dt.date:
    return lo + dt.timedelta(days=rng.randrange(max(1, (hi - lo).days)))


TODAY = dt.date(2026, 11, 20)


class Vocab:
    """Draws values from one seeded random source."""

    def __init__(self, rng: random.Random) -> None:
        self.r = rng

    # people ---------------------------------------------------------------------------------
    def nation(self) -> str:
        names, weights = zip(*NATIONS, strict=True)
        return self.r.choices(names, weights)[0]

    def person(self, nation: str = "汉", sex: str | None = None) -> str:
        r = self.r
        if nation == "维吾尔":
            return f"{r.choice(UYGHUR)}·{r.choice(UYGHUR)}"
        if nation == "蒙古" and r.random() < 0.6:
            return r.choice(MONGOL)
        if nation == "藏" and r.random() < 0.7:
            return r.choice(TIBETAN) + r.choice(("", "", "多吉", "拉姆"))
        sur = r.choice(DOUBLE_SURNAMES) if r.random() < 0.04 else r.choice(SURNAMES)
        return sur + r.choice(GIVEN)

    def region(self) -> tuple:
        return self.r.choice(REGIONS)

    def address(self, reg: tuple, for_id: bool = False, long: bool = False) -> str:
        r = self.r
        prov, _s, city, dist, _c, county, roads = reg
        municipal = prov == city
        head = (city + dist) if municipal else (prov + city + dist) if (for_id or r.random() < 0.6) else (city + dist)
        if county and r.random() < 0.5:
            return head + r.choice(TOWN_NAMES) + "镇" + r.choice(VILLAGES) + "村" + f"{r.randint(1, 12)}组{r.randint(1, 160)}号"
        road = r.choice(roads)
        num = f"{r.randint(1, 999)}号"
        kind = r.random()
        if kind < 0.45:
            tail = f"{r.choice(ESTATES)}{r.randint(1, 32)}栋{r.randint(1, 4)}单元{r.randint(1, 33)}{r.randint(1, 4):02d}室"
        elif kind < 0.7:
            tail = f"{r.randint(1, 25)}号楼{r.randint(1, 30)}{r.randint(1, 12):02d}号"
        elif kind < 0.85:
            tail = f"{r.choice(('科技园', '创业大厦', '国际中心', '商务楼', '金融港'))}{r.choice('ABCD')}座{r.randint(2, 30)}层{r.randint(1, 30):02d}室"
        else:
            tail = f"{r.randint(1, 3)}楼{r.choice(('101', '102', '铺位', '商铺'))}"
        if long:
            tail += r.choice(("（自主申报）", "（集群注册）", "-" + str(r.randint(1, 9)) + "号铺", ""))
        return head + road + num + tail

    def id_number(self, code: str, birth: dt.date, sex: str) -> str:
        seq = self.r.randint(0, 99)
        sx = self.r.choice("13579" if sex == "男" else "02468")
        s17 = f"{code}{birth:%Y%m%d}{seq:02d}{sx}"
        return s17 + id_check(s17)

    def id_validity(self, birth: dt.date) -> tuple[dt.date, str]:
        """valid_from and valid_to (date string or 长期) per the age rules."""
        r = self.r
        lo = max(add_years(birth, 1), dt.date(2006, 1, 1))
        for _ in range(30):
            start = rand_date(r, lo, TODAY)
            age = start.year - birth.year - ((start.month, start.day) < (birth.month, birth.day))
            years = 5 if age < 16 else 10 if age <= 25 else 20 if age <= 45 else 0
            end = add_years(start, years) if years else None
            if end is None or end >= TODAY:
                return start, (end.isoformat() if end else "长期")
        return start, (end.isoformat() if end else "长期")

    def issuing_authority(self, reg: tuple) -> str:
        _p, _s, city, dist, _c, county, _roads = reg
        if county or dist.endswith("县"):
            return f"{dist}公安局"
        if self.r.random() < 0.15:
            return f"{city}公安局"
        return f"{city}公安局{dist[:-1] if len(dist) > 2 else dist}分局"

    # organisations -----------------------------------------------------------------------------
    def uscc(self, code: str, cat: str = "1") -> str:
        body = "".join(self.r.choice("0123456789ABCDEFGHJKLMNPQRTUWXY" if i > 0 and self.r.random() < 0.25 else "0123456789")
                       for i in range(8))
        s17 = "9" + cat + code + body + org_check(body)
        return s17 + uscc_check(s17)

    def city_short(self, reg: tuple) -> str:
        city = reg[2]
        return city[:-1] if city.endswith("市") else city[:2]

    def company(self, reg: tuple) -> tuple[str, str]:
        r = self.r
        ind, key = r.choice(INDUSTRIES)
        word = r.choice(SHOP_WORDS)
        if r.random() < 0.5:
            name = f"{self.city_short(reg)}{word}{ind}"
        else:
            name = f"{word}（{self.city_short(reg)}）{ind}" if r.random() < 0.3 else f"{self.city_short(reg)}市{word}{ind}"
        suffix = "股份有限公司" if r.random() < 0.12 else "有限公司"
        return name + suffix, key

    def scope(self, key: str, long: bool = False, old: bool = False) -> str:
        r = self.r
        pool = list(SCOPES[key])
        items = r.sample(pool, k=min(len(pool), r.randint(6, 11) if long else r.randint(2, 5)))
        if old:
            return "、".join(items) + OLD_TAIL
        text = "一般项目：" + "；".join(items) + "。" + GENERAL_TAIL
        if r.random() < 0.55:
            lic = r.sample(LICENSED[key], k=1 if len(LICENSED[key]) < 2 or not long else 2)
            text += "许可项目：" + "；".join(lic) + "。" + LICENSED_TAIL
        return text

    def capital(self) -> str:
        r = self.r
        wan = r.choice(list(CAPITAL_WAN))
        style = r.random()
        if style < 0.45:
            return f"人民币{CAPITAL_WAN[wan]}万元整"
        if style < 0.75:
            return f"{wan}万元（人民币）" if r.random() < 0.4 else f"{wan}万元人民币"
        if style < 0.9:
            return f"{CAPITAL_WAN[wan]}万元整"
        return f"{wan}万元"

    def business_period(self, est: dt.date) -> str:
        r = self.r
        x = r.random()
        if x < 0.55:
            return "长期"
        return (add_years(est, r.choice((10, 20, 30, 50))) - dt.timedelta(days=1)).isoformat()

    def shop_name(self, reg: tuple, owner: str) -> str:
        r = self.r
        head = reg[2] + reg[3] if reg[0] != reg[2] else reg[2] + reg[3]
        if r.random() < 0.4:
            head = reg[3]
        x = r.random()
        if x < 0.4:
            return f"{head}{r.choice(SHOP_WORDS)}{r.choice(SHOP_KINDS)}"
        if x < 0.7:
            return f"{head}{owner[0]}记{r.choice(SHOP_KINDS)}"
        return f"{head}{owner}{r.choice(SHOP_KINDS)}"


def cn_date(d: dt.date | str, pad: bool = True) -> str:
    if isinstance(d, str):
        d = dt.date.fromisoformat(d)
    return f"{d.year}年{d.month:02d}月{d.day:02d}日" if pad else f"{d.year}年{d.month}月{d.day}日"
