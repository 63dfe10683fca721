"""Family AF's values: people, places, companies, numbers with their check characters (GB 11643,
GB 32100), scopes, licence numbers and dates, drawn from one random.Random per document."""

from __future__ import annotations

import datetime as dt
import random

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史黎贺顾毛郝龚邵万钱覃武戴孔"
COMPOUND = ["欧阳", "司马", "上官", "诸葛", "东方"]
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彬鑫睿晨昊宇浩然梓涵一诺子轩欣怡思远嘉怡俊杰雨桐佳琪志强建国国庆海燕文博晓东振华淑珍丽娟德明永刚"
NATIONS = ["汉"] * 14 + ["回", "满", "壮", "蒙古", "维吾尔", "土家", "苗", "彝", "朝鲜", "藏", "布依", "哈萨克"]

REGIONS = [  # (6-digit code, province, city, district, police/market bureau prefix)
    ("310115", "上海市", "", "浦东新区", "上海市公安局浦东分局"),
    ("310104", "上海市", "", "徐汇区", "上海市公安局徐汇分局"),
    ("110105", "北京市", "", "朝阳区", "北京市公安局朝阳分局"),
    ("110108", "北京市", "", "海淀区", "北京市公安局海淀分局"),
    ("440305", "广东省", "深圳市", "南山区", "深圳市公安局南山分局"),
    ("440106", "广东省", "广州市", "天河区", "广州市公安局天河区分局"),
    ("330106", "浙江省", "杭州市", "西湖区", "杭州市公安局西湖区分局"),
    ("320506", "江苏省", "苏州市", "吴中区", "苏州市公安局吴中分局"),
    ("420106", "湖北省", "武汉市", "武昌区", "武汉市公安局武昌分局"),
    ("510107", "四川省", "成都市", "武侯区", "成都市公安局武侯区分局"),
    ("610113", "陕西省", "西安市", "雁塔区", "西安市公安局雁塔分局"),
    ("370212", "山东省", "青岛市", "崂山区", "青岛市公安局崂山分局"),
    ("350203", "福建省", "厦门市", "思明区", "厦门市公安局思明分局"),
    ("430104", "湖南省", "长沙市", "岳麓区", "长沙市公安局岳麓分局"),
    ("220104", "吉林省", "长春市", "朝阳区", "长春市公安局朝阳区分局"),
    ("650102", "新疆维吾尔自治区", "乌鲁木齐市", "天山区", "乌鲁木齐市公安局天山区分局"),
]
ROADS = ["张杨路", "世纪大道", "龙阳路", "漕溪北路", "建国门外大街", "中关村大街", "科技园南路", "天河路", "文三路",
         "东吴北路", "中北路", "人民南路", "科技路", "香港东路", "鹭江道", "麓山南路", "人民大街", "解放南路", "金科路",
         "碧波路", "花园石桥路", "望京街", "学院路", "深南大道", "五一大道"]
VILLAGES = ["幸福村", "红旗村", "新民村", "光明村", "桃园村"]
SHOP_WORDS = ["鑫源", "恒达", "华美", "佳乐", "瑞丰", "宏图", "金穗", "永盛", "新锐", "博远", "惠民", "福满楼", "味之源",
              "聚贤", "康宁", "启航", "优品", "晨光", "禾丰", "锦程", "天润", "益友", "匠心", "百味"]
TRADES = [("餐饮管理", "餐饮"), ("信息技术", "技术"), ("贸易", "贸易"), ("商贸", "贸易"), ("文化传媒", "文化"),
          ("物业管理", "物业"), ("健身服务", "健身"), ("酒店管理", "酒店"), ("美容美发", "美容"), ("食品", "食品")]
SCOPES = {
    "餐饮": ["餐饮服务", "食品经营（销售预包装食品）", "餐饮管理", "外卖递送服务", "食品互联网销售", "酒类经营"],
    "技术": ["软件开发", "信息系统集成服务", "技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广",
             "计算机系统服务", "数据处理和存储支持服务", "网络技术服务", "电子产品销售"],
    "贸易": ["日用百货销售", "服装服饰批发", "五金产品零售", "家用电器销售", "化妆品零售", "货物进出口", "技术进出口"],
    "文化": ["组织文化艺术交流活动", "广告设计、代理", "广告制作", "会议及展览服务", "摄影扩印服务", "图文设计制作"],
    "物业": ["物业管理", "停车场服务", "家政服务", "专业保洁、清洗、消毒服务", "园林绿化工程施工"],
    "健身": ["健身休闲活动", "体育场地设施经营（不含高危险性体育运动）", "体育用品及器材零售", "体育健康服务"],
    "酒店": ["住宿服务", "餐饮服务", "洗浴服务", "会议及展览服务", "停车场服务"],
    "美容": ["理发服务", "生活美容服务", "化妆品零售", "个人卫生用品销售"],
    "食品": ["食品销售", "食品互联网销售", "保健食品（预包装）销售", "农副产品销售", "食用农产品零售"],
}
ENTITY_TYPES = ["有限责任公司（自然人投资或控股）", "有限责任公司（自然人独资）", "其他有限责任公司",
                "有限责任公司（非自然人投资或控股的法人独资）", "股份有限公司（非上市、自然人投资或控股）",
                "有限合伙企业", "个人独资企业"]
HEALTH_ITEMS = ["住宿", "沐浴", "美容美发", "游泳场（馆）", "公共浴室", "歌舞厅", "商场（店）", "候车室", "理发店、美容店",
                "宾馆", "健身房", "展览馆"]
FOOD_FORMS = ["餐饮服务经营者（中型餐馆）", "餐饮服务经营者（小型餐馆）", "食品销售经营者（超市）",
              "食品销售经营者（便利店）", "单位食堂（学校食堂）", "单位食堂（机关企事业单位食堂）",
              "餐饮服务经营者（饮品店）", "食品销售经营者（网络食品销售商）"]
FOOD_ITEMS = ["预包装食品（含冷藏冷冻食品）销售", "散装食品（含冷藏冷冻食品）销售", "热食类食品制售", "冷食类食品制售",
              "生食类食品制售", "糕点类食品制售（含裱花蛋糕）", "自制饮品制售", "特殊食品销售（保健食品）",
              "特殊食品销售（婴幼儿配方乳粉）", "半成品制售"]
PROV_ABBR = {"上海市": "沪", "北京市": "京", "广东省": "粤", "浙江省": "浙", "江苏省": "苏", "湖北省": "鄂", "四川省": "川",
             "陕西省": "陕", "山东省": "鲁", "福建省": "闽", "湖南省": "湘", "吉林省": "吉", "新疆维吾尔自治区": "新"}
USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CN_DIGITS = "零壹贰叁肆伍陆柒捌玖"


def person_name(r: random.Random) -> str:
    s = r.choice(COMPOUND) if r.random() < 0.04 else r.choice(SURNAMES)
    n = 1 if r.random() < 0.3 else 2
    return s + "".join(r.choice(GIVEN) for _ in range(n))


def date_between(r: random.Random, a: dt.date, b: dt.date) -> dt.date:
    return a + dt.timedelta(days=r.randrange((b - a).days))


def id_number(r: random.Random, region: str, birth: dt.date, sex: str) -> str:
    seq = r.randrange(0, 500) * 2 + (1 if sex == "男" else 0)
    s17 = f"{region}{birth:%Y%m%d}{seq:03d}"
    c = (1 - 2 * int(s17, 13)) % 11
    return s17 + ("X" if c == 10 else str(c))


def uscc(r: random.Random, region: str, kind: str = "91") -> str:
    body = kind + region + "".join(r.choice(USCC) for _ in range(9))
    total = sum(USCC.index(ch) * pow(3, i, 31) for i, ch in enumerate(body))
    return body + USCC[(31 - total % 31) % 31]


def address(r: random.Random, reg: tuple, long: bool = False) -> str:
    _, prov, city, dist, _ = reg
    head = prov + city + dist
    if r.random() < 0.15:
        a = f"{head}{r.choice(['城关镇', '新城街道', '高新镇'])}{r.choice(VILLAGES)}{r.randint(1, 12)}组{r.randint(1, 88)}号"
    else:
        a = f"{head}{r.choice(ROADS)}{r.randint(1, 2999)}号"
        if r.random() < 0.6 or long:
            a += f"{r.randint(1, 30)}幢" if r.random() < 0.5 else f"{r.choice('ABCDE')}座"
            a += f"{r.randint(1, 28)}层{r.randint(1, 30):02d}室" if r.random() < 0.5 else f"{r.randint(101, 2808)}室"
    if long and r.random() < 0.5:
        a += f"（{r.choice(['集中登记地', '实际经营场所', '一照多址'])}）"
    return a


def company(r: random.Random, reg: tuple) -> tuple[str, str]:
    trade, key = r.choice(TRADES)
    city = reg[2] or reg[1]
    word = r.choice(SHOP_WORDS) + (r.choice(SHOP_WORDS) if r.random() < 0.2 else "")
    city_short = city.replace("市", "").replace("省", "").replace("维吾尔自治区", "")
    if r.random() < 0.5:
        return f"{city_short}{word}{trade}有限公司", key
    return f"{word}（{city_short}）{trade}有限公司", key


def capital(r: random.Random) -> str:
    amt = r.choice([10, 30, 50, 100, 200, 300, 500, 1000, 2000, 5000])
    if r.random() < 0.6:
        return f"人民币{amt}万元整" if r.random() < 0.5 else f"{amt}万元整"
    return "人民币" + cn_amount(amt) + "万元整"


def cn_amount(n: int) -> str:
    units = [(1000, "仟"), (100, "佰"), (10, "拾")]
    out, zero = "", False
    for u, name in units:
        d = n // u
        n %= u
        if d:
            if zero:
                out += "零"
            out += CN_DIGITS[d] + name
            zero = False
        elif out:
            zero = True
    if n:
        if zero:
            out += "零"
        out += CN_DIGITS[n]
    return out


def scope(r: random.Random, key: str, long: bool) -> str:
    items = list(SCOPES[key])
    r.shuffle(items)
    k = len(items) if long else r.randint(2, 4)
    head = "一般项目：" if r.random() < 0.6 else ""
    s = head + "；".join(items[:k])
    if long:
        s += "（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）"
        if r.random() < 0.5:
            s += "。许可项目：食品经营；第二类增值电信业务（依法须经批准的项目，经相关部门批准后方可开展经营活动，具体经营项目以相关部门批准文件或许可证件为准）"
    return s + ("。" if not s.endswith("）") and r.random() < 0.5 else "")


def cn_date(d: dt.date) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日"


def shop_name(r: random.Random, reg: tuple) -> str:
    city = (reg[2] or reg[1]).replace("市", "")
    return f"{city}{reg[3]}{r.choice(SHOP_WORDS)}{r.choice(['小吃店', '面馆', '便利店', '烧烤店', '水果店', '理发店', '奶茶店', '早餐店'])}"


def plus_years(d: dt.date, n: int) -> dt.date:
    try:
        return d.replace(year=d.year + n)
    except ValueError:
        return d.replace(year=d.year + n, day=28)
