"""Family T's values: names, places, companies, numbers. Written from general knowledge of the real
documents (GB 11643 ID numbers, GB 32100 credit codes, 2019 licence wording), independent of every
other family's values, so the set does not share their vocabulary."""

from __future__ import annotations

import datetime as dt

import numpy as np

TODAY = dt.date(2026, 11, 20)

SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
COMPOUND = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "慕容", "令狐", "夏侯", "公孙", "端木"]
GIVEN = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍鹏辉玲建红宇浩凯婷雪琳晨欣怡梓轩子涵一诺雨桐博文思远俊熙佳慧志国德海春燕永峰晓东光荣淑珍卫家骏瑶琪彬斌蕾倩颖嘉铭锦航")
NATIONS = ["汉"] * 20 + ["回", "满", "蒙古", "壮", "维吾尔", "藏", "苗", "彝", "土家", "朝鲜", "侗", "瑶", "白", "哈尼", "哈萨克", "傣", "黎", "布依", "畲"]

# (province, city, district, 6-digit area code, public-health abbreviation, street/road names)
PLACES = [
    ("北京市", "", "朝阳区", "110105", "京", ["建国路", "朝阳北路", "望京街", "酒仙桥路"]),
    ("北京市", "", "海淀区", "110108", "京", ["中关村大街", "学院路", "西三环北路"]),
    ("上海市", "", "浦东新区", "310115", "沪", ["张杨路", "世纪大道", "川沙路", "浦东南路"]),
    ("上海市", "", "徐汇区", "310104", "沪", ["漕溪北路", "天钥桥路", "龙华中路"]),
    ("天津市", "", "南开区", "120104", "津", ["鞍山西道", "南马路", "长江道"]),
    ("重庆市", "", "渝中区", "500103", "渝", ["解放碑路", "中山三路", "大坪正街"]),
    ("河北省", "石家庄市", "长安区", "130102", "冀", ["中山东路", "建设北大街", "谈固南大街"]),
    ("山西省", "太原市", "小店区", "140105", "晋", ["平阳路", "长治路", "亲贤北街"]),
    ("辽宁省", "沈阳市", "和平区", "210102", "辽", ["南京北街", "太原街", "三好街"]),
    ("吉林省", "长春市", "朝阳区", "220104", "吉", ["人民大街", "西安大路", "红旗街"]),
    ("黑龙江省", "哈尔滨市", "南岗区", "230103", "黑", ["红军街", "西大直街", "果戈里大街"]),
    ("江苏省", "南京市", "鼓楼区", "320106", "苏", ["中山北路", "湖南路", "草场门大街"]),
    ("江苏省", "苏州市", "姑苏区", "320508", "苏", ["人民路", "干将西路", "十全街"]),
    ("浙江省", "杭州市", "西湖区", "330106", "浙", ["文三路", "天目山路", "古墩路"]),
    ("浙江省", "宁波市", "鄞州区", "330212", "浙", ["天童南路", "四明中路", "首南西路"]),
    ("安徽省", "合肥市", "蜀山区", "340104", "皖", ["长江西路", "黄山路", "潜山路"]),
    ("福建省", "福州市", "鼓楼区", "350102", "闽", ["五四路", "杨桥中路", "湖东路"]),
    ("江西省", "南昌市", "东湖区", "360102", "赣", ["八一大道", "阳明路", "叠山路"]),
    ("山东省", "济南市", "历下区", "370102", "鲁", ["泉城路", "经十路", "解放路"]),
    ("山东省", "青岛市", "市南区", "370202", "鲁", ["香港中路", "山东路", "燕儿岛路"]),
    ("河南省", "郑州市", "金水区", "410105", "豫", ["花园路", "农业路", "经三路"]),
    ("湖北省", "武汉市", "武昌区", "420106", "鄂", ["中南路", "武珞路", "徐东大街"]),
    ("湖南省", "长沙市", "岳麓区", "430104", "湘", ["麓山南路", "枫林三路", "桐梓坡路"]),
    ("广东省", "广州市", "天河区", "440106", "粤", ["天河路", "体育西路", "黄埔大道西"]),
    ("广东省", "深圳市", "南山区", "440305", "粤", ["深南大道", "南海大道", "科苑路"]),
    ("广西壮族自治区", "南宁市", "青秀区", "450103", "桂", ["民族大道", "东葛路", "竹溪大道"]),
    ("海南省", "海口市", "龙华区", "460106", "琼", ["国贸大道", "龙昆南路", "滨海大道"]),
    ("四川省", "成都市", "武侯区", "510107", "川", ["科华北路", "人民南路四段", "武侯祠大街"]),
    ("贵州省", "贵阳市", "南明区", "520102", "黔", ["中华南路", "花果园大街", "市南路"]),
    ("云南省", "昆明市", "五华区", "530102", "滇", ["东风西路", "一二一大街", "西昌路"]),
    ("陕西省", "西安市", "雁塔区", "610113", "陕", ["小寨东路", "长安南路", "含光路"]),
    ("甘肃省", "兰州市", "城关区", "620102", "甘", ["庆阳路", "东岗西路", "张掖路"]),
    ("内蒙古自治区", "呼和浩特市", "新城区", "150102", "蒙", ["新华大街", "兴安北路", "海拉尔东路"]),
    ("新疆维吾尔自治区", "乌鲁木齐市", "天山区", "650102", "新", ["解放南路", "新华北路", "团结路"]),
    ("宁夏回族自治区", "银川市", "兴庆区", "640104", "宁", ["解放东街", "文化西街", "凤凰北街"]),
]
COUNTIES = [("河南省", "周口市", "鹿邑县", "411628"), ("四川省", "南充市", "仪陇县", "511324"),
            ("湖南省", "邵阳市", "隆回县", "430524"), ("安徽省", "阜阳市", "临泉县", "341221"),
            ("山东省", "临沂市", "沂南县", "371321"), ("江西省", "赣州市", "于都县", "360731"),
            ("河北省", "保定市", "涞水县", "130623"), ("广西壮族自治区", "玉林市", "博白县", "450923")]
TOWNS = ["城关镇", "新兴镇", "马家乡", "太平镇", "双河镇", "白庙乡", "龙泉镇", "三合镇"]
VILLAGES = ["前进村", "王庄村", "李家湾村", "东升村", "石桥村", "红星村", "柳树沟村", "张楼村"]
COMMUNITIES = ["阳光", "锦绣", "翠苑", "金桥", "华庭", "滨江", "和平里", "幸福", "紫荆", "花园"]


def pick(rng: np.random.Generator, seq):  # noqa: ANN001, ANN201
    return seq[int(rng.integers(len(seq)))]


def name(rng: np.random.Generator) -> str:
    """2–4 characters: a single or compound surname and one or two given characters."""
    sur = pick(rng, COMPOUND) if rng.random() < 0.06 else pick(rng, SURNAMES)
    n = 1 if rng.random() < 0.3 else 2
    if len(sur) == 2 and rng.random() < 0.5:
        n = 1
    return sur + "".join(pick(rng, GIVEN) for _ in range(n))


def place(rng: np.random.Generator) -> tuple:
    return PLACES[int(rng.integers(len(PLACES)))]


def urban_address(rng: np.random.Generator, p: tuple, business: bool = False) -> str:
    prov, city, dist, _, _, roads = p
    head = prov + city + dist
    road = pick(rng, roads)
    r = rng.random()
    no = int(rng.integers(1, 999))
    if business:
        forms = [f"{road}{no}号{int(rng.integers(1, 30))}层{int(rng.integers(1, 30)):02d}室",
                 f"{road}{no}号{pick(rng, 'ABCD')}座{int(rng.integers(1, 25))}{int(rng.integers(1, 20)):02d}室",
                 f"{road}{no}号",
                 f"{road}{no}号{int(rng.integers(1, 4))}楼{int(rng.integers(101, 130))}号商铺",
                 f"{road}{no}弄{int(rng.integers(1, 40))}号{int(rng.integers(1, 6))}幢{int(rng.integers(101, 1800))}室"]
        return head + pick(rng, forms)
    if r < 0.4:
        return head + f"{road}{no}号{int(rng.integers(1, 30))}号楼{int(rng.integers(1, 6))}单元{int(rng.integers(101, 2600))}室"
    if r < 0.65:
        return head + f"{road}{no}弄{int(rng.integers(1, 80))}号{int(rng.integers(101, 1800))}室"
    if r < 0.85:
        return head + f"{pick(rng, COMMUNITIES)}小区{int(rng.integers(1, 40))}栋{int(rng.integers(1, 4))}单元{int(rng.integers(1, 30))}0{int(rng.integers(1, 6))}号"
    return head + f"{road}{no}号"


def rural_address(rng: np.random.Generator) -> tuple[str, str]:
    prov, city, county, code = COUNTIES[int(rng.integers(len(COUNTIES)))]
    return prov + city + county + pick(rng, TOWNS) + pick(rng, VILLAGES) + f"{int(rng.integers(1, 12))}组{int(rng.integers(1, 99))}号", code


def date_between(rng: np.random.Generator, a: dt.date, b: dt.date) -> dt.date:
    return a + dt.timedelta(days=int(rng.integers(0, max(1, (b - a).days))))


def id_number(area: str, birth: dt.date, male: bool, rng: np.random.Generator) -> str:
    seq = int(rng.integers(0, 50)) * 2 + (1 if male else 0)
    body = f"{area}{birth:%Y%m%d}{int(rng.integers(0, 10))}{seq:02d}"
    c = (1 - 2 * int(body, 13)) % 11
    return body + ("X" if c == 10 else str(c))


USCC_CH = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def uscc(rng: np.random.Generator, head: str, area: str) -> str:
    """GB 32100: registrar + type (`91` company, `92` 个体, `12` institution), area, 9-char org code, check."""
    body = head + area + "".join(pick(rng, USCC_CH) for _ in range(9))
    total = sum(USCC_CH.index(ch) * pow(3, i, 31) for i, ch in enumerate(body))
    return body + USCC_CH[(31 - total % 31) % 31]


def fmt_date(d: dt.date, style: str = "cn") -> str:
    if style == "cn":
        return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    if style == "cn_short":
        return f"{d.year}年{d.month}月{d.day}日"
    return f"{d:%Y.%m.%d}"


def add_years(d: dt.date, n: int) -> dt.date:
    try:
        return d.replace(year=d.year + n)
    except ValueError:
        return d.replace(year=d.year + n, day=28)


DIG = "零壹贰叁肆伍陆柒捌玖"


def capital_upper(wan: int) -> str:
    """An amount in 万元 written in capitals as licences print it (伍佰万元整, 壹仟贰佰万元整)."""
    out = ""
    for unit, v in (("亿", wan // 10000), ("", wan % 10000)):
        if not v:
            continue
        s, zero = "", False
        for u, d in (("仟", v // 1000), ("佰", v // 100 % 10), ("拾", v // 10 % 10), ("", v % 10)):
            if d:
                if zero and s:
                    s += "零"
                s += DIG[d] + u
                zero = False
            else:
                zero = True
        out += s + unit
    return out + ("万元整" if wan % 10000 else "元整")


def capital(rng: np.random.Generator) -> str:
    wan = int(pick(rng, [3, 5, 10, 30, 50, 100, 100, 200, 300, 500, 500, 800, 1000, 1200, 2000, 5000, 10000, 15000]))
    r = rng.random()
    if r < 0.45:
        return capital_upper(wan)
    if r < 0.7:
        return "人民币" + capital_upper(wan)
    if r < 0.9:
        return f"{wan}万元整"
    return f"{wan}万元人民币"


TRADE = ["鑫源", "华泰", "恒达", "瑞丰", "博远", "启明", "星辰", "汇通", "润泽", "嘉禾", "锦程", "金盛", "宏图", "佳禾",
         "新纪元", "云帆", "乐享", "安居", "绿洲", "天朗", "盛世", "德润", "益康", "百川", "远航", "青禾", "晨光", "凯越"]
INDUSTRY = [("科技", ["技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广", "软件开发", "信息系统集成服务",
                    "计算机系统服务", "数据处理服务", "信息技术咨询服务", "人工智能应用软件开发"]),
            ("商贸", ["日用百货销售", "五金产品批发", "电子产品销售", "服装服饰零售", "化妆品零售", "针纺织品销售",
                    "办公用品销售", "家用电器销售"]),
            ("餐饮管理", ["餐饮管理", "食品销售（仅销售预包装食品）", "外卖递送服务", "企业管理咨询", "会议及展览服务"]),
            ("建筑工程", ["园林绿化工程施工", "住宅水电安装维护服务", "建筑材料销售", "工程管理服务", "土石方工程施工"]),
            ("文化传媒", ["组织文化艺术交流活动", "广告设计、代理", "广告制作", "平面设计", "摄像及视频制作服务", "会议及展览服务"]),
            ("物流", ["普通货物仓储服务（不含危险化学品等需许可审批的项目）", "国内货物运输代理", "装卸搬运", "信息咨询服务（不含许可类信息咨询服务）"]),
            ("医药", ["第一类医疗器械销售", "第二类医疗器械销售", "保健食品（预包装）销售", "日用口罩（非医用）销售"]),
            ("环保科技", ["环保咨询服务", "固体废物治理", "水污染治理", "大气污染治理", "节能管理服务"]),
            ("教育咨询", ["教育咨询服务（不含涉许可审批的教育培训活动）", "组织文化艺术交流活动", "业务培训（不含教育培训、职业技能培训等需取得许可的培训）"])]
LICENSED = ["食品经营", "道路货物运输（不含危险货物）", "建设工程施工", "第三类医疗器械经营", "出版物零售", "餐饮服务",
            "互联网信息服务", "酒类经营", "烟草制品零售"]
TAIL_G = "（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）"
TAIL_L = "（依法须经批准的项目，经相关部门批准后方可开展经营活动，具体经营项目以相关部门批准文件或许可证件为准）"


def scope(rng: np.random.Generator, ind: int) -> str:
    items = list(INDUSTRY[ind][1])
    rng.shuffle(items)
    k = int(rng.integers(2, len(items) + 1))
    extra = [pick(rng, INDUSTRY[int(rng.integers(len(INDUSTRY)))][1]) for _ in range(int(rng.integers(0, 4)))]
    gen = "；".join(dict.fromkeys(items[:k] + extra))
    s = "一般项目：" + gen + "。" + TAIL_G
    if rng.random() < 0.45:
        lic = "；".join(dict.fromkeys(pick(rng, LICENSED) for _ in range(int(rng.integers(1, 3)))))
        s += "许可项目：" + lic + "。" + TAIL_L
    if rng.random() < 0.15:   # pre-2021 wording still on older licences
        s = "、".join(items[:k]) + "。【依法须经批准的项目，经相关部门批准后方可开展经营活动】"
    return s
