"""Values for family X's documents: people, places, companies and licence numbers as a 综合受理 window
sees them, drawn from a seeded `random.Random` (no numpy: the generator is deterministic per file).
Written from knowledge of the real documents (GB 11643 ID numbers, GB 32100 USCCs, the 2019 营业执照
wording, 食品经营许可证 JY numbers), never from another family's values."""

from __future__ import annotations

import datetime as dt
import random

TODAY = dt.date(2026, 11, 20)

# (admin code, province, city, district/county, street stems, health abbr., food-licence note)
PLACES = [
    ("310115", "上海市", "", "浦东新区", ["张杨路", "世纪大道", "川沙路", "周浦镇年家浜路", "金桥路"], "沪"),
    ("310104", "上海市", "", "徐汇区", ["漕溪北路", "田林路", "龙华西路"], "沪"),
    ("310110", "上海市", "", "杨浦区", ["国定路", "控江路", "长阳路"], "沪"),
    ("110105", "北京市", "", "朝阳区", ["建国路", "酒仙桥路", "望京街", "朝阳北路"], "京"),
    ("110108", "北京市", "", "海淀区", ["中关村大街", "学院路", "西三旗建材城中路"], "京"),
    ("440106", "广东省", "广州市", "天河区", ["天河北路", "黄埔大道西", "中山大道"], "粤"),
    ("440305", "广东省", "深圳市", "南山区", ["科技园南区高新南一道", "南海大道", "蛇口工业八路"], "粤"),
    ("441900", "广东省", "东莞市", "", ["长安镇振安中路", "虎门镇连升路", "松山湖大道"], "粤"),
    ("330106", "浙江省", "杭州市", "西湖区", ["文三路", "古墩路", "天目山路"], "浙"),
    ("330782", "浙江省", "金华市", "义乌市", ["稠州北路", "福田街道商城大道"], "浙"),
    ("320505", "江苏省", "苏州市", "虎丘区", ["狮山路", "长江路", "金山路"], "苏"),
    ("320102", "江苏省", "南京市", "玄武区", ["中山路", "珠江路", "龙蟠路"], "苏"),
    ("510107", "四川省", "成都市", "武侯区", ["人民南路四段", "科华北路", "武侯祠大街"], "川"),
    ("500103", "重庆市", "", "渝中区", ["解放碑民族路", "中山三路", "大坪正街"], "渝"),
    ("420106", "湖北省", "武汉市", "武昌区", ["中南路", "武珞路", "徐东大街"], "鄂"),
    ("430104", "湖南省", "长沙市", "岳麓区", ["麓山南路", "桐梓坡路", "枫林三路"], "湘"),
    ("370212", "山东省", "青岛市", "崂山区", ["香港东路", "海尔路", "松岭路"], "鲁"),
    ("371302", "山东省", "临沂市", "兰山区", ["解放路", "通达路", "沂蒙路"], "鲁"),
    ("410105", "河南省", "郑州市", "金水区", ["花园路", "经三路", "农业路"], "豫"),
    ("130104", "河北省", "石家庄市", "桥西区", ["中山西路", "裕华西路"], "冀"),
    ("610113", "陕西省", "西安市", "雁塔区", ["小寨东路", "科技路", "长安南路"], "陕"),
    ("350203", "福建省", "厦门市", "思明区", ["湖滨南路", "莲前西路", "厦禾路"], "闽"),
    ("360102", "江西省", "南昌市", "东湖区", ["八一大道", "阳明路"], "赣"),
    ("210102", "辽宁省", "沈阳市", "和平区", ["南京北街", "太原街", "三好街"], "辽"),
    ("220102", "吉林省", "长春市", "南关区", ["人民大街", "亚泰大街"], "吉"),
    ("230103", "黑龙江省", "哈尔滨市", "南岗区", ["西大直街", "学府路"], "黑"),
    ("450103", "广西壮族自治区", "南宁市", "青秀区", ["民族大道", "金湖路"], "桂"),
    ("530102", "云南省", "昆明市", "五华区", ["人民中路", "北京路", "青年路"], "滇"),
    ("520102", "贵州省", "贵阳市", "南明区", ["中华南路", "花果园大街"], "黔"),
    ("650102", "新疆维吾尔自治区", "乌鲁木齐市", "天山区", ["解放南路", "新华北路"], "新"),
    ("150102", "内蒙古自治区", "呼和浩特市", "新城区", ["新华大街", "兴安北路"], "蒙"),
    ("620102", "甘肃省", "兰州市", "城关区", ["东岗西路", "庆阳路"], "甘"),
    ("340104", "安徽省", "合肥市", "蜀山区", ["长江西路", "黄山路"], "皖"),
    ("140105", "山西省", "太原市", "小店区", ["长风街", "并州南路"], "晋"),
    ("460105", "海南省", "海口市", "秀英区", ["海秀路", "长滨路"], "琼"),
    ("120104", "天津市", "", "南开区", ["卫津路", "鞍山西道"], "津"),
]
VILLAGES = ["王家", "李庄", "新河", "东岗", "石桥", "柳树屯", "上营", "大陈", "前进", "红星"]
TOWNS = ["城关镇", "新桥镇", "马桥镇", "双流镇", "白沙镇", "古城乡", "河口镇"]

SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
COMPOUND = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "令狐", "慕容", "夏侯", "公孙", "宇文", "司徒", "长孙"]
GIVEN = list("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国志红文亮辉玉萍鹏飞宇浩然子轩梓涵欣怡思雨晨阳佳琪诗婷嘉俊宏博一诺雅琳梦瑶家豪凯瑞晓东海波春燕雪梅立新永庆德胜淑珍秋菊金凤")
NATIONS = ["汉"] * 30 + ["回", "满", "壮", "维吾尔", "苗", "彝", "土家", "藏", "蒙古", "朝鲜", "侗", "瑶", "白", "哈萨克", "傣", "黎", "畲"]

ZIHAO = ["瑞丰", "恒通", "华鑫", "联创", "金达", "博远", "佳和", "睿思", "鼎盛", "汇川", "云帆", "星辰", "宏图", "盛世", "安居",
         "天禄", "新纪元", "易达", "明德", "聚源", "银河", "正大光明", "百川", "晨曦", "嘉禾", "万象", "立信", "永辉", "祥云", "乐享"]
TRADES = [("科技", "信息技术"), ("商贸", "贸易"), ("餐饮管理", "餐饮"), ("建筑工程", "建筑"), ("物流", "物流"),
          ("信息技术", "信息技术"), ("文化传媒", "文化"), ("电子商务", "贸易"), ("医疗器械", "医疗"), ("装饰工程", "建筑"),
          ("食品", "食品"), ("环保科技", "信息技术"), ("教育咨询", "文化"), ("机械设备", "制造"), ("酒店管理", "住宿"),
          ("美容美发", "美容"), ("健身服务", "体育"), ("供应链管理", "物流")]

GENERAL_ITEMS = {
    "信息技术": ["技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广", "软件开发", "信息系统集成服务", "计算机系统服务",
             "数据处理和存储支持服务", "网络技术服务", "人工智能应用软件开发", "信息咨询服务（不含许可类信息咨询服务）",
             "计算机软硬件及辅助设备零售", "广告设计、代理"],
    "贸易": ["日用百货销售", "五金产品零售", "服装服饰批发", "办公用品销售", "电子产品销售", "家用电器销售", "化妆品零售",
           "针纺织品销售", "互联网销售（除销售需要许可的商品）", "货物进出口", "技术进出口", "食用农产品零售"],
    "餐饮": ["餐饮管理", "外卖递送服务", "食用农产品零售", "日用百货销售", "企业管理咨询", "会议及展览服务"],
    "建筑": ["住宅室内装饰装修", "建筑材料销售", "园林绿化工程施工", "土石方工程施工", "金属门窗工程施工", "普通机械设备安装服务"],
    "物流": ["普通货物仓储服务（不含危险化学品等需许可审批的项目）", "国内货物运输代理", "装卸搬运", "供应链管理服务",
           "国际货物运输代理", "包装服务"],
    "文化": ["组织文化艺术交流活动", "广告制作", "广告发布", "摄影扩印服务", "会议及展览服务", "教育咨询服务（不含涉许可审批的教育培训活动）",
           "图文设计制作", "票务代理服务"],
    "医疗": ["第一类医疗器械销售", "第二类医疗器械销售", "卫生用品和一次性使用医疗用品销售", "消毒剂销售（不含危险化学品）"],
    "食品": ["食用农产品批发", "食品销售（仅销售预包装食品）", "农副产品销售", "日用百货销售"],
    "制造": ["通用设备制造（不含特种设备制造）", "机械设备销售", "机械零件、零部件加工", "五金产品批发", "金属制品销售"],
    "住宿": ["酒店管理", "物业管理", "停车场服务", "洗烫服务", "会议及展览服务"],
    "美容": ["理发服务", "化妆品零售", "养生保健服务（非医疗）", "美甲服务"],
    "体育": ["健身休闲活动", "体育用品及器材零售", "体育竞赛组织", "体育保障组织"],
}
LICENSED_ITEMS = {
    "信息技术": ["第二类增值电信业务"], "贸易": ["食品销售", "酒类经营"], "餐饮": ["餐饮服务", "食品销售"],
    "建筑": ["建设工程施工", "住宅室内装饰装修"], "物流": ["道路货物运输（不含危险货物）"], "文化": ["出版物零售", "营业性演出"],
    "医疗": ["第三类医疗器械经营"], "食品": ["食品销售", "食品生产"], "制造": ["特种设备安装改造修理"],
    "住宿": ["住宿服务", "餐饮服务"], "美容": ["生活美容服务", "公共场所卫生"], "体育": ["高危险性体育运动（游泳）"],
}
GEN_TAIL = "（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）"
LIC_TAIL = "（依法须经批准的项目，经相关部门批准后方可开展经营活动，具体经营项目以相关部门批准文件或许可证件为准）"
OLD_TAIL = "【依法须经批准的项目，经相关部门批准后方可开展经营活动】"

HEALTH_ITEMS = ["住宿", "沐浴", "美容", "美发", "理发", "游泳场所", "歌舞厅", "商场（店）", "候车室", "公共浴室", "足浴",
                "健身房", "美容店", "理发店", "宾馆", "图书馆", "影剧院", "游艺厅"]

FOOD_FORMS = [("2", "餐饮服务经营者（小型餐馆）"), ("2", "餐饮服务经营者（中型餐馆）"), ("2", "餐饮服务经营者（饮品店）"),
              ("2", "餐饮服务经营者（糕点店）"), ("2", "餐饮服务经营者（小餐饮）"), ("2", "餐饮服务经营者（大型餐馆）"),
              ("1", "食品销售经营者（便利店）"), ("1", "食品销售经营者（超市）"), ("1", "食品销售经营者（食杂店）"),
              ("1", "食品销售经营者（网络食品销售商）"), ("3", "单位食堂（学校食堂）"), ("3", "单位食堂（职工食堂）"),
              ("3", "单位食堂（托幼机构食堂）")]
FOOD_ITEMS = {"1": ["预包装食品（含冷藏冷冻食品）销售", "散装食品（含冷藏冷冻食品）销售", "散装食品（不含冷藏冷冻食品）销售",
                    "保健食品销售", "特殊医学用途配方食品销售", "婴幼儿配方乳粉销售", "其他婴幼儿配方食品销售"],
              "2": ["热食类食品制售", "冷食类食品制售", "生食类食品制售", "糕点类食品（含裱花蛋糕）制售", "自制饮品制售（不含自酿酒）",
                    "预包装食品（含冷藏冷冻食品）销售"],
              "3": ["热食类食品制售", "冷食类食品制售", "糕点类食品（不含裱花蛋糕）制售"]}


def daxie(n: int) -> str:
    """An amount in 万元 in the capital numerals licences print (`伍佰`, `壹仟贰佰`, `壹万`)."""
    digits = "零壹贰叁肆伍陆柒捌玖"
    out, zero = "", False
    for unit, name in ((10000, "万"), (1000, "仟"), (100, "佰"), (10, "拾"), (1, "")):
        d = n // unit % 10 if unit < 10000 else n // unit
        if d:
            if zero and out:
                out += "零"
            out += (daxie(d) if unit == 10000 and d >= 10 else digits[d]) + name
            zero = False
        else:
            zero = True
    return out


def person_name(r: random.Random) -> str:
    """2–4 characters: a common or compound surname and a one- or two-character given name."""
    sur = r.choice(COMPOUND) if r.random() < 0.07 else r.choice(SURNAMES)
    given = "".join(r.choice(GIVEN) for _ in range(1 if r.random() < 0.3 else 2))
    return sur + given


def date_between(r: random.Random, a: dt.date, b: dt.date) -> dt.date:
    return a + dt.timedelta(days=r.randrange(max(1, (b - a).days)))


def add_years(d: dt.date, y: int) -> dt.date:
    try:
        return d.replace(year=d.year + y)
    except ValueError:  # 29 February
        return d.replace(year=d.year + y, day=28)


def id_number(code: str, birth: dt.date, male: bool, r: random.Random) -> str:
    """GB 11643: region + birth date + sequence (odd for men) + check character."""
    seq = r.randrange(0, 100) * 10 + (r.choice([1, 3, 5, 7, 9]) if male else r.choice([0, 2, 4, 6, 8]))
    body = f"{code}{birth:%Y%m%d}{seq:03d}"
    c = (1 - 2 * int(body, 13)) % 11
    return body + ("X" if c == 10 else str(c))


USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def uscc(r: random.Random, prefix: str, code: str) -> str:
    """GB 32100: registrar + type, region, a 9-character organisation code (its own check), a check char."""
    org = "".join(r.choice(USCC_CHARS if i < 8 and prefix.startswith("9") and i > 1 else "0123456789") for i in range(8))
    if r.random() < 0.5:
        org = "MA" + "".join(r.choice(USCC_CHARS) for _ in range(6))
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    oc = 11 - sum(USCC_CHARS.index(c) * wi for c, wi in zip(org, w, strict=False)) % 11
    org += "0" if oc == 11 else ("X" if oc == 10 else str(oc))
    body = prefix + code + org
    total = sum(USCC_CHARS.index(ch) * pow(3, i, 31) for i, ch in enumerate(body))
    return body + USCC_CHARS[(31 - total % 31) % 31]


def region(r: random.Random) -> tuple:
    return r.choice(PLACES)


def address(r: random.Random, p: tuple, rural: bool | None = None) -> str:
    """A postal address of the place: street numbers, 号楼/单元/室, 弄 in Shanghai, 村/组 in the countryside."""
    code, prov, city, dist, streets, _ = p
    head = prov + city + dist
    if rural is None:
        rural = r.random() < 0.18
    if rural:
        return head + r.choice(TOWNS) + r.choice(VILLAGES) + "村" + f"{r.randint(1, 12)}组{r.randint(1, 88)}号"
    st = r.choice(streets)
    k = r.random()
    if prov == "上海市" and k < 0.4:
        return head + st + f"{r.randint(10, 2999)}弄{r.randint(1, 60)}号{r.randint(101, 2404)}室"
    if k < 0.45:
        return head + st + f"{r.randint(1, 999)}号{r.randint(1, 30)}号楼{r.randint(1, 6)}单元{r.randint(101, 2804)}室"
    if k < 0.7:
        return head + st + f"{r.randint(1, 999)}号{r.randint(1, 3) if r.random() < 0.3 else ''}{'幢' if r.random() < 0.3 else '号楼'}{r.randint(101, 1905)}室".replace("号号楼", "号1号楼").replace("号幢", "号1幢")
    if k < 0.85:
        return head + st + f"{r.randint(1, 999)}号"
    return head + st + f"{r.randint(1, 500)}号{r.choice(['A座', 'B座', '东楼', '2楼', '3层', '1层'])}{r.randint(1, 30)}{r.choice(['室', '号铺', '号'])}"


def cn_date(d: dt.date, pad: bool = True) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日" if pad else f"{d.year}年{d.month}月{d.day}日"


def business_scope(r: random.Random, sector: str, new_form: bool) -> str:
    gen = r.sample(GENERAL_ITEMS[sector], k=min(len(GENERAL_ITEMS[sector]), r.randint(3, 8)))
    if not new_form:
        items = "、".join(gen)
        return items + "。" + (OLD_TAIL if r.random() < 0.7 else "")
    s = "一般项目：" + "；".join(gen) + "。" + GEN_TAIL
    if r.random() < 0.55:
        lic = r.sample(LICENSED_ITEMS[sector], k=1 + (r.random() < 0.4 and len(LICENSED_ITEMS[sector]) > 1))
        s = "许可项目：" + "；".join(lic) + "。" + LIC_TAIL + s if r.random() < 0.5 else s + "许可项目：" + "；".join(lic) + "。" + LIC_TAIL
    return s


def capital(r: random.Random, kind: str) -> str:
    wan = r.choice([1, 3, 5, 10, 20, 30, 50, 100, 100, 200, 300, 500, 500, 800, 1000, 1200, 2000, 3000, 5000, 10000])
    style = r.random()
    if kind == "gufen":
        return f"人民币{daxie(wan)}万元整"
    if style < 0.45:
        return f"人民币{daxie(wan)}万元整"
    if style < 0.75:
        return f"{daxie(wan)}万元整"
    if style < 0.9:
        return f"{wan}万元整"
    return f"{wan}.000000万人民币"


def food_license_no(r: random.Random, p: tuple, form_code: str) -> str:
    body = form_code + p[0] + f"{r.randint(1, 999999):06d}"
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3, 7, 9, 1]  # a weighted check digit, as the number's last digit
    return "JY" + body + str(sum(int(c) * x for c, x in zip(body, w, strict=False)) % 10)
