"""Family ZJ's values: people, places, companies, numbers with valid check characters (GB 11643 ID
numbers, GB 32100 credit codes), licence numbers, business scopes. Everything from a numpy Generator."""

from __future__ import annotations

import datetime as dt

import numpy as np

TODAY = dt.date(2026, 11, 20)

# (province, city, district, 6-digit area code, abbreviation, street names, towns)
PLACES = [
    ("上海市", "", "浦东新区", "310115", "沪", ["张杨路", "世纪大道", "川沙路", "锦绣路"], ["川沙新镇", "周浦镇"]),
    ("上海市", "", "闵行区", "310112", "沪", ["七莘路", "虹井路", "都市路"], ["七宝镇", "梅陇镇"]),
    ("北京市", "", "朝阳区", "110105", "京", ["建国路", "朝阳北路", "望京街"], ["黑庄户乡", "金盏乡"]),
    ("北京市", "", "海淀区", "110108", "京", ["中关村大街", "学院路", "西三环北路"], ["温泉镇", "苏家坨镇"]),
    ("广东省", "广州市", "天河区", "440106", "粤", ["天河路", "黄埔大道西", "中山大道"], ["珠吉街"]),
    ("广东省", "深圳市", "南山区", "440305", "粤", ["科技南路", "南海大道", "桃园路"], ["西丽街道"]),
    ("浙江省", "杭州市", "西湖区", "330106", "浙", ["文三路", "天目山路", "古墩路"], ["三墩镇", "双浦镇"]),
    ("浙江省", "温州市", "鹿城区", "330302", "浙", ["人民路", "车站大道", "府前街"], ["藤桥镇"]),
    ("江苏省", "南京市", "鼓楼区", "320106", "苏", ["中山北路", "湖南路", "汉中门大街"], ["江东街道"]),
    ("江苏省", "苏州市", "吴中区", "320506", "苏", ["东吴北路", "宝带西路", "越溪路"], ["甪直镇", "木渎镇"]),
    ("四川省", "成都市", "武侯区", "510107", "川", ["人民南路四段", "武侯祠大街", "科华北路"], ["簇桥街道"]),
    ("四川省", "绵阳市", "涪城区", "510703", "川", ["临园路", "剑南路"], ["青义镇", "吴家镇"]),
    ("湖北省", "武汉市", "洪山区", "420111", "鄂", ["珞喻路", "雄楚大道", "关山大道"], ["青菱街道"]),
    ("山东省", "济南市", "历下区", "370102", "鲁", ["泉城路", "经十路", "解放路"], ["龙洞街道"]),
    ("山东省", "青岛市", "黄岛区", "370211", "鲁", ["长江中路", "江山南路"], ["王台镇", "六汪镇"]),
    ("河南省", "郑州市", "金水区", "410105", "豫", ["花园路", "农业路", "文化路"], ["丰庆路街道"]),
    ("陕西省", "西安市", "雁塔区", "610113", "陕", ["小寨东路", "长安南路", "科技路"], ["鱼化寨街道"]),
    ("湖南省", "长沙市", "岳麓区", "430104", "湘", ["麓山南路", "枫林二路", "金星中路"], ["莲花镇", "雨敞坪镇"]),
    ("福建省", "厦门市", "思明区", "350203", "闽", ["厦禾路", "湖滨南路", "莲前西路"], ["滨海街道"]),
    ("辽宁省", "沈阳市", "和平区", "210102", "辽", ["南京北街", "中华路", "三好街"], ["浑河站街道"]),
    ("云南省", "昆明市", "五华区", "530102", "云", ["人民中路", "东风西路", "西昌路"], ["厂口街道"]),
    ("新疆维吾尔自治区", "乌鲁木齐市", "天山区", "650102", "新", ["解放南路", "新华北路"], ["延安路街道"]),
    ("广西壮族自治区", "南宁市", "青秀区", "450103", "桂", ["民族大道", "东葛路", "竹溪大道"], ["长塘镇", "伶俐镇"]),
    ("黑龙江省", "哈尔滨市", "南岗区", "230103", "黑", ["红军街", "西大直街", "学府路"], ["王岗镇"]),
    ("重庆市", "", "渝北区", "500112", "渝", ["金开大道", "龙湖路", "新牌坊一路"], ["玉峰山镇", "统景镇"]),
    ("河北省", "石家庄市", "长安区", "130102", "冀", ["中山东路", "建设北大街", "胜利北街"], ["西兆通镇"]),
]

SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
COMPOUND = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "慕容", "令狐", "尉迟", "公孙", "长孙", "端木", "澹台", "独孤"]
GIVEN = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍建国红梅志文斌辉鹏飞浩宇晨轩梓涵欣怡子墨雨桐俊熙一诺嘉懿睿泽瑾瑜婉清思远立新海燕")
NATIONS = ["汉"] * 12 + ["回", "满", "壮", "维吾尔", "苗", "彝", "土家", "藏", "蒙古", "朝鲜", "侗", "瑶", "白", "哈萨克"]

TRADE = ["鑫盛", "恒泰", "华宇", "瑞丰", "博远", "嘉禾", "锦程", "启航", "润泽", "中联", "宏达", "天成", "聚福", "同创",
         "睿思", "青禾", "云帆", "明德", "安澜", "泓源", "百川", "九州", "正邦", "新桥", "和光", "立信", "晟世", "朗润"]
INDUSTRY = [("科技", ["技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广", "软件开发", "信息系统集成服务",
                      "计算机系统服务", "数据处理和存储支持服务", "人工智能应用软件开发", "网络技术服务"]),
            ("贸易", ["日用百货销售", "五金产品批发", "电子产品销售", "针纺织品销售", "化工产品销售（不含许可类化工产品）",
                      "货物进出口", "技术进出口", "建筑材料销售", "金属材料销售"]),
            ("餐饮管理", ["餐饮管理", "食品销售（仅销售预包装食品）", "餐饮服务", "外卖递送服务", "酒店管理", "企业管理咨询"]),
            ("建筑工程", ["建设工程施工", "住宅室内装饰装修", "园林绿化工程施工", "土石方工程施工", "建筑装饰材料销售",
                          "工程管理服务"]),
            ("文化传媒", ["组织文化艺术交流活动", "广告设计、代理", "广告制作", "会议及展览服务", "摄像及视频制作服务",
                          "平面设计", "图文设计制作"]),
            ("物流", ["普通货物仓储服务（不含危险化学品等需许可审批的项目）", "国内货物运输代理", "道路货物运输（不含危险货物）",
                      "装卸搬运", "供应链管理服务"]),
            ("商贸", ["服装服饰零售", "鞋帽零售", "化妆品零售", "母婴用品销售", "玩具销售", "文具用品零售", "家用电器销售"]),
            ("健康管理", ["健康咨询服务（不含诊疗服务）", "养生保健服务（非医疗）", "足浴服务", "洗浴服务", "美容服务",
                          "理发服务", "中医养生保健服务（非医疗）"])]
FORMS_LTD = ["有限责任公司(自然人独资)", "有限责任公司(自然人投资或控股)", "有限责任公司(非自然人投资或控股的法人独资)",
             "其他有限责任公司", "股份有限公司(非上市、自然人投资或控股)"]
CN_DIGITS = "零壹贰叁肆伍陆柒捌玖"


def pick(rng: np.random.Generator, seq):
    return seq[int(rng.integers(len(seq)))]


def person_name(rng: np.random.Generator) -> str:
    sur = pick(rng, COMPOUND) if rng.random() < 0.12 else pick(rng, SURNAMES)
    n = 1 if rng.random() < 0.3 else 2
    return sur + "".join(pick(rng, GIVEN) for _ in range(n))


def place(rng: np.random.Generator):
    return PLACES[int(rng.integers(len(PLACES)))]


def city_prefix(p) -> str:
    return p[0] + p[1] + p[2] if p[1] else p[0] + p[2]


def address(rng: np.random.Generator, p, style: str | None = None) -> str:
    style = style or pick(rng, ["building", "building", "lane", "village", "street", "room"])
    base = city_prefix(p)
    if style == "village":
        village = pick(rng, TRADE)[0] + pick(rng, ["家村", "庄村", "桥村", "坪村", "塘村"])
        return f"{base}{pick(rng, p[6])}{village}{int(rng.integers(1, 12))}组{int(rng.integers(1, 99))}号"
    road = pick(rng, p[5])
    no = int(rng.integers(1, 1800))
    if style == "lane":
        return f"{base}{road}{int(rng.integers(10, 999))}弄{int(rng.integers(1, 60))}号{int(rng.integers(101, 2303))}室"
    if style == "building":
        return (f"{base}{road}{no}号{pick(rng, TRADE)}{pick(rng, ['花园', '小区', '公寓', '家园'])}"
                f"{int(rng.integers(1, 30))}号楼{int(rng.integers(1, 6))}单元{int(rng.integers(1, 33))}{int(rng.integers(1, 5)):02d}室")
    if style == "room":
        return f"{base}{road}{no}号{int(rng.integers(2, 28))}层{int(rng.integers(1, 40)):02d}室"
    return f"{base}{road}{no}号"


def date_between(rng: np.random.Generator, a: dt.date, b: dt.date) -> dt.date:
    return a + dt.timedelta(days=int(rng.integers(0, max(1, (b - a).days))))


def id_number(area: str, birth: dt.date, male: bool, rng: np.random.Generator) -> str:
    seq = int(rng.integers(0, 500)) * 2 + (1 if male else 0)
    body = f"{area}{birth:%Y%m%d}{seq:03d}"
    c = (1 - 2 * int(body, 13)) % 11
    return body + ("X" if c == 10 else str(c))


USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def uscc(rng: np.random.Generator, prefix: str, area: str) -> str:
    body = prefix + area + "".join(USCC[int(rng.integers(0, 31 if k else 10))] for k in range(9))
    total = sum(USCC.index(ch) * pow(3, i, 31) for i, ch in enumerate(body))
    return body + USCC[(31 - total % 31) % 31]


def food_license_no(rng: np.random.Generator, p, catering: bool) -> str:
    return "JY" + ("2" if catering else "1") + p[3] + f"{int(rng.integers(0, 10 ** 7)):07d}"


def capital(rng: np.random.Generator) -> str:
    wan = int(pick(rng, [10, 50, 100, 200, 300, 500, 1000, 2000, 3000, 5000]))
    style = int(rng.integers(3))
    if style == 0:
        return f"{wan}万元整"
    if style == 1:
        return f"人民币{cn_amount(wan)}万元整"
    return f"{wan}万元人民币"


def cn_amount(n: int) -> str:
    units = ["", "拾", "佰", "仟"]
    s = ""
    digits = str(n)
    zero = False
    for i, ch in enumerate(digits):
        d = int(ch)
        pos = len(digits) - 1 - i
        if d == 0:
            zero = True
            continue
        if zero and s:
            s += "零"
        zero = False
        s += CN_DIGITS[d] + units[pos]
    return s


def scope(rng: np.random.Generator, items: list[str]) -> str:
    k = int(rng.integers(3, min(len(items), 7) + 1))
    idx = rng.permutation(len(items))[:k]
    general = "、".join(items[int(i)] for i in idx)
    text = "一般项目：" + general + "（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）"
    if rng.random() < 0.45:
        text += "许可项目：" + pick(rng, ["食品经营", "第二类增值电信业务", "建设工程施工", "道路货物运输（不含危险货物）",
                                       "出版物零售", "餐饮服务"]) + "（依法须经批准的项目，经相关部门批准后方可开展经营活动，具体经营项目以相关部门批准文件或许可证件为准）"
    if rng.random() < 0.3:
        text = text.replace("一般项目：", "")
    return text
