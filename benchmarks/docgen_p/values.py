"""Family P's values: people, places, companies and numbers, written from the standards
(GB 11643 ID numbers, GB 32100 credit codes) and from what real licences print."""

from __future__ import annotations

import datetime as dt
import random

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = ("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红玉兰文辉鹏飞俊峰海燕宇婷"
         "晨阳欣怡浩然子涵梓萱思远佳琪一鸣雨桐嘉怡宏亮春梅德明立新晓东永福国庆丹丹梦瑶诗琪振华")
COMPOUND = ["欧阳", "司马", "上官", "诸葛"]

# (place prefix, 6-digit county code, province abbreviation, police sub-bureau, 登记机关)
REGIONS = [
    ("上海市浦东新区", "310115", "沪", "上海市公安局浦东分局", "上海市浦东新区市场监督管理局"),
    ("上海市徐汇区", "310104", "沪", "上海市公安局徐汇分局", "上海市徐汇区市场监督管理局"),
    ("北京市朝阳区", "110105", "京", "北京市公安局朝阳分局", "北京市朝阳区市场监督管理局"),
    ("北京市海淀区", "110108", "京", "北京市公安局海淀分局", "北京市海淀区市场监督管理局"),
    ("广州市天河区", "440106", "粤", "广州市公安局天河区分局", "广州市天河区市场监督管理局"),
    ("深圳市南山区", "440305", "粤", "深圳市公安局南山分局", "深圳市市场监督管理局南山监管局"),
    ("杭州市西湖区", "330106", "浙", "杭州市公安局西湖分局", "杭州市西湖区市场监督管理局"),
    ("成都市武侯区", "510107", "川", "成都市公安局武侯区分局", "成都市武侯区市场监督管理局"),
    ("武汉市江汉区", "420103", "鄂", "武汉市公安局江汉区分局", "武汉市江汉区市场监督管理局"),
    ("南京市鼓楼区", "320106", "苏", "南京市公安局鼓楼分局", "南京市鼓楼区市场监督管理局"),
    ("西安市雁塔区", "610113", "陕", "西安市公安局雁塔分局", "西安市雁塔区市场监督管理局"),
    ("长沙市岳麓区", "430104", "湘", "长沙市公安局岳麓分局", "长沙市岳麓区市场监督管理局"),
    ("郑州市金水区", "410105", "豫", "郑州市公安局金水分局", "郑州市金水区市场监督管理局"),
    ("济南市历下区", "370102", "鲁", "济南市公安局历下区分局", "济南市历下区市场监督管理局"),
    ("合肥市蜀山区", "340104", "皖", "合肥市公安局蜀山分局", "合肥市蜀山区市场监督管理局"),
    ("沈阳市和平区", "210102", "辽", "沈阳市公安局和平分局", "沈阳市和平区市场监督管理局"),
    ("福州市鼓楼区", "350102", "闽", "福州市公安局鼓楼分局", "福州市鼓楼区市场监督管理局"),
    ("昆明市五华区", "530102", "滇", "昆明市公安局五华分局", "昆明市五华区市场监督管理局"),
    ("南宁市青秀区", "450103", "桂", "南宁市公安局青秀分局", "南宁市青秀区市场监督管理局"),
    ("重庆市渝中区", "500103", "渝", "重庆市公安局渝中区分局", "重庆市渝中区市场监督管理局"),
]
PROVINCE_OF = {"沪": "", "京": "", "渝": "", "粤": "广东省", "浙": "浙江省", "川": "四川省", "鄂": "湖北省",
               "苏": "江苏省", "陕": "陕西省", "湘": "湖南省", "豫": "河南省", "鲁": "山东省", "皖": "安徽省",
               "辽": "辽宁省", "闽": "福建省", "滇": "云南省", "桂": "广西壮族自治区"}
ROADS = ["人民路", "解放路", "中山路", "建设路", "新华路", "长江路", "和平路", "文化路", "胜利路", "光明路",
         "友谊路", "青年路", "滨江大道", "科技园路", "创业大道", "东风路", "金桥路", "花园路", "振兴路", "迎宾大道",
         "张杨路", "漕溪北路", "望京街", "体育西路", "文三路", "武侯祠大街", "汉正街", "中山北路", "小寨东路"]
VILLAGES = ["幸福里", "阳光花园", "锦绣家园", "翠湖苑", "金色港湾", "东方明珠苑", "和谐小区", "丽景华庭"]
NATIONS = ["汉"] * 14 + ["回", "壮", "满", "维吾尔", "土家", "苗", "蒙古", "朝鲜", "彝", "藏"]

BRAND = ("恒瑞华鑫盛泰博远启航凯达宏图锦程汇丰智创优品佳和融通安信明德嘉禾誉峰百川致远星河云帆"
         "天一晟达源丰聚力同创辰光拓维睿思海纳鼎盛新澜卓越")
TRADES = [("科技", "技术开发、技术咨询、技术服务"), ("餐饮管理", "餐饮服务"), ("商贸", "日用百货销售"),
          ("信息技术", "软件开发"), ("文化传媒", "组织文化艺术交流活动"), ("建筑装饰工程", "住宅室内装饰装修"),
          ("物流", "普通货物仓储服务"), ("食品", "食品销售"), ("酒店管理", "住宿服务"), ("健康管理", "健康咨询服务"),
          ("电子", "电子产品销售"), ("教育咨询", "教育咨询服务"), ("美容美发", "理发服务"), ("机械设备", "机械设备租赁")]
SCOPE_POOL = [
    "技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广", "软件开发", "信息系统集成服务",
    "计算机系统服务", "数据处理服务", "日用百货销售", "五金产品零售", "电子产品销售", "办公用品销售",
    "家用电器销售", "服装服饰零售", "化妆品零售", "文具用品零售", "广告设计、代理", "广告制作",
    "企业管理咨询", "市场营销策划", "会议及展览服务", "组织文化艺术交流活动", "礼仪服务", "住宅室内装饰装修",
    "普通货物仓储服务（不含危险化学品等需许可审批的项目）", "国内货物运输代理", "机械设备租赁",
    "餐饮管理", "食用农产品零售", "健康咨询服务（不含诊疗服务）", "专业保洁、清洗、消毒服务", "物业管理",
    "停车场服务", "票务代理服务", "互联网销售（除销售需要许可的商品）", "家政服务", "洗染服务",
]
LICENSED_POOL = ["食品销售", "餐饮服务", "住宿服务", "第二类增值电信业务", "建设工程施工", "道路货物运输（不含危险货物）",
                 "出版物零售", "酒类经营", "理发服务", "生活美容服务", "公共场所卫生许可经营项目"]
CN_DIGITS = "零壹贰叁肆伍陆柒捌玖"


def person(r: random.Random) -> str:
    s = r.choice(COMPOUND) if r.random() < 0.03 else r.choice(SURNAMES)
    g = "".join(r.choice(GIVEN) for _ in range(1 if r.random() < 0.3 else 2))
    return s + g


def street_address(r: random.Random, region: tuple, long: bool = False) -> str:
    prov = PROVINCE_OF[region[2]]
    a = prov + region[0] + r.choice(ROADS) + f"{r.randint(1, 2999)}号"
    if long or r.random() < 0.5:
        a += r.choice([f"{r.randint(1, 28)}幢{r.randint(101, 2808)}室", f"{r.randint(1, 30)}层{r.randint(1, 40):02d}单元",
                       f"{r.choice('ABCDE')}座{r.randint(2, 31)}层", f"{r.randint(1, 6)}号楼{r.randint(1, 4)}层{r.randint(101, 420)}室",
                       f"{r.choice(VILLAGES)}{r.randint(1, 40)}栋{r.randint(1, 3)}单元{r.randint(101, 2602)}"])
    return a


def home_address(r: random.Random, region: tuple) -> str:
    prov = PROVINCE_OF[region[2]]
    return (prov + region[0] + r.choice(ROADS) + f"{r.randint(1, 999)}弄{r.randint(1, 60)}号{r.randint(101, 1802)}室"
            if r.random() < 0.5 else
            prov + region[0] + r.choice(["新村", "镇", "街道"]) + r.choice(VILLAGES) + f"{r.randint(1, 40)}号{r.randint(1, 6)}-{r.randint(1, 18)}-{r.randint(1, 4)}")


def id_check(s17: str) -> str:
    c = (1 - 2 * int(s17, 13)) % 11
    return "X" if c == 10 else str(c)


def id_number(r: random.Random, code: str, birth: dt.date, male: bool) -> str:
    seq = r.randint(0, 99) * 10 + r.choice([1, 3, 5, 7, 9] if male else [0, 2, 4, 6, 8])
    s17 = f"{code}{birth:%Y%m%d}{seq:03d}"
    return s17 + id_check(s17)


USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def uscc(r: random.Random, code: str, cat: str = "91") -> str:
    body = cat + code + "".join(r.choice(USCC[:10] if i < 2 else USCC) for i in range(9))
    if r.random() < 0.5:                      # the older numbers: a 8-digit 组织机构代码 body + check
        body = cat + code + "".join(r.choice("0123456789") for _ in range(8)) + r.choice("0123456789X")
        body = body.replace("X", "1")
    total = sum(USCC.index(ch) * pow(3, i, 31) for i, ch in enumerate(body))
    return body + USCC[(31 - total % 31) % 31]


def rand_date(r: random.Random, y0: int, y1: int) -> dt.date:
    d0 = dt.date(y0, 1, 1).toordinal()
    return dt.date.fromordinal(r.randint(d0, dt.date(y1, 12, 28).toordinal()))


def add_years(d: dt.date, n: int) -> dt.date:
    try:
        return d.replace(year=d.year + n)
    except ValueError:
        return d.replace(year=d.year + n, day=28)


def id_validity(birth: dt.date, issued: dt.date) -> str | dt.date:
    age = issued.year - birth.year - ((issued.month, issued.day) < (birth.month, birth.day))
    if age >= 46:
        return "长期"
    return add_years(issued, 5 if age < 16 else 10 if age <= 25 else 20)


def cn_upper_wan(n: int) -> str:
    """An amount in 万 written in capital numerals: 120 -> 壹佰贰拾万."""
    units = [(1000, "仟"), (100, "佰"), (10, "拾"), (1, "")]
    out, zero = "", False
    for v, u in units:
        d = n // v % 10
        if d:
            if zero and out:
                out += "零"
            out += CN_DIGITS[d] + u
            zero = False
        else:
            zero = True
    return (out or "零") + "万"


def capital(r: random.Random) -> str:
    n = r.choice([3, 5, 10, 20, 30, 50, 100, 120, 200, 300, 500, 800, 1000, 1050, 2000, 5000, 10000 // 10])
    style = r.random()
    if style < 0.4:
        return f"{n}万元整"
    if style < 0.55:
        return f"人民币{n}万元整"
    if style < 0.8:
        return f"人民币{cn_upper_wan(n)}元整"
    if style < 0.9:
        return f"{n}.0000万人民币"
    return f"{r.choice([10, 50, 100, 150, 300])}万美元"


def company_name(r: random.Random, region: tuple, suffix: str, trade: str | None = None) -> str:
    city = region[0][:region[0].index("市") + 1] if "市" in region[0] else region[0]
    brand = "".join(r.sample(BRAND, 2))
    trade = r.choice(TRADES)[0] if trade is None else trade
    if r.random() < 0.4:
        return f"{city}{brand}{trade}{suffix}"
    return f"{city[:-1]}{brand}{trade}{suffix}" if r.random() < 0.5 else f"{brand}（{city[:-1]}）{trade}{suffix}"


def scope(r: random.Random, long: bool) -> str:
    gen = r.sample(SCOPE_POOL, r.randint(6, 12) if long else r.randint(2, 5))
    if r.random() < 0.5:
        txt = "一般项目：" + "；".join(gen) + "（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）"
        if r.random() < 0.6:
            lic = r.sample(LICENSED_POOL, r.randint(1, 2))
            txt += "许可项目：" + "；".join(lic) + "（依法须经批准的项目，经相关部门批准后方可开展经营活动，具体经营项目以相关部门批准文件或许可证件为准）"
        return txt
    return "；".join(gen) + "。【依法须经批准的项目，经相关部门批准后方可开展经营活动】"
