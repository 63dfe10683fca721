"""Family ZR's values: people, places, companies, numbers with their check characters (GB 11643 ID
numbers, GB 32100 credit codes, JY food licence numbers), dates and 经营范围 texts. Every draw takes the
numpy Generator it is given, so a file's values depend only on the seed and the file's index."""

from __future__ import annotations

import datetime as dt

import numpy as np

TODAY = dt.date(2026, 11, 20)

SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史黎贺顾毛郝龚邵万钱覃武戴孔汤庞樊兰殷")
COMPOUND = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "司徒", "夏侯", "端木", "长孙"]
GIVEN = list("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华飞鑫波斌宇浩凯健俊帆帅旭宁龙林欣怡梓涵子轩雨泽思博文昊天佳琪晨曦嘉铭志远建国海燕春梅玉兰国庆红梅德胜振华晓东丹丹婷婷一鸣若曦")
NATIONS = ["汉"] * 14 + ["回", "满", "蒙古", "壮", "维吾尔", "苗", "彝", "土家", "藏", "朝鲜", "侗", "瑶", "白", "哈尼", "傣", "黎"]

# (province, city, district, 6-digit code, 区划 short for licences, roads, 镇/村 pairs)
PLACES = [
    ("上海市", "", "浦东新区", "310115", "沪", ["张杨路", "世纪大道", "锦绣路", "川沙路", "康桥路"], [("川沙新镇", "连民村"), ("惠南镇", "远东村")]),
    ("上海市", "", "徐汇区", "310104", "沪", ["漕溪北路", "田林路", "龙华中路", "虹梅路"], []),
    ("北京市", "", "朝阳区", "110105", "京", ["建国路", "朝阳北路", "望京街", "酒仙桥路"], [("金盏乡", "长店村")]),
    ("北京市", "", "海淀区", "110108", "京", ["中关村大街", "学院路", "西三环北路"], [("苏家坨镇", "北庄子村")]),
    ("广东省", "广州市", "天河区", "440106", "粤", ["天河路", "体育西路", "黄埔大道西", "中山大道"], []),
    ("广东省", "深圳市", "南山区", "440305", "粤", ["科技南十二路", "南海大道", "深南大道", "后海大道"], []),
    ("浙江省", "杭州市", "西湖区", "330106", "浙", ["文三路", "古墩路", "天目山路"], [("三墩镇", "绕城村"), ("双浦镇", "杨家村")]),
    ("江苏省", "南京市", "鼓楼区", "320106", "苏", ["中山北路", "汉中门大街", "草场门大街"], []),
    ("江苏省", "苏州市", "吴中区", "320506", "苏", ["东吴北路", "宝带西路"], [("甪直镇", "澄墩村"), ("木渎镇", "金星村")]),
    ("四川省", "成都市", "武侯区", "510107", "川", ["人民南路四段", "武侯祠大街", "科华北路"], [("簇桥街道", "七里村")]),
    ("湖北省", "武汉市", "洪山区", "420111", "鄂", ["珞喻路", "雄楚大道", "民族大道"], [("青菱街道", "红霞村")]),
    ("山东省", "青岛市", "市南区", "370202", "鲁", ["香港中路", "山东路", "闽江路"], []),
    ("河南省", "郑州市", "金水区", "410105", "豫", ["花园路", "农业路", "文化路"], [("祭城路街道", "姚桥村")]),
    ("陕西省", "西安市", "雁塔区", "610113", "陕", ["小寨东路", "长安南路", "科技路"], [("鱼化寨街道", "鱼化村")]),
    ("湖南省", "长沙市", "岳麓区", "430104", "湘", ["麓山南路", "桐梓坡路", "岳麓大道"], [("莲花镇", "龙洲村")]),
    ("福建省", "厦门市", "思明区", "350203", "闽", ["湖滨南路", "莲前西路", "厦禾路"], []),
    ("河北省", "石家庄市", "长安区", "130102", "冀", ["中山东路", "建设北大街", "胜利北街"], [("西兆通镇", "北庄村")]),
    ("云南省", "昆明市", "五华区", "530102", "云", ["人民中路", "青年路", "滇缅大道"], [("厂口街道", "白龙村")]),
    ("新疆维吾尔自治区", "乌鲁木齐市", "天山区", "650102", "新", ["解放南路", "新华北路", "光明路"], []),
    ("黑龙江省", "哈尔滨市", "南岗区", "230103", "黑", ["西大直街", "红军街", "学府路"], [("王岗镇", "新立村")]),
    ("安徽省", "合肥市", "蜀山区", "340104", "皖", ["长江西路", "望江西路", "潜山路"], [("南岗镇", "汤庄村")]),
    ("重庆市", "", "渝中区", "500103", "渝", ["解放碑步行街", "中山三路", "民族路"], []),
    ("天津市", "", "和平区", "120101", "津", ["南京路", "营口道", "滨江道"], []),
    ("广西壮族自治区", "南宁市", "青秀区", "450103", "桂", ["民族大道", "金湖路", "东葛路"], [("长塘镇", "天堂村")]),
]

TRADE = ["鑫源", "华瑞", "恒通", "锦程", "宏达", "盛世", "佳禾", "信达", "永安", "天成", "博远", "聚丰", "和美", "润泽",
         "东晟", "星辰", "青禾", "瑞丰", "百川", "金穗", "启航", "汇智", "诚信", "福满", "乐康", "一品", "九州", "海纳"]
INDUSTRY = ["科技", "贸易", "餐饮管理", "信息技术", "建筑工程", "文化传媒", "物流", "商贸", "电子商务", "环保科技",
            "医疗器械", "教育咨询", "食品", "酒店管理", "物业管理", "家政服务", "广告"]

SCOPES = [
    "一般项目：技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广",
    "软件开发", "信息系统集成服务", "计算机系统服务", "数据处理和存储支持服务",
    "会议及展览服务", "企业管理咨询", "市场营销策划", "广告设计、代理", "广告制作",
    "日用百货销售", "五金产品零售", "服装服饰批发", "办公用品销售", "电子产品销售",
    "食品销售（仅销售预包装食品）", "家政服务", "物业管理", "住房租赁", "非居住房地产租赁",
    "建筑材料销售", "机械设备租赁", "国内贸易代理", "普通货物仓储服务（不含危险化学品等需许可审批的项目）",
    "（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）",
    "许可项目：食品经营；餐饮服务；道路货物运输（不含危险货物）",
    "（依法须经批准的项目，经相关部门批准后方可开展经营活动，具体经营项目以相关部门批准文件或许可证件为准）",
]

HEALTH_ITEMS = ["住宿", "沐浴", "美容美发", "游泳场（馆）", "歌舞厅", "候车（机、船）室", "商场（店）", "公共浴室",
                "理发店", "美容店", "宾馆", "影剧院", "游艺厅", "体育场（馆）"]
FOOD_FORMS = ["餐饮服务经营者（中型餐馆）", "餐饮服务经营者（小型餐馆）", "食品销售经营者（超市）",
              "食品销售经营者（便利店）", "单位食堂（学校食堂）", "单位食堂（机关食堂）", "餐饮服务经营者（饮品店）",
              "食品销售经营者（网络食品销售商）", "餐饮服务经营者（糕点店）"]
FOOD_ITEMS = ["预包装食品（含冷藏冷冻食品）销售", "散装食品（含冷藏冷冻食品）销售", "热食类食品制售", "冷食类食品制售",
              "生食类食品制售", "糕点类食品制售（不含裱花蛋糕）", "自制饮品制售", "保健食品销售",
              "特殊医学用途配方食品销售", "婴幼儿配方乳粉销售", "散装食品（不含冷藏冷冻食品）销售"]
AUTHORITIES_SUFFIX = "市场监督管理局"

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def pick(rng: np.random.Generator, seq):
    return seq[int(rng.integers(len(seq)))]


def person_name(rng: np.random.Generator) -> str:
    sur = pick(rng, COMPOUND) if rng.random() < 0.12 else pick(rng, SURNAMES)
    n = 1 if rng.random() < 0.35 else 2
    return sur + "".join(pick(rng, GIVEN) for _ in range(n))


def place(rng: np.random.Generator) -> tuple:
    return PLACES[int(rng.integers(len(PLACES)))]


def address(rng: np.random.Generator, p: tuple, style: str | None = None) -> str:
    prov, city, dist, _code, _short, roads, towns = p
    head = prov + city + dist
    style = style or pick(rng, ["building", "building", "lane", "village", "plain", "room"])
    if style == "village" and towns:
        town, village = pick(rng, towns)
        return f"{head}{town}{village}{int(rng.integers(1, 12))}组{int(rng.integers(1, 99))}号"
    road = pick(rng, roads)
    no = int(rng.integers(1, 1800))
    if style == "lane":
        return f"{head}{road}{int(rng.integers(10, 999))}弄{int(rng.integers(1, 60))}号{int(rng.integers(101, 1802))}室"
    if style == "building":
        return (f"{head}{road}{no}号{int(rng.integers(1, 30))}号楼{int(rng.integers(1, 6))}单元"
                f"{int(rng.integers(1, 30))}{int(rng.integers(1, 4)):02d}室")
    if style == "room":
        return f"{head}{road}{no}号{pick(rng, ['A座', 'B座', '', '综合楼'])}{int(rng.integers(2, 28))}层{int(rng.integers(1, 40)):02d}室"
    return f"{head}{road}{no}号"


def date_between(rng: np.random.Generator, a: dt.date, b: dt.date) -> dt.date:
    return a + dt.timedelta(days=int(rng.integers(0, max((b - a).days, 1))))


def id_number(code6: str, birth: dt.date, male: bool, rng: np.random.Generator) -> str:
    seq = int(rng.integers(0, 100)) * 10 + int(rng.integers(0, 5)) * 2 + (1 if male else 0)
    body = f"{code6}{birth:%Y%m%d}{seq:03d}"
    c = (1 - 2 * int(body, 13)) % 11
    return body + ("X" if c == 10 else str(c))


def uscc(rng: np.random.Generator, head: str, code6: str) -> str:
    body = head + code6 + "".join(USCC_CHARS[int(rng.integers(len(USCC_CHARS)))] for _ in range(9))
    total = sum(USCC_CHARS.index(ch) * pow(3, i, 31) for i, ch in enumerate(body))
    return body + USCC_CHARS[(31 - total % 31) % 31]


def food_license_no(rng: np.random.Generator, p: tuple, catering: bool) -> str:
    return "JY" + ("2" if catering else "1") + p[3] + "".join(str(int(rng.integers(10))) for _ in range(7))


def capital_text(rng: np.random.Generator) -> str:
    wan = int(pick(rng, [10, 50, 100, 200, 300, 500, 1000, 2000, 5000, 30, 800]))
    if rng.random() < 0.55:
        return f"{wan}万元整" if rng.random() < 0.6 else f"人民币{wan}万元"
    return "人民币" + chinese_money(wan) + "万元整"


def chinese_money(n: int) -> str:
    digits = "零壹贰叁肆伍陆柒捌玖"
    units = ["", "拾", "佰", "仟"]
    s = str(n)
    out = ""
    zero = False
    for i, ch in enumerate(s):
        d = int(ch)
        u = units[len(s) - 1 - i]
        if d == 0:
            zero = True
            continue
        if zero and out:
            out += "零"
        zero = False
        out += digits[d] + u
    return out


def scope_text(rng: np.random.Generator, long: bool) -> str:
    k = int(rng.integers(9, 18)) if long else int(rng.integers(3, 7))
    idx = sorted(set(int(i) for i in rng.choice(len(SCOPES) - 3, size=min(k, len(SCOPES) - 3), replace=False)))
    body = "；".join(SCOPES[i] for i in idx)
    tail = SCOPES[-3] if rng.random() < 0.6 else SCOPES[-1]
    return body + "。" + tail


def company_name(rng: np.random.Generator, p: tuple, form: str) -> str:
    city = (p[1] or p[0]).removesuffix("市").removesuffix("省")
    trade = pick(rng, TRADE) + (pick(rng, TRADE)[0] if rng.random() < 0.3 else "")
    ind = pick(rng, INDUSTRY)
    if form == "branch":
        return f"{city}{trade}{ind}有限公司{p[2]}分公司"
    if form == "partnership":
        return f"{city}{trade}{ind}合伙企业（有限合伙）"
    if form == "individual":
        return f"{p[2]}{trade}{pick(rng, ['小吃店', '便利店', '理发店', '五金店', '水果店', '服装店', '日用品商行'])}"
    return f"{city}{trade}{ind}有限公司"


def date_iso(d: dt.date) -> str:
    return d.isoformat()


def date_cn(d: dt.date) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日"
